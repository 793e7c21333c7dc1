"""The authorisations register (machtigingen): record, change, activate, revoke, reveal the code.

MANAGE_AUTHORISATIONS records and changes; the activation code is special
data, entered and revealed only by roles with VIEW_SPECIAL_DATA, each reveal
audited (`client.special-revealed` with field 'authorisations.<id>.activation_code').
A restricted or anonymised client's register cannot change. Audit events:
`authorisation.added`, `.changed`, `.activated`, `.revoked` with the
authorisation id and kind, never the code or a name.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from calqi_desktop.domain.authorisations import Authorisation, AuthorisationDraft, AuthorisationTerms
from calqi_desktop.services.workspace import Workspace


def client_authorisations(workspace: Workspace, client_id: int) -> list[Authorisation]:
    """The client's authorisations, newest first. VIEW_DOSSIERS."""
    raise NotImplementedError


def add_authorisation(
    workspace: Workspace, client_id: int, draft: AuthorisationDraft, *, today: date | None = None
) -> Authorisation:
    """Check the draft (`check_authorisation_draft`) and record it. A VIA with its code and
    activation date is recorded as activated at once."""
    raise NotImplementedError


def change_authorisation(
    workspace: Workspace, authorisation_id: int, draft: AuthorisationDraft, *, today: date | None = None
) -> Authorisation:
    """Change a recorded authorisation (not a revoked one: `AuthorisationRevokedError`)."""
    raise NotImplementedError


def activate_via(
    workspace: Workspace, authorisation_id: int, activation_code: str, activated_on: date
) -> Authorisation:
    """Enter a VIA's activation code and the day it was activated; valid from that day. VIEW_SPECIAL_DATA too."""
    raise NotImplementedError


def revoke_authorisation(
    workspace: Workspace, authorisation_id: int, revoked_on: date, reason: str
) -> Authorisation:
    """Revoke as of `revoked_on` (not in the future); disclosures after it are refused."""
    raise NotImplementedError


def reveal_activation_code(workspace: Workspace, authorisation_id: int) -> str:
    """The activation code; audited. VIEW_SPECIAL_DATA."""
    raise NotImplementedError


def terms_in(session: Session, client_id: int) -> list[AuthorisationTerms]:
    """The client's authorisations as `disclosures.decide` needs them."""
    raise NotImplementedError
