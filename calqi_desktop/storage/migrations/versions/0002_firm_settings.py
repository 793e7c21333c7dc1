"""Firm settings: details for the letterhead, logo, idle lock and clipboard times.

One row (id 1). An existing vault gets its row from `vault_info.firm_name`;
a new vault's row is written by `Vault.create` (its `vault_info` row does not
exist yet while the migrations run).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "firm_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("firm_name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=7), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("kvk_number", sa.String(length=8), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_mime_type", sa.String(length=20), nullable=True),
        sa.Column("idle_lock_minutes", sa.Integer(), nullable=False),
        sa.Column("clipboard_clear_seconds", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_firm_settings_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_firm_settings")),
    )
    op.execute(
        "INSERT INTO firm_settings (id, firm_name, address, postcode, city, kvk_number, email, phone, "
        "logo, logo_mime_type, idle_lock_minutes, clipboard_clear_seconds, updated_at) "
        "SELECT 1, firm_name, '', '', '', '', '', '', NULL, NULL, 10, 20, created_at "
        "FROM vault_info WHERE id = 1"
    )


def downgrade() -> None:
    op.drop_table("firm_settings")
