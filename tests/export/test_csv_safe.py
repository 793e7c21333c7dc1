"""The one CSV writer: formula injection neutralised, Dutch Excel's encoding and delimiter, round trips."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from calqi_desktop.domain.formatting import format_timestamp_nl
from calqi_desktop.export.csv_safe import (
    DANGEROUS_STARTS,
    cell_text,
    csv_bytes,
    csv_text,
    neutralise,
    restore,
)


def read_back(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "+31 6 1234", "-2+3", "@SUM(A1:A2)", "\t=cmd", "\r=cmd", '=HYPERLINK("http://x";"klik")'],
)
def test_every_dangerous_start_gets_a_quote(cell: str) -> None:
    assert neutralise(cell) == "'" + cell
    [[written]] = read_back(csv_bytes([[cell]]))
    assert written == "'" + cell
    assert restore(written) == cell


def test_the_list_of_dangerous_starts_is_the_design_rule() -> None:
    assert set(DANGEROUS_STARTS) == {"=", "+", "-", "@", "\t", "\r"}


def test_a_negative_number_is_neutralised_too() -> None:
    # Decided with OWASP: every leading minus, so no guessing which ones are harmless.
    assert cell_text(-5) == "'-5"
    assert cell_text("-5") == "'-5"


@pytest.mark.parametrize("cell", ["Jansen", "a=b", "1+1", "2026-11-24", "e-mail", " =1", "'quoted", ""])
def test_harmless_cells_stay_as_they_are(cell: str) -> None:
    assert neutralise(cell) == cell
    assert restore(cell) == cell


def test_bom_delimiter_and_crlf() -> None:
    data = csv_bytes([["a", 1]], header=["Naam", "Aantal"])
    assert data == "\ufeffNaam;Aantal\r\na;1\r\n".encode()


def test_quotes_delimiters_and_newlines_inside_cells_round_trip() -> None:
    cells = ['zei "hallo"', "een;twee", "regel 1\nregel 2", "regel 1\r\nregel 2", "é ë ü €"]
    text = csv_text([cells])
    assert '"zei ""hallo"""' in text and '"een;twee"' in text
    assert read_back(csv_bytes([cells])) == [cells]


def test_header_is_neutralised_and_none_is_empty() -> None:
    assert read_back(csv_bytes([[None, 7]], header=["=Naam", "Aantal"])) == [["'=Naam", "Aantal"], ["", "7"]]


def test_dates_in_dutch_form() -> None:
    assert cell_text(date(2026, 3, 4)) == "04-03-2026"
    naive = datetime(2026, 11, 24, 20, 5, 47, 123456)
    assert cell_text(naive) == "24-11-2026 20:05:47"
    aware = datetime(2026, 11, 24, 20, 5, 47, tzinfo=UTC)
    assert format_timestamp_nl(aware) == format_timestamp_nl(aware.astimezone().replace(tzinfo=None))


@pytest.mark.parametrize("value", [1.5, Decimal("1.50"), True, object()])
def test_other_types_are_refused(value: object) -> None:
    with pytest.raises(TypeError):
        cell_text(value)  # type: ignore[arg-type]
