"""Back-off after failed sign-ins grows and is capped."""

import itertools

from calqi_desktop.domain import backoff


def test_first_attempts_are_free() -> None:
    assert [backoff.delay_after(n) for n in range(backoff.FREE_ATTEMPTS)] == [0, 0, 0]


def test_delay_doubles_then_caps() -> None:
    delays = [backoff.delay_after(n) for n in range(3, 20)]
    assert delays[:4] == [2, 4, 8, 16]
    assert all(b >= a for a, b in itertools.pairwise(delays))
    assert max(delays) == backoff.MAX_DELAY_SECONDS
    assert backoff.delay_after(10_000) == backoff.MAX_DELAY_SECONDS


def test_seconds_left_counts_down() -> None:
    assert backoff.seconds_left(4, last_failure_at=100.0, now=100.0) == 4
    assert backoff.seconds_left(4, last_failure_at=100.0, now=102.5) == 2
    assert backoff.seconds_left(4, last_failure_at=100.0, now=104.0) == 0
    assert backoff.seconds_left(1, last_failure_at=100.0, now=100.0) == 0
