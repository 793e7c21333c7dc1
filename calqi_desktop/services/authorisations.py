"""The authorisations register (machtigingen): record, change, activate, revoke, reveal the code.

MANAGE_AUTHORISATIONS records and changes; the activation code is special
data, entered and revealed only by roles with VIEW_SPECIAL_DATA, each reveal
audited (`client.special-revealed` with field 'authorisations.<id>.activation_code'),
each copy too (`client.special-copied`, same field). A restricted or
anonymised client's register cannot change, nor can what an authorisation
covers once it is activated or a disclosure rests on it. Audit events:
`authorisation.added`, `.changed`, `.activated`, `.revoked` with the
authorisation id and kind, never the code or a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import (
    DOCUMENT_TYPE_ORDER,
    F_ACTIVATED_ON,
    F_ACTIVATION_CODE,
    F_REVOKE_REASON,
    F_REVOKED_ON,
    F_VALID_UNTIL,
    Authorisation,
    AuthorisationDraft,
    AuthorisationKind,
    AuthorisationTerms,
    DocumentType,
    RecipientKind,
    TaxType,
    check_authorisation_draft,
    check_note,
    normalise_activation_code,
)
from calqi_desktop.domain.errors import (
    ActivationCodeNotForKindError,
    AuthorisationNotFoundError,
    AuthorisationRevokedError,
    AuthorisationScopeLockedError,
    ClientNotFoundError,
    DateOrderError,
    EvidenceNotInDossierError,
    RequiredFieldError,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.search_text import fold
from calqi_desktop.domain.validation import check_past_date
from calqi_desktop.services.clients import ensure_changeable
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store, client_store
from calqi_desktop.storage.client_store import aware, now
from calqi_desktop.storage.models import AuthorisationRow, Client, ClientDocument, DisclosureRow

#: Audit details hold short texts; the list of changed fields is cut to fit.
_DETAILS_MAX = 80


def client_authorisations(workspace: Workspace, client_id: int) -> list[Authorisation]:
    """The client's authorisations, newest first. VIEW_DOSSIERS."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        _client(session, client_id)
        rows = session.scalars(
            select(AuthorisationRow)
            .where(AuthorisationRow.client_id == client_id)
            .order_by(AuthorisationRow.created_at.desc(), AuthorisationRow.id.desc())
        ).all()
        return read_all(workspace, session, rows)


def add_authorisation(
    workspace: Workspace, client_id: int, draft: AuthorisationDraft, *, today: date | None = None
) -> Authorisation:
    """Check the draft (`check_authorisation_draft`) and record it. A VIA with its code and
    activation date is recorded as activated at once."""
    workspace.require(Permission.MANAGE_AUTHORISATIONS)
    checked = check_authorisation_draft(draft, today=today or _today())
    if checked.activation_code:
        workspace.require(Permission.VIEW_SPECIAL_DATA)
    if checked.activated_on is not None and not checked.activation_code:
        raise F_ACTIVATION_CODE.error(RequiredFieldError)
    with workspace.transaction() as session:
        ensure_changeable(_client(session, client_id))
        _check_document(session, client_id, checked.document_id)
        moment = now()
        row = AuthorisationRow(
            client_id=client_id,
            revoke_reason="",
            created_by=workspace.user.id,
            created_at=moment,
        )
        _apply(row, checked, checked.activation_code or None, moment)
        session.add(row)
        session.flush()
        details = {"authorisation_id": row.id, "kind": row.kind}
        workspace.record(session, AuditAction.AUTHORISATION_ADDED, client_id=client_id, details=details)
        if row.activated_on is not None:
            workspace.record(
                session, AuditAction.AUTHORISATION_ACTIVATED, client_id=client_id, details=details
            )
        return _read(workspace, session, row)


