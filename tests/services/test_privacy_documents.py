"""The privacy documents on a real vault: content by text extraction, the audit event, roles, restriction."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, FIRM, STAFF_PASSWORD
from pypdf import PdfReader
from sqlalchemy import select, text

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import (
    AuthorisationDraft,
    AuthorisationKind,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.clients import (
    AddressDraft,
    ClientDraft,
    ClientKind,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod
from calqi_desktop.domain.disclosures import DisclosureChannel, DisclosureDraft
from calqi_desktop.domain.errors import (
    AuthorisationNotFoundError,
    ClientAnonymisedError,
    ClientRestrictedError,
    ConsentNotFoundError,
    ConsentPurposeInactiveError,
    ConsentPurposeNotFoundError,
    NoStatementVersionError,
    PermissionDeniedError,
)
from calqi_desktop.domain.firm import FirmDetails
from calqi_desktop.domain.statement import StatementVersionDraft
from calqi_desktop.export import pdf
from calqi_desktop.services import (
    auth,
    authorisations,
    clients,
    consent,
    disclosures,
    privacy_documents,
    settings,
    statement_versions,
)
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import AuditEvent, Client

BSN = "111222333"
HOSTILE_PERSON = "<b>x</b> & <font color=red>"
HOSTILE_ORGANISATION = '<a href="http://example.org">Jansen</a> & Zn'
GIVEN_AT = datetime(2026, 3, 4, 10, 15, tzinfo=UTC)


def sign_in(folder: Path, user: str) -> Workspace:
    password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
    return auth.sign_in(folder, user, password, kdf=TEST_ONLY_KDF)


def text_of(data: bytes) -> str:
    assert data.startswith(b"%PDF-")
    reader = PdfReader(BytesIO(data))
    assert all(not page.get("/Annots") for page in reader.pages)
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def purpose_id(workspace: Workspace, code: BuiltInPurpose) -> int:
    return next(p.id for p in consent.list_purposes(workspace, include_inactive=True) if p.code == code.value)


def printed(workspace: Workspace) -> list[AuditEvent]:
    with workspace.transaction() as session:
        events = list(
            session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == AuditAction.DOCUMENT_PRINTED.value)
                .order_by(AuditEvent.seq)
            )
        )
        session.expunge_all()
        return events


def set_client(workspace: Workspace, client_id: int, **values: object) -> None:
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        for name, value in values.items():
            setattr(client, name, value)


def prepare(workspace: Workspace, *, last_name: str = "Vries") -> dict[str, int]:
    """A firm with contact details, a client with a BSN and birth date, a consent for a named third party,
    a continuing authorisation, and two disclosures (one on each)."""
    settings.save_firm_details(
        workspace,
        FirmDetails(
            firm_name=FIRM, address="Nieuwe Steen 34", postcode="1625 HV", city="Hoorn", email="info@calqi.nl"
        ),
    )
    client_id = clients.create_client(
        workspace,
        ClientDraft(
            initials="J.A.",
            tussenvoegsel="de",
            last_name=last_name,
            addresses=(
                AddressDraft(street="Oudegracht", house_number="231", postcode="3511 NK", city="Utrecht"),
            ),
        ),
        SpecialChanges(fields={"bsn": BSN, "birth_date": "1980-06-15"}),
        (
            BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION),
            BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT),
        ),
    )
    seeded = statement_versions.list_versions(workspace)[-1]
    given = consent.give_consent(
        workspace,
        client_id,
        ConsentDraft(
            purpose_id=purpose_id(workspace, BuiltInPurpose.THIRD_PARTY),
            given_at=GIVEN_AT,
            method=ConsentMethod.EMAIL,
            statement_version_id=seeded.id,
            recipient="Hypotheekbank B.V.",
        ),
    )
    authorisation = authorisations.add_authorisation(
        workspace,
        client_id,
        AuthorisationDraft(
            kind=AuthorisationKind.CONTINUING,
            tax_type=TaxType.IB,
            year_from=2024,
            valid_from=date(2026, 1, 15),
        ),
    )
    disclosures.record_disclosure(
        workspace,
        client_id,
        DisclosureDraft(
            document_type=DocumentType.TAX_RETURN,
            tax_type=TaxType.IB,
            year=2025,
            recipient_kind=RecipientKind.BELASTINGDIENST,
            disclosed_on=date(2026, 4, 30),
            channel=DisclosureChannel.ELECTRONIC,
        ),
    )
    disclosures.record_disclosure(
        workspace,
        client_id,
        DisclosureDraft(
            document_type=DocumentType.FINANCIAL_REPORT,
            year=2025,
            recipient_kind=RecipientKind.THIRD_PARTY,
            recipient_name="Hypotheekbank B.V.",
            disclosed_on=date(2026, 6, 12),
            channel=DisclosureChannel.EMAIL,
        ),
    )
    version = statement_versions.add_version(
        workspace,
        StatementVersionDraft(version="2026-1", effective_on=date(2026, 1, 1), text="De verklaring."),
        today=date(2025, 12, 1),  # announced in advance
    )
    return {
        "client": client_id,
        "consent": given.id,
        "event": given.events[-1].id,
        "authorisation": authorisation.id,
        "version": version.id,
    }


def assert_no_personal_data_in_audit(workspace: Workspace, *names: str) -> None:
    for event in printed(workspace):
        for name in (*names, "Vries", BSN, "Hypotheekbank", "Oudegracht"):
            assert name not in event.details


# --- the four documents -------------------------------------------------------------------------------


def test_consent_form_shows_client_chosen_purposes_and_current_statement(workspace: Workspace) -> None:
    ids = prepare(workspace)
    newsletter = purpose_id(workspace, BuiltInPurpose.NEWSLETTER)
    third_party = purpose_id(workspace, BuiltInPurpose.THIRD_PARTY)
    data = privacy_documents.consent_form(workspace, ids["client"], [third_party, newsletter])
    content = text_of(data)
    number = clients.open_dossier(workspace, ids["client"], audit=False).draft.client_number
    assert "Toestemmingsformulier" in content
    assert f"Naam J.A. de Vries Klantnummer {number} Adres Oudegracht 231, 3511 NK Utrecht" in content
    labels = {p.id: p.label() for p in consent.list_purposes(workspace)}
    assert content.index(labels[newsletter]) < content.index(labels[third_party])  # the statement's order
    assert content.count("☐ Ja ☐ Nee") == 2
    assert "Versie 2026-1 Geldig vanaf 01-01-2026" in content
    assert "per brief aan Administratiekantoor Test B.V., Nieuwe Steen 34, 1625 HV Hoorn" in content
    assert "Pagina 1 van" in content
    assert BSN not in content and "15-06-1980" not in content
    [event] = printed(workspace)
    assert event.client_id == ids["client"]
    assert json.loads(event.details) == {
        "document": "consent-form",
        "purpose_ids": f"{newsletter},{third_party}",
        "statement_version_id": ids["version"],
    }
    assert_no_personal_data_in_audit(workspace)


def test_consent_form_purposes_default_and_refusals(workspace: Workspace) -> None:
    ids = prepare(workspace)
    everything = text_of(privacy_documents.consent_form(workspace, ids["client"], []))
    active = consent.list_purposes(workspace)
    assert everything.count("☐ Ja ☐ Nee") == len(active) >= 6
    with pytest.raises(ConsentPurposeNotFoundError):
        privacy_documents.consent_form(workspace, ids["client"], [987654])
    with workspace.transaction() as session:
        session.execute(
            text("UPDATE consent_purpose SET active = 0 WHERE code = :code"),
            {"code": BuiltInPurpose.PROMOTIONS.value},
        )
    with pytest.raises(ConsentPurposeInactiveError):
        privacy_documents.consent_form(
            workspace, ids["client"], [purpose_id(workspace, BuiltInPurpose.PROMOTIONS)]
        )
    assert len(printed(workspace)) == 1


def test_consent_form_needs_a_statement_version(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J.", last_name="Vries"))
    with workspace.transaction() as session:
        session.execute(text("DELETE FROM privacy_statement_version"))
    with pytest.raises(NoStatementVersionError):
        privacy_documents.consent_form(
            workspace, client_id, [purpose_id(workspace, BuiltInPurpose.NEWSLETTER)]
        )
    assert printed(workspace) == []


def test_consent_receipt_confirms_the_latest_event(workspace: Workspace) -> None:
    ids = prepare(workspace)
    content = text_of(privacy_documents.consent_receipt(workspace, ids["consent"]))
    assert "Ontvangstbewijs toestemming" in content
    assert f"Ontvangstbewijs TS-{ids['consent']}-{ids['event']}" in content
    assert f"Moment van toestemming {pdf.format_datetime_nl(GIVEN_AT)}" in content
    assert "Wijze van verkrijgen Per e-mail" in content
    assert "Privacyverklaring Versie 2018-05 Geldig vanaf 25-05-2018" in content  # the version of the event
    assert "Naam J.A. de Vries" in content
    assert "Doorgifte aan een derde Ja, aan Hypotheekbank B.V." in content
    assert "Vastgelegd door beheerder" in content
    assert "Pagina 1 van" in content
    assert BSN not in content
    [event] = printed(workspace)
    assert json.loads(event.details) == {
        "document": "consent-receipt",
        "consent_id": ids["consent"],
        "event_id": ids["event"],
    }
    with pytest.raises(ConsentNotFoundError):
        privacy_documents.consent_receipt(workspace, 987654)


def test_authorisation_form_shows_scope_and_years(workspace: Workspace) -> None:
    ids = prepare(workspace)
    content = text_of(privacy_documents.authorisation_form(workspace, ids["authorisation"]))
    assert "Machtiging" in content
    assert "Ondergetekende, J.A. de Vries, klantnummer" in content
    assert f"machtigt hierbij {FIRM} om namens ondergetekende de aangiften inkomstenbelasting (IB)" in content
    assert "Belastingjaren vanaf 2024, tot wederopzegging" in content
    assert "Geldig vanaf 15-01-2026" in content
    assert "Pagina 1 van" in content
    [event] = printed(workspace)
    assert json.loads(event.details) == {
        "document": "authorisation-form",
        "authorisation_id": ids["authorisation"],
    }
    with pytest.raises(AuthorisationNotFoundError):
        privacy_documents.authorisation_form(workspace, 987654)


def test_disclosure_overview_lists_each_disclosure_with_its_basis(workspace: Workspace) -> None:
    ids = prepare(workspace)
    content = text_of(privacy_documents.disclosure_overview(workspace, ids["client"]))
    [given] = consent.client_consents(workspace, ids["client"])
    assert "Overzicht verstrekkingen" in content
    assert "Naam J.A. de Vries" in content
    newest = content.index(
        f"12-06-2026 Financiële rapportage 2025 Hypotheekbank B.V. Per e-mail Toestemming: {given.title()}"
    )
    older = content.index("30-04-2026 Belastingaangifte Inkomstenbelasting (IB) 2025 Belastingdienst")
    assert newest < older
    assert "Machtiging: " in content[older:]
    assert "In totaal: 2 verstrekkingen." in content
    assert "Pagina 1 van" in content
    [event] = printed(workspace)
    assert json.loads(event.details) == {"document": "disclosure-overview", "disclosures": 2}


def test_client_names_with_markup_are_printed_literally(workspace: Workspace) -> None:
    ids = prepare(workspace, last_name=HOSTILE_PERSON)
    organisation = clients.create_client(
        workspace, ClientDraft(kind=ClientKind.ORGANISATION, organisation_name=HOSTILE_ORGANISATION)
    )
    person_documents = [
        privacy_documents.consent_form(workspace, ids["client"], []),
        privacy_documents.consent_receipt(workspace, ids["consent"]),
        privacy_documents.authorisation_form(workspace, ids["authorisation"]),
        privacy_documents.disclosure_overview(workspace, ids["client"]),
    ]
    for data in person_documents:
        assert f"J.A. de {HOSTILE_PERSON}" in text_of(data)
    for data in (
        privacy_documents.consent_form(workspace, organisation, []),
        privacy_documents.disclosure_overview(workspace, organisation),
    ):
        assert f"Organisatie {HOSTILE_ORGANISATION}" in text_of(data)
    assert_no_personal_data_in_audit(workspace, HOSTILE_PERSON, "Jansen", "<")
    assert len(printed(workspace)) == 6


# --- who may, and when not -----------------------------------------------------------------------------


def test_the_assistent_may_print_consent_documents_but_not_the_others(
    created_vault: tuple[Path, str],
) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    try:
        ids = prepare(admin)
    finally:
        admin.sign_out()
    assistent = sign_in(folder, "sam")
    try:
        assert text_of(privacy_documents.consent_form(assistent, ids["client"], []))
        assert text_of(privacy_documents.consent_receipt(assistent, ids["consent"]))
        with pytest.raises(PermissionDeniedError):
            privacy_documents.authorisation_form(assistent, ids["authorisation"])
        with pytest.raises(PermissionDeniedError):
            privacy_documents.disclosure_overview(assistent, ids["client"])
        assert [json.loads(e.details)["document"] for e in printed(assistent)] == [
            "consent-form",
            "consent-receipt",
        ]
    finally:
        assistent.sign_out()
    accountant = sign_in(folder, "anna")
    try:
        assert text_of(privacy_documents.authorisation_form(accountant, ids["authorisation"]))
        assert text_of(privacy_documents.disclosure_overview(accountant, ids["client"]))
    finally:
        accountant.sign_out()


def test_a_restricted_or_anonymised_client_gets_no_document(workspace: Workspace) -> None:
    ids = prepare(workspace)
    set_client(workspace, ids["client"], restricted=True, restriction_reason="Bezwaar")
    attempts = [
        lambda: privacy_documents.consent_form(workspace, ids["client"], []),
        lambda: privacy_documents.consent_receipt(workspace, ids["consent"]),
        lambda: privacy_documents.authorisation_form(workspace, ids["authorisation"]),
        lambda: privacy_documents.disclosure_overview(workspace, ids["client"]),
    ]
    for attempt in attempts:
        with pytest.raises(ClientRestrictedError):
            attempt()
    set_client(workspace, ids["client"], restricted=False, status="anonymised")
    for attempt in attempts:
        with pytest.raises(ClientAnonymisedError):
            attempt()
    assert printed(workspace) == []
    set_client(workspace, ids["client"], status="active")
    assert text_of(attempts[3]())
    assert len(printed(workspace)) == 1
