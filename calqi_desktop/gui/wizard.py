"""The first-run wizard: where the vault goes, the firm's details, the first beheerder, the recovery code.

Pages: location (refused on a network share or where a vault already is) →
firm details (the same form as in Settings) → the first beheerder → the vault
is created on a worker thread (Argon2id calibration takes a moment) → the
recovery code on screen, the recovery sheet saved as PDF where the user
chooses, and the plain warning that a lost password together with a lost
recovery code means lost data. The wizard cannot be finished before the user
confirms the sheet is kept. `vault_created(workspace)` hands the signed-in
beheerder to the shell.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from calqi_desktop.domain import passwords
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.firm import FirmDetails
from calqi_desktop.gui import errors
from calqi_desktop.gui.firm_details_form import FirmDetailsForm
from calqi_desktop.gui.forms.ui_vault_wizard import Ui_VaultWizard
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task
from calqi_desktop.paths import default_vault_dir
from calqi_desktop.services import auth, vault_care
from calqi_desktop.services import settings as firm_settings
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import KdfParams
from calqi_desktop.storage.location import network_share_reason
from calqi_desktop.storage.vault import is_vault

LOCATION_PAGE, FIRM_PAGE, ADMIN_PAGE, RECOVERY_PAGE = range(4)


class VaultWizard(QWizard):
    """Creates a vault; `workspace` and `recovery_code` are set once it exists."""

    vault_created = Signal(object)

    def __init__(
        self, local: LocalSettings, *, kdf: KdfParams | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VaultWizard()
        self.ui.setupUi(self)
        self.local = local
        self.kdf = kdf
        self.workspace: Workspace | None = None
        self.recovery_code = ""
        self.sheet_path: Path | None = None
        self.task: BackgroundTask | None = None
        self.firm_form = FirmDetailsForm(self.ui.firm_form_container)
        self.ui.firm_form_layout.addWidget(self.firm_form)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Klaar"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.ui.folder_edit.setText(str(default_vault_dir()))
        self.ui.admin_name_edit.setText("beheerder")
        self.ui.browse_folder_button.clicked.connect(self.browse_folder)
        self.ui.folder_edit.textChanged.connect(self._check_folder)
        self.ui.save_sheet_button.clicked.connect(self.ask_sheet_path)
        self.ui.code_kept_check.toggled.connect(lambda _on: self.ui.recovery_page.completeChanged.emit())
        self.ui.recovery_page.isComplete = self._recovery_done  # type: ignore[method-assign]
        self.ui.location_page.isComplete = self._folder_ok  # type: ignore[method-assign]
        self.ui.location_page.validatePage = self._folder_ok  # type: ignore[method-assign]
        self.ui.firm_page.validatePage = self._firm_ok  # type: ignore[method-assign]
        self.ui.admin_page.validatePage = self._create_vault  # type: ignore[method-assign]
        self.currentIdChanged.connect(self._page_changed)
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(code_font.pointSizeF() * 1.4)
        self.ui.recovery_code_label.setFont(code_font)
        self._folder_problem = ""
        self._check_folder()

    # --- location --------------------------------------------------------------------

    def browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map voor de kluis kiezen"))
        if folder:
            self.ui.folder_edit.setText(str(Path(folder) / "calqi-kluis"))

    def folder(self) -> Path:
        return Path(self.ui.folder_edit.text().strip()).expanduser()

    def _check_folder(self) -> None:
        text = self.ui.folder_edit.text().strip()
        folder = self.folder()
        problem = ""
        if not text:
            problem = self.tr("Kies een map voor de kluis.")
        elif is_vault(folder):
            problem = self.tr("In deze map staat al een kluis. Kies een nieuwe, lege map.")
        elif folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            problem = self.tr("Deze map is niet leeg. Kies een nieuwe, lege map voor de kluis.")
        else:
            reason = network_share_reason(folder, language=errors.current_language())
            if reason:
                problem = self.tr(
                    "Deze map lijkt op een netwerkschijf te staan (%1). Een kluis mag daar niet staan: "
                    "de database kan beschadigd raken als hij over het netwerk wordt gebruikt. "
                    "Kies een map op de eigen schijf van deze computer."
                ).replace("%1", reason)
        self._folder_problem = problem
        self.ui.folder_message_label.setText(problem)
        self.ui.location_page.completeChanged.emit()

    def _folder_ok(self) -> bool:
        return not self._folder_problem

    # --- firm ------------------------------------------------------------------------

    def _firm_ok(self) -> bool:
        return self.firm_form.details() is not None

    def firm_details(self) -> FirmDetails:
        details = self.firm_form.details()
        assert details is not None
        return details

    # --- first beheerder and creation ------------------------------------------------

    def _create_vault(self) -> bool:
        """Check the account, then create the vault in the background; the page moves on when done."""
        if self.workspace is not None:
            return True
        if self.task is not None:
            return False
        user_name = self.ui.admin_name_edit.text().strip()
        display_name = self.ui.admin_display_name_edit.text().strip()
        password = self.ui.admin_password_edit.text()
        if password != self.ui.admin_password_repeat_edit.text():
            self._admin_problem(self.tr("De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw."))
            return False
        details = self.firm_details()
        try:
            user_name = passwords.check_user_name(user_name)
            passwords.check_password(password, user_name=user_name, firm_name=details.firm_name)
        except CalqiError as error:
            self._admin_problem(error.message(errors.current_language()))
            return False
        folder, kdf = self.folder(), self.kdf

        def work(progress: TaskProgress) -> tuple[Workspace, str]:
            progress.report(self.tr("De sleutels worden gemaakt en de kluis wordt versleuteld…"))
            workspace, code = auth.create_vault(
                folder,
                firm_name=details.firm_name,
                admin_name=user_name,
                admin_password=password,
                admin_display_name=display_name,
                kdf=kdf,
            )
            try:
                firm_settings.save_firm_details(workspace, details)
            except BaseException:
                workspace.sign_out()
                raise
            return workspace, code

        def failed(error: BaseException) -> None:
            self.task = None
            if isinstance(error, CalqiError):
                self._admin_problem(error.message(errors.current_language()))
            else:
                errors.report_unexpected(error, self)

        self.ui.admin_message_label.setText(self.tr("De kluis wordt gemaakt…"))
        self.task = run_task(self, self.tr("Kluis maken"), work, on_success=self._created, on_failure=failed)
        return False

    def _admin_problem(self, text: str) -> None:
        self.ui.admin_message_label.setText(text)
        self.ui.admin_password_edit.clear()
        self.ui.admin_password_repeat_edit.clear()
        self.ui.admin_password_edit.setFocus()

    def _created(self, result: tuple[Workspace, str]) -> None:
        self.task = None
        self.workspace, self.recovery_code = result
        self.ui.admin_password_edit.clear()
        self.ui.admin_password_repeat_edit.clear()
        self.ui.admin_message_label.clear()
        self.ui.recovery_code_label.setText(self.recovery_code)
        self.next()

    def _page_changed(self, page_id: int) -> None:
        if page_id == RECOVERY_PAGE:
            # The vault exists now: there is no way back, and leaving keeps the vault.
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
            self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
            self.setOption(QWizard.WizardOption.NoCancelButton, True)

    # --- recovery sheet ----------------------------------------------------------------

    def ask_sheet_path(self) -> None:
        suggested = str(Path.home() / "herstelblad-calqi-kluis.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Herstelblad opslaan"), suggested, self.tr("PDF-bestanden (*.pdf)")
        )
        if path:
            self.save_sheet(Path(path))

    def save_sheet(self, path: Path) -> bool:
        """Write the recovery sheet PDF to `path` (the button asks where)."""
        assert self.workspace is not None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            vault_care.save_recovery_sheet(self.workspace, self.recovery_code, path, datetime.now(UTC))
        except CalqiError as error:
            self.ui.sheet_saved_label.setText(error.message(errors.current_language()))
            return False
        self.sheet_path = path
        self.ui.sheet_saved_label.setText(
            self.tr("Herstelblad opgeslagen in %1. Druk het af en bewaar het op een veilige plek.").replace(
                "%1", str(path)
            )
        )
        return True

    def _recovery_done(self) -> bool:
        return self.workspace is not None and self.ui.code_kept_check.isChecked()

    def reject(self) -> None:
        """Once the vault exists, the wizard closes only after the code is kept: it is shown once."""
        if self.workspace is not None and not self.ui.code_kept_check.isChecked():
            self.ui.sheet_saved_label.setText(
                self.tr("Bewaar eerst het herstelblad en vink aan dat u dat gedaan hebt.")
            )
            return
        super().reject()

    def accept(self) -> None:
        workspace = self.workspace
        self.ui.recovery_code_label.clear()
        self.recovery_code = ""
        super().accept()
        if workspace is not None:
            self.vault_created.emit(workspace)
