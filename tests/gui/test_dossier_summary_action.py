"""The dossier window's "Dossieroverzicht (PDF)…" (Ctrl+Shift+P) on a real vault.

The member is asked whether special data go in (default: no); with them,
the PDF is offered a password. The save path and the password answer are
given by the test; the PDF is read back with pypdf. The action is disabled
for a new, a restricted dossier and a role without EXPORT_DATA.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from gui import test_dossier_page as page_tests
from gui.conftest import answer_next_modal
from gui.test_dossier_editor import show
from gui.test_dossier_page import SessionFor, audit_actions, open_page
from gui_helpers import button
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from request_helpers import BSN, MARKER, client_with_data, verified_request

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.requests import RequestType
from calqi_desktop.gui import pdf_export, protected_pdf
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.services import restriction
from calqi_desktop.services.workspace import Workspace

PASSWORD = "paars-zeepaard-lantaarn"

vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for


def pdf_text(data: bytes, password: str | None = None) -> str:
    reader = PdfReader(BytesIO(data))
    if password is not None:
        assert reader.is_encrypted and reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def answer_special(qtbot: QtBot, include: bool) -> list[str]:
    """Answer the "special data?" question; the list receives its objectName."""
    seen: list[str] = []

    def answer(box: Any) -> None:
        seen.append(box.objectName())
        assert isinstance(box, QMessageBox)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)  # masked by default
        box.button(QMessageBox.StandardButton.Yes if include else QMessageBox.StandardButton.No).click()

    answer_next_modal(qtbot, answer)
    return seen


@pytest.fixture
def save_to(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every save question is answered with a file in tmp_path; the list holds the names suggested."""
    suggested: list[str] = []

    def ask(_parent: QWidget, _title: str, name: str) -> Path:
        suggested.append(name)
        return tmp_path / f"{len(suggested)}-{name}"

    monkeypatch.setattr(pdf_export, "ask_pdf_path", ask)
    return suggested


def summary_button(editor: DossierEditor) -> QPushButton:
    return button(editor, "dossier_summary_button")


def test_the_summary_is_saved_masked_or_with_special_data_behind_a_password(
    qtbot: QtBot,
    as_admin: Any,
    session_for: SessionFor,
    save_to: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    client_id = as_admin(client_with_data)
    session = session_for("anna")
    page = open_page(qtbot, session)  # the page owns the window: keep it
    editor = page.open_dossier(client_id)
    assert editor is not None
    show(qtbot, editor)
    assert editor.summary_action.objectName() == "dossier_summary_action"
    assert summary_button(editor).isVisibleTo(editor) and summary_button(editor).isEnabled()
    assert summary_button(editor).text() == "Dossieroverzicht (PDF)…"

    asked = answer_special(qtbot, include=False)
    qtbot.keyClick(
        editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert asked == ["include_special_box"]
    assert save_to == ["Dossieroverzicht K-000001.pdf"]
    masked = (tmp_path / f"1-{save_to[0]}").read_bytes()
    text = pdf_text(masked)
    assert MARKER in text and BSN not in text
    assert editor.ui.editor_status_label.text().startswith("Het dossieroverzicht is opgeslagen in ")

    passwords: list[bool] = []

    def give_password(_parent: QWidget, *, language: str = "nl") -> tuple[bool, str]:
        passwords.append(True)
        return True, PASSWORD

    monkeypatch.setattr(protected_pdf, "ask_export_password", give_password)
    answer_special(qtbot, include=True)
    editor.summary_action.trigger()
    assert passwords == [True]  # asked only for the summary with special data
    full = (tmp_path / f"2-{save_to[1]}").read_bytes()
    assert BSN.encode() not in full
    assert BSN in pdf_text(full, PASSWORD).replace(".", "").replace(" ", "")
    printed = [
        details for action, cid, details in audit_actions(session) if action == AuditAction.DOCUMENT_PRINTED
    ]
    assert [(d.get("document"), d.get("special"), d.get("protected")) for d in printed] == [
        ("dossier-summary", 0, 0),
        ("dossier-summary", 1, 1),
    ]


def test_cancelling_the_question_makes_no_pdf(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, save_to: list[str]
) -> None:
    client_id = as_admin(client_with_data)
    session = session_for("anna")
    page = open_page(qtbot, session)  # the page owns the window: keep it
    editor = page.open_dossier(client_id)
    assert editor is not None

    def cancel(box: Any) -> None:
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_next_modal(qtbot, cancel)
    editor.summary_action.trigger()
    assert save_to == []
    assert AuditAction.DOCUMENT_PRINTED not in [action for action, _cid, _d in audit_actions(session)]


def test_disabled_for_a_new_or_restricted_dossier_and_without_export_rights(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, save_to: list[str]
) -> None:
    def set_up(workspace: Workspace) -> tuple[int, int]:
        restricted = client_with_data(workspace)
        request_id = verified_request(workspace, restricted, RequestType.RESTRICTION)
        restriction.set_restriction(workspace, request_id, "Juistheid betwist")
        return restricted, client_with_data(workspace, "Merel")

    restricted, other = as_admin(set_up)
    accountant = session_for("anna")
    page = open_page(qtbot, accountant)
    editor = page.open_dossier(restricted)
    assert editor is not None
    assert not editor.summary_action.isEnabled() and not summary_button(editor).isEnabled()
    assert "beperkt" in summary_button(editor).toolTip()
    editor.save_summary()  # refused before anything is asked
    assert save_to == []
    new = page.new_dossier()
    assert new is not None and not new.summary_action.isEnabled()
    assert summary_button(new).toolTip() == "Sla het nieuwe dossier eerst op."
    accountant.sign_out()

    assistent = open_page(qtbot, session_for("sam"))
    editor = assistent.open_dossier(other)
    assert editor is not None
    assert not editor.summary_action.isEnabled() and not summary_button(editor).isVisibleTo(editor)
