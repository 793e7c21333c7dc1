"""The start page: what needs action today, who is signed in, one's own password, the vault's care.

First comes the dashboard ("Wat vraagt aandacht", `services.dashboard`):
per section a header with its count, a table of the first rows and "… en
nog N" for the rest; sections with nothing to do share one quiet line.
Double-clicking a row or pressing Enter on it opens the item: a data-subject
request in its request window (the requests section comes first, its rows
coloured by how the legal term stands); a consent or authorisation in its
dossier window, on its tab; a statement version on the privacy-statement
page. F5 and showing the page load the dashboard again; a `CalqiError` while
loading is shown in its place.

Below it, every signed-in member sees the welcome and their account.
Checking the vault and making a backup are shown only to roles that may do
them; both run through the background-task helper with a progress dialog.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QLabel, QTableView, QWidget

from calqi_desktop.domain.dashboard import Dashboard, DashboardItem, DashboardKind, Target
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_datetime_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dashboard_model import DashboardColumn, DashboardTableModel
from calqi_desktop.gui.forms.ui_home_page import Ui_HomePage
from calqi_desktop.gui.page import Page
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task
from calqi_desktop.services import dashboard, vault_care
from calqi_desktop.services.vault_care import CheckResult

if TYPE_CHECKING:
    from calqi_desktop.gui.privacy_statement_page import PrivacyStatementPage
    from calqi_desktop.gui.requests_page import RequestsPage

#: A section's table grows with its rows up to this many; beyond, it scrolls.
VISIBLE_ROWS = 8


def section_name(kind: DashboardKind) -> str:
    """The objectName stem of a section's widgets: 'authorisations_expiring' (…_label, …_table, …_more_label)."""
    return kind.value.replace("-", "_")


def thousands(number: int) -> str:
    """1234 → '1.234', as Dutch writes numbers."""
    return f"{number:,}".replace(",", ".")


