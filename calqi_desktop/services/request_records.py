"""Data-subject requests read back from the vault.

`DataSubjectRequest` (with its timeline, staff names and documents without
their bytes) and the rows of the requests list, built in the caller's session
with a fixed number of queries however many requests are read. Nothing here
checks a permission or writes an audit event: `services.requests` does, around
these; what an intake may hold is `services.request_checks`.

A client's own request shows the dossier's name; once the dossier is
anonymised, only "Geanonimiseerd" and the client number remain.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.clients import ClientStatus, display_name
from calqi_desktop.domain.requests import (
    DataSubjectRequest,
    Extension,
    IdentityCheck,
    IdentityMethod,
    RequestChannel,
    RequestDocumentInfo,
    Requester,
    RequestListRow,
    RequestOutcome,
    RequestStatus,
    RequestStep,
    RequestType,
    StepKind,
    reference_for,
)
from calqi_desktop.domain.search_text import fold, query_words
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.client_store import aware
from calqi_desktop.storage.models import Client, DataSubjectRequestRow, RequestDocumentRow, RequestStepRow

_OPEN = (RequestStatus.AWAITING_IDENTITY.value, RequestStatus.IN_PROGRESS.value)


# --- reading ------------------------------------------------------------------------------------


def next_reference(session: Session, year: int) -> str:
    """One past the highest number of that year (robust against gaps), as 'AVG-2026-0008'."""
    prefix = reference_for(year, 0)[: -len("0000")]
    taken = session.scalars(
        select(DataSubjectRequestRow.reference).where(DataSubjectRequestRow.reference.startswith(prefix))
    ).all()
    numbers = [int(ref[len(prefix) :]) for ref in taken if ref[len(prefix) :].isdigit()]
    return reference_for(year, max(numbers, default=0) + 1)


def staff_names(session: Session) -> dict[int | None, str]:
    return {
        staff_id: display or user for staff_id, user, display, _active in audit_store.staff_names(session)
    }


def document_info(row: Any, names: Mapping[int | None, str]) -> RequestDocumentInfo:
    """A document row (or a row of its columns without the bytes) as screens show it."""
    return RequestDocumentInfo(
        id=row.id,
        file_name=row.file_name,
        mime_type=row.mime_type,
        size=row.size,
        sha256=row.sha256,
        added_by=names.get(row.added_by, "") if row.added_by else "",
        added_at=aware(row.added_at),
    )


def read_one(session: Session, row: DataSubjectRequestRow) -> DataSubjectRequest:
    return read_all(session, [row])[0]


def read_all(session: Session, rows: Sequence[DataSubjectRequestRow]) -> list[DataSubjectRequest]:
    """The requests with their steps (oldest first) and documents (without bytes), in four queries."""
    if not rows:
        return []
    session.flush()
    ids = [row.id for row in rows]
    names = staff_names(session)
    client_ids = {row.client_id for row in rows if row.client_id is not None}
    clients = {
        client.id: client for client in session.scalars(select(Client).where(Client.id.in_(client_ids)))
    }
    steps: dict[int, list[RequestStep]] = defaultdict(list)
    for step in session.scalars(
        select(RequestStepRow)
        .where(RequestStepRow.request_id.in_(ids))
        .order_by(RequestStepRow.occurred_at, RequestStepRow.id)
    ):
        steps[step.request_id].append(
            RequestStep(
                id=step.id,
                kind=StepKind(step.kind),
                occurred_at=aware(step.occurred_at),
                by=names.get(step.actor_id, "") if step.actor_id else "",
                note=step.note,
                detail=step.detail,
            )
        )
    documents: dict[int, list[RequestDocumentInfo]] = defaultdict(list)
    D = RequestDocumentRow
    for document in session.execute(
        select(D.id, D.request_id, D.file_name, D.mime_type, D.size, D.sha256, D.added_by, D.added_at)
        .where(D.request_id.in_(ids))
        .order_by(D.added_at, D.id)
    ):
        documents[document.request_id].append(document_info(document, names))
    return [
        _request(row, clients.get(row.client_id) if row.client_id else None, names, steps, documents)
        for row in rows
    ]


def _request(
    row: DataSubjectRequestRow,
    client: Client | None,
    names: Mapping[int | None, str],
    steps: Mapping[int, list[RequestStep]],
    documents: Mapping[int, list[RequestDocumentInfo]],
) -> DataSubjectRequest:
    identity = None
    if row.identity_method is not None and row.identity_checked_on is not None:
        identity = IdentityCheck(
            method=IdentityMethod(row.identity_method),
            checked_on=row.identity_checked_on,
            checked_by=names.get(row.identity_checked_by, "") if row.identity_checked_by else "",
            note=row.identity_note,
        )
    extension = None
    if row.extension_months is not None and row.extended_on is not None:
        extension = Extension(
            months=row.extension_months,
            reason=row.extension_reason,
            decided_on=row.extended_on,
            decided_by=names.get(row.extended_by, "") if row.extended_by else "",
        )
    anonymised = client is not None and client.status == ClientStatus.ANONYMISED.value
    return DataSubjectRequest(
        id=row.id,
        reference=row.reference,
        request_type=RequestType(row.request_type),
        received_on=row.received_on,
        channel=RequestChannel(row.channel),
        client_id=row.client_id,
        client_number=client.client_number if client else "",
        subject_name=subject_name(client, row.requester_name),
        requester=Requester(
            row.requester_name, row.requester_email, row.requester_phone, row.requester_address
        ),
        description=row.description,
        status=RequestStatus(row.status),
        outcome=RequestOutcome(row.outcome) if row.outcome else None,
        outcome_grounds=row.outcome_grounds,
        identity=identity,
        identity_failed_reason=row.identity_failed_reason,
        extension=extension,
        closed_on=row.closed_on,
        client_anonymised=anonymised,
        client_restricted=bool(client and client.restricted),
        steps=tuple(steps.get(row.id, ())),
        documents=tuple(documents.get(row.id, ())),
    )


def subject_name(client: Any, requester_name: str) -> str:
    """The dossier's display name (any object with the client's name columns), 'Geanonimiseerd'
    for an anonymised dossier, or the requester's name for a request not linked to one."""
    if client is None or client.client_number is None:
        return requester_name
    if client.status == ClientStatus.ANONYMISED.value:
        return ClientStatus.ANONYMISED.label()
    return display_name(
        kind=client.kind,
        initials=client.initials,
        first_names=client.first_names,
        tussenvoegsel=client.tussenvoegsel,
        last_name=client.last_name,
        organisation_name=client.organisation_name,
    )


