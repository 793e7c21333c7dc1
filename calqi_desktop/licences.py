"""The libraries Calqi Desktop uses and ships, and the licences under which it ships them.

One list for the About dialog (Help > Licenties), for `tests/test_licences.py`
(which checks it against the installed distributions' metadata) and for
`build.spec` (which copies these distributions' metadata into the frozen build,
so versions can be read there too). No Qt here.

Each licence text the program must carry lies under `resources/licences/`
(README.txt there says where each came from). A library that is a C library
compiled into a Python wheel (SQLCipher and SQLite in sqlcipher3, OpenSSL in
cryptography) names that wheel as its distribution and is marked `bundled`:
the wheel's metadata describes the wrapper, not the library, and the version
shown is the library's own, asked from the library itself.
"""

from __future__ import annotations

import importlib.metadata
import platform
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from calqi_desktop.paths import resource_path

LGPL3 = ("licences/LGPL-3.0.txt", "licences/GPL-3.0.txt")
APACHE2 = "licences/cryptography/LICENSE.APACHE"  # the Apache License 2.0 text, verbatim


def sqlcipher_version() -> str:
    """SQLCipher's version ("4.6.1 community"), from an empty in-memory database; "" if unknown."""
    try:
        import sqlcipher3

        connection = sqlcipher3.connect(":memory:")
        try:
            row = connection.execute("PRAGMA cipher_version").fetchone()
        finally:
            connection.close()
    except Exception:  # an About box must not fail over a version number
        return ""
    return str(row[0]) if row and row[0] else ""


def sqlite_version() -> str:
    """The SQLite version compiled into sqlcipher3."""
    try:
        import sqlcipher3
    except ImportError:
        return ""
    return str(sqlcipher3.sqlite_version)


def openssl_version() -> str:
    """The version of the OpenSSL that cryptography carries ("3.3.2" of "OpenSSL 3.3.2 3 Sep 2024")."""
    try:
        from cryptography.hazmat.backends.openssl.backend import backend
    except ImportError:
        return ""
    words = str(backend.openssl_version_text()).split()
    return words[1] if len(words) > 1 and words[0] == "OpenSSL" else " ".join(words)


@dataclass(frozen=True)
class Library:
    """A library that the program ships, and the licence under which it does."""

    name: str  # as shown to the user
    distribution: str  # the Python distribution that ships it; "" when it is not one
    licence: str  # SPDX expression: the licence(s) under which we use it
    homepage: str
    notice_files: tuple[str, ...]  # below resources/; shown in this order
    bundled: bool = False  # a C library compiled into `distribution` (see module docstring)
    #: Asks the library itself for its version (bundled libraries, Python); else the metadata's.
    version_probe: Callable[[], str] | None = field(default=None, compare=False, repr=False)

    def version(self) -> str:
        """The version installed here; "" when it cannot be found (e.g. no metadata in a frozen build)."""
        if self.version_probe is not None:
            return self.version_probe()
        if self.bundled or not self.distribution:
            return ""
        try:
            return importlib.metadata.version(self.distribution)
        except importlib.metadata.PackageNotFoundError:
            return ""

    def notice_paths(self) -> tuple[Path, ...]:
        return tuple(resource_path(*name.split("/")) for name in self.notice_files)

    def notice_text(self) -> str:
        """The licence texts, one after another; a missing file is named instead of its text."""
        parts = []
        for name, path in zip(self.notice_files, self.notice_paths(), strict=True):
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = f"[{name}: not found]"
            parts.append(f"==== {name.removeprefix('licences/')} ====\n\n{text.rstrip()}\n")
        return "\n\n".join(parts)


