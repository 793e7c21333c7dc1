"""Failed sign-ins per vault and user name, kept outside the vault.

Before a vault is unlocked nothing can be written into it, so the count of
failed sign-ins, the time of the last one and the failures still to be written
to the audit trail live in a small JSON file in the program's state folder
(one per vault id). Wrong passwords therefore never change a byte of the vault,
and the back-off survives a restart. User names are stored only as a SHA-256
hash salted with the vault id, so the file does not list names in plain text
(someone who has the vault's keyslot file could still test guesses).
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from calqi_desktop.domain import backoff
from calqi_desktop.domain.errors import SignInThrottledError
from calqi_desktop.paths import state_dir
from calqi_desktop.storage.audit_store import format_utc
from calqi_desktop.storage.files import write_atomically

MAX_PENDING = 1000


@dataclass(frozen=True)
class PendingFailure:
    """A failed sign-in to be written to the audit trail at the next unlock."""

    occurred_at: str
    slot_id: str | None  # the slot the name matched, None for an unknown name


class SignInThrottle:
    def __init__(self, vault_id: str, folder: Path | None = None) -> None:
        self.vault_id = vault_id
        self.path = (folder or state_dir() / "signin") / f"{vault_id}.json"

    def _key(self, user_name: str) -> str:
        material = f"{self.vault_id}|{user_name.strip().casefold()}".encode()
        return hashlib.sha256(material).hexdigest()[:32]

    def _read(self) -> dict[str, object]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write(self, data: dict[str, object]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps(data).encode("utf-8"))

    def seconds_left(self, user_name: str, now: float | None = None) -> int:
        """How long this user name must still wait before the next try (0: not at all)."""
        entry = self._users().get(self._key(user_name))
        if not entry:
            return 0
        return backoff.seconds_left(int(entry["failures"]), float(entry["last"]), now or time.time())

    def check(self, user_name: str, now: float | None = None) -> None:
        """Raise `SignInThrottledError` while this user name must still wait."""
        wait = self.seconds_left(user_name, now)
        if wait > 0:
            raise SignInThrottledError(wait)

    def record_failure(self, user_name: str, slot_id: str | None, now: float | None = None) -> int:
        """Count a failure; return the seconds to wait before the next try."""
        now = now or time.time()
        data = self._read()
        users = self._users(data)
        key = self._key(user_name)
        failures = int(users.get(key, {}).get("failures", 0)) + 1
        users[key] = {"failures": failures, "last": now}
        pending = list(data.get("pending_audit", []))[-MAX_PENDING + 1 :]  # type: ignore[call-overload]
        pending.append({"at": format_utc(datetime.fromtimestamp(now, UTC)), "slot": slot_id})
        data["users"] = users
        data["pending_audit"] = pending
        self._write(data)
        return backoff.delay_after(failures)

    def record_success(self, user_name: str) -> None:
        data = self._read()
        users = self._users(data)
        if users.pop(self._key(user_name), None) is not None:
            data["users"] = users
            self._write(data)

    def pending_failures(self) -> list[PendingFailure]:
        pending = self._read().get("pending_audit", [])
        if not isinstance(pending, list):
            return []
        return [
            PendingFailure(str(p["at"]), p.get("slot")) for p in pending if isinstance(p, dict) and "at" in p
        ]

    def clear_pending(self) -> None:
        data = self._read()
        if data.get("pending_audit"):
            data["pending_audit"] = []
            self._write(data)

    def _users(self, data: dict[str, object] | None = None) -> dict[str, dict[str, float]]:
        users = (data if data is not None else self._read()).get("users", {})
        return users if isinstance(users, dict) else {}