def change_authorisation(
    workspace: Workspace, authorisation_id: int, draft: AuthorisationDraft, *, today: date | None = None
) -> Authorisation:
    """Change a recorded authorisation (not a revoked one: `AuthorisationRevokedError`).

    `draft.activation_code` None keeps the stored code, "" removes it; setting
    or removing a code needs VIEW_SPECIAL_DATA. A kind other than VIA keeps no
    code. Entering the activation date here activates a VIA (`.activated`).

    Once it is activated or a disclosure rests on it, what it covers — kind,
    recipient, tax type, documents, years — stays (`AuthorisationScopeLockedError`):
    the activation code was for that year, and the disclosures must keep
    showing what they rested on. Its dates, note and signed form may change.
    """
    workspace.require(Permission.MANAGE_AUTHORISATIONS)
    checked = check_authorisation_draft(draft, today=today or _today())
    with workspace.transaction() as session:
        row = _row(session, authorisation_id)
        ensure_changeable(_client(session, row.client_id))
        if row.revoked_on is not None:
            raise AuthorisationRevokedError()
        if _scope_of_row(row) != _scope_of_draft(checked) and (
            row.activated_on is not None or _in_use(session, [row.id])
        ):
            raise AuthorisationScopeLockedError()
        if checked.activation_code is not None and (checked.activation_code or row.activation_code):
            workspace.require(Permission.VIEW_SPECIAL_DATA)
        _check_document(session, row.client_id, checked.document_id)
        code = row.activation_code if checked.activation_code is None else checked.activation_code or None
        if checked.kind is not AuthorisationKind.VIA:
            code = None
        if checked.activated_on is not None and not code:
            raise F_ACTIVATION_CODE.error(RequiredFieldError)
        was_activated = row.activated_on is not None
        before = _snapshot(row)
        _apply(row, checked, code, now())
        changed = [name for name, value in _snapshot(row).items() if before[name] != value]
        details = {"authorisation_id": row.id, "kind": row.kind}
        workspace.record(
            session,
            AuditAction.AUTHORISATION_CHANGED,
            client_id=row.client_id,
            details={**details, "fields": _field_list(changed)},
        )
        if row.activated_on is not None and not was_activated:
            workspace.record(
                session, AuditAction.AUTHORISATION_ACTIVATED, client_id=row.client_id, details=details
            )
        return _read(workspace, session, row)


def activate_via(
    workspace: Workspace,
    authorisation_id: int,
    activation_code: str,
    activated_on: date,
    *,
    today: date | None = None,
) -> Authorisation:
    """Enter a VIA's activation code and the day it was activated; valid from that day. VIEW_SPECIAL_DATA too.

    A valid-from date already recorded stays; a later code (a new letter) replaces the stored one.
    """
    workspace.require(Permission.MANAGE_AUTHORISATIONS)
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    code = normalise_activation_code(activation_code)
    if not code:
        raise F_ACTIVATION_CODE.error(RequiredFieldError)
    check_past_date(activated_on, F_ACTIVATED_ON, today=today or _today())
    with workspace.transaction() as session:
        row = _row(session, authorisation_id)
        ensure_changeable(_client(session, row.client_id))
        if row.revoked_on is not None:
            raise AuthorisationRevokedError()
        if row.kind != AuthorisationKind.VIA.value:
            raise F_ACTIVATION_CODE.error(ActivationCodeNotForKindError)
        valid_from = row.valid_from or activated_on
        if row.valid_until is not None and row.valid_until < valid_from:
            raise F_VALID_UNTIL.error(DateOrderError)
        row.activation_code, row.activated_on, row.valid_from = code, activated_on, valid_from
        row.updated_at = now()
        workspace.record(
            session,
            AuditAction.AUTHORISATION_ACTIVATED,
            client_id=row.client_id,
            details={"authorisation_id": row.id, "kind": row.kind},
        )
        return _read(workspace, session, row)


