"""Data-subject requests read back from the vault, and the checks of what an intake may hold.

The reading half builds `DataSubjectRequest` (with its timeline, staff names
and documents without their bytes) and the rows of the requests list, in the
caller's session, with a fixed number of queries however many requests are
read. The checking half tidies the intake form (requester, description) and
the letter or e-mail that brought a request in. Nothing here checks a
permission or writes an audit event: `services.requests` does, around these.

A client's own request shows the dossier's name; once the dossier is
anonymised, only "Geanonimiseerd" and the client number remain.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.clients import ClientStatus, display_name
from calqi_desktop.domain.errors import (
    DateTooEarlyError,
    DocumentEmptyError,
    DocumentTooLargeError,
    ReceivedInFutureError,
    RequestDocumentTypeError,
    RequesterMissingError,
    TextTooLongError,
)
from calqi_desktop.domain.requests import (
    REQUESTER_NAME_MAX,
    TEXT_MAX,
    DataSubjectRequest,
    Extension,
    IdentityCheck,
    IdentityMethod,
    RequestChannel,
    RequestDocumentInfo,
    RequestDraft,
    Requester,
    RequestListRow,
    RequestOutcome,
    RequestStatus,
    RequestStep,
    RequestType,
    StepKind,
)
from calqi_desktop.domain.search_text import fold, query_words
from calqi_desktop.domain.validation import EARLIEST_YEAR, Field, check_email, check_phone, check_text
from calqi_desktop.export import document_check
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.client_store import aware
from calqi_desktop.storage.models import Client, DataSubjectRequestRow, RequestDocumentRow, RequestStepRow

F_RECEIVED_ON = Field("received_on", "de datum van ontvangst", "the date of receipt")
F_REQUESTER_NAME = Field("requester_name", "de naam van de verzoeker", "the requester's name")
F_REQUESTER_EMAIL = Field(
    "requester_email", "het e-mailadres van de verzoeker", "the requester's e-mail address"
)
F_REQUESTER_PHONE = Field(
    "requester_phone", "het telefoonnummer van de verzoeker", "the requester's phone number"
)
F_REQUESTER_ADDRESS = Field("requester_address", "het adres van de verzoeker", "the requester's address")
F_DESCRIPTION = Field("description", "de omschrijving", "the description")
F_CHECKED_ON = Field("checked_on", "de datum van de controle", "the date of the check")
F_MASKED = Field("masked_confirmed", "de afscherming", "the masking")
F_MONTHS = Field("months", "het aantal maanden", "the number of months")
F_REASON = Field("reason", "de reden", "the reason")

ADDRESS_MAX = 1000

#: The e-mail types a request may come in as, besides PDF, PNG and JPEG.
EML = "message/rfc822"
MSG = "application/vnd.ms-outlook"
TEXT = "text/plain"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg is an OLE compound file
_EML_HEADER = re.compile(r"[A-Za-z0-9-]+:")
_OPEN = (RequestStatus.AWAITING_IDENTITY.value, RequestStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class CheckedIntake:
    """The intake's free parts in normal form: who asked (empty for a client) and what is asked."""

    requester: Requester
    description: str


# --- checks -------------------------------------------------------------------------------------


def check_free_text(text: str, field: Field, maximum: int = TEXT_MAX) -> str:
    """A free text of several lines: ends trimmed, line breaks kept, at most `maximum` characters."""
    value = "\n".join(line.rstrip() for line in (text or "").replace("\r\n", "\n").split("\n")).strip()
    if len(value) > maximum:
        raise field.error(TextTooLongError, maximum=maximum)
    return value


def check_intake(draft: RequestDraft, today: date, *, linked: bool) -> CheckedIntake:
    """The intake in normal form; raises the first field error. A request `linked` to a dossier
    keeps no requester details (the dossier holds them)."""
    if draft.received_on > today:
        raise F_RECEIVED_ON.error(ReceivedInFutureError)
    if draft.received_on.year < EARLIEST_YEAR:
        raise F_RECEIVED_ON.error(DateTooEarlyError, year=EARLIEST_YEAR)
    description = check_free_text(draft.description, F_DESCRIPTION)
    if linked:
        return CheckedIntake(Requester(), description)
    given = draft.requester
    if not given.name.strip():
        raise F_REQUESTER_NAME.error(RequesterMissingError)
    requester = Requester(
        name=check_text(given.name, F_REQUESTER_NAME, max_length=REQUESTER_NAME_MAX),
        email=check_email(given.email, F_REQUESTER_EMAIL, required=False),
        phone=check_phone(given.phone, F_REQUESTER_PHONE, required=False),
        address=check_free_text(given.address, F_REQUESTER_ADDRESS, ADDRESS_MAX),
    )
    return CheckedIntake(requester, description)


def intake_values(row: DataSubjectRequestRow) -> dict[str, object]:
    """What `change` compares, by the short names its step and audit event list."""
    return {
        "type": row.request_type,
        "received_on": row.received_on,
        "channel": row.channel,
        "requester": (row.requester_name, row.requester_email, row.requester_phone, row.requester_address),
        "description": row.description,
    }


def check_request_document(file_name: str, data: bytes, max_bytes: int) -> str:
    """The MIME type of a letter or e-mail that may be stored with a request.

    PDF, PNG and JPEG are checked as dossier documents are (`export.document_check`);
    besides those an Outlook .msg (by its OLE signature), an .eml e-mail (text
    that starts with a header line) and a .txt file (text without NUL bytes).
    """
    if not data:
        raise DocumentEmptyError()
    if len(data) > max_bytes:
        raise DocumentTooLargeError(maximum_mb=max(1, -(-max_bytes // (1024 * 1024))))
    if document_check.sniff(data) is not None:
        return document_check.check_document(data, max_bytes)
    suffix = PurePath(file_name).suffix.lower()
    if suffix == ".msg" and data.startswith(_OLE_MAGIC):
        return MSG
    text = _as_text(data)
    if text is not None and suffix == ".eml" and _EML_HEADER.match(text):
        return EML
    if text is not None and suffix == ".txt":
        return TEXT
    raise RequestDocumentTypeError()


def _as_text(data: bytes) -> str | None:
    if b"\x00" in data:
        return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


# --- reading ------------------------------------------------------------------------------------


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
