"""The 'Bijzondere gegevens' tab: BSN, birth date and birth place, masked until shown one at a time.

A value in the vault shows as '••••••••' and cannot be edited until "Tonen"
reveals it (`special_data.reveal`, which writes an audit event); then it can
be changed and copied (the clipboard clears itself, the copy is audited too).
An empty field can be filled in at once. Nothing of a category can be entered
before its legal basis is recorded: the fields stay disabled and the basis
line says why. A role that may not see special data (the assistent) gets one
sentence and no values or buttons at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from calqi_desktop.domain.clients import (
    MASK,
    SPECIAL_FIELDS,
    LegalBasis,
    SpecialCategory,
    check_special_field,
    field_label,
)
from calqi_desktop.domain.errors import CalqiError, FieldValidationError
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.basis_dialog import BasisLine
from calqi_desktop.gui.field_marks import prepare_error_label
from calqi_desktop.gui.forms.ui_dossier_special_tab import Ui_DossierSpecialTab
from calqi_desktop.services import special_data
from calqi_desktop.services.special_data import BasisDraft

FieldMap = dict[str, tuple[QWidget, QLabel | None]]


@dataclass
class _Field:
    edit: QLineEdit
    reveal_button: QPushButton
    copy_button: QPushButton
    error_label: QLabel
    present: bool = False
    revealed: bool = False
    original: str = ""  # the value in the vault, once revealed ('' when there is none)


class SpecialTab(QWidget):
    """Emits `edited` on typing, `basis_requested(category)` and `message(text)` for the status line."""

    edited = Signal()
    basis_requested = Signal(object)
    message = Signal(str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierSpecialTab()
        self.ui.setupUi(self)
        self.session = session
        self.client_id: int | None = None
        self.may_view = False
        self.may_edit = False
        self._bases: set[SpecialCategory] = set()
        ui = self.ui
        self._fields = {
            "bsn": _Field(ui.bsn_edit, ui.bsn_reveal_button, ui.bsn_copy_button, ui.bsn_error_label),
            "birth_date": _Field(
                ui.birth_date_edit,
                ui.birth_date_reveal_button,
                ui.birth_date_copy_button,
                ui.birth_date_error_label,
            ),
            "birth_place": _Field(
                ui.birth_place_edit,
                ui.birth_place_reveal_button,
                ui.birth_place_copy_button,
                ui.birth_place_error_label,
            ),
        }
        self.basis_lines = {
            SpecialCategory.BSN: BasisLine(SpecialCategory.BSN, session.language, self),
            SpecialCategory.BIRTH: BasisLine(SpecialCategory.BIRTH, session.language, self),
        }
        ui.bsn_basis_layout.addWidget(self.basis_lines[SpecialCategory.BSN])
        ui.birth_basis_layout.addWidget(self.basis_lines[SpecialCategory.BIRTH])
        for line in self.basis_lines.values():
            line.record_requested.connect(self.basis_requested)
        for name, item in self._fields.items():
            prepare_error_label(item.error_label)
            item.edit.textEdited.connect(lambda _text: self.edited.emit())
            item.edit.textChanged.connect(lambda _text, n=name: self._update_copy(n))
            item.reveal_button.clicked.connect(lambda _checked=False, n=name: self.reveal(n))
            item.copy_button.clicked.connect(lambda _checked=False, n=name: self.copy(n))
            item.reveal_button.setAccessibleName(
                self.tr("Tonen: %1").replace("%1", field_label(name, self.session.language))
            )
            item.copy_button.setAccessibleName(
                self.tr("Kopiëren: %1").replace("%1", field_label(name, self.session.language))
            )

    # --- loading -------------------------------------------------------------------------

    def load(
        self, client_id: int | None, present: dict[str, bool], *, may_view: bool, may_edit: bool
    ) -> None:
        """Show a dossier's special fields masked (or empty), nothing revealed."""
        self.client_id = client_id
        self.may_view = may_view
        self.may_edit = may_edit
        self.ui.hidden_for_role_label.setVisible(not may_view)
        self.ui.special_content.setVisible(may_view)
        for name, item in self._fields.items():
            item.present = bool(present.get(name)) and may_view
            item.revealed = False
            item.original = ""
            item.edit.setText(MASK if item.present else "")
        self._update_all()

    def set_bases(
        self,
        bases: dict[SpecialCategory, LegalBasis],
        pending: dict[SpecialCategory, BasisDraft],
        *,
        may_record: bool,
    ) -> None:
        self._bases = set(bases) | set(pending)
        for category, line in self.basis_lines.items():
            line.show_basis(bases.get(category), pending.get(category), may_record=may_record)
        self._update_all()

    def _update_all(self) -> None:
        for name in self._fields:
            self._update(name)

    def _update(self, name: str) -> None:
        item = self._fields[name]
        has_basis = SPECIAL_FIELDS[name] in self._bases
        visible_value = not item.present or item.revealed
        item.edit.setEnabled(has_basis or item.revealed)
        item.edit.setReadOnly(not (self.may_edit and has_basis and visible_value))
        item.reveal_button.setVisible(
            self.may_view and self.client_id is not None and item.present and not item.revealed
        )
        item.copy_button.setVisible(self.may_view and item.revealed)
        self._update_copy(name)

    def _update_copy(self, name: str) -> None:
        item = self._fields[name]
        item.copy_button.setEnabled(item.revealed and bool(item.edit.text().strip()))

    # --- reveal and copy -------------------------------------------------------------------

    def reveal(self, name: str) -> None:
        """Show one field's value (audited); from then on it can be edited."""
        item = self._fields[name]
        if self.client_id is None or not item.present or item.revealed:
            return
        try:
            value = special_data.reveal(self.session.workspace, self.client_id, name)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        item.revealed = True
        item.original = value
        item.edit.setText(value)
        self._update(name)
        if not item.edit.isReadOnly():
            item.edit.setFocus()

    def copy(self, name: str) -> None:
        item = self._fields[name]
        text = item.edit.text().strip()
        if self.client_id is None or not item.revealed or not text:
            return
        try:
            special_data.note_copied(self.session.workspace, self.client_id, name)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        self.session.copy_secret(text)
        self.message.emit(
            self.tr("%1 gekopieerd. Het klembord wordt over %2 seconden gewist.")
            .replace("%1", field_label(name, self.session.language))
            .replace("%2", str(self.session.clipboard_seconds))
        )

    def is_revealed(self, name: str) -> bool:
        return self._fields[name].revealed

    # --- saving ----------------------------------------------------------------------------

    def changes(self) -> dict[str, str]:
        """The fields the user changed: name → text as typed ('' clears)."""
        found = {}
        for name, item in self._fields.items():
            if item.present and not item.revealed:
                continue
            if item.edit.text().strip() != item.original.strip():
                found[name] = item.edit.text()
        return found

    def check(self) -> list[FieldValidationError]:
        """Every problem with the changed fields."""
        problems = []
        for name, text in self.changes().items():
            try:
                check_special_field(name, text)
            except FieldValidationError as error:
                problems.append(error)
        return problems

    def fields(self) -> FieldMap:
        return {name: (item.edit, item.error_label) for name, item in self._fields.items()}
