"""Rectification and withdrawal of consent through their requests, on a real vault."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from consent_helpers import draft as consent_draft
from consent_helpers import set_client, sign_in
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
from calqi_desktop.domain.clients import ChangeReason, ClientDraft, Dossier, PhoneDraft, SpecialChanges
from calqi_desktop.domain.consent import ConsentMethod, ConsentStatus, WithdrawalDraft
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ClientRestrictedError,
    ConsentNotFoundError,
    IdentityNotVerifiedError,
    PermissionDeniedError,
    RectificationNeedsRequestError,
    RequestClosedError,
    RequestTypeMismatchError,
)
from calqi_desktop.domain.requests import RequestOutcome, RequestType, StepKind
from calqi_desktop.services import clients, consent, request_rights, requests, restriction
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import AuditEvent, FieldChangeRecord

NEW_PHONE = "030 765 4321"


def corrected(dossier: Dossier) -> ClientDraft:
    return replace(dossier.draft, phones=(PhoneDraft(number=NEW_PHONE),), first_names="Karel Louis")


def rectify(workspace: Workspace, client_id: int, request_id: int | None, **options: object) -> Dossier:
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    values: dict[str, object] = {"reason": ChangeReason.CORRECTION, **options}
    return clients.save_dossier(
        workspace,
        client_id,
        corrected(dossier),
        expected_version=dossier.version,
        request_id=request_id,
        **values,  # type: ignore[arg-type]
    )


def test_rectification_links_each_change_to_the_request(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = verified_request(workspace, client_id, RequestType.RECTIFICATION)
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    saved = clients.save_dossier(
        workspace,
        client_id,
        corrected(dossier),
        SpecialChanges(fields={"birth_place": "Deventer"}),
        expected_version=dossier.version,
        reason=ChangeReason.CORRECTION,  # forced to the request's reason
        request_id=request_id,
    )
    assert saved.draft.phones[0].number == NEW_PHONE
    with workspace.transaction() as session:
        rows = session.scalars(
            select(FieldChangeRecord).where(FieldChangeRecord.request_id == request_id)
        ).all()
        changed_event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.CLIENT_CHANGED.value)
        ).one()
    assert {row.field for row in rows} >= {"first_names", "birth_place"}
    assert any(row.field.startswith("phones") for row in rows)
    assert {row.reason for row in rows} == {ChangeReason.RECTIFICATION_REQUEST.value}
    assert changed_event.on_request_of == f"request:{request_id}"
    request = requests.get(workspace, request_id, audit=False)
    assert request.steps[-1].kind is StepKind.RECTIFIED
    assert request.steps[-1].detail == str(len(rows))
    listed = request_rights.rectifications(workspace, request_id)
    assert {change.field for change in listed} == {row.field for row in rows}
    first_names = next(change for change in listed if change.field == "first_names")
    assert (first_names.old_value, first_names.new_value) == ("Karel Lodewijk", "Karel Louis")
    birth_place = next(change for change in listed if change.field == "birth_place")
    assert birth_place.new_value is None  # special data: the field's name, never its value
    assert MARKER not in audit_details_text(workspace)


def test_the_rectification_reason_belongs_to_a_request(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    with pytest.raises(RectificationNeedsRequestError):
        rectify(workspace, client_id, None, reason=ChangeReason.RECTIFICATION_REQUEST)
    assert clients.open_dossier(workspace, client_id, audit=False).version == 1


def test_rectification_goes_through_the_gate(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    other_client = client_with_data(workspace, "Anders")
    waiting = open_request(workspace, client_id, RequestType.RECTIFICATION)
    with pytest.raises(IdentityNotVerifiedError):
        rectify(workspace, client_id, waiting)
    access = verified_request(workspace, client_id, RequestType.ACCESS)
    with pytest.raises(RequestTypeMismatchError):
        rectify(workspace, client_id, access)
    someone_else = verified_request(workspace, other_client, RequestType.RECTIFICATION)
    with pytest.raises(RequestTypeMismatchError):
        rectify(workspace, client_id, someone_else)
    verify(workspace, waiting)
    requests.close(workspace, waiting, RequestOutcome.WITHDRAWN)
    with pytest.raises(RequestClosedError):
        rectify(workspace, client_id, waiting)
    assert clients.open_dossier(workspace, client_id, audit=False).version == 1


def test_a_restricted_dossier_is_corrected_only_through_its_request(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    restricting = verified_request(workspace, client_id, RequestType.RESTRICTION)
    restriction.set_restriction(workspace, restricting, "Betwist de juistheid van het telefoonnummer")
    with pytest.raises(ClientRestrictedError):
        rectify(workspace, client_id, None)
    request_id = verified_request(workspace, client_id, RequestType.RECTIFICATION)
    saved = rectify(workspace, client_id, request_id)
    assert saved.restricted and saved.draft.phones[0].number == NEW_PHONE
    draft = clients.open_dossier(workspace, client_id, audit=False)
    set_client(workspace, client_id, status="anonymised")
    with pytest.raises(ClientAnonymisedError):
        clients.save_dossier(
            workspace,
            client_id,
            replace(draft.draft, function="Docent"),
            expected_version=draft.version,
            reason=ChangeReason.CORRECTION,
            request_id=request_id,
        )


def test_rectifying_needs_both_editing_and_handling_requests(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, "beheerder")
    client_id = client_with_data(admin)
    request_id = verified_request(admin, client_id, RequestType.RECTIFICATION)
    admin.sign_out()
    for user in ("sam", "fleur"):  # no HANDLE_REQUESTS; no EDIT_DOSSIERS
        member = sign_in(folder, user)
        with pytest.raises(PermissionDeniedError):
            rectify(member, client_id, request_id)
        member.sign_out()
    accountant = sign_in(folder, "anna")
    assert rectify(accountant, client_id, request_id).draft.phones[0].number == NEW_PHONE
    accountant.sign_out()


def test_withdrawal_of_consent_through_its_request(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    other_client = client_with_data(workspace, "Anders")
    given = consent.give_consent(workspace, client_id, consent_draft(workspace))
    not_theirs = consent.give_consent(workspace, other_client, consent_draft(workspace))
    withdrawal = WithdrawalDraft(given.id, datetime.now(UTC) - timedelta(minutes=5), ConsentMethod.EMAIL)
    request_id = open_request(workspace, client_id, RequestType.WITHDRAWAL)
    with pytest.raises(IdentityNotVerifiedError):
        request_rights.withdraw_consent(workspace, request_id, withdrawal)
    verify(workspace, request_id)
    with pytest.raises(ConsentNotFoundError):
        request_rights.withdraw_consent(workspace, request_id, replace(withdrawal, consent_id=not_theirs.id))
    access = verified_request(workspace, client_id, RequestType.ACCESS)
    with pytest.raises(RequestTypeMismatchError):
        request_rights.withdraw_consent(workspace, access, withdrawal)
    assert consent.client_consents(workspace, client_id)[0].status is ConsentStatus.GIVEN

    withdrawn = request_rights.withdraw_consent(workspace, request_id, withdrawal)
    assert withdrawn.status is ConsentStatus.WITHDRAWN
    step = requests.get(workspace, request_id, audit=False).steps[-1]
    assert (step.kind, step.detail) == (StepKind.CONSENT_WITHDRAWN, str(given.id))
    assert consent.client_consents(workspace, other_client)[0].status is ConsentStatus.GIVEN
    with workspace.transaction() as session:
        [event] = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.CONSENT_WITHDRAWN.value)
        ).all()
    assert (event.client_id, event.on_request_of) == (client_id, f"request:{request_id}")


def test_a_withdrawal_for_a_request_stands_or_falls_with_its_step(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = client_with_data(workspace)
    given = consent.give_consent(workspace, client_id, consent_draft(workspace))
    request_id = verified_request(workspace, client_id, RequestType.WITHDRAWAL)
    draft = WithdrawalDraft(given.id, datetime.now(UTC) - timedelta(minutes=5), ConsentMethod.EMAIL)

    def step_fails(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")  # as the step's write would fail

    with monkeypatch.context() as patch:
        patch.setattr(requests, "add_step", step_fails)
        with pytest.raises(OSError):
            request_rights.withdraw_consent(workspace, request_id, draft)
    assert consent.client_consents(workspace, client_id)[0].status is ConsentStatus.GIVEN
    assert audit_count(workspace, AuditAction.CONSENT_WITHDRAWN) == 0
    request = requests.get(workspace, request_id, audit=False)
    assert StepKind.CONSENT_WITHDRAWN not in {step.kind for step in request.steps}

    assert request_rights.withdraw_consent(workspace, request_id, draft).status is ConsentStatus.WITHDRAWN
    assert audit_count(workspace, AuditAction.CONSENT_WITHDRAWN, f"request:{request_id}") == 1


def test_an_objection_withdraws_too(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    given = consent.give_consent(workspace, client_id, consent_draft(workspace))
    request_id = verified_request(workspace, client_id, RequestType.OBJECTION)
    draft = WithdrawalDraft(given.id, datetime.now(UTC) - timedelta(minutes=5), ConsentMethod.PAPER)
    assert request_rights.withdraw_consent(workspace, request_id, draft).status is ConsentStatus.WITHDRAWN
    requests.close(workspace, request_id, RequestOutcome.GRANTED)
    with pytest.raises(RequestClosedError):
        request_rights.withdraw_consent(workspace, request_id, draft)