def list_rows(session: Session, *, open_only: bool, client_id: int | None, text: str) -> list[RequestListRow]:
    """The requests list in one query (the request joined to its client's name columns); open ones
    through the index on (status, due_on), soonest deadline first; all: newest received first."""
    R = DataSubjectRequestRow
    statement = select(
        R.id,
        R.reference,
        R.request_type,
        R.received_on,
        R.due_on,
        R.status,
        R.outcome,
        R.requester_name,
        Client.client_number,
        Client.kind,
        Client.status.label("client_status"),
        Client.initials,
        Client.first_names,
        Client.tussenvoegsel,
        Client.last_name,
        Client.organisation_name,
    ).outerjoin(Client, Client.id == R.client_id)
    if open_only:
        statement = statement.where(R.status.in_(_OPEN)).order_by(R.due_on, R.id)
    else:
        statement = statement.order_by(R.received_on.desc(), R.id.desc())
    if client_id is not None:
        statement = statement.where(R.client_id == client_id)
    wanted = query_words(text)
    listed = []
    for found in session.execute(statement):
        client = _ClientColumns(found) if found.client_number is not None else None
        name = subject_name(client, found.requester_name)
        number = found.client_number or ""
        if wanted:
            haystack = fold(" ".join((found.reference, number, name)))
            if not all(word in haystack for word in wanted):
                continue
        listed.append(
            RequestListRow(
                id=found.id,
                reference=found.reference,
                request_type=RequestType(found.request_type),
                received_on=found.received_on,
                deadline=found.due_on,
                subject_name=name,
                client_number=number,
                status=RequestStatus(found.status),
                outcome=RequestOutcome(found.outcome) if found.outcome else None,
            )
        )
    return listed


class _ClientColumns:
    """The client's name columns of a list query, shaped as `subject_name` reads them."""

    def __init__(self, found: Any) -> None:
        self.client_number = found.client_number
        self.status = found.client_status
        self.kind = found.kind
        self.initials = found.initials
        self.first_names = found.first_names
        self.tussenvoegsel = found.tussenvoegsel
        self.last_name = found.last_name
        self.organisation_name = found.organisation_name
