"""The one PDF layer that every document (forms, letters, reports, sheets) builds on.

A document is a list of blocks (`title`, `heading`, `paragraph`, `key_values`,
`bullet_list`, `notice`, `signature_fields`, `spacer`) handed to `render_pdf`,
which lays them out on A4 under the firm's letterhead, numbers the pages
("Pagina x van y"), prints the date in the footer, sets the metadata and
returns the PDF as bytes; nothing touches the disk. Blocks for forms, letters
and overviews (the client block, tick boxes, choices, data tables) are in
`export.pdf_forms`.

Rules kept here so that no document has to remember them:

- Only the DejaVu fonts from `resources/fonts/` are used, and they are embedded.
  The canvas starts in DejaVu Sans (`initialFontName`), so Helvetica is never
  referenced; for the same reason every table is made by `table()` (which sets
  the cell font) and lists get an explicit bullet font. Characters the font
  lacks are printed as U+FFFD rather than silently dropped (`drawable`).
- Text from users, clients and settings reaches a `Paragraph` only through
  `escape_text` (ReportLab markup can make links and fetch images from URLs).
  Every block escapes what it is given; markup exists only inside this module.
- Dutch formats: dates as dd-mm-jjjj ("24-11-2026") or long ("24 november
  2026"), money as "€ 1.234,56" and "€ -1.234,56" (Babel, with a no-break space
  after the euro sign, rounded half up to whole cents).
"""

from __future__ import annotations

import html
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from calqi_desktop import APP_NAME, __version__
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import (
    format_date_long_nl,
    format_date_nl,
    format_datetime_nl,
    format_money_nl,
)
from calqi_desktop.paths import resource_path

__all__ = [
    "FONT",
    "FONT_BOLD",
    "FONT_MONO",
    "PRODUCER",
    "Letterhead",
    "UnsupportedLogoError",
    "bullet_list",
    "drawable",
    "escape_text",
    "format_date_long_nl",
    "format_date_nl",
    "format_datetime_nl",
    "format_money_nl",
    "heading",
    "key_values",
    "notice",
    "para",
    "paragraph",
    "register_fonts",
    "render_pdf",
    "signature_fields",
    "spacer",
    "styles",
    "table",
    "title",
    "write_to",
]

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"
PRODUCER = f"{APP_NAME} (ReportLab)"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_MONO: "DejaVuSansMono.ttf"}

ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5A6270")
RULE = colors.HexColor("#B8BEC8")
NOTICE_BACK = colors.HexColor("#FDF3E7")
NOTICE_BORDER = colors.HexColor("#C2690F")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
_HEADER_TOP = 12 * mm  # from the top edge to the top of the letterhead
_HEADER_GAP = 8 * mm  # from the letterhead rule to the first block
_LOGO_MAX = (60 * mm, 18 * mm)
_FOOTER_RULE_Y = 17 * mm
_FOOTER_TEXT_Y = 12 * mm
_BOTTOM_MARGIN = 24 * mm

_register_lock = threading.Lock()


def register_fonts() -> None:
    """Register the DejaVu fonts with ReportLab once; later calls do nothing."""
    with _register_lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in _FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # <b> inside our own markup maps to the bold face; there is no italic face, so
        # italic falls back to the upright ones rather than to an unembedded Helvetica.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        pdfmetrics.registerFontFamily(
            FONT_MONO, normal=FONT_MONO, bold=FONT_MONO, italic=FONT_MONO, boldItalic=FONT_MONO
        )


