"""The home dashboard's queries on a real vault: who is listed, in what order, counted, for whom.

Rows are put in the storage tables directly (the dashboard only reads them);
`test_through_the_services` records them the way the screens do. The query
plans are checked with EXPLAIN QUERY PLAN: every query reaches the consent,
authorisation, notice and request tables through an index, never a full scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import STAFF_PASSWORD
from sqlalchemy import event, func, select

from calqi_desktop.domain.authorisations import (
    EXPIRY_WARNING_DAYS,
    AuthorisationDraft,
    AuthorisationKind,
    TaxType,
)
from calqi_desktop.domain.clients import (
    ClientDraft,
    ClientStatus,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    ConsentDraft,
    ConsentMethod,
    GuardianDraft,
    GuardianRelation,
)
from calqi_desktop.domain.dashboard import Dashboard, DashboardKind, DashboardSection, Target
from calqi_desktop.domain.statement import InformChannel, StatementVersionDraft
from calqi_desktop.services import auth, authorisations, clients, dashboard, statement_versions
from calqi_desktop.services import consent as consent_service
from calqi_desktop.services.dashboard import describe_authorisation
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import (
    AuditEvent,
    AuthorisationRow,
    Client,
    ClientSearchRow,
    ConsentPurposeRow,
    ConsentRow,
    DataSubjectRequestRow,
    PrivacyStatementVersionRow,
    StatementNotice,
)

TODAY = date(2025, 6, 2)
MOMENT = datetime(2025, 5, 1, 9, 0)
ALL_KINDS = [
    DashboardKind.REQUESTS_DUE,
    DashboardKind.AUTHORISATIONS_EXPIRING,
    DashboardKind.VIA_AWAITING_ACTIVATION,
    DashboardKind.CONSENTS_TO_RENEW,
    DashboardKind.CLIENTS_TO_INFORM,
]
PLAN_TABLES = ("authorisation", "consent", "statement_notice", "data_subject_request")


# --- making rows --------------------------------------------------------------------------------


def new_client(workspace: Workspace, last_name: str, number: str) -> int:
    return clients.create_client(
        workspace, ClientDraft(initials="A", last_name=last_name, client_number=number)
    )


def add(workspace: Workspace, row: Any) -> int:
    with workspace.transaction() as session:
        session.add(row)
        session.flush()
        return int(row.id)


def authorisation(workspace: Workspace, client_id: int, **fields: Any) -> int:
    values: dict[str, Any] = {
        "kind": "continuing",
        "recipient_kind": "belastingdienst",
        "tax_type": "ib",
        "year_from": 2020,
        "valid_from": date(2020, 1, 1),
        "created_at": MOMENT,
        "updated_at": MOMENT,
    }
    values.update(fields)
    return add(workspace, AuthorisationRow(client_id=client_id, **values))


def via(workspace: Workspace, client_id: int, **fields: Any) -> int:
    values: dict[str, Any] = {"kind": "via", "tax_type": "ib", "year_from": 2024, "valid_from": None}
    values.update(fields)
    return authorisation(workspace, client_id, **values)


def purpose_id(workspace: Workspace, code: BuiltInPurpose) -> int:
    with workspace.transaction() as session:
        found = session.scalar(select(ConsentPurposeRow.id).where(ConsentPurposeRow.code == code.value))
        assert found is not None
        return found


def consent(workspace: Workspace, client_id: int, renew_due_on: date | None, **fields: Any) -> int:
    values: dict[str, Any] = {
        "purpose_id": purpose_id(workspace, BuiltInPurpose.NEWSLETTER),
        "status": "given",
        "given_at": MOMENT,
        "via_guardian": renew_due_on is not None,
        "renew_due_on": renew_due_on,
        "created_at": MOMENT,
        "updated_at": MOMENT,
    }
    values.update(fields)
    return add(workspace, ConsentRow(client_id=client_id, **values))


def statement_version(workspace: Workspace, version: str, effective_on: date) -> int:
    return add(
        workspace, PrivacyStatementVersionRow(version=version, effective_on=effective_on, added_at=MOMENT)
    )


def notice(workspace: Workspace, version_id: int, client_id: int, *, informed: bool = False) -> int:
    return add(
        workspace,
        StatementNotice(
            version_id=version_id,
            client_id=client_id,
            listed_at=MOMENT,
            informed_at=MOMENT if informed else None,
            channel="email" if informed else None,
        ),
    )


def request(
    workspace: Workspace,
    client_id: int | None,
    due_on: date,
    *,
    kind: str = "access",
    status: str = "in-progress",
    requester_name: str = "",
) -> int:
    """A request whose deadline is `due_on` (the reference numbered by its id, as the service would)."""
    with workspace.transaction() as session:
        number = (session.scalar(select(func.count()).select_from(DataSubjectRequestRow)) or 0) + 1
    return add(
        workspace,
        DataSubjectRequestRow(
            reference=f"AVG-2025-{number:04d}",
            request_type=kind,
            channel="letter",
            received_on=due_on - timedelta(days=30),
            client_id=client_id,
            requester_name=requester_name,
            status=status,
            outcome="granted" if status == "closed" else None,
            due_on=due_on,
            closed_on=TODAY if status == "closed" else None,
            created_at=MOMENT,
            updated_at=MOMENT,
        ),
    )


def anonymise(workspace: Workspace, client_id: int) -> None:
    """As erasure leaves a dossier: its status anonymised, in the dossier and in the client list."""
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        row = session.get(ClientSearchRow, client_id)
        assert client is not None and row is not None
        client.status = row.status = ClientStatus.ANONYMISED.value


def shown_name(workspace: Workspace, client_id: int) -> str:
    with workspace.transaction() as session:
        return session.get_one(ClientSearchRow, client_id).name


def sign_in(folder: Path, user: str) -> Workspace:
    return auth.sign_in(folder, user, STAFF_PASSWORD, kdf=TEST_ONLY_KDF)


def section(board: Dashboard, kind: DashboardKind) -> DashboardSection:
    found = board.section(kind)
    assert found is not None, f"no section {kind}"
    return found


def listed(board: Dashboard, kind: DashboardKind) -> list[int]:
    return [item.target_id for item in section(board, kind).items]


@pytest.fixture(params=["join", "subtract"])
def both_ways(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test on each way of counting and reading: short lists (joined, sorted) and long ones
    (counted less the anonymised, read in client-number order), the thresholds lowered for the latter."""
    if request.param == "subtract":
        monkeypatch.setattr(dashboard, "JOIN_COUNT_MAX", 0)
        monkeypatch.setattr(dashboard, "SORT_IN_MEMORY_MAX", 0)
    return str(request.param)


