"""The letters to the requester: acknowledgement, identification, granted, partly granted, refused, extension.

Dutch, on the firm's letterhead (the shared PDF layer), each naming the
complaint route to the Autoriteit Persoonsgegevens (AVG art. 77). No special
data in any letter. HANDLE_REQUESTS; an 'export.pdf' audit event and a
LETTER_MADE step per letter.

When each may be made: acknowledgement while open; identification while the
identity is not verified; extension once extended; granted / partly granted /
refused once closed with that outcome (refused also for IDENTITY_FAILED),
with the closing grounds. `render_in` serves erasure, which renders its
letter before it removes the addressee.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from calqi_desktop.domain.requests import LetterKind
from calqi_desktop.services.workspace import Workspace


def letter(workspace: Workspace, request_id: int, kind: LetterKind) -> bytes:
    """The letter's PDF; `LetterNotApplicableError` when the request is not at that point."""
    raise NotImplementedError


def render_in(workspace: Workspace, session: Session, request_id: int, kind: LetterKind) -> bytes:
    """Render in the caller's transaction from the row as it is in `session` (no checks, no audit)."""
    raise NotImplementedError
