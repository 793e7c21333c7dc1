"""Disclosures (verstrekkingen) and the rule that decides whether one may be recorded (R4, R5).

Every time a tax return, annual account or financial report leaves the firm,
it is logged: what (document type, tax type, year), to whom, when, how and
by whom. `decide` is the rule, pure and without a database:

- a client under restriction (AVG art. 18) gets no disclosure at all, not
  even one recorded as sent by the client (the dossier may not change);
- "sent by the client themselves" is recorded as such and needs nothing
  else (the statement prefers it);
- the government or a bank: only with an authorisation that covers the
  recipient, the document (kind and tax type) and the year, and is valid on
  the day of the disclosure;
- any other third party: only with a consent for that recipient that stood on
  the day of the disclosure (given on or before it, not withdrawn by then);
- a sale, to anyone: only with the client's explicit consent to sell to that
  recipient (purpose "sale"), standing on that day; an authorisation or an
  ordinary consent to pass data on is no consent to sell.

When no authorisation covers the disclosure, the refusal names the closest
miss, in this order: none at all → wrong recipient → wrong kind → wrong year
→ not valid that day. Each step keeps only the authorisations that passed the
one before, so "wrong year" means: for this recipient and this document there
are authorisations, just not for this year. When those left are all not
valid on the day, the refusal names the one nearest to being usable, in this
fixed order: a VIA awaiting its activation code (NOT_ACTIVATED: enter the
code), requested but not yet granted (NOT_GRANTED: no valid-from date yet),
not yet in force (NOT_YET_VALID: wait), expired (EXPIRED: ask for a new one),
revoked (REVOKED: final). A revocation dated after the disclosure does not
make the authorisation revoked on the day of the disclosure.

Recipient names match with `same_recipient`: case, accents, punctuation and
spacing do not matter ('ING Bank N.V.' = 'ing bank nv').
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from calqi_desktop.domain.authorisations import (
    FIRST_TAX_YEAR,
    RECIPIENT_NAME_MAX,
    AuthorisationStatus,
    AuthorisationTerms,
    DocumentType,
    RecipientKind,
    TaxType,
    check_note,
)
from calqi_desktop.domain.errors import RequiredFieldError, TaxYearError
from calqi_desktop.domain.labels import Labelled, register_labels
from calqi_desktop.domain.search_text import fold
from calqi_desktop.domain.validation import Field, FieldErrors, check_past_date, check_text


class DisclosureChannel(Labelled):
    ELECTRONIC = "electronic"  # Digipoort, the bank's or authority's portal
    EMAIL = "email"
    POST = "post"
    IN_PERSON = "in-person"
    SENT_BY_CLIENT = "sent-by-client"


class RefusalReason(Labelled):
    """Why a disclosure was refused; the label is the sentence the user reads."""

    RESTRICTED = "restricted"
    ANONYMISED = "anonymised"
    NO_AUTHORISATION = "no-authorisation"
    WRONG_RECIPIENT = "wrong-recipient"
    WRONG_KIND = "wrong-kind"
    WRONG_YEAR = "wrong-year"
    NOT_ACTIVATED = "not-activated"
    NOT_GRANTED = "not-granted"  # requested, never granted: no valid-from date
    NOT_YET_VALID = "not-yet-valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NO_CONSENT = "no-consent"
    NO_SALE_CONSENT = "no-sale-consent"


register_labels(
    [
        (
            DisclosureChannel.ELECTRONIC,
            (
                "Elektronisch (Digipoort of portaal)",
                "Electronic (Digipoort or portal)",
            ),
        ),
        (DisclosureChannel.EMAIL, ("Per e-mail", "By e-mail")),
        (DisclosureChannel.POST, ("Per post", "By post")),
        (DisclosureChannel.IN_PERSON, ("Persoonlijk overhandigd", "Handed over in person")),
        (DisclosureChannel.SENT_BY_CLIENT, ("Door de klant zelf verstuurd", "Sent by the client themselves")),
        (
            RefusalReason.RESTRICTED,
            (
                "De verwerking van de gegevens van deze klant is beperkt (AVG art. 18). Zolang de beperking "
                "geldt, wordt niets verstrekt of vastgelegd.",
                "Processing of this client's data is restricted (GDPR art. 18). While the restriction "
                "applies, nothing is disclosed or recorded.",
            ),
        ),
        (
            RefusalReason.ANONYMISED,
            (
                "Dit dossier is geanonimiseerd; er kan niets meer worden verstrekt.",
                "This dossier has been anonymised; nothing can be disclosed any more.",
            ),
        ),
        (
            RefusalReason.NO_AUTHORISATION,
            (
                "Er is geen machtiging van de klant voor deze ontvanger vastgelegd. Leg eerst de machtiging vast, "
                "of laat de klant het stuk zelf versturen.",
                "No authorisation from the client is recorded for this recipient. Record the authorisation "
                "first, or let the client send the document themselves.",
            ),
        ),
        (
            RefusalReason.WRONG_RECIPIENT,
            (
                "De machtigingen van deze klant gelden voor een andere ontvanger. Leg een machtiging voor deze "
                "ontvanger vast, of laat de klant het stuk zelf versturen.",
                "This client's authorisations are for another recipient. Record an authorisation for this "
                "recipient, or let the client send the document themselves.",
            ),
        ),
        (
            RefusalReason.WRONG_KIND,
            (
                "De machtiging voor deze ontvanger dekt dit soort stuk (of dit belastingmiddel) niet. Leg een "
                "machtiging vast die dit stuk dekt.",
                "The authorisation for this recipient does not cover this kind of document (or this tax type). "
                "Record an authorisation that covers it.",
            ),
        ),
        (
            RefusalReason.WRONG_YEAR,
            (
                "De machtiging voor deze ontvanger en dit stuk geldt voor andere jaren. Leg een machtiging voor "
                "dit jaar vast.",
                "The authorisation for this recipient and document is for other years. Record an authorisation "
                "for this year.",
            ),
        ),
        (
            RefusalReason.NOT_ACTIVATED,
            (
                "De VIA-machtiging voor dit jaar is nog niet geactiveerd. Vul eerst de activeringscode in die "
                "de klant van de Belastingdienst heeft gekregen.",
                "The VIA authorisation for this year has not been activated. First enter the activation code "
                "the client received from the Belastingdienst.",
            ),
        ),
        (
            RefusalReason.NOT_GRANTED,
            (
                "De machtiging die dit stuk dekt, is aangevraagd maar nog niet verleend (er is geen ingangsdatum). "
                "Vul de ingangsdatum in zodra de machtiging is verleend.",
                "The authorisation covering this document has been requested but not yet granted (it has no "
                "valid-from date). Fill in the valid-from date once it is granted.",
            ),
        ),
        (
            RefusalReason.NOT_YET_VALID,
            (
                "De machtiging die dit stuk dekt, gaat pas later in. Verstrek het stuk na de ingangsdatum.",
                "The authorisation covering this document only takes effect later. Disclose it after the "
                "valid-from date.",
            ),
        ),
        (
            RefusalReason.EXPIRED,
            (
                "De machtiging die dit stuk dekt, is verlopen. Vraag de klant om een nieuwe machtiging.",
                "The authorisation covering this document has expired. Ask the client for a new one.",
            ),
        ),
        (
            RefusalReason.REVOKED,
            (
                "De machtiging die dit stuk dekt, is ingetrokken. Zonder nieuwe machtiging wordt niets verstrekt.",
                "The authorisation covering this document has been revoked. Nothing is disclosed without a "
                "new one.",
            ),
        ),
        (
            RefusalReason.NO_CONSENT,
            (
                "De klant heeft geen toestemming gegeven om gegevens aan deze derde door te geven. Leg eerst "
                "de toestemming voor deze ontvanger vast.",
                "The client has not consented to passing data to this third party. Record the consent for "
                "this recipient first.",
            ),
        ),
        (
            RefusalReason.NO_SALE_CONSENT,
            (
                "Calqi verkoopt nooit gegevens zonder uitdrukkelijke toestemming van de klant, en die is niet "
                "vastgelegd.",
                "Calqi never sells data without the client's explicit consent, and none is recorded.",
            ),
        ),
    ]
)


F_DOCUMENT_TYPE = Field("document_type", "het stuk", "the document")
F_TAX_TYPE = Field("tax_type", "het belastingmiddel", "the tax type")
F_YEAR = Field("year", "het jaar", "the year")
F_RECIPIENT_KIND = Field("recipient_kind", "de ontvanger", "the recipient")
F_RECIPIENT_NAME = Field("recipient_name", "de naam van de ontvanger", "the recipient's name")
F_DISCLOSED_ON = Field("disclosed_on", "de datum van verstrekking", "the date of disclosure")
F_CHANNEL = Field("channel", "de manier van verzenden", "the channel")
F_NOTE = Field("note", "de notitie", "the note")


@dataclass(frozen=True)
class DisclosureDraft:
    """A disclosure about to be recorded. `recipient_name` is empty for the Belastingdienst."""

    document_type: DocumentType
    year: int
    recipient_kind: RecipientKind
    disclosed_on: date
    channel: DisclosureChannel
    recipient_name: str = ""
    tax_type: TaxType | None = None  # required for a tax return
    sale: bool = False
    note: str = ""


@dataclass(frozen=True)
class ConsentTerms:
    """A client's consent as `decide` needs it: for passing on to `recipient`, or to sell.

    `given` is today's state; `given_on` and `withdrawn_on` are the local
    calendar days of its latest giving and withdrawal (None when there is
    none), so a disclosure dated in the past is judged by the consent as it
    stood on that day.
    """

    id: int
    recipient: str
    sale: bool  # the explicit consent to sell (purpose "sale")
    given: bool
    given_on: date | None
    withdrawn_on: date | None

    def stands_on(self, day: date) -> bool:
        """True when the consent stood on `day`: given on or before it, and not withdrawn by then.

        A withdrawal on `day` itself counts: nothing leaves on the day the
        client said no (as with a revoked authorisation).
        """
        if self.given_on is None or day < self.given_on:
            return False
        if self.given:
            return True
        return self.withdrawn_on is not None and day < self.withdrawn_on


@dataclass(frozen=True)
class Verdict:
    """The outcome of `decide`: allowed with what it rests on, or refused with the reason."""

    refusal: RefusalReason | None
    authorisation_id: int | None = None
    consent_id: int | None = None

    @property
    def allowed(self) -> bool:
        return self.refusal is None


@dataclass(frozen=True)
class Disclosure:
    """A logged disclosure, as the dossier and the overview PDF show it."""

    id: int
    client_id: int
    document_type: DocumentType
    tax_type: TaxType | None
    year: int
    recipient_kind: RecipientKind
    recipient_name: str
    disclosed_on: date
    channel: DisclosureChannel
    sale: bool
    authorisation_id: int | None
    authorisation: str  # `AuthorisationTerms.describe()`; empty when it rests on none
    consent_id: int | None
    note: str
    recorded_by: str
    recorded_at: datetime

    def recipient(self, language: str = "nl") -> str:
        """'Belastingdienst', or the recipient's name."""
        return self.recipient_name or self.recipient_kind.label(language)

    def what(self, language: str = "nl") -> str:
        """'Belastingaangifte Inkomstenbelasting (IB) 2025', 'Jaarrekening 2025'."""
        parts = [self.document_type.label(language)]
        if self.tax_type is not None:
            parts.append(self.tax_type.label(language))
        parts.append(str(self.year))
        return " ".join(parts)


