"""Writing and reading the hash-chained audit trail.

`append` adds one event inside the caller's transaction, chained to the last
one. A process-wide lock serialises the read of the head and the insert; if
two open transactions still pick the same sequence number, the primary key
refuses the second and its transaction rolls back, so the chain never forks.
`records` streams the chain in order for verification.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import (
    AuditAction,
    AuditRecord,
    ChainCheckpoint,
    event_hash,
    genesis_hash,
)
from calqi_desktop.storage.models import AuditEvent

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
