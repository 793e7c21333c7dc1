"""The withdrawal dialog: the warning, a decision per category of special data, erase or keep, refusals.

Set-up shared with the consent-tab tests: `with_special_consent` makes a client
whose special-data consent is the basis of a bank account (stored) and of
children (none stored), plus a newsletter consent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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
from gui.test_dossier_page import SessionFor
from gui_helpers import button, click, type_into
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFrame, QGroupBox, QLabel, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.clients import (
    BankAccountDraft,
    ChangeReason,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentMethod
from calqi_desktop.domain.errors import WithdrawalNeedsSpecialAccessError
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.consent_dialog import now_text
from calqi_desktop.gui.withdrawal_dialog import WithdrawalDialog
from calqi_desktop.services import clients, consent, special_data
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import Client

Shot = Callable[[QWidget, str], Path]

vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for

WARNING = "Let op: zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet meer verlenen (privacyverklaring)."


def set_up_special_consent(workspace: Workspace) -> dict[str, int]:
    """A client whose special-data consent carries a bank account and (empty) children; and a newsletter."""
    add_statement_version(workspace)
    client_id = make_client(workspace, "Visser", born="24-11-1980")
    special = give(workspace, client_id, BuiltInPurpose.SPECIAL_DATA)
    newsletter = give(workspace, client_id, BuiltInPurpose.NEWSLETTER)
    for category in (SpecialCategory.BANK_ACCOUNTS, SpecialCategory.CHILDREN):
        special_data.record_legal_basis(workspace, client_id, category, LegalBasisKind.CONSENT)
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    clients.save_dossier(
        workspace,
        client_id,
        dossier.draft,
        SpecialChanges(bank_accounts=(BankAccountDraft("NL91ABNA0417164300", "J. Visser"),)),
        expected_version=dossier.version,
        reason=ChangeReason.COMPLETION,
    )
    return {"client": client_id, "special": special, "newsletter": newsletter}


@pytest.fixture
def with_special_consent(as_admin: AsAdmin) -> dict[str, int]:
    found = as_admin(set_up_special_consent)
    assert isinstance(found, dict)
    return found


def open_dialog(qtbot: QtBot, session: AppSession, client_id: int, consent_id: int) -> WithdrawalDialog:
    workspace = session.workspace
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    chosen = next(c for c in consent.client_consents(workspace, client_id) if c.id == consent_id)
    dialog = WithdrawalDialog(session, dossier, chosen, consent.withdrawal_impact(workspace, consent_id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def is_given(session: AppSession, client_id: int, consent_id: int) -> bool:
    return next(
        c for c in consent.client_consents(session.workspace, client_id) if c.id == consent_id
    ).is_given


def radio(widget: QWidget, name: str) -> QRadioButton:
    found = widget.findChild(QRadioButton, name)
    assert found is not None, name
    return found


def pick(qtbot: QtBot, button: QRadioButton) -> None:
    """Click the radio button's indicator, as a user does (the middle of a wide button may be empty)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked(), button.objectName()


def never_asked(self: WithdrawalDialog, categories: list[SpecialCategory]) -> bool:
    raise AssertionError("no erase confirmation expected")


def test_erasing_the_bank_accounts_needs_a_choice_and_a_confirmation(
    qtbot: QtBot,
    with_special_consent: dict[str, int],
    session_for: SessionFor,
    monkeypatch: pytest.MonkeyPatch,
    screenshot: Shot,
) -> None:
    session = session_for("anna")
    client_id = with_special_consent["client"]
    dialog = open_dialog(qtbot, session, client_id, with_special_consent["special"])
    assert dialog.objectName() == "withdrawal_dialog"
    assert "Verwerking van bijzondere persoonsgegevens" in dialog.findChild(QLabel, "consent_label").text()
    warning = dialog.findChild(QLabel, "service_warning_label")
    assert warning.isVisible() and warning.text() == WARNING
    bank = dialog.findChild(QFrame, "decision_bank_accounts")
    children = dialog.findChild(QFrame, "decision_children")
    assert bank is not None and children is not None
    assert "niets opgeslagen" in children.findChild(QLabel, "decision_children_label").text()
    assert "niets opgeslagen" not in bank.findChild(QLabel, "decision_bank_accounts_label").text()
    erase = radio(dialog, "decision_bank_accounts_erase_radio")
    keep = radio(dialog, "decision_bank_accounts_keep_radio")
    assert not erase.isChecked() and not keep.isChecked()  # nothing preselected
    assert not combo(dialog, "decision_bank_accounts_basis_combo").isEnabled()
    bases = combo(dialog, "decision_bank_accounts_basis_combo")
    assert [bases.itemText(i) for i in range(bases.count())] == [
        "Wettelijke plicht (fiscale dienstverlening)",
        "Overeenkomst",
    ]
    QTest.qWait(50)
    screenshot(dialog, "toestemming-intrekken")

    click(qtbot, button(dialog, "ok_button"))
    assert "Nog niet gekozen: de bankrekeningen, de kinderen" in error_text(dialog)
    assert dialog.isVisible()
    assert is_given(session, client_id, with_special_consent["special"])  # nothing recorded

    asked: list[list[SpecialCategory]] = []

    def confirm(self: WithdrawalDialog, categories: list[SpecialCategory]) -> bool:
        asked.append(categories)
        return len(asked) > 1  # "Terug" the first time

    monkeypatch.setattr(WithdrawalDialog, "confirm_erase", confirm)
    pick(qtbot, erase)
    pick(qtbot, radio(dialog, "decision_children_erase_radio"))
    choose(combo(dialog, "method_combo"), ConsentMethod.EMAIL.value)
    qtbot.keyClicks(edit(dialog, "note_edit"), "mail van 3 maart")
    click(qtbot, button(dialog, "ok_button"))
    assert asked == [[SpecialCategory.BANK_ACCOUNTS, SpecialCategory.CHILDREN]]
    assert dialog.isVisible() and "niet bevestigd" in error_text(dialog)
    assert len(clients.open_dossier(session.workspace, client_id, audit=False).bank_accounts) == 1

    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
    dossier = clients.open_dossier(session.workspace, client_id, audit=False)
    assert dossier.bank_accounts == ()
    assert SpecialCategory.BANK_ACCOUNTS not in dossier.bases
    withdrawn = next(
        c for c in consent.client_consents(session.workspace, client_id) if c.id == dialog.given.id
    )
    assert not withdrawn.is_given and withdrawn.events[-1].note == "mail van 3 maart"
    assert withdrawn.events[-1].method is ConsentMethod.EMAIL and withdrawn.events[-1].decisions


