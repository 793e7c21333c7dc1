"""The documents to sign and keep: consent form, consent receipt, authorisation form, disclosure overview.

Each function checks the permission, gathers the domain objects through the
services that own them, renders with `export` under the firm's letterhead
and then, in one transaction, refuses a restricted client (AVG art. 18: no
export while the restriction holds) or an anonymised one and writes one
`export.pdf` audit event naming the document kind and ids — never a name.
No special data appear on these documents: the client is shown by name,
client number and first address only.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import (
    AuthorisationNotFoundError,
    ClientNotFoundError,
    ConsentNotFoundError,
    ConsentPurposeInactiveError,
    ConsentPurposeNotFoundError,
    NoStatementVersionError,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.export.authorisation_form import render_authorisation_form
from calqi_desktop.export.consent_documents import render_consent_form, render_consent_receipt
from calqi_desktop.export.disclosure_overview import render_disclosure_overview
from calqi_desktop.export.pdf_forms import DocumentClient
from calqi_desktop.services import authorisations, clients, consent, disclosures, settings, statement_versions
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import AuthorisationRow, Client, ConsentRow

#: Audit details hold short texts only; a longer list of ids is cut at a comma.
_DETAILS_MAX = 80


def consent_form(workspace: Workspace, client_id: int, purpose_ids: list[int]) -> bytes:
    """A form for the client to sign, one tick box per purpose, naming the current statement version. MANAGE_CONSENT.

    The purposes appear in the statement's order; an empty `purpose_ids`
    means every active purpose. An unknown purpose is refused
    (`ConsentPurposeNotFoundError`), an inactive one too
    (`ConsentPurposeInactiveError`), and so is a form while no statement
    version is recorded (`NoStatementVersionError`).
    """
    workspace.require(Permission.MANAGE_CONSENT)
    purposes = consent.list_purposes(workspace, include_inactive=True)
    wanted = set(purpose_ids)
    known = {purpose.id for purpose in purposes}
    if wanted - known:
        raise ConsentPurposeNotFoundError()
    chosen = [purpose for purpose in purposes if purpose.id in wanted or (not wanted and purpose.active)]
    if any(not purpose.active for purpose in chosen):
        raise ConsentPurposeInactiveError()
    statement = statement_versions.current_version(workspace)
    if statement is None:
        raise NoStatementVersionError()
    client = _document_client(workspace, client_id)
    data = render_consent_form(client, chosen, statement, settings.letterhead(workspace))
    _record_printed(
        workspace,
        client_id,
        {
            "document": "consent-form",
            "purpose_ids": _id_list([purpose.id for purpose in chosen]),
            "statement_version_id": statement.id,
        },
    )
    return data


def consent_receipt(workspace: Workspace, consent_id: int) -> bytes:
    """The receipt of a consent's latest event: what, when, how, which statement version (Kantara-style). MANAGE_CONSENT."""
    workspace.require(Permission.MANAGE_CONSENT)
    with workspace.transaction() as session:
        client_id = session.scalar(select(ConsentRow.client_id).where(ConsentRow.id == consent_id))
    if client_id is None:
        raise ConsentNotFoundError()
    found = [item for item in consent.client_consents(workspace, client_id) if item.id == consent_id]
    if not found or not found[0].events:
        raise ConsentNotFoundError()
    the_consent = found[0]
    event = the_consent.events[-1]
    statement = next(
        (
            version
            for version in statement_versions.list_versions(workspace)
            if version.id == event.statement_version_id
        ),
        None,
    )
    client = _document_client(workspace, client_id)
    data = render_consent_receipt(client, the_consent, settings.letterhead(workspace), statement=statement)
    _record_printed(
        workspace,
        client_id,
        {"document": "consent-receipt", "consent_id": consent_id, "event_id": event.id},
    )
    return data


def authorisation_form(workspace: Workspace, authorisation_id: int) -> bytes:
    """The form the client signs for an authorisation: scope, years, recipient. MANAGE_AUTHORISATIONS."""
    workspace.require(Permission.MANAGE_AUTHORISATIONS)
    with workspace.transaction() as session:
        client_id = session.scalar(
            select(AuthorisationRow.client_id).where(AuthorisationRow.id == authorisation_id)
        )
    if client_id is None:
        raise AuthorisationNotFoundError()
    found = [
        item
        for item in authorisations.client_authorisations(workspace, client_id)
        if item.id == authorisation_id
    ]
    if not found:
        raise AuthorisationNotFoundError()
    client = _document_client(workspace, client_id)
    data = render_authorisation_form(client, found[0], settings.letterhead(workspace))
    _record_printed(
        workspace, client_id, {"document": "authorisation-form", "authorisation_id": authorisation_id}
    )
    return data


def disclosure_overview(workspace: Workspace, client_id: int) -> bytes:
    """Every disclosure of the client, with what each rested on. EXPORT_DATA."""
    workspace.require(Permission.EXPORT_DATA)
    logged = disclosures.client_disclosures(workspace, client_id)
    titles = {item.id: item.title("nl") for item in consent.client_consents(workspace, client_id)}
    client = _document_client(workspace, client_id)
    data = render_disclosure_overview(client, logged, settings.letterhead(workspace), consent_titles=titles)
    _record_printed(workspace, client_id, {"document": "disclosure-overview", "disclosures": len(logged)})
    return data


# --- shared ------------------------------------------------------------------------------------------


def _document_client(workspace: Workspace, client_id: int) -> DocumentClient:
    """The client as the documents show it: number, name, first address. Opening it here is not audited:
    the print event that follows names the client."""
    return DocumentClient.from_dossier(clients.open_dossier(workspace, client_id, audit=False))


def _record_printed(workspace: Workspace, client_id: int, details: Mapping[str, str | int]) -> None:
    """Refuse a restricted or anonymised client, else write the print event — in one transaction.

    The PDF is handed out only after this returns.
    """
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        if client is None:
            raise ClientNotFoundError()
        clients.ensure_changeable(client)
        workspace.record(session, AuditAction.DOCUMENT_PRINTED, client_id=client_id, details=details)


def _id_list(ids: list[int]) -> str:
    """'3,5,8', cut at a comma with '…' when it would not fit the audit details."""
    text = ",".join(str(item) for item in ids)
    if len(text) <= _DETAILS_MAX:
        return text
    return text[: _DETAILS_MAX - 1].rsplit(",", 1)[0] + "…"
