"""No plain text of the vault's contents ever reaches a file.

Unique markers go into the vault through the normal code paths — the firm
name and the beheerder's display name at creation, a staff member's display
name, a staff member's password — and others are typed at failed sign-ins
(a wrong password, an unknown user name). Then the vault is locked and
unlocked, backed up, and a member is deactivated (master-key rotation).
Each marker's unique token, as UTF-8/ASCII and as UTF-16 (LE and BE), must
appear in none of: vault.db, vault.db-wal, vault.db-shm (while open and after
close), keyslots.json, the backup folder, anything under CALQI_HOME (logs,
sign-in state), anything in the temp folder the test points TMPDIR and
`tempfile` at, any file in the system temp folder changed since the test
started, captured stdout/stderr and log records.

SQLite reads TMPDIR once per process, before this test can change it, so the
system temp folder is scanned as well; the vault sets temp_store=MEMORY
anyway. Controls prove the scanner finds a marker written in plain text, in
UTF-16, and in a plain SQLite database, in every folder it scans.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3
from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

from calqi_desktop.domain.errors import WrongPasswordError
from calqi_desktop.domain.roles import Role
from calqi_desktop.services import auth, staff, vault_care
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.database import DB_FILE

MAX_SCAN_BYTES = 512 * 1024 * 1024
# Folders of the machinery that runs these sessions: not ours to read.
FOREIGN_TEMP_PREFIXES = ("bash_jobs", "bash_tool_")


@dataclass(frozen=True)
class Marker:
    """A string with a unique random token; the token is what the scanner looks for
    (so JSON escapes or casefolding of the accented rest cannot hide it)."""

    label: str
    token: str
    text: str

    @classmethod
    def make(cls, label: str, template: str) -> Marker:
        token = secrets.token_hex(10)
        return cls(label, token, template.format(token=token))

    def needles(self) -> dict[str, bytes]:
        return {
            "utf-8": self.token.encode("ascii"),
            "utf-16-le": self.token.encode("utf-16-le"),
            "utf-16-be": self.token.encode("utf-16-be"),
            "utf-8 (whole)": self.text.encode("utf-8"),
            "utf-16-le (whole)": self.text.encode("utf-16-le"),
        }


def make_markers() -> dict[str, Marker]:
    markers = [
        Marker.make("firm name", "Administratiekantoor Merkteken {token} B.V. — ĳzersterk"),
        Marker.make("beheerder display name", "Beheerder Zoë Merkteken {token}"),
        Marker.make("staff display name", "Medewerker Anaïs Merkteken {token}"),
        Marker.make("leaver display name", "Vertrekker Bram Merkteken {token}"),
        Marker.make("staff password", "Zilverreiger-{token}-Ωmega"),
        Marker.make("wrong password", "Verkeerd-{token}-Ωmega"),
        Marker.make("unknown user name", "onbekend{token}"),
    ]
    return {m.label: m for m in markers}


def files_under(roots: Iterable[Path], *, newer_than: float | None = None) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
            continue
        for folder, dirs, names in os.walk(root, onerror=lambda _e: None):
            dirs[:] = [d for d in dirs if not d.startswith(FOREIGN_TEMP_PREFIXES)]
            for name in names:
                path = Path(folder) / name
                try:
                    info = path.lstat()
                except OSError:
                    continue
                if not path.is_file() or path.is_symlink() or info.st_size > MAX_SCAN_BYTES:
                    continue
                if newer_than is not None and max(info.st_mtime, info.st_ctime) < newer_than:
                    continue
                yield path


def scan(paths: Iterable[Path], markers: Iterable[Marker]) -> list[str]:
    """Every (file, marker, encoding) where a marker's bytes occur."""
    markers = list(markers)
    found = []
    seen: set[Path] = set()
    for path in paths:
        if path in seen:
            continue
        seen.add(path)
        try:
            data = path.read_bytes()
        except OSError:
            continue  # vanished (another process's temp file) or not readable
        for marker in markers:
            for encoding, needle in marker.needles().items():
                if needle in data:
                    found.append(f"{path}: {marker.label} ({encoding})")
    return found


def vault_files(folder: Path) -> list[Path]:
    return [
        folder / name for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm") if (folder / name).exists()
    ]


def test_scanner_finds_plain_markers(tmp_path: Path) -> None:
    """The control: plain text, UTF-16 text and a plain SQLite database are found."""
    marker = Marker.make("control", "Controle Zoë {token}")
    (tmp_path / "plain.txt").write_text(f"naam: {marker.text}\n", encoding="utf-8")
    (tmp_path / "wide.txt").write_bytes(marker.text.encode("utf-16-le"))
    connection = sqlcipher3.connect(str(tmp_path / "plain.db"))  # no key: an ordinary SQLite file
    try:
        connection.execute("CREATE TABLE staff (display_name TEXT)")
        connection.execute("INSERT INTO staff VALUES (?)", (marker.text,))
        connection.commit()
    finally:
        connection.close()
    (tmp_path / "clean.txt").write_text("niets bijzonders", encoding="utf-8")

    found = scan(files_under([tmp_path]), [marker])
    hit_files = {line.split(": ")[0] for line in found}
    assert hit_files == {str(tmp_path / n) for n in ("plain.txt", "wide.txt", "plain.db")}


