"""The dialog that records a new version of the privacy statement (DESIGN.md R12).

A version has a number ('2026-1'), the day it takes effect (dd-mm-jjjj), a
line on what changed, and the text, a PDF or both. The text can be typed or
pasted, or loaded from a .txt file in UTF-8 (another encoding gets a plain
message instead of garbled letters); the PDF is read within the firm's
document limit (`export.document_check.read_file`) and checked before it is
accepted. On OK `services.statement_versions.add_version` runs through the
background-task helper with a progress dialog, because it also lists every
client to inform, which may be tens of thousands. Problems with a field show
at that field; anything else shows in `error_label`.

The statement promises to inform clients before a change applies, so the
effective date starts on the first day of next month, and once consents are
recorded the service refuses today or earlier (shown at that field).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from calqi_desktop.domain.errors import (
    CalqiError,
    DocumentDamagedError,
    DocumentEmptyError,
    DocumentImageTooLargeError,
    DocumentTooLargeError,
    DocumentTypeError,
    FieldValidationError,
    StatementContentRequiredError,
    StatementVersionTakenError,
    TextTooLongError,
)
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.statement import (
    F_EFFECTIVE_ON,
    F_SUMMARY,
    F_TEXT,
    F_VERSION,
    SUMMARY_MAX,
    TEXT_MAX,
    VERSION_MAX,
    StatementPdfTypeError,
    StatementVersion,
    StatementVersionDraft,
)
from calqi_desktop.domain.validation import FieldErrors, check_text, parse_date_nl
from calqi_desktop.export import document_check
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_statement_version_dialog import Ui_StatementVersionDialog
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task
from calqi_desktop.services import settings, statement_versions

#: A text file is read up to this many bytes: TEXT_MAX characters of up to four bytes in UTF-8.
TEXT_FILE_MAX_BYTES = TEXT_MAX * 4

_STYLE = INVALID_STYLE + 'QPlainTextEdit[invalid="true"] { border: 1px solid #B3261E; }\n'

#: Errors about a chosen PDF, shown at the PDF field.
_PDF_ERRORS = (
    DocumentTypeError,
    DocumentTooLargeError,
    DocumentEmptyError,
    DocumentImageTooLargeError,
    DocumentDamagedError,
    document_check.DocumentPasswordError,
    StatementPdfTypeError,
)


class FieldMessage(FieldValidationError):
    """A finished message for one field that no field check made (a version number in use, a file)."""

    def __init__(self, field: str, text: str) -> None:
        self.text = text
        super().__init__(field)

    def message(self, language: str = "nl") -> str:
        return self.text


def first_of_next_month(today: date) -> date:
    """The default effective date: after today, with time to inform the clients."""
    return date(today.year + 1, 1, 1) if today.month == 12 else date(today.year, today.month + 1, 1)


def mark_all(marks: FieldMarks, problems: list[FieldValidationError]) -> None:
    """Mark each problem at its field and put the cursor in the first marked field."""
    marks.clear()
    shown = [marks.show(problem) for problem in problems]
    first = next((widget for widget in shown if widget is not None), None)
    if first is not None:
        first.setFocus()


class StatementVersionDialog(QDialog):
    """`version` (the `StatementVersion` recorded) after Accepted; `task` while it is being recorded."""

    def __init__(
        self, session: AppSession, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StatementVersionDialog()
        self.ui.setupUi(self)
        self.session = session
        self.today = today or date.today()
        self.setStyleSheet(_STYLE)
        self.version: StatementVersion | None = None
        #: The running (or last) recording; tests wait for its `finished` signal.
        self.task: BackgroundTask | None = None
        self._pdf: bytes | None = None
        self._pdf_name = ""
        self.ui.version_edit.setMaxLength(VERSION_MAX)
        self.ui.summary_edit.setMaxLength(SUMMARY_MAX)
        self.ui.effective_on_edit.setText(format_date_nl(first_of_next_month(self.today)))
        self.ui.effective_on_edit.setToolTip(
            self.tr(
                "De dag waarop de nieuwe versie ingaat. Zodra er toestemmingen zijn vastgelegd, ligt die na "
                "vandaag: de klanten worden vooraf geïnformeerd."
            )
        )
        self.marks = FieldMarks(session.language)
        self.marks.set_fields(
            {
                F_VERSION.name: (self.ui.version_edit, self.ui.version_error_label),
                F_EFFECTIVE_ON.name: (self.ui.effective_on_edit, self.ui.effective_on_error_label),
                F_SUMMARY.name: (self.ui.summary_edit, self.ui.summary_error_label),
                F_TEXT.name: (self.ui.text_edit, self.ui.text_error_label),
                "pdf": (self.ui.pdf_button, self.ui.pdf_error_label),
            }
        )
        prepare_error_label(self.ui.error_label)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Vastleggen"))
        ok.setObjectName("ok_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.load_text_button.clicked.connect(self.choose_text_file)
        self.ui.pdf_button.clicked.connect(self.choose_pdf)
        self.ui.remove_pdf_button.clicked.connect(self.remove_pdf)
        self._show_pdf()

    # --- the text -------------------------------------------------------------------------

    def choose_text_file(self) -> None:
        file_name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Tekst van de privacyverklaring kiezen"),
            "",
            self.tr("Tekstbestanden (*.txt);;Alle bestanden (*)"),
        )
        if file_name:
            self.load_text(Path(file_name))

    def load_text(self, path: Path) -> bool:
        """Put the text of a UTF-8 file in the text field (undoable); False, with a message, when it cannot."""
        self.marks.clear()
        too_large = self.tr(
            "Dit bestand is te groot voor een privacyverklaring (hoogstens %1 tekens). Er is niets geladen."
        ).replace("%1", f"{TEXT_MAX:,}".replace(",", "."))
        try:
            data = document_check.read_file(path, TEXT_FILE_MAX_BYTES)
        except DocumentTooLargeError:
            return self._text_problem(too_large)
        except CalqiError as error:
            return self._text_problem(error.message(self.session.language))
        try:
            text = data.decode("utf-8-sig")  # a byte-order mark from Windows Notepad is dropped
        except UnicodeDecodeError:
            text = "\x00"
        if "\x00" in text:
            return self._text_problem(
                self.tr(
                    "Dit bestand is geen tekst in UTF-8 en kan daarom niet goed worden gelezen; er is niets "
                    "geladen. Open het in Kladblok of uw tekstverwerker, kies ‘Opslaan als’ met de codering "
                    "UTF-8 (of ‘Tekst zonder opmaak’) en kies het bestand dan opnieuw."
                )
            )
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if len(text) > TEXT_MAX:
            return self._text_problem(too_large)
        if not text.strip():
            return self._text_problem(self.tr("Dit bestand bevat geen tekst. Er is niets geladen."))
        cursor = self.ui.text_edit.textCursor()
        cursor.beginEditBlock()  # one step for Ctrl+Z, which brings back what was there
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.ui.text_edit.moveCursor(QTextCursor.MoveOperation.Start)
        return True

    def _text_problem(self, text: str) -> bool:
        mark_all(self.marks, [FieldMessage(F_TEXT.name, text)])
        return False

    # --- the PDF --------------------------------------------------------------------------

    def choose_pdf(self) -> None:
        file_name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("PDF van de privacyverklaring kiezen"), "", self.tr("PDF-bestanden (*.pdf)")
        )
        if file_name:
            self.load_pdf(Path(file_name))

    def load_pdf(self, path: Path) -> bool:
        """Read and check the PDF within the firm's document limit; False, with a message, when refused."""
        self.marks.clear()
        try:
            limit = settings.work_settings(self.session.workspace).document_max_bytes
            data = document_check.read_file(path, limit)
            kind = document_check.check_document(data, limit)
        except CalqiError as error:
            mark_all(self.marks, [FieldMessage("pdf", error.message(self.session.language))])
            return False
        if kind != document_check.PDF:
            mark_all(
                self.marks, [FieldMessage("pdf", StatementPdfTypeError().message(self.session.language))]
            )
            return False
        self._pdf, self._pdf_name = data, path.name
        self._show_pdf()
        return True

    def remove_pdf(self) -> None:
        self._pdf, self._pdf_name = None, ""
        self._show_pdf()

    def _show_pdf(self) -> None:
        if self._pdf is None:
            self.ui.pdf_label.setText(self.tr("Geen PDF gekozen."))
        else:
            size = self.locale().formattedDataSize(
                len(self._pdf), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            )
            self.ui.pdf_label.setText(f"{self._pdf_name} ({size})")
        self.ui.remove_pdf_button.setVisible(self._pdf is not None)

    @property
    def pdf_name(self) -> str:
        return self._pdf_name

    # --- recording ------------------------------------------------------------------------

    def draft(self) -> StatementVersionDraft | None:
        """What was filled in, checked field by field; None (every problem marked) when incomplete."""
        problems = FieldErrors()
        version = problems.check(
            lambda: check_text(self.ui.version_edit.text(), F_VERSION, max_length=VERSION_MAX), ""
        )
        effective_on = problems.check(
            lambda: parse_date_nl(self.ui.effective_on_edit.text(), F_EFFECTIVE_ON), None
        )
        text = self.ui.text_edit.toPlainText()
        if len(text) > TEXT_MAX:
            problems.add(F_TEXT.error(TextTooLongError, maximum=TEXT_MAX))
        elif not text.strip() and self._pdf is None:
            problems.add(
                FieldMessage(F_TEXT.name, StatementContentRequiredError().message(self.session.language))
            )
        if problems or effective_on is None:
            mark_all(self.marks, problems.errors)
            return None
        return StatementVersionDraft(
            version=version,
            effective_on=effective_on,
            text=text if text.strip() else "",
            pdf=self._pdf,
            pdf_name=self._pdf_name,
            summary=self.ui.summary_edit.text().strip(),
        )

    def try_accept(self) -> None:
        if self.task is not None:
            return  # already being recorded
        self.ui.error_label.hide()
        draft = self.draft()
        if draft is None:
            return
        self.marks.clear()
        try:
            workspace = self.session.workspace
        except CalqiError as error:
            self._show_error(error.message(self.session.language))
            return
        label = self.tr(
            "Versie %1 wordt vastgelegd en de klanten die moeten worden geïnformeerd, worden opgezocht…"
        ).replace("%1", draft.version)

        today = self.today

        def work(progress: TaskProgress) -> StatementVersion:
            progress.report(label)
            return statement_versions.add_version(workspace, draft, today=today)

        self.task = run_task(
            self,
            self.tr("Nieuwe versie vastleggen"),
            work,
            on_success=self._added,
            on_failure=self._failed,
            label=label,
        )
        self.task.finished.connect(self._task_finished)

    def _task_finished(self) -> None:
        self.task = None

    def _added(self, version: StatementVersion) -> None:
        self.version = version
        self.accept()

    def _failed(self, error: BaseException) -> None:
        language = self.session.language
        if isinstance(error, FieldValidationError):
            mark_all(self.marks, [error])
            if error.field in (F_VERSION.name, F_EFFECTIVE_ON.name, F_SUMMARY.name, F_TEXT.name):
                return
            self._show_error(error.message(language))
        elif isinstance(error, StatementVersionTakenError):
            mark_all(self.marks, [FieldMessage(F_VERSION.name, error.message(language))])
        elif isinstance(error, StatementContentRequiredError):
            mark_all(self.marks, [FieldMessage(F_TEXT.name, error.message(language))])
        elif isinstance(error, _PDF_ERRORS):
            mark_all(self.marks, [FieldMessage("pdf", error.message(language))])
        elif isinstance(error, CalqiError):
            self._show_error(error.message(language))
        else:
            errors.report_unexpected(error, self)

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
