"""Table models of the privacy-statement page: versions, the clients to inform, consent purposes.

Each holds rows of a domain type and names its columns in an IntEnum; none
holds a session. The list of clients to inform can hold tens of thousands of
rows, so `ClientsToInformModel` fetches it a page at a time through a fetch
function the page gives it (`fetch(version_id, only_open, offset, limit)`),
and the view pulls further pages through `canFetchMore`/`fetchMore` as the
user scrolls. A failed fetch (the vault locked, say) is reported through
`failed` and leaves what was shown.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont

from calqi_desktop.domain.consent import ConsentPurpose
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_date_nl, format_datetime_nl
from calqi_desktop.domain.statement import ClientToInform, StatementVersion
from calqi_desktop.gui.table_model import AnyIndex, RowTableModel

PAGE_SIZE = 500

#: fetch(version_id, only_open, offset, limit) -> one page of the version's list.
FetchClients = Callable[[int, bool, int, int], list[ClientToInform]]

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def thousands(number: int) -> str:
    """1234 → '1.234', as Dutch writes numbers."""
    return f"{number:,}".replace(",", ".")


# --- versions -----------------------------------------------------------------------------


class VersionColumn(IntEnum):
    VERSION = 0
    EFFECTIVE_ON = 1
    SUMMARY = 2
    TO_INFORM = 3
    INFORMED = 4
    ADDED_BY = 5
    ADDED_AT = 6


class StatementVersionModel(RowTableModel[StatementVersion]):
    """The versions, newest first as the service gives them; the one in effect marked "(geldt nu)"."""

    columns = VersionColumn

    def __init__(self, language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self._current_id: int | None = None

    def set_versions(self, versions: list[StatementVersion], current_id: int | None) -> None:
        self._current_id = current_id
        self.set_rows(versions)

    @property
    def current_id(self) -> int | None:
        return self._current_id

    def row_of(self, version_id: int) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.id == version_id), None)

    def header(self, column: VersionColumn) -> str:
        return {
            VersionColumn.VERSION: self.tr("Versie"),
            VersionColumn.EFFECTIVE_ON: self.tr("Ingangsdatum"),
            VersionColumn.SUMMARY: self.tr("Wat is gewijzigd"),
            VersionColumn.TO_INFORM: self.tr("Te informeren"),
            VersionColumn.INFORMED: self.tr("Geïnformeerd"),
            VersionColumn.ADDED_BY: self.tr("Toegevoegd door"),
            VersionColumn.ADDED_AT: self.tr("Toegevoegd op"),
        }[column]

    def header_tooltip(self, column: VersionColumn) -> str | None:
        if column == VersionColumn.TO_INFORM:
            return self.tr(
                "Klanten met een toestemming onder een oudere versie die nog niet zijn geïnformeerd"
            )
        return None

    def cell(self, item: StatementVersion, column: VersionColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            VersionColumn.TO_INFORM,
            VersionColumn.INFORMED,
        ):
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and item.id == self._current_id:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == VersionColumn.SUMMARY and item.summary:
            return item.summary
        return None

    def _text(self, item: StatementVersion, column: VersionColumn) -> str:
        if column == VersionColumn.VERSION:
            if item.id == self._current_id:
                return self.tr("%1 (geldt nu)").replace("%1", item.version)
            return item.version
        if column == VersionColumn.EFFECTIVE_ON:
            return format_date_nl(item.effective_on)
        if column == VersionColumn.SUMMARY:
            return " ".join(item.summary.split())  # one line in the table; the tooltip keeps it whole
        if column == VersionColumn.TO_INFORM:
            return thousands(item.to_inform)
        if column == VersionColumn.INFORMED:
            return thousands(item.informed)
        if column == VersionColumn.ADDED_BY:
            return item.added_by
        return format_datetime_nl(item.added_at)


# --- clients to inform -----------------------------------------------------------------------


class InformColumn(IntEnum):
    CLIENT_NUMBER = 0
    NAME = 1
    INFORMED_AT = 2
    INFORMED_BY = 3
    CHANNEL = 4


class ClientsToInformModel(RowTableModel[ClientToInform]):
    """One version's list, a page at a time. `failed` carries a `CalqiError`; `loaded` follows each page."""

    failed = Signal(object)
    loaded = Signal()
    columns = InformColumn

    def __init__(
        self,
        fetch: FetchClients | None = None,
        *,
        language: str = "nl",
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(language, parent)
        self._fetch = fetch
        self._page_size = page_size
        self._version_id: int | None = None
        self._only_open = True
        self._has_more = False
        self._busy = False  # a view (or the model tester) may ask for more during a reset or an insertion

    @property
    def version_id(self) -> int | None:
        return self._version_id

    @property
    def only_open(self) -> bool:
        return self._only_open

    @property
    def has_more(self) -> bool:
        return self._has_more

    def show_version(self, version_id: int | None, *, only_open: bool = True) -> None:
        """Forget the rows and load the first page of the version's list (None: show nothing)."""
        self._busy = True
        self.beginResetModel()
        self._version_id = version_id
        self._only_open = only_open
        self._rows = []
        self._has_more = version_id is not None and self._fetch is not None
        self.endResetModel()
        self._busy = False
        self._load_page()
        self.loaded.emit()

    def reload(self) -> None:
        self.show_version(self._version_id, only_open=self._only_open)

    def clear(self) -> None:
        """Show nothing (after a lock: nothing from before stays on screen)."""
        self.show_version(None, only_open=self._only_open)

    def _load_page(self) -> None:
        if self._fetch is None or self._version_id is None or not self._has_more or self._busy:
            return
        self._busy = True
        try:
            rows = self._fetch(self._version_id, self._only_open, len(self._rows), self._page_size)
            self._has_more = len(rows) >= self._page_size
            self.append_rows(rows)
        except CalqiError as error:
            self._has_more = False
            self.failed.emit(error)
        finally:
            self._busy = False

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._has_more

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid() or not self._has_more or self._busy:
            return
        self._load_page()
        self.loaded.emit()

    def header(self, column: InformColumn) -> str:
        return {
            InformColumn.CLIENT_NUMBER: self.tr("Klantnummer"),
            InformColumn.NAME: self.tr("Naam"),
            InformColumn.INFORMED_AT: self.tr("Geïnformeerd op"),
            InformColumn.INFORMED_BY: self.tr("Door"),
            InformColumn.CHANNEL: self.tr("Hoe"),
        }[column]

    def cell(self, item: ClientToInform, column: InformColumn, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == InformColumn.CLIENT_NUMBER:
            return item.client_number
        if column == InformColumn.NAME:
            return item.name
        if column == InformColumn.INFORMED_AT:
            return format_datetime_nl(item.informed_at) if item.informed_at else self.tr("nog niet")
        if column == InformColumn.INFORMED_BY:
            return item.informed_by
        return item.channel.label(self.language) if item.channel else ""


# --- consent purposes ---------------------------------------------------------------------------


class PurposeColumn(IntEnum):
    LABEL = 0
    LABEL_EN = 1
    PER_RECIPIENT = 2
    EXPLICIT = 3
    ENDS_SERVICE = 4
    SPECIAL_DATA = 5
    ACTIVE = 6
    BUILT_IN = 7


_FLAGS = {
    PurposeColumn.PER_RECIPIENT: "needs_recipient",
    PurposeColumn.EXPLICIT: "explicit",
    PurposeColumn.ENDS_SERVICE: "ends_service",
    PurposeColumn.SPECIAL_DATA: "covers_special_data",
    PurposeColumn.ACTIVE: "active",
    PurposeColumn.BUILT_IN: "built_in",
}


class ConsentPurposeModel(RowTableModel[ConsentPurpose]):
    """The purposes of consent; yes/no columns say "ja" or stay empty."""

    columns = PurposeColumn

    def row_of(self, purpose_id: int) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.id == purpose_id), None)

    def header(self, column: PurposeColumn) -> str:
        return {
            PurposeColumn.LABEL: self.tr("Doel"),
            PurposeColumn.LABEL_EN: self.tr("Engelse naam"),
            PurposeColumn.PER_RECIPIENT: self.tr("Per ontvanger"),
            PurposeColumn.EXPLICIT: self.tr("Uitdrukkelijk"),
            PurposeColumn.ENDS_SERVICE: self.tr("Kan dienst beëindigen"),
            PurposeColumn.SPECIAL_DATA: self.tr("Bijzondere gegevens"),
            PurposeColumn.ACTIVE: self.tr("Actief"),
            PurposeColumn.BUILT_IN: self.tr("Uit de verklaring"),
        }[column]

    def header_tooltip(self, column: PurposeColumn) -> str | None:
        return {
            PurposeColumn.PER_RECIPIENT: self.tr("Toestemming geldt per genoemde ontvanger"),
            PurposeColumn.EXPLICIT: self.tr("De verklaring vraagt uitdrukkelijke toestemming"),
            PurposeColumn.ENDS_SERVICE: self.tr("Intrekken kan betekenen dat de dienstverlening stopt"),
            PurposeColumn.SPECIAL_DATA: self.tr("Kan de grondslag zijn van bijzondere persoonsgegevens"),
            PurposeColumn.BUILT_IN: self.tr("Doelen uit de privacyverklaring kunnen niet worden gewijzigd"),
        }.get(column)

    def cell(self, item: ConsentPurpose, column: PurposeColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PurposeColumn.LABEL:
                return item.label_nl
            if column == PurposeColumn.LABEL_EN:
                return item.label_en
            return self.tr("ja") if getattr(item, _FLAGS[column]) else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == PurposeColumn.LABEL and item.description:
            return item.description
        return None
