"""The sign-in dialog, driven as a user would: messages, Caps Lock, the back-off countdown, the recovery code."""

from __future__ import annotations

from pathlib import Path

from conftest import ADMIN, ADMIN_PASSWORD
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from calqi_desktop.gui.sign_in_dialog import SignInDialog
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF


def open_dialog(qtbot: QtBot, folder: Path, **kwargs: str) -> SignInDialog:
    dialog = SignInDialog(folder, vault_label="Testkluis", kdf=TEST_ONLY_KDF, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def message(dialog: SignInDialog) -> str:
    return dialog.findChild(QLabel, "message_label").text()


def submit(qtbot: QtBot, dialog: SignInDialog, user: str, password: str) -> None:
    user_edit = dialog.findChild(QLineEdit, "user_name_edit")
    user_edit.clear()
    qtbot.keyClicks(user_edit, user)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "password_edit"), password)
    qtbot.mouseClick(dialog.findChild(QPushButton, "sign_in_button"), Qt.MouseButton.LeftButton)


def wait_for_answer(qtbot: QtBot, dialog: SignInDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20000)


def test_wrong_password_shows_a_dutch_message_and_clears_the_field(
    qtbot: QtBot, created_vault: tuple[Path, str], screenshot
) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    assert dialog.findChild(QLabel, "vault_name_label").text() == "Kluis: Testkluis"
    assert dialog.findChild(QLineEdit, "password_edit").echoMode() == QLineEdit.EchoMode.Password
    screenshot(dialog, "aanmelden")
    submit(qtbot, dialog, ADMIN, "dit-is-niet-het-wachtwoord")
    wait_for_answer(qtbot, dialog)
    assert "wachtwoord klopt niet" in message(dialog)
    assert dialog.findChild(QLineEdit, "password_edit").text() == ""
    assert dialog.workspace is None and dialog.isVisible()
    screenshot(dialog, "aanmelden-fout-wachtwoord")


def test_empty_fields_are_asked_for(qtbot: QtBot, created_vault: tuple[Path, str]) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    qtbot.mouseClick(dialog.findChild(QPushButton, "sign_in_button"), Qt.MouseButton.LeftButton)
    assert "Vul uw gebruikersnaam" in message(dialog)
    assert dialog.task is None


def test_right_password_signs_in(qtbot: QtBot, created_vault: tuple[Path, str]) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    with qtbot.waitSignal(dialog.signed_in, timeout=20000) as signal:
        submit(qtbot, dialog, ADMIN, ADMIN_PASSWORD)
    workspace = signal.args[0]
    assert isinstance(workspace, Workspace) and workspace.user.user_name == ADMIN
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    workspace.sign_out()


def test_caps_lock_is_noticed_from_the_typed_letters(qtbot: QtBot, created_vault: tuple[Path, str]) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    warning = dialog.findChild(QLabel, "caps_lock_label")
    password = dialog.findChild(QLineEdit, "password_edit")
    assert not warning.isVisible()
    qtbot.keyClick(password, "A")  # a capital without Shift: Caps Lock is on
    assert warning.isVisible()
    qtbot.keyClick(password, "a")
    assert not warning.isVisible()
    qtbot.keyClick(password, "A", Qt.KeyboardModifier.ShiftModifier)
    assert not warning.isVisible()
    qtbot.keyClick(password, "b", Qt.KeyboardModifier.ShiftModifier)  # lower case with Shift: on again
    assert warning.isVisible()


def test_back_off_counts_down_and_blocks_the_button(qtbot: QtBot, created_vault: tuple[Path, str]) -> None:
    dialog = open_dialog(qtbot, created_vault[0])
    for _ in range(4):  # three free tries, then the back-off starts
        qtbot.waitUntil(lambda: dialog.findChild(QPushButton, "sign_in_button").isEnabled(), timeout=20000)
        submit(qtbot, dialog, ADMIN, "fout-wachtwoord-nummer")
        wait_for_answer(qtbot, dialog)
    button = dialog.findChild(QPushButton, "sign_in_button")
    assert not button.isEnabled()
    assert "Wacht nog 0:0" in message(dialog)
    assert dialog.seconds_left() >= 1
    qtbot.waitUntil(button.isEnabled, timeout=10000)
    assert "opnieuw proberen" in message(dialog)


def test_recovery_code_opens_a_restricted_session(qtbot: QtBot, created_vault: tuple[Path, str]) -> None:
    folder, code = created_vault
    dialog = open_dialog(qtbot, folder)
    qtbot.mouseClick(dialog.findChild(QPushButton, "recovery_toggle_button"), Qt.MouseButton.LeftButton)
    assert dialog.using_recovery_code
    code_edit = dialog.findChild(QLineEdit, "recovery_code_edit")
    qtbot.keyClicks(code_edit, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH")
    qtbot.mouseClick(dialog.findChild(QPushButton, "sign_in_button"), Qt.MouseButton.LeftButton)
    wait_for_answer(qtbot, dialog)
    assert "herstelcode" in message(dialog).lower()
    code_edit.clear()
    qtbot.keyClicks(code_edit, code.lower())
    with qtbot.waitSignal(dialog.signed_in, timeout=20000) as signal:
        qtbot.mouseClick(dialog.findChild(QPushButton, "sign_in_button"), Qt.MouseButton.LeftButton)
    workspace = signal.args[0]
    assert workspace.user.via_recovery_code
    workspace.sign_out()


def test_locked_mode_names_the_member_and_offers_to_quit(
    qtbot: QtBot, created_vault: tuple[Path, str]
) -> None:
    dialog = open_dialog(qtbot, created_vault[0], locked_user=ADMIN)
    assert dialog.findChild(QLabel, "locked_label").isVisible()
    assert dialog.findChild(QLineEdit, "user_name_edit").text() == ADMIN
    assert dialog.findChild(QPushButton, "cancel_button").text() == "Afsluiten"
