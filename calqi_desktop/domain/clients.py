"""Client dossiers as the accountants speak of them: persons and organisations, their details.

`ClientDraft` is what a form or an import row submits: the ordinary details,
addresses and contact. The special personal data (BSN, birth date and place,
bank accounts, children; ID copies and financial documents) travel separately
in `SpecialChanges`, because they are masked on screen, revealed one field at
a time and may only be stored under a recorded `LegalBasis` (DESIGN.md R1).

`check_draft` turns what was typed into normal forms ("1234ab" → "1234 AB")
and collects every field error, named by a field key such as
"addresses.0.postcode", so a form can put each message beside its field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

from stdnum.nl import bsn as stdnum_bsn

from calqi_desktop.domain.countries import DEFAULT_COUNTRY
from calqi_desktop.domain.errors import BtwIdHoldsBsnError, NameRequiredError, RsinForPersonError
from calqi_desktop.domain.labels import Labelled, register_labels
from calqi_desktop.domain.validation import (
    Field,
    FieldErrors,
    check_bsn,
    check_btw_id,
    check_client_number,
    check_country,
    check_email,
    check_iban,
    check_kvk_number,
    check_past_date,
    check_phone,
    check_postcode,
    check_rsin,
    check_text,
)

_Labelled = Labelled


class ClientKind(_Labelled):
    PERSON = "person"
    ORGANISATION = "organisation"


class ClientStatus(_Labelled):
    ACTIVE = "active"
    ENDED = "ended"  # the end date starts the retention period
    ANONYMISED = "anonymised"


class Gender(_Labelled):
    UNKNOWN = "unknown"
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


class AddressKind(_Labelled):
    HOME = "home"
    POSTAL = "postal"
    BUSINESS = "business"


class SpecialCategory(_Labelled):
    """A category of special personal data (DESIGN.md R1). Storing any of it needs a basis."""

    BSN = "bsn"
    ID_COPY = "id-copy"
    BIRTH = "birth"
    BANK_ACCOUNTS = "bank-accounts"
    CHILDREN = "children"
    FINANCIAL = "financial"

    def allowed_bases(self) -> tuple[LegalBasisKind, ...]:
        """Consent does not make BSN use lawful: the tax law the firm works under does (DESIGN.md §1)."""
        if self is SpecialCategory.BSN:
            return (LegalBasisKind.LEGAL_OBLIGATION,)
        return tuple(LegalBasisKind)


class LegalBasisKind(_Labelled):
    LEGAL_OBLIGATION = "legal-obligation"
    CONTRACT = "contract"
    CONSENT = "consent"


class DocumentKind(_Labelled):
    ID_COPY = "id-copy"
    SIGNED_FORM = "signed-form"
    FINANCIAL = "financial"
    OTHER = "other"

    @property
    def special_category(self) -> SpecialCategory | None:
        return {
            DocumentKind.ID_COPY: SpecialCategory.ID_COPY,
            DocumentKind.FINANCIAL: SpecialCategory.FINANCIAL,
        }.get(self)


class ChangeReason(_Labelled):
    """Why a dossier was changed; kept in the field history (rectification, AVG art. 16)."""

    REPORTED_BY_CLIENT = "reported-by-client"
    CORRECTION = "correction"
    COMPLETION = "completion"
    OTHER = "other"
    RECTIFICATION_REQUEST = "rectification-request"  # only through a rectification request, with its id


_LABELS: list[tuple[StrEnum, tuple[str, str]]] = [
    (ClientKind.PERSON, ("Persoon", "Person")),
    (ClientKind.ORGANISATION, ("Organisatie", "Organisation")),
    (ClientStatus.ACTIVE, ("Actief", "Active")),
    (ClientStatus.ENDED, ("Beëindigd", "Ended")),
    (ClientStatus.ANONYMISED, ("Geanonimiseerd", "Anonymised")),
    (Gender.UNKNOWN, ("Onbekend", "Unknown")),
    (Gender.FEMALE, ("Vrouw", "Female")),
    (Gender.MALE, ("Man", "Male")),
    (Gender.OTHER, ("Anders", "Other")),
    (AddressKind.HOME, ("Woonadres", "Home address")),
    (AddressKind.POSTAL, ("Postadres", "Postal address")),
    (AddressKind.BUSINESS, ("Vestigingsadres", "Business address")),
    (SpecialCategory.BSN, ("het BSN", "the BSN")),
    (SpecialCategory.ID_COPY, ("de kopie van het identiteitsbewijs", "the copy of the ID document")),
    (SpecialCategory.BIRTH, ("geboortedatum en -plaats", "date and place of birth")),
    (SpecialCategory.BANK_ACCOUNTS, ("de bankrekeningen", "the bank accounts")),
    (SpecialCategory.CHILDREN, ("de kinderen", "the children")),
    (SpecialCategory.FINANCIAL, ("de financiële gegevens", "the financial data")),
    (
        LegalBasisKind.LEGAL_OBLIGATION,
        (
            "Wettelijke plicht (fiscale dienstverlening)",
            "Legal obligation (tax services)",
        ),
    ),
    (LegalBasisKind.CONTRACT, ("Overeenkomst", "Contract")),
    (LegalBasisKind.CONSENT, ("Toestemming", "Consent")),
    (DocumentKind.ID_COPY, ("Kopie identiteitsbewijs", "Copy of ID document")),
    (DocumentKind.SIGNED_FORM, ("Ondertekend formulier", "Signed form")),
    (DocumentKind.FINANCIAL, ("Financieel stuk", "Financial document")),
    (DocumentKind.OTHER, ("Overig document", "Other document")),
    (ChangeReason.REPORTED_BY_CLIENT, ("Doorgegeven door de klant", "Reported by the client")),
    (
        ChangeReason.CORRECTION,
        (
            "Correctie van een fout (rectificatie)",
            "Correction of an error (rectification)",
        ),
    ),
    (ChangeReason.COMPLETION, ("Aanvulling", "Completion")),
    (ChangeReason.OTHER, ("Anders", "Other")),
    (
        ChangeReason.RECTIFICATION_REQUEST,
        ("Rectificatieverzoek (AVG art. 16)", "Rectification request (GDPR art. 16)"),
    ),
]
register_labels(_LABELS)


# --- fields -------------------------------------------------------------------------

F_CLIENT_NUMBER = Field("client_number", "het klantnummer", "the client number")
F_INITIALS = Field("initials", "de voorletters", "the initials")
F_FIRST_NAMES = Field("first_names", "de voornamen", "the first names")
F_TUSSENVOEGSEL = Field("tussenvoegsel", "het tussenvoegsel", "the name prefix")
F_LAST_NAME = Field("last_name", "de achternaam", "the last name")
F_FUNCTION = Field("function", "de functie", "the job title")
F_ORGANISATION = Field("organisation_name", "de organisatienaam", "the organisation name")
F_KVK = Field("kvk_number", "het KvK-nummer", "the KvK number")
F_RSIN = Field("rsin", "het RSIN", "the RSIN")
F_BTW = Field("btw_id", "het btw-id", "the VAT id")
F_ENDED_ON = Field("ended_on", "de einddatum", "the end date")
F_BSN = Field("bsn", "het BSN", "the BSN")
F_BIRTH_DATE = Field("birth_date", "de geboortedatum", "the date of birth")
F_BIRTH_PLACE = Field("birth_place", "de geboorteplaats", "the place of birth")

#: Special fields on the client itself, with their category.
SPECIAL_FIELDS: dict[str, SpecialCategory] = {
    "bsn": SpecialCategory.BSN,
    "birth_date": SpecialCategory.BIRTH,
    "birth_place": SpecialCategory.BIRTH,
}

NAME_MAX = 200
SHORT_MAX = 40


@dataclass(frozen=True)
class AddressDraft:
    kind: AddressKind = AddressKind.HOME
    street: str = ""
    house_number: str = ""
    addition: str = ""
    postcode: str = ""
    city: str = ""
    country: str = DEFAULT_COUNTRY
    id: int | None = None

    def one_line(self) -> str:
        """'Oudegracht 231-A, 3511 NK Utrecht' (country added when not NL)."""
        number = f"{self.house_number}-{self.addition}" if self.addition else self.house_number
        street = " ".join(part for part in (self.street, number) if part)
        place = " ".join(part for part in (self.postcode, self.city) if part)
        line = ", ".join(part for part in (street, place) if part)
        return line if self.country == DEFAULT_COUNTRY else f"{line} ({self.country})"


@dataclass(frozen=True)
class EmailDraft:
    address: str = ""
    label: str = ""
    id: int | None = None


@dataclass(frozen=True)
class PhoneDraft:
    number: str = ""
    label: str = ""
    id: int | None = None


@dataclass(frozen=True)
class BankAccountDraft:
    iban: str = ""
    holder: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ChildDraft:
    first_names: str = ""
    last_name: str = ""
    birth_date: date | None = None
    id: int | None = None


@dataclass(frozen=True)
class ClientDraft:
    """The ordinary (not special) details of a dossier, as a form or import row gives them."""

    kind: ClientKind = ClientKind.PERSON
    client_number: str = ""  # empty: the next free number is given on saving
    initials: str = ""
    first_names: str = ""
    tussenvoegsel: str = ""
    last_name: str = ""
    gender: Gender = Gender.UNKNOWN
    function: str = ""
    organisation_name: str = ""
    kvk_number: str = ""
    rsin: str = ""
    btw_id: str = ""
    status: ClientStatus = ClientStatus.ACTIVE
    ended_on: date | None = None
    addresses: tuple[AddressDraft, ...] = ()
    emails: tuple[EmailDraft, ...] = ()
    phones: tuple[PhoneDraft, ...] = ()


#: The scalar fields of `ClientDraft` that the field history compares.
ORDINARY_FIELDS = (
    "kind",
    "client_number",
    "initials",
    "first_names",
    "tussenvoegsel",
    "last_name",
    "gender",
    "function",
    "organisation_name",
    "kvk_number",
    "rsin",
    "btw_id",
    "status",
    "ended_on",
)


@dataclass(frozen=True)
class SpecialChanges:
    """Changes to special data submitted with a save; only what the user actually changed.

    `fields` maps 'bsn', 'birth_date' (dd-mm-jjjj) or 'birth_place' to the new
    text ('' clears it). Bank accounts and children: drafts without id are
    added, with id replace that row; ids in `removed_*` are deleted.
    """

    fields: dict[str, str] = field(default_factory=dict)
    bank_accounts: tuple[BankAccountDraft, ...] = ()
    removed_bank_accounts: frozenset[int] = frozenset()
    children: tuple[ChildDraft, ...] = ()
    removed_children: frozenset[int] = frozenset()

    def categories(self) -> set[SpecialCategory]:
        """The categories this change stores data in (removing needs no basis)."""
        found = {SPECIAL_FIELDS[name] for name, value in self.fields.items() if value.strip()}
        if self.bank_accounts:
            found.add(SpecialCategory.BANK_ACCOUNTS)
        if self.children:
            found.add(SpecialCategory.CHILDREN)
        return found

    def __bool__(self) -> bool:
        return bool(
            self.fields
            or self.bank_accounts
            or self.removed_bank_accounts
            or self.children
            or self.removed_children
        )


def display_name(draft: ClientDraft | None = None, **parts: str) -> str:
    """How a client is named in lists and letters: 'J.A. de Vries' or 'Bakkerij Jansen B.V.'."""
    values = (
        {
            name: getattr(draft, name)
            for name in ("kind", "initials", "first_names", "tussenvoegsel", "last_name", "organisation_name")
        }
        if draft
        else {}
    )
    values.update(parts)
    if values.get("kind") == ClientKind.ORGANISATION:
        return str(values.get("organisation_name") or "")
    first = values.get("initials") or values.get("first_names") or ""
    return " ".join(
        part for part in (first, values.get("tussenvoegsel", ""), values.get("last_name", "")) if part
    )


def sort_name(draft: ClientDraft) -> str:
    """The name a list sorts by: 'Vries, J.A. de' sorts under V, as in a Dutch address book."""
    if draft.kind == ClientKind.ORGANISATION:
        return draft.organisation_name
    first = draft.initials or draft.first_names
    return ", ".join(
        part for part in (draft.last_name, " ".join(p for p in (first, draft.tussenvoegsel) if p)) if part
    )


def _initials(text: str) -> str:
    """'ja' or 'J A' → 'J.A.'; dotted initials keep their groups: 'th.j.' → 'Th.J.', 'ij.' → 'IJ.'."""
    if "." not in text:
        return "".join(f"{ch.upper()}." for ch in text if ch.isalpha())
    groups = ("".join(ch for ch in part if ch.isalpha()) for part in re.split(r"[.\s]+", text))
    return "".join(f"{_initial_group(group)}." for group in groups if group)


def _initial_group(group: str) -> str:
    if group.casefold() == "ij":
        return "IJ"
    return group[:1].upper() + group[1:].lower()


def check_draft(draft: ClientDraft, *, today: date | None = None) -> tuple[ClientDraft, FieldErrors]:
    """The draft in normal forms, and every field error found (empty when all is well)."""
    errors = FieldErrors()

    def text(value: str, fld: Field, maximum: int = NAME_MAX) -> str:
        return errors.check(lambda: check_text(value, fld, max_length=maximum, required=False), "")

    person = draft.kind == ClientKind.PERSON
    result = replace(
        draft,
        client_number=errors.check(
            lambda: check_client_number(draft.client_number, F_CLIENT_NUMBER, required=False), ""
        ),
        initials=text(_initials(draft.initials), F_INITIALS, SHORT_MAX) if person else "",
        first_names=text(draft.first_names, F_FIRST_NAMES) if person else "",
        tussenvoegsel=text(draft.tussenvoegsel, F_TUSSENVOEGSEL, SHORT_MAX).lower() if person else "",
        last_name=text(draft.last_name, F_LAST_NAME) if person else "",
        gender=draft.gender if person else Gender.UNKNOWN,
        function=text(draft.function, F_FUNCTION),
        organisation_name=text(draft.organisation_name, F_ORGANISATION),
        kvk_number=errors.check(lambda: check_kvk_number(draft.kvk_number, F_KVK, required=False), ""),
        rsin=errors.check(lambda: check_rsin(draft.rsin, F_RSIN, required=False), ""),
        btw_id=errors.check(lambda: check_btw_id(draft.btw_id, F_BTW, required=False), ""),
        ended_on=errors.check(lambda: check_past_date(draft.ended_on, F_ENDED_ON, today=today), None)
        if draft.status == ClientStatus.ENDED
        else None,
        addresses=tuple(
            _check_address(index, address, errors)
            for index, address in enumerate(draft.addresses)
            if not _blank_address(address)
        ),
        emails=tuple(
            _check_email(index, email, errors)
            for index, email in enumerate(draft.emails)
            if email.address.strip()
        ),
        phones=tuple(
            _check_phone(index, phone, errors)
            for index, phone in enumerate(draft.phones)
            if phone.number.strip()
        ),
    )
    if person and result.rsin:
        errors.add(F_RSIN.error(RsinForPersonError))
    if person and result.btw_id and stdnum_bsn.is_valid(result.btw_id[2:11]):
        errors.add(F_BTW.error(BtwIdHoldsBsnError))
    if person and not result.last_name and not errors.errors_for("last_name"):
        errors.add(F_LAST_NAME.error(NameRequiredError))
    if not person and not result.organisation_name and not errors.errors_for("organisation_name"):
        errors.add(F_ORGANISATION.error(NameRequiredError))
    if draft.status == ClientStatus.ENDED and result.ended_on is None and not errors.errors_for("ended_on"):
        from calqi_desktop.domain.errors import RequiredFieldError

        errors.add(F_ENDED_ON.error(RequiredFieldError))
    return result, errors


def _indexed(collection: str, index: int, name: str, label_nl: str, label_en: str) -> Field:
    """A field inside a list: key 'addresses.0.postcode'; the label says which one ('de postcode (adres 1)')."""
    number = index + 1
    return Field(
        f"{collection}.{index}.{name}",
        f"{label_nl} ({_ITEM_NL[collection]} {number})",
        f"{label_en} ({_ITEM_EN[collection]} {number})",
    )


_ITEM_NL = {
    "addresses": "adres",
    "emails": "e-mailadres",
    "phones": "telefoonnummer",
    "bank_accounts": "rekening",
    "children": "kind",
}
_ITEM_EN = {
    "addresses": "address",
    "emails": "e-mail address",
    "phones": "phone number",
    "bank_accounts": "account",
    "children": "child",
}


def _check_email(index: int, email: EmailDraft, errors: FieldErrors) -> EmailDraft:
    address = _indexed("emails", index, "address", "het e-mailadres", "the e-mail address")
    label = _indexed("emails", index, "label", "het label", "the label")
    return replace(
        email,
        address=errors.check(lambda: check_email(email.address, address), ""),
        label=errors.check(lambda: check_text(email.label, label, max_length=SHORT_MAX, required=False), ""),
    )


def _check_phone(index: int, phone: PhoneDraft, errors: FieldErrors) -> PhoneDraft:
    number = _indexed("phones", index, "number", "het telefoonnummer", "the phone number")
    label = _indexed("phones", index, "label", "het label", "the label")
    return replace(
        phone,
        number=errors.check(lambda: check_phone(phone.number, number), ""),
        label=errors.check(lambda: check_text(phone.label, label, max_length=SHORT_MAX, required=False), ""),
    )


def _blank_address(address: AddressDraft) -> bool:
    """An address row left empty in the form (as blank e-mail and phone rows, it is dropped)."""
    parts = (address.street, address.house_number, address.addition, address.postcode, address.city)
    return not any(part.strip() for part in parts)


def _check_address(index: int, address: AddressDraft, errors: FieldErrors) -> AddressDraft:
    def fld(name: str, nl: str, en: str) -> Field:
        return _indexed("addresses", index, name, nl, en)

    country = errors.check(
        lambda: check_country(address.country or DEFAULT_COUNTRY, fld("country", "het land", "the country")),
        address.country.strip().upper(),  # unknown: not held to Dutch rules, so only the country is marked
    )
    dutch = country == DEFAULT_COUNTRY
    return replace(
        address,
        street=errors.check(
            lambda: check_text(address.street, fld("street", "de straat", "the street"), max_length=NAME_MAX),
            "",
        ),
        house_number=errors.check(
            lambda: check_text(
                address.house_number,
                fld("house_number", "het huisnummer", "the house number"),
                max_length=10,
                required=dutch,
            ),
            "",
        ),
        addition=errors.check(
            lambda: check_text(
                address.addition,
                fld("addition", "de toevoeging", "the addition"),
                max_length=10,
                required=False,
            ),
            "",
        ),
        postcode=errors.check(
            lambda: check_postcode(address.postcode, fld("postcode", "de postcode", "the postcode")), ""
        )
        if dutch
        else errors.check(
            lambda: check_text(
                address.postcode,
                fld("postcode", "de postcode", "the postcode"),
                max_length=12,
                required=False,
            ),
            "",
        ),
        city=errors.check(
            lambda: check_text(address.city, fld("city", "de plaats", "the city"), max_length=100), ""
        ),
        country=country,
    )


def check_special_field(name: str, value: str, *, today: date | None = None) -> str:
    """A special field's text in normal form ('' clears it); raises `FieldValidationError`.

    The birth date comes back as ISO 'jjjj-mm-dd', which is how it is stored.
    """
    from calqi_desktop.domain.validation import check_birth_date

    if name == "bsn":
        return check_bsn(value, F_BSN, required=False)
    if name == "birth_date":
        born = check_birth_date(value, F_BIRTH_DATE, today=today)
        return born.isoformat() if born else ""
    if name == "birth_place":
        return check_text(value, F_BIRTH_PLACE, max_length=100, required=False)
    raise KeyError(name)


def check_bank_account(index: int, account: BankAccountDraft) -> tuple[BankAccountDraft, FieldErrors]:
    errors = FieldErrors()
    result = replace(
        account,
        iban=errors.check(
            lambda: check_iban(
                account.iban, _indexed("bank_accounts", index, "iban", "het IBAN", "the IBAN")
            ),
            "",
        ),
        holder=errors.check(
            lambda: check_text(
                account.holder,
                _indexed("bank_accounts", index, "holder", "de tenaamstelling", "the account holder"),
                max_length=NAME_MAX,
                required=False,
            ),
            "",
        ),
    )
    return result, errors


def check_child(
    index: int, child: ChildDraft, *, today: date | None = None
) -> tuple[ChildDraft, FieldErrors]:
    errors = FieldErrors()
    result = replace(
        child,
        first_names=errors.check(
            lambda: check_text(
                child.first_names,
                _indexed("children", index, "first_names", "de voornamen", "the first names"),
                max_length=NAME_MAX,
            ),
            "",
        ),
        last_name=errors.check(
            lambda: check_text(
                child.last_name,
                _indexed("children", index, "last_name", "de achternaam", "the last name"),
                max_length=NAME_MAX,
                required=False,
            ),
            "",
        ),
        birth_date=errors.check(
            lambda: check_past_date(
                child.birth_date,
                _indexed("children", index, "birth_date", "de geboortedatum", "the date of birth"),
                today=today,
            ),
            None,
        ),
    )
    return result, errors


# --- masking ---------------------------------------------------------------------------

MASK = "••••••••"


def mask(name: str, value: str) -> str:
    """What a masked special value looks like on screen: nothing of it, only that it exists."""
    if not value:
        return ""
    if name == "iban":
        return f"{value[:2]}•• •••• •••• ••••"
    return MASK


@dataclass(frozen=True)
class LegalBasis:
    """The recorded basis on which a client's special category is stored."""

    category: SpecialCategory
    basis: LegalBasisKind
    note: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class FieldChange:
    """One line of a dossier's field history. Values of special fields are never kept."""

    changed_at: datetime
    changed_by: str
    field: str
    old_value: str | None
    new_value: str | None
    reason: ChangeReason
    reason_note: str
    request_id: int | None = None


