"""Consent as the privacy statement promises it (DESIGN.md R2, R3, R5, R12).

A client's consent for one purpose (and, for passing data on, one named
recipient) is a history of events — given, withdrawn — that is only ever
appended to. Each event keeps when it happened, who recorded it, how it was
given, the evidence document, the version of the privacy statement shown and
a note. The current state of a consent is its last event.

Purposes come from the statement and a beheerder can add more. A subject
under 16 on the day of consent needs a parent or legal guardian to give it
(`check_guardian_rule`); once the subject turns 16 such a consent is to be
renewed by the subject. Withdrawing the consent that is the basis of special
data asks, per category, to erase the data now or keep them under another
recorded basis (`SpecialDataDecision`) — never to keep them silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from calqi_desktop.domain.clients import LegalBasisKind, SpecialCategory
from calqi_desktop.domain.errors import (
    CalqiError,
    ConsentAgeUnknownError,
    GuardianIsSubjectError,
    GuardianNotAPersonError,
    GuardianNotNeededError,
    GuardianRequiredError,
    GuardianTooYoungError,
)
from calqi_desktop.domain.labels import Labelled, register_labels
from calqi_desktop.domain.validation import Field

#: Below this age (on the day of consent) a parent or legal guardian gives consent (statement, AVG art. 8 / UAVG art. 5).
AGE_OF_CONSENT = 16

RECIPIENT_MAX = 200
GUARDIAN_NAME_MAX = 200
NOTE_MAX = 2000
PURPOSE_LABEL_MAX = 200
PURPOSE_DESCRIPTION_MAX = 2000

F_RECIPIENT = Field("recipient", "de ontvanger", "the recipient")
F_GUARDIAN_NAME = Field("guardian_name", "de naam van de ouder of voogd", "the parent's or guardian's name")
F_NOTE = Field("note", "de toelichting", "the note")
F_PURPOSE_LABEL_NL = Field("label_nl", "de naam van het doel", "the purpose's name")
F_PURPOSE_LABEL_EN = Field("label_en", "de Engelse naam van het doel", "the purpose's English name")
F_PURPOSE_DESCRIPTION = Field("description", "de omschrijving van het doel", "the purpose's description")

#: What a withdrawal did to a category of a client under restriction: nothing may change, so it stays.
KEPT_UNDER_RESTRICTION = "kept-under-restriction"


class ConsentEventOrderError(CalqiError):
    nl = (
        "Het moment ligt vóór de vorige gebeurtenis van deze toestemming. Een intrekking volgt op het geven "
        "en opnieuw geven volgt op de intrekking; vul het moment in waarop het gebeurde."
    )
    en = "The moment lies before the previous event of this consent. A withdrawal follows the giving and giving again follows the withdrawal; fill in the moment it happened."


class GuardianForOrganisationError(CalqiError):
    nl = "Een organisatie geeft zelf toestemming, via wie haar vertegenwoordigt. Laat de ouder of voogd weg."
    en = "An organisation gives consent itself, through whoever represents it. Leave out the parent or guardian."


class PurposeInUseError(CalqiError):
    nl = (
        "Onder dit doel is al toestemming vastgelegd. Of het doel per ontvanger geldt en of het uitdrukkelijke "
        "toestemming vraagt, blijft daarom zoals het was; voeg zo nodig een nieuw doel toe."
    )
    en = "Consent has already been recorded under this purpose. Whether it applies per recipient and whether it asks for explicit consent therefore stay as they were; add a new purpose if needed."


class BuiltInPurpose(Labelled):
    """The purposes named in the privacy statement; the code a purpose row keeps."""

    SPECIAL_DATA = "special-data"
    NEWSLETTER = "newsletter"
    GROUP_OFFERS = "group-offers"
    THIRD_PARTY = "third-party"
    SALE = "sale"
    PROMOTIONS = "promotions"


class ConsentMethod(Labelled):
    """How a consent (or its withdrawal) was given."""

    PAPER = "paper"
    EMAIL = "email"
    IN_PERSON = "in-person"
    PORTAL = "portal"


class ConsentEventKind(Labelled):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class ConsentStatus(Labelled):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class GuardianRelation(Labelled):
    PARENT = "parent"
    LEGAL_GUARDIAN = "legal-guardian"


class DecisionAction(Labelled):
    """What happens to a category of special data whose basis was the withdrawn consent."""

    ERASE = "erase"
    KEEP_UNDER_OTHER_BASIS = "keep"


register_labels(
    [
        (
            BuiltInPurpose.SPECIAL_DATA,
            (
                "Verwerking van bijzondere persoonsgegevens",
                "Processing of special personal data",
            ),
        ),
        (BuiltInPurpose.NEWSLETTER, ("Nieuwsbrief", "Newsletter")),
        (
            BuiltInPurpose.GROUP_OFFERS,
            (
                "Informatie over producten van groepsmaatschappijen of zorgvuldig geselecteerde derden (opt-in)",
                "Information about products of group companies or carefully selected third parties (opt-in)",
            ),
        ),
        (
            BuiltInPurpose.THIRD_PARTY,
            (
                "Gegevens doorgeven aan een genoemde derde",
                "Passing data to a named third party",
            ),
        ),
        (BuiltInPurpose.SALE, ("Verkoop van gegevens (uitdrukkelijk)", "Sale of data (explicit)")),
        (BuiltInPurpose.PROMOTIONS, ("Deelname aan acties", "Taking part in promotions")),
        (ConsentMethod.PAPER, ("Op papier", "On paper")),
        (ConsentMethod.EMAIL, ("Per e-mail", "By e-mail")),
        (ConsentMethod.IN_PERSON, ("Mondeling, in persoon", "In person")),
        (ConsentMethod.PORTAL, ("Via het klantportaal", "Through the client portal")),
        (ConsentEventKind.GIVEN, ("Gegeven", "Given")),
        (ConsentEventKind.WITHDRAWN, ("Ingetrokken", "Withdrawn")),
        (ConsentStatus.GIVEN, ("Gegeven", "Given")),
        (ConsentStatus.WITHDRAWN, ("Ingetrokken", "Withdrawn")),
        (GuardianRelation.PARENT, ("Ouder", "Parent")),
        (GuardianRelation.LEGAL_GUARDIAN, ("Wettelijk vertegenwoordiger (voogd)", "Legal guardian")),
        (DecisionAction.ERASE, ("Nu wissen", "Erase now")),
        (
            DecisionAction.KEEP_UNDER_OTHER_BASIS,
            (
                "Bewaren onder een andere grondslag",
                "Keep under another basis",
            ),
        ),
    ]
)


@dataclass(frozen=True)
class ConsentPurpose:
    """A purpose consent can be asked for. Built-in purposes have a `code`; added ones have none.

    `needs_recipient`: the consent names one recipient (passing data on); one
    consent per recipient. `explicit`: the statement asks for explicit consent
    (sale). `ends_service`: withdrawing may mean the service must end (the
    statement says so of special data). `covers_special_data`: this consent can
    be the legal basis of special data.
    """

    id: int
    code: str | None
    label_nl: str
    label_en: str
    description: str
    needs_recipient: bool
    explicit: bool
    ends_service: bool
    covers_special_data: bool
    active: bool

    def label(self, language: str = "nl") -> str:
        return (self.label_en or self.label_nl) if language == "en" else self.label_nl

    @property
    def built_in(self) -> bool:
        return self.code is not None


@dataclass(frozen=True)
class PurposeDraft:
    """A purpose a beheerder adds or edits (built-in purposes keep their code and flags)."""

    label_nl: str
    label_en: str = ""
    description: str = ""
    needs_recipient: bool = False
    explicit: bool = False
    ends_service: bool = False
    active: bool = True


@dataclass(frozen=True)
class GuardianDraft:
    """Who gave consent for a minor: a person in the vault, or a name and relation recorded."""

    relation: GuardianRelation
    client_id: int | None = None
    name: str = ""


@dataclass(frozen=True)
class ConsentDraft:
    """A consent being given (or given again, which renews it).

    `given_at` is when the subject gave it (a paper form may be signed days
    before it is recorded); it may not lie in the future. `recipient` names the
    third party for a purpose that needs one and is empty otherwise.
    `age_confirmed` says the recorder checked that a subject without a known
    birth date is 16 or older.
    """

    purpose_id: int
    given_at: datetime
    method: ConsentMethod
    statement_version_id: int
    recipient: str = ""
    evidence_document_id: int | None = None
    note: str = ""
    guardian: GuardianDraft | None = None
    age_confirmed: bool = False


@dataclass(frozen=True)
class SpecialDataDecision:
    """For one category whose basis was the consent: erase now, or keep under `basis` (not consent)."""

    action: DecisionAction
    basis: LegalBasisKind | None = None
    note: str = ""


@dataclass(frozen=True)
class WithdrawalDraft:
    """A consent being withdrawn; `decisions` answer for every category the consent covered."""

    consent_id: int
    withdrawn_at: datetime
    method: ConsentMethod
    evidence_document_id: int | None = None
    note: str = ""
    decisions: dict[SpecialCategory, SpecialDataDecision] = field(default_factory=dict)


@dataclass(frozen=True)
class ConsentEvent:
    """One line of a consent's history, as the dossier shows it."""

    id: int
    kind: ConsentEventKind
    occurred_at: datetime
    recorded_at: datetime
    recorded_by: str
    method: ConsentMethod
    statement_version: str
    statement_version_id: int | None
    evidence_document_id: int | None
    evidence_name: str
    note: str
    guardian: str  # "Ouder: J. de Vries (K-000012)"; empty when the subject gave it
    decisions: str  # for a withdrawal of special-data consent: what happened to each category


