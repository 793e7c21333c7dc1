"""Versions of the privacy statement and the clients to inform of a new one (DESIGN.md R12).

Adding a version (MANAGE_REGISTERS: beheerder, privacy officer) lists every
client with a given consent recorded under an older version — in the same
transaction, so the list is complete the moment the version exists. Marking a
client informed (MANAGE_CONSENT) records when, by whom and how. Audit events:
`statement.version-added` (with the number of clients listed),
`statement.version-viewed`, `statement.client-informed`.
"""

from __future__ import annotations

from calqi_desktop.domain.statement import (
    ClientToInform,
    InformChannel,
    StatementVersion,
    StatementVersionDraft,
)
from calqi_desktop.services.workspace import Workspace


def list_versions(workspace: Workspace) -> list[StatementVersion]:
    """All versions, newest effective date first, with their counts. VIEW_DOSSIERS."""
    raise NotImplementedError


def current_version(workspace: Workspace) -> StatementVersion | None:
    """The version a consent form shows today: the newest in effect today, else the earliest one."""
    raise NotImplementedError


def add_version(workspace: Workspace, draft: StatementVersionDraft) -> StatementVersion:
    """Record a new version (text and/or PDF, checked with `document_check`) and list the clients to inform."""
    raise NotImplementedError


def version_text(workspace: Workspace, version_id: int) -> tuple[str, bytes | None]:
    """The text and the PDF of a version, for reading; audited as viewed. VIEW_DOSSIERS."""
    raise NotImplementedError


def clients_to_inform(
    workspace: Workspace, version_id: int, *, only_open: bool = True, offset: int = 0, limit: int = 500
) -> list[ClientToInform]:
    """A page of the version's list, by client number. MANAGE_CONSENT."""
    raise NotImplementedError


def mark_informed(
    workspace: Workspace, version_id: int, client_ids: list[int], channel: InformChannel
) -> int:
    """Mark clients informed of the version; returns how many were newly marked. MANAGE_CONSENT."""
    raise NotImplementedError
