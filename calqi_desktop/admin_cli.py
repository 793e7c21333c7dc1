"""`calqi-admin`: vault administration from the command line.

Passwords are never taken from arguments. When standard input is a terminal
they are asked for without echo (new ones twice); otherwise they are read from
standard input, one per line, in the order the command needs them. Errors are
one clear Dutch line on stderr.

Exit codes: 0 done (for `check`: the vault is sound); 1 damage found or a
copy that could not be verified; 2 cannot open (wrong password, missing, in
use) or wrong use of the command.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import re
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn, TextIO

from calqi_desktop import __version__
from calqi_desktop.domain.errors import BackupError, CalqiError, VaultDamagedError
from calqi_desktop.domain.roles import Role
from calqi_desktop.logging_setup import LOG_FILE, configure_logging
from calqi_desktop.paths import log_dir
from calqi_desktop.services import auth, demo, staff, vault_care
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import backup as backup_store
from calqi_desktop.storage.crypto import TEST_KDF_ENVIRONMENT, kdf_from_environment
from calqi_desktop.storage.database import silence_sqlcipher_log

EXIT_OK, EXIT_DAMAGE, EXIT_CANNOT_OPEN = 0, 1, 2
#: A demo vault of a million dossiers is a few GB; more is never what someone meant.
MAX_DEMO_CLIENTS = 1_000_000


class UsageError(Exception):
    """Wrong use of the command; the message is Dutch."""


class Passwords:
    """Reads secrets: a no-echo prompt on a terminal, else one line per secret."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdin
        self.interactive = self.stream.isatty()

    def read(self, prompt: str, *, confirm: bool = False) -> str:
        if self.interactive:
            first = getpass.getpass(f"{prompt}: ")
            if confirm and getpass.getpass(f"{prompt} (nogmaals): ") != first:
                raise UsageError("De twee wachtwoorden zijn niet gelijk. Probeer het opnieuw.")
            return first
        line = self.stream.readline()
        if not line:
            raise UsageError(f"Geen invoer voor '{prompt}' op standaardinvoer (één wachtwoord per regel).")
        return line.rstrip("\r\n")


def dutch_usage_error(message: str) -> str:
    """argparse's English complaint, said in Dutch — without repeating what was typed,
    since a mistyped command line may hold a password."""
    if match := re.match(r"the following arguments are required: (.+)", message):
        return f"verplicht maar niet opgegeven: {match.group(1)}"
    if message.startswith("unrecognized arguments"):
        return "onbekende argumenten (ze worden niet herhaald: er kan een wachtwoord tussen staan)"
    if match := re.match(r"argument (\S+): invalid choice: .*?\(choose from (.+)\)", message):
        what = "opdracht" if match.group(1) == "command" else f"waarde voor {match.group(1)}"
        return f"onbekende {what}; kies uit: {match.group(2).replace(chr(39), '')}"
    if match := re.match(r"argument (\S+): invalid \w+ value", message):
        return f"ongeldige waarde voor {match.group(1)}; geef een geheel getal"
    if match := re.match(r"argument (\S+): expected one argument", message):
        return f"{match.group(1)} verwacht een waarde"
    if match := re.match(r"argument (\S+): not allowed with argument (\S+)", message):
        return f"{match.group(1)} en {match.group(2)} gaan niet samen"
    if match := re.match(r"one of the arguments (.+) is required", message):
        return f"geef een van: {match.group(1)}"
    return "de opdracht is niet volledig of niet juist"


class DutchArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        sys.stderr.write(
            f"calqi-admin: onjuist gebruik: {dutch_usage_error(message)}. Zie 'calqi-admin --help'.\n"
        )
        raise SystemExit(EXIT_CANNOT_OPEN)


