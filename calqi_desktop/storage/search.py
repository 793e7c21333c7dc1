# ruff: noqa: S608 - SQL is assembled from fixed column and index names; every value is a bound parameter
"""Search-as-you-type over the dossiers, behind one seam (DESIGN.md §7).

Two tables, kept by `index_client` whenever a dossier is saved:

- `client_search`: one row per client with what the list shows and sorts by,
  and its folded search words between spaces (' jan vries 3511nk utrecht ').
- `client_search_word`: (word, client) pairs, a WITHOUT ROWID b-tree, so the
  clients having a word that starts with 'mul' are one range read.

Every query word is a prefix, and all words must match. How a query runs
depends on how common its rarest word is, which one capped count tells:

- *rare* (fewer than `RARE_LIMIT` index entries): read the few clients from
  the word index, keep those whose words contain the other prefixes, sort
  those few. A full name, a postcode or a client number runs like this.
- *common* (a single letter, 'van'): read `client_search` in the list's sort
  order through a covering index and stop as soon as a page is full. Common
  words fill a page after a few hundred rows; nothing is sorted.

FTS5 would answer one-letter prefixes too, but ordering its matches by rank or
name sorts all of them (about 85 ms at 100,000 dossiers). This is plain SQL on
plain tables, so the PostgreSQL path (DESIGN.md §7) can keep it as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, text
from sqlalchemy.orm import Session

from calqi_desktop.domain import search_text
from calqi_desktop.domain.client_list import (
    ClientListPage,
    ClientListQuery,
    ClientListRow,
    ClientSort,
)
from calqi_desktop.domain.clients import ClientKind, ClientStatus
from calqi_desktop.storage.models import ClientSearchRow, ClientSearchWord

#: Below this many index entries a word counts as rare.
RARE_LIMIT = 4000

_ORDER = {
    ClientSort.NAME: ("s.name_key", "s.client_id"),
    ClientSort.CLIENT_NUMBER: ("s.client_number", "s.client_id"),
    ClientSort.POSTCODE: ("s.postcode", "s.name_key", "s.client_id"),
    ClientSort.CITY: ("s.city_key", "s.name_key", "s.client_id"),
}
_INDEX = {
    ClientSort.NAME: "ix_client_search_scan",
    ClientSort.CLIENT_NUMBER: "ix_client_search_number",
    ClientSort.POSTCODE: "ix_client_search_postcode",
    ClientSort.CITY: "ix_client_search_city",
}
_COLUMNS = "s.client_id, s.client_number, s.name, s.kind, s.postcode, s.city, s.status, s.restricted"


@dataclass(frozen=True)
class SearchEntry:
    """What the index needs of one client (the service builds it from the dossier)."""

    client_id: int
    kind: str
    status: str
    restricted: bool
    client_number: str
    name: str  # as shown in the list
    postcode: str
    city: str
    values: tuple[str, ...]  # everything findable: names, number, postcodes, cities, e-mails, KvK

    def row(self) -> dict[str, Any]:
        words = search_text.index_words(self.values)
        return {
            "client_id": self.client_id,
            "kind": self.kind,
            "status": self.status,
            "restricted": self.restricted,
            "client_number": self.client_number,
            "name": self.name,
            "name_key": search_text.sort_key(self.name),
            "postcode": self.postcode,
            "city": self.city,
            "city_key": search_text.sort_key(self.city),
            "words": " " + " ".join(words) + " ",
        }

    def word_rows(self) -> list[dict[str, Any]]:
        return [{"word": word, "client_id": self.client_id} for word in search_text.index_words(self.values)]


def index_client(session: Session, entry: SearchEntry) -> None:
    """(Re)write one client's search row and words, in the caller's transaction."""
    session.execute(delete(ClientSearchWord).where(ClientSearchWord.client_id == entry.client_id))
    session.execute(delete(ClientSearchRow).where(ClientSearchRow.client_id == entry.client_id))
    session.execute(insert(ClientSearchRow), [entry.row()])
    words = entry.word_rows()
    if words:
        session.execute(insert(ClientSearchWord), words)


def index_many(connection: Connection | Session, entries: Iterable[SearchEntry]) -> None:
    """Index new clients in bulk (demo data, import): two executemany statements."""
    entries = list(entries)
    if not entries:
        return
    connection.execute(insert(ClientSearchRow), [entry.row() for entry in entries])
    words = [word for entry in entries for word in entry.word_rows()]
    if words:
        connection.execute(insert(ClientSearchWord), words)


def find(session: Session, query: ClientListQuery, *, offset: int = 0, limit: int = 200) -> ClientListPage:
    """One page of the dossiers that match `query`, in its sort order."""
    words = search_text.query_words(query.text)
    filters, params = _filters(query)
    if not words:
        return _browse(session, query, filters, params, offset, limit)
    counts = {word: _capped_count(session, word) for word in words}
    rarest = min(words, key=lambda word: counts[word])
    if counts[rarest] < RARE_LIMIT:
        return _find_rare(
            session, query, rarest, [w for w in words if w != rarest], filters, params, offset, limit
        )
    return _find_common(session, query, words, filters, params, offset, limit)


def row_of(session: Session, client_id: int) -> ClientListRow | None:
    """The list row of one client (for a BSN hit, which the word index does not hold)."""
    found = session.execute(
        text(f"SELECT {_COLUMNS} FROM client_search AS s WHERE s.client_id = :id"), {"id": client_id}
    ).first()
    return _row(found) if found else None


def _filters(query: ClientListQuery) -> tuple[list[str], dict[str, Any]]:
    filters: list[str] = []
    params: dict[str, Any] = {}
    if query.kind is not None:
        filters.append("s.kind = :kind")
        params["kind"] = query.kind.value
    if query.status is not None:
        filters.append("s.status = :status")
        params["status"] = query.status.value
    return filters, params


def _order(query: ClientListQuery) -> str:
    direction = " DESC" if query.descending else ""
    return ", ".join(column + direction for column in _ORDER[query.sort])


def _where(conditions: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(conditions) if conditions else ""


def _capped_count(session: Session, word: str) -> int:
    lo, hi = _prefix_range(word)
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM (SELECT 1 FROM client_search_word "
                "WHERE word >= :lo AND word < :hi LIMIT :cap)"
            ),
            {"lo": lo, "hi": hi, "cap": RARE_LIMIT},
        ).scalar_one()
    )


def _prefix_range(word: str) -> tuple[str, str]:
    """Words are [a-z0-9]; '{' sorts after 'z', so [word, word + '{') holds every word starting with it."""
    return word, word + "{"


def _contains(words: Sequence[str], params: dict[str, Any]) -> list[str]:
    conditions = []
    for number, word in enumerate(words):
        params[f"w{number}"] = " " + word
        conditions.append(f"instr(s.words, :w{number}) > 0")
    return conditions


def _browse(
    session: Session,
    query: ClientListQuery,
    filters: list[str],
    params: dict[str, Any],
    offset: int,
    limit: int,
) -> ClientListPage:
    total = int(
        session.execute(
            text(f"SELECT count(*) FROM client_search AS s{_where(filters)}"), params
        ).scalar_one()
    )
    rows = session.execute(
        text(
            f"SELECT {_COLUMNS} FROM client_search AS s INDEXED BY {_INDEX[query.sort]}{_where(filters)} "
            f"ORDER BY {_order(query)} LIMIT :limit OFFSET :offset"
        ),
        {**params, "limit": limit, "offset": offset},
    ).all()
    return ClientListPage(tuple(map(_row, rows)), offset, total, offset + len(rows) < total)


def _find_rare(
    session: Session,
    query: ClientListQuery,
    rarest: str,
    others: list[str],
    filters: list[str],
    params: dict[str, Any],
    offset: int,
    limit: int,
) -> ClientListPage:
    params["lo"], params["hi"] = _prefix_range(rarest)
    conditions = _contains(others, params) + filters
    source = (
        "(SELECT DISTINCT client_id FROM client_search_word WHERE word >= :lo AND word < :hi) AS m "
        "CROSS JOIN client_search AS s ON s.client_id = m.client_id"
    )
    total = int(
        session.execute(text(f"SELECT count(*) FROM {source}{_where(conditions)}"), params).scalar_one()
    )
    rows = session.execute(
        text(
            f"SELECT {_COLUMNS} FROM {source}{_where(conditions)} ORDER BY {_order(query)} LIMIT :limit OFFSET :offset"
        ),
        {**params, "limit": limit, "offset": offset},
    ).all()
    return ClientListPage(tuple(map(_row, rows)), offset, total, offset + len(rows) < total)


def _find_common(
    session: Session,
    query: ClientListQuery,
    words: list[str],
    filters: list[str],
    params: dict[str, Any],
    offset: int,
    limit: int,
) -> ClientListPage:
    conditions = _contains(words, params) + filters
    ids = [
        row[0]
        for row in session.execute(
            text(
                f"SELECT s.client_id FROM client_search AS s INDEXED BY {_INDEX[query.sort]}{_where(conditions)} "
                f"ORDER BY {_order(query)} LIMIT :limit OFFSET :offset"
            ),
            {**params, "limit": limit + 1, "offset": offset},
        )
    ]
    has_more = len(ids) > limit
    ids = ids[:limit]
    if not ids:
        return ClientListPage((), offset, offset, False)
    found = {
        row[0]: row
        for row in session.execute(
            text(
                f"SELECT {_COLUMNS} FROM client_search AS s WHERE s.client_id IN ({','.join(map(str, ids))})"
            )
        )
    }
    rows = tuple(_row(found[client_id]) for client_id in ids)
    return ClientListPage(rows, offset, None if has_more else offset + len(rows), has_more)


def _row(row: Any) -> ClientListRow:
    return ClientListRow(
        id=row[0],
        client_number=row[1],
        name=row[2],
        kind=ClientKind(row[3]),
        postcode=row[4],
        city=row[5],
        status=ClientStatus(row[6]),
        restricted=bool(row[7]),
    )
