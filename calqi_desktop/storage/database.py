"""The SQLCipher database: engine, connection settings, checks, error mapping.

The database is opened with the raw 256-bit master key (`x'…'`), so SQLCipher
skips its own KDF. Every connection gets the same PRAGMAs (DESIGN.md §3):
WAL, synchronous=FULL, foreign_keys=ON, secure_delete=ON, and temp_store=MEMORY
so that sorting and temporary tables never reach an unencrypted temp file; a
page cache large enough for the search tables.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from calqi_desktop.domain.errors import (
    CalqiError,
    DiskFullError,
    ReadOnlyError,
    VaultDamagedError,
    VaultInUseError,
)

DB_FILE = "vault.db"
BUSY_TIMEOUT_MS = 5000
#: Page cache per connection, in KiB. Decrypting a page costs more than reading it, so the
#: search tables (about 30 MB at 100,000 dossiers) should stay in it: the slowest search
#: prefix went from 73 to 26 ms with 32 MB instead of SQLCipher's 8 MB (benchmarks/run.py).
#: Filled only as pages are read.
CACHE_KIB = 32_000

# cipher_memory_security stays OFF (SQLCipher's default since 4.5.0): it zeroes and locks every
# allocation SQLCipher makes, process-wide, which made inserts 5–10× and reads 1.6× slower
# here (import of 10,000 clients 15.3 s instead of 4.9 s; 1.77× plain SQLite instead of
# 1.11×, against a budget of 1.3×). SQLCipher zeroes its key material either way, and the
# same client data sit in Python objects that no PRAGMA wipes; the defence against memory
# reaching the disk is encrypted swap/hibernation on the workstation (docs/vault-format.md §5.3).
CONNECTION_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)

# SQLite primary result codes (sqlite3.h).
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY = 3, 5, 6, 8
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 10, 11, 13, 14, 26


def raw_key_literal(master_key: bytes) -> str:
    """The SQLCipher raw-key form: x'<64 hex digits>'."""
    return f"x'{master_key.hex()}'"


def silence_sqlcipher_log() -> None:
    """SQLCipher writes its own errors to stderr; our error mapping says it better."""
    connection = sqlcipher3.connect(":memory:")
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
    finally:
        connection.close()


def create_vault_engine(db_path: Path, master_key: bytes) -> Engine:
    """One engine per unlocked vault. A small queue pool, chosen on purpose
    (DESIGN.md §8): each connection is used by one thread at a time."""
    url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(master_key), database=str(db_path))
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=False,
        hide_parameters=True,  # an unexpected database error never carries client data into a log
        connect_args={"check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for pragma in CONNECTION_PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    return engine


def open_raw(db_path: Path, master_key: bytes) -> sqlcipher3.Connection:
    """A plain DB-API connection with the key and PRAGMAs set (for checks and rekey)."""
    connection = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        connection.execute(f'PRAGMA key = "{raw_key_literal(master_key)}"')
        for pragma in CONNECTION_PRAGMAS:
            connection.execute(pragma)
    except BaseException:
        connection.close()
        raise
    return connection


def key_opens(db_path: Path, master_key: bytes) -> bool:
    """True when `master_key` decrypts the database header; raises on other errors."""
    connection = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
    try:
        connection.execute(f'PRAGMA key = "{raw_key_literal(master_key)}"')
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError as exc:
        if primary_code(exc) == SQLITE_NOTADB:
            return False
        raise translate(exc) from exc
    finally:
        connection.close()


@dataclass(frozen=True)
class IntegrityReport:
    """What `integrity_check` and `cipher_integrity_check` said."""

    integrity_problems: list[str]
    cipher_problems: list[str]

    @property
    def sound(self) -> bool:
        return not self.integrity_problems and not self.cipher_problems

    def describe_nl(self) -> str:
        if self.sound:
            return "De database is in orde (integrity_check en cipher_integrity_check zonder fouten)."
        lines = []
        if self.cipher_problems:
            lines.append(f"Versleuteling: {len(self.cipher_problems)} beschadigde pagina('s):")
            lines += [f"  - {_cipher_problem_nl(p)}" for p in self.cipher_problems[:20]]
        if self.integrity_problems:
            lines.append(f"Databasestructuur: {len(self.integrity_problems)} fout(en):")
            lines += [f"  - {p}" for p in self.integrity_problems[:20]]
        return "\n".join(lines)


def _cipher_problem_nl(problem: str) -> str:
    """'HMAC verification failed for page 9' → 'pagina 9: echtheidscontrole (HMAC) mislukt'."""
    match = re.search(r"HMAC verification failed for page (\d+)", problem)
    if match:
        return f"pagina {match.group(1)}: echtheidscontrole (HMAC) mislukt"
    return problem


def check_integrity(connection: sqlcipher3.Connection) -> IntegrityReport:
    """Run both checks and read *all* rows of each (DESIGN.md §8)."""
    cipher = [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check").fetchall()]
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        integrity = [str(row[0]) for row in rows if str(row[0]) != "ok"]
    except sqlcipher3.DatabaseError as exc:
        integrity = [f"integrity_check kon niet worden voltooid: {exc}"]
    return IntegrityReport(integrity, cipher)


def damage_summary(db_path: Path, master_key: bytes) -> str:
    """Where a database that the right key cannot read is damaged, in a few words."""
    try:
        connection = sqlcipher3.connect(str(db_path), check_same_thread=False, isolation_level=None)
        try:
            connection.execute(f'PRAGMA key = "{raw_key_literal(master_key)}"')
            rows = [str(r[0]) for r in connection.execute("PRAGMA cipher_integrity_check").fetchall()]
        finally:
            connection.close()
    except sqlcipher3.Error:
        return f"{db_path.name}: niet te lezen"
    pages = [r.rsplit(" ", 1)[-1] for r in rows if "page" in r]
    if not rows:
        return f"{db_path.name}: structuurfout"
    shown = ", ".join(pages[:10]) + (" …" if len(pages) > 10 else "")
    return (
        f"{db_path.name}: {len(rows)} beschadigde pagina('s): {shown}"
        if pages
        else f"{db_path.name}: {rows[0]}"
    )


def primary_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def translate(exc: BaseException) -> CalqiError | BaseException:
    """The user error a database error stands for (or the error itself)."""
    original = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    code = primary_code(original)
    if code in (SQLITE_NOTADB, SQLITE_CORRUPT):
        return VaultDamagedError()
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return VaultInUseError()
    if code == SQLITE_FULL:
        return DiskFullError()
    if code in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
        return ReadOnlyError()
    return exc


@contextlib.contextmanager
def database_errors() -> Iterator[None]:
    """Turn known SQLite failures into `CalqiError`s at the storage boundary."""
    try:
        yield
    except (sqlcipher3.Error, DBAPIError) as exc:
        mapped = translate(exc)
        if mapped is exc:
            raise
        raise mapped from exc