def revoke_authorisation(
    workspace: Workspace,
    authorisation_id: int,
    revoked_on: date,
    reason: str,
    *,
    today: date | None = None,
) -> Authorisation:
    """Revoke as of `revoked_on` (not in the future); disclosures after it are refused.

    The reason is required; it stays in the register (never in the audit trail).
    """
    workspace.require(Permission.MANAGE_AUTHORISATIONS)
    check_past_date(revoked_on, F_REVOKED_ON, today=today or _today())
    text = check_note(reason, F_REVOKE_REASON)
    if not text:
        raise F_REVOKE_REASON.error(RequiredFieldError)
    with workspace.transaction() as session:
        row = _row(session, authorisation_id)
        ensure_changeable(_client(session, row.client_id))
        if row.revoked_on is not None:
            raise AuthorisationRevokedError()
        row.revoked_on, row.revoke_reason, row.updated_at = revoked_on, text, now()
        workspace.record(
            session,
            AuditAction.AUTHORISATION_REVOKED,
            client_id=row.client_id,
            details={"authorisation_id": row.id, "kind": row.kind},
        )
        return _read(workspace, session, row)


def reveal_activation_code(workspace: Workspace, authorisation_id: int) -> str:
    """The activation code; audited. VIEW_SPECIAL_DATA."""
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    with workspace.transaction() as session:
        row = _row(session, authorisation_id)
        workspace.record(
            session,
            AuditAction.SPECIAL_FIELD_REVEALED,
            client_id=row.client_id,
            details={"field": activation_code_field(row.id)},
        )
        return row.activation_code or ""


def note_activation_code_copied(workspace: Workspace, authorisation_id: int) -> None:
    """Record that a revealed activation code was copied to the clipboard (which clears itself)."""
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    with workspace.transaction() as session:
        row = _row(session, authorisation_id)
        workspace.record(
            session,
            AuditAction.SPECIAL_FIELD_COPIED,
            client_id=row.client_id,
            details={"field": activation_code_field(row.id)},
        )


def activation_code_field(authorisation_id: int) -> str:
    """How the audit trail names an authorisation's activation code: 'authorisations.12.activation_code'."""
    return f"authorisations.{authorisation_id}.activation_code"


def terms_in(session: Session, client_id: int) -> list[AuthorisationTerms]:
    """The client's authorisations as `disclosures.decide` needs them."""
    rows = session.scalars(
        select(AuthorisationRow).where(AuthorisationRow.client_id == client_id).order_by(AuthorisationRow.id)
    ).all()
    return [terms_of(row) for row in rows]


def terms_of(row: AuthorisationRow) -> AuthorisationTerms:
    """One stored authorisation as terms."""
    return AuthorisationTerms(
        id=row.id,
        kind=AuthorisationKind(row.kind),
        recipient_kind=RecipientKind(row.recipient_kind),
        recipient_name=row.recipient_name,
        tax_type=TaxType(row.tax_type) if row.tax_type else None,
        document_types=frozenset(DocumentType(value) for value in row.document_types.split(",") if value),
        year_from=row.year_from,
        year_to=row.year_to,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        activated_on=row.activated_on,
        revoked_on=row.revoked_on,
    )


def join_document_types(document_types: frozenset[DocumentType]) -> str:
    """'tax-return,annual-account': the stored form, always in the same order."""
    return ",".join(kind.value for kind in DOCUMENT_TYPE_ORDER if kind in document_types)


# --- helpers --------------------------------------------------------------------------


def _today() -> date:
    return datetime.now().date()


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise ClientNotFoundError()
    return client


def _row(session: Session, authorisation_id: int) -> AuthorisationRow:
    row = session.get(AuthorisationRow, authorisation_id)
    if row is None:
        raise AuthorisationNotFoundError()
    return row


def _check_document(session: Session, client_id: int, document_id: int | None) -> None:
    """The signed form must be one of this client's documents."""
    if document_id is None:
        return
    document = session.get(ClientDocument, document_id)
    if document is None or document.client_id != client_id:
        raise EvidenceNotInDossierError()


def _scope_of_row(row: AuthorisationRow) -> tuple[object, ...]:
    """What a stored authorisation covers: kind, recipient, tax type, documents and years."""
    return (
        row.kind,
        row.recipient_kind,
        row.recipient_name,
        row.tax_type,
        row.document_types,
        row.year_from,
        row.year_to,
    )


