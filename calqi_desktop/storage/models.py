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
        Index("ix_client_search_status", "status"),  # the dashboard leaves anonymised clients out
    )


class ClientSearchWord(Base):
    """One search word of one client: the index that finds rare words without reading every row."""

    __tablename__ = "client_search_word"

    word: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    __table_args__ = ({"sqlite_with_rowid": False},)


# --- consent, statement versions, authorisations, disclosures (revision 0004) -------------------


class ConsentPurposeRow(Base):
    """A purpose consent is asked for. Built-in purposes (from the statement) have a `code`."""

    __tablename__ = "consent_purpose"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label_nl: Mapped[str] = mapped_column(String(200), unique=True)
    label_en: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    needs_recipient: Mapped[bool] = mapped_column(default=False)
    explicit: Mapped[bool] = mapped_column(default=False)
    ends_service: Mapped[bool] = mapped_column(default=False)
    covers_special_data: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


class PrivacyStatementVersionRow(Base):
    """One version of the firm's privacy statement: text and/or PDF, and the day it takes effect."""

    __tablename__ = "privacy_statement_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[str] = mapped_column(String(40), unique=True)
    effective_on: Mapped[date] = mapped_column(index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    pdf_name: Mapped[str] = mapped_column(String(255), default="")
    added_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    added_at: Mapped[datetime]


class ConsentRow(Base):
    """A client's consent for one purpose (and recipient): its current state, kept with each event.

    `recipient_key` is the folded recipient name (empty when the purpose names
    none), so one consent exists per client, purpose and recipient.
    `renew_due_on` is the subject's 16th birthday while the consent stands on a
    guardian's word; the dashboard lists it from that day until it is renewed.
    """

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    purpose_id: Mapped[int] = mapped_column(ForeignKey("consent_purpose.id"))
    recipient: Mapped[str] = mapped_column(String(200), default="")
    recipient_key: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20))
    given_at: Mapped[datetime | None]
    withdrawn_at: Mapped[datetime | None]
    statement_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("privacy_statement_version.id"), index=True
    )
    via_guardian: Mapped[bool] = mapped_column(default=False)
    renew_due_on: Mapped[date | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("uq_consent_client_purpose_recipient", "client_id", "purpose_id", "recipient_key", unique=True),
        Index("ix_consent_renewal", "status", "renew_due_on"),
        CheckConstraint("status IN ('given', 'withdrawn')", name="status"),
    )


class ConsentEventRow(Base):
    """One event of a consent's history: given or withdrawn. Append-only.

    A trigger refuses any change to what happened (kind, moments, who, how,
    statement version, the guardian's relation, the decisions); only the
    free text (note, guardian's name) and the links (guardian's dossier,
    evidence) can be blanked, which erasure (AVG art. 17) needs.
    `decisions` (JSON) records, for a withdrawal of special-data consent, per
    category: erased, or kept under which basis — never a value.
    """

    __tablename__ = "consent_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime]
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    method: Mapped[str] = mapped_column(String(20))
    statement_version_id: Mapped[int | None] = mapped_column(ForeignKey("privacy_statement_version.id"))
    evidence_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("client_document.id", ondelete="SET NULL"),
        index=True,  # revision 0005
    )
    note: Mapped[str] = mapped_column(Text, default="")
    guardian_client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id", ondelete="SET NULL"))
    guardian_name: Mapped[str] = mapped_column(String(200), default="")
    guardian_relation: Mapped[str] = mapped_column(String(20), default="")
    decisions: Mapped[str] = mapped_column(Text, default="{}")

    __table_args__ = (CheckConstraint("kind IN ('given', 'withdrawn')", name="kind"),)


class StatementNotice(Base):
    """A client to inform of a statement version, and the mark once informed."""

    __tablename__ = "statement_notice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("privacy_statement_version.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    listed_at: Mapped[datetime]
    informed_at: Mapped[datetime | None]
    informed_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    channel: Mapped[str | None] = mapped_column(String(20))

    __table_args__ = (
        Index("uq_statement_notice_version_client", "version_id", "client_id", unique=True),
        Index("ix_statement_notice_open", "informed_at", "version_id"),
    )


