"""Alembic migrations of the vault schema (applied at unlock, after a backup)."""
