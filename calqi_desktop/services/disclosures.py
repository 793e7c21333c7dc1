"""Disclosures (verstrekkingen): log what leaves the firm, refuse what the rules forbid (R4, R5).

`record_disclosure` (RECORD_DISCLOSURES) decides with `domain.disclosures.decide`
on the client's authorisations and consents as they stand in the vault. A
refusal is written to the audit trail (`disclosure.refused`, with the reason
code, recipient kind, document type and year — no names) in its own committed
transaction, then raised as `DisclosureRefusedError`; nothing else changes.
An allowed disclosure is stored with the authorisation or consent it rests on
and audited as `disclosure.recorded`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from calqi_desktop.domain.disclosures import ConsentTerms, Disclosure, DisclosureDraft, Verdict
from calqi_desktop.services.workspace import Workspace


def check_disclosure(workspace: Workspace, client_id: int, draft: DisclosureDraft) -> Verdict:
    """What `record_disclosure` would decide, without recording or auditing (for the dialog's live hint)."""
    raise NotImplementedError


def record_disclosure(workspace: Workspace, client_id: int, draft: DisclosureDraft) -> Disclosure:
    """Record the disclosure, or audit the refusal and raise `DisclosureRefusedError`."""
    raise NotImplementedError


def client_disclosures(workspace: Workspace, client_id: int) -> list[Disclosure]:
    """The client's disclosures, newest first. VIEW_DOSSIERS."""
    raise NotImplementedError


def consent_terms_in(session: Session, client_id: int) -> list[ConsentTerms]:
    """The client's consents for passing data on (purpose 'third-party') and for sale ('sale')."""
    raise NotImplementedError