def _scope_of_draft(draft: AuthorisationDraft) -> tuple[object, ...]:
    """What a checked draft would cover, in the stored form of `_scope_of_row`."""
    return (
        draft.kind.value,
        draft.recipient_kind.value,
        draft.recipient_name,
        draft.tax_type.value if draft.tax_type else None,
        join_document_types(draft.document_types),
        draft.year_from,
        draft.year_to,
    )


def _in_use(session: Session, authorisation_ids: Sequence[int]) -> set[int]:
    """Those of the authorisations that a recorded disclosure rests on."""
    if not authorisation_ids:
        return set()
    used = session.scalars(
        select(DisclosureRow.authorisation_id)
        .where(DisclosureRow.authorisation_id.in_(authorisation_ids))
        .distinct()
    )
    return {authorisation_id for authorisation_id in used if authorisation_id is not None}


def _apply(row: AuthorisationRow, draft: AuthorisationDraft, code: str | None, moment: datetime) -> None:
    """Put a checked draft on the row; `code` is the activation code it is to keep."""
    row.kind = draft.kind.value
    row.recipient_kind = draft.recipient_kind.value
    row.recipient_name = draft.recipient_name
    row.recipient_key = fold(draft.recipient_name)
    row.tax_type = draft.tax_type.value if draft.tax_type else None
    row.document_types = join_document_types(draft.document_types)
    row.year_from, row.year_to = draft.year_from, draft.year_to
    row.requested_on, row.valid_until = draft.requested_on, draft.valid_until
    row.activation_code = code
    row.activated_on = draft.activated_on if draft.kind is AuthorisationKind.VIA else None
    row.valid_from = draft.valid_from or (row.activated_on if code else None)
    row.document_id = draft.document_id
    row.note = draft.note
    row.updated_at = moment


_TRACKED = (
    "kind",
    "recipient_kind",
    "recipient_name",
    "tax_type",
    "document_types",
    "year_from",
    "year_to",
    "requested_on",
    "valid_from",
    "valid_until",
    "activation_code",
    "activated_on",
    "document_id",
    "note",
)


def _snapshot(row: AuthorisationRow) -> dict[str, object]:
    return {name: getattr(row, name) for name in _TRACKED}


def _field_list(names: list[str]) -> str:
    """The changed fields by name (never values), cut to fit the audit details with '+n'."""
    kept = list(names)
    while kept and len(",".join([*kept, f"+{len(names) - len(kept)}"])) > _DETAILS_MAX:
        kept.pop()
    rest = len(names) - len(kept)
    return ",".join(kept) if not rest else ",".join([*kept, f"+{rest}"])


def _read(workspace: Workspace, session: Session, row: AuthorisationRow) -> Authorisation:
    return read_all(workspace, session, [row])[0]


def read_all(workspace: Workspace, session: Session, rows: Sequence[AuthorisationRow]) -> list[Authorisation]:
    """The rows as the register shows them; a signed form's name is withheld as `document_info` does."""
    names = {
        staff_id: display or user for staff_id, user, display, _active in audit_store.staff_names(session)
    }
    document_ids = {row.document_id for row in rows if row.document_id is not None}
    documents = (
        {d.id: d for d in session.scalars(select(ClientDocument).where(ClientDocument.id.in_(document_ids)))}
        if document_ids
        else {}
    )
    may_view_special = workspace.may(Permission.VIEW_SPECIAL_DATA)
    in_use = _in_use(session, [row.id for row in rows])

    def document_name(document_id: int | None) -> str:
        document = documents.get(document_id) if document_id is not None else None
        if document is None:
            return ""
        return client_store.document_info(document, "", may_view_special=may_view_special).file_name

    return [
        Authorisation(
            terms=terms_of(row),
            client_id=row.client_id,
            requested_on=row.requested_on,
            has_activation_code=bool(row.activation_code),
            revoke_reason=row.revoke_reason,
            document_id=row.document_id,
            document_name=document_name(row.document_id),
            note=row.note,
            created_by=names.get(row.created_by, "") if row.created_by is not None else "",
            created_at=aware(row.created_at),
            in_use=row.id in in_use,
        )
        for row in rows
    ]
