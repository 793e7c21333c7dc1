"""The committed translations match the code, Dutch is complete, and the English catalogue works.

Only the Dutch catalogue must be complete (Dutch is the source language);
English entries may be unfinished while screens are being written —
scripts/update_translations.py reports how many.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from calqi_desktop.gui.translations import install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PACKAGE = ROOT / "calqi_desktop"
UPDATE = "run: .venv/bin/python scripts/update_translations.py"

Key = tuple[str, str, str]  # context, source, comment


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script()


def messages(ts: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            key = (name, message.findtext("source", default=""), message.findtext("comment", default=""))
            found[key] = message
    return found


def translation_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    texts = translation_texts(message)
    return translation is not None and translation.get("type") is None and bool(texts) and all(texts)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_catalogue_holds_exactly_the_texts_in_the_code(
    script: ModuleType, language: str, tmp_path: Path
) -> None:
    committed = TRANSLATIONS / f"calqi_{language}.ts"
    assert committed.exists(), UPDATE
    fresh = tmp_path / committed.name
    script.lupdate(fresh, language)
    now, then = set(messages(fresh)), set(messages(committed))
    new = sorted(f"{c}: {s!r}" for c, s, _ in now - then)[:20]
    gone = sorted(f"{c}: {s!r}" for c, s, _ in then - now)[:20]
    assert not new and not gone, f"{committed.name} is out of date ({UPDATE}).\nnew: {new}\ngone: {gone}"


def test_catalogues_name_their_languages() -> None:
    for language, qt_language in (("nl", "nl_NL"), ("en", "en_GB")):
        root = ET.parse(TRANSLATIONS / f"calqi_{language}.ts").getroot()
        assert (root.get("sourcelanguage"), root.get("language")) == ("nl_NL", qt_language)


def test_dutch_catalogue_is_complete() -> None:
    unfinished = [
        f"{context}: {source!r}"
        for (context, source, _), message in messages(TRANSLATIONS / "calqi_nl.ts").items()
        if not is_finished(message) or any(text != source for text in translation_texts(message))
    ]
    assert unfinished == [], f"{UPDATE} (Dutch entries must equal their source): {unfinished[:20]}"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_compiled_catalogue_is_what_lrelease_makes(script: ModuleType, language: str, tmp_path: Path) -> None:
    ts = tmp_path / f"calqi_{language}.ts"
    shutil.copyfile(TRANSLATIONS / ts.name, ts)
    fresh = script.lrelease(ts)
    committed = TRANSLATIONS / fresh.name
    assert committed.exists(), UPDATE
    assert committed.read_bytes() == fresh.read_bytes(), f"{committed.name} is out of date; {UPDATE}"


PLACEHOLDER = re.compile(r"%L?\d+|%n")


def accelerators(text: str) -> int:
    """How many `&x` accelerators a text has (`&&` is a literal ampersand)."""
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def test_english_translations_keep_placeholders_and_accelerators() -> None:
    wrong = []
    for (context, source, _), message in messages(TRANSLATIONS / "calqi_en.ts").items():
        if not is_finished(message):
            continue
        for text in translation_texts(message):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if accelerators(text) != accelerators(source):
                wrong.append(f"{context}: {source!r} -> {text!r} (& accelerator)")
    assert wrong == []


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    remove_translators(qapp)


def test_english_catalogue_translates_a_known_text() -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "calqi_en.qm"))
    assert translator.translate("AboutDialog", "Sneltoetsen") == "Keyboard shortcuts"


def test_install_translators_switches_language_and_replaces_earlier_ones(app: QApplication) -> None:
    installed = install_translators(app, "en")
    assert len(installed) == 2  # calqi_en and qtbase_en
    assert QCoreApplication.translate("AboutDialog", "Sneltoetsen") == "Keyboard shortcuts"
    assert QCoreApplication.translate("shortcuts", "Vergrendelen") == "Lock"
    install_translators(app, "nl")
    assert QCoreApplication.translate("AboutDialog", "Sneltoetsen") == "Sneltoetsen"
    # Qt's own texts in Dutch come from qtbase_nl
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    with pytest.raises(ValueError, match="unknown language"):
        install_translators(app, "fr")


# --- lupdate can only see literal texts -----------------------------------------------------

APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _noop_contexts(tree: ast.AST) -> set[str]:
    """Contexts in which a module marks texts with QT_TRANSLATE_NOOP(context, "…")."""
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and isinstance(node.args[0], ast.Constant)
        and all(_is_text(arg) for arg in node.args)
    }


def untranslatable_calls(source: str, name: str) -> list[str]:
    """tr()/translate() calls in `source` whose text lupdate cannot read."""
    tree = ast.parse(source, filename=name)
    marked = _noop_contexts(tree)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        where = f"{name}:{node.lineno}"
        if (isinstance(func, ast.Attribute) and func.attr == "tr") or (
            isinstance(func, ast.Name) and func.id == "tr"
        ):
            if not node.args or not all(_is_text(arg) for arg in node.args[:2]):
                found.append(f"{where}: tr() needs a literal text; mark others with QT_TRANSLATE_NOOP")
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in APPLICATIONS
        ):
            context = node.args[0] if node.args else None
            text = node.args[1] if len(node.args) > 1 else None
            if not isinstance(context, ast.Constant) or not isinstance(context.value, str):
                found.append(f"{where}: translate() needs a literal context")
            elif text is None or not (_is_text(text) or context.value in marked):
                found.append(
                    f"{where}: translate({context.value!r}, …) of a text not marked with QT_TRANSLATE_NOOP"
                )
    return found


def test_every_translated_text_is_visible_to_lupdate() -> None:
    problems = [
        problem
        for path in sorted(PACKAGE.rglob("*.py"))
        if "forms" not in path.relative_to(PACKAGE).parts
        for problem in untranslatable_calls(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    ]
    assert problems == []


def test_the_literal_check_tells_variables_from_marked_texts() -> None:
    source = (
        "A = QT_TRANSLATE_NOOP('marked', 'Tekst')\n"
        "def f(self, text):\n"
        "    self.tr('Goed')\n"
        "    QCoreApplication.translate('marked', text)\n"
        "    QCoreApplication.translate('elders', 'Goed')\n"
        "    self.tr(text)\n"
        "    self.tr(f'{text}')\n"
        "    QCoreApplication.translate('elders', text)\n"
        "    ''.translate(text)\n"
    )
    problems = untranslatable_calls(source, "probe.py")
    assert [p.split(":")[1] for p in problems] == ["6", "7", "8"], problems
