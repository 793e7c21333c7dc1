"""Tests for the shared PDF layer: fonts, escaping, letterhead, numbering, metadata, Dutch formats."""

from __future__ import annotations

import builtins
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from io import BytesIO
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from calqi_desktop import __version__
from calqi_desktop.export import pdf

PRINTED_ON = date(2026, 11, 24)
LETTERHEAD = pdf.Letterhead(
    firm_name="Calqi B.V.",
    address_lines=("Stationsweg 12",),
    postcode_city="3511 ED Utrecht",
    kvk_number="12345678",
    email="info@calqi.nl",
    phone="030 123 45 67",
)
HOSTILE = '<a href="http://x">x</a> & <b>'


# --- helpers -----------------------------------------------------------------------------------------


def render(blocks: list[Any], letterhead: pdf.Letterhead = LETTERHEAD, **kwargs: Any) -> PdfReader:
    kwargs.setdefault("title", "Testdocument")
    data = pdf.render_pdf(blocks, letterhead=letterhead, printed_on=PRINTED_ON, **kwargs)
    assert data.startswith(b"%PDF-")
    return PdfReader(BytesIO(data))


def flat(text: str) -> str:
    """Text with all runs of whitespace as one space, so phrases survive line wrapping."""
    return " ".join(text.split())


def all_text(reader: PdfReader) -> str:
    return flat(" ".join(page.extract_text() for page in reader.pages))


def _fonts_in(resources: Any) -> list[Any]:
    if not resources:
        return []
    resources = resources.get_object()
    fonts = [font.get_object() for font in resources.get("/Font", {}).values()]
    for xobject in resources.get("/XObject", {}).values():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Form":
            fonts += _fonts_in(xobject.get("/Resources"))
    return fonts


def unembedded_fonts(reader: PdfReader) -> set[str]:
    """Base names of fonts used without an embedded TrueType program (/FontFile2)."""
    missing = set()
    for page in reader.pages:
        for font in _fonts_in(page.get("/Resources")):
            described: Any = font
            if font.get("/Subtype") == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.add(str(font.get("/BaseFont")))
    return missing


def font_names(reader: PdfReader) -> set[str]:
    return {str(font["/BaseFont"]) for page in reader.pages for font in _fonts_in(page["/Resources"])}


def images_on(page: Any) -> list[Any]:
    xobjects = page["/Resources"].get("/XObject", {})
    return [x.get_object() for x in xobjects.values() if x.get_object()["/Subtype"] == "/Image"]


def image_bytes(fmt: str, size: tuple[int, int] = (300, 100)) -> bytes:
    mode = "RGBA" if fmt == "PNG" else "RGB"
    buffer = BytesIO()
    Image.new(mode, size, (31, 58, 95) if mode == "RGB" else (31, 58, 95, 200)).save(buffer, fmt)
    return buffer.getvalue()


def every_block(text: str) -> list[Any]:
    return [
        pdf.title(text),
        pdf.heading(text),
        pdf.paragraph(text, lead=text),
        pdf.key_values([(text, text)]),
        pdf.bullet_list([text, (text, text)]),
        pdf.notice(text),
        pdf.signature_fields([text]),
        pdf.para(text, "mono"),
        pdf.para(text, "small"),
        pdf.spacer(),
    ]


# --- escaping ----------------------------------------------------------------------------------------


def test_escape_text_escapes_markup_and_keeps_line_breaks() -> None:
    assert pdf.escape_text(HOSTILE) == '&lt;a href="http://x"&gt;x&lt;/a&gt; &amp; &lt;b&gt;'
    assert pdf.escape_text("een\r\ntwee\rdrie\nvier") == "een<br/>twee<br/>drie<br/>vier"
    assert pdf.escape_text("&amp; &#60;") == "&amp;amp; &amp;#60;"


def test_escape_text_drops_what_cannot_go_into_a_pdf() -> None:
    assert pdf.escape_text("a\x00b\x07c\td\x85") == "abc d"
    assert pdf.escape_text("x\ud800y") == "x?y"  # unpaired surrogate


def test_user_markup_shows_literally_and_makes_no_link() -> None:
    reader = render([pdf.paragraph(HOSTILE), pdf.key_values([("Notitie", HOSTILE)])])
    text = reader.pages[0].extract_text()
    assert text.count(HOSTILE) == 2
    assert all("/Annots" not in page or not page["/Annots"] for page in reader.pages)


def test_user_markup_cannot_switch_to_an_unembedded_font() -> None:
    hostile_font = '<font name="Helvetica">x</font> <i>y</i> <super>z</super>'
    reader = render(every_block(hostile_font))
    assert hostile_font in all_text(reader)
    assert unembedded_fonts(reader) == set()


