"""Helpers for the consent and statement-version tests: staff sign-in, clients, consent drafts, PDFs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from sqlalchemy import text

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    ClientDraft,
    ClientKind,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod
from calqi_desktop.services import auth, clients, consent
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import Client

HOUR = timedelta(hours=1)
BIRTH_BASIS = BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT)


def sign_in(folder: Path, user: str) -> Workspace:
    password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
    return auth.sign_in(folder, user, password, kdf=TEST_ONLY_KDF)


def at(day: date, hour: int = 12) -> datetime:
    """`hour` o'clock on `day` in this workstation's time zone."""
    return datetime(day.year, day.month, day.day, hour).astimezone()


def purpose_id(workspace: Workspace, code: BuiltInPurpose) -> int:
    return next(p.id for p in consent.list_purposes(workspace, include_inactive=True) if p.code == code.value)


def seeded_version(workspace: Workspace) -> int:
    with workspace.transaction() as session:
        return int(session.execute(text("SELECT id FROM privacy_statement_version")).scalar_one())


def draft(
    workspace: Workspace,
    code: BuiltInPurpose = BuiltInPurpose.NEWSLETTER,
    when: datetime | None = None,
    **changes: object,
) -> ConsentDraft:
    values: dict[str, object] = {
        "given_at": when or datetime.now(UTC) - HOUR,
        "method": ConsentMethod.PAPER,
        "age_confirmed": True,
        **changes,
    }
    if "purpose_id" not in values:
        values["purpose_id"] = purpose_id(workspace, code)
    if "statement_version_id" not in values:
        values["statement_version_id"] = seeded_version(workspace)
    return ConsentDraft(**values)  # type: ignore[arg-type]


def person(workspace: Workspace, born: str | None = None, last_name: str = "Vries") -> int:
    special = SpecialChanges(fields={"birth_date": born}) if born else None
    return clients.create_client(
        workspace, ClientDraft(initials="J", tussenvoegsel="de", last_name=last_name), special, (BIRTH_BASIS,)
    )


def organisation(workspace: Workspace) -> int:
    return clients.create_client(
        workspace, ClientDraft(kind=ClientKind.ORGANISATION, organisation_name="Bakker Bouw B.V.")
    )


def set_client(workspace: Workspace, client_id: int, **values: object) -> None:
    with workspace.transaction() as session:
        row = session.get_one(Client, client_id)
        for name, value in values.items():
            setattr(row, name, value)


def audit_details(workspace: Workspace, action: AuditAction) -> list[dict[str, object]]:
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=action.value)
        return [dict(listed.record.details) for listed in audit_store.find_events(session, query)]


def pdf(line: str = "Toestemmingsformulier") -> bytes:
    """A small real PDF, as a signed form scanned to PDF would be."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
