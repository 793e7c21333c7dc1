"""`calqi-desktop`: start the program, open the demo vault, or run the headless smoke test."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from calqi_desktop import __version__
from calqi_desktop.logging_setup import configure_logging
from calqi_desktop.storage.crypto import kdf_from_environment
from calqi_desktop.storage.database import silence_sqlcipher_log


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="calqi-desktop", description="Calqi Desktop")
    parser.add_argument("--version", action="version", version=f"calqi-desktop {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--vault", type=Path, help="open de kluis in deze map (zonder: de laatst geopende, of een keuze)"
    )
    where.add_argument("--demo", action="store_true", help="open de demokluis (wordt zo nodig aangemaakt)")
    where.add_argument("--smoke-test", type=Path, metavar="REPORT.json", help="zelftest zonder scherm")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.smoke_test is not None:
        from calqi_desktop.smoke_test import run_smoke_test

        return run_smoke_test(args.smoke_test)
    configure_logging(console=False)
    silence_sqlcipher_log()
    kdf = kdf_from_environment()
    from calqi_desktop.gui.application import run
    from calqi_desktop.paths import default_vault_dir, demo_vault_dir

    if args.demo:
        folder = demo_vault_dir()
        hint = _ensure_demo_vault(folder)
        return run(folder, demo_hint=hint, demo_label="Demokluis", kdf=kdf)
    return run(args.vault or _last_vault(default_vault_dir()), kdf=kdf)


def _last_vault(default: Path) -> Path | None:
    """The vault opened last on this workstation, else the default folder if it holds one."""
    from calqi_desktop.gui.local_settings import LocalSettings
    from calqi_desktop.storage.vault import is_vault

    for folder, _label in LocalSettings().recent_vaults():
        if is_vault(folder):
            return folder
    return default if is_vault(default) else None


def _ensure_demo_vault(folder: Path) -> str:
    from calqi_desktop.services import demo
    from calqi_desktop.storage.vault import is_vault

    if not is_vault(folder):
        if sys.stdout:
            print(f"Demokluis wordt aangemaakt in {folder} …", flush=True)
        workspace, _code = demo.create_demo_vault(folder, kdf=kdf_from_environment())
        workspace.sign_out()
    text = demo.credentials_text()
    if sys.stdout:
        print(text, flush=True)
    return (
        f"Demo: gebruiker 'beheerder' (of accountant, assistent, privacy), wachtwoord '{demo.DEMO_PASSWORD}'."
    )


if __name__ == "__main__":
    raise SystemExit(main())
