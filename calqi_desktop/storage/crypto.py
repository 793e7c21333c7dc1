"""The key material of a vault: Argon2id, AES-256-GCM wraps and X25519 slot keys.

How a keyslot works (the full format is in docs/vault-format.md):

* Argon2id (argon2-cffi) turns a password or recovery code into a 256-bit
  *slot key*, with parameters stored per slot and calibrated at creation.
* The slot key wraps the slot's X25519 private key with AES-256-GCM.
* The vault's 256-bit master key is wrapped *to the slot's public key*: an
  ephemeral X25519 exchange, HKDF-SHA256, then AES-256-GCM. The associated
  data always carry the vault id and slot id.

The public-key step is what lets a beheerder rotate the master key when a
colleague leaves: the new key is wrapped for every remaining slot without
knowing their passwords, and the one who left cannot unwrap it.
"""

from __future__ import annotations

import base64
import secrets
import time
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
ARGON2_VERSION = 19  # 0x13
MIN_PRODUCTION_MEMORY_KIB = 64 * 1024
MAX_TIME_COST = 64
HKDF_INFO = b"calqi-desktop/v1/master-key-wrap"
AAD_PREFIX = "calqi-desktop/v1"


class UnwrapError(Exception):
    """A wrap did not open: wrong secret, or the wrap was altered."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters of one keyslot."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def to_json(self) -> dict[str, int | str]:
        return {
            "algorithm": "argon2id",
            "version": ARGON2_VERSION,
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> KdfParams:
        if data.get("algorithm") != "argon2id" or data.get("version") != ARGON2_VERSION:
            raise ValueError("unsupported kdf")
        params = cls(int(data["time_cost"]), int(data["memory_kib"]), int(data["parallelism"]))  # type: ignore[call-overload]
        if not (1 <= params.time_cost <= 100 and 8 <= params.memory_kib <= 4 * 1024 * 1024):
            raise ValueError("kdf parameters out of range")
        if not 1 <= params.parallelism <= 16 or params.memory_kib < 8 * params.parallelism:
            raise ValueError("kdf parameters out of range")
        return params


#: For tests only: weak enough to run in a millisecond. Never for real vaults.
TEST_ONLY_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


def normalise_secret(secret: str) -> bytes:
    """Passwords are NFC-normalised UTF-8, so 'é' typed either way is the same."""
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def derive_slot_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(secret, salt) → 32 bytes."""
    return hash_secret_raw(
        normalise_secret(secret),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


def calibrate(target_seconds: float = 0.75, parallelism: int = 4) -> KdfParams:
    """Pick Argon2id costs so one derivation takes about `target_seconds` here.

    Memory is the stronger cost against guessing hardware, so it is chosen
    first: 256 MiB, stepping down to 128 and 64 MiB (the floor) on a machine
    where two passes already take more than a second. Then the number of
    passes grows until the derivation lands in the 0.5–1 s band.
    """
    salt = secrets.token_bytes(SALT_BYTES)
    time_cost = 2
    for memory_kib in (
        4 * MIN_PRODUCTION_MEMORY_KIB,
        2 * MIN_PRODUCTION_MEMORY_KIB,
        MIN_PRODUCTION_MEMORY_KIB,
    ):
        elapsed = _timed(KdfParams(time_cost, memory_kib, parallelism), salt)
        if elapsed <= 1.0:
            break
    while elapsed < target_seconds * 0.67 and time_cost < MAX_TIME_COST:
        per_pass = elapsed / time_cost
        time_cost = min(MAX_TIME_COST, max(time_cost + 1, round(target_seconds / max(per_pass, 1e-6))))
        elapsed = _timed(KdfParams(time_cost, memory_kib, parallelism), salt)
    return KdfParams(time_cost, memory_kib, parallelism)


def _timed(params: KdfParams, salt: bytes) -> float:
    start = time.perf_counter()
    derive_slot_key("calibration", salt, params)
    return time.perf_counter() - start


def aad(vault_id: str, slot_id: str, purpose: str) -> bytes:
    """Associated data: binds a wrap to its vault, its slot and its purpose."""
    return f"{AAD_PREFIX}|{vault_id}|{slot_id}|{purpose}".encode("ascii")


def seal(key: bytes, plaintext: bytes, associated: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(key).encrypt(nonce, plaintext, associated)
    return {"nonce": b64(nonce), "ciphertext": b64(ciphertext)}


def open_sealed(key: bytes, sealed: dict[str, str], associated: bytes) -> bytes:
    try:
        return AESGCM(key).decrypt(unb64(sealed["nonce"]), unb64(sealed["ciphertext"]), associated)
    except (InvalidTag, KeyError, ValueError) as exc:
        raise UnwrapError from exc


def new_slot_keypair() -> tuple[bytes, bytes]:
    """(private, public) X25519 keys as 32 raw bytes each."""
    private = X25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private.public_key())


def wrap_to_public_key(master_key: bytes, public_key: bytes, associated: bytes) -> dict[str, str]:
    """Wrap the master key so only the holder of `public_key`'s private key opens it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    kek = _hkdf(shared, ephemeral_public + public_key)
    sealed = seal(kek, master_key, associated)
    sealed["ephemeral_public_key"] = b64(ephemeral_public)
    return sealed


def unwrap_with_private_key(sealed: dict[str, str], private_key: bytes, associated: bytes) -> bytes:
    try:
        private = X25519PrivateKey.from_private_bytes(private_key)
        ephemeral_public = unb64(sealed["ephemeral_public_key"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except (KeyError, ValueError) as exc:
        raise UnwrapError from exc
    kek = _hkdf(shared, ephemeral_public + _raw_public(private.public_key()))
    return open_sealed(kek, sealed, associated)


def _hkdf(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=HKDF_INFO).derive(shared)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def wipe(buffer: bytearray) -> None:
    """Overwrite key material we own; as far as Python allows."""
    for i in range(len(buffer)):
        buffer[i] = 0


TEST_KDF_ENVIRONMENT = "CALQI_TEST_ONLY_WEAK_KDF"


def kdf_from_environment() -> KdfParams | None:
    """`TEST_ONLY_KDF` when the test suite asked for it, else None (calibrate).

    Only the test suite sets this variable, for subprocesses it starts; the
    programs print a warning when they see it.
    """
    import os

    return TEST_ONLY_KDF if os.environ.get(TEST_KDF_ENVIRONMENT) == "1" else None
