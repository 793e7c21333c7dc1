"""One row of a client list read into a dossier: the checked draft, its special data and what is wrong.

`parse_row` turns a row's cells, by the chosen `ImportMapping`, into a
`ClientDraft` and the special values (BSN, birth date and place, one bank
account), checked by the same rules as the dossier editor. Each problem
becomes a `RowIssue`: the field as the import screen names it and the Dutch
(and English) message — never the value itself. Words people use in lists
are understood: 'Vrouw', 'V', 'Mevr.' for the gender; 'Persoon' or
'Organisatie' for the kind; 'Nederland', 'Belgium' or 'NL' for the country.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache, partial

from calqi_desktop.domain.clients import (
    AddressDraft,
    AddressKind,
    BankAccountDraft,
    ClientDraft,
    ClientKind,
    EmailDraft,
    Gender,
    PhoneDraft,
    SpecialCategory,
    check_bank_account,
    check_draft,
    check_special_field,
    display_name,
    field_label,
)
from calqi_desktop.domain.errors import CalqiError, FieldValidationError
from calqi_desktop.domain.import_table import ImportTarget, TableRow
from calqi_desktop.domain.validation import FieldErrors


class RaggedRowError(CalqiError):
    nl = "Deze rij heeft {cells} cellen, de kopregel {columns}. Controleer de scheidingstekens en aanhalingstekens in deze rij."
    en = "This row has {cells} cells, the header row {columns}. Check the separators and quotes in this row."


class ClientKindUnknownError(FieldValidationError):
    nl = "Vul bij de soort 'persoon' of 'organisatie' in, of laat het leeg."
    en = "Fill in 'person' or 'organisation' as the kind, or leave it empty."


class GenderUnknownError(FieldValidationError):
    nl = "Vul bij het geslacht man, vrouw, anders of onbekend in (M, V of X mag ook), of laat het leeg."
    en = "Fill in male, female, other or unknown as the gender (M, F or X will do), or leave it empty."


@dataclass(frozen=True, slots=True)
class RowIssue:
    """Why a row cannot be imported: a field (may be empty) and a message, in Dutch and English."""

    label_nl: str
    label_en: str
    message_nl: str
    message_en: str

    @classmethod
    def of(cls, error: CalqiError, label_nl: str = "", label_en: str = "") -> RowIssue:
        return cls(label_nl, label_en or label_nl, error.message("nl"), error.message("en"))

    def text(self, language: str = "nl") -> str:
        label = self.label_en if language == "en" else self.label_nl
        message = self.message_en if language == "en" else self.message_nl
        return f"{label}: {message}" if label else message


#: A person as the duplicate check knows them: folded name, birth date, postcode.
PersonKey = tuple[str, date, str]


@dataclass(frozen=True, slots=True)
class ParsedRow:
    number: int
    name: str
    draft: ClientDraft | None  # checked; None when the row has errors
    issues: tuple[RowIssue, ...]
    client_number: str = ""
    bsn: str | None = None
    birth_date: date | None = None
    birth_place: str = ""
    bank_account: BankAccountDraft | None = None
    person_key: PersonKey | None = None

    def categories(self) -> tuple[SpecialCategory, ...]:
        """The special categories this row stores data in."""
        found = []
        if self.bsn:
            found.append(SpecialCategory.BSN)
        if self.birth_date or self.birth_place:
            found.append(SpecialCategory.BIRTH)
        if self.bank_account:
            found.append(SpecialCategory.BANK_ACCOUNTS)
        return tuple(found)


def fold(text: str) -> str:
    """Lower case, no accents, letters and digits only: 'Mevr.' → 'mevr', 'Ter Horst' → 'terhorst'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def name_key(tussenvoegsel: str, last_name: str) -> str:
    """'de' + 'Vries' and '' + 'de Vries' are the same person to the duplicate check."""
    return fold(f"{tussenvoegsel}{last_name}")


_KIND_WORDS = {
    ClientKind.PERSON: "persoon person p particulier prive natuurlijkpersoon individu individual",
    ClientKind.ORGANISATION: "organisatie organisation organization o bedrijf zakelijk onderneming rechtspersoon company business",
}
_KINDS = {word: kind for kind, words in _KIND_WORDS.items() for word in words.split()}
_GENDER_WORDS = {
    Gender.UNKNOWN: "onbekend unknown u",
    Gender.FEMALE: "v vrouw f female vrouwelijk mevrouw mevr mw mrs ms w",
    Gender.MALE: "m man male mannelijk heer deheer dhr mr",
    Gender.OTHER: "x anders other overig divers nonbinair nonbinary",
}
_GENDERS = {word: gender for gender, words in _GENDER_WORDS.items() for word in words.split()}


@cache
def _countries() -> dict[str, str]:
    from calqi_desktop.domain.countries import COUNTRIES, COUNTRIES_EN

    names = {fold(name): code for names in (COUNTRIES_EN, COUNTRIES) for code, name in names.items()}
    names.update({fold(code): code for code in COUNTRIES})
    names.update({"holland": "NL", "nederlands": "NL", "nld": "NL", "bel": "BE", "deu": "DE"})
    return names


_FIELD_TARGETS = {
    "addresses.0.street": ImportTarget.STREET,
    "addresses.0.house_number": ImportTarget.HOUSE_NUMBER,
    "addresses.0.addition": ImportTarget.ADDITION,
    "addresses.0.postcode": ImportTarget.POSTCODE,
    "addresses.0.city": ImportTarget.CITY,
    "addresses.0.country": ImportTarget.COUNTRY,
    "emails.0.address": ImportTarget.EMAIL,
    "phones.0.number": ImportTarget.PHONE,
    "bank_accounts.0.iban": ImportTarget.IBAN,
    "bank_accounts.0.holder": ImportTarget.HOLDER,
}


