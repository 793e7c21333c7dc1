"""SQLAlchemy models of the vault's tables.

Tables grow with each feature; every change comes with an Alembic migration in
`storage/migrations/versions/`. A naming convention keeps constraint names
stable for batch migrations on SQLite.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class VaultInfo(Base):
    """One row: the vault's identity and the firm it belongs to."""

    __tablename__ = "vault_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    vault_id: Mapped[str] = mapped_column(String(32), unique=True)
    firm_name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class StaffUser(Base):
    """A staff member who can sign in. Never deleted: deactivated, so the audit trail keeps its actor."""

    __tablename__ = "staff_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_name: Mapped[str] = mapped_column(String(40))
    user_name_key: Mapped[str] = mapped_column(String(40), unique=True)  # case-folded
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    slot_id: Mapped[str | None] = mapped_column(String(16), unique=True)
    created_at: Mapped[datetime]
    deactivated_at: Mapped[datetime | None]


class KeyslotRecord(Base):
    """The public half of each keyslot, kept inside the encrypted vault.

    A key rotation wraps the new master key only to public keys listed here, so
    a public key swapped in the (unencrypted) keyslot file is never trusted.
    """

    __tablename__ = "keyslot_record"

    slot_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]


class AuditEvent(Base):
    """One link of the hash-chained audit trail. Append-only (enforced by triggers)."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    occurred_at: Mapped[str] = mapped_column(String(32), index=True)  # ISO 8601 UTC
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"), index=True)
    action: Mapped[str] = mapped_column(String(60), index=True)
    client_id: Mapped[int | None] = mapped_column(Integer, index=True)
    target_user_id: Mapped[int | None] = mapped_column(Integer)
    on_request_of: Mapped[str | None] = mapped_column(String(60))
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON: ids and field names only
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class FirmSettings(Base):
    """One row (id 1): the firm's details for the letterhead and its work rules.

    Written only through `services.settings`; `vault_info.firm_name` is kept
    in step with `firm_name`.
    """

    __tablename__ = "firm_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    firm_name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(200), default="")  # street and house number
    postcode: Mapped[str] = mapped_column(String(7), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    kvk_number: Mapped[str] = mapped_column(String(8), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_mime_type: Mapped[str | None] = mapped_column(String(20))
    idle_lock_minutes: Mapped[int] = mapped_column(Integer, default=10)
    clipboard_clear_seconds: Mapped[int] = mapped_column(Integer, default=20)
    updated_at: Mapped[datetime]