def test_keeping_under_another_basis_keeps_the_bank_account(
    qtbot: QtBot,
    with_special_consent: dict[str, int],
    session_for: SessionFor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(WithdrawalDialog, "confirm_erase", never_asked)
    session = session_for("anna")
    client_id = with_special_consent["client"]
    dialog = open_dialog(qtbot, session, client_id, with_special_consent["special"])
    for key in ("bank_accounts", "children"):
        pick(qtbot, radio(dialog, f"decision_{key}_keep_radio"))
        basis = combo(dialog, f"decision_{key}_basis_combo")
        assert basis.isEnabled()
        choose(basis, LegalBasisKind.CONTRACT.value)
        qtbot.keyClicks(edit(dialog, f"decision_{key}_note_edit"), "opdrachtbevestiging 2026")
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
    dossier = clients.open_dossier(session.workspace, client_id, audit=False)
    assert len(dossier.bank_accounts) == 1
    assert dossier.bases[SpecialCategory.BANK_ACCOUNTS].basis is LegalBasisKind.CONTRACT


def test_a_newsletter_withdrawal_asks_nothing_about_special_data(
    qtbot: QtBot,
    with_special_consent: dict[str, int],
    session_for: SessionFor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(WithdrawalDialog, "confirm_erase", never_asked)
    session = session_for("sam")
    client_id = with_special_consent["client"]
    dialog = open_dialog(qtbot, session, client_id, with_special_consent["newsletter"])
    assert not dialog.findChild(QGroupBox, "decisions_group").isVisible()
    assert not dialog.findChild(QLabel, "service_warning_label").isVisible()
    type_into(qtbot, edit(dialog, "withdrawn_at_edit"), "3-3-2099 10:00")
    click(qtbot, button(dialog, "ok_button"))
    assert "toekomst" in error_text(dialog) and dialog.isVisible()
    type_into(qtbot, edit(dialog, "withdrawn_at_edit"), "3-3-20x6")
    click(qtbot, button(dialog, "ok_button"))
    assert error_text(dialog).startswith("Schrijf het moment als dd-mm-jjjj uu:mm")
    type_into(qtbot, edit(dialog, "withdrawn_at_edit"), "")
    click(qtbot, button(dialog, "ok_button"))
    assert error_text(dialog).startswith("Vul het moment van intrekken in")
    type_into(qtbot, edit(dialog, "withdrawn_at_edit"), now_text())
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
    newsletter = next(
        c for c in consent.client_consents(session.workspace, client_id) if c.id == dialog.given.id
    )
    assert not newsletter.is_given and newsletter.events[-1].recorded_by == "sam"


def test_the_assistent_is_told_to_ask_a_colleague_for_special_data(
    qtbot: QtBot,
    with_special_consent: dict[str, int],
    session_for: SessionFor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(WithdrawalDialog, "confirm_erase", lambda self, categories: True)
    session = session_for("sam")
    client_id = with_special_consent["client"]
    dialog = open_dialog(qtbot, session, client_id, with_special_consent["special"])
    # Whether data are held is special data: the assistent is told neither way.
    for key in ("bank_accounts", "children"):
        assert "niets opgeslagen" not in dialog.findChild(QLabel, f"decision_{key}_label").text()
    pick(qtbot, radio(dialog, "decision_bank_accounts_erase_radio"))
    pick(qtbot, radio(dialog, "decision_children_erase_radio"))
    click(qtbot, button(dialog, "ok_button"))
    assert error_text(dialog) == WithdrawalNeedsSpecialAccessError().message("nl")
    assert dialog.isVisible()
    assert radio(dialog, "decision_bank_accounts_erase_radio").isChecked()  # the choices are kept
    assert is_given(session, client_id, with_special_consent["special"])


def test_under_a_restriction_nothing_is_erased_and_nothing_is_asked(
    qtbot: QtBot,
    as_admin: AsAdmin,
    session_for: SessionFor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def set_up(workspace: Workspace) -> dict[str, int]:
        ids = set_up_special_consent(workspace)
        with workspace.transaction() as db:
            client = db.get(Client, ids["client"])
            assert client is not None
            client.restricted = True
        return ids

    ids = as_admin(set_up)
    assert isinstance(ids, dict)
    monkeypatch.setattr(WithdrawalDialog, "confirm_erase", never_asked)
    session = session_for("anna")
    dialog = open_dialog(qtbot, session, ids["client"], ids["special"])
    assert "beperkt" in dialog.findChild(QLabel, "decisions_intro_label").text()
    assert "afgeschermd" in dialog.findChild(QLabel, "decision_bank_accounts_label").text()
    assert not radio(dialog, "decision_bank_accounts_erase_radio").isVisible()
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
    assert len(clients.open_dossier(session.workspace, ids["client"], audit=False).bank_accounts) == 1
    assert not is_given(session, ids["client"], ids["special"])
