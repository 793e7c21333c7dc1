"""Listing and exporting the audit trail: filters, order, paging, permissions, the recorded CSV export."""

from __future__ import annotations

import csv
import io
import os
import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, FIRM, STAFF_PASSWORD

from calqi_desktop.domain.audit import AuditAction, AuditRecord
from calqi_desktop.domain.errors import PermissionDeniedError
from calqi_desktop.domain.roles import Role
from calqi_desktop.services import audit_log, auth, staff
from calqi_desktop.services.audit_log import AuditFilter
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def amsterdam_clock() -> Iterator[None]:
    """This process's local time is Dutch time for the test."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Amsterdam"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def add_event(
    workspace: Workspace,
    action: AuditAction = AuditAction.SMOKE_TEST_RECORD,
    *,
    at: str | None = None,
    actor_id: int | None = -1,
    client_id: int | None = None,
    on_request_of: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    with workspace.transaction() as session:
        audit_store.append(
            session,
            workspace.vault_id,
            action,
            actor_id=workspace.user.id if actor_id == -1 else actor_id,
            client_id=client_id,
            on_request_of=on_request_of,
            details=details,
            occurred_at=at,
        )


def all_records(workspace: Workspace) -> list[AuditRecord]:
    with workspace.transaction() as session:
        return list(audit_store.records(session))


def sign_in(folder: Path, user: str, password: str = STAFF_PASSWORD) -> Workspace:
    return auth.sign_in(folder, user, password, kdf=TEST_ONLY_KDF)


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM for Excel"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


# --- the period ------------------------------------------------------------------------


def test_local_days_become_a_utc_range() -> None:
    winter = AuditFilter(date_from=date(2026, 11, 24), date_to=date(2026, 11, 24))
    assert winter.utc_range(AMSTERDAM) == ("2026-11-23T23:00:00.000000Z", "2026-11-24T23:00:00.000000Z")
    summer = AuditFilter(date_from=date(2026, 7, 1), date_to=date(2026, 7, 31))
    assert summer.utc_range(AMSTERDAM) == ("2026-06-30T22:00:00.000000Z", "2026-07-31T22:00:00.000000Z")
    assert AuditFilter().utc_range(AMSTERDAM) == (None, None)
    assert AuditFilter(date_to=date.max).utc_range(AMSTERDAM) == (None, None)


def test_period_is_inclusive_in_local_time(workspace: Workspace, amsterdam_clock: None) -> None:
    for at in (
        "2025-11-23T22:59:59.999999Z",  # 23-11 23:59:59 in Amsterdam: the day before
        "2025-11-23T23:00:00.000000Z",  # 24-11 00:00
        "2025-11-24T22:59:59.999999Z",  # 24-11 23:59:59
        "2025-11-24T23:00:00.000000Z",  # 25-11 00:00: the day after
    ):
        add_event(workspace, at=at)
    day = AuditFilter(date_from=date(2025, 11, 24), date_to=date(2025, 11, 24))
    found = audit_log.search(workspace, day)
    assert [audit_store.format_utc(e.occurred_at) for e in found] == [
        "2025-11-24T22:59:59.999999Z",
        "2025-11-23T23:00:00.000000Z",
    ]
    assert audit_log.count(workspace, day) == 2
    assert audit_log.count(workspace, AuditFilter(date_from=date(2025, 11, 24))) >= 3  # today's sign-in too
    assert audit_log.count(workspace, AuditFilter(date_to=date(2025, 11, 23))) == 1


# --- actor, action, client --------------------------------------------------------------


def test_filter_by_actor_action_and_client(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    sign_in(folder, "anna").sign_out()
    workspace = sign_in(folder, ADMIN, ADMIN_PASSWORD)
    try:
        anna = next(a for a in audit_log.actors(workspace) if a.user_name == "anna")
        by_anna = audit_log.search(workspace, AuditFilter(actor_id=anna.id))
        assert [e.action for e in by_anna] == [AuditAction.SIGN_OUT, AuditAction.SIGN_IN]
        assert {e.actor_user_name for e in by_anna} == {"anna"}

        sign_ins = audit_log.search(workspace, AuditFilter(action=AuditAction.SIGN_IN))
        assert [e.actor_user_name for e in sign_ins] == [ADMIN, "anna", ADMIN]
        assert {e.action_label for e in sign_ins} == {"Aangemeld"}
        assert audit_log.count(workspace, AuditFilter(action=AuditAction.SIGN_IN)) == 3
        english = audit_log.search(workspace, AuditFilter(action=AuditAction.SIGN_IN), language="en")
        assert english[0].action_label == "Signed in"

        add_event(workspace, client_id=42)
        add_event(workspace, client_id=42, on_request_of="verzoek-7")
        add_event(workspace, client_id=43)
        for_42 = audit_log.search(workspace, AuditFilter(client_id=42))
        assert [e.client_id for e in for_42] == [42, 42]
        assert for_42[0].on_request_of == "verzoek-7"
        assert audit_log.count(workspace, AuditFilter(client_id=43, actor_id=anna.id)) == 0
        assert audit_log.count(workspace, AuditFilter(client_id=43)) == 1
    finally:
        workspace.sign_out()


def test_entries_name_users_and_describe_details(workspace: Workspace) -> None:
    jan = staff.add_user(workspace, "jan", Role.ACCOUNTANT, STAFF_PASSWORD, display_name="Jan de Boer")
    staff.change_role(workspace, jan.id or 0, Role.ASSISTENT)
    [changed] = audit_log.search(workspace, AuditFilter(action=AuditAction.USER_ROLE_CHANGED))
    assert changed.actor_user_name == ADMIN and changed.target_user_name == "jan"
    assert changed.details == "from: accountant, to: assistent"
    assert changed.occurred_at.tzinfo is not None and changed.occurred_at.utcoffset() is not None
    add_event(workspace, details={"sound": True, "first_broken": None})
    [check] = audit_log.search(workspace, AuditFilter(action=AuditAction.SMOKE_TEST_RECORD))
    assert check.details == "first_broken: —, sound: ja"
    assert check.target_user_name == ""


def test_recovery_code_and_unknown_actors(created_vault: tuple[Path, str]) -> None:
    folder, code = created_vault
    auth.sign_in_with_recovery_code(folder, code, kdf=TEST_ONLY_KDF).sign_out()
    workspace = sign_in(folder, ADMIN, ADMIN_PASSWORD)
    try:
        add_event(workspace, AuditAction.SIGN_IN_FAILED, actor_id=None, details={"reason": "unknown-user"})
        without = audit_log.search(workspace, AuditFilter(without_actor=True))
        assert {(e.action, e.actor_user_name) for e in without} == {
            (AuditAction.SIGN_IN_FAILED, "—"),
            (AuditAction.SIGN_IN_RECOVERY, "herstelcode"),
            (AuditAction.SIGN_OUT, "herstelcode"),
        }
        assert all(e.actor_id is None for e in without)
    finally:
        workspace.sign_out()


def test_actors_include_deactivated_members(created_vault: tuple[Path, str]) -> None:
    folder, _ = created_vault
    workspace = sign_in(folder, ADMIN, ADMIN_PASSWORD)
    try:
        sam = staff.find_user_id(workspace, "sam")
        staff.deactivate(workspace, sam)
        listed = {a.user_name: a.active for a in audit_log.actors(workspace)}
        assert listed == {"anna": True, ADMIN: True, "fleur": True, "sam": False}
    finally:
        workspace.sign_out()


# --- order and paging ------------------------------------------------------------------------


def test_newest_first_by_time_even_when_recorded_later(workspace: Workspace) -> None:
    add_event(workspace, AuditAction.SIGN_IN_FAILED, at="2020-01-01T08:00:00.000000Z")  # moved in late
    entries = audit_log.search(workspace, AuditFilter())
    times = [e.occurred_at for e in entries]
    assert times == sorted(times, reverse=True)
    assert entries[-1].action == AuditAction.SIGN_IN_FAILED
    assert entries[-1].seq == max(e.seq for e in entries)


def test_paging_covers_every_event_once(workspace: Workspace) -> None:
    for second in range(25):
        add_event(workspace, at=f"2026-01-01T10:00:{second:02d}.000000Z")
    add_event(workspace, at="2026-01-01T10:00:05.000000Z")  # same moment as another: seq decides
    everything = audit_log.search(workspace, AuditFilter(), limit=1000)
    total = audit_log.count(workspace, AuditFilter())
    assert len(everything) == total >= 26
    pages = [audit_log.search(workspace, AuditFilter(), offset=o, limit=10) for o in range(0, total, 10)]
    assert [len(p) for p in pages[:-1]] == [10] * (len(pages) - 1)
    assert [e.seq for page in pages for e in page] == [e.seq for e in everything]
    assert audit_log.search(workspace, AuditFilter(), offset=total, limit=10) == []


# --- permissions -------------------------------------------------------------------------------


@pytest.mark.parametrize("user", ["anna", "sam"])
def test_accountant_and_assistent_may_not_read_or_export(
    created_vault: tuple[Path, str], user: str, tmp_path: Path
) -> None:
    workspace = sign_in(created_vault[0], user)
    try:
        for call in (
            lambda: audit_log.search(workspace, AuditFilter()),
            lambda: audit_log.count(workspace, AuditFilter()),
            lambda: audit_log.actors(workspace),
            lambda: audit_log.export_csv(workspace, AuditFilter(), tmp_path / "uit.csv"),
        ):
            with pytest.raises(PermissionDeniedError):
                call()
        assert not (tmp_path / "uit.csv").exists()
    finally:
        workspace.sign_out()


def test_privacy_officer_may_read_and_export(created_vault: tuple[Path, str], tmp_path: Path) -> None:
    workspace = sign_in(created_vault[0], "fleur")
    try:
        assert audit_log.count(workspace, AuditFilter(action=AuditAction.USER_ADDED)) == 3
        assert [e.actor_user_name for e in audit_log.search(workspace, AuditFilter(), limit=1)] == ["fleur"]
        assert audit_log.export_csv(workspace, AuditFilter(), tmp_path / "uit.csv") > 0
    finally:
        workspace.sign_out()


# --- export -------------------------------------------------------------------------------------


def test_export_writes_every_matching_row_and_records_it(workspace: Workspace, tmp_path: Path) -> None:
    for n in range(3):
        add_event(workspace, client_id=7, at=f"2026-05-0{n + 1}T12:00:00.000000Z")
    add_event(workspace, client_id=8)
    wanted = AuditFilter(date_from=date(2026, 1, 1), date_to=date(2026, 12, 31), client_id=7)
    reports: list[tuple[int, int]] = []
    target = tmp_path / "audittrail.csv"
    rows = audit_log.export_csv(workspace, wanted, target, lambda done, total: reports.append((done, total)))
    assert rows == 3
    assert reports[0] == (0, 3) and reports[-1] == (3, 3)
    header, *lines = read_csv(target)
    assert header[:4] == ["Volgnummer", "Datum en tijd", "Tijdstip (UTC)", "Gebruiker"]
    assert len(lines) == 3
    assert [line[2] for line in lines] == [
        "2026-05-03T12:00:00.000000Z",
        "2026-05-02T12:00:00.000000Z",
        "2026-05-01T12:00:00.000000Z",
    ]
    local = datetime(2026, 5, 3, 12, tzinfo=UTC).astimezone()
    assert lines[0][1] == f"{local:%d-%m-%Y %H:%M:%S}"
    assert re.fullmatch(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2}", lines[0][1])
    assert {line[3] for line in lines} == {ADMIN}
    assert {line[4] for line in lines} == {AuditAction.SMOKE_TEST_RECORD.value}
    assert {line[6] for line in lines} == {"7"}

    last = all_records(workspace)[-1]
    assert last.action == AuditAction.AUDIT_EXPORTED
    assert last.actor_id == workspace.user.id and last.client_id == 7
    assert dict(last.details) == {"rows": 3, "from": "2026-01-01", "to": "2026-12-31"}


def test_export_neutralises_formulas(workspace: Workspace, tmp_path: Path) -> None:
    add_event(workspace, on_request_of='=HYPERLINK("http://evil.example";"klik")')
    add_event(workspace, details={"@cmd": "-1"})
    target = tmp_path / "uit.csv"
    audit_log.export_csv(workspace, AuditFilter(action=AuditAction.SMOKE_TEST_RECORD), target)
    _header, *lines = read_csv(target)
    cells = [cell for line in lines for cell in line]
    assert "'@cmd: -1" in cells
    assert '\'=HYPERLINK("http://evil.example";"klik")' in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_export_holds_user_names_but_no_other_personal_data(workspace: Workspace, tmp_path: Path) -> None:
    folder = workspace.vault.folder
    staff.add_user(workspace, "jan", Role.PRIVACY_OFFICER, STAFF_PASSWORD, display_name="Jan de Boer")
    workspace.sign_out()
    jan = sign_in(folder, "jan")
    try:
        target = tmp_path / "uit.csv"
        audit_log.export_csv(jan, AuditFilter(), target)
        text = target.read_bytes().decode("utf-8-sig")
    finally:
        jan.sign_out()
    assert "jan" in text and ADMIN in text
    assert "Jan de Boer" not in text and "de Boer" not in text
    assert FIRM not in text
    assert "@" not in text  # no e-mail addresses or other contact data


def test_cancelled_export_leaves_no_file_and_no_event(workspace: Workspace, tmp_path: Path) -> None:
    for _ in range(audit_log.EXPORT_BATCH_REPORT + 1):
        add_event(workspace)
    before = len(all_records(workspace))

    class Cancelled(Exception):
        pass

    def cancel(done: int, _total: int) -> None:
        if done:
            raise Cancelled

    target = tmp_path / "uit.csv"
    with pytest.raises(Cancelled):
        audit_log.export_csv(workspace, AuditFilter(), target, cancel)
    assert not target.exists()
    assert len(all_records(workspace)) == before


def test_failed_write_records_nothing(workspace: Workspace, tmp_path: Path) -> None:
    before = len(all_records(workspace))
    with pytest.raises(OSError):
        audit_log.export_csv(workspace, AuditFilter(), tmp_path / "bestaat-niet" / "uit.csv")
    assert len(all_records(workspace)) == before
