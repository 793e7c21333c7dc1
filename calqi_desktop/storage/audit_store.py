"""Writing and reading the hash-chained audit trail.

`append` adds one event inside the caller's transaction, chained to the last
one. A process-wide lock serialises the read of the head and the insert; if
two open transactions still pick the same sequence number, the primary key
refuses the second and its transaction rolls back, so the chain never forks.
`records` streams the chain in order for verification; `find_events` and
`count_events` list it for the audit screen, newest first, on the indexed
columns.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, insert, or_, select
from sqlalchemy.orm import Session, aliased

from calqi_desktop.domain.audit import (
    AuditAction,
    AuditRecord,
    ChainCheckpoint,
    event_hash,
    genesis_hash,
)
from calqi_desktop.storage.models import AuditEvent, StaffUser

_append_lock = threading.Lock()


def format_utc(moment: datetime) -> str:
    """The one timestamp form of the audit trail: 2026-11-24T20:05:47.123456Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def utc_now_iso() -> str:
    return format_utc(datetime.now(UTC))


def append(
    session: Session,
    vault_id: str,
    action: AuditAction,
    *,
    actor_id: int | None,
    client_id: int | None = None,
    target_user_id: int | None = None,
    on_request_of: str | None = None,
    details: Mapping[str, Any] | None = None,
    occurred_at: str | None = None,
) -> AuditEvent:
    """Add an event to the chain (the caller commits)."""
    _check_details(details or {})
    with _append_lock:
        head = session.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq = 1 if head is None else head.seq + 1
        prev = genesis_hash(vault_id) if head is None else head.hash
        record = AuditRecord(
            seq=seq,
            occurred_at=occurred_at or utc_now_iso(),
            actor_id=actor_id,
            action=action.value,
            client_id=client_id,
            target_user_id=target_user_id,
            on_request_of=on_request_of,
            details=dict(details or {}),
            prev_hash=prev,
        )
        row = AuditEvent(
            seq=seq,
            occurred_at=record.occurred_at,
            actor_id=actor_id,
            action=record.action,
            client_id=client_id,
            target_user_id=target_user_id,
            on_request_of=on_request_of,
            details=json.dumps(record.details, sort_keys=True, separators=(",", ":")),
            prev_hash=prev,
            hash=event_hash(record),
        )
        session.add(row)
        session.flush()
    return row


