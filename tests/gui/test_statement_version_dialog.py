"""The dialog for a new version of the privacy statement: fields, a text file, a PDF, recording in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from conftest import ADMIN
from gui import test_dossier_page as page_tests
from gui.test_document_viewer import pdf_bytes, png_bytes
from gui.test_privacy_statement_page import consenting_clients
from gui_helpers import button, click, type_into
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.statement import TEXT_MAX
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.statement_version_dialog import StatementVersionDialog
from calqi_desktop.services import statement_versions
from calqi_desktop.services.workspace import Workspace

SessionFor = Callable[[str], AppSession]

# the page tests' fixtures: a vault with staff of every role, a session per member
vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for

TEXT = "Privacyverklaring Calqi\n\nWijzigingen\n\nCalqi informeert de betrokkenen voorafgaand – ook over ë."


def open_dialog(qtbot: QtBot, session: AppSession) -> StatementVersionDialog:
    dialog = StatementVersionDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def edit(dialog: QWidget, name: str) -> QLineEdit:
    found = dialog.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def text_edit(dialog: QWidget) -> QPlainTextEdit:
    found = dialog.findChild(QPlainTextEdit, "text_edit")
    assert found is not None
    return found


def label(dialog: QWidget, name: str) -> QLabel:
    found = dialog.findChild(QLabel, name)
    assert found is not None, name
    return found


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The next file dialog answers `path`, as if the user chose it."""

    def fake(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))


def fill(qtbot: QtBot, dialog: StatementVersionDialog, version: str, effective_on: str) -> None:
    type_into(qtbot, edit(dialog, "version_edit"), version)
    type_into(qtbot, edit(dialog, "effective_on_edit"), effective_on)
    type_into(qtbot, edit(dialog, "summary_edit"), "Nieuw doel: klanttevredenheidsonderzoek.")


# --- fields --------------------------------------------------------------------------


def test_an_empty_form_marks_each_field_and_records_nothing(
    qtbot: QtBot, session_for: SessionFor, screenshot: Callable[[QWidget, str], Path]
) -> None:
    session = session_for(ADMIN)
    before = statement_versions.list_versions(session.workspace)
    dialog = open_dialog(qtbot, session)
    assert dialog.objectName() == "statement_version_dialog"
    edit(dialog, "effective_on_edit").clear()  # it starts on the first day of next month
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.isVisible() and dialog.task is None
    assert dialog.marks.marked() == ["version", "effective_on", "text"]
    assert label(dialog, "version_error_label").text() == "Vul het versienummer in: dit veld is verplicht."
    assert (
        label(dialog, "effective_on_error_label").text() == "Vul de ingangsdatum in: dit veld is verplicht."
    )
    assert label(dialog, "text_error_label").text() == (
        "Voeg de tekst van de privacyverklaring toe, of een PDF ervan, of beide."
    )
    assert dialog.focusWidget() is edit(dialog, "version_edit")  # the cursor goes to the first problem
    screenshot(dialog, "privacyverklaring-nieuwe-versie-fouten")

    fill(qtbot, dialog, "2026-1", "31-02-2027")
    qtbot.keyClicks(text_edit(dialog), "Tekst")
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.marks.marked() == ["effective_on"]
    assert label(dialog, "effective_on_error_label").text().startswith("Dit is geen geldige datum.")
    assert not label(dialog, "version_error_label").isVisible()
    assert statement_versions.list_versions(session.workspace) == before


def test_a_version_number_in_use_is_refused_at_its_field(qtbot: QtBot, session_for: SessionFor) -> None:
    session = session_for(ADMIN)
    existing = statement_versions.list_versions(session.workspace)[0].version
    dialog = open_dialog(qtbot, session)
    fill(qtbot, dialog, existing, "01-01-2027")
    qtbot.keyClicks(text_edit(dialog), "Een tekst")
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.task is not None  # the service decides, in the background
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30000)
    assert dialog.isVisible() and dialog.version is None
    assert dialog.marks.marked() == ["version"]
    assert label(dialog, "version_error_label").text() == (
        "Er bestaat al een versie met dit nummer. Kies een ander versienummer."
    )
    assert not label(dialog, "error_label").isVisible()


