"""Reading consents: rows into the domain's `Consent` with its history, and the queries the rules ask.

Shared by `services.consent` (giving, purposes, the dossier's list),
`services.consent_withdrawal` and `services.special_data` (the consent-basis
gate), with the checks giving and withdrawing both make. Nothing here checks
permissions or writes: the callers check before they read, inside their own
transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime

from sqlalchemy import Select, exists, func, select
from sqlalchemy.orm import Session

from calqi_desktop.domain.clients import (
    DocumentKind,
    LegalBasisKind,
    SpecialCategory,
    display_name,
)
from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    Consent,
    ConsentEvent,
    ConsentEventKind,
    ConsentEventOrderError,
    ConsentMethod,
    ConsentPurpose,
    ConsentStatus,
    GuardianRelation,
    decisions_summary,
)
from calqi_desktop.domain.errors import EvidenceNotInDossierError, TextTooLongError
from calqi_desktop.domain.search_text import fold
from calqi_desktop.domain.validation import Field
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.client_store import aware
from calqi_desktop.storage.models import (
    BankAccount,
    Child,
    Client,
    ClientDocument,
    ConsentEventRow,
    ConsentPurposeRow,
    ConsentRow,
    LegalBasisRecord,
    PrivacyStatementVersionRow,
)

_BUILT_IN_ORDER = [purpose.value for purpose in BuiltInPurpose]


# --- checks shared by giving and withdrawing ----------------------------------------------


def check_note(text: str, field: Field, maximum: int) -> str:
    """A free text of several lines: ends trimmed, line breaks kept, at most `maximum` characters."""
    value = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    if len(value) > maximum:
        raise field.error(TextTooLongError, maximum=maximum)
    return value


def check_evidence(session: Session, client_id: int, document_id: int | None) -> None:
    """The evidence document, when named, belongs to this client's dossier."""
    if document_id is None:
        return
    owner = session.scalar(select(ClientDocument.client_id).where(ClientDocument.id == document_id))
    if owner != client_id:
        raise EvidenceNotInDossierError()


def check_event_order(session: Session, consent_id: int, moment: datetime) -> None:
    """A new event may not lie before the consent's latest one."""
    latest = session.scalar(
        select(func.max(ConsentEventRow.occurred_at)).where(ConsentEventRow.consent_id == consent_id)
    )
    if latest is not None and moment < latest:
        raise ConsentEventOrderError()


def naive_utc(moment: datetime) -> datetime:
    """A moment as the vault stores it: naive UTC. A naive moment is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def local_time(moment: datetime) -> datetime:
    """A stored (naive UTC) moment in this workstation's time zone, for the calendar day it fell on."""
    return aware(moment).astimezone()


def purpose_of(row: ConsentPurposeRow) -> ConsentPurpose:
    return ConsentPurpose(
        id=row.id,
        code=row.code,
        label_nl=row.label_nl,
        label_en=row.label_en,
        description=row.description,
        needs_recipient=row.needs_recipient,
        explicit=row.explicit,
        ends_service=row.ends_service,
        covers_special_data=row.covers_special_data,
        active=row.active,
    )


def purpose_order(purpose: ConsentPurpose, position: int = 0) -> tuple[int, int, str]:
    """Built-in purposes first, in the statement's order; then added ones by name."""
    if purpose.code is not None:
        rank = _BUILT_IN_ORDER.index(purpose.code) if purpose.code in _BUILT_IN_ORDER else position
        return (0, rank, "")
    return (1, 0, fold(purpose.label_nl))


def purpose_audit_code(purpose: ConsentPurpose | ConsentPurposeRow) -> str | int:
    """How audit details name a purpose: its code when built in, else its id."""
    return purpose.code if purpose.code is not None else purpose.id


