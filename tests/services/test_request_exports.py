"""The access report and the dossier summary on a real vault: the gate, permissions, steps, audit, passwords."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from consent_helpers import audit_details, set_client, sign_in
from export.test_pdf import all_text
from pypdf import PdfReader
from request_helpers import (
    BSN,
    MARKER,
    audit_count,
    audit_details_text,
    client_with_data,
    open_request,
    verified_request,
)

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ClientRestrictedError,
    IdentityNotVerifiedError,
    PermissionDeniedError,
    RequestClosedError,
    RequestTypeMismatchError,
)
from calqi_desktop.domain.requests import RequestOutcome, RequestType, StepKind
from calqi_desktop.services import request_exports, requests
from calqi_desktop.services.workspace import Workspace

PASSWORD = "groene-kikker-op-een-blad"
IBAN_PRINTED = "NL91 ABNA 0417 1643 00"


def text_of(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(BytesIO(data))
    if password is not None:
        assert reader.decrypt(password) != 0
    return all_text(reader)


def report_steps(workspace: Workspace, request_id: int) -> list[str]:
    steps = requests.get(workspace, request_id, audit=False).steps
    return [step.detail for step in steps if step.kind is StepKind.ACCESS_REPORT_MADE]


def printed(workspace: Workspace) -> list[dict[str, object]]:
    return audit_details(workspace, AuditAction.DOCUMENT_PRINTED)


def test_the_access_report_holds_the_subjects_data_and_is_recorded(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id)
    reference = requests.get(workspace, request_id, audit=False).reference

    text = text_of(request_exports.access_report(workspace, request_id))

    assert "Inzage in uw persoonsgegevens" in text and reference in text
    for value in (BSN, MARKER, IBAN_PRINTED, "Pietje", "24-11-1980", "Zwolle", "Lindelaan 12"):
        assert value in text, value
    assert "Autoriteit Persoonsgegevens" in text
    assert report_steps(workspace, request_id) == ["plain"]
    assert printed(workspace) == [{"document": "access-report", "request_id": request_id, "protected": 0}]
    assert audit_count(workspace, AuditAction.DOCUMENT_PRINTED, on_request_of=f"request:{request_id}") == 1
    assert MARKER not in audit_details_text(workspace) and BSN not in audit_details_text(workspace)


def test_before_the_identity_is_verified_nothing_is_released_or_recorded(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = open_request(workspace, client_id)
    with pytest.raises(IdentityNotVerifiedError):
        request_exports.access_report(workspace, request_id)
    assert audit_count(workspace, AuditAction.DOCUMENT_PRINTED) == 0
    assert report_steps(workspace, request_id) == []


def test_only_an_open_access_request_gives_a_report(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    portability = verified_request(workspace, client_id, RequestType.PORTABILITY)
    with pytest.raises(RequestTypeMismatchError):
        request_exports.access_report(workspace, portability)
    closed = verified_request(workspace, client_id)
    requests.close(workspace, closed, RequestOutcome.WITHDRAWN)
    with pytest.raises(RequestClosedError):
        request_exports.access_report(workspace, closed)
    assert audit_count(workspace, AuditAction.DOCUMENT_PRINTED) == 0


def test_a_password_encrypts_the_report(workspace: Workspace) -> None:
    request_id = verified_request(workspace, client_with_data(workspace))
    data = request_exports.access_report(workspace, request_id, password=PASSWORD)
    reader = PdfReader(BytesIO(data))
    assert reader.is_encrypted and reader.decrypt("verkeerd-wachtwoord") == 0
    assert BSN in text_of(data, PASSWORD)
    assert report_steps(workspace, request_id) == ["protected"]
    assert printed(workspace)[0]["protected"] == 1


def test_the_assistent_gets_neither_pdf_and_the_privacy_officer_both(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, "beheerder")
    client_id = client_with_data(admin)
    request_id = verified_request(admin, client_id)
    admin.sign_out()

    assistent = sign_in(folder, "sam")
    with pytest.raises(PermissionDeniedError):
        request_exports.access_report(assistent, request_id)
    with pytest.raises(PermissionDeniedError):
        request_exports.dossier_summary(assistent, client_id)
    assistent.sign_out()

    officer = sign_in(folder, "fleur")
    assert BSN in text_of(request_exports.access_report(officer, request_id))
    assert BSN in text_of(request_exports.dossier_summary(officer, client_id, include_special=True))
    assert [event["document"] for event in printed(officer)] == ["dossier-summary", "access-report"]
    officer.sign_out()


def test_a_restricted_dossier_gets_its_access_report_but_no_summary(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id)
    set_client(workspace, client_id, restricted=True, restriction_reason="Juistheid betwist")

    text = text_of(request_exports.access_report(workspace, request_id))
    assert BSN in text and "Verwerking beperkt (AVG art. 18): Juistheid betwist" in text
    with pytest.raises(ClientRestrictedError):
        request_exports.dossier_summary(workspace, client_id)
    assert [event["document"] for event in printed(workspace)] == ["access-report"]


def test_the_summary_masks_special_data_unless_asked(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    masked = text_of(request_exports.dossier_summary(workspace, client_id))
    assert MARKER in masked and "Dossieroverzicht" in masked
    for value in (BSN, IBAN_PRINTED, "NL91ABNA0417164300", "24-11-1980", "Zwolle", "Pietje"):
        assert value not in masked, value
    full = request_exports.dossier_summary(workspace, client_id, include_special=True, password=PASSWORD)
    text = text_of(full, PASSWORD)
    assert BSN in text and IBAN_PRINTED in text and "Pietje" in text
    assert printed(workspace) == [
        {"document": "dossier-summary", "special": 1, "protected": 1},
        {"document": "dossier-summary", "special": 0, "protected": 0},
    ]


def test_an_anonymised_dossier_has_no_summary(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    set_client(workspace, client_id, status="anonymised")
    with pytest.raises(ClientAnonymisedError):
        request_exports.dossier_summary(workspace, client_id)
    assert audit_count(workspace, AuditAction.DOCUMENT_PRINTED) == 0
