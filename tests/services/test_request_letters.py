"""Tests for the letters service on a real vault: who is addressed, when a letter fits, step and audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from conftest import ADMIN
from consent_helpers import draft, set_client, sign_in
from pypdf import PdfReader
from request_helpers import BSN, IBAN, MARKER, client_with_data, open_request, recent, verified_request

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import AddressDraft, ChangeReason
from calqi_desktop.domain.consent import ConsentMethod, WithdrawalDraft
from calqi_desktop.domain.errors import LetterNotApplicableError, PermissionDeniedError
from calqi_desktop.domain.formatting import format_date_nl
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
    extended_deadline,
    first_deadline,
    internal_target,
)
from calqi_desktop.services import (
    clients,
    consent,
    request_exports,
    request_letters,
    request_rights,
    requests,
    restriction,
)
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store

HOSTILE = '<b>x</b> & <font color=red> <a href="http://example.org">link</a>'
#: What must never be in a letter: the BSN, the IBAN (also as printed in groups), the birth date and
#: place, the child's first name, the e-mail address.
SPECIAL = (BSN, IBAN, "NL91 ABNA", "24-11-1980", "24 november 1980", "Zwolle", "Pietje", "@example.nl")


def text_of(data: bytes) -> str:
    assert data.startswith(b"%PDF-")
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).split())


def assert_no_special_data(text: str) -> None:
    assert [value for value in SPECIAL if value in text] == []


def printed(workspace: Workspace) -> list[audit_store.ListedEvent]:
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=AuditAction.DOCUMENT_PRINTED.value)
        return list(audit_store.iter_events(session, query))


def letter_steps(workspace: Workspace, request_id: int) -> list[str]:
    steps = requests.get(workspace, request_id, audit=False).steps
    return [step.detail for step in steps if step.kind is StepKind.LETTER_MADE]


def test_letters_for_a_client_go_to_the_dossier_address_and_are_recorded(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    received = recent()
    request_id = open_request(workspace, client_id)
    reference = requests.get(workspace, request_id, audit=False).reference

    text = text_of(request_letters.letter(workspace, request_id, LetterKind.ACKNOWLEDGEMENT))
    assert f"K.L. van {MARKER} Lindelaan 12 3511 NK Utrecht" in text
    assert f"Uw verzoek {reference} — Inzage" in text
    assert f"uiterlijk op {format_date_nl(first_deadline(received))}" in text
    assert f"vóór {format_date_nl(internal_target(received))}" in text
    assert "Eerst uw identiteit" in text
    assert "Autoriteit Persoonsgegevens" in text
    assert_no_special_data(text)

    text = text_of(request_letters.letter(workspace, request_id, LetterKind.IDENTITY_REQUEST))
    assert "KopieID" in text
    assert_no_special_data(text)

    assert letter_steps(workspace, request_id) == ["acknowledgement", "identity-request"]
    events = printed(workspace)
    assert [dict(event.record.details) for event in events] == [
        {"document": "letter-identity-request", "request_id": request_id},
        {"document": "letter-acknowledgement", "request_id": request_id},
    ]
    assert {(event.record.client_id, event.record.on_request_of) for event in events} == {
        (client_id, f"request:{request_id}")
    }


def test_extension_and_decision_letters_follow_the_request(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    received = recent(5)
    request_id = verified_request(workspace, client_id, received_on=received)
    with pytest.raises(LetterNotApplicableError):
        request_letters.letter(workspace, request_id, LetterKind.EXTENSION)
    requests.extend(workspace, request_id, 2, f"Veel stukken in het archief {HOSTILE}")

    text = text_of(request_letters.letter(workspace, request_id, LetterKind.EXTENSION))
    assert f"Veel stukken in het archief {HOSTILE}" in text
    assert f"verlengd met 2 maanden, tot en met {format_date_nl(extended_deadline(received, 2))}" in text
    assert f"eerste termijn op {format_date_nl(first_deadline(received))}" in text
    assert_no_special_data(text)
    ack = text_of(request_letters.letter(workspace, request_id, LetterKind.ACKNOWLEDGEMENT))
    assert f"uiterlijk op {format_date_nl(extended_deadline(received, 2))}" in ack
    assert "Eerst uw identiteit" not in ack

    request_exports.access_report(workspace, request_id)  # the work, before it is granted
    requests.close(
        workspace, request_id, RequestOutcome.PARTLY_GRANTED, "Interne notities.\nStukken van derden."
    )
    text = text_of(request_letters.letter(workspace, request_id, LetterKind.PARTLY_GRANTED))
    assert "voor een deel toegekend" in text
    assert "• Interne notities. • Stukken van derden." in text
    assert_no_special_data(text)
    # the extension letter can still be made again after closing; the others no longer fit
    request_letters.letter(workspace, request_id, LetterKind.EXTENSION)
    assert letter_steps(workspace, request_id) == [
        "extension",
        "acknowledgement",
        "partly-granted",
        "extension",
    ]


def test_letters_that_do_not_fit_are_refused_and_leave_no_trace(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = open_request(workspace, client_id, RequestType.ERASURE)
    for kind in (LetterKind.GRANTED, LetterKind.PARTLY_GRANTED, LetterKind.REFUSED, LetterKind.EXTENSION):
        with pytest.raises(LetterNotApplicableError):
            request_letters.letter(workspace, request_id, kind)
    requests.verify_identity(
        workspace,
        request_id,
        IdentityCheckDraft(IdentityMethod.KNOWN_EMAIL, recent()),
    )
    with pytest.raises(LetterNotApplicableError):
        request_letters.letter(workspace, request_id, LetterKind.IDENTITY_REQUEST)
    requests.close(workspace, request_id, RequestOutcome.REFUSED, "Fiscale bewaarplicht (art. 52 AWR).")
    for kind in (LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST, LetterKind.GRANTED):
        with pytest.raises(LetterNotApplicableError):
            request_letters.letter(workspace, request_id, kind)
    assert letter_steps(workspace, request_id) == []
    assert printed(workspace) == []

    text = text_of(request_letters.letter(workspace, request_id, LetterKind.REFUSED))
    assert "Wij hebben uw verzoek afgewezen." in text
    assert "De gronden • Fiscale bewaarplicht (art. 52 AWR)." in text
    assert "Wissing (vergetelheid)" in text


def test_a_failed_identity_check_gives_the_refusal_with_the_reason(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = open_request(workspace, client_id)
    requests.identity_failed(workspace, request_id, f"Kopie niet afgeschermd {HOSTILE}")
    with pytest.raises(LetterNotApplicableError):
        request_letters.letter(workspace, request_id, LetterKind.GRANTED)
    text = text_of(request_letters.letter(workspace, request_id, LetterKind.REFUSED))
    assert "Wij konden niet vaststellen dat u degene bent om wie het gaat" in text
    assert f"De reden Kopie niet afgeschermd {HOSTILE}" in text
    assert "U kunt uw verzoek altijd opnieuw indienen" in text
    assert_no_special_data(text)


def test_a_requester_outside_the_vault_is_addressed_by_name(workspace: Workspace) -> None:
    name = "P. <b>Puk</b> & zn"
    request_id = requests.register(
        workspace,
        RequestDraft(
            request_type=RequestType.INFORMATION,
            received_on=recent(),
            channel=RequestChannel.EMAIL,
            requester=Requester(
                name=name, email="p.puk@example.org", address="Dorpsstraat 1\n1234 AB Ergens"
            ),
        ),
    )
    text = text_of(request_letters.letter(workspace, request_id, LetterKind.ACKNOWLEDGEMENT))
    assert f"{name} Dorpsstraat 1 1234 AB Ergens Datum" in text
    assert "p.puk@example.org" not in text
    requests.verify_identity(workspace, request_id, IdentityCheckDraft(IdentityMethod.ID_IN_PERSON, recent()))
    requests.close(workspace, request_id, RequestOutcome.GRANTED)
    text = text_of(request_letters.letter(workspace, request_id, LetterKind.GRANTED))
    assert "Bijgaand de informatie uit onze privacyverklaring (versie " in text
    assert [event.record.client_id for event in printed(workspace)] == [None, None]


def test_rectification_letter_names_the_corrected_fields(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RECTIFICATION)
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    moved = AddressDraft(street="Kerkstraat", house_number="3", postcode="3512 AB", city="Utrecht")
    clients.save_dossier(
        workspace,
        client_id,
        replace(dossier.draft, initials="K.M.", addresses=(moved,)),
        expected_version=dossier.version,
        reason=ChangeReason.CORRECTION,
        request_id=request_id,
    )
    requests.close(workspace, request_id, RequestOutcome.GRANTED)
    text = text_of(request_letters.letter(workspace, request_id, LetterKind.GRANTED))
    assert "Het gaat om deze gegevens: • Voorletters • Adres" in text
    assert f"K.M. van {MARKER} Kerkstraat 3 3512 AB Utrecht" in text
    assert "Lindelaan" not in text
    assert_no_special_data(text)


def test_withdrawal_letter_names_the_withdrawn_consent(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    given = consent.give_consent(workspace, client_id, draft(workspace))
    request_id = verified_request(workspace, client_id, RequestType.WITHDRAWAL)
    request_rights.withdraw_consent(
        workspace,
        request_id,
        WithdrawalDraft(given.id, datetime.now(UTC) - timedelta(minutes=5), ConsentMethod.EMAIL),
    )
    requests.close(workspace, request_id, RequestOutcome.GRANTED)
    label = given.purpose.label("nl")
    text = text_of(request_letters.letter(workspace, request_id, LetterKind.GRANTED))
    assert f"Het gaat om: • {label}" in text
    assert "sommige diensten mogelijk niet meer verlenen" in text


def test_a_restricted_client_still_gets_the_letters_of_the_request(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RESTRICTION)
    restriction.set_restriction(workspace, request_id, "Juistheid betwist")
    requests.close(workspace, request_id, RequestOutcome.GRANTED)
    text = text_of(request_letters.letter(workspace, request_id, LetterKind.GRANTED))
    assert "Wij hebben de verwerking van uw gegevens beperkt." in text
    assert "(AVG art. 18 lid 3)" in text
    assert letter_steps(workspace, request_id) == ["granted"]


def test_an_anonymised_client_is_addressed_without_name(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.INFORMATION)
    requests.close(workspace, request_id, RequestOutcome.GRANTED)
    set_client(workspace, client_id, status="anonymised")
    text = text_of(request_letters.letter(workspace, request_id, LetterKind.GRANTED))
    assert "Aan de verzoeker Datum" in text
    assert MARKER not in text
    assert "Lindelaan" not in text


def test_render_in_renders_in_the_callers_transaction_without_step_or_audit(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.ERASURE)
    with workspace.transaction() as session:
        row = requests.find_row(session, request_id)
        row.outcome, row.outcome_grounds = (
            RequestOutcome.PARTLY_GRANTED.value,
            "Aangifte IB 2024: art. 52 AWR",
        )
        data = request_letters.render_in(workspace, session, request_id, LetterKind.PARTLY_GRANTED)
    text = text_of(data)
    assert f"K.L. van {MARKER}" in text
    assert "• Aangifte IB 2024: art. 52 AWR" in text
    assert letter_steps(workspace, request_id) == []
    assert printed(workspace) == []


def test_only_who_handles_requests_makes_letters(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    client_id = client_with_data(admin)
    request_id = open_request(admin, client_id)
    admin.sign_out()
    assistent = sign_in(folder, "sam")
    with pytest.raises(PermissionDeniedError):
        request_letters.letter(assistent, request_id, LetterKind.ACKNOWLEDGEMENT)
    assistent.sign_out()
    officer = sign_in(folder, "fleur")
    text = text_of(request_letters.letter(officer, request_id, LetterKind.ACKNOWLEDGEMENT))
    assert f"K.L. van {MARKER}" in text
    assert letter_steps(officer, request_id) == ["acknowledgement"]
    officer.sign_out()
