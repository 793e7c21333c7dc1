"""Master-key rotation (`PRAGMA rekey`) that survives a crash at any moment.

When a staff member leaves, a new master key replaces the old one and is
wrapped for every remaining slot (to their public keys, so no passwords are
needed); the leaver's slot goes. The steps, and what a crash after each
leaves behind:

1. *prepare* — the keyslot file gets a `rotation` record and, in every
   remaining slot, a wrap of the new key next to the old one (atomic file
   replace). Crash before: nothing happened. Crash after: the database is
   still under the old key; the next unlock finishes the rotation.
2. *rekey* — one SQLite transaction re-encrypts every page. Crash before the
   commit: old key; after: new key. The next unlock tries the new key first,
   then the old one, and finishes the work.
3. *finish* — the keyslot file drops the old wraps, the removed slots and the
   rotation record (atomic file replace).

The leaver's slot never receives the new key, and while a rotation is
pending the leaver cannot open the vault through the program.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from calqi_desktop.domain.errors import AccountDeactivatedError, KeyslotFileDamagedError, VaultDamagedError
from calqi_desktop.storage import crypto, database, keyslots
from calqi_desktop.storage.database import DB_FILE
from calqi_desktop.storage.keyslots import Keyslot, KeyslotFile, Rotation

if TYPE_CHECKING:
    from calqi_desktop.storage.vault import Vault


def crash_point(step: str) -> None:
    """Calls `storage.vault.crash_point`, which test harnesses replace to stop the
    process at a named step (a no-op in the program)."""
    from calqi_desktop.storage import vault

    vault.crash_point(step)


def resolve_master_key(
    folder: Path, keyfile: KeyslotFile, slot: Keyslot, private_key: bytes
) -> tuple[bytes, list[str] | None]:
    """The key that opens the database now, finishing an interrupted rotation.

    Returns (master key, the slots a rotation finished here removed — None when
    no rotation was pending). A key that
    unwrapped fine but does not open the database means damage or tampering.
    """
    db_path = folder / DB_FILE
    rotation = keyfile.rotation
    if rotation is None:
        master_key = _unwrap(slot, private_key, keyfile, keyfile.generation)
        if not database.key_opens(db_path, master_key):
            raise VaultDamagedError(database.damage_summary(db_path, master_key))
        return master_key, None
    if slot.slot_id in rotation.removed_slot_ids:
        raise AccountDeactivatedError()
    new_key = _unwrap(slot, private_key, keyfile, rotation.generation)
    if not database.key_opens(db_path, new_key):
        old_key = _unwrap(slot, private_key, keyfile, keyfile.generation)
        if not database.key_opens(db_path, old_key):
            raise VaultDamagedError(database.damage_summary(db_path, old_key))
        _rekey(db_path, old_key, new_key)
    removed = list(rotation.removed_slot_ids)
    _finish(folder, keyfile)
    return new_key, removed


def _unwrap(slot: Keyslot, private_key: bytes, keyfile: KeyslotFile, generation: int) -> bytes:
    if generation not in slot.master_keys:
        raise KeyslotFileDamagedError()
    try:
        return keyslots.open_master_key(slot, private_key, keyfile.vault_id, generation)
    except crypto.UnwrapError as exc:
        # The private key opened, so the password was right: the wrap was altered.
        raise KeyslotFileDamagedError() from exc


def prepare(vault: Vault, removed_slot_ids: list[str]) -> bytes:
    """Step 1: make the new key, wrap it for every remaining slot, record the rotation.

    The new key is wrapped only to public keys recorded inside the encrypted
    vault; a keyslot file whose public keys differ from those is refused before
    anything is written. Returns the new key for `complete`.
    """
    trusted = vault.trusted_public_keys()
    keyfile = vault.keyfile
    if keyfile.rotation is not None:
        raise KeyslotFileDamagedError()
    new_key = secrets.token_bytes(crypto.KEY_BYTES)
    new_generation = keyfile.generation + 1
    # A slot the vault has no record of (left by an interrupted add) gets no new key.
    removed = set(removed_slot_ids) | {s.slot_id for s in keyfile.slots if s.slot_id not in trusted}
    wraps = {}
    for slot in keyfile.slots:
        if slot.slot_id in removed:
            continue
        if trusted[slot.slot_id] != slot.public_key:
            # A public key swapped in the unencrypted file: never wrap the new key to it.
            raise KeyslotFileDamagedError()
        wraps[slot.slot_id] = keyslots.wrap_master_key(
            new_key, slot.public_key, keyfile.vault_id, slot.slot_id, new_generation
        )
    for slot in keyfile.slots:
        if slot.slot_id in wraps:
            slot.master_keys[new_generation] = wraps[slot.slot_id]
    keyfile.rotation = Rotation(
        new_generation, sorted(removed), datetime.now(UTC).isoformat(timespec="seconds")
    )
    crash_point("before-prepare")
    try:
        vault.save_keyfile()
    except BaseException:
        _forget_pending(keyfile)
        raise
    crash_point("prepared")
    return new_key


def complete(vault: Vault, new_key: bytes, on_rekeyed: Callable[[], None] | None = None) -> None:
    """Steps 2 and 3: re-encrypt the database and finish the keyslot file.

    `on_rekeyed` runs on the new key before the keyslot file is finished (the
    service records the rotation there, so a crash cannot lose that event: an
    unfinished rotation is finished, and recorded, by the next unlock). When a
    step fails (disk full, say) the vault is closed: the rotation is recorded on
    disk, and the next unlock finishes it.
    """
    try:
        vault.dispose_connections()
        _rekey(vault.db_path, vault.master_key(), new_key)
        crash_point("rekeyed")
        vault.replace_engine(new_key)
        if on_rekeyed is not None:
            on_rekeyed()
        _finish(vault.folder, vault.keyfile)
        crash_point("finished")
    except BaseException:
        vault.close(checkpoint=False)
        raise


def abandon(vault: Vault) -> None:
    """Undo a prepared rotation whose database step never started."""
    _forget_pending(vault.keyfile)
    vault.save_keyfile()


def rotate(vault: Vault, removed_slot_ids: list[str]) -> None:
    """Replace the master key of the open `vault`, dropping `removed_slot_ids`."""
    complete(vault, prepare(vault, removed_slot_ids))


def _forget_pending(keyfile: KeyslotFile) -> None:
    if keyfile.rotation is None:
        return
    for slot in keyfile.slots:
        slot.master_keys.pop(keyfile.rotation.generation, None)
    keyfile.rotation = None


def _rekey(db_path: Path, old_key: bytes, new_key: bytes) -> None:
    connection = database.open_raw(db_path, old_key)
    try:
        with database.database_errors():
            connection.execute(f'PRAGMA rekey = "{database.raw_key_literal(new_key)}"')
            # Fold the re-encrypted pages into the main file now.
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def _finish(folder: Path, keyfile: KeyslotFile) -> None:
    rotation = keyfile.rotation
    assert rotation is not None
    keyfile.slots = [s for s in keyfile.slots if s.slot_id not in rotation.removed_slot_ids]
    for slot in keyfile.slots:
        slot.master_keys = {rotation.generation: slot.master_keys[rotation.generation]}
    keyfile.generation = rotation.generation
    keyfile.rotation = None
    keyslots.save(folder, keyfile)
