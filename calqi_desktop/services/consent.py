"""Consent: purposes, giving and withdrawing consent, and what a withdrawal does to special data.

Each change is one transaction with its permission check and audit event
(`consent.given`, `consent.withdrawn`, `consent.purpose-saved`; details hold
ids and codes only, never a name or a note). The history of a consent is
append-only: giving consent again adds a "given" event to the same consent.

Rules kept here (DESIGN.md R1–R3, R12):

- Who gives consent: `domain.consent.check_guardian_rule` on the day of
  consent, from the birth date the vault holds (read here, never returned).
- Consent as the basis of special data: `special_data.record_basis_in`
  accepts the basis "consent" only while the client's special-data consent
  is given (`has_special_data_consent`).
- Withdrawing the special-data consent needs a decision per category whose
  basis is consent: erase now (values, rows and documents of that category
  go, with field history) or keep under another recorded basis. Without a
  decision for each, nothing is recorded (`WithdrawalDecisionRequiredError`).
  For a client under restriction nothing may change, so the data stay locked
  by the restriction and the event records that. (`services.consent_withdrawal`.)
- A consent given under an older statement version than the newest puts the
  client on that version's list of clients to inform.
- An event never lies before the consent's previous event
  (`ConsentEventOrderError`), so the history reads in the order it happened.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import ClientKind, ClientStatus
from calqi_desktop.domain.consent import (
    F_GUARDIAN_NAME,
    F_NOTE,
    F_PURPOSE_DESCRIPTION,
    F_PURPOSE_LABEL_EN,
    F_PURPOSE_LABEL_NL,
    F_RECIPIENT,
    GUARDIAN_NAME_MAX,
    NOTE_MAX,
    PURPOSE_DESCRIPTION_MAX,
    PURPOSE_LABEL_MAX,
    RECIPIENT_MAX,
    Consent,
    ConsentDraft,
    ConsentEventKind,
    ConsentPurpose,
    ConsentStatus,
    GuardianDraft,
    PurposeDraft,
    PurposeInUseError,
    WithdrawalDraft,
    WithdrawalImpact,
    check_guardian_rule,
)
from calqi_desktop.domain.errors import (
    BuiltInPurposeError,
    ClientNotFoundError,
    ConsentInFutureError,
    ConsentPurposeInactiveError,
    ConsentPurposeNameTakenError,
    ConsentPurposeNotFoundError,
    ConsentRecipientRequiredError,
    GuardianRestrictedError,
    NoStatementVersionError,
    StatementVersionNotFoundError,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.search_text import fold
from calqi_desktop.domain.validation import check_text
from calqi_desktop.services import consent_records, consent_withdrawal
from calqi_desktop.services.clients import ensure_changeable
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.client_store import now
from calqi_desktop.storage.models import (
    Client,
    ConsentEventRow,
    ConsentPurposeRow,
    ConsentRow,
    PrivacyStatementVersionRow,
    StatementNotice,
)

# --- purposes ----------------------------------------------------------------------------


def list_purposes(workspace: Workspace, *, include_inactive: bool = False) -> list[ConsentPurpose]:
    """The purposes, built-in first in the statement's order, then added ones by name. VIEW_DOSSIERS."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        rows = session.scalars(select(ConsentPurposeRow)).all()
        listed = [
            (consent_records.purpose_of(row), row.position) for row in rows if include_inactive or row.active
        ]
    listed.sort(key=lambda pair: consent_records.purpose_order(*pair))
    return [purpose for purpose, _position in listed]


