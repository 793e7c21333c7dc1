"""The beheerder's staff dialogs: add a member, set a temporary password, change a role.

Each dialog calls the service itself when OK is pressed. A refusal (a weak
password, a taken user name, the last beheerder) is a `CalqiError`, shown in
the dialog's own error label; the dialog stays open with what was typed,
except passwords, which are cleared after every attempt and when the dialog
closes. Passwords are never logged.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from calqi_desktop.domain import passwords
from calqi_desktop.domain.errors import CalqiError, UserExistsError, UserNameInvalidError
from calqi_desktop.domain.roles import Role
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons
from calqi_desktop.gui.forms.ui_add_staff_dialog import Ui_AddStaffDialog
from calqi_desktop.gui.forms.ui_change_role_dialog import Ui_ChangeRoleDialog
from calqi_desktop.gui.forms.ui_reset_password_dialog import Ui_ResetPasswordDialog
from calqi_desktop.services import staff
from calqi_desktop.services.workspace import StaffMember

# Pronounceable syllables: 16 consonants × 5 vowels = 80 per syllable, 12 syllables ≈ 76 bits.


def fill(template: str, *values: str) -> str:
    """Put `values` into `%1`, `%2`, … in one pass, so a value containing '%2' stays as typed."""
    return re.sub(r"%(\d)", lambda match: values[int(match.group(1)) - 1], template)


def member_label(member: StaffMember) -> str:
    """'Jan de Boer (jan)', or just 'jan' when the name is the user name."""
    if member.display_name and member.display_name != member.user_name:
        return f"{member.display_name} ({member.user_name})"
    return member.user_name


def password_rule_hint() -> str:
    """The password policy in one sentence, for under the password fields."""
    return QCoreApplication.translate(
        "PasswordRules",
        "Minimaal %1 tekens; een zin van een paar woorden werkt goed. Niet toegestaan: veelgebruikte "
        "wachtwoorden, herhalingen of reeksen, en de gebruikersnaam of de naam van het kantoor.",
    ).replace("%1", str(passwords.MIN_LENGTH))


def passwords_differ_text() -> str:
    return QCoreApplication.translate(
        "PasswordRules", "De twee wachtwoorden zijn niet gelijk. Typ ze opnieuw."
    )


def fill_roles(combo: QComboBox, language: str, current: Role) -> None:
    """Every role with its label, `current` selected; the role's value as item data."""
    combo.clear()
    for role in Role:
        combo.addItem(role.label(language), role.value)
    combo.setCurrentIndex(combo.findData(current.value))


def _clear(*edits: QLineEdit) -> None:
    for edit in edits:
        edit.clear()