# --- escaping and styles -----------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def escape_text(user_text: str) -> str:
    """Make any text safe for a `Paragraph`: it shows literally and keeps its line breaks.

    Escapes &, < and > (so no tag, link, image or entity from the text takes effect),
    turns each line break into <br/>, tabs into spaces, and drops control characters
    and unpaired surrogates that cannot go into a PDF.
    """
    text = user_text.encode("utf-8", "replace").decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = _CONTROL_CHARS.sub("", text)
    return html.escape(text, quote=False).replace("\n", "<br/>")


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The named paragraph styles: body, title, heading, small, label, value, notice, mono, code,
    and cell / cell_head for the cells of a `data_table`.

    Shared by all documents: derive a variant with `ParagraphStyle(name, parent=...)`
    rather than changing one of these.
    """
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=10,
        leading=14,
        spaceAfter=2 * mm,
        bulletFontName=FONT,
        alignment=TA_LEFT,
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceAfter=5 * mm,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12,
            leading=16,
            textColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=1.5 * mm,
            keepWithNext=1,
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5, textColor=MUTED),
        "label": ParagraphStyle("label", parent=body, fontSize=9, leading=13, textColor=MUTED, spaceAfter=0),
        "value": ParagraphStyle("value", parent=body, spaceAfter=0),
        "notice": ParagraphStyle("notice", parent=body, fontName=FONT_BOLD, spaceAfter=0),
        "mono": ParagraphStyle("mono", parent=body, fontName=FONT_MONO, bulletFontName=FONT_MONO),
        "code": ParagraphStyle(
            "code",
            parent=body,
            fontName=FONT_MONO,
            bulletFontName=FONT_MONO,
            fontSize=20,
            leading=26,
            spaceAfter=0,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=9,
            leading=12,
            spaceAfter=0,
            textColor=colors.white,
        ),
    }


def _style(style: str | ParagraphStyle) -> ParagraphStyle:
    return styles()[style] if isinstance(style, str) else style


@lru_cache(maxsize=8)
def _glyphs(font_name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(code for code in pdfmetrics.getFont(font_name).face.charToGlyph if code <= 0xFFFF)


def drawable(text: str, font_name: str = FONT) -> str:
    """`text` with each character the font cannot show replaced by U+FFFD (the replacement character).

    Characters beyond the Basic Multilingual Plane (emoji) are replaced too: ReportLab
    writes a broken ToUnicode entry for them, so they could not be copied or searched.
    Control characters pass through for `escape_text` to handle.
    """
    glyphs = _glyphs(font_name)
    return "".join(char if _is_control(char) or ord(char) in glyphs else "\ufffd" for char in text)


def _is_control(char: str) -> bool:
    code = ord(char)
    return code < 0x20 or 0x7F <= code <= 0x9F


# --- building blocks ---------------------------------------------------------------------------------


def para(text: str, style: str | ParagraphStyle = "body", *, lead: str = "") -> Paragraph:
    """A paragraph of plain text in a named style; `text` and `lead` are always escaped.

    `lead` is an optional bold lead-in ("Let op:") before the text.
    """
    paragraph_style = _style(style)
    markup = escape_text(drawable(text, paragraph_style.fontName))
    if lead:
        markup = f"<b>{escape_text(drawable(lead, FONT_BOLD))}</b> {markup}"
    return Paragraph(markup, paragraph_style)


def title(text: str) -> Flowable:
    """The document's title, once at the top."""
    return para(text, "title")


def heading(text: str) -> Flowable:
    """A section heading; it stays with the block that follows it."""
    return para(text, "heading")


def paragraph(text: str, *, lead: str = "") -> Flowable:
    """Body text; line breaks in `text` are kept."""
    return para(text, "body", lead=lead)


def spacer(height_mm: float = 5) -> Flowable:
    """Empty vertical space."""
    return Spacer(0, height_mm * mm)


def table(
    data: list[list[Any]], col_widths: list[Any], commands: list[tuple[Any, ...]], **kwargs: Any
) -> Table:
    """A left-aligned table. Build every table with this: it sets the cell font to DejaVu
    (a bare `Table` sets Helvetica, unembedded, even when all its cells are Paragraphs).
    Put text in cells as `para(...)`, never as bare strings.
    """
    kwargs.setdefault("spaceBefore", 1 * mm)
    kwargs.setdefault("spaceAfter", 3 * mm)
    grid = Table(data, colWidths=col_widths, hAlign="LEFT", **kwargs)
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), *commands]))
    return grid


def key_values(rows: Iterable[tuple[str, str]], *, key_width_mm: float = 45) -> Flowable:
    """A two-column table of labels and values ('Kluis-ID' | 'a1b2…'), both escaped."""
    data = [[para(key, "label"), para(value, "value")] for key, value in rows]
    if not data:
        return spacer(0)
    return table(
        data,
        [key_width_mm * mm, "*"],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ],
    )


