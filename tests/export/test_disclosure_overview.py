"""Tests for the per-client overview of disclosures, checked by the text pypdf extracts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from io import BytesIO

from export.test_pdf import all_text, unembedded_fonts
from pypdf import PdfReader

from calqi_desktop.domain.authorisations import DocumentType, RecipientKind, TaxType
from calqi_desktop.domain.disclosures import Disclosure, DisclosureChannel
from calqi_desktop.export import pdf, pdf_forms
from calqi_desktop.export.disclosure_overview import (
    basis_text,
    counts_per_recipient,
    render_disclosure_overview,
)

PRINTED_ON = date(2026, 11, 25)
LETTERHEAD = pdf.Letterhead("Calqi B.V.", ("Nieuwe Steen 34",), "1625 HV Hoorn", email="info@calqi.nl")
CLIENT = pdf_forms.DocumentClient("K-000042", "J.A. de Vries", ("Oudegracht 231-A, 3511 NK Utrecht",))
HOSTILE = '<b>x</b> & <font color=red> <a href="http://example.org">link</a>'
HEADER = "Datum Wat Ontvanger Hoe Op grond van"


def disclosure(did: int, **changes: object) -> Disclosure:
    base = Disclosure(
        id=did,
        client_id=42,
        document_type=DocumentType.TAX_RETURN,
        tax_type=TaxType.IB,
        year=2025,
        recipient_kind=RecipientKind.BELASTINGDIENST,
        recipient_name="",
        disclosed_on=date(2026, 4, 30),
        channel=DisclosureChannel.ELECTRONIC,
        sale=False,
        authorisation_id=9,
        authorisation="Doorlopende machtiging IB, vanaf 2024",
        consent_id=None,
        note="",
        recorded_by="Anna Jansen",
        recorded_at=datetime(2026, 4, 30, 16, 0),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


TAX_RETURN = disclosure(1)
TO_BANK = disclosure(
    2,
    document_type=DocumentType.ANNUAL_ACCOUNT,
    tax_type=None,
    recipient_kind=RecipientKind.BANK,
    recipient_name="ING Bank N.V.",
    disclosed_on=date(2026, 6, 12),
    channel=DisclosureChannel.EMAIL,
    authorisation_id=10,
    authorisation="Door de klant getekende machtiging, ING Bank N.V., 2025",
)
BY_CLIENT = disclosure(
    3,
    year=2024,
    disclosed_on=date(2025, 5, 1),
    channel=DisclosureChannel.SENT_BY_CLIENT,
    authorisation_id=None,
    authorisation="",
)
ON_CONSENT = disclosure(
    4,
    document_type=DocumentType.FINANCIAL_REPORT,
    tax_type=None,
    recipient_kind=RecipientKind.THIRD_PARTY,
    recipient_name="Hypotheekbank B.V.",
    disclosed_on=date(2026, 8, 3),
    channel=DisclosureChannel.POST,
    authorisation_id=None,
    authorisation="",
    consent_id=12,
)
CONSENT_TITLES = {12: "Gegevens doorgeven aan een genoemde derde — Hypotheekbank B.V."}


def overview(disclosures: list[Disclosure]) -> PdfReader:
    data = render_disclosure_overview(
        CLIENT, disclosures, LETTERHEAD, consent_titles=CONSENT_TITLES, printed_on=PRINTED_ON
    )
    assert data.startswith(b"%PDF-")
    return PdfReader(BytesIO(data))


def test_every_disclosure_is_listed_newest_first_with_its_basis() -> None:
    text = all_text(overview([TAX_RETURN, BY_CLIENT, ON_CONSENT, TO_BANK]))
    assert "Overzicht verstrekkingen" in text
    assert "Naam J.A. de Vries Klantnummer K-000042" in text
    assert "zoals vastgelegd tot en met 25 november 2026" in text
    assert HEADER in text
    rows = [
        "03-08-2026 Financiële rapportage 2025 Hypotheekbank B.V. Per post Toestemming: Gegevens doorgeven aan "
        "een genoemde derde — Hypotheekbank B.V.",
        "12-06-2026 Jaarrekening 2025 ING Bank N.V. Per e-mail Machtiging: Door de klant getekende machtiging, "
        "ING Bank N.V., 2025",
        "30-04-2026 Belastingaangifte Inkomstenbelasting (IB) 2025 Belastingdienst Elektronisch (Digipoort of "
        "portaal) Machtiging: Doorlopende machtiging IB, vanaf 2024",
        "01-05-2025 Belastingaangifte Inkomstenbelasting (IB) 2024 Belastingdienst Door de klant zelf verstuurd "
        "Door de klant zelf verstuurd",
    ]
    positions = [text.index(row) for row in rows]
    assert positions == sorted(positions)


def test_counts_per_recipient() -> None:
    second_bank = replace(TO_BANK, id=5, recipient_name="ing bank n.v.", disclosed_on=date(2026, 1, 2))
    disclosures = [TAX_RETURN, BY_CLIENT, TO_BANK, second_bank, ON_CONSENT]
    assert counts_per_recipient(disclosures) == [
        ("Belastingdienst", 2),
        ("ING Bank N.V.", 2),  # the newest spelling names the group
        ("Hypotheekbank B.V.", 1),
    ]
    text = all_text(overview(disclosures))
    assert (
        "Aantal per ontvanger Ontvanger Aantal Belastingdienst 2 ING Bank N.V. 2 Hypotheekbank B.V. 1 "
        "In totaal: 5 verstrekkingen."
    ) in text
    assert "In totaal: 1 verstrekking." in all_text(overview([TAX_RETURN]))


def test_basis_texts() -> None:
    assert basis_text(TAX_RETURN, {}) == "Machtiging: Doorlopende machtiging IB, vanaf 2024"
    assert basis_text(replace(TAX_RETURN, authorisation=""), {}) == "Machtiging"
    assert basis_text(BY_CLIENT, {}) == "Door de klant zelf verstuurd"
    assert basis_text(ON_CONSENT, {}) == "Toestemming"
    assert basis_text(replace(ON_CONSENT, sale=True), CONSENT_TITLES).startswith(
        "Uitdrukkelijke toestemming: "
    )
    assert basis_text(replace(ON_CONSENT, consent_id=None), {}) == "Niet vastgelegd"


def test_no_disclosures_says_so_and_has_no_table() -> None:
    text = all_text(overview([]))
    assert (
        "Er zijn geen verstrekkingen vastgelegd: Calqi B.V. heeft tot nu toe geen stukken over u aan de overheid, "
        "een bank of een andere derde verstrekt."
    ) in text
    assert HEADER not in text
    assert "Aantal per ontvanger" not in text


def test_the_statement_promise_is_printed() -> None:
    for disclosures in ([], [TAX_RETURN]):
        text = all_text(overview(disclosures))
        assert (
            "belastingaangiften en financiële rapportages voor de overheid of de bank geven wij alleen door op "
            "grond van een machtiging van u. Bij voorkeur verstuurt u deze stukken zelf."
        ) in text
        assert "Neem contact met ons op, per brief aan Calqi B.V., Nieuwe Steen 34, 1625 HV Hoorn" in text


def test_a_long_overview_repeats_the_header_on_every_page() -> None:
    many = [
        replace(TAX_RETURN, id=n, disclosed_on=date(2026, 1, 1) + timedelta(days=n)) for n in range(1, 90)
    ]
    reader = overview(many)
    total = len(reader.pages)
    assert total >= 3
    for number, page in enumerate(reader.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert f"Pagina {number} van {total}" in text
        assert "Calqi B.V." in text
        if "Belastingaangifte" in text:
            assert HEADER in text
    text = all_text(reader)
    assert "In totaal: 89 verstrekkingen." in text
    assert text.index("31-03-2026") < text.index("02-01-2026")  # newest first across pages


def test_texts_are_escaped_fonts_embedded_metadata_set() -> None:
    hostile = replace(ON_CONSENT, recipient_name=HOSTILE)
    data = render_disclosure_overview(
        pdf_forms.DocumentClient("K-1", HOSTILE),
        [hostile],
        LETTERHEAD,
        consent_titles={12: "x"},
        printed_on=PRINTED_ON,
    )
    reader = PdfReader(BytesIO(data))
    text = all_text(reader)
    assert f"Naam {HOSTILE}" in text
    assert f"{HOSTILE} 1 In totaal" in text  # in the counts table, wide enough not to wrap
    assert all(not page.get("/Annots") for page in reader.pages)
    assert unembedded_fonts(reader) == set()
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Overzicht verstrekkingen"
    assert meta.subject == "Verstrekkingen aan de overheid, banken en andere derden"
