"""The bulk path (import, demo data) writes the same dossiers as creating them one by one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from calqi_desktop.domain.client_list import ClientListQuery, ClientListRow
from calqi_desktop.domain.clients import (
    AddressDraft,
    AddressKind,
    BankAccountDraft,
    ChangeReason,
    ChildDraft,
    ClientDraft,
    ClientKind,
    Dossier,
    EmailDraft,
    Gender,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
    SpecialChanges,
    check_draft,
)
from calqi_desktop.services import clients, special_data
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import client_bulk
from calqi_desktop.storage.models import Client

DRAFTS = [
    ClientDraft(
        initials="J.A.",
        first_names="Jan",
        tussenvoegsel="de",
        last_name="Vries",
        gender=Gender.MALE,
        addresses=(
            AddressDraft(
                street="Oudegracht", house_number="231", addition="A", postcode="3511 NK", city="Utrecht"
            ),
            AddressDraft(
                kind=AddressKind.POSTAL,
                street="Postbus",
                house_number="12",
                postcode="3500 AA",
                city="Utrecht",
            ),
        ),
        emails=(EmailDraft("jan@example.nl", "privé"),),
        phones=(PhoneDraft("030 123 4567", "thuis"),),
    ),
    ClientDraft(
        kind=ClientKind.ORGANISATION,
        organisation_name="Bakkerij Müller B.V.",
        kvk_number="12345678",
        rsin="123456782",
        btw_id="NL004495445B01",
        addresses=(
            AddressDraft(
                kind=AddressKind.BUSINESS,
                street="Markt",
                house_number="1",
                postcode="9711 AA",
                city="Groningen",
            ),
        ),
    ),
    ClientDraft(first_names="Ayşe", last_name="Çelik"),
]
BASES = (
    (SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION, "IB-aangifte"),
    (SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONTRACT, ""),
    (SpecialCategory.CHILDREN, LegalBasisKind.CONTRACT, ""),  # consent needs a consent record first
    (SpecialCategory.BIRTH, LegalBasisKind.CONTRACT, ""),
)
ACCOUNT = BankAccountDraft("NL91ABNA0417164300", "J.A. de Vries")
CHILD = ChildDraft("Pietje", "de Vries", date(2015, 3, 1))


def checked(draft: ClientDraft, number: str) -> ClientDraft:
    result, errors = check_draft(draft)
    assert not errors
    return replace(result, client_number=number)


def without_ids(dossier: Dossier) -> tuple[object, ...]:
    """What must be the same in both: everything but ids, numbers and moments."""
    draft = replace(
        dossier.draft,
        client_number="",
        addresses=tuple(replace(a, id=None) for a in dossier.draft.addresses),
        emails=tuple(replace(e, id=None) for e in dossier.draft.emails),
        phones=tuple(replace(p, id=None) for p in dossier.draft.phones),
    )
    bases = {category: (b.basis, b.note, b.recorded_by) for category, b in dossier.bases.items()}
    return (
        draft,
        dossier.version,
        dossier.restricted,
        dossier.special_present,
        [row.masked for row in dossier.bank_accounts],
        len(dossier.children),
        bases,
        dossier.documents,
        dossier.may_view_special,
        dossier.may_edit,
    )


def list_row(row: ClientListRow) -> tuple[object, ...]:
    return (row.name, row.kind, row.postcode, row.city, row.status, row.restricted)


def test_bulk_inserted_dossiers_equal_created_ones(workspace: Workspace) -> None:
    one_by_one = [clients.create_client(workspace, draft) for draft in DRAFTS]
    jan_special = SpecialChanges(
        fields={"bsn": "111222333", "birth_date": "24-11-1980", "birth_place": "Zwolle"},
        bank_accounts=(ACCOUNT,),
        children=(CHILD,),
    )
    with_special = clients.create_client(
        workspace, DRAFTS[0], jan_special, tuple(BasisDraft(c, b, n) for c, b, n in BASES)
    )

    numbers = [f"B-{n}" for n in range(1, len(DRAFTS) + 2)]
    new = [
        client_bulk.NewClient(checked(draft, number)) for draft, number in zip(DRAFTS, numbers, strict=False)
    ]
    new.append(
        client_bulk.NewClient(
            checked(DRAFTS[0], numbers[-1]),
            bsn="111222333",
            birth_date=date(1980, 11, 24),
            birth_place="Zwolle",
            bank_accounts=(ACCOUNT,),
            children=(CHILD,),
            bases=BASES,
        )
    )
    with workspace.transaction() as session:
        ids = client_bulk.insert_clients(
            session,
            new,
            actor_id=workspace.user.id,
            reason=ChangeReason.COMPLETION.value,
            reason_note="Import",
        )
    assert len(ids) == len(new) and len(set(ids)) == len(new)
    assert not set(ids) & {*one_by_one, with_special}

    for created, bulk in zip([*one_by_one, with_special], ids, strict=True):
        a = clients.open_dossier(workspace, created, audit=False)
        b = clients.open_dossier(workspace, bulk, audit=False)
        assert without_ids(a) == without_ids(b)
    assert clients.open_dossier(workspace, ids[0], audit=False).draft.client_number == "B-1"

    # the same field history (apart from the client number and the reason)
    def history(client_id: int) -> set[tuple[str, str | None, str | None]]:
        return {
            (c.field, c.old_value, c.new_value)
            for c in clients.history(workspace, client_id)
            if c.field != "client_number"
        }

    for created, bulk in zip([*one_by_one, with_special], ids, strict=True):
        assert history(created) == history(bulk)

    # the special values themselves, as a reveal shows them
    for client_id in (with_special, ids[-1]):
        assert special_data.reveal(workspace, client_id, "bsn") == "111222333"
        assert special_data.reveal(workspace, client_id, "birth_date") == "24-11-1980"
        dossier = clients.open_dossier(workspace, client_id, audit=False)
        account = special_data.reveal_bank_account(workspace, client_id, dossier.bank_accounts[0].id)
        assert (account.iban, account.holder) == (ACCOUNT.iban, ACCOUNT.holder)
        child = special_data.reveal_child(workspace, client_id, dossier.children[0].id)
        assert replace(child, id=None) == CHILD

    # and the search finds both alike, in the same places
    for text in (
        "vries",
        "3511 nk",
        "3500",
        "utrecht jan",
        "muller",
        "bakkerij groningen",
        "12345678",
        "celik",
        "jan@example",
    ):
        rows = clients.find(workspace, ClientListQuery(text)).rows
        by_id = {row.id: row for row in rows}
        for created, bulk in zip([*one_by_one, with_special], ids, strict=True):
            assert (created in by_id) == (bulk in by_id), text
            if created in by_id:
                assert list_row(by_id[created]) == list_row(by_id[bulk])
    assert {row.id for row in clients.find(workspace, ClientListQuery("b-")).rows} >= set(ids)
    # the same BSN in both: a BSN search shows both dossiers
    assert [row.id for row in clients.find(workspace, ClientListQuery("111222333")).rows] == [
        with_special,
        ids[-1],
    ]


def test_bulk_numbers_follow_on(workspace: Workspace) -> None:
    clients.create_client(workspace, DRAFTS[2])  # K-000001
    with workspace.transaction() as session:
        from calqi_desktop.storage import client_store

        numbers = [client_store.next_client_number(session, taken=n) for n in range(3)]
        assert numbers == ["K-000002", "K-000003", "K-000004"]
        client_bulk.insert_clients(
            session,
            [client_bulk.NewClient(checked(DRAFTS[2], number)) for number in numbers],
            actor_id=workspace.user.id,
            reason=ChangeReason.COMPLETION.value,
            reason_note="",
        )
    assert clients.proposed_client_number(workspace) == "K-000005"
    with workspace.transaction() as session:
        assert session.query(Client).count() == 4
    assert clients.create_client(workspace, DRAFTS[2]) > 0
