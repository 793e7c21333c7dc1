"""The running program's state: which vault, who is signed in, this workstation's preferences.

Pages and dialogs hold the `AppSession`, never a `Workspace`: after a lock and
unlock the session carries a new workspace (a fresh engine and key), and
everything that asks `session.workspace` gets the current one. While locked,
`session.workspace` raises `VaultLockedError`, so nothing can reach the vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from calqi_desktop.domain.errors import VaultLockedError
from calqi_desktop.domain.roles import Permission, may
from calqi_desktop.gui.clipboard import DEFAULT_CLEAR_SECONDS, SecretClipboard
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.services.workspace import StaffMember, Workspace
from calqi_desktop.storage.crypto import KdfParams


class AppSession(QObject):
    """Emits `signed_in` when a workspace arrives and `locked` when it goes."""

    signed_in = Signal()
    locked = Signal()

    def __init__(
        self,
        folder: Path,
        local: LocalSettings,
        *,
        kdf: KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.local = local
        self.kdf = kdf
        self.clipboard = SecretClipboard(self)
        self.clipboard_seconds = DEFAULT_CLEAR_SECONDS  # the firm's setting, applied at sign-in
        self._workspace: Workspace | None = None

    @property
    def language(self) -> str:
        return self.local.language

    @property
    def workspace(self) -> Workspace:
        """The signed-in workspace; raises `VaultLockedError` while locked."""
        if self._workspace is None or not self._workspace.is_open:
            raise VaultLockedError()
        return self._workspace

    @property
    def is_signed_in(self) -> bool:
        return self._workspace is not None and self._workspace.is_open

    @property
    def user(self) -> StaffMember:
        return self.workspace.user

    def may(self, permission: Permission) -> bool:
        """True when the signed-in member may do `permission` (the services check again)."""
        if not self.is_signed_in:
            return False
        user = self.workspace.user
        if user.via_recovery_code:
            return permission == Permission.MANAGE_STAFF
        return may(user.role, permission)

    def copy_secret(self, text: str) -> None:
        """Copy `text` for a moment: cleared after the firm's clipboard seconds, on lock and on quit."""
        self.clipboard.copy(text, self.clipboard_seconds)

    def begin(self, workspace: Workspace) -> None:
        """A member has signed in (or unlocked)."""
        self._workspace = workspace
        self.signed_in.emit()

    def lock(self) -> None:
        """Record the lock, close the vault (engine disposed, key wiped) and clear copied secrets."""
        workspace, self._workspace = self._workspace, None
        self.clipboard.clear()
        if workspace is not None:
            workspace.lock()
        self.locked.emit()

    def sign_out(self) -> None:
        workspace, self._workspace = self._workspace, None
        self.clipboard.clear()
        if workspace is not None and workspace.is_open:
            workspace.sign_out()
