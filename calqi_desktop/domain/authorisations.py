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

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from calqi_desktop.domain.errors import (
    ActivationCodeError,
    ActivationCodeNotForKindError,
    DateOrderError,
    FieldNotForKindError,
    RecipientNotAllowedError,
    RequiredFieldError,
    TaxYearError,
    TaxYearOrderError,
    TextTooLongError,
)
from calqi_desktop.domain.labels import Labelled, register_labels
from calqi_desktop.domain.validation import Field, FieldErrors, check_past_date, check_text

#: Years before this are refused as a typing error; the register starts with digital filing.
FIRST_TAX_YEAR = 1990
#: Within this many days of its end an authorisation stands on the home dashboard.
EXPIRY_WARNING_DAYS = 30
#: The longest recipient name, note and revocation reason the register keeps.
RECIPIENT_NAME_MAX = 200
NOTE_MAX = 2000
#: An activation code as stored: 4 to 20 letters and digits (the letter prints it in groups).
ACTIVATION_CODE = re.compile(r"[A-Z0-9]{4,20}")


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
    [
        (AuthorisationKind.VIA, ("VIA-machtiging (vooraf ingevulde aangifte)", "VIA (pre-filled return)")),
        (AuthorisationKind.SBA, ("SBA (serviceberichten aanslagen)", "SBA (assessment service messages)")),
        (AuthorisationKind.SBT, ("SBT (serviceberichten toeslagen)", "SBT (allowance service messages)")),
        (AuthorisationKind.CONTINUING, ("Doorlopende machtiging", "Continuing authorisation")),
        (
            AuthorisationKind.CLIENT_SIGNED,
            (
                "Door de klant getekende machtiging",
                "Authorisation signed by the client",
            ),
        ),
        (RecipientKind.BELASTINGDIENST, ("Belastingdienst", "Tax Administration (Belastingdienst)")),
        (RecipientKind.BANK, ("Bank", "Bank")),
        (RecipientKind.AUTHORITY, ("Andere overheidsinstantie", "Other government body")),
        (RecipientKind.THIRD_PARTY, ("Andere derde", "Other third party")),
        (TaxType.IB, ("Inkomstenbelasting (IB)", "Income tax (IB)")),
        (TaxType.BTW, ("Omzetbelasting (btw)", "VAT (btw)")),
        (TaxType.VPB, ("Vennootschapsbelasting (VPB)", "Corporate income tax (VPB)")),
        (TaxType.TOESLAGEN, ("Toeslagen", "Allowances (toeslagen)")),
        (TaxType.LOONHEFFINGEN, ("Loonheffingen", "Payroll taxes (loonheffingen)")),
        (DocumentType.TAX_RETURN, ("Belastingaangifte", "Tax return")),
        (DocumentType.ANNUAL_ACCOUNT, ("Jaarrekening", "Annual account")),
        (DocumentType.FINANCIAL_REPORT, ("Financiële rapportage", "Financial report")),
        (AuthorisationStatus.REQUESTED, ("Aangevraagd", "Requested")),
        (AuthorisationStatus.AWAITING_ACTIVATION, ("Wacht op activering", "Awaiting activation")),
        (AuthorisationStatus.NOT_YET_VALID, ("Nog niet geldig", "Not yet valid")),
        (AuthorisationStatus.ACTIVE, ("Geldig", "Valid")),
        (AuthorisationStatus.EXPIRED, ("Verlopen", "Expired")),
        (AuthorisationStatus.REVOKED, ("Ingetrokken", "Revoked")),
    ]
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
F_REVOKE_REASON = Field("revoke_reason", "de reden van intrekking", "the reason for revoking")

#: The kinds the Belastingdienst grants itself; a bank or another body needs one signed by the client.
BELASTINGDIENST_KINDS = frozenset(
    {AuthorisationKind.VIA, AuthorisationKind.SBA, AuthorisationKind.SBT, AuthorisationKind.CONTINUING}
)
#: The order in which document types are stored and shown.
DOCUMENT_TYPE_ORDER = tuple(DocumentType)


