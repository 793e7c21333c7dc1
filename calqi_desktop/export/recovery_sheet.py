"""The recovery sheet (herstelblad): the vault's recovery code on paper, printed once.

The code is shown large in the monospace font, in its eight numbered groups and
once more on a single line, beside the vault's id, folder and creation date and
plain Dutch instructions on what the code is for, how to keep it and how to type
it. The code never goes into the PDF's metadata.
"""

from __future__ import annotations

from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from calqi_desktop.domain import recovery_code as codes
from calqi_desktop.export import pdf

_GROUPS_PER_ROW = 4


def _code_block(code: str) -> Flowable:
    """The groups in a numbered grid (two rows of four), then the whole code on one line."""
    group_style = ParagraphStyle(
        "recovery-group", parent=pdf.styles()["code"], fontSize=22, leading=28, alignment=TA_CENTER
    )
    number_style = ParagraphStyle("recovery-number", parent=pdf.styles()["label"], alignment=TA_CENTER)
    cells = [
        [pdf.para(f"groep {number}", number_style), pdf.para(group, group_style)]
        for number, group in enumerate(code.split("-"), start=1)
    ]
    rows = [cells[i : i + _GROUPS_PER_ROW] for i in range(0, len(cells), _GROUPS_PER_ROW)]
    grid = pdf.table(
        rows,
        ["*"] * _GROUPS_PER_ROW,
        [
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3F5F8")),
            ("BOX", (0, 0), (-1, -1), 1.2, pdf.ACCENT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm),
        ],
        spaceAfter=2 * mm,
    )
    one_line = pdf.table(
        [[pdf.para("In één regel", "label"), pdf.para(code, "mono")]],
        [45 * mm, "*"],
        [("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
    )
    return KeepTogether([grid, one_line])


def render_recovery_sheet(
    *,
    firm_name: str,
    vault_id: str,
    vault_folder: str,
    recovery_code: str,
    created_at: datetime,
    letterhead: pdf.Letterhead | None = None,
) -> bytes:
    """The herstelblad as PDF bytes.

    Raises `RecoveryCodeFormatError` when `recovery_code` is not a well-formed code,
    so a sheet with a code that could never open the vault is never printed.
    """
    code = codes.normalise(recovery_code)
    title = f"Herstelblad voor de kluis van {firm_name}"
    blocks = [
        pdf.title(title),
        pdf.paragraph(
            "Op dit blad staat de herstelcode van de versleutelde kluis van Calqi Desktop. Met deze code "
            "kan de kluis worden geopend zonder wachtwoord. Behandel dit blad daarom als de sleutel van "
            "alle klantdossiers."
        ),
        pdf.heading("Herstelcode"),
        _code_block(code),
        pdf.key_values(
            [
                ("Kantoor", firm_name),
                ("Kluis-ID", vault_id),
                ("Map van de kluis", vault_folder),
                ("Aangemaakt op", pdf.format_date_nl(created_at)),
            ]
        ),
        pdf.heading("Waarvoor is deze code?"),
        pdf.paragraph(
            "De herstelcode is de reservesleutel van de kluis. Is een beheerder het wachtwoord vergeten, "
            "dan opent u met deze code de kluis en stelt u daarna nieuwe wachtwoorden in. Zo blijven de "
            "gegevens bereikbaar, ook als geen enkele beheerder meer kan inloggen."
        ),
        pdf.heading("Bewaren"),
        pdf.bullet_list(
            [
                (
                    "Eenmalig:",
                    "de code wordt maar één keer getoond, bij het aanmaken van de kluis. Calqi Desktop "
                    "kan hem later niet opnieuw laten zien.",
                ),
                (
                    "Printen en opbergen:",
                    "print dit blad en berg het op in een afgesloten kluis of brandkast, apart van de "
                    "computer waarop de kluis staat.",
                ),
                (
                    "Nooit digitaal:",
                    "mail de code of dit blad nooit, maak er geen foto of scan van en sla de code niet op "
                    "op een computer, telefoon of in de cloud.",
                ),
                (
                    "PDF-bestand:",
                    "hebt u dit blad als bestand opgeslagen om het te printen? Verwijder het bestand na het "
                    "printen en leeg de prullenbak.",
                ),
            ]
        ),
        pdf.heading("Wie mag de code gebruiken?"),
        pdf.paragraph(
            f"Alleen een beheerder van de kluis, of iemand die de leiding van {firm_name} daarvoor "
            "uitdrukkelijk heeft aangewezen. Wie de code heeft, kan alle gegevens in de kluis lezen en "
            "wijzigen. Gebruik de code alleen als er geen andere weg is, en leg vast wie hem wanneer en "
            "waarom heeft gebruikt."
        ),
        pdf.heading("De code intypen"),
        pdf.bullet_list(
            [
                f"Typ de {codes.GROUPS} groepen van {codes.GROUP_SIZE} tekens over, van groep 1 tot en met "
                f"{codes.GROUPS}.",
                "Hoofdletters of kleine letters maken niet uit, en streepjes en spaties ook niet.",
                "De letters I en L tellen als het cijfer 1, de letter O telt als het cijfer 0. De code "
                "bestaat alleen uit cijfers en de letters A tot en met Z zonder I, L, O en U.",
            ]
        ),
        pdf.spacer(2),
        pdf.notice(
            "Bent u het wachtwoord kwijt én deze herstelcode, dan zijn de gegevens in de kluis voorgoed "
            "verloren. Niemand kan de kluis dan nog openen, ook de leverancier van de software niet.",
            lead="Let op:",
        ),
        pdf.spacer(2),
        pdf.signature_fields(["Opgeborgen door / datum", "Handtekening"]),
    ]
    return pdf.render_pdf(
        blocks,
        title=title,
        letterhead=letterhead or pdf.Letterhead(firm_name=firm_name),
        subject="Herstelcode van de kluis",
    )
