"""The access report (inzage, AVG art. 15) and the dossier summary, as PDFs — optionally password-protected.

The access report shows everything held about the subject, special data
included (the BSN in full only here, as it is the subject's own), after the
request's gate (identity verified); it is allowed on a restricted dossier
(the request itself is the exception). HANDLE_REQUESTS and VIEW_SPECIAL_DATA.
The dossier summary is for the firm's own use (EXPORT_DATA); special values
only with `include_special` (VIEW_SPECIAL_DATA), masked otherwise; refused
while the dossier is restricted. A password encrypts the PDF with AES-256
through pypdf. Every PDF writes an 'export.pdf' audit event and, for a
request, a step.
"""

from __future__ import annotations

from calqi_desktop.services.workspace import Workspace


def access_report(workspace: Workspace, request_id: int, *, password: str | None = None) -> bytes:
    """The access report for an ACCESS request (also allowed for INFORMATION? no: ACCESS only)."""
    raise NotImplementedError


def dossier_summary(
    workspace: Workspace, client_id: int, *, include_special: bool = False, password: str | None = None
) -> bytes:
    """A summary of the dossier: details, contacts, bases, consents, authorisations, disclosures, requests."""
    raise NotImplementedError
