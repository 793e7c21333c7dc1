"""Search over the dossiers (storage.search) on a real vault: words, prefixes, filters, sorting, paging.

Both query plans are checked: a small vault runs everything through the *rare*
plan, so the *common* plan is forced by lowering `RARE_LIMIT`, and the two must
give the same rows in the same order.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, FIRM

from calqi_desktop.domain.client_list import ClientListPage, ClientListQuery, ClientSort
from calqi_desktop.domain.clients import (
    AddressDraft,
    ClientDraft,
    ClientKind,
    ClientStatus,
    EmailDraft,
)
from calqi_desktop.services import auth, clients
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import search
from calqi_desktop.storage.crypto import TEST_ONLY_KDF


def address(postcode: str, city: str) -> tuple[AddressDraft, ...]:
    return (AddressDraft(street="Straat", house_number="1", postcode=postcode, city=city),)


PEOPLE: dict[str, ClientDraft] = {
    "devries": ClientDraft(
        client_number="K-000001",
        initials="J.A.",
        first_names="Jan",
        tussenvoegsel="de",
        last_name="Vries",
        addresses=address("3511 NK", "Utrecht"),
        emails=(EmailDraft("jan.devries@example.nl"),),
    ),
    "muller": ClientDraft(
        client_number="K-000002",
        first_names="Hans",
        last_name="Müller",
        addresses=address("3511 AB", "Utrecht"),
    ),
    "celik": ClientDraft(
        client_number="K-000003",
        first_names="Ayşe",
        last_name="Çelik",
        addresses=address("1012 JS", "Amsterdam"),
    ),
    "jansen": ClientDraft(
        client_number="K-000004",
        first_names="Johanna",
        last_name="Jansen",
        addresses=address("3512 XY", "Utrecht"),
    ),
    "bakkerij": ClientDraft(
        client_number="K-000005",
        kind=ClientKind.ORGANISATION,
        organisation_name="Bakkerij Jansen B.V.",
        kvk_number="12345678",
        addresses=address("9711 AA", "Groningen"),
        emails=(EmailDraft("info@bakkerij-jansen.nl"),),
    ),
    "mulder": ClientDraft(
        client_number="K-000006",
        first_names="Peter",
        last_name="Mulder",
        status=ClientStatus.ENDED,
        ended_on=date(2024, 12, 31),
        addresses=address("2511 CV", "Den Haag"),
    ),
    "smit": ClientDraft(
        client_number="K-000007",
        first_names="Jan",
        last_name="Smit",
        addresses=address("1012 AB", "Amsterdam"),
    ),
    "zonder": ClientDraft(client_number="ZD-77", last_name="Zonderadres"),
}


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workspace, dict[str, int]]]:
    """One real vault with the dossiers above for the tests that only read (key → client id)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CALQI_HOME", str(tmp_path_factory.mktemp("calqi-home")))
        ws, _code = auth.create_vault(
            tmp_path_factory.mktemp("search") / "kluis",
            firm_name=FIRM,
            admin_name=ADMIN,
            admin_password=ADMIN_PASSWORD,
            kdf=TEST_ONLY_KDF,
        )
        try:
            yield ws, {key: clients.create_client(ws, draft) for key, draft in PEOPLE.items()}
        finally:
            ws.sign_out()


@pytest.fixture
def workspace(shared: tuple[Workspace, dict[str, int]]) -> Workspace:
    return shared[0]


@pytest.fixture
def people(shared: tuple[Workspace, dict[str, int]]) -> dict[str, int]:
    return shared[1]


def find(
    workspace: Workspace, text: str = "", *, offset: int = 0, limit: int = 200, **options
) -> ClientListPage:  # type: ignore[no-untyped-def]
    with workspace.transaction() as session:
        return search.find(session, ClientListQuery(text=text, **options), offset=offset, limit=limit)