_FIELD_LABELS: dict[str, tuple[str, str]] = {
    "kind": ("Soort", "Kind"),
    "client_number": ("Klantnummer", "Client number"),
    "initials": ("Voorletters", "Initials"),
    "first_names": ("Voornamen", "First names"),
    "tussenvoegsel": ("Tussenvoegsel", "Name prefix"),
    "last_name": ("Achternaam", "Last name"),
    "gender": ("Geslacht", "Gender"),
    "function": ("Functie", "Job title"),
    "organisation_name": ("Organisatienaam", "Organisation name"),
    "kvk_number": ("KvK-nummer", "KvK number"),
    "rsin": ("RSIN", "RSIN"),
    "btw_id": ("Btw-id", "VAT id"),
    "status": ("Status", "Status"),
    "ended_on": ("Einddatum", "End date"),
    "bsn": ("BSN", "BSN"),
    "birth_date": ("Geboortedatum", "Date of birth"),
    "birth_place": ("Geboorteplaats", "Place of birth"),
    "restricted": ("Beperking van de verwerking", "Restriction of processing"),
    "addresses": ("Adres", "Address"),
    "emails": ("E-mailadres", "E-mail address"),
    "phones": ("Telefoonnummer", "Phone number"),
    "bank_accounts": ("Bankrekening", "Bank account"),
    "children": ("Kind", "Child"),
    "documents": ("Document", "Document"),
    "legal_basis": ("Grondslag", "Legal basis"),
}