class ThirdPartyNeedsConsentError(RecipientNotAllowedError):
    """A signed authorisation for an ordinary third party: that recipient needs consent instead (R5)."""

    nl = (
        "Een machtiging geldt voor de Belastingdienst, een bank of een andere overheidsinstantie. Voor een "
        "andere derde legt u de toestemming van de klant vast onder Toestemmingen."
    )
    en = "An authorisation is for the Belastingdienst, a bank or another government body. For another third party record the client's consent under Consents."


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

    @property
    def covered_documents(self) -> frozenset[DocumentType]:
        """What it covers by its kind: VIA and continuing tax returns, SBA/SBT nothing, signed its list."""
        if self.kind in (AuthorisationKind.VIA, AuthorisationKind.CONTINUING):
            return frozenset({DocumentType.TAX_RETURN})
        if self.kind is AuthorisationKind.CLIENT_SIGNED:
            return self.document_types
        return frozenset()

    def covers_document(self, document_type: DocumentType, tax_type: TaxType | None) -> bool:
        """True when it covers this document; a tax return only of its own tax type (VIA: IB).

        In practice the client's VIA authorisation for a year is the firm's
        mandate to file that year's income-tax return, so an activated VIA
        covers the IB return of its year.
        """
        if document_type not in self.covered_documents:
            return False
        if document_type is not DocumentType.TAX_RETURN:
            return True
        own = TaxType.IB if self.kind is AuthorisationKind.VIA else self.tax_type
        return own is not None and tax_type is own

    def describe(self, language: str = "nl") -> str:
        """'Doorlopende machtiging – Inkomstenbelasting (IB), vanaf 2024', for lists and letters."""
        parts: list[str] = []
        if self.kind is AuthorisationKind.CLIENT_SIGNED:
            parts.append(self.recipient_name or self.recipient_kind.label(language))
        if self.tax_type is not None and self.kind is not AuthorisationKind.VIA:
            parts.append(self.tax_type.label(language))
        years = describe_years(self.year_from, self.year_to, language)
        if years:
            parts.append(years)
        name = self.kind.label(language)
        return f"{name} – {', '.join(parts)}" if parts else name


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
    in_use: bool = False  # a recorded disclosure rests on it

    @property
    def id(self) -> int:
        return self.terms.id

    @property
    def scope_locked(self) -> bool:
        """True when what it covers (kind, recipient, tax type, documents, years) can no longer change:
        it is activated, or a disclosure rests on it."""
        return self.terms.activated_on is not None or self.in_use

    def status_on(self, day: date) -> AuthorisationStatus:
        return self.terms.status_on(day)


def describe_years(year_from: int | None, year_to: int | None, language: str = "nl") -> str:
    """'2024', '2023–2025', 'vanaf 2024' ('from 2024'), or empty without years."""
    if year_from is None:
        return ""
    if year_to is None:
        return f"{'from' if language == 'en' else 'vanaf'} {year_from}"
    return str(year_from) if year_to == year_from else f"{year_from}–{year_to}"


def status_on(terms: AuthorisationTerms, day: date) -> AuthorisationStatus:
    """The status of an authorisation on `day`.

    Revoked (on or before `day`) wins; then a VIA without activation awaits it;
    without a valid-from date it is only requested; then not yet valid,
    expired (after `valid_until`), or active. Both ends are inclusive: an
    authorisation is valid on its valid-from and on its valid-until day and
    revoked on its revocation day. A VIA activated after `day` was not yet
    valid on `day`.
    """
    if terms.revoked_on is not None and terms.revoked_on <= day:
        return AuthorisationStatus.REVOKED
    if terms.kind is AuthorisationKind.VIA and terms.activated_on is None:
        return AuthorisationStatus.AWAITING_ACTIVATION
    if terms.valid_from is None:
        return AuthorisationStatus.REQUESTED
    if day < terms.valid_from or (terms.activated_on is not None and day < terms.activated_on):
        return AuthorisationStatus.NOT_YET_VALID
    if terms.valid_until is not None and day > terms.valid_until:
        return AuthorisationStatus.EXPIRED
    return AuthorisationStatus.ACTIVE


