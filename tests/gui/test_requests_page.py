"""The AVG-verzoeken page on a real vault: the list with its colours, filter, opening windows, the sidebar.

The helpers at the top (`open_page`, `with_demo_requests`) are shared with
the other request GUI tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gui_helpers import button
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot
from request_helpers import audit_count, client_with_data, verified_request

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.requests import RequestOutcome, RequestStatus, RequestType, Urgency
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dossier_page import DossierPage
from calqi_desktop.gui.request_model import ROW_ROLE, RequestColumn
from calqi_desktop.gui.request_window import RequestWindow
from calqi_desktop.gui.requests_page import RequestsPage
from calqi_desktop.services import requests
from calqi_desktop.services.demo_requests import DEMO_REQUESTER, create_demo_requests
from calqi_desktop.services.workspace import Workspace

Shot = Callable[[QWidget, str], Path]


def with_demo_requests(workspace: Workspace) -> list[int]:
    """Three full dossiers and the demo's requests on them: overdue, due soon, extended, closed…"""
    for marker in ("Zwartvlieg", "Koolmees", "Grutto"):
        client_with_data(workspace, marker)
    return create_demo_requests(workspace)


def open_page(qtbot: QtBot, session: AppSession) -> RequestsPage:
    page = RequestsPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 520)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.refresh()  # the main window does this when it shows the page
    return page


def table(page: RequestsPage) -> QTableView:
    return page.findChild(QTableView, "request_table")


def listed(page: RequestsPage) -> list[tuple[str, RequestType, Urgency]]:
    model = page.model
    return [
        (
            model.index(row, RequestColumn.REFERENCE).data(),
            model.index(row, 0).data(ROW_ROLE).request_type,
            model.index(row, 0).data(ROW_ROLE).urgency(model.today),
        )
        for row in range(model.rowCount())
    ]


def row_with(page: RequestsPage, urgency: Urgency) -> int:
    return next(index for index, (_ref, _type, found) in enumerate(listed(page)) if found is urgency)