# --- data-subject requests --------------------------------------------------------------------------


def test_requests_due_within_seven_days_or_overdue(workspace: Workspace) -> None:
    jan = new_client(workspace, "Jansen", "K-000010")
    piet = new_client(workspace, "Pietersen", "K-000020")
    due_last_day = request(workspace, jan, TODAY + timedelta(days=7), kind="erasure")
    overdue = request(workspace, piet, TODAY - timedelta(days=2))
    stranger = request(
        workspace, None, TODAY, kind="information", status="awaiting-identity", requester_name="E. Vreemd"
    )
    due_today = request(workspace, jan, TODAY, kind="rectification")
    request(workspace, jan, TODAY + timedelta(days=8))  # on track
    request(workspace, jan, TODAY + timedelta(days=10))  # on track
    request(workspace, piet, TODAY - timedelta(days=20), status="closed")  # answered

    board = dashboard.load(workspace, today=TODAY)
    assert board.sections[0].kind is DashboardKind.REQUESTS_DUE
    due = section(board, DashboardKind.REQUESTS_DUE)
    assert [item.target_id for item in due.items] == [overdue, stranger, due_today, due_last_day]
    assert due.count == 4
    assert {item.target for item in due.items} == {Target.REQUEST}
    assert [item.due_on for item in due.items] == [
        TODAY - timedelta(days=2),
        TODAY,
        TODAY,
        TODAY + timedelta(days=7),
    ]
    first = due.items[0]
    assert (first.client_id, first.client_number, first.client_name) == (
        piet,
        "K-000020",
        shown_name(workspace, piet),
    )
    assert first.about == "Inzage — AVG-2025-0002"
    # A requester not (yet) linked to a dossier: no client, the requester's own name.
    assert (due.items[1].client_id, due.items[1].client_number, due.items[1].client_name) == (
        None,
        "",
        "E. Vreemd",
    )
    assert due.items[1].about == "Informatie — AVG-2025-0003"
    assert due.items[3].about == "Wissing (vergetelheid) — AVG-2025-0001"
    english = section(dashboard.load(workspace, today=TODAY, language="en"), DashboardKind.REQUESTS_DUE)
    assert english.items[3].about == "Erasure — AVG-2025-0001"

    limited = section(dashboard.load(workspace, today=TODAY, limit=2), DashboardKind.REQUESTS_DUE)
    assert (limited.count, [item.target_id for item in limited.items]) == (4, [overdue, stranger])


