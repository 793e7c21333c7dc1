"""Help (F1): the keyboard shortcuts, what the program is and what it runs on, and the licences.

Three tabs, in this order (the main window opens it on a tab by index):
0 "Sneltoetsen" lists `gui.shortcuts.SHORTCUTS`; 1 "Over" shows the version
of the program and of Qt, PySide6, Python and SQLCipher; 2 "Licenties" lists
`licences.LIBRARIES` and shows the licence text of the chosen one.
"""

from __future__ import annotations

import platform
import textwrap
from enum import IntEnum
from typing import Any

import PySide6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    qVersion,
)
from PySide6.QtGui import QFontDatabase, QKeySequence, QTextCursor
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from calqi_desktop import APP_NAME, __version__
from calqi_desktop.gui import shortcuts
from calqi_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from calqi_desktop.licences import LIBRARIES, Library, sqlcipher_version

SHORTCUTS_TAB, ABOUT_TAB, LICENCES_TAB = range(3)

AnyIndex = QModelIndex | QPersistentModelIndex


class ShortcutColumn(IntEnum):
    KEYS = 0
    ACTION = 1
    WHERE = 2


class ShortcutTableModel(QAbstractTableModel):
    """The keyboard shortcuts, in the keys' native notation (⌘ on macOS)."""

    def __init__(
        self, rows: tuple[shortcuts.Shortcut, ...] = shortcuts.SHORTCUTS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._rows = rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(ShortcutColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = ShortcutColumn(index.column())
        if column == ShortcutColumn.KEYS:
            keys = [QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in row.keys]
            return (" … " if row.key_range else ", ").join(keys)
        return shortcuts.translated(row.action if column == ShortcutColumn.ACTION else row.where)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ShortcutColumn):
            return None
        return (self.tr("Toetsen"), self.tr("Wat het doet"), self.tr("Waar"))[section]


class LicenceColumn(IntEnum):
    NAME = 0
    VERSION = 1
    LICENCE = 2


class LicenceTableModel(QAbstractTableModel):
    """The shipped libraries with their installed version and licence (SPDX)."""

    def __init__(self, libraries: tuple[Library, ...] = LIBRARIES, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = [(library, library.version()) for library in libraries]

    def library(self, row: int) -> Library:
        return self._rows[row][0]

    def version(self, row: int) -> str:
        return self._rows[row][1]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(LicenceColumn)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        library, version = self._rows[index.row()]
        return {
            LicenceColumn.NAME: library.name,
            LicenceColumn.VERSION: version,
            LicenceColumn.LICENCE: library.licence,
        }[LicenceColumn(index.column())]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(LicenceColumn):
            return None
        return (self.tr("Onderdeel"), self.tr("Versie"), self.tr("Licentie"))[section]


class AboutDialog(QDialog):
    """Help and About; `language` is the interface language ("nl" or "en"), shown on the Over tab."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "nl") -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.language = language
        self._fill_about()

        self.shortcut_model = ShortcutTableModel(parent=self)
        self.ui.shortcuts_table.setModel(self.shortcut_model)
        header = self.ui.shortcuts_table.horizontalHeader()
        header.setSectionResizeMode(ShortcutColumn.KEYS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ShortcutColumn.ACTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ShortcutColumn.WHERE, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.shortcuts_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.licence_model = LicenceTableModel(parent=self)
        self.ui.licences_table.setModel(self.licence_model)
        self.ui.licences_table.resizeColumnsToContents()
        row_height = self.ui.licences_table.fontMetrics().height() + 8
        self.ui.licences_table.verticalHeader().setDefaultSectionSize(row_height)
        self.ui.licence_text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.ui.licences_splitter.setSizes([220, 280])
        self.ui.licences_table.selectionModel().currentRowChanged.connect(self._show_licence)
        self.ui.licences_table.selectRow(0)

        self.ui.button_box.rejected.connect(self.reject)

    def _fill_about(self) -> None:
        ui = self.ui
        ui.program_name_label.setText(APP_NAME)
        ui.version_label.setText(self.tr("Versie %1").replace("%1", __version__))
        ui.qt_version_label.setText(qVersion())
        ui.pyside_version_label.setText(PySide6.__version__)
        ui.python_version_label.setText(platform.python_version())
        sqlcipher = sqlcipher_version()
        ui.sqlcipher_version_label.setText(sqlcipher)
        ui.components_layout.setRowVisible(ui.sqlcipher_version_label, bool(sqlcipher))
        names = {"nl": self.tr("Nederlands"), "en": self.tr("Engels")}
        ui.language_label.setText(names.get(self.language, self.language))

    def _show_licence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.ui.licence_text_view.clear()
            return
        library = self.licence_model.library(current.row())
        version = self.licence_model.version(current.row())
        lines = [
            f"{library.name} {version}".strip(),
            self.tr("Licentie: %1").replace("%1", library.licence),
            library.homepage,
        ]
        if library.licence.startswith("LGPL"):
            note = (
                self.tr(
                    "%1 wordt gebruikt onder de %2. Het staat als losse bestanden in de programmamap "
                    "en mag door een eigen, gewijzigde versie worden vervangen. "
                    "De broncode is te vinden via %3."
                )
                .replace("%1", library.name)
                .replace("%2", library.licence)
                .replace("%3", library.homepage)
            )
            lines += ["", textwrap.fill(note, width=78)]
        self.ui.licence_text_view.setPlainText("\n".join(lines) + "\n\n" + library.notice_text())
        self.ui.licence_text_view.moveCursor(QTextCursor.MoveOperation.Start)
