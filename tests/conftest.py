"""Shared test set-up: headless Qt, an isolated CALQI_HOME, real vaults in tmp_path.

Vaults here are real SQLCipher vaults with real keyslots; only the Argon2id
cost is lowered (`TEST_ONLY_KDF`), and subprocesses get the same through the
`CALQI_TEST_ONLY_WEAK_KDF` variable.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CALQI_TEST_ONLY_WEAK_KDF"] = "1"

from calqi_desktop.domain.roles import Role
from calqi_desktop.services import auth, staff
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF, KdfParams
from calqi_desktop.storage.database import silence_sqlcipher_log

FIRM = "Administratiekantoor Test B.V."
ADMIN = "beheerder"
ADMIN_PASSWORD = "paard-batterij-nietje-correct"
STAFF_PASSWORD = "rode-kater-op-het-dak"

silence_sqlcipher_log()


@pytest.fixture(autouse=True)
def calqi_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data, state and log folders."""
    home = tmp_path_factory.mktemp("calqi-home")
    monkeypatch.setenv("CALQI_HOME", str(home))
    return home


@pytest.fixture
def fast_kdf() -> KdfParams:
    return TEST_ONLY_KDF


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    return tmp_path / "kluis"


@pytest.fixture
def workspace(vault_folder: Path) -> Iterator[Workspace]:
    """A fresh vault, signed in as its first beheerder."""
    ws, _code = auth.create_vault(
        vault_folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
    )
    yield ws
    if ws.is_open:
        ws.sign_out()


@pytest.fixture
def created_vault(vault_folder: Path) -> tuple[Path, str]:
    """A closed vault with a beheerder and staff of every role; returns (folder, recovery code)."""
    ws, code = auth.create_vault(
        vault_folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
    )
    for name, role in (("anna", Role.ACCOUNTANT), ("sam", Role.ASSISTENT), ("fleur", Role.PRIVACY_OFFICER)):
        staff.add_user(ws, name, role, STAFF_PASSWORD)
    ws.sign_out()
    return vault_folder, code


def run_admin(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> tuple[int, str, str]:
    """Run `calqi-admin` as a subprocess, as a user would."""
    import subprocess

    completed = subprocess.run(
        [sys.executable, "-m", "calqi_desktop.admin_cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    return completed.returncode, completed.stdout, completed.stderr
