"""Data-subject requests (AVG-verzoeken): what they are, who asked, the identity check and the clock.

The deadline is one calendar month from receipt (AVG art. 12(3)), counted as
EU law counts months (Regulation 1182/71 art. 3): the period ends on the day
of the last month with the same number as the day of receipt, or, when that
month has no such day, on its last day (31 January → 28 or 29 February). The
statement's "vier weken" is the firm's own target, shown beside it. An
extension of one or two more months may be decided, with a reason, only up to
the first deadline, and once. The weekend rule of art. 3(4) of that
regulation is deliberately not applied: the firm answers by the day shown.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from calqi_desktop.domain.labels import Labelled, register_labels

#: The firm's own target from the privacy statement ("binnen een termijn van vier weken").
INTERNAL_TARGET_DAYS = 28
#: The legal term, in months (AVG art. 12(3)).
RESPONSE_MONTHS = 1
#: At most this many months of extension (AVG art. 12(3)).
EXTENSION_MONTHS_MAX = 2
#: Requests due within this many days stand on the dashboard.
DUE_SOON_DAYS = 7
#: Longest free texts (notes, grounds, descriptions).
TEXT_MAX = 4000
REQUESTER_NAME_MAX = 200


class RequestType(Labelled):
    """Which right the data subject invokes (AVG art. 13–21)."""

    INFORMATION = "information"
    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    WITHDRAWAL = "withdrawal"

    @property
    def article(self) -> str:
        """'art. 15' — the AVG article of the right."""
        return _ARTICLES[self]

    @property
    def needs_client(self) -> bool:
        """True when handling it works on a dossier in the vault (all but a request for information)."""
        return self is not RequestType.INFORMATION


_ARTICLES = {
    RequestType.INFORMATION: "art. 13 en 14",
    RequestType.ACCESS: "art. 15",
    RequestType.RECTIFICATION: "art. 16",
    RequestType.ERASURE: "art. 17",
    RequestType.RESTRICTION: "art. 18",
    RequestType.PORTABILITY: "art. 20",
    RequestType.OBJECTION: "art. 21",
    RequestType.WITHDRAWAL: "art. 7 lid 3",
}


class RequestChannel(Labelled):
    LETTER = "letter"
    EMAIL = "email"
    IN_PERSON = "in-person"


class IdentityMethod(Labelled):
    """How the requester's identity was verified."""

    ID_IN_PERSON = "id-in-person"
    ID_COPY_MASKED = "id-copy-masked"
    KNOWN_EMAIL = "known-email"
    OTHER = "other"


class RequestStatus(Labelled):
    """Where a request stands. Only an open request can be acted on."""

    AWAITING_IDENTITY = "awaiting-identity"
    IN_PROGRESS = "in-progress"
    CLOSED = "closed"


class RequestOutcome(Labelled):
    """How a closed request ended; it decides the closing letter."""

    GRANTED = "granted"
    PARTLY_GRANTED = "partly-granted"
    REFUSED = "refused"
    IDENTITY_FAILED = "identity-failed"
    WITHDRAWN = "withdrawn"


class LetterKind(Labelled):
    """The response letters (each names the complaint route to the Autoriteit Persoonsgegevens)."""

    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity-request"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly-granted"
    REFUSED = "refused"
    EXTENSION = "extension"


class StepKind(Labelled):
    """One line of a request's timeline (kept with the request, append-only)."""

    RECEIVED = "received"
    CHANGED = "changed"
    LINKED = "linked"
    DOCUMENT_ADDED = "document-added"
    IDENTITY_VERIFIED = "identity-verified"
    IDENTITY_FAILED = "identity-failed"
    EXTENDED = "extended"
    LETTER_MADE = "letter-made"
    ACCESS_REPORT_MADE = "access-report-made"
    PORTABILITY_EXPORT_MADE = "portability-export-made"
    RECTIFIED = "rectified"
    ERASED = "erased"
    RESTRICTION_SET = "restriction-set"
    RESTRICTION_LIFTED = "restriction-lifted"
    CONSENT_WITHDRAWN = "consent-withdrawn"
    CLOSED = "closed"


