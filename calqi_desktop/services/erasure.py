"""Erasure (AVG art. 17) as anonymisation, for an erasure request: preview, then erase for good.

`preview` lists what goes and what stays with its legal ground (fiscal
records within 7 years of their financial year, AWR art. 52; running
authorisations; the request itself; consent proof; the audit trail).
`erase` re-checks the preview, renders the decision letter while the
addressee still exists, removes the data in one transaction, closes the
request (granted, or partly granted with the grounds), then checkpoints the
WAL and vacuums the vault so nothing of the removed data stays readable in
`vault.db` or its `-wal` (secure_delete is on). ERASE_CLIENTS and
HANDLE_REQUESTS.

What stays: a financial document while its financial year (the year it was
added) is within the fiscal retention period, and a disclosure likewise by
its year; an authorisation that has not ended (expired or revoked), and an
ended one a kept disclosure rests on, each with its signed form; every
consent as proof (without notes, guardian names or evidence); the client's
requests without requester details, notes or attachments; the audit trail
(ids and field names only); the client number. Kept documents lose their
description and get a neutral file name; a consent's renewal date (the 16th
birthday) goes with the birth date. Everything else goes: see `ErasedPart`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import AuthorisationStatus
from calqi_desktop.domain.clients import ClientStatus, DocumentKind, Gender
from calqi_desktop.domain.erasure import (
    ErasedItem,
    ErasedPart,
    ErasurePreview,
    ErasureResult,
    KeepGround,
    KeptItem,
)
from calqi_desktop.domain.errors import (
    CalqiError,
    ClientAnonymisedError,
    ClientNotFoundError,
    ErasureFailedError,
    ErasurePreviewOutdatedError,
)
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.requests import LetterKind, RequestOutcome, RequestStatus, RequestType, StepKind
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.subject_data import fiscal_retention_until
from calqi_desktop.services import authorisations, disclosures, request_letters, requests
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import client_store, compaction, search
from calqi_desktop.storage.client_store import now
from calqi_desktop.storage.models import (
    AuthorisationRow,
    BankAccount,
    Child,
    Client,
    ClientAddress,
    ClientDocument,
    ClientEmail,
    ClientPhone,
    ConsentEventRow,
    ConsentPurposeRow,
    ConsentRow,
    DataSubjectRequestRow,
    DisclosureRow,
    DocumentContent,
    FieldChangeRecord,
    LegalBasisRecord,
    RequestDocumentRow,
    RequestStepRow,
    StatementNotice,
)

#: What the dossier list shows for an anonymised client.
ANONYMISED_NAME = "Geanonimiseerd"
REMOVING = "Gegevens verwijderen…"
COMPACTING = "Kluisbestand opschonen…"
#: Grounds that leave the answer 'granted' and are not spelled out in the letter.
_BOOKKEEPING = (KeepGround.AUDIT_TRAIL, KeepGround.CLIENT_NUMBER, KeepGround.REQUEST_RECORD)
_ENDED = (AuthorisationStatus.EXPIRED, AuthorisationStatus.REVOKED)
_RUNNING, _BASIS = KeepGround.RUNNING_AUTHORISATION, KeepGround.BASIS_OF_KEPT_DISCLOSURE
_LETTERS = {
    RequestOutcome.GRANTED: LetterKind.GRANTED,
    RequestOutcome.PARTLY_GRANTED: LetterKind.PARTLY_GRANTED,
}
#: Rows of the client that go as a whole, by the part of the preview that counts them.
_CLIENT_ROWS: dict[ErasedPart, Any] = {
    ErasedPart.ADDRESSES: ClientAddress,
    ErasedPart.EMAILS: ClientEmail,
    ErasedPart.PHONES: ClientPhone,
    ErasedPart.BANK_ACCOUNTS: BankAccount,
    ErasedPart.CHILDREN: Child,
    ErasedPart.FIELD_HISTORY: FieldChangeRecord,
    ErasedPart.LEGAL_BASES: LegalBasisRecord,
    ErasedPart.STATEMENT_NOTICES: StatementNotice,
}
#: The client's own fields that are emptied (gender, BSN and birth date are reset apart).
_NAME_FIELDS = ("initials", "first_names", "tussenvoegsel", "last_name")
_OTHER_FIELDS = ("function", "organisation_name", "kvk_number", "rsin", "btw_id", "birth_place")
#: The free texts of a request that may name or reach the requester.
_REQUESTER_FIELDS = ("requester_name", "requester_email", "requester_phone", "requester_address")
#: Typed by staff, so they may name the requester; the grounds of the erasure request itself are
#: written after this blanking (they list only what is kept, without names).
_REQUEST_TEXTS = (
    *_REQUESTER_FIELDS,
    "identity_note",
    "description",
    "identity_failed_reason",
    "extension_reason",
    "outcome_grounds",
)


@dataclass(frozen=True)
class _Plan:
    """The preview, and the ids of the rows `erase` deletes or blanks besides the client's own."""

    preview: ErasurePreview
    documents: tuple[int, ...]  # removed
    authorisations: tuple[int, ...]  # removed
    disclosures: tuple[int, ...]  # removed
    requests: tuple[int, ...]  # the client's requests, all blanked


