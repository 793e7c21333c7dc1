"""Withdrawing consent (DESIGN.md R2): recorded at once, and never a silent keep of special data.

Withdrawal is possible at any time, so a client under restriction may
withdraw too; only an anonymised dossier is refused. When the consent is the
basis of special data (the categories whose current basis is "consent"),
the member needs EDIT_DOSSIERS and VIEW_SPECIAL_DATA and decides per category:

- erase now: birth date and place are emptied, bank accounts and children
  deleted, ID copies and financial documents deleted with their bytes; the
  consent basis ends; the field history records that each field changed,
  never what it held (reason "other", note "Toestemming ingetrokken"). A
  document that is evidence (of a consent event, of this withdrawal, or an
  authorisation's signed document) is never erased: the withdrawal is
  refused (`EvidenceInErasedCategoryError`) and nothing is recorded, so the
  member keeps that category under another basis instead;
- keep under another basis: legal obligation or contract with a note,
  recorded through `special_data.record_basis_in` (which ends the consent basis).

For a restricted client nothing may change: the consent bases end, the data
stay locked by the restriction, and the event says so per category. The event
keeps the decisions as JSON (category → action and basis, never a value); the
audit event names the categories erased and the bases kept. `withdraw_in` does
the same in the caller's transaction, for a data-subject request that checks
its gate and adds its step in that one transaction and is named in the event.
"""

from __future__ import annotations

import json

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    ChangeReason,
    ClientStatus,
    LegalBasisKind,
    SpecialCategory,
)
from calqi_desktop.domain.consent import (
    F_NOTE,
    KEPT_UNDER_RESTRICTION,
    NOTE_MAX,
    Consent,
    ConsentEventKind,
    ConsentStatus,
    DecisionAction,
    SpecialDataDecision,
    WithdrawalDraft,
    WithdrawalImpact,
    decision_record,
)
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ClientNotFoundError,
    ConsentAlreadyWithdrawnError,
    ConsentInFutureError,
    ConsentNotFoundError,
    EvidenceInErasedCategoryError,
    OtherBasisRequiredError,
    WithdrawalDecisionRequiredError,
    WithdrawalNeedsSpecialAccessError,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.services import consent_records, documents, special_data
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.client_store import now
from calqi_desktop.storage.models import (
    BankAccount,
    Child,
    Client,
    ClientDocument,
    ConsentEventRow,
    ConsentPurposeRow,
    ConsentRow,
    DocumentContent,
    FieldChangeRecord,
    LegalBasisRecord,
)

#: The note of the field history rows a withdrawal writes.
HISTORY_NOTE = "Toestemming ingetrokken"

#: The categories kept as documents (ID copies, financial documents).
DOCUMENT_CATEGORIES = (SpecialCategory.ID_COPY, SpecialCategory.FINANCIAL)

#: The bases data may be kept under once the consent is gone.
OTHER_BASES = (LegalBasisKind.LEGAL_OBLIGATION, LegalBasisKind.CONTRACT)

Decisions = dict[str, dict[str, str | None]]


def withdrawal_impact(workspace: Workspace, consent_id: int) -> WithdrawalImpact:
    """What withdrawing this consent touches, for the dialog. MANAGE_CONSENT.

    Which categories actually hold data (`held`) is itself special data: a role that may not view
    special data gets an empty `held` (and may not withdraw such a consent anyway).
    """
    workspace.require(Permission.MANAGE_CONSENT)
    with workspace.transaction() as session:
        row, purpose, client = _consent(session, consent_id)
        covered = _covered(session, row, purpose)
        may_view_special = workspace.may(Permission.VIEW_SPECIAL_DATA)
        return WithdrawalImpact(
            consent_id=row.id,
            covered_categories=covered,
            ends_service=purpose.ends_service,
            held=consent_records.held(session, client, covered) if may_view_special else {},
            restricted=client.restricted,
        )


def withdraw_consent(workspace: Workspace, draft: WithdrawalDraft) -> Consent:
    """Record the withdrawal at once and carry out the decisions on special data (see the module docstring)."""
    with workspace.transaction() as session:
        return withdraw_in(workspace, session, draft)


