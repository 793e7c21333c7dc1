"""The demo vault's privacy work is valid by the rules the services enforce, and fills the dashboard.

Each test makes a real demo vault (`demo.create_demo_vault`) for a fixed
`TODAY` and reads it back through the services' own readers where they exist
(`authorisations.terms_in`, `disclosures.consent_terms_in`,
`consent.client_consents`) and with plain queries otherwise.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import (
    AuthorisationDraft,
    AuthorisationKind,
    AuthorisationStatus,
    DocumentType,
    RecipientKind,
    TaxType,
    check_authorisation_draft,
    normalise_activation_code,
)
from calqi_desktop.domain.clients import ClientKind, ClientStatus, LegalBasisKind
from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    ConsentDraft,
    ConsentMethod,
    ConsentStatus,
    GuardianDraft,
    GuardianRelation,
    check_guardian_rule,
    sixteenth_birthday,
)
from calqi_desktop.domain.dashboard import DashboardKind
from calqi_desktop.domain.disclosures import (
    DisclosureChannel,
    DisclosureDraft,
    check_disclosure_draft,
    decide,
)
from calqi_desktop.domain.search_text import fold
from calqi_desktop.domain.statement import StatementVersionDraft
from calqi_desktop.services import (
    authorisations,
    consent,
    dashboard,
    demo,
    demo_privacy,
    disclosures,
    statement_versions,
)
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import (
    AuthorisationRow,
    Client,
    ConsentEventRow,
    ConsentPurposeRow,
    ConsentRow,
    DisclosureRow,
    LegalBasisRecord,
    PrivacyStatementVersionRow,
    StatementNotice,
)

TODAY = date(2026, 11, 20)
CLIENTS = 400


@pytest.fixture
def demo_vault(tmp_path: Path) -> Iterator[Workspace]:
    workspace, _code = demo.create_demo_vault(
        tmp_path / "demo", kdf=TEST_ONLY_KDF, clients=CLIENTS, today=TODAY
    )
    yield workspace
    if workspace.is_open:
        workspace.sign_out()


def _age(born: date) -> int:
    return TODAY.year - born.year - ((TODAY.month, TODAY.day) < (born.month, born.day))


def _purpose_ids(workspace: Workspace) -> dict[str, int]:
    with workspace.transaction() as session:
        return {
            code: id_ for code, id_ in session.execute(select(ConsentPurposeRow.code, ConsentPurposeRow.id))
        }


def test_special_data_rest_on_consent_only_where_the_special_data_consent_is_given(
    demo_vault: Workspace,
) -> None:
    special = _purpose_ids(demo_vault)[BuiltInPurpose.SPECIAL_DATA.value]
    with demo_vault.transaction() as session:
        on_consent = set(
            session.scalars(
                select(LegalBasisRecord.client_id).where(
                    LegalBasisRecord.basis == LegalBasisKind.CONSENT.value,
                    LegalBasisRecord.ended_at.is_(None),
                )
            )
        )
        consenting = set(
            session.scalars(
                select(ConsentRow.client_id).where(
                    ConsentRow.purpose_id == special, ConsentRow.status == ConsentStatus.GIVEN.value
                )
            )
        )
        persons = session.scalar(
            select(func.count()).where(
                Client.kind == ClientKind.PERSON.value, Client.status == ClientStatus.ACTIVE.value
            )
        )
        for client_id in sorted(on_consent)[:20]:
            assert consent.has_special_data_consent(session, client_id)
    assert on_consent, "some special data rest on consent"
    assert on_consent <= consenting
    assert persons and 0.45 <= len(consenting) / persons <= 0.75  # about 60% of the persons


def test_guardian_consents_only_for_clients_under_16_on_the_day(demo_vault: Workspace) -> None:
    with demo_vault.transaction() as session:
        rows = session.execute(
            select(ConsentEventRow, ConsentRow, Client)
            .join(ConsentRow, ConsentRow.id == ConsentEventRow.consent_id)
            .join(Client, Client.id == ConsentEventRow.client_id)
            .where(ConsentEventRow.kind == "given")
        ).all()
        by_guardian = 0
        for event, row, client in rows:
            guardian = (
                GuardianDraft(GuardianRelation(event.guardian_relation), name=event.guardian_name)
                if event.guardian_relation
                else None
            )
            renew_due_on = check_guardian_rule(  # raises when the rule is broken
                subject_is_person=client.kind == ClientKind.PERSON.value,
                subject_birth_date=client.birth_date,
                given_on=event.occurred_at.date(),
                guardian=guardian,
                age_confirmed=False,
                subject_id=client.id,
            )
            assert row.renew_due_on == renew_due_on
            assert row.via_guardian == (guardian is not None)
            if guardian is not None:
                by_guardian += 1
                assert event.guardian_name.strip()
                assert client.birth_date is not None
                assert row.renew_due_on == sixteenth_birthday(client.birth_date)
                assert 15 <= _age(client.birth_date) <= 17
    due = [row.renew_due_on for _e, row, _c in rows if row.renew_due_on is not None]
    assert by_guardian >= 3
    assert any(day <= TODAY for day in due), "some minors have turned 16: renewal due"
    assert any(day > TODAY for day in due), "some are not 16 yet"


def test_consent_histories_lie_under_the_first_version_and_before_the_new_one(demo_vault: Workspace) -> None:
    with demo_vault.transaction() as session:
        first, new = session.scalars(
            select(PrivacyStatementVersionRow).order_by(PrivacyStatementVersionRow.effective_on)
        ).all()
        consents = session.scalars(select(ConsentRow)).all()
        events = session.scalars(select(ConsentEventRow).order_by(ConsentEventRow.id)).all()
    assert first.version == "2018-05"
    assert (new.version, new.effective_on) == ("2026-1", date(2027, 1, 1))
    assert new.added_at.date() == TODAY - timedelta(days=demo_privacy.NEW_VERSION_AGE_DAYS)
    history: dict[int, list[ConsentEventRow]] = {}
    for event in events:
        history.setdefault(event.consent_id, []).append(event)
        assert event.statement_version_id == first.id
        assert first.effective_on <= event.occurred_at.date()
        assert event.occurred_at <= event.recorded_at < new.added_at
        assert json.loads(event.decisions) == {}
    withdrawn = [row for row in consents if row.status == ConsentStatus.WITHDRAWN.value]
    assert withdrawn, "a few consents were withdrawn"
    for row in consents:
        kinds = [event.kind for event in history[row.id]]
        assert kinds == (["given", "withdrawn"] if row in withdrawn else ["given"])
        assert row.given_at == history[row.id][0].occurred_at
        assert row.withdrawn_at == (history[row.id][-1].occurred_at if row in withdrawn else None)
        assert row.statement_version_id == first.id
    third = [row for row in consents if row.recipient]
    assert third and {row.recipient for row in third} <= set(demo_privacy.THIRD_PARTIES)


def test_every_authorisation_passes_the_register_checks(demo_vault: Workspace) -> None:
    with demo_vault.transaction() as session:
        rows = session.scalars(select(AuthorisationRow)).all()
        clients = session.scalars(select(Client)).all()
    assert rows
    for row in rows:
        draft = AuthorisationDraft(
            kind=AuthorisationKind(row.kind),
            recipient_kind=RecipientKind(row.recipient_kind),
            recipient_name=row.recipient_name,
            tax_type=TaxType(row.tax_type) if row.tax_type else None,
            document_types=frozenset(DocumentType(v) for v in row.document_types.split(",") if v),
            year_from=row.year_from,
            year_to=row.year_to,
            requested_on=row.requested_on,
            valid_from=row.valid_from,
            valid_until=row.valid_until,
            activation_code=row.activation_code,
            activated_on=row.activated_on,
            note=row.note,
        )
        checked = check_authorisation_draft(draft, today=TODAY)
        assert (checked.tax_type, checked.document_types, checked.year_to, checked.valid_from) == (
            draft.tax_type,
            draft.document_types,
            draft.year_to,
            draft.valid_from,
        ), row.id
        assert row.recipient_key == fold(row.recipient_name)
        if row.activation_code is not None:
            assert normalise_activation_code(row.activation_code) == row.activation_code
        assert row.revoked_on is None or (
            row.valid_from is not None and row.valid_from <= row.revoked_on < TODAY
        )
        assert row.created_at <= row.updated_at
    ended = {c.id: c.ended_on for c in clients if c.status == ClientStatus.ENDED.value}
    for row in rows:
        if row.client_id in ended:
            assert row.revoked_on == ended[row.client_id]

    terms = [authorisations.terms_of(row) for row in rows]
    kinds = Counter(row.kind for row in rows)
    assert set(kinds) == {kind.value for kind in AuthorisationKind}
    vias = [t for t in terms if t.kind is AuthorisationKind.VIA]
    awaiting = [t for t in vias if t.status_on(TODAY) is AuthorisationStatus.AWAITING_ACTIVATION]
    assert all(t.year_from == TODAY.year - 1 for t in vias)
    assert 0.08 <= len(awaiting) / len(vias) <= 0.25  # about 15%
    expiring = [
        t
        for t in terms
        if t.valid_until is not None
        and TODAY <= t.valid_until <= TODAY + timedelta(days=30)
        and t.status_on(TODAY) is AuthorisationStatus.ACTIVE
    ]
    assert 0.01 <= len(expiring) / len(terms) <= 0.06  # about 3%
    assert any(t.recipient_kind is RecipientKind.BANK for t in terms)
    assert any(t.status_on(TODAY) is AuthorisationStatus.REVOKED for t in terms)


def test_every_disclosure_is_allowed_on_the_clients_authorisations_and_consents(
    demo_vault: Workspace,
) -> None:
    with demo_vault.transaction() as session:
        rows = session.scalars(select(DisclosureRow).order_by(DisclosureRow.id)).all()
        clients = {c.id: c for c in session.scalars(select(Client))}
        channels = Counter(row.channel for row in rows)
        for row in rows:
            client = clients[row.client_id]
            draft = DisclosureDraft(
                document_type=DocumentType(row.document_type),
                year=row.year,
                recipient_kind=RecipientKind(row.recipient_kind),
                disclosed_on=row.disclosed_on,
                channel=DisclosureChannel(row.channel),
                recipient_name=row.recipient_name,
                tax_type=TaxType(row.tax_type) if row.tax_type else None,
            )
            assert check_disclosure_draft(draft, today=TODAY) == draft
            assert row.disclosed_on < (
                client.ended_on if client.status == ClientStatus.ENDED.value else TODAY
            )
            verdict = decide(
                draft,
                restricted=client.restricted,
                authorisations=authorisations.terms_in(session, row.client_id),
                consents=disclosures.consent_terms_in(session, row.client_id),
            )
            assert verdict.allowed, (row.id, verdict.refusal)
            if draft.channel is DisclosureChannel.SENT_BY_CLIENT:
                assert (row.authorisation_id, row.consent_id) == (None, None)
                assert draft.recipient_kind is RecipientKind.BELASTINGDIENST
            else:
                # The row names what the service would have recorded it on.
                assert (row.authorisation_id, row.consent_id) == (
                    verdict.authorisation_id,
                    verdict.consent_id,
                )
    assert channels[DisclosureChannel.SENT_BY_CLIENT.value] > 0
    assert channels[DisclosureChannel.ELECTRONIC.value] > channels[DisclosureChannel.SENT_BY_CLIENT.value]
    kinds = Counter(row.recipient_kind for row in rows)
    assert kinds[RecipientKind.BANK.value] and kinds[RecipientKind.THIRD_PARTY.value]
    assert len(rows) >= CLIENTS  # a few per client


def test_the_new_version_lists_every_client_with_a_given_consent(demo_vault: Workspace) -> None:
    with demo_vault.transaction() as session:
        new_id = session.scalar(
            select(PrivacyStatementVersionRow.id).where(PrivacyStatementVersionRow.version == "2026-1")
        )
        added_at = session.scalar(
            select(PrivacyStatementVersionRow.added_at).where(PrivacyStatementVersionRow.id == new_id)
        )
        notices = session.scalars(select(StatementNotice).where(StatementNotice.version_id == new_id)).all()
        consenting = set(session.scalars(select(ConsentRow.client_id).where(ConsentRow.status == "given")))
    assert {n.client_id for n in notices} == consenting
    informed = [n for n in notices if n.informed_at is not None]
    assert 0.25 <= len(informed) / len(notices) <= 0.55  # about 40%
    assert added_at is not None
    for notice in informed:
        assert notice.channel and notice.informed_by is not None
        assert added_at < notice.informed_at < datetime.combine(TODAY, time(12))
    for notice in notices:
        assert notice.listed_at == added_at
    # The service lists the same clients for a later version.
    later = statement_versions.add_version(
        demo_vault, StatementVersionDraft("2027-1", date(2028, 1, 1), text="Demotekst 2027-1")
    )
    assert later.to_inform == len(notices)


def test_the_dashboard_has_something_in_every_section(demo_vault: Workspace) -> None:
    board = dashboard.load(demo_vault, today=TODAY)
    assert [section.kind for section in board.sections] == list(DashboardKind)
    for section in board.sections:
        assert section.count > 0 and section.items, section.kind
    renew = board.section(DashboardKind.CONSENTS_TO_RENEW)
    assert renew is not None and all(item.due_on and item.due_on <= TODAY for item in renew.items)


def test_the_services_read_and_extend_the_demo_data(demo_vault: Workspace) -> None:
    purposes = _purpose_ids(demo_vault)
    with demo_vault.transaction() as session:
        withdrawn = session.scalars(select(ConsentRow).where(ConsentRow.status == "withdrawn").limit(1)).one()
        third = session.scalars(select(ConsentRow).where(ConsentRow.recipient != "").limit(1)).one()
        version_id = session.scalar(
            select(PrivacyStatementVersionRow.id).where(PrivacyStatementVersionRow.version == "2018-05")
        )
        some = session.scalars(select(DisclosureRow.client_id).distinct().limit(5)).all()
    assert version_id is not None
    # Given again: the same consent gets a third event (the service finds it by its key).
    consent.give_consent(
        demo_vault,
        withdrawn.client_id,
        ConsentDraft(
            purpose_id=purposes[BuiltInPurpose.NEWSLETTER.value],
            given_at=datetime.combine(TODAY, time(12)),
            method=ConsentMethod.EMAIL,
            statement_version_id=version_id,
            age_confirmed=True,
        ),
        today=TODAY,
    )
    after = next(c for c in consent.client_consents(demo_vault, withdrawn.client_id) if c.id == withdrawn.id)
    assert [event.kind.value for event in after.events] == ["given", "withdrawn", "given"]
    # The third party, typed in capitals, is the same recipient.
    given = consent.give_consent(
        demo_vault,
        third.client_id,
        ConsentDraft(
            purpose_id=purposes[BuiltInPurpose.THIRD_PARTY.value],
            given_at=datetime.combine(TODAY, time(12)),
            method=ConsentMethod.PAPER,
            statement_version_id=version_id,
            recipient=third.recipient.upper(),
            age_confirmed=True,
        ),
        today=TODAY,
    )
    assert given.id == third.id and len(given.events) == 2
    for client_id in some:
        assert disclosures.client_disclosures(demo_vault, client_id)
        authorisations.client_authorisations(demo_vault, client_id)
    # And a new disclosure on a demo authorisation is recorded.
    with demo_vault.transaction() as session:
        via = session.scalars(
            select(AuthorisationRow)
            .where(AuthorisationRow.kind == "via", AuthorisationRow.activated_on.is_not(None))
            .limit(1)
        ).one()
    recorded = disclosures.record_disclosure(
        demo_vault,
        via.client_id,
        DisclosureDraft(
            DocumentType.TAX_RETURN,
            TODAY.year - 1,
            RecipientKind.BELASTINGDIENST,
            TODAY,
            DisclosureChannel.ELECTRONIC,
            tax_type=TaxType.IB,
        ),
        today=TODAY,
    )
    assert recorded.authorisation_id is not None


def test_the_first_clients_get_the_same_data_in_a_smaller_vault(
    tmp_path: Path, demo_vault: Workspace
) -> None:
    small, _code = demo.create_demo_vault(tmp_path / "klein", kdf=TEST_ONLY_KDF, clients=120, today=TODAY)

    def rows(workspace: Workspace, model: type, up_to: int) -> list[tuple[object, ...]]:
        table = model.__table__  # type: ignore[attr-defined]
        with workspace.transaction() as session:
            result = session.execute(select(table).where(table.c.client_id <= up_to).order_by(table.c.id))
            return [tuple(row) for row in result]

    try:
        for model in (ConsentRow, ConsentEventRow, AuthorisationRow, DisclosureRow):
            first = rows(small, model, 120)
            assert first, model
            assert rows(demo_vault, model, 120) == first, model
    finally:
        small.sign_out()


def test_the_demo_data_are_audited_by_counts(demo_vault: Workspace) -> None:
    with demo_vault.transaction() as session:
        records = list(audit_store.records(session))
        counts = {
            model: session.scalar(select(func.count()).select_from(model))
            for model in (ConsentRow, AuthorisationRow, DisclosureRow)
        }
    demo_events = [r.details for r in records if r.action == AuditAction.DEMO_DATA_CREATED]
    assert demo_events == [
        {"staff": len(demo.DEMO_ACCOUNTS)},
        {"clients": CLIENTS},
        {
            "consents": counts[ConsentRow],
            "authorisations": counts[AuthorisationRow],
            "disclosures": counts[DisclosureRow],
            "informed": demo_events[2]["informed"],
        },
    ]
    added = [r.details for r in records if r.action == AuditAction.STATEMENT_VERSION_ADDED]
    assert len(added) == 1 and added[0]["listed"] > 0
