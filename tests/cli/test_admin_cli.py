"""`calqi-admin` end to end: each command run as a subprocess on a real vault in tmp_path.

The CLI runs with the weak test KDF (see `conftest.run_admin`); set-up and
verification happen in-process on the same vault, which is much faster than a
second subprocess. The rules under test come from the docstring of
`calqi_desktop.admin_cli`: passwords only from standard input (one per line
when it is not a terminal), every error one Dutch line on stderr, exit codes
0 done / 1 damage / 2 cannot open or wrong use.
"""

from __future__ import annotations

import contextlib
import getpass
import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, FIRM, STAFF_PASSWORD, run_admin
from pypdf import PdfReader

from calqi_desktop.admin_cli import Passwords, UsageError
from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.domain.errors import WrongPasswordError
from calqi_desktop.domain.roles import Role
from calqi_desktop.services import auth, clients, demo, staff, vault_care
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import backup as backup_store
from calqi_desktop.storage import keyslots
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.database import DB_FILE, open_raw
from calqi_desktop.storage.lockfile import VaultLock

NEW_PASSWORD = "blauwe-fiets-langs-de-gracht"
RECOVERY_CODE = re.compile(r"\b[0-9A-Z]{5}(?:-[0-9A-Z]{5}){7}\b")
WEAK_KDF_WARNING = "calqi-admin: let op: CALQI_TEST_ONLY_WEAK_KDF"

# A Dutch error line has Dutch words in it and none of these English ones.
DUTCH_WORDS = re.compile(r"\b(de|het|een|niet|geen|kluis|wachtwoord|gebruik|moet|voor|van|uit)\b", re.I)
ENGLISH_WORDS = re.compile(
    r"\b(the|error|invalid|required|unrecognized|arguments?|choose|failed|usage|traceback|exception)\b",
    re.I,
)


# --- helpers ----------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One `calqi-admin` run; stderr without the weak-KDF warning line."""

    code: int
    out: str
    err_lines: list[str]

    @property
    def error(self) -> str:
        """The single error line (asserts there is exactly one)."""
        assert len(self.err_lines) == 1, self.err_lines
        return self.err_lines[0]

    @property
    def err(self) -> str:
        return "\n".join(self.err_lines)


def admin(*args: str | Path, stdin: Sequence[str] = ()) -> Run:
    """Run `calqi-admin` with `stdin` as one secret per line; no secret may be echoed."""
    code, out, err = run_admin(*map(str, args), stdin="".join(f"{line}\n" for line in stdin))
    for secret in stdin:
        assert secret not in out, "a secret from stdin appears on stdout"
        assert secret not in err, "a secret from stdin appears on stderr"
    lines = [line for line in err.splitlines() if not line.startswith(WEAK_KDF_WARNING)]
    return Run(code, out, lines)


def assert_dutch_error(line: str) -> None:
    assert line.startswith("calqi-admin: "), line
    assert DUTCH_WORDS.search(line), f"no Dutch in: {line}"
    assert not ENGLISH_WORDS.search(line), f"English in: {line}"


@contextlib.contextmanager
def signed_in(folder: Path, user: str, password: str) -> Iterator[Workspace]:
    workspace = auth.sign_in(folder, user, password, kdf=TEST_ONLY_KDF)
    try:
        yield workspace
    finally:
        workspace.sign_out()


def role_of(folder: Path, user: str, password: str) -> Role:
    """Sign in in-process and out again; the member's role."""
    with signed_in(folder, user, password) as workspace:
        return workspace.user.role


def refuses(folder: Path, user: str, password: str) -> bool:
    try:
        role_of(folder, user, password)
    except WrongPasswordError:
        return True
    return False


@contextlib.contextmanager
def raw_database(folder: Path) -> Iterator[object]:
    """A raw SQLCipher connection on the closed vault, opened with its master key."""
    with signed_in(folder, ADMIN, ADMIN_PASSWORD) as workspace:
        key = workspace.vault.master_key()
    connection = open_raw(folder / DB_FILE, key)
    try:
        yield connection
    finally:
        connection.close()


