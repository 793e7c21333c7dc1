"""The firm's settings in the vault: its details (letterhead) and its work rules.

Anyone signed in — also with the recovery code — may read them: every
document prints the letterhead and every workstation applies the idle lock.
Changing them needs `Permission.MANAGE_SETTINGS`; the change and its audit
event share one transaction, and the event names the changed fields only,
never their values. `letterhead()` is where every PDF gets its letterhead.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.firm import FirmDetails, Logo, WorkSettings
from calqi_desktop.domain.roles import Permission
from calqi_desktop.export import images
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import FirmSettings, VaultInfo


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# --- firm details ----------------------------------------------------------------


def firm_details(workspace: Workspace) -> FirmDetails:
    """The firm's details as stored (any signed-in member)."""
    with workspace.transaction() as session:
        row = session.get(FirmSettings, 1)
        if row is None:  # not expected: created with the vault or by migration 0002
            return FirmDetails(firm_name=_vault_firm_name(session))
        return _details_of(row)


def save_firm_details(workspace: Workspace, details: FirmDetails) -> FirmDetails:
    """Check and store the firm's details; returns them in normal form.

    Raises the first `FieldValidationError` when a value is wrong (the form
    checks first and marks every field), `PermissionDeniedError` without
    MANAGE_SETTINGS. Nothing is written or audited when nothing changed.
    """
    workspace.require(Permission.MANAGE_SETTINGS)
    details = details.validated()
    with workspace.transaction() as session:
        row = _row_for_update(session)
        changed = details.changed_fields(_details_of(row))
        if not changed:
            return details
        if "logo" in changed and details.logo is not None:
            details = _with_checked_logo(details)
        row.firm_name = details.firm_name
        row.address = details.address
        row.postcode = details.postcode
        row.city = details.city
        row.kvk_number = details.kvk_number
        row.email = details.email
        row.phone = details.phone
        row.logo = details.logo.content if details.logo else None
        row.logo_mime_type = details.logo.mime_type if details.logo else None
        row.updated_at = _now()
        info = session.get(VaultInfo, 1)
        if info is not None:
            info.firm_name = details.firm_name
        workspace.record(
            session, AuditAction.SETTINGS_CHANGED, details={"section": "firm", "fields": ",".join(changed)}
        )
    return details


def _with_checked_logo(details: FirmDetails) -> FirmDetails:
    """The logo is judged by its content again here: the caller is not trusted with it."""
    assert details.logo is not None
    checked = images.check_logo(details.logo.content)
    return details if checked == details.logo else replace(details, logo=checked)


def _details_of(row: FirmSettings) -> FirmDetails:
    logo = Logo(row.logo, row.logo_mime_type) if row.logo and row.logo_mime_type else None
    return FirmDetails(
        firm_name=row.firm_name,
        address=row.address,
        postcode=row.postcode,
        city=row.city,
        kvk_number=row.kvk_number,
        email=row.email,
        phone=row.phone,
        logo=logo,
    )


def _row_for_update(session: Session) -> FirmSettings:
    row = session.get(FirmSettings, 1)
    if row is None:
        row = FirmSettings(id=1, firm_name=_vault_firm_name(session), updated_at=_now())
        session.add(row)
        session.flush()
    return row


def _vault_firm_name(session: Session) -> str:
    info = session.get(VaultInfo, 1)
    return info.firm_name if info else ""


# --- work settings ---------------------------------------------------------------


def work_settings(workspace: Workspace) -> WorkSettings:
    """Idle-lock minutes, clipboard seconds and the document size limit (any signed-in member: every workstation applies them)."""
    with workspace.transaction() as session:
        row = session.get(FirmSettings, 1)
        if row is None:
            return WorkSettings()
        return WorkSettings(row.idle_lock_minutes, row.clipboard_clear_seconds, row.document_max_mb)


def save_work_settings(workspace: Workspace, settings: WorkSettings) -> WorkSettings:
    """Check and store the work rules. The audit event holds the new numbers: they are no personal data."""
    workspace.require(Permission.MANAGE_SETTINGS)
    settings = settings.validated()
    with workspace.transaction() as session:
        row = _row_for_update(session)
        changed = settings.changed_fields(
            WorkSettings(row.idle_lock_minutes, row.clipboard_clear_seconds, row.document_max_mb)
        )
        if not changed:
            return settings
        row.idle_lock_minutes = settings.idle_lock_minutes
        row.clipboard_clear_seconds = settings.clipboard_clear_seconds
        row.document_max_mb = settings.document_max_mb
        row.updated_at = _now()
        workspace.record(
            session,
            AuditAction.SETTINGS_CHANGED,
            details={
                "section": "work",
                "fields": ",".join(changed),
                "idle_lock_minutes": settings.idle_lock_minutes,
                "clipboard_clear_seconds": settings.clipboard_clear_seconds,
                "document_max_mb": settings.document_max_mb,
            },
        )
    return settings


# --- letterhead ------------------------------------------------------------------


if TYPE_CHECKING:  # ReportLab is loaded only when a document is made (start-up time)
    from calqi_desktop.export.pdf import Letterhead


def letterhead(workspace: Workspace) -> Letterhead:
    """The letterhead every PDF prints, from the stored firm details (any signed-in member)."""
    return letterhead_from(firm_details(workspace))


def letterhead_from(details: FirmDetails) -> Letterhead:
    """A letterhead for `details` (also for a preview of details not yet saved)."""
    from calqi_desktop.export.pdf import Letterhead

    return Letterhead(
        firm_name=details.firm_name,
        address_lines=(details.address,) if details.address else (),
        postcode_city=details.postcode_city,
        kvk_number=details.kvk_number,
        email=details.email,
        phone=details.phone,
        logo=details.logo.content if details.logo else None,
    )
