"""Staff accounts: add, own password (one slot), admin reset, role, deactivate with key rotation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

from calqi_desktop.domain.errors import (
    CalqiError,
    LastAdministratorError,
    PasswordContainsNameError,
    PasswordReusedError,
    PermissionDeniedError,
    UserExistsError,
    UserNotFoundError,
    WrongPasswordError,
)
from calqi_desktop.domain.roles import Role
from calqi_desktop.services import auth, staff
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import database
from calqi_desktop.storage.crypto import TEST_ONLY_KDF


def slots(folder: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    data = json.loads((folder / "keyslots.json").read_text())
    return {s["user_name"] or "#recovery": s for s in data["slots"]}


def sign_in(folder: Path, user: str, password: str) -> Workspace:
    return auth.sign_in(folder, user, password, kdf=TEST_ONLY_KDF)


def test_add_user_gives_a_slot_and_a_sign_in(workspace: Workspace) -> None:
    member = staff.add_user(workspace, "jan", Role.ASSISTENT, STAFF_PASSWORD, display_name="Jan de Boer")
    assert member.role is Role.ASSISTENT and member.display_name == "Jan de Boer"
    assert "jan" in slots(workspace.vault.folder)
    names = [m.user_name for m in staff.list_staff(workspace)]
    assert names == [ADMIN, "jan"]
    folder = workspace.vault.folder
    workspace.sign_out()
    sign_in(folder, "jan", STAFF_PASSWORD).sign_out()


def test_add_user_refusals(workspace: Workspace) -> None:
    staff.add_user(workspace, "jan", Role.ASSISTENT, STAFF_PASSWORD)
    with pytest.raises(UserExistsError):
        staff.add_user(workspace, "JAN", Role.ACCOUNTANT, STAFF_PASSWORD)
    with pytest.raises(PasswordContainsNameError):
        staff.add_user(workspace, "marieke", Role.ACCOUNTANT, "marieke-zwemt-graag")
    assert set(slots(workspace.vault.folder)) == {ADMIN, "jan", "#recovery"}


def test_only_beheerder_adds_users(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    for user in ("anna", "sam", "fleur"):
        workspace = sign_in(folder, user, STAFF_PASSWORD)
        try:
            with pytest.raises(PermissionDeniedError):
                staff.add_user(workspace, "nieuw", Role.ASSISTENT, STAFF_PASSWORD)
        finally:
            workspace.sign_out()


def test_change_own_password_rewraps_only_that_slot(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    before = slots(folder)
    workspace = sign_in(folder, "anna", STAFF_PASSWORD)
    try:
        with pytest.raises(WrongPasswordError):
            staff.change_own_password(workspace, "niet-het-oude-wachtwoord", "fris-nieuw-wachtwoord-1")
        with pytest.raises(PasswordReusedError):
            staff.change_own_password(workspace, STAFF_PASSWORD, STAFF_PASSWORD)
        staff.change_own_password(workspace, STAFF_PASSWORD, "fris-nieuw-wachtwoord-1")
    finally:
        workspace.sign_out()
    after = slots(folder)
    assert after["anna"]["private_key"] != before["anna"]["private_key"]
    assert after["anna"]["kdf"]["salt"] != before["anna"]["kdf"]["salt"]
    assert after["anna"]["master_keys"] == before["anna"]["master_keys"]
    for name in set(before) - {"anna"}:
        assert after[name] == before[name], name
    with pytest.raises(WrongPasswordError):
        sign_in(folder, "anna", STAFF_PASSWORD)
    sign_in(folder, "anna", "fris-nieuw-wachtwoord-1").sign_out()


def test_admin_reset_forces_a_new_password(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    admin = sign_in(folder, ADMIN, ADMIN_PASSWORD)
    try:
        staff.reset_password(admin, staff.find_user_id(admin, "sam"), "tijdelijk-wachtwoord-sam")
    finally:
        admin.sign_out()
    with pytest.raises(WrongPasswordError):
        sign_in(folder, "sam", STAFF_PASSWORD)
    workspace = sign_in(folder, "sam", "tijdelijk-wachtwoord-sam")
    try:
        assert workspace.user.must_change_password
        with pytest.raises(CalqiError):
            workspace.require(staff.Permission.VIEW_DOSSIERS)
        staff.change_own_password(workspace, "tijdelijk-wachtwoord-sam", "eigen-gekozen-wachtwoord")
        workspace.require(staff.Permission.VIEW_DOSSIERS)
    finally:
        workspace.sign_out()
    again = sign_in(folder, "sam", "eigen-gekozen-wachtwoord")
    try:
        assert not again.user.must_change_password
    finally:
        again.sign_out()


def test_change_role_and_last_admin_protection(workspace: Workspace) -> None:
    jan = staff.add_user(workspace, "jan", Role.ASSISTENT, STAFF_PASSWORD)
    assert jan.id is not None and workspace.user.id is not None
    staff.change_role(workspace, jan.id, Role.ACCOUNTANT)
    assert {m.user_name: m.role for m in staff.list_staff(workspace)}["jan"] is Role.ACCOUNTANT
    with pytest.raises(LastAdministratorError):
        staff.change_role(workspace, workspace.user.id, Role.ACCOUNTANT)
    with pytest.raises(PermissionDeniedError):
        staff.deactivate(workspace, workspace.user.id)


def test_deactivate_rotates_the_master_key(created_vault: tuple[Path, str]) -> None:
    folder, code = created_vault
    admin = sign_in(folder, ADMIN, ADMIN_PASSWORD)
    old_key = admin.vault.master_key()
    steps: list[str] = []
    try:
        anna = staff.find_user_id(admin, "anna")
        staff.deactivate(admin, anna, progress=steps.append)
        assert len(steps) == 3
        assert not database.key_opens(folder / "vault.db", old_key)
        assert database.key_opens(folder / "vault.db", admin.vault.master_key())
        assert admin.vault.check_integrity().sound and admin.vault.verify_audit_chain().sound
        members = {m.user_name: m for m in staff.list_staff(admin)}
        assert not members["anna"].active
        with pytest.raises(UserNotFoundError):
            staff.deactivate(admin, anna)
    finally:
        admin.sign_out()
    data = json.loads((folder / "keyslots.json").read_text())
    assert data["generation"] == 2 and data["rotation"] is None
    assert "anna" not in slots(folder)
    assert all(list(s["master_keys"]) == ["2"] for s in data["slots"])
    with pytest.raises(CalqiError):
        sign_in(folder, "anna", STAFF_PASSWORD)
    for user in ("sam", "fleur", ADMIN):
        sign_in(folder, user, STAFF_PASSWORD if user != ADMIN else ADMIN_PASSWORD).sign_out()
    auth.sign_in_with_recovery_code(folder, code, kdf=TEST_ONLY_KDF).sign_out()


def test_rotation_refuses_a_swapped_public_key(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    path = folder / "keyslots.json"
    data = json.loads(path.read_text())
    by_name = {s["user_name"]: s for s in data["slots"]}
    by_name["sam"]["public_key"] = by_name["fleur"]["public_key"]  # an attacker's key in sam's slot
    path.write_text(json.dumps(data))
    admin = sign_in(folder, ADMIN, ADMIN_PASSWORD)
    try:
        with pytest.raises(CalqiError) as info:
            staff.deactivate(admin, staff.find_user_id(admin, "anna"))
        assert "sleutelbestand" in info.value.message()
    finally:
        admin.sign_out()


def test_check_points_out_keyslots_below_the_kdf_floor(workspace: Workspace) -> None:
    from calqi_desktop.services import vault_care

    result = vault_care.check(workspace)
    assert result.sound
    assert result.weak_keyslots == (ADMIN, "herstelcode")  # the test suite's fast KDF is below the floor
    assert "zwakker dan 64 MiB" in result.describe_nl()


class Killed(BaseException):
    """Stands in for SIGKILL: nothing after it runs, no handler catches it."""


def crash_after_keyslot_save(monkeypatch: pytest.MonkeyPatch) -> None:
    from calqi_desktop.storage import keyslots

    real_save = keyslots.save

    def save_then_die(folder: Path, keyfile: keyslots.KeyslotFile) -> None:
        real_save(folder, keyfile)
        raise Killed

    monkeypatch.setattr(keyslots, "save", save_then_die)


@pytest.mark.parametrize("operation", ["add", "reset"])
def test_crash_between_keyslot_save_and_commit_then_retry(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch, operation: str
) -> None:
    folder = workspace.vault.folder
    if operation == "reset":
        staff.add_user(workspace, "anna", Role.ACCOUNTANT, STAFF_PASSWORD)
    crash_after_keyslot_save(monkeypatch)
    with pytest.raises(Killed):
        if operation == "add":
            staff.add_user(workspace, "anna", Role.ACCOUNTANT, STAFF_PASSWORD)
        else:
            staff.reset_password(
                workspace, staff.find_user_id(workspace, "anna"), "tijdelijk-wachtwoord-voor-jou"
            )
    monkeypatch.undo()
    workspace.vault.close(checkpoint=False)  # the process died here

    admin = sign_in(folder, ADMIN, ADMIN_PASSWORD)  # the orphan slot is dropped at unlock
    try:
        assert admin.vault.unlock_result is not None and admin.vault.unlock_result.repaired_slots == 1
        if operation == "add":
            staff.add_user(admin, "anna", Role.ACCOUNTANT, "blauwe-vis-in-de-sloot")
        else:
            staff.reset_password(admin, staff.find_user_id(admin, "anna"), "blauwe-vis-in-de-sloot")
    finally:
        admin.sign_out()
    assert len([s for s in slots_list(folder) if s["user_name"] == "anna"]) == 1
    sign_in(folder, ADMIN, ADMIN_PASSWORD).sign_out()
    anna = sign_in(folder, "anna", "blauwe-vis-in-de-sloot")
    anna.sign_out()


def test_crash_after_reset_commit_keeps_the_new_password(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both slots on disk for a moment: the password the database knows wins."""
    from calqi_desktop.storage import keyslots

    folder = workspace.vault.folder
    staff.add_user(workspace, "anna", Role.ACCOUNTANT, STAFF_PASSWORD)
    calls = {"n": 0}
    real_save = keyslots.save

    def die_on_second_save(folder: Path, keyfile: keyslots.KeyslotFile) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise Killed  # after the commit, before the old slot is dropped
        real_save(folder, keyfile)

    monkeypatch.setattr(keyslots, "save", die_on_second_save)
    with pytest.raises(Killed):
        staff.reset_password(
            workspace, staff.find_user_id(workspace, "anna"), "tijdelijk-wachtwoord-voor-jou"
        )
    monkeypatch.undo()
    workspace.vault.close(checkpoint=False)
    assert len([s for s in slots_list(folder) if s["user_name"] == "anna"]) == 2
    with pytest.raises(CalqiError):
        sign_in(folder, "anna", STAFF_PASSWORD)  # the old slot opens, but the database retired it
    new = sign_in(folder, "anna", "tijdelijk-wachtwoord-voor-jou")
    new.sign_out()
    assert len([s for s in slots_list(folder) if s["user_name"] == "anna"]) == 1


def slots_list(folder: Path) -> list[dict]:  # type: ignore[type-arg]
    return json.loads((folder / "keyslots.json").read_text())["slots"]