def test_a_member_who_only_handles_requests_gets_them(created_vault: tuple[Path, str]) -> None:
    """The privacy officer neither authorises nor (here) has consents to renew: the requests
    section is there, and only the sections of her permissions."""
    folder, _code = created_vault
    admin = auth.sign_in(folder, "beheerder", "paard-batterij-nietje-correct", kdf=TEST_ONLY_KDF)
    try:
        jan = new_client(admin, "Jansen", "K-000010")
        overdue = request(admin, jan, TODAY - timedelta(days=1))
    finally:
        admin.sign_out()
    fleur = sign_in(folder, "fleur")
    try:
        board = dashboard.load(fleur, today=TODAY)
    finally:
        fleur.sign_out()
    assert listed(board, DashboardKind.REQUESTS_DUE) == [overdue]
    assert board.section(DashboardKind.AUTHORISATIONS_EXPIRING) is None
    sam = sign_in(folder, "sam")
    try:
        assert dashboard.load(sam, today=TODAY).section(DashboardKind.REQUESTS_DUE) is None
    finally:
        sam.sign_out()


# --- authorisations -------------------------------------------------------------------------------


def test_authorisations_expiring_within_thirty_days(workspace: Workspace, both_ways: str) -> None:
    jan = new_client(workspace, "Jansen", "K-000010")
    piet = new_client(workspace, "Pietersen", "K-000020")
    last_day = TODAY + timedelta(days=EXPIRY_WARNING_DAYS)
    ends_today = authorisation(workspace, jan, valid_until=TODAY)
    ends_last_day = authorisation(workspace, piet, valid_until=last_day, tax_type="btw")
    via_active = via(
        workspace,
        piet,
        valid_from=date(2025, 4, 1),
        activated_on=date(2025, 4, 1),
        valid_until=TODAY + timedelta(days=3),
    )
    revoked_later = authorisation(
        workspace, jan, valid_until=TODAY + timedelta(days=5), revoked_on=TODAY + timedelta(days=1)
    )
    for left_out in (
        {"valid_until": last_day + timedelta(days=1)},
        {"valid_until": TODAY - timedelta(days=1)},
        {"valid_until": TODAY + timedelta(days=2), "revoked_on": TODAY},
        {"valid_until": TODAY + timedelta(days=2), "revoked_on": TODAY - timedelta(days=10)},
        {"valid_until": TODAY + timedelta(days=2), "valid_from": TODAY + timedelta(days=1)},
        {"valid_until": TODAY + timedelta(days=2), "valid_from": None},
        {"valid_until": None},
    ):
        authorisation(workspace, jan, **left_out)
    via(workspace, jan, valid_from=date(2025, 4, 1), valid_until=TODAY + timedelta(days=4))  # not activated

    board = dashboard.load(workspace, today=TODAY)
    expiring = section(board, DashboardKind.AUTHORISATIONS_EXPIRING)
    assert [item.target_id for item in expiring.items] == [
        ends_today,
        via_active,
        revoked_later,
        ends_last_day,
    ]
    assert expiring.count == 4
    first = expiring.items[0]
    assert (first.client_id, first.client_number, first.due_on) == (jan, "K-000010", TODAY)
    assert first.client_name == shown_name(workspace, jan)
    assert first.about == "Doorlopende machtiging – Inkomstenbelasting (IB)"
    assert first.target is Target.AUTHORISATIONS_TAB
    assert expiring.items[1].about == "VIA-machtiging 2024"
    assert expiring.items[3].about == "Doorlopende machtiging – Omzetbelasting (btw)"
    assert expiring.items[3].due_on == last_day


