"""The audit table model: Qt's model rules, columns, and fetching page by page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.gui.audit_model import ENTRY_ROLE, PAGE_SIZE, AuditColumn, AuditTableModel
from calqi_desktop.services import audit_log
from calqi_desktop.services.audit_log import AuditEntry, AuditFilter
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store

START = datetime(2026, 11, 24, 20, 5, 47, tzinfo=UTC)


def entry(seq: int, **changes: object) -> AuditEntry:
    values: dict[str, object] = {
        "seq": seq,
        "occurred_at": START - timedelta(minutes=seq),
        "actor_id": 1,
        "actor_user_name": "beheerder",
        "actor_display_name": "Beheerder",
        "action": AuditAction.SIGN_IN.value,
        "action_label": "Aangemeld",
        "client_id": None,
        "target_user_name": "",
        "on_request_of": "",
        "details": "",
    }
    values.update(changes)
    return AuditEntry(**values)  # type: ignore[arg-type]


class Source:
    """A fetch function over a list, counting its calls."""

    def __init__(self, entries: Sequence[AuditEntry]) -> None:
        self.entries = list(entries)
        self.calls: list[tuple[int, int]] = []

    def __call__(self, offset: int, limit: int) -> list[AuditEntry]:
        self.calls.append((offset, limit))
        return self.entries[offset : offset + limit]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    rows = [
        entry(1),
        entry(2, client_id=42, details="reason: wrong-password"),
        entry(3, actor_id=None, actor_user_name="herstelcode", actor_display_name="herstelcode"),
        entry(4, target_user_name="anna", on_request_of="verzoek-7", details="from: a, to: b"),
    ]
    model = AuditTableModel(Source(rows))
    model.reload(Source(rows))
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == len(AuditColumn) == 5


def test_empty_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = AuditTableModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_columns_show_time_user_action_client_details() -> None:
    model = AuditTableModel()
    model.reload(Source([entry(5, client_id=42, target_user_name="anna", details="role: accountant")]))
    shown = [model.index(0, column).data() for column in AuditColumn]
    local = (START - timedelta(minutes=5)).astimezone()
    assert shown == [
        f"{local:%d-%m-%Y %H:%M:%S}",
        "beheerder",
        "Aangemeld",
        "42",
        "medewerker: anna · role: accountant",
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in AuditColumn]
    assert headers == ["Tijdstip", "Medewerker", "Actie", "Cliënt", "Details"]
    assert (
        model.index(0, AuditColumn.TIME)
        .data(Qt.ItemDataRole.ToolTipRole)
        .endswith("2026-11-24T20:00:47.000000Z UTC")
    )
    assert model.index(0, AuditColumn.USER).data(Qt.ItemDataRole.ToolTipRole) == "Beheerder"
    assert model.index(0, 0).data(ENTRY_ROLE).seq == 5
    assert model.entry(0).client_id == 42


def test_fetches_page_by_page_beyond_the_first_200() -> None:
    source = Source([entry(n) for n in range(1, 2 * PAGE_SIZE + 51)])  # 450
    model = AuditTableModel()
    model.reload(source)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing more to ask for
    assert source.calls == [(0, PAGE_SIZE), (PAGE_SIZE, PAGE_SIZE), (2 * PAGE_SIZE, PAGE_SIZE)]
    assert [model.entry(r).seq for r in (0, 199, 200, 449)] == [1, 200, 201, 450]


def test_reload_starts_over() -> None:
    model = AuditTableModel()
    model.reload(Source([entry(n) for n in range(1, 300)]))
    model.reload(Source([entry(7)]))
    assert model.rowCount() == 1 and model.entry(0).seq == 7 and not model.canFetchMore(QModelIndex())
    model.reload(None)
    assert model.rowCount() == 0


def test_a_view_scrolling_down_fetches_more_from_a_real_vault(qtbot: QtBot, workspace: Workspace) -> None:
    with workspace.transaction() as session:
        for _ in range(PAGE_SIZE + 60):
            audit_store.append(session, workspace.vault_id, AuditAction.SMOKE_TEST_RECORD, actor_id=None)
    total = audit_log.count(workspace, AuditFilter())
    assert total > PAGE_SIZE + 60

    def fetch(offset: int, limit: int) -> list[AuditEntry]:
        return audit_log.search(workspace, AuditFilter(), offset=offset, limit=limit)

    model = AuditTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    model.reload(fetch)
    assert model.rowCount() == PAGE_SIZE
    for _ in range(10):
        view.scrollToBottom()
        qtbot.wait(10)
        if model.rowCount() == total:
            break
    assert model.rowCount() == total and not model.canFetchMore(QModelIndex())
    seqs = [model.entry(r).seq for r in range(total)]
    assert len(set(seqs)) == total
    assert model.index(total - 1, AuditColumn.ACTION).data() == "Kluis aangemaakt"


def test_model_on_real_entries_passes_the_model_tester(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    model = AuditTableModel()
    model.reload(lambda offset, limit: audit_log.search(workspace, AuditFilter(), offset=offset, limit=limit))
    qtmodeltester.check(model)
    assert model.rowCount() >= 2
