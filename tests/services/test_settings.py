"""Firm settings in the vault: read by all, changed by the beheerder, audited without values."""

from __future__ import annotations

import json
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, FIRM, STAFF_PASSWORD
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import (
    ClipboardClearSecondsError,
    DocumentMaxMbError,
    IdleLockMinutesError,
    LogoNotAnImageError,
    PermissionDeniedError,
    PostcodeNotIssuedError,
    RequiredFieldError,
)
from calqi_desktop.domain.firm import FirmDetails, Logo, WorkSettings
from calqi_desktop.export import pdf
from calqi_desktop.services import auth, demo, settings
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import AuditEvent

DETAILS = FirmDetails(
    firm_name="Administratiekantoor Test B.V.",
    address="Oudegracht 231",
    postcode="3511nk",
    city="Utrecht",
    kvk_number="81234567",
    email="kantoor@test.example",
    phone="0301234567",
)


def png_logo() -> Logo:
    buffer = BytesIO()
    Image.new("RGB", (300, 100), (31, 58, 95)).save(buffer, "PNG")
    return Logo(buffer.getvalue(), "image/png")


def settings_events(workspace: Workspace) -> list[dict[str, object]]:
    with workspace.transaction() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.SETTINGS_CHANGED.value)
        ).all()
        return [{"actor": row.actor_id, **json.loads(row.details)} for row in rows]


@pytest.fixture
def member(created_vault: tuple[Path, str], request: pytest.FixtureRequest) -> Iterator[Workspace]:
    workspace = auth.sign_in(created_vault[0], request.param, STAFF_PASSWORD, kdf=TEST_ONLY_KDF)
    yield workspace
    workspace.sign_out()


def test_a_new_vault_has_its_name_and_the_default_work_settings(workspace: Workspace) -> None:
    assert settings.firm_details(workspace) == FirmDetails(firm_name=FIRM)
    assert settings.work_settings(workspace) == WorkSettings(10, 20)


def test_the_beheerder_saves_details_in_normal_form(workspace: Workspace) -> None:
    saved = settings.save_firm_details(workspace, DETAILS)
    assert saved.postcode == "3511 NK" and saved.phone == "030 123 4567"
    assert settings.firm_details(workspace) == saved
    assert workspace.firm_name() == DETAILS.firm_name


def test_the_audit_event_names_the_changed_fields_and_no_values(workspace: Workspace) -> None:
    saved = settings.save_firm_details(workspace, DETAILS)
    moved = FirmDetails(**{**saved.__dict__, "address": "Maliebaan 12", "postcode": "3581 CP"})
    settings.save_firm_details(workspace, moved)
    events = settings_events(workspace)
    assert events[0]["fields"] == "address,postcode,city,kvk_number,email,phone"
    assert events[1] == {"actor": workspace.user.id, "section": "firm", "fields": "address,postcode"}
    with workspace.transaction() as session:
        trail = " ".join(session.scalars(select(AuditEvent.details)).all())
    for value in ("Oudegracht", "Maliebaan", "3581", "81234567", "kantoor@test", "123 4567", "Utrecht"):
        assert value not in trail


def test_saving_the_same_details_again_records_nothing(workspace: Workspace) -> None:
    settings.save_firm_details(workspace, DETAILS)
    settings.save_firm_details(workspace, DETAILS)  # the same, only typed differently
    assert len(settings_events(workspace)) == 1


def test_a_new_firm_name_is_kept_in_step_with_the_vault(workspace: Workspace) -> None:
    settings.save_firm_details(workspace, FirmDetails(firm_name="Calqi Utrecht B.V."))
    assert workspace.firm_name() == "Calqi Utrecht B.V."
    assert settings_events(workspace)[-1]["fields"] == "firm_name"


def test_wrong_details_are_refused_and_nothing_is_saved(workspace: Workspace) -> None:
    with pytest.raises(PostcodeNotIssuedError):
        settings.save_firm_details(workspace, FirmDetails(**{**DETAILS.__dict__, "postcode": "3511 SS"}))
    with pytest.raises(RequiredFieldError):
        settings.save_firm_details(workspace, FirmDetails(firm_name=""))
    assert settings.firm_details(workspace) == FirmDetails(firm_name=FIRM)
    assert settings_events(workspace) == []


def test_a_logo_is_checked_by_content_even_when_the_caller_says_png(workspace: Workspace) -> None:
    fake = Logo(b"\x89PNG\r\n\x1a\n" + b"geen plaatje" * 10, "image/png")
    with pytest.raises(LogoNotAnImageError):
        settings.save_firm_details(workspace, FirmDetails(firm_name=FIRM, logo=fake))
    assert settings.firm_details(workspace).logo is None


