"""The sections the access report and the dossier summary share, built from one `SubjectData`.

Each builder returns the blocks of one section without its heading (the two
documents word and number their headings differently): the ordinary
details, the special personal data, the legal bases, documents, consents,
authorisations, disclosures, requests and the field history. With
`reveal=False` every special value is masked as the dossier screen masks it
(`domain.clients.mask`): the BSN, birth date and place, bank accounts,
children, and the file names of ID copies and financial documents. Texts are
Dutch, or English with `language="en"`; every value goes through the PDF
layer's blocks, which escape it.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from calqi_desktop.domain.authorisations import AuthorisationKind
from calqi_desktop.domain.clients import (
    MASK,
    SPECIAL_FIELDS,
    AddressKind,
    ClientKind,
    ClientStatus,
    DocumentKind,
    FieldChange,
    Gender,
    SpecialCategory,
    field_label,
    mask,
)
from calqi_desktop.domain.subject_data import SubjectData
from calqi_desktop.domain.validation import format_iban
from calqi_desktop.export import pdf, pdf_forms
from calqi_desktop.export.disclosure_overview import basis_text, newest_first

#: History fields whose values are never kept (special data): a change shows only that it happened.
VALUELESS = frozenset({*SPECIAL_FIELDS, "bank_accounts", "children"})
_CODED = {"kind": ClientKind, "status": ClientStatus, "gender": Gender}


def in_language(language: str, nl: str, en: str) -> str:
    """The Dutch text, or the English one for `language="en"`."""
    return en if language == "en" else nl


def capital(text: str) -> str:
    """'het BSN' → 'Het BSN', for a label that starts a cell."""
    return text[:1].upper() + text[1:]


def format_size(size: int, language: str = "nl") -> str:
    """'850 bytes', '12,4 kB', '3,1 MB' (decimal comma in Dutch)."""
    if size < 1024:
        return f"{size} bytes"
    value, unit = (size / 1024, "kB") if size < 1024 * 1024 else (size / 1024 / 1024, "MB")
    text = f"{value:.1f}"
    return f"{text if language == 'en' else text.replace('.', ',')} {unit}"


def sublabel(text: str) -> Flowable:
    """A small label over a table ('Bankrekeningen'); it stays on the page of the table it names."""
    return pdf.para(text, _sublabel_style())


@lru_cache(maxsize=1)
def _sublabel_style() -> ParagraphStyle:
    return ParagraphStyle("sublabel", parent=pdf.styles()["label"], keepWithNext=1, spaceBefore=1 * mm)


def _date(value: date | None) -> str:
    return pdf.format_date_nl(value) if value is not None else "—"


def document_client(data: SubjectData) -> pdf_forms.DocumentClient:
    """The subject as a letter addresses them: number, name and the postal address (else the first)."""
    addresses = data.draft.addresses
    chosen = next((a for a in addresses if a.kind is AddressKind.POSTAL), addresses[0] if addresses else None)
    return pdf_forms.DocumentClient(
        number=data.draft.client_number,
        name=data.display_name,
        address_lines=(chosen.one_line(),) if chosen else (),
        organisation=data.draft.kind is ClientKind.ORGANISATION,
    )


def restriction_banner(data: SubjectData, language: str = "nl") -> Flowable | None:
    """'Verwerking beperkt (AVG art. 18): <reason>' while the restriction holds; else None."""
    if not data.restricted:
        return None
    lead = in_language(language, "Verwerking beperkt (AVG art. 18):", "Processing restricted (GDPR art. 18):")
    reason = data.restriction_reason.strip() or in_language(
        language, "geen reden vastgelegd", "no reason recorded"
    )
    return pdf.notice(reason, lead=lead)


# --- ordinary details ------------------------------------------------------------------------------


def personal_rows(data: SubjectData, language: str = "nl") -> list[tuple[str, str]]:
    """Label and value of each ordinary detail held; empty fields are left out."""
    draft = data.draft
    rows = [
        (in_language(language, "Klantnummer", "Client number"), draft.client_number),
        (in_language(language, "Soort", "Kind"), draft.kind.label(language)),
    ]
    for name in ("initials", "first_names", "tussenvoegsel", "last_name"):
        rows.append((field_label(name, language), getattr(draft, name)))
    if draft.gender is not Gender.UNKNOWN:
        rows.append((field_label("gender", language), draft.gender.label(language)))
    for name in ("organisation_name", "function", "kvk_number", "rsin", "btw_id"):
        rows.append((field_label(name, language), getattr(draft, name)))
    rows.append((field_label("status", language), draft.status.label(language)))
    if draft.ended_on is not None:
        rows.append((field_label("ended_on", language), pdf.format_date_nl(draft.ended_on)))
    for address in draft.addresses:
        rows.append((address.kind.label(language), address.one_line()))
    for email in draft.emails:
        label = field_label("emails", language)
        rows.append((f"{label} ({email.label})" if email.label else label, email.address))
    for phone in draft.phones:
        label = field_label("phones", language)
        rows.append((f"{label} ({phone.label})" if phone.label else label, phone.number))
    rows.append(
        (in_language(language, "In ons bestand sinds", "On file since"), pdf.format_date_nl(data.created_at))
    )
    return [(label, value) for label, value in rows if value.strip()]


def personal_details(data: SubjectData, language: str = "nl") -> list[Flowable]:
    return [pdf.key_values(personal_rows(data, language))]


# --- special personal data -------------------------------------------------------------------------


def special_rows(data: SubjectData, *, reveal: bool, language: str = "nl") -> list[tuple[str, str]]:
    """BSN, birth date and birth place when held: in full with `reveal`, masked otherwise."""
    rows = []
    if data.bsn:
        rows.append((field_label("bsn", language), data.bsn if reveal else mask("bsn", data.bsn)))
    if data.birth_date is not None:
        born = pdf.format_date_nl(data.birth_date)
        rows.append((field_label("birth_date", language), born if reveal else MASK))
    if data.birth_place:
        place = data.birth_place
        rows.append((field_label("birth_place", language), place if reveal else mask("birth_place", place)))
    return rows


def special_data(data: SubjectData, *, reveal: bool, language: str = "nl") -> list[Flowable]:
    """The special values held (or that they are held, masked), then the bank accounts and children."""
    rows = special_rows(data, reveal=reveal, language=language)
    blocks: list[Flowable] = []
    if rows:
        blocks.append(pdf.key_values(rows))
    if data.bank_accounts:
        blocks.append(sublabel(in_language(language, "Bankrekeningen", "Bank accounts")))
        blocks.append(
            pdf_forms.data_table(
                ["IBAN", in_language(language, "Tenaamstelling", "Account holder")],
                [
                    [format_iban(a.iban), a.holder] if reveal else [mask("iban", a.iban), MASK]
                    for a in data.bank_accounts
                ],
                widths_mm=[70, None],
            )
        )
    if data.children:
        blocks.append(sublabel(in_language(language, "Kinderen", "Children")))
        blocks.append(
            pdf_forms.data_table(
                [
                    in_language(language, "Voornamen", "First names"),
                    in_language(language, "Achternaam", "Last name"),
                    in_language(language, "Geboortedatum", "Date of birth"),
                ],
                [
                    [child.first_names, child.last_name, _date(child.birth_date)] if reveal else [MASK] * 3
                    for child in data.children
                ],
                widths_mm=[None, None, 35],
            )
        )
    if not blocks:
        blocks.append(
            pdf.paragraph(
                in_language(
                    language,
                    "Er zijn geen bijzondere persoonsgegevens vastgelegd.",
                    "No special personal data are recorded.",
                )
            )
        )
    return blocks


def legal_bases(data: SubjectData, language: str = "nl") -> list[Flowable]:
    """Each category of special data with its recorded basis, or 'niet vastgelegd'."""
    missing = in_language(language, "niet vastgelegd", "not recorded")
    rows = []
    for category in SpecialCategory:
        basis = data.bases.get(category)
        rows.append(
            [
                capital(category.label(language)),
                basis.basis.label(language) if basis else missing,
                pdf.format_date_nl(basis.recorded_at) if basis else "",
                basis.note if basis else "",
            ]
        )
    return [
        pdf_forms.data_table(
            [
                in_language(language, "Categorie", "Category"),
                in_language(language, "Grondslag", "Legal basis"),
                in_language(language, "Vastgelegd op", "Recorded on"),
                in_language(language, "Toelichting", "Note"),
            ],
            rows,
            widths_mm=[50, 44, 30, None],
        )
    ]


# --- documents, consents, authorisations, disclosures, requests --------------------------------------


def documents(data: SubjectData, *, reveal: bool, language: str = "nl") -> list[Flowable]:
    """File name, kind, date added and size of each document (never its content)."""
    return [
        pdf_forms.data_table(
            [
                in_language(language, "Bestand", "File"),
                in_language(language, "Soort", "Kind"),
                in_language(language, "Toegevoegd", "Added"),
                in_language(language, "Grootte", "Size"),
            ],
            [
                [
                    doc.file_name if reveal or doc.kind.special_category is None else MASK,
                    doc.kind.label(language),
                    pdf.format_date_nl(doc.added_at),
                    format_size(doc.size, language),
                ]
                for doc in data.documents
            ],
            widths_mm=[None, 45, 27, 22],
            empty=in_language(language, "Er zijn geen documenten vastgelegd.", "No documents are recorded."),
        )
    ]


def consents(data: SubjectData, language: str = "nl") -> list[Flowable]:
    """Each consent: purpose and recipient, status, given and withdrawn, statement version, by a guardian."""
    yes, no = in_language(language, "Ja", "Yes"), in_language(language, "Nee", "No")
    return [
        pdf_forms.data_table(
            [
                in_language(language, "Doel (en ontvanger)", "Purpose (and recipient)"),
                in_language(language, "Status", "Status"),
                in_language(language, "Gegeven", "Given"),
                in_language(language, "Ingetrokken", "Withdrawn"),
                in_language(language, "Verklaring", "Statement"),
                in_language(language, "Door ouder of voogd", "By parent or guardian"),
            ],
            [
                [
                    item.title(language),
                    item.status.label(language),
                    _date(item.given_at),
                    _date(item.withdrawn_at),
                    item.statement_version or "—",
                    yes if item.via_guardian else no,
                ]
                for item in data.consents
            ],
            widths_mm=[None, 24, 24, 27, 24, 22],
            empty=in_language(
                language, "Er zijn geen toestemmingen vastgelegd.", "No consents are recorded."
            ),
        )
    ]


def authorisations(data: SubjectData, language: str = "nl") -> list[Flowable]:
    """Each authorisation as described, its status on the day collected, its dates and whether an
    activation code is held (never the code)."""
    held, not_held = (
        in_language(language, "Vastgelegd", "Recorded"),
        in_language(language, "Niet vastgelegd", "Not recorded"),
    )
    return [
        pdf_forms.data_table(
            [
                in_language(language, "Machtiging", "Authorisation"),
                in_language(language, "Status", "Status"),
                in_language(language, "Geldig vanaf", "Valid from"),
                in_language(language, "Geldig tot", "Valid until"),
                in_language(language, "Activeringscode", "Activation code"),
            ],
            [
                [
                    item.terms.describe(language),
                    item.status_on(data.collected_on).label(language),
                    _date(item.terms.valid_from),
                    _date(item.terms.valid_until)
                    if item.terms.valid_until
                    else in_language(language, "tot intrekking", "until revoked"),
                    _code_held(item.has_activation_code, item.terms.kind, held, not_held),
                ]
                for item in data.authorisations
            ],
            widths_mm=[None, 24, 27, 24, 33],
            empty=in_language(
                language, "Er zijn geen machtigingen vastgelegd.", "No authorisations are recorded."
            ),
        )
    ]


def _code_held(has_code: bool, kind: AuthorisationKind, held: str, not_held: str) -> str:
    """Only a VIA authorisation has an activation code; the others show a dash."""
    if kind is not AuthorisationKind.VIA:
        return "—"
    return held if has_code else not_held


def disclosures(data: SubjectData, language: str = "nl") -> list[Flowable]:
    """Each disclosure, newest first: date, what, recipient, how, and what it rested on."""
    titles = {item.id: item.title(language) for item in data.consents}
    return [
        pdf_forms.data_table(
            [
                in_language(language, "Datum", "Date"),
                in_language(language, "Wat", "What"),
                in_language(language, "Ontvanger", "Recipient"),
                in_language(language, "Hoe", "How"),
                in_language(language, "Op grond van", "Based on"),
            ],
            [
                [
                    pdf.format_date_nl(item.disclosed_on),
                    item.what(language),
                    item.recipient(language),
                    item.channel.label(language),
                    basis_text(item, titles),
                ]
                for item in newest_first(data.disclosures)
            ],
            widths_mm=[24, None, 32, 28, 42],
            empty=in_language(
                language,
                "Er zijn geen verstrekkingen aan derden vastgelegd.",
                "No disclosures to third parties are recorded.",
            ),
        )
    ]


def requests(data: SubjectData, language: str = "nl") -> list[Flowable]:
    """Each data-subject request: reference, right, received, where it stands."""
    rows = []
    for item in data.requests:
        state = item.status.label(language)
        if item.outcome is not None:
            state = f"{state}: {item.outcome.label(language)}"
        rows.append([item.reference, item.request_type.label(language), _date(item.received_on), state])
    return [
        pdf_forms.data_table(
            [
                in_language(language, "Kenmerk", "Reference"),
                in_language(language, "Verzoek", "Request"),
                in_language(language, "Ontvangen", "Received"),
                in_language(language, "Stand", "Status"),
            ],
            rows,
            widths_mm=[32, None, 24, 50],
            empty=in_language(language, "Er zijn geen verzoeken vastgelegd.", "No requests are recorded."),
        )
    ]


# --- field history ----------------------------------------------------------------------------------


def history(data: SubjectData, *, reveal: bool, language: str = "nl") -> list[Flowable]:
    """Every change, newest first: when, which field, old and new value, and why.

    Special fields never have values in the history: their changes read
    '(gewijzigd)'. Without `reveal`, names of ID copies and financial documents
    are masked too.
    """
    return [
        pdf_forms.data_table(
            [
                in_language(language, "Datum", "Date"),
                in_language(language, "Gegeven", "Detail"),
                in_language(language, "Oud", "Old"),
                in_language(language, "Nieuw", "New"),
                in_language(language, "Reden", "Reason"),
            ],
            [_history_row(change, reveal, language) for change in data.history],
            widths_mm=[24, 30, None, None, 42],
            empty=in_language(language, "Er zijn geen wijzigingen vastgelegd.", "No changes are recorded."),
        )
    ]


def _history_row(change: FieldChange, reveal: bool, language: str) -> list[str]:
    head, _, rest = change.field.partition(".")
    reason = change.reason.label(language)
    if change.reason_note:
        reason = f"{reason}: {change.reason_note}"
    row = [pdf.format_date_nl(change.changed_at), field_label(change.field, language)]
    if head in VALUELESS:
        return [*row, "", in_language(language, "(gewijzigd)", "(changed)"), reason]
    withheld = head == "documents" and not reveal and _special_document(rest)
    old, new = (_value(head, value, language) for value in (change.old_value, change.new_value))
    if withheld:
        old, new = (MASK if old else ""), (MASK if new else "")
    return [*row, old, new, reason]


def _special_document(kind_value: str) -> bool:
    kind = next((k for k in DocumentKind if k.value == kind_value), None)
    return kind is None or kind.special_category is not None


def _value(head: str, value: str | None, language: str) -> str:
    if not value:
        return ""
    coded = _CODED.get(head)
    if coded is not None:
        try:
            return str(coded(value).label(language))
        except ValueError:
            return value
    if head == "ended_on":
        try:
            return pdf.format_date_nl(date.fromisoformat(value))
        except ValueError:
            return value
    return value