def test_the_page_lists_open_requests_coloured_by_their_clock(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Shot
) -> None:
    with_demo_requests(signed_in_session.workspace)
    page = open_page(qtbot, signed_in_session)
    assert page.page_title() == "AVG-verzoeken"
    rows = listed(page)
    assert len(rows) == 6  # eight demo requests, two of them closed
    assert rows[0][1] is RequestType.ACCESS and rows[0][2] is Urgency.OVERDUE  # soonest deadline first
    model = page.model
    overdue = row_with(page, Urgency.OVERDUE)
    brush = model.index(overdue, RequestColumn.STATUS).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#fde2e1"
    assert model.index(overdue, RequestColumn.DAYS_LEFT).data().endswith("dagen te laat")
    assert model.index(overdue, 0).data(Qt.ItemDataRole.ToolTipRole) == "Termijn verstreken"
    due_soon = row_with(page, Urgency.DUE_SOON)
    brush = model.index(due_soon, RequestColumn.SUBJECT).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#fff4d6"
    assert model.index(due_soon, RequestColumn.DAYS_LEFT).data().startswith("nog ")
    assert model.index(due_soon, 0).data(Qt.ItemDataRole.ToolTipRole) == "Termijn binnen 7 dagen"
    on_track = row_with(page, Urgency.ON_TRACK)
    assert model.index(on_track, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    subjects = [model.index(r, RequestColumn.SUBJECT).data() for r in range(model.rowCount())]
    assert DEMO_REQUESTER.name in subjects  # the requester not in the vault
    assert page.findChild(QLabel, "request_count_label").text() == "6 openstaande verzoeken"
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(page, "request_page")

    page.findChild(QCheckBox, "open_only_check").setChecked(False)
    assert len(listed(page)) == 8
    statuses = {model.index(r, RequestColumn.STATUS).data() for r in range(model.rowCount())}
    assert {"Toegekend", "Identiteit niet vastgesteld"} <= statuses
    assert page.findChild(QLabel, "request_count_label").text() == "8 verzoeken"


def test_the_filter_narrows_and_ctrl_f_enter_open_the_request_once(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    with_demo_requests(signed_in_session.workspace)
    page = open_page(qtbot, signed_in_session)
    assert page.focus_filter()
    search = page.findChild(QLineEdit, "request_filter")
    assert page.focusWidget() is search
    qtbot.keyClicks(search, "zwaluw")
    assert [model_row[0] for model_row in listed(page)] == [page.model.row_at(0).reference]
    assert page.model.row_at(0).subject_name == DEMO_REQUESTER.name
    assert not button(page, "open_request_button").isEnabled()
    qtbot.keyClick(search, Qt.Key.Key_Return)  # Enter in the filter: the first one found
    assert len(page.windows) == 1
    request_id = page.model.row_at(0).id
    window = page.windows[request_id]
    assert isinstance(window, RequestWindow) and window.isVisible()
    assert audit_count(signed_in_session.workspace, AuditAction.REQUEST_OPENED, f"request:{request_id}") == 1
    table(page).selectRow(0)
    assert button(page, "open_request_button").isEnabled()
    table(page).setFocus()
    qtbot.keyClick(table(page), Qt.Key.Key_Return)  # opening again raises the same window
    assert page.windows == {request_id: window}
    assert audit_count(signed_in_session.workspace, AuditAction.REQUEST_OPENED, f"request:{request_id}") == 1
    window.close()
    assert page.windows == {}
    search.clear()
    assert len(listed(page)) == 6


def test_a_change_in_a_window_reloads_the_list(qtbot: QtBot, signed_in_session: AppSession) -> None:
    workspace = signed_in_session.workspace
    with_demo_requests(workspace)
    page = open_page(qtbot, signed_in_session)
    waiting = next(
        r for r in requests.list_requests(workspace) if r.status is RequestStatus.AWAITING_IDENTITY
    )
    window = page.open_request(waiting.id)
    assert window is not None
    requests.close(workspace, waiting.id, RequestOutcome.WITHDRAWN)
    window.after_change()  # as every action in the window ends
    assert waiting.id not in [page.model.row_at(r).id for r in range(page.model.rowCount())]
    assert "Ingetrokken door verzoeker" in window.ui.status_label.text()


def test_a_lock_empties_the_list_and_the_page_is_for_who_may_handle_requests(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    with_demo_requests(signed_in_session.workspace)
    page = open_page(qtbot, signed_in_session)
    assert page.model.rowCount() == 6
    signed_in_session.lock()
    assert page.model.rowCount() == 0 and not button(page, "open_request_button").isEnabled()
    page.refresh()  # locked: nothing to show, nothing raised
    assert page.model.rowCount() == 0
    assert RequestsPage.required_permission is Permission.HANDLE_REQUESTS


def test_in_the_main_window_the_page_follows_the_dossiers(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    from calqi_desktop.gui.idle_lock import IdleLock
    from calqi_desktop.gui.main_window import MainWindow

    window = MainWindow(signed_in_session, IdleLock())
    qtbot.addWidget(window)
    titles = [window.ui.navigation_list.item(i).text() for i in range(window.ui.navigation_list.count())]
    assert titles[1:3] == ["Dossiers", "AVG-verzoeken"]
    window.go_to(2)
    page = window.current_page()
    assert isinstance(page, RequestsPage)
    assert window.page(RequestsPage) is page
    assert window.focusWidget() is page.findChild(QLineEdit, "request_filter")  # Ctrl+3: into the filter

    # rectification opens the dossier window in request mode through the dossier page
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RECTIFICATION)
    request_window = page.open_request(request_id)
    assert request_window is not None and request_window.open_dossier is not None
    request_window.carry_out()
    dossier_page = window.page(DossierPage)
    assert isinstance(dossier_page, DossierPage)
    editor = dossier_page.editor_for(client_id)
    assert editor is not None and editor.isVisible()
    assert editor.request is not None and editor.request.id == request_id
    editor.close()
    request_window.close()
    window.close_without_asking()
