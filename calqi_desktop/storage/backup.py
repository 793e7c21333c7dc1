"""Backups of an open vault, and restoring one.

A backup is a folder with an encrypted copy of the database made while the
vault is open (`sqlcipher_export`, under the same master key), a copy of the
keyslot file with the current audit checkpoint, and `manifest.json` with the
SHA-256 of both. It is verified by opening the copy with the master key and
running both integrity checks. Restoring checks the manifest and never
overwrites a vault unless asked; an overwritten vault is moved aside, not
deleted.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from calqi_desktop.domain.errors import BackupError, CalqiError, VaultExistsError, VaultNotFoundError
from calqi_desktop.storage import database, keyslots
from calqi_desktop.storage.database import DB_FILE
from calqi_desktop.storage.files import fsync_folder, os_errors, write_atomically
from calqi_desktop.storage.lockfile import VaultLock

if TYPE_CHECKING:
    from calqi_desktop.storage.vault import Vault

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "calqi-desktop-backup"


def make_backup(vault: Vault, target: Path) -> Path:
    """Write a verified backup of the open `vault` into the new folder `target`."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise VaultExistsError()
    with os_errors():
        target.mkdir(parents=True, exist_ok=True)
    try:
        _export(vault, target / DB_FILE)
        vault.save_keyfile()  # the backup carries the current audit checkpoint
        write_atomically(target / keyslots.FILE_NAME, keyslots.serialise(vault.keyfile))
        _verify(vault, target)
        manifest = {
            "format": MANIFEST_FORMAT,
            "format_version": 1,
            "vault_id": vault.vault_id,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "generation": vault.keyfile.generation,
            "audit_checkpoint": None
            if vault.keyfile.audit_checkpoint is None
            else {"seq": vault.keyfile.audit_checkpoint.seq, "hash": vault.keyfile.audit_checkpoint.hash},
            "files": {name: _sha256(target / name) for name in (DB_FILE, keyslots.FILE_NAME)},
        }
        write_atomically(target / MANIFEST, json.dumps(manifest, indent=2).encode("utf-8"))
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def _export(vault: Vault, destination: Path) -> None:
    """Encrypted copy via sqlcipher_export, then fsync'ed."""
    connection = database.open_raw(vault.db_path, vault.master_key())
    try:
        with database.database_errors():
            connection.execute(
                "ATTACH DATABASE ? AS backup KEY ?",
                (str(destination), database.raw_key_literal(vault.master_key())),
            )
            connection.execute("SELECT sqlcipher_export('backup')")
            connection.execute("DETACH DATABASE backup")
    finally:
        connection.close()
    with os_errors(), open(destination, "rb+") as handle:
        os.fsync(handle.fileno())
    fsync_folder(destination.parent)


def _verify(vault: Vault, target: Path) -> None:
    db_path = target / DB_FILE
    try:
        if not database.key_opens(db_path, vault.master_key()):
            raise BackupError()
        connection = database.open_raw(db_path, vault.master_key())
        try:
            report = database.check_integrity(connection)
            copied = connection.execute("SELECT count(*) FROM audit_event").fetchone()[0]
        finally:
            connection.close()
    except sqlcipher3.Error as exc:
        raise BackupError() from exc
    head = vault.audit_head()
    if not report.sound or copied != (head.seq if head else 0):
        raise BackupError()
    keyslots.load(target)  # the copied keyslot file must parse


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_manifest(backup: Path) -> dict[str, Any]:
    """The manifest of a backup folder, checked against the files beside it."""
    path = Path(backup) / MANIFEST
    if not path.is_file() or not (Path(backup) / DB_FILE).is_file():
        raise VaultNotFoundError()
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("format") != MANIFEST_FORMAT:
            raise ValueError("not a backup manifest")
        files = manifest["files"]
        if set(files) != {DB_FILE, keyslots.FILE_NAME}:
            raise ValueError("manifest does not list exactly the vault files")
        for name in (DB_FILE, keyslots.FILE_NAME):
            if _sha256(Path(backup) / name) != files[name]:
                raise ValueError("file does not match manifest")
        if keyslots.load(Path(backup)).vault_id != manifest["vault_id"]:
            raise ValueError("keyslot file of another vault")
    except (ValueError, KeyError, TypeError, OSError, CalqiError) as exc:
        raise BackupError(detail="de back-up is onvolledig of gewijzigd") from exc
    return manifest


def restore(backup: Path, vault_folder: Path, *, force: bool = False) -> Path | None:
    """Put a backup in place as the vault in `vault_folder`.

    Without `force` an existing vault is never touched. With `force` it is
    moved aside (all its files together, so no stray `-wal` meets the restored
    database) and the folder it went to is returned.
    """
    backup, vault_folder = Path(backup), Path(vault_folder)
    read_manifest(backup)
    keyslots.load(backup)
    from calqi_desktop.storage.vault import is_vault

    existing = is_vault(vault_folder)
    if existing and not force:
        raise VaultExistsError()
    with os_errors():
        vault_folder.mkdir(parents=True, exist_ok=True)
    moved_to: Path | None = None
    with VaultLock(vault_folder):
        if existing:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            moved_to = vault_folder / "backups" / f"vervangen-bij-herstel-{stamp}"
            with os_errors():
                moved_to.mkdir(parents=True)
                for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", keyslots.FILE_NAME):
                    if (vault_folder / name).exists():
                        (vault_folder / name).rename(moved_to / name)
        with os_errors():
            for name in (DB_FILE, keyslots.FILE_NAME):
                tmp = vault_folder / f".{name}.herstel"
                shutil.copyfile(backup / name, tmp)
                with open(tmp, "rb+") as handle:
                    os.fsync(handle.fileno())
                tmp.replace(vault_folder / name)
            fsync_folder(vault_folder)
    return moved_to
