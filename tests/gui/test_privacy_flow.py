"""End to end through the screens: a new client, a consent for a third party, an authorisation, disclosures.

The beheerder creates the dossier on the dossier page, then in its window
records the consent to pass data to "Hypotheekadvies Noord B.V." (tab
Toestemmingen), a continuing IB authorisation from last year on (tab
Machtigingen), and logs disclosures (tab Verstrekkingen): the IB return to
the Belastingdienst is allowed, the btw return refused with the reason in
Dutch and the refusal audited, the report to the mortgage adviser allowed on
the consent, and one sent by the client themselves recorded as such. Every
dialog is answered as a user would, with `handle` (answer_next_modal).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from gui import test_dossier_page as page_tests
from gui.test_consent_dialog import add_statement_version
from gui.test_dossier_editor import go_to_tab, handle, show, snap
from gui.test_dossier_page import SessionFor, audit_actions, open_page
from gui_helpers import button, click
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import AuthorisationKind, DocumentType, RecipientKind, TaxType
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentMethod
from calqi_desktop.domain.disclosures import DisclosureChannel
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.gui.authorisation_model import AuthorisationColumn
from calqi_desktop.gui.dossier_disclosures_tab import DisclosureColumn
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.services import consent, disclosures

Shot = Callable[[QWidget, str], Path]
vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for

TODAY = date.today()
LAST_YEAR = TODAY.year - 1
ADVISER = "Hypotheekadvies Noord B.V."


def combo(widget: QWidget, name: str) -> QComboBox:
    found = widget.findChild(QComboBox, name)
    assert found is not None, name
    return found


def line(widget: QWidget, name: str) -> QLineEdit:
    found = widget.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def choose(widget: QWidget, name: str, value: object) -> None:
    box = combo(widget, name)
    index = box.findData(value)
    assert index >= 0, (name, value)
    box.setCurrentIndex(index)


def table_rows(editor: DossierEditor, name: str, columns: Any) -> list[list[str]]:
    model = editor.findChild(QTableView, name).model()
    return [[model.index(r, c).data() for c in columns] for r in range(model.rowCount())]


def error_text(dialog: QWidget) -> str:
    label = dialog.findChild(QLabel, "error_label")
    return label.text() if label is not None and label.isVisibleTo(dialog) else ""


def log_disclosure(qtbot: QtBot, editor: DossierEditor, fill: Callable[[QDialog], None]) -> dict[str, Any]:
    """Open the disclosure dialog with its button, fill it, press Vastleggen; what the dialog showed."""
    seen: dict[str, Any] = {}

    def answer(dialog: QDialog) -> None:
        seen["name"] = dialog.objectName()
        fill(dialog)
        seen["verdict"] = dialog.findChild(QLabel, "verdict_label").text()
        click(qtbot, button(dialog, "record_button"))
        seen["still_open"] = dialog.isVisible()
        seen["error"] = error_text(dialog)

    handle(qtbot, answer)
    click(qtbot, button(editor.disclosures_tab, "record_disclosure_button"))
    assert seen.get("name") == "disclosure_dialog", seen
    return seen


def test_consent_authorisation_and_disclosures_through_the_screens(
    qtbot: QtBot, as_admin: Any, session_for: SessionFor, screenshot: Shot
) -> None:
    as_admin(add_statement_version)  # the firm's privacy statement, shown to the client at consent
    session = session_for("beheerder")
    page = open_page(qtbot, session)

    # --- a new client on the dossier page -------------------------------------------------
    editor = page.new_dossier()
    assert editor is not None
    show(qtbot, editor)
    go_to_tab(editor, "disclosures_tab")
    assert not button(editor.disclosures_tab, "record_disclosure_button").isVisibleTo(editor)  # not saved yet
    go_to_tab(editor, "details_tab")
    qtbot.keyClicks(line(editor, "initials_edit"), "m")
    qtbot.keyClicks(line(editor, "last_name_edit"), "Dijkstra")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    client_id = editor.client_id
    assert client_id is not None

    # --- Toestemmingen: consent to pass data to the mortgage adviser -----------------------------
    go_to_tab(editor, "consent_tab")
    third_party = next(
        p.id for p in consent.list_purposes(session.workspace) if p.code == BuiltInPurpose.THIRD_PARTY.value
    )
    consent_seen: dict[str, Any] = {}

    def give(dialog: QDialog) -> None:
        consent_seen["name"] = dialog.objectName()
        choose(dialog, "purpose_combo", third_party)
        qtbot.keyClicks(line(dialog, "recipient_edit"), ADVISER)
        choose(dialog, "method_combo", ConsentMethod.PAPER.value)
        age = dialog.findChild(QCheckBox, "age_confirmed_check")
        if age is not None and age.isVisibleTo(dialog):  # no birth date in the vault: confirm 16 or older
            age.setChecked(True)
        qtbot.keyClicks(line(dialog, "note_edit"), "formulier getekend op kantoor")
        snap(screenshot, dialog, "flow-toestemming")
        click(qtbot, button(dialog, "ok_button"))
        consent_seen["error"] = error_text(dialog)

    handle(qtbot, give)
    click(qtbot, button(editor.consent_tab, "give_consent_button"))
    assert consent_seen.get("name") == "consent_dialog", consent_seen
    assert consent_seen["error"] == ""
    given = consent.client_consents(session.workspace, client_id)
    assert [(c.purpose.id, c.recipient) for c in given] == [(third_party, ADVISER)]

    # --- Machtigingen: a continuing IB authorisation from last year on ----------------------------
    go_to_tab(editor, "authorisations_tab")
    authorisation_seen: dict[str, Any] = {}

    def authorise(dialog: QDialog) -> None:
        authorisation_seen["name"] = dialog.objectName()
        choose(dialog, "kind_combo", AuthorisationKind.CONTINUING.value)
        choose(dialog, "tax_type_combo", TaxType.IB.value)
        qtbot.keyClicks(line(dialog, "year_from_edit"), str(LAST_YEAR))
        qtbot.keyClicks(line(dialog, "valid_from_edit"), format_date_nl(TODAY))
        snap(screenshot, dialog, "flow-machtiging")
        click(qtbot, button(dialog, "ok_button"))
        authorisation_seen["error"] = error_text(dialog)

    handle(qtbot, authorise)
    click(qtbot, button(editor.authorisations_tab, "add_authorisation_button"))
    assert authorisation_seen.get("name") == "authorisation_dialog", authorisation_seen
    assert authorisation_seen["error"] == ""
    authorisation_rows = table_rows(editor, "authorisation_table", AuthorisationColumn)
    assert len(authorisation_rows) == 1
    assert authorisation_rows[0][AuthorisationColumn.KIND] == "Doorlopende machtiging"
    assert authorisation_rows[0][AuthorisationColumn.STATUS] == "Geldig"

    # --- Verstrekkingen -------------------------------------------------------------------------
    go_to_tab(editor, "disclosures_tab")

    def ib_return(dialog: QDialog) -> None:
        choose(dialog, "document_type_combo", DocumentType.TAX_RETURN.value)
        choose(dialog, "tax_type_combo", TaxType.IB.value)
        choose(dialog, "recipient_kind_combo", RecipientKind.BELASTINGDIENST.value)
        choose(dialog, "channel_combo", DisclosureChannel.ELECTRONIC.value)

    allowed = log_disclosure(qtbot, editor, ib_return)
    assert allowed["verdict"].startswith("Toegestaan: op grond van Doorlopende machtiging")
    assert not allowed["still_open"] and allowed["error"] == ""
    rows = table_rows(editor, "disclosure_table", DisclosureColumn)
    assert [row[DisclosureColumn.WHAT] for row in rows] == [
        f"Belastingaangifte Inkomstenbelasting (IB) {LAST_YEAR}"
    ]
    assert rows[0][DisclosureColumn.RECIPIENT] == "Belastingdienst"
    assert rows[0][DisclosureColumn.RECORDED_BY] == "beheerder"

    def btw_return(dialog: QDialog) -> None:
        ib_return(dialog)
        choose(dialog, "tax_type_combo", TaxType.BTW.value)
        snap(screenshot, dialog, "flow-verstrekking-btw-geweigerd")

    refused = log_disclosure(qtbot, editor, btw_return)
    assert refused["still_open"]
    assert refused["error"].startswith("De machtiging voor deze ontvanger dekt dit soort stuk")
    assert refused["verdict"].startswith("Geweigerd:")
    assert len(table_rows(editor, "disclosure_table", DisclosureColumn)) == 1  # no row for the refusal
    refusals = [
        d
        for a, c, d in audit_actions(session)
        if a == AuditAction.DISCLOSURE_REFUSED.value and c == client_id
    ]
    assert len(refusals) == 1 and refusals[0]["reason"] == "wrong-kind" and refusals[0]["tax_type"] == "btw"

    def to_adviser(dialog: QDialog) -> None:
        choose(dialog, "document_type_combo", DocumentType.FINANCIAL_REPORT.value)
        choose(dialog, "recipient_kind_combo", RecipientKind.THIRD_PARTY.value)
        qtbot.keyClicks(line(dialog, "recipient_name_edit"), ADVISER)
        choose(dialog, "channel_combo", DisclosureChannel.EMAIL.value)
        snap(screenshot, dialog, "flow-verstrekking-derde")

    on_consent = log_disclosure(qtbot, editor, to_adviser)
    assert (
        on_consent["verdict"] == "Toegestaan: op grond van de toestemming van de klant voor deze ontvanger."
    )
    assert not on_consent["still_open"], on_consent["error"]

    def sent_by_client(dialog: QDialog) -> None:
        choose(dialog, "document_type_combo", DocumentType.ANNUAL_ACCOUNT.value)
        choose(dialog, "recipient_kind_combo", RecipientKind.BANK.value)
        qtbot.keyClicks(line(dialog, "recipient_name_edit"), "Rabobank")
        choose(dialog, "channel_combo", DisclosureChannel.SENT_BY_CLIENT.value)

    by_client = log_disclosure(qtbot, editor, sent_by_client)
    assert not by_client["still_open"], by_client["error"]

    rows = table_rows(editor, "disclosure_table", DisclosureColumn)
    basis = {row[DisclosureColumn.RECIPIENT]: row[DisclosureColumn.BASIS] for row in rows}
    assert basis == {
        "Belastingdienst": f"Doorlopende machtiging – Inkomstenbelasting (IB), vanaf {LAST_YEAR}",
        ADVISER: "Toestemming van de klant",
        "Rabobank": "Door de klant zelf verstuurd",
    }
    stored = disclosures.client_disclosures(session.workspace, client_id)
    assert {(d.recipient(), d.channel) for d in stored} == {
        ("Belastingdienst", DisclosureChannel.ELECTRONIC),
        (ADVISER, DisclosureChannel.EMAIL),
        ("Rabobank", DisclosureChannel.SENT_BY_CLIENT),
    }
    by_adviser = next(d for d in stored if d.recipient() == ADVISER)
    assert by_adviser.consent_id == given[0].id and by_adviser.authorisation_id is None
    recorded = [
        a
        for a, c, _d in audit_actions(session)
        if a == AuditAction.DISCLOSURE_RECORDED.value and c == client_id
    ]
    assert len(recorded) == 3
    snap(screenshot, editor, "flow-verstrekkingen")
