"""Data-subject requests (AVG-verzoeken): intake, the identity check, the clock, closing — and the gate.

Every function checks HANDLE_REQUESTS, works in one transaction, adds a step
to the request's timeline and writes an audit event (`on_request_of` =
'request:<id>'); audit details hold ids and codes only. `gate()` is the one
check every action that releases or changes data goes through: the request
exists, is open, is of the right type, is linked to a dossier and the
requester's identity is verified. Everything that acts on a request refuses a
closed one (`RequestClosedError`); reading it (`get`, `list_requests`,
`open_document`, the letters) does not.

The identity check is about the person of the linked dossier: a request is
linked before the check (`link_client` refuses afterwards), and the receipt
date that sets the legal deadline is fixed once the identity is verified or the
term extended. A request is closed as (partly) granted only once the work that
fits its right is on the timeline (`close`).

Reading requests back into `DataSubjectRequest` and list rows is
`services.request_records`; what an intake may hold, and whether a request's
work is done, `services.request_checks`.
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
    IdentityAlreadyCheckedError,
    IdentityCheckBeforeReceiptError,
    IdentityCopyNotMaskedError,
    IdentityNotVerifiedError,
    KnownEmailNeedsDossierError,
    LinkAfterIdentityCheckError,
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
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.services import request_checks, request_records, settings
from calqi_desktop.services.documents import clean_file_name
from calqi_desktop.services.request_checks import (
    F_CHECKED_ON,
    F_GROUNDS,
    F_IDENTITY_NOTE,
    F_MASKED,
    F_METHOD,
    F_MONTHS,
    F_REASON,
    check_free_text,
    required_text,
)
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.client_store import now
from calqi_desktop.storage.models import Client, DataSubjectRequestRow, RequestDocumentRow, RequestStepRow

_OPEN = (RequestStatus.AWAITING_IDENTITY.value, RequestStatus.IN_PROGRESS.value)


def register(workspace: Workspace, draft: RequestDraft, *, today: date | None = None) -> int:
    """Record a new request; returns its id. Gives the next reference of the year of receipt
    ('AVG-2026-0001'), sets `due_on` to the first deadline. Refuses a receipt date after today
    (`ReceivedInFutureError`), neither a client nor a requester name (`RequesterMissingError`),
    an anonymised client (`ClientAnonymisedError`). A client's own request keeps no requester details."""
    workspace.require(Permission.HANDLE_REQUESTS)
    intake = request_checks.check_intake(draft, today or date.today(), linked=draft.client_id is not None)
    with workspace.transaction() as session:
        if draft.client_id is not None:
            _linkable_client(session, draft.client_id)
        moment = now()
        row = DataSubjectRequestRow(
            reference=request_records.next_reference(session, draft.received_on.year),
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
        request_checks.apply_intake(row, intake)
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
    The linked dossier cannot change here (`link_client`); the type not once the identity is
    verified (`RequestTypeMismatchError`), the receipt date — and with it the legal deadline —
    not once the identity is verified or the term extended (`ReceiptDateLockedError`). A changed
    receipt date is written into the CHANGED step as 'received_on:<old>><new>' (ISO dates)."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        intake = request_checks.check_intake(draft, date.today(), linked=row.client_id is not None)
        request_checks.check_change(row, draft)
        before = request_checks.intake_values(row)
        row.request_type, row.channel = draft.request_type.value, draft.channel.value
        if draft.received_on != row.received_on:  # never once extended: `check_change`
            row.received_on, row.due_on = draft.received_on, first_deadline(draft.received_on)
        request_checks.apply_intake(row, intake)
        after = request_checks.intake_values(row)
        changed = sorted(name for name in after if after[name] != before[name])
        if changed:
            row.updated_at = now()
            detail = ",".join(request_checks.change_detail(name, before, after) for name in changed)
            add_step(workspace, session, row.id, StepKind.CHANGED, detail=detail)
            details: dict[str, str | int] = {"fields": ",".join(changed), "count": len(changed)}
            if "received_on" in changed:  # the legal deadline moved with it
                details["received_on"] = request_checks.change_detail("received_on", before, after)
            _record(workspace, session, row, AuditAction.REQUEST_CHANGED, details)
        return request_records.read_one(session, row)


def link_client(workspace: Workspace, request_id: int, client_id: int) -> DataSubjectRequest:
    """Link a request from a requester not yet linked to the subject's dossier; clears the requester
    details (the dossier holds them). Refused when already linked (`RequestAlreadyLinkedError`) and
    once the identity is verified (`LinkAfterIdentityCheckError`): that check was of whoever asked,
    not of the dossier's person, so linking afterwards would let it release someone else's data."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        if row.client_id is not None:
            raise RequestAlreadyLinkedError()
        if row.identity_method is not None:
            raise LinkAfterIdentityCheckError()
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
    mime_type = request_checks.check_request_document(name, data, max_bytes)
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
    today or before receipt is refused; a second check too (`IdentityAlreadyCheckedError`).

    KNOWN_EMAIL needs a linked dossier (`KnownEmailNeedsDossierError` at 'method'): without one no
    address is known. Even then nothing is compared here — the address a request came from is not
    stored — so the member who records it vouches that it is one of the dossier's addresses."""
    workspace.require(Permission.HANDLE_REQUESTS)
    day = today or date.today()
    note = check_free_text(check.note, F_IDENTITY_NOTE)
    if check.method is IdentityMethod.ID_COPY_MASKED and not check.masked_confirmed:
        raise F_MASKED.error(IdentityCopyNotMaskedError)
    if check.checked_on > day:
        raise F_CHECKED_ON.error(DateInFutureError)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        if row.identity_method is not None:
            raise IdentityAlreadyCheckedError()
        if check.method is IdentityMethod.KNOWN_EMAIL and row.client_id is None:
            raise F_METHOD.error(KnownEmailNeedsDossierError)
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
    grounds = required_text(reason, F_REASON)
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
    grounds = required_text(reason, F_REASON)
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
    IDENTITY_FAILED goes through `identity_failed`.

    GRANTED and PARTLY_GRANTED need the identity verified and the work on the timeline
    (`NothingDoneYetError`, `request_checks.WORK_DONE`): the access report for ACCESS, the export
    for PORTABILITY, the restriction set or lifted for RESTRICTION, a rectification for
    RECTIFICATION, a withdrawn consent for WITHDRAWAL. An ERASURE request is never granted here:
    `erasure.erase` closes it itself. INFORMATION needs no step (the letter is the answer), nor does
    OBJECTION: an objection may be honoured outside the app (no more newsletters, no more calls)."""
    if outcome is RequestOutcome.IDENTITY_FAILED:
        return identity_failed(workspace, request_id, grounds, today=today)
    workspace.require(Permission.HANDLE_REQUESTS)
    if outcome in (RequestOutcome.PARTLY_GRANTED, RequestOutcome.REFUSED):
        text = required_text(grounds, F_GROUNDS)
    else:
        text = check_free_text(grounds, F_GROUNDS)
    with workspace.transaction() as session:
        row = _open_row(session, request_id)
        if outcome in (RequestOutcome.GRANTED, RequestOutcome.PARTLY_GRANTED):
            if row.identity_method is None:
                raise IdentityNotVerifiedError()
            request_checks.check_work_done(session, row)
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
    """Append a step to the timeline in the caller's transaction (by the signed-in member, now).

    It checks nothing itself: the caller has. Every action on a request reaches it through
    `gate` or `_open_row`, so only to an open request — except three paths that add to a closed
    one on purpose: `request_letters.letter` (a decision letter follows the closing),
    `erasure.erase` (closes the request and adds its steps in the same transaction) and
    `restriction.lift_restriction` (the firm's later decision to lift, AVG art. 18(3)).
    Any new caller checks the request first."""
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
