"""Asks why a dossier is changed, before it is saved (rectification, AVG art. 16).

Removing a document asks the same, with its own title and explanation.
The reason and its note go into the field history with every changed field.
'Anders' needs a note; the dialog says so and stays open until there is one.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from calqi_desktop.domain.clients import ChangeReason
from calqi_desktop.gui.field_marks import INVALID_STYLE, prepare_error_label
from calqi_desktop.gui.forms.ui_change_reason_dialog import Ui_ChangeReasonDialog


class ChangeReasonDialog(QDialog):
    """`reason` and `note` after Accepted."""

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        *,
        title: str = "",
        explanation: str = "",
        ok_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChangeReasonDialog()
        self.ui.setupUi(self)
        if title:
            self.setWindowTitle(title)
        if explanation:
            self.ui.explanation_label.setText(explanation)
        self.setStyleSheet(INVALID_STYLE)
        for reason in ChangeReason:
            if reason is not ChangeReason.RECTIFICATION_REQUEST:  # only from the request itself
                self.ui.reason_combo.addItem(reason.label(language), reason.value)
        prepare_error_label(self.ui.error_label)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text or self.tr("Opslaan"))
        ok.setObjectName("save_with_reason_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)

    @property
    def reason(self) -> ChangeReason:
        return ChangeReason(self.ui.reason_combo.currentData())

    @property
    def note(self) -> str:
        return self.ui.note_edit.text().strip()

    def try_accept(self) -> None:
        if self.reason is ChangeReason.OTHER and not self.note:
            self.ui.error_label.setText(
                self.tr(
                    "Bij ‘Anders’ is een toelichting nodig: schrijf kort waarom het dossier wordt gewijzigd."
                )
            )
            self.ui.error_label.show()
            self.ui.note_edit.setFocus()
            return
        self.accept()
