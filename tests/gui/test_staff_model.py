"""The staff table model: rows of StaffMember, texts per column, and Qt's own model checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.roles import Role
from calqi_desktop.gui.staff_model import StaffColumn, StaffTableModel
from calqi_desktop.services.workspace import StaffMember

MEMBERS = [
    StaffMember(1, "anna", "Anna de Vries", Role.ACCOUNTANT),
    StaffMember(2, "beheerder", "Beheerder", Role.BEHEERDER),
    StaffMember(3, "fleur", "Fleur Jansen", Role.PRIVACY_OFFICER, active=False),
    StaffMember(4, "sam", "Sam Bakker", Role.ASSISTENT, must_change_password=True),
]


def texts(model: StaffTableModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in StaffColumn]


def test_passes_qt_model_checks_empty_filled_and_reset(qtmodeltester: ModelTester) -> None:
    model = StaffTableModel()
    qtmodeltester.check(model)
    model.set_members(MEMBERS)
    qtmodeltester.check(model)
    model.set_members(MEMBERS[:1])
    qtmodeltester.check(model)


def test_columns_headers_and_status_texts() -> None:
    model = StaffTableModel()
    model.set_members(MEMBERS)
    assert model.rowCount() == 4 and model.columnCount() == 4
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in StaffColumn]
    assert headers == ["Gebruikersnaam", "Naam", "Rol", "Status"]
    assert texts(model, 0) == ["anna", "Anna de Vries", "Accountant", "Actief"]
    assert texts(model, 2) == ["fleur", "Fleur Jansen", "Privacy officer", "Gedeactiveerd"]
    assert texts(model, 3) == ["sam", "Sam Bakker", "Assistent", "Moet wachtwoord wijzigen"]
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.member_at(3) is MEMBERS[3]
    assert model.row_of(3) == 2 and model.row_of(99) is None


def test_role_labels_follow_the_language() -> None:
    model = StaffTableModel("en")
    model.set_members(MEMBERS)
    assert model.index(1, StaffColumn.ROLE).data() == "Administrator"
    assert model.index(3, StaffColumn.ROLE).data() == "Assistant"


def test_set_members_resets_the_model(qtbot: QtBot) -> None:
    model = StaffTableModel()
    model.set_members(MEMBERS)
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=1000):
        model.set_members([MEMBERS[0]])
    assert model.rowCount() == 1 and texts(model, 0)[0] == "anna"