def same_recipient(a: str, b: str) -> bool:
    """Recipient names match ignoring case, accents and spacing ('ING Bank N.V.' = 'ing bank n.v.').

    Punctuation and spaces count as nothing ('N.V.' = 'NV'); an empty name matches nothing.
    """
    key = recipient_match_key(a)
    return bool(key) and key == recipient_match_key(b)


def recipient_match_key(name: str) -> str:
    """The form `same_recipient` compares: folded, letters and digits only ('ING Bank N.V.' → 'ingbanknv').

    Dropping every space and mark (not just collapsing them) also matches
    'N. V.' with 'N.V.' and 'ING-Bank' with 'ING Bank'.
    """
    return "".join(ch for ch in fold(name) if ch.isalnum())


#: Among authorisations that cover the disclosure but are not valid that day: the nearest to usable first.
_NOT_VALID_ORDER = (
    (AuthorisationStatus.AWAITING_ACTIVATION, RefusalReason.NOT_ACTIVATED),
    (AuthorisationStatus.REQUESTED, RefusalReason.NOT_GRANTED),
    (AuthorisationStatus.NOT_YET_VALID, RefusalReason.NOT_YET_VALID),
    (AuthorisationStatus.EXPIRED, RefusalReason.EXPIRED),
    (AuthorisationStatus.REVOKED, RefusalReason.REVOKED),
)


