"""The vault on disk: create, open, every error, pragmas, backup and restore."""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, FIRM
from sqlalchemy import text

from calqi_desktop.domain.errors import (
    DiskFullError,
    KeyslotFileDamagedError,
    KeyslotFileMissingError,
    ReadOnlyError,
    VaultDamagedError,
    VaultExistsError,
    VaultInUseError,
    VaultNotFoundError,
    WrongPasswordError,
    WrongRecoveryCodeError,
)
from calqi_desktop.storage import backup, database, keyslots
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.lockfile import VaultLock
from calqi_desktop.storage.vault import Vault


def fingerprint(folder: Path) -> dict[str, str]:
    """SHA-256 of every vault file (the lock file is not vault data)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "vault.lock"
    }


@pytest.fixture
def closed_vault(vault_folder: Path) -> tuple[Path, str]:
    vault, code, _ = Vault.create(
        vault_folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
    )
    vault.close()
    return vault_folder, code


def test_create_makes_a_folder_with_db_and_keyslots(closed_vault: tuple[Path, str]) -> None:
    folder, _code = closed_vault
    names = {p.name for p in folder.iterdir()}
    assert {"vault.db", "keyslots.json"} <= names
    assert not (folder / "vault.db-wal").exists(), "a clean close folds the WAL back"
    keyfile = json.loads((folder / "keyslots.json").read_text())
    assert keyfile["format"] == "calqi-desktop-keyslots"
    assert [s["kind"] for s in keyfile["slots"]] == ["user", "recovery"]
    assert FIRM.encode() not in (folder / "keyslots.json").read_bytes()
    assert not (folder / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_open_sets_the_pragmas(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    with Vault.unlock(folder, ADMIN, ADMIN_PASSWORD) as vault, vault.engine.connect() as connection:
        values = {
            name: connection.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "secure_delete", "temp_store")
        }
        assert values == {
            "journal_mode": "wal",
            "synchronous": 2,
            "foreign_keys": 1,
            "secure_delete": 1,
            "temp_store": 2,
        }
        version = connection.execute(text("PRAGMA cipher_version")).scalar()
        assert str(version).startswith("4.")


def test_user_name_is_case_insensitive_and_recovery_code_opens(closed_vault: tuple[Path, str]) -> None:
    folder, code = closed_vault
    Vault.unlock(folder, ADMIN.upper(), ADMIN_PASSWORD).close()
    Vault.unlock_with_recovery_code(folder, code.lower().replace("-", " ")).close()


@pytest.mark.parametrize("user", [ADMIN, "onbekend"])
def test_wrong_password_or_unknown_user_changes_nothing(closed_vault: tuple[Path, str], user: str) -> None:
    folder, _ = closed_vault
    before = fingerprint(folder)
    with pytest.raises(WrongPasswordError) as info:
        Vault.unlock(folder, user, "dit-is-het-niet-helemaal")
    assert "wachtwoord klopt niet" in info.value.message()
    assert fingerprint(folder) == before


def test_wrong_recovery_code(closed_vault: tuple[Path, str]) -> None:
    folder, code = closed_vault
    wrong = ("Z" if code[0] != "Z" else "Y") + code[1:]
    with pytest.raises(WrongRecoveryCodeError):
        Vault.unlock_with_recovery_code(folder, wrong)


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError):
        Vault.unlock(tmp_path / "nergens", ADMIN, ADMIN_PASSWORD)


def test_missing_keyslot_file(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    (folder / "keyslots.json").unlink()
    before = fingerprint(folder)
    with pytest.raises(KeyslotFileMissingError):
        Vault.unlock(folder, ADMIN, ADMIN_PASSWORD)
    assert fingerprint(folder) == before


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"\x00" * len(raw),
        lambda raw: raw.replace(b'"format_version": 1', b'"format_version": 9'),
        lambda raw: raw.replace(b'"public_key": "', b'"public_key": "!!', 1),
    ],
    ids=["truncated", "zeroed", "unknown-version", "bad-base64"],
)
def test_damaged_keyslot_file(closed_vault: tuple[Path, str], damage) -> None:  # type: ignore[no-untyped-def]
    folder, _ = closed_vault
    path = folder / "keyslots.json"
    path.write_bytes(damage(path.read_bytes()))
    before = fingerprint(folder)
    with pytest.raises(KeyslotFileDamagedError):
        Vault.unlock(folder, ADMIN, ADMIN_PASSWORD)
    assert fingerprint(folder) == before


@pytest.mark.parametrize("offset", [100, 4096 * 3 + 200], ids=["header-page", "middle-page"])
def test_damaged_byte_is_reported_as_damage_not_password(closed_vault: tuple[Path, str], offset: int) -> None:
    folder, _ = closed_vault
    db = folder / "vault.db"
    raw = bytearray(db.read_bytes())
    assert len(raw) > offset
    raw[offset] ^= 0x01
    db.write_bytes(bytes(raw))
    before = fingerprint(folder)
    try:
        vault = Vault.unlock(folder, ADMIN, ADMIN_PASSWORD)
    except VaultDamagedError as error:
        assert "pagina" in error.message()
    else:  # the page is not read at unlock: the check must find it
        report = vault.check_integrity()
        vault.close(checkpoint=False)
        assert not report.sound
        assert any("page" in p for p in report.cipher_problems)
    assert fingerprint(folder) == before


def test_tampered_master_key_wrap_is_damage(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    data = json.loads((folder / "keyslots.json").read_text())
    wrap = data["slots"][0]["master_keys"]["1"]
    wrap["ciphertext"] = data["slots"][1]["master_keys"]["1"]["ciphertext"]
    (folder / "keyslots.json").write_text(json.dumps(data))
    with pytest.raises(KeyslotFileDamagedError):
        Vault.unlock(folder, ADMIN, ADMIN_PASSWORD)


def test_second_open_is_refused_plainly(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    with Vault.unlock(folder, ADMIN, ADMIN_PASSWORD):
        with pytest.raises(VaultInUseError) as info:
            Vault.unlock(folder, ADMIN, ADMIN_PASSWORD)
        assert "al geopend" in info.value.message()
        assert "proces" in info.value.message()
    Vault.unlock(folder, ADMIN, ADMIN_PASSWORD).close()


def test_lock_is_released_on_close_and_on_failure(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    with pytest.raises(WrongPasswordError):
        Vault.unlock(folder, ADMIN, "niet-het-goede-wachtwoord")
    with VaultLock(folder):
        pass


def test_create_refuses_an_existing_vault(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    before = fingerprint(folder)
    with pytest.raises(VaultExistsError):
        Vault.create(
            folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
        )
    assert fingerprint(folder) == before


def test_disk_full_while_writing_is_a_clear_error(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    with Vault.unlock(folder, ADMIN, ADMIN_PASSWORD) as vault:
        with vault.engine.connect() as connection:
            pages = connection.execute(text("PRAGMA page_count")).scalar()
        with pytest.raises(DiskFullError), vault.session() as session:
            session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
            session.connection().exec_driver_sql("CREATE TABLE filler(x)")
            for _ in range(200):
                session.connection().exec_driver_sql("INSERT INTO filler VALUES (randomblob(4000))")
        assert vault.check_integrity().sound


def test_read_only_database_is_a_clear_error(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    with (
        Vault.unlock(folder, ADMIN, ADMIN_PASSWORD) as vault,
        pytest.raises(ReadOnlyError),
        vault.session() as s,
    ):
        s.connection().exec_driver_sql("PRAGMA query_only = ON")
        s.connection().exec_driver_sql("CREATE TABLE t(x)")


def test_os_errors_map_to_user_errors(
    closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, _ = closed_vault
    vault = Vault.unlock(folder, ADMIN, ADMIN_PASSWORD)
    before = (folder / "keyslots.json").read_bytes()

    def fail(code: int):  # type: ignore[no-untyped-def]
        def replace(*_args: object) -> None:
            raise OSError(code, "simulated")

        return replace

    try:
        for code, expected in ((errno.ENOSPC, DiskFullError), (errno.EROFS, ReadOnlyError)):
            monkeypatch.setattr("calqi_desktop.storage.files.os.replace", fail(code))
            with pytest.raises(expected):
                keyslots.save(folder, vault.keyfile)
            assert (folder / "keyslots.json").read_bytes() == before
            assert not [p for p in folder.iterdir() if p.name.startswith(".keyslots")]
    finally:
        monkeypatch.undo()
        vault.close()


def test_backup_restore_round_trip(closed_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = closed_vault
    with Vault.unlock(folder, ADMIN, ADMIN_PASSWORD) as vault:
        target = backup.make_backup(vault, tmp_path / "back-up")
        head = vault.audit_head()
    manifest = json.loads((target / "manifest.json").read_text())
    assert manifest["vault_id"] == vault.vault_id
    assert manifest["audit_checkpoint"]["seq"] == head.seq  # type: ignore[union-attr]
    restored = tmp_path / "hersteld"
    assert backup.restore(target, restored) is None
    with Vault.unlock(restored, ADMIN, ADMIN_PASSWORD) as copy:
        assert copy.check_integrity().sound
        assert copy.verify_audit_chain().sound


def test_restore_never_overwrites_without_force(closed_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = closed_vault
    with Vault.unlock(folder, ADMIN, ADMIN_PASSWORD) as vault:
        target = backup.make_backup(vault, tmp_path / "back-up")
    before = fingerprint(folder)
    with pytest.raises(VaultExistsError):
        backup.restore(target, folder)
    assert fingerprint(folder) == before
    moved = backup.restore(target, folder, force=True)
    assert moved is not None and fingerprint(moved) == before
    Vault.unlock(folder, ADMIN, ADMIN_PASSWORD).close()


def test_restore_refuses_a_changed_backup(closed_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = closed_vault
    with Vault.unlock(folder, ADMIN, ADMIN_PASSWORD) as vault:
        target = backup.make_backup(vault, tmp_path / "back-up")
    raw = bytearray((target / "vault.db").read_bytes())
    raw[5000] ^= 0xFF
    (target / "vault.db").write_bytes(bytes(raw))
    with pytest.raises(Exception) as info:
        backup.restore(target, tmp_path / "nieuw")
    assert "gewijzigd" in str(info.value)
    assert not (tmp_path / "nieuw" / "vault.db").exists()


def test_backup_refuses_a_non_empty_destination(closed_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = closed_vault
    (tmp_path / "vol").mkdir()
    (tmp_path / "vol" / "iets.txt").write_text("x")
    with Vault.unlock(folder, ADMIN, ADMIN_PASSWORD) as vault, pytest.raises(VaultExistsError):
        backup.make_backup(vault, tmp_path / "vol")
    assert (tmp_path / "vol" / "iets.txt").read_text() == "x"


def test_raw_key_is_what_opens_the_database(closed_vault: tuple[Path, str]) -> None:
    folder, _ = closed_vault
    with Vault.unlock(folder, ADMIN, ADMIN_PASSWORD) as vault:
        key = vault.master_key()
    assert database.key_opens(folder / "vault.db", key)
    assert not database.key_opens(folder / "vault.db", bytes(32))


def test_copy_of_folder_keeps_working(closed_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = closed_vault
    copy = tmp_path / "kopie"
    shutil.copytree(folder, copy)
    Vault.unlock(copy, ADMIN, ADMIN_PASSWORD).close()
