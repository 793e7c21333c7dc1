"""Erasing a client for an erasure request (AVG art. 17): the preview, a deliberate confirmation, the run.

The dialog shows `services.erasure.preview` as two lists: what is removed
(each part with how much of it the dossier holds; parts with nothing to
remove are greyed, at the end) and what is kept, each with its legal ground and, where
the ground ends, until when. A warning says the erasure cannot be undone and
that backups made before today still hold the data until they are rotated
away. "Wissen" stays disabled until the member ticks the confirmation and
types the client number.

The decision letter is rendered by the service while the addressee still
exists, so the dialog first asks where to save it; then the erasure runs on
a worker thread behind a progress dialog (the service reports its steps),
the letter is written, and the dialog says what was done — how much was
removed and the size of the vault file before and after — and accepts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QPushButton, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.erasure import ErasurePreview, ErasureResult, KeptItem
from calqi_desktop.domain.errors import CalqiError, ErasurePreviewOutdatedError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, prepare_error_label
from calqi_desktop.gui.forms.ui_erasure_dialog import Ui_ErasureDialog
from calqi_desktop.gui.pdf_export import ask_pdf_path
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task
from calqi_desktop.services import erasure, requests
from calqi_desktop.services.documents import write_file_atomically

_WARNING_STYLE = "QLabel { background: #fde2e1; border: 1px solid #b42318; color: #5c1010; padding: 6px; }"


def size_text(size: int) -> str:
    """1536 → '2 kB', 5_400_000 → '5,1 MB', as Dutch writes sizes."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB" if size else "0 kB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class ErasureDialog(QDialog):
    """`exec()` gives Accepted once the client is erased; `result_of_erasure` then holds what was done."""

    def __init__(self, session: AppSession, request_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ErasureDialog()
        self.ui.setupUi(self)
        self.session = session
        self.language = session.language
        self.request_id = request_id
        self.reference = ""
        self.preview: ErasurePreview | None = None
        self.letter_path: Path | None = None
        self.task: BackgroundTask | None = None
        self.result_of_erasure: ErasureResult | None = None
        self.setStyleSheet(INVALID_STYLE)
        self.ui.warning_label.setStyleSheet(_WARNING_STYLE)
        prepare_error_label(self.ui.error_label)
        name_buttons(self.ui.button_box, self.tr("Wissen"), self.tr("Annuleren"), ok_name="erase_button")
        self.erase_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.button_box.accepted.connect(self.erase)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.confirm_check.toggled.connect(self._update_button)
        self.ui.client_number_edit.textChanged.connect(self._update_button)
        self.load_preview()

    # --- the preview -------------------------------------------------------------------------

    def load_preview(self) -> bool:
        """Ask the service what erasure would do and show it; on a refusal, say why (`exec` then rejects)."""
        workspace = self.session.workspace
        try:
            self.reference = requests.get(workspace, self.request_id, audit=False).reference
            self.preview = erasure.preview(workspace, self.request_id)
        except CalqiError as error:
            self.preview = None
            errors.show_error(self.parentWidget() or self, error)
            return False
        self._show(self.preview)
        return True

    def _show(self, preview: ErasurePreview) -> None:
        self.setWindowTitle(self.tr("Gegevens wissen voor verzoek %1").replace("%1", self.reference))
        self.ui.intro_label.setText(
            self.tr(
                "De persoonsgegevens in dossier %1 worden gewist: het dossier wordt geanonimiseerd. "
                "Controleer hieronder wat er verdwijnt en wat er op grond van de wet blijft."
            ).replace("%1", preview.client_number)
        )
        self.ui.removed_list.clear()
        for removed in sorted(preview.removed, key=lambda item: item.count == 0):  # empty parts last
            label = removed.part.label(self.language)
            item = QListWidgetItem(f"{label} ({removed.count})" if removed.count else label)
            if not removed.count:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)  # greyed: nothing to remove
                item.setToolTip(self.tr("Hiervan is niets opgeslagen."))
            self.ui.removed_list.addItem(item)
        self.ui.kept_list.clear()
        for kept in preview.kept:
            text = self.kept_text(kept)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            self.ui.kept_list.addItem(item)
        if not preview.kept:
            self.ui.kept_list.addItem(QListWidgetItem(self.tr("Niets")))
        self.ui.client_number_caption.setText(
            self.tr("Typ ter bevestiging het &klantnummer (%1)").replace("%1", preview.client_number)
        )
        self.ui.confirm_check.setChecked(False)
        self.ui.client_number_edit.clear()
        self._update_button()

    def kept_text(self, kept: KeptItem) -> str:
        """'Aangifte IB 2024 — Fiscale bewaarplicht: … — tot 31-12-2031'."""
        parts = [kept.what, kept.ground.label(self.language)]
        if kept.until is not None:
            parts.append(self.tr("tot %1").replace("%1", format_date_nl(kept.until)))
        return " — ".join(parts)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter in a field does nothing: erasing takes a press on the button itself."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in keys and not isinstance(self.focusWidget(), QPushButton):
            event.accept()
            return
        super().keyPressEvent(event)

    def exec(self) -> int:
        if self.preview is None:  # the refusal was shown while loading
            self.setResult(QDialog.DialogCode.Rejected)
            return int(QDialog.DialogCode.Rejected)
        return super().exec()

    # --- confirming --------------------------------------------------------------------------

    def confirmed(self) -> bool:
        """Ticked, and the client number typed as the dossier has it (spaces and case aside)."""
        if self.preview is None or not self.ui.confirm_check.isChecked():
            return False
        typed = self.ui.client_number_edit.text().strip().casefold()
        return typed == self.preview.client_number.casefold()

    def _update_button(self, *_args: object) -> None:
        self.erase_button.setEnabled(self.task is None and self.confirmed())
        show_error_text(self.ui.error_label, "")

    # --- erasing ------------------------------------------------------------------------------

    def erase(self) -> None:
        """Ask where the decision letter goes, then erase on a worker thread."""
        preview = self.preview
        if preview is None or not self.confirmed() or self.task is not None:
            return
        path = ask_pdf_path(
            self,
            self.tr("Besluit over het verzoek opslaan"),
            self.tr("Besluit wissing %1.pdf").replace("%1", self.reference),
        )
        if path is None:
            show_error_text(
                self.ui.error_label,
                self.tr(
                    "Er is niets gewist. Kies eerst waar de besluitbrief komt: na het wissen kan de "
                    "brief niet meer worden geadresseerd."
                ),
            )
            return
        self.letter_path = path
        workspace = self.session.workspace
        request_id = self.request_id

        def work(progress: TaskProgress) -> ErasureResult:
            return erasure.erase(workspace, request_id, preview, progress=progress.report)

        self.erase_button.setEnabled(False)
        self.task = run_task(
            self, self.tr("Gegevens wissen"), work, on_success=self._erased, on_failure=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, ErasurePreviewOutdatedError):
            errors.show_error(self, error)
            self.load_preview()  # show what erasure would do now; confirm again
            return
        errors.report(error, self)
        self._update_button()

    def _erased(self, result: ErasureResult) -> None:
        self.task = None
        self.result_of_erasure = result
        written = self._write_letter(result.letter)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            APP_NAME,
            self.tr("De gegevens zijn gewist."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("erasure_done_box")
        box.setInformativeText(self.done_text(result, written))
        box.exec()
        self.accept()

    def _write_letter(self, letter: bytes) -> Path | None:
        """Write the letter where the member chose; if that fails, ask for another place (it cannot
        be made again: the addressee is gone)."""
        path = self.letter_path
        while path is not None:
            try:
                write_file_atomically(path, letter)
            except CalqiError as error:
                errors.show_error(self, error)
                path = ask_pdf_path(self, self.tr("Besluit op een andere plek opslaan"), path.name)
                continue
            self.letter_path = path
            return path
        return None

    def done_text(self, result: ErasureResult, letter: Path | None) -> str:
        """What was removed, how the vault file shrank, and where the letter is."""
        removed = sum(item.count for item in result.preview.removed)
        lines = [
            self.tr("Dossier %1 is geanonimiseerd; %2 velden en regels zijn verwijderd.")
            .replace("%1", result.preview.client_number)
            .replace("%2", str(removed)),
            self.tr("Kluisbestand: %1 vóór, %2 na het opschonen.")
            .replace("%1", size_text(result.vault_bytes_before))
            .replace("%2", size_text(result.vault_bytes_after)),
        ]
        if letter is not None:
            lines.append(self.tr("De besluitbrief is opgeslagen in %1.").replace("%1", str(letter)))
        else:
            lines.append(
                self.tr(
                    "De besluitbrief is niet opgeslagen. Het besluit en de gronden staan bij het "
                    "verzoek; stel de brief aan de verzoeker daarmee op."
                )
            )
        return "\n".join(lines)