def build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="calqi-admin",
        description="Beheer van een Calqi-kluis. Wachtwoorden komen van standaardinvoer, nooit uit argumenten.",
    )
    parser.add_argument("--version", action="version", version=f"calqi-admin {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=DutchArgumentParser)

    p = commands.add_parser("create", help="nieuwe kluis met eerste beheerder; toont de herstelcode één keer")
    p.add_argument("vault", type=Path)
    p.add_argument("--firm", required=True, help="naam van het kantoor")
    p.add_argument("--admin", required=True, help="gebruikersnaam van de eerste beheerder")
    p.add_argument("--recovery-sheet", required=True, type=Path, help="PDF-bestand voor het herstelblad")

    p = commands.add_parser("check", help="integriteit, versleuteling en audittrail controleren")
    p.add_argument("vault", type=Path)
    p.add_argument("--user", required=True)

    p = commands.add_parser("backup", help="gecontroleerde versleutelde back-up maken")
    p.add_argument("vault", type=Path)
    p.add_argument("dest", type=Path)
    p.add_argument("--user", required=True)

    p = commands.add_parser("restore", help="back-up terugzetten")
    p.add_argument("backup", type=Path)
    p.add_argument("vault", type=Path)
    p.add_argument("--force", action="store_true", help="bestaande kluis opzij zetten en vervangen")

    p = commands.add_parser("add-user", help="medewerker toevoegen (leest wachtwoord beheerder, dan nieuw)")
    p.add_argument("vault", type=Path)
    p.add_argument("--user", required=True, help="beheerder die de medewerker toevoegt")
    p.add_argument("--new", required=True, help="gebruikersnaam van de nieuwe medewerker")
    p.add_argument("--role", required=True, help="beheerder, accountant, assistent of privacy-officer")
    p.add_argument("--display-name", default="", help="volledige naam (optioneel)")

    p = commands.add_parser("change-password", help="eigen wachtwoord wijzigen (leest oud, dan nieuw)")
    p.add_argument("vault", type=Path)
    p.add_argument("--user", required=True)

    p = commands.add_parser("reset-password", help="wachtwoord van een medewerker opnieuw instellen")
    p.add_argument("vault", type=Path)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--user", help="beheerder (leest diens wachtwoord)")
    who.add_argument("--recovery", action="store_true", help="met de herstelcode in plaats van een beheerder")
    p.add_argument("--target", required=True, help="medewerker die een nieuw wachtwoord krijgt")

    p = commands.add_parser("deactivate", help="medewerker deactiveren en de hoofdsleutel vervangen")
    p.add_argument("vault", type=Path)
    p.add_argument("--user", required=True, help="beheerder")
    p.add_argument("--target", required=True, help="medewerker die wordt gedeactiveerd")

    p = commands.add_parser("demo", help="demokluis met medewerkers van elke rol")
    p.add_argument("vault", type=Path)
    p.add_argument(
        "--clients",
        type=int,
        default=demo.DEMO_CLIENTS,
        help=f"aantal fictieve klantdossiers (standaard {demo.DEMO_CLIENTS}; 0 voor geen)",
    )
    return parser


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging(console=False)
    silence_sqlcipher_log()
    if kdf_from_environment() is not None:
        sys.stderr.write(
            f"calqi-admin: let op: {TEST_KDF_ENVIRONMENT}=1 — zwakke sleutelafleiding, alleen voor tests.\n"
        )
    handler: Callable[[argparse.Namespace, Passwords], int] = COMMANDS[args.command]
    try:
        return handler(args, Passwords(stdin))
    except (VaultDamagedError, BackupError) as exc:
        _fail(exc.message())
        return EXIT_DAMAGE
    except CalqiError as exc:
        _fail(exc.message())
        return EXIT_CANNOT_OPEN
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_CANNOT_OPEN
    except KeyboardInterrupt:
        _fail("Afgebroken.")
        return EXIT_CANNOT_OPEN
    except Exception:
        logging.getLogger("calqi.admin").exception("unexpected error in %s", args.command)
        _fail(
            f"Onverwachte fout; er is niets half gedaan achtergelaten. Details staan in {log_dir() / LOG_FILE}."
        )
        return EXIT_CANNOT_OPEN


def _fail(message: str) -> None:
    sys.stderr.write(f"calqi-admin: {' '.join(message.split())}\n")


def _sign_in(args: argparse.Namespace, passwords: Passwords, user: str | None = None) -> Workspace:
    user_name = user or args.user
    return auth.sign_in(
        args.vault, user_name, passwords.read(f"Wachtwoord van {user_name}"), kdf=kdf_from_environment()
    )


def cmd_create(args: argparse.Namespace, passwords: Passwords) -> int:
    sheet: Path = args.recovery_sheet
    if sheet.suffix.lower() != ".pdf":
        raise UsageError("Het herstelblad moet een .pdf-bestand zijn.")
    if sheet.exists():
        raise UsageError("Het bestand voor het herstelblad bestaat al; kies een nieuwe naam.")
    password = passwords.read(f"Nieuw wachtwoord voor {args.admin}", confirm=True)
    workspace, code = auth.create_vault(
        args.vault,
        firm_name=args.firm,
        admin_name=args.admin,
        admin_password=password,
        kdf=kdf_from_environment(),
    )
    try:
        vault_care.save_recovery_sheet(workspace, code, sheet, datetime.now(UTC))
    finally:
        workspace.sign_out()
    print(f"Kluis aangemaakt in {args.vault}.")
    print(f"Herstelcode (wordt maar één keer getoond; staat ook op {sheet}):")
    print(f"  {code}")
    print("Bewaar het herstelblad op een veilige plek, los van de computer.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, passwords: Passwords) -> int:
    workspace = _sign_in(args, passwords)
    try:
        result = vault_care.check(workspace)
    finally:
        workspace.sign_out()
    if result.sound:
        print(result.describe_nl())
        return EXIT_OK
    sys.stderr.write(f"calqi-admin: schade gevonden in {args.vault}:\n{result.describe_nl()}\n")
    return EXIT_DAMAGE


def cmd_backup(args: argparse.Namespace, passwords: Passwords) -> int:
    workspace = _sign_in(args, passwords)
    try:
        made = vault_care.backup(workspace, args.dest)
    finally:
        workspace.sign_out()
    print(f"Back-up gemaakt en gecontroleerd: {made}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, passwords: Passwords) -> int:
    moved = backup_store.restore(args.backup, args.vault, force=args.force)
    print(f"Back-up teruggezet in {args.vault}.")
    if moved is not None:
        print(f"De vervangen kluis staat opzij in {moved}.")
    return EXIT_OK


def cmd_add_user(args: argparse.Namespace, passwords: Passwords) -> int:
    role = Role.parse(args.role)
    workspace = _sign_in(args, passwords)
    try:
        password = passwords.read(f"Nieuw wachtwoord voor {args.new}", confirm=True)
        member = staff.add_user(workspace, args.new, role, password, display_name=args.display_name)
    finally:
        workspace.sign_out()
    print(f"Medewerker {member.user_name} toegevoegd als {member.role.label_nl.lower()}.")
    return EXIT_OK


def cmd_change_password(args: argparse.Namespace, passwords: Passwords) -> int:
    old = passwords.read(f"Huidig wachtwoord van {args.user}")
    workspace = auth.sign_in(args.vault, args.user, old, kdf=kdf_from_environment())
    try:
        new = passwords.read("Nieuw wachtwoord", confirm=True)
        staff.change_own_password(workspace, old, new)
    finally:
        workspace.sign_out()
    print("Wachtwoord gewijzigd.")
    return EXIT_OK


def cmd_reset_password(args: argparse.Namespace, passwords: Passwords) -> int:
    if args.recovery:
        code = passwords.read("Herstelcode")
        workspace = auth.sign_in_with_recovery_code(args.vault, code, kdf=kdf_from_environment())
    else:
        workspace = _sign_in(args, passwords)
    try:
        target = staff.find_user_id(workspace, args.target)
        new = passwords.read(f"Nieuw wachtwoord voor {args.target}", confirm=True)
        staff.reset_password(workspace, target, new)
    finally:
        workspace.sign_out()
    print(
        f"Wachtwoord van {args.target} opnieuw ingesteld; bij de volgende aanmelding kiest die een eigen wachtwoord."
    )
    return EXIT_OK


def cmd_deactivate(args: argparse.Namespace, passwords: Passwords) -> int:
    workspace = _sign_in(args, passwords)
    try:
        target = staff.find_user_id(workspace, args.target)
        staff.deactivate(workspace, target, progress=lambda step: print(step, flush=True))
    finally:
        workspace.sign_out()
    print(f"{args.target} is gedeactiveerd; de hoofdsleutel is vervangen.")
    return EXIT_OK


def _count(number: int) -> str:
    """'100.000': a count as Dutch readers write it."""
    return f"{number:,}".replace(",", ".")


def cmd_demo(args: argparse.Namespace, passwords: Passwords) -> int:
    if args.clients < 0:
        raise UsageError("--clients moet 0 of meer zijn.")
    if args.clients > MAX_DEMO_CLIENTS:
        raise UsageError(
            f"Het aantal demoklanten (--clients) mag niet meer dan {_count(MAX_DEMO_CLIENTS)} zijn."
        )
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"Demoklanten: {_count(done)} van {_count(total)}\n")
        sys.stderr.flush()

    workspace, code = demo.create_demo_vault(
        args.vault, kdf=kdf_from_environment(), clients=args.clients, progress=progress
    )
    workspace.sign_out()
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(f"Demokluis aangemaakt in {args.vault} met {_count(args.clients)} fictieve klanten ({seconds} s).")
    print(demo.credentials_text())
    print(f"Herstelcode van de demokluis: {code}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Passwords], int]] = {
    "create": cmd_create,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "add-user": cmd_add_user,
    "change-password": cmd_change_password,
    "reset-password": cmd_reset_password,
    "deactivate": cmd_deactivate,
    "demo": cmd_demo,
}

if __name__ == "__main__":
    raise SystemExit(main())
