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
from datetime import UTC, datetime
from pathlib import Path

from calqi_desktop.domain.errors import AccountDeactivatedError, KeyslotFileDamagedError, VaultDamagedError
from calqi_desktop.storage import crypto, database, keyslots
from calqi_desktop.storage.database import DB_FILE
from calqi_desktop.storage.keyslots import Keyslot, KeyslotFile, Rotation


def resolve_master_key(
    folder: Path, keyfile: KeyslotFile, slot: Keyslot, private_key: bytes
) -> tuple[bytes, bool]:
    """The key that opens the database now, finishing an interrupted rotation.

    Returns (master key, whether a rotation was finished here). A key that
    unwrapped fine but does not open the database means damage or tampering.
    """
    db_path = folder / DB_FILE
    rotation = keyfile.rotation
    if rotation is None:
        master_key = _unwrap(slot, private_key, keyfile, keyfile.generation)
        if not database.key_opens(db_path, master_key):
            raise VaultDamagedError(database.damage_summary(db_path, master_key))
        return master_key, False
    if slot.slot_id in rotation.removed_slot_ids:
        raise AccountDeactivatedError()
    new_key = _unwrap(slot, private_key, keyfile, rotation.generation)
    if not database.key_opens(db_path, new_key):
        old_key = _unwrap(slot, private_key, keyfile, keyfile.generation)
        if not database.key_opens(db_path, old_key):
            raise VaultDamagedError(database.damage_summary(db_path, old_key))
        _rekey(db_path, old_key, new_key)
    _finish(folder, keyfile)
    return new_key, True


def _unwrap(slot: Keyslot, private_key: bytes, keyfile: KeyslotFile, generation: int) -> bytes:
    if generation not in slot.master_keys:
        raise KeyslotFileDamagedError()
    try:
        return keyslots.open_master_key(slot, private_key, keyfile.vault_id, generation)
    except crypto.UnwrapError as exc:
        # The private key opened, so the password was right: the wrap was altered.
        raise KeyslotFileDamagedError() from exc


def rotate(vault: object, removed_slot_ids: list[str]) -> None:
    """Replace the master key of the open `vault`, dropping `removed_slot_ids`.

    The new key is wrapped only to public keys recorded inside the encrypted
    vault; a keyslot file whose public keys differ from those is refused.
    """
    from calqi_desktop.storage.vault import Vault, crash_point

    assert isinstance(vault, Vault)
    trusted = vault.trusted_public_keys()
    keyfile = vault.keyfile
    old_key = vault.master_key()
    new_key = secrets.token_bytes(crypto.KEY_BYTES)
    new_generation = keyfile.generation + 1
    # A slot the vault has no record of (left by an interrupted add) gets no new key.
    removed = set(removed_slot_ids) | {s.slot_id for s in keyfile.slots if s.slot_id not in trusted}
    for slot in keyfile.slots:
        if slot.slot_id in removed:
            continue
        if trusted[slot.slot_id] != slot.public_key:
            # A public key swapped in the unencrypted file: never wrap the new key to it.
            raise KeyslotFileDamagedError()
        slot.master_keys[new_generation] = keyslots.wrap_master_key(
            new_key, slot.public_key, keyfile.vault_id, slot.slot_id, new_generation
        )
    keyfile.rotation = Rotation(
        new_generation, sorted(removed), datetime.now(UTC).isoformat(timespec="seconds")
    )
    crash_point("before-prepare")
    vault.save_keyfile()
    crash_point("prepared")
    vault.dispose_connections()
    _rekey(vault.db_path, old_key, new_key)
    crash_point("rekeyed")
    _finish(vault.folder, keyfile)
    crash_point("finished")
    vault.replace_engine(new_key)


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
