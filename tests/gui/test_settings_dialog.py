"""The Settings dialog and the firm-details form, driven as a user would."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import FIRM, STAFF_PASSWORD
from gui.conftest import answer_next_modal
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.firm import FirmDetails, WorkSettings
from calqi_desktop.gui import firm_details_form
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.firm_details_form import FirmDetailsForm
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.gui.settings_dialog import SettingsDialog
from calqi_desktop.services import auth, settings
from calqi_desktop.storage.crypto import TEST_ONLY_KDF


def logo_file(folder: Path, name: str = "logo.png", size: tuple[int, int] = (600, 160)) -> Path:
    image = Image.new("RGB", size, "white")
    for x in range(20, 140):
        for y in range(20, 140):
            image.putpixel((x, y), (31, 58, 95))
    path = folder / name
    image.save(path, "PNG")
    return path


def bomb_file(folder: Path) -> Path:
    """A few hundred bytes whose header claims 100,000 × 100,000 pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 0, 0, 0, 0)
    path = folder / "bom.png"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 4096))
    )
    return path


def choose_file_next(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> list[str]:
    """The file dialog answers `path` (None: cancelled); returns the filters it was asked with."""
    asked: list[str] = []

    class FakeFileDialog:
        @staticmethod
        def getOpenFileName(parent: QWidget, caption: str, folder: str, filters: str) -> tuple[str, str]:
            asked.append(filters)
            return (str(path) if path else "", "")

    monkeypatch.setattr(firm_details_form, "QFileDialog", FakeFileDialog)
    return asked


def open_dialog(qtbot: QtBot, session: AppSession) -> SettingsDialog:
    dialog = SettingsDialog(session)
    # At teardown close without the "discard your edits?" question, which would wait for an answer.
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.done(0))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def edit(dialog: QWidget, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def retype(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def click(qtbot: QtBot, dialog: QWidget, button: str) -> None:
    found = dialog.findChild(QPushButton, button)
    assert found is not None, button
    qtbot.mouseClick(found, Qt.MouseButton.LeftButton)


def error_at(dialog: QWidget, label: str) -> str:
    found = dialog.findChild(QLabel, label)
    assert found is not None, label
    return found.text() if found.isVisible() else ""


def fill_in_the_firm(qtbot: QtBot, dialog: SettingsDialog, postcode: str = "3511nk") -> None:
    retype(qtbot, edit(dialog, "firm_name_edit"), "Calqi B.V.")
    qtbot.keyClicks(edit(dialog, "address_edit"), "Oudegracht 231")
    qtbot.keyClicks(edit(dialog, "postcode_edit"), postcode)
    qtbot.keyClicks(edit(dialog, "city_edit"), "Utrecht")
    qtbot.keyClicks(edit(dialog, "kvk_edit"), "8123 4567")
    qtbot.keyClicks(edit(dialog, "email_edit"), "kantoor@calqi.example")
    qtbot.keyClicks(edit(dialog, "phone_edit"), "0301234567")


@pytest.fixture
def accountant_session(
    created_vault: tuple[Path, str], local_settings: LocalSettings
) -> Iterator[AppSession]:
    folder, _code = created_vault
    session = AppSession(folder, local_settings, kdf=TEST_ONLY_KDF)
    session.begin(auth.sign_in(folder, "anna", STAFF_PASSWORD, kdf=TEST_ONLY_KDF))
    yield session
    session.sign_out()


# --- the beheerder ------------------------------------------------------------------


def test_the_beheerder_fills_in_the_firm_and_saves_with_ok(
    qtbot: QtBot,
    signed_in_session: AppSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    assert dialog.objectName() == "settings_dialog"
    assert edit(dialog, "firm_name_edit").text() == FIRM
    assert not dialog.findChild(QLabel, "firm_read_only_label").isVisible()
    fill_in_the_firm(qtbot, dialog)
    filters = choose_file_next(monkeypatch, logo_file(tmp_path))
    click(qtbot, dialog, "choose_logo_button")
    assert filters and "*.png" in filters[0] and "*.jpg" in filters[0]
    assert dialog.findChild(QLabel, "logo_preview_label").pixmap().isNull() is False
    screenshot(dialog, "instellingen")

    with (
        qtbot.waitSignal(dialog.firm_details_changed, timeout=1000),
        qtbot.assertNotEmitted(dialog.work_settings_changed),
    ):
        click(qtbot, dialog, "save_button")
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    saved = settings.firm_details(signed_in_session.workspace)
    assert saved == FirmDetails(
        firm_name="Calqi B.V.",
        address="Oudegracht 231",
        postcode="3511 NK",
        city="Utrecht",
        kvk_number="81234567",
        email="kantoor@calqi.example",
        phone="030 123 4567",
        logo=saved.logo,
    )
    assert saved.logo is not None and saved.logo.mime_type == "image/png"
    assert settings.letterhead(signed_in_session.workspace).logo == saved.logo.content


def test_a_wrong_postcode_is_shown_at_the_field_and_nothing_is_saved(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Callable[[QWidget, str], Path]
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    fill_in_the_firm(qtbot, dialog, postcode="3511 SA")
    retype(qtbot, edit(dialog, "email_edit"), "kantoor@")
    dialog.findChild(QTabWidget, "settings_tabs").setCurrentIndex(1)
    click(qtbot, dialog, "save_button")

    assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.findChild(QTabWidget, "settings_tabs").currentIndex() == 0  # back to the bad field
    assert "lettercombinaties SA, SD en SS" in error_at(dialog, "postcode_error_label")
    assert "geen geldig e-mailadres" in error_at(dialog, "email_error_label")
    assert error_at(dialog, "city_error_label") == ""
    assert edit(dialog, "postcode_edit").property("invalid") is True
    assert dialog.focusWidget() is edit(dialog, "postcode_edit")
    screenshot(dialog, "instellingen-fouten")
    assert settings.firm_details(signed_in_session.workspace) == FirmDetails(firm_name=FIRM)

    retype(qtbot, edit(dialog, "postcode_edit"), "3511 NK")
    retype(qtbot, edit(dialog, "email_edit"), "kantoor@calqi.example")
    click(qtbot, dialog, "save_button")
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.firm_details(signed_in_session.workspace).postcode == "3511 NK"


def test_a_fake_png_is_refused_at_the_logo(
    qtbot: QtBot, signed_in_session: AppSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("Dit is geen plaatje, alleen een naam die op .png eindigt.\n")
    dialog = open_dialog(qtbot, signed_in_session)
    choose_file_next(monkeypatch, fake)
    click(qtbot, dialog, "choose_logo_button")
    assert "geen PNG- of JPEG-afbeelding" in error_at(dialog, "logo_error_label")
    assert dialog.findChild(QLabel, "logo_preview_label").text() == "Geen logo"
    assert not dialog.has_unsaved_changes()


def test_a_decompression_bomb_is_refused_at_the_logo(
    qtbot: QtBot, signed_in_session: AppSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    choose_file_next(monkeypatch, bomb_file(tmp_path))
    click(qtbot, dialog, "choose_logo_button")
    assert "4000 × 4000 pixels" in error_at(dialog, "logo_error_label")
    assert dialog.firm_form.logo() is None


def test_a_logo_can_be_removed_again(
    qtbot: QtBot, signed_in_session: AppSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    choose_file_next(monkeypatch, logo_file(tmp_path))
    click(qtbot, dialog, "choose_logo_button")
    assert dialog.findChild(QPushButton, "remove_logo_button").isEnabled()
    click(qtbot, dialog, "remove_logo_button")
    assert dialog.firm_form.logo() is None
    assert not dialog.findChild(QPushButton, "remove_logo_button").isEnabled()
    assert not dialog.has_unsaved_changes()


def test_a_cancelled_file_dialog_changes_nothing(
    qtbot: QtBot, signed_in_session: AppSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    choose_file_next(monkeypatch, None)
    click(qtbot, dialog, "choose_logo_button")
    assert dialog.firm_form.logo() is None and error_at(dialog, "logo_error_label") == ""


def test_the_security_tab_saves_the_times_and_tells_the_window(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Callable[[QWidget, str], Path]
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    tabs = dialog.findChild(QTabWidget, "settings_tabs")
    tabs.setCurrentWidget(dialog.findChild(QWidget, "security_tab"))
    minutes = dialog.findChild(QSpinBox, "idle_lock_minutes_spin")
    seconds = dialog.findChild(QSpinBox, "clipboard_seconds_spin")
    assert (minutes.value(), seconds.value()) == (10, 20)
    assert (minutes.minimum(), minutes.maximum(), seconds.minimum(), seconds.maximum()) == (1, 120, 5, 300)
    minutes.selectAll()
    qtbot.keyClicks(minutes, "5")
    seconds.selectAll()
    qtbot.keyClicks(seconds, "45")
    documents = dialog.findChild(QSpinBox, "document_max_mb_spin")
    assert (documents.value(), documents.minimum(), documents.maximum()) == (25, 1, 100)
    documents.selectAll()
    qtbot.keyClicks(documents, "10")
    screenshot(dialog, "instellingen-beveiliging")
    with (
        qtbot.waitSignal(dialog.work_settings_changed, timeout=1000),
        qtbot.assertNotEmitted(dialog.firm_details_changed),
    ):
        click(qtbot, dialog, "save_button")
    assert settings.work_settings(signed_in_session.workspace) == WorkSettings(5, 45, 10)


# --- cancel -------------------------------------------------------------------------


def test_cancel_with_edits_asks_first(qtbot: QtBot, signed_in_session: AppSession) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    qtbot.keyClicks(edit(dialog, "city_edit"), "Utrecht")
    asked: list[str] = []

    def keep_editing(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "discard_changes_box"
        asked.append(box.text())
        box.findChild(QPushButton, "keep_editing_button").click()

    answer_next_modal(qtbot, keep_editing)
    click(qtbot, dialog, "cancel_button")
    assert asked and "niet zijn opgeslagen" in asked[0]
    assert dialog.isVisible() and edit(dialog, "city_edit").text() == "Utrecht"

    answer_next_modal(qtbot, lambda box: box.findChild(QPushButton, "discard_button").click())
    click(qtbot, dialog, "cancel_button")
    assert not dialog.isVisible() and dialog.result() == SettingsDialog.DialogCode.Rejected
    assert settings.firm_details(signed_in_session.workspace).city == ""


def test_cancel_without_edits_just_closes(qtbot: QtBot, signed_in_session: AppSession) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == SettingsDialog.DialogCode.Rejected


# --- other roles --------------------------------------------------------------------


def test_an_accountant_sees_the_firm_and_security_read_only(
    qtbot: QtBot, accountant_session: AppSession
) -> None:
    dialog = open_dialog(qtbot, accountant_session)
    assert dialog.findChild(QLabel, "firm_read_only_label").isVisible()
    assert "Alleen een beheerder" in dialog.findChild(QLabel, "firm_read_only_label").text()
    assert edit(dialog, "firm_name_edit").isReadOnly() and edit(dialog, "postcode_edit").isReadOnly()
    assert not dialog.findChild(QPushButton, "choose_logo_button").isVisible()
    qtbot.keyClicks(edit(dialog, "city_edit"), "Utrecht")
    assert edit(dialog, "city_edit").text() == ""

    dialog.findChild(QTabWidget, "settings_tabs").setCurrentIndex(1)
    assert dialog.findChild(QLabel, "security_read_only_label").isVisible()
    minutes = dialog.findChild(QSpinBox, "idle_lock_minutes_spin")
    assert minutes.isReadOnly()
    minutes.selectAll()
    qtbot.keyClicks(minutes, "5")
    assert minutes.value() == 10

    dialog.findChild(QTabWidget, "settings_tabs").setCurrentIndex(2)
    combo = dialog.findChild(QComboBox, "language_combo")
    assert combo.isEnabled() and combo.currentData() == "nl"
    combo.setCurrentIndex(combo.findData("en"))
    with qtbot.waitSignal(dialog.language_changed, timeout=1000) as blocker:
        click(qtbot, dialog, "save_button")
    assert blocker.args == ["en"]
    assert accountant_session.local.language == "en"
    assert settings.work_settings(accountant_session.workspace) == WorkSettings()


def test_the_language_note_says_a_restart_is_needed(qtbot: QtBot, signed_in_session: AppSession) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    assert "opnieuw starten" in dialog.findChild(QLabel, "language_note_label").text()
    combo = dialog.findChild(QComboBox, "language_combo")
    assert [combo.itemText(i) for i in range(combo.count())] == ["Nederlands", "English"]


# --- the form on its own (as the first-run wizard uses it) ---------------------------


def test_the_form_alone_marks_every_bad_field_and_clears_them(qtbot: QtBot) -> None:
    form = FirmDetailsForm()
    qtbot.addWidget(form)
    form.show()
    form.set_details(FirmDetails(firm_name="Calqi B.V."))
    assert not form.has_unsaved_changes()
    qtbot.keyClicks(edit(form, "address_edit"), "Oudegracht 231")
    qtbot.keyClicks(edit(form, "kvk_edit"), "1234")
    qtbot.keyClicks(edit(form, "phone_edit"), "06-1234567")
    assert form.has_unsaved_changes()
    assert form.details() is None
    assert form.field_error("postcode").startswith("Vul de postcode in")
    assert form.field_error("city").startswith("Vul de plaats in")
    assert "8 cijfers" in form.field_error("kvk_number")
    assert "telefoonnummer" in form.field_error("phone")
    assert form.field_error("firm_name") == "" and form.field_error("address") == ""

    retype(qtbot, edit(form, "address_edit"), "")
    retype(qtbot, edit(form, "kvk_edit"), "12345678")
    retype(qtbot, edit(form, "phone_edit"), "+31612345678")
    details = form.details()
    assert details == FirmDetails(firm_name="Calqi B.V.", kvk_number="12345678", phone="06 12345678")
    assert edit(form, "phone_edit").text() == "06 12345678"  # shown in normal form
    assert all(form.field_error(f) == "" for f in ("postcode", "city", "kvk_number", "phone"))
