"""Tests for the consent form and the consent receipt, checked by the text pypdf extracts."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from io import BytesIO

import pytest
from export.test_pdf import all_text, unembedded_fonts
from pypdf import PdfReader

from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    Consent,
    ConsentEvent,
    ConsentEventKind,
    ConsentMethod,
    ConsentPurpose,
    ConsentStatus,
)
from calqi_desktop.domain.statement import StatementVersion
from calqi_desktop.export import pdf, pdf_forms
from calqi_desktop.export.consent_documents import (
    render_consent_form,
    render_consent_receipt,
)

PRINTED_ON = date(2026, 11, 25)
LETTERHEAD = pdf.Letterhead(
    firm_name="Calqi B.V.",
    address_lines=("Nieuwe Steen 34",),
    postcode_city="1625 HV Hoorn",
    kvk_number="12345678",
    email="info@calqi.nl",
    phone="0229-24 15 12",
)
CLIENT = pdf_forms.DocumentClient("K-000042", "J.A. de Vries", ("Oudegracht 231-A, 3511 NK Utrecht",))
HOSTILE = '<b>x</b> & <font color=red> <a href="http://example.org">link</a>'
STATEMENT = StatementVersion(
    id=3,
    version="2026-1",
    effective_on=date(2026, 1, 1),
    summary="",
    has_text=True,
    has_pdf=False,
    pdf_name="",
    added_by="beheerder",
    added_at=datetime(2025, 12, 1, 9, 0),
    to_inform=0,
    informed=0,
)


def purpose(code: BuiltInPurpose | None, pid: int, **flags: bool) -> ConsentPurpose:
    label = code.label() if code else "Klanttevredenheidsonderzoek"
    values = {
        "needs_recipient": False,
        "explicit": False,
        "ends_service": False,
        "covers_special_data": False,
        "active": True,
    }
    values.update(flags)
    return ConsentPurpose(
        id=pid,
        code=code.value if code else None,
        label_nl=label,
        label_en="",
        description=f"Omschrijving van doel {pid}.",
        **values,
    )


SPECIAL = purpose(BuiltInPurpose.SPECIAL_DATA, 1, ends_service=True, covers_special_data=True)
NEWSLETTER = purpose(BuiltInPurpose.NEWSLETTER, 2)
THIRD_PARTY = purpose(BuiltInPurpose.THIRD_PARTY, 4, needs_recipient=True)
SALE = purpose(BuiltInPurpose.SALE, 5, explicit=True)


def event(eid: int, kind: ConsentEventKind = ConsentEventKind.GIVEN, **changes: object) -> ConsentEvent:
    base = ConsentEvent(
        id=eid,
        kind=kind,
        occurred_at=datetime(2026, 3, 4, 9, 5),
        recorded_at=datetime(2026, 3, 6, 14, 30),
        recorded_by="Anna Jansen",
        method=ConsentMethod.PAPER,
        statement_version="2026-1",
        statement_version_id=3,
        evidence_document_id=7,
        evidence_name="toestemming-getekend.pdf",
        note="",
        guardian="",
        decisions="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def consent(
    the_purpose: ConsentPurpose = SPECIAL, events: tuple[ConsentEvent, ...] = (), **changes: object
) -> Consent:
    events = events or (event(31),)
    last = events[-1]
    given = last.kind is ConsentEventKind.GIVEN
    base = Consent(
        id=12,
        client_id=42,
        purpose=the_purpose,
        recipient="",
        status=ConsentStatus.GIVEN if given else ConsentStatus.WITHDRAWN,
        given_at=events[0].occurred_at,
        withdrawn_at=None if given else last.occurred_at,
        statement_version=last.statement_version,
        via_guardian=bool(last.guardian),
        renew_due_on=None,
        events=events,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def read(data: bytes) -> PdfReader:
    assert data.startswith(b"%PDF-")
    return PdfReader(BytesIO(data))


def form(
    purposes: tuple[ConsentPurpose, ...] = (SPECIAL, NEWSLETTER, THIRD_PARTY, SALE),
    client: pdf_forms.DocumentClient = CLIENT,
) -> PdfReader:
    return read(render_consent_form(client, purposes, STATEMENT, LETTERHEAD, printed_on=PRINTED_ON))


def receipt(the_consent: Consent, statement: StatementVersion | None = STATEMENT) -> PdfReader:
    return read(
        render_consent_receipt(CLIENT, the_consent, LETTERHEAD, statement=statement, printed_on=PRINTED_ON)
    )


def assert_pages_numbered(reader: PdfReader) -> None:
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Pagina {number} van {total}" in text
        assert "Afgedrukt op 25-11-2026" in text
        assert "Calqi B.V." in text and "1625 HV Hoorn" in text


# --- the form ----------------------------------------------------------------------------------------


def test_form_names_the_client_and_the_statement_version() -> None:
    text = all_text(form())
    assert "Toestemmingsformulier" in text
    assert "Naam J.A. de Vries" in text
    assert "Klantnummer K-000042" in text
    assert "Adres Oudegracht 231-A, 3511 NK Utrecht" in text
    assert "Versie 2026-1" in text
    assert "Geldig vanaf 01-01-2026" in text
    assert "vraag haar dan op per brief aan Calqi B.V., Nieuwe Steen 34, 1625 HV Hoorn" in text


def test_form_has_a_tick_box_per_chosen_purpose_only() -> None:
    text = all_text(form((SPECIAL, THIRD_PARTY)))
    assert text.count("☐ Ja ☐ Nee") == 2
    for chosen in (SPECIAL, THIRD_PARTY):
        assert chosen.label() in text
        assert chosen.description in text
    assert NEWSLETTER.label() not in text
    assert text.index(SPECIAL.label()) < text.index(THIRD_PARTY.label())


def test_recipient_line_only_for_a_purpose_that_names_one() -> None:
    assert "Naam ontvanger" in all_text(form((THIRD_PARTY,)))
    assert "Naam ontvanger" not in all_text(form((NEWSLETTER,)))


def test_sale_and_special_data_ask_for_explicit_consent() -> None:
    sale_block = all_text(form((SALE,)))
    assert (
        "Hiervoor vragen wij uw uitdrukkelijke toestemming. Calqi B.V. verkoopt nooit gegevens zonder"
        in sale_block
    )
    explicit_block = all_text(form((replace(NEWSLETTER, explicit=True),)))
    assert "Hiervoor vragen wij uw uitdrukkelijke toestemming." in explicit_block
    assert "verkoopt nooit gegevens zonder uw uitdrukkelijke toestemming:" not in explicit_block
    special_block = all_text(form((SPECIAL,)))
    assert "Hiervoor vragen wij uw uitdrukkelijke toestemming." in special_block
    assert "trekt u haar later in, dan kunnen wij onze diensten mogelijk niet (meer) aan u verlenen" in (
        special_block
    )
    assert (
        "Uw burgerservicenummer verwerken wij op grond van de belastingwetgeving, niet op grond van deze"
        in (special_block)
    )
    assert "Hiervoor vragen wij" not in all_text(form((NEWSLETTER,)))


@pytest.mark.parametrize(
    "promise",
    [
        "U kunt uw toestemming altijd intrekken, voor elk doel apart en zonder opgave van reden.",
        "Intrekken doet u schriftelijk: per brief aan Calqi B.V., Nieuwe Steen 34, 1625 HV Hoorn of per "
        "e-mail aan info@calqi.nl.",
        "Trekt u de toestemming voor de verwerking van bijzondere persoonsgegevens in, dan kan dat betekenen "
        "dat wij onze dienstverlening aan u moeten beëindigen.",
        "Calqi B.V. verkoopt uw gegevens nooit zonder uw uitdrukkelijke toestemming en geeft ze nooit zonder "
        "uw toestemming door aan een derde.",
    ],
)
def test_form_states_the_promises_of_the_statement(promise: str) -> None:
    assert promise in all_text(form((NEWSLETTER,)))


def test_form_for_a_person_has_the_guardian_block_and_signature_lines() -> None:
    text = all_text(form())
    assert "Jonger dan 16 jaar?" in text
    assert "een van uw ouders of uw wettelijk vertegenwoordiger (voogd) de toestemming" in text
    for label in (
        "Naam ouder of voogd",
        "Relatie (ouder of voogd)",
        "Handtekening ouder of voogd",
    ):
        assert label in text
    signing = text[text.index("Ondertekening") :]
    assert "Naam Plaats Datum Handtekening" in signing
    assert "Functie" not in signing


def test_form_for_an_organisation_asks_the_signer_function_and_has_no_guardian_block() -> None:
    organisation = pdf_forms.DocumentClient("K-000050", "Bakkerij Jansen B.V.", (), organisation=True)
    text = all_text(form((NEWSLETTER,), client=organisation))
    assert "Organisatie Bakkerij Jansen B.V." in text
    assert "Jonger dan 16" not in text
    assert "Ik teken namens Bakkerij Jansen B.V. en ben bevoegd" in text
    assert "Naam Functie Plaats Datum Handtekening" in text


def test_form_escapes_client_and_purpose_texts() -> None:
    hostile_purpose = replace(NEWSLETTER, label_nl=HOSTILE, description=HOSTILE)
    hostile_client = pdf_forms.DocumentClient("K-1", HOSTILE, (HOSTILE,))
    reader = read(
        render_consent_form(
            hostile_client,
            [hostile_purpose],
            STATEMENT,
            replace(LETTERHEAD, firm_name=HOSTILE),
            printed_on=PRINTED_ON,
        )
    )
    text = all_text(reader)
    assert text.count(HOSTILE) >= 5
    assert all(not page.get("/Annots") for page in reader.pages)
    assert unembedded_fonts(reader) == set()


def test_form_pages_metadata_and_fonts() -> None:
    reader = form()
    assert_pages_numbered(reader)
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Toestemmingsformulier"
    assert meta.subject == "Toestemming volgens de privacyverklaring, versie 2026-1"
    assert "Vries" not in " ".join(str(value) for value in meta.values())
    assert unembedded_fonts(reader) == set()


def test_form_needs_a_purpose() -> None:
    with pytest.raises(ValueError, match="purpose"):
        render_consent_form(CLIENT, [], STATEMENT, LETTERHEAD)


# --- the receipt -------------------------------------------------------------------------------------


def test_receipt_of_a_given_consent_has_the_kantara_fields() -> None:
    text = all_text(receipt(consent()))
    for expected in (
        "Ontvangstbewijs toestemming",
        "Kantara Initiative Consent Receipt Specification v1.1",
        "Ontvangstbewijs TS-12-31",
        "Gebeurtenis Toestemming gegeven",
        "Moment van toestemming 04-03-2026 09:05",
        "Vastgelegd op 06-03-2026 14:30",
        "Vastgelegd door Anna Jansen",
        "Wijze van verkrijgen Op papier",
        "Bewijsstuk toestemming-getekend.pdf",
        "Rechtsgebied Nederland (AVG en Uitvoeringswet AVG)",
        "Taal Nederlands",
        # controller
        "Verwerkingsverantwoordelijke Naam Calqi B.V. Adres Nieuwe Steen 34 1625 HV Hoorn",
        "E-mail info@calqi.nl Telefoon 0229-24 15 12",
        # statement
        "Privacyverklaring Versie 2026-1 Geldig vanaf 01-01-2026",
        # subject
        "Betrokkene Naam J.A. de Vries Klantnummer K-000042",
        # purpose
        f"Doel {SPECIAL.label()}",
        f"Omschrijving {SPECIAL.description}",
        "Soort toestemming Uitdrukkelijke toestemming",
        "Bijzondere persoonsgegevens Ja",
        "Doorgifte aan een derde Nee",
        "Ouder of voogd Nee, door de betrokkene zelf",
        "Looptijd Tot wederopzegging; intrekken kan altijd",
        "U kunt deze toestemming altijd intrekken, per brief aan Calqi B.V.",
        "dat wij onze dienstverlening aan u moeten beëindigen",
    ):
        assert expected in text, expected


def test_receipt_of_an_opt_in_consent_for_a_named_recipient_given_by_a_guardian() -> None:
    given = event(40, guardian="Ouder: M. de Vries (K-000043)", method=ConsentMethod.EMAIL)
    the_consent = consent(
        THIRD_PARTY, (given,), recipient="Hypotheekbank B.V.", renew_due_on=date(2027, 5, 1)
    )
    text = all_text(receipt(the_consent))
    assert "Soort toestemming Opt-in: actief en vrij gegeven toestemming" in text
    assert "Bijzondere persoonsgegevens Nee" in text
    assert "Doorgifte aan een derde Ja, aan Hypotheekbank B.V." in text
    assert "Ouder of voogd Ouder: M. de Vries (K-000043)" in text
    assert (
        "Zelf te bevestigen Deze toestemming is gegeven door een ouder of wettelijk vertegenwoordiger; "
        "zodra de betrokkene 16 jaar is, vragen wij de betrokkene haar zelf te bevestigen." in text
    )
    # the 16th birthday gives away the birth date (special data): never printed, for any role
    assert "01-05-2027" not in text and "2027" not in text and "(dan wordt de betrokkene" not in text
    assert "Wijze van verkrijgen Per e-mail" in text
    assert "moeten beëindigen" not in text  # only the special-data consent may end the service


def test_receipt_of_a_withdrawal_says_what_happened_to_special_data_and_lists_the_history() -> None:
    given = event(31)
    again = event(35, occurred_at=datetime(2026, 6, 1, 10, 0), method=ConsentMethod.IN_PERSON)
    withdrawn = event(
        36,
        ConsentEventKind.WITHDRAWN,
        occurred_at=datetime(2026, 9, 15, 16, 45),
        recorded_at=datetime(2026, 9, 16, 8, 0),
        method=ConsentMethod.EMAIL,
        evidence_name="",
        statement_version="2026-2",
        decisions="Burgerservicenummer: gewist. Bankrekeningen: bewaard (wettelijke plicht).",
    )
    text = all_text(receipt(consent(SPECIAL, (given, again, withdrawn)), statement=None))
    assert "Ontvangstbewijs TS-12-36" in text
    assert "Gebeurtenis Toestemming ingetrokken" in text
    assert "Moment van intrekking 15-09-2026 16:45" in text
    assert "Bewijsstuk Geen" in text
    assert "Privacyverklaring Versie 2026-2 Betrokkene" in text  # no version row given: the event's label
    assert "Looptijd Beëindigd door intrekking op 15-09-2026" in text
    assert (
        "Bijzondere gegevens na intrekking Burgerservicenummer: gewist. Bankrekeningen: bewaard (wettelijke plicht)."
        in text
    )
    assert "U hebt deze toestemming ingetrokken." in text
    history = text[text.index("Geschiedenis van deze toestemming") :]
    assert "Nummer Moment Gebeurtenis Wijze Verklaring Vastgelegd door" in history
    rows = [
        "TS-12-31 04-03-2026 09:05 Gegeven Op papier 2026-1 Anna Jansen",
        f"TS-12-35 01-06-2026 10:00 Gegeven {ConsentMethod.IN_PERSON.label()} 2026-1 Anna Jansen",
        "TS-12-36 15-09-2026 16:45 Ingetrokken Per e-mail 2026-2 Anna Jansen",
    ]
    positions = [history.index(row) for row in rows]
    assert positions == sorted(positions)


def test_receipt_shows_aware_moments_in_local_time() -> None:
    moment = datetime(2026, 3, 4, 9, 5, tzinfo=UTC)
    text = all_text(receipt(consent(SPECIAL, (event(31, occurred_at=moment),))))
    assert f"Moment van toestemming {pdf.format_datetime_nl(moment)}" in text


def test_receipt_escapes_texts_and_holds_no_name_in_metadata() -> None:
    hostile_event = event(31, recorded_by=HOSTILE, evidence_name=HOSTILE, guardian=HOSTILE)
    the_consent = consent(replace(THIRD_PARTY, description=HOSTILE), (hostile_event,), recipient=HOSTILE)
    data = render_consent_receipt(
        pdf_forms.DocumentClient("K-1", HOSTILE),
        the_consent,
        LETTERHEAD,
        statement=STATEMENT,
        printed_on=PRINTED_ON,
    )
    reader = read(data)
    text = all_text(reader)
    assert text.count(HOSTILE) >= 6  # name, description, recipient, guardian, evidence, recorded by
    assert all(not page.get("/Annots") for page in reader.pages)
    assert unembedded_fonts(reader) == set()
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Ontvangstbewijs toestemming"
    assert meta.subject == "Ontvangstbewijs TS-12-31"
    assert_pages_numbered(reader)


def test_receipt_needs_an_event() -> None:
    with pytest.raises(ValueError, match="events"):
        render_consent_receipt(CLIENT, replace(consent(), events=()), LETTERHEAD)
