"""Blocks for forms, letters and overviews, on the shared PDF layer (`export.pdf`).

The client a document is about (`DocumentClient`, never special data), tick
boxes and Ja/Nee choices to fill in by hand, and a data table whose header
row repeats on every page. Like every block of the layer, each escapes the
text it is given before it reaches a Paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Table

from calqi_desktop.domain.clients import ClientKind, Dossier
from calqi_desktop.export.pdf import ACCENT, FONT, RULE, key_values, para, paragraph, spacer, table

#: The empty box to tick by hand.
BOX = "\u2610"


@dataclass(frozen=True)
class DocumentClient:
    """The client a document is about or addressed to. Never special data (no BSN, no birth date)."""

    number: str
    name: str
    address_lines: tuple[str, ...] = ()
    organisation: bool = False

    @classmethod
    def from_dossier(cls, dossier: Dossier) -> DocumentClient:
        """Number, name and the first address (on one line) of a dossier."""
        addresses = dossier.draft.addresses
        return cls(
            number=dossier.draft.client_number,
            name=dossier.name,
            address_lines=(addresses[0].one_line(),) if addresses else (),
            organisation=dossier.draft.kind == ClientKind.ORGANISATION,
        )


def client_details(client: DocumentClient) -> Flowable:
    """The client as labels and values: Naam (Organisatie), Klantnummer and Adres when known."""
    rows = [("Organisatie" if client.organisation else "Naam", client.name), ("Klantnummer", client.number)]
    if client.address_lines:
        rows.append(("Adres", "\n".join(client.address_lines)))
    return key_values(rows)


def addressee(client: DocumentClient) -> Flowable:
    """The client's name over the address lines, as at the top of a letter."""
    return para("\n".join([client.name, *client.address_lines]), "body")


def tick_list(items: Iterable[str | tuple[str, str]]) -> Flowable:
    """Lines that each start with an empty box to tick ('☐ Inzage'); an item is a text or (lead, text)."""
    entries = []
    for item in items:
        lead, text = item if isinstance(item, tuple) else ("", item)
        entries.append(ListItem(para(text, "body", lead=lead)))
    return ListFlowable(
        entries,
        bulletType="bullet",
        start=BOX,
        bulletFontName=FONT,
        bulletFontSize=12,
        leftIndent=7 * mm,
        bulletDedent=6 * mm,
        spaceAfter=1 * mm,
    )


def keep_together(blocks: Sequence[Flowable]) -> Flowable:
    """Blocks kept on one page when they fit on one (a heading with its signature lines).

    Use this rather than ReportLab's `KeepTogether` around blocks that keep
    themselves together (`signature_fields`, `choice`): a nested KeepTogether
    reports itself as too tall, which forces a page break before the group
    every time. Their contents are taken in here instead.
    """
    flat: list[Flowable] = []
    for block in blocks:
        flat.extend(block._content if isinstance(block, KeepTogether) else [block])
    return KeepTogether(flat)


def _write_in_lines(labels: Sequence[str]) -> Table:
    return table(
        [[para(label, "label"), ""] for label in labels],
        [45 * mm, "*"],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
        ],
        rowHeights=[10 * mm] * len(labels),
        spaceBefore=0,
        spaceAfter=0,
    )


def choice(
    question: str,
    description: str = "",
    *,
    options: Sequence[str] = ("Ja", "Nee"),
    notes: Sequence[str] = (),
    write_in: Sequence[str] = (),
) -> Flowable:
    """One question answered by ticking a box ('☐ Ja  ☐ Nee'), boxed and kept on one page.

    The question is bold, the description and each note follow it, then the
    boxes, then a line to write on for each label in `write_in` ('Naam ontvanger').
    All texts are escaped.
    """
    cells: list[Flowable] = [para(question, "notice")]
    if description:
        cells.append(para(description, "value"))
    cells.extend(para(note, "small") for note in notes)
    if options:
        cells.append(
            table(
                [[para(f"{BOX} {option}", "value") for option in options]],
                [35 * mm] * len(options),
                [("LEFTPADDING", (0, 0), (-1, -1), 0)],
                spaceBefore=1 * mm,
                spaceAfter=0,
            )
        )
    if write_in:
        cells.append(_write_in_lines(write_in))
    box = table(
        [[cell] for cell in cells],
        ["*"],
        [
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
            ("TOPPADDING", (0, 0), (-1, 0), 2.5 * mm),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 2.5 * mm),
        ],
    )
    return KeepTogether([box])


def data_table(
    header: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    widths_mm: Sequence[float | None] | None = None,
    empty: str = "",
) -> Flowable:
    """Rows of plain text under a header row that repeats at the top of every page the table runs onto.

    Every cell is escaped. `widths_mm` gives each column's width in mm (None:
    share what is left); without it the columns share the width equally. With
    no rows the sentence `empty` is shown instead (nothing when it is empty).
    """
    body = [[para(cell, "cell") for cell in row] for row in rows]
    if not body:
        return paragraph(empty) if empty else spacer(0)
    if any(len(row) != len(header) for row in body) or (
        widths_mm is not None and len(widths_mm) != len(header)
    ):
        raise ValueError("every row and the widths of a data table have as many entries as the header")
    widths = [("*" if width is None else width * mm) for width in (widths_mm or [None] * len(header))]
    return table(
        [[para(cell, "cell_head") for cell in header], *body],
        widths,
        [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F5F8")]),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ],
        repeatRows=1,
    )
