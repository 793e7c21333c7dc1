"""Changing one's own password, by choice and forced after a reset by the beheerder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.errors import PasswordChangeRequiredError
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.change_password_dialog import ChangePasswordDialog
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.services import auth, staff
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

TEMPORARY = "tijdelijk-wachtwoord-sam"
OWN = "eigen-gekozen-wachtwoord"


def open_dialog(qtbot: QtBot, session: AppSession, *, forced: bool = False) -> ChangePasswordDialog:
    dialog = ChangePasswordDialog(session, forced=forced)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def edit(dialog: ChangePasswordDialog, name: str) -> QLineEdit:
    return dialog.findChild(QLineEdit, name)


def type_and_submit(qtbot: QtBot, dialog: ChangePasswordDialog, current: str, new: str, repeat: str) -> None:
    for name, text in (
        ("current_password_edit", current),
        ("new_password_edit", new),
        ("password_repeat_edit", repeat),
    ):
        edit(dialog, name).clear()
        qtbot.keyClicks(edit(dialog, name), text)
    qtbot.mouseClick(dialog.findChild(QPushButton, "change_password_button"), Qt.MouseButton.LeftButton)


def error_text(dialog: ChangePasswordDialog) -> str:
    return dialog.findChild(QLabel, "error_label").text()


@pytest.fixture
def forced_session(created_vault: tuple[Path, str], local_settings: LocalSettings) -> Iterator[AppSession]:
    """sam, signed in with a temporary password the beheerder set."""
    folder, _code = created_vault
    admin = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        staff.reset_password(admin, staff.find_user_id(admin, "sam"), TEMPORARY)
    finally:
        admin.sign_out()
    session = AppSession(folder, local_settings, kdf=TEST_ONLY_KDF)
    session.begin(auth.sign_in(folder, "sam", TEMPORARY, kdf=TEST_ONLY_KDF))
    yield session
    session.sign_out()


def test_wrong_current_password_is_said_plainly(qtbot: QtBot, signed_in_session: AppSession) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    assert dialog.findChild(QPushButton, "cancel_button").text() == "Annuleren"
    for name in ("current_password_edit", "new_password_edit", "password_repeat_edit"):
        assert edit(dialog, name).echoMode() == QLineEdit.EchoMode.Password
    type_and_submit(qtbot, dialog, "niet-mijn-wachtwoord", OWN, OWN)
    assert error_text(dialog) == "Uw huidige wachtwoord klopt niet. Let op hoofdletters en Caps Lock."
    assert dialog.isVisible() and dialog.result() == 0
    assert [edit(dialog, n).text() for n in ("current_password_edit", "new_password_edit")] == ["", ""]
    folder = signed_in_session.folder
    signed_in_session.sign_out()
    auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF).sign_out()  # unchanged


def test_weak_or_mismatched_new_password_keeps_the_current_one(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    type_and_submit(qtbot, dialog, ADMIN_PASSWORD, "kort", "kort")
    assert error_text(dialog).startswith("Het wachtwoord is te kort: gebruik minstens 12 tekens.")
    assert edit(dialog, "current_password_edit").text() == ADMIN_PASSWORD
    assert edit(dialog, "new_password_edit").text() == ""
    type_and_submit(qtbot, dialog, ADMIN_PASSWORD, OWN, OWN + "!")
    assert error_text(dialog) == "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw."
    assert dialog.isVisible()


def test_forced_change_clears_must_change(
    qtbot: QtBot, forced_session: AppSession, screenshot: Callable[[QWidget, str], Path]
) -> None:
    assert forced_session.user.must_change_password
    with pytest.raises(PasswordChangeRequiredError):
        forced_session.workspace.require(Permission.VIEW_DOSSIERS)
    dialog = open_dialog(qtbot, forced_session, forced=True)
    assert "door de beheerder ingesteld" in dialog.findChild(QLabel, "explanation_label").text()
    assert dialog.findChild(QPushButton, "sign_out_button").text() == "Afmelden"
    assert (
        dialog.windowTitle() == "Kies een eigen wachtwoord"
        and dialog.objectName() == "change_password_dialog"
    )
    assert dialog.findChild(QLabel, "current_password_caption").text() == "&Tijdelijk wachtwoord"
    screenshot(dialog, "wachtwoord-wijzigen")
    type_and_submit(qtbot, dialog, TEMPORARY, OWN, OWN)
    assert error_text(dialog) == ""
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted and not dialog.isVisible()
    assert all(
        edit(dialog, n).text() == ""
        for n in ("current_password_edit", "new_password_edit", "password_repeat_edit")
    )
    assert not forced_session.user.must_change_password
    forced_session.workspace.require(Permission.VIEW_DOSSIERS)
    folder = forced_session.folder
    forced_session.sign_out()
    again = auth.sign_in(folder, "sam", OWN, kdf=TEST_ONLY_KDF)
    try:
        assert not again.user.must_change_password
    finally:
        again.sign_out()


def test_forced_cancel_means_sign_out_and_changes_nothing(qtbot: QtBot, forced_session: AppSession) -> None:
    dialog = open_dialog(qtbot, forced_session, forced=True)
    qtbot.keyClicks(edit(dialog, "current_password_edit"), TEMPORARY)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sign_out_button"), Qt.MouseButton.LeftButton)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Rejected
    assert edit(dialog, "current_password_edit").text() == ""
    assert forced_session.user.must_change_password