def field_label(key: str, language: str = "nl") -> str:
    """'addresses.12' → 'Adres'; 'legal_basis.bsn' → 'Grondslag (het BSN)'."""
    head, _, rest = key.partition(".")
    nl, en = _FIELD_LABELS.get(head, (key, key))
    label = en if language == "en" else nl
    if head == "legal_basis" and rest:
        try:
            return f"{label} ({SpecialCategory(rest).label(language)})"
        except ValueError:
            return label
    return label


# --- the dossier as the editor reads it -------------------------------------------------


@dataclass(frozen=True)
class MaskedRow:
    """A row of special data as a list shows it before it is revealed: only that it exists."""

    id: int
    masked: str


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    kind: DocumentKind
    file_name: str
    mime_type: str
    size: int
    sha256: str
    description: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class Dossier:
    """One client's dossier without any special value in it; those come one at a time through `reveal`.

    `special_present` says which special fields hold a value ('bsn',
    'birth_date', 'birth_place'); bank accounts and children are masked rows.
    `may_view_special` is False for roles that never see special data (the
    assistent): the editor then shows no reveal buttons at all.
    """

    id: int
    version: int
    draft: ClientDraft
    restricted: bool
    restriction_reason: str
    created_at: datetime
    updated_at: datetime
    special_present: dict[str, bool]
    bank_accounts: tuple[MaskedRow, ...]
    children: tuple[MaskedRow, ...]
    bases: dict[SpecialCategory, LegalBasis]
    documents: tuple[DocumentInfo, ...]
    may_view_special: bool
    may_edit: bool

    @property
    def status(self) -> ClientStatus:
        return self.draft.status

    @property
    def name(self) -> str:
        return display_name(self.draft)

    def basis_for(self, category: SpecialCategory) -> LegalBasis | None:
        return self.bases.get(category)
