"""Special personal data on a real vault: the basis gate, the BSN's one basis, revealing per role, finding by BSN."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.domain.clients import (
    BankAccountDraft,
    ChangeReason,
    ChildDraft,
    ClientDraft,
    ClientKind,
    ClientStatus,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod
from calqi_desktop.domain.errors import (
    BsnError,
    ClientNotFoundError,
    IbanError,
    LegalBasisNotAllowedError,
    LegalBasisRequiredError,
    PermissionDeniedError,
)
from calqi_desktop.services import auth, clients, consent, special_data, statement_versions
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import BankAccount, Child, Client, LegalBasisRecord

BSN = "111222333"
IBAN = "NL91ABNA0417164300"
JAN = ClientDraft(initials="J", last_name="Vries")
ALL_BASES = (
    BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION, "IB-aangifte"),
    BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT),
    BasisDraft(SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONTRACT),
    BasisDraft(SpecialCategory.CHILDREN, LegalBasisKind.CONTRACT),
)
EVERYTHING = SpecialChanges(
    fields={"bsn": BSN, "birth_date": "24-11-1980", "birth_place": "Zwolle"},
    bank_accounts=(BankAccountDraft(IBAN, "J. de Vries"),),
    children=(ChildDraft("Pietje", "Vries", date(2015, 3, 1)),),
)
SECRETS = (BSN, IBAN, "1980", "24-11", "Zwolle", "Pietje", "2015")


def sign_in(folder: Path, user: str) -> Workspace:
    password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
    return auth.sign_in(folder, user, password, kdf=TEST_ONLY_KDF)


def audit(workspace: Workspace, action: AuditAction, client_id: int | None = None) -> list:  # type: ignore[type-arg]
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=action.value, client_id=client_id)
        return [listed.record for listed in audit_store.find_events(session, query)]


def give_special_data_consent(workspace: Workspace, client_id: int) -> None:
    """Consent is a basis only once the client consented to the processing of special data."""
    purposes = consent.list_purposes(workspace)
    special = next(p for p in purposes if p.code == BuiltInPurpose.SPECIAL_DATA.value)
    version = statement_versions.current_version(workspace)
    assert version is not None
    consent.give_consent(
        workspace,
        client_id,
        ConsentDraft(special.id, datetime.now(UTC), ConsentMethod.PAPER, version.id, age_confirmed=True),
    )


def stored(workspace: Workspace, client_id: int) -> tuple[str | None, date | None, str, int, int]:
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        assert client is not None
        accounts = session.query(BankAccount).filter_by(client_id=client_id).count()
        children = session.query(Child).filter_by(client_id=client_id).count()
        return client.bsn, client.birth_date, client.birth_place, accounts, children


def save(workspace: Workspace, client_id: int, special: SpecialChanges) -> None:
    dossier = clients.open_dossier(workspace, client_id, audit=False)
    clients.save_dossier(
        workspace,
        client_id,
        dossier.draft,
        special,
        expected_version=dossier.version,
        reason=ChangeReason.COMPLETION,
    )


@pytest.fixture
def dossier_vault(created_vault: tuple[Path, str]) -> tuple[Path, int]:
    """The staff vault with one dossier holding every kind of special data."""
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    try:
        client_id = clients.create_client(admin, JAN, EVERYTHING, ALL_BASES)
    finally:
        admin.sign_out()
    return folder, client_id


# --- the basis gate -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("special", "key"),
    [
        (SpecialChanges(fields={"bsn": BSN}), "bsn"),
        (SpecialChanges(fields={"birth_date": "24-11-1980"}), "birth_date"),
        (SpecialChanges(fields={"birth_place": "Zwolle"}), "birth_place"),
        (SpecialChanges(bank_accounts=(BankAccountDraft(IBAN),)), "bank_accounts"),
        (SpecialChanges(children=(ChildDraft("Pietje"),)), "children"),
    ],
)
def test_no_special_data_without_a_basis(workspace: Workspace, special: SpecialChanges, key: str) -> None:
    with pytest.raises(LegalBasisRequiredError) as caught:
        clients.create_client(workspace, JAN, special)
    assert caught.value.field == key
    message = caught.value.message("nl")
    assert "grondslag" in message
    assert all(secret not in message for secret in SECRETS)
    with workspace.transaction() as session:
        assert session.query(Client).count() == 0  # nothing of the dossier was kept

    client_id = clients.create_client(workspace, JAN)
    with pytest.raises(LegalBasisRequiredError) as again:
        save(workspace, client_id, special)
    assert again.value.field == key
    assert stored(workspace, client_id) == (None, None, "", 0, 0)


def test_a_basis_of_one_category_does_not_open_another(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN, bases=(ALL_BASES[0],))
    save(workspace, client_id, SpecialChanges(fields={"bsn": BSN}))
    with pytest.raises(LegalBasisRequiredError) as caught:
        save(workspace, client_id, SpecialChanges(fields={"birth_date": "24-11-1980"}))
    assert caught.value.field == "birth_date"
    assert stored(workspace, client_id)[:2] == (BSN, None)


def test_with_a_basis_everything_is_stored(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN, EVERYTHING, ALL_BASES)
    assert stored(workspace, client_id) == (BSN, date(1980, 11, 24), "Zwolle", 1, 1)
    dossier = clients.open_dossier(workspace, client_id)
    assert dossier.special_present == {"bsn": True, "birth_date": True, "birth_place": True}
    assert len(dossier.bank_accounts) == 1 and len(dossier.children) == 1
    assert set(dossier.bases) == {c.category for c in ALL_BASES}
    assert dossier.basis_for(SpecialCategory.BSN).basis is LegalBasisKind.LEGAL_OBLIGATION  # type: ignore[union-attr]
    assert dossier.basis_for(SpecialCategory.ID_COPY) is None


def test_the_dossier_never_holds_a_special_value(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN, EVERYTHING, ALL_BASES)
    dossier = clients.open_dossier(workspace, client_id)
    text = repr(dossier)
    for secret in (*SECRETS, "NL91", "ABNA", "0417", "J. de Vries"):
        assert secret not in text, secret
    assert dossier.bank_accounts[0].masked.startswith("NL")
    assert dossier.children[0].masked


def test_removing_special_data_needs_no_basis(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN, EVERYTHING, ALL_BASES)
    dossier = clients.open_dossier(workspace, client_id)
    with workspace.transaction() as session:
        for row in session.query(LegalBasisRecord).all():
            row.ended_at = row.recorded_at  # every basis ended
    save(
        workspace,
        client_id,
        SpecialChanges(
            fields={"bsn": "", "birth_date": "", "birth_place": ""},
            removed_bank_accounts=frozenset({dossier.bank_accounts[0].id}),
            removed_children=frozenset({dossier.children[0].id}),
        ),
    )
    assert stored(workspace, client_id) == (None, None, "", 0, 0)
    reopened = clients.open_dossier(workspace, client_id, audit=False)
    assert reopened.special_present == {"bsn": False, "birth_date": False, "birth_place": False}
    assert reopened.bases == {}


def test_special_values_are_checked_at_their_field(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN, bases=ALL_BASES)
    with pytest.raises(BsnError) as caught:
        save(workspace, client_id, SpecialChanges(fields={"bsn": "123456789"}))
    assert caught.value.field == "bsn"
    with pytest.raises(IbanError) as bad_iban:
        save(
            workspace,
            client_id,
            SpecialChanges(bank_accounts=(BankAccountDraft(IBAN), BankAccountDraft("NL92ABNA0417164300"))),
        )
    assert bad_iban.value.field == "bank_accounts.1.iban"
    assert stored(workspace, client_id) == (None, None, "", 0, 0)


def test_bank_accounts_and_children_by_row(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN, EVERYTHING, ALL_BASES)
    dossier = clients.open_dossier(workspace, client_id)
    account_id = dossier.bank_accounts[0].id
    save(
        workspace,
        client_id,
        SpecialChanges(bank_accounts=(BankAccountDraft("be68 5390 0754 7034", "Jan", account_id),)),
    )
    assert special_data.reveal_bank_account(workspace, client_id, account_id) == BankAccountDraft(
        "BE68539007547034", "Jan", account_id
    )
    child_id = dossier.children[0].id
    assert special_data.reveal_child(workspace, client_id, child_id) == ChildDraft(
        "Pietje", "Vries", date(2015, 3, 1), child_id
    )
    other = clients.create_client(workspace, JAN, bases=ALL_BASES)
    with pytest.raises(ClientNotFoundError):  # a row of another client
        special_data.reveal_bank_account(workspace, other, account_id)
    with pytest.raises(ClientNotFoundError):
        save(workspace, other, SpecialChanges(removed_children=frozenset({child_id})))
    assert stored(workspace, client_id)[3:] == (1, 1)


# --- which basis ------------------------------------------------------------------------


@pytest.mark.parametrize("basis", [LegalBasisKind.CONSENT, LegalBasisKind.CONTRACT])
def test_the_bsn_takes_only_the_legal_obligation(workspace: Workspace, basis: LegalBasisKind) -> None:
    with pytest.raises(LegalBasisNotAllowedError):
        clients.create_client(
            workspace, JAN, SpecialChanges(fields={"bsn": BSN}), (BasisDraft(SpecialCategory.BSN, basis),)
        )
    client_id = clients.create_client(workspace, JAN)
    with pytest.raises(LegalBasisNotAllowedError):
        special_data.record_legal_basis(workspace, client_id, SpecialCategory.BSN, basis)
    assert clients.open_dossier(workspace, client_id, audit=False).bases == {}
    if basis is LegalBasisKind.CONSENT:
        give_special_data_consent(workspace, client_id)
    special_data.record_legal_basis(workspace, client_id, SpecialCategory.BIRTH, basis)  # fine for others


def test_a_new_basis_ends_the_old_one_and_history_keeps_both(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    give_special_data_consent(workspace, client_id)
    special_data.record_legal_basis(
        workspace, client_id, SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONSENT, "formulier"
    )
    special_data.record_legal_basis(
        workspace, client_id, SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONTRACT, " opdracht "
    )
    with workspace.transaction() as session:
        rows = (
            session.query(LegalBasisRecord).filter_by(client_id=client_id).order_by(LegalBasisRecord.id).all()
        )
        summary = [(r.basis, r.note, r.recorded_by, r.ended_at is None) for r in rows]
        assert rows[0].ended_at == rows[1].recorded_at
        assert rows[0].recorded_at <= rows[1].recorded_at
    assert summary == [
        ("consent", "formulier", workspace.user.id, False),
        ("contract", "opdracht", workspace.user.id, True),
    ]
    basis = clients.open_dossier(workspace, client_id, audit=False).basis_for(SpecialCategory.BANK_ACCOUNTS)
    assert basis is not None
    assert (basis.basis, basis.note, basis.recorded_by) == (LegalBasisKind.CONTRACT, "opdracht", ADMIN)

    changes = [c for c in clients.history(workspace, client_id) if c.field == "legal_basis.bank-accounts"]
    assert [(c.old_value, c.new_value) for c in changes] == [
        (LegalBasisKind.CONSENT.label(), LegalBasisKind.CONTRACT.label()),
        (None, LegalBasisKind.CONSENT.label()),
    ]
    recorded = audit(workspace, AuditAction.LEGAL_BASIS_RECORDED, client_id)
    assert [e.details for e in recorded] == [
        {"category": "bank-accounts", "basis": "contract"},
        {"category": "bank-accounts", "basis": "consent"},
    ]


# --- per role ------------------------------------------------------------------------------


def test_the_assistent_sees_and_stores_no_special_data(dossier_vault: tuple[Path, int]) -> None:
    folder, client_id = dossier_vault
    sam = sign_in(folder, "sam")
    try:
        dossier = clients.open_dossier(sam, client_id)
        assert not dossier.may_view_special
        assert BSN not in repr(dossier)
        for call in (
            lambda: special_data.reveal(sam, client_id, "bsn"),
            lambda: special_data.reveal(sam, client_id, "birth_date"),
            lambda: special_data.reveal_bank_account(sam, client_id, dossier.bank_accounts[0].id),
            lambda: special_data.reveal_child(sam, client_id, dossier.children[0].id),
            lambda: special_data.note_copied(sam, client_id, "bsn"),
            lambda: special_data.record_legal_basis(
                sam, client_id, SpecialCategory.BIRTH, LegalBasisKind.CONSENT
            ),
            lambda: special_data.record_legal_basis(sam, 404, SpecialCategory.BIRTH, LegalBasisKind.CONSENT),
            lambda: save(sam, client_id, SpecialChanges(fields={"bsn": ""})),
            lambda: save(sam, client_id, SpecialChanges(fields={"birth_place": "Ede"})),
        ):
            with pytest.raises(PermissionDeniedError):
                call()
        assert audit(sam, AuditAction.SPECIAL_FIELD_REVEALED) == []
        assert audit(sam, AuditAction.SPECIAL_FIELD_COPIED) == []
        assert stored(sam, client_id) == (BSN, date(1980, 11, 24), "Zwolle", 1, 1)
    finally:
        sam.sign_out()


@pytest.mark.parametrize("user", ["anna", "fleur", ADMIN])
def test_revealing_is_audited_by_field_name_only(dossier_vault: tuple[Path, int], user: str) -> None:
    folder, client_id = dossier_vault
    member = sign_in(folder, user)
    try:
        dossier = clients.open_dossier(member, client_id)
        assert dossier.may_view_special
        account_id, child_id = dossier.bank_accounts[0].id, dossier.children[0].id
        assert special_data.reveal(member, client_id, "bsn") == BSN
        assert special_data.reveal(member, client_id, "birth_date") == "24-11-1980"
        assert special_data.reveal(member, client_id, "birth_place") == "Zwolle"
        assert special_data.reveal(member, client_id, "bsn") == BSN  # every reveal counts
        assert special_data.reveal_bank_account(member, client_id, account_id).iban == IBAN
        assert special_data.reveal_child(member, client_id, child_id).first_names == "Pietje"
        special_data.note_copied(member, client_id, "bsn")
        special_data.note_copied(member, client_id, f"bank_accounts.{account_id}")

        revealed = [
            e
            for e in audit(member, AuditAction.SPECIAL_FIELD_REVEALED, client_id)
            if e.actor_id == member.user.id
        ]
        assert [e.details for e in reversed(revealed)] == [
            {"field": "bsn"},
            {"field": "birth_date"},
            {"field": "birth_place"},
            {"field": "bsn"},
            {"field": f"bank_accounts.{account_id}"},
            {"field": f"children.{child_id}"},
        ]
        copied = audit(member, AuditAction.SPECIAL_FIELD_COPIED, client_id)
        assert [e.details for e in reversed(copied)] == [
            {"field": "bsn"},
            {"field": f"bank_accounts.{account_id}"},
        ]
        with member.transaction() as session:
            trail = " ".join(f"{r.details} {r.on_request_of}" for r in audit_store.records(session))
        assert all(secret not in trail for secret in SECRETS)

        with pytest.raises(KeyError):
            special_data.reveal(member, client_id, "last_name")
        with pytest.raises(ClientNotFoundError):
            special_data.reveal(member, 404, "bsn")
    finally:
        member.sign_out()


def test_note_copied_takes_field_names_only(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, JAN)
    for wrong in (BSN, IBAN, "bank_accounts.x", "children.", "iban", "bank_accounts.1.iban"):
        with pytest.raises(KeyError):
            special_data.note_copied(workspace, client_id, wrong)
    assert audit(workspace, AuditAction.SPECIAL_FIELD_COPIED) == []
    special_data.note_copied(workspace, client_id, "children.3")
    (event,) = audit(workspace, AuditAction.SPECIAL_FIELD_COPIED, client_id)
    assert event.details == {"field": "children.3"} and event.actor_id == workspace.user.id


def test_the_privacy_officer_reveals_but_records_no_basis(dossier_vault: tuple[Path, int]) -> None:
    folder, client_id = dossier_vault
    fleur = sign_in(folder, "fleur")
    try:
        assert special_data.reveal(fleur, client_id, "bsn") == BSN
        with pytest.raises(PermissionDeniedError):
            special_data.record_legal_basis(fleur, client_id, SpecialCategory.BIRTH, LegalBasisKind.CONSENT)
    finally:
        fleur.sign_out()


def test_the_accountant_stores_special_data(dossier_vault: tuple[Path, int]) -> None:
    folder, client_id = dossier_vault
    anna = sign_in(folder, "anna")
    try:
        save(anna, client_id, SpecialChanges(fields={"birth_place": "Ede"}))
        assert special_data.reveal(anna, client_id, "birth_place") == "Ede"
        special_data.record_legal_basis(anna, client_id, SpecialCategory.FINANCIAL, LegalBasisKind.CONTRACT)
        basis = clients.open_dossier(anna, client_id, audit=False).basis_for(SpecialCategory.FINANCIAL)
        assert basis is not None and basis.recorded_by == "anna"
    finally:
        anna.sign_out()


# --- finding by BSN ---------------------------------------------------------------------------


def make_bsn_clients(workspace: Workspace) -> tuple[int, int]:
    with_bsn = clients.create_client(workspace, JAN, SpecialChanges(fields={"bsn": BSN}), (ALL_BASES[0],))
    other = clients.create_client(
        workspace,
        ClientDraft(kind=ClientKind.ORGANISATION, organisation_name="Bakkerij B.V.", kvk_number="11122233"),
    )
    return with_bsn, other


def test_find_by_exact_bsn_only(workspace: Workspace) -> None:
    with_bsn, organisation = make_bsn_clients(workspace)
    for typed in (BSN, "111 222 333", "111.222.333"):
        page = clients.find(workspace, ClientListQuery(typed))
        assert [row.id for row in page.rows] == [with_bsn]
        for row in page.rows:
            assert BSN not in repr(row)
            assert all(BSN not in str(value) for value in vars(row).values())
    found = audit(workspace, AuditAction.CLIENT_FOUND_BY_BSN)
    assert len(found) == 3
    assert all(event.client_id == with_bsn and event.details == {"found": True} for event in found)

    for typed in ("111", "11122", "11122233", "1112223", "111222334"):  # prefixes, a wrong check digit
        found_ids = [row.id for row in clients.find(workspace, ClientListQuery(typed)).rows]
        assert with_bsn not in found_ids, typed
    # the organisation's KvK number starts like the BSN: it is found by that, the person is not
    assert [row.id for row in clients.find(workspace, ClientListQuery("11122")).rows] == [organisation]
    assert len(audit(workspace, AuditAction.CLIENT_FOUND_BY_BSN)) == 3  # only complete, valid numbers

    assert clients.find(workspace, ClientListQuery("123456782")).rows == ()
    latest = audit(workspace, AuditAction.CLIENT_FOUND_BY_BSN)[0]
    assert latest.client_id is None and latest.details == {"found": False}
    assert "123456782" not in str(latest.details)


def test_a_bsn_hit_keeps_the_filters(workspace: Workspace) -> None:
    with_bsn, _other = make_bsn_clients(workspace)
    assert clients.find(workspace, ClientListQuery(BSN, kind=ClientKind.ORGANISATION)).rows == ()
    assert clients.find(workspace, ClientListQuery(BSN, status=ClientStatus.ENDED)).rows == ()
    page = clients.find(workspace, ClientListQuery(BSN, kind=ClientKind.PERSON))
    assert [row.id for row in page.rows] == [with_bsn] and page.total == 1
    # a later page never repeats the hit
    assert clients.find(workspace, ClientListQuery(BSN), offset=200).rows == ()


def test_a_bsn_held_twice_finds_both(workspace: Workspace) -> None:
    first, _other = make_bsn_clients(workspace)
    second = clients.create_client(
        workspace, replace(JAN, last_name="Dubbel"), SpecialChanges(fields={"bsn": BSN}), (ALL_BASES[0],)
    )
    page = clients.find(workspace, ClientListQuery(BSN))
    assert [row.id for row in page.rows] == [first, second] and page.total == 2
    found = audit(workspace, AuditAction.CLIENT_FOUND_BY_BSN)
    assert sorted(event.client_id for event in found) == [first, second]


def test_bsn_search_is_not_for_the_assistent(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    admin = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    make_bsn_clients(admin)
    admin.sign_out()

    sam = sign_in(folder, "sam")
    try:
        assert clients.find(sam, ClientListQuery(BSN)).rows == ()
        assert len(clients.find(sam, ClientListQuery("vries")).rows) == 1  # ordinary search works
        assert audit(sam, AuditAction.CLIENT_FOUND_BY_BSN) == []
    finally:
        sam.sign_out()

    for user in ("anna", "fleur"):
        member = sign_in(folder, user)
        try:
            assert len(clients.find(member, ClientListQuery(BSN)).rows) == 1
            (event,) = [
                e for e in audit(member, AuditAction.CLIENT_FOUND_BY_BSN) if e.actor_id == member.user.id
            ]
            assert event.details == {"found": True}
        finally:
            member.sign_out()


def test_complete_bsn() -> None:
    assert special_data.complete_bsn(BSN) == BSN
    assert special_data.complete_bsn(" 111.222.333 ") == BSN
    assert special_data.complete_bsn("1112223") is None
    assert special_data.complete_bsn("123456789") is None
    assert special_data.complete_bsn("jan") is None