def test_vias_awaiting_activation_longest_waiting_first(workspace: Workspace, both_ways: str) -> None:
    jan = new_client(workspace, "Jansen", "K-000010")
    later = via(workspace, jan, year_from=2025, requested_on=date(2025, 3, 1))
    unknown = via(workspace, jan, year_from=2023, requested_on=None)
    earlier = via(workspace, jan, year_from=2024, requested_on=date(2024, 3, 1))
    revoked_later = via(workspace, jan, requested_on=date(2025, 5, 1), revoked_on=TODAY + timedelta(days=1))
    via(
        workspace,
        jan,
        requested_on=date(2025, 1, 1),
        activated_on=date(2025, 2, 1),
        valid_from=date(2025, 2, 1),
    )
    via(workspace, jan, requested_on=date(2025, 1, 1), revoked_on=TODAY)
    authorisation(workspace, jan, valid_until=None)  # not a VIA

    board = dashboard.load(workspace, today=TODAY)
    waiting = section(board, DashboardKind.VIA_AWAITING_ACTIVATION)
    assert [item.target_id for item in waiting.items] == [earlier, later, revoked_later, unknown]
    assert waiting.count == 4
    assert [item.about for item in waiting.items[:2]] == ["VIA-machtiging 2024", "VIA-machtiging 2025"]
    assert [item.due_on for item in waiting.items] == [
        date(2024, 3, 1),
        date(2025, 3, 1),
        date(2025, 5, 1),
        None,
    ]
    assert {item.target for item in waiting.items} == {Target.AUTHORISATIONS_TAB}
    assert listed(board, DashboardKind.AUTHORISATIONS_EXPIRING) == []
    first = dashboard.load(workspace, today=TODAY, limit=1)
    assert listed(first, DashboardKind.VIA_AWAITING_ACTIVATION) == [earlier]


def test_how_authorisations_are_described() -> None:
    assert describe_authorisation("via", "ib", 2025, "belastingdienst", "") == "VIA-machtiging 2025"
    assert describe_authorisation("via", "ib", 2025, "belastingdienst", "", "en") == "VIA authorisation 2025"
    assert (
        describe_authorisation("sba", None, None, "belastingdienst", "") == "SBA (serviceberichten aanslagen)"
    )
    assert (
        describe_authorisation("continuing", "vpb", 2021, "belastingdienst", "")
        == "Doorlopende machtiging – Vennootschapsbelasting (VPB)"
    )
    assert (
        describe_authorisation("client-signed", None, 2024, "bank", "ING Bank N.V.")
        == "Door de klant getekende machtiging – ING Bank N.V."
    )
    assert (
        describe_authorisation("client-signed", "ib", 2024, "belastingdienst", "")
        == "Door de klant getekende machtiging – Belastingdienst"
    )


# --- consents and statement versions ------------------------------------------------------------------


def test_consents_to_renew_from_the_sixteenth_birthday(workspace: Workspace, both_ways: str) -> None:
    lisa = new_client(workspace, "Lisa", "K-000030")
    due_today = consent(workspace, lisa, TODAY)
    third_party = purpose_id(workspace, BuiltInPurpose.THIRD_PARTY)
    overdue = consent(
        workspace,
        lisa,
        TODAY - timedelta(days=40),
        purpose_id=third_party,
        recipient="Hypotheekbank B.V.",
        recipient_key="hypotheekbank b.v.",
    )
    consent(
        workspace,
        lisa,
        TODAY + timedelta(days=1),
        purpose_id=purpose_id(workspace, BuiltInPurpose.PROMOTIONS),
    )
    consent(
        workspace,
        lisa,
        TODAY - timedelta(days=5),
        status="withdrawn",
        withdrawn_at=MOMENT,
        purpose_id=purpose_id(workspace, BuiltInPurpose.GROUP_OFFERS),
    )
    consent(workspace, lisa, None, purpose_id=purpose_id(workspace, BuiltInPurpose.SPECIAL_DATA))

    board = dashboard.load(workspace, today=TODAY)
    renew = section(board, DashboardKind.CONSENTS_TO_RENEW)
    assert [item.target_id for item in renew.items] == [overdue, due_today]
    assert renew.count == 2
    assert renew.items[0].about == "Gegevens doorgeven aan een genoemde derde — Hypotheekbank B.V."
    assert renew.items[1].about == "Nieuwsbrief"
    assert renew.items[1].due_on == TODAY
    assert {item.target for item in renew.items} == {Target.CONSENTS_TAB}
    english = dashboard.load(workspace, today=TODAY, language="en")
    assert section(english, DashboardKind.CONSENTS_TO_RENEW).items[1].about == "Newsletter"