def test_para_escapes_the_lead_too() -> None:
    reader = render([pdf.para("tekst", lead="<u>Let op:</u>")])
    assert "<u>Let op:</u> tekst" in all_text(reader)


def test_line_breaks_in_user_text_are_kept() -> None:
    reader = render([pdf.paragraph("Stationsweg 12\n3511 ED Utrecht")])
    lines = reader.pages[0].extract_text().splitlines()
    assert "Stationsweg 12" in lines
    assert "3511 ED Utrecht" in lines


def test_characters_the_font_lacks_become_replacement_characters() -> None:
    assert pdf.drawable("Zoë 😀 中") == "Zoë \ufffd \ufffd"
    assert pdf.drawable("a\nb") == "a\nb"
    reader = render([pdf.paragraph("Zoë 😀 中 Ω €")])
    assert "Zoë \ufffd \ufffd Ω €" in all_text(reader)


# --- fonts -------------------------------------------------------------------------------------------


def test_every_font_is_embedded_dejavu() -> None:
    reader = render([*every_block("Tekst met € en ĳ"), pdf.para("K3F9Q-7MZ2X", "code")])
    assert unembedded_fonts(reader) == set()
    names = font_names(reader)
    assert {name.split("+", 1)[1] for name in names} == {pdf.FONT, pdf.FONT_BOLD, pdf.FONT_MONO}


def test_font_check_catches_a_plain_reportlab_pdf() -> None:
    # Proves the check above can fail: ReportLab's default canvas references Helvetica.
    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(100, 100, "Hallo")
    canvas.save()
    assert unembedded_fonts(PdfReader(BytesIO(buffer.getvalue()))) == {"/Helvetica"}


def test_register_fonts_is_idempotent() -> None:
    pdf.register_fonts()
    before = pdfmetrics.getRegisteredFontNames()
    pdf.register_fonts()
    assert pdfmetrics.getRegisteredFontNames() == before
    assert {pdf.FONT, pdf.FONT_BOLD, pdf.FONT_MONO} <= set(before)


# --- pages, letterhead, metadata ---------------------------------------------------------------------


def test_pages_are_numbered_x_of_y_with_print_date() -> None:
    reader = render([pdf.paragraph(f"Alinea {n}. " + "Tekst " * 60) for n in range(40)])
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Pagina {number} van {total}" in text
        assert "Afgedrukt op 24-11-2026" in text
    assert "Alinea 39." in all_text(reader)


def test_print_date_defaults_to_today() -> None:
    reader = PdfReader(BytesIO(pdf.render_pdf([pdf.paragraph("x")], title="t", letterhead=LETTERHEAD)))
    assert f"Afgedrukt op {date.today():%d-%m-%Y}" in reader.pages[0].extract_text()


def test_letterhead_is_on_every_page() -> None:
    reader = render([pdf.paragraph("Tekst " * 400) for _ in range(6)])
    assert len(reader.pages) > 1
    for page in reader.pages:
        text = page.extract_text()
        for expected in ("Calqi B.V.", "Stationsweg 12", "3511 ED Utrecht", "KvK 12345678"):
            assert expected in text
        assert "info@calqi.nl" in text
        assert "Tel. 030 123 45 67" in text


def test_empty_story_still_gives_one_page_with_letterhead() -> None:
    reader = render([])
    assert len(reader.pages) == 1
    assert "Pagina 1 van 1" in reader.pages[0].extract_text()


def test_metadata_is_set_and_holds_nothing_else() -> None:
    reader = render([pdf.paragraph("x")], title="Inzageoverzicht – dossier 42", subject="AVG-verzoek")
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Inzageoverzicht – dossier 42"
    assert meta.author == "Calqi B.V."
    assert meta.subject == "AVG-verzoek"
    assert meta.creator == f"Calqi Desktop {__version__}"
    assert meta.producer == pdf.PRODUCER
    allowed = {"/Title", "/Author", "/Subject", "/Creator", "/Producer", "/Keywords", "/CreationDate"}
    allowed |= {"/ModDate", "/Trapped"}
    assert set(meta) <= allowed
    assert meta.get("/Keywords", "") == ""
    assert reader.xmp_metadata is None


def test_logo_is_drawn_on_every_page() -> None:
    letterhead = pdf.Letterhead(firm_name="Calqi B.V.", logo=image_bytes("PNG", (300, 100)))
    reader = render([pdf.paragraph("Tekst " * 400) for _ in range(6)], letterhead=letterhead)
    assert len(reader.pages) > 1
    for page in reader.pages:
        images = images_on(page)
        assert len(images) == 1
        assert (images[0]["/Width"], images[0]["/Height"]) == (300, 100)
        assert "Calqi B.V." in page.extract_text()  # the name moves beside the logo


