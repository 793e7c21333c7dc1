"""The purposes of consent: everyone sees them, the beheerder adds and edits added ones, built-ins stay fixed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import ADMIN
from gui import test_dossier_page as page_tests
from gui.test_dossier_page import audit_actions
from gui_helpers import button, click, type_into
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QLineEdit, QTableView, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.consent import ConsentPurpose
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.consent_purposes_dialog import ConsentPurposesDialog
from calqi_desktop.gui.statement_models import ConsentPurposeModel, PurposeColumn
from calqi_desktop.services import consent

SessionFor = Callable[[str], AppSession]

vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for

SURVEY = "Klanttevredenheidsonderzoek"


def open_dialog(qtbot: QtBot, session: AppSession) -> ConsentPurposesDialog:
    dialog = ConsentPurposesDialog(session)
    qtbot.addWidget(dialog)
    dialog.resize(1040, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def table(dialog: QWidget) -> QTableView:
    found = dialog.findChild(QTableView, "purpose_table")
    assert found is not None
    return found


def rows(dialog: QWidget) -> list[list[str]]:
    model = table(dialog).model()
    return [[model.index(r, c).data() for c in PurposeColumn] for r in range(model.rowCount())]


def select(qtbot: QtBot, dialog: QWidget, label_nl: str) -> None:
    view = table(dialog)
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, PurposeColumn.LABEL).data() == label_nl)
    position = view.visualRect(model.index(row, PurposeColumn.LABEL)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=position)


def edit(dialog: QWidget, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def form(dialog: QWidget) -> QGroupBox:
    found = dialog.findChild(QGroupBox, "purpose_form_group")
    assert found is not None
    return found


def purpose(label_nl: str, *, code: str | None = None, active: bool = True) -> ConsentPurpose:
    return ConsentPurpose(
        id=len(label_nl),
        code=code,
        label_nl=label_nl,
        label_en="",
        description="Omschrijving",
        needs_recipient=code == "third-party",
        explicit=False,
        ends_service=False,
        covers_special_data=False,
        active=active,
    )


def test_the_model_passes_qt_checks_and_says_yes_or_nothing(qtmodeltester: ModelTester) -> None:
    model = ConsentPurposeModel()
    qtmodeltester.check(model)
    model.set_rows(
        [purpose("Nieuwsbrief", code="newsletter"), purpose("Gegevens doorgeven", code="third-party")]
    )
    qtmodeltester.check(model)
    model.set_rows([purpose(SURVEY, active=False)])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in PurposeColumn] == [SURVEY, "", "", "", "", "", "", ""]
    model.set_rows([purpose("Gegevens doorgeven", code="third-party")])
    assert [model.index(0, c).data() for c in PurposeColumn] == [
        "Gegevens doorgeven",
        "",
        "ja",
        "",
        "",
        "",
        "ja",
        "ja",
    ]
    assert model.index(0, PurposeColumn.LABEL).data(Qt.ItemDataRole.ToolTipRole) == "Omschrijving"
    assert model.headerData(PurposeColumn.BUILT_IN, Qt.Orientation.Horizontal) == "Uit de verklaring"


def test_the_assistent_sees_the_purposes_of_the_statement_read_only(
    qtbot: QtBot, session_for: SessionFor
) -> None:
    session = session_for("sam")
    dialog = open_dialog(qtbot, session)
    assert dialog.objectName() == "consent_purposes_dialog"
    shown = rows(dialog)
    assert [row[PurposeColumn.LABEL] for row in shown] == [
        "Verwerking van bijzondere persoonsgegevens",
        "Nieuwsbrief",
        "Informatie over producten van groepsmaatschappijen of zorgvuldig geselecteerde derden (opt-in)",
        "Gegevens doorgeven aan een genoemde derde",
        "Verkoop van gegevens (uitdrukkelijk)",
        "Deelname aan acties",
    ]
    assert all(row[PurposeColumn.BUILT_IN] == "ja" for row in shown)
    assert shown[0][PurposeColumn.SPECIAL_DATA] == "ja" and shown[1][PurposeColumn.SPECIAL_DATA] == ""
    assert shown[3][PurposeColumn.PER_RECIPIENT] == "ja" and shown[4][PurposeColumn.EXPLICIT] == "ja"
    assert not button(dialog, "add_purpose_button").isVisible()
    assert not button(dialog, "edit_purpose_button").isVisible()
    assert dialog.findChild(QLabel, "read_only_label").isVisible()
    dialog.start_add()
    assert not form(dialog).isVisible()


def test_the_beheerder_adds_a_purpose_changes_it_and_a_name_in_use_is_refused(
    qtbot: QtBot, session_for: SessionFor, screenshot: Callable[[QWidget, str], Path]
) -> None:
    session = session_for(ADMIN)
    dialog = open_dialog(qtbot, session)
    assert not dialog.findChild(QLabel, "read_only_label").isVisible()
    assert not form(dialog).isVisible()
    click(qtbot, button(dialog, "add_purpose_button"))
    assert form(dialog).isVisible() and form(dialog).title() == "Nieuw doel"
    assert dialog.findChild(QCheckBox, "active_check").isChecked()
    qtbot.keyClicks(edit(dialog, "label_nl_edit"), SURVEY)
    qtbot.keyClicks(edit(dialog, "label_en_edit"), "Customer satisfaction survey")
    qtbot.keyClicks(edit(dialog, "description_edit"), "Een korte vragenlijst na afloop van de aangifte.")
    screenshot(dialog, "doelen-van-toestemming")
    with qtbot.waitSignal(dialog.purposes_changed, timeout=5000):
        click(qtbot, button(dialog, "save_purpose_button"))
    assert not form(dialog).isVisible()
    assert dialog.selected() is not None and dialog.selected().label_nl == SURVEY
    assert rows(dialog)[-1] == [SURVEY, "Customer satisfaction survey", "", "", "", "", "ja", ""]
    added = [p for p in consent.list_purposes(session.workspace) if p.label_nl == SURVEY]
    assert len(added) == 1 and not added[0].built_in and added[0].active
    assert added[0].description == "Een korte vragenlijst na afloop van de aangifte."
    saved = [a for a in audit_actions(session) if a[0] == AuditAction.CONSENT_PURPOSE_SAVED.value]
    assert saved and saved[-1][2]["purpose_id"] == added[0].id

    # an added purpose can be changed: here made inactive, so no new consent is asked for it
    assert button(dialog, "edit_purpose_button").isEnabled()
    click(qtbot, button(dialog, "edit_purpose_button"))
    assert form(dialog).title() == "Doel wijzigen" and edit(dialog, "label_nl_edit").text() == SURVEY
    dialog.findChild(QCheckBox, "active_check").setChecked(False)
    click(qtbot, button(dialog, "save_purpose_button"))
    assert SURVEY not in [p.label_nl for p in consent.list_purposes(session.workspace)]
    assert SURVEY in [p.label_nl for p in consent.list_purposes(session.workspace, include_inactive=True)]
    assert rows(dialog)[-1][PurposeColumn.ACTIVE] == ""

    # a name in use is refused at the name field, and the form stays open with what was typed
    click(qtbot, button(dialog, "add_purpose_button"))
    type_into(qtbot, edit(dialog, "label_nl_edit"), "nieuwsbrief")
    click(qtbot, button(dialog, "save_purpose_button"))
    assert form(dialog).isVisible() and edit(dialog, "label_nl_edit").text() == "nieuwsbrief"
    assert dialog.findChild(QLabel, "label_nl_error_label").text() == (
        "Er bestaat al een doel met deze naam. Kies een andere naam."
    )
    type_into(qtbot, edit(dialog, "label_nl_edit"), "")
    click(qtbot, button(dialog, "save_purpose_button"))
    assert dialog.marks.marked() == ["label_nl"]
    click(qtbot, button(dialog, "cancel_purpose_button"))
    assert not form(dialog).isVisible()
    assert [p.label_nl for p in consent.list_purposes(session.workspace, include_inactive=True)].count(
        SURVEY
    ) == 1


def test_a_built_in_purpose_cannot_be_edited_and_says_why(qtbot: QtBot, session_for: SessionFor) -> None:
    dialog = open_dialog(qtbot, session_for(ADMIN))
    edit_button = button(dialog, "edit_purpose_button")
    assert (
        not edit_button.isEnabled() and edit_button.toolTip() == "Kies eerst een toegevoegd doel in de lijst."
    )
    select(qtbot, dialog, "Nieuwsbrief")
    assert dialog.selected() is not None and dialog.selected().built_in
    assert not edit_button.isEnabled()
    assert "staat in de privacyverklaring en kan daarom niet worden gewijzigd" in edit_button.toolTip()
    view = table(dialog)
    index = view.model().index(view.selectionModel().selectedRows()[0].row(), PurposeColumn.LABEL)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    dialog.start_edit()
    assert not form(dialog).isVisible()


def test_the_privacy_officer_may_not_edit_purposes(qtbot: QtBot, session_for: SessionFor) -> None:
    dialog = open_dialog(qtbot, session_for("fleur"))
    assert len(rows(dialog)) == 6
    assert not button(dialog, "add_purpose_button").isVisible()
    assert dialog.findChild(QLabel, "read_only_label").isVisible()
    assert not dialog.save()
