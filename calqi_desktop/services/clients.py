"""Client dossiers: find, open, create and change them — with the permission check, the
basis gate for special data, the field history and the audit event, each in one transaction.

Special values never travel in a `Dossier`; `services.special_data` reveals
them one at a time. Opening a dossier is audited; searching is not (a search
shows only names), except a search by BSN, which is a look-up of special data.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.client_list import ClientListPage, ClientListQuery
from calqi_desktop.domain.clients import (
    F_CLIENT_NUMBER,
    SPECIAL_FIELDS,
    ChangeReason,
    ClientDraft,
    ClientStatus,
    DocumentKind,
    Dossier,
    FieldChange,
    LegalBasis,
    MaskedRow,
    SpecialCategory,
    SpecialChanges,
    check_draft,
    mask,
)
from calqi_desktop.domain.errors import (
    AnonymiseThroughRequestError,
    ChangeReasonRequiredError,
    ClientAnonymisedError,
    ClientNotFoundError,
    ClientNumberTakenError,
    ClientRestrictedError,
    DossierChangedMeanwhileError,
    RectificationNeedsRequestError,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.services import special_data
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store, client_store, search
from calqi_desktop.storage.client_store import Change, aware, now
from calqi_desktop.storage.models import (
    BankAccount,
    Child,
    Client,
    ClientDocument,
    FieldChangeRecord,
    LegalBasisRecord,
)


def find(
    workspace: Workspace, query: ClientListQuery, *, offset: int = 0, limit: int = 200
) -> ClientListPage:
    """A page of the dossier list. A complete, valid BSN also finds its client — for roles
    that may see special data, and with an audit event; the BSN is never shown in the list."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        page = search.find(session, query, offset=offset, limit=limit)
        if offset == 0 and workspace.may(Permission.VIEW_SPECIAL_DATA):
            page = _with_bsn_hit(workspace, session, query, page)
        return page


def _with_bsn_hit(
    workspace: Workspace, session: Session, query: ClientListQuery, page: ClientListPage
) -> ClientListPage:
    bsn = special_data.complete_bsn(query.text)
    if bsn is None:
        return page
    # Not unique: a duplicate dossier or an import can hold the same BSN twice.
    client_ids = session.scalars(select(Client.id).where(Client.bsn == bsn).order_by(Client.id)).all()
    if not client_ids:
        workspace.record(session, AuditAction.CLIENT_FOUND_BY_BSN, details={"found": False})
        return page
    for client_id in client_ids:
        workspace.record(
            session, AuditAction.CLIENT_FOUND_BY_BSN, client_id=client_id, details={"found": True}
        )
    shown = {row.id for row in page.rows}
    hits = []
    for client_id in client_ids:
        row = None if client_id in shown else search.row_of(session, client_id)
        if (
            row is None
            or (query.kind and row.kind != query.kind)
            or (query.status and row.status != query.status)
        ):
            continue
        hits.append(row)
    if not hits:
        return page
    total = None if page.total is None else page.total + len(hits)
    return ClientListPage((*hits, *page.rows), page.offset, total, page.has_more)


def proposed_client_number(workspace: Workspace) -> str:
    """The number a new dossier gets when its number is left empty."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        return client_store.next_client_number(session)


def open_dossier(workspace: Workspace, client_id: int, *, audit: bool = True) -> Dossier:
    """The dossier without special values; writes 'dossier opened' to the audit trail."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        client = _client(session, client_id)
        dossier = _dossier(workspace, session, client)
        if audit:
            workspace.record(session, AuditAction.DOSSIER_OPENED, client_id=client_id)
        return dossier


def create_client(
    workspace: Workspace,
    draft: ClientDraft,
    special: SpecialChanges | None = None,
    bases: tuple[special_data.BasisDraft, ...] = (),
) -> int:
    """Make a new dossier; the bases are recorded first, so special data can be stored with it."""
    workspace.require(Permission.EDIT_DOSSIERS)
    checked = _checked(draft)
    with workspace.transaction() as session:
        if checked.client_number and client_store.client_number_taken(session, checked.client_number):
            raise F_CLIENT_NUMBER.error(ClientNumberTakenError)
        number = checked.client_number or client_store.next_client_number(session)
        checked = _with_number(checked, number)
        moment = now()
        client = Client(
            client_number=number, kind=checked.kind.value, created_at=moment, updated_at=moment, version=1
        )
        session.add(client)
        changes = client_store.apply_draft(session, client, checked, None)
        for basis in bases:
            special_data.record_basis_in(workspace, session, client.id, basis)
        if special:
            changes += special_data.apply_in(workspace, session, client, special)
        _record_changes(
            workspace, session, client.id, changes, ChangeReason.COMPLETION, "Nieuw dossier", None
        )
        search.index_client(session, client_store.search_entry(client, checked))
        workspace.record(
            session, AuditAction.CLIENT_CREATED, client_id=client.id, details={"fields": len(changes)}
        )
        return client.id


