"""SQLAlchemy models of the vault's tables.

Tables grow with each feature; every change comes with an Alembic migration in
`storage/migrations/versions/`. A naming convention keeps constraint names
stable for batch migrations on SQLite.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Text
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
    document_max_mb: Mapped[int] = mapped_column(Integer, default=25)
    updated_at: Mapped[datetime]


# --- client dossiers (migration 0003) --------------------------------------------------


class Client(Base):
    """A client dossier: a person or an organisation.

    The special fields (bsn, birth_date, birth_place) may only hold a value
    while a `LegalBasisRecord` for their category exists (checked by the
    service). `version` goes up with every save, so a save from a stale form
    is refused instead of overwriting a newer change.
    """

    __tablename__ = "client"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_number: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="active")
    ended_on: Mapped[date | None]
    restricted: Mapped[bool] = mapped_column(default=False)
    restriction_reason: Mapped[str] = mapped_column(Text, default="")
    initials: Mapped[str] = mapped_column(String(40), default="")
    first_names: Mapped[str] = mapped_column(String(200), default="")
    tussenvoegsel: Mapped[str] = mapped_column(String(40), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    gender: Mapped[str] = mapped_column(String(10), default="unknown")
    function: Mapped[str] = mapped_column(String(200), default="")
    organisation_name: Mapped[str] = mapped_column(String(200), default="")
    kvk_number: Mapped[str] = mapped_column(String(8), default="")
    rsin: Mapped[str] = mapped_column(String(9), default="")
    btw_id: Mapped[str] = mapped_column(String(14), default="")
    bsn: Mapped[str | None] = mapped_column(String(9), index=True)  # special; found only by exact match
    birth_date: Mapped[date | None]  # special
    birth_place: Mapped[str] = mapped_column(String(100), default="")  # special
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        CheckConstraint("kind IN ('person', 'organisation')", name="kind"),
        CheckConstraint("status IN ('active', 'ended', 'anonymised')", name="status"),
    )


class ClientAddress(Base):
    __tablename__ = "client_address"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default="home")
    street: Mapped[str] = mapped_column(String(200), default="")
    house_number: Mapped[str] = mapped_column(String(10), default="")
    addition: Mapped[str] = mapped_column(String(10), default="")
    postcode: Mapped[str] = mapped_column(String(12), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")


class ClientEmail(Base):
    __tablename__ = "client_email"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(254))
    label: Mapped[str] = mapped_column(String(40), default="")


class ClientPhone(Base):
    __tablename__ = "client_phone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    number: Mapped[str] = mapped_column(String(30))
    label: Mapped[str] = mapped_column(String(40), default="")


class BankAccount(Base):
    """Special data (category bank-accounts)."""

    __tablename__ = "bank_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    iban: Mapped[str] = mapped_column(String(34))
    holder: Mapped[str] = mapped_column(String(200), default="")


class Child(Base):
    """Special data (category children)."""

    __tablename__ = "child"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    first_names: Mapped[str] = mapped_column(String(200), default="")
    last_name: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[date | None]


class LegalBasisRecord(Base):
    """The basis on which one special category of one client is stored, who recorded it and when.

    A new basis for the same category ends the previous one (`ended_at`), so
    the history of bases stays readable.
    """

    __tablename__ = "legal_basis"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    basis: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    recorded_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class ClientDocument(Base):
    """A document of a client; its bytes sit in `DocumentContent`, so lists never load them."""

    __tablename__ = "client_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(200), default="")
    added_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    added_at: Mapped[datetime]


class DocumentContent(Base):
    __tablename__ = "document_content"

    document_id: Mapped[int] = mapped_column(
        ForeignKey("client_document.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


class FieldChangeRecord(Base):
    """Field-level history of a dossier (who, when, field, reason). Purged with the client on erasure.

    Values are kept for ordinary fields only; a change to special data records
    that it changed, not what it was or became.
    """

    __tablename__ = "field_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[datetime]
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(30))
    reason_note: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[int | None] = mapped_column(Integer)


class ClientSearchRow(Base):
    """What the dossier list shows and sorts by, one row per client; kept by `storage.search`.

    `words` holds the folded search words between spaces (' jan vries 3511nk '),
    so a prefix test is `instr(words, ' jan')`. The BSN is not in here.
    """

    __tablename__ = "client_search"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    restricted: Mapped[bool] = mapped_column(default=False)
    client_number: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(400))  # as shown: 'Vries, J.A. de'
    name_key: Mapped[str] = mapped_column(String(400))
    postcode: Mapped[str] = mapped_column(String(12), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    city_key: Mapped[str] = mapped_column(String(100), default="")
    words: Mapped[str] = mapped_column(Text)

    __table_args__ = (
        # Covering index for browsing and for common words: read in name order, filter, stop at a page.
        Index("ix_client_search_scan", "name_key", "client_id", "kind", "status", "words"),
        Index("ix_client_search_number", "client_number"),
        Index("ix_client_search_postcode", "postcode", "name_key"),
        Index("ix_client_search_city", "city_key", "name_key"),
    )


class ClientSearchWord(Base):
    """One search word of one client: the index that finds rare words without reading every row."""

    __tablename__ = "client_search_word"

    word: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    __table_args__ = ({"sqlite_with_rowid": False},)
