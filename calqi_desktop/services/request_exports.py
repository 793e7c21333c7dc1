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

Reading, rendering and recording share one transaction: a PDF that fails to
render leaves no step and no event, and one that is handed out always has
them. The audit details hold ids and 0/1 flags only.
"""

from __future__ import annotations

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import ClientNotFoundError, RequestNeedsClientError
from calqi_desktop.domain.requests import RequestType, StepKind
from calqi_desktop.domain.roles import Permission
from calqi_desktop.export.access_report import render_access_report
from calqi_desktop.export.dossier_summary import render_dossier_summary
from calqi_desktop.export.pdf_protect import protect
from calqi_desktop.services import clients, requests, settings
from calqi_desktop.services.subject_data import collect
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import Client


def access_report(workspace: Workspace, request_id: int, *, password: str | None = None) -> bytes:
    """The access report for an open, identity-verified ACCESS request of a dossier.

    Raises `PermissionDeniedError` without HANDLE_REQUESTS or VIEW_SPECIAL_DATA
    and what `requests.gate` raises (not found, closed, another type, not
    linked, identity not verified). With `password` the PDF is encrypted
    (the form checks the password first: `export.pdf_protect.check_export_password`).
    Adds an ACCESS_REPORT_MADE step ('protected' or 'plain') and an 'export.pdf'
    event on the request's behalf.
    """
    workspace.require(Permission.HANDLE_REQUESTS)
    workspace.require(Permission.EXPORT_DATA)
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    letterhead = settings.letterhead(workspace)
    with workspace.transaction() as session:
        row = requests.gate(workspace, session, request_id, RequestType.ACCESS)
        client_id = row.client_id
        if client_id is None:  # the gate refuses it already; this tells the type checker
            raise RequestNeedsClientError()
        data = collect(workspace, session, client_id)
        request = next(item for item in data.requests if item.id == request_id)
        document = render_access_report(data, request, letterhead)
        if password:
            document = protect(document, password)
        requests.add_step(
            workspace,
            session,
            request_id,
            StepKind.ACCESS_REPORT_MADE,
            detail="protected" if password else "plain",
        )
        workspace.record(
            session,
            AuditAction.DOCUMENT_PRINTED,
            client_id=client_id,
            on_request_of=f"request:{request_id}",
            details={"document": "access-report", "request_id": request_id, "protected": int(bool(password))},
        )
    return document


def dossier_summary(
    workspace: Workspace, client_id: int, *, include_special: bool = False, password: str | None = None
) -> bytes:
    """A summary of the dossier: details, contacts, bases, consents, authorisations, disclosures, requests.

    Raises `PermissionDeniedError` without EXPORT_DATA (and VIEW_SPECIAL_DATA
    with `include_special`), `ClientNotFoundError`, and `ClientRestrictedError`
    or `ClientAnonymisedError` (no export while processing is restricted,
    nothing to summarise once anonymised). With `password` the PDF is encrypted.
    """
    workspace.require(Permission.EXPORT_DATA)
    if include_special:
        workspace.require(Permission.VIEW_SPECIAL_DATA)
    letterhead = settings.letterhead(workspace)
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise ClientNotFoundError()
        clients.ensure_changeable(client)
        data = collect(workspace, session, client_id)
        document = render_dossier_summary(data, letterhead, include_special=include_special)
        if password:
            document = protect(document, password)
        workspace.record(
            session,
            AuditAction.DOCUMENT_PRINTED,
            client_id=client_id,
            details={
                "document": "dossier-summary",
                "special": int(include_special),
                "protected": int(bool(password)),
            },
        )
    return document
