"""The rights that run through other flows, tied to their request: rectification and withdrawal/objection.

Rectification saves the dossier with `clients.save_dossier(..., request_id=)`,
which asks `rectification_allowed` whether the request permits it (even on a
restricted dossier: the request itself is the exception of AVG art. 18);
each changed field carries the request id in the field history.
Withdrawal of consent and objection withdraw through the consent flow and add
a step to the request.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from calqi_desktop.domain.clients import FieldChange
from calqi_desktop.domain.consent import Consent, WithdrawalDraft
from calqi_desktop.services.workspace import Workspace


def check_rectification(workspace: Workspace, session: Session, request_id: int, client_id: int) -> None:
    """Raise unless `request_id` is an open RECTIFICATION request of `client_id` whose identity is
    verified (the `requests.gate`), and the member may HANDLE_REQUESTS; used by `save_dossier`."""
    raise NotImplementedError


def rectifications(workspace: Workspace, request_id: int) -> list[FieldChange]:
    """The field changes made for this request (field names and, for ordinary fields, values)."""
    raise NotImplementedError


def withdraw_consent(workspace: Workspace, request_id: int, draft: WithdrawalDraft) -> Consent:
    """Withdraw a consent of the request's client for a WITHDRAWAL or OBJECTION request (identity
    verified), through `consent.withdraw_consent`; adds a CONSENT_WITHDRAWN step."""
    raise NotImplementedError
