"""Creating a vault and signing in: back-off, unlock, staff checks, audit events.

Failed sign-ins cannot be written into a locked vault; they are counted
outside it (`storage.throttle`) and moved into the audit trail, with the time
they happened, at the next successful unlock.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from calqi_desktop.domain import passwords
from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import (
    AccountDeactivatedError,
    CalqiError,
    WrongPasswordError,
    WrongRecoveryCodeError,
)
from calqi_desktop.domain.roles import Role
from calqi_desktop.services import staff
from calqi_desktop.services.workspace import StaffMember, Workspace
from calqi_desktop.storage import audit_store, keyslots
from calqi_desktop.storage.crypto import KdfParams
from calqi_desktop.storage.models import StaffUser
from calqi_desktop.storage.throttle import SignInThrottle
from calqi_desktop.storage.vault import Vault, read_vault_id

RECOVERY_THROTTLE_NAME = "#herstelcode"


def create_vault(
    folder: Path,
    *,
    firm_name: str,
    admin_name: str,
    admin_password: str,
    admin_display_name: str = "",
    kdf: KdfParams | None = None,
) -> tuple[Workspace, str]:
    """A new vault with its first beheerder signed in; returns the recovery code too."""
    admin_name = passwords.check_user_name(admin_name)
    passwords.check_password(admin_password, user_name=admin_name, firm_name=firm_name)
    vault, code, admin_id = Vault.create(
        Path(folder),
        firm_name=firm_name.strip(),
        admin_name=admin_name,
        admin_password=admin_password,
        admin_display_name=admin_display_name,
        kdf=kdf,
    )
    user = StaffMember(admin_id, admin_name, admin_display_name.strip() or admin_name, Role.BEHEERDER)
    workspace = Workspace(vault, user)
    try:
        with workspace.transaction() as session:
            workspace.record(session, AuditAction.SIGN_IN)
    except BaseException:
        vault.close(checkpoint=False)
        raise
    return workspace, code


def seconds_to_wait(folder: Path, user_name: str, *, throttle_folder: Path | None = None) -> int:
    """Seconds before `user_name` may try again (0 when free); for the sign-in countdown."""
    return SignInThrottle(read_vault_id(Path(folder)), throttle_folder).seconds_left(user_name)


def recovery_seconds_to_wait(folder: Path, *, throttle_folder: Path | None = None) -> int:
    """Seconds before the recovery code may be tried again."""
    return seconds_to_wait(folder, RECOVERY_THROTTLE_NAME, throttle_folder=throttle_folder)


def sign_in(
    folder: Path,
    user_name: str,
    password: str,
    *,
    kdf: KdfParams | None = None,
    throttle_folder: Path | None = None,
    after_lock: bool = False,
) -> Workspace:
    """Unlock `folder` as `user_name`. Raises `SignInThrottledError` while the back-off runs.

    `after_lock` marks the return of someone who locked the program (audited as
    an unlock rather than a fresh sign-in); the checks are the same.
    """
    folder = Path(folder)
    throttle = SignInThrottle(read_vault_id(folder), throttle_folder)
    throttle.check(user_name)
    try:
        vault = Vault.unlock(folder, user_name, password, kdf=kdf)
    except (WrongPasswordError, AccountDeactivatedError):
        slot = keyslots.load(folder).user_slot(user_name)
        throttle.record_failure(user_name, slot.slot_id if slot else None)
        raise
    result = vault.unlock_result
    assert result is not None
    try:
        member = _active_member(vault, result.slot_id)
    except CalqiError:
        vault.close()
        raise
    throttle.record_success(user_name)
    workspace = Workspace(vault, member)
    _record_unlock(workspace, throttle, AuditAction.UNLOCK if after_lock else AuditAction.SIGN_IN)
    return workspace


def _active_member(vault: Vault, slot_id: str) -> StaffMember:
    """The staff member behind the slot that opened the vault; a refusal is audited."""
    with vault.session() as session:
        row = session.scalars(select(StaffUser).where(StaffUser.slot_id == slot_id)).one_or_none()
        if row is not None and row.active:
            return StaffMember.from_row(row)
        actor = row.id if row else None
    with vault.session() as session:  # its own transaction, so the refusal is kept
        audit_store.append(
            session,
            vault.vault_id,
            AuditAction.SIGN_IN_FAILED,
            actor_id=actor,
            details={"reason": "deactivated"},
        )
    raise AccountDeactivatedError()


def sign_in_with_recovery_code(
    folder: Path, code: str, *, kdf: KdfParams | None = None, throttle_folder: Path | None = None
) -> Workspace:
    """Unlock with the recovery code: the session may only reset staff passwords."""
    folder = Path(folder)
    throttle = SignInThrottle(read_vault_id(folder), throttle_folder)
    throttle.check(RECOVERY_THROTTLE_NAME)
    try:
        vault = Vault.unlock_with_recovery_code(folder, code, kdf=kdf)
    except WrongRecoveryCodeError:
        throttle.record_failure(RECOVERY_THROTTLE_NAME, None)
        raise
    throttle.record_success(RECOVERY_THROTTLE_NAME)
    member = StaffMember(None, "herstelcode", "Herstelcode", Role.BEHEERDER, via_recovery_code=True)
    workspace = Workspace(vault, member)
    _record_unlock(workspace, throttle, AuditAction.SIGN_IN_RECOVERY)
    return workspace


def _record_unlock(workspace: Workspace, throttle: SignInThrottle, action: AuditAction) -> None:
    """Write pending failures, the migration or finished rotation, and the sign-in.

    A vault whose sign-in cannot be recorded is not handed out: it is closed again.
    """
    try:
        _write_unlock_events(workspace, throttle, action)
    except BaseException:
        workspace.vault.close(checkpoint=False)
        raise
    throttle.clear_pending()


def _write_unlock_events(workspace: Workspace, throttle: SignInThrottle, action: AuditAction) -> None:
    result = workspace.vault.unlock_result
    assert result is not None
    pending = throttle.pending_failures()
    with workspace.transaction() as session:
        staff_by_slot = {
            slot: staff_id for slot, staff_id in session.execute(select(StaffUser.slot_id, StaffUser.id))
        }
        for failure in pending:
            audit_store.append(
                session,
                workspace.vault_id,
                AuditAction.SIGN_IN_FAILED,
                actor_id=staff_by_slot.get(failure.slot_id) if failure.slot_id else None,
                details={"reason": "wrong-password" if failure.slot_id else "unknown-user"},
                occurred_at=failure.occurred_at,
            )
        if result.migrated_from is not None or result.migration_backup is not None:
            workspace.record(session, AuditAction.MIGRATED, details={"from": result.migrated_from or "none"})
        if result.repaired_slots:
            workspace.record(session, AuditAction.KEYSLOTS_REPAIRED, details={"slots": result.repaired_slots})
        if result.finished_rotation_removed is not None:
            # A deactivation a crash interrupted: make sure the database side is done too.
            removed = result.finished_rotation_removed
            for row in session.scalars(select(StaffUser).where(StaffUser.slot_id.in_(removed))):
                if row.active:
                    staff.mark_deactivated(session, row)
                    workspace.record(
                        session,
                        AuditAction.USER_DEACTIVATED,
                        target_user_id=row.id,
                        details={"resumed": True},
                    )
            workspace.record(
                session,
                AuditAction.KEY_ROTATED,
                details={"generation": workspace.vault.keyfile.generation, "resumed": True},
            )
        workspace.record(session, action)
