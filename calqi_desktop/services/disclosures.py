"""Disclosures (verstrekkingen): log what leaves the firm, refuse what the rules forbid (R4, R5).

`record_disclosure` (RECORD_DISCLOSURES) decides with `domain.disclosures.decide`
on the client's authorisations and consents as they stand in the vault. A
refusal is written to the audit trail (`disclosure.refused`, with the reason
code, recipient kind, document type and year — no names) in its own committed
transaction, then raised as `DisclosureRefusedError`; nothing else changes.
An allowed disclosure is stored with the authorisation or consent it rests on
and audited as `disclosure.recorded`.

Input errors (a year out of range, a missing tax type or recipient name, a
day in the future) are raised as `FieldValidationError`s before anything is
decided: they are not refusals and are not audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import DocumentType, RecipientKind, TaxType
from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentStatus
from calqi_desktop.domain.disclosures import (
    ConsentTerms,
    Disclosure,
    DisclosureChannel,
    DisclosureDraft,
    Verdict,
    check_disclosure_draft,
    decide,
)
from calqi_desktop.domain.errors import ClientNotFoundError, DisclosureRefusedError
from calqi_desktop.domain.roles import Permission
from calqi_desktop.services.authorisations import terms_in, terms_of
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.client_store import aware, now
from calqi_desktop.storage.models import (
    AuthorisationRow,
    Client,
    ConsentPurposeRow,
    ConsentRow,
    DisclosureRow,
)

#: The consent purposes a disclosure to an ordinary third party can rest on.
_CONSENT_PURPOSES = (BuiltInPurpose.THIRD_PARTY.value, BuiltInPurpose.SALE.value)


def check_disclosure(
    workspace: Workspace, client_id: int, draft: DisclosureDraft, *, today: date | None = None
) -> Verdict:
    """What `record_disclosure` would decide, without recording or auditing (for the dialog's live hint).

    Input errors are raised as in `record_disclosure`.
    """
    workspace.require(Permission.RECORD_DISCLOSURES)
    checked = check_disclosure_draft(draft, today=today or _today())
    with workspace.transaction() as session:
        return _decide(session, _client(session, client_id), checked)


def record_disclosure(
    workspace: Workspace, client_id: int, draft: DisclosureDraft, *, today: date | None = None
) -> Disclosure:
    """Record the disclosure, or audit the refusal and raise `DisclosureRefusedError`."""
    workspace.require(Permission.RECORD_DISCLOSURES)
    checked = check_disclosure_draft(draft, today=today or _today())
    with workspace.transaction() as session:
        verdict = _decide(session, _client(session, client_id), checked)
        if verdict.allowed:
            row = DisclosureRow(
                client_id=client_id,
                document_type=checked.document_type.value,
                tax_type=checked.tax_type.value if checked.tax_type else None,
                year=checked.year,
                recipient_kind=checked.recipient_kind.value,
                recipient_name=checked.recipient_name,
                disclosed_on=checked.disclosed_on,
                channel=checked.channel.value,
                sale=checked.sale,
                authorisation_id=verdict.authorisation_id,
                consent_id=verdict.consent_id,
                note=checked.note,
                recorded_by=workspace.user.id,
                recorded_at=now(),
            )
            session.add(row)
            session.flush()
            workspace.record(
                session,
                AuditAction.DISCLOSURE_RECORDED,
                client_id=client_id,
                details={
                    "disclosure_id": row.id,
                    "document_type": row.document_type,
                    "tax_type": row.tax_type,
                    "year": row.year,
                    "recipient_kind": row.recipient_kind,
                    "channel": row.channel,
                    "authorisation_id": row.authorisation_id,
                    "consent_id": row.consent_id,
                },
            )
            return read_all(session, [row])[0]
        refusal = verdict.refusal
        workspace.record(
            session,
            AuditAction.DISCLOSURE_REFUSED,
            client_id=client_id,
            details={
                "reason": refusal.value if refusal else None,
                "recipient_kind": checked.recipient_kind.value,
                "document_type": checked.document_type.value,
                "tax_type": checked.tax_type.value if checked.tax_type else None,
                "year": checked.year,
                "channel": checked.channel.value,
                "sale": checked.sale,
            },
        )
    # The refusal's audit event is committed above; only then is it raised.
    raise DisclosureRefusedError(refusal)


def client_disclosures(workspace: Workspace, client_id: int) -> list[Disclosure]:
    """The client's disclosures, newest first (by the day they left the firm). VIEW_DOSSIERS."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        _client(session, client_id)
        rows = session.scalars(
            select(DisclosureRow)
            .where(DisclosureRow.client_id == client_id)
            .order_by(DisclosureRow.disclosed_on.desc(), DisclosureRow.id.desc())
        ).all()
        return read_all(session, rows)


def consent_terms_in(session: Session, client_id: int) -> list[ConsentTerms]:
    """The client's consents for passing data on (purpose 'third-party') and for sale ('sale').

    Each with the local days of its latest giving and withdrawal, so a
    disclosure dated in the past rests only on a consent that stood that day.
    """
    statement = (
        select(
            ConsentRow.id,
            ConsentRow.recipient,
            ConsentRow.status,
            ConsentRow.given_at,
            ConsentRow.withdrawn_at,
            ConsentPurposeRow.code,
        )
        .join(ConsentPurposeRow, ConsentPurposeRow.id == ConsentRow.purpose_id)
        .where(ConsentRow.client_id == client_id, ConsentPurposeRow.code.in_(_CONSENT_PURPOSES))
        .order_by(ConsentRow.id)
    )
    return [
        ConsentTerms(
            id=row.id,
            recipient=row.recipient,
            sale=row.code == BuiltInPurpose.SALE.value,
            given=row.status == ConsentStatus.GIVEN.value,
            given_on=_local_day(row.given_at),
            withdrawn_on=_local_day(row.withdrawn_at),
        )
        for row in session.execute(statement)
    ]


# --- helpers --------------------------------------------------------------------------


def _today() -> date:
    return datetime.now().date()


def _local_day(moment: datetime | None) -> date | None:
    """The calendar day, on this workstation, of a stored (naive UTC) moment."""
    return aware(moment).astimezone().date() if moment is not None else None


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFoundError()
    return client


def _decide(session: Session, client: Client, draft: DisclosureDraft) -> Verdict:
    return decide(
        draft,
        restricted=client.restricted,
        anonymised=client.status == ClientStatus.ANONYMISED.value,
        authorisations=terms_in(session, client.id),
        consents=consent_terms_in(session, client.id),
    )


def read_all(session: Session, rows: Sequence[DisclosureRow]) -> list[Disclosure]:
    names = {
        staff_id: display or user for staff_id, user, display, _active in audit_store.staff_names(session)
    }
    authorisation_ids = {row.authorisation_id for row in rows if row.authorisation_id is not None}
    described = (
        {
            a.id: terms_of(a).describe()
            for a in session.scalars(
                select(AuthorisationRow).where(AuthorisationRow.id.in_(authorisation_ids))
            )
        }
        if authorisation_ids
        else {}
    )
    return [
        Disclosure(
            id=row.id,
            client_id=row.client_id,
            document_type=DocumentType(row.document_type),
            tax_type=TaxType(row.tax_type) if row.tax_type else None,
            year=row.year,
            recipient_kind=RecipientKind(row.recipient_kind),
            recipient_name=row.recipient_name,
            disclosed_on=row.disclosed_on,
            channel=DisclosureChannel(row.channel),
            sale=row.sale,
            authorisation_id=row.authorisation_id,
            authorisation=described.get(row.authorisation_id, "") if row.authorisation_id else "",
            consent_id=row.consent_id,
            note=row.note,
            recorded_by=names.get(row.recorded_by, "") if row.recorded_by is not None else "",
            recorded_at=aware(row.recorded_at),
        )
        for row in rows
    ]
