"""Signing in: back-off that survives a restart, failures audited, deactivated refused, recovery code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, FIRM, STAFF_PASSWORD
from sqlalchemy import select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import (
    CommonPasswordError,
    PasswordChangeRequiredError,
    PermissionDeniedError,
    SignInThrottledError,
    VaultExistsError,
    WrongPasswordError,
)
from calqi_desktop.domain.roles import Permission, Role
from calqi_desktop.services import auth, staff, vault_care
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import AuditEvent
from calqi_desktop.storage.throttle import SignInThrottle
from calqi_desktop.storage.vault import read_vault_id


def actions(workspace) -> list[str]:  # type: ignore[no-untyped-def]
    with workspace.transaction() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)))


def test_create_vault_checks_the_password_first(vault_folder: Path) -> None:
    with pytest.raises(CommonPasswordError):
        auth.create_vault(vault_folder, firm_name=FIRM, admin_name=ADMIN, admin_password="wachtwoord1234")
    assert not (vault_folder / "vault.db").exists()


def test_create_vault_records_creation_and_sign_in(workspace) -> None:  # type: ignore[no-untyped-def]
    assert actions(workspace)[:2] == [AuditAction.VAULT_CREATED.value, AuditAction.SIGN_IN.value]
    assert workspace.user.role is Role.BEHEERDER
    assert workspace.firm_name() == FIRM


def test_create_over_existing_vault_is_refused(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    with pytest.raises(VaultExistsError):
        auth.create_vault(
            folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
        )


def test_sign_in_returns_the_member_with_role(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    workspace = auth.sign_in(folder, "Anna", STAFF_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        assert workspace.user.user_name == "anna" and workspace.user.role is Role.ACCOUNTANT
        with pytest.raises(PermissionDeniedError):
            workspace.require(Permission.MANAGE_STAFF)
    finally:
        workspace.sign_out()


def test_back_off_grows_and_survives_a_restart(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    for _ in range(3):  # three free tries
        with pytest.raises(WrongPasswordError):
            auth.sign_in(folder, "anna", "verkeerd-wachtwoord-123", kdf=TEST_ONLY_KDF)
    # A new throttle object reads the same file: as after a restart of the program.
    throttle = SignInThrottle(read_vault_id(folder))
    with pytest.raises(SignInThrottledError) as info:
        throttle.check("ANNA")
    assert 0 < info.value.seconds <= 2
    with pytest.raises(SignInThrottledError):
        auth.sign_in(folder, "anna", STAFF_PASSWORD, kdf=TEST_ONLY_KDF)  # even the right password waits
    throttle.check("sam")  # other names are not held up


def test_back_off_state_is_outside_the_vault_and_names_nobody(
    created_vault: tuple[Path, str], calqi_home: Path
) -> None:
    folder, _ = created_vault
    with pytest.raises(WrongPasswordError):
        auth.sign_in(folder, "anna", "verkeerd-wachtwoord-123", kdf=TEST_ONLY_KDF)
    files = list((calqi_home / "state").rglob("*.json"))
    assert len(files) == 1
    assert b"anna" not in files[0].read_bytes()
    assert not any(p.name.endswith(".json") and "throttle" in p.name for p in folder.iterdir())


def test_failed_sign_ins_reach_the_audit_trail_at_next_unlock(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    for name in ("anna", "niemand"):
        with pytest.raises(WrongPasswordError):
            auth.sign_in(folder, name, "verkeerd-wachtwoord-123", kdf=TEST_ONLY_KDF)
    workspace = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        with workspace.transaction() as session:
            failed = session.scalars(
                select(AuditEvent).where(AuditEvent.action == AuditAction.SIGN_IN_FAILED.value)
            ).all()
        anna = staff.find_user_id(workspace, "anna")
        assert [(e.actor_id, json.loads(e.details)["reason"]) for e in failed] == [
            (anna, "wrong-password"),
            (None, "unknown-user"),
        ]
        assert workspace.vault.verify_audit_chain().sound
    finally:
        workspace.sign_out()
    assert SignInThrottle(read_vault_id(folder)).pending_failures() == []


def test_successful_sign_in_resets_the_counter(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    for _ in range(2):
        with pytest.raises(WrongPasswordError):
            auth.sign_in(folder, "anna", "verkeerd-wachtwoord-123", kdf=TEST_ONLY_KDF)
    auth.sign_in(folder, "anna", STAFF_PASSWORD, kdf=TEST_ONLY_KDF).sign_out()
    for _ in range(3):
        with pytest.raises(WrongPasswordError):
            auth.sign_in(folder, "anna", "verkeerd-wachtwoord-123", kdf=TEST_ONLY_KDF)


def test_recovery_code_session_may_only_manage_staff(created_vault: tuple[Path, str]) -> None:
    folder, code = created_vault
    workspace = auth.sign_in_with_recovery_code(folder, code, kdf=TEST_ONLY_KDF)
    try:
        assert workspace.user.via_recovery_code
        with pytest.raises(PermissionDeniedError):
            vault_care.check(workspace)
        staff.reset_password(workspace, staff.find_user_id(workspace, ADMIN), "nieuw-wachtwoord-voor-bea")
        assert AuditAction.SIGN_IN_RECOVERY.value in actions(workspace)
    finally:
        workspace.sign_out()
    admin = auth.sign_in(folder, ADMIN, "nieuw-wachtwoord-voor-bea", kdf=TEST_ONLY_KDF)
    try:
        assert admin.user.must_change_password
        with pytest.raises(PasswordChangeRequiredError):
            admin.require(Permission.MANAGE_STAFF)
    finally:
        admin.sign_out()
    with pytest.raises(WrongPasswordError):
        auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)


def test_lock_and_sign_out_are_audited_and_close_the_vault(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    workspace = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    workspace.lock()
    assert not workspace.is_open
    workspace = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF, after_lock=True)
    try:
        trail = actions(workspace)
        assert trail[-2:] == [AuditAction.LOCK.value, AuditAction.UNLOCK.value]
    finally:
        workspace.sign_out()
