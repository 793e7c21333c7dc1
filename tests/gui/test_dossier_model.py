"""The dossier list model: Qt's model rules, paging through the vault, sorting, what a row shows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from calqi_desktop.domain.client_list import ClientListPage, ClientListQuery, ClientListRow, ClientSort
from calqi_desktop.domain.clients import (
    ClientDraft,
    ClientKind,
    ClientStatus,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.errors import VaultLockedError
from calqi_desktop.gui.dossier_model import ROW_ROLE, DossierColumn, DossierListModel
from calqi_desktop.services import clients
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import client_bulk

CLIENTS = 450
BSN = "111222333"


def add_clients(workspace: Workspace, count: int = CLIENTS) -> None:
    """`count` persons 'Klant000' … in one bulk insert (seconds, not minutes)."""
    new = [
        client_bulk.NewClient(
            draft=ClientDraft(client_number=f"T-{i:04d}", initials="A.", last_name=f"Klant{i:03d}")
        )
        for i in range(count)
    ]
    with workspace.transaction() as session:
        client_bulk.insert_clients(session, new, actor_id=None, reason="completion", reason_note="test")


@pytest.fixture
def filled(workspace: Workspace) -> Iterator[Workspace]:
    add_clients(workspace)
    yield workspace


def fetcher(workspace: Workspace):  # type: ignore[no-untyped-def]
    calls: list[tuple[int, int]] = []

    def fetch(query: ClientListQuery, offset: int, limit: int) -> ClientListPage:
        calls.append((offset, limit))
        return clients.find(workspace, query, offset=offset, limit=limit)

    fetch.calls = calls  # type: ignore[attr-defined]
    return fetch


def texts(model: DossierListModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in DossierColumn]


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, filled: Workspace) -> None:
    model = DossierListModel(fetcher(filled))
    model.set_query(ClientListQuery())
    qtmodeltester.check(model)
    model.set_query(ClientListQuery(text="klant01"))
    qtmodeltester.check(model)


def test_pages_are_fetched_as_the_view_asks(filled: Workspace) -> None:
    fetch = fetcher(filled)
    model = DossierListModel(fetch)
    model.set_query(ClientListQuery())
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    assert model.total == CLIENTS and model.has_more
    assert texts(model, 0) == ["T-0000", "Klant000, A.", "Persoon", "", "", "Actief"]
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == CLIENTS and not model.canFetchMore(QModelIndex())
    assert fetch.calls == [(0, 200), (200, 200), (400, 200)]
    assert model.index(CLIENTS - 1, DossierColumn.NAME).data() == "Klant449, A."
    assert len({model.index(r, 0).data(ROW_ROLE).id for r in range(CLIENTS)}) == CLIENTS
    model.set_query(ClientListQuery(text="klant12"))  # a new query starts over
    assert [model.index(r, DossierColumn.NAME).data() for r in range(model.rowCount())] == [
        f"Klant{i}, A." for i in range(120, 130)
    ]
    assert model.total == 10 and not model.has_more


def test_sorting_asks_the_vault_and_ignores_unsortable_columns(filled: Workspace) -> None:
    model = DossierListModel(fetcher(filled))
    model.set_query(ClientListQuery())
    model.sort(DossierColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert model.query.sort is ClientSort.NAME and model.query.descending
    assert model.index(0, DossierColumn.NAME).data() == "Klant449, A."
    model.sort(DossierColumn.CLIENT_NUMBER, Qt.SortOrder.AscendingOrder)
    assert model.query.sort is ClientSort.CLIENT_NUMBER and model.sort_column() is DossierColumn.CLIENT_NUMBER
    assert model.index(0, DossierColumn.CLIENT_NUMBER).data() == "T-0000"
    model.sort(DossierColumn.STATUS, Qt.SortOrder.DescendingOrder)  # not sortable: nothing changes
    assert model.query.sort is ClientSort.CLIENT_NUMBER and not model.query.descending


def row(client_id: int, **changes: object) -> ClientListRow:
    values: dict[str, object] = {
        "id": client_id,
        "client_number": f"K-{client_id:06d}",
        "name": "Vries, J. de",
        "kind": ClientKind.PERSON,
        "postcode": "3511 NK",
        "city": "Utrecht",
        "status": ClientStatus.ACTIVE,
        "restricted": False,
    }
    values.update(changes)
    return ClientListRow(**values)  # type: ignore[arg-type]


def test_rows_show_status_in_words_and_restriction_plainly(qtmodeltester: ModelTester) -> None:
    rows = (
        row(1),
        row(2, restricted=True),
        row(3, kind=ClientKind.ORGANISATION, name="Bakkerij Jansen B.V.", status=ClientStatus.ENDED),
        row(4, status=ClientStatus.ANONYMISED, name="Geanonimiseerd"),
    )
    model = DossierListModel(lambda query, offset, limit: ClientListPage(rows, offset, None, False))
    model.set_query(ClientListQuery())
    qtmodeltester.check(model)
    assert [model.index(r, DossierColumn.STATUS).data() for r in range(4)] == [
        "Actief",
        "Beperkt",
        "Beëindigd",
        "Geanonimiseerd",
    ]
    assert model.index(2, DossierColumn.KIND).data() == "Organisatie"
    assert "AVG art. 18" in model.index(1, DossierColumn.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.total == 4  # uncounted, but everything is loaded
    assert model.headerData(DossierColumn.CITY, Qt.Orientation.Horizontal) == "Plaats"


def test_a_failed_fetch_is_reported_not_raised(qtbot) -> None:  # type: ignore[no-untyped-def]
    def locked(query: ClientListQuery, offset: int, limit: int) -> ClientListPage:
        raise VaultLockedError()

    model = DossierListModel(locked)
    with qtbot.waitSignal(model.failed) as blocker:
        model.set_query(ClientListQuery(text="jan"))
    assert isinstance(blocker.args[0], VaultLockedError)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex()) and model.total == 0


def test_the_bsn_finds_a_client_but_never_shows(workspace: Workspace) -> None:
    client_id = clients.create_client(
        workspace,
        ClientDraft(last_name="Müller", initials="H."),
        special=SpecialChanges(fields={"bsn": BSN}),
        bases=(BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION),),
    )
    add_clients(workspace, 5)
    model = DossierListModel(fetcher(workspace))
    model.set_query(ClientListQuery(text=BSN))
    assert model.rowCount() == 1 and model.row_at(0).id == client_id
    shown = [
        str(model.index(r, c).data(role))
        for r in range(model.rowCount())
        for c in DossierColumn
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE)
    ]
    assert not any(BSN in text for text in shown)
    assert model.row_of(client_id) == 0 and model.row_of(999) is None
