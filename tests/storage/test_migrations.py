"""Alembic migrations: in step with the models, applied at unlock after a backup, newer refused."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from conftest import ADMIN, ADMIN_PASSWORD, FIRM
from sqlalchemy import inspect, select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import VaultTooNewError
from calqi_desktop.services import auth
from calqi_desktop.storage import database, migrate
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import (
    AuditEvent,
    Base,
    ConsentPurposeRow,
    FirmSettings,
    PrivacyStatementVersionRow,
    VaultInfo,
)
from calqi_desktop.storage.vault import Vault

PROBE_REVISION = '''"""Test-only: adds a table."""
import sqlalchemy as sa
from alembic import op

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("migration_probe", sa.Column("id", sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table("migration_probe")
'''


@pytest.fixture
def closed_vault(vault_folder: Path) -> Path:
    vault, _code, _ = Vault.create(
        vault_folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
    )
    vault.close()
    return vault_folder


def test_models_and_migrations_agree(closed_vault: Path) -> None:
    with Vault.unlock(closed_vault, ADMIN, ADMIN_PASSWORD) as vault, vault.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert migrate.current_revision(connection) == migrate.head_revision()


def test_audit_table_is_append_only(closed_vault: Path) -> None:
    with Vault.unlock(closed_vault, ADMIN, ADMIN_PASSWORD) as vault:
        for statement in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
            with pytest.raises(Exception, match="append-only"), vault.session() as session:
                session.connection().exec_driver_sql(statement)


def test_pending_migration_runs_after_a_backup(
    closed_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    head = migrate.head_revision()
    scripts = tmp_path / "migraties"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "0099_probe.py").write_text(PROBE_REVISION.format(head=migrate.head_revision()))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)

    workspace = auth.sign_in(closed_vault, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        result = workspace.vault.unlock_result
        assert result is not None and result.migrated_from == head
        assert result.migration_backup is not None and result.migration_backup.parent.name == "backups"
        assert "migration_probe" in inspect(workspace.vault.engine).get_table_names()
        with workspace.transaction() as session:
            actions = session.scalars(select(AuditEvent.action)).all()
        assert AuditAction.MIGRATED.value in actions
        key = workspace.vault.master_key()
    finally:
        workspace.sign_out()
    backup_db = result.migration_backup / "vault.db"
    connection = database.open_raw(backup_db, key)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        connection.close()
    assert "migration_probe" not in tables and version == head


def test_vault_from_a_newer_program_is_refused_untouched(closed_vault: Path) -> None:
    with Vault.unlock(closed_vault, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as session:
        session.connection().exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    before = (closed_vault / "vault.db").read_bytes()
    with pytest.raises(VaultTooNewError) as info:
        Vault.unlock(closed_vault, ADMIN, ADMIN_PASSWORD)
    assert "nieuwere versie" in info.value.message()
    assert (closed_vault / "vault.db").read_bytes() == before


def test_a_new_vault_has_its_firm_settings_row(closed_vault: Path) -> None:
    with Vault.unlock(closed_vault, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as session:
        row = session.get(FirmSettings, 1)
        assert row is not None and row.firm_name == FIRM
        assert (row.idle_lock_minutes, row.clipboard_clear_seconds) == (10, 20)
        assert row.logo is None


def test_a_new_vault_has_the_statements_purposes_and_its_first_version(closed_vault: Path) -> None:
    with Vault.unlock(closed_vault, ADMIN, ADMIN_PASSWORD) as vault, vault.session() as session:
        purposes = session.scalars(select(ConsentPurposeRow).order_by(ConsentPurposeRow.position)).all()
        assert [p.code for p in purposes] == [
            "special-data",
            "newsletter",
            "group-offers",
            "third-party",
            "sale",
            "promotions",
        ]
        assert [p.code for p in purposes if p.covers_special_data] == ["special-data"]
        (version,) = session.scalars(select(PrivacyStatementVersionRow)).all()
        assert (version.version, version.effective_on, version.pdf) == ("2018-05", date(2018, 5, 25), None)
        assert version.summary == "Eerste vastgelegde versie van de privacyverklaring."
        assert version.text.startswith("Privacy verklaring")
        assert "Ben je jonger dan 16 jaar?" in version.text
        assert version.text.endswith("De privacy statement is voor het laatst gewijzigd op 25 mei 2018.")


def test_a_0001_vault_gets_firm_settings_with_its_firm_name(closed_vault: Path) -> None:
    with Vault.unlock(closed_vault, ADMIN, ADMIN_PASSWORD) as vault:
        with vault.engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        with vault.session() as session:
            session.get_one(VaultInfo, 1).firm_name = "Boekhouding De Linde V.O.F."
        assert "firm_settings" not in inspect(vault.engine).get_table_names()

    workspace = auth.sign_in(closed_vault, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        result = workspace.vault.unlock_result
        assert result is not None and result.migrated_from == "0001"
        with workspace.transaction() as session:
            row = session.get(FirmSettings, 1)
            assert row is not None and row.firm_name == "Boekhouding De Linde V.O.F."
            assert (row.address, row.postcode, row.logo) == ("", "", None)
            assert (row.idle_lock_minutes, row.clipboard_clear_seconds) == (10, 20)
            assert migrate.current_revision(session.connection()) == migrate.head_revision()
    finally:
        workspace.sign_out()