def test_no_marker_reaches_any_file(
    tmp_path: Path,
    vault_folder: Path,
    calqi_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    markers = make_markers()
    system_temp = Path(tempfile.gettempdir())
    started = time.time() - 2  # file times may be coarse
    temp = tmp_path / "tmp"
    temp.mkdir()
    for variable in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR"):
        monkeypatch.setenv(variable, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    caplog.set_level(logging.DEBUG, logger="calqi")
    everything = list(markers.values())

    def assert_clean(paths: Iterable[Path], when: str) -> None:
        found = scan(paths, everything)
        assert not found, f"plain text {when}:\n" + "\n".join(found)

    # Create the vault and add staff: markers go in through the normal code.
    workspace, _code = auth.create_vault(
        vault_folder,
        firm_name=markers["firm name"].text,
        admin_name=ADMIN,
        admin_password=ADMIN_PASSWORD,
        admin_display_name=markers["beheerder display name"].text,
        kdf=TEST_ONLY_KDF,
    )
    staff.add_user(
        workspace,
        "anna",
        Role.ACCOUNTANT,
        markers["staff password"].text,
        display_name=markers["staff display name"].text,
    )
    leaver = staff.add_user(
        workspace, "bram", Role.ASSISTENT, STAFF_PASSWORD, display_name=markers["leaver display name"].text
    )
    # They really are in the vault (so a clean scan means encrypted, not absent).
    assert workspace.firm_name() == markers["firm name"].text
    names = {m.display_name for m in staff.list_staff(workspace)}
    assert {markers[k].text for k in ("beheerder display name", "staff display name")} <= names
    assert (vault_folder / f"{DB_FILE}-wal").exists()
    assert_clean(vault_files(vault_folder), "in the open vault after creation")

    # Lock; failed sign-ins (wrong password, unknown user name); unlock.
    workspace.lock()
    with pytest.raises(WrongPasswordError):
        auth.sign_in(vault_folder, ADMIN, markers["wrong password"].text, kdf=TEST_ONLY_KDF)
    with pytest.raises(WrongPasswordError):
        auth.sign_in(
            vault_folder, markers["unknown user name"].text, markers["wrong password"].text, kdf=TEST_ONLY_KDF
        )
    assert_clean(files_under([vault_folder, calqi_home]), "after failed sign-ins")
    workspace = auth.sign_in(vault_folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF, after_lock=True)
    workspace.lock()
    # The member whose password is a marker signs in with it.
    anna = auth.sign_in(vault_folder, "anna", markers["staff password"].text, kdf=TEST_ONLY_KDF)
    assert anna.user.display_name == markers["staff display name"].text
    anna.sign_out()
    workspace = auth.sign_in(vault_folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF, after_lock=True)
    assert_clean(vault_files(vault_folder), "in the open vault after unlock")

    # Backup and deactivation (master-key rotation, PRAGMA rekey).
    backup_folder = vault_care.backup(workspace, vault_folder / "backups" / "handmatig")
    assert (backup_folder / DB_FILE).is_file()
    assert leaver.id is not None
    staff.deactivate(workspace, leaver.id)
    assert workspace.vault.keyfile.generation == 2
    assert_clean(vault_files(vault_folder), "in the open vault after the rotation")
    assert_clean(files_under([vault_folder, calqi_home, temp]), "while the vault is open")
    workspace.sign_out()

    # After close: the vault folder (keyslots.json, lock file, backups), program
    # data and state, the test's temp folder, and what changed in the system temp.
    roots = [vault_folder, calqi_home, temp]
    scanned = list(files_under(roots)) + list(files_under([system_temp], newer_than=started))
    names_scanned = {p.name for p in scanned}
    assert {DB_FILE, "keyslots.json", "manifest.json"} <= names_scanned
    assert_clean(scanned, "after close")
    out, err = capfd.readouterr()
    assert not [m.label for m in everything if m.token in out or m.token in err]
    assert not [m.label for m in everything if m.token in caplog.text]

    # Control: the same scan does see a marker written in plain text into each place.
    control = Marker.make("control", "Controle {token}")
    system_control = Path(tempfile.mkdtemp(prefix="calqi-controle-", dir=system_temp))
    try:
        planted = {root / f"controle-{control.token}.txt" for root in [*roots, system_control]}
        for path in planted:
            path.write_text(control.text, encoding="utf-8")
        again = list(files_under(roots)) + list(files_under([system_temp], newer_than=started))
        found = scan(again, [control])
        assert {line.split(": ")[0] for line in found} == {str(p) for p in planted}
    finally:
        shutil.rmtree(system_control)