def save_purpose(workspace: Workspace, draft: PurposeDraft, purpose_id: int | None = None) -> ConsentPurpose:
    """Add a purpose (purpose_id None) or change an added one. MANAGE_SETTINGS (the beheerder).

    Built-in purposes are refused (`BuiltInPurposeError`); a name already used
    is refused (`ConsentPurposeNameTakenError`). An added purpose is never
    deleted, only made inactive, so past consents keep their purpose. Whether
    it names a recipient and asks explicit consent cannot change once consent
    was recorded under it (`PurposeInUseError`). An added purpose is never the
    basis of special data.
    """
    workspace.require(Permission.MANAGE_SETTINGS)
    label_nl = check_text(draft.label_nl, F_PURPOSE_LABEL_NL, max_length=PURPOSE_LABEL_MAX)
    label_en = check_text(draft.label_en, F_PURPOSE_LABEL_EN, max_length=PURPOSE_LABEL_MAX, required=False)
    description = consent_records.check_note(
        draft.description, F_PURPOSE_DESCRIPTION, PURPOSE_DESCRIPTION_MAX
    )
    with workspace.transaction() as session:
        row = None
        if purpose_id is not None:
            row = session.get(ConsentPurposeRow, purpose_id)
            if row is None:
                raise ConsentPurposeNotFoundError()
            if row.code is not None:
                raise BuiltInPurposeError()
        others = session.scalars(
            select(ConsentPurposeRow.label_nl).where(ConsentPurposeRow.id != (purpose_id or 0))
        )
        if fold(label_nl) in {fold(name) for name in others}:
            raise ConsentPurposeNameTakenError()
        created = row is None
        if row is None:
            last = session.scalar(select(func.max(ConsentPurposeRow.position)))
            row = ConsentPurposeRow(code=None, position=(last or 0) + 1, created_at=now())
            session.add(row)
        elif (row.needs_recipient, row.explicit) != (draft.needs_recipient, draft.explicit) and (
            session.execute(select(ConsentRow.id).where(ConsentRow.purpose_id == row.id).limit(1)).first()
        ):
            raise PurposeInUseError()
        row.label_nl, row.label_en, row.description = label_nl, label_en, description
        row.needs_recipient, row.explicit = draft.needs_recipient, draft.explicit
        row.ends_service, row.active = draft.ends_service, draft.active
        row.covers_special_data = False
        session.flush()
        workspace.record(
            session,
            AuditAction.CONSENT_PURPOSE_SAVED,
            details={"purpose_id": row.id, "created": created, "active": row.active},
        )
        return consent_records.purpose_of(row)


# --- the dossier's consents -----------------------------------------------------------------


def client_consents(workspace: Workspace, client_id: int) -> list[Consent]:
    """The client's consents with their histories, by purpose order then recipient. VIEW_DOSSIERS."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        if session.get(Client, client_id) is None:
            raise ClientNotFoundError()
        return consent_records.consents_of(
            session, client_id, may_view_special=workspace.may(Permission.VIEW_SPECIAL_DATA)
        )


def has_special_data_consent(session: Session, client_id: int) -> bool:
    """True while the client's consent for the special-data purpose is given."""
    return consent_records.has_special_data_consent(session, client_id)


# --- giving ------------------------------------------------------------------------------


def give_consent(
    workspace: Workspace, client_id: int, draft: ConsentDraft, *, today: date | None = None
) -> Consent:
    """Record that consent was given (or given again). MANAGE_CONSENT.

    Refuses: a restricted or anonymised client, an inactive purpose, a missing
    recipient for a purpose that needs one, a moment in the future (also on
    `today`, the local date by default), an unknown statement version,
    evidence from another dossier, the guardian rule, and a guardian in the
    vault whose dossier is restricted (name and relation can be recorded
    instead). Giving again renews
    the consent: a subject's own consent clears the renewal date, a guardian's
    sets it to the subject's 16th birthday.
    """
    workspace.require(Permission.MANAGE_CONSENT)
    moment = consent_records.naive_utc(draft.given_at)
    recorded = now()
    given_on = consent_records.local_time(moment).date()
    if moment > recorded or given_on > (today or date.today()):
        raise ConsentInFutureError()
    recipient = check_text(draft.recipient, F_RECIPIENT, max_length=RECIPIENT_MAX, required=False)
    note = consent_records.check_note(draft.note, F_NOTE, NOTE_MAX)
    guardian = _tidy_guardian(draft.guardian)
    with workspace.transaction() as session:
        client = _client(session, client_id)
        ensure_changeable(client)
        purpose = session.get(ConsentPurposeRow, draft.purpose_id)
        if purpose is None:
            raise ConsentPurposeNotFoundError()
        if not purpose.active:
            raise ConsentPurposeInactiveError()
        if not purpose.needs_recipient:
            recipient = ""
        elif not recipient:
            raise ConsentRecipientRequiredError()
        version = _statement_version(session, draft.statement_version_id)
        consent_records.check_evidence(session, client_id, draft.evidence_document_id)
        renew_due_on = _guardian_rule(session, client, guardian, given_on, draft.age_confirmed)
        row = session.scalars(
            select(ConsentRow).where(
                ConsentRow.client_id == client_id,
                ConsentRow.purpose_id == purpose.id,
                ConsentRow.recipient_key == fold(recipient),
            )
        ).first()
        renewal = row is not None and row.status == ConsentStatus.GIVEN.value
        if row is None:
            row = ConsentRow(client_id=client_id, purpose_id=purpose.id, created_at=recorded)
            session.add(row)
        else:
            consent_records.check_event_order(session, row.id, moment)
        row.recipient, row.recipient_key = recipient, fold(recipient)
        row.status = ConsentStatus.GIVEN.value
        row.given_at, row.withdrawn_at = moment, None
        row.statement_version_id = version.id
        row.via_guardian = guardian is not None
        row.renew_due_on = renew_due_on
        row.updated_at = recorded
        session.flush()
        session.add(
            ConsentEventRow(
                consent_id=row.id,
                client_id=client_id,
                kind=ConsentEventKind.GIVEN.value,
                occurred_at=moment,
                recorded_at=recorded,
                recorded_by=workspace.user.id,
                method=draft.method.value,
                statement_version_id=version.id,
                evidence_document_id=draft.evidence_document_id,
                note=note,
                guardian_client_id=guardian.client_id if guardian else None,
                guardian_name=guardian.name if guardian and guardian.client_id is None else "",
                guardian_relation=guardian.relation.value if guardian else "",
                decisions="{}",
            )
        )
        _list_for_newer_versions(session, client_id, version, recorded)
        workspace.record(
            session,
            AuditAction.CONSENT_GIVEN,
            client_id=client_id,
            details={
                "consent_id": row.id,
                "purpose": consent_records.purpose_audit_code(purpose),
                "method": draft.method.value,
                "statement_version_id": version.id,
                "via_guardian": guardian is not None,
                "guardian_client_id": guardian.client_id if guardian else None,
                "evidence_document_id": draft.evidence_document_id,
                "renewal": renewal,
            },
        )
        session.flush()
        return consent_records.consents_of(
            session,
            client_id,
            may_view_special=workspace.may(Permission.VIEW_SPECIAL_DATA),
            consent_id=row.id,
            today=today,
        )[0]


