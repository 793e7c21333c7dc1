"""The requests list and timeline models: Qt's model rules, the colours and words of the clock, step texts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from request_helpers import client_with_data, open_request, verified_request

from calqi_desktop.domain.requests import (
    RequestListRow,
    RequestOutcome,
    RequestStatus,
    RequestStep,
    RequestType,
    StepKind,
    first_deadline,
)
from calqi_desktop.gui.request_model import (
    ROW_ROLE,
    RequestColumn,
    RequestListModel,
    StepColumn,
    StepModel,
    days_left_text,
    step_text,
)
from calqi_desktop.services import requests
from calqi_desktop.services.workspace import Workspace

TODAY = date(2026, 3, 10)


def row(
    request_id: int, deadline: date, status: RequestStatus = RequestStatus.IN_PROGRESS, **kw
) -> RequestListRow:
    received = kw.pop("received_on", deadline - timedelta(days=30))
    return RequestListRow(
        id=request_id,
        reference=f"AVG-2026-{request_id:04d}",
        request_type=kw.pop("request_type", RequestType.ACCESS),
        received_on=received,
        deadline=deadline,
        subject_name=kw.pop("subject_name", "Karel van Zwartvlieg"),
        client_number=kw.pop("client_number", "K-0001"),
        status=status,
        outcome=kw.pop("outcome", None),
    )


def cells(model: RequestListModel, index: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    return [model.index(index, column).data(role) for column in RequestColumn]


def colour(model: RequestListModel, index: int) -> str | None:
    brush = model.index(index, RequestColumn.DAYS_LEFT).data(Qt.ItemDataRole.BackgroundRole)
    return brush.color().name() if isinstance(brush, QBrush) else None


def test_the_model_passes_the_model_tester_with_rows_from_a_real_vault(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    client_id = client_with_data(workspace)
    open_request(workspace, client_id, RequestType.ACCESS)
    verified_request(workspace, client_id, RequestType.ERASURE, received_on=date.today() - timedelta(days=40))
    open_request(workspace, client_id, RequestType.RESTRICTION)
    model = RequestListModel()
    model.set_rows(requests.list_requests(workspace))
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    first = model.index(0, 0).data(ROW_ROLE)
    assert first.request_type is RequestType.ERASURE  # soonest deadline first: the overdue one
    assert model.index(0, RequestColumn.SUBJECT).data().endswith(")")  # "name (client number)"
    model.set_rows([])
    qtmodeltester.check(model)


def test_overdue_red_due_soon_amber_on_track_plain_and_words_beside_the_colour() -> None:
    model = RequestListModel(today=TODAY)
    model.set_rows(
        [
            row(1, TODAY - timedelta(days=3)),
            row(2, TODAY + timedelta(days=5)),
            row(3, TODAY + timedelta(days=7)),
            row(4, TODAY + timedelta(days=8)),
            row(5, TODAY - timedelta(days=1), RequestStatus.CLOSED, outcome=RequestOutcome.GRANTED),
            row(6, TODAY),
        ]
    )
    assert colour(model, 0) == "#fde2e1"
    assert model.index(0, RequestColumn.DAYS_LEFT).data() == "3 dagen te laat"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Termijn verstreken"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#1f1f1f"
    assert colour(model, 1) == "#fff4d6"
    assert model.index(1, RequestColumn.DAYS_LEFT).data() == "nog 5 dagen"
    assert model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole) == "Termijn binnen 7 dagen"
    assert colour(model, 2) == "#fff4d6"  # seven days: still due soon
    assert colour(model, 3) is None and model.index(3, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) == "Op tijd"
    assert colour(model, 4) is None  # closed after its deadline: no alarm any more
    assert model.index(4, RequestColumn.DAYS_LEFT).data() == ""
    assert model.index(4, RequestColumn.STATUS).data() == "Toegekend"
    assert colour(model, 5) == "#fff4d6" and model.index(5, RequestColumn.DAYS_LEFT).data() == "vandaag"
    assert cells(model, 0)[:5] == [
        "AVG-2026-0001",
        "Inzage",
        "Karel van Zwartvlieg (K-0001)",
        "05-02-2026",
        "07-03-2026",
    ]
    assert model.index(1, RequestColumn.STATUS).data() == "In behandeling"
    model.set_today(TODAY + timedelta(days=6))  # a day later the amber row turns red
    assert colour(model, 1) == "#fde2e1" and model.index(1, RequestColumn.DAYS_LEFT).data() == "1 dag te laat"


def test_a_requester_not_in_the_vault_shows_without_a_client_number() -> None:
    model = RequestListModel(today=TODAY)
    model.set_rows([row(1, TODAY + timedelta(days=20), subject_name="Fenna Zwaluwstaart", client_number="")])
    assert model.index(0, RequestColumn.SUBJECT).data() == "Fenna Zwaluwstaart"
    assert model.row_of(1) == 0 and model.row_of(2) is None


@pytest.mark.parametrize(
    ("days", "text", "elapsed"),
    [
        (12, "nog 12 dagen", "nog 12 dagen"),
        (1, "nog 1 dag", "nog 1 dag"),
        (0, "vandaag", "vandaag"),
        (-1, "1 dag te laat", "1 dag verstreken"),
        (-9, "9 dagen te laat", "9 dagen verstreken"),
    ],
)
def test_days_left_in_words(days: int, text: str, elapsed: str) -> None:
    deadline = first_deadline(date(2028, 1, 31))  # 29-02-2028: a leap-year month end
    assert deadline == date(2028, 2, 29)
    today = deadline - timedelta(days=days)
    assert days_left_text(deadline, today) == text
    assert days_left_text(deadline, today, elapsed=True) == elapsed


def step(kind: StepKind, detail: str = "", note: str = "") -> RequestStep:
    return RequestStep(1, kind, datetime(2026, 3, 10, 14, 5), "Bea Beheer", note, detail)


def test_step_texts_spell_out_their_codes() -> None:
    assert (
        step_text(step(StepKind.LETTER_MADE, "acknowledgement"), "nl")
        == "Brief gemaakt: Ontvangstbevestiging"
    )
    assert step_text(step(StepKind.CLOSED, "partly-granted"), "nl") == "Verzoek afgehandeld: Deels toegekend"
    assert step_text(step(StepKind.EXTENDED, "2"), "nl") == "Termijn verlengd: 2 maanden"
    assert step_text(step(StepKind.ACCESS_REPORT_MADE, "protected"), "nl") == (
        "Inzageoverzicht gemaakt: met wachtwoord"
    )
    assert step_text(step(StepKind.IDENTITY_VERIFIED, "known-email"), "en") == (
        "Identity verified: Known e-mail address"
    )
    assert step_text(step(StepKind.RECTIFIED, "3"), "nl") == "Dossier gecorrigeerd"  # a count, not shown
    assert step_text(step(StepKind.LETTER_MADE, "no-such-letter"), "nl") == "Brief gemaakt"


def test_the_timeline_model(qtmodeltester: ModelTester) -> None:
    model = StepModel()
    model.set_rows(
        [step(StepKind.RECEIVED), step(StepKind.EXTENDED, "1", note="Complex verzoek:\nveel jaren")]
    )
    qtmodeltester.check(model)
    assert [model.index(1, column).data() for column in StepColumn] == [
        "10-03-2026 14:05",
        "Termijn verlengd: 1 maand",
        "Bea Beheer",
        "Complex verzoek: veel jaren",
    ]
    assert model.index(1, StepColumn.NOTE).data(Qt.ItemDataRole.ToolTipRole) == "Complex verzoek:\nveel jaren"
