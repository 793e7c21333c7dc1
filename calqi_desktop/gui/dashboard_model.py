"""One section of the home dashboard as a table: client number, name, what it is about, the date.

Columns are named in `DashboardColumn`. Rows are `domain.dashboard.DashboardItem`;
the date column's header says which date it is for the section's kind (ends
on, requested on, 16 since, takes effect). The model holds no session.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from calqi_desktop.domain.dashboard import DashboardItem, DashboardKind
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.gui.table_model import RowTableModel

_ATTENTION = QColor("#8a4b00")


class DashboardColumn(IntEnum):
    CLIENT_NUMBER = 0
    NAME = 1
    ABOUT = 2
    DATE = 3


class DashboardTableModel(RowTableModel[DashboardItem]):
    """Read-only rows of one dashboard section, in the order the service gives."""

    columns = DashboardColumn

    def __init__(
        self,
        kind: DashboardKind,
        language: str = "nl",
        parent: QObject | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(language, parent)
        self.kind = kind
        self.today = today

    def set_items(self, items: tuple[DashboardItem, ...], today: date) -> None:
        self.today = today
        self.set_rows(items)

    def item_at(self, row: int) -> DashboardItem:
        return self.row_at(row)

    def header(self, column: DashboardColumn) -> str:
        if column == DashboardColumn.DATE:
            return self._date_header()
        return {
            DashboardColumn.CLIENT_NUMBER: self.tr("Klantnummer"),
            DashboardColumn.NAME: self.tr("Naam"),
            DashboardColumn.ABOUT: self.tr("Betreft"),
        }[column]

    def _date_header(self) -> str:
        return {
            DashboardKind.AUTHORISATIONS_EXPIRING: self.tr("Geldig tot en met"),
            DashboardKind.VIA_AWAITING_ACTIVATION: self.tr("Aangevraagd op"),
            DashboardKind.CONSENTS_TO_RENEW: self.tr("16 jaar sinds"),
            DashboardKind.CLIENTS_TO_INFORM: self.tr("Ingangsdatum"),
        }[self.kind]

    def cell(self, item: DashboardItem, column: DashboardColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == DashboardColumn.ABOUT:
            return item.about
        if role == Qt.ItemDataRole.ForegroundRole and column == DashboardColumn.DATE and self._urgent(item):
            return _ATTENTION
        return None

    def _text(self, item: DashboardItem, column: DashboardColumn) -> str:
        if column == DashboardColumn.CLIENT_NUMBER:
            return item.client_number
        if column == DashboardColumn.NAME:
            return item.client_name
        if column == DashboardColumn.ABOUT:
            return item.about
        if item.due_on is None:
            # A consent to renew has no date for a role without special data (the 16th birthday
            # gives away the birth date); it is listed because that day has passed.
            return "" if self.kind is DashboardKind.CONSENTS_TO_RENEW else self.tr("onbekend")
        return format_date_nl(item.due_on)

    def _urgent(self, item: DashboardItem) -> bool:
        """An authorisation that ends within a week, or a statement version already in effect."""
        if item.due_on is None or self.today is None:
            return False
        if self.kind is DashboardKind.AUTHORISATIONS_EXPIRING:
            return (item.due_on - self.today).days < 7
        if self.kind is DashboardKind.CLIENTS_TO_INFORM:
            return item.due_on <= self.today
        return False
