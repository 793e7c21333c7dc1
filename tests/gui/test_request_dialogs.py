"""The request dialogs on a real vault: intake (a client, someone not in the vault, field errors), linking
a request to a dossier (the shared dossier search, the service's refusal), the identity check's methods,
the extension (reason required, the new term shown live) and closing (grounds required for a refusal)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from consent_helpers import pdf as small_pdf
from gui_helpers import button, click, type_into
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from request_helpers import MARKER, audit_count, client_with_data, open_request, recent, verified_request

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import LinkAfterIdentityCheckError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.requests import (
    IdentityCheckDraft,
    IdentityMethod,
    RequestChannel,
    RequestDraft,
    Requester,
    RequestOutcome,
    RequestStatus,
    RequestType,
    extended_deadline,
)
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.request_close_dialog import RequestCloseDialog
from calqi_desktop.gui.request_extension_dialog import RequestExtensionDialog
from calqi_desktop.gui.request_identity_dialog import RequestIdentityDialog
from calqi_desktop.gui.request_intake_dialog import RequestIntakeDialog
from calqi_desktop.gui.request_link_dialog import RequestLinkDialog
from calqi_desktop.services import requests, restriction

Shot = Callable[[QWidget, str], Path]


def intake(qtbot: QtBot, session: AppSession, **kwargs: object) -> RequestIntakeDialog:
    dialog = RequestIntakeDialog(session, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


# --- intake --------------------------------------------------------------------------------------------


def test_intake_for_a_client_with_the_letter_attached(
    qtbot: QtBot,
    signed_in_session: AppSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    screenshot: Shot,
) -> None:
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    client_with_data(workspace, "Koolmees")
    letter = tmp_path / "verzoek.pdf"
    letter.write_bytes(small_pdf("Verzoek om inzage"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(letter), ""))
    dialog = intake(qtbot, signed_in_session)
    ui = dialog.ui
    assert ui.received_date_edit.date().toPython() == date.today()
    assert ui.received_date_edit.maximumDate().toPython() == date.today()
    assert ui.received_date_edit.displayFormat() == "dd-MM-yyyy"
    assert ui.client_widget.isVisibleTo(dialog) and not ui.requester_widget.isVisibleTo(dialog)
    choose(ui.type_combo, RequestType.RECTIFICATION.value)
    assert ui.type_combo.currentText() == "Rectificatie (art. 16)"
    ui.received_date_edit.setDate(ui.received_date_edit.date().addDays(-3))
    choose(ui.channel_combo, RequestChannel.EMAIL.value)
    qtbot.keyClicks(ui.client_search_edit, "zwartv")
    assert ui.client_list.count() == 1 and dialog.client_id() == client_id  # the one match is chosen
    assert MARKER in ui.client_list.item(0).text()
    ui.description_edit.setPlainText("Het adres klopt niet meer.")
    click(qtbot, ui.attachment_button)
    assert ui.attachment_label.text() == "verzoek.pdf" and ui.attachment_clear_button.isEnabled()
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(dialog, "request_intake_dialog")
    with qtbot.waitSignal(dialog.registered, timeout=5000) as registered:
        click(qtbot, button(dialog, "register_button"))
    request = requests.get(workspace, registered.args[0], audit=False)
    assert dialog.request_id == request.id and not dialog.isVisible()
    assert request.request_type is RequestType.RECTIFICATION and request.channel is RequestChannel.EMAIL
    assert request.client_id == client_id and request.requester.is_empty
    assert request.received_on == date.today() - timedelta(days=3)
    assert request.description == "Het adres klopt niet meer."
    assert [doc.file_name for doc in request.documents] == ["verzoek.pdf"]
    assert audit_count(workspace, AuditAction.REQUEST_RECEIVED, f"request:{request.id}") == 1


def test_intake_for_someone_not_in_the_vault(qtbot: QtBot, signed_in_session: AppSession) -> None:
    dialog = intake(qtbot, signed_in_session)
    ui = dialog.ui
    ui.not_in_vault_radio.click()
    assert ui.requester_widget.isVisibleTo(dialog) and not ui.client_widget.isVisibleTo(dialog)
    type_into(qtbot, ui.requester_name_edit, "Fenna  Zwaluwstaart")
    type_into(qtbot, ui.requester_email_edit, "fenna@post.example")
    ui.requester_address_edit.setPlainText("Brinkweg 8\n9999 ZZ Nergenshuizen")
    choose(ui.type_combo, RequestType.INFORMATION.value)
    with qtbot.waitSignal(dialog.registered, timeout=5000) as registered:
        click(qtbot, button(dialog, "register_button"))
    request = requests.get(signed_in_session.workspace, registered.args[0], audit=False)
    assert request.client_id is None and request.request_type is RequestType.INFORMATION
    assert request.requester.name == "Fenna Zwaluwstaart"
    assert request.requester.email == "fenna@post.example"
    assert request.requester.address == "Brinkweg 8\n9999 ZZ Nergenshuizen"
    assert request.status is RequestStatus.AWAITING_IDENTITY


def test_intake_marks_a_missing_requester_and_a_bad_e_mail_beside_their_fields(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    dialog = intake(qtbot, signed_in_session)
    ui = dialog.ui
    click(qtbot, button(dialog, "register_button"))  # a client, but none chosen
    assert dialog.isVisible() and dialog.request_id is None
    assert ui.client_error_label.isVisibleTo(dialog)
    assert ui.client_error_label.text().startswith("Kies het dossier van de verzoeker")
    ui.not_in_vault_radio.click()
    click(qtbot, button(dialog, "register_button"))  # no name
    assert ui.requester_name_error_label.isVisibleTo(dialog)
    assert ui.requester_name_edit.property("invalid") is True
    assert not ui.client_error_label.isVisibleTo(dialog)  # the earlier mark is gone
    type_into(qtbot, ui.requester_name_edit, "Fenna Zwaluwstaart")
    type_into(qtbot, ui.requester_email_edit, "geen-e-mailadres")
    click(qtbot, button(dialog, "register_button"))
    assert ui.requester_email_error_label.isVisibleTo(dialog)
    assert not ui.requester_name_error_label.isVisibleTo(dialog)
    assert requests.list_requests(workspace, open_only=False) == []


def test_intake_from_a_dossier_has_the_client_chosen(qtbot: QtBot, signed_in_session: AppSession) -> None:
    client_id = client_with_data(signed_in_session.workspace)
    dialog = intake(qtbot, signed_in_session, client_id=client_id)
    assert dialog.client_id() == client_id and dialog.in_vault
    with qtbot.waitSignal(dialog.registered, timeout=5000) as registered:
        click(qtbot, button(dialog, "register_button"))
    assert requests.get(signed_in_session.workspace, registered.args[0], audit=False).client_id == client_id


# --- linking to a dossier --------------------------------------------------------------------------------


def request_from_outside(session: AppSession, name: str = "Karel Zwartvlieg") -> int:
    return requests.register(
        session.workspace,
        RequestDraft(
            request_type=RequestType.ACCESS,
            received_on=recent(),
            channel=RequestChannel.EMAIL,
            requester=Requester(name=name, email="karel@elders.example", address="Postbus 1\n1000 AA Ergens"),
        ),
    )


def link_dialog(qtbot: QtBot, session: AppSession, request_id: int) -> RequestLinkDialog:
    dialog = RequestLinkDialog(session, requests.get(session.workspace, request_id, audit=False))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_link_dialog_shows_the_requester_and_finds_dossiers_as_the_intake_does(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Shot
) -> None:
    workspace = signed_in_session.workspace
    client_id = client_with_data(workspace)
    restricted_request = verified_request(
        workspace, client_with_data(workspace, "Koolmees"), RequestType.RESTRICTION
    )
    restriction.set_restriction(workspace, restricted_request, "Betwist de juistheid van het adres.")
    dialog = link_dialog(qtbot, signed_in_session, request_from_outside(signed_in_session, MARKER))
    ui = dialog.ui
    assert ui.requester_label.text() == f"{MARKER}\nkarel@elders.example\nPostbus 1, 1000 AA Ergens"
    assert ui.client_search_edit.text() == MARKER  # a first search on the name as booked in
    assert dialog.client_id() == client_id and button(dialog, "link_button").isEnabled()
    assert dialog.windowTitle().startswith("Koppelen aan dossier — AVG-")
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(dialog, "request_link_dialog")
    ui.client_search_edit.clear()
    assert ui.client_list.count() == 0 and not button(dialog, "link_button").isEnabled()
    qtbot.keyClicks(ui.client_search_edit, "koolm")
    assert ui.client_list.count() == 1
    assert ui.client_list.item(0).text().endswith(" — verwerking beperkt")  # its own requests go on
    click(qtbot, button(dialog, "cancel_button"))
    assert not dialog.isVisible()
    assert requests.get(workspace, dialog.request.id, audit=False).client_id is None  # nothing linked


def test_a_link_the_service_refuses_is_shown_in_the_dialog(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace
    client_with_data(workspace)
    request_id = request_from_outside(signed_in_session)
    dialog = link_dialog(qtbot, signed_in_session, request_id)
    ui = dialog.ui
    ui.client_search_edit.clear()
    qtbot.keyClicks(ui.client_search_edit, MARKER[:6])
    # Meanwhile a colleague records the identity check: linking is no longer possible.
    requests.verify_identity(workspace, request_id, IdentityCheckDraft(IdentityMethod.ID_IN_PERSON, recent()))
    click(qtbot, button(dialog, "link_button"))
    assert dialog.isVisible() and ui.error_label.isVisibleTo(dialog)
    assert ui.error_label.text() == LinkAfterIdentityCheckError().message("nl")
    assert requests.get(workspace, request_id, audit=False).client_id is None


def test_the_identity_dialog_offers_known_e_mail_only_for_a_linked_request(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    workspace = signed_in_session.workspace

    def offered(request_id: int) -> list[str]:
        dialog = RequestIdentityDialog(signed_in_session, requests.get(workspace, request_id, audit=False))
        qtbot.addWidget(dialog)
        return [dialog.ui.method_combo.itemData(i) for i in range(dialog.ui.method_combo.count())]

    assert IdentityMethod.KNOWN_EMAIL.value not in offered(request_from_outside(signed_in_session))
    linked = offered(open_request(workspace, client_with_data(workspace)))
    assert linked == [method.value for method in IdentityMethod]


# --- extension -----------------------------------------------------------------------------------------


def test_the_extension_needs_a_reason_and_shows_the_new_term(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Shot
) -> None:
    workspace = signed_in_session.workspace
    received = date.today() - timedelta(days=5)
    request_id = open_request(
        workspace, client_with_data(workspace), RequestType.ACCESS, received_on=received
    )
    dialog = RequestExtensionDialog(signed_in_session, requests.get(workspace, request_id, audit=False))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.new_deadline_label.text() == format_date_nl(extended_deadline(received, 2))  # two by default
    ui.months_combo.setCurrentIndex(ui.months_combo.findData(1))
    assert ui.new_deadline_label.text() == format_date_nl(extended_deadline(received, 1))
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.isVisible()
    assert ui.reason_error_label.isVisibleTo(dialog) and "de reden" in ui.reason_error_label.text()
    assert requests.get(workspace, request_id, audit=False).extension is None
    ui.reason_edit.setPlainText("   ")  # blanks are no reason either
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.isVisible() and requests.get(workspace, request_id, audit=False).extension is None
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(dialog, "request_extension_dialog")
    ui.reason_edit.setPlainText("Veel stukken uit het archief.")
    click(qtbot, button(dialog, "ok_button"))
    assert not dialog.isVisible()
    extension = requests.get(workspace, request_id, audit=False).extension
    assert extension is not None and extension.months == 1 and dialog.request.extension == extension


# --- closing -------------------------------------------------------------------------------------------


def test_closing_as_refused_requires_the_grounds(
    qtbot: QtBot, signed_in_session: AppSession, screenshot: Shot
) -> None:
    workspace = signed_in_session.workspace
    request_id = verified_request(workspace, client_with_data(workspace), RequestType.RECTIFICATION)
    dialog = RequestCloseDialog(signed_in_session, requests.get(workspace, request_id, audit=False))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    outcomes = [ui.outcome_combo.itemData(i) for i in range(ui.outcome_combo.count())]
    assert outcomes == ["granted", "partly-granted", "refused", "withdrawn"]
    choose(ui.outcome_combo, RequestOutcome.REFUSED.value)
    assert ui.grounds_caption.text() == "&Gronden (verplicht)"
    click(qtbot, button(dialog, "ok_button"))
    assert dialog.isVisible() and ui.grounds_error_label.isVisibleTo(dialog)
    assert "de gronden" in ui.grounds_error_label.text()
    assert requests.get(workspace, request_id, audit=False).is_open
    qtbot.wait(20)  # let the layout settle before the picture
    screenshot(dialog, "request_close_dialog")
    ui.grounds_edit.setPlainText(
        "De gegevens kloppen volgens de stukken van de Belastingdienst (AWR art. 52)."
    )
    click(qtbot, button(dialog, "ok_button"))
    assert not dialog.isVisible()
    closed = requests.get(workspace, request_id, audit=False)
    assert closed.outcome is RequestOutcome.REFUSED and "AWR art. 52" in closed.outcome_grounds


def test_without_identity_nothing_can_be_granted(qtbot: QtBot, signed_in_session: AppSession) -> None:
    workspace = signed_in_session.workspace
    request_id = open_request(workspace, client_with_data(workspace), RequestType.ACCESS)
    dialog = RequestCloseDialog(signed_in_session, requests.get(workspace, request_id, audit=False))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.outcome_combo.itemData(i) for i in range(ui.outcome_combo.count())] == ["refused", "withdrawn"]
    assert "identiteit is niet vastgesteld" in ui.outcome_hint_label.text()
    choose(ui.outcome_combo, RequestOutcome.WITHDRAWN.value)
    assert ui.grounds_caption.text() == "&Toelichting"
    click(qtbot, button(dialog, "ok_button"))  # withdrawn: no grounds needed
    assert requests.get(workspace, request_id, audit=False).outcome is RequestOutcome.WITHDRAWN


def test_an_erasure_is_not_granted_through_the_close_dialog(
    qtbot: QtBot, signed_in_session: AppSession
) -> None:
    """It is granted only by carrying it out: the erasure dialog anonymises and closes it."""
    workspace = signed_in_session.workspace
    request_id = verified_request(workspace, client_with_data(workspace), RequestType.ERASURE)
    dialog = RequestCloseDialog(signed_in_session, requests.get(workspace, request_id, audit=False))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert [ui.outcome_combo.itemData(i) for i in range(ui.outcome_combo.count())] == ["refused", "withdrawn"]
