"""The PyInstaller build (build.spec) works on a machine without Python.

Builds `calqi-desktop` (one folder, two programs) into a temporary folder, then
runs the frozen programs with a clean environment -- nothing from the virtualenv,
no PYTHONPATH, no CALQI_* -- so a module, data file or Qt plugin that is only
found through the development set-up makes the test fail.

Slow (about a minute on 2 cores, several on a slow machine). Run it alone with

    pytest tests/test_frozen_build.py -q -s      # -s shows build time and size
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILD_TIMEOUT = 1800  # seconds; a cold build on a small CI machine can take several minutes
RUN_TIMEOUT = 300
SMOKE_STEPS = {"create_vault", "write_record", "read_record", "render_pdf", "qt_offscreen"}

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.slow,
    pytest.mark.timeout(BUILD_TIMEOUT + 4 * RUN_TIMEOUT),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[dev]')",
    ),
]


@dataclass(frozen=True)
class Build:
    folder: Path  # dist/calqi-desktop
    home: Path  # a HOME for the frozen programs

    def program(self, name: str) -> Path:
        return self.folder / f"{name}{EXE_SUFFIX}"


def _clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a user's session might have, and nothing from this virtualenv."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    if sys.platform == "win32":  # Windows cannot start a process without these
        env |= {key: os.environ[key] for key in ("SYSTEMROOT", "TEMP", "TMP") if key in os.environ}
    return env | extra


def _size(path: Path) -> int:
    if path.is_symlink() or path.is_file():
        return path.lstat().st_size
    return sum(_size(child) for child in path.iterdir())


def _mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def _tail(text: str, lines: int = 60) -> str:
    return "\n".join(text.splitlines()[-lines:])


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Build]:
    base = tmp_path_factory.mktemp("frozen")
    dist, work = base / "dist", base / "work"
    env = {key: value for key, value in os.environ.items() if not key.startswith("CALQI_")}
    # Keep --clean away from the user's own PyInstaller cache.
    env["PYINSTALLER_CONFIG_DIR"] = str(base / "pyinstaller-config")
    start = time.monotonic()
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=base,  # not the repository: the spec must find its files from SPECPATH
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    seconds = time.monotonic() - start
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, f"pyinstaller failed ({completed.returncode}):\n{_tail(output)}"
    folder = dist / "calqi-desktop"
    internal = folder / "_internal"
    parts = sorted(((_size(p), p.name) for p in internal.iterdir()), reverse=True)[:8]
    qt = internal / "PySide6" / "Qt"
    print(
        f"\nfrozen build: {seconds:.0f} s, {folder} is {_mib(_size(folder))}"
        + (f" (Qt libraries and plugins {_mib(_size(qt))})" if qt.is_dir() else "")
        + "\n  biggest parts of _internal: "
        + ", ".join(f"{name} {_mib(size)}" for size, name in parts),
        flush=True,
    )
    home = base / "home"
    home.mkdir()
    yield Build(folder=folder, home=home)


def test_gui_program_passes_its_smoke_test(build: Build, tmp_path: Path) -> None:
    report_path = tmp_path / "report.json"
    completed = _run(
        build, "calqi-desktop", tmp_path, "--smoke-test", str(report_path), QT_QPA_PLATFORM="offscreen"
    )
    report = json.loads(report_path.read_text(encoding="utf-8")) if report_path.exists() else None
    detail = f"exit {completed.returncode}\nreport: {report}\n{_tail(completed.stdout + completed.stderr)}"
    assert completed.returncode == 0, detail
    assert report is not None, detail
    assert report["ok"] is True, detail
    assert report["frozen"] is True, detail
    assert set(report["steps"]) == SMOKE_STEPS, detail
    assert all(step["ok"] is True for step in report["steps"].values()), detail
    assert report["steps"]["qt_offscreen"]["platform"] == "offscreen", detail
    print(f"\nfrozen smoke test: {json.dumps(report['steps'])}", flush=True)


def _admin(build: Build, cwd: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    return _run(build, "calqi-admin", cwd, *args, **extra_env)


def _run(
    build: Build, program: str, cwd: Path, *args: str, **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """Run a frozen program with a clean environment (nothing of the venv)."""
    return subprocess.run(
        [str(build.program(program)), *args],
        cwd=cwd,
        env=_clean_env(build.home, **extra_env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=RUN_TIMEOUT,
        check=False,
    )


def test_admin_program_reports_its_version(build: Build, tmp_path: Path) -> None:
    from calqi_desktop import __version__

    completed = _admin(build, tmp_path, "--version")
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == f"calqi-admin {__version__}"


def test_admin_program_creates_a_demo_vault(build: Build, tmp_path: Path) -> None:
    from calqi_desktop.storage.vault import is_vault

    folder = tmp_path / "demo-kluis"
    completed = _admin(build, tmp_path, "demo", str(folder), CALQI_TEST_ONLY_WEAK_KDF="1")
    assert completed.returncode == 0, f"{completed.stdout}\n{completed.stderr}"
    assert is_vault(folder), completed.stdout