def decide(
    draft: DisclosureDraft,
    *,
    restricted: bool,
    anonymised: bool = False,
    authorisations: Sequence[AuthorisationTerms] = (),
    consents: Sequence[ConsentTerms] = (),
) -> Verdict:
    """May `draft` be recorded? See the module docstring for the rule and the order of refusals."""
    if restricted:
        return Verdict(RefusalReason.RESTRICTED)
    if anonymised:
        return Verdict(RefusalReason.ANONYMISED)
    if draft.channel is DisclosureChannel.SENT_BY_CLIENT:
        return Verdict(None)
    if draft.sale or not draft.recipient_kind.needs_authorisation:
        return _by_consent(draft, consents)
    return _by_authorisation(draft, authorisations)


def _by_consent(draft: DisclosureDraft, consents: Sequence[ConsentTerms]) -> Verdict:
    """A third party: a consent for this recipient that stood on the day of the disclosure;
    for a sale, the explicit consent to sell."""
    for consent in consents:
        if (
            consent.stands_on(draft.disclosed_on)
            and consent.sale == draft.sale
            and same_recipient(consent.recipient, draft.recipient_name)
        ):
            return Verdict(None, consent_id=consent.id)
    return Verdict(RefusalReason.NO_SALE_CONSENT if draft.sale else RefusalReason.NO_CONSENT)


