"""The generated form modules are exactly what pyside6-uic makes of ui/*.ui."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if found is None:
        pytest.fail("pyside6-uic not found next to the Python that runs the tests")
    return found


@pytest.mark.parametrize("form", FORMS, ids=[f.stem for f in FORMS])
def test_generated_form_is_up_to_date(form: Path, tmp_path: Path) -> None:
    committed = ROOT / "calqi_desktop" / "gui" / "forms" / f"ui_{form.stem}.py"
    assert committed.exists(), f"run: pyside6-uic {form} -o {committed}"
    fresh = tmp_path / committed.name
    subprocess.run([uic(), str(form), "-o", str(fresh)], check=True, capture_output=True, timeout=60)
    assert fresh.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        f"{committed.name} is out of date: run pyside6-uic {form.relative_to(ROOT)} -o {committed.relative_to(ROOT)}"
    )


def test_forms_exist() -> None:
    assert FORMS, "no .ui forms found"
