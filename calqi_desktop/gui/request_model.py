"""The requests list and a request's timeline as Qt table models, and how the clock reads on screen.

`RequestListModel` holds `RequestListRow`s: reference, type, subject,
received, deadline, days left and status. A row whose deadline has passed is
red, one due within seven days amber — with dark text, and never colour
alone: the "Dagen" column says "3 dagen te laat" or "nog 5 dagen" and the
tooltip names the urgency. `StepModel` holds the `RequestStep`s of one
request, oldest first. Both hold rows, never sessions; `today` is given so
the colours can be checked on any day.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from calqi_desktop.domain.formatting import format_date_nl, format_datetime_nl
from calqi_desktop.domain.labels import Labelled
from calqi_desktop.domain.requests import (
    IdentityMethod,
    LetterKind,
    RequestListRow,
    RequestOutcome,
    RequestStatus,
    RequestStep,
    StepKind,
    Urgency,
)
from calqi_desktop.gui.table_model import RowTableModel

ROW_ROLE = Qt.ItemDataRole.UserRole  # the `RequestListRow` of a row

#: Background of a row (and of the window's deadline panel) by urgency; others keep the palette.
URGENCY_BACKGROUND: dict[Urgency, str] = {Urgency.OVERDUE: "#fde2e1", Urgency.DUE_SOON: "#fff4d6"}
#: The text on those backgrounds: dark, also under a dark desktop theme.
URGENCY_TEXT = "#1f1f1f"


def days_left_text(deadline: date, today: date, *, elapsed: bool = False) -> str:
    """'nog 5 dagen', 'nog 1 dag', 'vandaag', '1 dag te laat', '3 dagen te laat' — or, with `elapsed`,
    '1 dag verstreken', '3 dagen verstreken' (the window's deadline panel)."""
    days = (deadline - today).days
    if days == 0:
        return QCoreApplication.translate("request_model", "vandaag")
    if days == 1:
        return QCoreApplication.translate("request_model", "nog 1 dag")
    if days > 1:
        return QCoreApplication.translate("request_model", "nog %1 dagen").replace("%1", str(days))
    if days == -1:
        return (
            QCoreApplication.translate("request_model", "1 dag verstreken")
            if elapsed
            else QCoreApplication.translate("request_model", "1 dag te laat")
        )
    late = str(-days)
    return (
        QCoreApplication.translate("request_model", "%1 dagen verstreken")
        if elapsed
        else QCoreApplication.translate("request_model", "%1 dagen te laat")
    ).replace("%1", late)


def status_text(status: RequestStatus, outcome: RequestOutcome | None, language: str) -> str:
    """The status, or for a closed request how it ended ('Toegekend')."""
    if status is RequestStatus.CLOSED and outcome is not None:
        return outcome.label(language)
    return status.label(language)


def step_text(step: RequestStep, language: str) -> str:
    """The step's label, with its short code spelled out where it says something ('Brief gemaakt:
    Ontvangstbevestiging', 'Termijn verlengd: 2 maanden')."""
    label = step.kind.label(language)
    detail = _detail_text(step, language)
    return f"{label}: {detail}" if detail else label


def _detail_text(step: RequestStep, language: str) -> str:
    code = step.detail
    if not code:
        return ""
    by_kind: dict[StepKind, type[Labelled]] = {
        StepKind.LETTER_MADE: LetterKind,
        StepKind.CLOSED: RequestOutcome,
        StepKind.IDENTITY_VERIFIED: IdentityMethod,
    }
    labelled = by_kind.get(step.kind)
    if labelled is not None:
        try:
            return labelled(code).label(language)
        except ValueError:
            return ""
    if step.kind is StepKind.EXTENDED and code.isdigit():
        return (
            QCoreApplication.translate("request_model", "1 maand")
            if code == "1"
            else QCoreApplication.translate("request_model", "%1 maanden").replace("%1", code)
        )
    if step.kind is StepKind.ACCESS_REPORT_MADE:
        return {
            "protected": QCoreApplication.translate("request_model", "met wachtwoord"),
            "plain": QCoreApplication.translate("request_model", "zonder wachtwoord"),
        }.get(code, "")
    return ""


def urgency_brush(urgency: Urgency) -> QBrush | None:
    colour = URGENCY_BACKGROUND.get(urgency)
    return QBrush(QColor(colour)) if colour else None


class RequestColumn(IntEnum):
    """The columns of the requests list, in display order."""

    REFERENCE = 0
    TYPE = 1
    SUBJECT = 2
    RECEIVED = 3
    DEADLINE = 4
    DAYS_LEFT = 5
    STATUS = 6


class RequestListModel(RowTableModel[RequestListRow]):
    """Read-only rows of the requests list, coloured by how the clock stands on `today`."""

    columns = RequestColumn

    def __init__(
        self, language: str = "nl", parent: QObject | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(language, parent)
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    def set_today(self, today: date | None) -> None:
        """Count from `today` (None: the real today); the colours follow."""
        self._today = today
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(RequestColumn) - 1))

    def row_of(self, request_id: int) -> int | None:
        return next((row for row, item in enumerate(self._rows) if item.id == request_id), None)

    def header(self, column: RequestColumn) -> str:
        return {
            RequestColumn.REFERENCE: self.tr("Kenmerk"),
            RequestColumn.TYPE: self.tr("Soort"),
            RequestColumn.SUBJECT: self.tr("Betrokkene"),
            RequestColumn.RECEIVED: self.tr("Ontvangen"),
            RequestColumn.DEADLINE: self.tr("Termijn"),
            RequestColumn.DAYS_LEFT: self.tr("Dagen"),
            RequestColumn.STATUS: self.tr("Status"),
        }[column]

    def header_tooltip(self, column: RequestColumn) -> str | None:
        if column == RequestColumn.DEADLINE:
            return self.tr(
                "De wettelijke termijn: één kalendermaand na ontvangst, of later na een verlenging"
            )
        return None

    def cell(self, item: RequestListRow, column: RequestColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == ROW_ROLE:
            return item
        urgency = item.urgency(self.today)
        if role == Qt.ItemDataRole.BackgroundRole:
            return urgency_brush(urgency)
        if role == Qt.ItemDataRole.ForegroundRole and urgency in URGENCY_BACKGROUND:
            return QBrush(QColor(URGENCY_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole:
            return urgency.label(self.language)
        return None

    def _text(self, item: RequestListRow, column: RequestColumn) -> str:
        if column == RequestColumn.REFERENCE:
            return item.reference
        if column == RequestColumn.TYPE:
            return item.request_type.label(self.language)
        if column == RequestColumn.SUBJECT:
            if item.client_number:
                return f"{item.subject_name} ({item.client_number})"
            return item.subject_name
        if column == RequestColumn.RECEIVED:
            return format_date_nl(item.received_on)
        if column == RequestColumn.DEADLINE:
            return format_date_nl(item.deadline)
        if column == RequestColumn.DAYS_LEFT:
            return "" if item.status is RequestStatus.CLOSED else days_left_text(item.deadline, self.today)
        return status_text(item.status, item.outcome, self.language)


class StepColumn(IntEnum):
    """The columns of a request's timeline."""

    WHEN = 0
    STEP = 1
    BY = 2
    NOTE = 3


class StepModel(RowTableModel[RequestStep]):
    """The timeline of one request, oldest step first."""

    columns = StepColumn

    def header(self, column: StepColumn) -> str:
        return {
            StepColumn.WHEN: self.tr("Wanneer"),
            StepColumn.STEP: self.tr("Stap"),
            StepColumn.BY: self.tr("Door"),
            StepColumn.NOTE: self.tr("Toelichting"),
        }[column]

    def cell(self, step: RequestStep, column: StepColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == StepColumn.WHEN:
                return format_datetime_nl(step.occurred_at)
            if column == StepColumn.STEP:
                return step_text(step, self.language)
            if column == StepColumn.BY:
                return step.by
            return " ".join(step.note.split())
        if role == Qt.ItemDataRole.ToolTipRole and column == StepColumn.NOTE and step.note:
            return step.note
        return None
