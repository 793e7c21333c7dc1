"""Saving a PDF with special data: file name first, then the password question, then render and write.

`render` here makes a real one-page PDF on the shared layer and protects it
with the real `export.pdf_protect`, as the access-report service does; the
tests check what reaches disk and that a cancelled save renders nothing.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from gui.conftest import answer_next_modal
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.errors import DiskFullError
from calqi_desktop.export.pdf import Letterhead, paragraph, render_pdf
from calqi_desktop.gui import pdf_export
from calqi_desktop.gui.protected_pdf import ExportPasswordDialog, save_protected_pdf

GOOD_PASSWORD = "blauwe-reiger-11"
SECRET_LINE = "Geheime regel Kwikstaart"


class Renderer:
    """Records each password it was called with and returns a real PDF, protected when asked."""

    def __init__(self) -> None:
        self.calls: list[str | None] = []

    def __call__(self, password: str | None) -> bytes:
        self.calls.append(password)
        pdf = render_pdf([paragraph(SECRET_LINE)], title="Proef", letterhead=Letterhead("Kantoor Test"))
        if password is None:
            return pdf
        from calqi_desktop.export.pdf_protect import protect

        return protect(pdf, password)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "inzage.pdf"
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda *_args: path)
    return path


def fill(dialog: QWidget, password: str, repeat: str) -> None:
    dialog.findChild(QLineEdit, "password_edit").setText(password)
    dialog.findChild(QLineEdit, "repeat_edit").setText(repeat)


def text_of(path: Path, password: str | None = None) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    if password is not None:
        assert reader.is_encrypted
        assert reader.decrypt(password)
    return "".join(page.extract_text() for page in reader.pages)


def test_cancelled_file_question_renders_nothing(parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda *_args: None)
    render = Renderer()
    assert save_protected_pdf(parent, "Opslaan", "x.pdf", render, holds_special=True) is None
    assert render.calls == []


def test_without_special_data_no_password_is_asked(parent: QWidget, target: Path) -> None:
    render = Renderer()
    assert save_protected_pdf(parent, "Opslaan", "x.pdf", render, holds_special=False) == target
    assert render.calls == [None]
    assert SECRET_LINE in text_of(target)


def test_cancelled_password_question_renders_nothing(qtbot: QtBot, parent: QWidget, target: Path) -> None:
    render = Renderer()
    answer_next_modal(qtbot, lambda dialog: dialog.reject())
    assert save_protected_pdf(parent, "Opslaan", "x.pdf", render, holds_special=True) is None
    assert render.calls == []
    assert not target.exists()


def test_unticked_protection_saves_an_open_pdf(qtbot: QtBot, parent: QWidget, target: Path) -> None:
    render = Renderer()

    def untick(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportPasswordDialog)
        assert dialog.ui.protect_check.isChecked()  # protection is the default
        dialog.ui.protect_check.setChecked(False)
        assert not dialog.ui.password_edit.isEnabled()
        dialog.ui.button_box.accepted.emit()

    answer_next_modal(qtbot, untick)
    assert save_protected_pdf(parent, "Opslaan", "x.pdf", render, holds_special=True) == target
    assert render.calls == [None]
    assert not PdfReader(BytesIO(target.read_bytes())).is_encrypted


def test_weak_password_is_refused_under_the_fields_then_a_good_one_encrypts(
    qtbot: QtBot, parent: QWidget, target: Path, screenshot
) -> None:
    render = Renderer()
    seen: dict[str, object] = {}

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportPasswordDialog)
        fill(dialog, "kort", "kort")
        dialog.ui.button_box.accepted.emit()
        error = dialog.findChild(QLabel, "error_label")
        seen["error"] = error.text() if error.isVisible() else ""
        seen["still_open"] = dialog.isVisible()
        fill(dialog, GOOD_PASSWORD, GOOD_PASSWORD + "x")
        dialog.ui.button_box.accepted.emit()
        seen["differ_open"] = dialog.isVisible()
        screenshot(dialog, "request_export_password_dialog")
        fill(dialog, GOOD_PASSWORD, GOOD_PASSWORD)
        dialog.ui.button_box.accepted.emit()

    answer_next_modal(qtbot, answer)
    assert save_protected_pdf(parent, "Opslaan", "x.pdf", render, holds_special=True) == target
    assert "12 tekens" in str(seen["error"])
    assert seen["still_open"] is True and seen["differ_open"] is True
    assert render.calls == [GOOD_PASSWORD]
    assert SECRET_LINE.encode() not in target.read_bytes()
    assert SECRET_LINE in text_of(target, GOOD_PASSWORD)
    assert PdfReader(BytesIO(target.read_bytes())).decrypt("verkeerd-wachtwoord") == 0


def test_known_error_while_rendering_is_shown_and_nothing_written(
    qtbot: QtBot, parent: QWidget, target: Path
) -> None:
    def refuse(_password: str | None) -> bytes:
        raise DiskFullError

    shown: list[str] = []
    answer_next_modal(qtbot, lambda box: (shown.append(box.objectName()), box.close()))
    assert save_protected_pdf(parent, "Opslaan", "x.pdf", refuse, holds_special=False) is None
    assert shown == ["error_message_box"]
    assert not target.exists()


def test_password_fields_hide_what_is_typed(qtbot: QtBot) -> None:
    dialog = ExportPasswordDialog()
    qtbot.addWidget(dialog)
    for name in ("password_edit", "repeat_edit"):
        assert dialog.findChild(QLineEdit, name).echoMode() is QLineEdit.EchoMode.Password
    assert "telefonisch" in dialog.ui.hint_label.text()
    assert dialog.ui.error_label.isHidden()
