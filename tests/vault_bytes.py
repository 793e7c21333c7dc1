"""Reads a vault's files byte by byte, decrypting the SQLCipher 4 pages here, to prove what is (not) in them.

The vault opens with a raw key (`x'<hex of the master key>'`,
`storage.database.raw_key_literal`), so the AES-256 key of every page IS the
32-byte master key (docs/vault-format.md §5). A page is 4096 bytes; its last
80 are reserved: a 16-byte IV, then a 64-byte HMAC-SHA512. Page 1 starts with
the database's 16-byte salt in plain text and its encrypted part is bytes
16..4016; every other page is encrypted from byte 0 to 4016. AES-256-CBC,
no padding. The write-ahead log is a 32-byte header, then frames of a 24-byte
header (page number first, big-endian) and one page encrypted the same way.

Nothing here uses SQLite: stale WAL frames, free pages and overwritten cells
are searched as they lie on disk. The HMAC is not checked (the tests look
for text, not for damage).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def decrypt_page(page: bytes, page_number: int, master_key: bytes) -> bytes:
    """The plaintext of one encrypted page (without salt and reserve)."""
    start = SALT_SIZE if page_number == 1 else 0
    body = page[start : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
    decryptor = Cipher(algorithms.AES(master_key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def plaintext_pages(db_path: Path, master_key: bytes) -> Iterator[bytes]:
    """Every page of `vault.db`, decrypted, in file order."""
    data = db_path.read_bytes()
    for index in range(len(data) // PAGE_SIZE):
        yield decrypt_page(data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE], index + 1, master_key)


def wal_plaintext_frames(wal_path: Path, master_key: bytes) -> Iterator[bytes]:
    """Every page in the frames of `vault.db-wal`, decrypted — stale frames of earlier log
    generations included, since they are still on disk."""
    if not wal_path.exists():
        return
    data = wal_path.read_bytes()
    frame_size = WAL_FRAME_HEADER + PAGE_SIZE
    offset = WAL_HEADER
    while offset + frame_size <= len(data):
        page_number = int.from_bytes(data[offset : offset + 4], "big")
        page = data[offset + WAL_FRAME_HEADER : offset + frame_size]
        yield decrypt_page(page, page_number, master_key)
        offset += frame_size


def needles(marker: str) -> dict[str, bytes]:
    """The byte forms a marker may take: UTF-8 and UTF-16-LE, as typed and case-folded
    (the search index holds folded words)."""
    forms = {}
    for name, text in (("", marker), ("casefolded ", marker.casefold())):
        forms[f"{name}utf-8"] = text.encode("utf-8")
        forms[f"{name}utf-16-le"] = text.encode("utf-16-le")
    return forms


def _hits(where: str, data: bytes, marker: str) -> list[str]:
    folded = data.lower()  # ASCII case only: enough for the markers, which are ASCII
    return [
        f"{where} ({form})"
        for form, needle in needles(marker).items()
        if needle in data or needle.lower() in folded
    ]


def find_marker(folder: Path, master_key: bytes, marker: str) -> list[str]:
    """Where `marker` stands in `vault.db` or `vault.db-wal` of the vault in `folder`: in the raw
    (encrypted) bytes, in decrypted pages, in decrypted log frames. Empty when nowhere."""
    db_path = folder / "vault.db"
    wal_path = folder / "vault.db-wal"
    found: list[str] = []
    for path in (db_path, wal_path):
        if path.exists():
            found += _hits(f"{path.name} raw", path.read_bytes(), marker)
    for number, page in enumerate(plaintext_pages(db_path, master_key), start=1):
        found += _hits(f"vault.db page {number}", page, marker)
    for number, page in enumerate(wal_plaintext_frames(wal_path, master_key), start=1):
        found += _hits(f"vault.db-wal frame {number}", page, marker)
    return found