def has_special_data_consent(session: Session, client_id: int) -> bool:
    """True while the client's consent for a purpose that covers special data is given."""
    statement = select(
        exists().where(
            ConsentRow.client_id == client_id,
            ConsentRow.status == ConsentStatus.GIVEN.value,
            ConsentRow.purpose_id == ConsentPurposeRow.id,
            ConsentPurposeRow.covers_special_data.is_(True),
        )
    )
    return bool(session.scalar(statement))


def consent_basis_categories(session: Session, client_id: int) -> tuple[SpecialCategory, ...]:
    """The special categories whose current basis is consent, in the categories' order."""
    codes = set(
        session.scalars(
            select(LegalBasisRecord.category).where(
                LegalBasisRecord.client_id == client_id,
                LegalBasisRecord.basis == LegalBasisKind.CONSENT.value,
                LegalBasisRecord.ended_at.is_(None),
            )
        )
    )
    return tuple(category for category in SpecialCategory if category.value in codes)


def held(
    session: Session, client: Client, categories: Iterable[SpecialCategory]
) -> dict[SpecialCategory, bool]:
    """Per category: is any data of it actually stored for `client`? (Yes or no, never a value.)"""
    result: dict[SpecialCategory, bool] = {}
    for category in categories:
        if category is SpecialCategory.BSN:
            result[category] = client.bsn is not None
        elif category is SpecialCategory.BIRTH:
            result[category] = client.birth_date is not None or bool(client.birth_place)
        elif category is SpecialCategory.BANK_ACCOUNTS:
            result[category] = _any(session, select(BankAccount.id).where(BankAccount.client_id == client.id))
        elif category is SpecialCategory.CHILDREN:
            result[category] = _any(session, select(Child.id).where(Child.client_id == client.id))
        else:
            result[category] = _any(
                session,
                select(ClientDocument.id).where(
                    ClientDocument.client_id == client.id,
                    ClientDocument.kind == document_kind(category).value,
                ),
            )
    return result


def document_kind(category: SpecialCategory) -> DocumentKind:
    """The document kind that holds a category kept as documents (ID copy, financial)."""
    return next(kind for kind in DocumentKind if kind.special_category is category)


def _any(session: Session, statement: Select[int]) -> bool:
    return session.execute(statement.limit(1)).first() is not None


def staff_names(session: Session) -> dict[int, str]:
    return {
        staff_id: display or user for staff_id, user, display, _active in audit_store.staff_names(session)
    }


