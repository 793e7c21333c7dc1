"""The AVG-verzoeken page: the requests list with its clock, intake of a new request, and the request windows.

The list asks `services.requests.list_requests` again on each keystroke in
the filter and when "Alleen openstaande" is ticked or not; open requests
come soonest deadline first, coloured by how the clock stands (see
`request_model`). Ctrl+N books a request in (`RequestIntakeDialog`); Enter or
a double click opens the chosen one — through `requests.get`, which writes
the audit event — in its own `RequestWindow`; opening it again brings that
window to the front. The home dashboard opens requests through
`open_request` as well. Every change made in a request window reloads the list.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.forms.ui_requests_page import Ui_RequestsPage
from calqi_desktop.gui.page import Page
from calqi_desktop.gui.request_intake_dialog import RequestIntakeDialog
from calqi_desktop.gui.request_model import RequestColumn, RequestListModel
from calqi_desktop.gui.request_window import RequestWindow
from calqi_desktop.services import requests


class RequestsPage(Page):
    """The list of data-subject requests and the windows of the requests opened from it."""

    required_permission: ClassVar[Permission | None] = Permission.HANDLE_REQUESTS

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_RequestsPage()
        self.ui.setupUi(self)
        self.windows: dict[int, RequestWindow] = {}
        self.model = RequestListModel(session.language, self)
        ui = self.ui
        table = ui.request_table
        table.setModel(self.model)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (RequestColumn.REFERENCE, 120),
            (RequestColumn.TYPE, 190),
            (RequestColumn.SUBJECT, 230),
            (RequestColumn.RECEIVED, 90),
            (RequestColumn.DEADLINE, 90),
            (RequestColumn.DAYS_LEFT, 120),
        ):
            header.resizeSection(column, width)
        ui.request_filter.textChanged.connect(self.refresh)
        ui.open_only_check.toggled.connect(self.refresh)
        table.doubleClicked.connect(self._open_index)
        table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.new_request_action = QAction(self)
        self.new_request_action.setObjectName("new_request_action")
        self.new_request_action.setShortcut(QKeySequence(shortcuts.NEW_REQUEST))
        self.new_request_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_request_action.triggered.connect(lambda _checked=False: self.new_request())
        self.addAction(self.new_request_action)
        self.open_action = QAction(self)
        self.open_action.setObjectName("open_request_action")
        self.open_action.setShortcuts([QKeySequence(key) for key in shortcuts.OPEN])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_selected)
        table.addAction(self.open_action)
        ui.request_filter.returnPressed.connect(self._open_from_filter)
        ui.new_request_button.clicked.connect(lambda _checked=False: self.new_request())
        ui.open_request_button.clicked.connect(self.open_selected)
        ui.request_status_label.clear()
        session.locked.connect(self._forget)
        self._update_buttons()

    def page_title(self) -> str:
        return self.tr("AVG-verzoeken")

    # --- the list ----------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        """Load the list again, keeping the chosen request chosen."""
        if not self.session.is_signed_in:
            return
        selected = self.selected_id()
        self.ui.request_status_label.clear()
        try:
            rows = requests.list_requests(
                self.session.workspace,
                open_only=self.ui.open_only_check.isChecked(),
                text=self.ui.request_filter.text().strip(),
            )
        except CalqiError as error:
            self.ui.request_status_label.setText(error.message(self.session.language))
            return
        self.model.set_today(None)  # a page left open overnight counts from the new day
        self.model.set_rows(rows)
        if selected is not None:
            self.select_request(selected)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        open_only = self.ui.open_only_check.isChecked()
        if count == 0:
            text = self.tr("Geen openstaande verzoeken") if open_only else self.tr("Geen verzoeken")
        elif count == 1:
            text = self.tr("1 openstaand verzoek") if open_only else self.tr("1 verzoek")
        elif open_only:
            text = self.tr("%1 openstaande verzoeken").replace("%1", str(count))
        else:
            text = self.tr("%1 verzoeken").replace("%1", str(count))
        self.ui.request_count_label.setText(text)

    def _forget(self) -> None:
        """Locked: nothing from before stays on screen (the request windows are hidden by the shell)."""
        self.model.set_rows([])
        self._update_buttons()

    def selected_id(self) -> int | None:
        rows = self.ui.request_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def select_request(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row is None:
            return False
        self.ui.request_table.selectRow(row)
        return True

    def _update_buttons(self, *_args: object) -> None:
        self.ui.open_request_button.setEnabled(self.selected_id() is not None)

    def focus_filter(self) -> bool:
        self.ui.request_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.request_filter.selectAll()
        return True

    # --- intake --------------------------------------------------------------------------------

    def new_request(self, client_id: int | None = None) -> RequestIntakeDialog:
        """Ctrl+N: the intake form; once booked in, the request opens in its window."""
        dialog = RequestIntakeDialog(self.session, self, client_id=client_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, request_id: int) -> None:
        self.refresh()
        self.select_request(request_id)
        self.open_request(request_id)

    # --- opening --------------------------------------------------------------------------------

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_request(self.model.row_at(index.row()).id)

    def open_selected(self) -> None:
        request_id = self.selected_id()
        if request_id is not None:
            self.open_request(request_id)

    def _open_from_filter(self) -> None:
        """Enter in the filter field: the chosen request, or the first one found."""
        request_id = self.selected_id()
        if request_id is None and self.model.rowCount() > 0:
            request_id = self.model.row_at(0).id
        if request_id is not None:
            self.open_request(request_id)

    def open_request(self, request_id: int) -> RequestWindow | None:
        """The request's window: the one already open, brought to the front, or a new one (audited)."""
        window = self.windows.get(request_id)
        if window is None:
            try:
                request = requests.get(self.session.workspace, request_id)
            except CalqiError as error:
                errors.show_error(self, error)
                return None
            window = RequestWindow(self.session, request, self, open_dossier=self.open_dossier_for_request)
            window.changed.connect(self._window_changed)
            window.closed.connect(self._window_closed)
            self.windows[request_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _window_changed(self, request_id: int) -> None:
        self.refresh()
        self.select_request(request_id)

    def _window_closed(self, request_id: int) -> None:
        self.windows.pop(request_id, None)

    def open_dossier_for_request(self, client_id: int, request_id: int) -> bool:
        """Rectification: the dossier window in request mode, through the main window's dossier page.
        False when there is no dossier page to open it with (the member may not see dossiers)."""
        from calqi_desktop.gui.dossier_page import DossierPage

        window = self.window()
        page = getattr(window, "page", None)
        dossier_page = page(DossierPage) if callable(page) else None
        if not isinstance(dossier_page, DossierPage):
            return False
        return dossier_page.open_dossier(client_id, request_id=request_id) is not None
