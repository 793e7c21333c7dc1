"""One section of the home dashboard as a table: client number, name, what it is about, the date.

Columns are named in `DashboardColumn`. Rows are `domain.dashboard.DashboardItem`;
the date column's header says which date it is for the section's kind (ends
on, requested on, 16 since, takes effect, deadline). The requests section
also says how the clock stands ("nog 3 dagen", "2 dagen te laat") and
colours its rows by urgency — red when overdue, amber when due within 7
days — with the urgency as tooltip, so colour is never the only signal. The
other sections hide that column. The model holds no session.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from calqi_desktop.domain.dashboard import DashboardItem, DashboardKind
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.requests import Urgency, urgency
from calqi_desktop.gui.table_model import RowTableModel

_ATTENTION = QColor("#8a4b00")
#: Row colours of the requests section, with dark text so they read in any theme.
URGENCY_BACKGROUND = {Urgency.OVERDUE: QColor("#fde2e1"), Urgency.DUE_SOON: QColor("#fff4d6")}
_DARK_TEXT = QColor("#1f1f1f")


class DashboardColumn(IntEnum):
    CLIENT_NUMBER = 0
    NAME = 1
    ABOUT = 2
    DATE = 3
    REMAINING = 4  # requests only: days left or overdue


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
            DashboardColumn.REMAINING: self.tr("Resterend"),
        }[column]

    def _date_header(self) -> str:
        return {
            DashboardKind.REQUESTS_DUE: self.tr("Termijn"),
            DashboardKind.AUTHORISATIONS_EXPIRING: self.tr("Geldig tot en met"),
            DashboardKind.VIA_AWAITING_ACTIVATION: self.tr("Aangevraagd op"),
            DashboardKind.CONSENTS_TO_RENEW: self.tr("16 jaar sinds"),
            DashboardKind.CLIENTS_TO_INFORM: self.tr("Ingangsdatum"),
        }[self.kind]

    def cell(self, item: DashboardItem, column: DashboardColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if self.kind is DashboardKind.REQUESTS_DUE:
            return self._request_cell(item, role)
        if role == Qt.ItemDataRole.ToolTipRole and column == DashboardColumn.ABOUT:
            return item.about
        if role == Qt.ItemDataRole.ForegroundRole and column == DashboardColumn.DATE and self._urgent(item):
            return _ATTENTION
        return None

    def _request_cell(self, item: DashboardItem, role: int) -> Any:
        """The whole row coloured by its urgency, which the tooltip names."""
        state = self.urgency(item)
        if state is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return URGENCY_BACKGROUND.get(state)
        if role == Qt.ItemDataRole.ForegroundRole and state in URGENCY_BACKGROUND:
            return _DARK_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return state.label(self.language)
        return None

    def _text(self, item: DashboardItem, column: DashboardColumn) -> str:
        if column == DashboardColumn.CLIENT_NUMBER:
            return item.client_number
        if column == DashboardColumn.NAME:
            return item.client_name
        if column == DashboardColumn.ABOUT:
            return item.about
        if column == DashboardColumn.REMAINING:
            return self._remaining(item)
        if item.due_on is None:
            # A consent to renew has no date for a role without special data (the 16th birthday
            # gives away the birth date); it is listed because that day has passed.
            return "" if self.kind is DashboardKind.CONSENTS_TO_RENEW else self.tr("onbekend")
        return format_date_nl(item.due_on)

    def urgency(self, item: DashboardItem) -> Urgency | None:
        """How a request's deadline stands today (None outside the requests section)."""
        if self.kind is not DashboardKind.REQUESTS_DUE or item.due_on is None or self.today is None:
            return None
        return urgency(item.due_on, self.today)

    def _remaining(self, item: DashboardItem) -> str:
        """'nog 3 dagen', 'vandaag', '2 dagen te laat' — for a request; empty elsewhere."""
        if self.urgency(item) is None or item.due_on is None or self.today is None:
            return ""
        days = (item.due_on - self.today).days
        if days == 0:
            return self.tr("vandaag")
        if days > 0:
            return self.tr("nog 1 dag") if days == 1 else self.tr("nog %1 dagen").replace("%1", str(days))
        late = -days
        return self.tr("1 dag te laat") if late == 1 else self.tr("%1 dagen te laat").replace("%1", str(late))

    def _urgent(self, item: DashboardItem) -> bool:
        """An authorisation that ends within a week, or a statement version already in effect."""
        if item.due_on is None or self.today is None:
            return False
        if self.kind is DashboardKind.AUTHORISATIONS_EXPIRING:
            return (item.due_on - self.today).days < 7
        if self.kind is DashboardKind.CLIENTS_TO_INFORM:
            return item.due_on <= self.today
        return False
