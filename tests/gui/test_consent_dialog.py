"""The consent dialog as a user meets it: purpose, recipient, moment, guardian for a minor, evidence.

The fixtures and helpers at the top (a statement version, an adult, a minor,
a purpose by its code) are shared with the withdrawal-dialog and consent-tab tests.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from gui import test_dossier_page as page_tests
from gui.test_dossier_page import SessionFor
from gui_helpers import button, click, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.clients import (
    ClientDraft,
    ClientKind,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod, sixteenth_birthday
from calqi_desktop.domain.errors import (
    ConsentAgeUnknownError,
    ConsentInFutureError,
    ConsentRecipientRequiredError,
    GuardianRequiredError,
)
from calqi_desktop.domain.statement import StatementVersionDraft
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.consent_dialog import ConsentDialog
from calqi_desktop.services import clients, consent, statement_versions
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import Client, ClientSearchRow

Shot = Callable[[QWidget, str], Path]
AsAdmin = Callable[[Callable[[Workspace], object]], object]

vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for

TODAY = date.today()
MINOR_BORN = date(TODAY.year - 10, 1, 1)


# --- shared set-up ---------------------------------------------------------------------------


def add_statement_version(workspace: Workspace, version: str = "2025-1") -> int:
    added = statement_versions.add_version(
        workspace,
        StatementVersionDraft(
            version=version,
            effective_on=date(2025, 1, 1),
            text="Privacyverklaring van Calqi B.V. — toestemming kan altijd worden ingetrokken.",
        ),
    )
    return added.id


def make_client(
    workspace: Workspace, last_name: str, *, born: str | None = None, kind: ClientKind = ClientKind.PERSON
) -> int:
    """A person (with a birth date under the legal obligation, when given) or an organisation."""
    draft = (
        ClientDraft(kind=kind, organisation_name=last_name)
        if kind == ClientKind.ORGANISATION
        else ClientDraft(initials="J.", last_name=last_name)
    )
    return clients.create_client(
        workspace,
        draft,
        special=SpecialChanges(fields={"birth_date": born}) if born else None,
        bases=(BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.LEGAL_OBLIGATION),) if born else (),
    )


def purpose_id(workspace: Workspace, code: BuiltInPurpose) -> int:
    return next(p.id for p in consent.list_purposes(workspace) if p.code == code.value)


def give(workspace: Workspace, client_id: int, code: BuiltInPurpose, **fields: object) -> int:
    """Consent recorded directly through the service (set-up for other tests)."""
    version = statement_versions.current_version(workspace)
    assert version is not None
    draft = ConsentDraft(
        purpose_id=purpose_id(workspace, code),
        given_at=datetime.now().astimezone(),
        method=ConsentMethod.PAPER,
        statement_version_id=version.id,
        **fields,
    )
    return consent.give_consent(workspace, client_id, draft).id


def open_dialog(qtbot: QtBot, session: AppSession, client_id: int) -> ConsentDialog:
    dossier = clients.open_dossier(session.workspace, client_id, audit=False)
    dialog = ConsentDialog(session, dossier)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def combo(widget: QWidget, name: str) -> QComboBox:
    found = widget.findChild(QComboBox, name)
    assert found is not None, name
    return found


def edit(widget: QWidget, name: str) -> QLineEdit:
    found = widget.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def error_text(dialog: QWidget) -> str:
    label = dialog.findChild(QLabel, "error_label")
    return label.text() if label.isVisible() else ""


def choose_purpose(workspace: Workspace, dialog: ConsentDialog, code: BuiltInPurpose) -> None:
    choose(combo(dialog, "purpose_combo"), purpose_id(workspace, code))


@pytest.fixture
def adult(as_admin: AsAdmin) -> int:
    """A vault with a statement version and an adult client with a known birth date."""

    def set_up(workspace: Workspace) -> int:
        add_statement_version(workspace)
        return make_client(workspace, "Visser", born="24-11-1980")

    return int(as_admin(set_up))


# --- tests -------------------------------------------------------------------------------------


def test_a_newsletter_consent_is_recorded_with_what_was_chosen(
    qtbot: QtBot, adult: int, session_for: SessionFor, screenshot: Shot
) -> None:
    session = session_for("anna")
    dialog = open_dialog(qtbot, session, adult)
    assert dialog.objectName() == "consent_dialog"
    assert "Visser" in dialog.windowTitle()
    assert not dialog.findChild(QCheckBox, "age_confirmed_check").isVisible()  # the birth date is known
    versions = combo(dialog, "statement_version_combo")
    assert versions.count() == 2 and versions.currentText().startswith("2025-1")  # the seed 2018-05 too
    assert combo(dialog, "evidence_combo").itemText(0) == "geen"
    moment = edit(dialog, "given_at_edit").text()
    assert moment[2] == "-" and moment[5] == "-" and moment[10] == " " and moment[13] == ":"
    choose_purpose(session.workspace, dialog, BuiltInPurpose.NEWSLETTER)
    assert not edit(dialog, "recipient_edit").isEnabled()
    choose(combo(dialog, "method_combo"), ConsentMethod.EMAIL.value)
    type_into(qtbot, edit(dialog, "given_at_edit"), "02-01-2026 09:30")
    qtbot.keyClicks(edit(dialog, "note_edit"), "antwoord op de nieuwsbrief-mail")
    assert not edit(dialog, "guardian_name_edit").isEnabled()  # the group is not ticked
    QTest.qWait(50)  # let the layout settle for the screenshot
    screenshot(dialog, "toestemming-vastleggen")
    click(qtbot, button(dialog, "ok_button"))

    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.consent is not None
    [recorded] = consent.client_consents(session.workspace, adult)
    assert recorded.purpose.code == BuiltInPurpose.NEWSLETTER.value and recorded.is_given
    [event] = recorded.events
    assert event.method is ConsentMethod.EMAIL and event.note == "antwoord op de nieuwsbrief-mail"
    assert event.recorded_by == "anna" and event.statement_version.startswith("2025-1")
    assert (event.occurred_at.astimezone().strftime("%d-%m-%Y %H:%M")) == "02-01-2026 09:30"


def test_a_third_party_purpose_needs_the_recipient(qtbot: QtBot, adult: int, session_for: SessionFor) -> None:
    session = session_for("anna")
    dialog = open_dialog(qtbot, session, adult)
    choose_purpose(session.workspace, dialog, BuiltInPurpose.THIRD_PARTY)
    recipient = edit(dialog, "recipient_edit")
    assert recipient.isEnabled()
    assert "verplicht" in dialog.findChild(QLabel, "recipient_caption").text()
    click(qtbot, button(dialog, "ok_button"))
    assert error_text(dialog) == ConsentRecipientRequiredError().message("nl")
    assert dialog.isVisible() and consent.client_consents(session.workspace, adult) == []

    qtbot.keyClicks(recipient, "Hypotheekbank B.V.")
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted
    [recorded] = consent.client_consents(session.workspace, adult)
    assert recorded.recipient == "Hypotheekbank B.V."
    assert recorded.title() == "Gegevens doorgeven aan een genoemde derde — Hypotheekbank B.V."


def test_a_minor_needs_a_parent_and_then_it_is_recorded(
    qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor, screenshot: Shot
) -> None:
    def set_up(workspace: Workspace) -> int:
        add_statement_version(workspace)
        return make_client(workspace, "Jong", born=MINOR_BORN.strftime("%d-%m-%Y"))

    minor = int(as_admin(set_up))
    session = session_for("anna")
    dialog = open_dialog(qtbot, session, minor)
    choose_purpose(session.workspace, dialog, BuiltInPurpose.NEWSLETTER)
    qtbot.keyClicks(edit(dialog, "note_edit"), "formulier meegegeven")
    click(qtbot, button(dialog, "ok_button"))
    assert error_text(dialog) == GuardianRequiredError().message("nl")
    assert dialog.isVisible() and edit(dialog, "note_edit").text() == "formulier meegegeven"
    QTest.qWait(50)
    screenshot(dialog, "toestemming-minderjarig")

    group = dialog.findChild(QGroupBox, "guardian_group")
    assert group.isCheckable() and not group.isChecked()
    group.setChecked(True)
    choose(combo(dialog, "guardian_relation_combo"), "parent")
    assert combo(dialog, "guardian_client_combo").currentText().startswith("niet in de kluis")
    qtbot.keyClicks(edit(dialog, "guardian_name_edit"), "M. Jong")
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
    [recorded] = consent.client_consents(session.workspace, minor)
    assert recorded.via_guardian and recorded.renew_due_on == sixteenth_birthday(MINOR_BORN)
    assert "M. Jong" in recorded.events[0].guardian and "Ouder" in recorded.events[0].guardian


def test_a_guardian_is_found_in_the_vault_without_the_subject_or_organisations(
    qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor
) -> None:
    def set_up(workspace: Workspace) -> tuple[int, int]:
        add_statement_version(workspace)
        minor = make_client(workspace, "Bakker", born=MINOR_BORN.strftime("%d-%m-%Y"))
        parent = make_client(workspace, "Bakker-de Wit", born="03-05-1979")
        make_client(workspace, "Bakkerij Bakker B.V.", kind=ClientKind.ORGANISATION)
        restricted = make_client(workspace, "Bakker-Smit", born="04-06-1978")
        with workspace.transaction() as db:  # a restricted dossier (the restriction service comes later)
            db.get(Client, restricted).restricted = True
            db.get(ClientSearchRow, restricted).restricted = True
        return minor, parent

    minor, parent = as_admin(set_up)
    session = session_for("sam")
    dialog = open_dialog(qtbot, session, minor)
    choose_purpose(session.workspace, dialog, BuiltInPurpose.NEWSLETTER)
    dialog.findChild(QGroupBox, "guardian_group").setChecked(True)
    qtbot.keyClicks(edit(dialog, "guardian_search_edit"), "bakker")
    people = combo(dialog, "guardian_client_combo")
    offered = [people.itemData(i) for i in range(people.count())]
    # "niet in de kluis" first; not the subject, no organisation, no restricted dossier
    assert offered == [None, parent]
    assert people.currentIndex() == 0 and edit(dialog, "guardian_name_edit").isEnabled()
    people.setCurrentIndex(1)
    assert "Bakker-de Wit" in people.currentText()
    assert not edit(dialog, "guardian_name_edit").isEnabled()
    choose(combo(dialog, "guardian_relation_combo"), "legal-guardian")
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
    [recorded] = consent.client_consents(session.workspace, minor)
    assert "Bakker-de Wit" in recorded.events[0].guardian


def test_without_a_birth_date_the_age_is_confirmed_by_hand(
    qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor
) -> None:
    def set_up(workspace: Workspace) -> int:
        add_statement_version(workspace)
        return make_client(workspace, "Onbekend")

    client_id = int(as_admin(set_up))
    session = session_for("sam")
    dialog = open_dialog(qtbot, session, client_id)
    choose_purpose(session.workspace, dialog, BuiltInPurpose.PROMOTIONS)
    check = dialog.findChild(QCheckBox, "age_confirmed_check")
    assert check.isVisible() and not check.isChecked()
    click(qtbot, button(dialog, "ok_button"))
    assert error_text(dialog) == ConsentAgeUnknownError().message("nl") and dialog.isVisible()
    check.setChecked(True)
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)


def test_an_organisation_has_no_guardian_or_age_check(
    qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor
) -> None:
    def set_up(workspace: Workspace) -> int:
        add_statement_version(workspace)
        return make_client(workspace, "Jansen Bouw B.V.", kind=ClientKind.ORGANISATION)

    client_id = int(as_admin(set_up))
    dialog = open_dialog(qtbot, session_for("anna"), client_id)
    assert not dialog.findChild(QGroupBox, "guardian_group").isVisible()
    assert not dialog.findChild(QCheckBox, "age_confirmed_check").isVisible()
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)


def test_a_bad_or_future_moment_is_refused_in_the_dialog(
    qtbot: QtBot, adult: int, session_for: SessionFor
) -> None:
    session = session_for("anna")
    dialog = open_dialog(qtbot, session, adult)
    given_at = edit(dialog, "given_at_edit")
    for typed in ("31-02-2026 10:00", "02-01-2026 25:00", "gisteren"):
        type_into(qtbot, given_at, typed)
        click(qtbot, button(dialog, "ok_button"))
        assert error_text(dialog).startswith("Schrijf het moment als dd-mm-jjjj uu:mm"), typed
        assert dialog.isVisible()
    type_into(qtbot, given_at, f"01-01-{TODAY.year + 1} 10:00")
    click(qtbot, button(dialog, "ok_button"))
    assert error_text(dialog) == ConsentInFutureError().message("nl")
    type_into(qtbot, given_at, "15-03-2025")  # a date alone: 00:00 that day
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
    [recorded] = consent.client_consents(session.workspace, adult)
    assert recorded.events[0].occurred_at.astimezone().strftime("%d-%m-%Y %H:%M") == "15-03-2025 00:00"


def test_an_evidence_file_is_added_as_a_signed_form_and_chosen(
    qtbot: QtBot, adult: int, session_for: SessionFor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    scan = tmp_path / "toestemming getekend.png"
    assert image.save(str(scan))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args, **_kw: (str(scan), ""))
    session = session_for("sam")
    dialog = open_dialog(qtbot, session, adult)
    assert not dialog.documents_added
    click(qtbot, button(dialog, "add_evidence_button"))
    evidence = combo(dialog, "evidence_combo")
    assert dialog.documents_added and evidence.count() == 2
    assert evidence.currentText().startswith("toestemming getekend.png")
    assert "Ondertekend formulier" in evidence.currentText()
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
    [recorded] = consent.client_consents(session.workspace, adult)
    assert recorded.events[0].evidence_name == "toestemming getekend.png"


def test_a_birth_date_erased_meanwhile_brings_up_the_age_check(
    qtbot: QtBot, as_admin: AsAdmin, session_for: SessionFor
) -> None:
    from dataclasses import replace

    def set_up(workspace: Workspace) -> int:
        add_statement_version(workspace)
        return make_client(workspace, "Onbekend")

    client_id = as_admin(set_up)
    assert isinstance(client_id, int)
    session = session_for("anna")
    opened = clients.open_dossier(session.workspace, client_id, audit=False)
    stale = replace(opened, special_present={**opened.special_present, "birth_date": True})
    dialog = ConsentDialog(session, stale)
    qtbot.addWidget(dialog)
    dialog.show()
    check = dialog.findChild(QCheckBox, "age_confirmed_check")
    assert not check.isVisible()
    click(qtbot, button(dialog, "ok_button"))
    assert error_text(dialog) == ConsentAgeUnknownError().message("nl") and check.isVisible()
    check.setChecked(True)
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.result() == QDialog.DialogCode.Accepted, error_text(dialog)
