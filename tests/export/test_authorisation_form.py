"""Tests for the authorisation form (machtiging), checked by the text pypdf extracts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from io import BytesIO

import pytest
from export.test_pdf import all_text, unembedded_fonts
from pypdf import PdfReader

from calqi_desktop.domain.authorisations import (
    Authorisation,
    AuthorisationKind,
    AuthorisationTerms,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.export import pdf, pdf_forms
from calqi_desktop.export.authorisation_form import recipient_text, render_authorisation_form, years_text

PRINTED_ON = date(2026, 11, 25)
LETTERHEAD = pdf.Letterhead(
    firm_name="Calqi B.V.",
    address_lines=("Nieuwe Steen 34",),
    postcode_city="1625 HV Hoorn",
    email="info@calqi.nl",
)
PERSON = pdf_forms.DocumentClient("K-000042", "J.A. de Vries", ("Oudegracht 231-A, 3511 NK Utrecht",))
ORGANISATION = pdf_forms.DocumentClient(
    "K-000050", "Bakkerij Jansen B.V.", ("Kerkstraat 1, 1621 AA Hoorn",), True
)
HOSTILE = '<b>x</b> & <font color=red> <a href="http://example.org">link</a>'


def terms(kind: AuthorisationKind, **changes: object) -> AuthorisationTerms:
    base = AuthorisationTerms(
        id=9,
        kind=kind,
        recipient_kind=RecipientKind.BELASTINGDIENST,
        recipient_name="",
        tax_type=None,
        document_types=frozenset(),
        year_from=None,
        year_to=None,
        valid_from=None,
        valid_until=None,
        activated_on=None,
        revoked_on=None,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def authorisation(the_terms: AuthorisationTerms, **changes: object) -> Authorisation:
    base = Authorisation(
        terms=the_terms,
        client_id=42,
        requested_on=date(2026, 2, 1),
        has_activation_code=False,
        revoke_reason="",
        document_id=None,
        document_name="",
        note="",
        created_by="Anna Jansen",
        created_at=datetime(2026, 2, 1, 10, 0),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


VIA = terms(AuthorisationKind.VIA, tax_type=TaxType.IB, year_from=2025, year_to=2025)
CONTINUING = terms(
    AuthorisationKind.CONTINUING, tax_type=TaxType.BTW, year_from=2024, valid_from=date(2026, 3, 1)
)
SIGNED = terms(
    AuthorisationKind.CLIENT_SIGNED,
    recipient_kind=RecipientKind.BANK,
    recipient_name="ING Bank N.V.",
    document_types=frozenset({DocumentType.FINANCIAL_REPORT, DocumentType.ANNUAL_ACCOUNT}),
    year_from=2023,
    year_to=2025,
    valid_from=date(2026, 3, 1),
    valid_until=date(2027, 2, 28),
)


def form(the_authorisation: Authorisation, client: pdf_forms.DocumentClient = PERSON) -> str:
    data = render_authorisation_form(client, the_authorisation, LETTERHEAD, printed_on=PRINTED_ON)
    return all_text(PdfReader(BytesIO(data)))


def test_years_and_recipient_texts() -> None:
    assert years_text(VIA) == "2025"
    assert years_text(SIGNED) == "2023 tot en met 2025"
    assert years_text(CONTINUING) == "vanaf 2024, tot wederopzegging"
    assert years_text(terms(AuthorisationKind.SBA)) == "Niet van toepassing"
    assert years_text(terms(AuthorisationKind.SBA, year_to=2026)) == "tot en met 2026"
    assert recipient_text(VIA) == "Belastingdienst"
    assert recipient_text(SIGNED) == "ING Bank N.V. (bank)"


def test_a_signed_authorisation_names_client_recipient_documents_years_and_validity() -> None:
    text = form(authorisation(SIGNED))
    assert "Machtiging" in text
    assert (
        "Ondergetekende, J.A. de Vries, klantnummer K-000042, Oudegracht 231-A, 3511 NK Utrecht, machtigt "
        "hierbij Calqi B.V. om namens ondergetekende de volgende stukken te verstrekken aan ING Bank N.V. "
        "(bank): jaarrekening, financiële rapportage, belastingjaren 2023 tot en met 2025."
    ) in text
    for expected in (
        f"Soort {AuthorisationKind.CLIENT_SIGNED.label()}",
        "Ontvanger ING Bank N.V. (bank)",
        "Stukken Jaarrekening, Financiële rapportage",
        "Belastingjaren 2023 tot en met 2025",
        "Aangevraagd op 01-02-2026",
        "Geldig vanaf 01-03-2026",
        "Geldig tot en met 28-02-2027",
        "verstrekt Calqi B.V. de genoemde stukken over de genoemde jaren namens u aan de genoemde ontvanger",
    ):
        assert expected in text, expected
    assert "Belastingmiddel" not in text


def test_a_signed_authorisation_for_tax_returns_names_the_tax_type_in_the_mandate() -> None:
    signed = replace(
        SIGNED,
        recipient_kind=RecipientKind.AUTHORITY,
        recipient_name="Gemeente Hoorn",
        tax_type=TaxType.IB,
        document_types=frozenset({DocumentType.TAX_RETURN}),
        year_to=2023,
    )
    text = form(authorisation(signed))
    assert (
        "de volgende stukken te verstrekken aan Gemeente Hoorn (andere overheidsinstantie): belastingaangifte "
        "inkomstenbelasting (IB), belastingjaren 2023."
    ) in text
    assert "Belastingmiddel Inkomstenbelasting (IB) Stukken Belastingaangifte Belastingjaren 2023" in text


def test_a_continuing_authorisation_runs_until_revoked() -> None:
    text = form(authorisation(CONTINUING, requested_on=None))
    assert (
        "de aangiften omzetbelasting (btw) in te dienen bij de Belastingdienst, vanaf 2024, tot wederopzegging"
        in (text)
    )
    assert "Belastingmiddel Omzetbelasting (btw)" in text
    assert "Stukken Belastingaangifte" in text
    assert "Geldig tot en met Tot wederopzegging" in text
    assert "dient Calqi B.V. elk jaar namens u de aangifte omzetbelasting (btw) in" in text
    assert "Aangevraagd op" not in text


def test_a_via_authorisation_explains_the_code_and_never_prints_it() -> None:
    text = form(authorisation(VIA, has_activation_code=True))
    assert (
        "vooraf ingevulde gegevens van de Belastingdienst voor de aangifte inkomstenbelasting over 2025"
        in text
    )
    assert "Belastingmiddel Inkomstenbelasting (IB)" in text
    assert "Geldig vanaf Vanaf de activering met de code uit de brief van de Belastingdienst" in text
    assert "De activeringscode staat niet op dit formulier." in text
    assert "Belastingjaren 2025" in text


@pytest.mark.parametrize(
    ("kind", "phrase"),
    [
        (AuthorisationKind.SBA, "serviceberichten over aanslagen van de Belastingdienst te ontvangen"),
        (AuthorisationKind.SBT, "serviceberichten over toeslagen van de Belastingdienst te ontvangen"),
    ],
)
def test_service_message_authorisations_cover_no_documents(kind: AuthorisationKind, phrase: str) -> None:
    text = form(authorisation(terms(kind)))
    assert phrase in text
    assert "Stukken Geen: alleen berichten van de Belastingdienst aan Calqi B.V." in text
    assert "Belastingjaren Niet van toepassing" in text
    assert "Geldig vanaf Vanaf de ondertekening" in text


def test_the_right_to_revoke_and_the_statement_promise_are_printed() -> None:
    text = form(authorisation(SIGNED))
    assert (
        "U kunt deze machtiging altijd intrekken, zonder opgave van reden: per brief aan Calqi B.V., Nieuwe Steen "
        "34, 1625 HV Hoorn of per e-mail aan info@calqi.nl."
    ) in text
    assert "alleen door aan de overheid of een bank als u ons daarvoor machtigt" in text
    signing = text[text.index("Ondertekening") :]
    assert "Naam Plaats Datum Handtekening" in signing
    assert "Functie" not in signing


def test_the_signature_heading_stays_with_its_lines() -> None:
    data = render_authorisation_form(ORGANISATION, authorisation(SIGNED), LETTERHEAD, printed_on=PRINTED_ON)
    [page] = [page for page in PdfReader(BytesIO(data)).pages if "Ondertekening" in page.extract_text()]
    assert "Handtekening" in page.extract_text()


def test_an_organisation_signs_by_a_representative_with_function() -> None:
    text = form(authorisation(CONTINUING), client=ORGANISATION)
    assert (
        "Ondergetekende, bevoegd vertegenwoordiger van Bakkerij Jansen B.V., klantnummer K-000050, Kerkstraat 1, "
        "1621 AA Hoorn, machtigt Calqi B.V. om namens de organisatie de aangiften omzetbelasting (btw) in te dienen"
    ) in text
    assert "Naam ondertekenaar Functie Plaats Datum Handtekening" in text


def test_a_revoked_authorisation_carries_a_notice() -> None:
    text = form(authorisation(replace(CONTINUING, revoked_on=date(2026, 10, 1))))
    assert "Let op: deze machtiging is ingetrokken per 01-10-2026." in text
    assert "ingetrokken per" not in form(authorisation(CONTINUING))


def test_texts_are_escaped_and_the_pdf_is_sound() -> None:
    hostile = replace(SIGNED, recipient_name=HOSTILE)
    data = render_authorisation_form(
        pdf_forms.DocumentClient("K-1", HOSTILE, (HOSTILE,)),
        authorisation(hostile),
        LETTERHEAD,
        printed_on=PRINTED_ON,
    )
    reader = PdfReader(BytesIO(data))
    text = all_text(reader)
    assert text.count(HOSTILE) >= 4
    assert all(not page.get("/Annots") for page in reader.pages)
    assert unembedded_fonts(reader) == set()
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Pagina {number} van {total}" in page.extract_text()
        assert "Afgedrukt op 25-11-2026" in page.extract_text()
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Machtiging"
    assert meta.subject == AuthorisationKind.CLIENT_SIGNED.label()
    assert "x</b>" not in " ".join(str(value) for value in meta.values())
