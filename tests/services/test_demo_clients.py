"""Synthetic demo clients: valid by every domain check, reproducible, and usable in a real vault."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from PIL import Image
from pypdf import PdfReader
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import btw as stdnum_btw

from calqi_desktop.domain import search_text
from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.client_list import ClientListQuery, ClientSort
from calqi_desktop.domain.clients import (
    ClientKind,
    ClientStatus,
    LegalBasisKind,
    SpecialCategory,
    check_bank_account,
    check_child,
    check_draft,
    check_special_field,
)
from calqi_desktop.domain.validation import Field, check_btw_id, check_phone, check_postcode
from calqi_desktop.services import clients, demo, demo_clients, special_data
from calqi_desktop.storage import audit_store, search
from calqi_desktop.storage.client_bulk import NewClient
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

SAMPLE = 3000
ANY = Field("x", "x", "x")
TODAY = date(2025, 1, 1)


@pytest.fixture(scope="module")
def sample() -> list[NewClient]:
    return list(demo_clients.demo_clients(SAMPLE))


def categories_used(client: NewClient) -> set[SpecialCategory]:
    used = set()
    if client.bsn:
        used.add(SpecialCategory.BSN)
    if client.birth_date or client.birth_place:
        used.add(SpecialCategory.BIRTH)
    if client.bank_accounts:
        used.add(SpecialCategory.BANK_ACCOUNTS)
    if client.children:
        used.add(SpecialCategory.CHILDREN)
    used |= {d.kind.special_category for d in client.documents if d.kind.special_category}
    return used


# --- the generator ------------------------------------------------------------------------


def test_every_draft_is_already_in_normal_form(sample: list[NewClient]) -> None:
    for client in sample:
        checked, errors = check_draft(client.draft, today=TODAY)
        assert not errors, [error.field for error in errors.errors]
        assert checked == client.draft


def test_special_data_pass_their_checks(sample: list[NewClient]) -> None:
    for client in sample:
        if client.bsn:
            assert stdnum_bsn.is_valid(client.bsn)
            assert check_special_field("bsn", client.bsn) == client.bsn
        if client.birth_date:
            typed = f"{client.birth_date:%d-%m-%Y}"
            assert check_special_field("birth_date", typed, today=TODAY) == client.birth_date.isoformat()
            assert date(1935, 1, 1) <= client.birth_date <= date(2005, 12, 31)
        assert check_special_field("birth_place", client.birth_place) == client.birth_place
        for index, account in enumerate(client.bank_accounts):
            checked, errors = check_bank_account(index, account)
            assert not errors and checked == account
            assert stdnum_iban.is_valid(account.iban) and account.iban.startswith("NL")
            assert account.iban[4:8] in {"ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"}
        for index, child in enumerate(client.children):
            checked_child, errors = check_child(index, child, today=TODAY)
            assert not errors and checked_child == child
            assert client.birth_date and child.birth_date
            assert child.birth_date.year - client.birth_date.year >= 19


def test_numbers_addresses_and_contact_are_plausible(sample: list[NewClient]) -> None:
    bsns = [client.bsn for client in sample if client.bsn]
    assert len(set(bsns)) == len(bsns), "a BSN search must find one client"
    for client in sample:
        draft = client.draft
        for address in draft.addresses:
            assert check_postcode(address.postcode, ANY) == address.postcode
            assert address.postcode[5:] not in ("SA", "SD", "SS")
            assert 1000 <= int(address.postcode[:4]) <= 9999
            assert address.city and address.street and address.house_number
        for phone in draft.phones:
            assert check_phone(phone.number, ANY) == phone.number
            assert phonenumbers.is_valid_number(phonenumbers.parse(phone.number, "NL"))
        for email in draft.emails:
            assert email.address.rsplit("@", 1)[1].endswith(("example.nl", "example.com"))
        if draft.kind is ClientKind.ORGANISATION:
            assert len(draft.kvk_number) == 8 and draft.kvk_number.isdigit()
            assert stdnum_bsn.is_valid(draft.rsin)  # the RSIN's 11-proef is the BSN's
            assert stdnum_btw.is_valid(draft.btw_id)
            assert check_btw_id(draft.btw_id, ANY) == draft.btw_id
            assert draft.btw_id[2:11] == draft.rsin
            assert client.bsn is None and client.birth_date is None and not client.children


def test_a_basis_is_recorded_for_every_special_category_used(sample: list[NewClient]) -> None:
    for client in sample:
        bases = {category: basis for category, basis, _note in client.bases}
        assert len(bases) == len(client.bases), "one basis per category"
        assert set(bases) == categories_used(client)
        for category, basis in bases.items():
            assert basis in category.allowed_bases()
            assert basis is not LegalBasisKind.CONSENT
        if client.bsn:
            assert bases[SpecialCategory.BSN] is LegalBasisKind.LEGAL_OBLIGATION


def test_the_mix_looks_like_a_client_list(sample: list[NewClient]) -> None:
    kinds = Counter(client.draft.kind for client in sample)
    assert 0.10 < kinds[ClientKind.ORGANISATION] / SAMPLE < 0.20
    persons = [client for client in sample if client.draft.kind is ClientKind.PERSON]
    assert 0.18 < sum(bool(client.children) for client in persons) / len(persons) < 0.32
    assert 0.02 < sum(bool(client.documents) for client in sample) / SAMPLE < 0.08
    statuses = Counter(client.draft.status for client in sample)
    assert statuses[ClientStatus.ANONYMISED] == 0
    assert 0.05 < statuses[ClientStatus.ENDED] / SAMPLE < 0.15
    assert all(
        (client.draft.ended_on is not None) == (client.draft.status is ClientStatus.ENDED)
        for client in sample
    )
    names = [f"{c.draft.first_names} {c.draft.last_name}" for c in persons]
    assert any(name != search_text.fold(name) and not name.isascii() for name in names), "diacritics"
    tussenvoegsels = {client.draft.tussenvoegsel for client in persons}
    assert {"de", "van", "van der", "van den", "ter"} <= tussenvoegsels
    legal_forms = " ".join(client.draft.organisation_name for client in sample)
    for form in ("B.V.", "V.O.F.", "Stichting"):
        assert form in legal_forms
    surnames = Counter(client.draft.last_name for client in persons)
    assert surnames.most_common(1)[0][1] / len(persons) < 0.02, "no surname is that common"


def test_the_same_seed_gives_the_same_clients() -> None:
    first = list(demo_clients.demo_clients(200, seed=11))
    assert list(demo_clients.demo_clients(200, seed=11)) == first
    assert list(demo_clients.demo_clients(50, seed=11)) == first[:50]
    assert list(demo_clients.demo_clients(200, seed=12)) != first
    numbered = list(demo_clients.demo_clients(3, seed=11, first_number=41))
    assert [client.draft.client_number for client in numbered] == ["K-000041", "K-000042", "K-000043"]
    assert [replace(c.draft, client_number="") for c in numbered] == [
        replace(c.draft, client_number="") for c in first[:3]
    ]


def test_the_documents_are_small_real_files(sample: list[NewClient]) -> None:
    pdf, png = demo_clients.demo_pdf(), demo_clients.demo_png()
    assert len(pdf) < 4096 and len(png) < 4096
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    with Image.open(io.BytesIO(png)) as image:
        assert image.format == "PNG"
        image.load()
    documents = [document for client in sample for document in client.documents]
    assert documents
    for document in documents:
        assert document.data in (pdf, png)
        assert document.mime_type == ("application/pdf" if document.data is pdf else "image/png")
        assert document.file_name.endswith(".pdf" if document.data is pdf else ".png")


# --- into a vault -------------------------------------------------------------------------


def test_a_small_demo_vault_is_searchable_and_its_dossiers_open(tmp_path: Path) -> None:
    progress: list[tuple[int, int]] = []
    workspace, _code = demo.create_demo_vault(
        tmp_path / "demo", kdf=TEST_ONLY_KDF, clients=300, progress=lambda *step: progress.append(step)
    )
    try:
        assert progress[-1] == (300, 300)
        assert clients.find(workspace, ClientListQuery("")).total == 300
        made = list(demo_clients.demo_clients(300))

        for client_id in (1, 2, 150, 299, 300):
            expected = made[client_id - 1]
            dossier = clients.open_dossier(workspace, client_id)
            draft = replace(
                dossier.draft,
                addresses=tuple(replace(a, id=None) for a in dossier.draft.addresses),
                emails=tuple(replace(e, id=None) for e in dossier.draft.emails),
                phones=tuple(replace(p, id=None) for p in dossier.draft.phones),
            )
            assert draft == expected.draft
            assert set(dossier.bases) == categories_used(expected)
            assert len(dossier.bank_accounts) == len(expected.bank_accounts)
            assert len(dossier.children) == len(expected.children)
            assert len(dossier.documents) == len(expected.documents)
            if expected.bsn:
                assert special_data.reveal(workspace, client_id, "bsn") == expected.bsn

        person = next(c for c in made if c.draft.kind is ClientKind.PERSON and c.bsn and c.draft.emails)
        person_id = made.index(person) + 1
        draft = person.draft
        for text in (
            f"{draft.first_names} {draft.last_name}",
            search_text.fold(draft.last_name),
            draft.addresses[0].postcode.lower(),
            f"{draft.addresses[0].city} {draft.last_name}",
            draft.client_number,
            draft.emails[0].address.split("@")[0],
            person.bsn or "",
        ):
            assert person_id in {row.id for row in clients.find(workspace, ClientListQuery(text)).rows}, text
        organisation = next(c for c in made if c.draft.kind is ClientKind.ORGANISATION)
        rows = clients.find(workspace, ClientListQuery(organisation.draft.kvk_number)).rows
        assert made.index(organisation) + 1 in {row.id for row in rows}

        with workspace.transaction() as session:
            events = [
                r.details for r in audit_store.records(session) if r.action == AuditAction.DEMO_DATA_CREATED
            ]
        assert events[:2] == [{"staff": len(demo.DEMO_ACCOUNTS)}, {"clients": 300}]
        assert set(events[2]) == {"consents", "authorisations", "disclosures", "informed"}  # demo_privacy
    finally:
        workspace.sign_out()


def test_a_vault_without_demo_clients(tmp_path: Path) -> None:
    workspace, _code = demo.create_demo_vault(tmp_path / "demo", kdf=TEST_ONLY_KDF, clients=0)
    try:
        assert clients.find(workspace, ClientListQuery("")).total == 0
    finally:
        workspace.sign_out()


# --- as a CSV file ------------------------------------------------------------------------


def test_the_demo_csv_has_dutch_headers_and_the_clients(tmp_path: Path) -> None:
    path = tmp_path / "klanten.csv"
    demo_clients.write_demo_csv(path, 40, seed=5, first_number=7)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data == demo_clients.demo_csv_bytes(40, seed=5, first_number=7)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert tuple(rows[0]) == demo_clients.CSV_HEADER
    assert rows[0][6] == "Geboortedatum (dd-mm-jjjj)"
    made = list(demo_clients.demo_clients(40, seed=5, first_number=7))
    assert len(rows) == 41
    header = rows[0]
    for client, row in zip(made, rows[1:], strict=True):
        cells = dict(zip(header, row, strict=True))
        assert cells["Klantnummer"] == client.draft.client_number
        assert cells["Achternaam"] == client.draft.last_name
        assert cells["Organisatie"] == client.draft.organisation_name
        assert cells["BSN"] == (client.bsn or "")
        born = client.birth_date
        assert cells["Geboortedatum (dd-mm-jjjj)"] == (f"{born:%d-%m-%Y}" if born else "")
        assert cells["Postcode"] == client.draft.addresses[0].postcode
        assert cells["IBAN"] == (client.bank_accounts[0].iban if client.bank_accounts else "")


def test_every_search_plan_gives_the_same_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rare, merge and common plans differ in speed only (storage.search chooses by cost)."""
    workspace, _code = demo.create_demo_vault(tmp_path / "demo", kdf=TEST_ONLY_KDF, clients=300)
    texts = [
        "jan de",
        "van der",
        "de vries",
        "a",
        "e a",
        "stichting",
        "bv",
        "k-0001",
        "van den b",
        "jan utrecht",
    ]
    made = list(demo_clients.demo_clients(300))
    texts += [
        f"{c.draft.first_names.split()[0]} {c.draft.last_name}" for c in made[:40:7] if c.draft.last_name
    ]
    texts += [f"{c.draft.addresses[0].city} {c.draft.addresses[0].postcode[:4]}" for c in made[:40:9]]
    plans = {
        "rare": {"RARE_LIMIT": 10**9},
        "merge": {
            "RARE_LIMIT": 0,
            "MERGE_LIMIT": 10**9,
            "PROBE_ROWS": 1,
            "_LOOKUP_COST": 0,
            "_ENTRY_COST": 0,
        },
        "common": {"RARE_LIMIT": 0, "MERGE_LIMIT": 0},
        "probed": {"RARE_LIMIT": 0, "MERGE_LIMIT": 0, "PROBE_ROWS": 50},
    }
    try:
        results: dict[str, list[object]] = {}
        for plan, settings in plans.items():
            with monkeypatch.context() as patch:
                for name, value in settings.items():
                    patch.setattr(search, name, value)
                pages = []
                for text in texts:
                    for sort in (ClientSort.NAME, ClientSort.CITY):
                        for descending in (False, True):
                            query = ClientListQuery(text, sort=sort, descending=descending)
                            whole = clients.find(workspace, query, limit=1000)
                            paged = [
                                clients.find(workspace, query, offset=n, limit=7).rows for n in (0, 7, 14)
                            ]
                            kinds = clients.find(
                                workspace, replace(query, kind=ClientKind.PERSON), limit=1000
                            )
                            pages.append(
                                (text, [r.id for r in whole.rows], paged, [r.id for r in kinds.rows])
                            )
                results[plan] = pages
        assert any(page[1] for page in results["rare"]), "the queries find something"
        assert any(len(page[1]) > 1 for page in results["rare"])
        for plan in ("merge", "common", "probed"):
            assert results[plan] == results["rare"], plan
    finally:
        workspace.sign_out()