class AuthorisationRow(Base):
    """An authorisation (machtiging) in the register. `activation_code` is special data (VIA only).

    `document_types` holds the covered document types, comma-separated
    ('tax-return,annual-account'); `recipient_key` the folded recipient name.
    """

    __tablename__ = "authorisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    recipient_kind: Mapped[str] = mapped_column(String(20))
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    recipient_key: Mapped[str] = mapped_column(String(200), default="")
    tax_type: Mapped[str | None] = mapped_column(String(20))
    document_types: Mapped[str] = mapped_column(String(100), default="")
    year_from: Mapped[int | None] = mapped_column(Integer)
    year_to: Mapped[int | None] = mapped_column(Integer)
    requested_on: Mapped[date | None]
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None]
    activation_code: Mapped[str | None] = mapped_column(String(40))  # special
    activated_on: Mapped[date | None]
    revoked_on: Mapped[date | None]
    revoke_reason: Mapped[str] = mapped_column(Text, default="")
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("client_document.id", ondelete="SET NULL"),
        index=True,  # revision 0005
    )
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_authorisation_activation", "kind", "activated_on", "revoked_on"),
        # Covering index for the dashboard's "expiring within 30 days": read a date range, stop there.
        Index(
            "ix_authorisation_expiry",
            "valid_until",
            "valid_from",
            "revoked_on",
            "kind",
            "activated_on",
            "client_id",
        ),
        CheckConstraint(
            "kind IN ('via', 'sba', 'sbt', 'continuing', 'client-signed')",
            name="kind",
        ),
    )


class DisclosureRow(Base):
    """A disclosure (verstrekking): a tax return, annual account or report that left the firm."""

    __tablename__ = "disclosure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    document_type: Mapped[str] = mapped_column(String(30))
    tax_type: Mapped[str | None] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    recipient_kind: Mapped[str] = mapped_column(String(20))
    recipient_name: Mapped[str] = mapped_column(String(200), default="")
    disclosed_on: Mapped[date]
    channel: Mapped[str] = mapped_column(String(20))
    sale: Mapped[bool] = mapped_column(default=False)
    authorisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("authorisation.id", ondelete="SET NULL"),
        index=True,  # revision 0005
    )
    consent_id: Mapped[int | None] = mapped_column(
        ForeignKey("consent.id", ondelete="SET NULL"),
        index=True,  # revision 0005
    )
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    recorded_at: Mapped[datetime]


# --- data-subject requests (revision 0005) -----------------------------------------------------------


class DataSubjectRequestRow(Base):
    """A data-subject request (AVG-verzoek) and where it stands.

    `client_id` is the subject's dossier; for a requester not (yet) in the
    vault the requester_* columns hold who asked. A client's own request keeps
    no copy of name or address here, so erasure need not hunt for them.
    `due_on` is the deadline that counts now (the extended one after an
    extension), kept for the dashboard's index.
    """

    __tablename__ = "data_subject_request"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    request_type: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date]
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    requester_name: Mapped[str] = mapped_column(String(200), default="")
    requester_email: Mapped[str] = mapped_column(String(254), default="")
    requester_phone: Mapped[str] = mapped_column(String(30), default="")
    requester_address: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    outcome: Mapped[str | None] = mapped_column(String(20))
    outcome_grounds: Mapped[str] = mapped_column(Text, default="")
    identity_method: Mapped[str | None] = mapped_column(String(20))
    identity_checked_on: Mapped[date | None]
    identity_checked_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    identity_note: Mapped[str] = mapped_column(Text, default="")
    identity_failed_reason: Mapped[str] = mapped_column(Text, default="")
    extension_months: Mapped[int | None] = mapped_column(Integer)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    extended_on: Mapped[date | None]
    extended_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    due_on: Mapped[date]
    closed_on: Mapped[date | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    __table_args__ = (
        Index("ix_data_subject_request_open", "status", "due_on"),
        CheckConstraint(
            "request_type IN ('information', 'access', 'rectification', 'erasure', 'restriction', "
            "'portability', 'objection', 'withdrawal')",
            name="request_type",
        ),
        CheckConstraint("status IN ('awaiting-identity', 'in-progress', 'closed')", name="status"),
    )


class RequestStepRow(Base):
    """One step of a request's timeline. Append-only (trigger); only `note` can be blanked (erasure)."""

    __tablename__ = "request_step"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("data_subject_request.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    occurred_at: Mapped[datetime]
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(String(80), default="")  # a short code: letter kind, outcome, count


class RequestDocumentRow(Base):
    """A document of a request: the letter or e-mail that brought it in. Removed on erasure."""

    __tablename__ = "request_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("data_subject_request.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    added_at: Mapped[datetime]