class AddStaffDialog(QDialog):
    """A new member: user name, name, role and a first password. `member` holds the result."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AddStaffDialog()
        self.ui.setupUi(self)
        self.session = session
        self.member: StaffMember | None = None
        fill_roles(self.ui.role_combo, session.language, Role.ASSISTENT)
        self.ui.password_hint_label.setText(password_rule_hint())
        self.ui.error_label.clear()
        name_buttons(self.ui.button_box, self.tr("Toevoegen"), self.tr("Annuleren"), ok_name="add_button")
        self.ui.button_box.accepted.connect(self.try_add)
        self.ui.button_box.rejected.connect(self.reject)

    def try_add(self) -> None:
        ui = self.ui
        if ui.password_edit.text() != ui.password_repeat_edit.text():
            self._refuse(passwords_differ_text(), ui.password_edit)
            return
        role = Role(ui.role_combo.currentData())
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.member = staff.add_user(
                self.session.workspace,
                ui.user_name_edit.text(),
                role,
                ui.password_edit.text(),
                display_name=ui.display_name_edit.text(),
            )
        except CalqiError as error:
            wrong_name = isinstance(error, UserNameInvalidError | UserExistsError)
            self._refuse(error.message(self.session.language), ui.user_name_edit if wrong_name else None)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _refuse(self, message: str, focus: QLineEdit | None) -> None:
        _clear(self.ui.password_edit, self.ui.password_repeat_edit)
        self.ui.error_label.setText(message)
        (focus or self.ui.password_edit).setFocus()

    def done(self, result: int) -> None:
        _clear(self.ui.password_edit, self.ui.password_repeat_edit)
        super().done(result)


class ResetPasswordDialog(QDialog):
    """A temporary password for `member`, who must choose their own at the next sign-in."""

    def __init__(self, session: AppSession, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ResetPasswordDialog()
        self.ui.setupUi(self)
        self.session = session
        self.member = member
        self._suggestion = ""
        self.ui.explanation_label.setText(
            fill(
                self.tr(
                    "Kies een tijdelijk wachtwoord voor %1 en geef het persoonlijk of telefonisch "
                    "door, niet per e-mail. Bij de volgende aanmelding moet %2 zelf een nieuw wachtwoord "
                    "kiezen; tot dan kan %2 niets anders doen in de kluis."
                ),
                member_label(member),
                member.user_name,
            )
        )
        self.ui.password_hint_label.setText(password_rule_hint())
        self.ui.error_label.clear()
        self._show_suggestion("")
        name_buttons(self.ui.button_box, self.tr("Instellen"), self.tr("Annuleren"), ok_name="reset_button")
        self.ui.button_box.accepted.connect(self.try_reset)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.suggest_password_button.clicked.connect(self.suggest)
        self.ui.copy_password_button.clicked.connect(self.copy_suggestion)
        self.ui.password_edit.textEdited.connect(self._typed)
        self.ui.password_repeat_edit.textEdited.connect(self._typed)

    def suggest(self) -> None:
        """Fill both fields with a fresh random passphrase and show it, so it can be passed on."""
        firm_name = self.session.workspace.firm_name() if self.session.is_signed_in else ""
        suggestion = passwords.suggest_password(self.member.user_name, firm_name)
        self.ui.password_edit.setText(suggestion)
        self.ui.password_repeat_edit.setText(suggestion)
        self._show_suggestion(suggestion)
        self.ui.copy_note_label.setText(
            fill(
                self.tr(
                    "Geef dit wachtwoord door aan %1. Na het sluiten van dit venster is het nergens meer te zien."
                ),
                self.member.display_name,
            )
        )

    def copy_suggestion(self) -> None:
        if not self._suggestion:
            return
        seconds = self.session.clipboard_seconds  # the firm's setting
        self.session.clipboard.copy(self._suggestion, seconds)
        self.ui.copy_note_label.setText(
            self.tr("Gekopieerd. Het klembord wordt over %1 seconden gewist.").replace("%1", str(seconds))
        )

    def _typed(self, _text: str) -> None:
        """Once the fields no longer hold the suggestion, stop showing it."""
        if self._suggestion and self._suggestion not in (
            self.ui.password_edit.text(),
            self.ui.password_repeat_edit.text(),
        ):
            self._show_suggestion("")
            self.ui.copy_note_label.clear()

    def _show_suggestion(self, suggestion: str) -> None:
        self._suggestion = suggestion
        self.ui.suggested_password_edit.setText(suggestion)
        self.ui.suggested_password_edit.setVisible(bool(suggestion))
        self.ui.copy_password_button.setEnabled(bool(suggestion))

    def try_reset(self) -> None:
        ui = self.ui
        if ui.password_edit.text() != ui.password_repeat_edit.text():
            self._refuse(passwords_differ_text())
            return
        assert self.member.id is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            staff.reset_password(self.session.workspace, self.member.id, ui.password_edit.text())
        except CalqiError as error:
            self._refuse(error.message(self.session.language))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def _refuse(self, message: str) -> None:
        _clear(self.ui.password_edit, self.ui.password_repeat_edit)
        self._show_suggestion("")
        self.ui.copy_note_label.clear()
        self.ui.error_label.setText(message)
        self.ui.password_edit.setFocus()

    def done(self, result: int) -> None:
        _clear(self.ui.password_edit, self.ui.password_repeat_edit)
        self._show_suggestion("")
        super().done(result)


class ChangeRoleDialog(QDialog):
    """A new role for `member`; `role` holds it after Accepted. Refusals stay in the dialog."""

    def __init__(self, session: AppSession, member: StaffMember, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangeRoleDialog()
        self.ui.setupUi(self)
        self.session = session
        self.member = member
        self.role = member.role
        self.ui.explanation_label.setText(
            fill(
                self.tr("%1 is nu %2. Kies de nieuwe rol."),
                member_label(member),
                member.role.label(session.language),
            )
        )
        fill_roles(self.ui.role_combo, session.language, member.role)
        own = session.is_signed_in and member.id is not None and member.id == session.user.id
        self.ui.own_role_warning_label.setVisible(own)
        self.ui.error_label.clear()
        name_buttons(
            self.ui.button_box, self.tr("Wijzigen"), self.tr("Annuleren"), ok_name="save_role_button"
        )
        self.ui.button_box.accepted.connect(self.try_change)
        self.ui.button_box.rejected.connect(self.reject)

    def try_change(self) -> None:
        role = Role(self.ui.role_combo.currentData())
        if role == self.member.role:
            self.reject()  # nothing to change
            return
        assert self.member.id is not None
        try:
            staff.change_role(self.session.workspace, self.member.id, role)
        except CalqiError as error:
            self.ui.error_label.setText(error.message(self.session.language))
            return
        self.role = role
        self.accept()
