"""The portability export on a real vault: the gate, the roles, the scope, the audit event and the step."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN
from consent_helpers import draft, sign_in
from PIL import Image
from portability_helpers import assert_valid_export
from request_helpers import (
    BSN,
    IBAN,
    MARKER,
    audit_count,
    audit_details_text,
    open_request,
    verified_request,
)
from sqlalchemy import select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    BankAccountDraft,
    ChildDraft,
    ClientDraft,
    ClientStatus,
    DocumentKind,
    EmailDraft,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    DocumentDamagedError,
    IdentityNotVerifiedError,
    PermissionDeniedError,
    RequestClosedError,
    RequestTypeMismatchError,
)
from calqi_desktop.domain.requests import RequestOutcome, RequestType, StepKind
from calqi_desktop.services import clients, consent, documents, requests, restriction
from calqi_desktop.services.portability import portability_export
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.models import Client, DocumentContent


def pdf(text: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


SIGNED_FORM = pdf("Opdrachtbevestiging")
FINANCIAL = pdf("Jaaropgave")
ID_COPY = png()


def dossier(workspace: Workspace) -> int:
    """A person whose children and ID copy rest on a legal obligation, the rest on contract;
    with a signed form, a financial document, an ID copy and a consent."""
    bases = (
        BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION),
        BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT),
        BasisDraft(SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONTRACT),
        BasisDraft(SpecialCategory.CHILDREN, LegalBasisKind.LEGAL_OBLIGATION),
        BasisDraft(SpecialCategory.ID_COPY, LegalBasisKind.LEGAL_OBLIGATION),
        BasisDraft(SpecialCategory.FINANCIAL, LegalBasisKind.CONTRACT),
    )
    client_id = clients.create_client(
        workspace,
        ClientDraft(
            initials="K.L.",
            last_name=MARKER,
            emails=(EmailDraft(address="karel@example.nl"),),
            phones=(PhoneDraft(number="+32 470 12 34 56"),),
        ),
        SpecialChanges(
            fields={"bsn": BSN, "birth_date": "24-11-1980", "birth_place": "Zwolle"},
            bank_accounts=(BankAccountDraft(IBAN, f"K.L. {MARKER}"),),
            children=(ChildDraft("Pietje", "Kindnaam", None),),
        ),
        bases,
    )
    documents.add_document(workspace, client_id, DocumentKind.SIGNED_FORM, "../opdracht.pdf", SIGNED_FORM)
    documents.add_document(workspace, client_id, DocumentKind.FINANCIAL, "jaaropgave.pdf", FINANCIAL)
    documents.add_document(workspace, client_id, DocumentKind.ID_COPY, "paspoort.png", ID_COPY)
    consent.give_consent(workspace, client_id, draft(workspace))
    return client_id


def export_events(workspace: Workspace) -> list[Any]:
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=AuditAction.DATA_EXPORTED.value)
        return [listed.record for listed in audit_store.iter_events(session, query)]


def test_the_export_holds_what_is_in_scope_and_is_recorded(workspace: Workspace) -> None:
    client_id = dossier(workspace)
    request_id = verified_request(workspace, client_id, RequestType.PORTABILITY)
    archive = portability_export(workspace, request_id)

    payload, files = assert_valid_export(archive)
    everything = b"".join(files.values())
    assert BSN.encode() not in everything and b"Kindnaam" not in everything
    assert MARKER in payload["subject"]["last_name"]
    assert payload["special_data"]["bank_accounts"] == [{"iban": IBAN, "holder": f"K.L. {MARKER}"}]
    assert payload["special_data"]["birth"] == {"date": "1980-11-24", "place": "Zwolle"}
    assert "children" not in payload["special_data"]
    assert {item["part"] for item in payload["excluded"]} >= {"bsn", "children", "id-copies"}
    assert [(entry["kind"], entry["file_name"]) for entry in payload["documents"]] == [
        ("signed-form", "opdracht.pdf"),
        ("financial", "jaaropgave.pdf"),
    ]
    stored = [files[entry["file"]] for entry in payload["documents"]]
    assert stored == [SIGNED_FORM, FINANCIAL]
    assert ID_COPY not in files.values()
    assert "'+32 470 12 34 56" in files["telefoonnummers.csv"].decode("utf-8-sig")  # formula-safe
    assert [c["purpose"] for c in payload["consents"]] == ["Nieuwsbrief"]
    assert payload["controller"]["name"] == "Administratiekantoor Test B.V."

    [event] = export_events(workspace)
    assert event.client_id == client_id
    assert event.on_request_of == f"request:{request_id}"
    assert dict(event.details) == {"request_id": request_id, "files": len(files), "bytes": len(archive)}
    steps = requests.get(workspace, request_id, audit=False).steps
    assert [(step.kind, step.detail) for step in steps if step.kind is StepKind.PORTABILITY_EXPORT_MADE] == [
        (StepKind.PORTABILITY_EXPORT_MADE, str(len(files)))
    ]
    assert MARKER not in audit_details_text(workspace)


def test_nothing_is_released_before_the_identity_is_verified(workspace: Workspace) -> None:
    client_id = dossier(workspace)
    request_id = open_request(workspace, client_id, RequestType.PORTABILITY)
    with pytest.raises(IdentityNotVerifiedError):
        portability_export(workspace, request_id)
    assert export_events(workspace) == []
    assert StepKind.PORTABILITY_EXPORT_MADE not in {
        step.kind for step in requests.get(workspace, request_id, audit=False).steps
    }


def test_only_a_portability_request_that_is_open_gives_an_export(workspace: Workspace) -> None:
    client_id = dossier(workspace)
    access = verified_request(workspace, client_id, RequestType.ACCESS)
    with pytest.raises(RequestTypeMismatchError):
        portability_export(workspace, access)
    closed = verified_request(workspace, client_id, RequestType.PORTABILITY)
    requests.close(workspace, closed, RequestOutcome.WITHDRAWN)
    with pytest.raises(RequestClosedError):
        portability_export(workspace, closed)
    assert audit_count(workspace, AuditAction.DATA_EXPORTED) == 0


def test_a_restricted_dossier_still_gets_its_export(workspace: Workspace) -> None:
    client_id = dossier(workspace)
    restrict = verified_request(workspace, client_id, RequestType.RESTRICTION)
    restriction.set_restriction(workspace, restrict, "Juistheid betwist")
    request_id = verified_request(workspace, client_id, RequestType.PORTABILITY)
    payload, _files = assert_valid_export(portability_export(workspace, request_id))
    assert payload["subject"]["last_name"] == MARKER


def test_an_anonymised_dossier_gives_no_export(workspace: Workspace) -> None:
    client_id = dossier(workspace)
    request_id = verified_request(workspace, client_id, RequestType.PORTABILITY)
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.status = ClientStatus.ANONYMISED.value
    with pytest.raises(ClientAnonymisedError):
        portability_export(workspace, request_id)
    assert export_events(workspace) == []


def test_a_damaged_document_stops_the_export(workspace: Workspace) -> None:
    client_id = dossier(workspace)
    request_id = verified_request(workspace, client_id, RequestType.PORTABILITY)
    with workspace.transaction() as session:
        content = session.scalars(select(DocumentContent)).first()
        assert content is not None
        content.data = content.data[:-10]
    with pytest.raises(DocumentDamagedError):
        portability_export(workspace, request_id)
    assert export_events(workspace) == []


def test_the_assistent_is_refused_and_the_privacy_officer_allowed(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    client_id = dossier(admin)
    request_id = verified_request(admin, client_id, RequestType.PORTABILITY)
    admin.sign_out()

    assistent = sign_in(folder, "sam")
    with pytest.raises(PermissionDeniedError):
        portability_export(assistent, request_id)
    assistent.sign_out()

    officer = sign_in(folder, "fleur")
    payload, _files = assert_valid_export(portability_export(officer, request_id))
    assert payload["subject"]["last_name"] == MARKER
    [event] = export_events(officer)
    assert event.actor_id == officer.user.id
    officer.sign_out()
