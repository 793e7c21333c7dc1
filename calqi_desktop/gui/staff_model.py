"""The staff list as a Qt table model: one row per member, the columns named in `StaffColumn`.

The model holds `StaffMember` rows and nothing else — no session, no
workspace. The page fetches the members from `services.staff` and hands them
over with `set_members()`.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from calqi_desktop.services.workspace import StaffMember

_Index = QModelIndex | QPersistentModelIndex


class StaffColumn(IntEnum):
    """The columns of the staff table, in display order."""

    USER_NAME = 0
    NAME = 1
    ROLE = 2
    STATUS = 3


class StaffTableModel(QAbstractTableModel):
    """Read-only table of staff members; role labels in the interface language."""

    def __init__(self, language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._members: list[StaffMember] = []

    # --- rows --------------------------------------------------------------------

    def set_members(self, members: list[StaffMember]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def member_at(self, row: int) -> StaffMember:
        return self._members[row]

    def row_of(self, user_id: int | None) -> int | None:
        """The row showing the member with `user_id`, or None."""
        return next((row for row, m in enumerate(self._members) if m.id == user_id), None)

    # --- QAbstractTableModel -----------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(StaffColumn)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(member, StaffColumn(index.column()))
        if role == Qt.ItemDataRole.ForegroundRole and not member.active:
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(StaffColumn)
        ):
            return self._header(StaffColumn(section))
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # --- texts -------------------------------------------------------------------

    def _header(self, column: StaffColumn) -> str:
        if column == StaffColumn.USER_NAME:
            return self.tr("Gebruikersnaam")
        if column == StaffColumn.NAME:
            return self.tr("Naam")
        if column == StaffColumn.ROLE:
            return self.tr("Rol")
        return self.tr("Status")

    def _text(self, member: StaffMember, column: StaffColumn) -> str:
        if column == StaffColumn.USER_NAME:
            return member.user_name
        if column == StaffColumn.NAME:
            return member.display_name
        if column == StaffColumn.ROLE:
            return member.role.label(self.language)
        return self.status_text(member)

    def status_text(self, member: StaffMember) -> str:
        """'Actief', 'Gedeactiveerd' or 'Moet wachtwoord wijzigen'."""
        if not member.active:
            return self.tr("Gedeactiveerd")
        if member.must_change_password:
            return self.tr("Moet wachtwoord wijzigen")
        return self.tr("Actief")
