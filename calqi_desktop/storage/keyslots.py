"""The keyslot file (`keyslots.json`): who can open the vault, and how.

It holds, per staff member and for the recovery code, the Argon2id
parameters and salt, the slot's public key, its private key sealed with the
password-derived key, and the master key sealed to the public key — per key
*generation*, so that a key rotation can be resumed after a crash. It also
holds the audit chain's checkpoint. It holds no client data. The layout is
documented in docs/vault-format.md.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calqi_desktop.domain.audit import ChainCheckpoint
from calqi_desktop.domain.errors import KeyslotFileDamagedError, KeyslotFileMissingError
from calqi_desktop.storage import crypto
from calqi_desktop.storage.files import os_errors, write_atomically

FILE_NAME = "keyslots.json"
FORMAT = "calqi-desktop-keyslots"
FORMAT_VERSION = 1
USER = "user"
RECOVERY = "recovery"


@dataclass
class Keyslot:
    slot_id: str
    kind: str  # USER or RECOVERY
    user_name: str | None
    kdf: crypto.KdfParams
    salt: bytes
    public_key: bytes
    sealed_private_key: dict[str, str]
    master_keys: dict[int, dict[str, str]]  # generation → wrap

    def matches_user(self, user_name: str) -> bool:
        return (
            self.kind == USER
            and self.user_name is not None
            and (self.user_name.casefold() == user_name.strip().casefold())
        )


@dataclass
class Rotation:
    """A master-key rotation in progress: the new generation and the slots it drops."""

    generation: int
    removed_slot_ids: list[str]
    started_at: str


@dataclass
class KeyslotFile:
    vault_id: str
    generation: int
    slots: list[Keyslot]
    rotation: Rotation | None = None
    audit_checkpoint: ChainCheckpoint | None = None
    created_at: str = ""

    # --- look-ups -------------------------------------------------------------

    def user_slot(self, user_name: str) -> Keyslot | None:
        return next((s for s in self.slots if s.matches_user(user_name)), None)

    def user_slots(self, user_name: str) -> list[Keyslot]:
        """All slots for a name: normally one; two for a moment when a crash came
        between a keyslot-file save and the database commit (repaired at unlock)."""
        return [s for s in self.slots if s.matches_user(user_name)]

    def recovery_slot(self) -> Keyslot | None:
        return next((s for s in self.slots if s.kind == RECOVERY), None)

    def slot(self, slot_id: str) -> Keyslot | None:
        return next((s for s in self.slots if s.slot_id == slot_id), None)

    # --- (de)serialisation ----------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "generation": self.generation,
            "rotation": None
            if self.rotation is None
            else {
                "generation": self.rotation.generation,
                "removed_slot_ids": list(self.rotation.removed_slot_ids),
                "started_at": self.rotation.started_at,
            },
            "audit_checkpoint": None
            if self.audit_checkpoint is None
            else {"seq": self.audit_checkpoint.seq, "hash": self.audit_checkpoint.hash},
            "slots": [_slot_to_json(s) for s in self.slots],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyslotFile:
        if data.get("format") != FORMAT or data.get("format_version") != FORMAT_VERSION:
            raise ValueError("not a keyslot file of a known version")
        rotation = data.get("rotation")
        checkpoint = data.get("audit_checkpoint")
        result = cls(
            vault_id=_hex_id(data["vault_id"], 32),
            generation=int(data["generation"]),
            created_at=str(data.get("created_at", "")),
            slots=[_slot_from_json(s) for s in data["slots"]],
            rotation=None
            if rotation is None
            else Rotation(
                int(rotation["generation"]),
                [_hex_id(x, 16) for x in rotation["removed_slot_ids"]],
                str(rotation["started_at"]),
            ),
            audit_checkpoint=None
            if checkpoint is None
            else ChainCheckpoint(int(checkpoint["seq"]), str(checkpoint["hash"])),
        )
        _check_consistent(result)
        return result


def _check_consistent(keyfile: KeyslotFile) -> None:
    """Refuse a file that parses but cannot be right."""
    if keyfile.generation < 1 or not keyfile.slots:
        raise ValueError("no slots or bad generation")
    if len({s.slot_id for s in keyfile.slots}) != len(keyfile.slots):
        raise ValueError("duplicate slot id")
    if sum(s.kind == RECOVERY for s in keyfile.slots) > 1:
        raise ValueError("more than one recovery slot")
    if keyfile.rotation is not None and keyfile.rotation.generation != keyfile.generation + 1:
        raise ValueError("rotation generation out of step")
    if any(keyfile.generation not in s.master_keys for s in keyfile.slots):
        raise ValueError("slot without the current key")


def _sealed(data: object, *fields: str) -> dict[str, str]:
    if not isinstance(data, dict) or any(not isinstance(data.get(f), str) for f in fields):
        raise ValueError("bad sealed value")
    return {f: data[f] for f in fields}


def _slot_to_json(slot: Keyslot) -> dict[str, Any]:
    return {
        "slot_id": slot.slot_id,
        "kind": slot.kind,
        "user_name": slot.user_name,
        "kdf": {**slot.kdf.to_json(), "salt": crypto.b64(slot.salt)},
        "public_key": crypto.b64(slot.public_key),
        "private_key": slot.sealed_private_key,
        "master_keys": {str(g): wrap for g, wrap in sorted(slot.master_keys.items())},
    }


def _slot_from_json(data: dict[str, Any]) -> Keyslot:
    kind = data["kind"]
    if kind not in (USER, RECOVERY):
        raise ValueError("unknown slot kind")
    public_key = crypto.unb64(data["public_key"])
    salt = crypto.unb64(data["kdf"]["salt"])
    if len(public_key) != crypto.KEY_BYTES or len(salt) < crypto.SALT_BYTES:
        raise ValueError("bad key sizes")
    user_name = data.get("user_name")
    if kind == USER and (not isinstance(user_name, str) or not user_name):
        raise ValueError("user slot without a name")
    return Keyslot(
        slot_id=_hex_id(data["slot_id"], 16),
        kind=kind,
        user_name=user_name if kind == USER else None,
        kdf=crypto.KdfParams.from_json(data["kdf"]),
        salt=salt,
        public_key=public_key,
        sealed_private_key=_sealed(data["private_key"], "nonce", "ciphertext"),
        master_keys={
            int(g): _sealed(w, "ephemeral_public_key", "nonce", "ciphertext")
            for g, w in data["master_keys"].items()
        },
    )


def _hex_id(value: object, length: int) -> str:
    text = str(value)
    if len(text) != length or any(c not in "0123456789abcdef" for c in text):
        raise ValueError("bad id")
    return text


def new_slot_id() -> str:
    return secrets.token_hex(8)


def new_vault_id() -> str:
    return secrets.token_hex(16)


def load(folder: Path) -> KeyslotFile:
    """Read and check the keyslot file of the vault in `folder`."""
    path = folder / FILE_NAME
    with os_errors():
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyslotFileMissingError() from exc
    return parse(raw)


def parse(raw: bytes) -> KeyslotFile:
    try:
        return KeyslotFile.from_json(json.loads(raw.decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyslotFileDamagedError() from exc


def serialise(keyfile: KeyslotFile) -> bytes:
    return (json.dumps(keyfile.to_json(), indent=2, sort_keys=False) + "\n").encode("utf-8")


def save(folder: Path, keyfile: KeyslotFile) -> None:
    write_atomically(folder / FILE_NAME, serialise(keyfile))


# --- slot operations (pure: the caller saves) -----------------------------------


def make_slot(
    *,
    kind: str,
    user_name: str | None,
    secret: str,
    vault_id: str,
    master_key: bytes,
    generation: int,
    kdf: crypto.KdfParams,
) -> Keyslot:
    """A new slot for `secret` that holds the master key of `generation`."""
    slot_id = new_slot_id()
    private_key, public_key = crypto.new_slot_keypair()
    salt = secrets.token_bytes(crypto.SALT_BYTES)
    slot_key = crypto.derive_slot_key(secret, salt, kdf)
    return Keyslot(
        slot_id=slot_id,
        kind=kind,
        user_name=user_name,
        kdf=kdf,
        salt=salt,
        public_key=public_key,
        sealed_private_key=crypto.seal(slot_key, private_key, crypto.aad(vault_id, slot_id, "private-key")),
        master_keys={generation: wrap_master_key(master_key, public_key, vault_id, slot_id, generation)},
    )


def wrap_master_key(
    master_key: bytes, public_key: bytes, vault_id: str, slot_id: str, generation: int
) -> dict[str, str]:
    return crypto.wrap_to_public_key(
        master_key, public_key, crypto.aad(vault_id, slot_id, f"master-key/{generation}")
    )


def open_private_key(slot: Keyslot, secret: str, vault_id: str) -> bytes:
    """Derive the slot key and unseal the private key; `UnwrapError` when the secret is wrong."""
    slot_key = crypto.derive_slot_key(secret, slot.salt, slot.kdf)
    return crypto.open_sealed(
        slot_key, slot.sealed_private_key, crypto.aad(vault_id, slot.slot_id, "private-key")
    )


def open_master_key(slot: Keyslot, private_key: bytes, vault_id: str, generation: int) -> bytes:
    wrap = slot.master_keys[generation]
    return crypto.unwrap_with_private_key(
        wrap, private_key, crypto.aad(vault_id, slot.slot_id, f"master-key/{generation}")
    )


def reseal_private_key(
    slot: Keyslot, private_key: bytes, new_secret: str, vault_id: str, kdf: crypto.KdfParams
) -> None:
    """Password change: same key pair, new salt and slot key. Touches only this slot."""
    slot.salt = secrets.token_bytes(crypto.SALT_BYTES)
    slot.kdf = kdf
    slot_key = crypto.derive_slot_key(new_secret, slot.salt, kdf)
    slot.sealed_private_key = crypto.seal(
        slot_key, private_key, crypto.aad(vault_id, slot.slot_id, "private-key")
    )
