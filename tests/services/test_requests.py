"""Data-subject requests on a real vault: intake, identity, the clock, closing, documents, the gate, the list."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from consent_helpers import pdf, set_client, sign_in
from request_helpers import (
    MARKER,
    audit_count,
    audit_details_text,
    client_with_data,
    open_request,
    recent,
    verified_request,
)
from sqlalchemy import select, text

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    DateInFutureError,
    DocumentTooLargeError,
    EmailAddressError,
    ExtensionMonthsError,
    ExtensionNotAllowedError,
    GroundsRequiredError,
    IdentityAlreadyCheckedError,
    IdentityCheckBeforeReceiptError,
    IdentityCopyNotMaskedError,
    IdentityNotVerifiedError,
    KnownEmailNeedsDossierError,
    LinkAfterIdentityCheckError,
    NothingDoneYetError,
    PermissionDeniedError,
    PhoneNumberError,
    ReceiptDateLockedError,
    ReceivedInFutureError,
    RequestAlreadyLinkedError,
    RequestClosedError,
    RequestDocumentTypeError,
    RequesterMissingError,
    RequestNeedsClientError,
    RequestNotFoundError,
    RequestTypeMismatchError,
    TextTooLongError,
)
from calqi_desktop.domain.requests import (
    TEXT_MAX,
    IdentityCheckDraft,
    IdentityMethod,
    RequestChannel,
    RequestDraft,
    Requester,
    RequestOutcome,
    RequestStatus,
    RequestType,
    StepKind,
)
from calqi_desktop.services import request_exports, requests, restriction
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import DataSubjectRequestRow

STRANGER = Requester("Marieke Ödegaard", "marieke@example.nl", "06 12345678", "Dorpsstraat 1\n1234 AB Ergens")


def stranger_draft(**changes: object) -> RequestDraft:
    draft = RequestDraft(RequestType.INFORMATION, recent(), RequestChannel.EMAIL, requester=STRANGER)
    return replace(draft, **changes)  # type: ignore[arg-type]


def kinds(workspace: Workspace, request_id: int) -> list[StepKind]:
    return [step.kind for step in requests.get(workspace, request_id, audit=False).steps]


# --- intake -------------------------------------------------------------------------------------


def test_register_numbers_per_year_of_receipt_past_any_gap(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    first = open_request(workspace, client_id, received_on=date(2025, 12, 31))
    second = open_request(workspace, client_id, received_on=date(2025, 6, 1))
    this_year = open_request(workspace, client_id, received_on=date.today() - timedelta(days=1))
    assert requests.get(workspace, first).reference == "AVG-2025-0001"
    assert requests.get(workspace, second).reference == "AVG-2025-0002"
    assert requests.get(workspace, this_year).reference == f"AVG-{date.today().year}-0001"
    with workspace.transaction() as session:  # a number given by hand once, leaving a gap
        session.get_one(DataSubjectRequestRow, second).reference = "AVG-2025-0009"
    third = open_request(workspace, client_id, received_on=date(2025, 3, 3))
    assert requests.get(workspace, third).reference == "AVG-2025-0010"


def test_a_client_request_waits_for_identity_and_keeps_no_requester_details(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    received = date(2026, 1, 31)
    request_id = requests.register(
        workspace,
        RequestDraft(
            RequestType.ACCESS,
            received,
            RequestChannel.LETTER,
            client_id=client_id,
            requester=STRANGER,
            description="  Wil weten welke gegevens   \r\n wij hebben.  ",
        ),
        today=date(2026, 2, 2),
    )
    request = requests.get(workspace, request_id)
    assert request.status is RequestStatus.AWAITING_IDENTITY
    assert request.requester.is_empty
    assert request.subject_name == f"K.L. van {MARKER}"
    assert request.client_number.startswith("K-")
    assert request.deadline == date(2026, 2, 28)
    assert request.internal_target == date(2026, 2, 28)
    assert request.description == "Wil weten welke gegevens\n wij hebben."
    assert [step.kind for step in request.steps] == [StepKind.RECEIVED]
    assert request.steps[0].by == "beheerder"
    with workspace.transaction() as session:
        row = session.get_one(DataSubjectRequestRow, request_id)
        assert row.due_on == date(2026, 2, 28)
        assert row.requester_name == row.requester_email == row.requester_address == ""


def test_a_requester_not_in_the_vault_needs_a_name_and_valid_contact_details(workspace: Workspace) -> None:
    request_id = requests.register(workspace, stranger_draft())
    request = requests.get(workspace, request_id)
    assert request.client_id is None
    assert request.subject_name == "Marieke Ödegaard"
    assert request.requester.phone == "06 12345678"
    assert request.requester.address == "Dorpsstraat 1\n1234 AB Ergens"
    with pytest.raises(RequesterMissingError) as missing:
        requests.register(workspace, stranger_draft(requester=replace(STRANGER, name="  ")))
    assert missing.value.field == "requester_name"
    with pytest.raises(EmailAddressError):
        requests.register(workspace, stranger_draft(requester=replace(STRANGER, email="geen-adres")))
    with pytest.raises(PhoneNumberError):
        requests.register(workspace, stranger_draft(requester=replace(STRANGER, phone="12")))
    with pytest.raises(TextTooLongError):
        requests.register(workspace, stranger_draft(description="x" * (TEXT_MAX + 1)))
    with pytest.raises(ReceivedInFutureError) as future:
        requests.register(workspace, stranger_draft(received_on=date.today() + timedelta(days=1)))
    assert future.value.field == "received_on"
    assert len(requests.list_requests(workspace)) == 1


def test_an_anonymised_dossier_takes_no_request(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    set_client(workspace, client_id, status="anonymised")
    with pytest.raises(ClientAnonymisedError):
        open_request(workspace, client_id)


def test_intake_is_audited_with_codes_only(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = open_request(workspace, client_id, description=f"Inzage voor {MARKER}")
    requests.get(workspace, request_id)
    with workspace.transaction() as session:
        events = session.execute(
            text(
                "SELECT action, client_id, on_request_of, details FROM audit_event WHERE action LIKE 'request.%'"
            )
        ).all()
    assert {(a, c, o) for a, c, o, _ in events} == {
        (AuditAction.REQUEST_RECEIVED.value, client_id, f"request:{request_id}"),
        (AuditAction.REQUEST_OPENED.value, client_id, f"request:{request_id}"),
    }
    received = next(d for a, _, _, d in events if a == AuditAction.REQUEST_RECEIVED.value)
    assert json.loads(received) == {"type": "access", "channel": "letter"}
    assert MARKER not in audit_details_text(workspace)


def test_only_staff_who_handle_requests_see_or_record_them(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, "beheerder")
    client_id = client_with_data(admin)
    request_id = open_request(admin, client_id)
    admin.sign_out()
    assistent = sign_in(folder, "sam")
    with pytest.raises(PermissionDeniedError):
        open_request(assistent, client_id)
    with pytest.raises(PermissionDeniedError):
        requests.list_requests(assistent)
    with pytest.raises(PermissionDeniedError):
        requests.get(assistent, request_id)
    assistent.sign_out()
    for user in ("anna", "fleur"):
        member = sign_in(folder, user)
        assert [row.id for row in requests.list_requests(member)] == [request_id]
        member.sign_out()


# --- identity -----------------------------------------------------------------------------------


def test_identity_check_moves_the_request_on(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    received = recent(5)
    request_id = open_request(workspace, client_id, received_on=received)
    unmasked = IdentityCheckDraft(IdentityMethod.ID_COPY_MASKED, received + timedelta(days=1), "Via e-mail")
    with pytest.raises(IdentityCopyNotMaskedError):
        requests.verify_identity(workspace, request_id, unmasked)
    copy = replace(unmasked, masked_confirmed=True)
    with pytest.raises(DateInFutureError) as future:
        requests.verify_identity(workspace, request_id, replace(copy, checked_on=date.today() + timedelta(1)))
    assert future.value.field == "checked_on"
    with pytest.raises(IdentityCheckBeforeReceiptError) as early:
        requests.verify_identity(workspace, request_id, replace(copy, checked_on=received - timedelta(1)))
    assert early.value.field == "checked_on"
    request = requests.verify_identity(workspace, request_id, copy)
    assert request.status is RequestStatus.IN_PROGRESS
    assert request.identity is not None
    assert (request.identity.method, request.identity.checked_by) == (
        IdentityMethod.ID_COPY_MASKED,
        "beheerder",
    )
    assert request.steps[-1].kind is StepKind.IDENTITY_VERIFIED
    with pytest.raises(IdentityAlreadyCheckedError):
        requests.verify_identity(workspace, request_id, copy)
    assert audit_count(workspace, AuditAction.IDENTITY_VERIFIED, f"request:{request_id}") == 1


def test_a_failed_identity_check_closes_the_request_with_its_reason(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = open_request(workspace, client_id, RequestType.ERASURE)
    with pytest.raises(GroundsRequiredError) as missing:
        requests.identity_failed(workspace, request_id, "   ")
    assert missing.value.field == "reason"
    request = requests.identity_failed(workspace, request_id, "Kopie niet afgeschermd; geen reactie.")
    assert request.status is RequestStatus.CLOSED
    assert request.outcome is RequestOutcome.IDENTITY_FAILED
    assert (
        request.outcome_grounds == request.identity_failed_reason == "Kopie niet afgeschermd; geen reactie."
    )
    assert request.closed_on == date.today()
    assert [s.kind for s in request.steps][-2:] == [StepKind.IDENTITY_FAILED, StepKind.CLOSED]
    assert audit_count(workspace, AuditAction.IDENTITY_FAILED, f"request:{request_id}") == 1
    with pytest.raises(RequestClosedError):
        requests.verify_identity(
            workspace, request_id, IdentityCheckDraft(IdentityMethod.OTHER, date.today())
        )
    assert requests.list_requests(workspace) == []


# --- the clock ----------------------------------------------------------------------------------


def test_extension_before_the_first_deadline_once_with_a_reason(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    received = date(2026, 1, 31)
    request_id = open_request(workspace, client_id, received_on=received)  # identity not yet verified
    with pytest.raises(ExtensionMonthsError) as months:
        requests.extend(workspace, request_id, 3, "Veel stukken", today=date(2026, 2, 10))
    assert months.value.field == "months"
    with pytest.raises(ExtensionMonthsError):
        requests.extend(workspace, request_id, 0, "Veel stukken", today=date(2026, 2, 10))
    with pytest.raises(GroundsRequiredError):
        requests.extend(workspace, request_id, 2, "", today=date(2026, 2, 10))
    with pytest.raises(ExtensionNotAllowedError):
        requests.extend(workspace, request_id, 1, "Te laat", today=date(2026, 3, 1))
    request = requests.extend(workspace, request_id, 2, "Omvangrijk dossier", today=date(2026, 2, 28))
    assert request.deadline == date(2026, 4, 28)
    assert request.extension is not None and request.extension.decided_on == date(2026, 2, 28)
    assert request.steps[-1].kind is StepKind.EXTENDED and request.steps[-1].detail == "2"
    with pytest.raises(ExtensionNotAllowedError):
        requests.extend(workspace, request_id, 1, "Nog eens", today=date(2026, 2, 28))
    [row] = requests.list_requests(workspace)
    assert row.deadline == date(2026, 4, 28)
    assert audit_count(workspace, AuditAction.REQUEST_EXTENDED, f"request:{request_id}") == 1


def test_closing_rules(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    waiting = open_request(workspace, client_id)
    with pytest.raises(IdentityNotVerifiedError):
        requests.close(workspace, waiting, RequestOutcome.GRANTED)
    with pytest.raises(GroundsRequiredError):
        requests.close(workspace, waiting, RequestOutcome.REFUSED)
    withdrawn = requests.close(workspace, waiting, RequestOutcome.WITHDRAWN, "Verzoeker belde af.")
    assert (withdrawn.status, withdrawn.outcome) == (RequestStatus.CLOSED, RequestOutcome.WITHDRAWN)
    assert withdrawn.steps[-1].detail == "withdrawn"
    with pytest.raises(RequestClosedError):
        requests.close(workspace, waiting, RequestOutcome.WITHDRAWN)

    partly = verified_request(workspace, client_id, RequestType.INFORMATION)  # the letter is the answer
    with pytest.raises(GroundsRequiredError):
        requests.close(workspace, partly, RequestOutcome.PARTLY_GRANTED, " ")
    closed = requests.close(workspace, partly, RequestOutcome.PARTLY_GRANTED, "Fiscale bewaarplicht")
    assert closed.outcome_grounds == "Fiscale bewaarplicht"
    objection = verified_request(workspace, client_id, RequestType.OBJECTION)  # may be honoured outside
    granted = requests.close(workspace, objection, RequestOutcome.GRANTED)
    assert granted.outcome is RequestOutcome.GRANTED and granted.closed_on == date.today()
    failed = requests.close(
        workspace, open_request(workspace, client_id), RequestOutcome.IDENTITY_FAILED, "Geen ID"
    )
    assert failed.identity_failed_reason == "Geen ID"
    assert audit_count(workspace, AuditAction.REQUEST_CLOSED) == 4


def test_granted_only_once_the_work_that_fits_the_right_is_done(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    to_do = {
        RequestType.ACCESS: "inzageoverzicht",
        RequestType.PORTABILITY: "export voor gegevensoverdraagbaarheid",
        RequestType.RESTRICTION: "beperking van de verwerking",
        RequestType.RECTIFICATION: "Corrigeer eerst het dossier",
        RequestType.WITHDRAWAL: "intrekking van de toestemming",
        RequestType.ERASURE: "die sluit het verzoek zelf af",
    }
    for request_type, words in to_do.items():
        request_id = verified_request(workspace, client_id, request_type)
        requests.add_document(workspace, request_id, "brief.pdf", pdf("Verzoek"))  # a step, not the work
        for outcome in (RequestOutcome.GRANTED, RequestOutcome.PARTLY_GRANTED):
            with pytest.raises(NothingDoneYetError) as refused:
                requests.close(workspace, request_id, outcome, "Deels")
            assert words in refused.value.message() and "Afgewezen" in refused.value.message()
            assert "Refused" in refused.value.message("en")
        assert requests.get(workspace, request_id, audit=False).is_open
        refusal = requests.close(workspace, request_id, RequestOutcome.REFUSED, "Geen grond")
        assert refusal.outcome is RequestOutcome.REFUSED
    assert audit_count(workspace, AuditAction.REQUEST_CLOSED) == len(to_do)

    access = verified_request(workspace, client_id, RequestType.ACCESS)
    other_access = verified_request(workspace, client_id, RequestType.ACCESS)
    request_exports.access_report(workspace, access)
    with pytest.raises(NothingDoneYetError):  # the report was made for the other request
        requests.close(workspace, other_access, RequestOutcome.GRANTED)
    assert requests.close(workspace, access, RequestOutcome.GRANTED).outcome is RequestOutcome.GRANTED
    restricting = verified_request(workspace, client_id, RequestType.RESTRICTION)
    restriction.set_restriction(workspace, restricting, "Juistheid betwist")
    closed = requests.close(workspace, restricting, RequestOutcome.PARTLY_GRANTED, "Alleen het adres")
    assert closed.outcome is RequestOutcome.PARTLY_GRANTED


# --- changing and linking -----------------------------------------------------------------------


def test_change_corrects_the_intake_but_not_the_type_once_identity_is_verified(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = open_request(workspace, client_id, RequestType.ACCESS, received_on=date(2026, 1, 31))
    draft = RequestDraft(
        RequestType.PORTABILITY, date(2026, 1, 15), RequestChannel.EMAIL, client_id=client_id
    )
    changed = requests.change(workspace, request_id, draft)
    assert (changed.request_type, changed.channel, changed.deadline) == (
        RequestType.PORTABILITY,
        RequestChannel.EMAIL,
        date(2026, 2, 15),
    )
    assert changed.steps[-1].kind is StepKind.CHANGED
    assert changed.steps[-1].detail == "channel,received_on:2026-01-31>2026-01-15,type"
    assert requests.change(workspace, request_id, draft).steps == changed.steps  # nothing new, no step
    with workspace.transaction() as session:
        assert session.get_one(DataSubjectRequestRow, request_id).due_on == date(2026, 2, 15)
        [event] = session.execute(
            text("SELECT details FROM audit_event WHERE action = :action"),
            {"action": AuditAction.REQUEST_CHANGED.value},
        ).all()
    assert json.loads(event[0]) == {
        "fields": "channel,received_on,type",
        "count": 3,
        "received_on": "received_on:2026-01-31>2026-01-15",
    }
    requests.verify_identity(
        workspace, request_id, IdentityCheckDraft(IdentityMethod.KNOWN_EMAIL, date(2026, 1, 20))
    )
    with pytest.raises(RequestTypeMismatchError):
        requests.change(workspace, request_id, replace(draft, request_type=RequestType.ERASURE))
    for moved in (date(2026, 1, 16), date(2026, 1, 10)):  # later or earlier: the deadline stays
        with pytest.raises(ReceiptDateLockedError) as locked:
            requests.change(workspace, request_id, replace(draft, received_on=moved))
        assert locked.value.field == "received_on"
    later = requests.change(workspace, request_id, replace(draft, description="Alles als CSV"))
    assert later.description == "Alles als CSV"
    assert (later.received_on, later.deadline) == (date(2026, 1, 15), date(2026, 2, 15))
    requests.close(workspace, request_id, RequestOutcome.WITHDRAWN)
    with pytest.raises(RequestClosedError):
        requests.change(workspace, request_id, draft)


def test_the_receipt_date_stays_once_the_term_is_extended(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = open_request(workspace, client_id, received_on=date(2026, 1, 31))  # not yet verified
    requests.extend(workspace, request_id, 2, "Omvangrijk dossier", today=date(2026, 2, 10))
    draft = RequestDraft(RequestType.ACCESS, date(2026, 2, 20), RequestChannel.LETTER, client_id=client_id)
    with pytest.raises(ReceiptDateLockedError) as locked:
        requests.change(workspace, request_id, draft)
    assert locked.value.field == "received_on"
    request = requests.get(workspace, request_id, audit=False)
    assert (request.received_on, request.deadline) == (date(2026, 1, 31), date(2026, 4, 28))
    changed = requests.change(workspace, request_id, replace(draft, received_on=date(2026, 1, 31)))
    assert changed.deadline == date(2026, 4, 28) and changed.request_type is RequestType.ACCESS


def test_link_client_clears_the_requester_and_happens_once(workspace: Workspace) -> None:
    request_id = requests.register(workspace, stranger_draft(request_type=RequestType.ACCESS))
    client_id = client_with_data(workspace)
    other = client_with_data(workspace, "Anders")
    set_client(workspace, other, status="anonymised")
    with pytest.raises(ClientAnonymisedError):
        requests.link_client(workspace, request_id, other)
    linked = requests.link_client(workspace, request_id, client_id)
    assert linked.client_id == client_id
    assert linked.requester.is_empty
    assert linked.subject_name == f"K.L. van {MARKER}"
    assert linked.steps[-1].kind is StepKind.LINKED
    with pytest.raises(RequestAlreadyLinkedError):
        requests.link_client(workspace, request_id, client_id)
    assert audit_count(workspace, AuditAction.REQUEST_LINKED, f"request:{request_id}") == 1
    checked = requests.verify_identity(
        workspace, request_id, IdentityCheckDraft(IdentityMethod.KNOWN_EMAIL, recent())
    )
    assert checked.identity is not None and checked.identity.method is IdentityMethod.KNOWN_EMAIL


def test_an_identity_checked_before_linking_never_opens_a_dossier(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = requests.register(workspace, stranger_draft(request_type=RequestType.ACCESS))
    with pytest.raises(KnownEmailNeedsDossierError) as no_dossier:  # no dossier, so no known address
        requests.verify_identity(
            workspace, request_id, IdentityCheckDraft(IdentityMethod.KNOWN_EMAIL, recent())
        )
    assert no_dossier.value.field == "method"
    assert requests.get(workspace, request_id, audit=False).identity is None
    requests.verify_identity(workspace, request_id, IdentityCheckDraft(IdentityMethod.ID_IN_PERSON, recent()))
    with pytest.raises(LinkAfterIdentityCheckError):  # the stranger's check would release the client's data
        requests.link_client(workspace, request_id, client_id)
    request = requests.get(workspace, request_id, audit=False)
    assert request.client_id is None and request.requester.name == STRANGER.name
    assert [step.kind for step in request.steps] == [StepKind.RECEIVED, StepKind.IDENTITY_VERIFIED]
    with pytest.raises(RequestNeedsClientError):
        request_exports.access_report(workspace, request_id)
    assert audit_count(workspace, AuditAction.REQUEST_LINKED) == 0
    assert audit_count(workspace, AuditAction.DOCUMENT_PRINTED) == 0


# --- documents ----------------------------------------------------------------------------------


def test_the_letter_or_email_that_brought_it_in(workspace: Workspace) -> None:
    request_id = requests.register(workspace, stranger_draft())
    letter = pdf("Verzoek om inzage")
    letter_id = requests.add_document(workspace, request_id, "C:\\scans\\brief ödegaard.pdf", letter)
    email = b"From: marieke@example.nl\r\nSubject: inzage\r\n\r\nGraag inzage.\r\n"
    email_id = requests.add_document(workspace, request_id, "verzoek.eml", email)
    outlook_id = requests.add_document(
        workspace, request_id, "verzoek.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)
    )
    note_id = requests.add_document(
        workspace, request_id, "telefoonnotitie.txt", "Belde op 3 maart – café".encode("cp1252")
    )
    with pytest.raises(RequestDocumentTypeError):
        requests.add_document(workspace, request_id, "virus.eml", b"MZ\x90\x00\x03")
    with pytest.raises(RequestDocumentTypeError):
        requests.add_document(workspace, request_id, "brief.docx", b"PK\x03\x04 zip")
    with pytest.raises(DocumentTooLargeError):
        requests.add_document(workspace, request_id, "groot.pdf", letter + bytes(30 * 1024 * 1024))
    request = requests.get(workspace, request_id)
    assert [(d.id, d.file_name, d.mime_type) for d in request.documents] == [
        (letter_id, "brief ödegaard.pdf", "application/pdf"),
        (email_id, "verzoek.eml", "message/rfc822"),
        (outlook_id, "verzoek.msg", "application/vnd.ms-outlook"),
        (note_id, "telefoonnotitie.txt", "text/plain"),
    ]
    info, data = requests.open_document(workspace, request_id, email_id)
    assert data == email and info.size == len(email) and info.added_by == "beheerder"
    assert audit_count(workspace, AuditAction.REQUEST_DOCUMENT_ADDED, f"request:{request_id}") == 4
    assert audit_count(workspace, AuditAction.REQUEST_DOCUMENT_VIEWED, f"request:{request_id}") == 1
    assert "ödegaard" not in audit_details_text(workspace)
    requests.close(workspace, request_id, RequestOutcome.WITHDRAWN)
    with pytest.raises(RequestClosedError):
        requests.add_document(workspace, request_id, "later.pdf", letter)
    assert requests.open_document(workspace, request_id, letter_id)[1] == letter  # reading stays possible


# --- the gate -----------------------------------------------------------------------------------


def test_the_gate_says_why_not(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    waiting = open_request(workspace, client_id, RequestType.ERASURE)
    unlinked = requests.register(workspace, stranger_draft(request_type=RequestType.ERASURE))
    requests.verify_identity(workspace, unlinked, IdentityCheckDraft(IdentityMethod.ID_IN_PERSON, recent()))
    ready = verified_request(workspace, client_id, RequestType.ERASURE)
    with workspace.transaction() as session:
        with pytest.raises(RequestNotFoundError):
            requests.gate(workspace, session, 999)
        with pytest.raises(IdentityNotVerifiedError):
            requests.gate(workspace, session, waiting, RequestType.ERASURE)
        with pytest.raises(RequestNeedsClientError):
            requests.gate(workspace, session, unlinked, RequestType.ERASURE)
        with pytest.raises(RequestTypeMismatchError):
            requests.gate(workspace, session, ready, RequestType.ACCESS, RequestType.PORTABILITY)
        assert requests.gate(workspace, session, ready, RequestType.ERASURE).id == ready
        assert requests.gate(workspace, session, ready).id == ready
    requests.close(workspace, ready, RequestOutcome.WITHDRAWN)
    with workspace.transaction() as session, pytest.raises(RequestClosedError):
        requests.gate(workspace, session, ready, RequestType.ERASURE)


# --- the list -----------------------------------------------------------------------------------


def test_the_list_soonest_deadline_first_and_found_by_reference_number_or_name(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    today = date.today()
    late = open_request(workspace, client_id, received_on=today - timedelta(days=40))
    soon = open_request(workspace, client_id, RequestType.ERASURE, received_on=today - timedelta(days=27))
    fresh = requests.register(workspace, stranger_draft(received_on=today))
    done = verified_request(workspace, client_id, received_on=today - timedelta(days=10))
    requests.close(workspace, done, RequestOutcome.REFUSED, "Geen gegevens")
    assert [row.id for row in requests.list_requests(workspace)] == [late, soon, fresh]
    everything = requests.list_requests(workspace, open_only=False)
    assert [row.id for row in everything] == [fresh, done, soon, late]
    by_id = {row.id: row for row in everything}
    assert by_id[done].outcome is RequestOutcome.REFUSED
    assert by_id[fresh].subject_name == "Marieke Ödegaard" and by_id[fresh].client_number == ""
    assert [row.id for row in requests.list_requests(workspace, text="odegaard")] == [fresh]
    assert [row.id for row in requests.list_requests(workspace, text="ZWARTVLIEG")] == [late, soon]
    number = by_id[soon].client_number
    assert {row.id for row in requests.list_requests(workspace, open_only=False, text=number)} == {
        late,
        soon,
        done,
    }
    assert [row.id for row in requests.list_requests(workspace, text=by_id[soon].reference)] == [soon]
    assert [row.id for row in requests.list_requests(workspace, client_id=client_id)] == [late, soon]
    set_client(workspace, client_id, status="anonymised")
    anonymised = requests.list_requests(workspace, client_id=client_id)
    assert {row.subject_name for row in anonymised} == {"Geanonimiseerd"}
    assert requests.get(workspace, late).client_anonymised


def test_the_open_list_uses_the_index_on_status_and_deadline(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    open_request(workspace, client_id)
    with workspace.transaction() as session:
        plan = session.execute(
            text(
                "EXPLAIN QUERY PLAN SELECT id FROM data_subject_request "
                "WHERE status IN ('awaiting-identity', 'in-progress') ORDER BY due_on, id"
            )
        ).all()
    assert "ix_data_subject_request_open" in " ".join(str(row[-1]) for row in plan)


def test_client_requests_in_reads_the_clients_requests_newest_first(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    older = verified_request(workspace, client_id, received_on=recent(9))
    newer = open_request(workspace, client_id, RequestType.RESTRICTION, received_on=recent(2))
    requests.register(workspace, stranger_draft())
    with workspace.transaction() as session:
        listed = requests.client_requests_in(workspace, session, client_id)
        ids = session.scalars(select(DataSubjectRequestRow.id)).all()
    assert [request.id for request in listed] == [newer, older]
    assert [s.kind for s in listed[1].steps] == [StepKind.RECEIVED, StepKind.IDENTITY_VERIFIED]
    assert len(ids) == 3