def _by_authorisation(draft: DisclosureDraft, authorisations: Sequence[AuthorisationTerms]) -> Verdict:
    """The government or a bank: an authorisation that covers recipient, document and year, valid that day."""
    if not authorisations:
        return Verdict(RefusalReason.NO_AUTHORISATION)
    steps = (
        (
            RefusalReason.WRONG_RECIPIENT,
            lambda terms: is_for_recipient(terms, draft.recipient_kind, draft.recipient_name),
        ),
        (RefusalReason.WRONG_KIND, lambda terms: terms.covers_document(draft.document_type, draft.tax_type)),
        (RefusalReason.WRONG_YEAR, lambda terms: terms.covers_year(draft.year)),
    )
    left = list(authorisations)
    for reason, keeps in steps:
        left = [terms for terms in left if keeps(terms)]
        if not left:
            return Verdict(reason)
    statuses = {terms.id: terms.status_on(draft.disclosed_on) for terms in left}
    valid = [terms for terms in left if statuses[terms.id] is AuthorisationStatus.ACTIVE]
    if valid:
        chosen = max(valid, key=lambda terms: (terms.valid_from or date.min, terms.id))
        return Verdict(None, authorisation_id=chosen.id)
    found = set(statuses.values())
    return Verdict(next(reason for status, reason in _NOT_VALID_ORDER if status in found))


def is_for_recipient(terms: AuthorisationTerms, recipient_kind: RecipientKind, recipient_name: str) -> bool:
    """True when the authorisation is for this recipient: the same kind and, for a named one, the same name."""
    if terms.recipient_kind is not recipient_kind:
        return False
    return not recipient_kind.needs_name or same_recipient(terms.recipient_name, recipient_name)


def check_disclosure_draft(draft: DisclosureDraft, *, today: date) -> DisclosureDraft:
    """The draft tidied, or the first input error (input errors are not refusals).

    The year lies between FIRST_TAX_YEAR and next year; a tax return names its
    tax type (another document has none: a given one is dropped); every
    recipient but the Belastingdienst is named (at most RECIPIENT_NAME_MAX
    characters; the Belastingdienst's name is dropped); the day of disclosure
    is not in the future; the note is at most NOTE_MAX characters.
    """
    checked, errors = _checked_disclosure(draft, today)
    errors.raise_first()
    return checked


def collect_disclosure_problems(draft: DisclosureDraft, *, today: date) -> FieldErrors:
    """Every input problem of `check_disclosure_draft`, for a form to mark all fields at once."""
    return _checked_disclosure(draft, today)[1]


def _checked_disclosure(draft: DisclosureDraft, today: date) -> tuple[DisclosureDraft, FieldErrors]:
    errors = FieldErrors()
    first, last = FIRST_TAX_YEAR, today.year + 1
    if not first <= draft.year <= last:
        errors.add(F_YEAR.error(TaxYearError, first=first, last=last))
    tax_type = draft.tax_type if draft.document_type is DocumentType.TAX_RETURN else None
    if draft.document_type is DocumentType.TAX_RETURN and tax_type is None:
        errors.add(F_TAX_TYPE.error(RequiredFieldError))
    name = ""
    if draft.recipient_kind.needs_name:
        name = errors.check(
            lambda: check_text(draft.recipient_name, F_RECIPIENT_NAME, max_length=RECIPIENT_NAME_MAX), ""
        )
    errors.check(lambda: check_past_date(draft.disclosed_on, F_DISCLOSED_ON, today=today), None)
    note = errors.check(lambda: check_note(draft.note, F_NOTE), "")
    return replace(draft, tax_type=tax_type, recipient_name=name, note=note), errors
