"""The import wizard: a client list from CSV or Excel, its columns mapped, every row previewed, then imported.

Pages: the file (typed into `import_path` or chosen with Bladeren…) → which
column is which dossier field (guessed from the headers, changeable), with the
legal basis for any special columns → the preview, one line per row with its
status and reason, and the counts → the result. Reading, the preview and the
import each run on a worker thread behind a progress dialog (`gui.tasks`);
a refusal is shown with `gui.errors`. Nothing is stored before the user
presses Importeren on the preview page, and then all rows or none — unless
the user ticks "Alleen de goede rijen importeren". `imported(count)` tells the
dossier list to refresh.

Roles without the right to see special data are not offered the special
fields (BSN, birth, bank account): those columns stay unimported.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidgetItem,
    QWidget,
    QWizard,
)

from calqi_desktop.domain.clients import LegalBasisKind, SpecialCategory
from calqi_desktop.domain.errors import CalqiError, ImportHasErrorsError
from calqi_desktop.domain.import_table import ImportMapping, ImportTable, ImportTarget, column_name
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.forms.ui_import_dialog import Ui_ImportDialog
from calqi_desktop.gui.table_model import RowTableModel
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task
from calqi_desktop.services import client_import
from calqi_desktop.services.client_import import (
    ImportOptions,
    ImportPreview,
    ImportResult,
    PreviewRow,
    RowStatus,
)

_Index = QModelIndex | QPersistentModelIndex

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)


class PreviewColumn(IntEnum):
    ROW = 0
    NAME = 1
    STATUS = 2
    REASON = 3


class ImportPreviewModel(RowTableModel[PreviewRow]):
    """The previewed rows: row number, name, status and the reason a row is not imported."""

    STATUS_ROLE = Qt.ItemDataRole.UserRole
    columns = PreviewColumn

    def set_preview(self, preview: ImportPreview | None) -> None:
        self.set_rows(preview.rows if preview is not None else ())

    def header(self, column: PreviewColumn) -> str:
        return {
            PreviewColumn.ROW: self.tr("Rij"),
            PreviewColumn.NAME: self.tr("Naam"),
            PreviewColumn.STATUS: self.tr("Status"),
            PreviewColumn.REASON: self.tr("Reden"),
        }[column]

    def cell(self, row: PreviewRow, column: PreviewColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                PreviewColumn.ROW: str(row.number),
                PreviewColumn.NAME: row.name,
                PreviewColumn.STATUS: row.status.label(self.language),
                PreviewColumn.REASON: row.reason(self.language),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == PreviewColumn.REASON and row.issues:
            return "\n".join(issue.text(self.language) for issue in row.issues)
        if role == Qt.ItemDataRole.ForegroundRole and column == PreviewColumn.STATUS:
            if row.status is RowStatus.ERROR:
                return QBrush(QColor(170, 20, 20))
            if row.status is RowStatus.DUPLICATE:
                return QBrush(QColor(150, 90, 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PreviewColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.STATUS_ROLE:
            return row.status.value
        return None


class _ProblemsFilter(QSortFilterProxyModel):
    """Shows all rows, or only those that will not be imported as they are."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems_only = False

    def set_problems_only(self, on: bool) -> None:
        self.beginFilterChange()
        self.problems_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.problems_only:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(ImportPreviewModel.STATUS_ROLE) != RowStatus.OK.value


