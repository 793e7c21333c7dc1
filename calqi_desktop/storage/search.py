# ruff: noqa: S608 - SQL is assembled from fixed column and index names; every value is a bound parameter
"""Search-as-you-type over the dossiers, behind one seam (DESIGN.md §7).

Two tables, kept by `index_client` whenever a dossier is saved:

- `client_search`: one row per client with what the list shows and sorts by,
  and its folded search words between spaces (' jan vries 3511nk utrecht ').
- `client_search_word`: (word, client) pairs, a WITHOUT ROWID b-tree, so the
  clients having a word that starts with 'mul' are one range read.

Every query word is a prefix, and all words must match. How a query runs
depends on how common its words are, which capped counts tell:

- *rare* (the rarest word has fewer than `RARE_LIMIT` index entries): read the
  few clients from the word index, keep those whose words contain the other
  prefixes, sort those few. A full name, a postcode or a client number runs
  like this.
- *common* (a single letter, 'van', 'jan de'): read `client_search` in the
  list's sort order through a covering index and stop as soon as a page is
  full. Common words fill a page after a few hundred rows; nothing is sorted.
  It first reads at most `PROBE_ROWS` rows; when they do not fill the page,
  how many matched says how far it would have to read on.
- *merge* (common words that are rare together, 'anna bakker utrecht', or
  whose matches sort together, every 'Stichting …'): intersect the client
  sets of the narrower words in the word index and sort only the clients in
  all of them. Taken when that costs less than reading on.

Looking up a client's row by id costs some seventeen times reading a row in
order (a random page against the next entry on the same page), so the rare
limit is low and the merge plan is weighed, not assumed.

FTS5 would answer one-letter prefixes too, but ordering its matches by rank or
name sorts all of them (about 85 ms at 100,000 dossiers). This is plain SQL on
plain tables, so the PostgreSQL path (DESIGN.md §7) can keep it as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, insert, text
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
RARE_LIMIT = 1000
#: Rows of the list the common plan reads before it weighs the other plans; most common words
#: fill a page well within them.
PROBE_ROWS = 5000
#: Words with fewer index entries than this may be intersected in the word index (the merge plan).
MERGE_LIMIT = 10_000
# What the plans cost, counted in rows of the list read in order (measured at 100,000 dossiers,
# encrypted: 0.3 µs a row, 0.5–0.8 µs an index entry fetched, 5 µs a row looked up by id).
_ENTRY_COST = 2
_LOOKUP_COST = 17

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


#: The columns of `client_search` in the order `bulk_rows` gives them.
SEARCH_ROW_COLUMNS = (
    "client_id",
    "kind",
    "status",
    "restricted",
    "client_number",
    "name",
    "name_key",
    "postcode",
    "city",
    "city_key",
    "words",
)
SEARCH_WORD_COLUMNS = ("word", "client_id")


def bulk_rows(entries: Iterable[SearchEntry]) -> tuple[list[tuple[Any, ...]], list[tuple[int | str, ...]]]:
    """The `client_search` rows and `client_search_word` rows of many new clients, as tuples.

    The same rows as `SearchEntry.row` and `word_rows`, made faster for bulk
    inserts: names, places and postcodes repeat across thousands of clients,
    so each distinct value is folded and split once (`index_words` works value
    by value, so the words of a client are those of its values in order).
    """
    words_of: dict[str, list[str]] = {}
    keys: dict[str, str] = {}
    rows: list[tuple[Any, ...]] = []
    word_rows: list[tuple[int | str, ...]] = []
    for entry in entries:
        found: dict[str, None] = {}
        for value in entry.values:
            value_words = words_of.get(value)
            if value_words is None:
                value_words = words_of[value] = search_text.index_words([value])
            found.update(dict.fromkeys(value_words))
        name_key = keys.get(entry.name)
        if name_key is None:
            name_key = keys[entry.name] = search_text.sort_key(entry.name)
        city_key = keys.get(entry.city)
        if city_key is None:
            city_key = keys[entry.city] = search_text.sort_key(entry.city)
        rows.append(
            (
                entry.client_id,
                entry.kind,
                entry.status,
                entry.restricted,
                entry.client_number,
                entry.name,
                name_key,
                entry.postcode,
                entry.city,
                city_key,
                " " + " ".join(found) + " ",
            )
        )
        word_rows += [(word, entry.client_id) for word in found]
    return rows, word_rows


def index_many(connection: Connection | Session, entries: Iterable[SearchEntry]) -> None:
    """Index new clients in bulk: two executemany statements (`client_bulk` has a faster path)."""
    rows, word_rows = bulk_rows(entries)
    if rows:
        # Core inserts on the tables, not the ORM's bulk insert (see `client_bulk`).
        connection.execute(
            insert(cast(Table, ClientSearchRow.__table__)),
            [dict(zip(SEARCH_ROW_COLUMNS, r, strict=True)) for r in rows],
        )
    if word_rows:
        connection.execute(
            insert(cast(Table, ClientSearchWord.__table__)),
            [dict(zip(SEARCH_WORD_COLUMNS, r, strict=True)) for r in word_rows],
        )


def find(session: Session, query: ClientListQuery, *, offset: int = 0, limit: int = 200) -> ClientListPage:
    """One page of the dossiers that match `query`, in its sort order."""
    words = search_text.query_words(query.text)
    filters, params = _filters(query)
    if not words:
        return _browse(session, query, filters, params, offset, limit)
    counts = {word: _capped_count(session, word, RARE_LIMIT) for word in words}
    rarest = min(words, key=lambda word: counts[word])
    if counts[rarest] < RARE_LIMIT:
        return _find_rare(
            session, query, rarest, [w for w in words if w != rarest], filters, params, offset, limit
        )
    probe = _find_common(session, query, words, filters, params, offset, limit, probe_rows=PROBE_ROWS)
    if isinstance(probe, ClientListPage):
        return probe
    merged = _merge_words(session, words, probe, offset + limit)
    if merged:
        return _find_merged(session, query, merged, words, filters, params, offset, limit)
    page = _find_common(session, query, words, filters, params, offset, limit)
    assert isinstance(page, ClientListPage)
    return page


@dataclass(frozen=True)
class _Probe:
    """The first rows of the list in order, which did not fill the page."""

    rows: int
    matches: int
    clients: int  # at least as many as there are


def _merge_words(session: Session, words: list[str], probe: _Probe, wanted: int) -> list[str]:
    """The words to intersect in the word index, or [] when reading on in list order is cheaper.

    The probe tells how often a row matches (names that sort together, such
    as every 'Stichting …', are why it is measured and not assumed); the
    word counts tell what the intersection reads and, as an upper bound, how
    many rows it then looks up.
    """
    sizes = {word: _capped_count(session, word, MERGE_LIMIT) for word in words}
    narrow = sorted((w for w in words if sizes[w] < MERGE_LIMIT), key=lambda word: sizes[word])
    if not narrow:
        return []
    rate = max(probe.matches, 0.5) / probe.rows
    scan = min(probe.clients, (wanted + 1) / rate)
    independent = float(probe.clients)
    for word in narrow:
        independent *= min(sizes[word], probe.clients) / probe.clients
    lookups = min(sizes[narrow[0]], max(independent, 2 * rate * probe.clients, wanted))
    merge = _ENTRY_COST * sum(sizes[word] for word in narrow) + _LOOKUP_COST * lookups
    return narrow if merge < scan else []


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


def _capped_count(session: Session, word: str, cap: int) -> int:
    """How many index entries start with `word`, counting no further than `cap`."""
    lo, hi = _prefix_range(word)
    return int(
        session.execute(
            text(
                "SELECT count(*) FROM (SELECT 1 FROM client_search_word "
                "WHERE word >= :lo AND word < :hi LIMIT :cap)"
            ),
            {"lo": lo, "hi": hi, "cap": cap},
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
    """The few clients with a word starting with `rarest`, those with the `others` too, sorted."""
    params["lo"], params["hi"] = _prefix_range(rarest)
    conditions = _contains(others, params) + filters
    source = (
        "(SELECT DISTINCT client_id FROM client_search_word WHERE word >= :lo AND word < :hi) AS m "
        "CROSS JOIN client_search AS s ON s.client_id = m.client_id"
    )
    ids = [
        row[0]
        for row in session.execute(
            text(f"SELECT s.client_id FROM {source}{_where(conditions)} ORDER BY {_order(query)}"), params
        )
    ]
    return _page_of(session, ids, offset, limit)


def _find_merged(
    session: Session,
    query: ClientListQuery,
    merged: list[str],
    words: list[str],
    filters: list[str],
    params: dict[str, Any],
    offset: int,
    limit: int,
) -> ClientListPage:
    """The clients in every `merged` word's set (narrowest first), those with the other words too, sorted."""
    found: set[int] | None = None
    for word in merged:
        lo, hi = _prefix_range(word)
        having = {
            row[0]
            for row in session.execute(
                text("SELECT client_id FROM client_search_word WHERE word >= :lo AND word < :hi"),
                {"lo": lo, "hi": hi},
            )
        }
        found = having if found is None else found & having
        if not found:
            return _page_of(session, [], offset, limit)
    assert found is not None
    conditions = [
        f"s.client_id IN ({','.join(map(str, sorted(found)))})",  # ids from the database: integers
        *_contains([word for word in words if word not in merged], params),
        *filters,
    ]
    ids = [
        row[0]
        for row in session.execute(
            text(f"SELECT s.client_id FROM client_search AS s{_where(conditions)} ORDER BY {_order(query)}"),
            params,
        )
    ]
    return _page_of(session, ids, offset, limit)


