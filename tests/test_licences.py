"""The list of shipped libraries matches what is installed, and each licence text is there and right."""

from __future__ import annotations

import importlib.metadata
import re

import pytest

from calqi_desktop.licences import LIBRARIES, Library
from calqi_desktop.paths import resource_dir

IDS = [lib.name for lib in LIBRARIES]
PYTHON_PACKAGES = [lib for lib in LIBRARIES if lib.distribution and not lib.bundled]

#: Trove classifier (after "License :: ") -> the SPDX ids it can stand for.
CLASSIFIERS = {
    "OSI Approved :: MIT License": {"MIT"},
    "OSI Approved :: MIT No Attribution License (MIT-0)": {"MIT-0"},
    "OSI Approved :: BSD License": {"BSD-2-Clause", "BSD-3-Clause"},
    "OSI Approved :: Apache Software License": {"Apache-2.0"},
    "OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)": {
        "LGPL-2.0-or-later",
        "LGPL-2.1-or-later",
    },
    "OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)": {"LGPL-3.0-only", "LGPL-3.0-or-later"},
    "OSI Approved :: Python Software Foundation License": {"PSF-2.0"},
    "OSI Approved :: zlib/libpng License": {"Zlib"},
}

#: A free-text License field (not an SPDX expression) -> the SPDX ids it can stand for.
FREE_TEXT = {
    "bsd": {"BSD-2-Clause", "BSD-3-Clause"},
    "lgpl": {"LGPL-2.0-or-later", "LGPL-2.1-or-later", "LGPL-2.1-only", "LGPL-3.0-only", "LGPL-3.0-or-later"},
}

#: A phrase every text of that licence contains (compared with runs of white space made one space).
HALLMARKS = {
    "MIT": "Permission is hereby granted, free of charge",
    "MIT-0": "MIT No Attribution",
    "MIT-CMU": "Permission to use, copy, modify and distribute this software",
    "BSD-3-Clause": "to endorse or promote products derived from this software",
    "Apache-2.0": "Apache License Version 2.0",
    "LGPL-3.0-only": "GNU LESSER GENERAL PUBLIC LICENSE Version 3",
    "LGPL-2.1-or-later": "GNU LESSER GENERAL PUBLIC LICENSE Version 2.1",
    "PSF-2.0": "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2",
    "Zlib": "Altered source versions must be plainly marked",
    "blessing": "May you do good and not evil",
    "Bitstream-Vera": "Bitstream Vera",
}

SPDX_EXPRESSION = re.compile(r"^\(?[A-Za-z0-9.+-]+( (OR|AND) [A-Za-z0-9.+-]+)*\)?$")


def alternatives(expression: str) -> set[str]:
    """The licences one may choose from in an SPDX expression ("A OR B" -> {A, B}; "A AND B" stays whole)."""
    expression = expression.strip().removeprefix("(").removesuffix(")")
    return {part.strip() for part in expression.split(" OR ")}


def agrees(ours: str, theirs: set[str]) -> bool:
    """Our licence is one the distribution offers (or, for a choice, at least one of ours is)."""
    return ours in theirs or bool(alternatives(ours) & theirs)


def declared(metadata: importlib.metadata.PackageMetadata) -> list[tuple[str, set[str]]]:
    """What a distribution's metadata says about its licence: (where, SPDX ids it allows)."""
    found: list[tuple[str, set[str]]] = []
    if expression := metadata.get("License-Expression"):
        found.append((f"License-Expression {expression!r}", alternatives(expression) | {expression}))
    if (text := (metadata.get("License") or "").strip()) and text.upper() != "UNKNOWN":
        if SPDX_EXPRESSION.match(text) and text.lower() not in FREE_TEXT:
            found.append((f"License {text!r}", alternatives(text) | {text}))
        else:
            words = set(re.findall(r"[a-z]+", text.lower()))
            ids = set().union(*(ids for word, ids in FREE_TEXT.items() if word in words))
            found.append((f"License {text[:60]!r}", ids))
    for classifier in metadata.get_all("Classifier") or []:
        if classifier.startswith("License :: "):
            found.append((classifier, CLASSIFIERS.get(classifier.removeprefix("License :: "), set())))
    return found


@pytest.mark.parametrize("library", LIBRARIES, ids=IDS)
def test_distribution_is_installed_and_has_a_version(library: Library) -> None:
    if library.distribution:
        assert importlib.metadata.version(library.distribution), library.distribution
    if library.version_probe is not None or (library.distribution and not library.bundled):
        assert library.version(), f"no version found for {library.name}"


@pytest.mark.parametrize("library", LIBRARIES, ids=IDS)
def test_notice_files_exist_and_hold_the_stated_licence(library: Library) -> None:
    assert library.notice_files, f"{library.name} has no licence text"
    for path in library.notice_paths():
        assert path.is_file(), f"missing {path.relative_to(resource_dir())}"
    text = " ".join(" ".join(path.read_text(encoding="utf-8").split()) for path in library.notice_paths())
    licences = alternatives(library.licence)
    assert any(HALLMARKS[licence] in text for licence in licences if licence in HALLMARKS), (
        f"the licence text of {library.name} does not look like {library.licence}"
    )


@pytest.mark.parametrize("library", PYTHON_PACKAGES, ids=[lib.name for lib in PYTHON_PACKAGES])
def test_stated_licence_matches_the_metadata(library: Library) -> None:
    metadata = importlib.metadata.metadata(library.distribution)
    for where, allowed in declared(metadata):
        assert allowed, f"{library.distribution}: cannot read {where}; extend the table in this test"
        assert agrees(library.licence, allowed), f"{library.name}: we say {library.licence}, {where}"


@pytest.mark.parametrize("library", PYTHON_PACKAGES, ids=[lib.name for lib in PYTHON_PACKAGES])
def test_copied_licence_files_equal_the_installed_ones(library: Library) -> None:
    dist = importlib.metadata.distribution(library.distribution)
    for name in library.notice_files:
        folder, _, file_name = name.removeprefix("licences/").partition("/")
        if folder != library.distribution:
            continue  # a shared text (LGPL-3.0.txt …), not a copy of this wheel's file
        installed = [f for f in dist.files or [] if f.name == file_name and "dist-info" in str(f)]
        assert installed, f"{library.distribution} no longer ships {file_name}"
        source = installed[0].locate()
        copy = resource_dir() / name
        assert copy.read_bytes() == source.read_bytes(), f"out of date: cp {source} {copy}"


def test_every_licence_file_is_listed() -> None:
    listed = {path.resolve() for lib in LIBRARIES for path in lib.notice_paths()}
    present = {p.resolve() for p in (resource_dir() / "licences").rglob("*") if p.is_file()}
    unlisted = sorted(str(p.relative_to(resource_dir())) for p in present - listed if p.name != "README.txt")
    assert unlisted == []
