"""Restriction of processing (AVG art. 18) on a real vault: set and lift through a request, and what it blocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from consent_helpers import purpose_id, set_client, sign_in
from request_helpers import (
    MARKER,
    audit_count,
    audit_details_text,
    client_with_data,
    open_request,
    verified_request,
    verify,
)
from sqlalchemy import select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.domain.clients import ChangeReason, PhoneDraft
from calqi_desktop.domain.consent import BuiltInPurpose
from calqi_desktop.domain.disclosures import (
    DisclosureChannel,
    DisclosureDraft,
    DocumentType,
    RecipientKind,
    RefusalReason,
    TaxType,
)
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ClientRestrictedError,
    DisclosureRefusedError,
    GroundsRequiredError,
    IdentityNotVerifiedError,
    PermissionDeniedError,
    RequestClosedError,
    RequestTypeMismatchError,
    RestrictionStateError,
)
from calqi_desktop.domain.requests import RequestOutcome, RequestType, StepKind
from calqi_desktop.services import clients, disclosures, privacy_documents, requests, restriction
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import ClientSearchRow, FieldChangeRecord

REASON = "Betwist de juistheid van het adres"
SENT_BY_CLIENT = DisclosureDraft(
    document_type=DocumentType.TAX_RETURN,
    year=date.today().year - 1,
    recipient_kind=RecipientKind.BELASTINGDIENST,
    disclosed_on=date.today() - timedelta(days=1),
    channel=DisclosureChannel.SENT_BY_CLIENT,
    tax_type=TaxType.IB,
)


def save_phone(workspace: Workspace, client_id: int, number: str) -> None:
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    clients.save_dossier(
        workspace,
        client_id,
        replace(dossier.draft, phones=(PhoneDraft(number=number),)),
        expected_version=dossier.version,
        reason=ChangeReason.CORRECTION,
    )


def test_restriction_blocks_changes_disclosures_and_forms_until_lifted(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RESTRICTION)
    request = restriction.set_restriction(workspace, request_id, f"  {REASON}  ")
    assert request.client_restricted
    assert request.steps[-1].kind is StepKind.RESTRICTION_SET and request.steps[-1].note == REASON
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    assert dossier.restricted and dossier.restriction_reason == REASON and not dossier.may_edit

    with pytest.raises(ClientRestrictedError):
        save_phone(workspace, client_id, "030 765 4321")
    with pytest.raises(DisclosureRefusedError) as refused:
        disclosures.record_disclosure(workspace, client_id, SENT_BY_CLIENT)
    assert refused.value.reason is RefusalReason.RESTRICTED
    newsletter = purpose_id(workspace, BuiltInPurpose.NEWSLETTER)
    with pytest.raises(ClientRestrictedError):
        privacy_documents.consent_form(workspace, client_id, [newsletter])
    with pytest.raises(RestrictionStateError):
        restriction.set_restriction(workspace, request_id, "Nog een keer")
    assert clients.find(workspace, ClientListQuery(text=MARKER)).rows[0].restricted

    lifted = restriction.lift_restriction(workspace, request_id, "Adres gecontroleerd en juist bevonden")
    assert not lifted.client_restricted
    assert [s.kind for s in lifted.steps][-2:] == [StepKind.RESTRICTION_SET, StepKind.RESTRICTION_LIFTED]
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    assert not dossier.restricted and dossier.restriction_reason == "" and dossier.may_edit
    save_phone(workspace, client_id, "030 765 4321")
    assert disclosures.record_disclosure(workspace, client_id, SENT_BY_CLIENT).client_id == client_id
    assert privacy_documents.consent_form(workspace, client_id, [newsletter]).startswith(b"%PDF")
    with pytest.raises(RestrictionStateError):
        restriction.lift_restriction(workspace, request_id, "Nog een keer")

    with workspace.transaction() as session:
        history = session.scalars(
            select(FieldChangeRecord)
            .where(FieldChangeRecord.field == "restricted")
            .order_by(FieldChangeRecord.id)
        ).all()
        assert [(h.old_value, h.new_value, h.request_id) for h in history] == [
            ("nee", "ja", request_id),
            ("ja", "nee", request_id),
        ]
        assert {h.reason for h in history} == {ChangeReason.REPORTED_BY_CLIENT.value}
        assert session.get_one(ClientSearchRow, client_id).restricted is False
    assert audit_count(workspace, AuditAction.RESTRICTION_SET, f"request:{request_id}") == 1
    assert audit_count(workspace, AuditAction.RESTRICTION_LIFTED, f"request:{request_id}") == 1
    assert MARKER not in audit_details_text(workspace)
    assert REASON not in audit_details_text(workspace)


def test_restriction_needs_a_verified_restriction_request_and_a_reason(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    waiting = open_request(workspace, client_id, RequestType.RESTRICTION)
    with pytest.raises(IdentityNotVerifiedError):
        restriction.set_restriction(workspace, waiting, REASON)
    verify(workspace, waiting)
    with pytest.raises(GroundsRequiredError) as missing:
        restriction.set_restriction(workspace, waiting, "  ")
    assert missing.value.field == "reason"
    access = verified_request(workspace, client_id, RequestType.ACCESS)
    with pytest.raises(RequestTypeMismatchError):
        restriction.set_restriction(workspace, access, REASON)
    assert not clients.open_dossier(workspace, client_id, audit=False).restricted
    assert restriction.set_restriction(workspace, waiting, REASON).client_restricted
    other = verified_request(workspace, client_id, RequestType.RESTRICTION)  # another request lifts it
    assert not restriction.lift_restriction(workspace, other, "Opgeheven; klant ingelicht").client_restricted
    requests.close(workspace, waiting, RequestOutcome.GRANTED)
    with pytest.raises(RequestClosedError):  # setting needs an open request
        restriction.set_restriction(workspace, waiting, REASON)


def test_the_firm_lifts_a_restriction_after_the_request_was_closed(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RESTRICTION)
    restriction.set_restriction(workspace, request_id, REASON)
    requests.close(workspace, request_id, RequestOutcome.GRANTED)  # the deadline forces the answer
    with pytest.raises(GroundsRequiredError) as missing:
        restriction.lift_restriction(workspace, request_id, " \n ")
    assert missing.value.field == "reason"
    failed = open_request(workspace, client_id, RequestType.RESTRICTION)
    requests.identity_failed(workspace, failed, "Geen identiteitsbewijs")
    with pytest.raises(IdentityNotVerifiedError):
        restriction.lift_restriction(workspace, failed, "Opgeheven")
    access = verified_request(workspace, client_id, RequestType.ACCESS)
    with pytest.raises(RequestTypeMismatchError):
        restriction.lift_restriction(workspace, access, "Opgeheven")
    assert clients.open_dossier(workspace, client_id, audit=False).restricted

    note = "Adres juist bevonden; klant op 3 maart per brief ingelicht"
    lifted = restriction.lift_restriction(workspace, request_id, note)
    assert not lifted.client_restricted and not lifted.is_open
    assert lifted.outcome is RequestOutcome.GRANTED
    assert [s.kind for s in lifted.steps][-2:] == [StepKind.CLOSED, StepKind.RESTRICTION_LIFTED]
    assert lifted.steps[-1].note == note
    assert clients.open_dossier(workspace, client_id, audit=False).may_edit
    assert audit_count(workspace, AuditAction.RESTRICTION_LIFTED, f"request:{request_id}") == 1
    with pytest.raises(RestrictionStateError):
        restriction.lift_restriction(workspace, request_id, note)


def test_lifting_needs_someone_who_handles_requests_and_a_dossier_not_anonymised(
    created_vault: tuple[Path, str],
) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, "beheerder")
    client_id = client_with_data(admin)
    request_id = verified_request(admin, client_id, RequestType.RESTRICTION)
    restriction.set_restriction(admin, request_id, REASON)
    requests.close(admin, request_id, RequestOutcome.GRANTED)
    admin.sign_out()
    assistent = sign_in(folder, "sam")
    with pytest.raises(PermissionDeniedError):
        restriction.lift_restriction(assistent, request_id, "Opgeheven; klant ingelicht")
    assistent.sign_out()
    officer = sign_in(folder, "fleur")
    set_client(officer, client_id, status="anonymised")
    with pytest.raises(ClientAnonymisedError):
        restriction.lift_restriction(officer, request_id, "Opgeheven; klant ingelicht")
    officer.sign_out()


def test_an_anonymised_dossier_cannot_be_restricted(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RESTRICTION)
    set_client(workspace, client_id, status="anonymised")
    with pytest.raises(ClientAnonymisedError):
        restriction.set_restriction(workspace, request_id, REASON)
