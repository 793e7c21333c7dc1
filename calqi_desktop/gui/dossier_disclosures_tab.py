"""The 'Verstrekkingen' tab of a dossier window: the client's disclosures, logging one, the overview PDF.

Every tax return, annual account or financial report that leaves the firm is
logged here (Ctrl+Shift+V, from anywhere in the window) with what it rested
on: an authorisation, the client's consent, or "sent by the client
themselves". The service decides; a refusal is audited and its reason shown
in the dialog. Logging stays open for a restricted client on purpose: the
attempt is refused and audited, and the user reads why. The overview of all
disclosures is saved as a PDF (not while the client is restricted).
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTabWidget, QWidget

from calqi_desktop.domain.clients import ClientStatus, Dossier
from calqi_desktop.domain.disclosures import Disclosure, DisclosureChannel
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import pdf_export, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.disclosure_dialog import DisclosureDialog
from calqi_desktop.gui.forms.ui_dossier_disclosures_tab import Ui_DossierDisclosuresTab
from calqi_desktop.gui.table_model import RowTableModel


class DisclosureColumn(IntEnum):
    DISCLOSED_ON = 0
    WHAT = 1
    RECIPIENT = 2
    CHANNEL = 3
    BASIS = 4
    RECORDED_BY = 5


class DisclosureTableModel(RowTableModel[Disclosure]):
    """Read-only rows of `Disclosure`, newest first."""

    columns = DisclosureColumn

    def disclosure_at(self, row: int) -> Disclosure:
        return self.row_at(row)

    def row_of(self, disclosure_id: int) -> int:
        return next((r for r in range(self.rowCount()) if self.row_at(r).id == disclosure_id), -1)

    def header(self, column: DisclosureColumn) -> str:
        return {
            DisclosureColumn.DISCLOSED_ON: self.tr("Datum"),
            DisclosureColumn.WHAT: self.tr("Wat"),
            DisclosureColumn.RECIPIENT: self.tr("Ontvanger"),
            DisclosureColumn.CHANNEL: self.tr("Hoe"),
            DisclosureColumn.BASIS: self.tr("Op grond van"),
            DisclosureColumn.RECORDED_BY: self.tr("Vastgelegd door"),
        }[column]

    def cell(self, row: Disclosure, column: DisclosureColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and row.note and column == DisclosureColumn.WHAT:
            return row.note
        return None

    def _text(self, row: Disclosure, column: DisclosureColumn) -> str:
        language = self.language
        if column == DisclosureColumn.DISCLOSED_ON:
            return format_date_nl(row.disclosed_on)
        if column == DisclosureColumn.WHAT:
            return row.what(language)
        if column == DisclosureColumn.RECIPIENT:
            return row.recipient(language)
        if column == DisclosureColumn.CHANNEL:
            return row.channel.label(language)
        if column == DisclosureColumn.BASIS:
            return self.basis(row)
        return row.recorded_by

    def basis(self, row: Disclosure) -> str:
        """What the disclosure rested on, in words."""
        if row.channel is DisclosureChannel.SENT_BY_CLIENT:
            return self.tr("Door de klant zelf verstuurd")
        if row.authorisation_id is not None:
            return row.authorisation or self.tr("Machtiging van de klant")
        if row.consent_id is not None:
            return (
                self.tr("Toestemming van de klant voor verkoop")
                if row.sale
                else self.tr("Toestemming van de klant")
            )
        return ""


class DisclosuresTab(QWidget):
    """`message(text)` for the editor's status line; `changed()` after something was recorded."""

    message = Signal(str)
    changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierDisclosuresTab()
        self.ui.setupUi(self)
        self.session = session
        self.dossier: Dossier | None = None
        self.may_record = False
        self.model = DisclosureTableModel(session.language, self)
        table = self.ui.disclosure_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (DisclosureColumn.DISCLOSED_ON, 90),
            (DisclosureColumn.WHAT, 260),
            (DisclosureColumn.RECIPIENT, 170),
            (DisclosureColumn.CHANNEL, 180),
            (DisclosureColumn.BASIS, 260),
        ):
            header.resizeSection(column, width)
        self.record_action = QAction(self.tr("Verstrekking vastleggen"), self)
        self.record_action.setObjectName("record_disclosure_action")
        self.record_action.setShortcut(QKeySequence(shortcuts.RECORD_DISCLOSURE))
        self.record_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.record_action.triggered.connect(self._record_from_shortcut)
        self.addAction(self.record_action)
        self.ui.record_disclosure_button.clicked.connect(self.record)
        self.ui.disclosure_overview_button.clicked.connect(self.save_overview)
        self.load(None)

    # --- loading -------------------------------------------------------------------------------

    def load(self, dossier: Dossier | None) -> None:
        """Show the dossier's rows (None: a new dossier, which gets them after its first save)."""
        self.dossier = dossier
        window = self.window()
        if window is not self and self.record_action not in window.actions():
            window.addAction(self.record_action)  # Ctrl+Shift+V from every tab of the window
        saved = dossier is not None
        # Not closed for a restricted client: the service refuses, audits, and the user reads why.
        self.may_record = saved and self.session.may(Permission.RECORD_DISCLOSURES)
        ui = self.ui
        ui.save_first_label.setVisible(not saved)
        ui.disclosure_table.setVisible(saved)
        ui.record_disclosure_button.setVisible(saved)
        ui.record_disclosure_button.setEnabled(self.may_record)
        ui.record_disclosure_button.setToolTip(
            self.tr("Vastleggen dat een stuk de firma verlaat (Ctrl+Shift+V)")
            if self.may_record
            else self.tr("Uw rol mag geen verstrekkingen vastleggen.")
        )
        self.record_action.setEnabled(self.may_record)
        blocked = dossier is not None and (dossier.restricted or dossier.status == ClientStatus.ANONYMISED)
        may_print = saved and self.session.may(Permission.EXPORT_DATA)
        ui.disclosure_overview_button.setVisible(may_print)
        ui.disclosure_overview_button.setEnabled(may_print and not blocked)
        ui.disclosure_overview_button.setToolTip(
            self.tr("Zolang de verwerking beperkt is of na anonimisering wordt er niets afgedrukt.")
            if blocked
            else self.tr("Alle verstrekkingen van deze klant als PDF")
        )
        self._reload()

    def _reload(self, select_id: int | None = None) -> None:
        from calqi_desktop.services import disclosures

        rows: list[Disclosure] = []
        if self.dossier is not None:
            try:
                rows = disclosures.client_disclosures(self.session.workspace, self.dossier.id)
            except CalqiError as error:
                self.message.emit(error.message(self.session.language))
        self.model.set_rows(rows)
        if select_id is not None:
            self.select_item(select_id)

    def select_item(self, item_id: int) -> bool:
        """Select the row with this id (a click through from the dashboard); False when absent."""
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        table = self.ui.disclosure_table
        table.selectRow(row)
        table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    # --- recording -------------------------------------------------------------------------------

    def _record_from_shortcut(self) -> None:
        parent = self.parentWidget()
        while parent is not None:  # show this tab: the shortcut works from every tab of the window
            if isinstance(parent, QTabWidget) and parent.indexOf(self) >= 0:
                parent.setCurrentWidget(self)
                break
            parent = parent.parentWidget()
        self.record()

    def record(self) -> None:
        if not self.may_record or self.dossier is None:
            return
        dialog = DisclosureDialog(self.session, self.dossier.id, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.disclosure
        dialog.deleteLater()
        if not accepted or result is None:
            return
        self._reload(result.id)
        self.message.emit(
            self.tr("De verstrekking is vastgelegd: %1 aan %2.")
            .replace("%1", result.what(self.session.language))
            .replace("%2", result.recipient(self.session.language))
        )
        self.changed.emit()

    # --- the overview ---------------------------------------------------------------------------

    def save_overview(self) -> None:
        """Every disclosure of the client as a PDF (the service audits it)."""
        from calqi_desktop.services import privacy_documents

        if self.dossier is None:
            return
        workspace = self.session.workspace
        client_id = self.dossier.id
        saved = pdf_export.ask_and_save_pdf(
            self,
            self.tr("Overzicht van verstrekkingen opslaan"),
            self.tr("Verstrekkingen %1.pdf").replace("%1", self.dossier.draft.client_number),
            lambda: privacy_documents.disclosure_overview(workspace, client_id),
        )
        if saved is not None:
            self.message.emit(self.tr("Het overzicht is opgeslagen als %1.").replace("%1", str(saved)))
