"""Dutch formats for dates and money, the same on screen and on paper.

Dates are dd-mm-jjjj (24-11-2026), long dates '24 november 2026' for letters,
money '€ 1.234,56' (Babel, with Decimal; negative '€ -1.234,56').
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency


def _local(moment: datetime) -> datetime:
    """Aware moments in local time (an office prints its own clock); naive ones as they are."""
    return moment.astimezone() if moment.tzinfo is not None else moment


def format_date_nl(value: date) -> str:
    """'24-11-2026' (dd-mm-jjjj). A datetime counts by its local date."""
    if isinstance(value, datetime):
        value = _local(value).date()
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def format_timestamp_nl(moment: datetime) -> str:
    """'24-11-2026 21:05:47': aware moments in local time, naive ones as they are."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{format_date_nl(local.date())} {local:%H:%M:%S}"


def format_datetime_nl(value: datetime) -> str:
    """'24-11-2026 14:05' (24-hour clock); aware moments are shown in local time."""
    value = _local(value)
    return f"{format_date_nl(value.date())} {value.hour:02d}:{value.minute:02d}"


def format_date_long_nl(value: date) -> str:
    """'24 november 2026', for letters."""
    if isinstance(value, datetime):
        value = _local(value).date()
    return str(babel_format_date(value, "d MMMM y", locale="nl_NL"))


def format_money_nl(amount: Decimal | int) -> str:
    """'€ 1.234,56'; negative '€ -1.234,56'. Rounded half up to cents; no-break space after '€'.

    Floats are refused: money is never a binary fraction.
    """
    if isinstance(amount, float | bool) or not isinstance(amount, Decimal | int):
        raise TypeError(f"money must be Decimal or int, not {type(amount).__name__}")
    cents = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if cents == 0:
        cents = Decimal("0.00")  # never '€ -0,00'
    return str(format_currency(cents, "EUR", locale="nl_NL"))
