"""The restriction dialog on a real vault: a reason is required, the flag is set; lifting asks that the
requester was told first (AVG art. 18 lid 3)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gui_helpers import click
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from request_helpers import client_with_data, verified_request

from calqi_desktop.domain.requests import RequestType
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.restriction_dialog import RestrictionDialog
from calqi_desktop.services import clients, requests

REASON = "De klant betwist de juistheid van het adres; controle loopt."


def widget(dialog: QWidget, kind: type, name: str) -> object:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def show(qtbot: QtBot, dialog: RestrictionDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)


def test_setting_needs_a_reason_and_restricts_the_dossier(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Callable[[QWidget, str], Path]
) -> None:
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RESTRICTION)
    reference = requests.get(workspace, request_id, audit=False).reference
    dialog = RestrictionDialog(signed_in_session, request_id, lift=False)
    show(qtbot, dialog)
    assert dialog.windowTitle() == f"Verwerking beperken — {reference}"
    informed = widget(dialog, QCheckBox, "informed_check")
    assert isinstance(informed, QCheckBox) and not informed.isVisible()  # only when lifting
    ok = widget(dialog, QPushButton, "ok_button")
    reason = widget(dialog, QPlainTextEdit, "reason_edit")
    error = widget(dialog, QLabel, "error_label")
    assert isinstance(reason, QPlainTextEdit) and isinstance(error, QLabel)

    reason.setPlainText("   ")
    click(qtbot, ok)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert error.isVisible() and error.text().startswith("Vul de reden van de beperking in")
    assert not clients.open_dossier(workspace, client_id, audit=False).restricted

    reason.clear()
    qtbot.keyClicks(reason, REASON)
    screenshot(dialog, "restriction_dialog")
    click(qtbot, ok)
    assert dialog.result() == QDialog.DialogCode.Accepted
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    assert dossier.restricted and dossier.restriction_reason == REASON
    assert dialog.request is not None and dialog.request.client_restricted


def test_lifting_asks_that_the_requester_was_told_first(qtbot: QtBot, signed_in_session: AppSession) -> None:
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RESTRICTION)
    setting = RestrictionDialog(signed_in_session, request_id, lift=False)
    show(qtbot, setting)
    reason = widget(setting, QPlainTextEdit, "reason_edit")
    assert isinstance(reason, QPlainTextEdit)
    reason.setPlainText(REASON)
    click(qtbot, widget(setting, QPushButton, "ok_button"))
    assert clients.open_dossier(workspace, client_id, audit=False).restricted

    lifting = RestrictionDialog(signed_in_session, request_id, lift=True)
    show(qtbot, lifting)
    explanation = widget(lifting, QLabel, "explanation_label")
    assert isinstance(explanation, QLabel) and "AVG art. 18 lid 3" in explanation.text()
    ok = widget(lifting, QPushButton, "ok_button")
    assert isinstance(ok, QPushButton) and ok.text() == "Opheffen"
    click(qtbot, ok)  # not yet confirmed that the requester was told
    error = widget(lifting, QLabel, "error_label")
    assert isinstance(error, QLabel) and error.isVisible() and "vooraf is geïnformeerd" in error.text()
    assert clients.open_dossier(workspace, client_id, audit=False).restricted

    click(qtbot, widget(lifting, QCheckBox, "informed_check"))
    click(qtbot, ok)  # told, but not why it is lifted
    assert lifting.isVisible() and error.text() == "Schrijf kort waarom de beperking wordt opgeheven."
    note = widget(lifting, QPlainTextEdit, "reason_edit")
    assert isinstance(note, QPlainTextEdit)
    qtbot.keyClicks(note, "Adres gecontroleerd en juist bevonden.")
    click(qtbot, ok)
    assert lifting.result() == QDialog.DialogCode.Accepted
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    assert not dossier.restricted and dossier.restriction_reason == ""
