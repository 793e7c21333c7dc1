"""Gathers everything held about one data subject into a `SubjectData`, inside the caller's transaction.

Used by the access report, the portability export and the dossier summary,
each after its own permission check, gate and audit event; this module checks
nothing and records nothing itself. Special values are read straight from the
rows here, so no 'special field revealed' events are written for them: the
export's own event covers the whole document.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.clients import (
    ChildDraft,
    ClientStatus,
    DocumentKind,
    display_name,
)
from calqi_desktop.domain.errors import ClientNotFoundError
from calqi_desktop.domain.subject_data import SubjectBankAccount, SubjectData, SubjectDocument
from calqi_desktop.services import authorisations, clients, consent_records, disclosures, requests
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import client_store
from calqi_desktop.storage.client_store import aware
from calqi_desktop.storage.models import (
    AuthorisationRow,
    BankAccount,
    Child,
    Client,
    ClientDocument,
    DisclosureRow,
)


def collect(
    workspace: Workspace, session: Session, client_id: int, *, today: date | None = None
) -> SubjectData:
    """Everything held about the client, as it stands in `session`. `ClientNotFoundError` if none."""
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFoundError()
    day = today or date.today()
    draft = client_store.draft_of(session, client)
    return SubjectData(
        client_id=client.id,
        collected_on=day,
        draft=draft,
        display_name=display_name(draft) if client.status != ClientStatus.ANONYMISED.value else "",
        created_at=aware(client.created_at),
        restricted=client.restricted,
        restriction_reason=client.restriction_reason,
        bsn=client.bsn or "",
        birth_date=client.birth_date,
        birth_place=client.birth_place,
        bank_accounts=tuple(
            SubjectBankAccount(iban=row.iban, holder=row.holder)
            for row in session.scalars(
                select(BankAccount).where(BankAccount.client_id == client_id).order_by(BankAccount.id)
            )
        ),
        children=tuple(
            ChildDraft(
                first_names=row.first_names, last_name=row.last_name, birth_date=row.birth_date, id=row.id
            )
            for row in session.scalars(select(Child).where(Child.client_id == client_id).order_by(Child.id))
        ),
        bases=clients.bases_in(session, client_id),
        documents=tuple(
            SubjectDocument(
                id=row.id,
                kind=DocumentKind(row.kind),
                file_name=row.file_name,
                mime_type=row.mime_type,
                size=row.size,
                sha256=row.sha256,
                description=row.description,
                added_at=aware(row.added_at),
            )
            for row in session.scalars(
                select(ClientDocument)
                .where(ClientDocument.client_id == client_id)
                .order_by(ClientDocument.added_at, ClientDocument.id)
            )
        ),
        consents=tuple(consent_records.consents_of(session, client_id, may_view_special=True, today=day)),
        authorisations=tuple(
            authorisations.read_all(
                workspace,
                session,
                session.scalars(
                    select(AuthorisationRow)
                    .where(AuthorisationRow.client_id == client_id)
                    .order_by(AuthorisationRow.created_at.desc(), AuthorisationRow.id.desc())
                ).all(),
            )
        ),
        disclosures=tuple(
            disclosures.read_all(
                session,
                session.scalars(
                    select(DisclosureRow)
                    .where(DisclosureRow.client_id == client_id)
                    .order_by(DisclosureRow.disclosed_on.desc(), DisclosureRow.id.desc())
                ).all(),
            )
        ),
        requests=tuple(requests.client_requests_in(workspace, session, client_id)),
        history=tuple(clients.field_changes_in(session, client_id)),
    )