register_labels(
    [
        (RequestType.INFORMATION, ("Informatie", "Information")),
        (RequestType.ACCESS, ("Inzage", "Access")),
        (RequestType.RECTIFICATION, ("Rectificatie", "Rectification")),
        (RequestType.ERASURE, ("Wissing (vergetelheid)", "Erasure")),
        (RequestType.RESTRICTION, ("Beperking van de verwerking", "Restriction of processing")),
        (RequestType.PORTABILITY, ("Gegevensoverdraagbaarheid", "Data portability")),
        (RequestType.OBJECTION, ("Bezwaar", "Objection")),
        (RequestType.WITHDRAWAL, ("Intrekking van toestemming", "Withdrawal of consent")),
        (RequestChannel.LETTER, ("Brief", "Letter")),
        (RequestChannel.EMAIL, ("E-mail", "E-mail")),
        (RequestChannel.IN_PERSON, ("Persoonlijk", "In person")),
        (IdentityMethod.ID_IN_PERSON, ("Identiteitsbewijs getoond aan de balie", "ID shown in person")),
        (
            IdentityMethod.ID_COPY_MASKED,
            ("Kopie identiteitsbewijs (BSN en pasfoto afgeschermd)", "ID copy (BSN and photo masked)"),
        ),
        (IdentityMethod.KNOWN_EMAIL, ("Bekend e-mailadres", "Known e-mail address")),
        (IdentityMethod.OTHER, ("Anders", "Other")),
        (RequestStatus.AWAITING_IDENTITY, ("Wacht op identificatie", "Awaiting identification")),
        (RequestStatus.IN_PROGRESS, ("In behandeling", "In progress")),
        (RequestStatus.CLOSED, ("Afgehandeld", "Closed")),
        (RequestOutcome.GRANTED, ("Toegekend", "Granted")),
        (RequestOutcome.PARTLY_GRANTED, ("Deels toegekend", "Partly granted")),
        (RequestOutcome.REFUSED, ("Afgewezen", "Refused")),
        (RequestOutcome.IDENTITY_FAILED, ("Identiteit niet vastgesteld", "Identity not verified")),
        (RequestOutcome.WITHDRAWN, ("Ingetrokken door verzoeker", "Withdrawn by the requester")),
        (LetterKind.ACKNOWLEDGEMENT, ("Ontvangstbevestiging", "Acknowledgement")),
        (LetterKind.IDENTITY_REQUEST, ("Verzoek om identificatie", "Request for identification")),
        (LetterKind.GRANTED, ("Besluit: toegekend", "Decision: granted")),
        (LetterKind.PARTLY_GRANTED, ("Besluit: deels toegekend", "Decision: partly granted")),
        (LetterKind.REFUSED, ("Besluit: afgewezen", "Decision: refused")),
        (LetterKind.EXTENSION, ("Verlenging van de termijn", "Extension of the term")),
        (StepKind.RECEIVED, ("Verzoek ontvangen", "Request received")),
        (StepKind.CHANGED, ("Gegevens van het verzoek gewijzigd", "Request details changed")),
        (StepKind.LINKED, ("Gekoppeld aan dossier", "Linked to dossier")),
        (StepKind.DOCUMENT_ADDED, ("Stuk toegevoegd", "Document added")),
        (StepKind.IDENTITY_VERIFIED, ("Identiteit vastgesteld", "Identity verified")),
        (StepKind.IDENTITY_FAILED, ("Identiteit niet vastgesteld", "Identity not verified")),
        (StepKind.EXTENDED, ("Termijn verlengd", "Term extended")),
        (StepKind.LETTER_MADE, ("Brief gemaakt", "Letter made")),
        (StepKind.ACCESS_REPORT_MADE, ("Inzageoverzicht gemaakt", "Access report made")),
        (StepKind.PORTABILITY_EXPORT_MADE, ("Gegevensexport gemaakt", "Portability export made")),
        (StepKind.RECTIFIED, ("Dossier gecorrigeerd", "Dossier rectified")),
        (StepKind.ERASED, ("Gegevens gewist (geanonimiseerd)", "Data erased (anonymised)")),
        (StepKind.RESTRICTION_SET, ("Verwerking beperkt", "Processing restricted")),
        (StepKind.RESTRICTION_LIFTED, ("Beperking opgeheven", "Restriction lifted")),
        (StepKind.CONSENT_WITHDRAWN, ("Toestemming ingetrokken", "Consent withdrawn")),
        (StepKind.CLOSED, ("Verzoek afgehandeld", "Request closed")),
    ]
)


# --- the clock -----------------------------------------------------------------------------------


def add_months(start: date, months: int) -> date:
    """The day `months` calendar months after `start`, as EU law counts (Reg. 1182/71 art. 3(2)(c)).

    The same day number in the target month; when that month is shorter,
    its last day: 31-01 + 1 → 28-02 (29-02 in a leap year), 31-03 + 1 → 30-04.
    """
    if months < 0:
        raise ValueError("months must not be negative")
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def first_deadline(received_on: date) -> date:
    """The legal deadline: one calendar month after the day of receipt (AVG art. 12(3))."""
    return add_months(received_on, RESPONSE_MONTHS)


def internal_target(received_on: date) -> date:
    """The firm's own target: four weeks after receipt (privacy statement)."""
    return received_on + timedelta(days=INTERNAL_TARGET_DAYS)


def extended_deadline(received_on: date, months: int) -> date:
    """The deadline after an extension of `months` (1 or 2) further months, counted on from the first one.

    Counted from the first deadline, not from receipt, so a clipped month end
    is never lengthened (31-01: first 28-02, extended by 2 → 28-04, not 30-04).
    """
    if not 1 <= months <= EXTENSION_MONTHS_MAX:
        raise ValueError("an extension is one or two months")
    return add_months(first_deadline(received_on), months)