@pytest.mark.parametrize(
    ("today", "proposed"),
    [(date(2026, 6, 15), "01-07-2026"), (date(2026, 12, 31), "01-01-2027"), (date(2026, 7, 1), "01-08-2026")],
)
def test_the_effective_date_starts_on_the_first_day_of_next_month(
    qtbot: QtBot, session_for: SessionFor, today: date, proposed: str
) -> None:
    dialog = StatementVersionDialog(session_for(ADMIN), today=today)
    qtbot.addWidget(dialog)
    assert edit(dialog, "effective_on_edit").text() == proposed
    assert "vooraf geïnformeerd" in edit(dialog, "effective_on_edit").toolTip()


def test_once_consent_is_recorded_a_date_not_after_today_is_refused_at_its_field(
    qtbot: QtBot, session_for: SessionFor, as_admin: Callable[[Callable[[Workspace], object]], object]
) -> None:
    as_admin(lambda ws: consenting_clients(ws, ["Bakker"]))
    session = session_for(ADMIN)
    before = statement_versions.list_versions(session.workspace)
    today = date.today()
    dialog = open_dialog(qtbot, session)
    proposed = edit(dialog, "effective_on_edit").text()
    fill(qtbot, dialog, "2026-1", format_date_nl(today))
    qtbot.keyClicks(text_edit(dialog), "Nieuwe tekst")
    click(qtbot, button(dialog, "ok_button"))
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30000)
    assert dialog.isVisible() and dialog.version is None
    assert dialog.marks.marked() == ["effective_on"]
    assert label(dialog, "effective_on_error_label").text() == (
        "Een nieuwe versie van de privacyverklaring wordt vooraf aangekondigd: kies een ingangsdatum na "
        "vandaag, zodat de klanten op tijd kunnen worden geïnformeerd."
    )
    assert not label(dialog, "error_label").isVisible()
    assert statement_versions.list_versions(session.workspace) == before
    type_into(qtbot, edit(dialog, "effective_on_edit"), proposed)  # the date it proposed is accepted
    click(qtbot, button(dialog, "ok_button"))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30000)
    assert dialog.version is not None and dialog.version.to_inform == 1
    assert format_date_nl(dialog.version.effective_on) == proposed


# --- the text from a file ------------------------------------------------------------


def test_a_utf8_text_file_is_loaded_and_the_version_recorded_in_the_background(
    qtbot: QtBot, session_for: SessionFor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_for(ADMIN)
    source = tmp_path / "privacyverklaring-2026.txt"
    source.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8-sig"))  # as Windows Notepad saves it
    choose_file(monkeypatch, source)
    dialog = open_dialog(qtbot, session)
    qtbot.keyClicks(text_edit(dialog), "weg")
    fill(qtbot, dialog, "2026-1", "1-1-2027")
    click(qtbot, button(dialog, "load_text_button"))
    assert text_edit(dialog).toPlainText() == TEXT  # no byte-order mark, no carriage returns
    text_edit(dialog).undo()
    assert text_edit(dialog).toPlainText() == "weg"  # loading can be undone
    text_edit(dialog).redo()
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.task is not None and dialog.task.dialog.objectName() == "task_progress_dialog"
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30000)
    assert not dialog.isVisible()
    version = dialog.version
    assert version is not None and version.version == "2026-1"
    assert version.effective_on == date(2027, 1, 1) and version.has_text and not version.has_pdf
    assert version.summary == "Nieuw doel: klanttevredenheidsonderzoek."
    assert version.to_inform == 0  # no client has a consent yet
    assert statement_versions.version_text(session.workspace, version.id) == (TEXT, None)


