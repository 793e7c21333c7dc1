"""Bring the translation files up to date with the texts in the code and the forms.

    .venv/bin/python scripts/update_translations.py           # update .ts and .qm in resources/translations
    .venv/bin/python scripts/update_translations.py --check   # change nothing; exit 1 when out of date

Steps:

1. `pyside6-lupdate -no-obsolete -locations none` reads every module of
   calqi_desktop/ that imports PySide6 (except the generated gui/forms/ui_*.py)
   and every Designer form ui/*.ui, into resources/translations/calqi_nl.ts and
   calqi_en.ts. Existing translations are kept; texts no longer in the code
   are dropped. The forms are read from the .ui files, not from their
   generated modules: the .ui is what people edit, lupdate reads it natively
   (honouring notr="true" and comments), and both give the same context (the
   form's class name) and texts, so reading both would only double the work.
   No source locations are stored, so moving code does not change the .ts
   files (no churn, no merge conflicts); Qt Linguist still shows each text
   with its context.
2. Dutch is the source language: every entry of calqi_nl.ts gets its source
   text as the finished translation (then lupdate runs once more over it so
   the file keeps lupdate's own layout).
3. `pyside6-lrelease` compiles both into calqi_nl.qm and calqi_en.qm, which
   the program loads (gui/translations.py) and build.spec bundles.

English translations are filled in with Qt Linguist (`.venv/bin/pyside6-linguist
resources/translations/calqi_en.ts`) or by editing the .ts; run this script
again afterwards to compile them. It reports how many English entries are
still unfinished.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "nl_NL"
#: language code in the file name -> the Qt language of the catalogue
LANGUAGES = {"nl": "nl_NL", "en": "en_GB"}


def tool(name: str) -> str:
    """A Qt tool from the virtualenv that runs this script (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(
        f"pyside6-{name}"
    )
    if found is None:
        raise SystemExit(f"update_translations: pyside6-{name} not found; run scripts/setup.sh")
    return found


def imports_pyside(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "PySide6" for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "PySide6":
            return True
    return False


def sources(root: Path = ROOT) -> list[str]:
    """What lupdate reads, relative to `root`: Qt-using modules (not gui/forms/) and ui/*.ui."""
    package = root / "calqi_desktop"
    modules = [
        path
        for path in sorted(package.rglob("*.py"))
        if "forms" not in path.relative_to(package).parts and imports_pyside(path)
    ]
    forms = sorted((root / "ui").glob("*.ui"))
    return [str(path.relative_to(root)) for path in [*modules, *forms]]


def catalogue(folder: Path, language: str) -> Path:
    return folder / f"calqi_{language}.ts"


def lupdate(ts: Path, language: str, root: Path = ROOT) -> str:
    """Merge the texts found in the sources into `ts`; returns lupdate's warnings."""
    completed = subprocess.run(
        [
            tool("lupdate"),
            *sources(root),
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            LANGUAGES[language],
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if completed.returncode != 0:
        raise SystemExit(f"lupdate failed for {ts.name}:\n{completed.stdout}{completed.stderr}")
    _set_languages(ts, language)
    noise = ("Updating ", "Found ", "    Found ", "Scanning ")
    lines = (completed.stdout + completed.stderr).splitlines()
    return "\n".join(line for line in lines if line.strip() and not line.startswith(noise))


def _set_languages(ts: Path, language: str) -> None:
    """lupdate sets the languages only on new files; make sure an existing file has them too."""
    text = ts.read_text(encoding="utf-8")
    tree = ET.fromstring(text)  # noqa: S314 (our own .ts files)
    if tree.get("language") == LANGUAGES[language] and tree.get("sourcelanguage") == SOURCE_LANGUAGE:
        return
    head, _, rest = text.partition("<TS ")
    _attributes, _, body = rest.partition(">")
    ts.write_text(
        f'{head}<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="{SOURCE_LANGUAGE}">{body}',
        encoding="utf-8",
    )


def finish_dutch(ts: Path) -> int:
    """Give every entry its (Dutch) source text as finished translation; returns how many changed."""
    tree = ET.parse(ts)  # noqa: S314 (our own .ts files)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source", default="")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            wanted = [source, source]  # Dutch has two plural forms (one, other)
            if [f.text or "" for f in forms] != wanted or translation.get("type"):
                for form in forms:
                    translation.remove(form)
                for text in wanted:
                    ET.SubElement(translation, "numerusform").text = text
                changed += 1
        elif (translation.text or "") != source or translation.get("type"):
            translation.text = source
            changed += 1
        translation.attrib.pop("type", None)
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


@dataclass(frozen=True)
class Counts:
    total: int
    unfinished: int


def counts(ts: Path) -> Counts:
    """How many entries the catalogue has, and how many are unfinished or empty."""
    messages = list(ET.parse(ts).getroot().iter("message"))  # noqa: S314 (our own .ts files)
    unfinished = 0
    for message in messages:
        translation = message.find("translation")
        texts = [] if translation is None else [translation.text or ""] + [f.text or "" for f in translation]
        if (
            translation is None
            or translation.get("type") == "unfinished"
            or not any(t.strip() for t in texts)
        ):
            unfinished += 1
    return Counts(len(messages), unfinished)


def lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    completed = subprocess.run(
        [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if completed.returncode != 0 or not qm.exists():
        raise SystemExit(f"lrelease failed for {ts.name}:\n{completed.stdout}{completed.stderr}")
    return qm


def update(folder: Path = TRANSLATIONS, root: Path = ROOT) -> dict[str, Counts]:
    """The whole update into `folder` (the real one, or a copy for --check and tests)."""
    folder.mkdir(parents=True, exist_ok=True)
    result: dict[str, Counts] = {}
    for language in LANGUAGES:
        ts = catalogue(folder, language)
        warnings = lupdate(ts, language, root)
        if language == "nl" and finish_dutch(ts):
            lupdate(ts, language, root)  # back to lupdate's own layout
        if warnings:
            print(f"lupdate ({ts.name}):\n{warnings}", file=sys.stderr)
        lrelease(ts)
        result[language] = counts(ts)
    return result


def out_of_date(folder: Path = TRANSLATIONS, root: Path = ROOT) -> list[str]:
    """What --check reports: files that an update would change (empty when all is current)."""
    with tempfile.TemporaryDirectory(prefix="calqi-translations-") as temp:
        fresh = Path(temp)
        for language in LANGUAGES:
            ts = catalogue(folder, language)
            if ts.exists():
                shutil.copyfile(ts, catalogue(fresh, language))
        update(fresh, root)
        problems = []
        for language in LANGUAGES:
            for suffix in (".ts", ".qm"):
                name = f"calqi_{language}{suffix}"
                committed = folder / name
                if not committed.exists():
                    problems.append(f"{name} is missing")
                elif not filecmp.cmp(committed, fresh / name, shallow=False):
                    problems.append(f"{name} is out of date")
        return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = out_of_date()
        for problem in problems:
            print(f"update_translations: {problem}", file=sys.stderr)
        if problems:
            print("update_translations: run .venv/bin/python scripts/update_translations.py", file=sys.stderr)
            return 1
        print("translations are up to date")
        return 0
    for language, found in update().items():
        state = "all finished" if not found.unfinished else f"{found.unfinished} unfinished"
        print(f"calqi_{language}.ts: {found.total} texts, {state}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
