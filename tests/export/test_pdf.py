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
from reportlab.platypus import KeepTogether

from calqi_desktop import __version__
from calqi_desktop.domain.clients import AddressDraft, AddressKind, ClientDraft, ClientKind, Dossier
from calqi_desktop.export import pdf, pdf_forms

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


# --- blocks for forms, letters and overviews ---------------------------------------------------------

CLIENT = pdf_forms.DocumentClient("K-000042", "J.A. de Vries", ("Oudegracht 231-A, 3511 NK Utrecht",))


def dossier(draft: ClientDraft) -> Dossier:
    moment = datetime(2026, 1, 1, tzinfo=UTC)
    return Dossier(
        id=42,
        version=1,
        draft=draft,
        restricted=False,
        restriction_reason="",
        created_at=moment,
        updated_at=moment,
        special_present={"bsn": True, "birth_date": True},
        bank_accounts=(),
        children=(),
        bases={},
        documents=(),
        may_view_special=True,
        may_edit=True,
    )


def test_document_client_from_a_dossier_takes_number_name_and_first_address() -> None:
    person = ClientDraft(
        client_number="K-000042",
        initials="J.A.",
        tussenvoegsel="de",
        last_name="Vries",
        addresses=(
            AddressDraft(
                street="Oudegracht", house_number="231", addition="A", postcode="3511 NK", city="Utrecht"
            ),
            AddressDraft(kind=AddressKind.POSTAL, street="Postbus", house_number="12", city="Utrecht"),
        ),
    )
    assert pdf_forms.DocumentClient.from_dossier(dossier(person)) == CLIENT
    organisation = ClientDraft(
        client_number="K-7", kind=ClientKind.ORGANISATION, organisation_name="Jansen B.V."
    )
    assert pdf_forms.DocumentClient.from_dossier(dossier(organisation)) == pdf_forms.DocumentClient(
        "K-7", "Jansen B.V.", (), organisation=True
    )


def test_client_details_and_addressee() -> None:
    organisation = pdf_forms.DocumentClient("K-7", "Jansen B.V.", organisation=True)
    reader = render(
        [
            pdf_forms.client_details(CLIENT),
            pdf_forms.addressee(CLIENT),
            pdf_forms.client_details(organisation),
        ]
    )
    text = reader.pages[0].extract_text()
    assert "Naam\nJ.A. de Vries\nKlantnummer\nK-000042\nAdres\nOudegracht 231-A, 3511 NK Utrecht" in text
    assert "J.A. de Vries\nOudegracht 231-A, 3511 NK Utrecht" in text.split("Utrecht", 1)[1]
    assert "Organisatie\nJansen B.V.\nKlantnummer\nK-7\nAfgedrukt" in text  # no address row without one


def test_tick_list_puts_an_empty_box_before_each_item() -> None:
    text = all_text(render([pdf_forms.tick_list(["Inzage", ("Wissen:", "alle gegevens"), HOSTILE])]))
    assert f"{pdf_forms.BOX} Inzage {pdf_forms.BOX} Wissen: alle gegevens {pdf_forms.BOX} {HOSTILE}" in text


def test_choice_shows_question_boxes_notes_and_write_in_lines() -> None:
    block = pdf_forms.choice(
        "Nieuwsbrief",
        "Wij sturen u vier keer per jaar onze nieuwsbrief.",
        notes=["U kunt zich altijd afmelden."],
        write_in=["Naam ontvanger"],
    )
    text = all_text(render([block, pdf_forms.choice("Verkoop", options=("Ja", "Nee", "Weet niet"))]))
    assert (
        "Nieuwsbrief Wij sturen u vier keer per jaar onze nieuwsbrief. U kunt zich altijd afmelden. "
        f"{pdf_forms.BOX} Ja {pdf_forms.BOX} Nee Naam ontvanger Verkoop {pdf_forms.BOX} Ja {pdf_forms.BOX} Nee {pdf_forms.BOX} Weet niet"
    ) in text


def test_choice_is_kept_on_one_page() -> None:
    # Push the block down line by line: wherever a page ends, it never splits the block.
    for lines in range(30, 46, 3):
        filler = [pdf.paragraph(f"Regel {n}") for n in range(lines)]
        reader = render(
            [*filler, pdf_forms.choice("Vraag", "Uitleg " * 30, write_in=["Eén", "Twee", "Drie"])]
        )
        [page] = [page.extract_text() for page in reader.pages if "Vraag" in page.extract_text()]
        assert "Uitleg" in page and f"{pdf_forms.BOX} Ja" in page and "Drie" in page


