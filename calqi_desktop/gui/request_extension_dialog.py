"""Extending a request's term by one or two months, with the reason the requester will be told.

AVG art. 12(3) allows it once, before the first deadline has passed; the
dialog shows the current deadline and, as the months are chosen, the new one
(counted on from the first deadline, as `domain.requests.extended_deadline`
does). The reason is required — here and in `services.requests.extend`,
whose refusals are marked beside the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from calqi_desktop.domain.errors import CalqiError, GroundsRequiredError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.requests import EXTENSION_MONTHS_MAX, DataSubjectRequest, extended_deadline
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_request_extension_dialog import Ui_RequestExtensionDialog
from calqi_desktop.gui.request_intake_dialog import show_refusal


class RequestExtensionDialog(QDialog):
    """`request` holds the extended request after Accepted."""

    def __init__(
        self,
        session: AppSession,
        request: DataSubjectRequest,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestExtensionDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.request = request
        self.today = today or date.today()
        ui = self.ui
        self.setWindowTitle(self.tr("Termijn verlengen — %1").replace("%1", request.reference))
        ui.current_deadline_label.setText(format_date_nl(request.deadline))
        for months in range(1, EXTENSION_MONTHS_MAX + 1):
            ui.months_combo.addItem(
                self.tr("1 maand") if months == 1 else self.tr("%1 maanden").replace("%1", str(months)),
                months,
            )
        ui.months_combo.setCurrentIndex(ui.months_combo.count() - 1)
        self.marks = FieldMarks(self.language)
        self.marks.set_fields(
            {
                "months": (ui.months_combo, ui.months_error_label),
                "reason": (ui.reason_edit, ui.reason_error_label),
            }
        )
        prepare_error_label(ui.error_label)
        name_buttons(ui.button_box, self.tr("Verlengen"), self.tr("Annuleren"))
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        ui.months_combo.currentIndexChanged.connect(self._show_new_deadline)
        self._show_new_deadline()

    @property
    def months(self) -> int:
        return int(self.ui.months_combo.currentData())

    def new_deadline(self) -> date:
        return extended_deadline(self.request.received_on, self.months)

    def _show_new_deadline(self, *_args: object) -> None:
        self.ui.new_deadline_label.setText(format_date_nl(self.new_deadline()))

    def try_accept(self) -> None:
        from calqi_desktop.services import requests

        self.marks.clear()
        show_error_text(self.ui.error_label, "")
        reason = self.ui.reason_edit.toPlainText()
        try:
            if not reason.strip():
                raise GroundsRequiredError("reason", label_nl="de reden", label_en="the reason")
            self.request = requests.extend(
                self.session.workspace, self.request.id, self.months, reason, today=self.today
            )
        except CalqiError as error:
            show_refusal(self.marks, self.ui.error_label, error, self.language)
            return
        self.accept()
