"""Closing a request with its decision: granted, partly granted, refused, or withdrawn by the requester.

Partly granted and refused need the grounds — the requester is entitled to
them and the decision letter gives them (`GroundsRequiredError`, here and in
`services.requests.close`). While the identity is not verified, nothing can
have been granted: only "refused" and "withdrawn" are offered then. (An
identity that could not be verified is recorded in the identity dialog.)
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QWidget

from calqi_desktop.domain.errors import CalqiError, GroundsRequiredError
from calqi_desktop.domain.requests import DataSubjectRequest, RequestOutcome, RequestType
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_request_close_dialog import Ui_RequestCloseDialog
from calqi_desktop.gui.request_intake_dialog import show_refusal

#: The decisions this dialog records, in the order offered.
OUTCOMES = (
    RequestOutcome.GRANTED,
    RequestOutcome.PARTLY_GRANTED,
    RequestOutcome.REFUSED,
    RequestOutcome.WITHDRAWN,
)
NEEDS_GROUNDS = frozenset({RequestOutcome.PARTLY_GRANTED, RequestOutcome.REFUSED})
NEEDS_IDENTITY = frozenset({RequestOutcome.GRANTED, RequestOutcome.PARTLY_GRANTED})


class RequestCloseDialog(QDialog):
    """`request` holds the closed request after Accepted."""

    def __init__(
        self,
        session: AppSession,
        request: DataSubjectRequest,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestCloseDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.request = request
        self.today = today
        ui = self.ui
        self.setWindowTitle(self.tr("Verzoek afhandelen — %1").replace("%1", request.reference))
        for outcome in OUTCOMES:
            if outcome in NEEDS_IDENTITY and not request.identity_verified:
                continue
            if outcome in NEEDS_IDENTITY and request.request_type is RequestType.ERASURE:
                continue  # an erasure is granted only by carrying it out (the erasure dialog closes it)
            ui.outcome_combo.addItem(outcome.label(self.language), outcome.value)
        self.marks = FieldMarks(self.language)
        self.marks.set_fields({"grounds": (ui.grounds_edit, ui.grounds_error_label)})
        prepare_error_label(ui.error_label)
        name_buttons(ui.button_box, self.tr("Afhandelen"), self.tr("Annuleren"))
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        ui.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    @property
    def outcome(self) -> RequestOutcome:
        return RequestOutcome(self.ui.outcome_combo.currentData())

    def _outcome_changed(self, *_args: object) -> None:
        ui = self.ui
        outcome = self.outcome
        if outcome in NEEDS_GROUNDS:
            hint = self.tr("Vul de gronden in: ze komen in de besluitbrief.")
            ui.grounds_caption.setText(self.tr("&Gronden (verplicht)"))
        else:
            hint = self.tr("Een toelichting is niet verplicht.")
            ui.grounds_caption.setText(self.tr("&Toelichting"))
        if not self.request.identity_verified:
            hint += " " + self.tr(
                "De identiteit is niet vastgesteld: er kan niets zijn toegekend. Kon de identiteit niet "
                "worden vastgesteld, leg dat dan vast bij de identiteit."
            )
        ui.outcome_hint_label.setText(hint)

    def try_accept(self) -> None:
        from calqi_desktop.services import requests

        self.marks.clear()
        show_error_text(self.ui.error_label, "")
        grounds = self.ui.grounds_edit.toPlainText()
        try:
            if self.outcome in NEEDS_GROUNDS and not grounds.strip():
                raise GroundsRequiredError("grounds", label_nl="de gronden", label_en="the grounds")
            self.request = requests.close(
                self.session.workspace, self.request.id, self.outcome, grounds, today=self.today
            )
        except CalqiError as error:
            show_refusal(self.marks, self.ui.error_label, error, self.language)
            return
        self.accept()
