"""Consent: purposes, giving and withdrawing consent, and what a withdrawal does to special data.

Each change is one transaction with its permission check and audit event
(`consent.given`, `consent.withdrawn`, `consent.purpose-saved`; details hold
ids and codes only, never a name or a note). The history of a consent is
append-only: giving consent again adds a "given" event to the same consent.

Rules kept here (DESIGN.md R1–R3, R12):

- Who gives consent: `domain.consent.check_guardian_rule` on the day of
  consent, from the birth date the vault holds (read here, never returned).
- Consent as the basis of special data: `special_data.record_basis_in`
  accepts the basis "consent" only while the client's special-data consent
  is given (`has_special_data_consent`).
- Withdrawing the special-data consent needs a decision per category whose
  basis is consent: erase now (values, rows and documents of that category
  go, with field history) or keep under another recorded basis. Without a
  decision for each, nothing is recorded (`WithdrawalDecisionRequiredError`).
  For a client under restriction nothing may change, so the data stay locked
  by the restriction and the event records that.
- A consent given under an older statement version than the newest puts the
  client on that version's list of clients to inform.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from calqi_desktop.domain.consent import (
    Consent,
    ConsentDraft,
    ConsentPurpose,
    PurposeDraft,
    WithdrawalDraft,
    WithdrawalImpact,
)
from calqi_desktop.services.workspace import Workspace


def list_purposes(workspace: Workspace, *, include_inactive: bool = False) -> list[ConsentPurpose]:
    """The purposes, built-in first in the statement's order, then added ones by name. VIEW_DOSSIERS."""
    raise NotImplementedError


def save_purpose(workspace: Workspace, draft: PurposeDraft, purpose_id: int | None = None) -> ConsentPurpose:
    """Add a purpose (purpose_id None) or change an added one. MANAGE_SETTINGS (the beheerder).

    Built-in purposes are refused (`BuiltInPurposeError`); a name already used
    is refused (`ConsentPurposeNameTakenError`). An added purpose is never
    deleted, only made inactive, so past consents keep their purpose.
    """
    raise NotImplementedError


def client_consents(workspace: Workspace, client_id: int) -> list[Consent]:
    """The client's consents with their histories, by purpose order then recipient. VIEW_DOSSIERS."""
    raise NotImplementedError


def give_consent(
    workspace: Workspace, client_id: int, draft: ConsentDraft, *, today: date | None = None
) -> Consent:
    """Record that consent was given (or given again). MANAGE_CONSENT.

    Refuses: a restricted or anonymised client, an inactive purpose, a missing
    recipient for a purpose that needs one, a moment in the future, an unknown
    statement version, evidence from another dossier, and the guardian rule.
    """
    raise NotImplementedError


def withdrawal_impact(workspace: Workspace, consent_id: int) -> WithdrawalImpact:
    """What withdrawing this consent touches, for the dialog. MANAGE_CONSENT."""
    raise NotImplementedError


def withdraw_consent(workspace: Workspace, draft: WithdrawalDraft) -> Consent:
    """Record the withdrawal at once and carry out the decisions on special data. MANAGE_CONSENT;
    when it covers special data also EDIT_DOSSIERS and VIEW_SPECIAL_DATA
    (`WithdrawalNeedsSpecialAccessError` otherwise)."""
    raise NotImplementedError


def has_special_data_consent(session: Session, client_id: int) -> bool:
    """True while the client's consent for the special-data purpose is given."""
    raise NotImplementedError
