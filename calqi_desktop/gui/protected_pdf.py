"""Saving a PDF that may hold special personal data: where to save, then whether to protect it with a password.

The access report and a dossier summary with special data can leave the
office; AES-256 through pypdf keeps them closed to anyone without the
password, which the member passes on by another channel (by phone). The
order matters: first the file name, then the password, and only then is the
PDF rendered — the service that renders it writes the audit event, so a
cancelled save leaves no "PDF made" event behind. The file is written
atomically, so a failure never leaves half a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from calqi_desktop.domain.errors import CalqiError, FieldValidationError
from calqi_desktop.gui import errors, pdf_export
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, prepare_error_label
from calqi_desktop.gui.forms.ui_export_password_dialog import Ui_ExportPasswordDialog
from calqi_desktop.services.documents import write_file_atomically


class ExportPasswordDialog(QDialog):
    """Asks for the PDF's password (twice); `password` after Accepted, None when left unprotected."""

    def __init__(self, parent: QWidget | None = None, *, language: str = "nl") -> None:
        super().__init__(parent)
        self.ui = Ui_ExportPasswordDialog()
        self.ui.setupUi(self)
        self.language = language
        self.password: str | None = None
        self.setStyleSheet(INVALID_STYLE)
        prepare_error_label(self.ui.error_label)
        name_buttons(self.ui.button_box, self.tr("Opslaan"), self.tr("Annuleren"), ok_name="save_button")
        self.ui.protect_check.toggled.connect(self._protection_toggled)
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.password_edit.setFocus()

    @property
    def protect(self) -> bool:
        return self.ui.protect_check.isChecked()

    def _protection_toggled(self, checked: bool) -> None:
        for widget in (
            self.ui.password_edit,
            self.ui.repeat_edit,
            self.ui.password_caption,
            self.ui.repeat_caption,
        ):
            widget.setEnabled(checked)
        if not checked:
            show_error_text(self.ui.error_label, "")

    def try_accept(self) -> None:
        if not self.protect:
            self.password = None
            self.accept()
            return
        from calqi_desktop.export.pdf_protect import check_export_password

        try:
            self.password = check_export_password(self.ui.password_edit.text(), self.ui.repeat_edit.text())
        except FieldValidationError as error:
            show_error_text(self.ui.error_label, error.message(self.language))
            self.ui.repeat_edit.clear()
            self.ui.password_edit.selectAll()
            self.ui.password_edit.setFocus()
            return
        self.accept()


def ask_export_password(parent: QWidget | None, *, language: str = "nl") -> tuple[bool, str | None]:
    """(chosen, password): chosen is False when cancelled; password None when left unprotected."""
    dialog = ExportPasswordDialog(parent, language=language)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.password


def save_protected_pdf(
    parent: QWidget,
    title: str,
    suggested_name: str,
    render: Callable[[str | None], bytes],
    *,
    holds_special: bool,
) -> Path | None:
    """Ask where to save, then (when the PDF holds special data) for a password; render and write.

    `render(password)` gets the password, or None for an unprotected PDF; it
    is called only after both questions were answered. Returns the path
    written, or None when cancelled or refused (the error is shown).
    """
    path = pdf_export.ask_pdf_path(parent, title, suggested_name)
    if path is None:
        return None
    password: str | None = None
    if holds_special:
        chosen, password = ask_export_password(parent, language=errors.current_language())
        if not chosen:
            return None
    try:
        write_file_atomically(path, render(password))
    except CalqiError as error:
        errors.show_error(parent, error)
        return None
    return path