def keys(page: ClientListPage, people: dict[str, int]) -> list[str]:
    by_id = {client_id: key for key, client_id in people.items()}
    return [by_id[row.id] for row in page.rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("muller", {"muller"}),
        ("MÜLLER", {"muller"}),
        ("celik", {"celik"}),
        ("Çel", {"celik"}),
        ("ayse", {"celik"}),
        ("mul", {"muller", "mulder"}),
        ("j", {"devries", "jansen", "bakkerij", "smit"}),
        ("jan", {"devries", "jansen", "bakkerij", "smit"}),
        ("jan utrecht", {"devries", "jansen"}),
        ("utrecht jan", {"devries", "jansen"}),
        ("jan amsterdam", {"smit"}),
        ("jan vries", {"devries"}),
        ("de vries", {"devries"}),
        ("3511 nk", {"devries"}),
        ("3511NK", {"devries"}),
        ("3511 n", {"devries"}),
        ("3511", {"devries", "muller"}),
        ("351", {"devries", "muller", "jansen"}),
        ("1012 js", {"celik"}),
        ("devries", {"devries"}),
        ("example.nl", {"devries"}),
        ("jan.devries@example.nl", {"devries"}),
        ("bakkerij-jansen.nl", {"bakkerij"}),
        ("12345678", {"bakkerij"}),
        ("1234", {"bakkerij"}),
        ("K-00000", {"devries", "muller", "celik", "jansen", "bakkerij", "mulder", "smit"}),
        ("K-000003", {"celik"}),
        ("k-000003", {"celik"}),
        ("zd-77", {"zonder"}),
        ("zd", {"zonder"}),
        ("den haag", {"mulder"}),
        ("xyz", set()),
        ("jan xyz", set()),
        ("vries amsterdam", set()),
    ],
)
def test_words_and_prefixes(
    workspace: Workspace, people: dict[str, int], text: str, expected: set[str]
) -> None:
    page = find(workspace, text)
    assert set(keys(page, people)) == expected
    assert page.total == len(expected)
    assert not page.has_more


def test_empty_query_browses_everything_in_name_order(workspace: Workspace, people: dict[str, int]) -> None:
    page = find(workspace)
    assert keys(page, people) == [
        "bakkerij",
        "celik",
        "jansen",
        "mulder",
        "muller",
        "smit",
        "devries",
        "zonder",
    ]
    assert page.total == len(PEOPLE) and not page.has_more
    row = page.rows[-2]
    assert (row.name, row.client_number, row.postcode, row.city) == (
        "Vries, J.A. de",
        "K-000001",
        "3511 NK",
        "Utrecht",
    )
    assert row.kind is ClientKind.PERSON and row.status is ClientStatus.ACTIVE and not row.restricted


def test_filters_on_kind_and_status(workspace: Workspace, people: dict[str, int]) -> None:
    assert keys(find(workspace, kind=ClientKind.ORGANISATION), people) == ["bakkerij"]
    assert keys(find(workspace, "jansen", kind=ClientKind.PERSON), people) == ["jansen"]
    assert keys(find(workspace, status=ClientStatus.ENDED), people) == ["mulder"]
    assert keys(find(workspace, "mul", status=ClientStatus.ACTIVE), people) == ["muller"]
    assert find(workspace, "mul", kind=ClientKind.ORGANISATION).rows == ()


SORTS = [
    (ClientSort.NAME, ["bakkerij", "celik", "jansen", "mulder", "muller", "smit", "devries", "zonder"]),
    (
        ClientSort.CLIENT_NUMBER,
        ["devries", "muller", "celik", "jansen", "bakkerij", "mulder", "smit", "zonder"],
    ),
    # empty postcode first, then by postcode; equal postcodes would sort by name
    (ClientSort.POSTCODE, ["zonder", "smit", "celik", "mulder", "muller", "devries", "jansen", "bakkerij"]),
    # by city, then by name within a city
    (ClientSort.CITY, ["zonder", "celik", "smit", "mulder", "bakkerij", "jansen", "muller", "devries"]),
]


@pytest.mark.parametrize(("sort", "expected"), SORTS)
def test_sorting_both_ways(
    workspace: Workspace, people: dict[str, int], sort: ClientSort, expected: list[str]
) -> None:
    assert keys(find(workspace, sort=sort), people) == expected
    assert keys(find(workspace, sort=sort, descending=True), people) == expected[::-1]
    # a query keeps the order, through the word index
    with_jan = [key for key in expected if key in {"devries", "jansen", "bakkerij", "smit"}]
    assert keys(find(workspace, "jan", sort=sort), people) == with_jan
    assert keys(find(workspace, "jan", sort=sort, descending=True), people) == with_jan[::-1]


