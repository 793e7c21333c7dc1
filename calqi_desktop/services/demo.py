"""A demo vault: a firm, staff of every role, known passwords — for newcomers and trials.

The demo credentials are printed and shown on purpose; a demo vault is never
for real client data. Client dossiers join the demo when the dossier feature
lands (`--clients N`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.roles import Role
from calqi_desktop.services import auth, staff
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import KdfParams

DEMO_FIRM = "Calqi Demo B.V."
DEMO_PASSWORD = "oefenen-met-de-kluis"


@dataclass(frozen=True)
class DemoAccount:
    user_name: str
    display_name: str
    role: Role


DEMO_ACCOUNTS = (
    DemoAccount("beheerder", "Bea Beheer", Role.BEHEERDER),
    DemoAccount("accountant", "Anton de Vries", Role.ACCOUNTANT),
    DemoAccount("assistent", "Sanne Jansen", Role.ASSISTENT),
    DemoAccount("privacy", "Pieter Bakker (FG)", Role.PRIVACY_OFFICER),
)


def create_demo_vault(folder: Path, *, kdf: KdfParams | None = None) -> tuple[Workspace, str]:
    """Make the demo vault in `folder`; returns the open workspace (as the beheerder) and the recovery code."""
    admin, *others = DEMO_ACCOUNTS
    workspace, code = auth.create_vault(
        folder,
        firm_name=DEMO_FIRM,
        admin_name=admin.user_name,
        admin_password=DEMO_PASSWORD,
        admin_display_name=admin.display_name,
        kdf=kdf,
    )
    for account in others:
        staff.add_user(
            workspace, account.user_name, account.role, DEMO_PASSWORD, display_name=account.display_name
        )
    with workspace.transaction() as session:
        workspace.record(
            session, AuditAction.DEMO_DATA_CREATED, details={"staff": len(DEMO_ACCOUNTS), "clients": 0}
        )
    return workspace, code


def credentials_text() -> str:
    lines = [f"  {a.user_name:<12} {a.role.label_nl:<16} wachtwoord: {DEMO_PASSWORD}" for a in DEMO_ACCOUNTS]
    return "Demo-aanmeldgegevens (alleen voor deze demokluis):\n" + "\n".join(lines)