def preview(workspace: Workspace, request_id: int, *, today: date | None = None) -> ErasurePreview:
    """What erasing the request's client would remove and keep; audited ('client.erasure-previewed')."""
    workspace.require(Permission.ERASE_CLIENTS)
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        client = _client_to_erase(workspace, session, request_id)
        erasure = _plan(session, request_id, client, today or date.today()).preview
        _record(workspace, session, erasure, AuditAction.ERASURE_PREVIEWED, _counts(erasure))
        return erasure


def erase(
    workspace: Workspace,
    request_id: int,
    confirmed: ErasurePreview,
    *,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> ErasureResult:
    """Carry out the erasure shown in `confirmed` (`ErasurePreviewOutdatedError` when the dossier
    changed since). Returns the result with the decision letter's PDF bytes in `letter`."""
    workspace.require(Permission.ERASE_CLIENTS)
    workspace.require(Permission.HANDLE_REQUESTS)
    day = today or date.today()
    started = time.perf_counter()
    if progress is not None:
        progress(REMOVING)
    compaction.prepare(workspace.vault)  # a vault in use elsewhere is refused before anything goes
    with workspace.transaction() as session:
        client = _client_to_erase(workspace, session, request_id)
        plan = _plan(session, request_id, client, day)
        erasure = plan.preview
        if (erasure.request_id, erasure.client_id, erasure.removed, erasure.kept, erasure.kept_documents) != (
            confirmed.request_id,
            confirmed.client_id,
            confirmed.removed,
            confirmed.kept,
            confirmed.kept_documents,
        ):
            raise ErasurePreviewOutdatedError()
        outcome = RequestOutcome.PARTLY_GRANTED if erasure.partly else RequestOutcome.GRANTED
        grounds = grounds_text(erasure)
        row = requests.find_row(session, request_id)
        row.status, row.outcome, row.outcome_grounds = RequestStatus.CLOSED.value, outcome.value, grounds
        row.closed_on, row.updated_at = day, now()
        session.flush()
        letter = request_letters.render_in(workspace, session, request_id, _LETTERS[outcome], today=day)
        _remove(session, client, plan)
        row.outcome_grounds = grounds  # blanked with the other requests' texts just now
        counts = _counts(erasure)
        requests.add_step(workspace, session, request_id, StepKind.ERASED, detail=str(counts["removed"]))
        requests.add_step(
            workspace, session, request_id, StepKind.LETTER_MADE, detail=_LETTERS[outcome].value
        )
        requests.add_step(workspace, session, request_id, StepKind.CLOSED, note=grounds, detail=outcome.value)
        _record(workspace, session, erasure, AuditAction.CLIENT_ANONYMISED, counts)
        _record(workspace, session, erasure, AuditAction.REQUEST_CLOSED, {"outcome": outcome.value})
        _record(
            workspace,
            session,
            erasure,
            AuditAction.DOCUMENT_PRINTED,
            {"document": "decision-letter", "request_id": request_id, "letter": _LETTERS[outcome].value},
        )
    if progress is not None:
        progress(COMPACTING)
    # The removal is committed: from here a failure must not lose the letter nor claim nothing was
    # erased. secure_delete has already zeroed the removed content; the compaction only empties the
    # log and drops the free pages, and closing the vault checkpoints it again.
    try:
        compacted = compaction.compact(workspace.vault)
    except CalqiError:  # ErasureFailedError (busy) or a known storage failure (disk full, locked)
        size = compaction.vault_file_bytes(workspace.vault.db_path)
        return ErasureResult(
            preview=erasure,
            letter=letter,
            vault_bytes_before=size,
            vault_bytes_after=size,
            seconds=time.perf_counter() - started,
            compacted=False,
        )
    return ErasureResult(
        preview=erasure,
        letter=letter,
        vault_bytes_before=compacted.bytes_before,
        vault_bytes_after=compacted.bytes_after,
        seconds=time.perf_counter() - started,
    )


def grounds_text(erasure: ErasurePreview) -> str:
    """The decision's grounds: one line '- <what>: <ground>[ (tot dd-mm-jjjj)]' per kept record."""
    return "\n".join(
        f"- {item.what}: {item.ground.label('nl')}"
        + (f" (tot {format_date_nl(item.until)})" if item.until else "")
        for item in erasure.kept
        if item.ground not in _BOOKKEEPING
    )


def _record(
    workspace: Workspace,
    session: Session,
    erasure: ErasurePreview,
    action: AuditAction,
    details: dict[str, str | int],
) -> None:
    workspace.record(
        session,
        action,
        client_id=erasure.client_id,
        on_request_of=f"request:{erasure.request_id}",
        details=details,
    )


def _counts(erasure: ErasurePreview) -> dict[str, str | int]:
    return {"removed": sum(item.count for item in erasure.removed), "kept": len(erasure.kept)}


# --- what goes, what stays ------------------------------------------------------------------------


def _client_to_erase(workspace: Workspace, session: Session, request_id: int) -> Client:
    row = requests.gate(workspace, session, request_id, RequestType.ERASURE)
    client = session.get(Client, row.client_id)
    if client is None:
        raise ClientNotFoundError()
    if client.status == ClientStatus.ANONYMISED.value:
        raise ClientAnonymisedError()
    return client


def _plan(session: Session, request_id: int, client: Client, day: date) -> _Plan:
    documents = session.execute(
        select(ClientDocument.id, ClientDocument.kind, ClientDocument.added_at)
        .where(ClientDocument.client_id == client.id)
        .order_by(ClientDocument.added_at, ClientDocument.id)
    ).all()
    fiscal = {
        document_id: added_at.year
        for document_id, kind, added_at in documents
        if kind == DocumentKind.FINANCIAL.value and day <= _until(added_at.year)
    }
    kept = [
        KeptItem(f"{DocumentKind.FINANCIAL.label()} uit {year}", KeepGround.FISCAL_RETENTION, _until(year))
        for year in fiscal.values()
    ]

    disclosure_rows = _rows(session, DisclosureRow, client.id, DisclosureRow.disclosed_on)
    kept_disclosures = [row for row in disclosure_rows if day <= _until(row.year)]
    basis_until: dict[int, date] = {}
    for disclosure in disclosures.read_all(session, kept_disclosures):
        until = _until(disclosure.year)
        what = f"{disclosure.what()} aan {disclosure.recipient_kind.label()}"
        kept.append(KeptItem(what, KeepGround.FISCAL_RETENTION, until))
        if (basis := disclosure.authorisation_id) is not None:
            basis_until[basis] = max(until, basis_until.get(basis, until))

    authorisation_rows = _rows(session, AuthorisationRow, client.id)
    kept_authorisations = {}
    for row in authorisation_rows:
        terms = authorisations.terms_of(row)
        if terms.status_on(day) not in _ENDED:  # running: kept while it runs
            kept_authorisations[row.id] = KeptItem(terms.describe(), _RUNNING, terms.valid_until)
        elif row.id in basis_until:  # ended: kept only as long as a disclosure on it is
            kept_authorisations[row.id] = KeptItem(terms.describe(), _BASIS, basis_until[row.id])
    kept += kept_authorisations.values()
    signed_forms = {row.document_id for row in authorisation_rows if row.id in kept_authorisations}
    kept_documents = set(fiscal) | (signed_forms & {document_id for document_id, _kind, _added in documents})

    purposes = session.scalars(
        select(ConsentPurposeRow.label_nl)
        .join(ConsentRow, ConsentRow.purpose_id == ConsentPurposeRow.id)
        .where(ConsentRow.client_id == client.id)
        .order_by(ConsentRow.id)
    )
    kept += [KeptItem(f"Toestemming: {label}", KeepGround.CONSENT_PROOF) for label in purposes]
    request_rows = _rows(session, DataSubjectRequestRow, client.id)
    kept += [
        KeptItem(
            f"AVG-verzoek {row.reference} ({RequestType(row.request_type).label()})",
            KeepGround.REQUEST_RECORD,
        )
        for row in request_rows
    ]
    kept.append(KeptItem("Audittrail van de handelingen in dit dossier", KeepGround.AUDIT_TRAIL))
    kept.append(KeptItem(f"Klantnummer {client.client_number}", KeepGround.CLIENT_NUMBER))

    removed_documents = tuple(
        document_id for document_id, *_ in documents if document_id not in kept_documents
    )
    removed_authorisations = tuple(row.id for row in authorisation_rows if row.id not in kept_authorisations)
    removed_disclosures = tuple(row.id for row in disclosure_rows if day > _until(row.year))
    counts = {
        **_client_counts(client),
        **{
            part: session.scalar(select(func.count()).select_from(model).where(model.client_id == client.id))
            or 0
            for part, model in _CLIENT_ROWS.items()
        },
        ErasedPart.DOCUMENTS: len(removed_documents),
        ErasedPart.AUTHORISATIONS: len(removed_authorisations),
        ErasedPart.AUTHORISATION_NOTES: sum(
            bool(row.note) + bool(row.revoke_reason) + bool(row.activation_code)
            for row in authorisation_rows
            if row.id in kept_authorisations
        ),
        ErasedPart.DISCLOSURE_NOTES: sum(bool(row.note) for row in kept_disclosures),
        ErasedPart.DISCLOSURES: len(removed_disclosures),
        ErasedPart.CONSENT_NOTES: _consent_note_count(session, client.id),
        ErasedPart.REQUEST_DETAILS: _request_detail_count(session, request_rows),
    }
    erasure = ErasurePreview(
        request_id=request_id,
        client_id=client.id,
        client_number=client.client_number,
        removed=tuple(ErasedItem(part, counts[part]) for part in ErasedPart),
        kept=tuple(kept),
        kept_documents=tuple(sorted(kept_documents)),
    )
    request_ids = tuple(row.id for row in request_rows)
    return _Plan(erasure, removed_documents, removed_authorisations, removed_disclosures, request_ids)


def _until(financial_year: int) -> date:
    return fiscal_retention_until(financial_year)


def _rows(session: Session, model: Any, client_id: int, *order: Any) -> Sequence[Any]:
    return session.scalars(select(model).where(model.client_id == client_id).order_by(*order, model.id)).all()


def _client_counts(client: Client) -> dict[ErasedPart, int]:
    return {
        ErasedPart.NAME: int(any(getattr(client, name) for name in _NAME_FIELDS)),
        ErasedPart.PERSON_DETAILS: int(client.gender != Gender.UNKNOWN.value) + int(bool(client.function)),
        ErasedPart.ORGANISATION_DETAILS: sum(
            bool(value) for value in (client.organisation_name, client.kvk_number, client.rsin, client.btw_id)
        ),
        ErasedPart.BSN: int(bool(client.bsn)),
        ErasedPart.BIRTH: int(client.birth_date is not None) + int(bool(client.birth_place)),
    }


def _consent_note_count(session: Session, client_id: int) -> int:
    """Notes, guardian names and links and evidence links in the client's consent history, plus the
    client's name where it stands as guardian in another client's consent."""
    own = session.execute(
        select(
            ConsentEventRow.note,
            ConsentEventRow.guardian_name,
            ConsentEventRow.guardian_client_id,
            ConsentEventRow.evidence_document_id,
        ).where(ConsentEventRow.client_id == client_id)
    ).all()
    as_guardian = session.scalar(
        select(func.count())
        .select_from(ConsentEventRow)
        .where(ConsentEventRow.guardian_client_id == client_id, ConsentEventRow.guardian_name != "")
        .where(ConsentEventRow.client_id != client_id)
    )
    texts = sum(bool(note) + bool(name) for note, name, _guardian, _evidence in own)
    links = sum((guardian is not None) + (evidence is not None) for _note, _name, guardian, evidence in own)
    return texts + links + (as_guardian or 0)


def _request_detail_count(session: Session, rows: Sequence[DataSubjectRequestRow]) -> int:
    """Filled requester and note fields, attached documents and step notes of the client's requests."""
    ids = [row.id for row in rows]
    texts = sum(bool(getattr(row, name)) for row in rows for name in _REQUEST_TEXTS)
    documents = session.scalar(
        select(func.count()).select_from(RequestDocumentRow).where(RequestDocumentRow.request_id.in_(ids))
    )
    notes = session.scalar(
        select(func.count())
        .select_from(RequestStepRow)
        .where(RequestStepRow.request_id.in_(ids), RequestStepRow.note != "")
    )
    return texts + (documents or 0) + (notes or 0)


# --- the removal ----------------------------------------------------------------------------------


def _remove(session: Session, client: Client, plan: _Plan) -> None:
    """Remove everything of `plan` in the caller's transaction, then rewrite the search row."""
    for name in (*_NAME_FIELDS, *_OTHER_FIELDS, "restriction_reason"):
        setattr(client, name, "")
    client.gender, client.bsn, client.birth_date = Gender.UNKNOWN.value, None, None
    client.restricted, client.status = False, ClientStatus.ANONYMISED.value
    client.version += 1
    client.updated_at = now()
    session.flush()
    client_id = client.id
    for model in _CLIENT_ROWS.values():
        session.execute(delete(model).where(model.client_id == client_id))

    # Consent history: only free text and links may change (trigger, migration 0004).
    session.execute(
        update(ConsentEventRow)
        .where(ConsentEventRow.client_id == client_id)
        .values(note="", guardian_name="", guardian_client_id=None, evidence_document_id=None)
    )
    session.execute(
        update(ConsentEventRow)
        .where(ConsentEventRow.guardian_client_id == client_id, ConsentEventRow.guardian_name != "")
        .values(guardian_name="")
    )
    session.execute(update(ConsentRow).where(ConsentRow.client_id == client_id).values(renew_due_on=None))

    session.execute(delete(DisclosureRow).where(DisclosureRow.id.in_(plan.disclosures)))
    session.execute(update(DisclosureRow).where(DisclosureRow.client_id == client_id).values(note=""))
    session.execute(delete(AuthorisationRow).where(AuthorisationRow.id.in_(plan.authorisations)))
    session.execute(
        update(AuthorisationRow)
        .where(AuthorisationRow.client_id == client_id)
        .values(note="", revoke_reason="", activation_code=None)
    )
    session.execute(delete(DocumentContent).where(DocumentContent.document_id.in_(plan.documents)))
    session.execute(delete(ClientDocument).where(ClientDocument.id.in_(plan.documents)))
    for document in session.scalars(select(ClientDocument).where(ClientDocument.client_id == client_id)):
        extension = document.file_name.rpartition(".")[2] if "." in document.file_name else ""
        neutral = f"{DocumentKind(document.kind).label()} {document.added_at.year} ({document.id})"
        document.file_name = f"{neutral}.{extension}" if extension else neutral
        document.description = ""

    session.execute(
        update(DataSubjectRequestRow)
        .where(DataSubjectRequestRow.id.in_(plan.requests))
        .values(dict.fromkeys(_REQUEST_TEXTS, ""))
    )
    session.execute(delete(RequestDocumentRow).where(RequestDocumentRow.request_id.in_(plan.requests)))
    # Steps are append-only (trigger, migration 0005): only the note may be blanked.
    session.execute(
        update(RequestStepRow)
        .where(RequestStepRow.request_id.in_(plan.requests), RequestStepRow.note != "")
        .values(note="")
    )
    session.flush()
    _reindex(session, client)


def _reindex(session: Session, client: Client) -> None:
    """The search row as the emptied dossier gives it: the client number only, shown as 'Geanonimiseerd'."""
    entry = client_store.search_entry(client, client_store.draft_of(session, client))
    if any(value for value in entry.values if value != client.client_number) or entry.postcode or entry.city:
        raise ErasureFailedError()  # a field was added to the dossier and not to this module
    search.index_client(session, replace(entry, name=ANONYMISED_NAME))
