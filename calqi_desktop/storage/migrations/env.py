"""Alembic environment: runs on the connection the vault hands over.

There is no alembic.ini and no URL: `calqi_desktop.storage.migrate` passes an
open connection in `config.attributes["connection"]`. FTS5 tables and their
shadow tables are left out of autogenerate (DESIGN.md §8).
"""

from __future__ import annotations

import logging.config  # noqa: F401 - PyInstaller: env.py is loaded from a file, keep its imports visible

from alembic import context

from calqi_desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata

_FTS_SUFFIXES = ("_fts", "_fts_data", "_fts_idx", "_fts_content", "_fts_docsize", "_fts_config")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table" and name is not None:
        return not name.endswith(_FTS_SUFFIXES)
    return True


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Calqi migrations run only on a connection given by the vault")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
