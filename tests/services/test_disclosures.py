"""Recording disclosures on a real vault: allowed ones rest on an authorisation or consent,
refused ones leave only their committed audit event, and the Dutch reason is the message."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from sqlalchemy import func, select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import (
    AuthorisationDraft,
    AuthorisationKind,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.clients import ClientDraft, ClientKind, ClientStatus
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod, WithdrawalDraft
from calqi_desktop.domain.disclosures import DisclosureChannel, DisclosureDraft, RefusalReason, Verdict
from calqi_desktop.domain.errors import (
    ClientNotFoundError,
    DateInFutureError,
    DisclosureRefusedError,
    FieldValidationError,
    PermissionDeniedError,
    RequiredFieldError,
    TaxYearError,
)
from calqi_desktop.domain.statement import StatementVersionDraft
from calqi_desktop.services import auth, authorisations, clients, consent, disclosures, statement_versions
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import AuditEvent, Client, DisclosureRow

TODAY = date(2025, 6, 15)
ON = date(2025, 6, 2)
HYPO = "Hypotheekbank Zuid B.V."
IB_RETURN_2024 = DisclosureDraft(
    document_type=DocumentType.TAX_RETURN,
    year=2024,
    recipient_kind=RecipientKind.BELASTINGDIENST,
    disclosed_on=ON,
    channel=DisclosureChannel.ELECTRONIC,
    tax_type=TaxType.IB,
)
REPORT_TO_HYPO = DisclosureDraft(
    document_type=DocumentType.FINANCIAL_REPORT,
    year=2024,
    recipient_kind=RecipientKind.THIRD_PARTY,
    recipient_name=HYPO,
    disclosed_on=ON,
    channel=DisclosureChannel.EMAIL,
    note="Op verzoek van de klant",
)
CONTINUING_IB = AuthorisationDraft(
    AuthorisationKind.CONTINUING, tax_type=TaxType.IB, year_from=2024, valid_from=date(2024, 1, 1)
)


def sign_in(folder: Path, user: str) -> Workspace:
    password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
    return auth.sign_in(folder, user, password, kdf=TEST_ONLY_KDF)


def events(
    workspace: Workspace, action: AuditAction, client_id: int | None = None
) -> list[dict[str, object]]:
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=action.value, client_id=client_id)
        return [listed.record.details for listed in audit_store.find_events(session, query)]


def disclosure_rows(workspace: Workspace) -> int:
    with workspace.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(DisclosureRow)) or 0)


def new_client(workspace: Workspace) -> int:
    """An organisation, so consent needs no guardian rule."""
    draft = ClientDraft(kind=ClientKind.ORGANISATION, organisation_name="Bakkerij de Vries B.V.")
    return clients.create_client(workspace, draft)


def give(
    workspace: Workspace,
    client_id: int,
    purpose: BuiltInPurpose,
    recipient: str,
    given_at: datetime = datetime(2025, 1, 6, 10, 0, tzinfo=UTC),
) -> int:
    """Record a consent through the consent service, under a statement version."""
    version = statement_versions.current_version(workspace)
    if version is None:
        version = statement_versions.add_version(
            workspace, StatementVersionDraft("test-1", date(2024, 1, 1), text="Privacyverklaring")
        )
    purpose_id = next(p.id for p in consent.list_purposes(workspace) if p.code == purpose.value)
    draft = ConsentDraft(
        purpose_id=purpose_id,
        given_at=given_at,
        method=ConsentMethod.PAPER,
        statement_version_id=version.id,
        recipient=recipient,
    )
    return consent.give_consent(workspace, client_id, draft).id


def refused(workspace: Workspace, client_id: int, draft: DisclosureDraft) -> RefusalReason:
    with pytest.raises(DisclosureRefusedError) as caught:
        disclosures.record_disclosure(workspace, client_id, draft, today=TODAY)
    reason = caught.value.reason
    assert isinstance(reason, RefusalReason)
    assert caught.value.message() == reason.label()
    assert caught.value.message("en") == reason.label("en")
    return reason


@pytest.fixture
def client_id(workspace: Workspace) -> int:
    return new_client(workspace)


def test_an_allowed_disclosure_is_recorded_with_its_authorisation(
    workspace: Workspace, client_id: int
) -> None:
    basis = authorisations.add_authorisation(workspace, client_id, CONTINUING_IB, today=TODAY)
    assert disclosures.check_disclosure(workspace, client_id, IB_RETURN_2024, today=TODAY) == Verdict(
        None, authorisation_id=basis.id
    )
    recorded = disclosures.record_disclosure(workspace, client_id, IB_RETURN_2024, today=TODAY)
    assert (recorded.authorisation_id, recorded.consent_id) == (basis.id, None)
    assert recorded.authorisation == "Doorlopende machtiging – Inkomstenbelasting (IB), vanaf 2024"
    assert recorded.what() == "Belastingaangifte Inkomstenbelasting (IB) 2024"
    assert (recorded.recipient(), recorded.recorded_by, recorded.disclosed_on) == (
        "Belastingdienst",
        ADMIN,
        ON,
    )
    assert events(workspace, AuditAction.DISCLOSURE_RECORDED, client_id) == [
        {
            "disclosure_id": recorded.id,
            "document_type": "tax-return",
            "tax_type": "ib",
            "year": 2024,
            "recipient_kind": "belastingdienst",
            "channel": "electronic",
            "authorisation_id": basis.id,
            "consent_id": None,
        }
    ]
    assert events(workspace, AuditAction.DISCLOSURE_REFUSED) == []
    assert disclosures.client_disclosures(workspace, client_id) == [recorded]


def test_a_refusal_is_audited_and_committed_and_nothing_is_stored(
    workspace: Workspace, client_id: int
) -> None:
    reason = refused(workspace, client_id, IB_RETURN_2024)
    assert reason is RefusalReason.NO_AUTHORISATION
    assert events(workspace, AuditAction.DISCLOSURE_REFUSED, client_id) == [
        {
            "reason": "no-authorisation",
            "recipient_kind": "belastingdienst",
            "document_type": "tax-return",
            "tax_type": "ib",
            "year": 2024,
            "channel": "electronic",
            "sale": False,
        }
    ]
    assert disclosure_rows(workspace) == 0
    assert disclosures.client_disclosures(workspace, client_id) == []
    # the event survives the session: it was committed, not rolled back with the refusal
    folder = workspace.vault.folder
    workspace.sign_out()
    again = sign_in(folder, ADMIN)
    try:
        assert [e["reason"] for e in events(again, AuditAction.DISCLOSURE_REFUSED, client_id)] == [
            "no-authorisation"
        ]
    finally:
        again.sign_out()


def test_refusals_on_the_vault(workspace: Workspace, client_id: int) -> None:
    via = authorisations.add_authorisation(
        workspace, client_id, AuthorisationDraft(AuthorisationKind.VIA, year_from=2024), today=TODAY
    )
    assert refused(workspace, client_id, IB_RETURN_2024) is RefusalReason.NOT_ACTIVATED
    authorisations.activate_via(workspace, via.id, "AB12CD34", date(2025, 3, 1), today=TODAY)
    assert refused(workspace, client_id, replace(IB_RETURN_2024, year=2025)) is RefusalReason.WRONG_YEAR
    assert (
        refused(workspace, client_id, replace(IB_RETURN_2024, tax_type=TaxType.BTW))
        is RefusalReason.WRONG_KIND
    )
    bank = replace(IB_RETURN_2024, recipient_kind=RecipientKind.BANK, recipient_name="ING Bank N.V.")
    assert refused(workspace, client_id, bank) is RefusalReason.WRONG_RECIPIENT
    assert refused(workspace, client_id, replace(IB_RETURN_2024, disclosed_on=date(2025, 2, 28))) is (
        RefusalReason.NOT_YET_VALID
    )
    assert (
        disclosures.record_disclosure(workspace, client_id, IB_RETURN_2024, today=TODAY).authorisation_id
        == via.id
    )
    authorisations.revoke_authorisation(workspace, via.id, date(2025, 6, 10), "Klant vertrokken", today=TODAY)
    later = replace(IB_RETURN_2024, disclosed_on=date(2025, 6, 11))
    assert refused(workspace, client_id, later) is RefusalReason.REVOKED
    assert (
        disclosures.record_disclosure(workspace, client_id, IB_RETURN_2024, today=TODAY).authorisation_id
        == via.id
    )
    reasons = [e["reason"] for e in events(workspace, AuditAction.DISCLOSURE_REFUSED, client_id)]
    assert reasons == [
        "revoked",
        "not-yet-valid",
        "wrong-recipient",
        "wrong-kind",
        "wrong-year",
        "not-activated",
    ]
    assert disclosure_rows(workspace) == 2


def test_sent_by_the_client_is_recorded_as_such(workspace: Workspace, client_id: int) -> None:
    by_client = replace(
        REPORT_TO_HYPO, recipient_kind=RecipientKind.BANK, channel=DisclosureChannel.SENT_BY_CLIENT
    )
    recorded = disclosures.record_disclosure(workspace, client_id, by_client, today=TODAY)
    assert (recorded.channel, recorded.authorisation_id, recorded.consent_id) == (
        DisclosureChannel.SENT_BY_CLIENT,
        None,
        None,
    )
    assert recorded.authorisation == "" and recorded.recipient() == HYPO


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"restricted": True}, RefusalReason.RESTRICTED),
        ({"status": ClientStatus.ANONYMISED.value}, RefusalReason.ANONYMISED),
    ],
)
def test_a_restricted_or_anonymised_client_gets_nothing(
    workspace: Workspace, client_id: int, change: dict[str, object], reason: RefusalReason
) -> None:
    authorisations.add_authorisation(workspace, client_id, CONTINUING_IB, today=TODAY)
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        for name, value in change.items():
            setattr(client, name, value)
    assert refused(workspace, client_id, IB_RETURN_2024) is reason
    by_client = replace(IB_RETURN_2024, channel=DisclosureChannel.SENT_BY_CLIENT)
    assert refused(workspace, client_id, by_client) is reason
    assert [e["reason"] for e in events(workspace, AuditAction.DISCLOSURE_REFUSED, client_id)] == [
        reason.value
    ] * 2
    assert disclosure_rows(workspace) == 0


def test_a_third_party_needs_consent_for_that_recipient(workspace: Workspace, client_id: int) -> None:
    assert refused(workspace, client_id, REPORT_TO_HYPO) is RefusalReason.NO_CONSENT
    give(workspace, client_id, BuiltInPurpose.THIRD_PARTY, "Makelaardij Jansen")
    assert refused(workspace, client_id, REPORT_TO_HYPO) is RefusalReason.NO_CONSENT
    consent_id = give(workspace, client_id, BuiltInPurpose.THIRD_PARTY, "hypotheekbank zuid bv")
    recorded = disclosures.record_disclosure(workspace, client_id, REPORT_TO_HYPO, today=TODAY)
    assert (recorded.consent_id, recorded.authorisation_id, recorded.note) == (
        consent_id,
        None,
        "Op verzoek van de klant",
    )
    sale = replace(REPORT_TO_HYPO, sale=True)
    assert refused(workspace, client_id, sale) is RefusalReason.NO_SALE_CONSENT
    sale_consent = give(workspace, client_id, BuiltInPurpose.SALE, HYPO)
    assert disclosures.record_disclosure(workspace, client_id, sale, today=TODAY).consent_id == sale_consent

    consent.withdraw_consent(
        workspace,
        WithdrawalDraft(consent_id, datetime(2025, 2, 1, 9, 0, tzinfo=UTC), ConsentMethod.EMAIL),
    )
    assert refused(workspace, client_id, REPORT_TO_HYPO) is RefusalReason.NO_CONSENT
    assert [d.consent_id for d in disclosures.client_disclosures(workspace, client_id)] == [
        sale_consent,
        consent_id,
    ]
    details = " ".join(e for e in _all_details(workspace))
    assert "ypotheek" not in details and "Jansen" not in details and "verzoek" not in details


def test_a_backdated_disclosure_rests_only_on_a_consent_that_stood_that_day(
    workspace: Workspace, client_id: int
) -> None:
    """A consent given today does not cover a disclosure dated before it; a later withdrawal
    does not undo a disclosure dated while it stood."""
    consent_id = give(
        workspace, client_id, BuiltInPurpose.THIRD_PARTY, HYPO, datetime(2025, 6, 10, 10, 0, tzinfo=UTC)
    )
    sale_id = give(workspace, client_id, BuiltInPurpose.SALE, HYPO, datetime(2025, 6, 10, 10, 0, tzinfo=UTC))
    sale = replace(REPORT_TO_HYPO, sale=True)
    assert REPORT_TO_HYPO.disclosed_on == date(2025, 6, 2)
    assert refused(workspace, client_id, REPORT_TO_HYPO) is RefusalReason.NO_CONSENT
    assert refused(workspace, client_id, sale) is RefusalReason.NO_SALE_CONSENT
    assert disclosures.check_disclosure(workspace, client_id, REPORT_TO_HYPO, today=TODAY) == Verdict(
        RefusalReason.NO_CONSENT
    )
    on_the_day = replace(REPORT_TO_HYPO, disclosed_on=date(2025, 6, 10))
    assert (
        disclosures.record_disclosure(workspace, client_id, on_the_day, today=TODAY).consent_id == consent_id
    )
    assert (
        disclosures.record_disclosure(
            workspace, client_id, replace(sale, disclosed_on=date(2025, 6, 11)), today=TODAY
        )
    ).consent_id == sale_id

    consent.withdraw_consent(
        workspace,
        WithdrawalDraft(consent_id, datetime(2025, 6, 13, 10, 0, tzinfo=UTC), ConsentMethod.EMAIL),
    )
    while_it_stood = replace(REPORT_TO_HYPO, disclosed_on=date(2025, 6, 12))
    assert (
        disclosures.record_disclosure(workspace, client_id, while_it_stood, today=TODAY).consent_id
        == consent_id
    )
    for day in (date(2025, 6, 13), date(2025, 6, 14), date(2025, 6, 9)):
        assert (
            refused(workspace, client_id, replace(REPORT_TO_HYPO, disclosed_on=day))
            is RefusalReason.NO_CONSENT
        )
    assert disclosure_rows(workspace) == 3


@pytest.mark.parametrize(
    ("change", "key", "error"),
    [
        ({"tax_type": None}, "tax_type", RequiredFieldError),
        ({"year": 1980}, "year", TaxYearError),
        ({"disclosed_on": date(2025, 6, 16)}, "disclosed_on", DateInFutureError),
        ({"recipient_kind": RecipientKind.BANK}, "recipient_name", RequiredFieldError),
    ],
)
def test_input_errors_are_not_refusals(
    workspace: Workspace,
    client_id: int,
    change: dict[str, object],
    key: str,
    error: type[FieldValidationError],
) -> None:
    bad = replace(IB_RETURN_2024, **change)  # type: ignore[arg-type]
    with pytest.raises(error) as caught:
        disclosures.record_disclosure(workspace, client_id, bad, today=TODAY)
    assert caught.value.field == key
    with pytest.raises(error):
        disclosures.check_disclosure(workspace, client_id, bad, today=TODAY)
    assert events(workspace, AuditAction.DISCLOSURE_REFUSED) == []
    with pytest.raises(ClientNotFoundError):
        disclosures.record_disclosure(workspace, 999, IB_RETURN_2024, today=TODAY)


def test_checking_records_and_audits_nothing(workspace: Workspace, client_id: int) -> None:
    before = len(_all_details(workspace))
    verdict = disclosures.check_disclosure(workspace, client_id, REPORT_TO_HYPO, today=TODAY)
    assert verdict == Verdict(RefusalReason.NO_CONSENT)
    assert len(_all_details(workspace)) == before
    assert disclosure_rows(workspace) == 0


@pytest.fixture
def staff_client(created_vault: tuple[Path, str]) -> Iterator[tuple[Path, int]]:
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    try:
        client_id = new_client(admin)
        authorisations.add_authorisation(admin, client_id, CONTINUING_IB, today=TODAY)
        disclosures.record_disclosure(admin, client_id, IB_RETURN_2024, today=TODAY)
    finally:
        admin.sign_out()
    yield folder, client_id


def test_who_may_record(staff_client: tuple[Path, int]) -> None:
    folder, client_id = staff_client
    for user in ("sam", "fleur"):
        workspace = sign_in(folder, user)
        try:
            with pytest.raises(PermissionDeniedError):
                disclosures.record_disclosure(workspace, client_id, IB_RETURN_2024, today=TODAY)
            with pytest.raises(PermissionDeniedError):
                disclosures.check_disclosure(workspace, client_id, IB_RETURN_2024, today=TODAY)
            assert len(disclosures.client_disclosures(workspace, client_id)) == 1  # the log itself is visible
        finally:
            workspace.sign_out()
    anna = sign_in(folder, "anna")
    try:
        recorded = disclosures.record_disclosure(
            anna, client_id, replace(IB_RETURN_2024, year=2025), today=TODAY
        )
        assert recorded.recorded_by == "anna"
        assert [d.year for d in disclosures.client_disclosures(anna, client_id)] == [2025, 2024]
    finally:
        anna.sign_out()


def _all_details(workspace: Workspace) -> list[str]:
    with workspace.transaction() as session:
        return list(session.scalars(select(AuditEvent.details)).all())


def test_an_expired_or_never_granted_authorisation_is_refused_on_the_vault(
    workspace: Workspace, client_id: int
) -> None:
    expired = AuthorisationDraft(
        AuthorisationKind.CONTINUING,
        tax_type=TaxType.IB,
        year_from=2020,
        valid_from=date(2021, 1, 1),
        valid_until=date(2025, 6, 1),
    )
    made = authorisations.add_authorisation(workspace, client_id, expired, today=TODAY)
    last_day = replace(IB_RETURN_2024, disclosed_on=date(2025, 6, 1))
    assert (
        disclosures.record_disclosure(workspace, client_id, last_day, today=TODAY).authorisation_id == made.id
    )
    assert refused(workspace, client_id, IB_RETURN_2024) is RefusalReason.EXPIRED  # the day after
    requested = AuthorisationDraft(
        AuthorisationKind.CLIENT_SIGNED,
        recipient_kind=RecipientKind.BANK,
        recipient_name="ING Bank N.V.",
        document_types=frozenset({DocumentType.ANNUAL_ACCOUNT}),
        year_from=2024,
        requested_on=date(2025, 5, 1),
    )
    authorisations.add_authorisation(workspace, client_id, requested, today=TODAY)
    account = replace(
        IB_RETURN_2024,
        document_type=DocumentType.ANNUAL_ACCOUNT,
        tax_type=None,
        recipient_kind=RecipientKind.BANK,
        recipient_name="ING Bank N.V.",
    )
    assert refused(workspace, client_id, account) is RefusalReason.NOT_GRANTED
    reasons = [e["reason"] for e in events(workspace, AuditAction.DISCLOSURE_REFUSED, client_id)]
    assert reasons == ["not-granted", "expired"]  # newest first
    assert disclosure_rows(workspace) == 1
