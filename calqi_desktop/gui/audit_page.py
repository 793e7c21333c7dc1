"""The audit screen (beheerder, privacy officer): the trail, its filters, the chain check, the CSV export.

The list shows the events of a period (default: the last 30 days), newest
first, narrowed by staff member, action and client; the filter takes effect
on "Filteren". "Keten controleren" walks the whole hash chain on a background
thread and says in words whether it is sound and, if not, where it breaks.
"Exporteren naar CSV…" (only with `Permission.EXPORT_AUDIT`) writes what the
list shows; the export is itself recorded. Both add an event to the trail, so
the list is reloaded afterwards.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QRegularExpression, QStandardPaths, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from calqi_desktop.domain.audit import AuditAction, ChainVerdict
from calqi_desktop.domain.errors import VaultLockedError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.audit_model import AuditColumn, AuditTableModel, FetchPage
from calqi_desktop.gui.forms.ui_audit_page import Ui_AuditPage
from calqi_desktop.gui.page import Page
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task
from calqi_desktop.services import audit_log, vault_care
from calqi_desktop.services.audit_log import AuditEntry, AuditFilter

DEFAULT_DAYS = 30
WITHOUT_ACTOR = "without-actor"  # user combo data for events no staff member did

_SOUND_STYLE = "QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #1b5e20; padding: 6px; }"
_BROKEN_STYLE = "QLabel { color: #b71c1c; background: #ffebee; border: 2px solid #b71c1c; padding: 6px; font-weight: bold; }"


class AuditPage(Page):
    """The audit trail, for those who may see it."""

    required_permission = Permission.VIEW_AUDIT

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.task: BackgroundTask | None = None
        self.model = AuditTableModel(parent=self)
        self.ui.audit_table.setModel(self.model)
        self.ui.audit_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.ui.audit_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (AuditColumn.TIME, 150),
            (AuditColumn.USER, 150),
            (AuditColumn.ACTION, 260),
            (AuditColumn.CLIENT, 80),
        ):
            header.resizeSection(column, width)
        self.ui.client_filter_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,9}"), self.ui.client_filter_edit)
        )
        self._fill_action_combo()
        self.ui.user_filter_combo.addItem(self.tr("Iedereen"), None)
        self._set_default_filter()
        self._filter = self.filter_from_widgets()
        self.ui.chain_result_label.setAccessibleName(self.tr("Uitslag van de controle van de audittrail"))
        self.ui.chain_result_label.hide()

        self.ui.from_date_edit.dateChanged.connect(self._from_changed)
        self.ui.to_date_edit.dateChanged.connect(self._to_changed)
        self.ui.apply_filter_button.clicked.connect(self.apply_filter)
        self.ui.reset_filter_button.clicked.connect(self.reset_filter)
        self.ui.client_filter_edit.returnPressed.connect(self.apply_filter)
        self.ui.verify_chain_button.clicked.connect(self.verify_chain)
        self.ui.export_csv_button.clicked.connect(self.ask_export)
        session.locked.connect(self._forget)

    def page_title(self) -> str:
        return self.tr("Audittrail")

    # --- loading -----------------------------------------------------------------------

    def focus_filter(self) -> bool:
        """Ctrl+F: to the first filter field (the start of the period)."""
        self.ui.from_date_edit.setFocus()
        return True

    def refresh(self) -> None:
        if not self.session.is_signed_in:
            self._forget()
            return
        self.ui.export_csv_button.setVisible(self.session.may(Permission.EXPORT_AUDIT))
        self._fill_user_combo()
        if self._filter == self._default_filter and self._default_day != QDate.currentDate():
            self._set_default_filter()  # past midnight: the last 30 days move on with the clock
            self._filter = self.filter_from_widgets()
        self._load()

    def _load(self) -> None:
        """Show the events of the applied filter and how many there are."""
        audit_filter = self._filter
        total = audit_log.count(self.session.workspace, audit_filter)
        self.ui.audit_count_label.setText(self.events_text(total))
        self.model.reload(self._fetcher(audit_filter))

    def _fetcher(self, audit_filter: AuditFilter) -> FetchPage:
        language = self.session.language

        def fetch(offset: int, limit: int) -> list[AuditEntry]:
            try:
                workspace = self.session.workspace
            except VaultLockedError:
                return []
            return audit_log.search(workspace, audit_filter, offset=offset, limit=limit, language=language)

        return fetch

    def _forget(self) -> None:
        """Locked: the rows go, so nothing of the trail stays on screen."""
        self.model.reload(None)
        self.ui.audit_count_label.clear()
        self.ui.chain_result_label.clear()
        self.ui.chain_result_label.hide()

    def events_text(self, number: int) -> str:
        """'1 gebeurtenis', '1.234 gebeurtenissen'."""
        if number == 1:
            return self.tr("1 gebeurtenis")
        return self.tr("%1 gebeurtenissen").replace("%1", self._locale().toString(number))

    def _locale(self) -> QLocale:
        if self.session.language == "en":
            return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)

    # --- filters -----------------------------------------------------------------------

    def _fill_action_combo(self) -> None:
        combo = self.ui.action_filter_combo
        combo.addItem(self.tr("Alle acties"), None)
        language = self.session.language
        for action in sorted(AuditAction, key=lambda a: a.label(language).casefold()):
            combo.addItem(action.label(language), action.value)

    def _fill_user_combo(self) -> None:
        combo = self.ui.user_filter_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("Iedereen"), None)
            for actor in audit_log.actors(self.session.workspace):
                text = actor.user_name
                if actor.display_name and actor.display_name != actor.user_name:
                    text = self.tr("%1 (%2)").replace("%1", actor.display_name).replace("%2", actor.user_name)
                if not actor.active:
                    text = self.tr("%1 – gedeactiveerd").replace("%1", text)
                combo.addItem(text, actor.id)
            combo.addItem(self.tr("Herstelcode of onbekende gebruiker"), WITHOUT_ACTOR)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
        finally:
            combo.blockSignals(False)

    def _set_default_filter(self) -> None:
        today = QDate.currentDate()
        self.ui.to_date_edit.setDate(today)
        self.ui.from_date_edit.setDate(today.addDays(-DEFAULT_DAYS))
        self.ui.user_filter_combo.setCurrentIndex(0)
        self.ui.action_filter_combo.setCurrentIndex(0)
        self.ui.client_filter_edit.clear()
        self._default_day = today
        self._default_filter = self.filter_from_widgets()

    def _from_changed(self, chosen: QDate) -> None:
        if chosen > self.ui.to_date_edit.date():  # keep the period the right way round
            self.ui.to_date_edit.setDate(chosen)

    def _to_changed(self, chosen: QDate) -> None:
        if chosen < self.ui.from_date_edit.date():
            self.ui.from_date_edit.setDate(chosen)

    def filter_from_widgets(self) -> AuditFilter:
        actor = self.ui.user_filter_combo.currentData()
        client = self.ui.client_filter_edit.text().strip()
        return AuditFilter(
            date_from=_to_date(self.ui.from_date_edit.date()),
            date_to=_to_date(self.ui.to_date_edit.date()),
            actor_id=actor if isinstance(actor, int) else None,
            without_actor=actor == WITHOUT_ACTOR,
            action=self.ui.action_filter_combo.currentData(),
            client_id=int(client) if client.isdigit() else None,
        )

    @property
    def applied_filter(self) -> AuditFilter:
        return self._filter

    def apply_filter(self) -> None:
        self._filter = self.filter_from_widgets()
        self._load()

    def reset_filter(self) -> None:
        self._set_default_filter()
        self.apply_filter()

    # --- the chain check ---------------------------------------------------------------

    def verify_chain(self) -> BackgroundTask:
        """Walk the whole chain on a background thread and show the verdict in words."""
        workspace = self.session.workspace
        label = self.tr("Alle gebeurtenissen van de audittrail worden nagerekend…")

        def work(progress: TaskProgress) -> ChainVerdict:
            progress.report(label)
            return vault_care.verify_audit_chain(workspace)

        self.ui.verify_chain_button.setEnabled(False)
        self.task = run_task(self, self.tr("Keten controleren"), work, on_success=self.show_verdict)
        self.task.finished.connect(self._task_done)
        return self.task

    def show_verdict(self, verdict: ChainVerdict) -> None:
        """The verdict in words, with a symbol and a frame that do not rely on colour alone."""
        explanation = verdict.explanation_en if self.session.language == "en" else verdict.explanation_nl
        label = self.ui.chain_result_label
        # The explanation says "in orde" / "niet in orde" in words; the mark and the frame repeat it.
        label.setText(f"{'✓' if verdict.sound else '✗'} {explanation}")
        label.setStyleSheet(_SOUND_STYLE if verdict.sound else _BROKEN_STYLE)
        label.setProperty("sound", verdict.sound)
        label.show()
        if self.session.is_signed_in:
            self._load()  # the check itself was recorded

    def _task_done(self) -> None:
        self.task = None
        self.ui.verify_chain_button.setEnabled(True)
        self.ui.export_csv_button.setEnabled(True)

    # --- export --------------------------------------------------------------------------

    def default_export_name(self) -> str:
        return f"audittrail-{format_date_nl(date.today())}.csv"

    def ask_export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Audittrail exporteren"),
            str(Path(folder) / self.default_export_name()),
            self.tr("CSV-bestanden (*.csv)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.casefold() != ".csv":
            path = path.with_name(path.name + ".csv")
        self.export_to(path)

    def export_to(self, path: Path) -> BackgroundTask:
        """Export what the list shows to `path` (the button asks where first)."""
        workspace = self.session.workspace
        audit_filter = self._filter
        language = self.session.language
        step = self.tr("%1 van %2 gebeurtenissen verwerkt…")

        def work(progress: TaskProgress) -> int:
            def report(done: int, total: int) -> None:
                progress.raise_if_cancelled()
                progress.report(step.replace("%1", str(done)).replace("%2", str(total)), done, total)

            return audit_log.export_csv(workspace, audit_filter, path, report, language=language)

        def done(rows: int) -> None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Audittrail geëxporteerd"),
                self.tr("%1 geëxporteerd naar:\n%2")
                .replace("%1", self.events_text(rows))
                .replace("%2", str(path)),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("export_done_box")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            if self.session.is_signed_in:
                self._load()  # the export was recorded

        self.ui.export_csv_button.setEnabled(False)
        self.task = run_task(self, self.tr("Audittrail exporteren"), work, on_success=done, cancellable=True)
        self.task.finished.connect(self._task_done)
        return self.task


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
