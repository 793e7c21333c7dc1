"""The 'Kinderen' and 'Bankrekeningen' tabs: special rows shown masked, revealed one row at a time.

Each row first shows only that it exists ("NL•• •••• •••• ••••"). "Tonen"
reveals that one row (`special_data.reveal_child` / `reveal_bank_account`,
audited); only a revealed row can be changed. New rows, changes and removals
are kept here until the dossier is saved and then go to the service as
`SpecialChanges`. The basis rule and the role rule are those of the special
data tab: no basis, no adding or changing; the assistent sees one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calqi_desktop.domain.clients import BankAccountDraft, ChildDraft, LegalBasis, MaskedRow, SpecialCategory
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.validation import format_iban
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.basis_dialog import BasisLine
from calqi_desktop.gui.special_row_dialogs import BankAccountDialog, ChildDialog
from calqi_desktop.services import special_data
from calqi_desktop.services.special_data import BasisDraft

Draft = Any  # BankAccountDraft or ChildDraft


@dataclass
class Entry:
    """One row: in the vault (`id`) or new; what it was when revealed, what it is now."""

    id: int | None
    masked: str = ""
    revealed: Draft | None = None
    current: Draft | None = None

    @property
    def shown(self) -> Draft | None:
        return self.current if self.current is not None else self.revealed

    @property
    def changed(self) -> bool:
        return self.current is not None and self.current != self.revealed


class MaskedRowsTab(QWidget):
    """Base of both tabs. Emits `edited` on every change and `basis_requested(category)`."""

    edited = Signal()
    basis_requested = Signal(object)

    category: SpecialCategory
    row_name: str  # objectName of a row: 'bank_account_row'

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.client_id: int | None = None
        self.may_view = False
        self.may_edit = False
        self.has_basis = False
        self.entries: list[Entry] = []
        self.removed: set[int] = set()
        self.rows: list[QFrame] = []
        layout = QVBoxLayout(self)
        self.hidden_for_role_label = QLabel(
            QCoreApplication.translate(
                "MaskedRowsTab", "Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar."
            ),
            self,
        )
        self.hidden_for_role_label.setObjectName("hidden_for_role_label")
        self.hidden_for_role_label.setWordWrap(True)
        layout.addWidget(self.hidden_for_role_label)
        self.content = QWidget(self)
        self.content.setObjectName(f"{self.row_name}s_content")
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        self.intro_label = QLabel(self.intro_text(), self.content)
        self.intro_label.setWordWrap(True)
        inner.addWidget(self.intro_label)
        self.basis_line = BasisLine(self.category, session.language, self.content)
        self.basis_line.record_requested.connect(self.basis_requested)
        inner.addWidget(self.basis_line)
        self.rows_layout = QVBoxLayout()
        inner.addLayout(self.rows_layout)
        self.empty_label = QLabel(self.empty_text(), self.content)
        self.empty_label.setObjectName("empty_label")
        inner.addWidget(self.empty_label)
        self.add_button = QPushButton(self.add_text(), self.content)
        self.add_button.setObjectName(f"add_{self.row_name}_button")
        self.add_button.clicked.connect(self.add)
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        inner.addLayout(line)
        layout.addWidget(self.content)
        layout.addStretch(1)

    # --- texts and kind-specific parts (subclasses) ----------------------------------------

    def intro_text(self) -> str:
        raise NotImplementedError

    def empty_text(self) -> str:
        raise NotImplementedError

    def add_text(self) -> str:
        raise NotImplementedError

    def describe(self, draft: Draft) -> str:
        raise NotImplementedError

    def row_title(self, number: int) -> str:
        raise NotImplementedError

    def fetch(self, row_id: int) -> Draft:
        raise NotImplementedError

    def ask(self, draft: Draft | None) -> Draft | None:
        """The add/change dialog; the new draft or None when cancelled."""
        raise NotImplementedError

    # --- loading -------------------------------------------------------------------------

    def load(
        self, client_id: int | None, rows: tuple[MaskedRow, ...], *, may_view: bool, may_edit: bool
    ) -> None:
        self.client_id = client_id
        self.may_view = may_view
        self.may_edit = may_edit
        self.entries = [Entry(row.id, row.masked) for row in rows] if may_view else []
        self.removed = set()
        self.hidden_for_role_label.setVisible(not may_view)
        self.content.setVisible(may_view)
        self._render()

    def set_bases(
        self,
        bases: dict[SpecialCategory, LegalBasis],
        pending: dict[SpecialCategory, BasisDraft],
        *,
        may_record: bool,
    ) -> None:
        self.has_basis = self.category in bases or self.category in pending
        self.basis_line.show_basis(
            bases.get(self.category), pending.get(self.category), may_record=may_record
        )
        self._render()

    def _render(self) -> None:
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows = []
        for number, entry in enumerate(self.entries, start=1):
            row = self._row(number, entry)
            self.rows_layout.addWidget(row)
            row.show()
            self.rows.append(row)
        self.empty_label.setVisible(not self.entries)
        self.add_button.setVisible(self.may_edit)
        self.add_button.setEnabled(self.has_basis)

    def _row(self, number: int, entry: Entry) -> QFrame:
        row = QFrame(self.content)
        row.setObjectName(self.row_name)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(row)
        shown = entry.shown
        text = f"{self.row_title(number)}: {self.describe(shown) if shown is not None else entry.masked}"
        if entry.id is None:
            text += " " + QCoreApplication.translate("MaskedRowsTab", "(nieuw, nog niet opgeslagen)")
        elif entry.changed:
            text += " " + QCoreApplication.translate("MaskedRowsTab", "(gewijzigd, nog niet opgeslagen)")
        label = QLabel(text, row)
        label.setObjectName("row_label")
        layout.addWidget(label, 1)
        reveal = QPushButton(QCoreApplication.translate("MaskedRowsTab", "Tonen"), row)
        reveal.setObjectName("reveal_button")
        reveal.setToolTip(
            QCoreApplication.translate(
                "MaskedRowsTab", "Deze regel tonen; dat wordt in de audittrail vastgelegd"
            )
        )
        reveal.setVisible(entry.id is not None and entry.revealed is None and self.client_id is not None)
        reveal.clicked.connect(lambda: self.reveal(entry))
        change = QPushButton(QCoreApplication.translate("MaskedRowsTab", "Wijzigen…"), row)
        change.setObjectName("edit_button")
        change.setVisible(self.may_edit)
        change.setEnabled(self.has_basis and (entry.id is None or entry.revealed is not None))
        change.setToolTip(
            QCoreApplication.translate("MaskedRowsTab", "Eerst tonen, dan wijzigen")
            if entry.revealed is None and entry.id
            else ""
        )
        change.clicked.connect(lambda: self.change(entry))
        remove = QPushButton(QCoreApplication.translate("MaskedRowsTab", "Verwijderen"), row)
        remove.setObjectName("remove_button")
        remove.setVisible(self.may_edit)
        remove.clicked.connect(lambda: self.remove(entry))
        for button in (reveal, change, remove):
            layout.addWidget(button)
        return row

    # --- actions ---------------------------------------------------------------------------

    def reveal(self, entry: Entry) -> None:
        if entry.id is None or self.client_id is None or entry.revealed is not None:
            return
        try:
            entry.revealed = self.fetch(entry.id)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        self._render()

    def add(self) -> None:
        if not (self.may_edit and self.has_basis):
            return
        draft = self.ask(None)
        if draft is None:
            return
        self.entries.append(Entry(None, current=draft))
        self._render()
        self.edited.emit()

    def change(self, entry: Entry) -> None:
        if not (self.may_edit and self.has_basis) or (entry.id is not None and entry.revealed is None):
            return
        draft = self.ask(entry.shown)
        if draft is None:
            return
        entry.current = draft
        self._render()
        self.edited.emit()

    def remove(self, entry: Entry) -> None:
        if not self.may_edit:
            return
        self.entries.remove(entry)
        if entry.id is not None:
            self.removed.add(entry.id)
        self._render()
        self.edited.emit()

    # --- saving ----------------------------------------------------------------------------

    def changes(self) -> tuple[tuple[Draft, ...], frozenset[int]]:
        """New and changed rows (as drafts), and the ids of removed rows."""
        drafts = tuple(entry.current for entry in self.entries if entry.changed)
        return drafts, frozenset(self.removed)


class BankAccountsTab(MaskedRowsTab):
    category = SpecialCategory.BANK_ACCOUNTS
    row_name = "bank_account_row"

    def intro_text(self) -> str:
        return self.tr(
            "Bankrekeningen worden afgeschermd getoond. Met Tonen ziet u één rekening; dat wordt in de "
            "audittrail vastgelegd. Alleen een getoonde rekening kunt u wijzigen."
        )

    def empty_text(self) -> str:
        return self.tr("Er zijn geen bankrekeningen vastgelegd.")

    def add_text(self) -> str:
        return self.tr("Rekening &toevoegen…")

    def row_title(self, number: int) -> str:
        return self.tr("Rekening %1").replace("%1", str(number))

    def describe(self, draft: Draft) -> str:
        account: BankAccountDraft = draft
        return " — ".join(part for part in (format_iban(account.iban), account.holder) if part)

    def fetch(self, row_id: int) -> Draft:
        assert self.client_id is not None
        return special_data.reveal_bank_account(self.session.workspace, self.client_id, row_id)

    def ask(self, draft: Draft | None) -> Draft | None:
        dialog = BankAccountDialog(self.session.language, draft, self)
        return dialog.account if dialog.exec() == QDialog.DialogCode.Accepted else None


class ChildrenTab(MaskedRowsTab):
    category = SpecialCategory.CHILDREN
    row_name = "child_row"

    def intro_text(self) -> str:
        return self.tr(
            "Gegevens van kinderen worden afgeschermd getoond. Met Tonen ziet u één kind; dat wordt in de "
            "audittrail vastgelegd. Alleen een getoond kind kunt u wijzigen."
        )

    def empty_text(self) -> str:
        return self.tr("Er zijn geen kinderen vastgelegd.")

    def add_text(self) -> str:
        return self.tr("Kind &toevoegen…")

    def row_title(self, number: int) -> str:
        return self.tr("Kind %1").replace("%1", str(number))

    def describe(self, draft: Draft) -> str:
        child: ChildDraft = draft
        name = " ".join(part for part in (child.first_names, child.last_name) if part)
        if child.birth_date is None:
            return name
        return self.tr("%1, geboren %2").replace("%1", name).replace("%2", format_date_nl(child.birth_date))

    def fetch(self, row_id: int) -> Draft:
        assert self.client_id is not None
        return special_data.reveal_child(self.session.workspace, self.client_id, row_id)

    def ask(self, draft: Draft | None) -> Draft | None:
        dialog = ChildDialog(self.session.language, draft, self)
        return dialog.child if dialog.exec() == QDialog.DialogCode.Accepted else None
