"""Small helpers for GUI tests: find a button by objectName, click, type as a user would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot


def button(widget: QWidget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Empty the field, then type `text` key by key."""
    edit.clear()
    qtbot.keyClicks(edit, text)


def answer_next_modal_text(qtbot: QtBot, timeout_ms: int = 5000) -> list[str]:
    """Close the next modal message box once it shows; the returned list receives its text."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    texts: list[str] = []
    waited = 0

    def poll() -> None:
        nonlocal waited
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            texts.append(box.text())
            box.done(0)
            return
        waited += 20
        if waited < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return texts
