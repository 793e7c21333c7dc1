"""The signed-in member changes their own password: current, new, and the new one again.

In forced mode the member's password was set by a beheerder and they must
choose their own right after sign-in; the text says so and Cancel reads
"Afmelden". The dialog only returns Rejected then — the caller signs out.
Only the member's own keyslot is resealed (`services.staff.change_own_password`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from calqi_desktop.domain.errors import CalqiError, WrongPasswordError
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from calqi_desktop.gui.staff_dialogs import password_rule_hint, passwords_differ_text
from calqi_desktop.services import staff


class ChangePasswordDialog(QDialog):
    """Accepted once the new password is in place; the session's member no longer must change it."""

    def __init__(self, session: AppSession, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.session = session
        self.forced = forced
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Wachtwoord wijzigen"))
        ok.setObjectName("change_password_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        if forced:
            self.setWindowTitle(self.tr("Kies een eigen wachtwoord"))
            self.ui.explanation_label.setText(
                self.tr(
                    "Uw wachtwoord is door de beheerder ingesteld. Kies nu een eigen wachtwoord dat "
                    "alleen u kent; daarna kunt u verder werken.\n"
                    "Wilt u dat nu niet, kies dan Afmelden."
                )
            )
            self.ui.current_password_caption.setText(self.tr("&Tijdelijk wachtwoord"))
            cancel.setText(self.tr("Afmelden"))
            cancel.setObjectName("sign_out_button")
        else:
            self.ui.explanation_label.setText(
                self.tr(
                    "Kies een nieuw wachtwoord. Vanaf nu meldt u zich daarmee aan; het oude "
                    "wachtwoord werkt dan niet meer."
                )
            )
            cancel.setText(self.tr("Annuleren"))
            cancel.setObjectName("cancel_button")
        self.ui.password_hint_label.setText(password_rule_hint())
        self.ui.error_label.clear()
        self.ui.button_box.accepted.connect(self.try_change)
        self.ui.button_box.rejected.connect(self.reject)

    def try_change(self) -> None:
        ui = self.ui
        if not ui.current_password_edit.text():
            self._refuse(self.tr("Vul uw huidige wachtwoord in."), ui.current_password_edit)
            return
        if ui.new_password_edit.text() != ui.password_repeat_edit.text():
            self._refuse(passwords_differ_text(), ui.new_password_edit)
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            staff.change_own_password(
                self.session.workspace, ui.current_password_edit.text(), ui.new_password_edit.text()
            )
        except WrongPasswordError:
            ui.current_password_edit.clear()
            self._refuse(
                self.tr("Uw huidige wachtwoord klopt niet. Let op hoofdletters en Caps Lock."),
                ui.current_password_edit,
            )
            return
        except CalqiError as error:
            self._refuse(error.message(self.session.language), ui.new_password_edit)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _refuse(self, message: str, focus: QLineEdit) -> None:
        """Show why; the new password is typed again, the current one stays unless it was wrong."""
        self.ui.new_password_edit.clear()
        self.ui.password_repeat_edit.clear()
        self.ui.error_label.setText(message)
        focus.setFocus()

    def done(self, result: int) -> None:
        for edit in (self.ui.current_password_edit, self.ui.new_password_edit, self.ui.password_repeat_edit):
            edit.clear()
        super().done(result)
