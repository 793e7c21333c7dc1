"""The program's one CSV writer: safe to open in a spreadsheet, readable by Dutch Excel.

Every CSV the program makes goes through `csv_bytes`:

* **Formula injection is neutralised** (OWASP, DESIGN.md §6): a cell that starts
  with `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote in
  front, so a spreadsheet shows it as text instead of running it. This holds
  for *every* such cell, a negative number like `-5` included (it arrives as
  the text `'-5`): telling a harmless number from a crafted one is exactly the
  guess attackers exploit, and our exports carry ids, codes and dates, not sums
  to add up. Readers that want the original strip one leading quote before a
  dangerous character (`restore`).
* **Dutch Excel opens it as columns**: UTF-8 with a byte-order mark (without
  it Excel reads the file as Windows-1252 and garbles é and ë) and `;` as the
  delimiter (Dutch Excel expects `;` because `,` is the decimal comma).
  Quoting is minimal: cells holding `;`, `"` or a line break are quoted, with
  `"` doubled, so any `csv.reader(..., delimiter=";")` reads the cells back.
* Dates: `date` cells as dd-mm-jjjj, aware `datetime` cells as
  dd-mm-jjjj HH:MM:SS in local time; callers that need a moment for machines
  add an ISO 8601 UTC column beside it.

It returns bytes and touches no file: the service writes them with
`storage.files.write_atomically` (export sits above nothing but `domain`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from calqi_desktop.domain.formatting import format_date_nl, format_timestamp_nl

DELIMITER = ";"
ENCODING = "utf-8-sig"  # UTF-8 with the byte-order mark Excel looks for
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | date | None


def neutralise(text: str) -> str:
    """`text` with a single quote in front when a spreadsheet could take it for a formula."""
    return "'" + text if text.startswith(DANGEROUS_STARTS) else text


def restore(text: str) -> str:
    """Undo `neutralise` (for programs reading our CSV back)."""
    if text.startswith("'") and text[1:].startswith(DANGEROUS_STARTS):
        return text[1:]
    return text


def cell_text(value: Cell) -> str:
    """The neutralised text of one cell. Floats and other types are refused on purpose."""
    if value is None:
        text = ""
    elif isinstance(value, bool):
        raise TypeError("CSV cells take text, whole numbers and dates; say in words what a flag means")
    elif isinstance(value, str):
        text = value
    elif isinstance(value, int):
        text = str(value)
    elif isinstance(value, datetime):
        text = format_timestamp_nl(value)
    elif isinstance(value, date):
        text = format_date_nl(value)
    else:
        raise TypeError(f"CSV cells take text, whole numbers and dates, not {type(value).__name__}")
    return neutralise(text)


def csv_text(rows: Iterable[Sequence[Cell]], header: Sequence[str] | None = None) -> str:
    """The CSV as text (no byte-order mark): `;`-separated, minimal quoting, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    if header is not None:
        writer.writerow([cell_text(name) for name in header])
    for row in rows:
        writer.writerow([cell_text(value) for value in row])
    return buffer.getvalue()


def csv_bytes(rows: Iterable[Sequence[Cell]], header: Sequence[str] | None = None) -> bytes:
    """The CSV file's bytes: UTF-8 with BOM, ready for `write_atomically`."""
    return csv_text(rows, header).encode(ENCODING)
