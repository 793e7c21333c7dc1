"""Startup time: from starting `calqi-desktop --vault PATH` to its sign-in window on screen.

Creates a vault with `calqi-admin create` in a temporary folder (or uses the
one given with --vault), then starts the program once to warm the disk cache
(not counted) and --rounds times more, each with CALQI_EXIT_WHEN_SHOWN=1: the
program then quits with exit code 0 as soon as its first window, the sign-in
window, has been shown and painted. The figure is the wall-clock time from
spawning the process to its exit, so it includes the interpreter, imports,
Qt start-up, fonts and translations, and tear-down.

Every run gets its own empty CALQI_HOME, so settings and recent vaults of the
person running the benchmark are not read or changed. QT_QPA_PLATFORM is
`offscreen` unless --platform says otherwise (e.g. `xcb` on a desktop).

Figures go to standard output, one per line as `name value unit`:

  startup_to_sign_in_ms_median 612.3 ms
  startup_to_sign_in_ms_min 598.0 ms
  startup_to_sign_in_ms_max 640.9 ms

The set-up (machine, program, vault) goes to standard error.

Usage: python benchmarks/bench_startup.py [--rounds 5] [--platform offscreen]
       [--vault PATH] [--program dist/calqi-desktop/calqi-desktop]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "rustige-ochtend-met-sterke-koffie"
RUN_TIMEOUT = 120  # seconds; a start that takes longer is a failure, not a figure


class BenchmarkError(Exception):
    """Something that makes the figures meaningless; the message says what."""


def program_command(explicit: str | None, name: str, module: str) -> list[str]:
    """The console script next to this Python (the virtualenv's), else `python -m module`."""
    if explicit:
        return [explicit]
    script = shutil.which(name, path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", module]


def create_vault(folder: Path, admin: list[str], env: dict[str, str]) -> None:
    """A vault with one beheerder, made the way an administrator makes one."""
    completed = subprocess.run(
        [
            *admin,
            "create",
            str(folder),
            "--firm",
            "Benchmark B.V.",
            "--admin",
            "meting",
            "--recovery-sheet",
            str(folder.parent / "herstelblad.pdf"),
        ],
        input=f"{PASSWORD}\n{PASSWORD}\n",  # read one per line when stdin is not a terminal
        capture_output=True,
        text=True,
        env=env,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    if completed.returncode != 0:
        raise BenchmarkError(
            f"calqi-admin create failed ({completed.returncode}): {completed.stderr.strip()}"
        )


def time_start(command: list[str], env: dict[str, str], home: Path) -> float:
    """Seconds from spawn to exit of one start; raises if the program does not exit cleanly."""
    home.mkdir(parents=True)
    start = time.perf_counter()
    try:
        completed = subprocess.run(
            command,
            env={**env, "CALQI_HOME": str(home)},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchmarkError(
            f"{command[0]} did not exit within {RUN_TIMEOUT} s; does it honour CALQI_EXIT_WHEN_SHOWN=1?"
        ) from exc
    seconds = time.perf_counter() - start
    if completed.returncode != 0:
        tail = "\n".join((completed.stdout + completed.stderr).strip().splitlines()[-15:])
        raise BenchmarkError(f"{' '.join(command)} exited with {completed.returncode}:\n{tail}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed starts after one warm-up (default 5)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for the program")
    parser.add_argument("--vault", type=Path, help="use this vault instead of creating one")
    parser.add_argument("--program", help="the calqi-desktop to start (default: the one of this Python)")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")

    env = {key: value for key, value in os.environ.items() if not key.startswith("CALQI_")}
    desktop = program_command(args.program, "calqi-desktop", "calqi_desktop")
    admin = program_command(None, "calqi-admin", "calqi_desktop.admin_cli")
    try:
        with tempfile.TemporaryDirectory(prefix="calqi-bench-startup-") as temp:
            if args.vault is not None:
                folder = args.vault.resolve()
            else:
                folder = Path(temp) / "kluis"
                create_vault(folder, admin, {**env, "CALQI_HOME": str(Path(temp) / "admin-home")})
            command = [*desktop, "--vault", str(folder)]
            run_env = {**env, "CALQI_EXIT_WHEN_SHOWN": "1", "QT_QPA_PLATFORM": args.platform}
            print(
                f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
                f"platform {args.platform}; {args.rounds} rounds after 1 warm-up\n"
                f"program: {' '.join(command)}",
                file=sys.stderr,
                flush=True,
            )
            warm_up = time_start(command, run_env, Path(temp) / "home-0")
            print(f"warm-up: {warm_up * 1000:.1f} ms", file=sys.stderr, flush=True)
            times = [
                time_start(command, run_env, Path(temp) / f"home-{n}") for n in range(1, args.rounds + 1)
            ]
    except BenchmarkError as error:
        print(f"bench_startup: {error}", file=sys.stderr)
        return 1
    for name, value in (
        ("median", statistics.median(times)),
        ("min", min(times)),
        ("max", max(times)),
    ):
        print(f"startup_to_sign_in_ms_{name} {value * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