def _page_of(session: Session, ids: list[int], offset: int, limit: int) -> ClientListPage:
    """The page at `offset` of all the matches `ids`, in order; the total is known."""
    shown = ids[offset : offset + limit]
    return ClientListPage(_rows(session, shown), offset, len(ids), offset + len(shown) < len(ids))


def _rows(session: Session, ids: list[int]) -> tuple[ClientListRow, ...]:
    """The list rows of `ids`, in that order."""
    if not ids:
        return ()
    found = {
        row[0]: row
        for row in session.execute(
            text(
                f"SELECT {_COLUMNS} FROM client_search AS s WHERE s.client_id IN ({','.join(map(str, ids))})"
            )
        )
    }
    return tuple(_row(found[client_id]) for client_id in ids)


def _find_common(
    session: Session,
    query: ClientListQuery,
    words: list[str],
    filters: list[str],
    params: dict[str, Any],
    offset: int,
    limit: int,
    *,
    probe_rows: int | None = None,
) -> ClientListPage | _Probe:
    """Read the list in order and keep the rows that match until the page is full.

    With `probe_rows`, read no further than that many rows: when they do not
    fill the page, say how many matched instead (a `_Probe`). The rows are
    bounded by the sort key of the last of them (one look-up by offset), not
    by a subquery, which would copy every row it passes on.
    """
    conditions = _contains(words, params) + filters
    order = _order(query)
    bounded = dict(params)
    if probe_rows is not None:
        keys = _ORDER[query.sort]
        edge = session.execute(
            text(
                f"SELECT {', '.join(keys)} FROM client_search AS s INDEXED BY {_INDEX[query.sort]} "
                f"ORDER BY {order} LIMIT 1 OFFSET :edge"
            ),
            {"edge": probe_rows - 1},
        ).first()
        if edge is None:  # the whole list is shorter than the probe
            probe_rows = None
        else:
            bounded.update({f"e{number}": value for number, value in enumerate(edge)})
            marks = ", ".join(f":e{number}" for number in range(len(keys)))
            conditions.append(f"({', '.join(keys)}) {'>=' if query.descending else '<='} ({marks})")
    ids = [
        row[0]
        for row in session.execute(
            text(
                f"SELECT s.client_id FROM client_search AS s INDEXED BY {_INDEX[query.sort]}{_where(conditions)} "
                f"ORDER BY {order} LIMIT :limit OFFSET :offset"
            ),
            {**bounded, "limit": limit + 1, "offset": offset},
        )
    ]
    has_more = len(ids) > limit
    if probe_rows is not None and not has_more:
        clients = int(session.execute(text("SELECT max(client_id) FROM client_search")).scalar() or 0)
        return _Probe(probe_rows, offset + len(ids), max(clients, probe_rows))
    ids = ids[:limit]
    if not ids:
        return ClientListPage((), offset, offset, False)
    rows = _rows(session, ids)
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
