"""Restriction of processing (AVG art. 18): set and lift the flag, for a request.

While set, the dossier can be viewed but not changed, exported or disclosed
(`clients.ensure_changeable`, `disclosures`, `privacy_documents` refuse);
only the handling of the subject's own requests goes on. Both need
HANDLE_REQUESTS, a reason, a step and an audit event. Setting goes through the
gate of `requests` (an open RESTRICTION request, identity verified). Lifting
is the firm's own decision, told to the subject beforehand (AVG art. 18(3)),
and usually comes after the request was answered and closed — the deadline
forces that — so it is done on the client's RESTRICTION request whose identity
was verified, open or closed; its step is added to that request's timeline.

The flag and its reason live on the client (the dossier's banner shows the
reason); the search index carries the flag too, so lists can mark the
dossier. The change goes into the field history ('restricted', "ja"/"nee")
with the request's id, as any change to a dossier does.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import ChangeReason, ClientStatus
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ClientNotFoundError,
    IdentityNotVerifiedError,
    RequestNeedsClientError,
    RequestTypeMismatchError,
    RestrictionStateError,
)
from calqi_desktop.domain.requests import DataSubjectRequest, RequestType, StepKind
from calqi_desktop.domain.roles import Permission
from calqi_desktop.services import request_records, requests
from calqi_desktop.services.request_checks import F_REASON, required_text
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import client_store, search
from calqi_desktop.storage.client_store import now
from calqi_desktop.storage.models import Client, DataSubjectRequestRow, FieldChangeRecord

HISTORY_FIELD = "restricted"


def set_restriction(workspace: Workspace, request_id: int, reason: str) -> DataSubjectRequest:
    """Restrict the processing of the request's client (a RESTRICTION request, identity verified).
    `reason` is required and shown in the dossier's banner (`GroundsRequiredError`); an already
    restricted client gives `RestrictionStateError`."""
    return _change(workspace, request_id, reason, restricted=True)


def lift_restriction(workspace: Workspace, request_id: int, note: str) -> DataSubjectRequest:
    """Lift the restriction on a RESTRICTION request of the client — the one that set it, or
    another whose identity was verified — open or closed (`_lifting_request`).

    AVG art. 18(3): the subject is told before it is lifted, so `note` is required and says why and
    that the subject was told (`GroundsRequiredError`). A client that is not restricted gives
    `RestrictionStateError`, an anonymised one `ClientAnonymisedError`. The request stays as it
    is (a closed one stays closed); the RESTRICTION_LIFTED step goes onto its timeline."""
    return _change(workspace, request_id, note, restricted=False)


def _change(workspace: Workspace, request_id: int, reason: str, *, restricted: bool) -> DataSubjectRequest:
    workspace.require(Permission.HANDLE_REQUESTS)
    text = required_text(reason, F_REASON)
    with workspace.transaction() as session:
        if restricted:
            row = requests.gate(workspace, session, request_id, RequestType.RESTRICTION)
        else:
            row = _lifting_request(session, request_id)
        client = _client(session, row.client_id)
        if client.restricted == restricted:
            raise RestrictionStateError()
        _flag(workspace, session, client, restricted, text, request_id)
        kind = StepKind.RESTRICTION_SET if restricted else StepKind.RESTRICTION_LIFTED
        requests.add_step(workspace, session, request_id, kind, note=text)
        workspace.record(
            session,
            AuditAction.RESTRICTION_SET if restricted else AuditAction.RESTRICTION_LIFTED,
            client_id=client.id,
            on_request_of=f"request:{request_id}",
            details={"request_id": request_id},
        )
        return request_records.read_one(session, row)


def _lifting_request(session: Session, request_id: int) -> DataSubjectRequestRow:
    """The request a lift is recorded on: a RESTRICTION request (`RequestTypeMismatchError`) of a
    dossier (`RequestNeedsClientError`) whose requester's identity was verified
    (`IdentityNotVerifiedError`); closed or not. Besides the letters and the erasure, this is the
    one path that adds a step to a closed request (see `requests.add_step`)."""
    row = requests.find_row(session, request_id)
    if row.request_type != RequestType.RESTRICTION.value:
        raise RequestTypeMismatchError()
    if row.client_id is None:
        raise RequestNeedsClientError()
    if row.identity_method is None:
        raise IdentityNotVerifiedError()
    return row


def _client(session: Session, client_id: int | None) -> Client:
    client = session.get(Client, client_id) if client_id is not None else None
    if client is None:
        raise ClientNotFoundError()
    if client.status == ClientStatus.ANONYMISED.value:
        raise ClientAnonymisedError()
    return client


def _flag(
    workspace: Workspace, session: Session, client: Client, restricted: bool, reason: str, request_id: int
) -> None:
    """Set or clear the flag and its reason, with the field history and the search index."""
    moment = now()
    client.restricted = restricted
    client.restriction_reason = reason if restricted else ""
    client.version += 1
    client.updated_at = moment
    session.add(
        FieldChangeRecord(
            client_id=client.id,
            changed_at=moment,
            changed_by=workspace.user.id,
            field=HISTORY_FIELD,
            old_value="nee" if restricted else "ja",
            new_value="ja" if restricted else "nee",
            reason=ChangeReason.REPORTED_BY_CLIENT.value,
            reason_note=reason,
            request_id=request_id,
        )
    )
    session.flush()
    search.index_client(session, client_store.search_entry(client, client_store.draft_of(session, client)))