def _tidy_guardian(guardian: GuardianDraft | None) -> GuardianDraft | None:
    if guardian is None:
        return None
    if guardian.client_id is not None:
        return GuardianDraft(guardian.relation, client_id=guardian.client_id)
    name = check_text(guardian.name, F_GUARDIAN_NAME, max_length=GUARDIAN_NAME_MAX, required=False)
    return GuardianDraft(guardian.relation, name=name)


def _guardian_rule(
    session: Session, client: Client, guardian: GuardianDraft | None, given_on: date, age_confirmed: bool
) -> date | None:
    """The guardian rule on the vault's birth dates; the 16th birthday when a guardian gave consent."""
    guardian_is_person, guardian_birth_date = True, None
    if guardian is not None and guardian.client_id is not None and guardian.client_id != client.id:
        other = session.get(Client, guardian.client_id)
        if other is None or other.status == ClientStatus.ANONYMISED.value:
            raise ClientNotFoundError()
        if other.restricted:  # AVG art. 18: the guardian's dossier may not be used for this
            raise GuardianRestrictedError()
        guardian_is_person = other.kind == ClientKind.PERSON.value
        guardian_birth_date = other.birth_date
    return check_guardian_rule(
        subject_is_person=client.kind == ClientKind.PERSON.value,
        subject_birth_date=client.birth_date,
        given_on=given_on,
        guardian=guardian,
        age_confirmed=age_confirmed,
        subject_id=client.id,
        guardian_is_person=guardian_is_person,
        guardian_birth_date=guardian_birth_date,
    )


def _statement_version(session: Session, version_id: int) -> PrivacyStatementVersionRow:
    version = session.get(PrivacyStatementVersionRow, version_id)
    if version is not None:
        return version
    if session.execute(select(PrivacyStatementVersionRow.id).limit(1)).first() is None:
        raise NoStatementVersionError()
    raise StatementVersionNotFoundError()


def _list_for_newer_versions(
    session: Session, client_id: int, version: PrivacyStatementVersionRow, moment: datetime
) -> None:
    """Consent shown an older statement: the client is to be informed of each newer version."""
    newer = session.scalars(
        select(PrivacyStatementVersionRow.id).where(
            PrivacyStatementVersionRow.effective_on > version.effective_on
        )
    ).all()
    if not newer:
        return
    listed = set(
        session.scalars(
            select(StatementNotice.version_id).where(
                StatementNotice.client_id == client_id, StatementNotice.version_id.in_(newer)
            )
        )
    )
    session.add_all(
        StatementNotice(version_id=version_id, client_id=client_id, listed_at=moment)
        for version_id in newer
        if version_id not in listed
    )


# --- withdrawing (services.consent_withdrawal) -------------------------------------------------


def withdrawal_impact(workspace: Workspace, consent_id: int) -> WithdrawalImpact:
    """What withdrawing this consent touches, for the dialog. MANAGE_CONSENT."""
    return consent_withdrawal.withdrawal_impact(workspace, consent_id)


def withdraw_consent(workspace: Workspace, draft: WithdrawalDraft) -> Consent:
    """Record the withdrawal at once and carry out the decisions on special data. MANAGE_CONSENT;
    when it covers special data also EDIT_DOSSIERS and VIEW_SPECIAL_DATA
    (`WithdrawalNeedsSpecialAccessError` otherwise)."""
    return consent_withdrawal.withdraw_consent(workspace, draft)


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFoundError()
    return client
