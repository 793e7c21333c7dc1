"""The table of a client's authorisations: one row each, with its status on a given day.

Columns are named in `AuthorisationColumn`. A stored activation code shows
as '••••••' until the tab reveals it for one row (`reveal`); new rows mask
every code again. Rows are `domain.authorisations.Authorisation`; the model
holds no session.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from calqi_desktop.domain.authorisations import (
    DOCUMENT_TYPE_ORDER,
    Authorisation,
    AuthorisationStatus,
    DocumentType,
    describe_years,
)
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.gui.table_model import RowTableModel

#: How a stored activation code shows until it is revealed.
CODE_MASK = "••••••"

_GREY = QColor("#6b6b6b")
_ATTENTION = QColor("#8a4b00")


class AuthorisationColumn(IntEnum):
    KIND = 0
    RECIPIENT = 1
    COVERS = 2
    YEARS = 3
    VALIDITY = 4
    STATUS = 5
    ACTIVATION_CODE = 6
    DOCUMENT = 7


def covers_text(authorisation: Authorisation, language: str) -> str:
    """'Belastingaangifte Inkomstenbelasting (IB)', 'Jaarrekening, Financiële rapportage', or '—'."""
    terms = authorisation.terms
    parts = []
    for document in DOCUMENT_TYPE_ORDER:
        if document not in terms.covered_documents:
            continue
        text = document.label(language)
        if document is DocumentType.TAX_RETURN and terms.tax_type is not None:
            text = f"{text} {terms.tax_type.label(language)}"
        parts.append(text)
    return ", ".join(parts) or "—"


class AuthorisationTableModel(RowTableModel[Authorisation]):
    """Read-only rows of `Authorisation`, newest first; revealed codes show in place of the mask."""

    columns = AuthorisationColumn

    def __init__(
        self, language: str = "nl", parent: QObject | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(language, parent)
        self.today = today or date.today()
        self._revealed: dict[int, str] = {}

    def set_authorisations(self, rows: list[Authorisation], *, today: date | None = None) -> None:
        """New rows; every revealed code is masked again."""
        self.today = today or date.today()
        self._revealed = {}
        self.set_rows(rows)

    def authorisation_at(self, row: int) -> Authorisation:
        return self.row_at(row)

    def row_of(self, authorisation_id: int) -> int:
        return next((r for r in range(self.rowCount()) if self.row_at(r).id == authorisation_id), -1)

    def reveal(self, authorisation_id: int, code: str) -> None:
        self._revealed[authorisation_id] = code
        row = self.row_of(authorisation_id)
        if row >= 0:
            cell = self.index(row, AuthorisationColumn.ACTIVATION_CODE)
            self.dataChanged.emit(cell, cell)

    def revealed(self, authorisation_id: int) -> str | None:
        return self._revealed.get(authorisation_id)

    def header(self, column: AuthorisationColumn) -> str:
        return {
            AuthorisationColumn.KIND: self.tr("Soort"),
            AuthorisationColumn.RECIPIENT: self.tr("Ontvanger"),
            AuthorisationColumn.COVERS: self.tr("Dekt"),
            AuthorisationColumn.YEARS: self.tr("Jaren"),
            AuthorisationColumn.VALIDITY: self.tr("Geldig"),
            AuthorisationColumn.STATUS: self.tr("Status"),
            AuthorisationColumn.ACTIVATION_CODE: self.tr("Activeringscode"),
            AuthorisationColumn.DOCUMENT: self.tr("Getekend stuk"),
        }[column]

    def cell(self, row: Authorisation, column: AuthorisationColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == AuthorisationColumn.STATUS:
            status = row.status_on(self.today)
            if status in (AuthorisationStatus.REVOKED, AuthorisationStatus.EXPIRED):
                return _GREY
            if status is not AuthorisationStatus.ACTIVE:
                return _ATTENTION
        return None

    def _text(self, row: Authorisation, column: AuthorisationColumn) -> str:
        terms = row.terms
        language = self.language
        if column == AuthorisationColumn.KIND:
            return terms.kind.label(language)
        if column == AuthorisationColumn.RECIPIENT:
            return terms.recipient_name or terms.recipient_kind.label(language)
        if column == AuthorisationColumn.COVERS:
            return covers_text(row, language)
        if column == AuthorisationColumn.YEARS:
            return describe_years(terms.year_from, terms.year_to, language)
        if column == AuthorisationColumn.VALIDITY:
            return self._validity(row)
        if column == AuthorisationColumn.STATUS:
            status = row.status_on(self.today)
            if status is AuthorisationStatus.REVOKED and terms.revoked_on is not None:
                return f"{status.label(language)} ({format_date_nl(terms.revoked_on)})"
            return status.label(language)
        if column == AuthorisationColumn.ACTIVATION_CODE:
            revealed = self._revealed.get(row.id)
            if revealed is not None:
                return revealed
            return CODE_MASK if row.has_activation_code else ""
        return row.document_name

    def _validity(self, row: Authorisation) -> str:
        """'01-01-2025 – 31-12-2025', 'vanaf 01-01-2025', or '' when not granted yet."""
        terms = row.terms
        if terms.valid_until is None:
            return (
                self.tr("vanaf %1").replace("%1", format_date_nl(terms.valid_from))
                if terms.valid_from
                else ""
            )
        start = format_date_nl(terms.valid_from) if terms.valid_from else "…"
        return f"{start} – {format_date_nl(terms.valid_until)}"

    def _tooltip(self, row: Authorisation, column: AuthorisationColumn) -> str | None:
        if column == AuthorisationColumn.STATUS and row.revoke_reason:
            return self.tr("Reden van intrekking: %1").replace("%1", row.revoke_reason)
        if (
            column == AuthorisationColumn.ACTIVATION_CODE
            and row.has_activation_code
            and row.id not in self._revealed
        ):
            return self.tr("Afgeschermd; ‘Code tonen’ toont de code (wordt vastgelegd in de audittrail)")
        if column == AuthorisationColumn.KIND and row.note:
            return row.note
        return None
