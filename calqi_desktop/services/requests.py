"""Data-subject requests (AVG-verzoeken): intake, the identity check, the clock, closing — and the gate.

Every function checks HANDLE_REQUESTS, works in one transaction, adds a step
to the request's timeline and writes an audit event (`on_request_of` =
'request:<id>'); audit details hold ids and codes only. `gate()` is the one
check every action that releases or changes data goes through: the request
exists, is open, is of the right type, is linked to a dossier and the
requester's identity is verified.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from calqi_desktop.domain.requests import (
    DataSubjectRequest,
    IdentityCheckDraft,
    RequestDocumentInfo,
    RequestDraft,
    RequestListRow,
    RequestOutcome,
    RequestType,
    StepKind,
)
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import DataSubjectRequestRow


def register(workspace: Workspace, draft: RequestDraft, *, today: date | None = None) -> int:
    """Record a new request; returns its id. Gives the next reference of the year of receipt
    ('AVG-2026-0001'), sets `due_on` to the first deadline. Refuses a receipt date after today
    (`ReceivedInFutureError`), neither a client nor a requester name (`RequesterMissingError`),
    an anonymised client (`ClientAnonymisedError`). A client's own request keeps no requester details."""
    raise NotImplementedError


def change(workspace: Workspace, request_id: int, draft: RequestDraft) -> DataSubjectRequest:
    """Correct the intake (type, date, channel, requester, description) of an open request.
    The linked dossier cannot change here (`link_client`)."""
    raise NotImplementedError


def link_client(workspace: Workspace, request_id: int, client_id: int) -> DataSubjectRequest:
    """Link a request from a requester not yet linked to the subject's dossier; clears the requester
    details (the dossier holds them). Refused when already linked (`RequestAlreadyLinkedError`)."""
    raise NotImplementedError


def get(workspace: Workspace, request_id: int, *, audit: bool = True) -> DataSubjectRequest:
    """The request with its steps and documents; writes 'request.opened' unless `audit` is False."""
    raise NotImplementedError


def list_requests(
    workspace: Workspace, *, open_only: bool = True, client_id: int | None = None, text: str = ""
) -> list[RequestListRow]:
    """Requests, soonest deadline first (closed ones: newest first). `text` matches the reference,
    the client number or the subject's name (case- and accent-insensitive)."""
    raise NotImplementedError


def add_document(workspace: Workspace, request_id: int, file_name: str, data: bytes) -> int:
    """Attach the letter or e-mail that brought the request in (checked like dossier documents:
    size limit, real type — PDF, image, .eml/.msg/.txt)."""
    raise NotImplementedError


def open_document(
    workspace: Workspace, request_id: int, document_id: int
) -> tuple[RequestDocumentInfo, bytes]:
    """A request's document with its bytes; audited."""
    raise NotImplementedError


def verify_identity(
    workspace: Workspace, request_id: int, check: IdentityCheckDraft, *, today: date | None = None
) -> DataSubjectRequest:
    """Record the identity check: method, by whom (the signed-in member), when. Status becomes
    IN_PROGRESS. An ID copy needs `masked_confirmed` (`IdentityCopyNotMaskedError`); a date after
    today or before receipt is refused; a second check too (`IdentityAlreadyCheckedError`)."""
    raise NotImplementedError


def identity_failed(
    workspace: Workspace, request_id: int, reason: str, *, today: date | None = None
) -> DataSubjectRequest:
    """The identity could not be verified: closes the request with outcome IDENTITY_FAILED and
    `reason` as its grounds (required: `GroundsRequiredError`); the refusal letter gives it."""
    raise NotImplementedError


def extend(
    workspace: Workspace, request_id: int, months: int, reason: str, *, today: date | None = None
) -> DataSubjectRequest:
    """Extend the term by 1 or 2 months with a reason (required), only up to the first deadline and
    once (`ExtensionNotAllowedError`, `ExtensionMonthsError`). Moves `due_on`."""
    raise NotImplementedError


def close(
    workspace: Workspace,
    request_id: int,
    outcome: RequestOutcome,
    grounds: str = "",
    *,
    today: date | None = None,
) -> DataSubjectRequest:
    """Close the request. PARTLY_GRANTED and REFUSED need grounds (`GroundsRequiredError`);
    GRANTED and PARTLY_GRANTED need the identity verified; IDENTITY_FAILED goes through
    `identity_failed`."""
    raise NotImplementedError


# --- for the other request services --------------------------------------------------------------


def gate(
    workspace: Workspace, session: Session, request_id: int, *types: RequestType
) -> DataSubjectRequestRow:
    """The request row, if it may be acted on: exists (`RequestNotFoundError`), open
    (`RequestClosedError`), of one of `types` when given (`RequestTypeMismatchError`), linked to a
    dossier (`RequestNeedsClientError`) and its requester's identity verified
    (`IdentityNotVerifiedError`). Call it inside the action's own transaction."""
    raise NotImplementedError


def add_step(
    workspace: Workspace,
    session: Session,
    request_id: int,
    kind: StepKind,
    *,
    note: str = "",
    detail: str = "",
) -> None:
    """Append a step to the timeline in the caller's transaction (by the signed-in member, now)."""
    raise NotImplementedError


def find_row(session: Session, request_id: int) -> DataSubjectRequestRow:
    """The row, or `RequestNotFoundError`."""
    raise NotImplementedError


def client_requests_in(workspace: Workspace, session: Session, client_id: int) -> list[DataSubjectRequest]:
    """The client's requests (with steps, without document bytes), newest first, read in `session`."""
    raise NotImplementedError
