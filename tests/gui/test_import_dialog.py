"""The import wizard, driven as an accountant would: type the path, check the columns, preview, import."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD
from gui_helpers import answer_next_modal_text, click, type_into
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QTableView, QWidget, QWizard
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from calqi_desktop.domain.clients import LegalBasisKind, SpecialCategory
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.import_dialog import (
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    RESULT_PAGE,
    ImportDialog,
    ImportPreviewModel,
    PreviewColumn,
)
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.services import auth
from calqi_desktop.services.client_import import ImportOptions, guess_mapping, preview, read_table
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import Client

TASK_TIMEOUT_MS = 30_000
BSN = "111222333"

LINES = [
    "Klantnummer;Voorletters;Achternaam;BSN;Straat;Huisnummer;Postcode;Woonplaats;E-mail;Opmerking",
    f";J.;Jansen;{BSN};Dorpsstraat;1;1234 AB;Utrecht;jan@voorbeeld.nl;vaste klant",
    ";P.;Bakker;;Kerkstraat;2;3511 SA;Utrecht;;",
    ";S.;Smit;;Laan;3;1234 AC;Ede;sanne@voorbeeld.nl;",
]


@pytest.fixture
def client_list(tmp_path: Path) -> Path:
    path = tmp_path / "klanten.csv"
    path.write_text("\r\n".join(LINES) + "\r\n", encoding="utf-8-sig")
    return path


def open_dialog(qtbot: QtBot, session: AppSession) -> ImportDialog:
    dialog = ImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.resize(860, 620)
    dialog.show()
    return dialog


def child(dialog: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def press_next(qtbot: QtBot, dialog: ImportDialog) -> None:
    click(qtbot, dialog.button(QWizard.WizardButton.NextButton))


def tick(qtbot: QtBot, check: QCheckBox) -> None:
    """Click the check box on its box (its centre may lie beyond the text)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(6, check.height() // 2))


def wait_for_page(qtbot: QtBot, dialog: ImportDialog, page: int) -> None:
    qtbot.waitUntil(lambda: dialog.currentId() == page and dialog.task is None, timeout=TASK_TIMEOUT_MS)


def choose(combo: QComboBox, value: str | None) -> None:
    """Pick the item with `value`; None is 'niet importeren'."""
    index = 0 if value is None else combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def clients_in_vault(session: AppSession) -> int:
    with session.workspace.transaction() as db:
        return int(db.execute(select(func.count()).select_from(Client)).scalar_one())


def test_user_imports_the_good_rows(
    qtbot: QtBot,
    signed_in_session: AppSession,
    client_list: Path,
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    type_into(qtbot, child(dialog, QLineEdit, "import_path"), str(client_list))
    press_next(qtbot, dialog)
    wait_for_page(qtbot, dialog, MAPPING_PAGE)

    combos = [child(dialog, QComboBox, f"mapping_combo_{i}") for i in range(10)]
    assert [combo.currentData() for combo in combos] == [
        "client_number",
        "initials",
        "last_name",
        "bsn",
        "street",
        "house_number",
        "postcode",
        "city",
        "email",
        None,
    ]
    assert child(dialog, QWidget, "bases_group").isVisible()
    assert child(dialog, QComboBox, "bsn_basis_combo").isVisible()
    assert not child(dialog, QComboBox, "birth_basis_combo").isVisible()
    choose(child(dialog, QComboBox, "bsn_basis_combo"), LegalBasisKind.LEGAL_OBLIGATION.value)
    screenshot(dialog, "import_dialog_mapping")
    press_next(qtbot, dialog)
    wait_for_page(qtbot, dialog, PREVIEW_PAGE)

    assert child(dialog, QLabel, "summary_label").text() == "2 goed, 1 met fouten, 0 dubbel"
    table = child(dialog, QTableView, "preview_table")
    problems_only = child(dialog, QCheckBox, "problems_only_check")
    assert problems_only.isChecked()
    model = table.model()
    assert model.rowCount() == 1
    assert model.index(0, PreviewColumn.ROW).data() == "3"
    assert model.index(0, PreviewColumn.STATUS).data() == "Fout"
    assert model.index(0, PreviewColumn.REASON).data().startswith("Postcode: Deze postcode bestaat niet")
    tick(qtbot, problems_only)
    assert model.rowCount() == 3
    assert [model.index(r, PreviewColumn.NAME).data() for r in range(3)] == [
        "J. Jansen",
        "P. Bakker",
        "S. Smit",
    ]
    screenshot(dialog, "import_dialog_preview")

    # all or nothing, unless the user says otherwise
    press_next(qtbot, dialog)
    message = child(dialog, QLabel, "preview_message_label")
    assert "1 rij(en) bevatten fouten. Er is niets geïmporteerd." in message.text()
    assert dialog.currentId() == PREVIEW_PAGE
    assert clients_in_vault(signed_in_session) == 0

    tick(qtbot, child(dialog, QCheckBox, "only_valid_check"))
    with qtbot.waitSignal(dialog.imported, timeout=TASK_TIMEOUT_MS) as blocker:
        press_next(qtbot, dialog)
    assert blocker.args == [2]
    wait_for_page(qtbot, dialog, RESULT_PAGE)
    result = child(dialog, QLabel, "result_label").text()
    assert (
        result == "2 klanten geïmporteerd, 1 rij overgeslagen. De nieuwe dossiers staan in de klantenlijst."
    )
    assert not dialog.button(QWizard.WizardButton.BackButton).isVisible()
    screenshot(dialog, "import_dialog_result")
    assert clients_in_vault(signed_in_session) == 2
    click(qtbot, dialog.button(QWizard.WizardButton.FinishButton))
    assert not dialog.isVisible() and dialog.preview is None


def test_special_columns_wait_for_a_basis(
    qtbot: QtBot, signed_in_session: AppSession, client_list: Path
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    type_into(qtbot, child(dialog, QLineEdit, "import_path"), str(client_list))
    press_next(qtbot, dialog)
    wait_for_page(qtbot, dialog, MAPPING_PAGE)
    shown = answer_next_modal_text(qtbot)
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.task is None and bool(shown), timeout=TASK_TIMEOUT_MS)
    assert "nog geen grondslag" in shown[0]
    assert "grondslag" in child(dialog, QLabel, "mapping_message_label").text()
    assert dialog.currentId() == MAPPING_PAGE
    # not importing the BSN column needs no basis
    choose(child(dialog, QComboBox, "mapping_combo_3"), None)
    assert not child(dialog, QWidget, "bases_group").isVisible()
    press_next(qtbot, dialog)
    wait_for_page(qtbot, dialog, PREVIEW_PAGE)


def test_choosing_a_field_twice_moves_it(
    qtbot: QtBot, signed_in_session: AppSession, client_list: Path
) -> None:
    dialog = open_dialog(qtbot, signed_in_session)
    type_into(qtbot, child(dialog, QLineEdit, "import_path"), str(client_list))
    press_next(qtbot, dialog)
    wait_for_page(qtbot, dialog, MAPPING_PAGE)
    choose(child(dialog, QComboBox, "mapping_combo_9"), "city")
    assert child(dialog, QComboBox, "mapping_combo_7").currentData() is None
    choose(child(dialog, QComboBox, "mapping_combo_2"), None)
    choose(child(dialog, QComboBox, "mapping_combo_3"), None)
    press_next(qtbot, dialog)
    label = child(dialog, QLabel, "mapping_message_label")
    assert "Koppel een kolom aan Achternaam" in label.text()
    assert dialog.currentId() == MAPPING_PAGE


def test_a_broken_file_is_refused_on_the_first_page(
    qtbot: QtBot, signed_in_session: AppSession, tmp_path: Path
) -> None:
    path = tmp_path / "klanten.xlsx"
    path.write_text("Achternaam\nJansen\n")
    dialog = open_dialog(qtbot, signed_in_session)
    assert not dialog.button(QWizard.WizardButton.NextButton).isEnabled()
    type_into(qtbot, child(dialog, QLineEdit, "import_path"), str(path))
    shown = answer_next_modal_text(qtbot)
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.task is None and bool(shown), timeout=TASK_TIMEOUT_MS)
    assert "het heet .xlsx, maar is geen Excel-werkmap" in shown[0]
    assert "geen Excel-werkmap" in child(dialog, QLabel, "file_message_label").text()
    assert dialog.currentId() == FILE_PAGE


@pytest.fixture
def assistent_session(created_vault: tuple[Path, str], local_settings: LocalSettings) -> Iterator[AppSession]:
    folder, _code = created_vault
    session = AppSession(folder, local_settings, kdf=TEST_ONLY_KDF)
    session.begin(auth.sign_in(folder, "sam", STAFF_PASSWORD, kdf=TEST_ONLY_KDF))
    yield session
    session.sign_out()


def test_assistent_is_offered_no_special_fields_and_may_not_import(
    qtbot: QtBot, assistent_session: AppSession, client_list: Path
) -> None:
    dialog = open_dialog(qtbot, assistent_session)
    type_into(qtbot, child(dialog, QLineEdit, "import_path"), str(client_list))
    press_next(qtbot, dialog)
    wait_for_page(qtbot, dialog, MAPPING_PAGE)
    bsn_column = child(dialog, QComboBox, "mapping_combo_3")
    assert bsn_column.currentData() is None and bsn_column.findData("bsn") == -1
    shown = answer_next_modal_text(qtbot)
    press_next(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.task is None and bool(shown), timeout=TASK_TIMEOUT_MS)
    assert "geen toestemming" in shown[0]
    assert dialog.currentId() == MAPPING_PAGE


def test_preview_model_passes_the_model_tester(
    qtmodeltester: ModelTester, signed_in_session: AppSession, client_list: Path
) -> None:
    table = read_table(client_list)
    options = ImportOptions(bases={SpecialCategory.BSN: LegalBasisKind.LEGAL_OBLIGATION})
    model = ImportPreviewModel("en")
    model.set_preview(preview(signed_in_session.workspace, table, guess_mapping(table), options))
    qtmodeltester.check(model)
    assert model.index(1, PreviewColumn.STATUS).data() == "Error"
    assert model.index(1, PreviewColumn.REASON).data().startswith("Postcode: This postcode does not exist")
