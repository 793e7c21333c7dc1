"""Growing back-off after failed sign-ins.

Three free tries, then a wait that doubles with each further failure: 2 s,
4 s, 8 s … up to 15 minutes. The count is kept outside the encrypted
database (it must work before the vault is unlocked) and survives a restart.
"""

from __future__ import annotations

FREE_ATTEMPTS = 3
FIRST_DELAY_SECONDS = 2
MAX_DELAY_SECONDS = 15 * 60


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after `failures` failures in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    exponent = failures - FREE_ATTEMPTS
    if exponent >= 20:
        return MAX_DELAY_SECONDS
    return min(FIRST_DELAY_SECONDS * 2**exponent, MAX_DELAY_SECONDS)


def seconds_left(failures: int, last_failure_at: float, now: float) -> int:
    """Whole seconds still to wait (0 = may try now)."""
    wait = delay_after(failures) - (now - last_failure_at)
    return max(0, int(wait + 0.999))
