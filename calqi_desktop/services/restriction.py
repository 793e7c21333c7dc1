"""Restriction of processing (AVG art. 18): set and lift the flag, for a request.

While set, the dossier can be viewed but not changed, exported or disclosed
(`clients.ensure_changeable`, `disclosures`, `privacy_documents` refuse);
only the handling of the subject's own requests goes on. Both need
HANDLE_REQUESTS, the gate of `requests`, a reason, a step and an audit event.
"""

from __future__ import annotations

from calqi_desktop.domain.requests import DataSubjectRequest
from calqi_desktop.services.workspace import Workspace


def set_restriction(workspace: Workspace, request_id: int, reason: str) -> DataSubjectRequest:
    """Restrict the processing of the request's client (a RESTRICTION request, identity verified).
    `reason` is required and shown in the dossier's banner (`GroundsRequiredError`); an already
    restricted client gives `RestrictionStateError`."""
    raise NotImplementedError


def lift_restriction(workspace: Workspace, request_id: int, note: str) -> DataSubjectRequest:
    """Lift the restriction (AVG art. 18(3): the subject is told before; the letter says so)."""
    raise NotImplementedError