def withdraw_in(
    workspace: Workspace, session: Session, draft: WithdrawalDraft, *, on_request_of: str | None = None
) -> Consent:
    """`withdraw_consent` in the caller's transaction, so that a data-subject request can check its
    gate and add its step in the same one; `on_request_of` ('request:<id>') goes into the audit event."""
    workspace.require(Permission.MANAGE_CONSENT)
    moment = consent_records.naive_utc(draft.withdrawn_at)
    recorded = now()
    if moment > recorded:
        raise ConsentInFutureError()
    note = consent_records.check_note(draft.note, F_NOTE, NOTE_MAX)
    row, purpose, client = _consent(session, draft.consent_id)
    if client.status == ClientStatus.ANONYMISED.value:
        raise ClientAnonymisedError()
    if row.status == ConsentStatus.WITHDRAWN.value:
        raise ConsentAlreadyWithdrawnError()
    consent_records.check_event_order(session, row.id, moment)
    consent_records.check_evidence(session, client.id, draft.evidence_document_id)
    covered = _covered(session, row, purpose)
    if covered and not (
        workspace.may(Permission.EDIT_DOSSIERS) and workspace.may(Permission.VIEW_SPECIAL_DATA)
    ):
        raise WithdrawalNeedsSpecialAccessError()
    if client.restricted:
        decisions = _keep_under_restriction(workspace, session, client, covered)
    else:
        checked = _checked(covered, draft.decisions)
        _check_no_evidence_erased(session, client, checked, draft.evidence_document_id)
        decisions = _carry_out(workspace, session, client, checked)
    session.add(
        ConsentEventRow(
            consent_id=row.id,
            client_id=client.id,
            kind=ConsentEventKind.WITHDRAWN.value,
            occurred_at=moment,
            recorded_at=recorded,
            recorded_by=workspace.user.id,
            method=draft.method.value,
            statement_version_id=row.statement_version_id,
            evidence_document_id=draft.evidence_document_id,
            note=note,
            decisions=json.dumps(decisions, sort_keys=True),
        )
    )
    row.status = ConsentStatus.WITHDRAWN.value
    row.withdrawn_at = moment
    row.renew_due_on = None
    row.updated_at = recorded
    workspace.record(
        session,
        AuditAction.CONSENT_WITHDRAWN,
        client_id=client.id,
        on_request_of=on_request_of,
        details=_audit_details(row, purpose, draft, decisions),
    )
    session.flush()
    return consent_records.consents_of(
        session,
        client.id,
        may_view_special=workspace.may(Permission.VIEW_SPECIAL_DATA),
        consent_id=row.id,
    )[0]


def _consent(session: Session, consent_id: int) -> tuple[ConsentRow, ConsentPurposeRow, Client]:
    row = session.get(ConsentRow, consent_id)
    if row is None:
        raise ConsentNotFoundError()
    purpose = session.get_one(ConsentPurposeRow, row.purpose_id)
    client = session.get(Client, row.client_id)
    if client is None:
        raise ClientNotFoundError()
    return row, purpose, client


def _covered(session: Session, row: ConsentRow, purpose: ConsentPurposeRow) -> tuple[SpecialCategory, ...]:
    """The special categories stored on this consent: those whose current basis is consent."""
    if not purpose.covers_special_data or row.status != ConsentStatus.GIVEN.value:
        return ()
    return consent_records.consent_basis_categories(session, row.client_id)


def _checked(
    covered: tuple[SpecialCategory, ...], decisions: dict[SpecialCategory, SpecialDataDecision]
) -> dict[SpecialCategory, SpecialDataDecision]:
    """A decision for every covered category, each one complete; decisions for other categories are ignored."""
    checked = {}
    for category in covered:
        decision = decisions.get(category)
        if decision is None:
            raise WithdrawalDecisionRequiredError(category=category.label(), category_en=category.label("en"))
        if decision.action is DecisionAction.KEEP_UNDER_OTHER_BASIS and (
            decision.basis not in OTHER_BASES or not decision.note.strip()
        ):
            raise OtherBasisRequiredError()
        checked[category] = decision
    return checked


def _check_no_evidence_erased(
    session: Session,
    client: Client,
    decisions: dict[SpecialCategory, SpecialDataDecision],
    evidence_document_id: int | None,
) -> None:
    """Refuse to erase a category of documents when one of them is evidence (as `documents.remove_document`
    refuses): of a consent event, of this withdrawal, or the signed document of an authorisation."""
    for category, decision in decisions.items():
        if decision.action is not DecisionAction.ERASE or category not in DOCUMENT_CATEGORIES:
            continue
        if any(
            document_id == evidence_document_id or documents.in_use(session, document_id)
            for document_id in _document_ids(session, client, category)
        ):
            raise EvidenceInErasedCategoryError(category=category.label(), category_en=category.label("en"))


def _document_ids(session: Session, client: Client, category: SpecialCategory) -> list[int]:
    kind = consent_records.document_kind(category)
    return list(
        session.scalars(
            select(ClientDocument.id).where(
                ClientDocument.client_id == client.id, ClientDocument.kind == kind.value
            )
        )
    )