def bullet_list(items: Iterable[str | tuple[str, str]]) -> Flowable:
    """A bulleted list; an item is a text or a (bold lead-in, text) pair, both escaped."""
    entries = []
    for item in items:
        lead, text = item if isinstance(item, tuple) else ("", item)
        entries.append(ListItem(para(text, "body", lead=lead)))
    return ListFlowable(
        entries,
        bulletType="bullet",
        start="•",
        bulletFontName=FONT,
        bulletFontSize=10,
        bulletColor=ACCENT,
        leftIndent=5 * mm,
        bulletDedent=4 * mm,
        spaceAfter=1 * mm,
    )


def notice(text: str, *, lead: str = "") -> Flowable:
    """A boxed warning in bold, for what the reader must not miss."""
    return table(
        [[para(text, "notice", lead=lead)]],
        ["*"],
        [
            ("BACKGROUND", (0, 0), (-1, -1), NOTICE_BACK),
            ("BOX", (0, 0), (-1, -1), 1, NOTICE_BORDER),
            ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
        ],
    )


def signature_fields(labels: Sequence[str]) -> Flowable:
    """Lines to write on by hand ('Naam', 'Datum', 'Handtekening'), kept on one page."""
    rows = [[para(label, "label"), ""] for label in labels]
    grid = table(
        rows,
        [55 * mm, "*"],
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
        ],
        rowHeights=[12 * mm] * len(rows),
    )
    return KeepTogether([grid])


# --- letterhead and page furniture -------------------------------------------------------------------


class UnsupportedLogoError(CalqiError):
    nl = "Het logo kan niet worden gelezen. Kies een PNG- of JPEG-bestand."
    en = "The logo cannot be read. Choose a PNG or JPEG file."


_LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


@dataclass(frozen=True)
class Letterhead:
    """The firm's details printed at the top of every page; `logo` is PNG or JPEG bytes."""

    firm_name: str
    address_lines: tuple[str, ...] = ()
    postcode_city: str = ""
    kvk_number: str = ""
    email: str = ""
    phone: str = ""
    logo: bytes | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.logo is not None:
            if not self.logo.startswith(_LOGO_SIGNATURES):
                raise UnsupportedLogoError
            try:
                width, height = ImageReader(BytesIO(self.logo)).getSize()
            except Exception as exc:  # Pillow raises many kinds for a damaged image
                raise UnsupportedLogoError from exc
            if width <= 0 or height <= 0:
                raise UnsupportedLogoError

    def contact_lines(self) -> list[str]:
        """Address and contact lines, empty ones left out."""
        lines = [*self.address_lines, self.postcode_city]
        if self.kvk_number:
            lines.append(f"KvK {self.kvk_number}")
        if self.phone:
            lines.append(f"Tel. {self.phone}")
        lines.append(self.email)
        return [line for line in lines if line.strip()]

    def postal_address(self) -> str:
        """Where to write to, on one line: 'Calqi B.V., Nieuwe Steen 34, 1625 HV Hoorn'."""
        parts = [self.firm_name, *self.address_lines, self.postcode_city]
        return ", ".join(part.strip() for part in parts if part.strip())


def write_to(letterhead: Letterhead) -> str:
    """How a client reaches the firm in writing, for a sentence: 'per brief aan Calqi B.V., Nieuwe
    Steen 34, 1625 HV Hoorn of per e-mail aan info@calqi.nl' (the parts the letterhead has)."""
    ways = []
    if any(line.strip() for line in (*letterhead.address_lines, letterhead.postcode_city)):
        ways.append(f"per brief aan {letterhead.postal_address()}")
    if letterhead.email.strip():
        ways.append(f"per e-mail aan {letterhead.email.strip()}")
    return " of ".join(ways) or f"schriftelijk bij {letterhead.firm_name}"