def test_clients_to_inform_per_version_by_client_number(workspace: Workspace, both_ways: str) -> None:
    b = new_client(workspace, "Bakker", "K-000002")
    a = new_client(workspace, "Aalders", "K-000001")
    c = new_client(workspace, "Claessen", "K-000003")
    newer = statement_version(workspace, "2026-1", date(2026, 1, 1))
    older = statement_version(workspace, "2025-2", date(2025, 7, 1))
    for client_id in (c, b, a):
        notice(workspace, newer, client_id)
    notice(workspace, older, c)
    notice(workspace, older, a, informed=True)

    board = dashboard.load(workspace, today=TODAY)
    inform = section(board, DashboardKind.CLIENTS_TO_INFORM)
    assert inform.count == 4
    assert [(item.target_id, item.client_id) for item in inform.items] == [
        (older, c),
        (newer, a),
        (newer, b),
        (newer, c),
    ]
    assert inform.items[0].about == "Privacyverklaring versie 2025-2 (ingang 01-07-2025)"
    assert inform.items[1].about == "Privacyverklaring versie 2026-1 (ingang 01-01-2026)"
    assert inform.items[1].due_on == date(2026, 1, 1)
    assert inform.items[1].client_number == "K-000001"
    assert {item.target for item in inform.items} == {Target.STATEMENT_VERSION}

    limited = section(dashboard.load(workspace, today=TODAY, limit=2), DashboardKind.CLIENTS_TO_INFORM)
    assert limited.count == 4
    assert [(item.target_id, item.client_id) for item in limited.items] == [(older, c), (newer, a)]


# --- across sections ----------------------------------------------------------------------------------


def test_anonymised_clients_are_left_out_everywhere(workspace: Workspace, both_ways: str) -> None:
    gone = new_client(workspace, "Weg", "K-000001")
    kept = new_client(workspace, "Blijft", "K-000002")
    version = statement_version(workspace, "2026-1", date(2026, 1, 1))
    for client_id in (gone, kept):
        authorisation(workspace, client_id, valid_until=TODAY + timedelta(days=1))
        via(workspace, client_id, requested_on=date(2025, 1, 1))
        consent(workspace, client_id, TODAY)
        notice(workspace, version, client_id)
        request(workspace, client_id, TODAY + timedelta(days=1))
    anonymise(workspace, gone)

    board = dashboard.load(workspace, today=TODAY)
    assert [item.kind for item in board.sections] == ALL_KINDS
    # A request must still be answered after the erasure: it stays, without the name.
    requests = section(board, DashboardKind.REQUESTS_DUE)
    assert requests.count == 2
    assert [(item.client_id, item.client_name) for item in requests.items] == [
        (gone, "Geanonimiseerd"),
        (kept, shown_name(workspace, kept)),
    ]
    for listed_section in board.sections[1:]:
        assert listed_section.count == 1, listed_section.kind
        assert [item.client_id for item in listed_section.items] == [kept], listed_section.kind
    assert board.total == 6


def test_limit_shows_the_first_rows_and_counts_them_all(workspace: Workspace, both_ways: str) -> None:
    jan = new_client(workspace, "Jansen", "K-000010")
    ends = [authorisation(workspace, jan, valid_until=TODAY + timedelta(days=day)) for day in (9, 3, 7, 1, 5)]
    waiting = [via(workspace, jan, requested_on=date(2025, 1, day)) for day in (4, 2, 3)]
    board = dashboard.load(workspace, today=TODAY, limit=2)
    expiring = section(board, DashboardKind.AUTHORISATIONS_EXPIRING)
    assert (expiring.count, [item.target_id for item in expiring.items]) == (5, [ends[3], ends[1]])
    via_section = section(board, DashboardKind.VIA_AWAITING_ACTIVATION)
    assert (via_section.count, [item.target_id for item in via_section.items]) == (
        3,
        [waiting[1], waiting[2]],
    )
    counts_only = dashboard.load(workspace, today=TODAY, limit=0)
    assert [
        (section(counts_only, kind).count, section(counts_only, kind).items)
        for kind in (DashboardKind.AUTHORISATIONS_EXPIRING, DashboardKind.VIA_AWAITING_ACTIVATION)
    ] == [(5, ()), (3, ())]


