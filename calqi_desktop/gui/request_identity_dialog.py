"""Recording the requester's identity check — or that it could not be done, which ends the request.

Verifying: how (ID shown at the desk, a copy with BSN and photo masked, a
known e-mail address, other), on which day (not after today, not before
receipt) and a note; for a copy, the member confirms that BSN and photo are
unreadable — the checkbox shows only for that method. "Identiteit kon niet
worden vastgesteld…" switches the dialog to the other path: a reason
(required), and `services.requests.identity_failed` closes the request so
the refusal letter can give it. The services check everything again; their
refusals are marked beside the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.requests import DataSubjectRequest, IdentityCheckDraft, IdentityMethod
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_request_identity_dialog import Ui_RequestIdentityDialog
from calqi_desktop.gui.request_intake_dialog import show_refusal, to_date, to_qdate


class RequestIdentityDialog(QDialog):
    """`request` holds the request as it is after Accepted; `failed` says which path was taken."""

    def __init__(
        self,
        session: AppSession,
        request: DataSubjectRequest,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestIdentityDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.request = request
        self.failed = False
        self.today = today or date.today()
        ui = self.ui
        self.setWindowTitle(self.tr("Identiteit van de verzoeker — %1").replace("%1", request.reference))
        for method in IdentityMethod:
            if method is IdentityMethod.KNOWN_EMAIL and request.client_id is None:
                continue  # an address is known only from a dossier: link the request first
            ui.method_combo.addItem(method.label(self.language), method.value)
        ui.checked_date_edit.setMaximumDate(to_qdate(self.today))
        ui.checked_date_edit.setMinimumDate(to_qdate(min(request.received_on, self.today)))
        ui.checked_date_edit.setDate(to_qdate(self.today))
        self.marks = FieldMarks(self.language)
        self.marks.set_fields(
            {
                "checked_on": (ui.checked_date_edit, ui.checked_error_label),
                "masked_confirmed": (ui.masked_check, ui.masked_error_label),
                "identity_note": (ui.note_edit, ui.note_error_label),
                "reason": (ui.reason_edit, ui.reason_error_label),
            }
        )
        prepare_error_label(ui.error_label)
        name_buttons(ui.button_box, self.tr("Vastleggen"), self.tr("Annuleren"))
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        ui.method_combo.currentIndexChanged.connect(self._method_changed)
        ui.identity_failed_button.clicked.connect(self.toggle_failed)
        self._show_mode()
        self._method_changed()

    @property
    def method(self) -> IdentityMethod:
        return IdentityMethod(self.ui.method_combo.currentData())

    def _method_changed(self, *_args: object) -> None:
        copy = self.method is IdentityMethod.ID_COPY_MASKED
        self.ui.form_layout.setRowVisible(self.ui.masked_check, copy)
        if not copy:
            self.ui.masked_check.setChecked(False)

    def toggle_failed(self) -> None:
        """Switch between recording the check and recording that it failed."""
        self.failed = not self.failed
        self.marks.clear()
        show_error_text(self.ui.error_label, "")
        self._show_mode()
        (self.ui.reason_edit if self.failed else self.ui.method_combo).setFocus()

    def _show_mode(self) -> None:
        ui = self.ui
        ui.verify_widget.setVisible(not self.failed)
        ui.failed_group.setVisible(self.failed)
        ui.identity_failed_button.setText(
            self.tr("&Terug: identiteit vastleggen")
            if self.failed
            else self.tr("Identiteit kon &niet worden vastgesteld…")
        )
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Verzoek afsluiten") if self.failed else self.tr("Vastleggen"))

    def check(self) -> IdentityCheckDraft:
        ui = self.ui
        return IdentityCheckDraft(
            method=self.method,
            checked_on=to_date(ui.checked_date_edit.date()),
            note=ui.note_edit.text().strip(),
            masked_confirmed=self.method is IdentityMethod.ID_COPY_MASKED and ui.masked_check.isChecked(),
        )

    def try_accept(self) -> None:
        from calqi_desktop.services import requests

        self.marks.clear()
        show_error_text(self.ui.error_label, "")
        workspace = self.session.workspace
        try:
            if self.failed:
                self.request = requests.identity_failed(
                    workspace, self.request.id, self.ui.reason_edit.toPlainText(), today=self.today
                )
            else:
                self.request = requests.verify_identity(
                    workspace, self.request.id, self.check(), today=self.today
                )
        except CalqiError as error:
            show_refusal(self.marks, self.ui.error_label, error, self.language)
            return
        self.accept()
