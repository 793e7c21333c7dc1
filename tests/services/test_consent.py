"""Consent on a real vault: purposes, giving, the history, evidence, the consent-basis gate, roles and audit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ADMIN
from consent_helpers import (
    HOUR,
    at,
    audit_details,
    draft,
    pdf,
    person,
    seeded_version,
    set_client,
    sign_in,
)
from sqlalchemy import select, text

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    ChangeReason,
    ClientDraft,
    DocumentKind,
    LegalBasisKind,
    SpecialCategory,
)
from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    Consent,
    ConsentEventKind,
    ConsentEventOrderError,
    ConsentMethod,
    ConsentStatus,
    DecisionAction,
    PurposeDraft,
    PurposeInUseError,
    SpecialDataDecision,
    WithdrawalDraft,
)
from calqi_desktop.domain.errors import (
    BuiltInPurposeError,
    ClientAnonymisedError,
    ClientRestrictedError,
    ConsentBasisMissingError,
    ConsentInFutureError,
    ConsentPurposeInactiveError,
    ConsentPurposeNameTakenError,
    ConsentRecipientRequiredError,
    DocumentInUseError,
    EvidenceNotInDossierError,
    NoStatementVersionError,
    PermissionDeniedError,
    StatementVersionNotFoundError,
)
from calqi_desktop.services import clients, consent, documents, special_data
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.models import AuthorisationRow, ConsentEventRow, ConsentRow

#: Values that are personal data or free text: none may reach the audit trail.
SECRETS = ("Vries", "Bakker", "Hypotheekbank", "handtekening van moeder", "Klanttevredenheid", "2000-06-15")


# --- purposes -----------------------------------------------------------------------------


def test_the_statement_purposes_come_first_and_a_beheerder_adds_more(workspace: Workspace) -> None:
    built_in = consent.list_purposes(workspace)
    assert [p.code for p in built_in] == [p.value for p in BuiltInPurpose]
    special = built_in[0]
    assert special.covers_special_data and special.ends_service and special.explicit
    assert [p.code for p in built_in if p.needs_recipient] == ["third-party", "sale"]

    added = consent.save_purpose(
        workspace, PurposeDraft("  Klanttevredenheidsonderzoek ", "Customer survey", ends_service=True)
    )
    assert (added.label_nl, added.code, added.built_in, added.covers_special_data) == (
        "Klanttevredenheidsonderzoek",
        None,
        False,
        False,
    )
    another = consent.save_purpose(workspace, PurposeDraft("Afspraakherinnering"))
    assert [p.label_nl for p in consent.list_purposes(workspace)[6:]] == [
        "Afspraakherinnering",
        "Klanttevredenheidsonderzoek",
    ]
    consent.save_purpose(workspace, PurposeDraft("Afspraakherinnering", active=False), another.id)
    assert another.id not in [p.id for p in consent.list_purposes(workspace)]
    assert another.id in [p.id for p in consent.list_purposes(workspace, include_inactive=True)]
    with pytest.raises(ConsentPurposeInactiveError):
        consent.give_consent(workspace, person(workspace), draft(workspace, purpose_id=another.id))

    with pytest.raises(ConsentPurposeNameTakenError):
        consent.save_purpose(workspace, PurposeDraft("NIEUWSBRIEF"))
    with pytest.raises(BuiltInPurposeError):
        consent.save_purpose(workspace, PurposeDraft("Nieuwsbrief (maandelijks)"), special.id + 1)
    saved = audit_details(workspace, AuditAction.CONSENT_PURPOSE_SAVED)
    assert saved[-1] == {"purpose_id": added.id, "created": True, "active": True}
    assert saved[0] == {"purpose_id": another.id, "created": False, "active": False}


def test_what_a_purpose_means_stays_once_consent_was_given(workspace: Workspace) -> None:
    added = consent.save_purpose(workspace, PurposeDraft("Doorgifte aan adviseur", needs_recipient=True))
    client_id = person(workspace)
    consent.give_consent(
        workspace, client_id, draft(workspace, purpose_id=added.id, recipient="Adviesbureau Bakker")
    )
    with pytest.raises(PurposeInUseError):
        consent.save_purpose(workspace, PurposeDraft("Doorgifte aan adviseur"), added.id)
    renamed = consent.save_purpose(
        workspace, PurposeDraft("Doorgifte aan een adviseur", needs_recipient=True), added.id
    )
    assert renamed.label_nl == "Doorgifte aan een adviseur" and renamed.needs_recipient


# --- giving and the history -----------------------------------------------------------------


def test_give_withdraw_give_again_is_one_consent_with_three_events_in_order(workspace: Workspace) -> None:
    client_id = person(workspace)
    start = datetime.now(UTC) - 3 * HOUR
    first = consent.give_consent(workspace, client_id, draft(workspace, when=start, note="Formulier"))
    assert first.status is ConsentStatus.GIVEN and first.statement_version == "2018-05"
    consent.withdraw_consent(
        workspace, WithdrawalDraft(first.id, start + HOUR, ConsentMethod.EMAIL, note="Per mail")
    )
    again = consent.give_consent(
        workspace, client_id, draft(workspace, when=start + 2 * HOUR, method=ConsentMethod.PORTAL)
    )
    assert again.id == first.id and again.is_given and again.withdrawn_at is None
    assert [(e.kind, e.method) for e in again.events] == [
        (ConsentEventKind.GIVEN, ConsentMethod.PAPER),
        (ConsentEventKind.WITHDRAWN, ConsentMethod.EMAIL),
        (ConsentEventKind.GIVEN, ConsentMethod.PORTAL),
    ]
    assert [e.occurred_at for e in again.events] == [start, start + HOUR, start + 2 * HOUR]
    assert {e.recorded_by for e in again.events} == {ADMIN}
    assert [e.note for e in again.events] == ["Formulier", "Per mail", ""]
    assert again.given_at == start + 2 * HOUR
    assert consent.client_consents(workspace, client_id) == [again]

    with pytest.raises(Exception, match="append-only"), workspace.transaction() as session:
        session.connection().exec_driver_sql("UPDATE consent_event SET kind = 'given'")
    with pytest.raises(ConsentEventOrderError):  # a withdrawal before the last giving
        consent.withdraw_consent(workspace, WithdrawalDraft(first.id, start, ConsentMethod.EMAIL))
    given = audit_details(workspace, AuditAction.CONSENT_GIVEN)
    assert given[0] == {
        "consent_id": first.id,
        "purpose": "newsletter",
        "method": "portal",
        "statement_version_id": seeded_version(workspace),
        "via_guardian": False,
        "guardian_client_id": None,
        "evidence_document_id": None,
        "renewal": False,
    }


def test_a_recipient_is_named_for_passing_on_and_makes_its_own_consent(workspace: Workspace) -> None:
    client_id = person(workspace)
    with pytest.raises(ConsentRecipientRequiredError):
        consent.give_consent(
            workspace, client_id, draft(workspace, BuiltInPurpose.THIRD_PARTY, recipient=" ")
        )
    bank = consent.give_consent(
        workspace, client_id, draft(workspace, BuiltInPurpose.THIRD_PARTY, recipient=" Hypotheekbank   B.V. ")
    )
    assert bank.recipient == "Hypotheekbank B.V."
    assert bank.title() == "Gegevens doorgeven aan een genoemde derde — Hypotheekbank B.V."
    same = consent.give_consent(
        workspace, client_id, draft(workspace, BuiltInPurpose.THIRD_PARTY, recipient="hypotheekbank b.v.")
    )
    assert same.id == bank.id and len(same.events) == 2
    other = consent.give_consent(
        workspace, client_id, draft(workspace, BuiltInPurpose.THIRD_PARTY, recipient="Notaris Bakker")
    )
    letter = consent.give_consent(workspace, client_id, draft(workspace, recipient="Hypotheekbank"))
    assert other.id != bank.id and letter.recipient == ""
    listed = consent.client_consents(workspace, client_id)
    assert [(c.purpose.code, c.recipient) for c in listed] == [
        ("newsletter", ""),
        ("third-party", "hypotheekbank b.v."),
        ("third-party", "Notaris Bakker"),
    ]
    assert audit_details(workspace, AuditAction.CONSENT_GIVEN)[2]["renewal"] is True


def test_what_giving_refuses(workspace: Workspace) -> None:
    client_id = person(workspace)
    with pytest.raises(ConsentInFutureError):
        consent.give_consent(workspace, client_id, draft(workspace, when=datetime.now(UTC) + HOUR))
    yesterday = at(date.today() - timedelta(days=1))
    with pytest.raises(ConsentInFutureError):  # on the day the caller says it is
        consent.give_consent(
            workspace, client_id, draft(workspace, when=yesterday), today=date.today() - timedelta(days=2)
        )
    with pytest.raises(StatementVersionNotFoundError):
        consent.give_consent(workspace, client_id, draft(workspace, statement_version_id=404))
    other = person(workspace, last_name="Bakker")
    evidence = documents.add_document(workspace, other, DocumentKind.SIGNED_FORM, "akkoord.pdf", pdf())
    with pytest.raises(EvidenceNotInDossierError):
        consent.give_consent(workspace, client_id, draft(workspace, evidence_document_id=evidence.id))
    set_client(workspace, client_id, restricted=True)
    with pytest.raises(ClientRestrictedError):
        consent.give_consent(workspace, client_id, draft(workspace))
    set_client(workspace, other, status="anonymised")
    with pytest.raises(ClientAnonymisedError):
        consent.give_consent(workspace, other, draft(workspace))
    with workspace.transaction() as session:
        assert session.scalars(select(ConsentRow)).all() == []
        session.execute(text("DELETE FROM privacy_statement_version"))
    set_client(workspace, client_id, restricted=False)
    with pytest.raises(NoStatementVersionError):
        consent.give_consent(workspace, client_id, draft(workspace, statement_version_id=1))


def test_evidence_stays_while_a_consent_or_authorisation_rests_on_it(workspace: Workspace) -> None:
    client_id = person(workspace)
    form = documents.add_document(workspace, client_id, DocumentKind.SIGNED_FORM, "akkoord.pdf", pdf())
    signed = documents.add_document(workspace, client_id, DocumentKind.SIGNED_FORM, "machtiging.pdf", pdf())
    loose = documents.add_document(workspace, client_id, DocumentKind.OTHER, "brief.pdf", pdf())
    given = consent.give_consent(workspace, client_id, draft(workspace, evidence_document_id=form.id))
    assert given.events[-1].evidence_name == "akkoord.pdf"
    with workspace.transaction() as session:
        moment = datetime.now(UTC).replace(tzinfo=None)
        session.add(
            AuthorisationRow(
                client_id=client_id,
                kind="sba",
                recipient_kind="belastingdienst",
                document_id=signed.id,
                created_at=moment,
                updated_at=moment,
            )
        )
    for document_id in (form.id, signed.id):
        with pytest.raises(DocumentInUseError):
            documents.remove_document(workspace, client_id, document_id, ChangeReason.CORRECTION)
    documents.remove_document(workspace, client_id, loose.id, ChangeReason.CORRECTION)
    assert {d.id for d in documents.list_documents(workspace, client_id)} == {form.id, signed.id}


# --- consent as the basis of special data -----------------------------------------------------


def test_consent_is_a_basis_only_while_the_special_data_consent_is_given(workspace: Workspace) -> None:
    children = BasisDraft(SpecialCategory.CHILDREN, LegalBasisKind.CONSENT)
    with pytest.raises(ConsentBasisMissingError):
        clients.create_client(workspace, ClientDraft(last_name="Vries"), bases=(children,))
    client_id = person(workspace)
    consent.give_consent(workspace, client_id, draft(workspace))  # the newsletter is not it
    with workspace.transaction() as session:
        assert not consent.has_special_data_consent(session, client_id)
    with pytest.raises(ConsentBasisMissingError):
        special_data.record_legal_basis(
            workspace, client_id, SpecialCategory.CHILDREN, LegalBasisKind.CONSENT
        )
    given = consent.give_consent(workspace, client_id, draft(workspace, BuiltInPurpose.SPECIAL_DATA))
    with workspace.transaction() as session:
        assert consent.has_special_data_consent(session, client_id)
    special_data.record_legal_basis(workspace, client_id, SpecialCategory.CHILDREN, LegalBasisKind.CONSENT)
    basis = clients.open_dossier(workspace, client_id, audit=False).basis_for(SpecialCategory.CHILDREN)
    assert basis is not None and basis.basis is LegalBasisKind.CONSENT
    consent.withdraw_consent(
        workspace,
        WithdrawalDraft(given.id, datetime.now(UTC), ConsentMethod.EMAIL, decisions=_erase_children()),
    )
    with workspace.transaction() as session:
        assert not consent.has_special_data_consent(session, client_id)
    with pytest.raises(ConsentBasisMissingError):
        special_data.record_legal_basis(workspace, client_id, SpecialCategory.BIRTH, LegalBasisKind.CONSENT)


def _erase_children() -> dict[SpecialCategory, SpecialDataDecision]:
    return {SpecialCategory.CHILDREN: SpecialDataDecision(DecisionAction.ERASE)}


# --- roles and the audit trail --------------------------------------------------------------


@pytest.mark.parametrize("user", [ADMIN, "anna", "sam", "fleur"])
def test_every_role_records_consent_only_the_beheerder_sets_purposes(
    created_vault: tuple[Path, str], user: str
) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    try:
        client_id = person(admin)
    finally:
        admin.sign_out()
    member = sign_in(folder, user)
    try:
        given = consent.give_consent(
            member,
            client_id,
            draft(
                member, BuiltInPurpose.THIRD_PARTY, recipient="Hypotheekbank", note="handtekening van moeder"
            ),
        )
        assert given.events[-1].recorded_by == user
        assert consent.client_consents(member, client_id)[0].id == given.id
        withdrawn = consent.withdraw_consent(
            member, WithdrawalDraft(given.id, datetime.now(UTC), ConsentMethod.EMAIL)
        )
        assert withdrawn.status is ConsentStatus.WITHDRAWN
        if user == ADMIN:
            consent.save_purpose(member, PurposeDraft("Klanttevredenheidsonderzoek"))
        else:
            with pytest.raises(PermissionDeniedError):
                consent.save_purpose(member, PurposeDraft("Klanttevredenheidsonderzoek"))
        with member.transaction() as session:
            trail = " ".join(str(record.details) for record in audit_store.records(session))
        assert all(secret not in trail for secret in SECRETS)
    finally:
        member.sign_out()


def test_the_history_is_kept_in_the_vault_as_recorded(workspace: Workspace) -> None:
    client_id = person(workspace)
    given: Consent = consent.give_consent(workspace, client_id, draft(workspace, note="Formulier"))
    with workspace.transaction() as session:
        rows = session.scalars(select(ConsentEventRow).where(ConsentEventRow.consent_id == given.id)).all()
        assert [(r.kind, r.method, r.recorded_by, r.note) for r in rows] == [
            ("given", "paper", workspace.user.id, "Formulier")
        ]
        # erasure may blank free text later: the trigger lets that through
        session.connection().exec_driver_sql("UPDATE consent_event SET note = ''")
        # ... and the guardian's name and the links; what a withdrawal decided and the guardian's
        # relation are what happened, and stay
        session.connection().exec_driver_sql(
            "UPDATE consent_event SET guardian_name = '', guardian_client_id = NULL, evidence_document_id = NULL"
        )
    for change in (
        'decisions = \'{"birth": {"action": "keep", "basis": "contract"}}\'',
        "guardian_relation = 'parent'",
    ):
        with pytest.raises(Exception, match="append-only"), workspace.transaction() as session:
            session.connection().exec_driver_sql(f"UPDATE consent_event SET {change}")
    with workspace.transaction() as session:
        [row] = session.scalars(select(ConsentEventRow).where(ConsentEventRow.consent_id == given.id)).all()
        assert (row.decisions, row.guardian_relation, row.note) == ("{}", "", "")