def _carry_out(
    workspace: Workspace,
    session: Session,
    client: Client,
    decisions: dict[SpecialCategory, SpecialDataDecision],
) -> Decisions:
    result: Decisions = {}
    if not decisions:
        return result
    moment = now()
    for category, decision in decisions.items():
        if decision.action is DecisionAction.ERASE:
            _erase(workspace, session, client, category)
            _end_consent_basis(workspace, session, client, category)
            result[category.value] = decision_record(DecisionAction.ERASE.value)
        else:
            basis = decision.basis
            assert basis is not None  # checked by _checked
            special_data.record_basis_in(
                workspace, session, client.id, special_data.BasisDraft(category, basis, decision.note)
            )
            result[category.value] = decision_record(DecisionAction.KEEP_UNDER_OTHER_BASIS.value, basis)
    client.version += 1
    client.updated_at = moment
    return result


def _keep_under_restriction(
    workspace: Workspace, session: Session, client: Client, covered: tuple[SpecialCategory, ...]
) -> Decisions:
    """Restricted: the consent bases end, nothing else changes; the data stay locked by the restriction."""
    for category in covered:
        _end_consent_basis(workspace, session, client, category)
    if covered:
        client.version += 1
        client.updated_at = now()
    return {category.value: decision_record(KEPT_UNDER_RESTRICTION) for category in covered}


def _erase(workspace: Workspace, session: Session, client: Client, category: SpecialCategory) -> None:
    """Remove every stored value of `category` with a history row per field or row (no values)."""
    fields: list[str] = []
    if category is SpecialCategory.BIRTH:
        if client.birth_date is not None:
            client.birth_date = None
            fields.append("birth_date")
        if client.birth_place:
            client.birth_place = ""
            fields.append("birth_place")
    elif category is SpecialCategory.BANK_ACCOUNTS:
        ids = session.scalars(select(BankAccount.id).where(BankAccount.client_id == client.id)).all()
        session.execute(delete(BankAccount).where(BankAccount.id.in_(ids)))
        fields += ["bank_accounts"] * len(ids)
    elif category is SpecialCategory.CHILDREN:
        ids = session.scalars(select(Child.id).where(Child.client_id == client.id)).all()
        session.execute(delete(Child).where(Child.id.in_(ids)))
        fields += ["children"] * len(ids)
    elif category in DOCUMENT_CATEGORIES:
        kind = consent_records.document_kind(category)
        ids = _document_ids(session, client, category)  # none is evidence: _check_no_evidence_erased
        session.execute(delete(DocumentContent).where(DocumentContent.document_id.in_(ids)))
        session.execute(delete(ClientDocument).where(ClientDocument.id.in_(ids)))
        fields += [f"documents.{kind.value}"] * len(ids)
    _history(workspace, session, client, fields)


def _end_consent_basis(
    workspace: Workspace, session: Session, client: Client, category: SpecialCategory
) -> None:
    moment = now()
    rows = session.scalars(
        select(LegalBasisRecord).where(
            LegalBasisRecord.client_id == client.id,
            LegalBasisRecord.category == category.value,
            LegalBasisRecord.basis == LegalBasisKind.CONSENT.value,
            LegalBasisRecord.ended_at.is_(None),
        )
    ).all()
    for row in rows:
        row.ended_at = moment
    if rows:
        session.add(
            FieldChangeRecord(
                client_id=client.id,
                changed_at=moment,
                changed_by=workspace.user.id,
                field=f"legal_basis.{category.value}",
                old_value=LegalBasisKind.CONSENT.label(),
                new_value=None,
                reason=ChangeReason.OTHER.value,
                reason_note=HISTORY_NOTE,
            )
        )


def _history(workspace: Workspace, session: Session, client: Client, fields: list[str]) -> None:
    moment = now()
    session.add_all(
        FieldChangeRecord(
            client_id=client.id,
            changed_at=moment,
            changed_by=workspace.user.id,
            field=field,
            old_value=None,
            new_value=None,
            reason=ChangeReason.OTHER.value,
            reason_note=HISTORY_NOTE,
        )
        for field in fields
    )


def _audit_details(
    row: ConsentRow, purpose: ConsentPurposeRow, draft: WithdrawalDraft, decisions: Decisions
) -> dict[str, str | int | bool | None]:
    """Ids and codes: the categories erased ('birth,children'), per category kept its basis
    ('kept.bank-accounts': 'contract'), and those left as they were under a restriction."""

    def having(action: str) -> list[str]:
        return [code for code, entry in sorted(decisions.items()) if entry["action"] == action]

    details: dict[str, str | int | bool | None] = {
        "consent_id": row.id,
        "purpose": consent_records.purpose_audit_code(purpose),
        "method": draft.method.value,
        "evidence_document_id": draft.evidence_document_id,
        "erased": ",".join(having(DecisionAction.ERASE.value)),
    }
    for code in having(DecisionAction.KEEP_UNDER_OTHER_BASIS.value):
        details[f"kept.{code}"] = decisions[code]["basis"]
    restricted = having(KEPT_UNDER_RESTRICTION)
    if restricted:
        details["kept_under_restriction"] = ",".join(restricted)
    return details
