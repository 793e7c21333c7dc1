"""Help and About (F1): shortcuts, versions and licences, as a user sees them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QTableView, QTabWidget, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calqi_desktop import __version__
from calqi_desktop.gui.about_dialog import (
    ABOUT_TAB,
    LICENCES_TAB,
    SHORTCUTS_TAB,
    AboutDialog,
    LicenceColumn,
    LicenceTableModel,
    ShortcutColumn,
    ShortcutTableModel,
)
from calqi_desktop.gui.shortcuts import LOCK, SHORTCUTS
from calqi_desktop.gui.translations import install_translators, remove_translators
from calqi_desktop.licences import LIBRARIES


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """`language("en")` installs that language's translators until the test ends."""

    def install(code: str) -> None:
        install_translators(qapp, code)

    yield install
    remove_translators(qapp)


def open_dialog(qtbot: QtBot, language: str = "nl") -> AboutDialog:
    dialog = AboutDialog(language=language)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def column_texts(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def test_widgets_carry_their_object_names(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.objectName() == "about_dialog"
    for kind, name in (
        (QTabWidget, "about_tabs"),
        (QTableView, "shortcuts_table"),
        (QTableView, "licences_table"),
        (QPlainTextEdit, "licence_text_view"),
        (QLabel, "version_label"),
    ):
        assert isinstance(dialog.findChild(kind, name), kind), name
    tabs = dialog.findChild(QTabWidget, "about_tabs")
    assert [tabs.tabText(i) for i in (SHORTCUTS_TAB, ABOUT_TAB, LICENCES_TAB)] == [
        "Sneltoetsen",
        "Over",
        "Licenties",
    ]


def test_version_label_shows_the_program_version(qtbot: QtBot, language: Callable[[str], None]) -> None:
    language("nl")
    dialog = open_dialog(qtbot)
    tabs = dialog.findChild(QTabWidget, "about_tabs")
    tabs.setCurrentIndex(ABOUT_TAB)
    assert dialog.findChild(QLabel, "version_label").text() == f"Versie {__version__}"
    assert dialog.findChild(QLabel, "language_label").text() == "Nederlands"
    assert dialog.findChild(QLabel, "sqlcipher_version_label").text()[:1].isdigit()


def test_shortcuts_table_lists_every_shortcut(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    table = dialog.findChild(QTableView, "shortcuts_table")
    assert table.model().rowCount() == len(SHORTCUTS)
    keys = column_texts(table, ShortcutColumn.KEYS)
    actions = column_texts(table, ShortcutColumn.ACTION)
    assert actions[keys.index(LOCK)] == "Vergrendelen"
    assert "Ctrl+1 … Ctrl+9" in keys


def test_licences_table_lists_pyside_under_the_lgpl(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    table = dialog.findChild(QTableView, "licences_table")
    names = column_texts(table, LicenceColumn.NAME)
    assert len(names) == len(LIBRARIES)
    row = next(i for i, name in enumerate(names) if name.startswith("PySide6"))
    assert column_texts(table, LicenceColumn.LICENCE)[row].startswith("LGPL-3.0")
    assert column_texts(table, LicenceColumn.VERSION)[row] == PySide6.__version__


def test_choosing_a_library_shows_its_licence_text(
    qtbot: QtBot, screenshot: Callable[[QWidget, str], Path], language: Callable[[str], None]
) -> None:
    language("nl")
    dialog = open_dialog(qtbot)
    dialog.findChild(QTabWidget, "about_tabs").setCurrentIndex(LICENCES_TAB)
    table = dialog.findChild(QTableView, "licences_table")
    view = dialog.findChild(QPlainTextEdit, "licence_text_view")
    names = column_texts(table, LicenceColumn.NAME)

    click_row(qtbot, table, names.index("SQLAlchemy"))
    assert view.toPlainText().startswith("SQLAlchemy ")
    assert "Permission is hereby granted, free of charge" in view.toPlainText()

    click_row(qtbot, table, next(i for i, name in enumerate(names) if name.startswith("PySide6")))
    text = view.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "GNU GENERAL PUBLIC LICENSE" in text
    assert "mag door een eigen, gewijzigde versie worden vervangen" in " ".join(text.split())
    screenshot(dialog, "licenties")


def test_screenshots_of_the_other_tabs(
    qtbot: QtBot, screenshot: Callable[[QWidget, str], Path], language: Callable[[str], None]
) -> None:
    language("nl")
    dialog = open_dialog(qtbot)
    tabs = dialog.findChild(QTabWidget, "about_tabs")
    tabs.setCurrentIndex(ABOUT_TAB)
    assert screenshot(dialog, "over").stat().st_size > 0
    tabs.setCurrentIndex(SHORTCUTS_TAB)
    assert screenshot(dialog, "sneltoetsen").stat().st_size > 0


def test_dialog_speaks_english_with_the_english_translators(
    qtbot: QtBot, language: Callable[[str], None]
) -> None:
    language("en")
    dialog = open_dialog(qtbot, language="en")
    tabs = dialog.findChild(QTabWidget, "about_tabs")
    assert tabs.tabText(SHORTCUTS_TAB) == "Keyboard shortcuts"
    assert dialog.findChild(QLabel, "version_label").text() == f"Version {__version__}"
    assert dialog.findChild(QLabel, "language_label").text() == "English"
    table = dialog.findChild(QTableView, "shortcuts_table")
    keys = column_texts(table, ShortcutColumn.KEYS)
    assert column_texts(table, ShortcutColumn.ACTION)[keys.index(LOCK)] == "Lock"
    assert table.model().headerData(ShortcutColumn.ACTION, Qt.Orientation.Horizontal) == "What it does"


@pytest.mark.parametrize("model_class", [ShortcutTableModel, LicenceTableModel])
def test_models_pass_the_model_tester(qtmodeltester: ModelTester, model_class: type) -> None:
    qtmodeltester.check(model_class())
