"""The two tables of the 'Toestemmingen' tab: a client's consents, and the history of the chosen one.

`ConsentTableModel` shows one row per consent (purpose with recipient,
status, since when, statement version, whether a parent or guardian gave it,
and from which day it is to be renewed by the subject). That day is the
subject's 16th birthday, so a role that may not view special data sees only
"te vernieuwen" or "zodra de klant 16 is", never the date. `ConsentHistoryModel`
shows the events of one consent, newest first, as the append-only history
the statement promises. Both hold rows, never sessions.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from calqi_desktop.domain.consent import Consent, ConsentEvent, ConsentEventKind
from calqi_desktop.domain.formatting import format_date_nl, format_datetime_nl
from calqi_desktop.gui.table_model import RowTableModel

_MUTED = QColor("#6b6b6b")
_DUE = QColor("#8a4b00")


class ConsentColumn(IntEnum):
    PURPOSE = 0
    STATUS = 1
    SINCE = 2
    STATEMENT_VERSION = 3
    GUARDIAN = 4
    RENEWAL = 5


class ConsentTableModel(RowTableModel[Consent]):
    """Read-only rows of `Consent`, in the order the service gives (purpose order, then recipient)."""

    columns = ConsentColumn

    def __init__(
        self, language: str = "nl", parent: QObject | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(language, parent)
        self.today = today

    def set_consents(self, consents: list[Consent] | tuple[Consent, ...]) -> None:
        self.set_rows(consents)

    def consent_at(self, row: int) -> Consent:
        return self.row_at(row)

    def row_of(self, consent_id: int) -> int | None:
        """The row of the consent with this id, or None."""
        for row in range(self.loaded_count):
            if self.row_at(row).id == consent_id:
                return row
        return None

    def header(self, column: ConsentColumn) -> str:
        return {
            ConsentColumn.PURPOSE: self.tr("Doel"),
            ConsentColumn.STATUS: self.tr("Status"),
            ConsentColumn.SINCE: self.tr("Sinds"),
            ConsentColumn.STATEMENT_VERSION: self.tr("Privacyverklaring"),
            ConsentColumn.GUARDIAN: self.tr("Gegeven door"),
            ConsentColumn.RENEWAL: self.tr("Vernieuwen"),
        }[column]

    def header_tooltip(self, column: ConsentColumn) -> str | None:
        if column == ConsentColumn.RENEWAL:
            return self.tr(
                "Een toestemming die een ouder of voogd gaf, moet de klant zelf vernieuwen zodra die 16 is."
            )
        if column == ConsentColumn.STATEMENT_VERSION:
            return self.tr("De versie van de privacyverklaring die de klant bij de laatste gebeurtenis zag")
        return None

    def cell(self, consent: Consent, column: ConsentColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(consent, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == ConsentColumn.PURPOSE:
            return consent.title(self.language)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ConsentColumn.RENEWAL and self._renewal_due(consent):
                return QBrush(_DUE)
            if not consent.is_given:
                return QBrush(_MUTED)
        return None

    def _renewal_due(self, consent: Consent) -> bool:
        if consent.renew_due_on is None:  # a role without special data: the service decided
            return consent.renewal_due
        today = self.today or date.today()
        return consent.is_given and consent.renew_due_on <= today

    def _text(self, consent: Consent, column: ConsentColumn) -> str:
        if column == ConsentColumn.PURPOSE:
            return consent.title(self.language)
        if column == ConsentColumn.STATUS:
            return consent.status.label(self.language)
        if column == ConsentColumn.SINCE:
            moment = consent.given_at if consent.is_given else consent.withdrawn_at
            return format_date_nl(moment) if moment is not None else ""
        if column == ConsentColumn.STATEMENT_VERSION:
            return consent.statement_version
        if column == ConsentColumn.GUARDIAN:
            return self.tr("via ouder/voogd") if consent.via_guardian else ""
        if not consent.renewal_pending:
            return ""
        if consent.renew_due_on is not None:
            return self.tr("vernieuwen vanaf %1").replace("%1", format_date_nl(consent.renew_due_on))
        if consent.renewal_due:
            return self.tr("te vernieuwen")
        return self.tr("zodra de klant 16 is")


class HistoryColumn(IntEnum):
    MOMENT = 0
    EVENT = 1
    METHOD = 2
    STATEMENT_VERSION = 3
    RECORDED_BY = 4
    GUARDIAN = 5
    EVIDENCE = 6
    DECISIONS = 7
    NOTE = 8


class ConsentHistoryModel(RowTableModel[ConsentEvent]):
    """The events of one consent, newest first."""

    columns = HistoryColumn

    def set_events(self, events: tuple[ConsentEvent, ...] | list[ConsentEvent]) -> None:
        self.set_rows(reversed(list(events)))

    def event_at(self, row: int) -> ConsentEvent:
        return self.row_at(row)

    def header(self, column: HistoryColumn) -> str:
        return {
            HistoryColumn.MOMENT: self.tr("Moment"),
            HistoryColumn.EVENT: self.tr("Gebeurtenis"),
            HistoryColumn.METHOD: self.tr("Manier"),
            HistoryColumn.STATEMENT_VERSION: self.tr("Privacyverklaring"),
            HistoryColumn.RECORDED_BY: self.tr("Vastgelegd door"),
            HistoryColumn.GUARDIAN: self.tr("Ouder/voogd"),
            HistoryColumn.EVIDENCE: self.tr("Bewijsstuk"),
            HistoryColumn.DECISIONS: self.tr("Beslissingen"),
            HistoryColumn.NOTE: self.tr("Toelichting"),
        }[column]

    def header_tooltip(self, column: HistoryColumn) -> str | None:
        if column == HistoryColumn.MOMENT:
            return self.tr("Wanneer de klant de toestemming gaf of introk")
        if column == HistoryColumn.DECISIONS:
            return self.tr("Bij intrekken: wat er met de bijzondere gegevens op deze grondslag is gebeurd")
        return None

    def cell(self, event: ConsentEvent, column: HistoryColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == HistoryColumn.RECORDED_BY:
                return self.tr("Vastgelegd op %1").replace("%1", format_datetime_nl(event.recorded_at))
            if column in (HistoryColumn.DECISIONS, HistoryColumn.NOTE, HistoryColumn.GUARDIAN):
                return self._text(event, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == HistoryColumn.EVENT:
            return QBrush(_MUTED) if event.kind is ConsentEventKind.WITHDRAWN else None
        return None

    def _text(self, event: ConsentEvent, column: HistoryColumn) -> str:
        texts = {
            HistoryColumn.MOMENT: lambda: format_datetime_nl(event.occurred_at),
            HistoryColumn.EVENT: lambda: event.kind.label(self.language),
            HistoryColumn.METHOD: lambda: event.method.label(self.language),
            HistoryColumn.STATEMENT_VERSION: lambda: event.statement_version,
            HistoryColumn.RECORDED_BY: lambda: event.recorded_by,
            HistoryColumn.GUARDIAN: lambda: event.guardian,
            HistoryColumn.EVIDENCE: lambda: event.evidence_name,
            HistoryColumn.DECISIONS: lambda: event.decisions,
            HistoryColumn.NOTE: lambda: event.note,
        }
        return texts[column]()
