"""The dossier window corrects a dossier for a rectification request (AVG art. 16) on a real vault.

In request mode the title and banner name the request, saving asks no reason
(every change is a "Rectificatieverzoek" linked to the request in the field
history), and a restricted dossier — read-only when opened normally, its
reason in the banner — may be corrected for the request. A window with
unsaved changes is not switched to the request.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from gui import test_dossier_page as page_tests
from gui.conftest import answer_next_modal
from gui.test_dossier_editor import edit, history_rows, show, snap
from gui.test_dossier_page import SessionFor, open_page
from gui_helpers import answer_next_modal_text, button, type_into
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from request_helpers import MARKER, client_with_data, open_request, verified_request

from calqi_desktop.domain.clients import ChangeReason, FieldChange
from calqi_desktop.domain.requests import RequestType, StepKind
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.gui.dossier_history_model import DossierHistoryModel, HistoryColumn
from calqi_desktop.services import clients, requests, restriction
from calqi_desktop.services.workspace import Workspace

Shot = Callable[[QWidget, str], Path]
REASON = "De klant betwist de juistheid van zijn adres"

vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for


def banner(editor: DossierEditor) -> QLabel:
    found = editor.findChild(QLabel, "banner_label")
    assert found is not None
    return found


def reference(workspace: Workspace, request_id: int) -> str:
    return requests.get(workspace, request_id, audit=False).reference


def no_dialog_expected(qtbot: QtBot) -> list[Any]:
    """Close any modal dialog that shows (a reason dialog would block the save) and note it."""
    seen: list[Any] = []

    def close(dialog: Any) -> None:
        seen.append(dialog.objectName())
        dialog.done(0)

    answer_next_modal(qtbot, close, timeout_ms=1000)
    return seen


def test_request_mode_saves_without_a_reason_and_links_the_change(
    qtbot: QtBot, qtmodeltester: ModelTester, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    def set_up(workspace: Workspace) -> tuple[int, int, str]:
        client_id = client_with_data(workspace)
        request_id = verified_request(workspace, client_id, RequestType.RECTIFICATION)
        return client_id, request_id, reference(workspace, request_id)

    client_id, request_id, ref = as_admin(set_up)
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id, request_id=request_id)
    assert editor is not None and editor.request_id == request_id
    show(qtbot, editor)
    assert editor.windowTitle().startswith(f"Rectificatie voor verzoek {ref} – K-000001")
    assert banner(editor).isVisibleTo(editor)
    assert banner(editor).text() == (
        f"Rectificatie voor verzoek {ref}: elke wijziging wordt met dit verzoek vastgelegd in de "
        "historie van het dossier."
    )
    assert not edit(editor, "last_name_edit").isReadOnly()

    type_into(qtbot, edit(editor, "last_name_edit"), f"{MARKER}er")
    asked = no_dialog_expected(qtbot)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_action.trigger()
    assert asked == []
    status = editor.findChild(QLabel, "editor_status_label")
    assert status is not None and status.text() == f"Het dossier is gecorrigeerd voor verzoek {ref}."
    assert editor.request_id == request_id  # still in request mode after the save

    workspace = session.workspace
    change = next(c for c in clients.history(workspace, client_id) if c.field == "last_name")  # newest
    assert (change.request_id, change.reason, change.reason_note) == (
        request_id,
        ChangeReason.RECTIFICATION_REQUEST,
        ref,
    )
    editor.ui.dossier_tabs.setCurrentWidget(editor.ui.history_tab)
    row = next(r for r in history_rows(editor) if r[HistoryColumn.FIELD] == "Achternaam")
    assert row[HistoryColumn.OLD :] == [MARKER, f"{MARKER}er", f"Rectificatieverzoek (AVG art. 16): {ref}"]
    qtmodeltester.check(editor.history_model)
    steps = requests.get(workspace, request_id, audit=False).steps
    assert StepKind.RECTIFIED in [step.kind for step in steps]
    snap(screenshot, editor, "dossier-rectificatie")


def test_a_restricted_dossier_is_read_only_with_its_reason_but_editable_for_the_request(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    def set_up(workspace: Workspace) -> tuple[int, int, str, str]:
        client_id = client_with_data(workspace)
        restricting = verified_request(workspace, client_id, RequestType.RESTRICTION)
        restriction.set_restriction(workspace, restricting, REASON)
        rectifying = verified_request(workspace, client_id, RequestType.RECTIFICATION)
        return client_id, rectifying, reference(workspace, rectifying), reference(workspace, restricting)

    client_id, request_id, ref, restriction_ref = as_admin(set_up)
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None and editor.request_id is None
    assert banner(editor).text() == (
        f"Verwerking beperkt (AVG art. 18): {REASON}. Het dossier kan worden ingezien, maar niet "
        "gewijzigd, geëxporteerd of verstrekt."
    )
    assert edit(editor, "last_name_edit").isReadOnly()
    assert not button(editor, "save_button").isVisibleTo(editor)
    # The restriction itself is in the history, with the request it was set for.
    editor.ui.dossier_tabs.setCurrentWidget(editor.ui.history_tab)
    reasons = [r[HistoryColumn.REASON] for r in history_rows(editor)]
    assert f"Doorgegeven door de klant: {REASON} ({restriction_ref})" in reasons

    same = page.open_dossier(client_id, request_id=request_id)  # the open window switches to the request
    assert same is editor and editor.request_id == request_id
    assert not edit(editor, "last_name_edit").isReadOnly()
    assert button(editor, "save_button").isVisibleTo(editor)
    assert banner(editor).text().splitlines() == [
        f"Rectificatie voor verzoek {ref}: elke wijziging wordt met dit verzoek vastgelegd in de "
        "historie van het dossier.",
        f"Verwerking beperkt (AVG art. 18): {REASON}. Alleen de correctie voor dit verzoek is toegestaan.",
    ]
    type_into(qtbot, edit(editor, "first_names_edit"), "Karel")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_action.trigger()
    dossier = clients.open_dossier(session.workspace, client_id, audit=False)
    assert dossier.draft.first_names == "Karel" and dossier.restricted
    snap(screenshot, editor, "dossier-rectificatie-beperkt")


def test_a_window_with_unsaved_changes_is_not_switched_to_the_request(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor
) -> None:
    def set_up(workspace: Workspace) -> tuple[int, int]:
        client_id = client_with_data(workspace)
        return client_id, verified_request(workspace, client_id, RequestType.RECTIFICATION)

    client_id, request_id = as_admin(set_up)
    page = open_page(qtbot, session_for("anna"))
    editor = page.open_dossier(client_id)
    assert editor is not None
    type_into(qtbot, edit(editor, "initials_edit"), "X.")
    assert editor.has_unsaved_changes()
    told = answer_next_modal_text(qtbot)
    assert page.open_dossier(client_id, request_id=request_id) is None
    assert told == ["Dit dossier is al geopend en heeft niet-opgeslagen wijzigingen."]
    assert editor.request_id is None  # the unsaved edit is not saved under the request
    type_into(qtbot, edit(editor, "initials_edit"), "K.L.")
    assert not editor.has_unsaved_changes()
    assert page.open_dossier(client_id, request_id=request_id) is editor and editor.request_id == request_id


def test_request_mode_stays_read_only_before_the_identity_check_and_for_the_privacy_officer(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor
) -> None:
    def set_up(workspace: Workspace) -> tuple[int, int, int]:
        client_id = client_with_data(workspace)
        waiting = open_request(workspace, client_id, RequestType.RECTIFICATION)
        verified = verified_request(workspace, client_id, RequestType.RECTIFICATION)
        return client_id, waiting, verified

    client_id, waiting, verified = as_admin(set_up)
    accountant = session_for("anna")
    page = open_page(qtbot, accountant)
    editor = page.open_dossier(client_id, request_id=waiting)
    assert editor is not None
    assert edit(editor, "last_name_edit").isReadOnly()
    assert banner(editor).text().splitlines()[1] == (
        "Stel eerst de identiteit van de verzoeker vast; daarna kan het dossier worden gecorrigeerd."
    )
    editor.close()
    accountant.sign_out()  # one member at a time on this vault

    officer = open_page(qtbot, session_for("fleur"))  # handles requests, may not edit dossiers
    editor = officer.open_dossier(client_id, request_id=verified)
    assert editor is not None and editor.request_id == verified
    assert edit(editor, "last_name_edit").isReadOnly() and not editor.save()
    assert banner(editor).text().splitlines()[1] == "Uw rol mag het dossier niet wijzigen."


def test_the_history_names_the_request_a_change_was_made_for(qtbot: QtBot) -> None:
    moment = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
    restricted = FieldChange(
        moment, "anna", "restricted", "nee", "ja", ChangeReason.REPORTED_BY_CLIENT, "betwist", request_id=7
    )
    rectified = FieldChange(
        moment, "anna", "last_name", "Vries", "Visser", ChangeReason.RECTIFICATION_REQUEST, "AVG-2026-0007", 7
    )
    ordinary = FieldChange(moment, "anna", "initials", "J.", "J.A.", ChangeReason.CORRECTION, "")
    model = DossierHistoryModel()

    def reasons() -> list[str]:
        return [model.index(row, HistoryColumn.REASON).data() for row in range(model.rowCount())]

    model.set_changes([restricted, rectified, ordinary], {7: "AVG-2026-0007"})
    assert reasons() == [
        "Doorgegeven door de klant: betwist (AVG-2026-0007)",
        "Rectificatieverzoek (AVG art. 16): AVG-2026-0007",
        "Correctie van een fout (rectificatie)",
    ]
    model.set_changes([restricted, rectified, ordinary])  # a member who may not see requests
    assert reasons() == [
        "Doorgegeven door de klant: betwist (AVG-verzoek)",
        "Rectificatieverzoek (AVG art. 16): AVG-2026-0007",
        "Correctie van een fout (rectificatie)",
    ]
