"""The staff page and its dialogs, driven as a beheerder would: add, reset, change role, deactivate."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN
from gui.conftest import answer_next_modal
from gui_helpers import button, click
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.errors import PermissionDeniedError, VaultLockedError
from calqi_desktop.domain.passwords import suggest_password
from calqi_desktop.domain.roles import Permission, Role
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.gui.staff_dialogs import AddStaffDialog
from calqi_desktop.gui.staff_model import StaffColumn
from calqi_desktop.gui.staff_page import StaffPage
from calqi_desktop.gui.tasks import TaskProgress
from calqi_desktop.services import auth, staff
from calqi_desktop.services.workspace import StaffMember
from calqi_desktop.storage import keyslots
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

NEW_PASSWORD = "blauwe-vis-in-de-sloot"


# --- helpers -------------------------------------------------------------------------


def open_page(qtbot: QtBot, session: AppSession) -> StaffPage:
    page = StaffPage(session)
    qtbot.addWidget(page)
    page.resize(820, 480)
    page.show()
    page.refresh()  # the main window does this when it shows the page
    return page


def table(page: StaffPage) -> QTableView:
    return page.findChild(QTableView, "staff_table")


def shown_rows(page: StaffPage) -> dict[str, list[str]]:
    model = table(page).model()
    return {
        model.index(row, 0).data(): [model.index(row, c).data() for c in StaffColumn]
        for row in range(model.rowCount())
    }


def select(qtbot: QtBot, page: StaffPage, user_name: str) -> None:
    """Click the member's row in the table."""
    view = table(page)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == user_name)
    position = view.visualRect(model.index(row, StaffColumn.NAME)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    selected = page.selected_member()
    assert selected is not None and selected.user_name == user_name


def answer(qtbot: QtBot, handle: Callable[[Any], None]) -> None:
    """Handle the next modal dialog; whatever happens, it is closed afterwards so exec() returns."""

    def run(dialog: Any) -> None:
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_next_modal(qtbot, run)


def members(session: AppSession) -> dict[str, StaffMember]:
    return {m.user_name: m for m in staff.list_staff(session.workspace)}


def status(page: StaffPage) -> str:
    return page.findChild(QLabel, "staff_status_label").text()


# --- the list ------------------------------------------------------------------------


def test_lists_staff_and_the_buttons_follow_the_selection(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Callable[[QWidget, str], Path]
) -> None:
    page = open_page(qtbot, signed_in_session)
    assert StaffPage.required_permission is Permission.MANAGE_STAFF
    assert page.page_title() == "Medewerkers" and page.objectName() == "staff_page"
    assert shown_rows(page) == {
        "anna": ["anna", "anna", "Accountant", "Actief"],
        ADMIN: [ADMIN, ADMIN, "Beheerder", "Actief"],
        "fleur": ["fleur", "fleur", "Privacy officer", "Actief"],
        "sam": ["sam", "sam", "Assistent", "Actief"],
    }
    add, reset, role, deactivate = (
        button(page, name)
        for name in ("add_staff_button", "reset_password_button", "change_role_button", "deactivate_button")
    )
    assert add.text() == "Medewerker &toevoegen…" and add.isEnabled()
    assert not page.findChild(QLabel, "recovery_hint_label").isVisible()
    assert [reset.isEnabled(), role.isEnabled(), deactivate.isEnabled()] == [False, False, False]
    select(qtbot, page, ADMIN)  # oneself: no reset (use 'change password'), no deactivation
    assert [reset.isEnabled(), role.isEnabled(), deactivate.isEnabled()] == [False, True, False]
    select(qtbot, page, "anna")
    assert [reset.isEnabled(), role.isEnabled(), deactivate.isEnabled()] == [True, True, True]
    screenshot(page, "medewerkers")


def test_refresh_keeps_the_selection_and_a_lock_empties_the_list(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    page = open_page(qtbot, signed_in_session)
    select(qtbot, page, "sam")
    page.refresh()  # as the main window does after an unlock
    selected = page.selected_member()
    assert selected is not None and selected.user_name == "sam"
    assert button(page, "deactivate_button").isEnabled()
    signed_in_session.lock()
    with pytest.raises(VaultLockedError):
        page.refresh()  # the main window shows the message
    assert shown_rows(page) == {} and not button(page, "deactivate_button").isEnabled()


def test_ctrl_n_opens_the_add_dialog(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    table(page).setFocus()
    opened: list[QWidget] = []
    answer(qtbot, opened.append)
    qtbot.keyClick(table(page), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and isinstance(opened[0], AddStaffDialog)
    assert set(members(signed_in_session)) == {"anna", ADMIN, "fleur", "sam"}


# --- adding --------------------------------------------------------------------------


def type_new_member(qtbot: QtBot, dialog: QDialog, password: str, repeat: str | None = None) -> None:
    qtbot.keyClicks(dialog.findChild(QLineEdit, "user_name_edit"), "jan")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "display_name_edit"), "Jan de Boer")
    combo = dialog.findChild(QComboBox, "role_combo")
    combo.setFocus()
    qtbot.keyClicks(combo, "Acc")  # keyboard search in the list of roles
    assert combo.currentText() == "Accountant"
    qtbot.keyClicks(dialog.findChild(QLineEdit, "password_edit"), password)
    qtbot.keyClicks(
        dialog.findChild(QLineEdit, "password_repeat_edit"), password if repeat is None else repeat
    )


def test_beheerder_adds_a_member_who_can_then_sign_in(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Callable[[QWidget, str], Path]
) -> None:
    page = open_page(qtbot, signed_in_session)
    seen: dict[str, Any] = {}

    def fill_in(dialog: QDialog) -> None:
        seen["dialog"] = (type(dialog), dialog.objectName())
        seen["echo"] = dialog.findChild(QLineEdit, "password_edit").echoMode()
        seen["hint"] = dialog.findChild(QLabel, "password_hint_label").text()
        type_new_member(qtbot, dialog, NEW_PASSWORD)
        screenshot(dialog, "medewerker-toevoegen")
        click(qtbot, button(dialog, "add_button"))
        seen["closed"] = not dialog.isVisible()
        seen["password_left"] = dialog.findChild(QLineEdit, "password_edit").text()

    answer(qtbot, fill_in)
    click(qtbot, button(page, "add_staff_button"))
    assert (
        seen["dialog"] == (AddStaffDialog, "add_staff_dialog")
        and seen["closed"]
        and seen["password_left"] == ""
    )
    assert seen["echo"] == QLineEdit.EchoMode.Password
    assert seen["hint"].startswith("Minimaal 12 tekens")
    assert status(page) == "jan is toegevoegd als Accountant en kan zich nu aanmelden."
    assert shown_rows(page)["jan"] == ["jan", "Jan de Boer", "Accountant", "Actief"]
    assert page.selected_member() is not None and page.selected_member().user_name == "jan"
    jan = members(signed_in_session)["jan"]
    assert jan.role is Role.ACCOUNTANT and jan.active and not jan.must_change_password
    folder = signed_in_session.folder
    signed_in_session.sign_out()
    workspace = auth.sign_in(folder, "jan", NEW_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        assert workspace.user.display_name == "Jan de Boer"
    finally:
        workspace.sign_out()


def test_weak_or_mismatched_password_is_refused_in_the_dialog(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    page = open_page(qtbot, signed_in_session)
    seen: dict[str, Any] = {}

    def fill_in(dialog: QDialog) -> None:
        error = dialog.findChild(QLabel, "error_label")
        type_new_member(qtbot, dialog, "wachtwoord123")
        click(qtbot, button(dialog, "add_button"))
        seen["weak"] = (dialog.isVisible(), error.text())
        seen["kept"] = (
            dialog.findChild(QLineEdit, "user_name_edit").text(),
            dialog.findChild(QLineEdit, "display_name_edit").text(),
            dialog.findChild(QComboBox, "role_combo").currentText(),
            dialog.findChild(QLineEdit, "password_edit").text(),
            dialog.findChild(QLineEdit, "password_repeat_edit").text(),
        )
        qtbot.keyClicks(dialog.findChild(QLineEdit, "password_edit"), NEW_PASSWORD)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "password_repeat_edit"), NEW_PASSWORD + "x")
        click(qtbot, button(dialog, "add_button"))
        seen["mismatch"] = (dialog.isVisible(), error.text())
        click(qtbot, button(dialog, "cancel_button"))

    answer(qtbot, fill_in)
    click(qtbot, button(page, "add_staff_button"))
    visible, message = seen["weak"]
    assert visible and "veelgebruikte wachtwoorden" in message
    assert seen["kept"] == ("jan", "Jan de Boer", "Accountant", "", "")
    assert seen["mismatch"] == (True, "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw.")
    assert "jan" not in members(signed_in_session) and "jan" not in shown_rows(page)
    assert status(page) == ""


# --- reset password ------------------------------------------------------------------


def test_reset_password_with_a_suggestion_forces_a_change_at_sign_in(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    signed_in_session.clipboard_seconds = 7  # the firm's setting
    page = open_page(qtbot, signed_in_session)
    select(qtbot, page, "sam")
    seen: dict[str, Any] = {}

    def reset(dialog: QDialog) -> None:
        suggested = dialog.findChild(QLineEdit, "suggested_password_edit")
        copy = button(dialog, "copy_password_button")
        seen["before"] = (suggested.isVisible(), copy.isEnabled())
        seen["explanation"] = dialog.findChild(QLabel, "explanation_label").text()
        click(qtbot, button(dialog, "suggest_password_button"))
        seen["suggestion"] = suggested.text()
        seen["fields"] = (
            dialog.findChild(QLineEdit, "password_edit").text(),
            dialog.findChild(QLineEdit, "password_repeat_edit").text(),
        )
        click(qtbot, copy)
        seen["clipboard"] = QGuiApplication.clipboard().text()
        seen["note"] = dialog.findChild(QLabel, "copy_note_label").text()
        seen["clears_in"] = signed_in_session.clipboard.remaining_seconds()
        click(qtbot, button(dialog, "reset_button"))
        seen["closed"] = not dialog.isVisible()
        seen["shown_after"] = suggested.text()

    answer(qtbot, reset)
    click(qtbot, button(page, "reset_password_button"))
    suggestion = seen["suggestion"]
    assert seen["before"] == (False, False)
    assert "moet sam zelf een nieuw wachtwoord kiezen" in seen["explanation"]
    assert len(suggestion) >= 20 and seen["fields"] == (suggestion, suggestion)
    assert seen["clipboard"] == suggestion and signed_in_session.clipboard.holds_secret
    assert "over 7 seconden gewist" in seen["note"]
    assert 0 < seen["clears_in"] <= 8  # the firm's 7 s, not the default 20 (rounded up, coarse timer)
    assert seen["closed"] and seen["shown_after"] == ""
    assert members(signed_in_session)["sam"].must_change_password
    assert shown_rows(page)["sam"][StaffColumn.STATUS] == "Moet wachtwoord wijzigen"
    assert status(page).startswith("Het wachtwoord van sam is opnieuw ingesteld.")
    folder = signed_in_session.folder
    signed_in_session.sign_out()
    assert not signed_in_session.clipboard.holds_secret
    workspace = auth.sign_in(folder, "sam", suggestion, kdf=TEST_ONLY_KDF)
    try:
        assert workspace.user.must_change_password
    finally:
        workspace.sign_out()


def test_suggestions_are_random_and_pass_the_policy() -> None:
    first, second = suggest_password("sam", "Kantoor"), suggest_password("sam", "Kantoor")
    assert first != second and len(first.split("-")) == 4
    from calqi_desktop.domain.passwords import check_password

    check_password(first, user_name="sam", firm_name="Kantoor")


# --- roles ---------------------------------------------------------------------------


def choose_role(qtbot: QtBot, dialog: QDialog, label: str) -> None:
    combo = dialog.findChild(QComboBox, "role_combo")
    combo.setFocus()
    qtbot.keyClicks(combo, label)
    assert combo.currentText() == label


def test_change_role(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    select(qtbot, page, "anna")
    seen: dict[str, Any] = {}

    def change(dialog: QDialog) -> None:
        seen["current"] = dialog.findChild(QComboBox, "role_combo").currentText()
        seen["own_warning"] = dialog.findChild(QLabel, "own_role_warning_label").isVisible()
        choose_role(qtbot, dialog, "Assistent")
        click(qtbot, button(dialog, "save_role_button"))

    answer(qtbot, change)
    click(qtbot, button(page, "change_role_button"))
    assert seen == {"current": "Accountant", "own_warning": False}
    assert members(signed_in_session)["anna"].role is Role.ASSISTENT
    assert shown_rows(page)["anna"][StaffColumn.ROLE] == "Assistent"
    assert status(page) == "anna is nu Assistent."


def test_the_last_beheerder_cannot_lose_the_role(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    select(qtbot, page, ADMIN)
    seen: dict[str, Any] = {}

    def change(dialog: QDialog) -> None:
        seen["own_warning"] = dialog.findChild(QLabel, "own_role_warning_label").isVisible()
        choose_role(qtbot, dialog, "Accountant")
        click(qtbot, button(dialog, "save_role_button"))
        seen["refused"] = (dialog.isVisible(), dialog.findChild(QLabel, "error_label").text())

    answer(qtbot, change)
    click(qtbot, button(page, "change_role_button"))
    assert seen["own_warning"]
    visible, message = seen["refused"]
    assert visible and message.startswith("Dit is de laatste actieve beheerder.")
    assert members(signed_in_session)[ADMIN].role is Role.BEHEERDER
    assert signed_in_session.may(Permission.MANAGE_STAFF) and status(page) == ""


def test_demoting_oneself_takes_effect_at_once(qtbot: QtBot, signed_in_session: AppSession) -> None:
    staff.add_user(signed_in_session.workspace, "bert", Role.BEHEERDER, NEW_PASSWORD)
    page = open_page(qtbot, signed_in_session)
    select(qtbot, page, ADMIN)
    answer(
        qtbot,
        lambda dialog: (
            choose_role(qtbot, dialog, "Accountant"),
            click(qtbot, button(dialog, "save_role_button")),
        ),
    )
    with qtbot.waitSignal(page.own_role_changed, timeout=5000):
        click(qtbot, button(page, "change_role_button"))
    assert signed_in_session.user.role is Role.ACCOUNTANT
    assert not signed_in_session.may(Permission.MANAGE_STAFF)
    assert status(page).startswith("Uw eigen rol is nu Accountant.")
    assert shown_rows(page) == {} and not button(page, "add_staff_button").isEnabled()
    with pytest.raises(PermissionDeniedError):
        page.refresh()  # as the main window would; the window hears own_role_changed and rebuilds
    assert not button(page, "add_staff_button").isEnabled() and not page.add_staff_action.isEnabled()


# --- deactivation --------------------------------------------------------------------


@pytest.fixture
def progress_reports(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, int, int]]]:
    """Every TaskProgress.report call (from the worker thread), passed on unchanged."""
    reports: list[tuple[str, int, int]] = []
    real_report = TaskProgress.report

    def recording(self: TaskProgress, text: str, done: int = 0, total: int = 0) -> None:
        reports.append((text, done, total))
        real_report(self, text, done, total)

    monkeypatch.setattr(TaskProgress, "report", recording)
    yield reports


def test_deactivate_rotates_the_key_behind_a_progress_dialog(
    qtbot: QtBot, signed_in_session: AppSession, progress_reports: list[tuple[str, int, int]]
) -> None:
    folder = signed_in_session.folder
    page = open_page(qtbot, signed_in_session)
    select(qtbot, page, "anna")
    seen: dict[str, str] = {}

    def confirm(box: QMessageBox) -> None:
        seen["text"] = box.text()
        seen["details"] = box.informativeText()
        box.button(QMessageBox.StandardButton.Yes).click()

    answer(qtbot, confirm)
    click(qtbot, button(page, "deactivate_button"))
    task = page.task
    assert task is not None
    assert task.dialog.isVisible() and task.dialog.labelText() == "anna wordt gedeactiveerd…"
    with qtbot.waitSignal(task.finished, timeout=60_000):
        pass
    assert task.error is None
    assert seen["text"] == "anna deactiveren?"
    assert "hoofdsleutel van de kluis wordt vervangen" in seen["details"]
    assert "kan anna de kluis niet meer openen" in seen["details"]
    assert [(done, total) for _text, done, total in progress_reports] == [(1, 3), (2, 3), (3, 3)]
    assert status(page).startswith("anna is gedeactiveerd.")
    assert "anna" not in shown_rows(page)
    check = page.findChild(QCheckBox, "show_deactivated_check")
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))  # on the box
    assert check.isChecked()
    assert shown_rows(page)["anna"][StaffColumn.STATUS] == "Gedeactiveerd"
    select(qtbot, page, "anna")
    assert not any(
        button(page, name).isEnabled()
        for name in ("reset_password_button", "change_role_button", "deactivate_button")
    )
    keyfile = keyslots.load(folder)
    assert keyfile.user_slot("anna") is None and keyfile.user_slot("sam") is not None
    assert keyfile.generation == 2 and keyfile.rotation is None
    assert not members(signed_in_session)["anna"].active


def test_declining_the_confirmation_changes_nothing(qtbot: QtBot, signed_in_session: AppSession) -> None:
    folder = signed_in_session.folder
    page = open_page(qtbot, signed_in_session)
    select(qtbot, page, "anna")
    answer(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click())
    click(qtbot, button(page, "deactivate_button"))
    assert page.task is None
    assert members(signed_in_session)["anna"].active
    assert keyslots.load(folder).user_slot("anna") is not None and status(page) == ""


# --- recovery-code session -----------------------------------------------------------


@pytest.fixture
def recovery_session(created_vault: tuple[Path, str], local_settings: LocalSettings) -> Iterator[AppSession]:
    folder, code = created_vault
    session = AppSession(folder, local_settings, kdf=TEST_ONLY_KDF)
    session.begin(auth.sign_in_with_recovery_code(folder, code, kdf=TEST_ONLY_KDF))
    yield session
    session.sign_out()


def test_recovery_session_offers_only_password_reset(qtbot: QtBot, recovery_session: AppSession) -> None:
    page = open_page(qtbot, recovery_session)
    hint = page.findChild(QLabel, "recovery_hint_label")
    assert hint.isVisible() and "alleen wachtwoorden van medewerkers opnieuw instellen" in hint.text()
    for name in ("add_staff_button", "change_role_button", "deactivate_button"):
        assert not button(page, name).isVisible(), name
    assert not page.findChild(QCheckBox, "show_deactivated_check").isVisible()
    reset = button(page, "reset_password_button")
    assert reset.isVisible() and not reset.isEnabled()
    select(qtbot, page, ADMIN)  # the forgotten password is often the beheerder's own
    assert reset.isEnabled()

    def reset_admin(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "password_edit"), NEW_PASSWORD)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "password_repeat_edit"), NEW_PASSWORD)
        click(qtbot, button(dialog, "reset_button"))

    answer(qtbot, reset_admin)
    click(qtbot, reset)
    assert members(recovery_session)[ADMIN].must_change_password
    folder = recovery_session.folder
    recovery_session.sign_out()
    workspace = auth.sign_in(folder, ADMIN, NEW_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        assert workspace.user.must_change_password
    finally:
        workspace.sign_out()