class _PageFurniture:
    """Draws the letterhead (as each page starts) and the footer (once the page count is known)."""

    _NAME_SIZE = 15
    _BLOCK_SIZE = 8
    _BLOCK_LEADING = 10.5
    _BLOCK_WIDTH = 90 * mm

    def __init__(self, letterhead: Letterhead, printed_on: date) -> None:
        self.letterhead = letterhead
        self.printed_on = printed_on
        self.logo = ImageReader(BytesIO(letterhead.logo)) if letterhead.logo else None
        self.logo_size = self._fit_logo()
        block = ([letterhead.firm_name] if self.logo else []) + letterhead.contact_lines()
        block = [drawable(line, FONT_BOLD) for line in block]
        self.block_lines: list[tuple[str, str]] = []  # (font, text), wrapped to the block width
        for index, line in enumerate(block):
            font = FONT_BOLD if self.logo and index == 0 else FONT
            for part in simpleSplit(line, font, self._BLOCK_SIZE, self._BLOCK_WIDTH):
                self.block_lines.append((font, part))
        self.name_lines: list[str] = (
            []
            if self.logo
            else simpleSplit(drawable(letterhead.firm_name, FONT_BOLD), FONT_BOLD, self._NAME_SIZE, 80 * mm)
        )
        left_height = self.logo_size[1] if self.logo else len(self.name_lines) * self._NAME_SIZE * 1.2
        right_height = len(self.block_lines) * self._BLOCK_LEADING
        self.header_height = max(left_height, right_height, 10 * mm)

    def _fit_logo(self) -> tuple[float, float]:
        if self.logo is None:
            return (0.0, 0.0)
        width, height = self.logo.getSize()
        scale = min(_LOGO_MAX[0] / width, _LOGO_MAX[1] / height)
        return (width * scale, height * scale)

    @property
    def top_margin(self) -> float:
        return _HEADER_TOP + self.header_height + 3 * mm + _HEADER_GAP

    def draw_header(self, canv: Canvas, _doc: Any = None) -> None:
        top = PAGE_HEIGHT - _HEADER_TOP
        canv.saveState()
        if self.logo is not None:
            logo_w, logo_h = self.logo_size
            canv.drawImage(self.logo, MARGIN_X, top - logo_h, width=logo_w, height=logo_h, mask="auto")
        else:
            canv.setFont(FONT_BOLD, self._NAME_SIZE)
            canv.setFillColor(ACCENT)
            for index, line in enumerate(self.name_lines):
                canv.drawString(MARGIN_X, top - self._NAME_SIZE * (1 + 1.2 * index) + 3, line)
        canv.setFillColor(MUTED)
        right = PAGE_WIDTH - MARGIN_X
        for index, (font, line) in enumerate(self.block_lines):
            canv.setFont(font, self._BLOCK_SIZE)
            canv.drawRightString(right, top - self._BLOCK_SIZE - index * self._BLOCK_LEADING, line)
        rule_y = top - self.header_height - 3 * mm
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(MARGIN_X, rule_y, right, rule_y)
        canv.restoreState()

    def draw_footer(self, canv: Canvas, page: int, total: int) -> None:
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, _FOOTER_RULE_Y, PAGE_WIDTH - MARGIN_X, _FOOTER_RULE_Y)
        canv.setFont(FONT, 8)
        canv.setFillColor(MUTED)
        canv.drawString(MARGIN_X, _FOOTER_TEXT_Y, f"Afgedrukt op {format_date_nl(self.printed_on)}")
        canv.drawRightString(PAGE_WIDTH - MARGIN_X, _FOOTER_TEXT_Y, f"Pagina {page} van {total}")
        canv.restoreState()


class _NumberedCanvas(Canvas):
    """Holds the finished pages back until the end, so each footer can say 'Pagina x van y'."""

    def __init__(self, *args: Any, footer: Callable[[Canvas, int, int], None], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._held_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        if self._code:
            self.showPage()
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


def render_pdf(
    story_blocks: Sequence[Flowable],
    *,
    title: str,
    letterhead: Letterhead,
    subject: str = "",
    printed_on: date | None = None,
) -> bytes:
    """Lay out the blocks on A4 under the letterhead and return the PDF.

    The metadata hold the title, the firm as author, the subject, the program and
    version as creator and a fixed producer; nothing else. `printed_on` (default:
    today) is the date in the footer.
    """
    register_fonts()
    furniture = _PageFurniture(letterhead, printed_on or date.today())
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=furniture.top_margin,
        bottomMargin=_BOTTOM_MARGIN,
        title=title,
        author=letterhead.firm_name,
        subject=subject,
        creator=f"{APP_NAME} {__version__}",
        producer=PRODUCER,
        keywords=[],
        initialFontName=FONT,
        lang="nl-NL",
        displayDocTitle=True,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=furniture.draw_header)])
    doc.build(
        list(story_blocks) or [spacer(0)], canvasmaker=partial(_NumberedCanvas, footer=furniture.draw_footer)
    )
    return buffer.getvalue()
