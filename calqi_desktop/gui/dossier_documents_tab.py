"""The 'Documenten' tab: a dossier's documents — add, view in the program, save a copy, remove.

Documents are stored at once (not with the dossier's Save): adding reads the
file within the firm's size limit (`export.document_check.read_file`) and
hands it to `services.documents`, which checks the content and, for an ID
copy or a financial document, the recorded basis. Viewing opens the in-app
viewer (`gui.document_viewer`); nothing is written to disk unless the user
chooses "Opslaan als…", which needs the export permission. A role without
access to special data cannot open ID copies or financial documents. A new
dossier gets documents after its first save.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QWidget

from calqi_desktop.domain.clients import DocumentInfo, DocumentKind, LegalBasis, SpecialCategory
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_datetime_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.basis_dialog import BasisLine
from calqi_desktop.gui.change_reason_dialog import ChangeReasonDialog
from calqi_desktop.gui.forms.ui_add_document_dialog import Ui_AddDocumentDialog
from calqi_desktop.gui.forms.ui_dossier_documents_tab import Ui_DossierDocumentsTab
from calqi_desktop.gui.table_model import RowTableModel
from calqi_desktop.services.special_data import BasisDraft

_TYPES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG"}
DOCUMENT_CATEGORIES = (SpecialCategory.ID_COPY, SpecialCategory.FINANCIAL)


class DocumentColumn(IntEnum):
    KIND = 0
    NAME = 1
    TYPE = 2
    SIZE = 3
    ADDED_BY = 4
    ADDED_AT = 5


class DocumentTableModel(RowTableModel[DocumentInfo]):
    """Read-only rows of `DocumentInfo`, newest first."""

    columns = DocumentColumn

    def set_documents(self, documents: list[DocumentInfo] | tuple[DocumentInfo, ...]) -> None:
        self.set_rows(documents)

    def document_at(self, row: int) -> DocumentInfo:
        return self.row_at(row)

    def header(self, column: DocumentColumn) -> str:
        return {
            DocumentColumn.KIND: self.tr("Soort"),
            DocumentColumn.NAME: self.tr("Naam"),
            DocumentColumn.TYPE: self.tr("Type"),
            DocumentColumn.SIZE: self.tr("Grootte"),
            DocumentColumn.ADDED_BY: self.tr("Toegevoegd door"),
            DocumentColumn.ADDED_AT: self.tr("Toegevoegd op"),
        }[column]

    def cell(self, info: DocumentInfo, column: DocumentColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == DocumentColumn.NAME and info.description:
            return info.description
        if role == Qt.ItemDataRole.TextAlignmentRole and column == DocumentColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, info: DocumentInfo, column: DocumentColumn) -> str:
        if column == DocumentColumn.KIND:
            return info.kind.label(self.language)
        if column == DocumentColumn.NAME:
            return info.file_name
        if column == DocumentColumn.TYPE:
            return _TYPES.get(info.mime_type, info.mime_type)
        if column == DocumentColumn.SIZE:
            locale = QLocale(QLocale.Language.English if self.language == "en" else QLocale.Language.Dutch)
            return locale.formattedDataSize(info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        if column == DocumentColumn.ADDED_BY:
            return info.added_by
        return format_datetime_nl(info.added_at)


class AddDocumentDialog(QDialog):
    """The kind of a chosen file and a description; kinds without a basis (or not allowed) are greyed."""

    def __init__(
        self, file_name: str, language: str, allowed: dict[DocumentKind, bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AddDocumentDialog()
        self.ui.setupUi(self)
        self.ui.file_label.setText(self.tr("Bestand: %1").replace("%1", file_name))
        model = self.ui.kind_combo.model()
        for kind, usable in allowed.items():
            self.ui.kind_combo.addItem(kind.label(language), kind.value)
            if not usable and isinstance(model, QStandardItemModel):
                item = model.item(self.ui.kind_combo.count() - 1)
                item.setEnabled(False)
        first = next((i for i, usable in enumerate(allowed.values()) if usable), 0)
        self.ui.kind_combo.setCurrentIndex(first)
        if not all(allowed.values()):
            self.ui.kind_hint_label.setText(
                self.tr(
                    "Grijze soorten zijn bijzondere gegevens: die kunnen pas worden toegevoegd als de "
                    "grondslag ervoor is vastgelegd (op dit tabblad), en alleen door wie bijzondere "
                    "gegevens mag zien."
                )
            )
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Toevoegen"))
        ok.setObjectName("add_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.ui.kind_combo.currentData())

    @property
    def description(self) -> str:
        return self.ui.description_edit.text().strip()


class DocumentsTab(QWidget):
    """Emits `changed` after a document was added or removed, `message(text)`, `basis_requested(category)`."""

    changed = Signal()
    message = Signal(str)
    basis_requested = Signal(object)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierDocumentsTab()
        self.ui.setupUi(self)
        self.session = session
        self.client_id: int | None = None
        self.may_edit = False
        self._bases: set[SpecialCategory] = set()
        self.model = DocumentTableModel(session.language, self)
        table = self.ui.documents_table
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (DocumentColumn.KIND, 170),
            (DocumentColumn.NAME, 200),
            (DocumentColumn.TYPE, 50),
        ):
            table.horizontalHeader().resizeSection(column, width)
        self.basis_lines = {
            category: BasisLine(category, session.language, self) for category in DOCUMENT_CATEGORIES
        }
        for category, line in self.basis_lines.items():
            line.label.setText(category.label(session.language))
            line.record_requested.connect(self.basis_requested)
            self.ui.basis_layout.addWidget(line)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.view())
        self.ui.add_document_button.clicked.connect(self.choose_file)
        self.ui.view_document_button.clicked.connect(self.view)
        self.ui.save_document_as_button.clicked.connect(self.save_as)
        self.ui.remove_document_button.clicked.connect(self.remove)

    # --- loading -------------------------------------------------------------------------

    def load(self, client_id: int | None, documents: tuple[DocumentInfo, ...], *, may_edit: bool) -> None:
        self.client_id = client_id
        self.may_edit = may_edit
        self.model.set_documents(documents)
        saved = client_id is not None
        self.ui.save_first_label.setVisible(not saved)
        self.ui.documents_table.setVisible(saved)
        self.ui.add_document_button.setVisible(saved and may_edit)
        self.ui.remove_document_button.setVisible(saved and may_edit)
        self.ui.view_document_button.setVisible(saved)
        self.ui.save_document_as_button.setVisible(saved and self.session.may(Permission.EXPORT_DATA))
        for line in self.basis_lines.values():
            line.setVisible(saved and self.session.may(Permission.VIEW_SPECIAL_DATA))
        self._update_buttons()

    def set_bases(
        self,
        bases: dict[SpecialCategory, LegalBasis],
        pending: dict[SpecialCategory, BasisDraft],
        *,
        may_record: bool,
    ) -> None:
        self._bases = set(bases)
        for category, line in self.basis_lines.items():
            line.show_basis(bases.get(category), pending.get(category), may_record=may_record)
            line.label.setText(f"{_capitalised(category.label(self.session.language))}: {line.label.text()}")

    def _reload(self) -> None:
        from calqi_desktop.services import documents

        if self.client_id is None:
            return
        try:
            found = documents.list_documents(self.session.workspace, self.client_id)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        self.model.set_documents(found)
        self._update_buttons()

    def selected(self) -> DocumentInfo | None:
        rows = self.ui.documents_table.selectionModel().selectedRows()
        return self.model.document_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.ui.documents_table.selectRow(row)

    def _may_open(self, info: DocumentInfo) -> bool:
        return info.kind.special_category is None or self.session.may(Permission.VIEW_SPECIAL_DATA)

    def _update_buttons(self) -> None:
        info = self.selected()
        may_open = info is not None and self._may_open(info)
        self.ui.view_document_button.setEnabled(may_open)
        self.ui.save_document_as_button.setEnabled(may_open)
        self.ui.remove_document_button.setEnabled(info is not None)
        hidden_reason = (
            self.tr("Dit document bevat bijzondere persoonsgegevens; uw rol mag het niet openen.")
            if info is not None and not may_open
            else ""
        )
        self.ui.view_document_button.setToolTip(
            hidden_reason or self.tr("Het gekozen document in het programma tonen")
        )

    # --- adding ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        file_name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Document toevoegen"),
            "",
            self.tr("Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)"),
        )
        if file_name:
            self.add_file(Path(file_name))

    def allowed_kinds(self) -> dict[DocumentKind, bool]:
        """Every kind, and whether it can be added now (basis recorded, role may see special data)."""
        special = self.session.may(Permission.VIEW_SPECIAL_DATA)
        return {
            kind: kind.special_category is None or (special and kind.special_category in self._bases)
            for kind in DocumentKind
        }

    def add_file(self, path: Path) -> bool:
        """Ask the kind, read the file within the firm's limit and store it; True when it was added."""
        from calqi_desktop.export import document_check
        from calqi_desktop.services import documents, settings

        if self.client_id is None or not self.may_edit:
            return False
        dialog = AddDocumentDialog(path.name, self.session.language, self.allowed_kinds(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            workspace = self.session.workspace
            data = document_check.read_file(path, settings.work_settings(workspace).document_max_bytes)
            info = documents.add_document(
                workspace, self.client_id, dialog.kind, path.name, data, dialog.description
            )
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return False
        self._reload()
        self.message.emit(self.tr("Het document ‘%1’ is toegevoegd.").replace("%1", info.file_name))
        self.changed.emit()
        return True

    # --- viewing and saving ---------------------------------------------------------------

    def view(self) -> None:
        from calqi_desktop.gui.document_viewer import DocumentViewerDialog
        from calqi_desktop.services import documents

        info = self.selected()
        if info is None or self.client_id is None or not self._may_open(info):
            return
        try:
            opened, data = documents.open_document(self.session.workspace, self.client_id, info.id)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        dialog = DocumentViewerDialog(
            opened, data, may_save=self.session.may(Permission.EXPORT_DATA), parent=self
        )
        dialog.save_requested.connect(lambda: self.save_as(opened, dialog))
        try:
            dialog.exec()
        finally:
            dialog.viewer.clear()
            dialog.deleteLater()

    def save_as(self, info: DocumentInfo | None = None, parent: QWidget | None = None) -> None:
        from calqi_desktop.services import documents

        info = info or self.selected()
        if info is None or self.client_id is None or not self._may_open(info):
            return
        file_name, _filter = QFileDialog.getSaveFileName(
            parent or self, self.tr("Document opslaan als"), documents.suggested_file_name(info)
        )
        if not file_name:
            return
        self.save_to(info, Path(file_name), parent)

    def save_to(self, info: DocumentInfo, target: Path, parent: QWidget | None = None) -> bool:
        from calqi_desktop.services import documents

        if self.client_id is None:
            return False
        try:
            documents.save_document_as(self.session.workspace, self.client_id, info.id, target)
        except CalqiError as error:
            errors.show_error(parent or self.window(), error)
            return False
        self.message.emit(self.tr("Het document is opgeslagen als %1.").replace("%1", str(target)))
        return True

    # --- removing ---------------------------------------------------------------------------

    def remove(self) -> None:
        from calqi_desktop.services import documents

        info = self.selected()
        if info is None or self.client_id is None or not self.may_edit:
            return
        dialog = ChangeReasonDialog(
            self.session.language,
            self,
            title=self.tr("Document verwijderen"),
            explanation=self.tr(
                "Het document ‘%1’ wordt definitief uit de kluis verwijderd; dat kan niet ongedaan worden "
                "gemaakt. Waarom wordt het verwijderd? De reden komt in de historie van het dossier."
            ).replace("%1", info.file_name),
            ok_text=self.tr("Verwijderen"),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            documents.remove_document(
                self.session.workspace, self.client_id, info.id, dialog.reason, dialog.note
            )
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        self._reload()
        self.message.emit(self.tr("Het document ‘%1’ is verwijderd.").replace("%1", info.file_name))
        self.changed.emit()


def _capitalised(text: str) -> str:
    """'de kopie van het identiteitsbewijs' → 'Kopie van het identiteitsbewijs'."""
    for article in ("de ", "het ", "the "):
        if text.startswith(article):
            text = text[len(article) :]
            break
    return text[:1].upper() + text[1:]
