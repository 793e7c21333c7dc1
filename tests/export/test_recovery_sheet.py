"""Tests for the recovery sheet (herstelblad): the code, the instructions, fonts and metadata."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from calqi_desktop.domain import recovery_code
from calqi_desktop.domain.errors import RecoveryCodeFormatError
from calqi_desktop.export import pdf
from calqi_desktop.export.recovery_sheet import render_recovery_sheet

CODE = "K3F9Q-7MZ2X-ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567"
GROUPS = CODE.split("-")
FOLDER = r"C:\Users\beheer\AppData\Local\Calqi\Calqi Desktop\kluis"
VAULT_ID = "7f3c2a90-5b1e-4d8a-9c2f-0e4b6a1d3f57"


def sheet(**overrides: Any) -> PdfReader:
    arguments: dict[str, Any] = {
        "firm_name": "Calqi B.V.",
        "vault_id": VAULT_ID,
        "vault_folder": FOLDER,
        "recovery_code": CODE,
        "created_at": datetime(2026, 11, 24, 10, 30),
    }
    arguments.update(overrides)
    data = render_recovery_sheet(**arguments)
    assert data.startswith(b"%PDF-")
    return PdfReader(BytesIO(data))


def text_of(reader: PdfReader) -> str:
    """All text, whitespace runs as one space, so sentences survive line wrapping."""
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_code_is_printed_in_its_groups_and_on_one_line() -> None:
    reader = sheet()
    text = text_of(reader)
    assert CODE in text
    positions = [text.index(f"groep {n} {group}") for n, group in enumerate(GROUPS, start=1) if n <= 4]
    assert positions == sorted(positions)
    for number, group in enumerate(GROUPS, start=1):
        assert f"groep {number}" in text
        assert group in text


def test_code_groups_are_large_and_monospaced() -> None:
    page = sheet().pages[0]
    drawn: dict[str, tuple[str, float]] = {}

    def visit(text: str, _cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip() in GROUPS and font is not None:
            drawn[text.strip()] = (str(font["/BaseFont"]), size * tm[0])

    page.extract_text(visitor_text=visit)
    assert set(drawn) == set(GROUPS)
    for base_font, size in drawn.values():
        assert base_font.endswith("+" + pdf.FONT_MONO)
        assert size >= 20


def test_a_typed_code_is_printed_in_its_canonical_form() -> None:
    typed = CODE.lower().replace("-", " ")
    text = text_of(sheet(recovery_code=typed))
    assert CODE in text


@pytest.mark.parametrize("bad", ["", "K3F9Q-7MZ2X", CODE + "-AAAAA", CODE.replace("K", "U")])
def test_a_malformed_code_is_refused(bad: str) -> None:
    with pytest.raises(RecoveryCodeFormatError):
        sheet(recovery_code=bad)


def test_a_generated_code_fits_the_sheet() -> None:
    code = recovery_code.generate()
    assert code in text_of(sheet(recovery_code=code))


def test_vault_details_are_printed() -> None:
    text = text_of(sheet())
    assert "Herstelblad voor de kluis van Calqi B.V." in text
    assert f"Kluis-ID {VAULT_ID}" in text
    assert FOLDER in text
    assert "Aangemaakt op 24-11-2026" in text


@pytest.mark.parametrize(
    "phrase",
    [
        # what the code is for
        "Is een beheerder het wachtwoord vergeten, dan opent u met deze code de kluis",
        "stelt u daarna nieuwe wachtwoorden in",
        # shown once; print and lock away
        "de code wordt maar één keer getoond",
        "print dit blad",
        "afgesloten kluis of brandkast, apart van de computer",
        # never digital
        "mail de code of dit blad nooit, maak er geen foto of scan van",
        # who may use it
        "Wie mag de code gebruiken?",
        "Alleen een beheerder van de kluis",
        # how to type it
        "Hoofdletters of kleine letters maken niet uit, en streepjes en spaties ook niet.",
        "De letters I en L tellen als het cijfer 1, de letter O telt als het cijfer 0.",
        "Typ de 8 groepen van 5 tekens over",
        # the warning
        "Let op: Bent u het wachtwoord kwijt én deze herstelcode, dan zijn de gegevens in de kluis "
        "voorgoed verloren.",
        # signature
        "Opgeborgen door / datum",
        "Handtekening",
    ],
)
def test_dutch_instructions_are_printed(phrase: str) -> None:
    assert phrase in text_of(sheet())


def test_one_or_two_pages_numbered_with_letterhead() -> None:
    reader = sheet()
    total = len(reader.pages)
    assert total in (1, 2)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Pagina {number} van {total}" in text
        assert text.startswith("Calqi B.V.")  # the default letterhead: the firm's name


def test_fonts_are_embedded() -> None:
    reader = sheet(firm_name="Bakker & <Zn>")
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def test_firm_name_is_escaped_everywhere() -> None:
    reader = sheet(firm_name='Bakker & <Zn> <a href="http://x">x</a>')
    text = text_of(reader)
    assert 'Herstelblad voor de kluis van Bakker & <Zn> <a href="http://x">x</a>' in text
    assert 'de leiding van Bakker & <Zn> <a href="http://x">x</a> daarvoor' in text
    assert all(not page.get("/Annots") for page in reader.pages)


def test_metadata_has_the_title_and_never_the_code() -> None:
    reader = sheet()
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Herstelblad voor de kluis van Calqi B.V."
    assert meta.author == "Calqi B.V."
    assert meta.subject == "Herstelcode van de kluis"
    assert meta.producer == pdf.PRODUCER
    values = " ".join(str(value) for value in meta.values())
    for group in GROUPS:
        assert group not in values
    assert VAULT_ID not in values
    assert "beheer" not in values


def test_a_given_letterhead_with_logo_is_used() -> None:
    buffer = BytesIO()
    Image.new("RGB", (240, 80), (31, 58, 95)).save(buffer, "PNG")
    letterhead = pdf.Letterhead("Calqi B.V.", ("Stationsweg 12",), "3511 ED Utrecht", logo=buffer.getvalue())
    reader = sheet(letterhead=letterhead)
    assert "3511 ED Utrecht" in reader.pages[0].extract_text()
    resources: Any = reader.pages[0]["/Resources"]
    assert [x.get_object()["/Width"] for x in resources["/XObject"].values()] == [240]
