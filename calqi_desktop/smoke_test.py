"""`calqi-desktop --smoke-test REPORT.json`: prove a build works, without a screen.

Creates a vault in a temporary folder (migrations run, so Alembic's env.py
and the models are bundled), writes a record and reads it back after a fresh
unlock, renders a PDF, starts Qt offscreen and builds the sign-in dialog, then
writes a JSON report. Exit 0 when every step passed, 1 otherwise. The report
holds step names, timings and error class names — no data.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from calqi_desktop import __version__

SMOKE_PASSWORD = "rook-test-wachtwoord-2026"


def run_smoke_test(report_path: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    steps: dict[str, dict[str, Any]] = {}
    report: dict[str, Any] = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "steps": steps,
    }
    with tempfile.TemporaryDirectory(prefix="calqi-smoke-") as temp:
        os.environ["CALQI_HOME"] = str(Path(temp) / "home")
        folder = Path(temp) / "kluis"
        context: dict[str, Any] = {}
        for name, step in (
            ("create_vault", _create_vault),
            ("write_record", _write_record),
            ("read_record", _read_record),
            ("render_pdf", _render_pdf),
            ("qt_offscreen", _qt_offscreen),
        ):
            steps[name] = _timed(step, folder, context)
            if not steps[name]["ok"]:
                break
    report["versions"] = _versions()
    report["ok"] = all(s["ok"] for s in steps.values()) and len(steps) == 5
    report_path.parent.mkdir(parents=True, exist_ok=True)
    report_path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0 if report["ok"] else 1


def _timed(
    step: Callable[[Path, dict[str, Any]], dict[str, Any] | None], folder: Path, context: dict[str, Any]
) -> dict[str, Any]:
    start = time.perf_counter()
    try:
        extra = step(folder, context) or {}
        return {"ok": True, "ms": round((time.perf_counter() - start) * 1000, 1), **extra}
    except Exception as exc:  # the report names the failure; the build is broken either way
        return {
            "ok": False,
            "ms": round((time.perf_counter() - start) * 1000, 1),
            "error": type(exc).__name__,
        }


def _create_vault(folder: Path, context: dict[str, Any]) -> dict[str, Any]:
    from calqi_desktop.services import auth
    from calqi_desktop.storage.crypto import TEST_ONLY_KDF
    from calqi_desktop.storage.database import silence_sqlcipher_log
    from calqi_desktop.storage.migrate import head_revision

    silence_sqlcipher_log()
    workspace, _code = auth.create_vault(
        folder,
        firm_name="Rooktest B.V.",
        admin_name="rooktest",
        admin_password=SMOKE_PASSWORD,
        kdf=TEST_ONLY_KDF,
    )
    context["workspace"] = workspace
    return {"schema": head_revision()}


def _write_record(folder: Path, context: dict[str, Any]) -> dict[str, Any]:
    from calqi_desktop.domain.roles import Role
    from calqi_desktop.services import staff

    workspace = context.pop("workspace")
    try:
        staff.add_user(
            workspace, "rookcollega", Role.ASSISTENT, SMOKE_PASSWORD + "!", display_name="Rook Collega"
        )
    finally:
        workspace.sign_out()
    return {}


def _read_record(folder: Path, context: dict[str, Any]) -> dict[str, Any]:
    from calqi_desktop.services import auth, staff
    from calqi_desktop.storage.crypto import TEST_ONLY_KDF

    workspace = auth.sign_in(folder, "rooktest", SMOKE_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        names = [m.display_name for m in staff.list_staff(workspace)]
        if "Rook Collega" not in names:
            raise LookupError("record not read back")
        integrity = workspace.vault.check_integrity()
        chain = workspace.vault.verify_audit_chain()
        if not (integrity.sound and chain.sound):
            raise RuntimeError("vault check failed")
    finally:
        workspace.sign_out()
    return {"audit_events": chain.events_checked}


def _render_pdf(folder: Path, context: dict[str, Any]) -> dict[str, Any]:
    from datetime import UTC, datetime

    from calqi_desktop.domain import recovery_code
    from calqi_desktop.export.recovery_sheet import render_recovery_sheet

    pdf = render_recovery_sheet(
        firm_name="Rooktest B.V.",
        vault_id="0" * 32,
        vault_folder=str(folder),
        recovery_code=recovery_code.generate(),
        created_at=datetime.now(UTC),
    )
    if not pdf.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    return {"bytes": len(pdf)}


def _qt_offscreen(folder: Path, context: dict[str, Any]) -> dict[str, Any]:
    from calqi_desktop.gui.application import make_application
    from calqi_desktop.gui.sign_in_dialog import SignInDialog

    app = make_application([sys.argv[0]])
    dialog = SignInDialog(folder, vault_label="Rooktest")
    image = dialog.grab().toImage()
    dialog.deleteLater()
    app.processEvents()
    if image.isNull() or dialog.ui.user_name_edit.objectName() != "user_name_edit":
        raise RuntimeError("dialog did not render")
    from PySide6.QtGui import QFontDatabase

    if "DejaVu Sans" not in QFontDatabase.families():
        raise RuntimeError("bundled fonts not loaded")
    return {"platform": app.platformName()}


def _versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    try:
        import sqlcipher3

        connection = sqlcipher3.connect(":memory:")
        versions["sqlcipher"] = str(connection.execute("PRAGMA cipher_version").fetchone()[0])
        connection.close()
        import PySide6
        import reportlab
        import sqlalchemy

        versions |= {
            "pyside6": PySide6.__version__,
            "sqlalchemy": sqlalchemy.__version__,
            "reportlab": reportlab.Version,
        }
    except Exception as exc:
        versions["error"] = type(exc).__name__
    return versions
