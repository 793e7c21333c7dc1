"""Erasure (AVG art. 17) as anonymisation, for an erasure request: preview, then erase for good.

`preview` lists what goes and what stays with its legal ground (fiscal
records within 7 years of their financial year, AWR art. 52; running
authorisations; the request itself; consent proof; the audit trail).
`erase` re-checks the preview, renders the decision letter while the
addressee still exists, removes the data in one transaction, closes the
request (granted, or partly granted with the grounds), then checkpoints the
WAL and vacuums the vault so nothing of the removed data stays readable in
`vault.db` or its `-wal` (secure_delete is on). ERASE_CLIENTS and
HANDLE_REQUESTS.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from calqi_desktop.domain.erasure import ErasurePreview, ErasureResult
from calqi_desktop.services.workspace import Workspace


def preview(workspace: Workspace, request_id: int, *, today: date | None = None) -> ErasurePreview:
    """What erasing the request's client would remove and keep; audited ('client.erasure-previewed')."""
    raise NotImplementedError


def erase(
    workspace: Workspace,
    request_id: int,
    confirmed: ErasurePreview,
    *,
    today: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> ErasureResult:
    """Carry out the erasure shown in `confirmed` (`ErasurePreviewOutdatedError` when the dossier
    changed since). Returns the result with the decision letter's PDF bytes in `letter`."""
    raise NotImplementedError
