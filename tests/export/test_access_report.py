"""Tests for the access report (inzage), checked by the text pypdf extracts.

`SUBJECT` is a rich subject built by hand (export = domain objects in, bytes
out); the dossier-summary and password tests reuse it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from io import BytesIO

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
from calqi_desktop.domain.clients import (
    AddressDraft,
    AddressKind,
    ChangeReason,
    ChildDraft,
    ClientDraft,
    ClientKind,
    DocumentKind,
    EmailDraft,
    FieldChange,
    Gender,
    LegalBasis,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
)
from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    Consent,
    ConsentPurpose,
    ConsentStatus,
)
from calqi_desktop.domain.disclosures import Disclosure, DisclosureChannel
from calqi_desktop.domain.requests import (
    DataSubjectRequest,
    IdentityCheck,
    IdentityMethod,
    RequestChannel,
    Requester,
    RequestStatus,
    RequestType,
)
from calqi_desktop.domain.subject_data import (
    SubjectBankAccount,
    SubjectData,
    SubjectDocument,
    processing_purposes,
)
from calqi_desktop.export import pdf
from calqi_desktop.export.access_report import render_access_report

TODAY = date(2026, 11, 25)
MOMENT = datetime(2025, 3, 4, 10, 30, tzinfo=UTC)
LETTERHEAD = pdf.Letterhead(
    firm_name="Calqi B.V.",
    address_lines=("Nieuwe Steen 34",),
    postcode_city="1625 HV Hoorn",
    email="info@calqi.nl",
)
HOSTILE = '<font color=red>x</font> <a href="http://example.org">link</a> &'
BSN = "123456782"
IBAN = "NL91ABNA0417164300"
IBAN_PRINTED = "NL91 ABNA 0417 1643 00"


def purpose(code: BuiltInPurpose, pid: int, **flags: bool) -> ConsentPurpose:
    values = {
        "needs_recipient": False,
        "explicit": False,
        "ends_service": False,
        "covers_special_data": False,
    }
    values.update(flags)
    return ConsentPurpose(pid, code.value, code.label(), code.label("en"), "", active=True, **values)


def consent(cid: int, the_purpose: ConsentPurpose, **changes: object) -> Consent:
    base = Consent(
        id=cid,
        client_id=42,
        purpose=the_purpose,
        recipient="",
        status=ConsentStatus.GIVEN,
        given_at=datetime(2025, 1, 15, 9, 0, tzinfo=UTC),
        withdrawn_at=None,
        statement_version="2025-1",
        via_guardian=False,
        renew_due_on=None,
        events=(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def authorisation(aid: int, kind: AuthorisationKind, **terms: object) -> Authorisation:
    values: dict[str, object] = {
        "recipient_kind": RecipientKind.BELASTINGDIENST,
        "recipient_name": "",
        "tax_type": None,
        "document_types": frozenset(),
        "year_from": None,
        "year_to": None,
        "valid_from": None,
        "valid_until": None,
        "activated_on": None,
        "revoked_on": None,
    }
    values.update(terms)
    return Authorisation(
        terms=AuthorisationTerms(id=aid, kind=kind, **values),  # type: ignore[arg-type]
        client_id=42,
        requested_on=None,
        has_activation_code=kind is AuthorisationKind.VIA and values["activated_on"] is not None,
        revoke_reason="",
        document_id=None,
        document_name="",
        note="",
        created_by="Anna",
        created_at=MOMENT,
    )


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
        authorisation_id=2,
        authorisation="VIA-machtiging (vooraf ingevulde aangifte) – 2025",
        consent_id=None,
        note="",
        recorded_by="Anna",
        recorded_at=MOMENT,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def change(field: str, old: str | None, new: str | None, **changes: object) -> FieldChange:
    base = FieldChange(MOMENT, "Anna", field, old, new, ChangeReason.REPORTED_BY_CLIENT, "")
    return replace(base, **changes)  # type: ignore[arg-type]


THIRD_PARTY = purpose(BuiltInPurpose.THIRD_PARTY, 4, needs_recipient=True)
NEWSLETTER = purpose(BuiltInPurpose.NEWSLETTER, 2)

REQUEST = DataSubjectRequest(
    id=7,
    reference="AVG-2026-0007",
    request_type=RequestType.ACCESS,
    received_on=date(2026, 11, 2),
    channel=RequestChannel.EMAIL,
    client_id=42,
    client_number="K-000042",
    subject_name="J.A. de Vries",
    requester=Requester(),
    description="",
    status=RequestStatus.IN_PROGRESS,
    outcome=None,
    outcome_grounds="",
    identity=IdentityCheck(IdentityMethod.ID_IN_PERSON, date(2026, 11, 3), "Anna", ""),
    identity_failed_reason="",
    extension=None,
    closed_on=None,
)

SUBJECT = SubjectData(
    client_id=42,
    collected_on=TODAY,
    draft=ClientDraft(
        kind=ClientKind.PERSON,
        client_number="K-000042",
        initials="J.A.",
        first_names="Jan Albert",
        tussenvoegsel="de",
        last_name="Vries",
        gender=Gender.MALE,
        function="Docent",
        addresses=(
            AddressDraft(AddressKind.HOME, "Oudegracht", "231", "A", "3511 NK", "Utrecht"),
            AddressDraft(AddressKind.POSTAL, "Postbus", "1234", "", "3500 AA", "Utrecht"),
        ),
        emails=(EmailDraft("jan@example.nl", "privé"), EmailDraft("j.devries@school.example", "werk")),
        phones=(PhoneDraft("+31 6 12345678", "mobiel"),),
    ),
    display_name="J.A. de Vries",
    created_at=MOMENT,
    restricted=False,
    restriction_reason="",
    bsn=BSN,
    birth_date=date(1980, 2, 29),
    birth_place="Amersfoort",
    bank_accounts=(SubjectBankAccount(IBAN, "J.A. de Vries"),),
    children=(ChildDraft("Sophie Marije", "de Vries", date(2015, 6, 1), id=1),),
    bases={
        SpecialCategory.BSN: LegalBasis(
            SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION, "Aangifte IB", "Anna", MOMENT
        ),
        SpecialCategory.BANK_ACCOUNTS: LegalBasis(
            SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONSENT, "", "Anna", MOMENT
        ),
    },
    documents=(
        SubjectDocument(
            1, DocumentKind.ID_COPY, "paspoort-jan.pdf", "application/pdf", 204_800, "ab", "", MOMENT
        ),
        SubjectDocument(
            2, DocumentKind.OTHER, "jaaropgaaf-2025.pdf", "application/pdf", 850, "cd", "", MOMENT
        ),
    ),
    consents=(
        consent(11, THIRD_PARTY, recipient="Hypotheekbank Zuid B.V."),
        consent(
            12,
            NEWSLETTER,
            status=ConsentStatus.WITHDRAWN,
            withdrawn_at=datetime(2026, 2, 1, 9, 0, tzinfo=UTC),
        ),
    ),
    authorisations=(
        authorisation(
            2,
            AuthorisationKind.VIA,
            year_from=2025,
            year_to=2025,
            activated_on=date(2026, 3, 1),
            valid_from=date(2026, 3, 1),
            tax_type=TaxType.IB,
        ),
        authorisation(
            3, AuthorisationKind.CONTINUING, tax_type=TaxType.BTW, year_from=2024, valid_from=date(2024, 1, 1)
        ),
    ),
    disclosures=(
        disclosure(1),
        disclosure(
            2,
            document_type=DocumentType.FINANCIAL_REPORT,
            tax_type=None,
            recipient_kind=RecipientKind.THIRD_PARTY,
            recipient_name="Hypotheekbank Zuid B.V.",
            disclosed_on=date(2026, 8, 3),
            channel=DisclosureChannel.POST,
            authorisation_id=None,
            authorisation="",
            consent_id=11,
        ),
    ),
    requests=(REQUEST,),
    history=(
        change("function", "Leraar", "Docent", reason=ChangeReason.CORRECTION, reason_note="typfout"),
        change("bsn", None, None),
        change("documents.id-copy", None, "paspoort-jan.pdf"),
        change("status", None, "active"),
    ),
)


def text_of(data: bytes) -> str:
    return all_text(PdfReader(BytesIO(data)))


def report(subject: SubjectData = SUBJECT, **kwargs: object) -> bytes:
    return render_access_report(subject, REQUEST, LETTERHEAD, **kwargs)  # type: ignore[arg-type]


def test_the_report_holds_everything_including_the_special_data_in_full() -> None:
    text = text_of(report())
    assert "Inzage in uw persoonsgegevens" in text
    assert "AVG-2026-0007" in text
    assert "02-11-2026" in text and "25-11-2026" in text  # received, made
    assert BSN in text
    assert "29-02-1980" in text and "Amersfoort" in text
    assert IBAN_PRINTED in text
    assert "Sophie Marije" in text and "01-06-2015" in text
    for expected in ("Oudegracht 231-A, 3511 NK Utrecht", "jan@example.nl", "+31 6 12345678", "Docent"):
        assert expected in text


def test_the_addressee_is_the_subject_at_the_postal_address() -> None:
    first_page = " ".join(PdfReader(BytesIO(report())).pages[0].extract_text().split())
    assert first_page.index("J.A. de Vries Postbus 1234, 3500 AA Utrecht") < first_page.index("Inzage in uw")


def test_the_twelve_sections_stand_in_order() -> None:
    text = text_of(report())
    headings = [
        "1. Uw gegevens",
        "2. Bijzondere persoonsgegevens",
        "3. Documenten",
        "4. Doeleinden en grondslagen",
        "5. Toestemmingen",
        "6. Machtigingen",
        "7. Ontvangers en verstrekkingen",
        "8. Bewaartermijnen",
        "9. Herkomst van de gegevens",
        "10. Wijzigingsgeschiedenis",
        "11. Uw verzoeken",
        "12. Uw rechten",
    ]
    positions = [text.index(heading) for heading in headings]
    assert positions == sorted(positions)


def test_bases_purposes_retention_recipients_and_rights_are_named() -> None:
    text = text_of(report())
    assert "Wettelijke plicht (fiscale dienstverlening)" in text  # the BSN's basis
    assert "niet vastgelegd" in text  # children: no basis recorded
    assert "Fraude en misbruik voorkomen" in text
    assert all(" ".join(item.purpose_nl.split()) in text for item in processing_purposes())
    assert "7 jaar na afloop van het boekjaar (art. 52 AWR)" in text
    assert "Hypotheekbank Zuid B.V." in text and "Toestemming: Gegevens doorgeven" in text
    assert "onder een verwerkersovereenkomst" in text
    for article in ("art. 15", "art. 16", "art. 17", "art. 18", "art. 20", "art. 21", "art. 7 lid 3"):
        assert article in text
    assert "Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag" in text


def test_documents_consents_and_authorisations_are_described() -> None:
    text = text_of(report())
    assert "paspoort-jan.pdf Kopie identiteitsbewijs 04-03-2025 200,0 kB" in text
    assert "jaaropgaaf-2025.pdf Overig document 04-03-2025 850 bytes" in text
    assert "Nieuwsbrief Ingetrokken 15-01-2025 01-02-2026 2025-1 Nee" in text
    assert "VIA-machtiging (vooraf ingevulde aangifte) – 2025 Geldig 01-03-2026" in text
    assert "Vastgelegd" in text  # the VIA's activation code is held: said, never shown
    assert "Doorlopende machtiging – Omzetbelasting (btw), vanaf 2024" in text
    assert "tot intrekking" in text


def test_the_origin_names_the_belastingdienst_only_for_an_activated_via() -> None:
    assert "Belastingdienst (vooraf ingevulde aangifte)" in text_of(report())
    without_via = replace(SUBJECT, authorisations=SUBJECT.authorisations[1:])
    text = text_of(report(without_via))
    assert "Door u zelf verstrekt" in text and "Vastgelegd door ons kantoor" in text
    assert "Belastingdienst (vooraf ingevulde aangifte)" not in text and "Aangiftegegevens" not in text


def test_the_history_shows_ordinary_values_and_never_special_ones() -> None:
    text = text_of(report())
    assert "Functie Leraar Docent Correctie van een fout (rectificatie): typfout" in text
    assert "BSN (gewijzigd)" in text
    assert "Status Actief" in text


def test_empty_fields_and_sections_are_left_out_or_said_so() -> None:
    bare = replace(
        SUBJECT,
        draft=ClientDraft(client_number="K-000043", last_name="Bakker"),
        display_name="Bakker",
        bsn="",
        birth_date=None,
        birth_place="",
        bank_accounts=(),
        children=(),
        bases={},
        documents=(),
        consents=(),
        authorisations=(),
        disclosures=(),
        history=(),
    )
    text = text_of(report(bare))
    assert "Voorletters" not in text and "Tussenvoegsel" not in text and "Geslacht" not in text
    assert "Er zijn geen bijzondere persoonsgegevens vastgelegd." in text
    assert "Er zijn geen documenten vastgelegd." in text
    assert "Er zijn geen verstrekkingen aan derden vastgelegd." in text
    assert "Er zijn geen wijzigingen vastgelegd." in text


def test_user_text_with_markup_shows_literally_and_makes_no_link() -> None:
    hostile = replace(
        SUBJECT,
        draft=replace(SUBJECT.draft, function=HOSTILE),
        children=(ChildDraft(HOSTILE, "de Vries", date(2015, 6, 1)),),
        history=(change("function", "Docent", HOSTILE, reason_note=HOSTILE),),
    )
    reader = PdfReader(BytesIO(report(hostile)))
    squeezed = "".join(all_text(reader).split())  # narrow cells wrap the text anywhere
    assert squeezed.count("".join(HOSTILE.split())) == 4  # function, child, new value, reason note
    assert all("/Annots" not in page or not page["/Annots"] for page in reader.pages)
    assert not unembedded_fonts(reader)


def test_a_long_history_runs_over_pages_with_numbers_and_repeated_headers() -> None:
    start = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)
    changes = tuple(
        change("function", f"Functie {n}", f"Functie {n + 1}", changed_at=start + timedelta(days=n))
        for n in range(300)
    )
    reader = PdfReader(BytesIO(report(replace(SUBJECT, history=changes))))
    pages = len(reader.pages)
    assert pages >= 8
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    assert f"Pagina 1 van {pages}" in texts[0] and f"Pagina {pages} van {pages}" in texts[-1]
    header_pages = [text for text in texts if "Datum Gegeven Oud Nieuw Reden" in text]
    assert len(header_pages) >= 5  # the history's header repeats on every page it runs onto
    assert "Functie 0 Functie 1" in all_text(reader) and "Functie 299 Functie 300" in all_text(reader)


def test_a_restricted_subject_sees_the_restriction() -> None:
    text = text_of(report(replace(SUBJECT, restricted=True, restriction_reason="Juistheid betwist")))
    assert "Verwerking beperkt (AVG art. 18): Juistheid betwist" in text


def test_the_report_in_english() -> None:
    text = text_of(report(language="en"))
    assert "Access to your personal data" in text
    assert "1. Your details" in text and "12. Your rights" in text
    assert BSN in text and "Dutch Data Protection Authority" in text
    assert "Inzage in uw persoonsgegevens" not in text


def test_the_metadata_name_the_request_but_not_the_subject() -> None:
    reader = PdfReader(BytesIO(report()))
    assert reader.metadata is not None
    assert reader.metadata.title == "Inzage in uw persoonsgegevens"
    assert "AVG-2026-0007" in (reader.metadata.subject or "")
    assert "Vries" not in f"{reader.metadata.title} {reader.metadata.subject}"
