"""The in-app document viewer: PDFs through QtPdf from memory, pictures with zoom, a message for broken files."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from io import BytesIO
from pathlib import Path

import pytest
from gui_helpers import button, click
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.clients import DocumentInfo, DocumentKind
from calqi_desktop.gui.document_viewer import DocumentViewer, DocumentViewerDialog


def pdf_bytes(pages: int = 2) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 36)
        canvas.drawString(72, 720, f"Pagina {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def png_bytes(size: tuple[int, int] = (1200, 800)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (31, 58, 95)).save(buffer, "PNG")
    return buffer.getvalue()


def info(name: str = "machtiging.pdf", mime: str = "application/pdf", size: int = 1234) -> DocumentInfo:
    return DocumentInfo(
        id=7,
        kind=DocumentKind.SIGNED_FORM,
        file_name=name,
        mime_type=mime,
        size=size,
        sha256="0" * 64,
        description="Machtiging IB 2024",
        added_by="anna",
        added_at=datetime(2025, 3, 1, 10, 0),
    )


@pytest.fixture
def viewer(qtbot: QtBot) -> DocumentViewer:
    widget = DocumentViewer()
    qtbot.addWidget(widget)
    widget.resize(700, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def empty_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR pointed at an empty folder: whatever Qt or Python would put in a temp file lands here."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


def test_a_two_page_pdf_is_shown_from_memory(
    viewer: DocumentViewer, qtbot: QtBot, empty_tmpdir: Path, screenshot: Callable[[QWidget, str], Path]
) -> None:
    assert viewer.show_document("application/pdf", pdf_bytes(2))
    assert viewer.stack.currentWidget() is viewer.pdf_view
    assert viewer.pdf_document.status() == QPdfDocument.Status.Ready
    assert viewer.page_count() == 2
    assert viewer.page_label.text() == "pagina 1 van 2"
    assert viewer.message() == ""
    qtbot.wait(50)
    screenshot(viewer, "document_viewer_pdf")
    assert os.listdir(empty_tmpdir) == []  # no plaintext on disk


def test_pdf_zoom_keys(viewer: DocumentViewer, qtbot: QtBot) -> None:
    viewer.show_document("application/pdf", pdf_bytes(2))
    viewer.pdf_view.setFocus()
    fit = viewer.zoom_factor()
    assert viewer.is_fit_width()
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert not viewer.is_fit_width()
    assert viewer.pdf_view.zoomFactor() == pytest.approx(fit * 1.25, rel=0.01)
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.pdf_view.zoomFactor() == pytest.approx(fit / 1.25, rel=0.01)
    assert viewer.zoom_label.text() == f"{round(fit / 1.25 * 100)} %"
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.is_fit_width()
    assert viewer.pdf_view.zoomMode() == viewer.pdf_view.ZoomMode.FitToWidth


def test_the_page_label_follows_the_page_in_view(viewer: DocumentViewer, qtbot: QtBot) -> None:
    viewer.show_document("application/pdf", pdf_bytes(3))
    viewer.pdf_view.pageNavigator().jump(2, viewer.pdf_view.pageNavigator().currentLocation())
    qtbot.waitUntil(lambda: viewer.page_label.text() == "pagina 3 van 3")


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_a_picture_is_shown_and_zooms(viewer: DocumentViewer, qtbot: QtBot, fmt: str) -> None:
    buffer = BytesIO()
    Image.new("RGB", (1200, 800), (31, 58, 95)).save(buffer, fmt)
    assert viewer.show_document(f"image/{fmt.lower()}", buffer.getvalue())
    assert viewer.stack.currentWidget() is viewer.image_area
    assert viewer.page_count() == 1 and viewer.page_label.text() == ""
    fitted = viewer.image_label.pixmap().width()
    assert 0 < fitted <= viewer.image_area.viewport().width()  # fits the width at first
    viewer.image_label.setFocus()
    qtbot.keyClick(viewer.image_label, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.image_label.pixmap().width() == pytest.approx(fitted * 1.25, abs=2)
    viewer.zoom_in_action.trigger()
    viewer.zoom_in_action.trigger()
    qtbot.keyClick(viewer.image_label, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.image_label.pixmap().width() == fitted


def test_a_phone_photo_stands_upright(viewer: DocumentViewer) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90° clockwise to view
    buffer = BytesIO()
    Image.new("RGB", (300, 100), "white").save(buffer, "JPEG", exif=exif)
    assert viewer.show_document("image/jpeg", buffer.getvalue())
    pixmap = viewer.image_label.pixmap()
    assert pixmap.height() > pixmap.width()


def test_a_picture_keeps_fitting_when_the_window_is_resized(viewer: DocumentViewer, qtbot: QtBot) -> None:
    viewer.show_document("image/png", png_bytes())
    before = viewer.image_label.pixmap().width()
    viewer.resize(400, 800)
    qtbot.waitUntil(lambda: viewer.image_label.pixmap().width() < before)


def test_zoom_of_a_huge_picture_is_capped(viewer: DocumentViewer) -> None:
    viewer.show_document("image/png", png_bytes((4000, 3000)))
    for _ in range(20):
        viewer.zoom_in()
    pixmap = viewer.image_label.pixmap()
    assert pixmap.width() * pixmap.height() <= 80_000_000 * 1.01


@pytest.mark.parametrize(
    ("mime", "data", "expected"),
    [
        ("application/pdf", b"%PDF-1.4\nrommel " * 20, "beschadigd"),
        ("application/pdf", b"", "beschadigd"),
        ("image/png", png_bytes()[:40], "beschadigd"),
        ("application/zip", b"PK\x03\x04", "kan niet in het programma worden getoond"),
    ],
    ids=["broken-pdf", "empty-pdf", "broken-png", "other-type"],
)
def test_what_cannot_be_shown_gives_a_message(
    viewer: DocumentViewer, mime: str, data: bytes, expected: str
) -> None:
    assert viewer.show_document(mime, data) is False
    assert viewer.stack.currentWidget() is viewer.message_label
    assert expected in viewer.message()
    assert viewer.page_label.text() == ""
    assert not viewer.zoom_in_action.isEnabled()


def test_a_password_protected_pdf_says_so(viewer: DocumentViewer) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=BytesIO(pdf_bytes(1)))
    writer.encrypt("geheim", algorithm="AES-256")
    buffer = BytesIO()
    writer.write(buffer)
    assert viewer.show_document("application/pdf", buffer.getvalue()) is False
    assert "wachtwoord" in viewer.message()


def test_clear_lets_go_and_a_new_document_replaces_the_old(viewer: DocumentViewer) -> None:
    viewer.show_document("application/pdf", pdf_bytes(2))
    viewer.clear()
    assert viewer.stack.currentWidget() is viewer.empty_label
    assert viewer.pdf_document.pageCount() == 0 and viewer.page_count() == 0
    assert viewer.show_document("application/pdf", b"kapot") is False
    assert viewer.show_document("image/png", png_bytes())
    assert viewer.message() == ""
    assert viewer.show_document("application/pdf", pdf_bytes(1))
    assert viewer.page_label.text() == "pagina 1 van 1"
    assert viewer.image_label.pixmap().isNull()


# --- the dialog ------------------------------------------------------------------------


def test_dialog_shows_the_document_with_its_name_and_asks_to_save(
    qtbot: QtBot, screenshot: Callable[[QWidget, str], Path]
) -> None:
    dialog = DocumentViewerDialog(info("<b>machtiging</b>.pdf"), pdf_bytes(2))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.name_label.text() == "<b>machtiging</b>.pdf"
    assert dialog.name_label.textFormat() == Qt.TextFormat.PlainText  # a file name is never markup
    kind, description, size = dialog.details_label.text().split(" · ")
    assert (kind, description) == ("Ondertekend formulier", "Machtiging IB 2024")
    assert size.replace(",", ".").casefold() == "1.2 kb"  # in the interface locale's notation
    assert dialog.viewer.zoom_label.text() == f"{round(dialog.viewer.zoom_factor() * 100)} %"
    assert dialog.viewer.zoom_factor() > 0.5  # fitted to the laid-out width, not to a default size
    assert dialog.viewer.page_count() == 2
    save = button(dialog, "save_as_button")
    assert save.isVisible() and save.text() == "Opslaan als…"
    with qtbot.waitSignal(dialog.save_requested, timeout=1000):
        click(qtbot, save)
    qtbot.wait(100)  # QPdfView renders pages in the background
    screenshot(dialog, "document_viewer_dialog")
    click(qtbot, button(dialog, "close_button"))
    assert not dialog.isVisible()
    assert dialog.viewer.page_count() == 0  # closing lets go of the document


def test_dialog_hides_save_as_for_roles_that_may_not_export(qtbot: QtBot) -> None:
    dialog = DocumentViewerDialog(info("scan.png", "image/png"), png_bytes(), may_save=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not button(dialog, "save_as_button").isVisible()
    assert dialog.viewer.stack.currentWidget() is dialog.viewer.image_area
    dialog.set_save_allowed(True)
    assert button(dialog, "save_as_button").isVisible()
