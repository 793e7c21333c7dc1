"""The whole way of an access request through the GUI, on a real vault, as a member would go it.

On the requests page Ctrl+N opens the intake; the client is found by typing
part of the name; OK books the request in and opens its window. The main
button is disabled until Ctrl+Shift+I records the identity check; then
Ctrl+Shift+U asks where to save the access report, asks about a password
(unticked here; set in the second test) and writes the PDF. The PDF holds
the client's name, the BSN in full and the complaint route; the timeline
shows the step and the audit trail the 'export.pdf' event.

A request from someone not found in the vault at intake goes the longer way:
it is linked to the dossier from its window, its acknowledgement (it came by
e-mail, the identity not yet verified) carries the dossier's name but not its
address, and only then is the identity verified by the known e-mail address.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from gui.conftest import answer_next_modal
from gui.test_requests_page import open_page, table
from gui_helpers import button, click
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from request_helpers import BSN, MARKER, audit_count, client_with_data

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.requests import IdentityMethod, LetterKind, RequestChannel, RequestType, StepKind
from calqi_desktop.gui import pdf_export
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.protected_pdf import ExportPasswordDialog
from calqi_desktop.gui.request_identity_dialog import RequestIdentityDialog
from calqi_desktop.gui.request_intake_dialog import RequestIntakeDialog
from calqi_desktop.gui.request_link_dialog import RequestLinkDialog
from calqi_desktop.gui.request_model import RequestColumn, StepColumn
from calqi_desktop.gui.request_window import RequestWindow
from calqi_desktop.gui.request_window_actions import letter_action_name
from calqi_desktop.gui.requests_page import RequestsPage
from calqi_desktop.storage import audit_store

Shot = Callable[[QWidget, str], Path]
PASSWORD = "kraanvogel-over-de-dijk"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def book_in_access_request(qtbot: QtBot, page: RequestsPage, screenshot: Shot) -> RequestWindow:
    """Ctrl+N on the page, find the client, OK: the new request's window."""
    table(page).setFocus()
    qtbot.keyClick(table(page), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(RequestIntakeDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.type_combo.currentData() == RequestType.ACCESS.value  # the most common right first
    qtbot.keyClicks(dialog.ui.client_search_edit, MARKER[:6])
    assert dialog.client_id() is not None
    dialog.ui.description_edit.setPlainText("Wil weten welke gegevens het kantoor heeft.")
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(dialog, "request_flow_intake")
    click(qtbot, button(dialog, "register_button"))
    qtbot.waitUntil(lambda: len(page.windows) == 1, timeout=5000)
    window = next(iter(page.windows.values()))
    assert window.isVisible() and window.request.request_type is RequestType.ACCESS
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def verify_identity_by_keyboard(qtbot: QtBot, window: RequestWindow) -> None:
    assert not window.ui.carry_out_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
    dialog = window.findChild(RequestIdentityDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, button(dialog, "ok_button"))
    assert window.ui.carry_out_button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def timeline(window: RequestWindow) -> list[str]:
    return [window.steps.index(row, StepColumn.STEP).data() for row in range(window.steps.rowCount())]


def printed_events(session: AppSession, request_id: int) -> list[dict[str, object]]:
    with session.workspace.transaction() as db:
        query = audit_store.AuditQuery(action=AuditAction.DOCUMENT_PRINTED.value)
        return [
            dict(listed.record.details)
            for listed in audit_store.iter_events(db, query)
            if listed.record.on_request_of == f"request:{request_id}"
        ]


def test_from_intake_to_the_access_report_pdf(
    qtbot: QtBot,
    signed_in_session: AppSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screenshot: Shot,
) -> None:
    client_with_data(signed_in_session.workspace)
    target = tmp_path / "inzage.pdf"
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda *_args: target)
    page = open_page(qtbot, signed_in_session)
    window = book_in_access_request(qtbot, page, screenshot)
    assert page.model.rowCount() == 1  # the list followed
    verify_identity_by_keyboard(qtbot, window)

    def unprotected(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportPasswordDialog)
        dialog.ui.protect_check.setChecked(False)
        click(qtbot, button(dialog, "save_button"))

    answer_next_modal(qtbot, unprotected)
    with qtbot.waitSignal(window.changed, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    reader = PdfReader(BytesIO(target.read_bytes()))
    assert not reader.is_encrypted
    text = "".join(pdf_page.extract_text() for pdf_page in reader.pages)
    assert MARKER in text and BSN in text and "Autoriteit Persoonsgegevens" in text
    assert window.request.reference in text
    assert timeline(window)[-1] == "Inzageoverzicht gemaakt: zonder wachtwoord"
    assert window.ui.message_label.text() == "Inzageoverzicht opgeslagen: inzage.pdf"
    events = printed_events(signed_in_session, window.request.id)
    assert [event["document"] for event in events] == ["access-report"]
    assert events[0]["protected"] == 0
    qtbot.wait(20)
    screenshot(window, "request_window_after_access_report")


def test_the_access_report_with_a_password_is_encrypted(
    qtbot: QtBot,
    signed_in_session: AppSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screenshot: Shot,
) -> None:
    client_with_data(signed_in_session.workspace)
    target = tmp_path / "inzage.pdf"
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda *_args: target)
    page = open_page(qtbot, signed_in_session)
    window = book_in_access_request(qtbot, page, screenshot)
    verify_identity_by_keyboard(qtbot, window)

    def protected(dialog: QWidget) -> None:
        assert isinstance(dialog, ExportPasswordDialog) and dialog.ui.protect_check.isChecked()
        dialog.ui.password_edit.setText(PASSWORD)
        dialog.ui.repeat_edit.setText(PASSWORD)
        click(qtbot, button(dialog, "save_button"))

    answer_next_modal(qtbot, protected)
    with qtbot.waitSignal(window.changed, timeout=10000):
        click(qtbot, window.ui.carry_out_button)
    data = target.read_bytes()
    assert BSN.encode() not in data and MARKER.encode() not in data
    reader = PdfReader(BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("niet-het-wachtwoord") == 0
    reader = PdfReader(BytesIO(data))
    assert reader.decrypt(PASSWORD)
    text = "".join(pdf_page.extract_text() for pdf_page in reader.pages)
    assert MARKER in text and BSN in text and "Autoriteit Persoonsgegevens" in text
    assert timeline(window)[-1] == "Inzageoverzicht gemaakt: met wachtwoord"
    assert [event["protected"] for event in printed_events(signed_in_session, window.request.id)] == [1]
    assert (
        audit_count(signed_in_session.workspace, AuditAction.REQUEST_OPENED, f"request:{window.request.id}")
        == 1
    )


def test_a_cancelled_save_makes_no_report_and_writes_no_event(
    qtbot: QtBot, signed_in_session: AppSession, monkeypatch: pytest.MonkeyPatch, screenshot: Shot
) -> None:
    client_with_data(signed_in_session.workspace)
    page = open_page(qtbot, signed_in_session)
    window = book_in_access_request(qtbot, page, screenshot)
    verify_identity_by_keyboard(qtbot, window)
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda *_args: None)
    click(qtbot, window.ui.carry_out_button)
    assert printed_events(signed_in_session, window.request.id) == []
    assert timeline(window)[-1].startswith("Identiteit vastgesteld")


def test_a_request_from_outside_the_vault_is_linked_then_answered_with_the_access_report(
    qtbot: QtBot,
    signed_in_session: AppSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screenshot: Shot,
) -> None:
    client_with_data(signed_in_session.workspace)
    target = tmp_path / "stuk.pdf"
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda *_args: target)
    page = open_page(qtbot, signed_in_session)
    dialog = page.new_request()
    ui = dialog.ui
    ui.not_in_vault_radio.click()
    ui.channel_combo.setCurrentIndex(ui.channel_combo.findData(RequestChannel.EMAIL.value))
    qtbot.keyClicks(ui.requester_name_edit, "Karel Zwartvlieg")
    qtbot.keyClicks(ui.requester_email_edit, "karel@elders.example")
    click(qtbot, button(dialog, "register_button"))
    qtbot.waitUntil(lambda: len(page.windows) == 1, timeout=5000)
    window = next(iter(page.windows.values()))
    assert page.model.index(0, RequestColumn.SUBJECT).data() == "Karel Zwartvlieg"

    click(qtbot, window.ui.link_client_button)
    link = window.findChild(RequestLinkDialog)
    assert link is not None and link.isVisible()
    assert link.client_id() is not None  # the name as booked in found the one dossier
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, button(link, "link_button"))
    subject = page.model.index(0, RequestColumn.SUBJECT).data()
    assert MARKER in subject and subject.endswith(f"({window.request.client_number})")  # the list followed

    acknowledgement = next(
        action
        for action in window.letter_menu.actions()
        if action.objectName() == letter_action_name(LetterKind.ACKNOWLEDGEMENT)
    )
    with qtbot.waitSignal(window.changed, timeout=5000):
        acknowledgement.trigger()
    letter = " ".join(
        "".join(p.extract_text() for p in PdfReader(BytesIO(target.read_bytes())).pages).split()
    )
    assert f"K.L. van {MARKER} Datum" in letter  # by e-mail, identity unverified: no address
    assert "Lindelaan" not in letter and "3511 NK" not in letter

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
    identity = window.findChild(RequestIdentityDialog)
    assert identity is not None and identity.isVisible()
    identity.ui.method_combo.setCurrentIndex(
        identity.ui.method_combo.findData(IdentityMethod.KNOWN_EMAIL.value)
    )
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, button(identity, "ok_button"))
    assert window.ui.carry_out_button.isEnabled()

    def unprotected(password_dialog: QWidget) -> None:
        assert isinstance(password_dialog, ExportPasswordDialog)
        password_dialog.ui.protect_check.setChecked(False)
        click(qtbot, button(password_dialog, "save_button"))

    answer_next_modal(qtbot, unprotected)
    with qtbot.waitSignal(window.changed, timeout=10000):
        click(qtbot, window.ui.carry_out_button)
    report = "".join(pdf_page.extract_text() for pdf_page in PdfReader(BytesIO(target.read_bytes())).pages)
    assert MARKER in report and BSN in report
    assert timeline(window)[:2] == ["Verzoek ontvangen", StepKind.LINKED.label()]
    assert timeline(window)[-1] == "Inzageoverzicht gemaakt: zonder wachtwoord"
    qtbot.wait(20)
    screenshot(window, "request_window_linked_and_answered")
