"""The 'Toestemmingen' tab in a dossier window: give, withdraw, history, PDFs, shortcuts, roles.

Dialogs opened with `exec()` are answered with `answer_next_modal` (via the
editor tests' `handle`), as the user would click them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui import test_dossier_page as page_tests
from gui.test_consent_dialog import (
    AsAdmin,
    add_statement_version,
    choose,
    combo,
    edit,
    error_text,
    give,
    make_client,
)
from gui.test_dossier_editor import go_to_tab, handle, show, snap, tabs
from gui.test_dossier_page import SessionFor
from gui.test_withdrawal_dialog import pick, set_up_special_consent
from gui_helpers import button, click
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QRadioButton, QTableView, QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentMethod
from calqi_desktop.domain.errors import WithdrawalNeedsSpecialAccessError
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.consent_models import (
    ConsentColumn,
    ConsentHistoryModel,
    ConsentTableModel,
    HistoryColumn,
)
from calqi_desktop.gui.dossier_consent_tab import ConsentTab
from calqi_desktop.gui.dossier_editor import DossierEditor
from calqi_desktop.gui.withdrawal_dialog import WithdrawalDialog
from calqi_desktop.services import clients, consent
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import Client

Shot = Callable[[QWidget, str], Path]

vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for


def open_editor(qtbot: QtBot, session: AppSession, client_id: int) -> DossierEditor:
    editor = DossierEditor(session, clients.open_dossier(session.workspace, client_id, audit=False))
    qtbot.addWidget(editor)
    editor.resize(1000, 680)
    editor.show()
    show(qtbot, editor)
    go_to_tab(editor, "consent_tab")
    return editor


def table_rows(editor: DossierEditor, name: str, columns: Any) -> list[list[str]]:
    model = editor.findChild(QTableView, name).model()
    return [[model.index(r, c).data() for c in columns] for r in range(model.rowCount())]


def enabled(editor: DossierEditor) -> dict[str, bool]:
    return {
        name: button(editor, name).isEnabled()
        for name in (
            "give_consent_button",
            "withdraw_consent_button",
            "consent_form_button",
            "consent_receipt_button",
        )
    }


def status(editor: DossierEditor) -> str:
    return editor.findChild(QLabel, "editor_status_label").text()


def newsletter_answer(qtbot: QtBot, workspace: Workspace) -> Callable[[Any], None]:
    def answer(dialog: Any) -> None:
        assert dialog.objectName() == "consent_dialog"
        purposes = combo(dialog, "purpose_combo")
        purposes.setCurrentIndex(purposes.findText("Nieuwsbrief"))
        choose(combo(dialog, "method_combo"), ConsentMethod.IN_PERSON.value)
        qtbot.keyClicks(edit(dialog, "note_edit"), "aan de balie")
        click(qtbot, button(dialog, "ok_button"))
        assert not dialog.isVisible(), error_text(dialog)

    return answer


@pytest.fixture
def adult(as_admin: AsAdmin) -> int:
    def set_up(workspace: Workspace) -> int:
        add_statement_version(workspace)
        return make_client(workspace, "Visser", born="24-11-1980")

    found = as_admin(set_up)
    assert isinstance(found, int)
    return found


def test_a_newsletter_consent_is_given_and_shown_with_its_history(
    qtbot: QtBot, adult: int, session_for: SessionFor, screenshot: Shot
) -> None:
    session = session_for("beheerder")
    editor = open_editor(qtbot, session, adult)
    tab = editor.findChild(ConsentTab, "consent_tab")
    assert enabled(editor) == {
        "give_consent_button": True,
        "withdraw_consent_button": False,
        "consent_form_button": True,
        "consent_receipt_button": False,
    }
    assert "nog geen toestemming" in editor.findChild(QLabel, "consent_state_label").text()
    seen = handle(qtbot, newsletter_answer(qtbot, session.workspace))
    with qtbot.waitSignal(tab.changed, timeout=5000):
        click(qtbot, button(editor, "give_consent_button"))
    assert len(seen) == 1
    [row] = table_rows(editor, "consent_table", ConsentColumn)
    assert row[ConsentColumn.PURPOSE] == "Nieuwsbrief" and row[ConsentColumn.STATUS] == "Gegeven"
    assert row[ConsentColumn.STATEMENT_VERSION].startswith("2025-1") and row[ConsentColumn.GUARDIAN] == ""
    assert tab.selected() is not None and tab.selected().purpose.code == BuiltInPurpose.NEWSLETTER.value
    [event] = table_rows(editor, "consent_history_table", HistoryColumn)
    assert event[HistoryColumn.EVENT] == "Gegeven" and event[HistoryColumn.METHOD] == "Mondeling, in persoon"
    assert event[HistoryColumn.RECORDED_BY] == "beheerder" and event[HistoryColumn.NOTE] == "aan de balie"
    assert status(editor) == "De toestemming is vastgelegd: Nieuwsbrief."
    assert button(editor, "withdraw_consent_button").isEnabled()
    assert button(editor, "consent_receipt_button").isEnabled()
    snap(screenshot, editor, "dossier-toestemmingen")


def test_ctrl_shift_t_gives_consent_from_another_tab(
    qtbot: QtBot, adult: int, session_for: SessionFor
) -> None:
    session = session_for("anna")
    editor = open_editor(qtbot, session, adult)
    go_to_tab(editor, "details_tab")
    seen = handle(qtbot, newsletter_answer(qtbot, session.workspace))
    qtbot.keyClick(
        editor, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(seen) == 1
    assert tabs(editor).currentWidget().objectName() == "consent_tab"
    assert len(consent.client_consents(session.workspace, adult)) == 1


def test_withdrawing_the_special_data_consent_erases_the_bank_accounts(
    qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = as_admin(set_up_special_consent)
    assert isinstance(ids, dict)
    session = session_for("anna")
    editor = open_editor(qtbot, session, ids["client"])
    tab = editor.findChild(ConsentTab, "consent_tab")
    assert tab.select_item(ids["special"]) and not tab.select_item(999_999)
    monkeypatch.setattr(WithdrawalDialog, "confirm_erase", lambda self, categories: True)

    def answer(dialog: Any) -> None:
        assert dialog.objectName() == "withdrawal_dialog"
        assert dialog.findChild(QLabel, "service_warning_label").isVisible()
        click(qtbot, button(dialog, "ok_button"))
        assert dialog.isVisible() and "Nog niet gekozen" in error_text(dialog)
        for key in ("bank_accounts", "children"):
            pick(qtbot, dialog.findChild(QRadioButton, f"decision_{key}_erase_radio"))
        click(qtbot, button(dialog, "ok_button"))
        assert not dialog.isVisible(), error_text(dialog)

    handle(qtbot, answer)
    with qtbot.waitSignal(tab.changed, timeout=5000):
        click(qtbot, button(editor, "withdraw_consent_button"))
    assert tab.selected() is not None and tab.selected().id == ids["special"]  # the selection is kept
    rows = table_rows(editor, "consent_table", ConsentColumn)
    assert [r[ConsentColumn.STATUS] for r in rows] == ["Ingetrokken", "Gegeven"]
    history = table_rows(editor, "consent_history_table", HistoryColumn)
    assert [h[HistoryColumn.EVENT] for h in history] == ["Ingetrokken", "Gegeven"]  # newest first
    assert history[0][HistoryColumn.DECISIONS]
    assert not button(editor, "withdraw_consent_button").isEnabled()
    assert status(editor).startswith("De toestemming is ingetrokken")
    fresh = clients.open_dossier(session.workspace, ids["client"], audit=False)
    assert fresh.bank_accounts == ()
    # The window read the dossier again: the erased account is gone from its tab, and a save from
    # it is not refused as out of date.
    assert editor.dossier is not None and editor.dossier.version == fresh.version
    assert editor.bank_accounts_tab.entries == []
    assert editor.ui.dossier_tabs.currentWidget() is tab


def test_the_assistent_gives_a_newsletter_consent_but_is_refused_the_special_data_withdrawal(
    qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = as_admin(set_up_special_consent)
    assert isinstance(ids, dict)
    as_admin(lambda ws: consent.withdraw_consent(ws, _withdrawal(ids["newsletter"])))
    session = session_for("sam")
    editor = open_editor(qtbot, session, ids["client"])
    tab = editor.findChild(ConsentTab, "consent_tab")
    assert tab.select_item(ids["newsletter"])  # withdrawn: giving it again preselects its purpose
    preselected: list[str] = []
    record = newsletter_answer(qtbot, session.workspace)

    def answer(dialog: Any) -> None:
        preselected.append(combo(dialog, "purpose_combo").currentText())
        record(dialog)

    handle(qtbot, answer)
    with qtbot.waitSignal(tab.changed, timeout=5000):
        click(qtbot, button(editor, "give_consent_button"))
    assert preselected == ["Nieuwsbrief"]
    newsletter = tab.selected()
    assert newsletter is not None and newsletter.id == ids["newsletter"] and newsletter.is_given
    assert [h[HistoryColumn.EVENT] for h in table_rows(editor, "consent_history_table", HistoryColumn)] == [
        "Gegeven",
        "Ingetrokken",
        "Gegeven",
    ]

    monkeypatch.setattr(WithdrawalDialog, "confirm_erase", lambda self, categories: True)
    refused: list[str] = []

    def answer(dialog: Any) -> None:
        for key in ("bank_accounts", "children"):
            pick(qtbot, dialog.findChild(QRadioButton, f"decision_{key}_erase_radio"))
        click(qtbot, button(dialog, "ok_button"))
        refused.append(error_text(dialog))

    assert tab.select_item(ids["special"])
    handle(qtbot, answer)
    with qtbot.assertNotEmitted(tab.changed):
        click(qtbot, button(editor, "withdraw_consent_button"))
    assert refused == [WithdrawalNeedsSpecialAccessError().message("nl")]
    assert tab.selected() is not None and tab.selected().is_given
    assert len(clients.open_dossier(session.workspace, ids["client"], audit=False).bank_accounts) == 1


def _withdrawal(consent_id: int) -> Any:
    from datetime import datetime

    from calqi_desktop.domain.consent import WithdrawalDraft

    return WithdrawalDraft(consent_id, datetime.now().astimezone(), ConsentMethod.EMAIL)


def test_the_receipt_and_the_form_are_saved_as_pdf(
    qtbot: QtBot,
    adult: int,
    as_admin: AsAdmin,
    session_for: SessionFor,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    consent_id = as_admin(lambda ws: give(ws, adult, BuiltInPurpose.NEWSLETTER))
    session = session_for("anna")
    editor = open_editor(qtbot, session, adult)
    tab = editor.findChild(ConsentTab, "consent_tab")
    assert isinstance(consent_id, int) and tab.select_item(consent_id)
    asked: list[str] = []
    target = tmp_path / "ontvangstbewijs"

    def save_as(_parent: object, _title: str, suggested: str, _filter: str = "") -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    click(qtbot, button(editor, "consent_receipt_button"))
    receipt = target.with_name("ontvangstbewijs.pdf")
    assert receipt.read_bytes().startswith(b"%PDF")
    assert asked == ["Ontvangstbewijs toestemming K-000001.pdf"]
    assert status(editor) == f"Het ontvangstbewijs is opgeslagen als {receipt}."

    receipt.unlink()
    editor.findChild(QTableView, "consent_table").setFocus()
    qtbot.keyClick(
        editor.findChild(QTableView, "consent_table"), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    assert receipt.read_bytes().startswith(b"%PDF")  # Ctrl+P on this tab

    target = tmp_path / "formulier.pdf"
    chosen: list[int] = []

    def purposes(dialog: Any) -> None:
        assert dialog.objectName() == "consent_form_dialog"
        listed = dialog.findChild(QListWidget, "form_purposes_list")
        assert listed.count() >= 6
        assert all(listed.item(i).checkState() == Qt.CheckState.Checked for i in range(listed.count()))
        for i in range(2, listed.count()):
            listed.item(i).setCheckState(Qt.CheckState.Unchecked)
        chosen.extend(dialog.chosen())
        click(qtbot, button(dialog, "ok_button"))

    handle(qtbot, purposes)
    click(qtbot, button(editor, "consent_form_button"))
    assert len(chosen) == 2
    assert target.read_bytes().startswith(b"%PDF")
    assert status(editor).startswith("Het toestemmingsformulier is opgeslagen als")
    with session.workspace.transaction() as db:
        from calqi_desktop.storage import audit_store

        exports = [r for r in audit_store.records(db) if r.action == AuditAction.DOCUMENT_PRINTED.value]
    assert len(exports) == 3


def test_a_restricted_dossier_may_only_withdraw_and_a_new_one_nothing(
    qtbot: QtBot, adult: int, as_admin: AsAdmin, session_for: SessionFor
) -> None:
    def restrict(workspace: Workspace) -> int:
        consent_id = give(workspace, adult, BuiltInPurpose.NEWSLETTER)
        with workspace.transaction() as db:
            client = db.get(Client, adult)
            assert client is not None
            client.restricted = True
        return consent_id

    consent_id = as_admin(restrict)
    assert isinstance(consent_id, int)
    session = session_for("anna")
    editor = open_editor(qtbot, session, adult)
    tab = editor.findChild(ConsentTab, "consent_tab")
    assert tab.select_item(consent_id)
    assert enabled(editor) == {
        "give_consent_button": False,
        "withdraw_consent_button": True,
        "consent_form_button": False,
        "consent_receipt_button": False,
    }
    assert not tab.give_consent_action.isEnabled()
    assert "beperkt" in editor.findChild(QLabel, "consent_state_label").text()

    new = DossierEditor(session, None)
    qtbot.addWidget(new)
    go_to_tab(new, "consent_tab")
    new_tab = new.findChild(ConsentTab, "consent_tab")
    assert new_tab.findChild(QLabel, "save_first_label").isVisibleTo(new)
    assert not new_tab.findChild(QTableView, "consent_table").isVisibleTo(new)
    assert not any(enabled(new).values())


@pytest.mark.parametrize("user", ["anna", "sam"])
def test_a_guardians_consent_shows_its_renewal_date(
    qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor, user: str
) -> None:
    """The renewal date is the 16th birthday: the assistent (no special data) never sees it."""
    from datetime import date, datetime

    from calqi_desktop.domain.consent import (
        ConsentDraft,
        GuardianDraft,
        GuardianRelation,
        sixteenth_birthday,
    )
    from calqi_desktop.services import statement_versions

    born = date(date.today().year - 10, 1, 1)
    grown_born = date(date.today().year - 20, 3, 1)
    mother = GuardianDraft(GuardianRelation.PARENT, name="M. Jong")

    def set_up(workspace: Workspace) -> tuple[int, int]:
        add_statement_version(workspace)
        client_id = make_client(workspace, "Jong", born=born.strftime("%d-%m-%Y"))
        give(workspace, client_id, BuiltInPurpose.NEWSLETTER, guardian=mother)
        grown = make_client(workspace, "Groot", born=grown_born.strftime("%d-%m-%Y"))
        version = statement_versions.current_version(workspace)
        assert version is not None
        consent.give_consent(
            workspace,
            grown,
            ConsentDraft(
                purpose_id=next(
                    p.id
                    for p in consent.list_purposes(workspace)
                    if p.code == BuiltInPurpose.NEWSLETTER.value
                ),
                given_at=datetime(grown_born.year + 10, 6, 1, 12).astimezone(),
                method=ConsentMethod.PAPER,
                statement_version_id=version.id,
                guardian=mother,
            ),
        )
        return client_id, grown

    found = as_admin(set_up)
    assert isinstance(found, tuple)
    client_id, grown = found
    session = session_for(user)
    editor = open_editor(qtbot, session, client_id)
    [row] = table_rows(editor, "consent_table", ConsentColumn)
    assert row[ConsentColumn.GUARDIAN] == "via ouder/voogd"
    editor.close()
    due_editor = open_editor(qtbot, session, grown)
    [due] = table_rows(due_editor, "consent_table", ConsentColumn)
    if user == "anna":
        assert row[ConsentColumn.RENEWAL] == f"vernieuwen vanaf {sixteenth_birthday(born):%d-%m-%Y}"
        assert due[ConsentColumn.RENEWAL] == f"vernieuwen vanaf {sixteenth_birthday(grown_born):%d-%m-%Y}"
    else:
        assert row[ConsentColumn.RENEWAL] == "zodra de klant 16 is"
        assert due[ConsentColumn.RENEWAL] == "te vernieuwen"
    model = due_editor.findChild(QTableView, "consent_table").model()
    colour = model.index(0, ConsentColumn.RENEWAL).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color().name() == "#8a4b00"  # due: marked for every role


def test_the_models_pass_the_model_tester(
    qtmodeltester: Any, qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor
) -> None:
    ids = as_admin(set_up_special_consent)
    assert isinstance(ids, dict)
    session = session_for("anna")
    found = consent.client_consents(session.workspace, ids["client"])
    model = ConsentTableModel("nl")
    model.set_consents(found)
    qtmodeltester.check(model)
    history = ConsentHistoryModel("en")
    history.set_events(found[0].events)
    qtmodeltester.check(history)
    assert model.rowCount() == 2 and history.rowCount() == 1
    assert history.index(0, HistoryColumn.EVENT).data() == "Given"


def test_an_evidence_file_added_then_cancelled_still_reaches_the_documents_tab(
    qtbot: QtBot, adult: int, session_for: SessionFor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage

    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    scan = tmp_path / "handtekening.png"
    assert image.save(str(scan))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(scan), ""))
    editor = open_editor(qtbot, session_for("anna"), adult)
    tab = editor.findChild(ConsentTab, "consent_tab")

    def add_then_cancel(dialog: Any) -> None:
        click(qtbot, button(dialog, "add_evidence_button"))
        click(qtbot, button(dialog, "cancel_button"))

    handle(qtbot, add_then_cancel)
    with qtbot.waitSignal(tab.changed, timeout=5000):
        click(qtbot, button(editor, "give_consent_button"))
    documents = editor.findChild(QTableView, "documents_table").model()
    assert documents.rowCount() == 1 and documents.index(0, 1).data() == "handtekening.png"
    assert table_rows(editor, "consent_table", ConsentColumn) == []
