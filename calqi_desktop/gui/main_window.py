"""The main window: a sidebar of the areas the member may use, menus, and a status bar.

The sidebar lists only pages that exist and that the signed-in role may open
(each page names its permission); Ctrl+1…Ctrl+9 jump to them. The status bar
shows who is signed in, their role and the time until the idle lock. The
window does not lock or quit by itself: it asks the shell through
`lock_requested` and `quit_requested`, so the shell can keep work in progress
across a lock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidgetItem, QMainWindow, QMessageBox, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.gui import errors, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.forms.ui_main_window import Ui_MainWindow
from calqi_desktop.gui.idle_lock import IdleLock
from calqi_desktop.gui.page import Page

GEOMETRY_NAME = "main_window"


def page_classes() -> list[type[Page]]:
    """Every page of the program, in sidebar order."""
    from calqi_desktop.gui.audit_page import AuditPage
    from calqi_desktop.gui.dossier_page import DossierPage
    from calqi_desktop.gui.home_page import HomePage
    from calqi_desktop.gui.privacy_statement_page import PrivacyStatementPage
    from calqi_desktop.gui.requests_page import RequestsPage
    from calqi_desktop.gui.staff_page import StaffPage

    return [HomePage, DossierPage, RequestsPage, PrivacyStatementPage, StaffPage, AuditPage]


class MainWindow(QMainWindow):
    """The window behind everything after sign-in."""

    lock_requested = Signal()
    quit_requested = Signal()
    work_settings_changed = Signal()

    def __init__(self, session: AppSession, idle_lock: IdleLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.session = session
        self.idle_lock = idle_lock
        self.pages: list[Page] = []
        self._closing_confirmed = False
        self.ui.lock_action.setShortcut(QKeySequence(shortcuts.LOCK))
        self.ui.quit_action.setShortcut(QKeySequence(shortcuts.QUIT))
        self.ui.settings_action.setShortcut(QKeySequence(shortcuts.SETTINGS))
        self.ui.help_action.setShortcut(QKeySequence(shortcuts.HELP))
        self.find_action = QAction(self)
        self.find_action.setObjectName("find_action")
        self.find_action.setShortcut(QKeySequence(shortcuts.FIND))
        self.find_action.triggered.connect(self.focus_filter)
        self.addAction(self.find_action)
        self.ui.lock_action.triggered.connect(self.lock_requested.emit)
        self.ui.quit_action.triggered.connect(self.close)
        self.ui.settings_action.triggered.connect(self.open_settings)
        self.ui.help_action.triggered.connect(lambda: self.open_about(tab=0))
        self.ui.about_action.triggered.connect(lambda: self.open_about(tab=1))
        self.ui.navigation_list.currentRowChanged.connect(self._show_page)
        self._build_status_bar()
        self._build_pages()
        self.refresh_title()
        self.session.local.restore_geometry(self, GEOMETRY_NAME)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(1000)
        self._status_timer.timeout.connect(self.update_status)
        self._status_timer.start()
        self.update_status()

    # --- pages -------------------------------------------------------------------

    def rebuild_pages(self) -> None:
        """Show the pages the member's (new) role allows, starting at the first."""
        self.ui.navigation_list.blockSignals(True)
        self.ui.navigation_list.clear()
        self.ui.navigation_list.blockSignals(False)
        for page in self.pages:
            self.ui.page_stack.removeWidget(page)
            page.deleteLater()
        self.pages = []
        self.ui.go_menu.clear()
        self._build_pages()
        self.update_status()

    def _build_pages(self) -> None:
        recovery = self.session.user.via_recovery_code
        for page_class in page_classes():
            permission = page_class.required_permission
            if recovery and permission is None:
                continue  # a recovery-code session only manages staff
            if permission is not None and not self.session.may(permission):
                continue
            page = page_class(self.session, self.ui.page_stack)
            own_role_changed = getattr(page, "own_role_changed", None)
            if own_role_changed is not None:
                own_role_changed.connect(self.rebuild_pages, Qt.ConnectionType.QueuedConnection)
            self.pages.append(page)
            self.ui.page_stack.addWidget(page)
            item = QListWidgetItem(page.page_title(), self.ui.navigation_list)
            item.setData(0x0100, page_class.__name__)  # Qt.UserRole: the page's class name for tests
            number = len(self.pages)
            if number <= len(shortcuts.PAGES):
                action = QAction(page.page_title(), self)
                action.setObjectName(f"go_to_{page_class.__name__}_action")
                action.setShortcut(QKeySequence(shortcuts.PAGES[number - 1]))
                action.triggered.connect(lambda _checked=False, row=number - 1: self.go_to(row))
                self.ui.go_menu.addAction(action)
        self.ui.navigation_list.setCurrentRow(0)

    def go_to(self, row: int) -> None:
        """Ctrl+1…9: show the page and put the cursor where one types next (its search or filter)."""
        self.ui.navigation_list.setCurrentRow(row)
        page = self.current_page()
        if page is not None and not page.focus_filter():
            page.setFocus()

    def page(self, page_class: type[Page]) -> Page | None:
        return next((p for p in self.pages if isinstance(p, page_class)), None)

    def current_page(self) -> Page | None:
        widget = self.ui.page_stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.ui.page_stack.setCurrentIndex(row)
            self.refresh_page(self.pages[row])

    def focus_filter(self) -> None:
        """Ctrl+F: to the search or filter field of the current page, if it has one."""
        page = self.current_page()
        if page is not None:
            page.focus_filter()

    def refresh_page(self, page: Page) -> None:
        try:
            page.refresh()
        except CalqiError as error:
            errors.show_error(self, error)

    def after_unlock(self) -> None:
        """Back from a lock: reload what the current page shows; edits in dialogs stay."""
        self.refresh_title()
        page = self.current_page()
        if page is not None:
            self.refresh_page(page)
        self.update_status()

    # --- status bar ----------------------------------------------------------------

    def _build_status_bar(self) -> None:
        self.user_status_label = QLabel(self)
        self.user_status_label.setObjectName("user_status_label")
        self.role_status_label = QLabel(self)
        self.role_status_label.setObjectName("role_status_label")
        self.lock_status_label = QLabel(self)
        self.lock_status_label.setObjectName("lock_status_label")
        for label in (self.user_status_label, self.role_status_label, self.lock_status_label):
            self.ui.status_bar.addPermanentWidget(label)

    def refresh_title(self) -> None:
        if self.session.is_signed_in:
            self.setWindowTitle(f"{self.session.workspace.firm_name()} – {APP_NAME}")

    def update_status(self) -> None:
        if not self.session.is_signed_in:
            return
        user = self.session.user
        self.user_status_label.setText(
            self.tr("Aangemeld: %1 (%2)").replace("%1", user.display_name).replace("%2", user.user_name)
        )
        self.role_status_label.setText(
            self.tr("Herstelsessie") if user.via_recovery_code else user.role.label(self.session.language)
        )
        minutes, seconds = divmod(self.idle_lock.seconds_left(), 60)
        self.lock_status_label.setText(
            self.tr("Vergrendelt over %1").replace("%1", f"{minutes}:{seconds:02d}")
        )

    # --- menus -------------------------------------------------------------------

    def open_settings(self) -> None:
        from calqi_desktop.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.work_settings_changed.connect(self.work_settings_changed.emit)
        dialog.open()

    def open_about(self, tab: int = 0) -> None:
        from calqi_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(self, language=self.session.language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.ui.about_tabs.setCurrentIndex(tab)
        dialog.open()

    # --- closing -----------------------------------------------------------------

    def unsaved_pages(self) -> list[Page]:
        return [page for page in self.pages if page.has_unsaved_changes()]

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_confirmed and self.unsaved_pages():
            answer = QMessageBox.question(
                self,
                APP_NAME,
                self.tr("Er zijn wijzigingen die nog niet zijn opgeslagen. Toch afsluiten en ze weggooien?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self.session.local.save_geometry(self, GEOMETRY_NAME)
        self._status_timer.stop()
        event.accept()
        self.quit_requested.emit()

    def close_without_asking(self) -> None:
        """Close after the shell has decided (another member signs in after a lock)."""
        self._closing_confirmed = True
        self._status_timer.stop()
        self.session.local.save_geometry(self, GEOMETRY_NAME)
        self.hide()
        self.deleteLater()