def test_the_letterhead_carries_the_details_and_the_logo(workspace: Workspace) -> None:
    logo = png_logo()
    settings.save_firm_details(workspace, FirmDetails(**{**DETAILS.__dict__, "logo": logo}))
    letterhead = settings.letterhead(workspace)
    assert letterhead.logo == logo.content
    assert letterhead.address_lines == ("Oudegracht 231",)
    assert letterhead.contact_lines() == [
        "Oudegracht 231",
        "3511 NK Utrecht",
        "KvK 81234567",
        "Tel. 030 123 4567",
        "kantoor@test.example",
    ]
    reader = PdfReader(BytesIO(pdf.render_pdf([pdf.paragraph("x")], title="t", letterhead=letterhead)))
    page = reader.pages[0]
    assert "3511 NK Utrecht" in page.extract_text()
    assert any(x.get_object()["/Subtype"] == "/Image" for x in page["/Resources"]["/XObject"].values())
    assert settings_events(workspace)[0]["fields"] == "address,postcode,city,kvk_number,email,phone,logo"


def test_removing_the_logo(workspace: Workspace) -> None:
    saved = settings.save_firm_details(workspace, FirmDetails(firm_name=FIRM, logo=png_logo()))
    settings.save_firm_details(workspace, FirmDetails(**{**saved.__dict__, "logo": None}))
    assert settings.firm_details(workspace).logo is None
    assert settings.letterhead(workspace).logo is None


def test_work_settings_are_saved_and_audited_with_their_numbers(workspace: Workspace) -> None:
    settings.save_work_settings(workspace, WorkSettings(idle_lock_minutes=5, clipboard_clear_seconds=20))
    assert settings.work_settings(workspace) == WorkSettings(5, 20)
    assert settings_events(workspace) == [
        {
            "actor": workspace.user.id,
            "section": "work",
            "fields": "idle_lock_minutes",
            "idle_lock_minutes": 5,
            "clipboard_clear_seconds": 20,
            "document_max_mb": 25,
        }
    ]
    settings.save_work_settings(workspace, WorkSettings(5, 20, document_max_mb=10))
    assert settings.work_settings(workspace).document_max_bytes == 10 * 1024 * 1024
    assert settings_events(workspace)[-1]["fields"] == "document_max_mb"


@pytest.mark.parametrize(
    ("work", "error"),
    [
        (WorkSettings(0, 20), IdleLockMinutesError),
        (WorkSettings(121, 20), IdleLockMinutesError),
        (WorkSettings(10, 4), ClipboardClearSecondsError),
        (WorkSettings(10, 301), ClipboardClearSecondsError),
        (WorkSettings(10, 20, 0), DocumentMaxMbError),
        (WorkSettings(10, 20, 101), DocumentMaxMbError),
    ],
)
def test_work_settings_out_of_bounds_are_refused(
    workspace: Workspace, work: WorkSettings, error: type[Exception]
) -> None:
    with pytest.raises(error):
        settings.save_work_settings(workspace, work)
    assert settings.work_settings(workspace) == WorkSettings()


@pytest.mark.parametrize("member", ["anna", "sam", "fleur"], indirect=True)
def test_other_roles_may_read_but_not_change(member: Workspace) -> None:
    assert settings.firm_details(member).firm_name == FIRM
    assert settings.work_settings(member) == WorkSettings()
    assert settings.letterhead(member).firm_name == FIRM
    with pytest.raises(PermissionDeniedError) as caught:
        settings.save_firm_details(member, DETAILS)
    assert "manage-settings" in caught.value.message()
    with pytest.raises(PermissionDeniedError):
        settings.save_work_settings(member, WorkSettings(5, 20))
    assert settings.firm_details(member) == FirmDetails(firm_name=FIRM)
    assert settings_events(member) == []


def test_the_recovery_code_may_read_but_not_change(created_vault: tuple[Path, str]) -> None:
    folder, code = created_vault
    workspace = auth.sign_in_with_recovery_code(folder, code, kdf=TEST_ONLY_KDF)
    try:
        assert settings.firm_details(workspace).firm_name == FIRM
        assert settings.letterhead(workspace).firm_name == FIRM
        with pytest.raises(PermissionDeniedError):
            settings.save_firm_details(workspace, DETAILS)
    finally:
        workspace.sign_out()


def test_settings_survive_a_sign_out(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    workspace = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    settings.save_work_settings(workspace, WorkSettings(30, 60))
    workspace.sign_out()
    workspace = auth.sign_in(folder, "sam", STAFF_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        assert settings.work_settings(workspace) == WorkSettings(30, 60)
    finally:
        workspace.sign_out()


def test_the_demo_vault_has_full_details_and_a_logo(tmp_path: Path) -> None:
    workspace, _code = demo.create_demo_vault(tmp_path / "demo", kdf=TEST_ONLY_KDF)
    try:
        details = settings.firm_details(workspace)
        assert details == FirmDetails(**{**demo.DEMO_FIRM_DETAILS.__dict__, "logo": details.logo})
        assert details.validated() == details
        assert details.logo is not None and details.logo.mime_type == "image/png"
        assert len(settings.letterhead(workspace).contact_lines()) == 5
    finally:
        workspace.sign_out()