def test_a_text_file_in_another_encoding_gets_a_plain_message(
    qtbot: QtBot, session_for: SessionFor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, session_for(ADMIN))
    qtbot.keyClicks(text_edit(dialog), "Wat er al stond")
    old = tmp_path / "oud.txt"
    old.write_bytes("Privacyverklaring – geüpdatet".encode("cp1252"))
    choose_file(monkeypatch, old)
    click(qtbot, button(dialog, "load_text_button"))
    message = label(dialog, "text_error_label").text()
    assert message.startswith("Dit bestand is geen tekst in UTF-8") and "Opslaan als" in message
    assert label(dialog, "text_error_label").isVisible()
    assert text_edit(dialog).toPlainText() == "Wat er al stond"  # nothing garbled came in

    utf16 = tmp_path / "utf16.txt"
    utf16.write_bytes("Privacyverklaring".encode("utf-16-le"))
    assert not dialog.load_text(utf16)
    assert label(dialog, "text_error_label").text().startswith("Dit bestand is geen tekst in UTF-8")

    huge = tmp_path / "groot.txt"
    huge.write_bytes(b"a" * (TEXT_MAX + 1))
    assert not dialog.load_text(huge)
    assert "te groot voor een privacyverklaring (hoogstens 200.000 tekens)" in (
        label(dialog, "text_error_label").text()
    )
    assert not dialog.load_text(tmp_path / "bestaat-niet.txt")
    assert label(dialog, "text_error_label").text().startswith("Het bestand kan niet worden gelezen.")
    assert text_edit(dialog).toPlainText() == "Wat er al stond"


# --- the PDF -------------------------------------------------------------------------


def test_a_pdf_alone_is_enough_and_other_files_are_refused(
    qtbot: QtBot, session_for: SessionFor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = session_for(ADMIN)
    dialog = open_dialog(qtbot, session)
    picture = tmp_path / "scan.pdf"
    picture.write_bytes(png_bytes((40, 40)))  # a PNG with a PDF's name
    assert not dialog.load_pdf(picture)
    assert label(dialog, "pdf_error_label").text().startswith("Dit bestand is geen PDF (de inhoud telt")
    words = tmp_path / "verklaring.pdf"
    words.write_bytes(b"PK\x03\x04 a word document in disguise")
    assert not dialog.load_pdf(words)
    assert (
        label(dialog, "pdf_error_label").text().startswith("Dit bestand is geen PDF-, PNG- of JPEG-bestand")
    )
    assert label(dialog, "pdf_label").text() == "Geen PDF gekozen."
    assert not button(dialog, "remove_pdf_button").isVisible()

    statement = tmp_path / "Privacyverklaring 2026.pdf"
    statement.write_bytes(pdf_bytes(2))
    choose_file(monkeypatch, statement)
    click(qtbot, button(dialog, "pdf_button"))
    assert not label(dialog, "pdf_error_label").isVisible()
    assert label(dialog, "pdf_label").text().startswith("Privacyverklaring 2026.pdf (")
    assert button(dialog, "remove_pdf_button").isVisible()
    fill(qtbot, dialog, "2026-2", "01-03-2027")
    click(qtbot, button(dialog, "ok_button"))
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=30000)
    version = dialog.version
    assert version is not None and version.has_pdf and not version.has_text
    assert version.pdf_name == "Privacyverklaring 2026.pdf"
    text, pdf = statement_versions.version_text(session.workspace, version.id)
    assert text == "" and pdf == statement.read_bytes()


def test_removing_the_pdf_leaves_the_dialog_asking_for_content(
    qtbot: QtBot, session_for: SessionFor, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, session_for(ADMIN))
    statement = tmp_path / "verklaring.pdf"
    statement.write_bytes(pdf_bytes(1))
    assert dialog.load_pdf(statement)
    click(qtbot, button(dialog, "remove_pdf_button"))
    assert label(dialog, "pdf_label").text() == "Geen PDF gekozen." and dialog.pdf_name == ""
    fill(qtbot, dialog, "2026-3", "01-04-2027")
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.task is None and dialog.marks.marked() == ["text"]