def save_dossier(
    workspace: Workspace,
    client_id: int,
    draft: ClientDraft,
    special: SpecialChanges | None = None,
    *,
    expected_version: int,
    reason: ChangeReason,
    reason_note: str = "",
    request_id: int | None = None,
) -> Dossier:
    """Store the changes to a dossier with their reason; returns the dossier as it now is.

    Refused when the dossier is restricted or anonymised, or was saved
    elsewhere since it was opened (`expected_version`). With `request_id` it
    is a rectification (AVG art. 16): the request must permit it
    (`request_rights.check_rectification`), the reason becomes
    RECTIFICATION_REQUEST, a restricted dossier may be corrected (the
    request is the exception of art. 18) and the request gets a RECTIFIED
    step; that reason without a request is refused.
    """
    workspace.require(Permission.EDIT_DOSSIERS)
    if request_id is not None:
        workspace.require(Permission.HANDLE_REQUESTS)
        reason = ChangeReason.RECTIFICATION_REQUEST
    elif reason is ChangeReason.RECTIFICATION_REQUEST:
        raise RectificationNeedsRequestError()
    if reason is ChangeReason.OTHER and not reason_note.strip():
        raise ChangeReasonRequiredError()
    checked = _checked(draft)
    with workspace.transaction() as session:
        client = _client(session, client_id)
        if request_id is not None:
            # Imported here: request_rights reaches services.consent, which imports this module.
            from calqi_desktop.services import request_rights

            request_rights.check_rectification(workspace, session, request_id, client_id)
            if client.status == ClientStatus.ANONYMISED.value:
                raise ClientAnonymisedError()
        else:
            ensure_changeable(client)
        if client.version != expected_version:
            raise DossierChangedMeanwhileError()
        before = client_store.draft_of(session, client)
        number = checked.client_number or before.client_number
        if number != before.client_number and client_store.client_number_taken(
            session, number, except_id=client_id
        ):
            raise F_CLIENT_NUMBER.error(ClientNumberTakenError)
        checked = _with_number(checked, number)
        changes = client_store.apply_draft(session, client, checked, before)
        if special:
            changes += special_data.apply_in(workspace, session, client, special)
        if changes:
            client.version += 1
            client.updated_at = now()
            _record_changes(workspace, session, client_id, changes, reason, reason_note, request_id)
            search.index_client(session, client_store.search_entry(client, checked))
            workspace.record(
                session,
                AuditAction.CLIENT_CHANGED,
                client_id=client_id,
                on_request_of=f"request:{request_id}" if request_id else None,
                details=_changed_fields(changes),
            )
            if request_id is not None:
                request_rights.record_rectified(workspace, session, request_id, len(changes))
        return _dossier(workspace, session, client)


def history(workspace: Workspace, client_id: int) -> list[FieldChange]:
    """The dossier's field history, newest first."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        _client(session, client_id)
        may_view_special = workspace.may(Permission.VIEW_SPECIAL_DATA)
        return [_withheld(change, may_view_special) for change in field_changes_in(session, client_id)]


def field_changes_in(session: Session, client_id: int) -> list[FieldChange]:
    """The client's field history as stored, newest first; no permission check, nothing withheld."""
    names = staff_names(session)
    rows = session.scalars(
        select(FieldChangeRecord)
        .where(FieldChangeRecord.client_id == client_id)
        .order_by(FieldChangeRecord.changed_at.desc(), FieldChangeRecord.id.desc())
    ).all()
    return [
        FieldChange(
            changed_at=aware(row.changed_at),
            changed_by=names.get(row.changed_by, "") if row.changed_by else "",
            field=row.field,
            old_value=row.old_value,
            new_value=row.new_value,
            reason=ChangeReason(row.reason),
            reason_note=row.reason_note,
            request_id=row.request_id,
        )
        for row in rows
    ]


def bases_in(session: Session, client_id: int) -> dict[SpecialCategory, LegalBasis]:
    """The basis in force for each special category of the client (ended ones left out)."""
    names = staff_names(session)
    return {
        SpecialCategory(row.category): LegalBasis(
            category=SpecialCategory(row.category),
            basis=special_data.LegalBasisKind(row.basis),
            note=row.note,
            recorded_by=names.get(row.recorded_by, "") if row.recorded_by else "",
            recorded_at=aware(row.recorded_at),
        )
        for row in session.scalars(
            select(LegalBasisRecord).where(
                LegalBasisRecord.client_id == client_id, LegalBasisRecord.ended_at.is_(None)
            )
        )
    }


