"""The request clock: one calendar month as EU law counts it, the four-week target, extensions, urgency."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from calqi_desktop.domain.requests import (
    DUE_SOON_DAYS,
    DataSubjectRequest,
    Extension,
    RequestChannel,
    Requester,
    RequestListRow,
    RequestStatus,
    RequestType,
    Urgency,
    add_months,
    extended_deadline,
    first_deadline,
    internal_target,
    reference_for,
    urgency,
)


@pytest.mark.parametrize(
    ("received", "deadline"),
    [
        (date(2026, 1, 31), date(2026, 2, 28)),
        (date(2028, 1, 31), date(2028, 2, 29)),
        (date(2026, 1, 30), date(2026, 2, 28)),
        (date(2028, 1, 30), date(2028, 2, 29)),
        (date(2026, 1, 29), date(2026, 2, 28)),
        (date(2028, 1, 29), date(2028, 2, 29)),
        (date(2026, 1, 28), date(2026, 2, 28)),
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 5, 31), date(2026, 6, 30)),
        (date(2026, 8, 31), date(2026, 9, 30)),
        (date(2026, 10, 31), date(2026, 11, 30)),
        (date(2026, 12, 31), date(2027, 1, 31)),
        (date(2026, 3, 15), date(2026, 4, 15)),
        (date(2026, 2, 28), date(2026, 3, 28)),
        (date(2028, 2, 29), date(2028, 3, 29)),
        (date(2100, 1, 31), date(2100, 2, 28)),  # 2100 is no leap year (divisible by 100, not by 400)
        (date(2000, 1, 31), date(2000, 2, 29)),  # 2000 is one (divisible by 400)
    ],
)
def test_first_deadline_is_one_calendar_month(received: date, deadline: date) -> None:
    assert first_deadline(received) == deadline


@pytest.mark.parametrize(
    ("received", "months", "deadline"),
    [
        (date(2026, 1, 31), 2, date(2026, 4, 28)),  # from the clipped 28-02, never lengthened to 30-04
        (date(2026, 1, 31), 1, date(2026, 3, 28)),
        (date(2026, 11, 30), 2, date(2027, 2, 28)),
        (date(2027, 11, 30), 2, date(2028, 2, 29)),
        (date(2027, 12, 31), 2, date(2028, 3, 31)),  # first 31-01-2028, then two more months
        (date(2027, 12, 31), 1, date(2028, 2, 29)),
        (date(2026, 3, 15), 2, date(2026, 6, 15)),
    ],
)
def test_extended_deadline_counts_on_from_the_first(received: date, months: int, deadline: date) -> None:
    assert extended_deadline(received, months) == deadline


@pytest.mark.parametrize("months", [0, 3, -1])
def test_an_extension_is_one_or_two_months(months: int) -> None:
    with pytest.raises(ValueError):
        extended_deadline(date(2026, 1, 1), months)


def test_add_months_refuses_going_back_and_crosses_years() -> None:
    with pytest.raises(ValueError):
        add_months(date(2026, 1, 1), -1)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 5, 31), 0) == date(2026, 5, 31)


@pytest.mark.parametrize("received", [date(2026, 1, 31), date(2028, 2, 29), date(2026, 12, 20)])
def test_internal_target_is_four_weeks(received: date) -> None:
    assert internal_target(received) == received + timedelta(days=28)
    assert (internal_target(received) - received).days == 28


DEADLINE = date(2026, 3, 31)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (DEADLINE - timedelta(days=30), Urgency.ON_TRACK),
        (DEADLINE - timedelta(days=DUE_SOON_DAYS + 1), Urgency.ON_TRACK),
        (DEADLINE - timedelta(days=DUE_SOON_DAYS), Urgency.DUE_SOON),
        (DEADLINE - timedelta(days=1), Urgency.DUE_SOON),
        (DEADLINE, Urgency.DUE_SOON),
        (DEADLINE + timedelta(days=1), Urgency.OVERDUE),
        (DEADLINE + timedelta(days=40), Urgency.OVERDUE),
    ],
)
def test_urgency_boundaries(today: date, expected: Urgency) -> None:
    assert urgency(DEADLINE, today) is expected


def test_a_closed_request_has_no_urgency() -> None:
    assert urgency(DEADLINE, DEADLINE + timedelta(days=5), closed=True) is Urgency.CLOSED


def request(received: date, **changes: object) -> DataSubjectRequest:
    base = DataSubjectRequest(
        id=1,
        reference=reference_for(received.year, 1),
        request_type=RequestType.ACCESS,
        received_on=received,
        channel=RequestChannel.LETTER,
        client_id=1,
        client_number="K-000001",
        subject_name="J. de Vries",
        requester=Requester(),
        description="",
        status=RequestStatus.IN_PROGRESS,
        outcome=None,
        outcome_grounds="",
        identity=None,
        identity_failed_reason="",
        extension=None,
        closed_on=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_may_extend_up_to_and_including_the_first_deadline_and_once() -> None:
    received = date(2026, 1, 31)
    open_request = request(received)
    assert open_request.may_extend_on(date(2026, 2, 28))
    assert not open_request.may_extend_on(date(2026, 3, 1))
    extended = replace(open_request, extension=Extension(2, "Veel stukken", date(2026, 2, 10), "Bea"))
    assert not extended.may_extend_on(date(2026, 2, 11))
    assert not replace(open_request, status=RequestStatus.CLOSED).may_extend_on(date(2026, 2, 1))


def test_the_deadline_that_counts_follows_the_extension() -> None:
    received = date(2026, 1, 31)
    plain = request(received)
    assert plain.deadline == plain.first_deadline == date(2026, 2, 28)
    assert plain.internal_target == date(2026, 2, 28)
    extended = replace(plain, extension=Extension(2, "Veel stukken", date(2026, 2, 10), "Bea"))
    assert extended.deadline == date(2026, 4, 28)
    assert extended.urgency(date(2026, 3, 15)) is Urgency.ON_TRACK
    assert plain.urgency(date(2026, 3, 15)) is Urgency.OVERDUE
    assert replace(plain, status=RequestStatus.CLOSED).urgency(date(2026, 3, 15)) is Urgency.CLOSED


def test_list_row_urgency() -> None:
    row = RequestListRow(
        id=1,
        reference="AVG-2026-0001",
        request_type=RequestType.ERASURE,
        received_on=date(2026, 1, 31),
        deadline=date(2026, 2, 28),
        subject_name="",
        client_number="",
        status=RequestStatus.AWAITING_IDENTITY,
        outcome=None,
    )
    assert row.urgency(date(2026, 2, 21)) is Urgency.DUE_SOON
    assert row.urgency(date(2026, 2, 20)) is Urgency.ON_TRACK
    assert replace(row, status=RequestStatus.CLOSED).urgency(date(2026, 3, 1)) is Urgency.CLOSED


def test_reference_for() -> None:
    assert reference_for(2026, 7) == "AVG-2026-0007"
    assert reference_for(2027, 1234) == "AVG-2027-1234"


def test_only_information_needs_no_dossier_and_every_right_names_its_article() -> None:
    assert [t for t in RequestType if not t.needs_client] == [RequestType.INFORMATION]
    assert RequestType.ACCESS.article == "art. 15"
    assert all(t.article.startswith("art.") for t in RequestType)
    assert RequestType.ERASURE.label() == "Wissing (vergetelheid)"
    assert RequestType.ERASURE.label("en") == "Erasure"
