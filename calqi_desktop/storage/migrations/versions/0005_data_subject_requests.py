"""Data-subject requests (AVG-verzoeken): the requests, their append-only timeline and the
letters or e-mails that brought them in.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "data_subject_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=20), nullable=False),
        sa.Column("request_type", sa.String(length=20), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("requester_name", sa.String(length=200), nullable=False),
        sa.Column("requester_email", sa.String(length=254), nullable=False),
        sa.Column("requester_phone", sa.String(length=30), nullable=False),
        sa.Column("requester_address", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.Column("outcome_grounds", sa.Text(), nullable=False),
        sa.Column("identity_method", sa.String(length=20), nullable=True),
        sa.Column("identity_checked_on", sa.Date(), nullable=True),
        sa.Column("identity_checked_by", sa.Integer(), nullable=True),
        sa.Column("identity_note", sa.Text(), nullable=False),
        sa.Column("identity_failed_reason", sa.Text(), nullable=False),
        sa.Column("extension_months", sa.Integer(), nullable=True),
        sa.Column("extension_reason", sa.Text(), nullable=False),
        sa.Column("extended_on", sa.Date(), nullable=True),
        sa.Column("extended_by", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "request_type IN ('information', 'access', 'rectification', 'erasure', 'restriction', "
            "'portability', 'objection', 'withdrawal')",
            name=op.f("ck_data_subject_request_request_type"),
        ),
        sa.CheckConstraint(
            "status IN ('awaiting-identity', 'in-progress', 'closed')",
            name=op.f("ck_data_subject_request_status"),
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["client.id"], name=op.f("fk_data_subject_request_client_id_client")
        ),
        sa.ForeignKeyConstraint(
            ["identity_checked_by"],
            ["staff_user.id"],
            name=op.f("fk_data_subject_request_identity_checked_by_staff_user"),
        ),
        sa.ForeignKeyConstraint(
            ["extended_by"], ["staff_user.id"], name=op.f("fk_data_subject_request_extended_by_staff_user")
        ),
        sa.ForeignKeyConstraint(
            ["created_by"], ["staff_user.id"], name=op.f("fk_data_subject_request_created_by_staff_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_subject_request")),
        sa.UniqueConstraint("reference", name=op.f("uq_data_subject_request_reference")),
    )
    with op.batch_alter_table("data_subject_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_data_subject_request_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_data_subject_request_open", ["status", "due_on"], unique=False)

    op.create_table(
        "request_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("detail", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["data_subject_request.id"],
            name=op.f("fk_request_step_request_id_data_subject_request"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["staff_user.id"], name=op.f("fk_request_step_actor_id_staff_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_step")),
    )
    with op.batch_alter_table("request_step", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_step_request_id"), ["request_id"], unique=False)

    op.create_table(
        "request_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("mime_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["data_subject_request.id"],
            name=op.f("fk_request_document_request_id_data_subject_request"),
        ),
        sa.ForeignKeyConstraint(
            ["added_by"], ["staff_user.id"], name=op.f("fk_request_document_added_by_staff_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_request_document")),
    )
    with op.batch_alter_table("request_document", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_document_request_id"), ["request_id"], unique=False)

    # Erasure deletes documents and authorisations: without these, each delete scans the tables
    # whose foreign keys point at them (ON DELETE SET NULL).
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_event_evidence_document_id"), ["evidence_document_id"], unique=False
        )
    with op.batch_alter_table("authorisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_authorisation_document_id"), ["document_id"], unique=False)
    with op.batch_alter_table("disclosure", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_disclosure_authorisation_id"), ["authorisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_disclosure_consent_id"), ["consent_id"], unique=False)

    # The timeline is the request's accountability (AVG art. 5(2)): steps are never changed or
    # removed; only the free-text note can be blanked, which erasure (art. 17) needs.
    op.execute(
        "CREATE TRIGGER request_step_append_only BEFORE UPDATE OF "
        "request_id, kind, occurred_at, actor_id, detail ON request_step "
        "BEGIN SELECT RAISE(ABORT, 'request steps are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER request_step_no_delete BEFORE DELETE ON request_step "
        "BEGIN SELECT RAISE(ABORT, 'request steps are append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS request_step_no_delete")
    op.execute("DROP TRIGGER IF EXISTS request_step_append_only")
    with op.batch_alter_table("disclosure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disclosure_consent_id"))
        batch_op.drop_index(batch_op.f("ix_disclosure_authorisation_id"))
    with op.batch_alter_table("authorisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_authorisation_document_id"))
    with op.batch_alter_table("consent_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_event_evidence_document_id"))
    with op.batch_alter_table("request_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_document_request_id"))
    op.drop_table("request_document")
    with op.batch_alter_table("request_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_step_request_id"))
    op.drop_table("request_step")
    with op.batch_alter_table("data_subject_request", schema=None) as batch_op:
        batch_op.drop_index("ix_data_subject_request_open")
        batch_op.drop_index(batch_op.f("ix_data_subject_request_client_id"))
    op.drop_table("data_subject_request")
