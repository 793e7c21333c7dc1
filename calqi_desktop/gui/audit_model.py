"""The audit screen's table model: events newest first, fetched a page at a time.

The model holds rows (`AuditEntry`), never a session: it is given a fetch
function `fetch(offset, limit)` that asks the services for the next page, and
the view pulls more through `canFetchMore`/`fetchMore` as the user scrolls, so
a trail of a million events opens as fast as one of ten.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from calqi_desktop.domain.formatting import format_timestamp_nl
from calqi_desktop.services.audit_log import AuditEntry

PAGE_SIZE = 200

#: fetch(offset, limit) -> at most `limit` entries from `offset` on, newest first.
FetchPage = Callable[[int, int], Sequence[AuditEntry]]

ENTRY_ROLE = Qt.ItemDataRole.UserRole

AnyIndex = QModelIndex | QPersistentModelIndex


class AuditColumn(IntEnum):
    TIME = 0
    USER = 1
    ACTION = 2
    CLIENT = 3
    DETAILS = 4


class AuditTableModel(QAbstractTableModel):
    """Read-only rows of the audit trail; `reload(fetch)` starts over with a new filter."""

    def __init__(
        self, fetch: FetchPage | None = None, parent: QObject | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._page_size = page_size
        self._rows: list[AuditEntry] = []
        self._exhausted = fetch is None

    def reload(self, fetch: FetchPage | None) -> None:
        """Forget the rows and load the first page through `fetch` (None: empty)."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._exhausted = fetch is None
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    # --- QAbstractTableModel -----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        page = list(self._fetch(len(self._rows), self._page_size))
        if len(page) < self._page_size:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(AuditColumn):
            return None
        return {
            AuditColumn.TIME: self.tr("Tijdstip"),
            AuditColumn.USER: self.tr("Medewerker"),
            AuditColumn.ACTION: self.tr("Actie"),
            AuditColumn.CLIENT: self.tr("Cliënt"),
            AuditColumn.DETAILS: self.tr("Details"),
        }[AuditColumn(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = AuditColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AuditColumn.CLIENT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return entry
        return None

    def _display(self, entry: AuditEntry, column: AuditColumn) -> str:
        if column == AuditColumn.TIME:
            return format_timestamp_nl(entry.occurred_at)
        if column == AuditColumn.USER:
            return entry.actor_user_name
        if column == AuditColumn.ACTION:
            return entry.action_label
        if column == AuditColumn.CLIENT:
            return "" if entry.client_id is None else str(entry.client_id)
        parts = []
        if entry.target_user_name:
            parts.append(self.tr("medewerker: %1").replace("%1", entry.target_user_name))
        if entry.on_request_of:
            parts.append(self.tr("op verzoek van: %1").replace("%1", entry.on_request_of))
        if entry.details:
            parts.append(entry.details)
        return " · ".join(parts)

    def _tooltip(self, entry: AuditEntry, column: AuditColumn) -> str | None:
        if column == AuditColumn.TIME:
            return (
                self.tr("Gebeurtenis %1, %2 UTC")
                .replace("%1", str(entry.seq))
                .replace("%2", entry.occurred_at_utc)
            )
        if column == AuditColumn.USER and entry.actor_display_name != entry.actor_user_name:
            return entry.actor_display_name
        if column == AuditColumn.ACTION:
            return entry.action
        if column == AuditColumn.DETAILS:
            return self._display(entry, column) or None
        return None