@dataclass(frozen=True)
class Consent:
    """A client's consent for one purpose (and recipient), with its history, newest event last."""

    id: int
    client_id: int
    purpose: ConsentPurpose
    recipient: str
    status: ConsentStatus
    given_at: datetime | None
    withdrawn_at: datetime | None
    statement_version: str
    via_guardian: bool
    # The 16th birthday, when a guardian gave it and it awaits renewal. It gives away the birth
    # date (special data), so only a role that may view special data gets it; None for the others.
    renew_due_on: date | None
    events: tuple[ConsentEvent, ...]
    # Given by a guardian and the subject has turned 16 (by the day it was read): for every role.
    renewal_due: bool = False

    @property
    def is_given(self) -> bool:
        return self.status is ConsentStatus.GIVEN

    @property
    def renewal_pending(self) -> bool:
        """Given by a parent or guardian and not yet confirmed by the subject."""
        return self.is_given and self.via_guardian

    def title(self, language: str = "nl") -> str:
        """'Gegevens doorgeven aan een genoemde derde — Hypotheekbank B.V.'"""
        name = self.purpose.label(language)
        return f"{name} — {self.recipient}" if self.recipient else name


@dataclass(frozen=True)
class WithdrawalImpact:
    """What withdrawing a consent touches, for the dialog to show before it is recorded."""

    consent_id: int
    covered_categories: tuple[SpecialCategory, ...]  # special data stored on this consent
    ends_service: bool  # the statement: withdrawal may mean the service must end
    # Whether any data of each category is actually stored; empty (not known) for a role that may
    # not view special data.
    held: dict[SpecialCategory, bool]
    # Under restriction nothing may change: no decision is asked, the data stay as they are.
    restricted: bool = False


