"""Looking after the vault: integrity check, audit-chain verification, backups.

`check` runs SQLite's `integrity_check`, SQLCipher's `cipher_integrity_check`
(all rows) and walks the audit chain against its checkpoint. `backup` makes a
verified encrypted copy. Each writes an audit event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from calqi_desktop.domain.audit import AuditAction, ChainVerdict
from calqi_desktop.domain.roles import Permission
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import backup as backup_store
from calqi_desktop.storage.crypto import MIN_PRODUCTION_MEMORY_KIB
from calqi_desktop.storage.database import IntegrityReport
from calqi_desktop.storage.files import os_errors, write_atomically


@dataclass(frozen=True)
class CheckResult:
    integrity: IntegrityReport
    audit: ChainVerdict
    weak_keyslots: tuple[str, ...] = ()  # staff names (or "herstelcode") whose slot is below the KDF floor

    @property
    def sound(self) -> bool:
        return self.integrity.sound and self.audit.sound

    def describe_nl(self) -> str:
        text = f"{self.integrity.describe_nl()}\n{self.audit.explanation_nl}"
        if self.weak_keyslots:
            text += (
                "\nLet op: de sleutelafleiding is zwakker dan 64 MiB Argon2id voor: "
                f"{', '.join(self.weak_keyslots)}. Laat deze medewerkers hun wachtwoord wijzigen."
            )
        return text


def verify_audit_chain(workspace: Workspace) -> ChainVerdict:
    workspace.require(Permission.VIEW_AUDIT)
    verdict = workspace.vault.verify_audit_chain()
    with workspace.transaction() as session:
        workspace.record(
            session,
            AuditAction.AUDIT_VERIFIED,
            details={"sound": verdict.sound, "first_broken": verdict.first_broken_seq},
        )
    return verdict


def check(workspace: Workspace) -> CheckResult:
    workspace.require(Permission.CHECK_VAULT)
    weak = tuple(
        slot.user_name or "herstelcode"
        for slot in workspace.vault.keyfile.slots
        if slot.kdf.memory_kib < MIN_PRODUCTION_MEMORY_KIB
    )
    result = CheckResult(workspace.vault.check_integrity(), workspace.vault.verify_audit_chain(), weak)
    if result.integrity.sound:
        with workspace.transaction() as session:
            workspace.record(
                session,
                AuditAction.CHECKED,
                details={"sound": result.sound, "first_broken": result.audit.first_broken_seq},
            )
    return result


def backup(workspace: Workspace, destination: Path) -> Path:
    """A verified backup in the new folder `destination`."""
    workspace.require(Permission.BACKUP_VAULT)
    made = backup_store.make_backup(workspace.vault, Path(destination))
    with workspace.transaction() as session:
        workspace.record(session, AuditAction.BACKUP_MADE)
    return made


def save_recovery_sheet(workspace: Workspace, code: str, sheet: Path, created_at: datetime) -> Path:
    """Write the recovery sheet (herstelblad) for `code` as a PDF with the firm's letterhead.

    Only right after the vault was created (or the code renewed): the code is
    never stored, so it can only come from the caller.
    """
    from calqi_desktop.export.recovery_sheet import render_recovery_sheet
    from calqi_desktop.services import settings

    workspace.require(Permission.MANAGE_STAFF)
    letterhead = settings.letterhead(workspace)
    pdf = render_recovery_sheet(
        firm_name=letterhead.firm_name,
        vault_id=workspace.vault_id,
        vault_folder=str(workspace.vault.folder.resolve()),
        recovery_code=code,
        created_at=created_at,
        letterhead=letterhead,
    )
    with os_errors():
        sheet.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(sheet, pdf)
    return sheet
