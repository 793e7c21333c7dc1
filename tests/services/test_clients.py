"""Client dossiers through the services: create, open, save with reasons, field history, find — on a real vault."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import STAFF_PASSWORD

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.domain.clients import (
    AddressDraft,
    AddressKind,
    ChangeReason,
    ClientDraft,
    ClientStatus,
    EmailDraft,
    Gender,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.errors import (
    ChangeReasonRequiredError,
    ClientAnonymisedError,
    ClientNotFoundError,
    ClientNumberTakenError,
    ClientRestrictedError,
    DossierChangedMeanwhileError,
    NameRequiredError,
    PermissionDeniedError,
    PostcodeNotIssuedError,
)
from calqi_desktop.services import auth, clients
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import Client, FieldChangeRecord

BSN = "111222333"
OTHER_BSN = "123456782"
UTRECHT = AddressDraft(street="Oudegracht", house_number="231", postcode="3511nk", city="Utrecht")
JAN = ClientDraft(
    initials="ja",
    first_names="Jan",
    tussenvoegsel="de",
    last_name="Vries",
    addresses=(UTRECHT,),
    emails=(EmailDraft("jan@example.nl"),),
    phones=(PhoneDraft("0301234567"),),
)
BSN_BASIS = BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION, "IB-aangifte")


def sign_in(folder: Path, user: str) -> Workspace:
    return auth.sign_in(folder, user, STAFF_PASSWORD, kdf=TEST_ONLY_KDF)


def events(workspace: Workspace, action: AuditAction, client_id: int | None = None) -> list:  # type: ignore[type-arg]
    """The audit records of one action (newest first)."""
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=action.value, client_id=client_id)
        return [listed.record for listed in audit_store.find_events(session, query)]


def history_rows(workspace: Workspace, client_id: int) -> list[FieldChangeRecord]:
    with workspace.transaction() as session:
        rows = session.query(FieldChangeRecord).filter(FieldChangeRecord.client_id == client_id).all()
        session.expunge_all()
        return rows


def set_client(workspace: Workspace, client_id: int, **values: object) -> None:
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        for name, value in values.items():
            setattr(client, name, value)


# --- create and open ----------------------------------------------------------------


def test_create_and_open(workspace: Workspace) -> None:
    assert clients.proposed_client_number(workspace) == "K-000001"
    client_id = clients.create_client(workspace, JAN)
    dossier = clients.open_dossier(workspace, client_id)
    assert dossier.version == 1
    assert dossier.draft.client_number == "K-000001"
    assert dossier.name == "J.A. de Vries"
    assert dossier.draft.addresses[0].postcode == "3511 NK"
    assert dossier.draft.addresses[0].id is not None
    assert dossier.draft.phones[0].number == "030 123 4567"
    assert dossier.status is ClientStatus.ACTIVE
    assert dossier.may_edit and dossier.may_view_special
    assert dossier.special_present == {"bsn": False, "birth_date": False, "birth_place": False}
    assert clients.proposed_client_number(workspace) == "K-000002"

    (created,) = events(workspace, AuditAction.CLIENT_CREATED, client_id)
    assert created.actor_id == workspace.user.id
    (opened,) = events(workspace, AuditAction.DOSSIER_OPENED, client_id)
    assert opened.actor_id == workspace.user.id
    clients.open_dossier(workspace, client_id)
    assert len(events(workspace, AuditAction.DOSSIER_OPENED, client_id)) == 2
    clients.open_dossier(workspace, client_id, audit=False)  # the editor re-reading after its own save
    assert len(events(workspace, AuditAction.DOSSIER_OPENED, client_id)) == 2


def test_create_refuses_bad_drafts_and_taken_numbers(workspace: Workspace) -> None:
    with pytest.raises(NameRequiredError):
        clients.create_client(workspace, ClientDraft(first_names="Jan"))
    with pytest.raises(PostcodeNotIssuedError) as caught:
        clients.create_client(workspace, replace(JAN, addresses=(replace(UTRECHT, postcode="3511 SS"),)))
    assert caught.value.field == "addresses.0.postcode"
    clients.create_client(workspace, replace(JAN, client_number="K-000007"))
    with pytest.raises(ClientNumberTakenError) as taken:
        clients.create_client(workspace, replace(JAN, client_number="k-000007"))
    assert taken.value.field == "client_number"
    with workspace.transaction() as session:
        assert session.query(Client).count() == 1


def test_numbers_typed_by_hand_do_not_break_the_numbering(workspace: Workspace) -> None:
    first = clients.create_client(workspace, JAN)  # K-000001
    for number in ("K-99", "K-ABCDEF", "K-00000Z", "Z-1"):
        clients.create_client(workspace, replace(JAN, client_number=number))
    assert clients.proposed_client_number(workspace) == "K-000002"
    second = clients.create_client(workspace, JAN)
    assert clients.open_dossier(workspace, second, audit=False).draft.client_number == "K-000002"
    assert first != second


def test_unknown_client(workspace: Workspace) -> None:
    with pytest.raises(ClientNotFoundError):
        clients.open_dossier(workspace, 404)
    with pytest.raises(ClientNotFoundError):
        clients.save_dossier(workspace, 404, JAN, expected_version=1, reason=ChangeReason.CORRECTION)
    with pytest.raises(ClientNotFoundError):
        clients.history(workspace, 404)


# --- saving and the field history ---------------------------------------------------------


def test_history_has_one_row_per_changed_field(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    created = clients.history(workspace, client_id)
    assert {change.field for change in created} >= {"last_name", "initials", "addresses", "emails", "phones"}
    assert all(change.old_value is None and change.reason is ChangeReason.COMPLETION for change in created)

    dossier = clients.open_dossier(workspace, client_id)
    home = dossier.draft.addresses[0]
    edited = replace(
        dossier.draft,
        last_name="Vries-Bakker",
        addresses=(replace(home, house_number="233"),),
        emails=(replace(dossier.draft.emails[0], address="jan@vries.nl"),),
    )
    saved = clients.save_dossier(
        workspace,
        client_id,
        edited,
        expected_version=dossier.version,
        reason=ChangeReason.REPORTED_BY_CLIENT,
        reason_note="telefoontje 12 mei",
    )
    assert saved.version == 2
    assert saved.draft.last_name == "Vries-Bakker"
    assert saved.draft.addresses[0].house_number == "233"

    changes = clients.history(workspace, client_id)[: -len(created)]  # newest first
    assert sorted(change.field for change in changes) == ["addresses", "emails", "last_name"]
    by_field = {change.field: change for change in changes}
    assert (by_field["last_name"].old_value, by_field["last_name"].new_value) == ("Vries", "Vries-Bakker")
    assert by_field["addresses"].old_value == "Oudegracht 231, 3511 NK Utrecht"
    assert by_field["addresses"].new_value == "Oudegracht 233, 3511 NK Utrecht"
    assert (by_field["emails"].old_value, by_field["emails"].new_value) == ("jan@example.nl", "jan@vries.nl")
    for change in changes:
        assert change.changed_by == "beheerder"
        assert change.reason is ChangeReason.REPORTED_BY_CLIENT
        assert change.reason_note == "telefoontje 12 mei"
        assert change.changed_at >= created[0].changed_at

    (changed,) = events(workspace, AuditAction.CLIENT_CHANGED, client_id)
    assert changed.details["fields"] == "addresses,emails,last_name"
    assert "Vries" not in str(changed.details)


def test_added_and_removed_rows_are_recorded(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    dossier = clients.open_dossier(workspace, client_id)
    before = len(clients.history(workspace, client_id))
    postal = AddressDraft(
        kind=AddressKind.POSTAL, street="Postbus", house_number="12", postcode="3500 AA", city="Utrecht"
    )
    clients.save_dossier(
        workspace,
        client_id,
        replace(dossier.draft, addresses=(*dossier.draft.addresses, postal), phones=()),
        expected_version=dossier.version,
        reason=ChangeReason.COMPLETION,
    )
    history = clients.history(workspace, client_id)  # newest first
    latest = history[: len(history) - before]
    assert sorted((c.field, c.old_value, c.new_value) for c in latest) == [
        ("addresses", None, "Postbus 12, 3500 AA Utrecht [Postadres]"),
        ("phones", "030 123 4567", None),
    ]
    reopened = clients.open_dossier(workspace, client_id, audit=False)
    assert [a.kind for a in reopened.draft.addresses] == [AddressKind.HOME, AddressKind.POSTAL]
    assert reopened.draft.phones == ()


def test_saving_nothing_changes_nothing(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    dossier = clients.open_dossier(workspace, client_id)
    before = len(clients.history(workspace, client_id))
    same = clients.save_dossier(
        workspace, client_id, dossier.draft, expected_version=1, reason=ChangeReason.CORRECTION
    )
    assert same.version == 1
    assert len(clients.history(workspace, client_id)) == before
    assert events(workspace, AuditAction.CLIENT_CHANGED, client_id) == []


def test_many_fields_at_once_fit_in_the_audit_trail(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    dossier = clients.open_dossier(workspace, client_id)
    everything = replace(
        dossier.draft,
        client_number="K-777",
        initials="P",
        first_names="Piet",
        tussenvoegsel="van",
        last_name="Dijk",
        gender=Gender.MALE,
        function="Directeur",
        status=ClientStatus.ENDED,
        ended_on=dossier.created_at.date(),
        addresses=(),
        emails=(),
        phones=(),
    )
    saved = clients.save_dossier(
        workspace, client_id, everything, expected_version=1, reason=ChangeReason.CORRECTION
    )
    assert saved.version == 2 and saved.status is ClientStatus.ENDED
    (changed,) = events(workspace, AuditAction.CLIENT_CHANGED, client_id)
    assert changed.details["count"] == 12
    assert len(changed.details["fields"]) <= 80
    assert changed.details["fields"].startswith("addresses,client_number,")
    assert changed.details["fields"].split(",")[-1].startswith("+")


def test_other_reason_needs_a_note(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    dossier = clients.open_dossier(workspace, client_id)
    edited = replace(dossier.draft, last_name="Bakker")
    for note in ("", "   "):
        with pytest.raises(ChangeReasonRequiredError):
            clients.save_dossier(
                workspace, client_id, edited, expected_version=1, reason=ChangeReason.OTHER, reason_note=note
            )
    saved = clients.save_dossier(
        workspace,
        client_id,
        edited,
        expected_version=1,
        reason=ChangeReason.OTHER,
        reason_note=" naamswijziging ",
    )
    assert saved.draft.last_name == "Bakker"
    latest = clients.history(workspace, client_id)[0]
    assert (latest.field, latest.reason, latest.reason_note) == (
        "last_name",
        ChangeReason.OTHER,
        "naamswijziging",
    )


def test_a_stale_form_saves_nothing(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    first = clients.open_dossier(workspace, client_id)
    second = clients.open_dossier(workspace, client_id)
    clients.save_dossier(
        workspace,
        client_id,
        replace(first.draft, last_name="Bakker"),
        expected_version=first.version,
        reason=ChangeReason.CORRECTION,
    )
    rows_before = len(history_rows(workspace, client_id))
    with pytest.raises(DossierChangedMeanwhileError):
        clients.save_dossier(
            workspace,
            client_id,
            replace(second.draft, last_name="Smit", addresses=()),
            expected_version=second.version,
            reason=ChangeReason.CORRECTION,
        )
    now = clients.open_dossier(workspace, client_id, audit=False)
    assert now.version == 2
    assert now.draft.last_name == "Bakker"
    assert len(now.draft.addresses) == 1
    assert len(history_rows(workspace, client_id)) == rows_before
    assert len(events(workspace, AuditAction.CLIENT_CHANGED, client_id)) == 1


def test_a_restricted_or_anonymised_dossier_cannot_be_changed(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    dossier = clients.open_dossier(workspace, client_id)
    set_client(workspace, client_id, restricted=True, restriction_reason="bezwaar")
    opened = clients.open_dossier(workspace, client_id)  # viewing is still allowed
    assert opened.restricted and not opened.may_edit
    with pytest.raises(ClientRestrictedError):
        clients.save_dossier(
            workspace,
            client_id,
            replace(dossier.draft, last_name="Bakker"),
            expected_version=dossier.version,
            reason=ChangeReason.CORRECTION,
        )
    from calqi_desktop.services import special_data

    with pytest.raises(ClientRestrictedError):
        special_data.record_legal_basis(
            workspace, client_id, SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION
        )
    set_client(workspace, client_id, restricted=False, status=ClientStatus.ANONYMISED.value)
    assert not clients.open_dossier(workspace, client_id, audit=False).may_edit
    with pytest.raises(ClientAnonymisedError):
        clients.save_dossier(
            workspace,
            client_id,
            replace(dossier.draft, last_name="Bakker"),
            expected_version=dossier.version,
            reason=ChangeReason.CORRECTION,
        )
    assert clients.open_dossier(workspace, client_id, audit=False).draft.last_name == "Vries"


def test_a_changed_client_number_must_be_free(workspace: Workspace) -> None:
    first = clients.create_client(workspace, JAN)
    second = clients.create_client(workspace, JAN)
    dossier = clients.open_dossier(workspace, second)
    with pytest.raises(ClientNumberTakenError):
        clients.save_dossier(
            workspace,
            second,
            replace(dossier.draft, client_number="K-000001"),
            expected_version=1,
            reason=ChangeReason.CORRECTION,
        )
    # an empty number keeps the one it had
    kept = clients.save_dossier(
        workspace,
        second,
        replace(dossier.draft, client_number="", last_name="Smit"),
        expected_version=1,
        reason=ChangeReason.CORRECTION,
    )
    assert kept.draft.client_number == "K-000002"
    assert first != second


def test_special_changes_are_in_the_history_without_values(workspace: Workspace) -> None:
    client_id = clients.create_client(
        workspace,
        JAN,
        SpecialChanges(fields={"bsn": BSN, "birth_date": "24-11-1980"}),
        (BSN_BASIS, BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT)),
    )
    dossier = clients.open_dossier(workspace, client_id)
    clients.save_dossier(
        workspace,
        client_id,
        dossier.draft,
        SpecialChanges(fields={"bsn": OTHER_BSN, "birth_place": "Utrecht"}),
        expected_version=dossier.version,
        reason=ChangeReason.CORRECTION,
    )
    rows = history_rows(workspace, client_id)
    special = [row for row in rows if row.field in ("bsn", "birth_date", "birth_place")]
    assert sorted(row.field for row in special) == ["birth_date", "birth_place", "bsn", "bsn"]
    assert all(row.old_value is None and row.new_value is None for row in special)
    everything = " ".join(f"{row.old_value} {row.new_value} {row.reason_note}" for row in rows)
    for value in (BSN, OTHER_BSN, "1980", "24-11"):
        assert value not in everything
    bases = [row for row in rows if row.field.startswith("legal_basis.")]
    assert {row.field for row in bases} == {"legal_basis.bsn", "legal_basis.birth"}
    (changed,) = events(workspace, AuditAction.CLIENT_CHANGED, client_id)
    assert changed.details["fields"] == "birth_place,bsn"


# --- find -------------------------------------------------------------------------------


def test_an_edited_dossier_is_indexed_again(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    assert [row.id for row in clients.find(workspace, ClientListQuery("vries")).rows] == [client_id]
    dossier = clients.open_dossier(workspace, client_id)
    clients.save_dossier(
        workspace,
        client_id,
        replace(
            dossier.draft,
            last_name="Bakker",
            status=ClientStatus.ENDED,
            ended_on=dossier.created_at.date(),
            addresses=(replace(dossier.draft.addresses[0], postcode="9711 AA", city="Groningen"),),
        ),
        expected_version=1,
        reason=ChangeReason.CORRECTION,
    )
    assert clients.find(workspace, ClientListQuery("vries")).rows == ()
    assert clients.find(workspace, ClientListQuery("utrecht")).rows == ()
    assert clients.find(workspace, ClientListQuery("3511")).rows == ()
    (row,) = clients.find(workspace, ClientListQuery("bakker groningen")).rows
    assert (row.id, row.name, row.postcode, row.city, row.status) == (
        client_id,
        "Bakker, J.A. de",
        "9711 AA",
        "Groningen",
        ClientStatus.ENDED,
    )
    assert clients.find(workspace, ClientListQuery("bakker", status=ClientStatus.ACTIVE)).rows == ()


def test_who_may_create_and_edit(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    sam = sign_in(folder, "sam")
    try:
        client_id = clients.create_client(sam, JAN)  # the assistent keeps ordinary details
        dossier = clients.open_dossier(sam, client_id)
        assert dossier.may_edit and not dossier.may_view_special
        saved = clients.save_dossier(
            sam,
            client_id,
            replace(dossier.draft, last_name="Bakker"),
            expected_version=1,
            reason=ChangeReason.CORRECTION,
        )
        assert clients.history(sam, client_id)[0].changed_by == "sam"
        # special data in the same save: refused, and the ordinary change is not kept either
        with pytest.raises(PermissionDeniedError):
            clients.save_dossier(
                sam,
                client_id,
                replace(saved.draft, last_name="Smit"),
                SpecialChanges(fields={"bsn": BSN}),
                expected_version=saved.version,
                reason=ChangeReason.CORRECTION,
            )
        assert clients.open_dossier(sam, client_id, audit=False).draft.last_name == "Bakker"
        with pytest.raises(PermissionDeniedError):
            clients.create_client(sam, JAN, SpecialChanges(fields={"bsn": BSN}), (BSN_BASIS,))
    finally:
        sam.sign_out()

    fleur = sign_in(folder, "fleur")  # the privacy officer reads dossiers but does not edit them
    try:
        dossier = clients.open_dossier(fleur, client_id)
        assert not dossier.may_edit and dossier.may_view_special
        with pytest.raises(PermissionDeniedError):
            clients.create_client(fleur, JAN)
        with pytest.raises(PermissionDeniedError):
            clients.save_dossier(
                fleur,
                client_id,
                dossier.draft,
                expected_version=dossier.version,
                reason=ChangeReason.CORRECTION,
            )
    finally:
        fleur.sign_out()


def test_a_dossier_is_not_anonymised_by_an_edit(workspace: Workspace) -> None:
    from calqi_desktop.domain.errors import AnonymiseThroughRequestError

    with pytest.raises(AnonymiseThroughRequestError):
        clients.create_client(workspace, ClientDraft(last_name="Jansen", status=ClientStatus.ANONYMISED))
    client_id = clients.create_client(workspace, ClientDraft(last_name="Jansen"))
    dossier = clients.open_dossier(workspace, client_id)
    with pytest.raises(AnonymiseThroughRequestError):
        clients.save_dossier(
            workspace,
            client_id,
            replace(dossier.draft, status=ClientStatus.ANONYMISED),
            expected_version=dossier.version,
            reason=ChangeReason.CORRECTION,
        )
    assert clients.open_dossier(workspace, client_id).status is ClientStatus.ACTIVE