# --- age and the guardian rule ------------------------------------------------------


def sixteenth_birthday(birth_date: date) -> date:
    """The day the subject turns 16. Born on 29 February: 1 March in a common year.

    Choosing 1 March (not 28 February) keeps the guardian rule one day longer
    rather than one day shorter.
    """
    year = birth_date.year + AGE_OF_CONSENT
    try:
        return birth_date.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


def is_minor_on(birth_date: date, day: date) -> bool:
    """True when the subject is under 16 on `day`."""
    return day < sixteenth_birthday(birth_date)


def check_guardian_rule(
    *,
    subject_is_person: bool,
    subject_birth_date: date | None,
    given_on: date,
    guardian: GuardianDraft | None,
    age_confirmed: bool,
    subject_id: int | None = None,
    guardian_is_person: bool = True,
    guardian_birth_date: date | None = None,
) -> date | None:
    """Apply R3 to a consent given on `given_on`; the date the subject turns 16 when a guardian gave it.

    - An organisation gives its own consent: no rule, returns None; a
      guardian recorded for it is refused (`GuardianForOrganisationError`).
    - A subject with a birth date who is under 16 that day needs a guardian
      (`GuardianRequiredError`); the guardian, when in the vault, is a person
      other than the subject and is not a minor themselves.
    - A subject of 16 or over gives consent themselves: recording a guardian
      for them is refused (`GuardianNotNeededError`), since only the subject's
      own consent counts.
    - Without a known birth date the recorder must confirm the subject is 16 or
      older (`age_confirmed`), or record a guardian.
    """
    if not subject_is_person:
        if guardian is not None:
            raise GuardianForOrganisationError()
        return None
    if guardian is not None:
        if guardian.client_id is not None:
            if subject_id is not None and guardian.client_id == subject_id:
                raise GuardianIsSubjectError()
            if not guardian_is_person:
                raise GuardianNotAPersonError()
            if guardian_birth_date is not None and is_minor_on(guardian_birth_date, given_on):
                raise GuardianTooYoungError()
        elif not guardian.name.strip():
            raise GuardianRequiredError()
    if subject_birth_date is None:
        if guardian is None and not age_confirmed:
            raise ConsentAgeUnknownError()
        return None
    if is_minor_on(subject_birth_date, given_on):
        if guardian is None:
            raise GuardianRequiredError()
        return sixteenth_birthday(subject_birth_date)
    if guardian is not None:
        raise GuardianNotNeededError()
    return None