def append_many(
    session: Session,
    vault_id: str,
    action: AuditAction,
    *,
    actor_id: int | None,
    client_ids: list[int],
    details: Mapping[str, Any] | None = None,
) -> None:
    """One event per client, chained in order and written with one executemany (bulk import)."""
    if not client_ids:
        return
    _check_details(details or {})
    detail_text = json.dumps(dict(details or {}), sort_keys=True, separators=(",", ":"))
    with _append_lock:
        head = session.execute(
            select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq = 1 if head is None else head.seq + 1
        prev = genesis_hash(vault_id) if head is None else head.hash
        moment = utc_now_iso()
        rows = []
        for client_id in client_ids:
            record = AuditRecord(
                seq=seq,
                occurred_at=moment,
                actor_id=actor_id,
                action=action.value,
                client_id=client_id,
                details=dict(details or {}),
                prev_hash=prev,
            )
            digest = event_hash(record)
            rows.append(
                {
                    "seq": seq,
                    "occurred_at": moment,
                    "actor_id": actor_id,
                    "action": record.action,
                    "client_id": client_id,
                    "target_user_id": None,
                    "on_request_of": None,
                    "details": detail_text,
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            seq, prev = seq + 1, digest
        session.execute(insert(AuditEvent), rows)


def _check_details(details: Mapping[str, Any]) -> None:
    """Details carry ids, field names, counts and codes — short scalars only."""
    for key, value in details.items():
        if not isinstance(key, str) or not isinstance(value, str | int | bool | None):
            raise TypeError("audit details take scalar ids and field names only")
        if isinstance(value, str) and len(value) > 80:
            raise ValueError("audit details take ids and field names, not text")


def to_record(row: AuditEvent) -> AuditRecord:
    return AuditRecord(
        seq=row.seq,
        occurred_at=row.occurred_at,
        actor_id=row.actor_id,
        action=row.action,
        client_id=row.client_id,
        target_user_id=row.target_user_id,
        on_request_of=row.on_request_of,
        details=json.loads(row.details),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def records(session: Session, batch: int = 2000) -> Iterator[AuditRecord]:
    """The whole chain in order, read in batches."""
    last = 0
    while True:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.seq > last).order_by(AuditEvent.seq).limit(batch)
        ).all()
        if not rows:
            return
        for row in rows:
            yield to_record(row)
        last = rows[-1].seq
        session.expunge_all()


def head(session: Session) -> ChainCheckpoint | None:
    row = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return None if row is None else ChainCheckpoint(row.seq, row.hash)


# --- listing the trail (the audit screen and its CSV export) -------------------


@dataclass(frozen=True)
class AuditQuery:
    """Which events to list; a field left None does not narrow the list.

    `since` and `before` are ISO UTC strings in the trail's own form, so the
    comparison on the indexed `occurred_at` column is a plain string compare.
    `without_actor` asks for events no staff member did (recovery-code
    sessions, sign-ins with an unknown user name).
    """

    since: str | None = None  # inclusive
    before: str | None = None  # exclusive
    actor_id: int | None = None
    without_actor: bool = False
    action: str | None = None
    client_id: int | None = None


@dataclass(frozen=True)
class ListedEvent:
    """An event with the user names it points at (None: no such staff row)."""

    record: AuditRecord
    actor_user_name: str | None
    actor_display_name: str | None
    target_user_name: str | None


def _conditions(query: AuditQuery) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if query.since is not None:
        conditions.append(AuditEvent.occurred_at >= query.since)
    if query.before is not None:
        conditions.append(AuditEvent.occurred_at < query.before)
    if query.without_actor:
        conditions.append(AuditEvent.actor_id.is_(None))
    elif query.actor_id is not None:
        conditions.append(AuditEvent.actor_id == query.actor_id)
    if query.action is not None:
        conditions.append(AuditEvent.action == query.action)
    if query.client_id is not None:
        conditions.append(AuditEvent.client_id == query.client_id)
    return conditions


def _listing(conditions: list[ColumnElement[bool]]) -> Select:
    actor = aliased(StaffUser)
    target = aliased(StaffUser)
    return (
        select(AuditEvent, actor.user_name, actor.display_name, target.user_name)
        .outerjoin(actor, actor.id == AuditEvent.actor_id)
        .outerjoin(target, target.id == AuditEvent.target_user_id)
        .where(*conditions)
        .order_by(AuditEvent.occurred_at.desc(), AuditEvent.seq.desc())
    )


def _listed(session: Session, statement: Select) -> list[ListedEvent]:
    return [
        ListedEvent(to_record(row), actor_name, actor_display, target_name)
        for row, actor_name, actor_display, target_name in session.execute(statement)
    ]


def find_events(
    session: Session, query: AuditQuery, *, offset: int = 0, limit: int = 200
) -> list[ListedEvent]:
    """One page of matching events, newest first (by time, then by sequence number)."""
    statement = _listing(_conditions(query)).offset(max(offset, 0)).limit(max(limit, 0))
    return _listed(session, statement)


def iter_events(session: Session, query: AuditQuery, *, batch: int = 1000) -> Iterator[ListedEvent]:
    """Every matching event, newest first, read in batches that continue after the
    last one seen (no offset to skip over, so a long trail stays quick)."""
    last: ListedEvent | None = None
    while True:
        conditions = _conditions(query)
        if last is not None:
            at, seq = last.record.occurred_at, last.record.seq
            conditions.append(
                or_(AuditEvent.occurred_at < at, and_(AuditEvent.occurred_at == at, AuditEvent.seq < seq))
            )
        rows = _listed(session, _listing(conditions).limit(batch))  # ORM rows are not kept
        yield from rows
        if len(rows) < batch:
            return
        last = rows[-1]


def count_events(session: Session, query: AuditQuery) -> int:
    statement = select(func.count()).select_from(AuditEvent).where(*_conditions(query))
    return int(session.scalar(statement) or 0)


def staff_names(session: Session) -> list[tuple[int, str, str, bool]]:
    """(id, user name, display name, active) of every staff member, deactivated ones too."""
    statement = select(StaffUser.id, StaffUser.user_name, StaffUser.display_name, StaffUser.active).order_by(
        StaffUser.user_name_key
    )
    return [(row.id, row.user_name, row.display_name, row.active) for row in session.execute(statement)]