class Urgency(Labelled):
    """How the clock stands today, for colours on the dashboard and the list."""

    CLOSED = "closed"
    ON_TRACK = "on-track"
    DUE_SOON = "due-soon"
    OVERDUE = "overdue"


register_labels(
    [
        (Urgency.CLOSED, ("Afgehandeld", "Closed")),
        (Urgency.ON_TRACK, ("Op tijd", "On track")),
        (Urgency.DUE_SOON, ("Termijn binnen 7 dagen", "Due within 7 days")),
        (Urgency.OVERDUE, ("Termijn verstreken", "Overdue")),
    ]
)


def urgency(deadline: date, today: date, *, closed: bool = False) -> Urgency:
    """OVERDUE after the deadline day; DUE_SOON from 7 days before it up to and including it."""
    if closed:
        return Urgency.CLOSED
    if today > deadline:
        return Urgency.OVERDUE
    if (deadline - today).days <= DUE_SOON_DAYS:
        return Urgency.DUE_SOON
    return Urgency.ON_TRACK


# --- value objects ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Requester:
    """Who asked, when it is not (yet) a client in the vault. Empty for a client's own request:
    the dossier then gives name and address, so erasure leaves no copy of them here."""

    name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""  # free text, one or more lines

    @property
    def is_empty(self) -> bool:
        return not (self.name.strip() or self.email.strip() or self.phone.strip() or self.address.strip())


@dataclass(frozen=True)
class RequestDraft:
    """The intake form. `client_id` is the data subject's dossier, or None with `requester` filled."""

    request_type: RequestType
    received_on: date
    channel: RequestChannel
    client_id: int | None = None
    requester: Requester = Requester()
    description: str = ""  # what is asked, in the firm's words (no copies of special data)


@dataclass(frozen=True)
class IdentityCheckDraft:
    """The identity check. `masked_confirmed`: for an ID copy, BSN and photo were made unreadable."""

    method: IdentityMethod
    checked_on: date
    note: str = ""
    masked_confirmed: bool = False


@dataclass(frozen=True)
class IdentityCheck:
    method: IdentityMethod
    checked_on: date
    checked_by: str  # staff member's display name
    note: str


@dataclass(frozen=True)
class Extension:
    months: int
    reason: str
    decided_on: date
    decided_by: str


@dataclass(frozen=True)
class RequestStep:
    """One line of the timeline. `note` is free text (blanked on erasure), `detail` a short code ('granted')."""

    id: int
    kind: StepKind
    occurred_at: datetime
    by: str
    note: str
    detail: str = ""


@dataclass(frozen=True)
class RequestDocumentInfo:
    """A document of the request (the letter or e-mail that brought it in). Bytes come separately."""

    id: int
    file_name: str
    mime_type: str
    size: int
    sha256: str
    added_by: str
    added_at: datetime


@dataclass(frozen=True)
class DataSubjectRequest:
    """A request as the screens and letters see it.

    `subject_name` is the dossier's display name when linked (else the
    requester's name), `reference` the firm's number ('AVG-2026-0007').
    """

    id: int
    reference: str
    request_type: RequestType
    received_on: date
    channel: RequestChannel
    client_id: int | None
    client_number: str
    subject_name: str
    requester: Requester
    description: str
    status: RequestStatus
    outcome: RequestOutcome | None
    outcome_grounds: str
    identity: IdentityCheck | None
    identity_failed_reason: str
    extension: Extension | None
    closed_on: date | None
    client_anonymised: bool = False
    client_restricted: bool = False
    steps: tuple[RequestStep, ...] = ()
    documents: tuple[RequestDocumentInfo, ...] = ()

    @property
    def first_deadline(self) -> date:
        return first_deadline(self.received_on)

    @property
    def deadline(self) -> date:
        """The deadline that counts now: the extended one once an extension was decided."""
        if self.extension is not None:
            return extended_deadline(self.received_on, self.extension.months)
        return self.first_deadline

    @property
    def internal_target(self) -> date:
        return internal_target(self.received_on)

    @property
    def is_open(self) -> bool:
        return self.status is not RequestStatus.CLOSED

    @property
    def identity_verified(self) -> bool:
        return self.identity is not None

    def urgency(self, today: date) -> Urgency:
        return urgency(self.deadline, today, closed=not self.is_open)

    def may_extend_on(self, day: date) -> bool:
        """An extension only while open, once, and up to and including the first deadline."""
        return self.is_open and self.extension is None and day <= self.first_deadline


@dataclass(frozen=True)
class RequestListRow:
    """A row of the requests list."""

    id: int
    reference: str
    request_type: RequestType
    received_on: date
    deadline: date
    subject_name: str
    client_number: str
    status: RequestStatus
    outcome: RequestOutcome | None

    def urgency(self, today: date) -> Urgency:
        return urgency(self.deadline, today, closed=self.status is RequestStatus.CLOSED)


def reference_for(year: int, number: int) -> str:
    """'AVG-2026-0007': the n-th request received in that year."""
    return f"AVG-{year}-{number:04d}"
