"""The vault: a folder with `vault.db` (SQLCipher 4) and `keyslots.json`.

`Vault.create` makes one; `Vault.unlock` / `Vault.unlock_with_recovery_code`
open one and return an unlocked `Vault` holding the engine and the master key;
`close()` disposes of both and releases the single-open lock. Errors reach the
caller as `CalqiError`s; a failing open never changes the vault's files.

Order of an unlock: lock the folder → read the keyslot file → Argon2id and
unwrap (a wrong password fails here) → finish a rotation a crash interrupted →
open the database (a failure now means damage) → back up and migrate if the
schema is behind.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from calqi_desktop.domain import recovery_code
from calqi_desktop.domain.audit import AuditAction, ChainCheckpoint, ChainVerdict, verify_chain
from calqi_desktop.domain.errors import (
    CalqiError,
    KeyslotFileDamagedError,
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPasswordError,
    WrongRecoveryCodeError,
)
from calqi_desktop.storage import audit_store, crypto, database, keyslots
from calqi_desktop.storage.database import DB_FILE, IntegrityReport
from calqi_desktop.storage.files import os_errors
from calqi_desktop.storage.keyslots import KeyslotFile
from calqi_desktop.storage.lockfile import VaultLock
from calqi_desktop.storage.models import FirmSettings, KeyslotRecord, StaffUser, VaultInfo

BACKUP_FOLDER = "backups"

#: Test harnesses may set this to stop the process at named steps of a
#: rotation (see tests/storage/test_rotation_crash.py). Never set in the app.
crash_point: Callable[[str], None] = lambda step: None  # noqa: E731


@dataclass(frozen=True)
class UnlockResult:
    """What happened on the way in, for the service layer to record."""

    slot_id: str
    migrated_from: str | None
    migration_backup: Path | None
    finished_rotation_removed: list[str] | None  # slots a rotation finished at this unlock dropped
    repaired_slots: int = 0  # stale slots removed at this unlock

    @property
    def rotation_finished(self) -> bool:
        return self.finished_rotation_removed is not None


def is_vault(folder: Path) -> bool:
    return (folder / DB_FILE).is_file() or (folder / keyslots.FILE_NAME).is_file()


def read_vault_id(folder: Path) -> str:
    """The vault id from the keyslot file, without unlocking (for the back-off counter)."""
    _require_present(folder)
    return keyslots.load(folder).vault_id


def _require_present(folder: Path) -> None:
    if not (folder / DB_FILE).is_file():
        raise VaultNotFoundError()


class Vault:
    """An unlocked vault. Create with `create`, `unlock` or `unlock_with_recovery_code`."""

    def __init__(
        self,
        folder: Path,
        keyfile: KeyslotFile,
        master_key: bytes,
        lock: VaultLock,
        kdf: crypto.KdfParams | None,
    ) -> None:
        self.folder = folder
        self.keyfile = keyfile
        self._master_key = bytearray(master_key)
        self._lock = lock
        self._kdf = kdf
        self._engine: Engine | None = database.create_vault_engine(self.db_path, bytes(self._master_key))
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        self.unlock_result: UnlockResult | None = None

    # --- identity -------------------------------------------------------------

    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    @property
    def db_path(self) -> Path:
        return self.folder / DB_FILE

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLockedError()
        return self._engine

    def master_key(self) -> bytes:
        if self._engine is None:
            raise VaultLockedError()
        return bytes(self._master_key)

    def kdf_for_new_slot(self) -> crypto.KdfParams:
        """Argon2id parameters for a new or changed slot: calibrated on this machine."""
        if self._kdf is None:
            self._kdf = crypto.calibrate()
        return self._kdf

    # --- sessions -------------------------------------------------------------

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits at the end, rolls back on any error.

        Damage met on the way is reported with where it is (the damaged pages).
        """
        try:
            with database.database_errors(), self._sessions() as session, session.begin():
                yield session
        except VaultDamagedError as exc:
            if exc.detail or self._engine is None:
                raise
            raise VaultDamagedError(database.damage_summary(self.db_path, self.master_key())) from exc

    # --- create ---------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        firm_name: str,
        admin_name: str,
        admin_password: str,
        admin_display_name: str = "",
        kdf: crypto.KdfParams | None = None,
    ) -> tuple[Vault, str, int]:
        """Make a new vault. Returns the unlocked vault, the recovery code (show it
        once) and the id of the first beheerder."""
        folder = Path(folder)
        if is_vault(folder):
            raise VaultExistsError()
        with os_errors():
            folder.mkdir(parents=True, exist_ok=True)
        lock = VaultLock(folder)
        try:
            if is_vault(folder):  # made by someone else while we took the lock
                raise VaultExistsError()
            kdf = kdf or crypto.calibrate()
            vault_id = keyslots.new_vault_id()
            master_key = secrets.token_bytes(crypto.KEY_BYTES)
            code = recovery_code.generate()
            admin_slot = keyslots.make_slot(
                kind=keyslots.USER,
                user_name=admin_name,
                secret=admin_password,
                vault_id=vault_id,
                master_key=master_key,
                generation=1,
                kdf=kdf,
            )
            recovery_slot = keyslots.make_slot(
                kind=keyslots.RECOVERY,
                user_name=None,
                secret=code,
                vault_id=vault_id,
                master_key=master_key,
                generation=1,
                kdf=kdf,
            )
            now = datetime.now(UTC)
            keyfile = KeyslotFile(
                vault_id=vault_id,
                generation=1,
                slots=[admin_slot, recovery_slot],
                created_at=now.isoformat(timespec="seconds"),
            )
            vault = cls(folder, keyfile, master_key, lock, kdf)
        except BaseException:
            lock.release()
            raise
        try:
            with vault.engine.begin() as connection:
                from calqi_desktop.storage import migrate  # Alembic: loaded when needed (start-up time)

                migrate.upgrade(connection)
            with vault.session() as session:
                session.add(
                    VaultInfo(
                        id=1, vault_id=vault_id, firm_name=firm_name, created_at=now.replace(tzinfo=None)
                    )
                )
                session.add(FirmSettings(id=1, firm_name=firm_name, updated_at=now.replace(tzinfo=None)))
                admin = StaffUser(
                    user_name=admin_name,
                    user_name_key=admin_name.casefold(),
                    display_name=admin_display_name.strip() or admin_name,
                    role="beheerder",
                    active=True,
                    must_change_password=False,
                    slot_id=admin_slot.slot_id,
                    created_at=now.replace(tzinfo=None),
                )
                session.add(admin)
                session.flush()
                session.add_all(
                    [
                        KeyslotRecord(
                            slot_id=admin_slot.slot_id,
                            kind=keyslots.USER,
                            public_key=admin_slot.public_key,
                            staff_user_id=admin.id,
                            created_at=now.replace(tzinfo=None),
                        ),
                        KeyslotRecord(
                            slot_id=recovery_slot.slot_id,
                            kind=keyslots.RECOVERY,
                            public_key=recovery_slot.public_key,
                            created_at=now.replace(tzinfo=None),
                        ),
                    ]
                )
                audit_store.append(session, vault_id, AuditAction.VAULT_CREATED, actor_id=admin.id)
                admin_id = admin.id
            vault.save_keyfile()
        except BaseException:
            vault._discard_new()
            raise
        vault.unlock_result = UnlockResult(admin_slot.slot_id, None, None, None)
        return vault, code, admin_id

    def _discard_new(self) -> None:
        """Undo a creation that failed half-way: the files are ours and hold nothing yet."""
        self.close(checkpoint=False)
        for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", keyslots.FILE_NAME):
            with contextlib.suppress(OSError):
                (self.folder / name).unlink()

    # --- unlock ---------------------------------------------------------------

    @classmethod
    def unlock(
        cls, folder: Path, user_name: str, password: str, *, kdf: crypto.KdfParams | None = None
    ) -> Vault:
        """Open with a staff member's password. `WrongPasswordError` for an unknown
        name or wrong password alike (the same Argon2 work is done for both)."""

        def find(keyfile: KeyslotFile) -> list[keyslots.Keyslot]:
            slots = keyfile.user_slots(user_name)
            if not slots:
                _burn_kdf(keyfile, password)
                raise WrongPasswordError()
            return slots

        return cls._open(Path(folder), find, password, WrongPasswordError, kdf)

    @classmethod
    def unlock_with_recovery_code(
        cls, folder: Path, code: str, *, kdf: crypto.KdfParams | None = None
    ) -> Vault:
        canonical = recovery_code.normalise(code)

        def find(keyfile: KeyslotFile) -> list[keyslots.Keyslot]:
            slot = keyfile.recovery_slot()
            if slot is None:
                raise KeyslotFileDamagedError()
            return [slot]

        return cls._open(Path(folder), find, canonical, WrongRecoveryCodeError, kdf)

    @classmethod
    def _open(
        cls,
        folder: Path,
        find_slots: Callable[[KeyslotFile], list[keyslots.Keyslot]],
        secret: str,
        wrong_secret: type[CalqiError],
        kdf: crypto.KdfParams | None,
    ) -> Vault:
        _require_present(folder)
        lock = VaultLock(folder)
        try:
            _remove_stale_temp_files(folder)
            keyfile = keyslots.load(folder)
            slot, private_key = _open_one(find_slots(keyfile), secret, keyfile.vault_id, wrong_secret)
            from calqi_desktop.storage import rotation

            master_key, removed = rotation.resolve_master_key(folder, keyfile, slot, private_key)
            vault = cls(folder, keyfile, master_key, lock, kdf)
        except BaseException:
            lock.release()
            raise
        try:
            migrated_from, backup = vault._migrate_if_needed()
        except VaultDamagedError as exc:
            detail = database.damage_summary(vault.db_path, vault.master_key())
            vault.close(checkpoint=False)
            raise VaultDamagedError(detail) from exc
        except BaseException:
            vault.close(checkpoint=False)
            raise
        try:
            repaired = vault.reconcile_keyslots()
        except BaseException:
            vault.close(checkpoint=False)
            raise
        vault.unlock_result = UnlockResult(slot.slot_id, migrated_from, backup, removed, repaired)
        return vault

    def _migrate_if_needed(self) -> tuple[str | None, Path | None]:
        with database.database_errors(), self.engine.connect() as connection:
            from calqi_desktop.storage import migrate

            if not migrate.pending(connection):
                return None, None
            before = migrate.current_revision(connection)
        from calqi_desktop.storage import backup

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.folder / BACKUP_FOLDER / f"voor-update-{before or 'leeg'}-{stamp}"
        backup.make_backup(self, target)
        with database.database_errors(), self.engine.begin() as connection:
            migrate.upgrade(connection)
        return before, target

    # --- keyslot file -----------------------------------------------------------

    def save_keyfile(self) -> None:
        """Write the keyslot file with the current audit chain head as checkpoint."""
        with self.session() as session:
            self.keyfile.audit_checkpoint = audit_store.head(session)
        keyslots.save(self.folder, self.keyfile)

    def reconcile_keyslots(self) -> int:
        """Drop slots the encrypted registry does not know as live (left by a crash
        between a keyslot-file save and its database commit). Returns how many."""
        if self.keyfile.rotation is not None:
            return 0
        trusted = self.trusted_public_keys()
        stale = [
            s
            for s in self.keyfile.slots
            if trusted.get(s.slot_id) != s.public_key and s.slot_id not in trusted
        ]
        if not stale:
            return 0
        self.keyfile.slots = [s for s in self.keyfile.slots if s not in stale]
        keyslots.save(self.folder, self.keyfile)
        return len(stale)

    def trusted_public_keys(self) -> dict[str, bytes]:
        """Public keys of the live slots as recorded inside the encrypted vault."""
        with self.session() as session:
            rows = session.scalars(select(KeyslotRecord).where(KeyslotRecord.retired_at.is_(None))).all()
            return {row.slot_id: row.public_key for row in rows}

    # --- checks ---------------------------------------------------------------

    def check_integrity(self) -> IntegrityReport:
        connection = database.open_raw(self.db_path, self.master_key())
        try:
            with database.database_errors():
                return database.check_integrity(connection)
        finally:
            connection.close()

    def verify_audit_chain(self) -> ChainVerdict:
        with self.session() as session:
            return verify_chain(audit_store.records(session), self.vault_id, self.keyfile.audit_checkpoint)

    def audit_head(self) -> ChainCheckpoint | None:
        with self.session() as session:
            return audit_store.head(session)

    # --- close ----------------------------------------------------------------

    def close(self, *, checkpoint: bool = True) -> None:
        """Lock the vault: checkpoint the audit head, dispose of the engine, wipe
        the master key and release the folder lock. Safe to call twice."""
        if self._engine is None:
            return
        try:
            if checkpoint:
                with contextlib.suppress(CalqiError):
                    head = self.audit_head()
                    if head != self.keyfile.audit_checkpoint:
                        self.keyfile.audit_checkpoint = head
                        keyslots.save(self.folder, self.keyfile)
        finally:
            self._engine.dispose()
            self._engine = None
            crypto.wipe(self._master_key)
            self._lock.release()

    def replace_engine(self, master_key: bytes) -> None:
        """After a rotation: a fresh engine on the new key, the old key wiped."""
        if self._engine is not None:
            self._engine.dispose()
        crypto.wipe(self._master_key)
        self._master_key = bytearray(master_key)
        self._engine = database.create_vault_engine(self.db_path, master_key)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)

    def dispose_connections(self) -> None:
        if self._engine is not None:
            self._engine.dispose()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_one(
    slots: list[keyslots.Keyslot], secret: str, vault_id: str, wrong_secret: type[CalqiError]
) -> tuple[keyslots.Keyslot, bytes]:
    """The first slot whose private key `secret` unseals."""
    for slot in slots:
        try:
            return slot, keyslots.open_private_key(slot, secret, vault_id)
        except crypto.UnwrapError:
            continue
    raise wrong_secret()


def _remove_stale_temp_files(folder: Path) -> None:
    """Half-written temporary files of a process that was killed (never the real files)."""
    for stale in folder.glob(".*.tmp-*"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _burn_kdf(keyfile: KeyslotFile, secret: str) -> None:
    """Spend the same Argon2 work for an unknown user name as for a known one."""
    model = next((s for s in keyfile.slots if s.kind == keyslots.USER), None)
    if model is not None:
        crypto.derive_slot_key(secret, secrets.token_bytes(crypto.SALT_BYTES), model.kdf)
