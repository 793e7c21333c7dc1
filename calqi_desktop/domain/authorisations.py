"""Authorisations (machtigingen) as the register keeps them (DESIGN.md R4).

Tax returns and financial reports go to the government or a bank only on the
client's authorisation. The register records, per client:

- **VIA** (vooraf ingevulde aangifte): one tax year, activated with the code
  the Belastingdienst sends the client by letter. The code is special data:
  masked, revealed with an audit event. Once activated it covers that year's
  income-tax return (IB) to the Belastingdienst.
- **SBA / SBT** (serviceberichten aanslagen / toeslagen): messages from the
  Belastingdienst to the firm; they run until revoked and cover no disclosure.
- **Continuing authorisation** per tax type (IB, btw, VPB, toeslagen,
  loonheffingen): the returns of that type to the Belastingdienst, from its
  first tax year on, until revoked or its end date.
- **Signed by the client**: the client's own signed authorisation to file a
  return or send an annual account or financial report to a named recipient
  (the Belastingdienst, a bank, another authority), for the years it names.

The app records authorisations; it does not talk to the Belastingdienst.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from calqi_desktop.domain.labels import Labelled, register_labels
from calqi_desktop.domain.validation import Field, FieldErrors

#: Years before this are refused as a typing error; the register starts with digital filing.
FIRST_TAX_YEAR = 1990
#: Within this many days of its end an authorisation stands on the home dashboard.
EXPIRY_WARNING_DAYS = 30


class AuthorisationKind(Labelled):
    VIA = "via"
    SBA = "sba"
    SBT = "sbt"
    CONTINUING = "continuing"
    CLIENT_SIGNED = "client-signed"


class RecipientKind(Labelled):
    BELASTINGDIENST = "belastingdienst"
    BANK = "bank"
    AUTHORITY = "authority"  # another government body (gemeente, UWV, CBS, KvK…)
    THIRD_PARTY = "third-party"  # anyone else: needs the client's consent, not an authorisation

    @property
    def needs_authorisation(self) -> bool:
        """Government and banks need an authorisation; other third parties need consent (R4, R5)."""
        return self is not RecipientKind.THIRD_PARTY

    @property
    def needs_name(self) -> bool:
        """Every recipient except the Belastingdienst is named ('ING Bank N.V.', 'Gemeente Hoorn')."""
        return self is not RecipientKind.BELASTINGDIENST


class TaxType(Labelled):
    IB = "ib"
    BTW = "btw"
    VPB = "vpb"
    TOESLAGEN = "toeslagen"
    LOONHEFFINGEN = "loonheffingen"


class DocumentType(Labelled):
    """What leaves the firm in a disclosure, and what a signed authorisation may cover."""

    TAX_RETURN = "tax-return"
    ANNUAL_ACCOUNT = "annual-account"
    FINANCIAL_REPORT = "financial-report"


class AuthorisationStatus(Labelled):
    REQUESTED = "requested"  # asked for, not yet in force (no valid-from date)
    AWAITING_ACTIVATION = "awaiting-activation"  # VIA: the activation code has not been entered
    NOT_YET_VALID = "not-yet-valid"
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"


register_labels(
    {
        AuthorisationKind.VIA: ("VIA-machtiging (vooraf ingevulde aangifte)", "VIA (pre-filled return)"),
        AuthorisationKind.SBA: ("SBA (serviceberichten aanslagen)", "SBA (assessment service messages)"),
        AuthorisationKind.SBT: ("SBT (serviceberichten toeslagen)", "SBT (allowance service messages)"),
        AuthorisationKind.CONTINUING: ("Doorlopende machtiging", "Continuing authorisation"),
        AuthorisationKind.CLIENT_SIGNED: (
            "Door de klant getekende machtiging",
            "Authorisation signed by the client",
        ),
        RecipientKind.BELASTINGDIENST: ("Belastingdienst", "Tax Administration (Belastingdienst)"),
        RecipientKind.BANK: ("Bank", "Bank"),
        RecipientKind.AUTHORITY: ("Andere overheidsinstantie", "Other government body"),
        RecipientKind.THIRD_PARTY: ("Andere derde", "Other third party"),
        TaxType.IB: ("Inkomstenbelasting (IB)", "Income tax (IB)"),
        TaxType.BTW: ("Omzetbelasting (btw)", "VAT (btw)"),
        TaxType.VPB: ("Vennootschapsbelasting (VPB)", "Corporate income tax (VPB)"),
        TaxType.TOESLAGEN: ("Toeslagen", "Allowances (toeslagen)"),
        TaxType.LOONHEFFINGEN: ("Loonheffingen", "Payroll taxes (loonheffingen)"),
        DocumentType.TAX_RETURN: ("Belastingaangifte", "Tax return"),
        DocumentType.ANNUAL_ACCOUNT: ("Jaarrekening", "Annual account"),
        DocumentType.FINANCIAL_REPORT: ("Financiële rapportage", "Financial report"),
        AuthorisationStatus.REQUESTED: ("Aangevraagd", "Requested"),
        AuthorisationStatus.AWAITING_ACTIVATION: ("Wacht op activering", "Awaiting activation"),
        AuthorisationStatus.NOT_YET_VALID: ("Nog niet geldig", "Not yet valid"),
        AuthorisationStatus.ACTIVE: ("Geldig", "Valid"),
        AuthorisationStatus.EXPIRED: ("Verlopen", "Expired"),
        AuthorisationStatus.REVOKED: ("Ingetrokken", "Revoked"),
    }
)

F_KIND = Field("kind", "de soort machtiging", "the kind of authorisation")
F_RECIPIENT_KIND = Field("recipient_kind", "de ontvanger", "the recipient")
F_RECIPIENT_NAME = Field("recipient_name", "de naam van de ontvanger", "the recipient's name")
F_TAX_TYPE = Field("tax_type", "het belastingmiddel", "the tax type")
F_DOCUMENT_TYPES = Field("document_types", "de stukken", "the documents")
F_YEAR_FROM = Field("year_from", "het (eerste) belastingjaar", "the (first) tax year")
F_YEAR_TO = Field("year_to", "het laatste belastingjaar", "the last tax year")
F_REQUESTED_ON = Field("requested_on", "de aanvraagdatum", "the request date")
F_VALID_FROM = Field("valid_from", "de ingangsdatum", "the valid-from date")
F_VALID_UNTIL = Field("valid_until", "de einddatum", "the valid-until date")
F_ACTIVATION_CODE = Field("activation_code", "de activeringscode", "the activation code")
F_ACTIVATED_ON = Field("activated_on", "de activeringsdatum", "the activation date")
F_REVOKED_ON = Field("revoked_on", "de intrekkingsdatum", "the revocation date")
F_NOTE = Field("note", "de notitie", "the note")


@dataclass(frozen=True)
class AuthorisationDraft:
    """An authorisation as the form submits it.

    `activation_code` (VIA only) is special data: None leaves a stored code as it
    is, "" removes it. `document_id` is the signed form among the dossier's
    documents. Years are tax years; `year_to` None means "until revoked".
    """

    kind: AuthorisationKind
    recipient_kind: RecipientKind = RecipientKind.BELASTINGDIENST
    recipient_name: str = ""
    tax_type: TaxType | None = None
    document_types: frozenset[DocumentType] = frozenset()
    year_from: int | None = None
    year_to: int | None = None
    requested_on: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    activation_code: str | None = None
    activated_on: date | None = None
    document_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class AuthorisationTerms:
    """What an authorisation covers and when: all that `disclosures.decide` needs."""

    id: int
    kind: AuthorisationKind
    recipient_kind: RecipientKind
    recipient_name: str
    tax_type: TaxType | None
    document_types: frozenset[DocumentType]
    year_from: int | None
    year_to: int | None
    valid_from: date | None
    valid_until: date | None
    activated_on: date | None
    revoked_on: date | None

    def status_on(self, day: date) -> AuthorisationStatus:
        """The status on `day` (see `status_on`)."""
        return status_on(self, day)

    def covers_year(self, year: int) -> bool:
        if self.year_from is not None and year < self.year_from:
            return False
        return not (self.year_to is not None and year > self.year_to)


@dataclass(frozen=True)
class Authorisation:
    """A row of the register as a screen or PDF shows it; the activation code only as present or not."""

    terms: AuthorisationTerms
    client_id: int
    requested_on: date | None
    has_activation_code: bool
    revoke_reason: str
    document_id: int | None
    document_name: str
    note: str
    created_by: str
    created_at: datetime

    @property
    def id(self) -> int:
        return self.terms.id

    def status_on(self, day: date) -> AuthorisationStatus:
        return self.terms.status_on(day)


def status_on(terms: AuthorisationTerms, day: date) -> AuthorisationStatus:
    """The status of an authorisation on `day`.

    Revoked (on or before `day`) wins; then a VIA without activation awaits it;
    without a valid-from date it is only requested; then not yet valid,
    expired (after `valid_until`), or active.
    """
    raise NotImplementedError


def normalise_activation_code(text: str) -> str:
    """The code as stored: spaces and dashes removed, upper case. Empty stays empty."""
    raise NotImplementedError


def check_authorisation_draft(draft: AuthorisationDraft, *, today: date) -> AuthorisationDraft:
    """The draft with its texts tidied and its shape checked per kind; every problem at its field.

    Raises the first `FieldValidationError` (all are collected by `collect_problems`).
    Rules: VIA, SBA, SBT and continuing are Belastingdienst authorisations;
    VIA is for one tax year of IB and is the only kind with an activation
    code; SBA/SBT cover no documents and no years; continuing names one tax
    type and its first year; signed-by-client names a recipient that is not
    an ordinary third party (name required for a bank or authority), at least
    one document type, a tax type when it covers tax returns, and its first
    year. Years lie between FIRST_TAX_YEAR and next year; the last year is not
    before the first; valid-until is not before valid-from; the activation
    date is not in the future.
    """
    raise NotImplementedError


def collect_problems(draft: AuthorisationDraft, *, today: date) -> FieldErrors:
    """Every problem of `check_authorisation_draft`, for a form to mark all fields at once."""
    raise NotImplementedError