def test_data_table_repeats_its_header_on_every_page() -> None:
    rows = [[f"{n:03d}", f"Regel {n}", HOSTILE if n == 1 else "x"] for n in range(1, 151)]
    reader = render([pdf_forms.data_table(["Nr", "Omschrijving", "Noot"], rows, widths_mm=[15, None, 80])])
    assert len(reader.pages) >= 3
    for page in reader.pages:
        lines = page.extract_text().splitlines()
        assert lines.index("Nr") < lines.index("Omschrijving") < lines.index("Noot")
    text = all_text(reader)
    assert f"001 Regel 1 {HOSTILE} 002 Regel 2 x" in text
    assert "150 Regel 150 x" in text
    assert unembedded_fonts(reader) == set()
    assert all(not page.get("/Annots") for page in reader.pages)


def test_data_table_without_rows_shows_the_empty_sentence() -> None:
    text = all_text(
        render(
            [
                pdf_forms.data_table(["Nr", "Wat"], [], empty="Er is niets vastgelegd."),
                pdf_forms.data_table(["A"], []),
            ]
        )
    )
    assert "Er is niets vastgelegd." in text
    assert "Nr" not in text.split("Er is niets")[0].split("info@calqi.nl")[1]


def test_data_table_refuses_a_row_of_the_wrong_width() -> None:
    with pytest.raises(ValueError, match="header"):
        pdf_forms.data_table(["A", "B"], [["1", "2"], ["3"]])
    with pytest.raises(ValueError, match="header"):
        pdf_forms.data_table(["A", "B"], [["1", "2"]], widths_mm=[20])


def test_new_blocks_use_only_embedded_fonts_and_escape_markup() -> None:
    hostile_font = '<font name="Helvetica">x</font> <i>y</i>'
    client = pdf_forms.DocumentClient(hostile_font, hostile_font, (hostile_font,))
    reader = render(
        [
            pdf_forms.client_details(client),
            pdf_forms.addressee(client),
            pdf_forms.tick_list([hostile_font, (hostile_font, hostile_font)]),
            pdf_forms.choice(
                hostile_font, hostile_font, options=[hostile_font], notes=[hostile_font], write_in=["a"]
            ),
            pdf_forms.data_table([hostile_font], [[hostile_font]]),
        ]
    )
    assert all_text(reader).count(hostile_font) >= 12
    assert unembedded_fonts(reader) == set()


def test_write_to_and_postal_address_use_what_the_letterhead_has() -> None:
    assert LETTERHEAD.postal_address() == "Calqi B.V., Stationsweg 12, 3511 ED Utrecht"
    assert pdf.write_to(LETTERHEAD) == (
        "per brief aan Calqi B.V., Stationsweg 12, 3511 ED Utrecht of per e-mail aan info@calqi.nl"
    )
    assert pdf.write_to(pdf.Letterhead("Calqi B.V.", email="info@calqi.nl")) == "per e-mail aan info@calqi.nl"
    assert pdf.write_to(pdf.Letterhead("Calqi B.V.", postcode_city="1625 HV Hoorn")) == (
        "per brief aan Calqi B.V., 1625 HV Hoorn"
    )
    assert pdf.write_to(pdf.Letterhead("Calqi B.V.")) == "schriftelijk bij Calqi B.V."
    assert pdf.write_to(pdf.Letterhead("Calqi B.V.", address_lines=(" ",))) == "schriftelijk bij Calqi B.V."


def test_keep_together_takes_in_blocks_that_keep_themselves_together() -> None:
    def signing(name: str) -> list[Any]:
        return [pdf.heading(name), pdf.paragraph("Tekst"), pdf.signature_fields(["Naam", "Handtekening"])]

    # ReportLab's KeepTogether around a signature block forces a page break every time.
    nested = render([KeepTogether(signing("Een")), KeepTogether(signing("Twee"))])
    assert len(nested.pages) == 2
    reader = render([pdf_forms.keep_together(signing("Een")), pdf_forms.keep_together(signing("Twee"))])
    assert len(reader.pages) == 1
    assert "Een Tekst Naam Handtekening Twee Tekst Naam Handtekening" in all_text(reader)


def test_keep_together_moves_a_group_that_does_not_fit_to_the_next_page() -> None:
    labels = ["Naam ondertekenaar", "Functie ondertekenaar", "Handtekening ondertekenaar"]
    for lines in range(30, 48, 2):
        filler = [pdf.paragraph(f"Regel {n}") for n in range(lines)]
        group = [pdf.heading("Ondertekening"), pdf.paragraph("Ik verklaar alles gelezen te hebben.")]
        reader = render([*filler, pdf_forms.keep_together([*group, pdf.signature_fields(labels)])])
        [page] = [page.extract_text() for page in reader.pages if "Ik verklaar" in page.extract_text()]
        assert all(label in page for label in labels)
