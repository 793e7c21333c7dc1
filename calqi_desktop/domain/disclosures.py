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
- any other third party: only with a given consent for that recipient, and
  for a sale also the explicit consent to sell.

When no authorisation covers the disclosure, the refusal names the closest
miss, in this order: none at all → wrong recipient → wrong kind → wrong year
→ not valid that day (revoked, not activated, not yet valid, expired).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from calqi_desktop.domain.authorisations import (
    AuthorisationTerms,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.labels import Labelled, register_labels


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
    NOT_YET_VALID = "not-yet-valid"
    EXPIRED = "expired"
    REVOKED = "revoked"
    NO_CONSENT = "no-consent"
    NO_SALE_CONSENT = "no-sale-consent"


register_labels(
    {
        DisclosureChannel.ELECTRONIC: (
            "Elektronisch (Digipoort of portaal)",
            "Electronic (Digipoort or portal)",
        ),
        DisclosureChannel.EMAIL: ("Per e-mail", "By e-mail"),
        DisclosureChannel.POST: ("Per post", "By post"),
        DisclosureChannel.IN_PERSON: ("Persoonlijk overhandigd", "Handed over in person"),
        DisclosureChannel.SENT_BY_CLIENT: ("Door de klant zelf verstuurd", "Sent by the client themselves"),
        RefusalReason.RESTRICTED: (
            "De verwerking van de gegevens van deze klant is beperkt (AVG art. 18). Zolang de beperking "
            "geldt, wordt niets verstrekt of vastgelegd.",
            "Processing of this client's data is restricted (GDPR art. 18). While the restriction "
            "applies, nothing is disclosed or recorded.",
        ),
        RefusalReason.ANONYMISED: (
            "Dit dossier is geanonimiseerd; er kan niets meer worden verstrekt.",
            "This dossier has been anonymised; nothing can be disclosed any more.",
        ),
        RefusalReason.NO_AUTHORISATION: (
            "Er is geen machtiging van de klant voor deze ontvanger vastgelegd. Leg eerst de machtiging vast, "
            "of laat de klant het stuk zelf versturen.",
            "No authorisation from the client is recorded for this recipient. Record the authorisation "
            "first, or let the client send the document themselves.",
        ),
        RefusalReason.WRONG_RECIPIENT: (
            "De machtigingen van deze klant gelden voor een andere ontvanger. Leg een machtiging voor deze "
            "ontvanger vast, of laat de klant het stuk zelf versturen.",
            "This client's authorisations are for another recipient. Record an authorisation for this "
            "recipient, or let the client send the document themselves.",
        ),
        RefusalReason.WRONG_KIND: (
            "De machtiging voor deze ontvanger dekt dit soort stuk (of dit belastingmiddel) niet. Leg een "
            "machtiging vast die dit stuk dekt.",
            "The authorisation for this recipient does not cover this kind of document (or this tax type). "
            "Record an authorisation that covers it.",
        ),
        RefusalReason.WRONG_YEAR: (
            "De machtiging voor deze ontvanger en dit stuk geldt voor andere jaren. Leg een machtiging voor "
            "dit jaar vast.",
            "The authorisation for this recipient and document is for other years. Record an authorisation "
            "for this year.",
        ),
        RefusalReason.NOT_ACTIVATED: (
            "De VIA-machtiging voor dit jaar is nog niet geactiveerd. Vul eerst de activeringscode in die "
            "de klant van de Belastingdienst heeft gekregen.",
            "The VIA authorisation for this year has not been activated. First enter the activation code "
            "the client received from the Belastingdienst.",
        ),
        RefusalReason.NOT_YET_VALID: (
            "De machtiging die dit stuk dekt, gaat pas later in. Verstrek het stuk na de ingangsdatum.",
            "The authorisation covering this document only takes effect later. Disclose it after the "
            "valid-from date.",
        ),
        RefusalReason.EXPIRED: (
            "De machtiging die dit stuk dekt, is verlopen. Vraag de klant om een nieuwe machtiging.",
            "The authorisation covering this document has expired. Ask the client for a new one.",
        ),
        RefusalReason.REVOKED: (
            "De machtiging die dit stuk dekt, is ingetrokken. Zonder nieuwe machtiging wordt niets verstrekt.",
            "The authorisation covering this document has been revoked. Nothing is disclosed without a "
            "new one.",
        ),
        RefusalReason.NO_CONSENT: (
            "De klant heeft geen toestemming gegeven om gegevens aan deze derde door te geven. Leg eerst "
            "de toestemming voor deze ontvanger vast.",
            "The client has not consented to passing data to this third party. Record the consent for "
            "this recipient first.",
        ),
        RefusalReason.NO_SALE_CONSENT: (
            "Calqi verkoopt nooit gegevens zonder uitdrukkelijke toestemming van de klant, en die is niet "
            "vastgelegd.",
            "Calqi never sells data without the client's explicit consent, and none is recorded.",
        ),
    }
)


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
    """A client's consent as `decide` needs it: for passing on to `recipient`, or to sell."""

    id: int
    recipient: str
    sale: bool  # the explicit consent to sell (purpose "sale")
    given: bool


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
    authorisation: str  # "Doorlopende machtiging IB, vanaf 2024"; empty when sent by the client
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
    """Recipient names match ignoring case, accents and spacing ('ING Bank N.V.' = 'ing bank n.v.')."""
    raise NotImplementedError


def decide(
    draft: DisclosureDraft,
    *,
    restricted: bool,
    anonymised: bool = False,
    authorisations: Sequence[AuthorisationTerms] = (),
    consents: Sequence[ConsentTerms] = (),
) -> Verdict:
    """May `draft` be recorded? See the module docstring for the rule and the order of refusals."""
    raise NotImplementedError