class ImportDialog(QWizard):
    """Imports a client list; emits `imported(count)` once clients were stored."""

    imported = Signal(int)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self.session = session
        self.language = session.language
        self.table: ImportTable | None = None
        self.preview: ImportPreview | None = None
        self.outcome: ImportResult | None = None
        self.task: BackgroundTask | None = None
        self._passed: int | None = None
        self._combos: list[QComboBox] = []
        self._basis_combos = {
            SpecialCategory.BSN: self.ui.bsn_basis_combo,
            SpecialCategory.BIRTH: self.ui.birth_basis_combo,
            SpecialCategory.BANK_ACCOUNTS: self.ui.bank_accounts_basis_combo,
        }
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< V&orige"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sluiten"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.ui.preview_page.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Importeren"))
        for category, combo in self._basis_combos.items():
            combo.addItem(self.tr("— kies een grondslag —"), None)
            for basis in category.allowed_bases():
                if basis is not LegalBasisKind.CONSENT:  # imported clients have no recorded consent yet
                    combo.addItem(basis.label(self.language), basis.value)
        self.model = ImportPreviewModel(self.language, self)
        self.proxy = _ProblemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ui.preview_table.setModel(self.proxy)
        header = self.ui.preview_table.horizontalHeader()
        for column in (PreviewColumn.ROW, PreviewColumn.STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(PreviewColumn.NAME, 220)
        self.ui.preview_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.ui.mapping_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.browse_button.clicked.connect(self.browse)
        self.ui.import_path.textChanged.connect(lambda _text: self.ui.file_page.completeChanged.emit())
        self.ui.problems_only_check.toggled.connect(self.proxy.set_problems_only)
        self.ui.only_valid_check.toggled.connect(lambda _on: self.ui.preview_message_label.clear())
        self.ui.file_page.isComplete = lambda: bool(self.ui.import_path.text().strip())  # type: ignore[method-assign]
        self.ui.file_page.validatePage = self._read_file  # type: ignore[method-assign]
        self.ui.mapping_page.validatePage = self._make_preview  # type: ignore[method-assign]
        self.ui.preview_page.validatePage = self._commit  # type: ignore[method-assign]
        self.currentIdChanged.connect(self._page_changed)
        self.ui.bases_group.setVisible(False)

    # --- moving on after background work ----------------------------------------------------

    def _go_on(self, page: int) -> None:
        """A page's work is done: let its validatePage pass once and move to the next page."""
        self.task = None
        self._passed = page
        self.next()

    def _done_before(self, page: int) -> bool:
        if self._passed == page:
            self._passed = None
            return True
        return False

    def _start(
        self,
        title: str,
        work: Callable[[TaskProgress], Any],
        on_success: Callable[[Any], None],
        label: QLabel,
    ) -> bool:
        if self.task is not None:
            return False

        def failed(error: BaseException) -> None:
            self.task = None
            if isinstance(error, CalqiError):
                label.setText(error.message(self.language))
            errors.report(error, self)

        def finished() -> None:  # also after Annuleren, when neither of the above runs
            if self.task is task:
                self.task = None

        label.clear()
        task = run_task(self, title, work, on_success=on_success, on_failure=failed, cancellable=True)
        self.task = task
        task.finished.connect(finished)
        return False

    @staticmethod
    def _stepper(progress: TaskProgress, text: str) -> Callable[[int, int], None]:
        """Progress for the services. It never reports 0 done: QProgressDialog.setValue(minimum)
        starts its "force show" timer, which shows the dialog again after the task has hidden
        it — modal, over the error message — when the work fails right away."""

        def step(done: int, total: int) -> None:
            progress.raise_if_cancelled()
            progress.report(text, done, total)

        return step

    # --- the file ---------------------------------------------------------------------------

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Klantenlijst kiezen"),
            str(Path.home()),
            self.tr("Klantenlijsten (*.csv *.xlsx *.txt);;Alle bestanden (*)"),
        )
        if path:
            self.ui.import_path.setText(path)

    def path(self) -> Path:
        return Path(self.ui.import_path.text().strip()).expanduser()

    def _read_file(self) -> bool:
        if self._done_before(FILE_PAGE):
            return True
        path = self.path()
        text = self.tr("Het bestand wordt gelezen…")

        def work(progress: TaskProgress) -> ImportTable:
            progress.report(text)
            return client_import.read_table(path)

        return self._start(self.tr("Klantenlijst lezen"), work, self._file_read, self.ui.file_message_label)

    def _file_read(self, table: ImportTable) -> None:
        self.table = table
        self._fill_mapping(table)
        self._go_on(FILE_PAGE)

    # --- the mapping ------------------------------------------------------------------------

    def _fill_mapping(self, table: ImportTable) -> None:
        guessed = client_import.guess_mapping(table)
        may_special = self.session.may(Permission.VIEW_SPECIAL_DATA)
        offered = [target for target in ImportTarget if may_special or target.special_category is None]
        grid = self.ui.mapping_table
        grid.clearContents()
        grid.setRowCount(len(table.headers))
        self._combos = []
        for index, header in enumerate(table.headers):
            item = QTableWidgetItem(f"{column_name(index)}   {header}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            grid.setItem(index, 0, item)
            combo = QComboBox(grid)
            combo.setObjectName(f"mapping_combo_{index}")
            combo.addItem(self.tr("— niet importeren —"), None)
            for target in offered:
                combo.addItem(target.label(self.language), target.value)
            guess = guessed.targets[index]
            if guess is not None and guess in offered:
                combo.setCurrentIndex(combo.findData(guess.value))
            combo.currentIndexChanged.connect(partial(self._target_chosen, index))
            grid.setCellWidget(index, 1, combo)
            self._combos.append(combo)
        self.ui.mapping_message_label.clear()
        self._show_bases()

    def mapping(self) -> ImportMapping:
        """The mapping as the combo boxes now say."""
        return ImportMapping(
            tuple(
                ImportTarget(combo.currentData()) if combo.currentData() else None for combo in self._combos
            )
        )

    def _target_chosen(self, index: int, _position: int) -> None:
        """A field goes to one column only: the column that had it before is set to 'niet importeren'."""
        chosen = self._combos[index].currentData()
        if chosen:
            for other, combo in enumerate(self._combos):
                if other != index and combo.currentData() == chosen:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._show_bases()

    def _show_bases(self) -> None:
        categories = self.mapping().special_categories()
        self.ui.bases_group.setVisible(bool(categories))
        for category, combo in self._basis_combos.items():
            self.ui.bases_layout.setRowVisible(combo, category in categories)

    def import_options(self) -> ImportOptions:
        categories = self.mapping().special_categories()
        bases = {
            category: LegalBasisKind(combo.currentData())
            for category, combo in self._basis_combos.items()
            if category in categories and combo.currentData()
        }
        return ImportOptions(bases=bases, note=self.ui.basis_note_edit.text().strip())

    def _make_preview(self) -> bool:
        if self._done_before(MAPPING_PAGE):
            return True
        assert self.table is not None
        table, mapping, options = self.table, self.mapping(), self.import_options()
        try:
            mapping.check()
            workspace = self.session.workspace
        except CalqiError as error:
            self.ui.mapping_message_label.setText(error.message(self.language))
            return False
        text = self.tr("De rijen worden gecontroleerd…")

        def work(progress: TaskProgress) -> ImportPreview:
            progress.report(text)
            return client_import.preview(
                workspace, table, mapping, options, progress=self._stepper(progress, text)
            )

        return self._start(self.tr("Voorbeeld maken"), work, self._previewed, self.ui.mapping_message_label)

    # --- the preview ------------------------------------------------------------------------

    def _previewed(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.model.set_preview(preview)
        self.ui.summary_label.setText(preview.summary(self.language))
        wrong = preview.errors + preview.duplicates
        self.ui.only_valid_check.setChecked(False)
        self.ui.only_valid_check.setEnabled(bool(wrong and preview.ok))
        self.ui.problems_only_check.setEnabled(bool(wrong))
        self.ui.problems_only_check.setChecked(bool(wrong))
        self.ui.preview_message_label.clear()
        self._go_on(MAPPING_PAGE)

    def _commit(self) -> bool:
        if self._done_before(PREVIEW_PAGE):
            return True
        assert self.preview is not None
        preview, only_valid = self.preview, self.ui.only_valid_check.isChecked()
        wrong = preview.errors + preview.duplicates
        if wrong and not only_valid:
            self.ui.preview_message_label.setText(ImportHasErrorsError(wrong).message(self.language))
            return False
        try:
            workspace = self.session.workspace
        except CalqiError as error:
            errors.show_error(self, error)
            return False
        text = self.tr("De klanten worden opgeslagen…")

        def work(progress: TaskProgress) -> ImportResult:
            progress.report(text)
            return client_import.commit(
                workspace, preview, only_valid=only_valid, progress=self._stepper(progress, text)
            )

        return self._start(
            self.tr("Klanten importeren"), work, self._committed, self.ui.preview_message_label
        )

    def _committed(self, result: ImportResult) -> None:
        self.outcome = result
        self.ui.result_label.setText(
            self.tr("%1 De nieuwe dossiers staan in de klantenlijst.").replace(
                "%1", result.summary(self.language)
            )
        )
        self._go_on(PREVIEW_PAGE)
        self.imported.emit(result.imported)

    def _page_changed(self, page: int) -> None:
        if page == RESULT_PAGE:
            # The clients are stored: there is no way back.
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
            self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
            self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def done(self, result: int) -> None:
        """Closing drops the file's contents from memory."""
        if self.task is not None:
            return  # the progress dialog is modal; wait for the work to end
        self.table = None
        self.preview = None
        self.model.set_preview(None)
        super().done(result)
