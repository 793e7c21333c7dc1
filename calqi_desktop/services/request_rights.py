"""The rights that run through other flows, tied to their request: rectification and withdrawal/objection.

Rectification saves the dossier with `clients.save_dossier(..., request_id=)`,
which asks `check_rectification` whether the request permits it (even on a
restricted dossier: the request itself is the exception of AVG art. 18) and
then `record_rectified` to add the step, both in the save's own transaction;
each changed field carries the request id in the field history.
Withdrawal of consent and objection withdraw through the consent flow
(`consent_withdrawal.withdraw_in`) and add a step to the request, gate,
withdrawal, step and audit event in one transaction.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from calqi_desktop.domain.clients import FieldChange
from calqi_desktop.domain.consent import Consent, WithdrawalDraft
from calqi_desktop.domain.errors import ConsentNotFoundError, RequestTypeMismatchError
from calqi_desktop.domain.requests import RequestType, StepKind
from calqi_desktop.domain.roles import Permission
from calqi_desktop.services import clients, consent_withdrawal, requests
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import ConsentRow


def check_rectification(workspace: Workspace, session: Session, request_id: int, client_id: int) -> None:
    """Raise unless `request_id` is an open RECTIFICATION request of `client_id` whose identity is
    verified (the `requests.gate`), and the member may HANDLE_REQUESTS; used by `save_dossier`."""
    row = requests.gate(workspace, session, request_id, RequestType.RECTIFICATION)
    if row.client_id != client_id:
        raise RequestTypeMismatchError()


def record_rectified(workspace: Workspace, session: Session, request_id: int, fields: int) -> None:
    """The RECTIFIED step of a save made for the request (`fields`: how many changes it stored)."""
    requests.add_step(workspace, session, request_id, StepKind.RECTIFIED, detail=str(fields))


def rectifications(workspace: Workspace, request_id: int) -> list[FieldChange]:
    """The field changes made for this request (field names and, for ordinary fields, values),
    newest first; what `clients.history` withholds from a role is withheld here too."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        client_id = requests.find_row(session, request_id).client_id
    if client_id is None:
        return []
    return [change for change in clients.history(workspace, client_id) if change.request_id == request_id]


def withdraw_consent(workspace: Workspace, request_id: int, draft: WithdrawalDraft) -> Consent:
    """Withdraw a consent of the request's client for a WITHDRAWAL or OBJECTION request (identity
    verified), through the consent flow (its checks, its decisions on special data); adds a
    CONSENT_WITHDRAWN step. One transaction: the gate, the consent's owner, the withdrawal with its
    audit event (`on_request_of` = 'request:<id>') and the step stand or fall together."""
    with workspace.transaction() as session:
        row = requests.gate(workspace, session, request_id, RequestType.WITHDRAWAL, RequestType.OBJECTION)
        owner = session.get(ConsentRow, draft.consent_id)
        if owner is None or owner.client_id != row.client_id:
            raise ConsentNotFoundError()
        withdrawn = consent_withdrawal.withdraw_in(
            workspace, session, draft, on_request_of=f"request:{request_id}"
        )
        requests.add_step(
            workspace, session, request_id, StepKind.CONSENT_WITHDRAWN, detail=str(withdrawn.id)
        )
        return withdrawn