def test_sections_follow_the_role(created_vault: tuple[Path, str]) -> None:
    folder, code = created_vault
    admin = auth.sign_in(folder, "beheerder", "paard-batterij-nietje-correct", kdf=TEST_ONLY_KDF)
    try:
        jan = new_client(admin, "Jansen", "K-000010")
        authorisation(admin, jan, valid_until=TODAY)
        consent(admin, jan, TODAY)
        request(admin, jan, TODAY)
    finally:
        admin.sign_out()
    expected = {
        "anna": ALL_KINDS,  # accountant
        "sam": ALL_KINDS[3:],  # assistent: consents and notices, no authorisations, no requests
        "fleur": [ALL_KINDS[0], *ALL_KINDS[3:]],  # privacy officer: requests, consents and notices
    }
    for user, kinds in expected.items():
        member = sign_in(folder, user)
        try:
            board = dashboard.load(member, today=TODAY)
        finally:
            member.sign_out()
        assert [item.kind for item in board.sections] == kinds, user
        renew = section(board, DashboardKind.CONSENTS_TO_RENEW)
        assert renew.count == 1
        # The date is the 16th birthday, which gives away the birth date: only for special data.
        assert renew.items[0].due_on == (None if user == "sam" else TODAY), user
        if user != "sam":
            assert listed(board, DashboardKind.REQUESTS_DUE) != [], user
    recovery = auth.sign_in_with_recovery_code(folder, code, kdf=TEST_ONLY_KDF)
    try:
        board = dashboard.load(recovery, today=TODAY)
    finally:
        recovery.sign_out()
    assert board == Dashboard(TODAY, ())


def test_loading_writes_no_audit_event(workspace: Workspace) -> None:
    jan = new_client(workspace, "Jansen", "K-000010")
    authorisation(workspace, jan, valid_until=TODAY)

    def events() -> int:
        with workspace.transaction() as session:
            return session.scalar(select(func.count()).select_from(AuditEvent)) or 0

    before = events()
    board = dashboard.load(workspace)
    assert board.today == date.today()
    assert events() == before


# --- query plans -------------------------------------------------------------------------------------


@pytest.fixture
def statements(workspace: Workspace) -> Iterator[list[tuple[str, Any]]]:
    """The SQL statements the engine runs while the fixture is alive, with their parameters."""
    seen: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        seen.append((statement, parameters))

    engine = workspace.vault.engine
    event.listen(engine, "before_cursor_execute", grab)
    yield seen
    event.remove(engine, "before_cursor_execute", grab)