def flip_byte_in_page_of(folder: Path, table: str) -> int:
    """Corrupt one byte in the middle of `table`'s root page; returns the page number."""
    with raw_database(folder) as connection:
        page_size = int(connection.execute("PRAGMA cipher_page_size").fetchone()[0])
        (page,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
    db = folder / DB_FILE
    assert not (folder / f"{DB_FILE}-wal").exists()
    pages = db.stat().st_size // page_size
    assert 1 < page < pages, "not a middle page"
    data = bytearray(db.read_bytes())
    data[(page - 1) * page_size + page_size // 2] ^= 0xFF
    db.write_bytes(bytes(data))
    return page


def vault_bytes(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in (DB_FILE, keyslots.FILE_NAME)}


@pytest.fixture
def vault(created_vault: tuple[Path, str]) -> Path:
    """A closed vault with a beheerder, anna (accountant), sam (assistent), fleur (privacy officer)."""
    return created_vault[0]


@pytest.fixture
def recovery(created_vault: tuple[Path, str]) -> str:
    return created_vault[1]


@pytest.fixture
def backup_of_vault(vault: Path, tmp_path: Path) -> Path:
    """A verified backup of `vault`, made in-process."""
    with signed_in(vault, ADMIN, ADMIN_PASSWORD) as workspace:
        return vault_care.backup(workspace, tmp_path / "backup")


# --- password input ---------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_stdin_gives_one_secret_per_line_and_new_passwords_only_once() -> None:
    passwords = Passwords(io.StringIO(f"{ADMIN_PASSWORD}\r\n{NEW_PASSWORD}\n"))
    assert not passwords.interactive
    assert passwords.read("Nieuw wachtwoord", confirm=True) == ADMIN_PASSWORD
    assert passwords.read("Nog een") == NEW_PASSWORD
    with pytest.raises(UsageError, match="Geen invoer voor 'Derde'"):
        passwords.read("Derde")


def test_terminal_asks_new_passwords_twice_without_echo(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = iter([NEW_PASSWORD, NEW_PASSWORD, NEW_PASSWORD, "iets-anders-dan-eerst"])
    prompts: list[str] = []

    def fake_getpass(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    passwords = Passwords(FakeTerminal())
    assert passwords.read("Nieuw wachtwoord", confirm=True) == NEW_PASSWORD
    assert prompts == ["Nieuw wachtwoord: ", "Nieuw wachtwoord (nogmaals): "]
    with pytest.raises(UsageError, match="niet gelijk"):
        passwords.read("Nieuw wachtwoord", confirm=True)


def test_there_is_no_password_option(vault: Path) -> None:
    run = admin("check", vault, "--user", ADMIN, "--password", "iets-geheims-hier")
    assert run.code == 2
    assert run.error.startswith("calqi-admin: onjuist gebruik:")
    assert run.out == ""


def test_a_refused_password_argument_is_not_echoed(vault: Path) -> None:
    run = admin("check", vault, "--user", ADMIN, "--password", ADMIN_PASSWORD)
    assert run.code == 2
    assert ADMIN_PASSWORD not in run.err


# --- create -------------------------------------------------------------------------


def test_create_shows_the_recovery_code_once_and_puts_it_on_the_sheet(
    vault_folder: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "herstelblad.pdf"
    # One line only: off a terminal the new password is not asked twice.
    run = admin(
        "create",
        vault_folder,
        "--firm",
        FIRM,
        "--admin",
        ADMIN,
        "--recovery-sheet",
        sheet,
        stdin=[ADMIN_PASSWORD],
    )
    assert run.code == 0, run.err
    assert run.err_lines == []
    codes = RECOVERY_CODE.findall(run.out)
    assert len(codes) == 1
    code = codes[0]
    assert run.out.count(code) == 1
    reader = PdfReader(io.BytesIO(sheet.read_bytes()))
    assert code in " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert role_of(vault_folder, ADMIN, ADMIN_PASSWORD) is Role.BEHEERDER
    auth.sign_in_with_recovery_code(vault_folder, code, kdf=TEST_ONLY_KDF).sign_out()


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("sheet-not-pdf", ".pdf-bestand"),
        ("sheet-exists", "bestaat al"),
        ("weak-password", "te kort"),
        ("vault-exists", "Hier staat al een kluis"),
    ],
)
def test_create_refuses(case: str, expected: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    folder = tmp_path / "kluis"
    sheet = tmp_path / ("herstelblad.txt" if case == "sheet-not-pdf" else "herstelblad.pdf")
    password = "Kx9#vQ" if case == "weak-password" else ADMIN_PASSWORD
    if case == "sheet-exists":
        sheet.write_bytes(b"%PDF- eerder herstelblad")
    if case == "vault-exists":
        folder = request.getfixturevalue("created_vault")[0]
    before = vault_bytes(folder) if case == "vault-exists" else None
    run = admin(
        "create", folder, "--firm", FIRM, "--admin", ADMIN, "--recovery-sheet", sheet, stdin=[password]
    )
    assert run.code == 2
    assert_dutch_error(run.error)
    assert expected in run.error
    if before is None:
        assert not (folder / DB_FILE).exists()
    else:
        assert vault_bytes(folder) == before
    if case != "sheet-exists":
        assert not sheet.exists()


# --- check ---------------------------------------------------------------------------


def test_check_sound_vault(vault: Path) -> None:
    run = admin("check", vault, "--user", ADMIN, stdin=[ADMIN_PASSWORD])
    assert run.code == 0, run.err
    assert run.err_lines == []
    assert "De database is in orde" in run.out
    assert "De audittrail is in orde" in run.out


@pytest.mark.parametrize(
    "table",
    [
        "keyslot_record",
        "staff_user",
    ],
)
def test_check_names_the_damaged_page(vault: Path, table: str) -> None:
    flip_byte_in_page_of(vault, table)
    run = admin("check", vault, "--user", ADMIN, stdin=[ADMIN_PASSWORD])
    assert run.code == 1
    assert "pagina" in run.err


def test_check_names_the_tampered_audit_event(vault: Path) -> None:
    with raw_database(vault) as connection:
        connection.execute("DROP TRIGGER audit_event_no_update")
        changed = connection.execute("UPDATE audit_event SET action = 'vault.backup' WHERE seq = 3")
        assert changed.rowcount == 1
    run = admin("check", vault, "--user", ADMIN, stdin=[ADMIN_PASSWORD])
    assert run.code == 1
    assert run.err_lines[0] == f"calqi-admin: schade gevonden in {vault}:"
    assert "gebeurtenis 3" in run.err


def _hold_lock(folder: Path, stack: contextlib.ExitStack) -> None:
    stack.enter_context(VaultLock(folder))


def _remove_keyslot_file(folder: Path, stack: contextlib.ExitStack) -> None:
    (folder / keyslots.FILE_NAME).unlink()


def _remove_vault(folder: Path, stack: contextlib.ExitStack) -> None:
    shutil.rmtree(folder)


def _nothing(folder: Path, stack: contextlib.ExitStack) -> None:
    pass


Prepare = Callable[[Path, contextlib.ExitStack], None]


@pytest.mark.parametrize(
    ("prepare", "user", "stdin", "expected"),
    [
        pytest.param(_nothing, ADMIN, [STAFF_PASSWORD], "wachtwoord klopt niet", id="wrong-password"),
        pytest.param(_nothing, "niemand", [ADMIN_PASSWORD], "wachtwoord klopt niet", id="unknown-user"),
        pytest.param(_remove_vault, ADMIN, [ADMIN_PASSWORD], "niet gevonden", id="missing-vault"),
        pytest.param(_hold_lock, ADMIN, [ADMIN_PASSWORD], f"proces {os.getpid()}", id="vault-in-use"),
        pytest.param(_remove_keyslot_file, ADMIN, [ADMIN_PASSWORD], "sleutelbestand", id="keyslots-missing"),
        pytest.param(_nothing, "sam", [STAFF_PASSWORD], "geen toestemming", id="assistent-may-not-check"),
        pytest.param(_nothing, ADMIN, [], "Geen invoer voor 'Wachtwoord van", id="stdin-empty"),
    ],
)
def test_check_cannot_open(vault: Path, prepare: Prepare, user: str, stdin: list[str], expected: str) -> None:
    with contextlib.ExitStack() as stack:
        prepare(vault, stack)
        run = admin("check", vault, "--user", user, stdin=stdin)
    assert run.code == 2
    assert run.out == ""
    assert_dutch_error(run.error)
    assert expected in run.error


USAGE_ERRORS = {
    "no-command": [],
    "unknown-command": ["frobnicate", "kluis"],
    "missing-user": ["check", "kluis"],
    "missing-vault-argument": ["backup", "--user", ADMIN],
    "clients-not-a-number": ["demo", "kluis", "--clients", "veel"],
}


@pytest.mark.parametrize("args", USAGE_ERRORS.values(), ids=USAGE_ERRORS.keys())
def test_wrong_use_is_one_line_and_exit_2(args: list[str]) -> None:
    run = admin(*args)
    assert run.code == 2
    assert run.out == ""
    assert run.error.startswith("calqi-admin: onjuist gebruik: ")
    assert run.error.endswith("Zie 'calqi-admin --help'.")


def test_wrong_use_is_reported_in_dutch() -> None:
    assert_dutch_error(admin("check", "kluis").error)


# --- backup and restore ----------------------------------------------------------


def test_backup_makes_a_copy_that_restores_and_opens(vault: Path, tmp_path: Path) -> None:
    destination = tmp_path / "back-up"
    run = admin("backup", vault, destination, "--user", ADMIN, stdin=[ADMIN_PASSWORD])
    assert run.code == 0, run.err
    assert run.err_lines == []
    assert {p.name for p in destination.iterdir()} == {DB_FILE, keyslots.FILE_NAME, "manifest.json"}
    manifest = json.loads((destination / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["vault_id"] == keyslots.load(vault).vault_id
    restored = tmp_path / "teruggezet"
    backup_store.restore(destination, restored)
    assert role_of(restored, ADMIN, ADMIN_PASSWORD) is Role.BEHEERDER
    assert role_of(restored, "fleur", STAFF_PASSWORD) is Role.PRIVACY_OFFICER


def test_backup_refuses_a_folder_that_is_not_empty(vault: Path, tmp_path: Path) -> None:
    destination = tmp_path / "vol"
    destination.mkdir()
    (destination / "iets.txt").write_text("al hier", encoding="utf-8")
    run = admin("backup", vault, destination, "--user", ADMIN, stdin=[ADMIN_PASSWORD])
    assert run.code == 2
    assert_dutch_error(run.error)
    assert [p.name for p in destination.iterdir()] == ["iets.txt"]


def test_restore_into_an_empty_folder(backup_of_vault: Path, tmp_path: Path) -> None:
    target = tmp_path / "nieuwe-plek"
    run = admin("restore", backup_of_vault, target)
    assert run.code == 0, run.err
    assert run.err_lines == []
    assert role_of(target, ADMIN, ADMIN_PASSWORD) is Role.BEHEERDER


def test_restore_never_overwrites_a_vault_without_force(vault: Path, backup_of_vault: Path) -> None:
    before = vault_bytes(vault)
    run = admin("restore", backup_of_vault, vault)
    assert run.code == 2
    assert_dutch_error(run.error)
    assert "Hier staat al een kluis" in run.error
    assert vault_bytes(vault) == before


def test_restore_with_force_moves_the_old_vault_aside(vault: Path, backup_of_vault: Path) -> None:
    with signed_in(vault, ADMIN, ADMIN_PASSWORD) as workspace:
        staff.add_user(workspace, "na-de-backup", Role.ACCOUNTANT, NEW_PASSWORD)
    before = vault_bytes(vault)
    run = admin("restore", backup_of_vault, vault, "--force")
    assert run.code == 0, run.err
    (moved,) = (vault / "backups").glob("vervangen-bij-herstel-*")
    assert str(moved) in run.out
    assert vault_bytes(moved) == before
    assert role_of(vault, ADMIN, ADMIN_PASSWORD) is Role.BEHEERDER
    assert refuses(vault, "na-de-backup", NEW_PASSWORD)  # the backup's state, not the old vault's
    assert role_of(moved, "na-de-backup", NEW_PASSWORD) is Role.ACCOUNTANT


# --- staff ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_add_user_who_then_signs_in_with_that_role(vault: Path, role: Role) -> None:
    run = admin(
        "add-user",
        vault,
        "--user",
        ADMIN,
        "--new",
        "joris",
        "--role",
        role.value,
        stdin=[ADMIN_PASSWORD, NEW_PASSWORD],
    )
    assert run.code == 0, run.err
    assert run.err_lines == []
    assert role_of(vault, "joris", NEW_PASSWORD) is role


@pytest.mark.parametrize(
    ("user", "role", "stdin", "expected"),
    [
        pytest.param(ADMIN, "koning", [ADMIN_PASSWORD, NEW_PASSWORD], "Onbekende rol", id="invalid-role"),
        pytest.param(ADMIN, "accountant", [ADMIN_PASSWORD, "wachtwoord123"], "veelgebruikte", id="common"),
        pytest.param(ADMIN, "accountant", [ADMIN_PASSWORD, "Kx9#vQ"], "te kort", id="too-short"),
        pytest.param(
            "anna", "accountant", [STAFF_PASSWORD, NEW_PASSWORD], "geen toestemming", id="not-admin"
        ),
        pytest.param(
            ADMIN, "accountant", [ADMIN_PASSWORD], "Geen invoer voor 'Nieuw wachtwoord", id="no-line"
        ),
    ],
)
def test_add_user_refuses(vault: Path, user: str, role: str, stdin: list[str], expected: str) -> None:
    run = admin("add-user", vault, "--user", user, "--new", "joris", "--role", role, stdin=stdin)
    assert run.code == 2
    assert_dutch_error(run.error)
    assert expected in run.error
    assert keyslots.load(vault).user_slot("joris") is None


def test_change_password(vault: Path) -> None:
    run = admin("change-password", vault, "--user", "anna", stdin=[STAFF_PASSWORD, NEW_PASSWORD])
    assert run.code == 0, run.err
    assert role_of(vault, "anna", NEW_PASSWORD) is Role.ACCOUNTANT
    assert refuses(vault, "anna", STAFF_PASSWORD)


def test_reset_password_by_a_beheerder(vault: Path) -> None:
    run = admin(
        "reset-password", vault, "--user", ADMIN, "--target", "anna", stdin=[ADMIN_PASSWORD, NEW_PASSWORD]
    )
    assert run.code == 0, run.err
    with signed_in(vault, "anna", NEW_PASSWORD) as workspace:
        assert workspace.user.must_change_password
    assert refuses(vault, "anna", STAFF_PASSWORD)


def test_reset_password_with_the_recovery_code(vault: Path, recovery: str) -> None:
    run = admin("reset-password", vault, "--recovery", "--target", ADMIN, stdin=[recovery, NEW_PASSWORD])
    assert run.code == 0, run.err
    assert role_of(vault, ADMIN, NEW_PASSWORD) is Role.BEHEERDER
    assert refuses(vault, ADMIN, ADMIN_PASSWORD)


def test_deactivated_member_can_no_longer_open_the_vault(vault: Path) -> None:
    run = admin("deactivate", vault, "--user", ADMIN, "--target", "fleur", stdin=[ADMIN_PASSWORD])
    assert run.code == 0, run.err
    assert keyslots.load(vault).generation == 2
    assert keyslots.load(vault).user_slot("fleur") is None
    # fleur (privacy officer) may check a vault, so exit 2 here means she cannot get in.
    run = admin("check", vault, "--user", "fleur", stdin=[STAFF_PASSWORD])
    assert run.code == 2
    assert_dutch_error(run.error)
    assert "toestemming" not in run.error
    assert role_of(vault, ADMIN, ADMIN_PASSWORD) is Role.BEHEERDER


# --- demo ----------------------------------------------------------------------------

DEMO_ACCOUNT = re.compile(r"^\s+(\S+)\s+.+?\s+wachtwoord: (\S+)$", re.MULTILINE)


DEMO_PROGRESS = re.compile(r"^Demoklanten: [\d.]+ van [\d.]+$")


def test_demo_vault_has_every_role_and_its_printed_accounts_sign_in(vault_folder: Path) -> None:
    run = admin("demo", vault_folder)
    assert run.code == 0, run.err
    assert all(DEMO_PROGRESS.match(line) for line in run.err_lines), run.err_lines
    accounts = DEMO_ACCOUNT.findall(run.out)
    roles = [role_of(vault_folder, user, password) for user, password in accounts]
    assert sorted(roles) == sorted(Role)


def test_demo_with_clients_makes_that_many_dossiers(vault_folder: Path) -> None:
    run = admin("demo", vault_folder, "--clients", "25")
    assert run.code == 0, run.err
    assert run.err_lines == ["Demoklanten: 25 van 25"]
    assert "met 25 fictieve klanten" in run.out
    user, password = DEMO_ACCOUNT.findall(run.out)[0]
    with signed_in(vault_folder, user, password) as workspace:
        page = clients.find(workspace, ClientListQuery(""))
        assert page.total == 25
        assert [row.client_number for row in page.rows[:1]] != [""]
        assert clients.open_dossier(workspace, page.rows[0].id).name


def test_demo_default_and_none(tmp_path: Path) -> None:
    run = admin("demo", tmp_path / "standaard")
    assert run.code == 0, run.err
    assert f"met {demo.DEMO_CLIENTS} fictieve klanten" in run.out
    run = admin("demo", tmp_path / "leeg", "--clients", "0")
    assert run.code == 0 and run.err_lines == []
    assert "met 0 fictieve klanten" in run.out


@pytest.mark.parametrize("count", ["-1", "1000001"])
def test_demo_with_an_impossible_number_of_clients_is_refused(vault_folder: Path, count: str) -> None:
    run = admin("demo", vault_folder, "--clients", count)
    assert run.code == 2
    assert_dutch_error(run.error)
    assert "--clients" in run.error
    assert not vault_folder.exists()
