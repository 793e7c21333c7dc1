"""Reading and exporting the audit trail: the audit screen's use cases.

The beheerder and the privacy officer (`Permission.VIEW_AUDIT`) list the
trail newest first, narrowed by an `AuditFilter`: a period of local calendar
days (inclusive), a staff member, an action, a client. Listing is not itself
recorded — every scroll would add an event — but an export is
(`Permission.EXPORT_AUDIT`): `export_csv` writes every matching event through
the program's one CSV writer and records `AuditAction.AUDIT_EXPORTED` with the
row count and the filter (ids and codes only) in the same transaction as the
file write, so a failed write leaves no event and a failed record no file.

What an entry shows of people is their user name (and on screen the display
name); an event without an actor was done in a recovery-code session
("herstelcode"), except a failed sign-in with a name that matched no one ("—").
The CSV holds user names only, no display names.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.roles import Permission
from calqi_desktop.export import csv_safe
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.files import write_atomically

RECOVERY_CODE_ACTOR = "herstelcode"
UNKNOWN = "—"
EXPORT_BATCH_REPORT = 500  # rows between two progress reports

#: Called with (rows done, rows in total) while exporting; raising from it cancels (nothing is written).
ExportProgress = Callable[[int, int], None]

_CSV_HEADER = {
    "nl": (
        "Volgnummer",
        "Datum en tijd",
        "Tijdstip (UTC)",
        "Gebruiker",
        "Actie",
        "Omschrijving",
        "Cliënt",
        "Betreft medewerker",
        "Op verzoek van",
        "Details",
    ),
    "en": (
        "Sequence",
        "Date and time",
        "Moment (UTC)",
        "User",
        "Action",
        "Description",
        "Client",
        "Concerns staff member",
        "On request of",
        "Details",
    ),
}


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show. Dates are local calendar days, both inclusive; None: no limit."""

    date_from: date | None = None
    date_to: date | None = None
    actor_id: int | None = None
    without_actor: bool = False  # only events no staff member did (recovery code, unknown name)
    action: str | None = None
    client_id: int | None = None

    def utc_range(self, zone: tzinfo | None = None) -> tuple[str | None, str | None]:
        """(since, before) in the trail's ISO UTC form: from the start of `date_from`
        up to, not including, the start of the day after `date_to`, in `zone`
        (default: this computer's local time)."""
        since = _day_start_utc(self.date_from, zone) if self.date_from is not None else None
        before = None
        if self.date_to is not None and self.date_to < date.max:
            before = _day_start_utc(self.date_to + timedelta(days=1), zone)
        return since, before

    def query(self, zone: tzinfo | None = None) -> audit_store.AuditQuery:
        since, before = self.utc_range(zone)
        return audit_store.AuditQuery(
            since=since,
            before=before,
            actor_id=self.actor_id,
            without_actor=self.without_actor,
            action=str(self.action) if self.action is not None else None,
            client_id=self.client_id,
        )

    def audit_details(self) -> dict[str, str | int | bool]:
        """The filter as it goes into an audit event: dates, ids and codes, only those set."""
        details: dict[str, str | int | bool] = {}
        if self.date_from is not None:
            details["from"] = self.date_from.isoformat()
        if self.date_to is not None:
            details["to"] = self.date_to.isoformat()
        if self.actor_id is not None and not self.without_actor:
            details["actor"] = self.actor_id
        if self.without_actor:
            details["without_actor"] = True
        if self.action is not None:
            details["action"] = str(self.action)
        return details


def _day_start_utc(day: date, zone: tzinfo | None) -> str:
    start = datetime.combine(day, time(), tzinfo=zone) if zone is not None else datetime.combine(day, time())
    return audit_store.format_utc(start.astimezone() if zone is None else start)


@dataclass(frozen=True)
class AuditEntry:
    """One event as the audit screen and the CSV show it."""

    seq: int
    occurred_at: datetime  # aware, UTC
    actor_id: int | None
    actor_user_name: str  # "herstelcode" for a recovery-code session, "—" when unknown
    actor_display_name: str  # the same as the user name when there is none
    action: str  # the stored code, e.g. "auth.sign-in"
    action_label: str
    client_id: int | None
    target_user_name: str  # "" when the event concerns no staff member
    on_request_of: str
    details: str  # e.g. "from: accountant, to: beheerder"

    @property
    def occurred_at_utc(self) -> str:
        """The moment in the trail's own ISO UTC form (for machines)."""
        return audit_store.format_utc(self.occurred_at)


@dataclass(frozen=True)
class AuditActor:
    """A staff member to filter on; deactivated members stay, their events remain."""

    id: int
    user_name: str
    display_name: str
    active: bool