def normalise_activation_code(text: str) -> str:
    """The code as stored: spaces and dashes removed, upper case. Empty stays empty.

    Anything else than 4 to 20 letters and digits raises `ActivationCodeError`
    (the message never quotes the code).
    """
    compact = "".join(ch for ch in text if not ch.isspace() and ch != "-").upper()
    if compact and not ACTIVATION_CODE.fullmatch(compact):
        raise F_ACTIVATION_CODE.error(ActivationCodeError)
    return compact


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

    Left empty, a VIA gets its tax type (IB), document (tax return) and last
    year (its first); a continuing authorisation its document (tax return);
    a VIA with its code and activation date its valid-from date (that date).
    """
    checked, errors = _checked(draft, today)
    errors.raise_first()
    return checked


def collect_problems(draft: AuthorisationDraft, *, today: date) -> FieldErrors:
    """Every problem of `check_authorisation_draft`, for a form to mark all fields at once."""
    return _checked(draft, today)[1]


def _checked(draft: AuthorisationDraft, today: date) -> tuple[AuthorisationDraft, FieldErrors]:
    errors = FieldErrors()
    result = _SHAPES[draft.kind](draft, errors)
    _check_years(result, today, errors)
    requested_on = errors.check(
        lambda: check_past_date(draft.requested_on, F_REQUESTED_ON, today=today), None
    )
    if result.valid_from and result.valid_until and result.valid_until < result.valid_from:
        errors.add(F_VALID_UNTIL.error(DateOrderError))
    code = _checked_code(draft, errors)
    activated_on = _checked_activation_date(draft, today, errors)
    if activated_on is not None and code == "":
        errors.add(F_ACTIVATION_CODE.error(RequiredFieldError))
    valid_from = result.valid_from or (activated_on if code else None)
    note = errors.check(lambda: check_note(draft.note, F_NOTE), "")
    return replace(
        result,
        requested_on=requested_on,
        activation_code=code,
        activated_on=activated_on,
        valid_from=valid_from,
        note=note,
    ), errors


def check_note(text: str, field: Field) -> str:
    """A free text of several lines: trimmed, at most NOTE_MAX characters."""
    value = (text or "").strip()
    if len(value) > NOTE_MAX:
        raise field.error(TextTooLongError, maximum=NOTE_MAX)
    return value


def _belastingdienst_only(draft: AuthorisationDraft, errors: FieldErrors) -> AuthorisationDraft:
    if draft.recipient_kind is not RecipientKind.BELASTINGDIENST:
        errors.add(F_RECIPIENT_KIND.error(RecipientNotAllowedError))
    return replace(draft, recipient_kind=RecipientKind.BELASTINGDIENST, recipient_name="")


def _via_shape(draft: AuthorisationDraft, errors: FieldErrors) -> AuthorisationDraft:
    result = _belastingdienst_only(draft, errors)
    if draft.year_from is None:
        errors.add(F_YEAR_FROM.error(RequiredFieldError))
    elif draft.year_to is not None and draft.year_to != draft.year_from:
        errors.add(F_YEAR_TO.error(FieldNotForKindError))
    if draft.tax_type not in (None, TaxType.IB):
        errors.add(F_TAX_TYPE.error(FieldNotForKindError))
    if draft.document_types and draft.document_types != {DocumentType.TAX_RETURN}:
        errors.add(F_DOCUMENT_TYPES.error(FieldNotForKindError))
    return replace(
        result,
        tax_type=TaxType.IB,
        document_types=frozenset({DocumentType.TAX_RETURN}),
        year_to=draft.year_from,
    )


def _service_message_shape(draft: AuthorisationDraft, errors: FieldErrors) -> AuthorisationDraft:
    result = _belastingdienst_only(draft, errors)
    for given, fld in (
        (draft.tax_type is not None, F_TAX_TYPE),
        (bool(draft.document_types), F_DOCUMENT_TYPES),
        (draft.year_from is not None, F_YEAR_FROM),
        (draft.year_to is not None, F_YEAR_TO),
    ):
        if given:
            errors.add(fld.error(FieldNotForKindError))
    return replace(result, tax_type=None, document_types=frozenset(), year_from=None, year_to=None)


def _continuing_shape(draft: AuthorisationDraft, errors: FieldErrors) -> AuthorisationDraft:
    result = _belastingdienst_only(draft, errors)
    if draft.tax_type is None:
        errors.add(F_TAX_TYPE.error(RequiredFieldError))
    if draft.document_types and draft.document_types != {DocumentType.TAX_RETURN}:
        errors.add(F_DOCUMENT_TYPES.error(FieldNotForKindError))
    if draft.year_from is None:
        errors.add(F_YEAR_FROM.error(RequiredFieldError))
    return replace(result, document_types=frozenset({DocumentType.TAX_RETURN}))


def _client_signed_shape(draft: AuthorisationDraft, errors: FieldErrors) -> AuthorisationDraft:
    name = ""
    if draft.recipient_kind is RecipientKind.THIRD_PARTY:
        errors.add(F_RECIPIENT_KIND.error(ThirdPartyNeedsConsentError))
    elif draft.recipient_kind.needs_name:
        name = errors.check(
            lambda: check_text(draft.recipient_name, F_RECIPIENT_NAME, max_length=RECIPIENT_NAME_MAX), ""
        )
    if not draft.document_types:
        errors.add(F_DOCUMENT_TYPES.error(RequiredFieldError))
    covers_returns = DocumentType.TAX_RETURN in draft.document_types
    if covers_returns and draft.tax_type is None:
        errors.add(F_TAX_TYPE.error(RequiredFieldError))
    elif not covers_returns and draft.tax_type is not None:
        errors.add(F_TAX_TYPE.error(FieldNotForKindError))
    if draft.year_from is None:
        errors.add(F_YEAR_FROM.error(RequiredFieldError))
    return replace(draft, recipient_name=name)


_SHAPES = {
    AuthorisationKind.VIA: _via_shape,
    AuthorisationKind.SBA: _service_message_shape,
    AuthorisationKind.SBT: _service_message_shape,
    AuthorisationKind.CONTINUING: _continuing_shape,
    AuthorisationKind.CLIENT_SIGNED: _client_signed_shape,
}


def _checked_code(draft: AuthorisationDraft, errors: FieldErrors) -> str | None:
    if draft.activation_code is None:
        return None
    code = errors.check(lambda: normalise_activation_code(draft.activation_code or ""), "")
    if code and draft.kind is not AuthorisationKind.VIA:
        errors.add(F_ACTIVATION_CODE.error(ActivationCodeNotForKindError))
        return ""
    return code


def _checked_activation_date(draft: AuthorisationDraft, today: date, errors: FieldErrors) -> date | None:
    if draft.activated_on is None:
        return None
    if draft.kind is not AuthorisationKind.VIA:
        errors.add(F_ACTIVATED_ON.error(FieldNotForKindError))
        return None
    return errors.check(lambda: check_past_date(draft.activated_on, F_ACTIVATED_ON, today=today), None)


def _check_years(draft: AuthorisationDraft, today: date, errors: FieldErrors) -> None:
    first, last = FIRST_TAX_YEAR, today.year + 1
    years = ((draft.year_from, F_YEAR_FROM), (draft.year_to, F_YEAR_TO))
    wrong = [fld for year, fld in years if year is not None and not first <= year <= last]
    for fld in wrong:
        errors.add(fld.error(TaxYearError, first=first, last=last))
    if not wrong and draft.year_from and draft.year_to and draft.year_to < draft.year_from:
        errors.add(F_YEAR_TO.error(TaxYearOrderError))
