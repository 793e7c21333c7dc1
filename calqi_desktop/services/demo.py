"""A demo vault: a firm with full details and a logo, staff of every role, known passwords.

For newcomers and trials. The firm's address, KvK number, e-mail (on the
reserved `.example` domain) and phone are made up but pass every check, so
the demo's documents print a complete letterhead.

The demo credentials are printed and shown on purpose; a demo vault is never
for real client data. Its client dossiers are synthetic
(`services.demo_clients`): `DEMO_CLIENTS` of them by default, so a newcomer
sees a filled list; `calqi-admin demo --clients N` makes more (or none).
With them comes the privacy work of a real firm (`services.demo_privacy`):
consents, authorisations, disclosures and a new statement version to inform
clients of, and data-subject requests in every state (`services.demo_requests`):
overdue, due soon, extended, restricted, granted, failed identity, not yet
linked — so the home dashboard has something in every section.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.firm import FirmDetails, Logo
from calqi_desktop.domain.roles import Role
from calqi_desktop.paths import resource_path
from calqi_desktop.services import auth, demo_clients, demo_privacy, demo_requests, settings, staff
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import KdfParams

DEMO_FIRM = "Calqi Demo B.V."
#: Client dossiers in a demo vault unless asked otherwise: enough to browse and search, made in a second.
DEMO_CLIENTS = 500
DEMO_PASSWORD = "oefenen-met-de-kluis"
DEMO_FIRM_DETAILS = FirmDetails(
    firm_name=DEMO_FIRM,
    address="Oudegracht 231",
    postcode="3511 NK",
    city="Utrecht",
    kvk_number="81234567",
    email="kantoor@calqi-demo.example",
    phone="030 123 4567",
)


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


def create_demo_vault(
    folder: Path,
    *,
    kdf: KdfParams | None = None,
    clients: int = DEMO_CLIENTS,
    progress: demo_clients.Progress | None = None,
    today: date | None = None,
) -> tuple[Workspace, str]:
    """Make the demo vault in `folder` with `clients` synthetic dossiers and their privacy work.

    Returns the open workspace (as the beheerder) and the recovery code.
    `progress(done, clients)` follows the dossiers being written. `today`
    (default: the local date) is the day the dates of consents,
    authorisations and disclosures are made for.
    """
    if clients < 0:
        raise ValueError("clients must be 0 or more")
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
    settings.save_firm_details(workspace, replace(DEMO_FIRM_DETAILS, logo=demo_logo()))
    with workspace.transaction() as session:
        workspace.record(session, AuditAction.DEMO_DATA_CREATED, details={"staff": len(DEMO_ACCOUNTS)})
    if clients:
        demo_privacy.create_demo_dossiers(workspace, clients, today=today, progress=progress)
        demo_requests.create_demo_requests(workspace, today=today)
    return workspace, code


def demo_logo() -> Logo:
    """A plain word mark for the demo firm, drawn in the letterhead's colour."""
    font_file = str(resource_path("fonts", "DejaVuSans-Bold.ttf"))
    name_font = ImageFont.truetype(font_file, 80)
    width = 200 + int(ImageDraw.Draw(Image.new("RGB", (1, 1))).textlength("Calqi Demo", font=name_font)) + 16
    image = Image.new("RGB", (width, 180), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, 172, 172), radius=28, fill="#1F3A5F")
    draw.text((90, 92), "C", font=ImageFont.truetype(font_file, 112), fill="white", anchor="mm")
    draw.text((200, 92), "Calqi Demo", font=name_font, fill="#1F3A5F", anchor="lm")
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return Logo(buffer.getvalue(), "image/png")


def credentials_text() -> str:
    lines = [f"  {a.user_name:<12} {a.role.label_nl:<16} wachtwoord: {DEMO_PASSWORD}" for a in DEMO_ACCOUNTS]
    return "Demo-aanmeldgegevens (alleen voor deze demokluis):\n" + "\n".join(lines)
