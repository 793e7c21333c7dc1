"""The dossier list: search as you type, filter, sort, and open dossiers in their own windows.

Every keystroke in the search field asks the vault again (`services.clients.
find` answers in milliseconds); the status and kind filters and the sortable
columns narrow and order the same query. Enter or a double click opens the
chosen dossier — through `clients.open_dossier`, which writes the audit
event — in a `DossierEditor` window; opening it again brings that window to
the front. Ctrl+N starts a new dossier, Ctrl+I an import (for roles that may).
A rectification request opens the dossier for that request
(`open_dossier(client_id, request_id=…)`): a window already open for it
switches to the request, unless it holds unsaved changes, which the member
is asked to save or discard first.
The BSN is never shown; a complete, valid BSN typed in the search field finds
its client for roles that may see special data.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.client_list import ClientListPage, ClientListQuery
from calqi_desktop.domain.clients import ClientKind, ClientStatus
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.gui.dossier_model import SORT_OF_COLUMN, DossierColumn, DossierListModel
from calqi_desktop.gui.forms.ui_dossier_page import Ui_DossierPage
from calqi_desktop.gui.page import Page
from calqi_desktop.services import clients


def thousands(number: int) -> str:
    """1234 → '1.234', as Dutch writes numbers."""
    return f"{number:,}".replace(",", ".")


class DossierPage(Page):
    """The list of dossiers and the windows of the dossiers opened from it."""

    required_permission: ClassVar[Permission | None] = Permission.VIEW_DOSSIERS

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_DossierPage()
        self.ui.setupUi(self)
        self.editors: list[DossierEditor] = []
        self.model = DossierListModel(self._fetch, language=session.language, parent=self)
        self.model.failed.connect(self._fetch_failed)
        self.model.loaded.connect(self._update_count)
        table = self.ui.dossier_table
        table.setModel(self.model)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (DossierColumn.CLIENT_NUMBER, 110),
            (DossierColumn.NAME, 260),
            (DossierColumn.KIND, 100),
            (DossierColumn.POSTCODE, 80),
            (DossierColumn.CITY, 160),
        ):
            header.resizeSection(column, width)
        header.setSortIndicator(DossierColumn.NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)

        ui = self.ui
        ui.status_filter_combo.addItem(self.tr("Alle"), None)
        for status in ClientStatus:
            ui.status_filter_combo.addItem(status.label(session.language), status.value)
        ui.kind_filter_combo.addItem(self.tr("Alle"), None)
        ui.kind_filter_combo.addItem(self.tr("Personen"), ClientKind.PERSON.value)
        ui.kind_filter_combo.addItem(self.tr("Organisaties"), ClientKind.ORGANISATION.value)
        ui.dossier_search.textChanged.connect(self._query_changed)
        ui.dossier_search.returnPressed.connect(self._open_from_search)
        ui.dossier_search.installEventFilter(self)
        ui.status_filter_combo.currentIndexChanged.connect(self._query_changed)
        ui.kind_filter_combo.currentIndexChanged.connect(self._query_changed)
        table.doubleClicked.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_dossier_action = self._action(
            "new_dossier_action", (shortcuts.NEW_DOSSIER,), self.new_dossier
        )
        self.import_action = self._action(
            "import_clients_action", (shortcuts.IMPORT_CLIENTS,), self.import_clients
        )
        self.open_action = QAction(self)
        self.open_action.setObjectName("open_dossier_action")
        self.open_action.setShortcuts([QKeySequence(key) for key in shortcuts.OPEN])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_selected)
        table.addAction(self.open_action)
        ui.new_dossier_button.clicked.connect(self.new_dossier)
        ui.open_dossier_button.clicked.connect(self.open_selected)
        ui.import_clients_button.clicked.connect(self.import_clients)
        ui.dossier_status_label.clear()
        session.locked.connect(self._forget)
        self._apply_permissions()
        self._update_buttons()

    def _action(self, name: str, keys: tuple[str, ...], slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def page_title(self) -> str:
        return self.tr("Dossiers")

    # --- permissions -------------------------------------------------------------------

    def _apply_permissions(self) -> None:
        may_create = self.session.may(Permission.EDIT_DOSSIERS)
        may_import = self.session.may(Permission.IMPORT_CLIENTS)
        self.ui.new_dossier_button.setVisible(may_create)
        self.new_dossier_action.setEnabled(may_create)
        self.ui.import_clients_button.setVisible(may_import)
        self.import_action.setEnabled(may_import)

    # --- the list ------------------------------------------------------------------------

    def _fetch(self, query: ClientListQuery, offset: int, limit: int) -> ClientListPage:
        return clients.find(self.session.workspace, query, offset=offset, limit=limit)

    def query(self) -> ClientListQuery:
        """What the search field and filters ask for, in the current sort order."""
        ui = self.ui
        status = ui.status_filter_combo.currentData()
        kind = ui.kind_filter_combo.currentData()
        current = self.model.query
        return ClientListQuery(
            text=ui.dossier_search.text(),
            kind=ClientKind(kind) if kind else None,
            status=ClientStatus(status) if status else None,
            sort=current.sort,
            descending=current.descending,
        )

    def refresh(self) -> None:
        """Load the list again (shown, after an unlock, after a save), keeping the chosen dossier chosen."""
        self._apply_permissions()
        selected = self.selected_id()
        self.ui.dossier_status_label.clear()
        self.model.set_query(self.query())
        if selected is not None:
            self.select_client(selected)
        self._update_buttons()

    def _query_changed(self, *_args: object) -> None:
        if not self.session.is_signed_in:
            return
        self.ui.dossier_status_label.clear()
        self.model.set_query(self.query())
        self._update_buttons()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_OF_COLUMN:  # not sortable: put the indicator back where the list is sorted
            header = self.ui.dossier_table.horizontalHeader()
            header.blockSignals(True)
            current = self.model.query
            header.setSortIndicator(
                self.model.sort_column(),
                Qt.SortOrder.DescendingOrder if current.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)

    def _fetch_failed(self, error: CalqiError) -> None:
        self.ui.dossier_status_label.setText(error.message(self.session.language))

    def _update_count(self) -> None:
        total = self.model.total
        loaded = self.model.loaded_count
        if total is None and not self.model.has_more:
            total = loaded
        if total is None:
            text = self.tr("%1+ dossiers").replace("%1", thousands(loaded))
        elif total == 0:
            text = (
                self.tr("Geen dossiers gevonden")
                if self.ui.dossier_search.text().strip()
                else self.tr("Geen dossiers")
            )
        elif total == 1:
            text = self.tr("1 dossier")
        else:
            text = self.tr("%1 dossiers").replace("%1", thousands(total))
        self.ui.dossier_count_label.setText(text)

    def _forget(self) -> None:
        """Locked: nothing from before stays on screen."""
        self.model.clear()
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.ui.dossier_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_client(self, client_id: int) -> bool:
        row = self.model.row_of(client_id)
        if row is None:
            return False
        self.ui.dossier_table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        self.ui.open_dossier_button.setEnabled(self.selected_id() is not None)

    def focus_filter(self) -> bool:
        self.ui.dossier_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.dossier_search.selectAll()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search field: into the list, on the first (or chosen) dossier."""
        if (
            watched is self.ui.dossier_search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            table = self.ui.dossier_table
            if self.selected_id() is None:
                table.selectionModel().setCurrentIndex(
                    self.model.index(0, DossierColumn.NAME),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            table.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    # --- opening ---------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_dossier(self.model.row_at(index.row()).id)

    def open_selected(self) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            self.open_dossier(client_id)

    def _open_from_search(self) -> None:
        """Enter in the search field: the chosen dossier, or the first one found."""
        client_id = self.selected_id()
        if client_id is None and self.model.rowCount() > 0:
            client_id = self.model.row_at(0).id
        if client_id is not None:
            self.open_dossier(client_id)

    def editor_for(self, client_id: int) -> DossierEditor | None:
        return next((editor for editor in self.editors if editor.client_id == client_id), None)

    def open_dossier(self, client_id: int, *, request_id: int | None = None) -> DossierEditor | None:
        """The dossier's window: the one already open, brought to the front, or a new one (audited).

        With `request_id` the window corrects the dossier for that rectification request. An open
        window switches to it; one with unsaved changes is brought to the front with a message
        instead (None), so those changes are never saved under the request unseen.
        """
        editor = self.editor_for(client_id)
        if editor is None:
            try:
                dossier = clients.open_dossier(self.session.workspace, client_id)
            except CalqiError as error:
                errors.show_error(self, error)
                return None
            editor = self._adopt(DossierEditor(self.session, dossier, self, request_id=request_id))
        elif request_id is not None and editor.request_id != request_id:
            self._present(editor)
            if editor.has_unsaved_changes():
                self._ask_to_finish(editor)
                return None
            if not editor.enter_request_mode(request_id):
                return None
        self._present(editor)
        return editor

    def _ask_to_finish(self, editor: DossierEditor) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            self.tr("Dit dossier is al geopend en heeft niet-opgeslagen wijzigingen."),
            QMessageBox.StandardButton.Ok,
            editor,
        )
        box.setObjectName("finish_editing_box")
        box.setInformativeText(
            self.tr(
                "Sla de wijzigingen op of sluit het venster zonder opslaan, en kies daarna opnieuw "
                "‘Dossier corrigeren’ bij het verzoek. Zo komen alleen de correcties voor het verzoek "
                "in de historie onder dat verzoek."
            )
        )
        box.exec()

    def new_dossier(self) -> DossierEditor | None:
        if not self.session.may(Permission.EDIT_DOSSIERS):
            return None
        editor = self._adopt(DossierEditor(self.session, None, self))
        self._present(editor)
        editor.ui.initials_edit.setFocus()
        return editor

    def _adopt(self, editor: DossierEditor) -> DossierEditor:
        editor.saved.connect(self._saved)
        editor.closed.connect(self._closed)
        self.editors.append(editor)
        return editor

    @staticmethod
    def _present(editor: DossierEditor) -> None:
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def _saved(self, client_id: int) -> None:
        try:
            self.refresh()
        except CalqiError as error:
            self.ui.dossier_status_label.setText(error.message(self.session.language))
            return
        self.select_client(client_id)

    def _closed(self, editor: DossierEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def has_unsaved_changes(self) -> bool:
        return any(editor.has_unsaved_changes() for editor in self.editors)

    # --- import --------------------------------------------------------------------------------

    def import_clients(self) -> None:
        if not self.session.may(Permission.IMPORT_CLIENTS):
            return
        from calqi_desktop.gui.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _count: self.refresh())
        dialog.open()
