"""The request window on a real vault: the identity gate on the main button, the clock, letters, documents,
the rights carried out from it (portability, restriction, withdrawal of consent, rectification), roles, and
linking a request from someone outside the vault to the subject's dossier before the identity check."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from consent_helpers import draft as consent_draft
from consent_helpers import pdf as small_pdf
from gui import test_dossier_page as page_tests
from gui.conftest import answer_next_modal
from gui.test_dossier_page import SessionFor
from gui_helpers import button, click
from pypdf import PdfReader
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from request_helpers import MARKER, client_with_data, open_request, recent, verified_request

from calqi_desktop.domain.consent import BuiltInPurpose
from calqi_desktop.domain.requests import (
    IdentityCheckDraft,
    IdentityMethod,
    LetterKind,
    RequestChannel,
    RequestDraft,
    Requester,
    RequestOutcome,
    RequestType,
    StepKind,
)
from calqi_desktop.gui import pdf_export
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.request_identity_dialog import RequestIdentityDialog
from calqi_desktop.gui.request_link_dialog import RequestLinkDialog
from calqi_desktop.gui.request_model import StepColumn
from calqi_desktop.gui.request_window import RequestWindow
from calqi_desktop.gui.request_window_actions import letter_action_name
from calqi_desktop.services import consent, request_exports, requests, restriction
from calqi_desktop.services.workspace import Workspace

Shot = Callable[[QWidget, str], Path]

vault = page_tests.vault
as_admin = page_tests.as_admin
session_for = page_tests.session_for


def open_window(
    qtbot: QtBot, session: AppSession, request_id: int, *, open_dossier=None, today: date | None = None
) -> RequestWindow:
    window = RequestWindow(
        session, requests.get(session.workspace, request_id), None, open_dossier=open_dossier, today=today
    )
    qtbot.addWidget(window)
    window.show()
    return window


def steps(window: RequestWindow) -> list[str]:
    model = window.steps
    return [model.index(row, StepColumn.STEP).data() for row in range(model.rowCount())]


def answer_later(qtbot: QtBot) -> list[str]:
    """Answer the next 'make the letter now?' question with 'Later'; the list gets its text."""
    seen: list[str] = []

    def later(box: QWidget) -> None:
        assert isinstance(box, QMessageBox) and box.objectName() == "offer_letter_box"
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answer_next_modal(qtbot, later)
    return seen


@pytest.fixture
def pdf_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "brief.pdf"
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda *_args: path)
    yield path


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(BytesIO(path.read_bytes())).pages)


def unlinked_request(workspace: Workspace, channel: RequestChannel = RequestChannel.EMAIL) -> int:
    """An access request booked in as from someone not in the vault (name and e-mail only)."""
    return requests.register(
        workspace,
        RequestDraft(
            request_type=RequestType.ACCESS,
            received_on=recent(),
            channel=channel,
            requester=Requester(name="Karel Zwartvlieg", email="karel@elders.example"),
        ),
    )


def methods(dialog: RequestIdentityDialog) -> list[str]:
    combo = dialog.ui.method_combo
    return [combo.itemData(index) for index in range(combo.count())]


def test_carry_out_is_disabled_until_the_identity_is_verified_through_the_dialog(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Shot
) -> None:
    workspace = signed_in_session.workspace
    request_id = open_request(workspace, client_with_data(workspace), RequestType.ACCESS)
    window = open_window(qtbot, signed_in_session, request_id)
    ui = window.ui
    assert ui.carry_out_button.text() == "Inzageoverzicht maken (PDF)…"
    assert not ui.carry_out_button.isEnabled()
    assert "identiteit" in ui.carry_out_hint_label.text() and ui.carry_out_hint_label.isVisible()
    assert ui.identity_label.text() == "Identiteit nog niet vastgesteld"
    assert "#fff4d6" in ui.identity_label.styleSheet()
    assert ui.reference_label.text() == window.request.reference
    assert ui.subject_label.text().startswith("Karel Lodewijk van Zwartvlieg") or "Zwartvlieg" in (
        ui.subject_label.text()
    )
    assert "Wettelijke termijn:" in ui.deadline_label.text() and "(nog " in ui.deadline_label.text()
    assert ui.target_label.text().startswith("Interne streefdatum (vier weken): ")
    assert not ui.extension_label.isVisible() and not ui.banner_label.isVisible()
    assert [action.objectName() for action in window.letter_menu.actions()] == [
        letter_action_name(LetterKind.ACKNOWLEDGEMENT),
        letter_action_name(LetterKind.IDENTITY_REQUEST),
    ]
    window.carry_out()  # the shortcut's slot: nothing happens while disabled
    assert steps(window) == ["Verzoek ontvangen"]
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(window, "request_window_awaiting_identity")

    dialog = window.verify_identity()
    assert isinstance(dialog, RequestIdentityDialog)
    assert not dialog.ui.masked_check.isVisibleTo(dialog)  # only for an ID copy
    dialog.ui.note_edit.setText("Rijbewijs getoond aan de balie")
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(dialog, "request_identity_dialog")
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, button(dialog, "ok_button"))
    assert ui.carry_out_button.isEnabled() and not ui.carry_out_hint_label.isVisible()
    assert ui.identity_label.text().startswith(
        "Identiteit vastgesteld: Identiteitsbewijs getoond aan de balie"
    )
    assert "Rijbewijs getoond" in ui.identity_label.text()
    assert not ui.verify_identity_button.isVisibleTo(window)
    assert steps(window)[-1] == "Identiteit vastgesteld: Identiteitsbewijs getoond aan de balie"
    assert window.verify_identity() is None  # Ctrl+Shift+I again: nothing to do
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(window, "request_window")


def test_the_identity_dialog_wants_a_masked_copy_and_a_failed_check_closes_with_the_letter(
    qtbot: QtBot, signed_in_session: AppSession, pdf_target: Path
) -> None:
    workspace = signed_in_session.workspace
    request_id = open_request(workspace, client_with_data(workspace), RequestType.ERASURE)
    window = open_window(qtbot, signed_in_session, request_id)
    dialog = window.verify_identity()
    assert dialog is not None
    ui = dialog.ui
    ui.method_combo.setCurrentIndex(ui.method_combo.findData("id-copy-masked"))
    assert ui.masked_check.isVisibleTo(dialog)
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.isVisible() and "afgeschermd" in ui.masked_error_label.text()
    assert window.request.identity is None

    click(qtbot, ui.identity_failed_button)
    assert ui.failed_group.isVisibleTo(dialog) and not ui.verify_widget.isVisibleTo(dialog)
    assert button(dialog, "ok_button").text() == "Verzoek afsluiten"
    click(qtbot, button(dialog, "ok_button"))  # no reason yet
    assert dialog.isVisible() and ui.reason_error_label.text()
    ui.reason_edit.setPlainText("Geen afgeschermde kopie ontvangen na twee verzoeken.")

    def make_letter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_next_modal(qtbot, make_letter)
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, button(dialog, "ok_button"))
    qtbot.waitUntil(pdf_target.exists, timeout=5000)
    assert window.request.outcome is RequestOutcome.IDENTITY_FAILED and not window.request.is_open
    assert "Geen afgeschermde kopie" in pdf_text(pdf_target)
    assert "Autoriteit Persoonsgegevens" in pdf_text(pdf_target)
    assert window.ui.identity_label.text().startswith("Identiteit niet vastgesteld")
    assert (
        not window.ui.carry_out_button.isEnabled() and "afgehandeld" in window.ui.carry_out_hint_label.text()
    )
    assert steps(window)[-1] == "Brief gemaakt: Besluit: afgewezen"
    assert window.letter_kinds() == [LetterKind.REFUSED]


def test_extending_shows_the_new_term_and_offers_the_letter(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    received = date.today() - timedelta(days=10)
    request_id = verified_request(
        workspace, client_with_data(workspace), RequestType.ACCESS, received_on=received
    )
    window = open_window(qtbot, signed_in_session, request_id)
    assert window.ui.extend_button.isEnabled()
    dialog = window.extend()
    assert dialog is not None
    dialog.ui.months_combo.setCurrentIndex(dialog.ui.months_combo.findData(1))
    dialog.ui.reason_edit.setPlainText("Stukken uit het archief moeten worden opgevraagd.")
    asked = answer_later(qtbot)
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, button(dialog, "ok_button"))
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "verlenging" in asked[0]
    extension = window.ui.extension_label.text()
    assert window.ui.extension_label.isVisibleTo(window)
    assert extension.startswith("Verlengd met 1 maand op ") and "Stukken uit het archief" in extension
    assert window.request.deadline > window.request.first_deadline
    assert not window.ui.extend_button.isEnabled()  # once only
    assert LetterKind.EXTENSION in window.letter_kinds()
    assert steps(window)[-1] == "Termijn verlengd: 1 maand"


def test_the_deadline_panel_is_coloured_like_the_list_and_a_restricted_client_has_its_banner(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    from gui.test_requests_page import with_demo_requests

    workspace = signed_in_session.workspace
    with_demo_requests(workspace)
    rows = {row.request_type: row for row in reversed(requests.list_requests(workspace))}
    overdue = open_window(qtbot, signed_in_session, rows[RequestType.ACCESS].id)
    assert overdue.ui.deadline_frame.property("urgency") == "overdue"
    assert "#fde2e1" in overdue.ui.deadline_frame.styleSheet()
    assert overdue.ui.deadline_label.text().endswith("dagen verstreken)")
    assert overdue.ui.deadline_frame.toolTip() == "Termijn verstreken"
    restricted = open_window(qtbot, signed_in_session, rows[RequestType.RESTRICTION].id)
    assert restricted.ui.banner_label.isVisibleTo(restricted)
    assert restricted.ui.banner_label.text() == "Verwerking beperkt — alleen dit verzoek wordt afgehandeld"
    assert restricted.ui.carry_out_button.text() == "Beperking opheffen…"
    assert restricted.ui.deadline_frame.property("urgency") == "on-track"
    assert restricted.ui.deadline_frame.styleSheet() == ""


def test_a_letter_from_the_menu_is_saved_and_on_the_timeline(
    qtbot: QtBot, signed_in_session: AppSession, pdf_target: Path
) -> None:
    workspace = signed_in_session.workspace
    request_id = open_request(workspace, client_with_data(workspace), RequestType.ACCESS)
    window = open_window(qtbot, signed_in_session, request_id)
    action = next(
        a
        for a in window.letter_menu.actions()
        if a.objectName() == letter_action_name(LetterKind.ACKNOWLEDGEMENT)
    )
    with qtbot.waitSignal(window.changed, timeout=5000):
        action.trigger()
    text = pdf_text(pdf_target)
    assert window.request.reference in text and "Autoriteit Persoonsgegevens" in text
    assert steps(window)[-1] == "Brief gemaakt: Ontvangstbevestiging"
    assert window.ui.message_label.text() == "Brief opgeslagen: brief.pdf"


def test_documents_are_added_and_saved_as_files(
    qtbot: QtBot, signed_in_session: AppSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = signed_in_session.workspace
    request_id = open_request(workspace, client_with_data(workspace), RequestType.ACCESS)
    letter = tmp_path / "brief-verzoeker.pdf"
    letter.write_bytes(small_pdf("Graag inzage in mijn gegevens"))
    saved = tmp_path / "kopie.pdf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(letter), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved), ""))
    window = open_window(qtbot, signed_in_session, request_id)
    assert not window.ui.save_document_button.isEnabled()
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, window.ui.add_document_button)
    assert window.ui.document_list.count() == 1
    assert window.ui.document_list.item(0).text().startswith("brief-verzoeker.pdf — ")
    assert window.ui.record_tabs.tabText(1) == "Stukken (1)"
    window.ui.document_list.setCurrentRow(0)
    click(qtbot, window.ui.save_document_button)
    assert saved.read_bytes() == letter.read_bytes()
    assert steps(window)[-1] == "Stuk toegevoegd"


def test_portability_is_made_on_a_worker_and_written_as_a_zip(
    qtbot: QtBot, signed_in_session: AppSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = signed_in_session.workspace
    request_id = verified_request(workspace, client_with_data(workspace), RequestType.PORTABILITY)
    target = tmp_path / "export"  # '.zip' is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window = open_window(qtbot, signed_in_session, request_id)
    assert window.ui.carry_out_button.text() == "Gegevensexport maken (ZIP)…"
    with qtbot.waitSignal(window.changed, timeout=20000):
        click(qtbot, window.ui.carry_out_button)
    written = tmp_path / "export.zip"
    assert window.task is None and written.exists()
    with zipfile.ZipFile(written) as archive:
        assert any(name.endswith(".json") for name in archive.namelist())
    assert steps(window)[-1] == StepKind.PORTABILITY_EXPORT_MADE.label()
    assert window.ui.message_label.text() == "Gegevensexport opgeslagen: export.zip"


def test_restriction_is_set_through_its_dialog_and_the_banner_follows(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    request_id = verified_request(workspace, client_with_data(workspace), RequestType.RESTRICTION)
    window = open_window(qtbot, signed_in_session, request_id)
    assert window.ui.carry_out_button.text() == "Verwerking beperken…"

    def restrict(dialog: QWidget) -> None:
        dialog.findChild(QPlainTextEdit, "reason_edit").setPlainText("Betwist de juistheid van het adres.")
        dialog.findChild(QPushButton, "ok_button").click()

    answer_next_modal(qtbot, restrict)
    with qtbot.waitSignal(window.changed, timeout=10000):
        click(qtbot, window.ui.carry_out_button)
    assert window.request.client_restricted
    assert window.ui.banner_label.text() == "Verwerking beperkt — alleen dit verzoek wordt afgehandeld"
    assert window.ui.carry_out_button.text() == "Beperking opheffen…"
    assert steps(window)[-1] == "Verwerking beperkt"


def test_withdrawal_of_consent_goes_through_the_request(qtbot: QtBot, signed_in_session: AppSession) -> None:
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    consent.give_consent(workspace, client_id, consent_draft(workspace, BuiltInPurpose.NEWSLETTER))
    given = consent.give_consent(workspace, client_id, consent_draft(workspace, BuiltInPurpose.GROUP_OFFERS))
    request_id = verified_request(workspace, client_id, RequestType.OBJECTION)
    window = open_window(qtbot, signed_in_session, request_id)
    assert window.ui.carry_out_button.text() == "Toestemming intrekken…"
    offered: list[str] = []

    def withdraw(dialog: QWidget) -> None:
        assert type(dialog).__name__ == "WithdrawalDialog"
        dialog.findChild(QPushButton, "ok_button").click()

    def choose_group_offers(dialog: QWidget) -> None:
        assert isinstance(dialog, QInputDialog) and dialog.objectName() == "consent_choice_dialog"
        offered.extend(dialog.comboBoxItems())
        dialog.setTextValue(given.title())
        answer_next_modal(qtbot, withdraw)  # the withdrawal dialog follows the choice
        dialog.accept()

    answer_next_modal(qtbot, choose_group_offers)
    with qtbot.waitSignal(window.changed, timeout=10000):
        click(qtbot, window.ui.carry_out_button)
    assert len(offered) == 2 and given.title() in offered
    states = {c.id: c.is_given for c in consent.client_consents(workspace, client_id)}
    assert states[given.id] is False and list(states.values()).count(True) == 1  # the newsletter stays
    assert steps(window)[-1] == "Toestemming ingetrokken"


def test_rectification_opens_the_dossier_through_the_callback(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RECTIFICATION)
    calls: list[tuple[int, int]] = []
    window = open_window(
        qtbot, signed_in_session, request_id, open_dossier=lambda c, r: calls.append((c, r)) is None
    )
    assert window.ui.carry_out_button.text() == "Dossier corrigeren…"
    click(qtbot, window.ui.carry_out_button)
    assert calls == [(client_id, request_id)]
    without = open_window(qtbot, signed_in_session, request_id)  # no way to open a dossier here
    assert not without.ui.carry_out_button.isEnabled() and without.ui.carry_out_hint_label.text()


def test_the_main_button_follows_the_role(qtbot: QtBot, as_admin, session_for: SessionFor) -> None:
    def fill(workspace: Workspace) -> tuple[int, int, int]:
        client_id = client_with_data(workspace)
        return (
            verified_request(workspace, client_id, RequestType.ERASURE),
            verified_request(workspace, client_id, RequestType.RECTIFICATION),
            verified_request(workspace, client_id, RequestType.ACCESS),
        )

    erasure, rectification, access = as_admin(fill)  # type: ignore[misc]
    anna = session_for("anna")  # accountant: may not erase
    window = open_window(qtbot, anna, erasure)
    assert not window.ui.carry_out_button.isEnabled()
    assert window.ui.carry_out_hint_label.text().startswith("Uw rol (Accountant) mag dit niet uitvoeren")
    assert open_window(qtbot, anna, access).ui.carry_out_button.isEnabled()
    anna.sign_out()
    fleur = session_for("fleur")  # privacy officer: erases, does not edit dossiers
    assert open_window(qtbot, fleur, erasure).ui.carry_out_button.isEnabled()
    window = open_window(qtbot, fleur, rectification, open_dossier=lambda _c, _r: True)
    assert not window.ui.carry_out_button.isEnabled()
    assert "Privacy officer" in window.ui.carry_out_hint_label.text()


def test_a_closed_request_offers_only_its_decision_letter(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    request_id = verified_request(workspace, client_with_data(workspace), RequestType.ACCESS)
    request_exports.access_report(workspace, request_id)  # the work first: only then (partly) granted
    requests.close(workspace, request_id, RequestOutcome.PARTLY_GRANTED, "Stukken van derden blijven buiten.")
    window = open_window(qtbot, signed_in_session, request_id)
    ui = window.ui
    assert window.letter_kinds() == [LetterKind.PARTLY_GRANTED]
    assert not ui.carry_out_button.isEnabled() and not ui.close_button.isEnabled()
    assert not ui.extend_button.isEnabled() and not ui.add_document_button.isEnabled()
    assert ui.status_label.text().startswith("Deels toegekend op ")
    assert "Gronden: Stukken van derden blijven buiten." in ui.status_label.text()
    assert ui.deadline_label.text().count("(") == 0  # no days left on a closed request
    assert window.close_request() is None and window.extend() is None
    assert window.findChildren(QDialog) == []  # neither shortcut opened a dialog


def test_erasure_opens_the_erasure_dialog_and_cancelling_erases_nothing(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    request_id = verified_request(workspace, client_with_data(workspace), RequestType.ERASURE)
    window = open_window(qtbot, signed_in_session, request_id)
    assert window.ui.carry_out_button.text() == "Wissen (anonimiseren)…"
    shown: list[str] = []

    def cancel(dialog: QWidget) -> None:
        shown.append(type(dialog).__name__)
        dialog.reject()  # type: ignore[attr-defined]

    answer_next_modal(qtbot, cancel)
    click(qtbot, window.ui.carry_out_button)
    assert shown == ["ErasureDialog"]
    assert not window.request.client_anonymised and window.request.is_open
    assert not window.ui.banner_label.isVisibleTo(window)


def test_a_request_from_outside_the_vault_is_linked_to_its_dossier_then_verified_by_known_e_mail(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Shot
) -> None:
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    request_id = unlinked_request(workspace)
    window = open_window(qtbot, signed_in_session, request_id)
    ui = window.ui
    assert ui.link_client_button.isVisibleTo(window) and ui.link_client_button.isEnabled()
    assert ui.subject_label.text().startswith("Karel Zwartvlieg — niet in de kluis")
    assert not ui.carry_out_button.isEnabled()
    assert "koppel het dan eerst aan het dossier (Koppelen aan dossier…)" in ui.carry_out_hint_label.text()
    identity = window.verify_identity()
    assert identity is not None
    assert IdentityMethod.KNOWN_EMAIL.value not in methods(identity)  # no address is known without a dossier
    assert methods(identity) == ["id-in-person", "id-copy-masked", "other"]
    identity.reject()
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(window, "request_window_not_linked")

    dialog = window.link_client()
    assert isinstance(dialog, RequestLinkDialog)
    dialog.ui.client_search_edit.clear()
    assert not button(dialog, "link_button").isEnabled()  # nothing chosen yet
    qtbot.keyClicks(dialog.ui.client_search_edit, MARKER[:6])
    assert dialog.client_id() == client_id and button(dialog, "link_button").isEnabled()
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, button(dialog, "link_button"))
    request = window.request
    assert request.client_id == client_id and request.requester.is_empty
    assert ui.subject_label.text() == f"{request.subject_name} ({request.client_number})"
    assert MARKER in ui.subject_label.text()
    assert not ui.link_client_button.isVisibleTo(window) and window.link_client() is None
    assert steps(window)[-1] == StepKind.LINKED.label()
    assert window.ui.message_label.text() == "Het verzoek is aan het dossier gekoppeld."
    assert not ui.carry_out_button.isEnabled() and "identiteit" in ui.carry_out_hint_label.text()

    identity = window.verify_identity()
    assert identity is not None and IdentityMethod.KNOWN_EMAIL.value in methods(identity)
    identity.ui.method_combo.setCurrentIndex(
        identity.ui.method_combo.findData(IdentityMethod.KNOWN_EMAIL.value)
    )
    with qtbot.waitSignal(window.changed, timeout=5000):
        click(qtbot, button(identity, "ok_button"))
    assert window.request.identity is not None
    assert window.request.identity.method is IdentityMethod.KNOWN_EMAIL
    assert ui.carry_out_button.isEnabled() and not ui.carry_out_hint_label.isVisibleTo(window)


def test_after_the_identity_check_a_request_can_no_longer_be_linked(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    request_id = unlinked_request(workspace, RequestChannel.IN_PERSON)
    requests.verify_identity(workspace, request_id, IdentityCheckDraft(IdentityMethod.ID_IN_PERSON, recent()))
    window = open_window(qtbot, signed_in_session, request_id)
    assert not window.ui.link_client_button.isVisibleTo(window) and window.link_client() is None
    assert not window.ui.carry_out_button.isEnabled()
    hint = window.ui.carry_out_hint_label.text()
    assert "na de identiteitscontrole kan dat niet meer" in hint and "opnieuw in op het dossier" in hint
    closed = open_window(qtbot, signed_in_session, unlinked_request(workspace))
    requests.identity_failed(workspace, closed.request.id, "Geen antwoord op de vraag om identificatie.")
    closed.reload()
    assert not closed.ui.link_client_button.isVisibleTo(closed)  # a closed request is linked to nothing


def test_a_closed_restriction_request_still_lifts_the_restriction(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    request_id = verified_request(workspace, client_with_data(workspace), RequestType.RESTRICTION)
    restriction.set_restriction(workspace, request_id, "Betwist de juistheid van het adres.")
    requests.close(workspace, request_id, RequestOutcome.GRANTED)
    window = open_window(qtbot, signed_in_session, request_id)
    ui = window.ui
    assert not window.request.is_open and window.request.client_restricted
    assert ui.carry_out_button.text() == "Beperking opheffen…"
    assert ui.carry_out_button.isEnabled() and not ui.carry_out_hint_label.isVisibleTo(window)

    def lift(dialog: QWidget) -> None:
        assert type(dialog).__name__ == "RestrictionDialog"
        dialog.findChild(QCheckBox, "informed_check").setChecked(True)
        dialog.findChild(QPlainTextEdit, "reason_edit").setPlainText("Juistheid van het adres vastgesteld.")
        dialog.findChild(QPushButton, "ok_button").click()

    answer_next_modal(qtbot, lift)
    with qtbot.waitSignal(window.changed, timeout=10000):
        click(qtbot, ui.carry_out_button)
    assert not window.request.client_restricted and not window.request.is_open
    assert steps(window)[-1] == StepKind.RESTRICTION_LIFTED.label()
    assert ui.carry_out_button.text() == "Verwerking beperken…" and not ui.carry_out_button.isEnabled()
    assert "afgehandeld" in ui.carry_out_hint_label.text()
    assert not ui.banner_label.isVisibleTo(window)
