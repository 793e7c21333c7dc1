"""The sign-in dialog and the vault overview, driven as a user would."""

from __future__ import annotations

from pathlib import Path

from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.gui.sign_in_dialog import SignInDialog
from calqi_desktop.gui.vault_overview import VaultOverviewWindow
from calqi_desktop.storage.crypto import TEST_ONLY_KDF


def open_dialog(qtbot: QtBot, folder: Path) -> SignInDialog:
    dialog = SignInDialog(folder, vault_label="Testkluis", demo_hint="Demo: beheerder", kdf=TEST_ONLY_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_and_submit(qtbot: QtBot, dialog: SignInDialog, user: str, password: str) -> None:
    user_edit = dialog.findChild(QLineEdit, "user_name_edit")
    password_edit = dialog.findChild(QLineEdit, "password_edit")
    user_edit.clear()
    qtbot.keyClicks(user_edit, user)
    qtbot.keyClicks(password_edit, password)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sign_in_button"), Qt.MouseButton.LeftButton)


def test_wrong_password_shows_a_dutch_message_and_clears_the_field(
    qtbot: QtBot, created_vault: tuple[Path, str]
) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    assert dialog.findChild(QLabel, "vault_name_label").text() == "Kluis: Testkluis"
    assert dialog.findChild(QLineEdit, "password_edit").echoMode() == QLineEdit.EchoMode.Password
    type_and_submit(qtbot, dialog, ADMIN, "dit-is-niet-het-wachtwoord")
    assert "wachtwoord klopt niet" in dialog.findChild(QLabel, "message_label").text()
    assert dialog.findChild(QLineEdit, "password_edit").text() == ""
    assert dialog.workspace is None and dialog.isVisible()


def test_empty_fields_are_asked_for(qtbot: QtBot, created_vault: tuple[Path, str]) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    qtbot.mouseClick(dialog.findChild(QPushButton, "sign_in_button"), Qt.MouseButton.LeftButton)
    assert "Vul uw gebruikersnaam" in dialog.findChild(QLabel, "message_label").text()


def test_right_password_signs_in_and_shows_the_overview(
    qtbot: QtBot, created_vault: tuple[Path, str]
) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    type_and_submit(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    workspace = dialog.workspace
    assert workspace is not None
    window = VaultOverviewWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    try:
        table = window.findChild(QTableWidget, "staff_table")
        assert table.isVisible() and table.rowCount() == 4
        qtbot.mouseClick(window.findChild(QPushButton, "check_vault_button"), Qt.MouseButton.LeftButton)
        assert "in orde" in window.findChild(QLabel, "check_result_label").text()
        lock = window.findChild(QAction, "lock_action")
        assert lock.shortcut() == QKeySequence("Ctrl+L")
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        with qtbot.waitSignal(window.lock_requested, timeout=2000):
            qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    finally:
        workspace.sign_out()


def test_assistant_sees_no_staff_list_or_vault_check(qtbot: QtBot, created_vault: tuple[Path, str]) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    type_and_submit(qtbot, dialog, "sam", STAFF_PASSWORD)
    assert dialog.workspace is not None
    window = VaultOverviewWindow(dialog.workspace)
    qtbot.addWidget(window)
    window.show()
    try:
        assert not window.findChild(QTableWidget, "staff_table").isVisible()
        assert not window.findChild(QPushButton, "check_vault_button").isVisible()
        assert "Assistent" in window.findChild(QLabel, "signed_in_label").text()
    finally:
        dialog.workspace.sign_out()
