"""Staff accounts: add, change one's own password, reset, change role, deactivate.

Each change touches the keyslot file and the database together: the keyslot
file is written inside the database transaction, so a failing write rolls the
database back. Deactivating a member rotates the master key (see
`storage.rotation`) so that whatever the leaver knew no longer opens the vault.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calqi_desktop.domain import passwords
from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import (
    CalqiError,
    LastAdministratorError,
    PasswordReusedError,
    PermissionDeniedError,
    UserExistsError,
    UserNotFoundError,
    WrongPasswordError,
)
from calqi_desktop.domain.roles import Permission, Role
from calqi_desktop.services.workspace import StaffMember, Workspace
from calqi_desktop.storage import crypto, keyslots, rotation
from calqi_desktop.storage.models import KeyslotRecord, StaffUser

Progress = Callable[[str], None]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def list_staff(workspace: Workspace, *, include_inactive: bool = True) -> list[StaffMember]:
    workspace.require(Permission.MANAGE_STAFF)
    with workspace.transaction() as session:
        query = select(StaffUser).order_by(StaffUser.user_name_key)
        if not include_inactive:
            query = query.where(StaffUser.active.is_(True))
        return [StaffMember.from_row(row) for row in session.scalars(query)]


def add_user(
    workspace: Workspace, user_name: str, role: Role, password: str, *, display_name: str = ""
) -> StaffMember:
    """A new staff member with their own keyslot."""
    workspace.require(Permission.MANAGE_STAFF)
    user_name = passwords.check_user_name(user_name)
    passwords.check_password(password, user_name=user_name, firm_name=workspace.firm_name())
    vault = workspace.vault
    with workspace.transaction() as session:
        if session.scalar(select(StaffUser.id).where(StaffUser.user_name_key == user_name.casefold())):
            raise UserExistsError()
        slot = keyslots.make_slot(
            kind=keyslots.USER,
            user_name=user_name,
            secret=password,
            vault_id=vault.vault_id,
            master_key=vault.master_key(),
            generation=vault.keyfile.generation,
            kdf=vault.kdf_for_new_slot(),
        )
        row = StaffUser(
            user_name=user_name,
            user_name_key=user_name.casefold(),
            display_name=display_name.strip() or user_name,
            role=role.value,
            active=True,
            must_change_password=False,
            slot_id=slot.slot_id,
            created_at=_now(),
        )
        session.add(row)
        session.flush()
        session.add(
            KeyslotRecord(
                slot_id=slot.slot_id,
                kind=keyslots.USER,
                public_key=slot.public_key,
                staff_user_id=row.id,
                created_at=_now(),
            )
        )
        workspace.record(session, AuditAction.USER_ADDED, target_user_id=row.id, details={"role": role.value})
        _save_slots(workspace, lambda keyfile: keyfile.slots.append(slot))
        return StaffMember.from_row(row)


def change_own_password(workspace: Workspace, old_password: str, new_password: str) -> None:
    """Reseal only the signed-in member's slot; clears 'must change password'."""
    user = workspace.user
    if user.id is None:
        raise PermissionDeniedError(Permission.MANAGE_STAFF.value)
    if old_password == new_password:
        raise PasswordReusedError()
    passwords.check_password(new_password, user_name=user.user_name, firm_name=workspace.firm_name())
    vault = workspace.vault
    with workspace.transaction() as session:
        row = session.get(StaffUser, user.id)
        if row is None or row.slot_id is None:
            raise UserNotFoundError()
        slot = vault.keyfile.slot(row.slot_id)
        if slot is None:
            raise UserNotFoundError()
        try:
            private_key = keyslots.open_private_key(slot, old_password, vault.vault_id)
        except crypto.UnwrapError as exc:
            raise WrongPasswordError() from exc
        row.must_change_password = False
        workspace.record(session, AuditAction.USER_PASSWORD_CHANGED, target_user_id=row.id)
        kdf = vault.kdf_for_new_slot()
        _save_slots(
            workspace,
            lambda _: keyslots.reseal_private_key(slot, private_key, new_password, vault.vault_id, kdf),
        )
    workspace.user = StaffMember(
        user.id, user.user_name, user.display_name, user.role, user.active, False, user.via_recovery_code
    )


def reset_password(workspace: Workspace, user_id: int, new_password: str) -> None:
    """A beheerder (or the recovery code) sets a new password; the member must change it at sign-in."""
    workspace.require(Permission.MANAGE_STAFF)
    vault = workspace.vault
    with workspace.transaction() as session:
        row = _get_active(session, user_id)
        passwords.check_password(new_password, user_name=row.user_name, firm_name=workspace.firm_name())
        slot = keyslots.make_slot(
            kind=keyslots.USER,
            user_name=row.user_name,
            secret=new_password,
            vault_id=vault.vault_id,
            master_key=vault.master_key(),
            generation=vault.keyfile.generation,
            kdf=vault.kdf_for_new_slot(),
        )
        old_slot_id = row.slot_id
        if old_slot_id is not None:
            old_record = session.get(KeyslotRecord, old_slot_id)
            if old_record is not None:
                old_record.retired_at = _now()
        row.slot_id = slot.slot_id
        row.must_change_password = True
        session.add(
            KeyslotRecord(
                slot_id=slot.slot_id,
                kind=keyslots.USER,
                public_key=slot.public_key,
                staff_user_id=row.id,
                created_at=_now(),
            )
        )
        workspace.record(session, AuditAction.USER_PASSWORD_RESET, target_user_id=row.id)
        # The old slot stays until the database has committed: a crash in between
        # leaves both, and the next unlock drops whichever the registry does not know.
        _save_slots(workspace, lambda keyfile: keyfile.slots.append(slot))
    _save_slots(workspace, lambda keyfile: _drop_slot(keyfile, old_slot_id))


