"""The dossier list as the screen asks for it: a query, a sort order, a page of rows.

`ClientListQuery` says what to find (typed text, filters) and how to sort;
`ClientListRow` is one line of the list — never special data: the BSN can be
searched by its exact, complete number but is not shown. `ClientListPage`
carries one page and how many there are in all, when that is known cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from calqi_desktop.domain.clients import ClientKind, ClientStatus


class ClientSort(StrEnum):
    NAME = "name"
    CLIENT_NUMBER = "client-number"
    POSTCODE = "postcode"
    CITY = "city"


@dataclass(frozen=True)
class ClientListQuery:
    text: str = ""
    kind: ClientKind | None = None
    status: ClientStatus | None = None
    sort: ClientSort = ClientSort.NAME
    descending: bool = False


@dataclass(frozen=True)
class ClientListRow:
    id: int
    client_number: str
    name: str  # 'Vries, J.A. de' or the organisation's name
    kind: ClientKind
    postcode: str
    city: str
    status: ClientStatus
    restricted: bool


@dataclass(frozen=True)
class ClientListPage:
    rows: tuple[ClientListRow, ...]
    offset: int
    #: All matches, when counted; None when the query matches too many to count per keystroke.
    total: int | None
    has_more: bool
