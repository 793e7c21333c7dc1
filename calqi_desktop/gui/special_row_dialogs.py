"""Small dialogs that add or change one bank account or one child of a dossier.

Each checks what was typed with the domain's own checks (`check_bank_account`,
`check_child`) and marks every bad field before it closes; the result is a
draft in normal form, stored when the dossier is saved.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog, QWidget

from calqi_desktop.domain.clients import BankAccountDraft, ChildDraft, check_bank_account, check_child
from calqi_desktop.domain.errors import FieldValidationError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.validation import Field, FieldErrors, format_iban, parse_date_nl
from calqi_desktop.gui.dialog_buttons import name_buttons
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks
from calqi_desktop.gui.forms.ui_bank_account_dialog import Ui_BankAccountDialog
from calqi_desktop.gui.forms.ui_child_dialog import Ui_ChildDialog


def _mark(marks: FieldMarks, problems: list[FieldValidationError]) -> None:
    """Mark each problem at its field and put the cursor in the first."""
    marks.clear()
    shown = [marks.show(problem) for problem in problems]
    first = next((widget for widget in shown if widget is not None), None)
    if first is not None:
        first.setFocus()


class BankAccountDialog(QDialog):
    """IBAN and holder; `account` after Accepted."""

    def __init__(
        self, language: str, account: BankAccountDraft | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BankAccountDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self._id = account.id if account else None
        self.account: BankAccountDraft | None = None
        if account is not None:
            self.ui.iban_edit.setText(format_iban(account.iban))
            self.ui.holder_edit.setText(account.holder)
        self.marks = FieldMarks(language)
        self.marks.set_fields(
            {
                "bank_accounts.0.iban": (self.ui.iban_edit, self.ui.iban_error_label),
                "bank_accounts.0.holder": (self.ui.holder_edit, self.ui.holder_error_label),
            }
        )
        name_buttons(self.ui.button_box, self.tr("OK"), self.tr("Annuleren"))
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)

    def try_accept(self) -> None:
        draft = BankAccountDraft(self.ui.iban_edit.text(), self.ui.holder_edit.text(), self._id)
        checked, problems = check_bank_account(0, draft)
        if problems:
            _mark(self.marks, problems.errors)
            return
        self.account = checked
        self.accept()


class ChildDialog(QDialog):
    """First names, last name, birth date; `child` after Accepted."""

    def __init__(self, language: str, child: ChildDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChildDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self._id = child.id if child else None
        self.child: ChildDraft | None = None
        if child is not None:
            self.ui.first_names_edit.setText(child.first_names)
            self.ui.last_name_edit.setText(child.last_name)
            self.ui.birth_date_edit.setText(format_date_nl(child.birth_date) if child.birth_date else "")
        self.marks = FieldMarks(language)
        self.marks.set_fields(
            {
                "children.0.first_names": (self.ui.first_names_edit, self.ui.first_names_error_label),
                "children.0.last_name": (self.ui.last_name_edit, self.ui.last_name_error_label),
                "children.0.birth_date": (self.ui.birth_date_edit, self.ui.birth_date_error_label),
            }
        )
        name_buttons(self.ui.button_box, self.tr("OK"), self.tr("Annuleren"))
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)

    def try_accept(self) -> None:
        problems = FieldErrors()
        born = problems.check(
            lambda: parse_date_nl(
                self.ui.birth_date_edit.text(),
                Field("children.0.birth_date", "de geboortedatum", "the date of birth"),
                required=False,
            ),
            None,
        )
        draft = ChildDraft(self.ui.first_names_edit.text(), self.ui.last_name_edit.text(), born, self._id)
        checked, more = check_child(0, draft)
        problems.extend(more)
        if problems:
            _mark(self.marks, problems.errors)
            return
        self.child = replace(checked, id=self._id)
        self.accept()
