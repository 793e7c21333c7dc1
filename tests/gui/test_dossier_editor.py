"""The dossier window as a user meets it: create, correct, save with a reason, history, special data, roles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui import test_dossier_page as page_tests
from gui.conftest import answer_next_modal
from gui.test_dossier_page import BSN, SessionFor, audit_actions, make_person, open_page
from gui_helpers import button, click, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import MASK, ChangeReason, ClientDraft, ClientKind
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.gui.dossier_history_model import HistoryColumn
from calqi_desktop.services import clients, special_data
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import Client

Shot = Callable[[QWidget, str], Path]

# the page tests' fixtures: a vault with staff of every role, set-up as the beheerder, a session per member
vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for


# --- helpers -------------------------------------------------------------------------


def edit(widget: QWidget, name: str) -> QLineEdit:
    found = widget.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def tabs(editor: DossierEditor) -> QTabWidget:
    return editor.findChild(QTabWidget, "dossier_tabs")


def go_to_tab(editor: DossierEditor, name: str) -> None:
    tabs(editor).setCurrentWidget(editor.findChild(QWidget, name))


def current_tab(editor: DossierEditor) -> str:
    return tabs(editor).currentWidget().objectName()


def handle(qtbot: QtBot, work: Callable[[Any], None]) -> list[Any]:
    """Answer the next modal dialog with `work`; close it afterwards whatever happens. Returns what it saw."""
    seen: list[Any] = []

    def run(dialog: Any) -> None:
        seen.append(dialog)
        try:
            work(dialog)
        finally:
            if dialog.isVisible():
                dialog.done(0)

    answer_next_modal(qtbot, run)
    return seen


def give_reason(qtbot: QtBot, reason: ChangeReason = ChangeReason.CORRECTION, note: str = "") -> list[Any]:
    def answer(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "reason_combo")
        combo.setCurrentIndex(combo.findData(reason.value))
        if note:
            qtbot.keyClicks(dialog.findChild(QLineEdit, "note_edit"), note)
        click(qtbot, button(dialog, "save_with_reason_button"))

    return handle(qtbot, answer)


def visible_buttons(widget: QWidget) -> list[str]:
    return [b.objectName() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]


def line_edit_texts(widget: QWidget) -> list[str]:
    return [e.text() for e in widget.findChildren(QLineEdit)]


def history_rows(editor: DossierEditor) -> list[list[str]]:
    model = editor.findChild(QTableView, "history_table").model()
    return [[model.index(r, c).data() for c in HistoryColumn] for r in range(model.rowCount())]


def snap(screenshot: Shot, widget: QWidget, name: str) -> None:
    """A screenshot once the layouts have settled (key clicks in tests do not run the event loop)."""
    QTest.qWait(50)
    screenshot(widget, name)


def show(qtbot: QtBot, editor: DossierEditor) -> DossierEditor:
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    return editor


# --- creating and changing ------------------------------------------------------------


def test_a_person_dossier_is_made_corrected_and_its_history_shown(
    qtbot: QtBot, session_for: SessionFor, screenshot: Shot
) -> None:
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.new_dossier()
    assert editor is not None
    show(qtbot, editor)
    assert edit(editor, "client_number_edit").placeholderText().endswith("K-000001")
    assert not edit(editor, "organisation_name_edit").isVisible()
    qtbot.keyClicks(edit(editor, "initials_edit"), "ja")
    qtbot.keyClicks(edit(editor, "first_names_edit"), "Johanna Anna")
    qtbot.keyClicks(edit(editor, "tussenvoegsel_edit"), "de")
    qtbot.keyClicks(edit(editor, "last_name_edit"), "Vries")
    qtbot.keyClicks(edit(editor, "kvk_number_edit"), "123")  # wrong too: every bad field is marked
    snap(screenshot, editor, "dossier-gegevens")

    go_to_tab(editor, "contact_tab")
    click(qtbot, button(editor, "add_address_button"))
    address = editor.contact_tab.address_rows[0]
    qtbot.keyClicks(edit(address, "street_edit"), "Oudegracht")
    qtbot.keyClicks(edit(address, "house_number_edit"), "231")
    qtbot.keyClicks(edit(address, "postcode_edit"), "0511 NK")
    qtbot.keyClicks(edit(address, "city_edit"), "Utrecht")
    assert address.country_combo.currentText() == "Nederland"
    click(qtbot, button(editor, "add_email_button"))
    qtbot.keyClicks(edit(editor.contact_tab.email_rows[0], "address_edit"), "jan@example.nl")
    go_to_tab(editor, "details_tab")

    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert editor.client_id is None  # nothing saved
    assert editor.field_error("addresses.0.postcode").startswith("Dit is geen geldige postcode")
    assert "KvK" in editor.field_error("kvk_number")
    assert current_tab(editor) == "details_tab"  # the first bad field is on Gegevens
    assert not address.findChild(QLabel, "postcode_error_label").isHidden()
    assert edit(address, "postcode_edit").property("invalid") is True
    assert "2 velden" in editor.findChild(QLabel, "editor_status_label").text()
    snap(screenshot, editor, "dossier-fouten")
    edit(editor, "kvk_number_edit").clear()
    editor.save()
    assert current_tab(editor) == "contact_tab" and edit(address, "postcode_edit").hasFocus()
    snap(screenshot, editor, "dossier-adressen-fout")

    type_into(qtbot, edit(address, "postcode_edit"), "3511nk")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        click(qtbot, button(editor, "save_button"))
    client_id = editor.client_id
    assert client_id is not None and not editor.has_unsaved_changes()
    assert editor.field_error("addresses.0.postcode") == ""
    assert edit(editor.contact_tab.address_rows[0], "postcode_edit").text() == "3511 NK"
    assert edit(editor, "initials_edit").text() == "J.A."
    assert "Vries" in editor.windowTitle() and "K-000001" in editor.windowTitle()
    assert page.selected_id() == client_id  # the list was refreshed after the save
    snap(screenshot, editor, "dossier-adressen")
    editor.close()

    # reopen, correct the last name with a reason; the history shows it
    editor = page.open_dossier(client_id)
    assert editor is not None
    show(qtbot, editor)
    type_into(qtbot, edit(editor, "last_name_edit"), "Visser")
    asked = give_reason(qtbot, ChangeReason.REPORTED_BY_CLIENT, "per e-mail")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_action.trigger()
    assert len(asked) == 1
    go_to_tab(editor, "history_tab")
    rows = history_rows(editor)
    assert rows[0][HistoryColumn.FIELD :] == [
        "Achternaam",
        "Vries",
        "Visser",
        "Doorgegeven door de klant: per e-mail",
    ]
    assert rows[0][HistoryColumn.CHANGED_BY] == "anna"
    assert any(row[HistoryColumn.FIELD] == "Soort" and row[HistoryColumn.NEW] == "Persoon" for row in rows)
    dossier = clients.open_dossier(session.workspace, client_id, audit=False)
    assert dossier.draft.last_name == "Visser" and dossier.draft.emails[0].address == "jan@example.nl"
    snap(screenshot, editor, "dossier-historie")


def test_other_needs_a_note_and_cancelling_the_reason_saves_nothing(
    qtbot: QtBot, as_admin, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Jansen", bsn=None))
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    type_into(qtbot, edit(editor, "function_edit"), "Directeur")
    seen: dict[str, Any] = {}

    def answer(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "reason_combo")
        combo.setCurrentIndex(combo.findData(ChangeReason.OTHER.value))
        click(qtbot, button(dialog, "save_with_reason_button"))
        seen["refused"] = (dialog.isVisible(), dialog.findChild(QLabel, "error_label").text())
        snap(screenshot, dialog, "reden-van-wijziging")
        click(qtbot, button(dialog, "cancel_button"))

    handle(qtbot, answer)
    assert not editor.save()
    visible, message = seen["refused"]
    assert visible and message.startswith("Bij ‘Anders’ is een toelichting nodig")
    assert editor.has_unsaved_changes()
    assert clients.open_dossier(session.workspace, client_id, audit=False).draft.function == ""


def test_an_organisation_shows_its_own_fields(qtbot: QtBot, session_for: SessionFor) -> None:
    page = open_page(qtbot, session_for("anna"))
    editor = page.new_dossier()
    assert editor is not None
    kind = editor.findChild(QComboBox, "kind_combo")
    kind.setCurrentIndex(kind.findData(ClientKind.ORGANISATION.value))
    assert edit(editor, "organisation_name_edit").isVisibleTo(editor)
    assert not edit(editor, "last_name_edit").isVisibleTo(editor)
    assert not tabs(editor).isTabVisible(tabs(editor).indexOf(editor.findChild(QWidget, "special_tab")))
    qtbot.keyClicks(edit(editor, "organisation_name_edit"), "Bakkerij Jansen B.V.")
    qtbot.keyClicks(edit(editor, "rsin_edit"), "123456782")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert editor.dossier is not None and editor.dossier.draft.rsin == "123456782"


# --- closing ------------------------------------------------------------------------------


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, as_admin, session_for: SessionFor) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Jansen", bsn=None))
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    show(qtbot, editor)
    editor.close()  # nothing changed: closes without asking
    assert page.editors == []
    editor = page.open_dossier(client_id)
    assert editor is not None
    show(qtbot, editor)
    type_into(qtbot, edit(editor, "last_name_edit"), "Janssen")
    assert page.has_unsaved_changes()

    texts: list[str] = []

    def cancel(box: QMessageBox) -> None:
        texts.append(box.text())
        texts.append(box.button(QMessageBox.StandardButton.Discard).text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    handle(qtbot, cancel)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert texts == ["Wijzigingen opslaan?", "Niet opslaan"]
    assert editor.isVisible() and edit(editor, "last_name_edit").text() == "Janssen"

    def save(box: QMessageBox) -> None:
        give_reason(qtbot)  # the next modal: the reason of the change
        box.button(QMessageBox.StandardButton.Save).click()

    handle(qtbot, save)
    show(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.editors == [], timeout=5000)
    assert clients.open_dossier(session.workspace, client_id, audit=False).draft.last_name == "Janssen"

    editor = page.open_dossier(client_id)
    assert editor is not None
    type_into(qtbot, edit(editor, "last_name_edit"), "Weg")
    handle(qtbot, lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    editor.close()
    assert page.editors == [] and not page.has_unsaved_changes()
    assert clients.open_dossier(session.workspace, client_id, audit=False).draft.last_name == "Janssen"


# --- special data --------------------------------------------------------------------------


def test_the_accountant_reveals_and_copies_the_bsn_with_audit_events(
    qtbot: QtBot, as_admin, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Müller"))
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    go_to_tab(editor, "special_tab")
    bsn = edit(editor, "bsn_edit")
    assert bsn.text() == MASK and bsn.isReadOnly()
    assert "Wettelijke plicht" in editor.findChild(QLabel, "bsn_basis_label").text()
    assert "vastgelegd door beheerder" in editor.findChild(QLabel, "bsn_basis_label").text()
    assert not edit(editor, "birth_date_edit").isEnabled()  # no basis for the birth data
    assert "Geen grondslag vastgelegd" in editor.findChild(QLabel, "birth_basis_label").text()
    snap(screenshot, editor, "dossier-bijzondere-gegevens")
    assert BSN not in line_edit_texts(editor)
    click(qtbot, button(editor, "bsn_reveal_button"))
    assert bsn.text() == BSN and not bsn.isReadOnly()
    assert not button(editor, "bsn_reveal_button").isVisibleTo(editor)
    revealed = [d for a, c, d in audit_actions(session) if a == AuditAction.SPECIAL_FIELD_REVEALED.value]
    assert revealed == [{"field": "bsn"}]
    click(qtbot, button(editor, "bsn_copy_button"))
    assert QGuiApplication.clipboard().text() == BSN and session.clipboard.holds_secret
    assert "gekopieerd" in editor.findChild(QLabel, "editor_status_label").text()
    copied = [d for a, c, d in audit_actions(session) if a == AuditAction.SPECIAL_FIELD_COPIED.value]
    assert copied == [{"field": "bsn"}]
    assert not editor.has_unsaved_changes()  # revealing is not changing
    session.clipboard.clear()


def test_the_assistent_sees_no_special_values_and_no_buttons(
    qtbot: QtBot, as_admin, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Müller"))
    session = session_for("sam")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    for name in ("special_tab", "children_tab", "bank_accounts_tab"):
        go_to_tab(editor, name)
        tab = editor.findChild(QWidget, name)
        hidden = [
            label for label in tab.findChildren(QLabel) if label.objectName() == "hidden_for_role_label"
        ]
        assert hidden and hidden[0].isVisibleTo(editor)
        assert hidden[0].text() == "Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar."
        assert visible_buttons(tab) == []
        assert not any(e.isVisibleTo(editor) for e in tab.findChildren(QLineEdit))
    go_to_tab(editor, "special_tab")
    snap(screenshot, editor, "dossier-bijzondere-gegevens-assistent")
    assert BSN not in line_edit_texts(editor) and MASK not in line_edit_texts(editor)
    assert not any(a == AuditAction.SPECIAL_FIELD_REVEALED.value for a, _c, _d in audit_actions(session))
    # the assistent may still edit the ordinary details
    type_into(qtbot, edit(editor, "function_edit"), "Eigenaar")
    give_reason(qtbot)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()


def test_a_new_dossier_records_the_basis_with_the_bsn(
    qtbot: QtBot, session_for: SessionFor, screenshot: Shot
) -> None:
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.new_dossier()
    assert editor is not None
    qtbot.keyClicks(edit(editor, "last_name_edit"), "Bakker")
    go_to_tab(editor, "special_tab")
    assert not edit(editor, "bsn_edit").isEnabled()
    seen: dict[str, Any] = {}

    def record(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "basis_combo")
        seen["bases"] = [combo.itemText(i) for i in range(combo.count())]
        snap(screenshot, dialog, "grondslag-vastleggen")
        click(qtbot, button(dialog, "record_basis_button"))

    handle(qtbot, record)
    click(qtbot, button(editor, "bsn_basis_button"))
    assert seen["bases"] == ["Wettelijke plicht (fiscale dienstverlening)"]  # the only basis for a BSN
    assert "wordt vastgelegd bij het opslaan" in editor.findChild(QLabel, "bsn_basis_label").text()
    bsn = edit(editor, "bsn_edit")
    assert bsn.isEnabled() and not bsn.isReadOnly()
    qtbot.keyClicks(bsn, "123456789")  # fails the 11-proef
    editor.save()
    assert current_tab(editor) == "special_tab" and "BSN" in editor.field_error("bsn")
    type_into(qtbot, bsn, BSN)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert editor.client_id is not None and edit(editor, "bsn_edit").text() == MASK
    assert editor.dossier is not None and editor.dossier.special_present["bsn"]


def test_a_bank_account_is_added_after_recording_its_basis(
    qtbot: QtBot, as_admin, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Müller", bsn=None))
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    go_to_tab(editor, "bank_accounts_tab")
    add = button(editor, "add_bank_account_row_button")
    assert not add.isEnabled()

    def record(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "basis_combo")
        combo.setCurrentIndex(combo.findText("Overeenkomst"))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "note_edit"), "opdrachtbevestiging")
        click(qtbot, button(dialog, "record_basis_button"))

    handle(qtbot, record)
    click(qtbot, button(editor, "bank_accounts_basis_button"))
    assert "Overeenkomst" in editor.findChild(QLabel, "bank_accounts_basis_label").text()
    assert add.isEnabled() and not editor.has_unsaved_changes()  # the basis is saved at once

    def account(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "iban_edit"), "NL91ABNA0417164301")
        click(qtbot, button(dialog, "ok_button"))
        seen_error = dialog.findChild(QLabel, "iban_error_label").text()
        assert seen_error and dialog.isVisible()
        type_into(qtbot, dialog.findChild(QLineEdit, "iban_edit"), "NL91 ABNA 0417 1643 00")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "holder_edit"), "H. Muller")
        click(qtbot, button(dialog, "ok_button"))

    handle(qtbot, account)
    click(qtbot, add)
    assert editor.has_unsaved_changes()
    give_reason(qtbot, ChangeReason.COMPLETION)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    rows = editor.bank_accounts_tab.rows
    assert len(rows) == 1
    label = rows[0].findChild(QLabel, "row_label")
    assert "ABNA" not in label.text() and "NL••" in label.text()
    snap(screenshot, editor, "dossier-bankrekeningen")
    click(qtbot, rows[0].findChild(QPushButton, "reveal_button"))
    label = editor.bank_accounts_tab.rows[0].findChild(QLabel, "row_label")
    assert "NL91 ABNA 0417 1643 00 — H. Muller" in label.text()
    revealed = [d for a, c, d in audit_actions(session) if a == AuditAction.SPECIAL_FIELD_REVEALED.value]
    assert len(revealed) == 1 and str(revealed[0]["field"]).startswith("bank_accounts.")
    go_to_tab(editor, "children_tab")
    snap(screenshot, editor, "dossier-kinderen")


def test_a_child_is_added_revealed_corrected_and_removed(
    qtbot: QtBot, as_admin, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Müller", bsn=None))
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    go_to_tab(editor, "children_tab")
    add = button(editor, "add_child_row_button")
    assert not add.isEnabled()  # no basis yet

    def record(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "basis_combo")
        combo.setCurrentIndex(combo.findText("Wettelijke plicht (fiscale dienstverlening)"))
        click(qtbot, button(dialog, "record_basis_button"))

    handle(qtbot, record)
    click(qtbot, button(editor, "children_basis_button"))
    assert add.isEnabled()

    def child(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.findChild(QLineEdit, "first_names_edit"), "Sem")
        qtbot.keyClicks(dialog.findChild(QLineEdit, "birth_date_edit"), "01-01-2999")
        click(qtbot, button(dialog, "ok_button"))
        assert dialog.findChild(QLabel, "birth_date_error_label").text()  # in the future: said at the field
        assert dialog.isVisible()
        type_into(qtbot, dialog.findChild(QLineEdit, "birth_date_edit"), "03-04-2015")
        click(qtbot, button(dialog, "ok_button"))

    handle(qtbot, child)
    click(qtbot, add)
    give_reason(qtbot, ChangeReason.COMPLETION)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    [row] = editor.children_tab.rows
    assert "Sem" not in row.findChild(QLabel, "row_label").text()  # masked until shown
    assert not row.findChild(QPushButton, "edit_button").isEnabled()

    click(qtbot, row.findChild(QPushButton, "reveal_button"))
    [row] = editor.children_tab.rows
    assert "Sem, geboren 03-04-2015" in row.findChild(QLabel, "row_label").text()

    def rename(dialog: QDialog) -> None:
        type_into(qtbot, dialog.findChild(QLineEdit, "first_names_edit"), "Sem Jan")
        click(qtbot, button(dialog, "ok_button"))

    handle(qtbot, rename)
    click(qtbot, row.findChild(QPushButton, "edit_button"))
    give_reason(qtbot, ChangeReason.CORRECTION)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    dossier = clients.open_dossier(session.workspace, client_id, audit=False)
    assert (
        special_data.reveal_child(session.workspace, client_id, dossier.children[0].id).first_names
        == "Sem Jan"
    )

    [row] = editor.children_tab.rows
    click(qtbot, row.findChild(QPushButton, "remove_button"))
    give_reason(qtbot, ChangeReason.CORRECTION)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert clients.open_dossier(session.workspace, client_id, audit=False).children == ()
    changes = [c for c in clients.history(session.workspace, client_id) if c.field == "children"]
    assert len(changes) == 3 and all(c.old_value is None and c.new_value is None for c in changes)


# --- read-only ---------------------------------------------------------------------------------


def test_a_restricted_dossier_opens_read_only_with_a_banner(
    qtbot: QtBot, as_admin, session_for: SessionFor, screenshot: Shot
) -> None:
    def restrict(workspace: Workspace) -> int:
        client_id = make_person(workspace, "Jansen", bsn=None)
        with workspace.transaction() as db:
            client = db.get(Client, client_id)
            assert client is not None
            client.restricted = True
            client.restriction_reason = "bezwaar"
        return client_id

    client_id = as_admin(restrict)
    page = open_page(qtbot, session_for("anna"))
    editor = page.open_dossier(client_id)
    assert editor is not None
    banner = editor.findChild(QLabel, "banner_label")
    assert banner.isVisibleTo(editor) and banner.text().startswith("Verwerking beperkt (AVG art. 18)")
    assert "bezwaar" in banner.text()
    assert edit(editor, "last_name_edit").isReadOnly()
    assert not button(editor, "save_button").isVisibleTo(editor) and not editor.save()
    assert not editor.has_unsaved_changes()
    snap(screenshot, editor, "dossier-beperkt")


# --- documents -----------------------------------------------------------------------------------


def test_documents_are_added_listed_and_removed(
    qtbot: QtBot, as_admin, session_for: SessionFor, tmp_path: Path, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Müller", bsn=None))
    session = session_for("anna")
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    go_to_tab(editor, "documents_tab")
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    scan = tmp_path / "formulier.png"
    assert image.save(str(scan))
    seen: dict[str, Any] = {}

    def choose_kind(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "kind_combo")
        seen["kinds"] = {
            combo.itemText(i): bool(
                combo.model().flags(combo.model().index(i, 0)) & Qt.ItemFlag.ItemIsEnabled
            )
            for i in range(combo.count())
        }
        combo.setCurrentIndex(combo.findText("Ondertekend formulier"))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "description_edit"), "machtiging")
        click(qtbot, button(dialog, "add_button"))

    handle(qtbot, choose_kind)
    assert editor.documents_tab.add_file(scan)
    assert seen["kinds"]["Kopie identiteitsbewijs"] is False  # no basis recorded
    assert seen["kinds"]["Ondertekend formulier"] is True
    table = editor.findChild(QTableView, "documents_table")
    model = table.model()
    assert model.rowCount() == 1
    assert [model.index(0, c).data() for c in range(4)] == [
        "Ondertekend formulier",
        "formulier.png",
        "PNG",
        model.index(0, 3).data(),
    ]
    assert model.index(0, 4).data() == "anna"
    editor.documents_tab.select_row(0)
    assert button(editor, "view_document_button").isEnabled()
    snap(screenshot, editor, "dossier-documenten")
    viewed: list[str] = []

    def look(dialog: QDialog) -> None:
        viewed.append(dialog.objectName())
        viewed.append(dialog.findChild(QLabel, "name_label").text())

    handle(qtbot, look)
    click(qtbot, button(editor, "view_document_button"))
    assert viewed == ["document_viewer_dialog", "formulier.png"]
    assert any(a == AuditAction.DOCUMENT_VIEWED.value for a, _c, _d in audit_actions(session))
    target = tmp_path / "kopie.png"
    assert editor.documents_tab.save_to(editor.documents_tab.selected(), target)  # as after "Opslaan als…"
    assert target.read_bytes() == scan.read_bytes()
    assert any(row[2] == "Document" for row in history_rows(editor))

    handle(
        qtbot,
        lambda dialog: (
            dialog.findChild(QComboBox, "reason_combo").setCurrentIndex(
                dialog.findChild(QComboBox, "reason_combo").findData(ChangeReason.CORRECTION.value)
            ),
            click(qtbot, button(dialog, "save_with_reason_button")),
        ),
    )
    click(qtbot, button(editor, "remove_document_button"))
    assert model.rowCount() == 0


@pytest.mark.parametrize("user", ["fleur"])
def test_a_role_without_edit_rights_views_only(
    qtbot: QtBot, as_admin, session_for: SessionFor, user: str
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, "Müller"))
    page = open_page(qtbot, session_for(user))
    editor = page.open_dossier(client_id)
    assert editor is not None
    assert "Uw rol mag het niet wijzigen" in editor.findChild(QLabel, "banner_label").text()
    go_to_tab(editor, "special_tab")
    assert button(editor, "bsn_reveal_button").isVisibleTo(editor)  # the privacy officer may look
    assert not button(editor, "bsn_basis_button").isVisibleTo(editor)
    click(qtbot, button(editor, "bsn_reveal_button"))
    assert edit(editor, "bsn_edit").text() == BSN and edit(editor, "bsn_edit").isReadOnly()
    assert not editor.has_unsaved_changes()


def test_new_person_draft_defaults(qtbot: QtBot, session_for: SessionFor) -> None:
    session: AppSession = session_for("anna")
    editor = DossierEditor(session, None)
    qtbot.addWidget(editor)
    assert editor.client_id is None and not editor.has_unsaved_changes()
    assert editor.ui.status_combo.count() == 2  # anonymised is never chosen by hand
    assert not edit(editor, "ended_on_edit").isEnabled()
    status = editor.ui.status_combo
    status.setCurrentIndex(status.findText("Beëindigd"))
    assert edit(editor, "ended_on_edit").isEnabled()
    qtbot.keyClicks(edit(editor, "last_name_edit"), "Smit")
    qtbot.keyClicks(edit(editor, "ended_on_edit"), "31-02-2024")
    editor.save()
    assert "datum" in editor.field_error("ended_on").lower()
    type_into(qtbot, edit(editor, "ended_on_edit"), "29-02-2024")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert editor.dossier is not None and str(editor.dossier.draft.ended_on) == "2024-02-29"
    assert edit(editor, "ended_on_edit").text() == "29-02-2024"
    assert isinstance(ClientDraft(), ClientDraft)


def test_the_assistent_cannot_open_an_id_copy(qtbot: QtBot, as_admin, session_for: SessionFor) -> None:
    from calqi_desktop.domain.clients import DocumentKind, LegalBasisKind, SpecialCategory
    from calqi_desktop.services import documents, special_data

    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.gray)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    png = bytes(data.data())

    def fill(workspace: Workspace) -> int:
        client_id = make_person(workspace, "Müller", bsn=None)
        special_data.record_legal_basis(
            workspace, client_id, SpecialCategory.ID_COPY, LegalBasisKind.LEGAL_OBLIGATION
        )
        documents.add_document(workspace, client_id, DocumentKind.ID_COPY, "paspoort.png", png)
        documents.add_document(workspace, client_id, DocumentKind.OTHER, "brief.png", png)
        return client_id

    client_id = as_admin(fill)
    page = open_page(qtbot, session_for("sam"))
    editor = page.open_dossier(client_id)
    assert editor is not None
    go_to_tab(editor, "documents_tab")
    model = editor.findChild(QTableView, "documents_table").model()
    rows = {model.index(r, 1).data(): r for r in range(model.rowCount())}
    assert "paspoort.png" not in rows  # the name of an ID copy is special data too: only its kind shows
    editor.documents_tab.select_row(rows["Kopie identiteitsbewijs"])
    view = button(editor, "view_document_button")
    assert not view.isEnabled() and "uw rol mag het niet openen" in view.toolTip()
    assert not button(editor, "save_document_as_button").isVisibleTo(editor)  # no export for the assistent
    editor.documents_tab.select_row(rows["brief.png"])
    assert view.isEnabled()
    assert not any(line.isVisibleTo(editor) for line in editor.documents_tab.basis_lines.values())
    assert editor.documents_tab.allowed_kinds()[DocumentKind.ID_COPY] is False


def test_the_reason_dialog_does_not_offer_a_rectification_request(
    qtbot: QtBot, as_admin, session_for: SessionFor
) -> None:
    """That reason belongs to a data-subject request: it is set by the window in request mode only."""
    client_id = as_admin(lambda ws: make_person(ws, "Jansen", bsn=None))
    page = open_page(qtbot, session_for("anna"))
    editor = page.open_dossier(client_id)
    assert editor is not None
    show(qtbot, editor)
    type_into(qtbot, edit(editor, "initials_edit"), "P.")
    offered: list[list[str]] = []

    def look(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox, "reason_combo")
        offered.append([combo.itemData(row) for row in range(combo.count())])
        click(qtbot, button(dialog, "cancel_button"))

    handle(qtbot, look)
    assert not editor.save()
    assert offered and ChangeReason.CORRECTION.value in offered[0]
    assert ChangeReason.RECTIFICATION_REQUEST.value not in offered[0]
    type_into(qtbot, edit(editor, "initials_edit"), "H.")  # back as it was: nothing to ask on closing
    assert not editor.has_unsaved_changes()
