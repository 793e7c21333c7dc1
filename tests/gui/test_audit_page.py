"""The audit screen driven through its real widgets on a real vault."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from conftest import ADMIN
from gui_helpers import button, click
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from calqi_desktop.domain.audit import AuditAction, ChainVerdict
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.audit_model import AuditColumn, AuditTableModel
from calqi_desktop.gui.audit_page import AuditPage

TASK_TIMEOUT_MS = 30_000


def open_page(qtbot: QtBot, session: AppSession) -> AuditPage:
    page = AuditPage(session)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    page.refresh()
    return page


def table(page: AuditPage) -> QTableView:
    found = page.findChild(QTableView, "audit_table")
    assert found is not None
    return found


def column(page: AuditPage, which: AuditColumn) -> list[str]:
    model = table(page).model()
    assert isinstance(model, AuditTableModel)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.index(row, which).data() for row in range(model.rowCount())]


def count_text(page: AuditPage) -> str:
    return page.findChild(QLabel, "audit_count_label").text()


def test_shows_the_sign_ins_of_the_vault(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    assert page.page_title() == "Audittrail"
    assert AuditPage.required_permission is Permission.VIEW_AUDIT
    actions = column(page, AuditColumn.ACTION)
    users = column(page, AuditColumn.USER)
    assert actions[0] == "Aangemeld" and users[0] == ADMIN  # newest first: the fixture's sign-in
    assert actions[-1] == "Kluis aangemaakt"
    assert actions.count("Medewerker toegevoegd") == 3
    assert count_text(page) == f"{len(actions)} gebeurtenissen"
    assert button(page, "export_csv_button").isVisibleTo(page)
    from_edit = page.findChild(QDateEdit, "from_date_edit")
    to_edit = page.findChild(QDateEdit, "to_date_edit")
    assert from_edit.displayFormat() == "dd-MM-yyyy" and from_edit.calendarPopup()
    assert to_edit.date().toPython() == date.today()
    assert from_edit.date().daysTo(to_edit.date()) == 30
    users_combo = page.findChild(QComboBox, "user_filter_combo")
    names = [users_combo.itemText(i) for i in range(users_combo.count())]
    assert names[0] == "Iedereen" and {ADMIN, "anna", "sam", "fleur"} <= set(names)


def test_filtering_by_action_and_user_narrows_the_list(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    everything = len(column(page, AuditColumn.ACTION))
    actions = page.findChild(QComboBox, "action_filter_combo")
    assert actions.itemText(0) == "Alle acties"
    actions.setCurrentIndex(actions.findData(AuditAction.SIGN_IN.value))
    assert actions.currentText() == "Aangemeld"
    click(qtbot, button(page, "apply_filter_button"))
    shown = column(page, AuditColumn.ACTION)
    assert shown == ["Aangemeld", "Aangemeld"] and len(shown) < everything
    assert count_text(page) == "2 gebeurtenissen"

    users = page.findChild(QComboBox, "user_filter_combo")
    users.setCurrentIndex(users.findText("anna"))
    click(qtbot, button(page, "apply_filter_button"))
    assert column(page, AuditColumn.ACTION) == []
    assert count_text(page) == "0 gebeurtenissen"

    click(qtbot, button(page, "reset_filter_button"))
    assert len(column(page, AuditColumn.ACTION)) == everything
    assert actions.currentIndex() == 0 and users.currentIndex() == 0


def test_client_filter_takes_digits_only(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    edit = page.findChild(QLineEdit, "client_filter_edit")
    qtbot.keyClicks(edit, "4x2-;")
    assert edit.text() == "42"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page.applied_filter.client_id == 42
    assert count_text(page) == "0 gebeurtenissen"


def test_period_stays_the_right_way_round(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    from_edit = page.findChild(QDateEdit, "from_date_edit")
    to_edit = page.findChild(QDateEdit, "to_date_edit")
    from_edit.setDate(to_edit.date().addDays(5))
    assert to_edit.date() == from_edit.date()
    to_edit.setDate(from_edit.date().addDays(-10))
    assert from_edit.date() == to_edit.date()


def test_verify_chain_shows_the_sound_verdict_in_words(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Callable[[QWidget, str], Path]
) -> None:
    page = open_page(qtbot, signed_in_session)
    label = page.findChild(QLabel, "chain_result_label")
    assert label.text() == "" and not label.isVisible()
    click(qtbot, button(page, "verify_chain_button"))
    qtbot.waitUntil(lambda: label.text() != "", timeout=TASK_TIMEOUT_MS)
    assert label.text().startswith("✓ De audittrail is in orde")
    assert "de keten is ongebroken" in label.text()
    assert label.isVisible() and label.property("sound") is True
    qtbot.waitUntil(lambda: button(page, "verify_chain_button").isEnabled(), timeout=TASK_TIMEOUT_MS)
    assert column(page, AuditColumn.ACTION)[0] == "Audittrail gecontroleerd"  # the check was recorded
    screenshot(page, "audittrail")


def test_a_broken_chain_is_told_plainly(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    verdict = ChainVerdict(
        False,
        4,
        5,
        "De audittrail is niet in orde: gebeurtenis 5 is gewijzigd na het vastleggen. "
        "De eerste gebroken schakel is gebeurtenis 5.",
        "The audit trail is not sound.",
    )
    page.show_verdict(verdict)
    label = page.findChild(QLabel, "chain_result_label")
    assert label.text().startswith("✗ De audittrail is niet in orde")
    assert "gebeurtenis 5" in label.text() and label.property("sound") is False
    assert label.styleSheet() != ""


def test_export_writes_what_the_list_shows(
    qtbot: QtBot, signed_in_session: AppSession, tmp_path: Path
) -> None:
    page = open_page(qtbot, signed_in_session)
    actions = page.findChild(QComboBox, "action_filter_combo")
    actions.setCurrentIndex(actions.findData(AuditAction.USER_ADDED.value))
    click(qtbot, button(page, "apply_filter_button"))
    target = tmp_path / "audittrail.csv"
    task = page.export_to(target)
    with qtbot.waitSignal(task.finished, timeout=TASK_TIMEOUT_MS):
        pass
    assert task.error is None and task.result == 3
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header, *rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert header[0] == "Volgnummer" and len(rows) == 3
    assert {row[5] for row in rows} == {"Medewerker toegevoegd"}
    assert sorted(row[7] for row in rows) == ["anna", "fleur", "sam"]
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "export_done_box") is not None)
    box = page.findChild(QMessageBox, "export_done_box")
    assert box.text().startswith("3 gebeurtenissen geëxporteerd naar:") and str(target) in box.text()
    box.accept()
    actions.setCurrentIndex(0)
    click(qtbot, button(page, "apply_filter_button"))
    assert column(page, AuditColumn.ACTION)[0] == "Audittrail geëxporteerd"


def test_export_button_asks_for_a_file_name(
    qtbot: QtBot, signed_in_session: AppSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, signed_in_session)
    asked: list[str] = []

    def fake_dialog(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "mijn-export"), "CSV-bestanden (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    click(qtbot, button(page, "export_csv_button"))
    assert Path(asked[0]).name == f"audittrail-{format_date_nl(date.today())}.csv"
    assert page.task is not None
    with qtbot.waitSignal(page.task.finished, timeout=TASK_TIMEOUT_MS):
        pass
    assert (tmp_path / "mijn-export.csv").exists()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "export_done_box") is not None)
    page.findChild(QMessageBox, "export_done_box").accept()


def test_export_button_hidden_without_permission(
    qtbot: QtBot, signed_in_session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signed_in_session, "may", lambda permission: permission != Permission.EXPORT_AUDIT)
    page = open_page(qtbot, signed_in_session)
    assert not button(page, "export_csv_button").isVisibleTo(page)
    assert button(page, "verify_chain_button").isVisibleTo(page)


def test_locking_clears_the_screen(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    assert table(page).model().rowCount() > 0
    signed_in_session.lock()
    assert table(page).model().rowCount() == 0
    assert count_text(page) == ""
    page.refresh()  # while locked: stays empty, no error
    assert table(page).model().rowCount() == 0


def test_a_closed_page_does_not_hear_a_later_lock(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = AuditPage(signed_in_session)
    page.refresh()
    page.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(page))
    signed_in_session.lock()  # would reach a deleted page if the connection outlived it
    assert not signed_in_session.is_signed_in


def test_the_default_period_moves_on_after_midnight(qtbot: QtBot, signed_in_session: AppSession) -> None:
    page = open_page(qtbot, signed_in_session)
    from_edit = page.findChild(QDateEdit, "from_date_edit")
    to_edit = page.findChild(QDateEdit, "to_date_edit")
    yesterday = to_edit.date().addDays(-1)
    to_edit.setDate(yesterday)
    from_edit.setDate(yesterday.addDays(-30))
    page._default_day, page._default_filter = yesterday, page.filter_from_widgets()  # as set yesterday
    page.apply_filter()
    page.refresh()
    assert to_edit.date().toPython() == date.today()
    assert page.applied_filter.date_to == date.today()

    to_edit.setDate(yesterday)  # a period chosen by hand stays
    page.apply_filter()
    page.refresh()
    assert page.applied_filter.date_to == yesterday.toPython()
