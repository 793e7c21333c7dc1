"""Special personal data (DESIGN.md R1): the basis gate, revealing one field at a time, copying.

Nothing of a special category is stored for a client before a legal basis for
that category is recorded (who, when, which basis); the BSN takes only the
legal obligation as its basis, and consent is a basis only while the client's
consent for special data is given (`services.consent`). Roles without `VIEW_SPECIAL_DATA` (the
assistent) can neither see nor enter special data. Each reveal and each copy
writes an audit event naming the field, never its value. The field history
records that a special field changed, not what it was or became.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    SPECIAL_FIELDS,
    BankAccountDraft,
    ChildDraft,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
    check_bank_account,
    check_child,
    check_special_field,
    field_label,
)
from calqi_desktop.domain.errors import (
    ClientNotFoundError,
    ConsentBasisMissingError,
    LegalBasisNotAllowedError,
    LegalBasisRequiredError,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.validation import Field, FieldErrors
from calqi_desktop.services import consent_records
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.client_store import Change, now
from calqi_desktop.storage.models import BankAccount, Child, Client, FieldChangeRecord, LegalBasisRecord

__all__ = ["BasisDraft", "LegalBasisKind"]


@dataclass(frozen=True)
class BasisDraft:
    category: SpecialCategory
    basis: LegalBasisKind
    note: str = ""


def complete_bsn(text: str) -> str | None:
    """The BSN when `text` is exactly one complete, valid BSN (spaces and dots allowed), else None."""
    from stdnum.nl import bsn

    compact = "".join(ch for ch in text if ch not in " .-")
    if len(compact) != 9 or not compact.isdigit() or not bsn.is_valid(compact):
        return None
    return compact


def record_legal_basis(
    workspace: Workspace, client_id: int, category: SpecialCategory, basis: LegalBasisKind, note: str = ""
) -> None:
    """Record (or replace) the basis for one category of one client."""
    workspace.require(Permission.EDIT_DOSSIERS)
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise ClientNotFoundError()
        from calqi_desktop.services.clients import ensure_changeable

        ensure_changeable(client)
        record_basis_in(workspace, session, client_id, BasisDraft(category, basis, note))


def record_basis_in(workspace: Workspace, session: Session, client_id: int, draft: BasisDraft) -> None:
    """The same, inside the caller's transaction (a new dossier records its bases with it).

    Consent is a basis only while the client's consent for special data is
    given (`ConsentBasisMissingError`): a new dossier has none yet.
    """
    workspace.require(Permission.EDIT_DOSSIERS)
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    if draft.basis not in draft.category.allowed_bases():
        raise LegalBasisNotAllowedError()
    if draft.basis is LegalBasisKind.CONSENT and not consent_records.has_special_data_consent(
        session, client_id
    ):
        raise ConsentBasisMissingError()
    moment = now()
    current = session.scalars(
        select(LegalBasisRecord).where(
            LegalBasisRecord.client_id == client_id,
            LegalBasisRecord.category == draft.category.value,
            LegalBasisRecord.ended_at.is_(None),
        )
    ).all()
    for row in current:
        row.ended_at = moment
    session.add(
        LegalBasisRecord(
            client_id=client_id,
            category=draft.category.value,
            basis=draft.basis.value,
            note=draft.note.strip(),
            recorded_by=workspace.user.id,
            recorded_at=moment,
        )
    )
    old = current[0].basis if current else None
    session.add(_basis_change(workspace, client_id, draft, old, moment))
    workspace.record(
        session,
        AuditAction.LEGAL_BASIS_RECORDED,
        client_id=client_id,
        details={"category": draft.category.value, "basis": draft.basis.value},
    )


def _basis_change(
    workspace: Workspace, client_id: int, draft: BasisDraft, old: str | None, moment: datetime
) -> FieldChangeRecord:
    return FieldChangeRecord(
        client_id=client_id,
        changed_at=moment,
        changed_by=workspace.user.id,
        field=f"legal_basis.{draft.category.value}",
        old_value=LegalBasisKind(old).label() if old else None,
        new_value=draft.basis.label(),
        reason="completion",
        reason_note=draft.note.strip(),
    )


def has_basis(session: Session, client_id: int, category: SpecialCategory) -> bool:
    return (
        session.execute(
            select(LegalBasisRecord.id).where(
                LegalBasisRecord.client_id == client_id,
                LegalBasisRecord.category == category.value,
                LegalBasisRecord.ended_at.is_(None),
            )
        ).first()
        is not None
    )


def apply_in(
    workspace: Workspace,
    session: Session,
    client: Client,
    special: SpecialChanges,
    *,
    today: date | None = None,
) -> list[Change]:
    """Store special changes on `client` after the basis gate; the field history entries (no values)."""
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    errors = FieldErrors()
    values: dict[str, str] = {}
    for name, text in special.fields.items():
        if name not in SPECIAL_FIELDS:
            raise KeyError(name)
        values[name] = errors.check(partial(check_special_field, name, text, today=today), "")
    accounts = []
    for index, account in enumerate(special.bank_accounts):
        checked, found = check_bank_account(index, account)
        errors.extend(found)
        accounts.append(checked)
    kids = []
    for index, child in enumerate(special.children):
        checked_child, found = check_child(index, child, today=today)
        errors.extend(found)
        kids.append(checked_child)
    for category in sorted(special.categories(), key=list(SpecialCategory).index):
        if not has_basis(session, client.id, category):
            key = _field_of(category, special)
            errors.add(
                Field(key, field_label(key), field_label(key, "en")).error(
                    LegalBasisRequiredError, category=category.label(), category_en=category.label("en")
                )
            )
    errors.raise_first()

    changes: list[Change] = []
    for name, value in values.items():
        old = getattr(client, name)
        stored: object = date.fromisoformat(value) if (name == "birth_date" and value) else (value or None)
        if name == "birth_place":
            stored = value
        if (old or None) != (stored or None):
            setattr(client, name, stored)
            changes.append((name, None, None))
    for account in accounts:
        row = (
            _own(session, BankAccount, client.id, account.id)
            if account.id
            else BankAccount(client_id=client.id)
        )
        if (row.iban, row.holder) != (account.iban, account.holder):
            row.iban, row.holder = account.iban, account.holder
            session.add(row)
            changes.append(("bank_accounts", None, None))
    for account_id in special.removed_bank_accounts:
        session.delete(_own(session, BankAccount, client.id, account_id))
        changes.append(("bank_accounts", None, None))
    for kid in kids:
        child_row = _own(session, Child, client.id, kid.id) if kid.id else Child(client_id=client.id)
        if (child_row.first_names, child_row.last_name, child_row.birth_date) != (
            kid.first_names,
            kid.last_name,
            kid.birth_date,
        ):
            child_row.first_names = kid.first_names
            child_row.last_name = kid.last_name
            child_row.birth_date = kid.birth_date
            session.add(child_row)
            changes.append(("children", None, None))
    for child_id in special.removed_children:
        session.delete(_own(session, Child, client.id, child_id))
        changes.append(("children", None, None))
    return changes


def _field_of(category: SpecialCategory, special: SpecialChanges) -> str:
    """The form field a missing basis is reported at: the first field of `category` being stored."""
    for name, value in special.fields.items():
        if SPECIAL_FIELDS[name] is category and value.strip():
            return name
    return {
        SpecialCategory.BSN: "bsn",
        SpecialCategory.BIRTH: "birth_date",
        SpecialCategory.BANK_ACCOUNTS: "bank_accounts",
        SpecialCategory.CHILDREN: "children",
    }.get(category, category.value)


_Row = TypeVar("_Row", BankAccount, Child)


def _own(session: Session, model: type[_Row], client_id: int, row_id: int | None) -> _Row:
    row = session.get(model, row_id) if row_id is not None else None
    if row is None or row.client_id != client_id:
        raise ClientNotFoundError()
    return row


# --- revealing ---------------------------------------------------------------------


def reveal(workspace: Workspace, client_id: int, name: str) -> str:
    """The value of one special field ('bsn', 'birth_date' as dd-mm-jjjj, 'birth_place'); audited."""
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    if name not in SPECIAL_FIELDS:
        raise KeyError(name)
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise ClientNotFoundError()
        workspace.record(
            session, AuditAction.SPECIAL_FIELD_REVEALED, client_id=client_id, details={"field": name}
        )
        value = getattr(client, name)
        if isinstance(value, date):
            return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
        return value or ""


def reveal_bank_account(workspace: Workspace, client_id: int, account_id: int) -> BankAccountDraft:
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    with workspace.transaction() as session:
        row = _own(session, BankAccount, client_id, account_id)
        workspace.record(
            session,
            AuditAction.SPECIAL_FIELD_REVEALED,
            client_id=client_id,
            details={"field": f"bank_accounts.{account_id}"},
        )
        return BankAccountDraft(row.iban, row.holder, row.id)


def reveal_child(workspace: Workspace, client_id: int, child_id: int) -> ChildDraft:
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    with workspace.transaction() as session:
        row = _own(session, Child, client_id, child_id)
        workspace.record(
            session,
            AuditAction.SPECIAL_FIELD_REVEALED,
            client_id=client_id,
            details={"field": f"children.{child_id}"},
        )
        return ChildDraft(row.first_names, row.last_name, row.birth_date, row.id)


def note_copied(workspace: Workspace, client_id: int, field: str) -> None:
    """Record that a revealed special value was copied to the clipboard (which clears itself).

    `field` is named as `reveal` names it in the audit trail: 'bsn', 'birth_date',
    'birth_place', 'bank_accounts.<id>' or 'children.<id>' — anything else is
    refused, so a value can never end up in the trail by mistake.
    """
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    if not _is_special_field_key(field):
        raise KeyError("not a special field name")
    with workspace.transaction() as session:
        workspace.record(
            session, AuditAction.SPECIAL_FIELD_COPIED, client_id=client_id, details={"field": field}
        )


def _is_special_field_key(key: str) -> bool:
    head, dot, row_id = key.partition(".")
    if not dot:
        return key in SPECIAL_FIELDS
    return head in ("bank_accounts", "children") and row_id.isascii() and row_id.isdigit()