def pages(workspace: Workspace, text: str, limit: int, **options) -> list[ClientListPage]:  # type: ignore[no-untyped-def]
    found, offset = [], 0
    while True:
        page = find(workspace, text, offset=offset, limit=limit, **options)
        found.append(page)
        if not page.has_more:
            return found
        offset += limit
        assert len(found) < 20


QUERIES = ["", "j", "jan", "mul", "3511", "k-0000", "utrecht j", "a"]


@pytest.mark.parametrize("text", QUERIES)
@pytest.mark.parametrize(
    ("sort", "descending"),
    [(ClientSort.NAME, False), (ClientSort.CITY, True), (ClientSort.CLIENT_NUMBER, False)],
)
def test_paging_gives_every_row_once_in_both_plans(
    workspace: Workspace,
    people: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    sort: ClientSort,
    descending: bool,
) -> None:
    whole = find(workspace, text, sort=sort, descending=descending)
    assert whole.total == len(whole.rows) and not whole.has_more

    rare = pages(workspace, text, 3, sort=sort, descending=descending)
    monkeypatch.setattr(search, "RARE_LIMIT", 1)  # every existing word now counts as common
    common = pages(workspace, text, 3, sort=sort, descending=descending)
    common_whole = find(workspace, text, sort=sort, descending=descending)

    for plan in (rare, common):
        rows = [row for page in plan for row in page.rows]
        assert rows == list(whole.rows)
        assert [page.offset for page in plan] == [3 * n for n in range(len(plan))]
        assert all(len(page.rows) == 3 for page in plan[:-1])
        assert all(page.has_more for page in plan[:-1]) and not plan[-1].has_more
        last = plan[-1]
        assert last.total == len(whole.rows)  # the last page always knows the total
        for page in plan[:-1]:
            assert page.total in (None, len(whole.rows))  # the common plan may not count
    assert [row.id for row in common_whole.rows] == [row.id for row in whole.rows]
    assert [page.rows for page in common] == [page.rows for page in rare]


def test_the_common_plan_is_really_taken(
    workspace: Workspace, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[str] = []
    for name in ("_find_rare", "_find_common"):
        original = getattr(search, name)

        def spy(*args, _name=name, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            taken.append(_name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(search, name, spy)
    find(workspace, "jan")
    monkeypatch.setattr(search, "RARE_LIMIT", 1)
    page = find(workspace, "jan", limit=2)
    assert taken == ["_find_rare", "_find_common"]
    assert page.has_more and page.total is None and len(page.rows) == 2


def test_paging_past_the_end(
    workspace: Workspace, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    for limit in (1, 4000):
        monkeypatch.setattr(search, "RARE_LIMIT", limit)
        page = find(workspace, "jan", offset=10, limit=5)
        assert page.rows == () and not page.has_more and page.offset == 10


def test_the_bsn_is_not_in_the_index(vault_folder: Path) -> None:
    workspace, _code = auth.create_vault(
        vault_folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
    )
    from calqi_desktop.domain.clients import LegalBasisKind, SpecialCategory, SpecialChanges
    from calqi_desktop.services.special_data import BasisDraft

    client_id = clients.create_client(
        workspace,
        ClientDraft(last_name="Vries"),
        SpecialChanges(fields={"bsn": "111222333"}),
        (BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION),),
    )
    for text in ("111222333", "111", "1112"):
        assert find(workspace, text).rows == ()
    with workspace.transaction() as session:
        row = search.row_of(session, client_id)
        from calqi_desktop.storage.models import ClientSearchRow, ClientSearchWord

        stored = session.get(ClientSearchRow, client_id)
        assert stored is not None and "111" not in stored.words
        words = session.query(ClientSearchWord.word).filter(ClientSearchWord.client_id == client_id).all()
        assert all("111" not in word for (word,) in words)
    assert row is not None and "111222333" not in repr(row)
    workspace.sign_out()
