"""The documents to sign and keep: consent form, consent receipt, authorisation form, disclosure overview.

Each function checks the permission, refuses a restricted or anonymised
client (the data may not be exported while restricted), gathers the domain
objects, renders with `export` under the firm's letterhead and writes one
`export.pdf` audit event naming the document kind and ids. No special data
appear on these documents.
"""

from __future__ import annotations

from calqi_desktop.services.workspace import Workspace


def consent_form(workspace: Workspace, client_id: int, purpose_ids: list[int]) -> bytes:
    """A form for the client to sign, one tick box per purpose, naming the current statement version. MANAGE_CONSENT."""
    raise NotImplementedError


def consent_receipt(workspace: Workspace, consent_id: int) -> bytes:
    """The receipt of a consent's latest event: what, when, how, which statement version (Kantara-style). MANAGE_CONSENT."""
    raise NotImplementedError


def authorisation_form(workspace: Workspace, authorisation_id: int) -> bytes:
    """The form the client signs for an authorisation: scope, years, recipient. MANAGE_AUTHORISATIONS."""
    raise NotImplementedError


def disclosure_overview(workspace: Workspace, client_id: int) -> bytes:
    """Every disclosure of the client, with what each rested on. EXPORT_DATA."""
    raise NotImplementedError