def consents_of(
    session: Session,
    client_id: int,
    *,
    may_view_special: bool,
    consent_id: int | None = None,
    today: date | None = None,
) -> list[Consent]:
    """The client's consents (or the one with `consent_id`) with their histories, in the dossier's order.

    The renewal date is the subject's 16th birthday and so gives away the birth date: only with
    `may_view_special` is it filled in. Every role learns that a renewal is due (on `today`, the
    local date by default) through `Consent.renewal_due`.
    """
    day = today or date.today()
    statement = (
        select(ConsentRow, ConsentPurposeRow)
        .join(ConsentPurposeRow, ConsentPurposeRow.id == ConsentRow.purpose_id)
        .where(ConsentRow.client_id == client_id)
    )
    if consent_id is not None:
        statement = statement.where(ConsentRow.id == consent_id)
    pairs = session.execute(statement).all()
    if not pairs:
        return []
    versions = {
        version_id: version
        for version_id, version in session.execute(
            select(PrivacyStatementVersionRow.id, PrivacyStatementVersionRow.version)
        )
    }
    events = session.scalars(
        select(ConsentEventRow)
        .where(ConsentEventRow.consent_id.in_([row.id for row, _ in pairs]))
        .order_by(ConsentEventRow.occurred_at, ConsentEventRow.id)
    ).all()
    evidence = _evidence_names(session, {e.evidence_document_id for e in events}, may_view_special)
    guardians = _guardian_names(session, {e.guardian_client_id for e in events})
    names = staff_names(session)
    by_consent: dict[int, list[ConsentEvent]] = {}
    for event in events:
        by_consent.setdefault(event.consent_id, []).append(
            ConsentEvent(
                id=event.id,
                kind=ConsentEventKind(event.kind),
                occurred_at=aware(event.occurred_at),
                recorded_at=aware(event.recorded_at),
                recorded_by=names.get(event.recorded_by, "") if event.recorded_by else "",
                method=ConsentMethod(event.method),
                statement_version=versions.get(event.statement_version_id, "")
                if event.statement_version_id
                else "",
                statement_version_id=event.statement_version_id,
                evidence_document_id=event.evidence_document_id,
                evidence_name=evidence.get(event.evidence_document_id, "")
                if event.evidence_document_id
                else "",
                note=event.note,
                guardian=_guardian_text(event, guardians),
                decisions=decisions_summary(json.loads(event.decisions or "{}")),
            )
        )
    consents = []
    for row, purpose_row in pairs:
        purpose = purpose_of(purpose_row)
        consents.append(
            Consent(
                id=row.id,
                client_id=row.client_id,
                purpose=purpose,
                recipient=row.recipient,
                status=ConsentStatus(row.status),
                given_at=aware(row.given_at) if row.given_at else None,
                withdrawn_at=aware(row.withdrawn_at) if row.withdrawn_at else None,
                statement_version=versions.get(row.statement_version_id, "")
                if row.statement_version_id
                else "",
                via_guardian=row.via_guardian,
                renew_due_on=row.renew_due_on if may_view_special else None,
                events=tuple(by_consent.get(row.id, ())),
                renewal_due=row.status == ConsentStatus.GIVEN.value
                and row.renew_due_on is not None
                and row.renew_due_on <= day,
            )
        )
    positions = {purpose_row.id: purpose_row.position for _, purpose_row in pairs}
    consents.sort(
        key=lambda c: (*purpose_order(c.purpose, positions.get(c.purpose.id, 0)), fold(c.recipient), c.id)
    )
    return consents


def _evidence_names(session: Session, ids: set[int | None], may_view_special: bool) -> dict[int, str]:
    """File names of evidence documents; for an ID copy or financial document without access, its kind."""
    wanted = [document_id for document_id in ids if document_id is not None]
    if not wanted:
        return {}
    rows = session.execute(
        select(ClientDocument.id, ClientDocument.file_name, ClientDocument.kind).where(
            ClientDocument.id.in_(wanted)
        )
    ).all()
    names = {}
    for document_id, file_name, kind_value in rows:
        kind = DocumentKind(kind_value)
        names[document_id] = file_name if may_view_special or kind.special_category is None else kind.label()
    return names


def _guardian_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    """'J. de Vries (K-000012)' for each guardian kept in the vault."""
    wanted = [client_id for client_id in ids if client_id is not None]
    if not wanted:
        return {}
    rows = session.scalars(select(Client).where(Client.id.in_(wanted))).all()
    return {row.id: f"{client_name(row)} ({row.client_number})" for row in rows}


def client_name(row: Client) -> str:
    """'J. de Vries' or 'Bakkerij Jansen B.V.'."""
    return display_name(
        kind=row.kind,
        initials=row.initials,
        first_names=row.first_names,
        tussenvoegsel=row.tussenvoegsel,
        last_name=row.last_name,
        organisation_name=row.organisation_name,
    )


def _guardian_text(event: ConsentEventRow, guardians: dict[int, str]) -> str:
    """'Ouder: J. de Vries (K-000012)' or 'Wettelijk vertegenwoordiger (voogd): A. Bakker'; '' without one."""
    if not event.guardian_relation:
        return ""
    relation = GuardianRelation(event.guardian_relation).label()
    if event.guardian_client_id is not None:
        name = guardians.get(event.guardian_client_id, "")
    else:
        name = event.guardian_name
    return f"{relation}: {name or '(niet meer vastgelegd)'}"
