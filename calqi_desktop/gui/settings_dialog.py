"""The Settings dialog: the firm's details, the security times, and the language.

Three tabs. "Kantoor" embeds the `FirmDetailsForm`; "Beveiliging" holds the
idle-lock minutes, the clipboard seconds and the document size limit; they live in the vault and only
a member with MANAGE_SETTINGS (the beheerder) may change them — others see
them read-only, with a line saying so. "Weergave" holds the language of this
workstation (`LocalSettings`), which anyone may change and which applies
after a restart.

OK checks everything first and saves nothing while a field is wrong; Cancel
asks before it throws edits away. After a save the dialog emits
`work_settings_changed` (for the idle lock and clipboard timers) and
`firm_details_changed` (for the window title and documents).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.errors import CalqiError, FieldValidationError
from calqi_desktop.domain.firm import FirmDetails, WorkSettings
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.errors import show_error
from calqi_desktop.gui.firm_details_form import FirmDetailsForm
from calqi_desktop.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from calqi_desktop.services import settings


class SettingsDialog(QDialog):
    """Open with `open()` or `exec()`; the signals tell what was saved."""

    work_settings_changed = Signal()  # listeners read `services.settings.work_settings()` again
    firm_details_changed = Signal()
    language_changed = Signal(str)  # 'nl' or 'en'; applies after a restart

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.session = session
        self.may_change = session.may(Permission.MANAGE_SETTINGS)
        workspace = session.workspace
        self._firm = settings.firm_details(workspace)
        self._work = settings.work_settings(workspace)

        self.firm_form.set_details(self._firm)
        self.ui.idle_lock_minutes_spin.setValue(self._work.idle_lock_minutes)
        self.ui.clipboard_seconds_spin.setValue(self._work.clipboard_clear_seconds)
        self.ui.document_max_mb_spin.setValue(self._work.document_max_mb)

        combo = self.ui.language_combo
        combo.addItem(self.tr("Nederlands"), "nl")
        combo.addItem(self.tr("English"), "en")
        self._language = session.local.language
        combo.setCurrentIndex(max(0, combo.findData(self._language)))

        read_only = not self.may_change
        self.firm_form.set_read_only(read_only)
        self.ui.idle_lock_minutes_spin.setReadOnly(read_only)
        self.ui.clipboard_seconds_spin.setReadOnly(read_only)
        self.ui.document_max_mb_spin.setReadOnly(read_only)
        self.ui.firm_read_only_label.setVisible(read_only)
        self.ui.security_read_only_label.setVisible(read_only)

        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opslaan") if self.may_change else self.tr("OK"))
        ok.setObjectName("save_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        self.ui.button_box.accepted.connect(self.save)
        self.ui.button_box.rejected.connect(self.reject)

    @property
    def firm_form(self) -> FirmDetailsForm:
        return self.ui.firm_details_form

    # --- state ------------------------------------------------------------------------

    def typed_work_settings(self) -> WorkSettings:
        return WorkSettings(
            self.ui.idle_lock_minutes_spin.value(),
            self.ui.clipboard_seconds_spin.value(),
            self.ui.document_max_mb_spin.value(),
        )

    def chosen_language(self) -> str:
        return str(self.ui.language_combo.currentData())

    def has_unsaved_changes(self) -> bool:
        vault_edits = self.may_change and (
            self.firm_form.has_unsaved_changes() or self.typed_work_settings() != self._work
        )
        return vault_edits or self.chosen_language() != self._language

    # --- OK and Cancel ------------------------------------------------------------------

    def save(self) -> bool:
        """Check, then save what changed; closes the dialog on success."""
        firm: FirmDetails | None = None
        work: WorkSettings | None = None
        if self.may_change:
            if self.firm_form.has_unsaved_changes():
                firm = self.firm_form.details()
                if firm is None:
                    self._show_firm_errors()
                    return False
            if self.typed_work_settings() != self._work:
                work = self.typed_work_settings()
        try:
            self._save_to_vault(firm, work)
        except FieldValidationError as error:
            if self.firm_form.show_field_error(error):
                self._show_firm_errors()
            else:
                show_error(self, error)
            return False
        except CalqiError as error:
            show_error(self, error)
            return False
        language = self.chosen_language()
        if language != self._language:
            self.session.local.language = language
            self._language = language
            self.language_changed.emit(language)
        self.accept()
        return True

    def _show_firm_errors(self) -> None:
        self.ui.settings_tabs.setCurrentWidget(self.ui.firm_tab)
        self.firm_form.focus_first_error()

    def _save_to_vault(self, firm: FirmDetails | None, work: WorkSettings | None) -> None:
        if firm is None and work is None:
            return
        workspace = self.session.workspace
        if firm is not None:
            self._firm = settings.save_firm_details(workspace, firm)
            self.firm_form.set_details(self._firm)
            self.firm_details_changed.emit()
        if work is not None:
            self._work = settings.save_work_settings(workspace, work)
            self.work_settings_changed.emit()

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask first when there are edits."""
        if self.has_unsaved_changes() and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            self.tr("U hebt wijzigingen die nog niet zijn opgeslagen. Wilt u die weggooien?"),
            parent=self,
        )
        box.setObjectName("discard_changes_box")
        discard = box.addButton(self.tr("Wijzigingen weggooien"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard_button")
        keep = box.addButton(self.tr("Verder bewerken"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keep_editing_button")
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is discard