def staff_names(session: Session) -> dict[int, str]:
    """Each staff member's display name (the user name when it has none), by id."""
    return {
        staff_id: display or user for staff_id, user, display, _active in audit_store.staff_names(session)
    }


#: Audit details hold short texts only (`audit_store`); a long list of fields is cut to this.
_DETAILS_MAX = 80


def _changed_fields(changes: list[Change]) -> dict[str, str | int]:
    """The audit details of a save: which fields changed (names only), cut to fit with '+n' for the rest."""
    names = sorted({key.split(".")[0] for key, _, _ in changes})
    kept = list(names)
    while kept and len(",".join([*kept, f"+{len(names) - len(kept)}"])) > _DETAILS_MAX:
        kept.pop()
    text = ",".join(kept) if len(kept) == len(names) else ",".join([*kept, f"+{len(names) - len(kept)}"])
    return {"fields": text, "count": len(names)}


def _withheld(change: FieldChange, may_view_special: bool) -> FieldChange:
    """The names of ID copies and financial documents are special data too: without access,
    the history shows the document's kind instead ('documents.id-copy')."""
    head, _, kind_value = change.field.partition(".")
    if may_view_special or head != "documents":
        return change
    kind = next((k for k in DocumentKind if k.value == kind_value), None)
    if kind is not None and kind.special_category is None:
        return change
    label = kind.label() if kind is not None else ""
    return replace(
        change,
        old_value=label if change.old_value else None,
        new_value=label if change.new_value else None,
    )


def ensure_changeable(client: Client) -> None:
    """Refuse changes to an anonymised or restricted dossier."""
    if client.status == ClientStatus.ANONYMISED.value:
        raise ClientAnonymisedError()
    if client.restricted:
        raise ClientRestrictedError()


def _checked(draft: ClientDraft) -> ClientDraft:
    """The draft in normal form; raises the first field error. Anonymising is never an edit."""
    if draft.status is ClientStatus.ANONYMISED:
        raise AnonymiseThroughRequestError()
    checked, errors = check_draft(draft)
    errors.raise_first()
    return checked


def _with_number(draft: ClientDraft, number: str) -> ClientDraft:
    return replace(draft, client_number=number)


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFoundError()
    return client


def _record_changes(
    workspace: Workspace,
    session: Session,
    client_id: int,
    changes: list[Change],
    reason: ChangeReason,
    note: str,
    request_id: int | None,
) -> None:
    moment = now()
    session.add_all(
        FieldChangeRecord(
            client_id=client_id,
            changed_at=moment,
            changed_by=workspace.user.id,
            field=key,
            old_value=old,
            new_value=new,
            reason=reason.value,
            reason_note=note.strip(),
            request_id=request_id,
        )
        for key, old, new in changes
    )


def _dossier(workspace: Workspace, session: Session, client: Client) -> Dossier:
    names = staff_names(session)
    bases = bases_in(session, client.id)
    accounts = session.scalars(
        select(BankAccount).where(BankAccount.client_id == client.id).order_by(BankAccount.id)
    ).all()
    children = session.scalars(select(Child).where(Child.client_id == client.id).order_by(Child.id)).all()
    documents = session.scalars(
        select(ClientDocument)
        .where(ClientDocument.client_id == client.id)
        .order_by(ClientDocument.added_at.desc())
    ).all()

    return Dossier(
        id=client.id,
        version=client.version,
        draft=client_store.draft_of(session, client),
        restricted=client.restricted,
        restriction_reason=client.restriction_reason,
        created_at=aware(client.created_at),
        updated_at=aware(client.updated_at),
        special_present={name: _present(getattr(client, name)) for name in SPECIAL_FIELDS},
        bank_accounts=tuple(MaskedRow(a.id, mask("iban", a.iban)) for a in accounts),
        children=tuple(MaskedRow(c.id, mask("child", "x")) for c in children),
        bases=bases,
        documents=tuple(
            client_store.document_info(
                d,
                names.get(d.added_by, "") if d.added_by else "",
                may_view_special=workspace.may(Permission.VIEW_SPECIAL_DATA),
            )
            for d in documents
        ),
        may_view_special=workspace.may(Permission.VIEW_SPECIAL_DATA),
        may_edit=workspace.may(Permission.EDIT_DOSSIERS)
        and not client.restricted
        and client.status != ClientStatus.ANONYMISED.value,
    )


def _present(value: object) -> bool:
    return value not in (None, "")
