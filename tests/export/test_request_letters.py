"""Tests for the letters to a requester, checked by the text pypdf extracts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from io import BytesIO

import pytest
from export.test_pdf import all_text, unembedded_fonts
from pypdf import PdfReader

from calqi_desktop.domain.requests import (
    LetterKind,
    RequestOutcome,
    RequestType,
    extended_deadline,
    first_deadline,
    internal_target,
)
from calqi_desktop.export import pdf
from calqi_desktop.export.request_letters import ANONYMOUS_ADDRESSEE, LetterContent, render_letter

LETTERHEAD = pdf.Letterhead(
    firm_name="Calqi B.V.",
    address_lines=("Nieuwe Steen 34",),
    postcode_city="1625 HV Hoorn",
    kvk_number="12345678",
    email="info@calqi.nl",
    phone="0229-24 15 12",
)
HOSTILE = '<b>x</b> & <font color=red> <a href="http://example.org">link</a>'
RECEIVED = date(2026, 3, 15)
BASE = LetterContent(
    kind=LetterKind.ACKNOWLEDGEMENT,
    reference="AVG-2026-0007",
    request_type=RequestType.ACCESS,
    addressee=("J.A. de Vries", "Oudegracht 231-A", "3511 NK Utrecht"),
    received_on=RECEIVED,
    first_deadline=first_deadline(RECEIVED),
    deadline=first_deadline(RECEIVED),
    internal_target=internal_target(RECEIVED),
    letter_date=date(2026, 3, 17),
    signer="Fleur Jansen",
    firm_name="Calqi B.V.",
)


def text_of(letter: LetterContent) -> str:
    data = render_letter(letter, LETTERHEAD)
    assert data.startswith(b"%PDF-")
    return all_text(PdfReader(BytesIO(data)))


def decided(kind: LetterKind, outcome: RequestOutcome, grounds: str = "") -> LetterContent:
    return replace(BASE, kind=kind, outcome=outcome, outcome_grounds=grounds, identity_verified=True)


EVERY_KIND = {
    LetterKind.ACKNOWLEDGEMENT: BASE,
    LetterKind.IDENTITY_REQUEST: replace(BASE, kind=LetterKind.IDENTITY_REQUEST),
    LetterKind.EXTENSION: replace(
        BASE,
        kind=LetterKind.EXTENSION,
        extension_months=2,
        extension_reason="Veel stukken uit het archief.",
        extension_decided_on=date(2026, 4, 10),
        deadline=extended_deadline(RECEIVED, 2),
    ),
    LetterKind.GRANTED: decided(LetterKind.GRANTED, RequestOutcome.GRANTED),
    LetterKind.PARTLY_GRANTED: decided(
        LetterKind.PARTLY_GRANTED, RequestOutcome.PARTLY_GRANTED, "Een grond."
    ),
    LetterKind.REFUSED: decided(LetterKind.REFUSED, RequestOutcome.REFUSED, "Een grond."),
}


def test_every_kind_of_letter_is_covered() -> None:
    assert set(EVERY_KIND) == set(LetterKind)


@pytest.mark.parametrize("kind", list(LetterKind))
def test_every_letter_has_the_frame_and_the_complaint_route(kind: LetterKind) -> None:
    data = render_letter(EVERY_KIND[kind], LETTERHEAD)
    reader = PdfReader(BytesIO(data))
    text = all_text(reader)
    assert "J.A. de Vries Oudegracht 231-A 3511 NK Utrecht" in text
    assert "Uw verzoek AVG-2026-0007 — Inzage" in text
    assert "Ons kenmerk AVG-2026-0007" in text
    assert "Datum 17-03-2026" in text
    assert "15-03-2026" in text  # the day of receipt
    assert "inzage (AVG art. 15)" in text
    assert "klacht indienen bij de Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag" in text
    assert "naar de rechter stappen (AVG art. 79)" in text
    assert "per e-mail aan info@calqi.nl, of bel ons op 0229-24 15 12." in text
    assert "Met vriendelijke groet, Fleur Jansen Calqi B.V." in text
    assert unembedded_fonts(reader) == set()
    assert reader.metadata is not None
    assert reader.metadata.title == kind.label("nl")
    assert reader.metadata.subject == "Uw verzoek AVG-2026-0007 — Inzage"


def test_acknowledgement_gives_the_deadline_and_the_internal_target() -> None:
    text = text_of(BASE)
    assert "uiterlijk op 15-04-2026" in text
    assert "streven naar vier weken: vóór 12-04-2026" in text


def test_acknowledgement_asks_for_identification_only_while_it_is_not_verified() -> None:
    open_text = text_of(BASE)
    assert "Eerst uw identiteit" in open_text
    assert "KopieID" in open_text
    assert "Stuur nooit een kopie van uw identiteitsbewijs waarop uw BSN of pasfoto leesbaar is" in open_text
    verified_text = text_of(replace(BASE, identity_verified=True))
    assert "Eerst uw identiteit" not in verified_text
    assert "KopieID" not in verified_text


def test_acknowledgement_counts_a_month_end_as_eu_law_does() -> None:
    received = date(2026, 1, 31)
    text = text_of(
        replace(
            BASE,
            received_on=received,
            first_deadline=first_deadline(received),
            deadline=first_deadline(received),
            internal_target=internal_target(received),
        )
    )
    assert "uiterlijk op 28-02-2026" in text


def test_identity_request_names_the_ways_the_term_and_the_end() -> None:
    text = text_of(EVERY_KIND[LetterKind.IDENTITY_REQUEST])
    assert "laat uw paspoort, identiteitskaart of rijbewijs zien" in text
    assert "met de app KopieID van de Rijksoverheid" in text
    assert "De termijn voor ons antwoord loopt door: wij antwoorden uiterlijk op 15-04-2026" in text
    assert "Horen wij niets van u, dan sluiten wij uw verzoek af" in text


def test_extension_gives_months_reason_new_deadline_and_the_first_deadline() -> None:
    text = text_of(EVERY_KIND[LetterKind.EXTENSION])
    assert "verlengd met 2 maanden, tot en met 15-06-2026 (AVG art. 12 lid 3)" in text
    assert "Dat besloten wij op 10-04-2026, vóór het einde van de eerste termijn op 15-04-2026" in text
    assert "Veel stukken uit het archief." in text
    one_month = replace(EVERY_KIND[LetterKind.EXTENSION], extension_months=1)
    assert "verlengd met één maand" in text_of(one_month)


def test_extension_letter_without_an_extension_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        render_letter(replace(BASE, kind=LetterKind.EXTENSION), LETTERHEAD)


GRANTED_SAYS = {
    RequestType.ACCESS: "Bijgaand het overzicht van uw persoonsgegevens",
    RequestType.PORTABILITY: "gestructureerde, gangbare en machineleesbare vorm",
    RequestType.RECTIFICATION: "Wij hebben uw gegevens gecorrigeerd",
    RequestType.ERASURE: "uw dossier is geanonimiseerd",
    RequestType.RESTRICTION: "Voordat wij de beperking opheffen, laten wij u dat weten (AVG art. 18 lid 3)",
    RequestType.OBJECTION: "Wij hebben uw toestemming ingetrokken",
    RequestType.WITHDRAWAL: "Wij hebben uw toestemming ingetrokken",
    RequestType.INFORMATION: "Bijgaand de informatie uit onze privacyverklaring",
}


@pytest.mark.parametrize("request_type", list(RequestType))
def test_granted_says_what_was_done_for_each_right(request_type: RequestType) -> None:
    letter = replace(EVERY_KIND[LetterKind.GRANTED], request_type=request_type)
    text = text_of(letter)
    assert GRANTED_SAYS[request_type] in text
    assert f"Uw verzoek AVG-2026-0007 — {request_type.label('nl')}" in text
    assert f"(AVG {request_type.article})" in text
    assert "Wij hebben uw verzoek toegekend." in text
    others = {phrase for kind, phrase in GRANTED_SAYS.items() if phrase != GRANTED_SAYS[request_type]}
    assert not [phrase for phrase in others if phrase in text]


def test_access_granted_says_a_password_comes_by_phone() -> None:
    text = text_of(EVERY_KIND[LetterKind.GRANTED])
    assert "krijgt u het wachtwoord telefonisch" in text


def test_rectification_names_the_corrected_fields_by_label() -> None:
    letter = replace(
        EVERY_KIND[LetterKind.GRANTED],
        request_type=RequestType.RECTIFICATION,
        corrected_fields=("Achternaam", "Adres"),
    )
    assert "Het gaat om deze gegevens: • Achternaam • Adres" in text_of(letter)


def test_withdrawal_names_the_consents_and_that_a_service_may_end() -> None:
    letter = replace(
        EVERY_KIND[LetterKind.GRANTED],
        request_type=RequestType.WITHDRAWAL,
        withdrawn_consents=("Nieuwsbrief",),
    )
    text = text_of(letter)
    assert "Het gaat om: • Nieuwsbrief" in text
    assert "sommige diensten mogelijk niet meer verlenen" in text


def test_information_names_the_statement_version() -> None:
    letter = replace(
        EVERY_KIND[LetterKind.GRANTED], request_type=RequestType.INFORMATION, statement_version="2026-1"
    )
    assert "privacyverklaring (versie 2026-1), de versie die nu geldt" in text_of(letter)


def test_partly_granted_gives_what_was_done_and_each_ground() -> None:
    letter = replace(
        EVERY_KIND[LetterKind.PARTLY_GRANTED],
        outcome_grounds="- Notities van de accountant vallen buiten het verzoek.\n\n  • Stukken van derden.",
    )
    text = text_of(letter)
    assert "voor een deel toegekend" in text
    assert "Bijgaand het overzicht van uw persoonsgegevens" in text
    assert "• Notities van de accountant vallen buiten het verzoek. • Stukken van derden." in text


def test_partly_granted_erasure_lists_what_is_kept_with_its_ground() -> None:
    letter = replace(
        EVERY_KIND[LetterKind.PARTLY_GRANTED],
        request_type=RequestType.ERASURE,
        outcome_grounds="Aangifte IB 2024: fiscale bewaarplicht tot 31-12-2031 (art. 52 AWR)",
    )
    text = text_of(letter)
    assert "uw dossier is geanonimiseerd" in text
    assert "Wat wij bewaren, en waarom" in text
    assert "• Aangifte IB 2024: fiscale bewaarplicht tot 31-12-2031 (art. 52 AWR)" in text


def test_refused_gives_the_grounds() -> None:
    letter = replace(EVERY_KIND[LetterKind.REFUSED], outcome_grounds="Het verzoek is kennelijk ongegrond.")
    text = text_of(letter)
    assert "Wij hebben uw verzoek afgewezen." in text
    assert "De gronden • Het verzoek is kennelijk ongegrond." in text


def test_refused_for_identity_gives_the_reason_and_how_to_ask_again() -> None:
    letter = replace(
        EVERY_KIND[LetterKind.REFUSED],
        outcome=RequestOutcome.IDENTITY_FAILED,
        identity_failed_reason="De kopie was niet afgeschermd en is vernietigd.",
        outcome_grounds="De kopie was niet afgeschermd en is vernietigd.",
        identity_verified=False,
    )
    text = text_of(letter)
    assert "Wij konden niet vaststellen dat u degene bent om wie het gaat" in text
    assert "De reden De kopie was niet afgeschermd en is vernietigd." in text
    assert "U kunt uw verzoek altijd opnieuw indienen" in text
    assert "KopieID" in text
    assert "Wij hebben uw verzoek afgewezen." not in text


def test_user_text_with_markup_is_shown_literally() -> None:
    letters = [
        replace(EVERY_KIND[LetterKind.EXTENSION], extension_reason=HOSTILE),
        replace(EVERY_KIND[LetterKind.REFUSED], outcome_grounds=HOSTILE),
        replace(BASE, addressee=(HOSTILE, "Dorpsstraat 1"), signer=HOSTILE),
    ]
    for letter in letters:
        data = render_letter(letter, LETTERHEAD)
        assert HOSTILE in all_text(PdfReader(BytesIO(data)))
        assert b"/URI" not in data and b"/Annots" not in data


def test_an_anonymised_requester_is_addressed_without_a_name() -> None:
    text = text_of(replace(BASE, addressee=(ANONYMOUS_ADDRESSEE,)))
    assert text.startswith("Calqi B.V.")
    assert "Aan de verzoeker Datum" in text
    assert "J.A. de Vries" not in text


def test_a_letterhead_without_contact_details_still_says_how_to_ask() -> None:
    bare = pdf.Letterhead(firm_name="Calqi B.V.")
    data = render_letter(BASE, bare)
    text = all_text(PdfReader(BytesIO(data)))
    assert "Neem contact met ons op, schriftelijk bij Calqi B.V." in text
    assert "Calqi B.V.." not in text


@pytest.mark.parametrize("kind", [LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST])
def test_a_name_alone_is_the_whole_addressee(kind: LetterKind) -> None:
    text = text_of(replace(EVERY_KIND[kind], addressee=("J.A. de Vries",)))
    assert "J.A. de Vries Datum 17-03-2026" in text
    assert "Oudegracht" not in text and "3511" not in text and "Utrecht" not in text
