"""Run the vault's Alembic migrations programmatically.

`pending(connection)` tells whether the schema is behind; `upgrade(connection)`
brings it to the newest revision. The caller (the vault) makes the backup
first. A vault whose revision this program does not know was made by a newer
version and is refused rather than touched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from calqi_desktop.domain.errors import VaultTooNewError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def pending(connection: Connection) -> bool:
    """True when the vault's schema is older than this program's; refuse a newer one."""
    current = current_revision(connection)
    if current is None:
        return True
    script = ScriptDirectory.from_config(_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise VaultTooNewError()
    return current != head_revision()


def upgrade(connection: Connection) -> None:
    command.upgrade(_config(connection), "head")
