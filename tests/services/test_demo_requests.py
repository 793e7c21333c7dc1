"""The demo vault's data-subject requests: one in every state the screens show, valid by the services' rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from calqi_desktop.domain.requests import RequestOutcome, RequestStatus, RequestType, StepKind, Urgency
from calqi_desktop.services import demo, demo_requests, requests
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF


@pytest.fixture(params=[date(2026, 3, 2), date(2028, 3, 1)], ids=["march-2026", "leap-2028"])
def demo_vault(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Workspace, date]]:
    today = request.param
    workspace, _code = demo.create_demo_vault(tmp_path / "demo", kdf=TEST_ONLY_KDF, clients=40, today=today)
    yield workspace, today
    if workspace.is_open:
        workspace.sign_out()


def test_every_state_is_there_relative_to_today(demo_vault: tuple[Workspace, date]) -> None:
    workspace, today = demo_vault
    rows = requests.list_requests(workspace, open_only=False)
    assert len(rows) == 8
    opened = [row for row in rows if row.status is not RequestStatus.CLOSED]
    urgencies = Counter(row.urgency(today) for row in opened)
    assert urgencies[Urgency.OVERDUE] == 1
    assert urgencies[Urgency.DUE_SOON] == 2
    outcomes = Counter(row.outcome for row in rows if row.status is RequestStatus.CLOSED)
    assert outcomes == Counter({RequestOutcome.GRANTED: 1, RequestOutcome.IDENTITY_FAILED: 1})

    full = [requests.get(workspace, row.id, audit=False) for row in rows]
    [extended] = [r for r in full if r.extension is not None]
    assert extended.extension is not None and extended.extension.reason and extended.extension.months == 2
    assert (
        extended.deadline > extended.first_deadline
        and extended.extension.decided_on <= extended.first_deadline
    )
    [stranger] = [r for r in full if r.client_id is None]
    assert stranger.status is RequestStatus.AWAITING_IDENTITY
    assert stranger.requester.name == demo_requests.DEMO_REQUESTER.name
    assert stranger.requester.email.endswith(".example")
    [granted] = [r for r in full if r.outcome is RequestOutcome.GRANTED]
    assert StepKind.ACCESS_REPORT_MADE in {step.kind for step in granted.steps}  # the work, then granted
    [restricted] = [r for r in full if r.request_type is RequestType.RESTRICTION]
    assert restricted.client_restricted and restricted.is_open
    assert StepKind.RESTRICTION_SET in {step.kind for step in restricted.steps}
    for request in full:
        assert request.received_on <= today
        assert all(step.kind is not StepKind.CLOSED for step in request.steps) == request.is_open
        if request.identity is not None:
            assert request.received_on <= request.identity.checked_on <= today
        if request.closed_on is not None:
            assert request.received_on <= request.closed_on <= today
    references = [r.reference for r in full]
    assert len(set(references)) == len(references)


def test_a_vault_without_clients_gets_no_requests(tmp_path: Path) -> None:
    workspace, _code = demo.create_demo_vault(tmp_path / "leeg", kdf=TEST_ONLY_KDF, clients=0)
    try:
        assert requests.list_requests(workspace, open_only=False) == []
        assert demo_requests.create_demo_requests(workspace) == []
    finally:
        workspace.sign_out()
