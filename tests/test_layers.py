"""Imports point down the layers (DESIGN.md §2); Qt widgets only under gui/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "calqi_desktop"

#: What each layer may not import.
FORBIDDEN = {
    "domain": (
        "calqi_desktop.storage",
        "calqi_desktop.services",
        "calqi_desktop.export",
        "calqi_desktop.gui",
        "PySide6",
        "sqlalchemy",
        "alembic",
    ),
    "storage": ("calqi_desktop.services", "calqi_desktop.export", "calqi_desktop.gui", "PySide6"),
    "export": (
        "calqi_desktop.storage",
        "calqi_desktop.services",
        "calqi_desktop.gui",
        "PySide6",
        "sqlalchemy",
    ),
    "services": ("calqi_desktop.gui", "PySide6"),
}


def imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_point_down(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imports_of(path):
            if name.startswith(FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_qt_widgets_only_under_gui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        and any(name.startswith("PySide6.QtWidgets") for name in imports_of(path))
    ]
    assert offenders == []


def test_every_module_has_a_docstring() -> None:
    missing = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "forms" not in path.parts
        and path.name != "__init__.py"
        or path.parent.name in ("domain", "storage", "services", "export", "gui")
        if path.stat().st_size and ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
