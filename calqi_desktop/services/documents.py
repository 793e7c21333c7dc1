"""A client's documents (ID copy, signed forms, other files): kept as blobs inside the vault.

Adding checks the file by its content (`export.document_check`: PDF, PNG or
JPEG, within the firm's size limit, no decompression bombs). ID copies and
financial documents are special data (DESIGN.md R1): adding or opening them
needs `VIEW_SPECIAL_DATA`, and adding needs a recorded legal basis for their
category. Opening returns the bytes for the in-app viewer; nothing is written
to disk. "Save as" is the one way out, an explicit action with its own
permission (`EXPORT_DATA`) and audit event, refused while the client's
processing is restricted.

Audit details hold the document's id, kind, type and size, never its file
name: a file name such as "paspoort Jan de Vries.jpg" is personal data. The
file name goes into the dossier's field history, which is purged with the
client on erasure.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import unicodedata
from pathlib import Path, PurePath

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import ChangeReason, DocumentInfo, DocumentKind
from calqi_desktop.domain.errors import (
    ChangeReasonRequiredError,
    ClientNotFoundError,
    ClientRestrictedError,
    DocumentDamagedError,
    DocumentInUseError,
    DocumentNotFoundError,
    FileWriteError,
    LegalBasisRequiredError,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.export import document_check
from calqi_desktop.services import settings, special_data
from calqi_desktop.services.clients import ensure_changeable
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store, client_store
from calqi_desktop.storage.client_store import now
from calqi_desktop.storage.files import fsync_folder
from calqi_desktop.storage.models import (
    AuthorisationRow,
    Client,
    ClientDocument,
    ConsentEventRow,
    DocumentContent,
    FieldChangeRecord,
)

HISTORY_FIELD = "documents"
FILE_NAME_MAX = 255
DESCRIPTION_MAX = 200

_EXTENSIONS = {
    document_check.PDF: (".pdf",),
    document_check.PNG: (".png",),
    document_check.JPEG: (".jpg", ".jpeg"),
}


def add_document(
    workspace: Workspace,
    client_id: int,
    kind: DocumentKind,
    file_name: str,
    data: bytes,
    description: str = "",
) -> DocumentInfo:
    """Check `data` by its content and store it with the dossier; returns what was stored.

    Raises `PermissionDeniedError`, `LegalBasisRequiredError` (ID copy or
    financial document without a basis), `ClientRestrictedError`,
    `ClientAnonymisedError` and the content errors of `document_check`.
    """
    workspace.require(Permission.EDIT_DOSSIERS)
    category = kind.special_category
    if category is not None:
        workspace.require(Permission.VIEW_SPECIAL_DATA)
    name = clean_file_name(file_name)
    note = _clean_text(description)[:DESCRIPTION_MAX].rstrip()
    max_bytes = settings.work_settings(workspace).document_max_bytes
    with workspace.transaction() as session:
        client = _client(session, client_id)
        ensure_changeable(client)
        if category is not None and not special_data.has_basis(session, client_id, category):
            raise LegalBasisRequiredError(
                HISTORY_FIELD, category=category.label(), category_en=category.label("en")
            )
        mime_type = document_check.check_document(data, max_bytes)
        moment = now()
        row = ClientDocument(
            client_id=client_id,
            kind=kind.value,
            file_name=name,
            mime_type=mime_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            description=note,
            added_by=workspace.user.id,
            added_at=moment,
        )
        session.add(row)
        session.flush()  # the id, for the content row and the audit event
        session.add(DocumentContent(document_id=row.id, data=data))
        _record_history(
            workspace, session, client, kind=kind, old=None, new=name, reason=ChangeReason.COMPLETION
        )
        workspace.record(
            session,
            AuditAction.DOCUMENT_ADDED,
            client_id=client_id,
            details={"document_id": row.id, "kind": kind.value, "mime_type": mime_type, "size": len(data)},
        )
        return client_store.document_info(row, _staff_name(workspace), may_view_special=True)


def open_document(workspace: Workspace, client_id: int, document_id: int) -> tuple[DocumentInfo, bytes]:
    """The document and its bytes, for the in-app viewer; writes 'document viewed' to the audit trail."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        row = _document(workspace, session, client_id, document_id)
        data = _content(session, row)
        workspace.record(
            session,
            AuditAction.DOCUMENT_VIEWED,
            client_id=client_id,
            details={"document_id": row.id, "kind": row.kind},
        )
        info = client_store.document_info(row, _names(session).get(row.added_by, ""), may_view_special=True)
        return info, data


def save_document_as(workspace: Workspace, client_id: int, document_id: int, target: Path) -> None:
    """Write the document to `target` (the user chose it in a file dialog), atomically, with an audit event.

    Raises `PermissionDeniedError` (no `EXPORT_DATA`), `ClientRestrictedError`
    or `FileWriteError`; nothing is audited when nothing was written.
    """
    workspace.require(Permission.EXPORT_DATA)
    with workspace.transaction() as session:
        row = _document(workspace, session, client_id, document_id)
        client = _client(session, client_id)
        if client.restricted:
            raise ClientRestrictedError()
        data = _content(session, row)
        workspace.record(  # first: a failed write rolls the event back with the transaction
            session,
            AuditAction.DOCUMENT_SAVED_AS,
            client_id=client_id,
            details={"document_id": row.id, "kind": row.kind, "size": row.size},
        )
        write_file_atomically(Path(target), data)