def _drop_slot(keyfile: keyslots.KeyslotFile, slot_id: str | None) -> None:
    keyfile.slots = [s for s in keyfile.slots if s.slot_id != slot_id]


def change_role(workspace: Workspace, user_id: int, role: Role) -> None:
    workspace.require(Permission.MANAGE_STAFF)
    with workspace.transaction() as session:
        row = _get_active(session, user_id)
        if row.role == role.value:
            return
        if row.role == Role.BEHEERDER.value:
            _refuse_last_admin(session, row)
        old = row.role
        row.role = role.value
        workspace.record(
            session,
            AuditAction.USER_ROLE_CHANGED,
            target_user_id=row.id,
            details={"from": old, "to": role.value},
        )
    if user_id == workspace.user.id:  # one's own role: the rights change now, not at next sign-in
        workspace.user = dataclasses.replace(workspace.user, role=role)


def deactivate(workspace: Workspace, user_id: int, progress: Progress | None = None) -> None:
    """Deactivate a member and rotate the master key; remaining slots are rewrapped.

    Order matters for crash safety: first the rotation is recorded in the keyslot
    file (with the leaver's slot marked for removal), then the database marks the
    member inactive, then the database is re-encrypted and the keyslot file
    finished. A crash anywhere leaves a vault whose next unlock finishes the job
    — including marking the member inactive (see `auth`).
    """
    workspace.require(Permission.MANAGE_STAFF)
    report = progress or (lambda _step: None)
    if user_id == workspace.user.id:
        raise PermissionDeniedError("deactivate-self")
    with workspace.transaction() as session:
        row = _get_active(session, user_id)
        if row.role == Role.BEHEERDER.value:
            _refuse_last_admin(session, row)
        removed_slot = row.slot_id
    report("Nieuwe hoofdsleutel maken en de sleutels van de overige medewerkers bijwerken…")
    vault = workspace.vault
    new_key = rotation.prepare(vault, [removed_slot] if removed_slot else [])
    try:
        with workspace.transaction() as session:
            mark_deactivated(session, _get_active(session, user_id))
            workspace.record(session, AuditAction.USER_DEACTIVATED, target_user_id=user_id)
            workspace.record(session, AuditAction.KEY_ROTATION_STARTED, target_user_id=user_id)
    except BaseException:
        try:
            rotation.abandon(vault)
        except BaseException:
            vault.close(checkpoint=False)  # the next unlock finishes the recorded rotation
        raise
    report("De kluis opnieuw versleutelen met de nieuwe sleutel…")
    new_generation = vault.keyfile.generation + 1

    def record_rotated() -> None:  # after the rekey, before the keyslot file is finished
        with workspace.transaction() as session:
            workspace.record(
                session,
                AuditAction.KEY_ROTATED,
                target_user_id=user_id,
                details={"generation": new_generation},
            )

    rotation.complete(vault, new_key, on_rekeyed=record_rotated)
    report("Sleutelwissel vastgelegd.")
    vault.save_keyfile()


def mark_deactivated(session: Session, row: StaffUser) -> None:
    """The database side of a deactivation: inactive, and the keyslot record retired."""
    row.active = False
    row.deactivated_at = _now()
    if row.slot_id is not None:
        record = session.get(KeyslotRecord, row.slot_id)
        if record is not None and record.retired_at is None:
            record.retired_at = _now()


def _get_active(session: Session, user_id: int) -> StaffUser:
    row = session.get(StaffUser, user_id)
    if row is None or not row.active:
        raise UserNotFoundError()
    return row


def _refuse_last_admin(session: Session, row: StaffUser) -> None:
    admins = session.scalar(
        select(func.count())
        .select_from(StaffUser)
        .where(StaffUser.role == Role.BEHEERDER.value, StaffUser.active.is_(True), StaffUser.id != row.id)
    )
    if not admins:
        raise LastAdministratorError()


def _save_slots(workspace: Workspace, change: Callable[[keyslots.KeyslotFile], None]) -> None:
    """Apply `change` to the keyslot file and save it; undo in memory when saving fails."""
    vault = workspace.vault
    before = keyslots.parse(keyslots.serialise(vault.keyfile))
    change(vault.keyfile)
    try:
        keyslots.save(vault.folder, vault.keyfile)
    except (CalqiError, OSError):
        vault.keyfile = before
        raise


def find_user_id(workspace: Workspace, user_name: str) -> int:
    """The id of the member called `user_name` (case-insensitive)."""
    workspace.require(Permission.MANAGE_STAFF)
    with workspace.transaction() as session:
        user_id = session.scalar(
            select(StaffUser.id).where(StaffUser.user_name_key == user_name.strip().casefold())
        )
        if user_id is None:
            raise UserNotFoundError()
        return user_id
