"""The shared read-only list model: rows set and appended, headers and cells from the subclass."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from calqi_desktop.gui.table_model import RowTableModel


class Column(IntEnum):
    NAME = 0
    CITY = 1


class PlaceModel(RowTableModel[tuple[str, str]]):
    columns = Column

    def header(self, column: Column) -> str:
        return {Column.NAME: "Naam", Column.CITY: "Plaats"}[column]

    def cell(self, row: tuple[str, str], column: Column, role: int) -> Any:
        return row[column] if role == Qt.ItemDataRole.DisplayRole else None


def test_rows_headers_and_cells(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = PlaceModel()
    model.set_rows([("Jansen", "Utrecht")])
    model.append_rows([("Bakker", "Zwolle"), ("Visser", "Assen")])
    model.append_rows([])
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 2
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Plaats"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.data(model.index(2, 1)) == "Assen"
    assert model.data(QModelIndex()) is None
    assert model.row_at(1) == ("Bakker", "Zwolle")
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    model.set_rows([])
    assert model.loaded_count == 0
