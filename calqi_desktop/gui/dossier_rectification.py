"""What the dossier window says above its tabs, and who may edit in it — also when it corrects a
dossier for a rectification request (AVG art. 16).

The banner says why a dossier is read-only: anonymised; restricted, with the
reason as the member wrote it ("Verwerking beperkt (AVG art. 18): <reden>.
Het dossier kan worden ingezien, maar niet gewijzigd, geëxporteerd of
verstrekt."); or a role that may not edit. For a rectification request it
names the request, and the window is editable when the member may edit
dossiers and handle requests, the request is open with the requester's
identity verified, and the dossier is not anonymised — a restricted dossier
included, since the request itself is the exception of art. 18. The
services check all of it again when saving. The history tab names the
request of each change made for one (`request_references`). The texts belong
to the dossier window's translation context ("DossierEditor").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from calqi_desktop.domain.clients import ClientStatus, Dossier, FieldChange
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.requests import DataSubjectRequest
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.services import requests


def fetch_request(parent: QWidget, session: AppSession, request_id: int) -> DataSubjectRequest | None:
    """The request (not audited again: its window already was), or None after showing why not."""
    try:
        return requests.get(session.workspace, request_id, audit=False)
    except CalqiError as error:
        errors.show_error(parent, error)
        return None


def request_references(session: AppSession, client_id: int, changes: list[FieldChange]) -> dict[int, str]:
    """The reference of each request the history's changes were made for, by request id; read
    only when there are such changes and the member may handle requests."""
    if not any(change.request_id for change in changes) or not session.may(Permission.HANDLE_REQUESTS):
        return {}
    try:
        listed = requests.list_requests(session.workspace, open_only=False, client_id=client_id)
    except CalqiError:
        return {}
    return {row.id: row.reference for row in listed}


def may_edit(session: AppSession, dossier: Dossier, request: DataSubjectRequest | None) -> bool:
    """Whether the window lets the member change the dossier's fields."""
    if request is None:
        return dossier.may_edit
    return (
        session.may(Permission.EDIT_DOSSIERS)
        and session.may(Permission.HANDLE_REQUESTS)
        and request.is_open
        and request.identity_verified
        and dossier.status != ClientStatus.ANONYMISED
    )


def window_title(title: str, request: DataSubjectRequest | None) -> str:
    """'Rectificatie voor verzoek AVG-2026-0007 – K-000012 – Vries, J. de' in request mode."""
    if request is None:
        return title
    return (
        QCoreApplication.translate("DossierEditor", "Rectificatie voor verzoek %1").replace(
            "%1", request.reference
        )
        + f" – {title}"
    )


def restriction_text(dossier: Dossier) -> str:
    """'Verwerking beperkt (AVG art. 18): <reason>.' — the reason as the member wrote it."""
    reason = dossier.restriction_reason.strip().rstrip(".")
    if not reason:
        return QCoreApplication.translate("DossierEditor", "Verwerking beperkt (AVG art. 18).")
    return QCoreApplication.translate("DossierEditor", "Verwerking beperkt (AVG art. 18): %1.").replace(
        "%1", reason
    )


def banner_text(dossier: Dossier | None, request: DataSubjectRequest | None, editable: bool) -> str:
    """The banner over the tabs ('' when there is nothing to say)."""
    if dossier is None:
        return ""
    if dossier.status == ClientStatus.ANONYMISED:
        return QCoreApplication.translate(
            "DossierEditor", "Dit dossier is geanonimiseerd en kan niet meer worden gewijzigd."
        )
    if request is not None:
        return _request_banner(dossier, request, editable)
    if dossier.restricted:
        return (
            restriction_text(dossier)
            + " "
            + QCoreApplication.translate(
                "DossierEditor",
                "Het dossier kan worden ingezien, maar niet gewijzigd, geëxporteerd of verstrekt.",
            )
        )
    if not dossier.may_edit:
        return QCoreApplication.translate(
            "DossierEditor", "U kunt dit dossier inzien. Uw rol mag het niet wijzigen."
        )
    return ""


def _request_banner(dossier: Dossier, request: DataSubjectRequest, editable: bool) -> str:
    lines = [
        QCoreApplication.translate(
            "DossierEditor",
            "Rectificatie voor verzoek %1: elke wijziging wordt met dit verzoek vastgelegd in de "
            "historie van het dossier.",
        ).replace("%1", request.reference)
    ]
    if not request.is_open:
        lines.append(
            QCoreApplication.translate(
                "DossierEditor",
                "Het verzoek is afgehandeld; het dossier kan hier niet meer worden gewijzigd.",
            )
        )
    elif not request.identity_verified:
        lines.append(
            QCoreApplication.translate(
                "DossierEditor",
                "Stel eerst de identiteit van de verzoeker vast; daarna kan het dossier worden gecorrigeerd.",
            )
        )
    elif not editable:
        lines.append(QCoreApplication.translate("DossierEditor", "Uw rol mag het dossier niet wijzigen."))
    if dossier.restricted:
        lines.append(
            restriction_text(dossier)
            + " "
            + QCoreApplication.translate(
                "DossierEditor", "Alleen de correctie voor dit verzoek is toegestaan."
            )
        )
    return "\n".join(lines)
