"""The 'Verstrekkingen' tab and its dialog as a user meets them: the live verdict, refusals, the log, the PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from gui import test_dossier_page as page_tests
from gui.test_dossier_editor import go_to_tab, handle, show, snap
from gui.test_dossier_page import SessionFor, audit_actions, make_person, open_page
from gui_helpers import button, click, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import AuthorisationDraft, AuthorisationKind, DocumentType, TaxType
from calqi_desktop.domain.disclosures import DisclosureChannel, DisclosureDraft, RecipientKind
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.disclosure_dialog import DisclosureDialog
from calqi_desktop.gui.dossier_disclosures_tab import DisclosureColumn, DisclosuresTab, DisclosureTableModel
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
RESTRICTED = "De verwerking van de gegevens van deze klant is beperkt (AVG art. 18)."


# --- helpers -------------------------------------------------------------------------


def open_editor(qtbot: QtBot, session: AppSession, client_id: int) -> tuple[DossierPage, DossierEditor]:
    """The page stays with the caller: the editor is its child and goes when the page is collected."""
    page = open_page(qtbot, session)
    editor = page.open_dossier(client_id)
    assert editor is not None
    show(qtbot, editor)
    go_to_tab(editor, "disclosures_tab")
    return page, editor


def rows(tab: DisclosuresTab) -> list[list[str]]:
    model = tab.findChild(QTableView, "disclosure_table").model()
    return [[model.index(r, c).data() for c in DisclosureColumn] for r in range(model.rowCount())]


def choose(widget: QWidget, name: str, value: str) -> None:
    box = widget.findChild(QComboBox, name)
    assert box is not None, name
    index = box.findData(value)
    assert index >= 0, (name, value)
    box.setCurrentIndex(index)


def line(widget: QWidget, name: str) -> QLineEdit:
    found = widget.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def label_text(widget: QWidget, name: str) -> str:
    found = widget.findChild(QLabel, name)
    assert found is not None, name
    return found.text()


def add_continuing(workspace: Workspace, client_id: int, tax_type: TaxType = TaxType.IB) -> int:
    draft = AuthorisationDraft(
        AuthorisationKind.CONTINUING,
        tax_type=tax_type,
        year_from=LAST_YEAR,
        valid_from=TODAY - timedelta(days=30),
    )
    return authorisations.add_authorisation(workspace, client_id, draft).id


def new_dialog(qtbot: QtBot, session: AppSession, client_id: int) -> DisclosureDialog:
    dialog = DisclosureDialog(session, client_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def refusals(session: AppSession) -> list[dict[str, object]]:
    return [d for a, _c, d in audit_actions(session) if a == AuditAction.DISCLOSURE_REFUSED.value]


# --- the dialog -------------------------------------------------------------------------------


def test_the_verdict_follows_the_form_as_it_is_filled_in(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    as_admin(lambda ws: add_continuing(ws, client_id))
    session = session_for("anna")
    dialog = new_dialog(qtbot, session, client_id)
    assert dialog.findChild(QSpinBox, "year_spin").value() == LAST_YEAR
    assert line(dialog, "disclosed_on_edit").text() == format_date_nl(TODAY)
    assert not line(dialog, "recipient_name_edit").isEnabled()  # the Belastingdienst is not named
    assert (
        dialog.verdict_text()
        == f"Toegestaan: op grond van Doorlopende machtiging – Inkomstenbelasting (IB), vanaf {LAST_YEAR}."
    )
    assert dialog.findChild(QLabel, "verdict_label").property("allowed") is True
    snap(screenshot, dialog, "verstrekking-toegestaan")

    choose(dialog, "tax_type_combo", TaxType.BTW.value)
    assert dialog.verdict_text().startswith(
        "Geweigerd: De machtiging voor deze ontvanger dekt dit soort stuk"
    )
    assert dialog.findChild(QLabel, "verdict_label").property("allowed") is False
    snap(screenshot, dialog, "verstrekking-geweigerd")

    choose(dialog, "document_type_combo", DocumentType.ANNUAL_ACCOUNT.value)
    assert not dialog.findChild(QComboBox, "tax_type_combo").isEnabled()
    choose(dialog, "recipient_kind_combo", RecipientKind.THIRD_PARTY.value)
    assert line(dialog, "recipient_name_edit").isEnabled() and dialog.ui.sale_check.isEnabled()
    assert dialog.verdict_text() == "Vul de naam van de ontvanger in: dit veld is verplicht."
    assert line(dialog, "recipient_name_edit").property("invalid") is True
    qtbot.keyClicks(line(dialog, "recipient_name_edit"), "Makelaardij Oost")
    assert dialog.verdict_text().startswith("Geweigerd: De klant heeft geen toestemming gegeven")
    choose(dialog, "channel_combo", DisclosureChannel.SENT_BY_CLIENT.value)
    assert dialog.verdict_text().startswith("Toegestaan: de klant verstuurt het stuk zelf")
    type_into(qtbot, line(dialog, "disclosed_on_edit"), format_date_nl(TODAY + timedelta(days=3)))
    assert line(dialog, "disclosed_on_edit").property("invalid") is True
    assert dialog.verdict_text() == "De datum van verstrekking ligt in de toekomst. Controleer de datum."
    assert refusals(session) == []  # the live verdict records nothing


def test_a_refused_disclosure_keeps_the_dialog_open_with_the_reason_and_is_audited(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    session = session_for("anna")
    dialog = new_dialog(qtbot, session, client_id)
    click(qtbot, button(dialog, "record_button"))
    assert dialog.isVisible() and dialog.disclosure is None
    assert label_text(dialog, "error_label").startswith(
        "Er is geen machtiging van de klant voor deze ontvanger"
    )
    assert [r["reason"] for r in refusals(session)] == ["no-authorisation"]
    assert disclosures.client_disclosures(session.workspace, client_id) == []


# --- the tab --------------------------------------------------------------------------------


def test_disclosures_are_logged_with_what_they_rest_on(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    as_admin(lambda ws: add_continuing(ws, client_id))
    session = session_for("anna")
    _page, editor = open_editor(qtbot, session, client_id)
    go_to_tab(editor, "details_tab")
    tab = editor.disclosures_tab
    assert rows(tab) == []

    def allowed(dialog: QDialog) -> None:
        choose(dialog, "channel_combo", DisclosureChannel.ELECTRONIC.value)
        click(qtbot, button(dialog, "record_button"))

    seen = handle(qtbot, allowed)
    qtbot.keyClick(
        editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(seen) == 1 and seen[0].objectName() == "disclosure_dialog"
    assert editor.ui.dossier_tabs.currentWidget() is tab
    assert rows(tab) == [
        [
            format_date_nl(TODAY),
            f"Belastingaangifte Inkomstenbelasting (IB) {LAST_YEAR}",
            "Belastingdienst",
            "Elektronisch (Digipoort of portaal)",
            f"Doorlopende machtiging – Inkomstenbelasting (IB), vanaf {LAST_YEAR}",
            "anna",
        ]
    ]
    assert "is vastgelegd" in label_text(editor, "editor_status_label")

    def by_client(dialog: QDialog) -> None:
        choose(dialog, "document_type_combo", DocumentType.ANNUAL_ACCOUNT.value)
        choose(dialog, "recipient_kind_combo", RecipientKind.BANK.value)
        qtbot.keyClicks(line(dialog, "recipient_name_edit"), "ING Bank N.V.")
        choose(dialog, "channel_combo", DisclosureChannel.SENT_BY_CLIENT.value)
        click(qtbot, button(dialog, "record_button"))

    handle(qtbot, by_client)
    click(qtbot, button(tab, "record_disclosure_button"))
    found = rows(tab)
    assert len(found) == 2
    sent = next(row for row in found if row[DisclosureColumn.RECIPIENT] == "ING Bank N.V.")
    assert sent[DisclosureColumn.BASIS] == "Door de klant zelf verstuurd"
    assert sent[DisclosureColumn.CHANNEL] == "Door de klant zelf verstuurd"
    recorded = [d for a, _c, d in audit_actions(session) if a == AuditAction.DISCLOSURE_RECORDED.value]
    assert len(recorded) == 2
    snap(screenshot, editor, "dossier-verstrekkingen")


def test_a_restricted_client_is_refused_with_the_reason_and_the_refusal_audited(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    as_admin(lambda ws: add_continuing(ws, client_id))

    def restrict(workspace: Workspace) -> None:
        with workspace.transaction() as db:
            client = db.get(Client, client_id)
            assert client is not None
            client.restricted = True
            client.restriction_reason = "Bezwaar tegen verwerking"

    as_admin(restrict)
    session = session_for("anna")
    _page, editor = open_editor(qtbot, session, client_id)
    tab = editor.disclosures_tab
    record = button(tab, "record_disclosure_button")
    assert record.isVisibleTo(tab) and record.isEnabled()  # open on purpose: the user must read why
    assert not button(tab, "disclosure_overview_button").isEnabled()
    seen: dict[str, Any] = {}

    def attempt(dialog: QDialog) -> None:
        seen["verdict"] = dialog.verdict_text()
        click(qtbot, button(dialog, "record_button"))
        seen["open"] = dialog.isVisible()
        seen["error"] = label_text(dialog, "error_label")
        snap(screenshot, dialog, "verstrekking-beperkt")

    handle(qtbot, attempt)
    click(qtbot, record)
    assert seen["verdict"].startswith(f"Geweigerd: {RESTRICTED}")
    assert seen["open"] and seen["error"].startswith(RESTRICTED)
    assert [r["reason"] for r in refusals(session)] == ["restricted"]
    assert rows(tab) == []


def test_the_assistent_cannot_log_a_disclosure(qtbot: QtBot, as_admin: Any, session_for: SessionFor) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    _page, editor = open_editor(qtbot, session_for("sam"), client_id)
    tab = editor.disclosures_tab
    assert not button(tab, "record_disclosure_button").isEnabled()
    assert not tab.record_action.isEnabled()


def test_the_overview_is_saved_as_a_pdf(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, tmp_path: Path, monkeypatch: Any
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    as_admin(lambda ws: add_continuing(ws, client_id))
    session = session_for("anna")
    draft = DisclosureDraft(
        DocumentType.TAX_RETURN,
        LAST_YEAR,
        RecipientKind.BELASTINGDIENST,
        TODAY,
        DisclosureChannel.ELECTRONIC,
        tax_type=TaxType.IB,
    )
    disclosures.record_disclosure(session.workspace, client_id, draft)
    _page, editor = open_editor(qtbot, session, client_id)
    target = tmp_path / "verstrekkingen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    click(qtbot, button(editor.disclosures_tab, "disclosure_overview_button"))
    assert target.read_bytes().startswith(b"%PDF")
    assert [d for a, _c, d in audit_actions(session) if a == AuditAction.DOCUMENT_PRINTED.value]


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, as_admin: Any, session_for: SessionFor
) -> None:
    client_id = as_admin(lambda ws: make_person(ws, bsn=None))
    as_admin(lambda ws: add_continuing(ws, client_id))
    session = session_for("anna")
    for channel in (DisclosureChannel.POST, DisclosureChannel.SENT_BY_CLIENT):
        draft = DisclosureDraft(
            DocumentType.TAX_RETURN,
            LAST_YEAR,
            RecipientKind.BELASTINGDIENST,
            TODAY,
            channel,
            tax_type=TaxType.IB,
        )
        disclosures.record_disclosure(session.workspace, client_id, draft)
    model = DisclosureTableModel("nl")
    model.set_rows(disclosures.client_disclosures(session.workspace, client_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    bases = {model.index(r, DisclosureColumn.BASIS).data() for r in range(2)}
    assert bases == {
        "Door de klant zelf verstuurd",
        f"Doorlopende machtiging – Inkomstenbelasting (IB), vanaf {LAST_YEAR}",
    }
