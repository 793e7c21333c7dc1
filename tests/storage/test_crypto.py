"""Key material: Argon2id parameters, AES-GCM seals bound to their slot, X25519 wraps."""

from __future__ import annotations

import secrets

import pytest

from calqi_desktop.storage import crypto


def test_calibration_keeps_the_memory_floor_and_several_passes() -> None:
    params = crypto.calibrate(target_seconds=0.3)
    assert params.memory_kib >= crypto.MIN_PRODUCTION_MEMORY_KIB
    assert params.time_cost >= 2
    assert params.parallelism == 4
    assert crypto.KdfParams.from_json(params.to_json()) == params


@pytest.mark.parametrize(
    "change",
    [{"algorithm": "argon2i"}, {"version": 16}, {"time_cost": 0}, {"memory_kib": 4}, {"parallelism": 64}],
)
def test_out_of_range_kdf_parameters_are_refused(change: dict[str, object]) -> None:
    data = {**crypto.KdfParams(3, 65536, 4).to_json(), **change}
    with pytest.raises(ValueError):
        crypto.KdfParams.from_json(data)


def test_password_normalisation_makes_composed_and_decomposed_equal() -> None:
    salt = secrets.token_bytes(16)
    composed, decomposed = "caf\u00e9-wachtwoord", "cafe\u0301-wachtwoord"
    assert crypto.derive_slot_key(composed, salt, crypto.TEST_ONLY_KDF) == crypto.derive_slot_key(
        decomposed, salt, crypto.TEST_ONLY_KDF
    )


def test_seal_is_bound_to_vault_slot_and_purpose() -> None:
    key = secrets.token_bytes(32)
    sealed = crypto.seal(key, b"geheim", crypto.aad("v" * 32, "s" * 16, "private-key"))
    assert crypto.open_sealed(key, sealed, crypto.aad("v" * 32, "s" * 16, "private-key")) == b"geheim"
    for other in (
        crypto.aad("w" * 32, "s" * 16, "private-key"),
        crypto.aad("v" * 32, "t" * 16, "private-key"),
        crypto.aad("v" * 32, "s" * 16, "master-key/1"),
    ):
        with pytest.raises(crypto.UnwrapError):
            crypto.open_sealed(key, sealed, other)
    tampered = dict(sealed)
    raw = bytearray(crypto.unb64(sealed["ciphertext"]))
    raw[0] ^= 1
    tampered["ciphertext"] = crypto.b64(bytes(raw))
    with pytest.raises(crypto.UnwrapError):
        crypto.open_sealed(key, tampered, crypto.aad("v" * 32, "s" * 16, "private-key"))


def test_master_key_wrap_opens_only_with_the_slot_private_key() -> None:
    private, public = crypto.new_slot_keypair()
    other_private, _ = crypto.new_slot_keypair()
    master = secrets.token_bytes(32)
    associated = crypto.aad("v" * 32, "s" * 16, "master-key/2")
    wrap = crypto.wrap_to_public_key(master, public, associated)
    assert crypto.unwrap_with_private_key(wrap, private, associated) == master
    with pytest.raises(crypto.UnwrapError):
        crypto.unwrap_with_private_key(wrap, other_private, associated)
    with pytest.raises(crypto.UnwrapError):
        crypto.unwrap_with_private_key(wrap, private, crypto.aad("v" * 32, "s" * 16, "master-key/1"))
    assert crypto.wrap_to_public_key(master, public, associated) != wrap  # fresh ephemeral key and nonce


def test_wipe_overwrites() -> None:
    buffer = bytearray(b"sleutel")
    crypto.wipe(buffer)
    assert buffer == bytearray(7)
