"""A dossier's field history as a Qt table model: when, by whom, which field, old, new, why.

Special fields (BSN, birth date and place, bank accounts, children) show only
"(gewijzigd)": their values are never kept in the history. Stored codes
('person', 'active', ISO dates) are shown as people read them. A change made
for a data-subject request (a rectification, a restriction) names the
request's reference with its reason ("Rectificatieverzoek (AVG art. 16):
AVG-2026-0007"); the references come with the changes (`set_changes`), for
members who may handle requests — others read "AVG-verzoek".
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from calqi_desktop.domain.clients import (
    SPECIAL_FIELDS,
    ChangeReason,
    ClientKind,
    ClientStatus,
    FieldChange,
    Gender,
    field_label,
)
from calqi_desktop.domain.formatting import format_date_nl, format_datetime_nl
from calqi_desktop.gui.table_model import RowTableModel

#: Fields whose values the history never holds.
VALUELESS = frozenset({*SPECIAL_FIELDS, "bank_accounts", "children"})

_CODED = {"kind": ClientKind, "status": ClientStatus, "gender": Gender}


class HistoryColumn(IntEnum):
    CHANGED_AT = 0
    CHANGED_BY = 1
    FIELD = 2
    OLD = 3
    NEW = 4
    REASON = 5


class DossierHistoryModel(RowTableModel[FieldChange]):
    """Read-only rows of `FieldChange`, newest first as the service gives them."""

    columns = HistoryColumn

    def __init__(self, language: str = "nl", parent: QObject | None = None) -> None:
        super().__init__(language, parent)
        self.references: dict[int, str] = {}

    def set_changes(self, changes: list[FieldChange], references: dict[int, str] | None = None) -> None:
        """Show `changes`; `references` gives the reference of each request id they may carry."""
        self.references = dict(references or {})
        self.set_rows(changes)

    def header(self, column: HistoryColumn) -> str:
        return {
            HistoryColumn.CHANGED_AT: self.tr("Datum en tijd"),
            HistoryColumn.CHANGED_BY: self.tr("Door"),
            HistoryColumn.FIELD: self.tr("Veld"),
            HistoryColumn.OLD: self.tr("Oud"),
            HistoryColumn.NEW: self.tr("Nieuw"),
            HistoryColumn.REASON: self.tr("Reden"),
        }[column]

    def cell(self, change: FieldChange, column: HistoryColumn, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._text(change, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text

    def _text(self, change: FieldChange, column: HistoryColumn) -> str:
        if column == HistoryColumn.CHANGED_AT:
            return format_datetime_nl(change.changed_at)
        if column == HistoryColumn.CHANGED_BY:
            return change.changed_by
        if column == HistoryColumn.FIELD:
            return field_label(change.field, self.language)
        if column == HistoryColumn.REASON:
            return self._reason(change)
        head = change.field.split(".", 1)[0]
        if head in VALUELESS:
            return self.tr("(gewijzigd)") if column == HistoryColumn.NEW else ""
        value = change.old_value if column == HistoryColumn.OLD else change.new_value
        return self._value(head, value)

    def _reason(self, change: FieldChange) -> str:
        """'Correctie: typefout', and for a request its reference: 'Doorgegeven door de klant (AVG-2026-0007)'."""
        reason = change.reason.label(self.language)
        text = f"{reason}: {change.reason_note}" if change.reason_note else reason
        if change.request_id is None:
            return text
        reference = self.references.get(change.request_id)
        if reference is None:
            if change.reason is ChangeReason.RECTIFICATION_REQUEST:
                return text  # says it was a request already
            reference = self.tr("AVG-verzoek")
        return text if change.reason_note == reference else f"{text} ({reference})"

    def _value(self, field: str, value: str | None) -> str:
        if not value:
            return ""
        coded = _CODED.get(field)
        if coded is not None:
            try:
                return str(coded(value).label(self.language))
            except ValueError:
                return value
        if field == "ended_on":
            try:
                return format_date_nl(date.fromisoformat(value))
            except ValueError:
                return value
        return value