# --- what a withdrawal did -------------------------------------------------------------


def decision_record(action: str, basis: LegalBasisKind | None = None) -> dict[str, str | None]:
    """One category's entry in a withdrawal event's `decisions` (JSON): the action and the basis, never a value."""
    return {"action": action, "basis": basis.value if basis is not None else None}


def decisions_summary(decisions: Mapping[str, Mapping[str, str | None]], language: str = "nl") -> str:
    """A withdrawal's decisions in one sentence: 'Geboortedatum en -plaats gewist; de kinderen bewaard onder Overeenkomst.'"""
    parts = []
    order = [category.value for category in SpecialCategory]
    for code in sorted(decisions, key=lambda c: order.index(c) if c in order else len(order)):
        entry = decisions[code]
        name = SpecialCategory(code).label(language) if code in order else code
        action = entry.get("action")
        basis_code = entry.get("basis")
        basis = LegalBasisKind(basis_code).label(language) if basis_code else ""
        if action == DecisionAction.ERASE.value:
            parts.append(f"{name} erased" if language == "en" else f"{name} gewist")
        elif action == DecisionAction.KEEP_UNDER_OTHER_BASIS.value:
            parts.append(
                f"{name} kept under {basis}" if language == "en" else f"{name} bewaard onder {basis}"
            )
        elif action == KEPT_UNDER_RESTRICTION:
            parts.append(
                f"{name} kept unchanged while processing is restricted"
                if language == "en"
                else f"{name} ongewijzigd bewaard zolang de verwerking beperkt is"
            )
    if not parts:
        return ""
    text = "; ".join(parts)
    return f"{text[:1].upper()}{text[1:]}."