class HomePage(Page):
    """Start: the dashboard, a welcome, one's account, and the vault check and backup."""

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_HomePage()
        self.ui.setupUi(self)
        self.task: BackgroundTask | None = None
        self.board: Dashboard | None = None
        font = self.ui.welcome_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.ui.welcome_label.setFont(font)
        self.ui.change_password_button.clicked.connect(self.change_password)
        self.ui.check_vault_button.clicked.connect(self.check_vault)
        self.ui.backup_button.clicked.connect(self.ask_backup)

        self.models: dict[DashboardKind, DashboardTableModel] = {}
        for kind in DashboardKind:
            self.models[kind] = self._set_up_section(kind)
        self.ui.dashboard_empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.ui.dashboard_summary_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.refresh_action = QAction(self.tr("Overzicht vernieuwen"), self)
        self.refresh_action.setObjectName("dashboard_refresh_action")
        self.refresh_action.setShortcut(QKeySequence(shortcuts.REFRESH))
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while the page shows
        self.refresh_action.triggered.connect(self.refresh_dashboard)
        self.addAction(self.refresh_action)
        self.ui.dashboard_refresh_button.clicked.connect(self.refresh_dashboard)
        self.ui.dashboard_refresh_button.setToolTip(
            self.tr("Het overzicht opnieuw laden (%1)").replace("%1", shortcuts.REFRESH)
        )
        session.locked.connect(self._forget)
        self._forget()

    def _set_up_section(self, kind: DashboardKind) -> DashboardTableModel:
        name = section_name(kind)
        label = self.section_label(kind)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        self.more_label(kind).setForegroundRole(QPalette.ColorRole.PlaceholderText)
        table = self.section_table(kind)
        model = DashboardTableModel(kind, self.session.language, self)
        table.setModel(model)
        table.setAccessibleName(kind.label(self.session.language))
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DashboardColumn.CLIENT_NUMBER, 110)
        header.resizeSection(DashboardColumn.NAME, 240)
        header.setSectionResizeMode(DashboardColumn.ABOUT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DashboardColumn.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DashboardColumn.REMAINING, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnHidden(DashboardColumn.REMAINING, kind is not DashboardKind.REQUESTS_DUE)
        table.doubleClicked.connect(partial(self._open_index, kind))
        action = QAction(self)
        action.setObjectName(f"{name}_open_action")
        action.setShortcuts([QKeySequence(key) for key in shortcuts.OPEN])
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(partial(self.open_selected, kind))
        table.addAction(action)
        return model

    # --- widgets by section --------------------------------------------------------------

    def section_table(self, kind: DashboardKind) -> QTableView:
        table = self.findChild(QTableView, f"{section_name(kind)}_table")
        assert table is not None
        return table

    def section_label(self, kind: DashboardKind) -> QLabel:
        label = self.findChild(QLabel, f"{section_name(kind)}_label")
        assert label is not None
        return label

    def more_label(self, kind: DashboardKind) -> QLabel:
        label = self.findChild(QLabel, f"{section_name(kind)}_more_label")
        assert label is not None
        return label

    def page_title(self) -> str:
        return self.tr("Start")

    def refresh(self) -> None:
        user = self.session.user
        language = self.session.language
        self.ui.welcome_label.setText(self.tr("Welkom, %1").replace("%1", user.display_name))
        self.ui.firm_label.setText(self.session.workspace.firm_name())
        if user.via_recovery_code:
            account = self.tr(
                "U bent aangemeld met de herstelcode. U kunt alleen wachtwoorden van medewerkers "
                "opnieuw instellen (onder Medewerkers)."
            )
        else:
            account = (
                self.tr("Gebruikersnaam: %1\nRol: %2")
                .replace("%1", user.user_name)
                .replace("%2", user.role.label(language))
            )
        self.ui.account_label.setText(account)
        self.ui.change_password_button.setVisible(not user.via_recovery_code)
        self.ui.vault_folder_label.setText(
            self.tr("Map van de kluis: %1").replace("%1", str(self.session.workspace.vault.folder))
        )
        self.ui.check_vault_button.setVisible(self.session.may(Permission.CHECK_VAULT))
        self.ui.backup_button.setVisible(self.session.may(Permission.BACKUP_VAULT))
        self.ui.vault_group.setVisible(
            self.session.may(Permission.CHECK_VAULT) or self.session.may(Permission.BACKUP_VAULT)
        )
        self.refresh_dashboard()

    # --- the dashboard -------------------------------------------------------------------------

    def refresh_dashboard(self) -> None:
        """Load the dashboard again (F5, the button, showing the page); a failure is shown in its place."""
        if not self.session.is_signed_in:
            return
        try:
            board = dashboard.load(self.session.workspace, language=self.session.language)
        except CalqiError as error:
            self._forget()
            self.ui.dashboard_error_label.setText(error.message(self.session.language))
            self.ui.dashboard_error_label.setVisible(True)
            return
        self.show_dashboard(board)

    def show_dashboard(self, board: Dashboard) -> None:
        """Show `board`: a header, table and "… en nog N" per section with work; one line for the rest."""
        language = self.session.language
        self.board = board
        self.ui.dashboard_error_label.clear()
        self.ui.dashboard_error_label.setVisible(False)
        self.ui.dashboard_group.setVisible(bool(board.sections))
        sections = {section.kind: section for section in board.sections}
        quiet: list[str] = []
        for kind, model in self.models.items():
            section = sections.get(kind)
            busy = section is not None and section.count > 0
            if section is not None and not busy:
                quiet.append(kind.label(language))
            model.set_items(section.items if section is not None else (), board.today)
            table, label, more = self.section_table(kind), self.section_label(kind), self.more_label(kind)
            for widget in (table, label):
                widget.setVisible(busy)
            rest = section.count - len(section.items) if section is not None else 0
            more.setVisible(busy and rest > 0)
            more.setText(self.tr("… en nog %1").replace("%1", thousands(rest)) if rest > 0 else "")
            if section is not None and busy:
                label.setText(f"{kind.label(language)} ({thousands(section.count)})")
                self._fit(table, len(section.items))
            else:
                label.clear()
        if quiet:
            self.ui.dashboard_empty_label.setText(
                self.tr("Niets te doen: %1").replace("%1", "; ".join(quiet))
            )
        else:
            self.ui.dashboard_empty_label.clear()
        self.ui.dashboard_empty_label.setVisible(bool(quiet))
        if board.sections and board.total == 0:
            summary = self.tr("Er vraagt nu niets uw aandacht.")
        else:
            summary = self.tr("Bijgewerkt op %1. Dubbelklik of Enter opent een regel.").replace(
                "%1", format_datetime_nl(datetime.now())
            )
        self.ui.dashboard_summary_label.setText(summary)

    def _fit(self, table: QTableView, rows: int) -> None:
        """As tall as its rows, up to VISIBLE_ROWS; the rest scrolls inside the table."""
        shown = max(1, min(rows, VISIBLE_ROWS))
        height = (
            table.horizontalHeader().sizeHint().height()
            + shown * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        table.setFixedHeight(height)

    def _forget(self) -> None:
        """Locked (or not yet loaded): nothing from before stays on screen."""
        self.board = None
        for kind, model in self.models.items():
            model.set_rows(())
            for widget in (self.section_table(kind), self.section_label(kind), self.more_label(kind)):
                widget.setVisible(False)
        for label in (
            self.ui.dashboard_empty_label,
            self.ui.dashboard_error_label,
            self.ui.dashboard_summary_label,
        ):
            label.clear()
        self.ui.dashboard_empty_label.setVisible(False)
        self.ui.dashboard_error_label.setVisible(False)

    # --- opening an item -------------------------------------------------------------------------

    def _open_index(self, kind: DashboardKind, index: QModelIndex) -> None:
        if index.isValid():
            self.open_item(self.models[kind].item_at(index.row()))

    def open_selected(self, kind: DashboardKind) -> None:
        """Enter on a section's table: open its chosen row."""
        rows = self.section_table(kind).selectionModel().selectedRows()
        if rows:
            self.open_item(self.models[kind].item_at(rows[0].row()))

    def open_item(self, item: DashboardItem) -> None:
        """A request: its request window. A consent or authorisation: its dossier window on that
        tab, the item chosen. A statement version: the privacy-statement page on that version (the
        Dossiers page if there is none)."""
        from calqi_desktop.gui.dossier_page import DossierPage
        from calqi_desktop.gui.main_window import MainWindow

        window = self.window()
        if not isinstance(window, MainWindow):
            return
        if item.target is Target.REQUEST:
            requests_page = _requests_page(window)
            if requests_page is not None:
                requests_page.open_request(item.target_id)
            return
        if item.target is Target.STATEMENT_VERSION:
            statement_page = _statement_page(window)
            page = statement_page or window.page(DossierPage)
            if page is not None:
                window.go_to(window.pages.index(page))
            if statement_page is not None:
                statement_page.show_version(item.target_id)
            return
        dossiers = window.page(DossierPage)
        if isinstance(dossiers, DossierPage) and item.client_id is not None:
            editor = dossiers.open_dossier(item.client_id)
            if editor is not None:
                editor.show_item(item.target, item.target_id)

    # --- account -------------------------------------------------------------------------------

    def change_password(self) -> None:
        from calqi_desktop.gui.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ui.vault_result_label.setText("")
            self.refresh()

    # --- vault care ----------------------------------------------------------------

    def check_vault(self) -> None:
        workspace = self.session.workspace

        def work(progress: TaskProgress) -> CheckResult:
            progress.report(self.tr("De kluis en de audittrail worden gecontroleerd…"))
            return vault_care.check(workspace)

        self.task = run_task(self, self.tr("Kluis controleren"), work, on_success=self._show_check)

    def _show_check(self, result: CheckResult) -> None:
        self.task = None
        self.ui.vault_result_label.setText(result.describe_nl())

    def ask_backup(self) -> None:
        parent = QFileDialog.getExistingDirectory(self, self.tr("Map voor de back-up kiezen"))
        if parent:
            self.backup_to(Path(parent) / f"calqi-backup-{datetime.now():%d-%m-%Y-%H%M%S}")

    def backup_to(self, destination: Path) -> BackgroundTask:
        """Make a verified backup in the new folder `destination` (the button asks where)."""
        workspace = self.session.workspace

        def work(progress: TaskProgress) -> Path:
            progress.report(self.tr("De back-up wordt gemaakt en gecontroleerd…"))
            return vault_care.backup(workspace, destination)

        def done(made: Path) -> None:
            self.task = None
            self.ui.vault_result_label.setText(
                self.tr("Back-up gemaakt en gecontroleerd op %1 in:\n%2")
                .replace("%1", format_datetime_nl(datetime.now()))
                .replace("%2", str(made))
            )

        def failed(error: BaseException) -> None:
            self.task = None
            if isinstance(error, CalqiError):
                self.ui.vault_result_label.setText(error.message(errors.current_language()))
            else:
                errors.report_unexpected(error, self)

        self.task = run_task(self, self.tr("Back-up maken"), work, on_success=done, on_failure=failed)
        return self.task


def _statement_page(window: QWidget) -> PrivacyStatementPage | None:
    """The main window's privacy-statement page, if the program has one and the member may see it."""
    from calqi_desktop.gui.main_window import MainWindow

    try:
        from calqi_desktop.gui.privacy_statement_page import PrivacyStatementPage
    except ImportError:
        return None
    page = window.page(PrivacyStatementPage) if isinstance(window, MainWindow) else None
    return page if isinstance(page, PrivacyStatementPage) else None


def _requests_page(window: QWidget) -> RequestsPage | None:
    """The main window's requests page, if the program has one and the member may handle requests."""
    from calqi_desktop.gui.main_window import MainWindow

    try:
        from calqi_desktop.gui.requests_page import RequestsPage
    except ImportError:
        return None
    page = window.page(RequestsPage) if isinstance(window, MainWindow) else None
    return page if isinstance(page, RequestsPage) else None
