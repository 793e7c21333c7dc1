"""The erasure dialog on a real vault: the two lists, the deliberate confirmation, the run, a refusal.

The client is made with `request_helpers.client_with_data` (name, address,
e-mail, phone, BSN, birth data, a bank account, a child) and an erasure
request whose identity is verified. The run goes through the real service on
a worker thread; only the save-file question is answered by the test.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path

import pytest
from gui_helpers import answer_next_modal_text, click
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from request_helpers import MARKER, client_with_data, open_request, verified_request

from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.erasure import ErasedPart, KeepGround
from calqi_desktop.domain.errors import IdentityNotVerifiedError
from calqi_desktop.domain.requests import RequestOutcome, RequestType
from calqi_desktop.gui import erasure_dialog
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.erasure_dialog import ErasureDialog, size_text
from calqi_desktop.services import clients, requests

Shot = Callable[[QWidget, str], Path]


def child(dialog: QWidget, kind: type, name: str) -> object:
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def texts(widget: QListWidget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


@pytest.fixture
def erasure_request(signed_in_session: AppSession) -> tuple[int, int, str]:
    """(client id, request id, client number) of a client with data and a verified erasure request."""
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.ERASURE)
    number = clients.open_dossier(workspace, client_id, audit=False).draft.client_number
    return client_id, request_id, number


def open_dialog(qtbot: QtBot, session: AppSession, request_id: int) -> ErasureDialog:
    dialog = ErasureDialog(session, request_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_both_lists_and_the_confirmation(
    qtbot: QtBot,
    signed_in_session: AppSession,
    erasure_request: tuple[int, int, str],
    screenshot: Shot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client_id, request_id, number = erasure_request
    asked: list[str] = []
    monkeypatch.setattr(erasure_dialog, "ask_pdf_path", lambda _p, _t, name: asked.append(name))
    dialog = open_dialog(qtbot, signed_in_session, request_id)
    reference = requests.get(signed_in_session.workspace, request_id, audit=False).reference
    assert dialog.windowTitle() == f"Gegevens wissen voor verzoek {reference}"

    removed = child(dialog, QListWidget, "removed_list")
    assert isinstance(removed, QListWidget)
    lines = texts(removed)
    assert "Naam (voorletters, voornamen, tussenvoegsel, achternaam) (1)" in lines
    assert any(line.startswith("Bankrekeningen (") for line in lines)
    assert any(line.startswith("Kinderen (") for line in lines)
    assert MARKER not in "\n".join(lines)  # parts and counts, never the data itself
    # A part the dossier holds nothing of is shown greyed, without a count.
    empty = [removed.item(row) for row in range(removed.count()) if removed.item(row).text() == "Documenten"]
    assert ErasedPart.DOCUMENTS.label("nl") == "Documenten" and len(empty) == 1
    assert not empty[0].flags() & Qt.ItemFlag.ItemIsEnabled

    kept = child(dialog, QListWidget, "kept_list")
    assert isinstance(kept, QListWidget)
    kept_lines = texts(kept)
    assert any(KeepGround.REQUEST_RECORD.label("nl") in line for line in kept_lines)
    assert all(" — " in line for line in kept_lines)  # what — ground (— until when)

    warning = child(dialog, QLabel, "warning_label")
    assert isinstance(warning, QLabel)
    assert "niet ongedaan" in warning.text() and "Back-ups" in warning.text()

    erase = child(dialog, QPushButton, "erase_button")
    check = child(dialog, QWidget, "confirm_check")
    typed = child(dialog, QLineEdit, "client_number_edit")
    assert isinstance(erase, QPushButton) and isinstance(typed, QLineEdit)
    assert not erase.isEnabled()
    click(qtbot, check)  # ticked, no number yet
    assert not erase.isEnabled()
    qtbot.keyClicks(typed, "K-999999")  # the wrong number
    assert not erase.isEnabled()
    typed.clear()
    qtbot.keyClicks(typed, number)
    assert erase.isEnabled()
    qtbot.keyClick(typed, Qt.Key.Key_Return)  # Enter never erases (nor closes the dialog)
    assert dialog.isVisible() and asked == []
    click(qtbot, check)  # unticked again
    assert not erase.isEnabled()
    click(qtbot, erase)
    assert asked == [] and dialog.isVisible()
    dossier = clients.open_dossier(signed_in_session.workspace, client_id, audit=False)
    assert dossier.status is ClientStatus.ACTIVE and MARKER in dossier.name
    screenshot(dialog, "erasure_dialog")


def test_erasing_anonymises_the_client_and_saves_the_letter(
    qtbot: QtBot,
    signed_in_session: AppSession,
    erasure_request: tuple[int, int, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client_id, request_id, number = erasure_request
    workspace = signed_in_session.workspace
    reference = requests.get(workspace, request_id, audit=False).reference
    asked: list[str] = []

    def ask(_parent: QWidget, _title: str, suggested: str) -> Path:
        asked.append(suggested)
        return tmp_path / suggested

    monkeypatch.setattr(erasure_dialog, "ask_pdf_path", ask)
    dialog = open_dialog(qtbot, signed_in_session, request_id)
    click(qtbot, child(dialog, QWidget, "confirm_check"))
    typed = child(dialog, QLineEdit, "client_number_edit")
    assert isinstance(typed, QLineEdit)
    qtbot.keyClicks(typed, number.lower())  # case does not matter
    done = answer_next_modal_text(qtbot, timeout_ms=30_000)
    click(qtbot, child(dialog, QPushButton, "erase_button"))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30_000)

    assert asked == [f"Besluit wissing {reference}.pdf"]
    assert done == ["De gegevens zijn gewist."]
    result = dialog.result_of_erasure
    assert result is not None
    info = dialog.done_text(result, dialog.letter_path)
    assert f"Dossier {number} is geanonimiseerd" in info
    assert f"{size_text(result.vault_bytes_before)} vóór, {size_text(result.vault_bytes_after)} na" in info
    assert str(tmp_path / asked[0]) in info

    dossier = clients.open_dossier(workspace, client_id, audit=False)
    assert dossier.status is ClientStatus.ANONYMISED
    assert MARKER not in dossier.name and not dossier.draft.addresses
    closed = requests.get(workspace, request_id, audit=False)
    assert not closed.is_open and closed.outcome in (RequestOutcome.GRANTED, RequestOutcome.PARTLY_GRANTED)

    letter = (tmp_path / asked[0]).read_bytes()
    assert letter.startswith(b"%PDF")
    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(letter)).pages)
    assert reference in text and "Autoriteit Persoonsgegevens" in text


def test_a_refused_preview_is_shown_and_the_dialog_rejects(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    request_id = open_request(workspace, client_with_data(workspace), RequestType.ERASURE)  # not verified
    shown = answer_next_modal_text(qtbot)
    dialog = ErasureDialog(signed_in_session, request_id)
    qtbot.addWidget(dialog)
    assert shown == [IdentityNotVerifiedError().message("nl")]
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert dialog.preview is None
