"""Documents in the vault: add by content, open and save as with permission and audit, remove with history."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD
from PIL import Image
from sqlalchemy import select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    ChangeReason,
    ClientDraft,
    DocumentInfo,
    DocumentKind,
    LegalBasisKind,
    SpecialCategory,
)
from calqi_desktop.domain.errors import (
    ChangeReasonRequiredError,
    ClientRestrictedError,
    DocumentDamagedError,
    DocumentNotFoundError,
    DocumentTooLargeError,
    DocumentTypeError,
    FileWriteError,
    LegalBasisRequiredError,
    PermissionDeniedError,
)
from calqi_desktop.domain.firm import WorkSettings
from calqi_desktop.services import auth, clients, documents, settings, special_data
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import AuditEvent, Client, DocumentContent, FieldChangeRecord

#: A file name that holds personal data: it must never reach the audit trail.
PRIVATE_NAME = "Paspoort Johanna de Vries-Bakker.png"


def png(size: tuple[int, int] = (320, 200)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def pdf() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Machtiging")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


PDF = pdf()  # ReportLab stamps the time into each PDF: made once, compared byte for byte
PNG = png()


def new_client(workspace: Workspace, *, id_copy_basis: bool = False) -> int:
    client_id = clients.create_client(workspace, ClientDraft(first_names="Johanna", last_name="Vries"))
    if id_copy_basis:
        special_data.record_legal_basis(
            workspace, client_id, SpecialCategory.ID_COPY, LegalBasisKind.LEGAL_OBLIGATION
        )
    return client_id


def audit_events(workspace: Workspace, action: AuditAction | None = None) -> list[AuditEvent]:
    with workspace.transaction() as session:
        statement = select(AuditEvent).order_by(AuditEvent.seq)
        if action is not None:
            statement = statement.where(AuditEvent.action == action.value)
        events = list(session.scalars(statement))
        session.expunge_all()
        return events


def history(workspace: Workspace, client_id: int) -> list[tuple[str, str | None, str | None, str]]:
    with workspace.transaction() as session:
        rows = session.scalars(
            select(FieldChangeRecord)
            .where(FieldChangeRecord.client_id == client_id, FieldChangeRecord.field.like("documents.%"))
            .order_by(FieldChangeRecord.id)
        )
        return [(row.field, row.old_value, row.new_value, row.reason) for row in rows]


def version(workspace: Workspace, client_id: int) -> int:
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return client.version


def set_restricted(workspace: Workspace, client_id: int) -> None:
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.restricted = True


def no_file_name_in_audit(workspace: Workspace, *names: str) -> None:
    for event in audit_events(workspace):
        for name in names:
            assert name not in event.details
            assert name.rsplit(".", 1)[0] not in event.details


# --- adding ----------------------------------------------------------------------------


def test_add_judges_the_type_by_content_and_audits_without_the_name(workspace: Workspace) -> None:
    client_id = new_client(workspace)
    before = version(workspace, client_id)
    content = PNG
    info = documents.add_document(
        workspace,
        client_id,
        DocumentKind.OTHER,
        "C:\\Scans\\aangifte.pdf",
        content,
        "Bijlage\nbij de aangifte",
    )
    assert info.mime_type == "image/png"  # named .pdf, but a PNG by content
    assert info.file_name == "aangifte.pdf"  # only the base name
    assert info.size == len(content) and len(info.sha256) == 64
    assert info.description == "Bijlage bij de aangifte"
    assert info.added_by == "beheerder"
    assert version(workspace, client_id) == before + 1
    assert history(workspace, client_id) == [("documents.other", None, "aangifte.pdf", "completion")]
    [event] = audit_events(workspace, AuditAction.DOCUMENT_ADDED)
    assert event.client_id == client_id
    assert json.loads(event.details) == {
        "document_id": info.id,
        "kind": "other",
        "mime_type": "image/png",
        "size": len(content),
    }
    assert documents.list_documents(workspace, client_id) == [info]
    assert clients.open_dossier(workspace, client_id).documents == (info,)


def test_add_refuses_what_is_not_a_document_and_stores_nothing(workspace: Workspace) -> None:
    client_id = new_client(workspace)
    before = version(workspace, client_id)
    with pytest.raises(DocumentTypeError):
        documents.add_document(workspace, client_id, DocumentKind.OTHER, "factuur.pdf", b"MZ\x90\x00" * 64)
    assert documents.list_documents(workspace, client_id) == []
    assert version(workspace, client_id) == before
    assert audit_events(workspace, AuditAction.DOCUMENT_ADDED) == []


def test_the_size_limit_is_the_firm_setting(workspace: Workspace) -> None:
    client_id = new_client(workspace)
    settings.save_work_settings(workspace, WorkSettings(document_max_mb=1))
    large = b"%PDF-1.7\n" + b"%" * (1024 * 1024)
    with pytest.raises(DocumentTooLargeError) as caught:
        documents.add_document(workspace, client_id, DocumentKind.OTHER, "groot.pdf", large)
    assert "1 MB" in caught.value.message()
    documents.add_document(workspace, client_id, DocumentKind.SIGNED_FORM, "klein.pdf", PDF)


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("/home/anna/Downloads/scan.png", "scan.png"),
        ("..\\..\\windows\\system32\\scan.png", "scan.png"),
        ("scan\u202egnp.exe", "scangnp.exe"),  # the right-to-left override that hides '.exe' is gone
        ("regel\r\neen\ttwee\x00.png", "regel een twee.png"),
        ("   ", "document"),
        ("..", "document"),
        ("a" * 300 + ".jpeg", "a" * 250 + ".jpeg"),
    ],
)
def test_file_names_are_cleaned(given: str, kept: str) -> None:
    cleaned = documents.clean_file_name(given)
    assert cleaned == kept
    assert len(cleaned) <= 255


@pytest.mark.parametrize(
    ("name", "mime", "suggested"),
    [
        ("aangifte.pdf", "image/png", "aangifte.png"),
        ("scan.JPEG", "image/jpeg", "scan.JPEG"),
        ("scan", "image/jpeg", "scan.jpg"),
        ("machtiging.pdf", "application/pdf", "machtiging.pdf"),
    ],
)
def test_suggested_file_name_matches_the_content(name: str, mime: str, suggested: str) -> None:
    info = DocumentInfo(1, DocumentKind.OTHER, name, mime, 1, "0" * 64, "", "", datetime(2025, 1, 1))
    assert documents.suggested_file_name(info) == suggested


def test_an_id_copy_needs_a_recorded_basis(workspace: Workspace) -> None:
    client_id = new_client(workspace)
    with pytest.raises(LegalBasisRequiredError) as caught:
        documents.add_document(workspace, client_id, DocumentKind.ID_COPY, PRIVATE_NAME, PNG)
    assert caught.value.field == "documents"
    assert "identiteitsbewijs" in caught.value.message()
    assert documents.list_documents(workspace, client_id) == []
    special_data.record_legal_basis(
        workspace, client_id, SpecialCategory.ID_COPY, LegalBasisKind.LEGAL_OBLIGATION
    )
    info = documents.add_document(workspace, client_id, DocumentKind.ID_COPY, PRIVATE_NAME, PNG)
    assert info.kind is DocumentKind.ID_COPY
    with pytest.raises(LegalBasisRequiredError):  # the basis for ID copies does not cover financial data
        documents.add_document(workspace, client_id, DocumentKind.FINANCIAL, "jaaropgave.pdf", PDF)
    no_file_name_in_audit(workspace, PRIVATE_NAME)


# --- opening and saving as -------------------------------------------------------------


def test_open_returns_the_bytes_and_audits(workspace: Workspace) -> None:
    client_id = new_client(workspace, id_copy_basis=True)
    content = PNG
    added = documents.add_document(workspace, client_id, DocumentKind.ID_COPY, PRIVATE_NAME, content)
    info, data = documents.open_document(workspace, client_id, added.id)
    assert info == added and data == content
    [event] = audit_events(workspace, AuditAction.DOCUMENT_VIEWED)
    assert event.client_id == client_id
    assert json.loads(event.details) == {"document_id": added.id, "kind": "id-copy"}
    no_file_name_in_audit(workspace, PRIVATE_NAME)


def test_a_document_belongs_to_its_client(workspace: Workspace) -> None:
    first, second = new_client(workspace), new_client(workspace)
    info = documents.add_document(workspace, first, DocumentKind.OTHER, "brief.pdf", PDF)
    with pytest.raises(DocumentNotFoundError):
        documents.open_document(workspace, second, info.id)
    with pytest.raises(DocumentNotFoundError):
        documents.remove_document(workspace, second, info.id, ChangeReason.CORRECTION)
    with pytest.raises(DocumentNotFoundError):
        documents.open_document(workspace, first, info.id + 100)


def test_stored_bytes_that_changed_are_reported_as_damaged(workspace: Workspace) -> None:
    client_id = new_client(workspace)
    info = documents.add_document(workspace, client_id, DocumentKind.OTHER, "brief.pdf", PDF)
    with workspace.transaction() as session:
        content = session.get(DocumentContent, info.id)
        assert content is not None
        content.data = content.data[:-1] + b"X"
    with pytest.raises(DocumentDamagedError):
        documents.open_document(workspace, client_id, info.id)


def test_save_as_writes_identical_bytes_atomically_and_audits(workspace: Workspace, tmp_path: Path) -> None:
    client_id = new_client(workspace, id_copy_basis=True)
    content = PNG
    info = documents.add_document(workspace, client_id, DocumentKind.ID_COPY, PRIVATE_NAME, content)
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / "kopie.png"
    target.write_bytes(b"oud")  # the user agreed to overwrite in the file dialog
    documents.save_document_as(workspace, client_id, info.id, target)
    assert target.read_bytes() == content
    assert sorted(os.listdir(folder)) == ["kopie.png"]  # no temporary file left behind
    [event] = audit_events(workspace, AuditAction.DOCUMENT_SAVED_AS)
    assert event.client_id == client_id
    assert json.loads(event.details) == {"document_id": info.id, "kind": "id-copy", "size": len(content)}
    no_file_name_in_audit(workspace, PRIVATE_NAME, "kopie.png")


def test_save_as_failure_leaves_no_file_and_no_event(workspace: Workspace, tmp_path: Path) -> None:
    client_id = new_client(workspace)
    info = documents.add_document(workspace, client_id, DocumentKind.OTHER, "brief.pdf", PDF)
    with pytest.raises(FileWriteError):
        documents.save_document_as(workspace, client_id, info.id, tmp_path / "bestaat-niet" / "brief.pdf")
    folder = tmp_path / "map"
    (folder / "brief.pdf").mkdir(parents=True)  # the target is a folder: the rename fails
    with pytest.raises(FileWriteError):
        documents.save_document_as(workspace, client_id, info.id, folder / "brief.pdf")
    assert os.listdir(folder) == ["brief.pdf"]  # the temporary file was removed
    assert audit_events(workspace, AuditAction.DOCUMENT_SAVED_AS) == []


def test_a_restricted_client_can_be_viewed_but_not_changed_or_saved_as(
    workspace: Workspace, tmp_path: Path
) -> None:
    client_id = new_client(workspace)
    info = documents.add_document(workspace, client_id, DocumentKind.OTHER, "brief.pdf", PDF)
    set_restricted(workspace, client_id)
    assert documents.open_document(workspace, client_id, info.id)[1] == PDF
    with pytest.raises(ClientRestrictedError):
        documents.save_document_as(workspace, client_id, info.id, tmp_path / "brief.pdf")
    with pytest.raises(ClientRestrictedError):
        documents.add_document(workspace, client_id, DocumentKind.OTHER, "nog een.pdf", PDF)
    with pytest.raises(ClientRestrictedError):
        documents.remove_document(workspace, client_id, info.id, ChangeReason.CORRECTION)
    assert not (tmp_path / "brief.pdf").exists()
    assert len(documents.list_documents(workspace, client_id)) == 1


# --- removing --------------------------------------------------------------------------


def test_remove_deletes_the_bytes_and_writes_history(workspace: Workspace) -> None:
    client_id = new_client(workspace)
    info = documents.add_document(workspace, client_id, DocumentKind.SIGNED_FORM, "machtiging.pdf", PDF)
    before = version(workspace, client_id)
    with pytest.raises(ChangeReasonRequiredError):
        documents.remove_document(workspace, client_id, info.id, ChangeReason.OTHER, "  ")
    documents.remove_document(workspace, client_id, info.id, ChangeReason.OTHER, "Verkeerde klant")
    assert version(workspace, client_id) == before + 1
    assert history(workspace, client_id)[-1] == ("documents.signed-form", "machtiging.pdf", None, "other")
    with workspace.transaction() as session:
        assert session.get(DocumentContent, info.id) is None
    assert documents.list_documents(workspace, client_id) == []
    with pytest.raises(DocumentNotFoundError):
        documents.open_document(workspace, client_id, info.id)
    [event] = audit_events(workspace, AuditAction.DOCUMENT_REMOVED)
    assert json.loads(event.details) == {"document_id": info.id, "kind": "signed-form"}
    no_file_name_in_audit(workspace, "machtiging.pdf")


# --- roles -----------------------------------------------------------------------------


@pytest.fixture
def staff_vault(created_vault: tuple[Path, str]) -> Iterator[tuple[Path, int, int, int]]:
    """The vault with one client holding an ID copy and an 'other' document: (folder, client, id copy, other)."""
    from conftest import ADMIN, ADMIN_PASSWORD

    folder, _code = created_vault
    admin = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        client_id = new_client(admin, id_copy_basis=True)
        id_copy = documents.add_document(admin, client_id, DocumentKind.ID_COPY, PRIVATE_NAME, PNG).id
        other = documents.add_document(admin, client_id, DocumentKind.OTHER, "brief.pdf", PDF).id
    finally:
        admin.sign_out()
    yield folder, client_id, id_copy, other


def signed_in(folder: Path, user: str) -> Workspace:
    return auth.sign_in(folder, user, STAFF_PASSWORD, kdf=TEST_ONLY_KDF)


def test_the_assistent_handles_ordinary_documents_only(
    staff_vault: tuple[Path, int, int, int], tmp_path: Path
) -> None:
    folder, client_id, id_copy, other = staff_vault
    sam = signed_in(folder, "sam")
    try:
        added = documents.add_document(sam, client_id, DocumentKind.OTHER, "notitie.png", PNG)
        assert added.kind is DocumentKind.OTHER
        assert documents.open_document(sam, client_id, other)[1] == PDF
        listed = {d.id: d for d in documents.list_documents(sam, client_id)}
        assert set(listed) == {id_copy, other, added.id}
        # the name of an ID copy can itself be special data: the assistent sees only its kind
        assert listed[id_copy].file_name == DocumentKind.ID_COPY.label()
        assert listed[id_copy].description == ""
        assert listed[other].file_name == "brief.pdf"
        dossier_documents = {d.id: d for d in clients.open_dossier(sam, client_id, audit=False).documents}
        assert dossier_documents[id_copy].file_name == DocumentKind.ID_COPY.label()
        assert not documents.may_open(sam, DocumentKind.ID_COPY)
        assert documents.may_open(sam, DocumentKind.OTHER)
        for kind in (DocumentKind.ID_COPY, DocumentKind.FINANCIAL):
            with pytest.raises(PermissionDeniedError):
                documents.add_document(sam, client_id, kind, "paspoort.png", PNG)
        with pytest.raises(PermissionDeniedError):
            documents.open_document(sam, client_id, id_copy)
        with pytest.raises(PermissionDeniedError):
            documents.remove_document(sam, client_id, id_copy, ChangeReason.CORRECTION)
        with pytest.raises(PermissionDeniedError):  # no EXPORT_DATA
            documents.save_document_as(sam, client_id, other, tmp_path / "brief.pdf")
        assert not (tmp_path / "brief.pdf").exists()
    finally:
        sam.sign_out()


def test_accountant_and_privacy_officer(staff_vault: tuple[Path, int, int, int], tmp_path: Path) -> None:
    folder, client_id, id_copy, _other = staff_vault
    anna = signed_in(folder, "anna")
    try:
        assert documents.open_document(anna, client_id, id_copy)[1] == PNG
        documents.save_document_as(anna, client_id, id_copy, tmp_path / "id.png")
        assert (tmp_path / "id.png").read_bytes() == PNG
    finally:
        anna.sign_out()
    fleur = signed_in(folder, "fleur")
    try:
        assert documents.open_document(fleur, client_id, id_copy)[1] == PNG  # views, for a request
        with pytest.raises(PermissionDeniedError):  # but does not edit dossiers
            documents.add_document(fleur, client_id, DocumentKind.OTHER, "brief.pdf", PDF)
    finally:
        fleur.sign_out()


def test_the_history_withholds_special_document_names_from_the_assistent(
    staff_vault: tuple[Path, int, int, int],
) -> None:
    folder, client_id, _id_copy, _other = staff_vault
    seen: dict[str, set[str | None]] = {}
    for user in ("anna", "sam"):
        member = signed_in(folder, user)
        try:
            seen[user] = {
                change.new_value
                for change in clients.history(member, client_id)
                if change.field.startswith("documents")
            }
        finally:
            member.sign_out()
    assert seen["anna"] == {PRIVATE_NAME, "brief.pdf"}
    assert seen["sam"] == {DocumentKind.ID_COPY.label(), "brief.pdf"}