LIBRARIES: tuple[Library, ...] = (
    Library("Alembic", "alembic", "MIT", "https://alembic.sqlalchemy.org", ("licences/alembic/LICENSE",)),
    Library(
        "argon2-cffi",
        "argon2-cffi",
        "MIT",
        "https://github.com/hynek/argon2-cffi",
        ("licences/argon2-cffi/LICENSE",),
    ),
    Library(
        "argon2-cffi-bindings",
        "argon2-cffi-bindings",
        "MIT",
        "https://github.com/hynek/argon2-cffi-bindings",
        ("licences/argon2-cffi-bindings/LICENSE",),
    ),
    # The Argon2 reference implementation (phc-winner-argon2), compiled into the bindings.
    Library(
        "Argon2",
        "argon2-cffi-bindings",
        "CC0-1.0 OR Apache-2.0",
        "https://github.com/P-H-C/phc-winner-argon2",
        (APACHE2,),
        bundled=True,
    ),
    Library("Babel", "babel", "BSD-3-Clause", "https://babel.pocoo.org", ("licences/babel/LICENSE",)),
    Library("cffi", "cffi", "MIT-0", "https://cffi.readthedocs.io", ("licences/cffi/LICENSE",)),
    Library(
        "charset-normalizer",
        "charset-normalizer",
        "MIT",
        "https://github.com/jawah/charset_normalizer",
        ("licences/charset-normalizer/LICENSE",),
    ),
    Library(
        "cryptography",
        "cryptography",
        "Apache-2.0 OR BSD-3-Clause",
        "https://cryptography.io",
        (
            "licences/cryptography/LICENSE",
            "licences/cryptography/LICENSE.APACHE",
            "licences/cryptography/LICENSE.BSD",
        ),
    ),
    Library(
        "DejaVu Fonts",
        "",
        "Bitstream-Vera",
        "https://dejavu-fonts.github.io",
        ("fonts/DejaVu-LICENSE.txt",),
    ),
    Library("Mako", "Mako", "MIT", "https://www.makotemplates.org", ("licences/Mako/LICENSE",)),
    Library(
        "MarkupSafe",
        "MarkupSafe",
        "BSD-3-Clause",
        "https://markupsafe.palletsprojects.com",
        ("licences/MarkupSafe/LICENSE.txt",),
    ),
    # Compiled into cryptography (and, as another copy, into sqlcipher3).
    Library(
        "OpenSSL",
        "cryptography",
        "Apache-2.0",
        "https://www.openssl.org",
        (APACHE2,),
        bundled=True,
        version_probe=openssl_version,
    ),
    Library(
        "phonenumbers",
        "phonenumbers",
        "Apache-2.0",
        "https://github.com/daviddrysdale/python-phonenumbers",
        ("licences/phonenumbers/LICENSE",),
    ),
    Library(
        "openpyxl",
        "openpyxl",
        "MIT",
        "https://foss.heptapod.net/openpyxl/openpyxl",
        ("licences/openpyxl/LICENCE.rst",),
    ),
    Library(
        "et-xmlfile",
        "et-xmlfile",
        "MIT",
        "https://foss.heptapod.net/openpyxl/et_xmlfile",
        ("licences/et-xmlfile/LICENCE.rst",),
    ),
    Library("pypdf", "pypdf", "BSD-3-Clause", "https://pypdf.readthedocs.io", ("licences/pypdf/LICENSE",)),
    Library("Pillow", "pillow", "MIT-CMU", "https://python-pillow.org", ("licences/pillow/LICENSE",)),
    Library(
        "platformdirs",
        "platformdirs",
        "MIT",
        "https://github.com/tox-dev/platformdirs",
        ("licences/platformdirs/LICENSE",),
    ),
    Library("PySide6 (Qt for Python)", "PySide6", "LGPL-3.0-only", "https://pyside.org", LGPL3),
    Library(
        "Python",
        "",
        "PSF-2.0",
        "https://www.python.org",
        ("licences/Python/LICENSE.txt",),
        version_probe=platform.python_version,
    ),
    Library(
        "python-stdnum",
        "python-stdnum",
        "LGPL-2.1-or-later",
        "https://arthurdejong.org/python-stdnum/",
        ("licences/python-stdnum/COPYING",),
    ),
    # The Qt libraries themselves are in the PySide6_Essentials wheel, at Qt's version.
    Library("Qt", "PySide6_Essentials", "LGPL-3.0-only", "https://www.qt.io", LGPL3),
    Library(
        "ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com", ("licences/reportlab/LICENSE",)
    ),
    Library("Shiboken6", "shiboken6", "LGPL-3.0-only", "https://pyside.org", LGPL3),
    Library(
        "SQLAlchemy",
        "SQLAlchemy",
        "MIT",
        "https://www.sqlalchemy.org",
        ("licences/SQLAlchemy/LICENSE", "licences/SQLAlchemy/AUTHORS"),
    ),
    Library(
        "SQLCipher",
        "sqlcipher3",
        "BSD-3-Clause",
        "https://www.zetetic.net/sqlcipher/",
        ("licences/SQLCipher/LICENSE.md",),
        bundled=True,
        version_probe=sqlcipher_version,
    ),
    Library(
        "sqlcipher3",
        "sqlcipher3",
        "Zlib",
        "https://github.com/coleifer/sqlcipher3",
        ("licences/sqlcipher3/LICENSE",),
    ),
    Library(
        "SQLite",
        "sqlcipher3",
        "blessing",
        "https://www.sqlite.org",
        ("licences/SQLite/blessing.txt",),
        bundled=True,
        version_probe=sqlite_version,
    ),
    Library(
        "typing_extensions",
        "typing_extensions",
        "PSF-2.0",
        "https://github.com/python/typing_extensions",
        ("licences/typing_extensions/LICENSE",),
    ),
    Library(
        "zxcvbn",
        "zxcvbn",
        "MIT",
        "https://github.com/dwolfhub/zxcvbn-python",
        ("licences/zxcvbn/LICENSE.txt",),
    ),
)


def distributions() -> tuple[str, ...]:
    """The Python distributions behind `LIBRARIES`, each once (for build.spec's copy_metadata)."""
    return tuple(dict.fromkeys(lib.distribution for lib in LIBRARIES if lib.distribution))
