"""The whole shell as a user meets it: start dialog → wizard → main window → idle lock → unlock.

Everything runs on real encrypted vaults in tmp_path; only the Argon2id cost
is lowered. The test saves screenshots of the wizard pages and the main
window into screenshots/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from gui_helpers import click, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import VaultLockedError
from calqi_desktop.gui.application import Shell
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.gui.main_window import MainWindow
from calqi_desktop.gui.settings_dialog import SettingsDialog
from calqi_desktop.gui.sign_in_dialog import SignInDialog
from calqi_desktop.gui.staff_page import StaffPage
from calqi_desktop.gui.wizard import RECOVERY_PAGE, VaultWizard
from calqi_desktop.services import auth, staff
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

FIRM_PASSWORD = "zeven-zilveren-zeilboten"


@pytest.fixture
def shell(local_settings: LocalSettings, monkeypatch: pytest.MonkeyPatch) -> Iterator[Shell]:
    monkeypatch.setattr(QApplication, "quit", lambda: None)  # the test's application keeps running
    shell = Shell(local_settings, kdf=TEST_ONLY_KDF)
    yield shell
    if shell.session is not None:
        shell.session.sign_out()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


def sign_in(qtbot: QtBot, shell: Shell, user: str, password: str) -> None:
    dialog = shell.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    user_edit = dialog.findChild(QLineEdit, "user_name_edit")
    if user_edit.text() != user:
        type_into(qtbot, user_edit, user)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "password_edit"), password)
    with qtbot.waitSignal(dialog.signed_in, timeout=20000):
        click(qtbot, dialog.findChild(QPushButton, "sign_in_button"))


def open_vault(qtbot: QtBot, shell: Shell, folder: Path, user: str = ADMIN, password: str = ADMIN_PASSWORD):
    shell.start(folder)
    with qtbot.waitSignal(shell.main_window_shown, timeout=20000):
        sign_in(qtbot, shell, user, password)
    assert shell.main_window is not None
    return shell.main_window


def events(shell: Shell) -> list[str]:
    assert shell.session is not None
    with shell.session.workspace.transaction() as session:
        return [record.action for record in audit_store.records(session)]


def test_wizard_creates_a_vault_and_the_idle_lock_keeps_the_screen(
    qtbot: QtBot, shell: Shell, tmp_path: Path, screenshot
) -> None:
    shell.start(None)
    start = shell.start_dialog
    assert start is not None and start.isVisible()
    screenshot(start, "start")
    click(qtbot, start.findChild(QPushButton, "create_vault_button"))
    wizard = shell.wizard
    assert isinstance(wizard, VaultWizard) and wizard.isVisible()

    # 1. location: a network share is refused, a local folder is fine
    folder_edit = wizard.findChild(QLineEdit, "folder_edit")
    type_into(qtbot, folder_edit, r"\\kantoorserver\data\kluis")
    assert "netwerkschijf" in wizard.findChild(QLabel, "folder_message_label").text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    folder = tmp_path / "kluis"
    type_into(qtbot, folder_edit, str(folder))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    screenshot(wizard, "wizard-1-locatie")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))

    # 2. firm details, checked at the field
    type_into(qtbot, wizard.findChild(QLineEdit, "firm_name_edit"), "Calqi Test B.V.")
    type_into(qtbot, wizard.findChild(QLineEdit, "address_edit"), "Oudegracht 12")
    type_into(qtbot, wizard.findChild(QLineEdit, "postcode_edit"), "3511 sa")
    type_into(qtbot, wizard.findChild(QLineEdit, "city_edit"), "Utrecht")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == 1, "a postcode with SA must be refused"
    assert wizard.findChild(QLabel, "postcode_error_label").text()
    type_into(qtbot, wizard.findChild(QLineEdit, "postcode_edit"), "3511 ab")
    type_into(qtbot, wizard.findChild(QLineEdit, "kvk_edit"), "12345678")
    screenshot(wizard, "wizard-2-kantoor")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == 2

    # 3. the first beheerder: a weak password is refused with a reason
    type_into(qtbot, wizard.findChild(QLineEdit, "admin_display_name_edit"), "Bea Beheer")
    qtbot.keyClicks(wizard.findChild(QLineEdit, "admin_password_edit"), "welkom123")
    qtbot.keyClicks(wizard.findChild(QLineEdit, "admin_password_repeat_edit"), "welkom123")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == 2 and wizard.findChild(QLabel, "admin_message_label").text()
    assert not folder.exists()
    qtbot.keyClicks(wizard.findChild(QLineEdit, "admin_password_edit"), FIRM_PASSWORD)
    qtbot.keyClicks(wizard.findChild(QLineEdit, "admin_password_repeat_edit"), FIRM_PASSWORD)
    screenshot(wizard, "wizard-3-beheerder")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == RECOVERY_PAGE, timeout=20000)

    # 4. the recovery code, the sheet, the warning; no finishing before the sheet is kept
    code = wizard.findChild(QLabel, "recovery_code_label").text()
    assert len(code.split("-")) == 8
    assert "nooit meer terug" in wizard.findChild(QLabel, "loss_warning_label").text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    sheet = tmp_path / "papieren" / "herstelblad.pdf"
    assert wizard.save_sheet(sheet)
    assert sheet.read_bytes().startswith(b"%PDF")
    wizard.findChild(QCheckBox, "code_kept_check").setChecked(True)
    screenshot(wizard, "wizard-4-herstelcode")
    with qtbot.waitSignal(shell.main_window_shown, timeout=10000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    # the main window: sidebar with the areas that exist, the member in the status bar
    window = shell.main_window
    assert isinstance(window, MainWindow) and window.isVisible()
    sidebar = window.findChild(QListWidget, "navigation_list")
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == [
        "Start",
        "Dossiers",
        "AVG-verzoeken",
        "Privacyverklaring",
        "Medewerkers",
        "Audittrail",
    ]
    assert "Bea Beheer" in window.findChild(QLabel, "user_status_label").text()
    assert window.findChild(QLabel, "role_status_label").text() == "Beheerder"
    assert "Vergrendelt over 10:00" in window.findChild(QLabel, "lock_status_label").text() or (
        "Vergrendelt over 9:5" in window.findChild(QLabel, "lock_status_label").text()
    )
    screenshot(window, "hoofdvenster")
    window.go_to(5)
    window.find_action.trigger()  # Ctrl+F on the audit page: the period's first field
    assert window.focusWidget() is window.current_page().findChild(QWidget, "from_date_edit")
    window.go_to(4)
    assert isinstance(window.current_page(), StaffPage)

    # idle: the window goes, the vault closes, the sign-in asks for the same member
    shell.idle_lock.set_timeout_seconds(0.3)
    qtbot.waitUntil(
        lambda: shell.sign_in_dialog is not None and shell.sign_in_dialog.isVisible(), timeout=5000
    )
    assert not window.isVisible()
    with pytest.raises(VaultLockedError):
        _ = shell.session.workspace  # type: ignore[union-attr]
    lock_dialog = shell.sign_in_dialog
    assert lock_dialog.findChild(QLabel, "locked_label").isVisible()
    assert lock_dialog.findChild(QLabel, "vault_name_label").text() == "Kluis: Calqi Test B.V."
    screenshot(lock_dialog, "vergrendeld")

    # unlock: the same window, on the same page
    shell.idle_lock.set_timeout_seconds(600)
    with qtbot.waitSignal(shell.main_window_shown, timeout=20000):
        sign_in(qtbot, shell, ADMIN, FIRM_PASSWORD)
    assert shell.main_window is window and window.isVisible()
    assert isinstance(window.current_page(), StaffPage)
    actions = events(shell)
    assert actions[-2:] == [AuditAction.LOCK.value, AuditAction.UNLOCK.value]


def test_an_edit_in_progress_survives_a_lock(
    qtbot: QtBot, shell: Shell, created_vault: tuple[Path, str]
) -> None:
    window = open_vault(qtbot, shell, created_vault[0])
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    address = dialog.findChild(QLineEdit, "address_edit")
    type_into(qtbot, address, "Half getypt adres 1")
    window.lock_requested.emit()  # as Ctrl+L does
    assert not dialog.isVisible() and not window.isVisible()
    with qtbot.waitSignal(shell.main_window_shown, timeout=20000):
        sign_in(qtbot, shell, ADMIN, ADMIN_PASSWORD)
    assert dialog.isVisible() and address.text() == "Half getypt adres 1"


def test_someone_else_at_the_locked_screen_gets_a_fresh_window(
    qtbot: QtBot, shell: Shell, created_vault: tuple[Path, str]
) -> None:
    window = open_vault(qtbot, shell, created_vault[0])
    window.lock_requested.emit()
    dialog = shell.sign_in_dialog
    assert dialog is not None
    with qtbot.waitSignal(shell.main_window_shown, timeout=20000):
        sign_in(qtbot, shell, "anna", STAFF_PASSWORD)
    assert shell.main_window is not window
    sidebar = shell.main_window.findChild(QListWidget, "navigation_list")
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == [
        "Start",
        "Dossiers",
        "AVG-verzoeken",
        "Privacyverklaring",
    ]
    assert shell.main_window.findChild(QLabel, "role_status_label").text() == "Accountant"


def test_a_reset_password_must_be_replaced_first(
    qtbot: QtBot, shell: Shell, created_vault: tuple[Path, str], screenshot
) -> None:
    folder = created_vault[0]
    admin = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    staff.reset_password(admin, staff.find_user_id(admin, "anna"), "tijdelijk-paars-wachtwoord")
    admin.sign_out()
    shell.start(folder)
    sign_in(qtbot, shell, "anna", "tijdelijk-paars-wachtwoord")
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "change_password_dialog")
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert shell.main_window is None
    screenshot(dialog, "wachtwoord-verplicht-wijzigen")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "current_password_edit"), "tijdelijk-paars-wachtwoord")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "new_password_edit"), "eigen-zin-over-de-polder")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "password_repeat_edit"), "eigen-zin-over-de-polder")
    with qtbot.waitSignal(shell.main_window_shown, timeout=20000):
        qtbot.keyClick(dialog.findChild(QLineEdit, "password_repeat_edit"), Qt.Key.Key_Return)
    assert shell.main_window is not None and shell.main_window.isVisible()
    assert not shell.session.user.must_change_password  # type: ignore[union-attr]


def test_start_dialog_refuses_a_folder_without_a_vault(qtbot: QtBot, shell: Shell, tmp_path: Path) -> None:
    shell.start(tmp_path / "bestaat-niet")
    dialog = shell.start_dialog
    assert dialog is not None
    assert "geen kluis" in dialog.findChild(QLabel, "message_label").text()
    assert not dialog.open_folder(tmp_path)
    assert "geen Calqi-kluis" in dialog.findChild(QLabel, "message_label").text()
    assert isinstance(shell.sign_in_dialog, type(None))


def test_recent_vault_is_offered_with_its_firm_name(
    qtbot: QtBot, shell: Shell, created_vault: tuple[Path, str], local_settings: LocalSettings
) -> None:
    window = open_vault(qtbot, shell, created_vault[0])
    window.close()
    assert local_settings.vault_label(created_vault[0]) == "Administratiekantoor Test B.V."
    dialog = SignInDialog(created_vault[0], vault_label=local_settings.vault_label(created_vault[0]))
    qtbot.addWidget(dialog)
    assert "Administratiekantoor Test B.V." in dialog.findChild(QLabel, "vault_name_label").text()