def _target(error: FieldValidationError) -> ImportTarget | None:
    target = _FIELD_TARGETS.get(error.field)
    if target is None and error.field in ImportTarget._value2member_map_:
        target = ImportTarget(error.field)
    return target


def _issue(error: FieldValidationError) -> RowIssue:
    target = _target(error)
    if target is not None:
        return RowIssue.of(error, target.label(), target.label("en"))
    return RowIssue.of(error, field_label(error.field), field_label(error.field, "en"))


def parse_row(row: TableRow, columns: Mapping[ImportTarget, int], *, today: date | None = None) -> ParsedRow:
    """The row read by `columns` (field → column index) and checked."""

    def value(target: ImportTarget) -> str:
        index = columns.get(target)
        return row.values[index] if index is not None else ""

    errors = FieldErrors()
    issues: list[RowIssue] = []
    if row.ragged:
        issues.append(RowIssue.of(RaggedRowError(cells=row.cells, columns=len(row.values))))
    raw_kind = fold(value(ImportTarget.KIND))
    if raw_kind:
        kind = _KINDS.get(raw_kind)
        if kind is None:
            errors.add(ClientKindUnknownError("kind", label_nl="de soort", label_en="the kind"))
            kind = ClientKind.PERSON
    elif value(ImportTarget.ORGANISATION_NAME) and not value(ImportTarget.LAST_NAME):
        kind = ClientKind.ORGANISATION
    else:
        kind = ClientKind.PERSON
    gender = _GENDERS.get(fold(value(ImportTarget.GENDER)) or "onbekend")
    if gender is None:
        errors.add(GenderUnknownError("gender", label_nl="het geslacht", label_en="the gender"))
        gender = Gender.UNKNOWN
    address_parts = (
        ImportTarget.STREET,
        ImportTarget.HOUSE_NUMBER,
        ImportTarget.ADDITION,
        ImportTarget.POSTCODE,
        ImportTarget.CITY,
        ImportTarget.COUNTRY,
    )
    addresses: tuple[AddressDraft, ...] = ()
    if any(value(part) for part in address_parts):
        country = value(ImportTarget.COUNTRY)
        addresses = (
            AddressDraft(
                kind=AddressKind.BUSINESS if kind is ClientKind.ORGANISATION else AddressKind.HOME,
                street=value(ImportTarget.STREET),
                house_number=value(ImportTarget.HOUSE_NUMBER),
                addition=value(ImportTarget.ADDITION),
                postcode=value(ImportTarget.POSTCODE),
                city=value(ImportTarget.CITY),
                country=_countries().get(fold(country), country) if country else "NL",
            ),
        )
    draft = ClientDraft(
        kind=kind,
        client_number=value(ImportTarget.CLIENT_NUMBER),
        initials=value(ImportTarget.INITIALS),
        first_names=value(ImportTarget.FIRST_NAMES),
        tussenvoegsel=value(ImportTarget.TUSSENVOEGSEL),
        last_name=value(ImportTarget.LAST_NAME),
        gender=gender,
        function=value(ImportTarget.FUNCTION),
        organisation_name=value(ImportTarget.ORGANISATION_NAME),
        kvk_number=value(ImportTarget.KVK_NUMBER),
        rsin=value(ImportTarget.RSIN),
        btw_id=value(ImportTarget.BTW_ID),
        addresses=addresses,
        emails=(EmailDraft(value(ImportTarget.EMAIL)),) if value(ImportTarget.EMAIL) else (),
        phones=(PhoneDraft(value(ImportTarget.PHONE)),) if value(ImportTarget.PHONE) else (),
    )
    checked, found = check_draft(draft, today=today)
    errors.extend(found)
    special: dict[str, str] = {}
    for name in ("bsn", "birth_date", "birth_place"):
        text = value(ImportTarget(name))
        if text:
            special[name] = errors.check(partial(check_special_field, name, text, today=today), "")
    account = None
    if value(ImportTarget.IBAN) or value(ImportTarget.HOLDER):
        account, found = check_bank_account(
            0, BankAccountDraft(value(ImportTarget.IBAN), value(ImportTarget.HOLDER))
        )
        errors.extend(found)
    last = len(row.values)
    position = {target.value: index for target, index in columns.items()}

    def column(error: FieldValidationError) -> int:
        target = _target(error)
        return position.get(target.value, last) if target else last

    in_file_order = sorted(errors.errors, key=column)
    issues += [_issue(error) for error in in_file_order]
    name = display_name(checked) or display_name(draft)
    born = date.fromisoformat(special["birth_date"]) if special.get("birth_date") else None
    person_key = None
    if (
        kind is ClientKind.PERSON
        and checked.last_name
        and born
        and checked.addresses
        and checked.addresses[0].postcode
    ):
        person_key = (name_key(checked.tussenvoegsel, checked.last_name), born, checked.addresses[0].postcode)
    return ParsedRow(
        number=row.number,
        name=name,
        draft=None if issues else checked,
        issues=tuple(issues),
        client_number=checked.client_number,
        bsn=special.get("bsn") or None,
        birth_date=born,
        birth_place=special.get("birth_place", ""),
        bank_account=account if account and account.iban else None,
        person_key=person_key,
    )
