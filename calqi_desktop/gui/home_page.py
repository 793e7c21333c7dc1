"""The start page: who is signed in, the firm, one's own password, and the vault's care.

Every signed-in member sees it. Checking the vault and making a backup are
shown only to roles that may do them; both run through the background-task
helper with a progress dialog.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_datetime_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.forms.ui_home_page import Ui_HomePage
from calqi_desktop.gui.page import Page
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task
from calqi_desktop.services import vault_care
from calqi_desktop.services.vault_care import CheckResult


class HomePage(Page):
    """Start: a welcome, one's account, and the vault check and backup."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.task: BackgroundTask | None = None
        font = self.ui.welcome_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.welcome_label.setFont(font)
        self.ui.change_password_button.clicked.connect(self.change_password)
        self.ui.check_vault_button.clicked.connect(self.check_vault)
        self.ui.backup_button.clicked.connect(self.ask_backup)

    def page_title(self) -> str:
        return self.tr("Start")

    def refresh(self) -> None:
        user = self.session.user
        language = self.session.language
        self.ui.welcome_label.setText(self.tr("Welkom, %1").replace("%1", user.display_name))
        self.ui.firm_label.setText(self.session.workspace.firm_name())
        if user.via_recovery_code:
            account = self.tr(
                "U bent aangemeld met de herstelcode. U kunt alleen wachtwoorden van medewerkers "
                "opnieuw instellen (onder Medewerkers)."
            )
        else:
            account = (
                self.tr("Gebruikersnaam: %1\nRol: %2")
                .replace("%1", user.user_name)
                .replace("%2", user.role.label(language))
            )
        self.ui.account_label.setText(account)
        self.ui.change_password_button.setVisible(not user.via_recovery_code)
        self.ui.vault_folder_label.setText(
            self.tr("Map van de kluis: %1").replace("%1", str(self.session.workspace.vault.folder))
        )
        self.ui.check_vault_button.setVisible(self.session.may(Permission.CHECK_VAULT))
        self.ui.backup_button.setVisible(self.session.may(Permission.BACKUP_VAULT))
        self.ui.vault_group.setVisible(
            self.session.may(Permission.CHECK_VAULT) or self.session.may(Permission.BACKUP_VAULT)
        )

    def change_password(self) -> None:
        from calqi_desktop.gui.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ui.vault_result_label.setText("")
            self.refresh()

    # --- vault care ----------------------------------------------------------------

    def check_vault(self) -> None:
        workspace = self.session.workspace

        def work(progress: TaskProgress) -> CheckResult:
            progress.report(self.tr("De kluis en de audittrail worden gecontroleerd…"))
            return vault_care.check(workspace)

        self.task = run_task(self, self.tr("Kluis controleren"), work, on_success=self._show_check)

    def _show_check(self, result: CheckResult) -> None:
        self.task = None
        self.ui.vault_result_label.setText(result.describe_nl())

    def ask_backup(self) -> None:
        parent = QFileDialog.getExistingDirectory(self, self.tr("Map voor de back-up kiezen"))
        if parent:
            self.backup_to(Path(parent) / f"calqi-backup-{datetime.now():%d-%m-%Y-%H%M%S}")

    def backup_to(self, destination: Path) -> BackgroundTask:
        """Make a verified backup in the new folder `destination` (the button asks where)."""
        workspace = self.session.workspace

        def work(progress: TaskProgress) -> Path:
            progress.report(self.tr("De back-up wordt gemaakt en gecontroleerd…"))
            return vault_care.backup(workspace, destination)

        def done(made: Path) -> None:
            self.task = None
            self.ui.vault_result_label.setText(
                self.tr("Back-up gemaakt en gecontroleerd op %1 in:\n%2")
                .replace("%1", format_datetime_nl(datetime.now()))
                .replace("%2", str(made))
            )

        def failed(error: BaseException) -> None:
            self.task = None
            if isinstance(error, CalqiError):
                self.ui.vault_result_label.setText(error.message(errors.current_language()))
            else:
                errors.report_unexpected(error, self)

        self.task = run_task(self, self.tr("Back-up maken"), work, on_success=done, on_failure=failed)
        return self.task
