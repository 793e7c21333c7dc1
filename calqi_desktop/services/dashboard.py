"""The home dashboard's queries: what needs action today, counted, with the first rows.

One read transaction; each section only for roles that may act on it
(authorisations: MANAGE_AUTHORISATIONS; consents to renew and clients to
inform: MANAGE_CONSENT). Every query runs on an index, so the dashboard stays
fast at 100,000 dossiers (see `benchmarks/`). Anonymised clients are left out.
"""

from __future__ import annotations

from datetime import date

from calqi_desktop.domain.dashboard import SECTION_LIMIT, Dashboard
from calqi_desktop.services.workspace import Workspace


def load(workspace: Workspace, *, today: date | None = None, limit: int = SECTION_LIMIT) -> Dashboard:
    """The dashboard for the signed-in member on `today` (default: the local date)."""
    raise NotImplementedError
