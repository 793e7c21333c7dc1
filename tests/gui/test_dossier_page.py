"""The dossier page as a user meets it: search as you type, filters, opening, new dossier, roles.

The fixtures and helpers at the top are shared with test_dossier_editor.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from gui_helpers import button
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    AddressDraft,
    ClientDraft,
    ClientKind,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.gui.dossier_model import DossierColumn
from calqi_desktop.gui.dossier_page import DossierPage
from calqi_desktop.gui.home_page import HomePage
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.gui.main_window import page_classes
from calqi_desktop.services import auth, clients
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store, client_bulk
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

BSN = "111222333"

SessionFor = Callable[[str], AppSession]


@pytest.fixture
def vault(created_vault: tuple[Path, str]) -> Path:
    return created_vault[0]


@pytest.fixture
def as_admin(vault: Path) -> Callable[[Callable[[Workspace], object]], object]:
    """Run `work(workspace)` signed in as the beheerder, then sign out (one open per vault)."""

    def run(work: Callable[[Workspace], object]) -> object:
        workspace = auth.sign_in(vault, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
        try:
            return work(workspace)
        finally:
            workspace.sign_out()

    return run


@pytest.fixture
def session_for(vault: Path, local_settings: LocalSettings) -> Iterator[SessionFor]:
    """`session_for("anna")`: an `AppSession` signed in as that member (one at a time)."""
    sessions: list[AppSession] = []

    def make(user: str) -> AppSession:
        password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
        session = AppSession(vault, local_settings, kdf=TEST_ONLY_KDF)
        session.begin(auth.sign_in(vault, user, password, kdf=TEST_ONLY_KDF))
        sessions.append(session)
        return session

    yield make
    for session in sessions:
        if session.is_signed_in:
            session.sign_out()


def make_person(workspace: Workspace, last_name: str = "Müller", *, bsn: str | None = BSN) -> int:
    """A person with an address and, by default, a BSN under the legal obligation."""
    return clients.create_client(
        workspace,
        ClientDraft(
            initials="H.",
            last_name=last_name,
            addresses=(
                AddressDraft(street="Oudegracht", house_number="231", postcode="3511NK", city="Utrecht"),
            ),
        ),
        special=SpecialChanges(fields={"bsn": bsn}) if bsn else None,
        bases=(BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION),) if bsn else (),
    )


def open_page(qtbot: QtBot, session: AppSession) -> DossierPage:
    page = DossierPage(session)
    qtbot.addWidget(page)
    page.resize(960, 560)
    page.show()
    page.activateWindow()  # keyboard focus, as in the main window
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.refresh()  # the main window does this when it shows the page
    return page


def audit_actions(session: AppSession) -> list[tuple[str, int | None, dict[str, object]]]:
    with session.workspace.transaction() as db:
        return [(r.action, r.client_id, dict(r.details)) for r in audit_store.records(db)]


def search(page: DossierPage) -> QLineEdit:
    return page.findChild(QLineEdit, "dossier_search")


def table(page: DossierPage) -> QTableView:
    return page.findChild(QTableView, "dossier_table")


def names(page: DossierPage) -> list[str]:
    model = table(page).model()
    return [model.index(row, DossierColumn.NAME).data() for row in range(model.rowCount())]


def count_text(page: DossierPage) -> str:
    return page.findChild(QLabel, "dossier_count_label").text()


def editors() -> list[DossierEditor]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DossierEditor) and w.isVisible()]


# --- tests ----------------------------------------------------------------------------


def test_the_page_comes_after_start_for_who_may_see_dossiers() -> None:
    pages = page_classes()
    assert pages[0] is HomePage and pages[1] is DossierPage
    assert DossierPage.required_permission is not None
    assert DossierPage.required_permission.value == "view-dossiers"


def test_typing_muller_finds_mueller(
    qtbot: QtBot, as_admin, session_for: SessionFor, screenshot: Callable[[QWidget, str], Path]
) -> None:
    def fill(workspace: Workspace) -> None:
        make_person(workspace, "Müller")
        make_person(workspace, "Mulder", bsn=None)
        make_person(workspace, "Jansen", bsn=None)
        clients.create_client(
            workspace, ClientDraft(kind=ClientKind.ORGANISATION, organisation_name="Bakkerij Müller B.V.")
        )

    as_admin(fill)
    page = open_page(qtbot, session_for("anna"))
    assert page.page_title() == "Dossiers"
    assert names(page) == ["Bakkerij Müller B.V.", "Jansen, H.", "Mulder, H.", "Müller, H."]
    assert count_text(page) == "4 dossiers"
    assert "BSN alleen volledig" in search(page).placeholderText()
    assert page.focus_filter() and search(page).hasFocus()
    qtbot.keyClicks(search(page), "muller")
    assert names(page) == ["Bakkerij Müller B.V.", "Müller, H."]
    assert count_text(page) == "2 dossiers"
    kind = page.findChild(QComboBox, "kind_filter_combo")
    kind.setCurrentIndex(kind.findText("Personen"))
    assert names(page) == ["Müller, H."] and count_text(page) == "1 dossier"
    kind.setCurrentIndex(0)
    search(page).clear()
    qtbot.keyClicks(search(page), "3511")
    assert names(page) == ["Jansen, H.", "Mulder, H.", "Müller, H."]
    search(page).clear()
    qtbot.keyClicks(search(page), "zzz")
    assert names(page) == [] and count_text(page) == "Geen dossiers gevonden"
    search(page).clear()
    screenshot(page, "dossiers")


def test_the_bsn_finds_its_client_for_the_accountant_only(
    qtbot: QtBot, as_admin, session_for: SessionFor
) -> None:
    as_admin(lambda ws: (make_person(ws, "Müller"), make_person(ws, "Jansen", bsn=None)))
    anna = session_for("anna")
    page = open_page(qtbot, anna)
    qtbot.keyClicks(search(page), BSN[:5])
    assert names(page) == []  # a BSN is found only whole
    qtbot.keyClicks(search(page), BSN[5:])
    assert names(page) == ["Müller, H."]
    model = table(page).model()
    assert all(BSN not in str(model.index(0, c).data()) for c in DossierColumn)
    assert any(action == AuditAction.CLIENT_FOUND_BY_BSN.value for action, _id, _d in audit_actions(anna))


def test_sorting_by_a_header_and_paging(qtbot: QtBot, as_admin, session_for: SessionFor) -> None:
    def fill(workspace: Workspace) -> None:
        new = [
            client_bulk.NewClient(draft=ClientDraft(client_number=f"T-{i:04d}", last_name=f"Klant{i:03d}"))
            for i in range(450)
        ]
        with workspace.transaction() as db:
            client_bulk.insert_clients(db, new, actor_id=None, reason="completion", reason_note="test")

    as_admin(fill)
    page = open_page(qtbot, session_for("anna"))
    assert count_text(page) == "450 dossiers"
    view = table(page)
    view.scrollToBottom()  # the view asks for more as it scrolls
    qtbot.waitUntil(lambda: view.model().rowCount() >= 400, timeout=5000)
    header = view.horizontalHeader()
    header.setSortIndicator(DossierColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Klant449"
    header.setSortIndicator(DossierColumn.STATUS, Qt.SortOrder.AscendingOrder)  # not sortable
    assert header.sortIndicatorSection() == DossierColumn.NAME and names(page)[0] == "Klant449"
    assert view.verticalHeader().sectionResizeMode(0) == view.verticalHeader().ResizeMode.Fixed


def test_keyboard_down_enter_opens_and_opening_again_raises_the_same_window(
    qtbot: QtBot, as_admin, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Müller"))
    anna = session_for("anna")
    page = open_page(qtbot, anna)
    page.focus_filter()
    qtbot.keyClicks(search(page), "mul")
    qtbot.keyClick(search(page), Qt.Key.Key_Down)
    assert table(page).hasFocus() and page.selected_id() == client_id
    assert button(page, "open_dossier_button").isEnabled()
    qtbot.keyClick(table(page), Qt.Key.Key_Return)  # Enter in the list
    assert len(page.editors) == 1
    editor = page.editors[0]
    assert editor.client_id == client_id and editor.isVisible()
    assert "Müller" in editor.windowTitle()
    opened = [a for a, cid, _d in audit_actions(anna) if a == AuditAction.DOSSIER_OPENED.value]
    assert len(opened) == 1
    assert page.open_dossier(client_id) is editor  # raised, not opened twice (and not audited twice)
    assert len(page.editors) == 1
    assert len([a for a, _c, _d in audit_actions(anna) if a == AuditAction.DOSSIER_OPENED.value]) == 1
    editor.close()
    assert page.editors == []


def test_buttons_follow_the_role(qtbot: QtBot, session_for: SessionFor) -> None:
    page = open_page(qtbot, session_for("sam"))  # assistent: may edit, not import
    assert button(page, "new_dossier_button").isVisibleTo(page)
    assert not button(page, "import_clients_button").isVisibleTo(page)
    assert not page.import_action.isEnabled()
    page.session.sign_out()
    page = open_page(qtbot, session_for("fleur"))  # privacy officer: views only
    assert not button(page, "new_dossier_button").isVisibleTo(page)
    assert not page.new_dossier_action.isEnabled()
    assert not button(page, "import_clients_button").isVisibleTo(page)
    assert page.new_dossier() is None
    page.session.sign_out()
    page = open_page(qtbot, session_for("anna"))
    assert button(page, "new_dossier_button").isVisibleTo(page)
    assert button(page, "import_clients_button").isVisibleTo(page)


def test_ctrl_n_starts_a_new_dossier_and_unsaved_work_is_known(qtbot: QtBot, session_for: SessionFor) -> None:
    page = open_page(qtbot, session_for("anna"))
    table(page).setFocus()
    qtbot.keyClick(table(page), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(page.editors) == 1
    editor = page.editors[0]
    assert editor.client_id is None and editor.windowTitle().startswith("Nieuw dossier")
    assert not page.has_unsaved_changes()
    qtbot.keyClicks(editor.findChild(QLineEdit, "last_name_edit"), "Visser")
    assert page.has_unsaved_changes() and editor.isWindowModified()


def test_a_lock_empties_the_list(qtbot: QtBot, as_admin, session_for: SessionFor) -> None:
    as_admin(lambda ws: make_person(ws, "Müller", bsn=None))
    session = session_for("anna")
    page = open_page(qtbot, session)
    assert names(page) == ["Müller, H."]
    session.lock()
    assert names(page) == [] and not button(page, "open_dossier_button").isEnabled()
    assert table(page).model().index(0, 0) == QModelIndex() or table(page).model().rowCount() == 0


def test_ctrl_i_opens_the_import_and_the_list_follows(qtbot: QtBot, session_for: SessionFor) -> None:
    from calqi_desktop.gui.import_dialog import ImportDialog

    session = session_for("anna")
    page = open_page(qtbot, session)
    table(page).setFocus()
    qtbot.keyClick(table(page), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    make_person(session.workspace, "Geïmporteerd", bsn=None)  # as an import would
    dialog.imported.emit(1)
    assert names(page) == ["Geïmporteerd, H."] and count_text(page) == "1 dossier"
    dialog.reject()


def test_in_the_main_window_ctrl_2_and_ctrl_f_lead_to_the_search(
    qtbot: QtBot, session_for: SessionFor
) -> None:
    from calqi_desktop.gui.idle_lock import IdleLock
    from calqi_desktop.gui.main_window import MainWindow

    session = session_for("anna")
    idle = IdleLock()
    window = MainWindow(session, idle)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    go = window.findChild(QAction, "go_to_DossierPage_action")
    assert go is not None and go.shortcut().toString() == "Ctrl+2"
    window.ui.navigation_list.setFocus()
    go.trigger()
    page = window.current_page()
    assert isinstance(page, DossierPage)
    assert window.focusWidget() is search(page)  # Ctrl+2: straight into the search field
    window.ui.navigation_list.setFocus()
    window.find_action.trigger()
    assert window.focusWidget() is search(page)
    assert not window.unsaved_pages()
    editor = page.new_dossier()
    assert editor is not None
    qtbot.keyClicks(editor.findChild(QLineEdit, "last_name_edit"), "Visser")
    assert window.unsaved_pages() == [page]  # closing the main window asks first
    editor.ui.last_name_edit.clear()
    assert window.unsaved_pages() == []
    window.close_without_asking()
