"""Data portability (AVG art. 20): the subject's data as a ZIP — JSON, CSV per table, the documents.

Only data processed on consent or contract are in it (art. 20(1)(a)): the
ordinary details (contract), each special category whose recorded basis is
consent or contract, documents likewise, and the consents. The JSON follows
the versioned JSON Schema in `docs/portability-schema-v1.json`; CSV cells are
formula-safe. A listing (LEESMIJ.txt) says what is in the ZIP and what was
left out and why. HANDLE_REQUESTS, EXPORT_DATA, VIEW_SPECIAL_DATA; the gate
of a PORTABILITY request; an 'export.portability' audit event and a step.
"""

from __future__ import annotations

from calqi_desktop.services.workspace import Workspace


def portability_export(workspace: Workspace, request_id: int) -> bytes:
    """The ZIP's bytes."""
    raise NotImplementedError