def test_every_query_runs_on_an_index(
    workspace: Workspace, both_ways: str, statements: list[tuple[str, Any]]
) -> None:
    jan = new_client(workspace, "Jansen", "K-000010")
    gone = new_client(workspace, "Weg", "K-000011")
    version = statement_version(workspace, "2026-1", date(2026, 1, 1))
    for client_id in (jan, gone):
        authorisation(workspace, client_id, valid_until=TODAY)
        via(workspace, client_id, requested_on=date(2025, 1, 1))
        consent(workspace, client_id, TODAY)
        notice(workspace, version, client_id)
        request(workspace, client_id, TODAY)
    request(workspace, jan, TODAY, status="closed")
    anonymise(workspace, gone)
    statements.clear()
    board = dashboard.load(workspace, today=TODAY)
    assert board.total == 6

    queries = [
        (sql, params)
        for sql, params in statements
        if re.search(r"\bFROM\s+(authorisation|consent|statement_notice|data_subject_request)\b", sql)
    ]
    assert len(queries) >= 10  # each section's rows and count
    with workspace.vault.engine.connect() as connection:
        for sql, params in queries:
            plan = [str(row[-1]) for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
            text = "\n".join(plan)
            for table in PLAN_TABLES:
                assert not re.search(rf"^SCAN {table}\b", text, re.MULTILINE), (
                    f"{table} scanned:\n{text}\n{sql}"
                )
            used = [table for table in PLAN_TABLES if re.search(rf"\bFROM\s+{table}\b", sql)]
            for table in used:
                searched = rf"^SEARCH {table} (EXISTS )?USING (COVERING )?INDEX "
                assert re.search(searched, text, re.MULTILINE), f"{table} not on an index:\n{text}\n{sql}"


# --- through the services -----------------------------------------------------------------------------


def test_through_the_services(workspace: Workspace) -> None:
    """Recorded as the screens record them: the dashboard lists them, and drops them once dealt with."""
    child = clients.create_client(
        workspace,
        ClientDraft(initials="L", last_name="Kind", client_number="K-000100"),
        SpecialChanges(fields={"birth_date": "15-06-2000"}),
        (BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT),),
    )
    adult = new_client(workspace, "Volwassen", "K-000200")
    seeded = statement_versions.current_version(workspace, today=TODAY)
    assert seeded is not None
    given = consent_service.give_consent(
        workspace,
        child,
        ConsentDraft(
            purpose_id=purpose_id(workspace, BuiltInPurpose.NEWSLETTER),
            given_at=datetime(2015, 1, 10, 12, 0, tzinfo=UTC),
            method=ConsentMethod.PAPER,
            statement_version_id=seeded.id,
            guardian=GuardianDraft(GuardianRelation.PARENT, name="A. Kind"),
        ),
        today=TODAY,
    )
    assert given.renew_due_on == date(2016, 6, 15)
    continuing = authorisations.add_authorisation(
        workspace,
        adult,
        AuthorisationDraft(
            kind=AuthorisationKind.CONTINUING,
            tax_type=TaxType.IB,
            year_from=2020,
            valid_from=date(2020, 1, 1),
            valid_until=TODAY + timedelta(days=10),
        ),
        today=TODAY,
    )
    via_draft = AuthorisationDraft(kind=AuthorisationKind.VIA, tax_type=TaxType.IB, year_from=2024)
    waiting = authorisations.add_authorisation(
        workspace, adult, replace(via_draft, requested_on=date(2025, 3, 1)), today=TODAY
    )
    activated = authorisations.add_authorisation(
        workspace, child, replace(via_draft, requested_on=date(2025, 2, 1)), today=TODAY
    )
    authorisations.activate_via(workspace, activated.id, "AB12-CD34", date(2025, 4, 1), today=TODAY)
    version = statement_versions.add_version(
        workspace,
        StatementVersionDraft(version="2026-1", effective_on=date(2026, 1, 1), text="Nieuwe tekst."),
        today=TODAY,
    )

    board = dashboard.load(workspace, today=TODAY)
    assert listed(board, DashboardKind.AUTHORISATIONS_EXPIRING) == [continuing.id]
    assert listed(board, DashboardKind.VIA_AWAITING_ACTIVATION) == [waiting.id]
    assert listed(board, DashboardKind.CONSENTS_TO_RENEW) == [given.id]
    inform = section(board, DashboardKind.CLIENTS_TO_INFORM)
    assert [(item.target_id, item.client_id) for item in inform.items] == [(version.id, child)]

    authorisations.revoke_authorisation(workspace, continuing.id, TODAY, "Klant vertrokken", today=TODAY)
    authorisations.activate_via(workspace, waiting.id, "EF56-GH78", TODAY, today=TODAY)
    statement_versions.mark_informed(workspace, version.id, [child], InformChannel.EMAIL)
    after = dashboard.load(workspace, today=TODAY)
    assert [(s.kind, s.count) for s in after.sections] == [
        (DashboardKind.REQUESTS_DUE, 0),
        (DashboardKind.AUTHORISATIONS_EXPIRING, 0),
        (DashboardKind.VIA_AWAITING_ACTIVATION, 0),
        (DashboardKind.CONSENTS_TO_RENEW, 1),
        (DashboardKind.CLIENTS_TO_INFORM, 0),
    ]
