"""A signed-in staff member working in an unlocked vault.

Every service takes a `Workspace`: it knows who acts (for the permission check
and the audit event) and gives transactions on the vault. A session opened
with the recovery code acts as nobody in particular and may only manage staff
(reset a forgotten password).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import PasswordChangeRequiredError, PermissionDeniedError
from calqi_desktop.domain.roles import Permission, Role, require
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.models import StaffUser, VaultInfo
from calqi_desktop.storage.vault import Vault

RECOVERY_PERMISSIONS = frozenset({Permission.MANAGE_STAFF})


@dataclass(frozen=True)
class StaffMember:
    """Who is signed in (or a row of the staff list)."""

    id: int | None
    user_name: str
    display_name: str
    role: Role
    active: bool = True
    must_change_password: bool = False
    via_recovery_code: bool = False

    @classmethod
    def from_row(cls, row: StaffUser) -> StaffMember:
        return cls(
            id=row.id,
            user_name=row.user_name,
            display_name=row.display_name,
            role=Role(row.role),
            active=row.active,
            must_change_password=row.must_change_password,
        )


class Workspace:
    def __init__(self, vault: Vault, user: StaffMember) -> None:
        self.vault = vault
        self.user = user

    @property
    def vault_id(self) -> str:
        return self.vault.vault_id

    def firm_name(self) -> str:
        with self.vault.session() as session:
            info = session.get(VaultInfo, 1)
            return info.firm_name if info else ""

    def require(self, permission: Permission) -> None:
        """Raise unless the signed-in member may do `permission` right now."""
        if self.user.via_recovery_code:
            if permission not in RECOVERY_PERMISSIONS:
                raise PermissionDeniedError(permission.value)
            return
        if self.user.must_change_password:
            raise PasswordChangeRequiredError()
        require(self.user.role, permission)

    def may(self, permission: Permission) -> bool:
        """True when `require(permission)` would pass."""
        try:
            self.require(permission)
        except (PermissionDeniedError, PasswordChangeRequiredError):
            return False
        return True

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.vault.session() as session:
            yield session

    def record(
        self,
        session: Session,
        action: AuditAction,
        *,
        client_id: int | None = None,
        target_user_id: int | None = None,
        on_request_of: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Append an audit event for the signed-in member in `session`'s transaction."""
        audit_store.append(
            session,
            self.vault_id,
            action,
            actor_id=self.user.id,
            client_id=client_id,
            target_user_id=target_user_id,
            on_request_of=on_request_of,
            details=details,
        )

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    def lock(self) -> None:
        """Record the lock, then close the vault (engine disposed, key wiped)."""
        if not self.vault.is_open:
            return
        try:
            with self.transaction() as session:
                self.record(session, AuditAction.LOCK)
        finally:
            self.vault.close()

    def sign_out(self) -> None:
        if not self.vault.is_open:
            return
        try:
            with self.transaction() as session:
                self.record(session, AuditAction.SIGN_OUT)
        finally:
            self.vault.close()