def search(
    workspace: Workspace,
    audit_filter: AuditFilter,
    *,
    offset: int = 0,
    limit: int = 200,
    language: str = "nl",
) -> list[AuditEntry]:
    """One page of matching events, newest first. Reading is not recorded."""
    workspace.require(Permission.VIEW_AUDIT)
    with workspace.transaction() as session:
        listed = audit_store.find_events(session, audit_filter.query(), offset=offset, limit=limit)
    return [_entry(event, language) for event in listed]


def count(workspace: Workspace, audit_filter: AuditFilter) -> int:
    """How many events match."""
    workspace.require(Permission.VIEW_AUDIT)
    with workspace.transaction() as session:
        return audit_store.count_events(session, audit_filter.query())


def actors(workspace: Workspace) -> list[AuditActor]:
    """Every staff member, deactivated ones included, by user name."""
    workspace.require(Permission.VIEW_AUDIT)
    with workspace.transaction() as session:
        return [AuditActor(*row) for row in audit_store.staff_names(session)]


def export_csv(
    workspace: Workspace,
    audit_filter: AuditFilter,
    destination: Path,
    progress: ExportProgress | None = None,
    *,
    language: str = "nl",
) -> int:
    """Write every matching event to `destination` as CSV; returns the number of rows.

    The export is recorded (`AUDIT_EXPORTED`, with the row count and the filter);
    a cancel through `progress` leaves neither file nor event.
    """
    workspace.require(Permission.EXPORT_AUDIT)
    report = progress or (lambda _done, _total: None)
    query = audit_filter.query()
    written = 0
    with workspace.transaction() as session:
        total = audit_store.count_events(session, query)
        report(0, total)

        def rows() -> Iterator[list[csv_safe.Cell]]:
            nonlocal written
            for listed in audit_store.iter_events(session, query):
                yield _csv_row(_entry(listed, language))
                written += 1
                if written % EXPORT_BATCH_REPORT == 0:
                    report(written, total)

        data = csv_safe.csv_bytes(rows(), _CSV_HEADER.get(language, _CSV_HEADER["nl"]))
    report(written, total)
    destination = Path(destination)
    file_written = False
    try:
        with workspace.transaction() as session:
            workspace.record(
                session,
                AuditAction.AUDIT_EXPORTED,
                client_id=audit_filter.client_id,
                details={"rows": written, **audit_filter.audit_details()},
            )
            write_atomically(destination, data)
            file_written = True
    except BaseException:
        if file_written:  # the event did not commit: no unrecorded export may stay behind
            with contextlib.suppress(OSError):
                destination.unlink()
        raise
    return written


def _csv_row(entry: AuditEntry) -> list[csv_safe.Cell]:
    return [
        entry.seq,
        entry.occurred_at,
        entry.occurred_at_utc,
        entry.actor_user_name,
        entry.action,
        entry.action_label,
        entry.client_id,
        entry.target_user_name,
        entry.on_request_of,
        entry.details,
    ]


def _entry(listed: audit_store.ListedEvent, language: str) -> AuditEntry:
    record = listed.record
    if record.actor_id is None:
        actor = UNKNOWN if record.action == AuditAction.SIGN_IN_FAILED.value else RECOVERY_CODE_ACTOR
        display = actor
    else:
        actor = listed.actor_user_name or UNKNOWN
        display = listed.actor_display_name or actor
    target = ""
    if record.target_user_id is not None:
        target = listed.target_user_name or UNKNOWN
    return AuditEntry(
        seq=record.seq,
        occurred_at=_parse_utc(record.occurred_at),
        actor_id=record.actor_id,
        actor_user_name=actor,
        actor_display_name=display,
        action=record.action,
        action_label=action_label(record.action, language),
        client_id=record.client_id,
        target_user_name=target,
        on_request_of=record.on_request_of or "",
        details=details_text(record.details, language),
    )


def action_label(action: str, language: str = "nl") -> str:
    """The label of a stored action code; an unknown code (a newer version's) as it is."""
    try:
        return AuditAction(action).label(language)
    except ValueError:
        return action


def details_text(details: Mapping[str, Any], language: str = "nl") -> str:
    """'key: value, …' in key order; flags as ja/nee (yes/no)."""
    yes, no = ("yes", "no") if language == "en" else ("ja", "nee")
    parts = []
    for key in sorted(details):
        value = details[key]
        if isinstance(value, bool):
            shown = yes if value else no
        elif value is None:
            shown = UNKNOWN
        else:
            shown = str(value)
        parts.append(f"{key}: {shown}")
    return ", ".join(parts)


def _parse_utc(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
