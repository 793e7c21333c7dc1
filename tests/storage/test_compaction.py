"""Checkpoint and vacuum of an open vault (storage/compaction.py), and the page reader that proves them.

The reader in tests/vault_bytes.py decrypts pages itself. Known plaintext
shows it works: a name written into a fresh vault is found in the log frames
before a checkpoint and in the database pages after one, never in the raw
(encrypted) bytes. A deleted row still stands in the files until `compact`
has run, and no longer afterwards.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from vault_bytes import find_marker, plaintext_pages, wal_plaintext_frames

from calqi_desktop.domain.clients import AddressDraft, ClientDraft, EmailDraft
from calqi_desktop.domain.errors import ErasureFailedError
from calqi_desktop.services import clients
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import compaction, database

MARKER = "Kwikstaartje"


def add_marked_client(workspace: Workspace, marker: str = MARKER) -> int:
    return clients.create_client(
        workspace,
        ClientDraft(
            initials="K",
            last_name=marker,
            addresses=(
                AddressDraft(street=f"{marker}laan", house_number="3", postcode="3511nk", city="Utrecht"),
            ),
            emails=(EmailDraft(f"{marker.lower()}@example.nl"),),
        ),
    )


def places(found: list[str]) -> set[str]:
    """'vault.db page 12 (utf-8)' → 'vault.db page'; 'vault.db raw (utf-8)' → 'vault.db raw'."""
    return {" ".join(hit.split(" ")[:2]) for hit in found}


def test_page_one_decrypts_to_a_sqlite_header(workspace: Workspace) -> None:
    vault = workspace.vault
    compaction.compact(vault)
    first = next(plaintext_pages(vault.db_path, vault.master_key()))
    # Header bytes 16..20 of a SQLite file: page size 4096, WAL read/write versions, 80 reserved bytes.
    assert first[:5] == bytes([0x10, 0x00, 0x02, 0x02, 80])
    wrong_key = bytes(32)
    assert next(plaintext_pages(vault.db_path, wrong_key))[:5] != first[:5]


def test_a_new_name_is_found_in_the_log_then_in_the_database_never_in_raw_bytes(workspace: Workspace) -> None:
    vault = workspace.vault
    key = vault.master_key()
    compaction.compact(vault)  # start from an empty log
    assert find_marker(vault.folder, key, MARKER) == []

    add_marked_client(workspace)
    found = places(find_marker(vault.folder, key, MARKER))
    assert found == {"vault.db-wal frame"}, found  # committed, not yet checkpointed

    compaction.prepare(vault)  # wal_checkpoint(TRUNCATE)
    assert compaction.wal_path(vault.db_path).stat().st_size == 0
    assert list(wal_plaintext_frames(compaction.wal_path(vault.db_path), key)) == []
    found = places(find_marker(vault.folder, key, MARKER))
    assert found == {"vault.db page"}, found
    # Folded as the search index holds it, and as typed in the name.
    hits = find_marker(vault.folder, key, MARKER)
    assert any("(casefolded utf-8)" in hit for hit in hits)
    assert any(hit.endswith("(utf-8)") for hit in hits)


def test_a_deleted_client_lingers_until_compact_removes_every_trace(workspace: Workspace) -> None:
    vault = workspace.vault
    key = vault.master_key()
    client_id = add_marked_client(workspace)
    keep_id = add_marked_client(workspace, "Boomklever")
    compaction.prepare(vault)
    with workspace.transaction() as session:
        session.execute(text("DELETE FROM client WHERE id = :id"), {"id": client_id})
    assert find_marker(vault.folder, key, MARKER), "the old pages are still in vault.db before a checkpoint"

    result = compaction.compact(vault)

    assert find_marker(vault.folder, key, MARKER) == []
    assert places(find_marker(vault.folder, key, "Boomklever")) == {"vault.db page"}
    assert result.bytes_after == compaction.vault_file_bytes(vault.db_path) == vault.db_path.stat().st_size
    assert result.bytes_before > result.bytes_after
    with workspace.transaction() as session:  # the vault still works, with the other client intact
        assert session.execute(text("SELECT id FROM client")).scalars().all() == [keep_id]


def test_compact_leaves_no_free_pages_and_shrinks_the_file(workspace: Workspace) -> None:
    vault = workspace.vault
    with workspace.transaction() as session:
        session.execute(text("CREATE TABLE scratch (data BLOB)"))
        session.execute(text("INSERT INTO scratch VALUES (randomblob(400000))"))
    with workspace.transaction() as session:
        session.execute(text("DROP TABLE scratch"))
    compaction.prepare(vault)
    size_with_free_pages = vault.db_path.stat().st_size
    with workspace.transaction() as session:
        assert session.execute(text("PRAGMA freelist_count")).scalar_one() > 90

    compaction.compact(vault)

    with workspace.transaction() as session:
        assert session.execute(text("PRAGMA freelist_count")).scalar_one() == 0
    assert vault.db_path.stat().st_size < size_with_free_pages - 350_000


def test_a_reader_holding_the_log_makes_the_checkpoint_fail_plainly(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault = workspace.vault
    add_marked_client(workspace)  # frames in the log
    short_wait = tuple(
        "PRAGMA busy_timeout = 100" if p.startswith("PRAGMA busy_timeout") else p
        for p in database.CONNECTION_PRAGMAS
    )
    monkeypatch.setattr(database, "CONNECTION_PRAGMAS", short_wait)
    reader = database.open_raw(vault.db_path, vault.master_key())
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM client").fetchone() == (1,)
        with pytest.raises(ErasureFailedError):
            compaction.prepare(vault)
        with pytest.raises(ErasureFailedError):
            compaction.compact(vault)
        reader.execute("ROLLBACK")
    finally:
        reader.close()
    assert compaction.compact(vault).bytes_after == vault.db_path.stat().st_size


def test_secure_delete_is_required(workspace: Workspace) -> None:
    vault = workspace.vault
    connection = database.open_raw(vault.db_path, vault.master_key())
    try:
        compaction.require_secure_delete(connection)  # as every vault connection has it
        connection.execute("PRAGMA secure_delete = OFF")
        with pytest.raises(ErasureFailedError):
            compaction.require_secure_delete(connection)
    finally:
        connection.close()


def test_vault_file_bytes_counts_the_log(tmp_path: Path) -> None:
    db_path = tmp_path / "vault.db"
    assert compaction.vault_file_bytes(db_path) == 0
    db_path.write_bytes(b"x" * 10)
    compaction.wal_path(db_path).write_bytes(b"y" * 5)
    assert compaction.vault_file_bytes(db_path) == 15