def remove_document(
    workspace: Workspace,
    client_id: int,
    document_id: int,
    reason: ChangeReason,
    reason_note: str = "",
) -> None:
    """Delete the document and its bytes (the vault overwrites freed pages), with history and audit.

    The evidence of a consent event or the signed document of an authorisation
    stays (`DocumentInUseError`): it goes only with the dossier, on erasure.
    """
    workspace.require(Permission.EDIT_DOSSIERS)
    if reason is ChangeReason.OTHER and not reason_note.strip():
        raise ChangeReasonRequiredError()
    with workspace.transaction() as session:
        row = _document(workspace, session, client_id, document_id)
        client = _client(session, client_id)
        ensure_changeable(client)
        if in_use(session, row.id):
            raise DocumentInUseError()
        kind, name = row.kind, row.file_name
        session.execute(delete(DocumentContent).where(DocumentContent.document_id == row.id))
        session.delete(row)
        _record_history(
            workspace,
            session,
            client,
            kind=DocumentKind(kind),
            old=name,
            new=None,
            reason=reason,
            note=reason_note,
        )
        workspace.record(
            session,
            AuditAction.DOCUMENT_REMOVED,
            client_id=client_id,
            details={"document_id": document_id, "kind": kind},
        )


def list_documents(workspace: Workspace, client_id: int) -> list[DocumentInfo]:
    """The dossier's documents, newest first, without their bytes."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        _client(session, client_id)
        names = _names(session)
        rows = session.scalars(
            select(ClientDocument)
            .where(ClientDocument.client_id == client_id)
            .order_by(ClientDocument.added_at.desc(), ClientDocument.id.desc())
        ).all()
        may_view_special = workspace.may(Permission.VIEW_SPECIAL_DATA)
        return [
            client_store.document_info(row, names.get(row.added_by, ""), may_view_special=may_view_special)
            for row in rows
        ]


def may_open(workspace: Workspace, kind: DocumentKind) -> bool:
    """True when the signed-in member may open documents of `kind` (the assistent: no ID copies)."""
    return workspace.may(Permission.VIEW_DOSSIERS) and (
        kind.special_category is None or workspace.may(Permission.VIEW_SPECIAL_DATA)
    )


def suggested_file_name(info: DocumentInfo) -> str:
    """The name to offer in a "save as" dialog: the stored name, its extension matching the content."""
    extensions = _EXTENSIONS.get(info.mime_type, ())
    path = PurePath(info.file_name)
    if not extensions or path.suffix.lower() in extensions:
        return info.file_name
    return f"{path.stem}{extensions[0]}"


def clean_file_name(file_name: str) -> str:
    """Only the base name (a path from any system), without control characters, at most 255 characters."""
    base = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _clean_text(base).strip(" .")
    if not name:
        return "document"
    if len(name) > FILE_NAME_MAX:
        suffix = PurePath(name).suffix
        suffix = suffix if len(suffix) <= 16 else ""
        name = name[: FILE_NAME_MAX - len(suffix)].rstrip() + suffix
    return name


def write_file_atomically(target: Path, data: bytes) -> None:
    """A temporary file in the target's folder, fsync, rename over the target; `FileWriteError` on failure."""
    folder = target.parent
    temp: str | None = None
    try:
        handle, temp = tempfile.mkstemp(prefix=".calqi-", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
        temp = None
        fsync_folder(folder)
    except OSError as exc:
        raise FileWriteError() from exc
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


# --- helpers ---------------------------------------------------------------------------


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFoundError()
    return client


def _document(workspace: Workspace, session: Session, client_id: int, document_id: int) -> ClientDocument:
    """The document row of this client; special kinds need `VIEW_SPECIAL_DATA`."""
    row = session.get(ClientDocument, document_id)
    if row is None or row.client_id != client_id:
        raise DocumentNotFoundError()
    if DocumentKind(row.kind).special_category is not None:
        workspace.require(Permission.VIEW_SPECIAL_DATA)
    return row


def in_use(session: Session, document_id: int) -> bool:
    """True when a consent event or an authorisation keeps this document as its evidence.

    Such a document is never removed on its own: not here, and not by a withdrawal that erases
    its category (`services.consent_withdrawal`).
    """
    as_evidence = select(ConsentEventRow.id).where(ConsentEventRow.evidence_document_id == document_id)
    as_signed = select(AuthorisationRow.id).where(AuthorisationRow.document_id == document_id)
    return session.execute(as_evidence.union_all(as_signed).limit(1)).first() is not None


def _content(session: Session, row: ClientDocument) -> bytes:
    """The stored bytes, checked against their sha256."""
    content = session.get(DocumentContent, row.id)
    if content is None:
        raise DocumentNotFoundError()
    data = bytes(content.data)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        raise DocumentDamagedError()
    return data


def _record_history(
    workspace: Workspace,
    session: Session,
    client: Client,
    *,
    kind: DocumentKind,
    old: str | None,
    new: str | None,
    reason: ChangeReason,
    note: str = "",
) -> None:
    """A history row 'documents.<kind>', so the history can withhold special documents' names."""
    moment = now()
    session.add(
        FieldChangeRecord(
            client_id=client.id,
            changed_at=moment,
            changed_by=workspace.user.id,
            field=f"{HISTORY_FIELD}.{kind.value}",
            old_value=old,
            new_value=new,
            reason=reason.value,
            reason_note=note.strip(),
        )
    )
    client.version += 1
    client.updated_at = moment


def _names(session: Session) -> dict[int | None, str]:
    return {
        staff_id: display or user for staff_id, user, display, _active in audit_store.staff_names(session)
    }


def _staff_name(workspace: Workspace) -> str:
    return workspace.user.display_name or workspace.user.user_name


def _clean_text(text: str) -> str:
    """One line: whitespace runs become one space; control and format characters (NUL, a
    right-to-left override that turns 'gpj.exe' into 'exe.jpg' on screen) are dropped."""
    words = " ".join(text.split())
    return "".join(ch for ch in words if unicodedata.category(ch) not in ("Cc", "Cf"))
