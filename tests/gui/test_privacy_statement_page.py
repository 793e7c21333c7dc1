"""The privacy-statement page as its users meet it: versions, a new one, the clients to inform, roles."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN
from gui import test_dossier_page as page_tests
from gui.conftest import answer_next_modal
from gui.test_document_viewer import pdf_bytes
from gui.test_dossier_page import audit_actions
from gui_helpers import button, click, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import ClientDraft
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod
from calqi_desktop.domain.errors import VaultLockedError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.statement import (
    ClientToInform,
    InformChannel,
    StatementVersion,
    StatementVersionDraft,
)
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.consent_purposes_dialog import ConsentPurposesDialog
from calqi_desktop.gui.dossier_page import DossierPage
from calqi_desktop.gui.home_page import HomePage
from calqi_desktop.gui.main_window import page_classes
from calqi_desktop.gui.privacy_statement_page import PrivacyStatementPage, StatementTextDialog
from calqi_desktop.gui.statement_models import (
    ClientsToInformModel,
    InformColumn,
    StatementVersionModel,
    VersionColumn,
)
from calqi_desktop.gui.statement_version_dialog import StatementVersionDialog
from calqi_desktop.services import clients, consent, statement_versions
from calqi_desktop.services.workspace import Workspace

SessionFor = Callable[[str], AppSession]

vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for

#: After today: once consents exist, a new version is announced in advance (R12).
NEXT_JANUARY = date(date.today().year + 1, 1, 1)

# --- set-up --------------------------------------------------------------------------


def consenting_clients(workspace: Workspace, names: list[str], *, without_consent: int = 0) -> list[int]:
    """Clients who subscribed to the newsletter under the seeded first version; and some without consent."""
    newsletter = next(
        p for p in consent.list_purposes(workspace) if p.code == BuiltInPurpose.NEWSLETTER.value
    )
    first = statement_versions.list_versions(workspace)[-1]
    ids = []
    for name in names:
        client_id = clients.create_client(workspace, ClientDraft(initials="A.", last_name=name))
        consent.give_consent(
            workspace,
            client_id,
            ConsentDraft(
                purpose_id=newsletter.id,
                given_at=datetime.now(UTC) - timedelta(days=30),
                method=ConsentMethod.EMAIL,
                statement_version_id=first.id,
                age_confirmed=True,
            ),
        )
        ids.append(client_id)
    for number in range(without_consent):
        clients.create_client(workspace, ClientDraft(initials="Z.", last_name=f"Zonder{number}"))
    return ids


def add_version(workspace: Workspace, version: str = "2026-1") -> StatementVersion:
    return statement_versions.add_version(
        workspace, StatementVersionDraft(version=version, effective_on=NEXT_JANUARY, text="Nieuwe tekst")
    )


def open_page(qtbot: QtBot, session: AppSession) -> PrivacyStatementPage:
    page = PrivacyStatementPage(session)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.refresh()  # the main window does this when it shows the page
    return page


def answer(qtbot: QtBot, handle: Callable[[Any], None]) -> None:
    """Handle the next modal dialog; whatever happens, it is closed afterwards so exec() returns."""

    def run(dialog: Any) -> None:
        try:
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    answer_next_modal(qtbot, run)


def table(page: QWidget, name: str) -> QTableView:
    found = page.findChild(QTableView, name)
    assert found is not None, name
    return found


def cells(page: QWidget, name: str) -> list[list[str]]:
    model = table(page, name).model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def text_of(page: QWidget, name: str) -> str:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def listed(page: PrivacyStatementPage) -> list[ClientToInform]:
    return [page.clients.row_at(row) for row in range(page.clients.rowCount())]


def mark_chosen_informed(qtbot: QtBot, page: PrivacyStatementPage, channel: str) -> dict[str, Any]:
    seen: dict[str, Any] = {}

    def choose(dialog: QDialog) -> None:
        seen["name"] = dialog.objectName()
        seen["explanation"] = dialog.findChild(QLabel, "explanation_label").text()
        combo = dialog.findChild(QComboBox, "channel_combo")
        seen["first"] = combo.currentText()
        combo.setCurrentIndex(combo.findText(channel))  # typing a space would open the list
        seen["channel"] = combo.currentText()
        click(qtbot, button(dialog, "ok_button"))

    answer(qtbot, choose)
    click(qtbot, button(page, "mark_informed_button"))
    return seen


# --- models --------------------------------------------------------------------------


def version(version_id: int, label: str, to_inform: int = 0) -> StatementVersion:
    return StatementVersion(
        id=version_id,
        version=label,
        effective_on=date(2018, 5, 25),
        summary="Eerste\nversie",
        has_text=True,
        has_pdf=False,
        pdf_name="",
        added_by="fleur",
        added_at=datetime(2025, 3, 1, 9, 30, tzinfo=UTC),
        to_inform=to_inform,
        informed=0,
    )


def test_the_version_model_passes_qt_checks_and_marks_the_current_version(qtmodeltester: ModelTester) -> None:
    model = StatementVersionModel()
    qtmodeltester.check(model)
    model.set_versions([version(2, "2026-1", 12_345), version(1, "2018-05")], current_id=1)
    qtmodeltester.check(model)
    assert model.index(0, VersionColumn.VERSION).data() == "2026-1"
    assert model.index(1, VersionColumn.VERSION).data() == "2018-05 (geldt nu)"
    assert model.index(1, VersionColumn.VERSION).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, VersionColumn.EFFECTIVE_ON).data() == "25-05-2018"
    assert model.index(0, VersionColumn.SUMMARY).data() == "Eerste versie"
    assert model.index(0, VersionColumn.TO_INFORM).data() == "12.345"
    assert model.row_of(1) == 1 and model.row_of(99) is None


def test_the_inform_model_fetches_a_page_at_a_time(qtmodeltester: ModelTester) -> None:
    everyone = [ClientToInform(n, f"K-{n:06d}", f"Klant {n}", None, "", None) for n in range(1, 6)] + [
        ClientToInform(
            6, "K-000006", "Klant 6", datetime(2026, 1, 5, 10, 0, tzinfo=UTC), "sam", InformChannel.POST
        )
    ]
    asked: list[tuple[int, bool, int, int]] = []

    def fetch(version_id: int, only_open: bool, offset: int, limit: int) -> list[ClientToInform]:
        asked.append((version_id, only_open, offset, limit))
        rows = [c for c in everyone if not only_open or c.informed_at is None]
        return rows[offset : offset + limit]

    checked = ClientsToInformModel(fetch, page_size=2)
    qtmodeltester.check(checked)
    checked.show_version(7)  # the tester asks for more pages while rows come in
    qtmodeltester.check(checked)
    checked.show_version(7, only_open=False)
    qtmodeltester.check(checked)
    assert checked.rowCount() == 6

    asked.clear()
    model = ClientsToInformModel(fetch, page_size=2)
    model.show_version(7)
    assert model.rowCount() == 2 and model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 5 and not model.has_more  # a short page is the last
    model.fetchMore(model.index(-1, -1))
    assert asked == [(7, True, 0, 2), (7, True, 2, 2), (7, True, 4, 2)]
    model.show_version(7, only_open=False)
    while model.has_more:
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 6
    assert [model.index(5, c).data() for c in InformColumn] == [
        "K-000006",
        "Klant 6",
        model.index(5, InformColumn.INFORMED_AT).data(),
        "sam",
        "Per post",
    ]
    assert model.index(0, InformColumn.INFORMED_AT).data() == "nog niet"
    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(model.index(-1, -1))


# --- the page ------------------------------------------------------------------------


def test_the_page_comes_right_after_the_dossiers_for_who_may_see_dossiers() -> None:
    pages = page_classes()
    assert pages[0] is HomePage and pages[1] is DossierPage and pages[3] is PrivacyStatementPage
    assert PrivacyStatementPage.required_permission is Permission.VIEW_DOSSIERS


def test_the_seeded_first_version_is_listed_and_its_text_can_be_read(
    qtbot: QtBot, session_for: SessionFor, screenshot: Callable[[QWidget, str], Path]
) -> None:
    session = session_for(ADMIN)
    page = open_page(qtbot, session)
    assert page.page_title() == "Privacyverklaring" and page.objectName() == "privacy_statement_page"
    rows = cells(page, "version_table")
    assert len(rows) == 1
    assert rows[0][VersionColumn.VERSION] == "2018-05 (geldt nu)"
    assert rows[0][VersionColumn.EFFECTIVE_ON] == "25-05-2018"
    assert rows[0][VersionColumn.TO_INFORM] == "0" and rows[0][VersionColumn.INFORMED] == "0"
    assert page.selected_version() is not None and page.selected_version().version == "2018-05"
    assert button(page, "add_version_button").isVisible()
    assert text_of(page, "inform_count_label") == "Nog te informeren: 0 · geïnformeerd: 0"
    assert page.focus_filter() and page.focusWidget() is table(page, "version_table")
    screenshot(page, "privacyverklaring")

    seen: dict[str, Any] = {}

    def read(dialog: QDialog) -> None:
        seen["type"] = type(dialog)
        seen["name"] = dialog.objectName()
        seen["text"] = dialog.findChild(QPlainTextEdit, "statement_text_view").toPlainText()
        seen["read_only"] = dialog.findChild(QPlainTextEdit, "statement_text_view").isReadOnly()

    answer(qtbot, read)
    click(qtbot, button(page, "view_text_button"))
    assert seen["type"] is StatementTextDialog and seen["name"] == "statement_text_dialog"
    assert seen["read_only"] and "Wijzigingen" in seen["text"] and "voorafgaand informeren" in seen["text"]
    viewed = [a for a in audit_actions(session) if a[0] == AuditAction.STATEMENT_VERSION_VIEWED.value]
    assert len(viewed) == 1 and viewed[0][2]["version_id"] == page.selected_version().id


def test_a_new_version_lists_the_clients_to_inform_and_marking_two_updates_the_counts(
    qtbot: QtBot,
    as_admin: Callable[[Callable[[Workspace], object]], object],
    session_for: SessionFor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    ids = as_admin(lambda ws: consenting_clients(ws, ["Bakker", "Jansen", "de Vries"], without_consent=2))
    session = session_for(ADMIN)
    page = open_page(qtbot, session)
    source = tmp_path / "privacyverklaring-2026.txt"
    source.write_text("Privacyverklaring 2026\n\nWijzigingen\n", encoding="utf-8")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", staticmethod(lambda *_a, **_k: (str(source), ""))
    )
    seen: dict[str, Any] = {}

    def fill_in(dialog: QDialog) -> None:
        seen["type"] = type(dialog)
        type_into(qtbot, dialog.findChild(QLineEdit, "version_edit"), "2026-1")
        type_into(qtbot, dialog.findChild(QLineEdit, "effective_on_edit"), format_date_nl(NEXT_JANUARY))
        type_into(qtbot, dialog.findChild(QLineEdit, "summary_edit"), "Nieuw doel voor onderzoek.")
        click(qtbot, button(dialog, "load_text_button"))
        click(qtbot, button(dialog, "ok_button"))
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    answer(qtbot, fill_in)
    click(qtbot, button(page, "add_version_button"))
    assert seen["type"] is StatementVersionDialog
    assert text_of(page, "statement_status_label") == "Versie 2026-1 is vastgelegd: 3 klanten te informeren."
    rows = cells(page, "version_table")
    assert [row[VersionColumn.VERSION] for row in rows] == ["2026-1", "2018-05 (geldt nu)"]
    assert rows[0][VersionColumn.EFFECTIVE_ON] == format_date_nl(NEXT_JANUARY)
    assert rows[0][VersionColumn.TO_INFORM] == "3" and rows[0][VersionColumn.ADDED_BY] == ADMIN
    assert page.selected_version() is not None and page.selected_version().version == "2026-1"
    assert {c.client_id for c in listed(page)} == set(ids)
    assert sorted(row[InformColumn.NAME] for row in cells(page, "inform_table")) == [
        "Bakker, A.",
        "Jansen, A.",
        "de Vries, A.",
    ]
    assert text_of(page, "inform_count_label") == "Nog te informeren: 3 · geïnformeerd: 0"
    assert not button(page, "mark_informed_button").isEnabled()  # nobody chosen yet

    # choose the first two (click, shift+click) and mark them informed by post
    inform = table(page, "inform_table")
    model = inform.model()
    first = inform.visualRect(model.index(0, InformColumn.NAME)).center()
    second = inform.visualRect(model.index(1, InformColumn.NAME)).center()
    qtbot.mouseClick(inform.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(inform.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, second)
    chosen = [c.client_id for c in page.selected_clients()]
    assert len(chosen) == 2 and button(page, "mark_informed_button").isEnabled()
    assert text_of(page, "inform_count_label").endswith("· 2 gekozen")
    screenshot(page, "privacyverklaring-te-informeren")
    seen = mark_chosen_informed(qtbot, page, "Per post")
    assert seen["name"] == "mark_informed_dialog" and seen["channel"] == "Per post"
    assert seen["explanation"].startswith("2 klanten worden gemarkeerd als geïnformeerd over versie 2026-1.")
    assert text_of(page, "statement_status_label") == "2 klanten zijn gemarkeerd als geïnformeerd (per post)."
    rows = cells(page, "version_table")
    assert rows[0][VersionColumn.TO_INFORM] == "1" and rows[0][VersionColumn.INFORMED] == "2"
    assert text_of(page, "inform_count_label") == "Nog te informeren: 1 · geïnformeerd: 2"
    assert len(cells(page, "inform_table")) == 1  # only those still to inform
    page.findChild(QCheckBox, "only_open_check").setChecked(False)
    shown = {c.client_id: c for c in listed(page)}
    assert set(shown) == set(ids)
    assert {shown[i].channel for i in chosen} == {InformChannel.POST}
    assert {shown[i].informed_by for i in chosen} == {ADMIN}
    informed_cells = [r for r in cells(page, "inform_table") if r[InformColumn.CHANNEL]]
    assert len(informed_cells) == 2 and all(r[InformColumn.INFORMED_BY] == ADMIN for r in informed_cells)
    events = [a for a in audit_actions(session) if a[0] == AuditAction.CLIENT_INFORMED.value]
    assert sorted(client for _action, client, _details in events) == sorted(chosen)
    assert all(details["channel"] == "post" for _action, _client, details in events)
    added = [a for a in audit_actions(session) if a[0] == AuditAction.STATEMENT_VERSION_ADDED.value]
    assert len(added) == 1 and added[0][2]["listed"] == 3


def test_the_assistent_sees_the_page_without_adding_and_can_mark_informed(
    qtbot: QtBot,
    as_admin: Callable[[Callable[[Workspace], object]], object],
    session_for: SessionFor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def prepare(workspace: Workspace) -> int:
        consenting_clients(workspace, ["Smit", "Visser"])
        return add_version(workspace).id

    new_id = as_admin(prepare)
    session = session_for("sam")
    page = open_page(qtbot, session)
    assert not button(page, "add_version_button").isVisible()
    assert not page.add_version_action.isEnabled()
    assert button(page, "purposes_button").isVisible()
    opened: list[object] = []
    monkeypatch.setattr(
        "calqi_desktop.gui.privacy_statement_page.StatementVersionDialog", lambda *args: opened.append(args)
    )
    page.add_version()  # as Ctrl+N would, were it enabled: no dialog is even made
    assert opened == []
    assert page.show_version(new_id)
    assert len(cells(page, "inform_table")) == 2
    table(page, "inform_table").selectRow(0)
    seen = mark_chosen_informed(qtbot, page, "Persoonlijk")
    assert seen["explanation"].startswith("1 klant wordt gemarkeerd als geïnformeerd over versie 2026-1.")
    assert text_of(page, "statement_status_label") == "1 klant is gemarkeerd als geïnformeerd (persoonlijk)."
    assert text_of(page, "inform_count_label") == "Nog te informeren: 1 · geïnformeerd: 1"
    assert not page.show_version(new_id + 100)

    def read_only(dialog: QDialog) -> None:
        opened.append(dialog)
        assert not button(dialog, "add_purpose_button").isVisible()

    answer(qtbot, read_only)
    click(qtbot, button(page, "purposes_button"))
    assert len(opened) == 1 and isinstance(opened[0], ConsentPurposesDialog)


def test_the_privacy_officer_adds_a_version_with_ctrl_n_and_a_pdf_is_shown_in_the_program(
    qtbot: QtBot, session_for: SessionFor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_for("fleur")
    page = open_page(qtbot, session)
    assert button(page, "add_version_button").isVisible()
    statement = tmp_path / "verklaring.pdf"
    statement.write_bytes(pdf_bytes(2))
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName", staticmethod(lambda *_a, **_k: (str(statement), ""))
    )

    def fill_in(dialog: QDialog) -> None:
        type_into(qtbot, dialog.findChild(QLineEdit, "version_edit"), "2026-2")
        type_into(qtbot, dialog.findChild(QLineEdit, "effective_on_edit"), "01-02-2027")
        click(qtbot, button(dialog, "pdf_button"))
        click(qtbot, button(dialog, "ok_button"))
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    answer(qtbot, fill_in)
    table(page, "version_table").setFocus()
    qtbot.keyClick(table(page, "version_table"), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert text_of(page, "statement_status_label") == (
        "Versie 2026-2 is vastgelegd: geen klanten te informeren."
    )
    assert page.selected_version() is not None and page.selected_version().has_pdf
    pages: list[int] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, StatementTextDialog)
        pages.append(dialog.viewer.page_count())

    answer(qtbot, look)
    click(qtbot, button(page, "view_text_button"))
    assert pages == [2]

    def no_edit(dialog: QDialog) -> None:
        pages.append(int(button(dialog, "add_purpose_button").isVisible()))

    answer(qtbot, no_edit)
    click(qtbot, button(page, "purposes_button"))
    assert pages == [2, 0]  # the privacy officer may not edit purposes


def test_a_lock_empties_the_page(qtbot: QtBot, session_for: SessionFor) -> None:
    session = session_for(ADMIN)
    page = open_page(qtbot, session)
    assert cells(page, "version_table")
    session.lock()
    assert cells(page, "version_table") == [] and cells(page, "inform_table") == []
    with pytest.raises(VaultLockedError):
        page.refresh()  # the main window shows the message
    assert not button(page, "view_text_button").isEnabled()
