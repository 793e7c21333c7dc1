"""The dossier list as a Qt table model: one row per client, fetched a page at a time.

The model holds `ClientListRow`s, never a session: the page gives it a fetch
function `fetch(query, offset, limit)` that asks `services.clients.find`, and
the view pulls further pages through `canFetchMore`/`fetchMore` as the user
scrolls. `set_query()` starts over (each keystroke in the search field);
`sort()` maps the clicked column to a `ClientSort` and reloads, since the list
is sorted by the vault, not here. A failure to fetch (the vault locked, say)
empties nothing that was shown before; it is reported through `failed`.

No special data is shown: a BSN may find a client, but is never a column.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from calqi_desktop.domain.client_list import ClientListPage, ClientListQuery, ClientListRow, ClientSort
from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.gui.table_model import AnyIndex, RowTableModel

PAGE_SIZE = 200

#: fetch(query, offset, limit) -> one page of the list.
FetchPage = Callable[[ClientListQuery, int, int], ClientListPage]

ROW_ROLE = Qt.ItemDataRole.UserRole  # the `ClientListRow` of a row


class DossierColumn(IntEnum):
    """The columns of the dossier list, in display order."""

    CLIENT_NUMBER = 0
    NAME = 1
    KIND = 2
    POSTCODE = 3
    CITY = 4
    STATUS = 5


#: The columns the vault can sort by; the others are not sortable.
SORT_OF_COLUMN: dict[DossierColumn, ClientSort] = {
    DossierColumn.CLIENT_NUMBER: ClientSort.CLIENT_NUMBER,
    DossierColumn.NAME: ClientSort.NAME,
    DossierColumn.POSTCODE: ClientSort.POSTCODE,
    DossierColumn.CITY: ClientSort.CITY,
}
COLUMN_OF_SORT = {sort: column for column, sort in SORT_OF_COLUMN.items()}


class DossierListModel(RowTableModel[ClientListRow]):
    """Read-only rows of the dossier list. `failed` carries a `CalqiError` from a fetch."""

    failed = Signal(object)
    loaded = Signal()  # after every page (and after a reset), for the count label
    columns = DossierColumn

    def __init__(
        self,
        fetch: FetchPage | None = None,
        *,
        language: str = "nl",
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._fetch = fetch
        self._page_size = page_size
        self._query = ClientListQuery()
        self._ids: set[int] = set()
        self._total: int | None = 0
        self._has_more = False
        self._resetting = False  # a view (or the model tester) may ask for more during a reset

    # --- what is shown -----------------------------------------------------------------

    @property
    def query(self) -> ClientListQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """All matches: counted by the vault, or all loaded; None while there are too many to count."""
        if self._total is None and not self._has_more:
            return len(self._rows)
        return self._total

    @property
    def has_more(self) -> bool:
        """True while further pages can be fetched."""
        return self._has_more

    def set_fetch(self, fetch: FetchPage | None) -> None:
        self._fetch = fetch

    def set_query(self, query: ClientListQuery) -> None:
        """Forget the rows and load the first page of `query`."""
        self._resetting = True
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._ids = set()
        self._total = None
        self._has_more = self._fetch is not None
        self.endResetModel()
        self._resetting = False
        self._load_page()
        self.loaded.emit()

    def reload(self) -> None:
        """The same query again (after a save, an import, an unlock)."""
        self.set_query(self._query)

    def clear(self) -> None:
        """Show nothing (after a lock: nothing from before stays on screen)."""
        self.beginResetModel()
        self._rows = []
        self._ids = set()
        self._total = 0
        self._has_more = False
        self.endResetModel()
        self.loaded.emit()

    def row_of(self, client_id: int) -> int | None:
        """The row showing `client_id` among those loaded, or None."""
        return next((row for row, item in enumerate(self._rows) if item.id == client_id), None)

    def sort_column(self) -> DossierColumn:
        return COLUMN_OF_SORT[self._query.sort]

    # --- fetching ------------------------------------------------------------------------

    def _load_page(self) -> None:
        if self._fetch is None or not self._has_more:
            return
        offset = len(self._rows)
        try:
            page = self._fetch(self._query, offset, self._page_size)
        except CalqiError as error:
            self._has_more = False
            self.failed.emit(error)
            return
        if offset == 0:
            self._total = page.total
        self._has_more = page.has_more
        new_rows = [row for row in page.rows if row.id not in self._ids]  # a BSN hit may come again
        if not new_rows:
            return
        self._ids.update(row.id for row in new_rows)
        self.append_rows(new_rows)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or not self._has_more or self._resetting:
            return
        self._load_page()
        self.loaded.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a sortable column (name, number, postcode, city); other columns are ignored."""
        if column not in SORT_OF_COLUMN:
            return
        sort = SORT_OF_COLUMN[DossierColumn(column)]
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._query.sort, self._query.descending):
            return  # the view repeats the current order when it is set up
        self.set_query(replace(self._query, sort=sort, descending=descending))

    # --- cells ---------------------------------------------------------------------------

    def header_tooltip(self, column: DossierColumn) -> str:
        if column in SORT_OF_COLUMN:
            return self.tr("Klik om op deze kolom te sorteren")
        return self.tr("Op deze kolom kan niet worden gesorteerd")

    def cell(self, item: ClientListRow, column: DossierColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == DossierColumn.STATUS and item.restricted:
            return self.tr("Verwerking beperkt (AVG art. 18): inzien mag, wijzigen niet.")
        if role == Qt.ItemDataRole.ForegroundRole and item.status == ClientStatus.ANONYMISED:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == ROW_ROLE:
            return item
        return None

    def header(self, column: DossierColumn) -> str:
        return {
            DossierColumn.CLIENT_NUMBER: self.tr("Klantnummer"),
            DossierColumn.NAME: self.tr("Naam"),
            DossierColumn.KIND: self.tr("Soort"),
            DossierColumn.POSTCODE: self.tr("Postcode"),
            DossierColumn.CITY: self.tr("Plaats"),
            DossierColumn.STATUS: self.tr("Status"),
        }[column]

    def _text(self, item: ClientListRow, column: DossierColumn) -> str:
        if column == DossierColumn.CLIENT_NUMBER:
            return item.client_number
        if column == DossierColumn.NAME:
            return item.name
        if column == DossierColumn.KIND:
            return item.kind.label(self.language)
        if column == DossierColumn.POSTCODE:
            return item.postcode
        if column == DossierColumn.CITY:
            return item.city
        if item.restricted:
            return self.tr("Beperkt")
        return item.status.label(self.language)
