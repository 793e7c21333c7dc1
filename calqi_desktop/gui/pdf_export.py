"""Saving a PDF the program made (consent form, receipt, authorisation form, overview): ask where, then write.

The service that renders the PDF checks the permission and writes the audit
event; it is called only after a file name was chosen, so a cancelled save
leaves no "PDF made" event behind. The file is written atomically (a
temporary file beside it, then renamed), so a failure never leaves half a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.gui import errors
from calqi_desktop.services.documents import clean_file_name, write_file_atomically


def ask_pdf_path(parent: QWidget, title: str, suggested_name: str) -> Path | None:
    """Ask where to save; None when cancelled. '.pdf' is added when the name lacks it."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(folder) / clean_file_name(suggested_name)),
        QCoreApplication.translate("pdf_export", "PDF-bestanden (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.casefold() == ".pdf" else path.with_name(path.name + ".pdf")


def save_pdf(parent: QWidget, path: Path, render: Callable[[], bytes]) -> bool:
    """Render (the service audits it) and write to `path`; a known error is shown to the user."""
    try:
        write_file_atomically(path, render())
    except CalqiError as error:
        errors.show_error(parent, error)
        return False
    return True


def ask_and_save_pdf(
    parent: QWidget, title: str, suggested_name: str, render: Callable[[], bytes]
) -> Path | None:
    """`ask_pdf_path`, then `save_pdf`; the path written, or None."""
    path = ask_pdf_path(parent, title, suggested_name)
    if path is None or not save_pdf(parent, path, render):
        return None
    return path
