"""Data-subject requests (AVG-verzoeken): intake, the identity check, the clock, closing — and the gate.

Every function checks HANDLE_REQUESTS, works in one transaction, adds a step
to the request's timeline and writes an audit event (`on_request_of` =
'request:<id>'); audit details hold ids and codes only. `gate()` is the one
check every action that releases or changes data goes through: the request
exists, is open, is of the right type, is linked to a dossier and the
requester's identity is verified. Everything that acts on a request refuses a
closed one (`RequestClosedError`); reading it (`get`, `list_requests`,
`open_document`, the letters) does not.

Reading requests back into `DataSubjectRequest` and list rows is
`services.request_records`; the intake checks of the letter or e-mail that
brought a request in are `request_records.check_request_document`.
"""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ClientNotFoundError,
    DateInFutureError,
    DocumentDamagedError,
    DocumentNotFoundError,
    ExtensionMonthsError,
    ExtensionNotAllowedError,
    GroundsRequiredError,
    IdentityAlreadyCheckedError,
    IdentityCheckBeforeReceiptError,
    IdentityCopyNotMaskedError,
    IdentityNotVerifiedError,
    RequestAlreadyLinkedError,
    RequestClosedError,
    RequestNeedsClientError,
    RequestNotFoundError,
    RequestTypeMismatchError,
)
from calqi_desktop.domain.requests import (
    EXTENSION_MONTHS_MAX,
    DataSubjectRequest,
    IdentityCheckDraft,
    IdentityMethod,
    RequestDocumentInfo,
    RequestDraft,
    RequestListRow,
    RequestOutcome,
    RequestStatus,
    RequestType,
    StepKind,
    extended_deadline,
    first_deadline,
    reference_for,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.validation import Field
from calqi_desktop.services import request_records, settings
from calqi_desktop.services.documents import clean_file_name
from calqi_desktop.services.request_records import (
    F_CHECKED_ON,
    F_MASKED,
    F_MONTHS,
    F_REASON,
    F_RECEIVED_ON,
    CheckedIntake,
    check_free_text,
)
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.client_store import now
from calqi_desktop.storage.models import Client, DataSubjectRequestRow, RequestDocumentRow, RequestStepRow

_OPEN = (RequestStatus.AWAITING_IDENTITY.value, RequestStatus.IN_PROGRESS.value)
_IDENTITY_NOTE = Field("identity_note", "de toelichting", "the note")
_GROUNDS = Field("grounds", "de gronden", "the grounds")


def register(workspace: Workspace, draft: RequestDraft, *, today: date | None = None) -> int:
    """Record a new request; returns its id. Gives the next reference of the year of receipt
    ('AVG-2026-0001'), sets `due_on` to the first deadline. Refuses a receipt date after today
    (`ReceivedInFutureError`), neither a client nor a requester name (`RequesterMissingError`),
    an anonymised client (`ClientAnonymisedError`). A client's own request keeps no requester details."""
    workspace.require(Permission.HANDLE_REQUESTS)
    intake = request_records.check_intake(draft, today or date.today(), linked=draft.client_id is not None)
    with workspace.transaction() as session:
        if draft.client_id is not None:
            _linkable_client(session, draft.client_id)
        moment = now()
        row = DataSubjectRequestRow(
            reference=_next_reference(session, draft.received_on.year),
            request_type=draft.request_type.value,
            channel=draft.channel.value,
            received_on=draft.received_on,
            client_id=draft.client_id,
            status=RequestStatus.AWAITING_IDENTITY.value,
            due_on=first_deadline(draft.received_on),
            created_by=workspace.user.id,
            created_at=moment,
            updated_at=moment,
        )
        _apply_intake(row, intake)
        session.add(row)
        session.flush()
        add_step(workspace, session, row.id, StepKind.RECEIVED)
        _record(
            workspace,
            session,
            row,
            AuditAction.REQUEST_RECEIVED,
            {"type": row.request_type, "channel": row.channel},
        )
        return row.id


def change(workspace: Workspace, request_id: int, draft: RequestDraft) -> DataSubjectRequest:
    """Correct the intake (type, date, channel, requester, description) of an open request.
    The linked dossier cannot change here (`link_client`)."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        intake = request_records.check_intake(draft, date.today(), linked=row.client_id is not None)
        if row.identity_method is not None:
            if draft.request_type.value != row.request_type:
                raise RequestTypeMismatchError()
            if row.identity_checked_on and draft.received_on > row.identity_checked_on:
                raise F_RECEIVED_ON.error(IdentityCheckBeforeReceiptError)
        before = request_records.intake_values(row)
        row.request_type, row.channel = draft.request_type.value, draft.channel.value
        row.received_on = draft.received_on
        row.due_on = _due_on(row)
        _apply_intake(row, intake)
        after = request_records.intake_values(row)
        changed = sorted(name for name in after if after[name] != before[name])
        if changed:
            row.updated_at = now()
            fields = ",".join(changed)
            add_step(workspace, session, row.id, StepKind.CHANGED, detail=fields)
            _record(
                workspace,
                session,
                row,
                AuditAction.REQUEST_CHANGED,
                {"fields": fields, "count": len(changed)},
            )
        return request_records.read_one(session, row)


def link_client(workspace: Workspace, request_id: int, client_id: int) -> DataSubjectRequest:
    """Link a request from a requester not yet linked to the subject's dossier; clears the requester
    details (the dossier holds them). Refused when already linked (`RequestAlreadyLinkedError`)."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        if row.client_id is not None:
            raise RequestAlreadyLinkedError()
        _linkable_client(session, client_id)
        row.client_id = client_id
        row.requester_name = row.requester_email = row.requester_phone = row.requester_address = ""
        row.updated_at = now()
        add_step(workspace, session, row.id, StepKind.LINKED)
        _record(workspace, session, row, AuditAction.REQUEST_LINKED, {"request_id": row.id})
        return request_records.read_one(session, row)


def get(workspace: Workspace, request_id: int, *, audit: bool = True) -> DataSubjectRequest:
    """The request with its steps and documents; writes 'request.opened' unless `audit` is False."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        row = find_row(session, request_id)
        if audit:
            _record(workspace, session, row, AuditAction.REQUEST_OPENED, {"request_id": row.id})
        return request_records.read_one(session, row)


def list_requests(
    workspace: Workspace, *, open_only: bool = True, client_id: int | None = None, text: str = ""
) -> list[RequestListRow]:
    """Requests, soonest deadline first (closed ones: newest first). `text` matches the reference,
    the client number or the subject's name (case- and accent-insensitive)."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        return request_records.list_rows(session, open_only=open_only, client_id=client_id, text=text)


def add_document(workspace: Workspace, request_id: int, file_name: str, data: bytes) -> int:
    """Attach the letter or e-mail that brought the request in (checked like dossier documents:
    size limit, real type — PDF, image, .eml/.msg/.txt)."""
    workspace.require(Permission.HANDLE_REQUESTS)
    name = clean_file_name(file_name)
    max_bytes = settings.work_settings(workspace).document_max_bytes
    mime_type = request_records.check_request_document(name, data, max_bytes)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        document = RequestDocumentRow(
            request_id=row.id,
            file_name=name,
            mime_type=mime_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            data=data,
            added_by=workspace.user.id,
            added_at=now(),
        )
        session.add(document)
        session.flush()
        add_step(workspace, session, row.id, StepKind.DOCUMENT_ADDED, detail=str(document.id))
        _record(workspace, session, row, AuditAction.REQUEST_DOCUMENT_ADDED, {"document_id": document.id})
        return document.id


def open_document(
    workspace: Workspace, request_id: int, document_id: int
) -> tuple[RequestDocumentInfo, bytes]:
    """A request's document with its bytes; audited."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        row = find_row(session, request_id)
        document = session.get(RequestDocumentRow, document_id)
        if document is None or document.request_id != row.id:
            raise DocumentNotFoundError()
        data = bytes(document.data)
        if hashlib.sha256(data).hexdigest() != document.sha256:
            raise DocumentDamagedError()
        _record(workspace, session, row, AuditAction.REQUEST_DOCUMENT_VIEWED, {"document_id": document.id})
        names = request_records.staff_names(session)
        return request_records.document_info(document, names), data


def verify_identity(
    workspace: Workspace, request_id: int, check: IdentityCheckDraft, *, today: date | None = None
) -> DataSubjectRequest:
    """Record the identity check: method, by whom (the signed-in member), when. Status becomes
    IN_PROGRESS. An ID copy needs `masked_confirmed` (`IdentityCopyNotMaskedError`); a date after
    today or before receipt is refused; a second check too (`IdentityAlreadyCheckedError`)."""
    workspace.require(Permission.HANDLE_REQUESTS)
    day = today or date.today()
    note = check_free_text(check.note, _IDENTITY_NOTE)
    if check.method is IdentityMethod.ID_COPY_MASKED and not check.masked_confirmed:
        raise F_MASKED.error(IdentityCopyNotMaskedError)
    if check.checked_on > day:
        raise F_CHECKED_ON.error(DateInFutureError)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        if row.identity_method is not None:
            raise IdentityAlreadyCheckedError()
        if check.checked_on < row.received_on:
            raise F_CHECKED_ON.error(IdentityCheckBeforeReceiptError)
        row.identity_method = check.method.value
        row.identity_checked_on = check.checked_on
        row.identity_checked_by = workspace.user.id
        row.identity_note = note
        row.status = RequestStatus.IN_PROGRESS.value
        row.updated_at = now()
        add_step(workspace, session, row.id, StepKind.IDENTITY_VERIFIED, note=note, detail=check.method.value)
        _record(workspace, session, row, AuditAction.IDENTITY_VERIFIED, {"method": check.method.value})
        return request_records.read_one(session, row)


def identity_failed(
    workspace: Workspace, request_id: int, reason: str, *, today: date | None = None
) -> DataSubjectRequest:
    """The identity could not be verified: closes the request with outcome IDENTITY_FAILED and
    `reason` as its grounds (required: `GroundsRequiredError`); the refusal letter gives it."""
    workspace.require(Permission.HANDLE_REQUESTS)
    grounds = _required_text(reason, F_REASON)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        if row.identity_method is not None:
            raise IdentityAlreadyCheckedError()
        row.identity_failed_reason = grounds
        add_step(workspace, session, row.id, StepKind.IDENTITY_FAILED, note=grounds)
        _record(workspace, session, row, AuditAction.IDENTITY_FAILED, {"request_id": row.id})
        _close(workspace, session, row, RequestOutcome.IDENTITY_FAILED, grounds, today or date.today())
        return request_records.read_one(session, row)


def extend(
    workspace: Workspace, request_id: int, months: int, reason: str, *, today: date | None = None
) -> DataSubjectRequest:
    """Extend the term by 1 or 2 months with a reason (required), only up to the first deadline and
    once (`ExtensionNotAllowedError`, `ExtensionMonthsError`). Moves `due_on`."""
    workspace.require(Permission.HANDLE_REQUESTS)
    if not 1 <= months <= EXTENSION_MONTHS_MAX:
        raise F_MONTHS.error(ExtensionMonthsError)
    grounds = _required_text(reason, F_REASON)
    day = today or date.today()
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        if row.extension_months is not None or day > first_deadline(row.received_on):
            raise ExtensionNotAllowedError()
        row.extension_months, row.extension_reason = months, grounds
        row.extended_on, row.extended_by = day, workspace.user.id
        row.due_on = extended_deadline(row.received_on, months)
        row.updated_at = now()
        add_step(workspace, session, row.id, StepKind.EXTENDED, note=grounds, detail=str(months))
        _record(workspace, session, row, AuditAction.REQUEST_EXTENDED, {"months": months})
        return request_records.read_one(session, row)


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
    if outcome is RequestOutcome.IDENTITY_FAILED:
        return identity_failed(workspace, request_id, grounds, today=today)
    workspace.require(Permission.HANDLE_REQUESTS)
    if outcome in (RequestOutcome.PARTLY_GRANTED, RequestOutcome.REFUSED):
        text = _required_text(grounds, _GROUNDS)
    else:
        text = check_free_text(grounds, _GROUNDS)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        if outcome in (RequestOutcome.GRANTED, RequestOutcome.PARTLY_GRANTED) and row.identity_method is None:
            raise IdentityNotVerifiedError()
        _close(workspace, session, row, outcome, text, today or date.today())
        return request_records.read_one(session, row)


# --- for the other request services --------------------------------------------------------------


def gate(
    workspace: Workspace, session: Session, request_id: int, *types: RequestType
) -> DataSubjectRequestRow:
    """The request row, if it may be acted on: exists (`RequestNotFoundError`), open
    (`RequestClosedError`), of one of `types` when given (`RequestTypeMismatchError`), linked to a
    dossier (`RequestNeedsClientError`) and its requester's identity verified
    (`IdentityNotVerifiedError`). Call it inside the action's own transaction."""
    workspace.require(Permission.HANDLE_REQUESTS)
    row = _open_row(session, request_id)
    if types and row.request_type not in {kind.value for kind in types}:
        raise RequestTypeMismatchError()
    if row.client_id is None:
        raise RequestNeedsClientError()
    if row.identity_method is None:
        raise IdentityNotVerifiedError()
    return row


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
    session.add(
        RequestStepRow(
            request_id=request_id,
            kind=kind.value,
            occurred_at=now(),
            actor_id=workspace.user.id,
            note=note,
            detail=detail[:80],
        )
    )
    session.flush()


def find_row(session: Session, request_id: int) -> DataSubjectRequestRow:
    """The row, or `RequestNotFoundError`."""
    row = session.get(DataSubjectRequestRow, request_id)
    if row is None:
        raise RequestNotFoundError()
    return row


def client_requests_in(workspace: Workspace, session: Session, client_id: int) -> list[DataSubjectRequest]:
    """The client's requests (with steps, without document bytes), newest first, read in `session`."""
    rows = session.scalars(
        select(DataSubjectRequestRow)
        .where(DataSubjectRequestRow.client_id == client_id)
        .order_by(DataSubjectRequestRow.received_on.desc(), DataSubjectRequestRow.id.desc())
    ).all()
    return request_records.read_all(session, rows)


# --- helpers ------------------------------------------------------------------------------------


def _open_row(session: Session, request_id: int) -> DataSubjectRequestRow:
    row = find_row(session, request_id)
    if row.status not in _OPEN:
        raise RequestClosedError()
    return row


def _linkable_client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFoundError()
    if client.status == ClientStatus.ANONYMISED.value:
        raise ClientAnonymisedError()
    return client


def _next_reference(session: Session, year: int) -> str:
    """One past the highest number of that year (robust against gaps), as 'AVG-2026-0008'."""
    prefix = reference_for(year, 0)[: -len("0000")]
    taken = session.scalars(
        select(DataSubjectRequestRow.reference).where(DataSubjectRequestRow.reference.startswith(prefix))
    ).all()
    numbers = [int(ref[len(prefix) :]) for ref in taken if ref[len(prefix) :].isdigit()]
    return reference_for(year, max(numbers, default=0) + 1)


def _due_on(row: DataSubjectRequestRow) -> date:
    if row.extension_months:
        return extended_deadline(row.received_on, row.extension_months)
    return first_deadline(row.received_on)


def _apply_intake(row: DataSubjectRequestRow, intake: CheckedIntake) -> None:
    row.requester_name = intake.requester.name
    row.requester_email = intake.requester.email
    row.requester_phone = intake.requester.phone
    row.requester_address = intake.requester.address
    row.description = intake.description


def _required_text(text: str, field: Field) -> str:
    value = check_free_text(text, field)
    if not value:
        raise field.error(GroundsRequiredError)
    return value


def _close(
    workspace: Workspace,
    session: Session,
    row: DataSubjectRequestRow,
    outcome: RequestOutcome,
    grounds: str,
    day: date,
) -> None:
    row.status = RequestStatus.CLOSED.value
    row.outcome, row.outcome_grounds, row.closed_on = outcome.value, grounds, day
    row.updated_at = now()
    add_step(workspace, session, row.id, StepKind.CLOSED, note=grounds, detail=outcome.value)
    _record(workspace, session, row, AuditAction.REQUEST_CLOSED, {"outcome": outcome.value})


def _record(
    workspace: Workspace,
    session: Session,
    row: DataSubjectRequestRow,
    action: AuditAction,
    details: dict[str, str | int],
) -> None:
    workspace.record(
        session, action, client_id=row.client_id, on_request_of=f"request:{row.id}", details=details
    )
