"""The sign-in dialog: vault name, user name, password; the back-off shown plainly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.gui.forms.ui_sign_in import Ui_SignInDialog
from calqi_desktop.services import auth
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import KdfParams


class SignInDialog(QDialog):
    """Asks for user name and password and unlocks the vault; `workspace` holds the result."""

    def __init__(
        self,
        folder: Path,
        *,
        vault_label: str = "",
        demo_hint: str = "",
        kdf: KdfParams | None = None,
        after_lock: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.folder = folder
        self.kdf = kdf
        self.after_lock = after_lock
        self.workspace: Workspace | None = None
        self.ui.vault_name_label.setText(self.tr("Kluis: %1").replace("%1", vault_label or str(folder)))
        self.ui.demo_hint_label.setText(demo_hint)
        self.ui.demo_hint_label.setVisible(bool(demo_hint))
        self.ui.message_label.clear()
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Aanmelden"))
        ok.setObjectName("sign_in_button")
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.ui.button_box.accepted.connect(self.try_sign_in)
        self.ui.button_box.rejected.connect(self.reject)

    def try_sign_in(self) -> None:
        user_name = self.ui.user_name_edit.text().strip()
        password = self.ui.password_edit.text()
        if not user_name or not password:
            self.ui.message_label.setText(self.tr("Vul uw gebruikersnaam en wachtwoord in."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace = auth.sign_in(
                self.folder, user_name, password, kdf=self.kdf, after_lock=self.after_lock
            )
        except CalqiError as error:
            self.ui.message_label.setText(error.message())
            self.ui.password_edit.clear()
            self.ui.password_edit.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            password = ""
        self.ui.password_edit.clear()
        self.accept()
