"""The start page's dashboard as a user meets it, in the main window on a real vault.

The items are recorded through the services as the screens record them;
the dashboard counts them, shows the first rows and opens each on a double
click or Enter: a data-subject request in its request window; an
authorisation or consent in its dossier window, on its tab; a statement
version on the privacy-statement page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from gui_helpers import button, click
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGroupBox, QLabel, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.authorisations import AuthorisationDraft, AuthorisationKind, TaxType
from calqi_desktop.domain.clients import ClientDraft, LegalBasisKind, SpecialCategory, SpecialChanges
from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    ConsentDraft,
    ConsentMethod,
    GuardianDraft,
    GuardianRelation,
)
from calqi_desktop.domain.dashboard import DashboardKind
from calqi_desktop.domain.errors import VaultDamagedError
from calqi_desktop.domain.requests import (
    RequestChannel,
    RequestDraft,
    RequestOutcome,
    RequestType,
    first_deadline,
)
from calqi_desktop.domain.statement import StatementVersionDraft
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dashboard_model import DashboardColumn, DashboardTableModel
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.gui.dossier_page import DossierPage
from calqi_desktop.gui.home_page import HomePage, section_name
from calqi_desktop.gui.idle_lock import IdleLock
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.gui.main_window import MainWindow
from calqi_desktop.gui.privacy_statement_page import PrivacyStatementPage
from calqi_desktop.services import (
    auth,
    authorisations,
    clients,
    consent,
    dashboard,
    requests,
    statement_versions,
)
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

TODAY = date.today()
EXPIRING = DashboardKind.AUTHORISATIONS_EXPIRING
VIA = DashboardKind.VIA_AWAITING_ACTIVATION
RENEW = DashboardKind.CONSENTS_TO_RENEW
INFORM = DashboardKind.CLIENTS_TO_INFORM
DUE = DashboardKind.REQUESTS_DUE
OVERDUE_RECEIVED = TODAY - timedelta(days=40)  # the deadline passed 9 to 12 days ago
DUE_SOON_RECEIVED = TODAY - timedelta(days=28)  # the deadline is 0 to 3 days away
ON_TRACK_RECEIVED = TODAY - timedelta(days=18)  # the deadline is 10 to 13 days away


@dataclass(frozen=True)
class Recorded:
    jansen: int
    child: int
    expiring: tuple[int, int]
    waiting: int
    renew: int
    version: int
    overdue: int  # an access request of Jansen past its deadline
    due_soon: int  # a rectification request of the child due within 7 days


def continuing(valid_until: date) -> AuthorisationDraft:
    return AuthorisationDraft(
        kind=AuthorisationKind.CONTINUING,
        tax_type=TaxType.IB,
        year_from=2020,
        valid_from=date(2020, 1, 1),
        valid_until=valid_until,
    )


def record_work(workspace: Workspace) -> Recorded:
    """Two authorisations ending soon, a VIA waiting for its code, a guardian's consent for a child
    now over 16, and a new statement version that lists the child."""
    jansen = clients.create_client(
        workspace, ClientDraft(initials="J", last_name="Jansen", client_number="K-000001")
    )
    child = clients.create_client(
        workspace,
        ClientDraft(initials="L", last_name="Kind", client_number="K-000002"),
        SpecialChanges(fields={"birth_date": "15-06-2000"}),
        (BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT),),
    )
    first = authorisations.add_authorisation(workspace, jansen, continuing(TODAY + timedelta(days=10)))
    second = authorisations.add_authorisation(
        workspace, child, replace(continuing(TODAY + timedelta(days=20)), tax_type=TaxType.BTW)
    )
    waiting = authorisations.add_authorisation(
        workspace,
        jansen,
        AuthorisationDraft(
            kind=AuthorisationKind.VIA, tax_type=TaxType.IB, year_from=TODAY.year - 1, requested_on=TODAY
        ),
    )
    seeded = statement_versions.current_version(workspace)
    assert seeded is not None
    newsletter = next(
        p for p in consent.list_purposes(workspace) if p.code == BuiltInPurpose.NEWSLETTER.value
    )
    given = consent.give_consent(
        workspace,
        child,
        ConsentDraft(
            purpose_id=newsletter.id,
            given_at=datetime(2015, 1, 10, 12, 0, tzinfo=UTC),
            method=ConsentMethod.PAPER,
            statement_version_id=seeded.id,
            guardian=GuardianDraft(GuardianRelation.PARENT, name="A. Kind"),
        ),
    )
    version = statement_versions.add_version(
        workspace,
        StatementVersionDraft(
            version="2099-1", effective_on=TODAY + timedelta(days=60), text="Nieuwe tekst."
        ),
    )
    overdue, due_soon = (
        request(workspace, client_id, kind, received_on)
        for client_id, kind, received_on in (
            (jansen, RequestType.ACCESS, OVERDUE_RECEIVED),
            (child, RequestType.RECTIFICATION, DUE_SOON_RECEIVED),
        )
    )
    request(workspace, jansen, RequestType.PORTABILITY, ON_TRACK_RECEIVED)  # not yet due
    answered = request(workspace, child, RequestType.ACCESS, OVERDUE_RECEIVED)
    requests.close(workspace, answered, RequestOutcome.WITHDRAWN)
    return Recorded(jansen, child, (first.id, second.id), waiting.id, given.id, version.id, overdue, due_soon)


def request(workspace: Workspace, client_id: int, kind: RequestType, received_on: date) -> int:
    return requests.register(workspace, RequestDraft(kind, received_on, RequestChannel.LETTER, client_id))


@pytest.fixture
def vault(created_vault: tuple[Path, str]) -> Path:
    return created_vault[0]


@pytest.fixture
def recorded(vault: Path) -> Recorded:
    workspace = auth.sign_in(vault, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        return record_work(workspace)
    finally:
        workspace.sign_out()


@pytest.fixture
def window_for(
    qtbot: QtBot, vault: Path, local_settings: LocalSettings
) -> Iterator[Callable[[str], MainWindow]]:
    """`window_for("anna")`: the main window after signing in as that member, the start page showing."""
    sessions: list[AppSession] = []

    def make(user: str) -> MainWindow:
        password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
        session = AppSession(vault, local_settings, kdf=TEST_ONLY_KDF)
        session.begin(auth.sign_in(vault, user, password, kdf=TEST_ONLY_KDF))
        sessions.append(session)
        window = MainWindow(session, IdleLock())
        qtbot.addWidget(window)
        window.resize(1100, 800)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        return window

    yield make
    for session in sessions:
        if session.is_signed_in:
            session.sign_out()


def home(window: MainWindow) -> HomePage:
    page = window.current_page()
    assert isinstance(page, HomePage)
    return page


def table(page: HomePage, kind: DashboardKind) -> QTableView:
    found = page.findChild(QTableView, f"{section_name(kind)}_table")
    assert found is not None
    return found


def label(page: HomePage, name: str) -> QLabel:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found


def cells(view: QTableView, column: DashboardColumn) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def choose(view: QTableView, row: int) -> None:
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def open_editor_or_none(window: MainWindow, client_id: int) -> DossierEditor | None:
    dossiers = window.page(DossierPage)
    assert isinstance(dossiers, DossierPage)
    return dossiers.editor_for(client_id)


def open_editor(window: MainWindow, client_id: int) -> DossierEditor:
    editor = open_editor_or_none(window, client_id)
    assert editor is not None and editor.isVisible()
    return editor


# --- tests ---------------------------------------------------------------------------------


def test_the_dashboard_comes_first_with_counts(
    qtbot: QtBot, window_for: Callable[[str], MainWindow], recorded: Recorded, screenshot: Callable[..., Path]
) -> None:
    window = window_for("anna")
    page = home(window)
    group = page.findChild(QGroupBox, "dashboard_group")
    assert group is not None and group.isVisible() and group.title() == "Wat vraagt aandacht"
    assert page.ui.home_layout.indexOf(group) == 0  # above the welcome and the account
    assert (
        label(page, f"{section_name(EXPIRING)}_label").text()
        == "Machtigingen die binnen 30 dagen verlopen (2)"
    )
    assert label(page, f"{section_name(VIA)}_label").text() == (
        "VIA-machtigingen die wachten op de activeringscode (1)"
    )
    assert (
        label(page, f"{section_name(RENEW)}_label").text()
        == "Toestemmingen te vernieuwen (klant is 16 geworden) (1)"
    )
    assert label(page, f"{section_name(INFORM)}_label").text() == (
        "Klanten te informeren over een nieuwe privacyverklaring (1)"
    )
    expiring = table(page, EXPIRING)
    assert expiring.isVisible()
    assert cells(expiring, DashboardColumn.CLIENT_NUMBER) == ["K-000001", "K-000002"]
    assert cells(expiring, DashboardColumn.ABOUT) == [
        "Doorlopende machtiging – Inkomstenbelasting (IB)",
        "Doorlopende machtiging – Omzetbelasting (btw)",
    ]
    assert cells(expiring, DashboardColumn.DATE)[0] == (TODAY + timedelta(days=10)).strftime("%d-%m-%Y")
    assert expiring.model().headerData(DashboardColumn.DATE, Qt.Orientation.Horizontal) == "Geldig tot en met"
    assert cells(table(page, VIA), DashboardColumn.ABOUT) == [f"VIA-machtiging {TODAY.year - 1}"]
    assert cells(table(page, RENEW), DashboardColumn.DATE) == ["15-06-2016"]
    assert cells(table(page, INFORM), DashboardColumn.CLIENT_NUMBER) == ["K-000002"]
    assert not label(page, "dashboard_empty_label").isVisible()
    assert not label(page, f"{section_name(EXPIRING)}_more_label").isVisible()
    assert label(page, "welcome_label").text() == "Welkom, anna"  # the rest of the start page stays
    assert label(page, "account_label").text() == "Gebruikersnaam: anna\nRol: Accountant"
    screenshot(window, "home_dashboard")

    workspace = window.session.workspace
    page.show_dashboard(dashboard.load(workspace, limit=1))
    more = label(page, f"{section_name(EXPIRING)}_more_label")
    assert more.isVisible() and more.text() == "… en nog 1"
    assert expiring.model().rowCount() == 1
    assert label(page, f"{section_name(EXPIRING)}_label").text().endswith("(2)")


def test_double_click_opens_the_authorisation_in_its_dossier(
    qtbot: QtBot, window_for: Callable[[str], MainWindow], recorded: Recorded
) -> None:
    window = window_for("anna")
    view = table(home(window), EXPIRING)
    where = view.visualRect(view.model().index(0, DashboardColumn.NAME)).center()
    # A real double click starts with a press; QTest's double click alone sends only the second half.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert open_editor_or_none(window, recorded.jansen) is None  # one click only chooses the row
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    editor = open_editor(window, recorded.jansen)
    assert editor.ui.dossier_tabs.currentWidget() is editor.authorisations_tab
    chosen = editor.authorisations_tab.selected()
    assert chosen is not None and chosen.id == recorded.expiring[0]


def test_enter_opens_the_consent_and_the_statement_version(
    qtbot: QtBot, window_for: Callable[[str], MainWindow], recorded: Recorded
) -> None:
    window = window_for("anna")
    page = home(window)
    renew = table(page, RENEW)
    choose(renew, 0)
    qtbot.keyClick(renew, Qt.Key.Key_Return)
    editor = open_editor(window, recorded.child)
    assert editor.ui.dossier_tabs.currentWidget() is editor.consent_tab
    chosen = editor.consent_tab.selected()
    assert chosen is not None and chosen.id == recorded.renew
    editor.close()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    inform = table(page, INFORM)
    choose(inform, 0)
    qtbot.keyClick(inform, Qt.Key.Key_Enter)
    statement = window.current_page()
    assert isinstance(statement, PrivacyStatementPage)
    version = statement.selected_version()
    assert version is not None and version.id == recorded.version


def test_the_assistent_sees_no_authorisations(
    qtbot: QtBot, window_for: Callable[[str], MainWindow], recorded: Recorded
) -> None:
    page = home(window_for("sam"))
    for kind in (DUE, EXPIRING, VIA):
        assert not table(page, kind).isVisible()
        assert not label(page, f"{section_name(kind)}_label").isVisible()
    assert table(page, RENEW).isVisible() and table(page, INFORM).isVisible()
    # The consent is listed, but not the 16th birthday: it gives away the birth date.
    assert cells(table(page, RENEW), DashboardColumn.CLIENT_NUMBER) != []
    assert cells(table(page, RENEW), DashboardColumn.DATE) == [""]
    # Not "nothing to do" either: for the assistent these sections are not there at all.
    assert not label(page, "dashboard_empty_label").isVisible()
    assert label(page, "dashboard_empty_label").text() == ""


def test_nothing_to_do_is_one_quiet_line_and_f5_loads_again(
    qtbot: QtBot, window_for: Callable[[str], MainWindow]
) -> None:
    window = window_for(ADMIN)
    page = home(window)
    empty = label(page, "dashboard_empty_label")
    assert empty.isVisible()
    assert empty.text() == (
        "Niets te doen: AVG-verzoeken met een termijn binnen 7 dagen of verstreken; "
        "Machtigingen die binnen 30 dagen verlopen; "
        "VIA-machtigingen die wachten op de activeringscode; "
        "Toestemmingen te vernieuwen (klant is 16 geworden); "
        "Klanten te informeren over een nieuwe privacyverklaring"
    )
    assert label(page, "dashboard_summary_label").text() == "Er vraagt nu niets uw aandacht."
    assert not any(table(page, kind).isVisible() for kind in DashboardKind)

    workspace = window.session.workspace
    client_id = clients.create_client(
        workspace, ClientDraft(initials="P", last_name="Later", client_number="K-000009")
    )
    authorisations.add_authorisation(workspace, client_id, continuing(TODAY))
    page.ui.account_label.setFocus()
    qtbot.keyClick(page.ui.account_label, Qt.Key.Key_F5)
    assert table(page, EXPIRING).isVisible()
    assert label(page, f"{section_name(EXPIRING)}_label").text().endswith("(1)")
    assert "Machtigingen die binnen 30 dagen" not in empty.text()

    window.go_to(1)  # Dossiers: F5 there is not the start page's
    assert isinstance(window.current_page(), DossierPage)
    authorisations.add_authorisation(workspace, client_id, continuing(TODAY + timedelta(days=1)))
    qtbot.keyClick(window.ui.navigation_list, Qt.Key.Key_F5)
    assert page.models[EXPIRING].rowCount() == 1
    window.go_to(0)  # showing the start page loads it again
    assert page.models[EXPIRING].rowCount() == 2

    window.session.lock()
    assert not table(page, EXPIRING).isVisible() and table(page, EXPIRING).model().rowCount() == 0


def test_requests_due_come_first_coloured_by_their_term(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    window_for: Callable[[str], MainWindow],
    recorded: Recorded,
    screenshot: Callable[..., Path],
) -> None:
    window = window_for("anna")
    page = home(window)
    heading = label(page, f"{section_name(DUE)}_label")
    assert heading.text() == "AVG-verzoeken met een termijn binnen 7 dagen of verstreken (2)"
    layout = page.ui.dashboard_sections_layout
    assert layout.indexOf(heading) < layout.indexOf(label(page, f"{section_name(EXPIRING)}_label"))
    view = table(page, DUE)
    assert view.isVisible() and not view.isColumnHidden(DashboardColumn.REMAINING)
    assert table(page, EXPIRING).isColumnHidden(DashboardColumn.REMAINING)  # only requests have a term
    model = page.models[DUE]
    # Overdue first; the request due in 10+ days and the closed one are not listed.
    assert [model.item_at(row).target_id for row in range(model.rowCount())] == [
        recorded.overdue,
        recorded.due_soon,
    ]
    assert cells(view, DashboardColumn.CLIENT_NUMBER) == ["K-000001", "K-000002"]
    about = cells(view, DashboardColumn.ABOUT)
    assert about[0].startswith("Inzage — AVG-") and about[1].startswith("Rectificatie — AVG-")
    overdue_on, due_on = first_deadline(OVERDUE_RECEIVED), first_deadline(DUE_SOON_RECEIVED)
    assert model.headerData(DashboardColumn.DATE, Qt.Orientation.Horizontal) == "Termijn"
    assert cells(view, DashboardColumn.DATE) == [overdue_on.strftime("%d-%m-%Y"), due_on.strftime("%d-%m-%Y")]
    left = {0: "vandaag", 1: "nog 1 dag"}.get((due_on - TODAY).days, f"nog {(due_on - TODAY).days} dagen")
    assert cells(view, DashboardColumn.REMAINING) == [f"{(TODAY - overdue_on).days} dagen te laat", left]
    # Red when overdue, amber when due within 7 days, on every cell; the tooltip says it in words.
    for row, colour, words in (
        (0, "#fde2e1", "Termijn verstreken"),
        (1, "#fff4d6", "Termijn binnen 7 dagen"),
    ):
        for column in DashboardColumn:
            index = model.index(row, column)
            assert index.data(Qt.ItemDataRole.BackgroundRole) == QColor(colour)
            assert index.data(Qt.ItemDataRole.ToolTipRole) == words
    assert table(page, EXPIRING).model().index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    qtmodeltester.check(model)
    screenshot(window, "home_requests_due")


def test_a_request_opens_in_its_window(
    qtbot: QtBot, window_for: Callable[[str], MainWindow], recorded: Recorded
) -> None:
    from calqi_desktop.gui.requests_page import RequestsPage

    window = window_for("anna")
    view = table(home(window), DUE)
    choose(view, 1)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    requests_page = window.page(RequestsPage)
    assert isinstance(requests_page, RequestsPage)
    opened = requests_page.windows.get(recorded.due_soon)
    assert opened is not None and opened.isVisible()
    assert set(requests_page.windows) == {recorded.due_soon}
    assert isinstance(window.current_page(), HomePage)  # the request has its own window


def test_the_privacy_officer_sees_the_requests_due(
    qtbot: QtBot, window_for: Callable[[str], MainWindow], recorded: Recorded
) -> None:
    page = home(window_for("fleur"))
    assert table(page, DUE).isVisible() and page.models[DUE].rowCount() == 2
    assert not table(page, EXPIRING).isVisible()  # she does not manage authorisations


def test_a_failure_is_shown_in_the_dashboard(
    qtbot: QtBot, window_for: Callable[[str], MainWindow], recorded: Recorded, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = home(window_for("anna"))
    assert table(page, EXPIRING).isVisible()

    def damaged(*_args: object, **_kwargs: object) -> None:
        raise VaultDamagedError()

    monkeypatch.setattr(dashboard, "load", damaged)
    click(qtbot, button(page, "dashboard_refresh_button"))
    error = label(page, "dashboard_error_label")
    assert error.isVisible() and error.text() == VaultDamagedError().message("nl")
    assert not table(page, EXPIRING).isVisible() and table(page, EXPIRING).model().rowCount() == 0


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, vault: Path, recorded: Recorded
) -> None:
    workspace = auth.sign_in(vault, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        board = dashboard.load(workspace)
    finally:
        workspace.sign_out()
    section = board.section(EXPIRING)
    assert section is not None
    model = DashboardTableModel(EXPIRING)
    model.set_items(section.items, board.today)
    assert model.rowCount() == 2 and model.columnCount() == len(DashboardColumn)
    qtmodeltester.check(model)
    assert model.index(0, DashboardColumn.NAME).data() == section.items[0].client_name
