"""Data portability (AVG art. 20): the subject's data as a ZIP — JSON, CSV per table, the documents.

Only data processed on consent or contract are in it (art. 20(1)(a)): the
ordinary details (contract), each special category whose recorded basis is
consent or contract, documents likewise, and the consents
(`domain.portability`). The JSON follows the versioned JSON Schema in
`docs/portability-schema-v1.json`; CSV cells are formula-safe. A listing
(LEESMIJ.txt) says what is in the ZIP and what was left out and why.

HANDLE_REQUESTS, EXPORT_DATA and VIEW_SPECIAL_DATA; the gate of a
PORTABILITY request (identity verified). Allowed on a restricted dossier (the
request itself is the exception of AVG art. 18), refused on an anonymised
one. The export, its step and its 'export.portability' audit event share one
transaction; the event holds the request id and counts only.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ClientNotFoundError,
    DocumentDamagedError,
    DocumentNotFoundError,
)
from calqi_desktop.domain.portability import portability_scope
from calqi_desktop.domain.requests import RequestType, StepKind
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.subject_data import SubjectDocument
from calqi_desktop.export.portability import render_portability_zip
from calqi_desktop.services import requests, settings
from calqi_desktop.services.subject_data import collect
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import Client, DocumentContent


def portability_export(workspace: Workspace, request_id: int) -> bytes:
    """The ZIP's bytes for an open, identity-verified PORTABILITY request of a dossier.

    Raises `PermissionDeniedError` without HANDLE_REQUESTS, EXPORT_DATA or
    VIEW_SPECIAL_DATA; what `requests.gate` raises; `ClientAnonymisedError`
    for an anonymised dossier.
    """
    workspace.require(Permission.HANDLE_REQUESTS)
    workspace.require(Permission.EXPORT_DATA)
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    controller = settings.firm_details(workspace)
    with workspace.transaction() as session:
        row = requests.gate(workspace, session, request_id, RequestType.PORTABILITY)
        client = session.get(Client, row.client_id)
        if client is None:
            raise ClientNotFoundError()
        if client.status == ClientStatus.ANONYMISED.value:
            raise ClientAnonymisedError()
        generated_at = datetime.now().astimezone()
        data = collect(workspace, session, client.id, today=generated_at.date())
        scope = portability_scope(data)
        contents = _document_contents(session, scope.documents(data))
        archive = render_portability_zip(data, scope, controller, contents, generated_at)
        files = _file_count(archive)
        requests.add_step(workspace, session, request_id, StepKind.PORTABILITY_EXPORT_MADE, detail=str(files))
        workspace.record(
            session,
            AuditAction.DATA_EXPORTED,
            client_id=client.id,
            on_request_of=f"request:{request_id}",
            details={"request_id": request_id, "files": files, "bytes": len(archive)},
        )
    return archive


def _document_contents(session: Session, documents: Sequence[SubjectDocument]) -> dict[int, bytes]:
    """The stored bytes of `documents` by id, each checked against its recorded sha256."""
    query = select(DocumentContent.document_id, DocumentContent.data).where(
        DocumentContent.document_id.in_([document.id for document in documents])
    )
    stored = {row.document_id: row.data for row in session.execute(query)}
    contents: dict[int, bytes] = {}
    for document in documents:
        if document.id not in stored:
            raise DocumentNotFoundError()
        content = bytes(stored[document.id])
        if hashlib.sha256(content).hexdigest() != document.sha256:
            raise DocumentDamagedError()
        contents[document.id] = content
    return contents


def _file_count(archive: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        return len(opened.infolist())
