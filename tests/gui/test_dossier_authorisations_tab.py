"""The 'Machtigingen' tab and its dialogs as a user meets them: record, activate, reveal, revoke, print."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from gui import test_dossier_page as page_tests
from gui.test_document_viewer import pdf_bytes
from gui.test_dossier_editor import go_to_tab, handle, show, snap
from gui.test_dossier_page import SessionFor, audit_actions, make_person, open_page
from gui_helpers import button, click, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import (
    AuthorisationDraft,
    AuthorisationKind,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.disclosures import DisclosureChannel, DisclosureDraft
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.authorisation_dialog import AuthorisationDialog
from calqi_desktop.gui.authorisation_model import CODE_MASK, AuthorisationColumn, AuthorisationTableModel
from calqi_desktop.gui.dossier_authorisations_tab import AuthorisationsTab
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.gui.dossier_page import DossierPage
from calqi_desktop.services import authorisations, disclosures
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import Client

Shot = Callable[[QWidget, str], Path]
vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for

TODAY = date.today()
LAST_YEAR = TODAY.year - 1
CODE = "AB12CD34EF"


# --- helpers -------------------------------------------------------------------------


def open_editor(qtbot: QtBot, session: AppSession, client_id: int) -> tuple[DossierPage, DossierEditor]:
    """The page stays with the caller: the editor is its child and goes when the page is collected."""
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    show(qtbot, editor)
    go_to_tab(editor, "authorisations_tab")
    return page, editor


def tab_of(editor: DossierEditor) -> AuthorisationsTab:
    return editor.authorisations_tab


def rows(tab: AuthorisationsTab) -> list[list[str]]:
    model = tab.findChild(QTableView, "authorisation_table").model()
    return [[model.index(r, c).data() for c in AuthorisationColumn] for r in range(model.rowCount())]


def combo(widget: QWidget, name: str) -> QComboBox:
    found = widget.findChild(QComboBox, name)
    assert found is not None, name
    return found


def line(widget: QWidget, name: str) -> QLineEdit:
    found = widget.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def choose(widget: QWidget, name: str, value: str) -> None:
    box = combo(widget, name)
    index = box.findData(value)
    assert index >= 0, (name, value)
    box.setCurrentIndex(index)


def new_dialog(qtbot: QtBot, session: AppSession, client_id: int) -> AuthorisationDialog:
    dialog = AuthorisationDialog(session, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add_via(workspace: Workspace, client_id: int, *, code: str | None = None) -> int:
    draft = AuthorisationDraft(
        AuthorisationKind.VIA,
        year_from=LAST_YEAR,
        requested_on=TODAY,
        activation_code=code,
        activated_on=TODAY if code else None,
    )
    return authorisations.add_authorisation(workspace, client_id, draft).id


def enabled(dialog: QWidget) -> dict[str, bool]:
    names = (
        "recipient_kind_combo",
        "recipient_name_edit",
        "tax_type_combo",
        "tax_return_check",
        "annual_account_check",
        "year_from_edit",
        "year_to_edit",
        "activation_code_edit",
        "activated_on_edit",
    )
    return {name: dialog.findChild(QWidget, name).isEnabled() for name in names}


# --- the dialog ---------------------------------------------------------------------------


def test_the_fields_follow_the_kind(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    dialog = new_dialog(qtbot, session_for("anna"), client_id)
    choose(dialog, "kind_combo", AuthorisationKind.SBA.value)
    assert not any(enabled(dialog).values())
    choose(dialog, "kind_combo", AuthorisationKind.VIA.value)
    assert enabled(dialog) == {
        "recipient_kind_combo": False,
        "recipient_name_edit": False,
        "tax_type_combo": False,
        "tax_return_check": False,
        "annual_account_check": False,
        "year_from_edit": True,
        "year_to_edit": False,
        "activation_code_edit": True,
        "activated_on_edit": True,
    }
    assert combo(dialog, "tax_type_combo").currentData() == TaxType.IB.value  # a VIA is income tax
    assert line(dialog, "activation_code_edit").echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(line(dialog, "year_from_edit"), "20x24")  # digits only
    assert line(dialog, "year_from_edit").text() == "2024"
    choose(dialog, "kind_combo", AuthorisationKind.CONTINUING.value)
    assert enabled(dialog)["tax_type_combo"] and enabled(dialog)["year_to_edit"]
    assert not enabled(dialog)["activation_code_edit"] and line(dialog, "activation_code_edit").text() == ""
    assert combo(dialog, "recipient_kind_combo").currentData() == RecipientKind.BELASTINGDIENST.value
    choose(dialog, "kind_combo", AuthorisationKind.CLIENT_SIGNED.value)
    state = enabled(dialog)
    assert state["recipient_kind_combo"] and state["annual_account_check"]
    assert not state["recipient_name_edit"]  # the Belastingdienst is not named
    assert not state["tax_type_combo"]  # only with a tax return
    choose(dialog, "recipient_kind_combo", RecipientKind.BANK.value)
    dialog.ui.tax_return_check.setChecked(True)
    assert enabled(dialog)["recipient_name_edit"] and enabled(dialog)["tax_type_combo"]
    recipients = combo(dialog, "recipient_kind_combo")
    assert RecipientKind.THIRD_PARTY.value not in [recipients.itemData(i) for i in range(recipients.count())]
    snap(screenshot, dialog, "machtiging-getekend")


def test_a_bad_year_is_marked_at_its_field_and_nothing_is_recorded(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    session = session_for("anna")
    dialog = new_dialog(qtbot, session, client_id)
    choose(dialog, "kind_combo", AuthorisationKind.CONTINUING.value)
    choose(dialog, "tax_type_combo", TaxType.IB.value)
    qtbot.keyClicks(line(dialog, "year_from_edit"), "1850")
    qtbot.keyClicks(line(dialog, "valid_from_edit"), "31-02-2025")
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.authorisation is None
    assert dialog.field_error("year_from").startswith("Vul een belastingjaar in tussen 1990 en")
    assert dialog.field_error("valid_from") != ""  # every bad field at once
    assert line(dialog, "year_from_edit").property("invalid") is True
    assert dialog.findChild(QLabel, "year_from_error_label").isVisibleTo(dialog)
    snap(screenshot, dialog, "machtiging-fout-jaar")
    assert authorisations.client_authorisations(session.workspace, client_id) == []


def test_a_field_the_service_refuses_is_marked_there_too(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    dialog = new_dialog(qtbot, session_for("anna"), client_id)
    choose(dialog, "kind_combo", AuthorisationKind.VIA.value)
    qtbot.keyClicks(line(dialog, "year_from_edit"), str(LAST_YEAR))
    qtbot.keyClicks(line(dialog, "activated_on_edit"), format_date_nl(TODAY))  # activated, but no code
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.authorisation is None and dialog.isVisible()
    assert dialog.field_error("activation_code") != ""
    assert line(dialog, "activation_code_edit").property("invalid") is True


def test_an_activated_via_shows_what_it_covers_read_only_and_its_dates_still_change(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    as_admin(lambda ws: add_via(ws, client_id, code=CODE))
    session = session_for("anna")
    [via] = authorisations.client_authorisations(session.workspace, client_id)
    assert via.scope_locked
    dialog = AuthorisationDialog(session, client_id, via)
    qtbot.addWidget(dialog)
    dialog.show()
    state = enabled(dialog)
    assert not combo(dialog, "kind_combo").isEnabled()
    assert not state["year_from_edit"] and not state["tax_type_combo"] and not state["year_to_edit"]
    assert line(dialog, "year_from_edit").text() == str(LAST_YEAR)  # still in view
    assert combo(dialog, "kind_combo").currentData() == AuthorisationKind.VIA.value
    assert state["activated_on_edit"] and line(dialog, "valid_until_edit").isEnabled()
    assert "al geactiveerd of gebruikt" in dialog.findChild(QLabel, "kind_hint_label").text()
    type_into(qtbot, line(dialog, "valid_until_edit"), format_date_nl(date(TODAY.year, 12, 31)))
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.authorisation is not None, dialog.ui.error_label.text()
    assert dialog.authorisation.terms.valid_until == date(TODAY.year, 12, 31)
    assert (dialog.authorisation.terms.kind, dialog.authorisation.terms.year_from) == (
        AuthorisationKind.VIA,
        LAST_YEAR,
    )


def test_a_scope_change_the_service_refuses_is_said_under_the_form(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor
) -> None:
    """The dialog was opened before a disclosure came to rest on it: the service still refuses."""
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    draft = AuthorisationDraft(
        AuthorisationKind.CONTINUING, tax_type=TaxType.IB, year_from=LAST_YEAR, valid_from=TODAY
    )
    as_admin(lambda ws: authorisations.add_authorisation(ws, client_id, draft))
    session = session_for("anna")
    [continuing] = authorisations.client_authorisations(session.workspace, client_id)
    dialog = AuthorisationDialog(session, client_id, continuing)
    qtbot.addWidget(dialog)
    dialog.show()
    assert combo(dialog, "tax_type_combo").isEnabled()  # nothing rests on it yet
    ib_return = DisclosureDraft(
        DocumentType.TAX_RETURN,
        LAST_YEAR,
        RecipientKind.BELASTINGDIENST,
        TODAY,
        DisclosureChannel.ELECTRONIC,
        tax_type=TaxType.IB,
    )
    disclosures.record_disclosure(session.workspace, client_id, ib_return)
    choose(dialog, "tax_type_combo", TaxType.BTW.value)
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.authorisation is None and dialog.isVisible()
    error = dialog.findChild(QLabel, "error_label")
    assert error.isVisibleTo(dialog)
    assert error.text().startswith("Deze machtiging is al geactiveerd of gebruikt voor een verstrekking")
    [stored] = authorisations.client_authorisations(session.workspace, client_id)
    assert stored.terms.tax_type is TaxType.IB and stored.in_use


# --- the tab ---------------------------------------------------------------------------------


def test_an_authorisation_is_recorded_from_any_tab_and_shows_its_status(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    session = session_for("anna")
    _page, editor = open_editor(qtbot, session, client_id)
    go_to_tab(editor, "details_tab")
    tab = tab_of(editor)
    assert rows(tab) == []

    def fill(dialog: QDialog) -> None:
        choose(dialog, "kind_combo", AuthorisationKind.CONTINUING.value)
        choose(dialog, "tax_type_combo", TaxType.BTW.value)
        qtbot.keyClicks(line(dialog, "year_from_edit"), str(LAST_YEAR))
        qtbot.keyClicks(line(dialog, "valid_from_edit"), format_date_nl(TODAY))
        snap(screenshot, dialog, "machtiging-vastleggen")
        click(qtbot, button(dialog, "ok_button"))

    seen = handle(qtbot, fill)
    qtbot.keyClick(
        editor, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(seen) == 1 and seen[0].objectName() == "authorisation_dialog"
    assert editor.ui.dossier_tabs.currentWidget() is tab  # the shortcut brought the tab forward
    found = rows(tab)
    assert len(found) == 1
    assert found[0][AuthorisationColumn.KIND] == "Doorlopende machtiging"
    assert found[0][AuthorisationColumn.COVERS] == "Belastingaangifte Omzetbelasting (btw)"
    assert found[0][AuthorisationColumn.YEARS] == f"vanaf {LAST_YEAR}"
    assert found[0][AuthorisationColumn.STATUS] == "Geldig"
    assert found[0][AuthorisationColumn.ACTIVATION_CODE] == ""
    assert "is vastgelegd" in editor.findChild(QLabel, "editor_status_label").text()
    assert tab.selected() is not None  # the new row is selected
    assert [a for a, c, _d in audit_actions(session) if a == AuditAction.AUTHORISATION_ADDED.value]
    snap(screenshot, editor, "dossier-machtigingen")

    # change it: the kind's fields come back filled in
    def change(dialog: QDialog) -> None:
        assert_values = (line(dialog, "year_from_edit").text(), combo(dialog, "tax_type_combo").currentData())
        seen_values.append(assert_values)
        type_into(qtbot, line(dialog, "year_to_edit"), str(TODAY.year))
        click(qtbot, button(dialog, "ok_button"))

    seen_values: list[tuple[str, Any]] = []
    handle(qtbot, change)
    click(qtbot, button(tab, "edit_authorisation_button"))
    assert seen_values == [(str(LAST_YEAR), TaxType.BTW.value)]
    assert rows(tab)[0][AuthorisationColumn.YEARS] == f"{LAST_YEAR}–{TODAY.year}"


def test_a_signed_authorisation_for_a_bank_links_the_signed_form_added_from_the_dialog(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, tmp_path: Path, monkeypatch: Any
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    session = session_for("anna")
    _page, editor = open_editor(qtbot, session, client_id)
    tab = tab_of(editor)
    scan = tmp_path / "machtiging-ing.pdf"
    scan.write_bytes(pdf_bytes(1))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(scan), "")))
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        choose(dialog, "kind_combo", AuthorisationKind.CLIENT_SIGNED.value)
        choose(dialog, "recipient_kind_combo", RecipientKind.BANK.value)
        qtbot.keyClicks(line(dialog, "recipient_name_edit"), "ING Bank N.V.")
        dialog.findChild(QCheckBox, "annual_account_check").setChecked(True)
        qtbot.keyClicks(line(dialog, "year_from_edit"), str(LAST_YEAR))
        qtbot.keyClicks(line(dialog, "valid_from_edit"), format_date_nl(TODAY))
        click(qtbot, button(dialog, "add_document_button"))
        seen["document"] = combo(dialog, "document_combo").currentText()
        click(qtbot, button(dialog, "ok_button"))

    handle(qtbot, fill)
    click(qtbot, button(tab, "add_authorisation_button"))
    assert seen["document"] == "machtiging-ing.pdf (Ondertekend formulier)"
    row = rows(tab)[0]
    assert row[AuthorisationColumn.RECIPIENT] == "ING Bank N.V."
    assert row[AuthorisationColumn.COVERS] == "Jaarrekening"
    assert row[AuthorisationColumn.DOCUMENT] == "machtiging-ing.pdf"
    documents = editor.findChild(QTableView, "documents_table").model()
    assert documents.rowCount() == 1  # the dossier's Documenten tab shows the new form


def test_a_via_is_activated_then_its_code_revealed_and_copied_with_audit_events(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    via_id = as_admin(lambda ws: add_via(ws, client_id))
    session = session_for("anna")
    _page, editor = open_editor(qtbot, session, client_id)
    tab = tab_of(editor)
    assert rows(tab)[0][AuthorisationColumn.STATUS] == "Wacht op activering"
    assert not button(tab, "activate_button").isEnabled()  # nothing selected yet
    assert not tab.select_item(via_id + 1000)
    assert tab.select_item(via_id)
    assert button(tab, "activate_button").isEnabled()
    assert not button(tab, "reveal_code_button").isEnabled()  # no code yet

    def activate(dialog: QDialog) -> None:
        qtbot.keyClicks(line(dialog, "activation_code_edit"), "ab12-cd34-ef")
        snap(screenshot, dialog, "activeringscode-invoeren")
        click(qtbot, button(dialog, "ok_button"))

    handle(qtbot, activate)
    click(qtbot, button(tab, "activate_button"))
    row = rows(tab)[0]
    assert row[AuthorisationColumn.STATUS] == "Geldig"
    assert row[AuthorisationColumn.ACTIVATION_CODE] == CODE_MASK
    assert row[AuthorisationColumn.VALIDITY] == f"vanaf {format_date_nl(TODAY)}"
    assert not button(tab, "activate_button").isEnabled()
    assert [d for a, _c, d in audit_actions(session) if a == AuditAction.AUTHORISATION_ACTIVATED.value]

    click(qtbot, button(tab, "reveal_code_button"))
    assert rows(tab)[0][AuthorisationColumn.ACTIVATION_CODE] == CODE
    revealed = [d for a, _c, d in audit_actions(session) if a == AuditAction.SPECIAL_FIELD_REVEALED.value]
    assert revealed == [{"field": f"authorisations.{via_id}.activation_code"}]
    snap(screenshot, editor, "dossier-machtiging-code-getoond")
    click(qtbot, button(tab, "copy_code_button"))
    assert QGuiApplication.clipboard().text() == CODE and session.clipboard.holds_secret
    copied = [d for a, _c, d in audit_actions(session) if a == AuditAction.SPECIAL_FIELD_COPIED.value]
    assert copied == [{"field": f"authorisations.{via_id}.activation_code"}]
    assert "gekopieerd" in editor.findChild(QLabel, "editor_status_label").text()
    session.clipboard.clear()


def test_the_assistent_sees_the_register_masked_without_buttons(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    as_admin(lambda ws: add_via(ws, client_id, code=CODE))
    session = session_for("sam")
    _page, editor = open_editor(qtbot, session, client_id)
    tab = tab_of(editor)
    assert rows(tab)[0][AuthorisationColumn.ACTIVATION_CODE] == CODE_MASK
    visible = [
        b.objectName()
        for b in tab.findChildren(type(button(tab, "reveal_code_button")))
        if b.isVisibleTo(tab)
    ]
    assert visible == []
    assert "Uw rol mag ze niet vastleggen" in tab.findChild(QLabel, "read_only_label").text()
    action = tab.findChild(QAction, "add_authorisation_action")
    assert action is not None and not action.isEnabled()
    assert not any(a == AuditAction.SPECIAL_FIELD_REVEALED.value for a, _c, _d in audit_actions(session))


def test_an_authorisation_is_revoked_with_a_date_and_reason(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    via_id = as_admin(lambda ws: add_via(ws, client_id, code=CODE))
    session = session_for("anna")
    _page, editor = open_editor(qtbot, session, client_id)
    tab = tab_of(editor)
    tab.select_item(via_id)
    yesterday = TODAY - timedelta(days=1)
    seen: dict[str, Any] = {}

    def revoke(dialog: QDialog) -> None:
        type_into(qtbot, line(dialog, "revoked_on_edit"), format_date_nl(yesterday))
        click(qtbot, button(dialog, "ok_button"))  # no reason yet
        seen["without reason"] = (dialog.isVisible(), dialog.field_error("revoke_reason"))
        qtbot.keyClicks(line(dialog, "reason_edit"), "De klant doet zelf aangifte")
        snap(screenshot, dialog, "machtiging-intrekken")
        click(qtbot, button(dialog, "ok_button"))

    handle(qtbot, revoke)
    click(qtbot, button(tab, "revoke_button"))
    visible, message = seen["without reason"]
    assert visible and message != ""
    row = rows(tab)[0]
    assert row[AuthorisationColumn.STATUS] == f"Ingetrokken ({format_date_nl(yesterday)})"
    assert (
        not button(tab, "revoke_button").isEnabled()
        and not button(tab, "edit_authorisation_button").isEnabled()
    )
    stored = authorisations.client_authorisations(session.workspace, client_id)[0]
    assert stored.terms.revoked_on == yesterday and stored.revoke_reason == "De klant doet zelf aangifte"


def test_the_authorisation_form_is_saved_as_a_pdf(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, tmp_path: Path, monkeypatch: Any
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    via_id = as_admin(lambda ws: add_via(ws, client_id))
    session = session_for("anna")
    _page, editor = open_editor(qtbot, session, client_id)
    tab = tab_of(editor)
    target = tmp_path / "machtiging.pdf"
    asked: list[str] = []

    def save_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(str(args[2] if len(args) > 2 else kwargs.get("dir", "")))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    assert not button(tab, "authorisation_form_button").isEnabled()  # nothing selected
    tab.select_item(via_id)
    click(qtbot, button(tab, "authorisation_form_button"))
    assert target.read_bytes().startswith(b"%PDF")
    assert asked and "Machtigingsformulier" in asked[0]
    assert [d for a, _c, d in audit_actions(session) if a == AuditAction.DOCUMENT_PRINTED.value]
    assert "opgeslagen" in editor.findChild(QLabel, "editor_status_label").text()
    target.unlink()
    table = tab.findChild(QTableView, "authorisation_table")
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P on this tab
    assert target.read_bytes().startswith(b"%PDF")


def test_a_restricted_client_has_a_read_only_register(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))

    def restrict(workspace: Workspace) -> None:
        with workspace.transaction() as db:
            client = db.get(Client, client_id)
            assert client is not None
            client.restricted = True
            client.restriction_reason = "Bezwaar tegen verwerking"

    as_admin(restrict)
    _page, editor = open_editor(qtbot, session_for("anna"), client_id)
    tab = tab_of(editor)
    assert "beperkt" in tab.findChild(QLabel, "read_only_label").text()
    assert not button(tab, "add_authorisation_button").isVisibleTo(tab)
    assert not tab.add_action.isEnabled()


def test_a_new_dossier_gets_authorisations_after_its_first_save(
    qtbot: QtBot, session_for: SessionFor
) -> None:
    page = open_page(qtbot, session_for("anna"))
    editor = page.new_dossier()
    assert editor is not None
    tab = tab_of(editor)
    assert tab.findChild(QLabel, "save_first_label").isVisibleTo(tab)
    assert not tab.findChild(QTableView, "authorisation_table").isVisibleTo(tab)
    assert not tab.add_action.isEnabled()


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, as_admin: Any, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    as_admin(lambda ws: add_via(ws, client_id, code=CODE))
    as_admin(
        lambda ws: authorisations.add_authorisation(
            ws,
            client_id,
            AuthorisationDraft(
                AuthorisationKind.CLIENT_SIGNED,
                recipient_kind=RecipientKind.BANK,
                recipient_name="ING Bank N.V.",
                document_types=frozenset({DocumentType.ANNUAL_ACCOUNT, DocumentType.FINANCIAL_REPORT}),
                year_from=LAST_YEAR,
                year_to=LAST_YEAR,
                valid_from=TODAY,
            ),
        )
    )
    session = session_for("anna")
    model = AuthorisationTableModel("nl")
    model.set_authorisations(authorisations.client_authorisations(session.workspace, client_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    signed = model.row_of(model.authorisation_at(0).id)
    assert model.index(signed, AuthorisationColumn.COVERS).data() == "Jaarrekening, Financiële rapportage"
    assert model.index(signed, AuthorisationColumn.RECIPIENT).data() == "ING Bank N.V."
    assert model.index(signed, AuthorisationColumn.YEARS).data() == str(LAST_YEAR)