def test_jpeg_logo_is_drawn() -> None:
    reader = render([pdf.paragraph("x")], letterhead=pdf.Letterhead("Calqi B.V.", logo=image_bytes("JPEG")))
    [image] = images_on(reader.pages[0])
    filters: Any = image["/Filter"]
    assert "/DCTDecode" in filters  # the JPEG goes in as it is


def test_no_logo_no_image() -> None:
    assert images_on(render([pdf.paragraph("x")]).pages[0]) == []


@pytest.mark.parametrize("logo", [b"not an image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, b"GIF89a...."])
def test_unreadable_logo_is_refused_with_a_message(logo: bytes) -> None:
    with pytest.raises(pdf.UnsupportedLogoError) as caught:
        pdf.Letterhead("Calqi B.V.", logo=logo)
    assert "PNG" in caught.value.message("nl")


def test_long_letterhead_lines_wrap_and_push_the_body_down() -> None:
    lines = ("Stationsweg 12", "Postbus 1", "Gebouw B")
    short = pdf._PageFurniture(pdf.Letterhead("Calqi B.V.", address_lines=lines), PRINTED_ON)
    long_lines = pdf.Letterhead("Calqi B.V.", address_lines=("Een heel lange straatnaam " * 6, *lines[1:]))
    longer = pdf._PageFurniture(long_lines, PRINTED_ON)
    assert len(longer.block_lines) > len(long_lines.contact_lines())
    assert longer.top_margin > short.top_margin
    reader = render([pdf.paragraph("x")], letterhead=long_lines)
    assert "Een heel lange straatnaam" in reader.pages[0].extract_text()


def test_rendering_writes_no_files(monkeypatch: pytest.MonkeyPatch) -> None:
    pdf.register_fonts()
    real_open = builtins.open

    def read_only_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            raise AssertionError(f"render_pdf tried to write {file!r}")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", read_only_open)
    letterhead = pdf.Letterhead("Calqi B.V.", logo=image_bytes("PNG"))
    assert pdf.render_pdf(every_block("x"), title="t", letterhead=letterhead).startswith(b"%PDF-")


# --- Dutch formats -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (Decimal("1234.56"), "€\u00a01.234,56"),
        (Decimal("-1234.5"), "€\u00a0-1.234,50"),
        (Decimal("1234567.891"), "€\u00a01.234.567,89"),
        (Decimal("0.005"), "€\u00a00,01"),  # half up, not Babel's half even
        (Decimal("2.675"), "€\u00a02,68"),
        (Decimal("-0.004"), "€\u00a00,00"),  # no minus on zero
        (Decimal("0"), "€\u00a00,00"),
        (12, "€\u00a012,00"),
    ],
)
def test_format_money_nl(amount: Decimal, expected: str) -> None:
    assert pdf.format_money_nl(amount) == expected


@pytest.mark.parametrize("amount", [1.5, True, "1.50"])
def test_format_money_nl_refuses_floats_and_strings(amount: Any) -> None:
    with pytest.raises(TypeError):
        pdf.format_money_nl(amount)


def test_money_renders_in_the_pdf() -> None:
    reader = render([pdf.key_values([("Bedrag", pdf.format_money_nl(Decimal("-1234.56")))])])
    assert "€ -1.234,56" in reader.pages[0].extract_text()  # pypdf reads the no-break space as a space


def test_format_dates_nl() -> None:
    assert pdf.format_date_nl(date(2026, 11, 24)) == "24-11-2026"
    assert pdf.format_date_nl(date(2026, 3, 4)) == "04-03-2026"
    assert pdf.format_datetime_nl(datetime(2026, 3, 4, 9, 5, 59)) == "04-03-2026 09:05"
    assert pdf.format_date_nl(datetime(2026, 3, 4, 23, 59)) == "04-03-2026"
    assert pdf.format_date_long_nl(date(2026, 11, 24)) == "24 november 2026"
    assert pdf.format_date_long_nl(date(2026, 3, 4)) == "4 maart 2026"


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
def test_aware_moments_are_shown_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    try:
        late_utc = datetime(2026, 11, 24, 23, 30, tzinfo=UTC)
        assert pdf.format_datetime_nl(late_utc) == "25-11-2026 00:30"
        assert pdf.format_date_nl(late_utc) == "25-11-2026"
        assert pdf.format_date_long_nl(late_utc) == "25 november 2026"
    finally:
        monkeypatch.undo()
        time.tzset()
