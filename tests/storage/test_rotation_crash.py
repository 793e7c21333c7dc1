"""Master-key rotation survives a SIGKILL at any moment.

A vault with a beheerder and two more staff members (anna, bram). A child
process (tests/storage/crash_child.py) signs in as the beheerder and
deactivates bram, which rotates the master key (storage/rotation.py). It is
killed either by itself at each named step of the rotation (`crash_point`), or
by the parent at a random moment — mostly aimed inside the `PRAGMA rekey` of a
vault made big enough for the rekey to take a measurable time.

After each kill: the beheerder can sign in, the interrupted rotation is
finished by that sign-in (`keyfile.rotation is None`), both integrity checks
and the audit chain are sound, and anna can sign in. Once the keyslot file has
recorded the rotation (step "prepared" onwards) the deactivation stands: bram
cannot sign in (WrongPasswordError or AccountDeactivatedError), his database
row is inactive with one `staff.deactivated` event, the key generation is 2,
his slot is gone and the old master key no longer opens vault.db. A kill
before that leaves bram active under generation 1, and deactivating him again
must then work.
"""

from __future__ import annotations

import json
import os
import random
import secrets
import shutil
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import crash_child
import pytest
from conftest import ADMIN, ADMIN_PASSWORD, FIRM, STAFF_PASSWORD
from sqlalchemy import func, insert, select

from calqi_desktop.domain.audit import AuditAction, AuditRecord, event_hash
from calqi_desktop.domain.errors import AccountDeactivatedError, WrongPasswordError
from calqi_desktop.domain.roles import Role
from calqi_desktop.services import auth, staff
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store, keyslots
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.database import DB_FILE, key_opens, open_raw
from calqi_desktop.storage.models import AuditEvent, StaffUser

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

STEPS = ["before-prepare", "prepared", "rekeyed", "finished"]
LEAVER = "bram"
STAYER = "anna"
RANDOM_ROUNDS = int(os.environ.get("CALQI_ROTATION_KILL_ROUNDS", "10"))
AIMED_SHARE = 0.7  # this share of the random rounds is aimed inside the rekey
BIG_EVENTS = 10_000  # bulk audit events (~40 MB vault) so that the rekey takes ~0.5 s
PAD_KEYS = 40  # 40 × 80 characters of padding per event


def make_staff_vault(folder: Path) -> bytes:
    """A closed vault with the beheerder, anna and bram; returns its (generation 1) master key."""
    workspace, _code = auth.create_vault(
        folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
    )
    try:
        staff.add_user(workspace, STAYER, Role.ACCOUNTANT, STAFF_PASSWORD)
        staff.add_user(workspace, LEAVER, Role.ACCOUNTANT, STAFF_PASSWORD)
        return workspace.vault.master_key()
    finally:
        workspace.sign_out()


def grow_audit_trail(workspace: Workspace, events: int, pad_keys: int) -> None:
    """Append `events` chained audit events in one transaction (bulk, so it is fast).

    The hashes are computed exactly as `audit_store.append` does, so the chain
    stays verifiable; the padding only makes the database big."""
    with workspace.transaction() as session:
        head = audit_store.head(session)
        assert head is not None
        seq, prev = head.seq, head.hash
        rows = []
        for n in range(events):
            seq += 1
            details = {"n": n, **{f"p{k}": secrets.token_hex(40) for k in range(pad_keys)}}
            record = AuditRecord(
                seq=seq,
                occurred_at=audit_store.utc_now_iso(),
                actor_id=workspace.user.id,
                action=AuditAction.SMOKE_TEST_RECORD.value,
                details=details,
                prev_hash=prev,
            )
            digest = event_hash(record)
            rows.append(
                {
                    "seq": seq,
                    "occurred_at": record.occurred_at,
                    "actor_id": record.actor_id,
                    "action": record.action,
                    "client_id": None,
                    "target_user_id": None,
                    "on_request_of": None,
                    "details": json.dumps(details, sort_keys=True, separators=(",", ":")),
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
        session.execute(insert(AuditEvent), rows)


def copy_closed_vault(source: Path, target: Path) -> None:
    """Copy a *closed* vault (DESIGN.md §8: never copy one while open)."""
    target.mkdir(parents=True)
    for name in (DB_FILE, f"{DB_FILE}-wal", keyslots.FILE_NAME):
        if (source / name).exists():
            shutil.copy2(source / name, target / name)


@dataclass
class AfterCrash:
    deactivated: bool  # the deactivation had been committed when the child died
    rotation_was_pending: bool  # the keyslot file still had a rotation record
    finished_by_sign_in: bool  # the beheerder's sign-in finished the rotation


def leaver_is_refused(folder: Path) -> None:
    with pytest.raises((WrongPasswordError, AccountDeactivatedError)):
        auth.sign_in(folder, LEAVER, STAFF_PASSWORD, kdf=TEST_ONLY_KDF)


def check_after_crash(folder: Path, old_key: bytes) -> AfterCrash:
    """Everything that must hold after the child died, whenever it died."""
    pending = keyslots.load(folder).rotation is not None

    # The leaver tries first, while a rotation may still be pending.
    try:
        leaver = auth.sign_in(folder, LEAVER, STAFF_PASSWORD, kdf=TEST_ONLY_KDF)
    except (WrongPasswordError, AccountDeactivatedError):
        deactivated = True
    else:
        # Only possible when the child died before the deactivation was committed.
        leaver.sign_out()
        deactivated = False
        assert not pending

    admin = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        vault = admin.vault
        assert vault.unlock_result is not None
        finished = vault.unlock_result.rotation_finished
        assert finished == pending
        assert vault.keyfile.rotation is None, "the interrupted rotation was not finished"
        report = vault.check_integrity()
        assert report.sound, report.describe_nl()
        verdict = vault.verify_audit_chain()
        assert verdict.sound, verdict.explanation_en
        with admin.transaction() as session:
            row = session.scalars(select(StaffUser).where(StaffUser.user_name == LEAVER)).one()
            assert row.active is not deactivated
            deactivations = session.scalar(
                select(func.count())
                .select_from(AuditEvent)
                .where(
                    AuditEvent.action == AuditAction.USER_DEACTIVATED.value,
                    AuditEvent.target_user_id == row.id,
                )
            )
            assert deactivations == (1 if deactivated else 0)
        if deactivated:
            # The leaver's key material must be gone: no slot, a new key, the old one useless.
            leaver_keeps_slot = vault.keyfile.user_slot(LEAVER) is not None
            assert not leaver_keeps_slot, (
                f"the deactivated member still has a keyslot holding the live master key "
                f"(generation {vault.keyfile.generation}): the rotation was lost"
            )
            assert vault.keyfile.generation == 2
            assert not key_opens(vault.db_path, old_key), "the old master key still opens vault.db"
        else:
            assert vault.keyfile.generation == 1
            # Nothing happened yet: the vault must still let the deactivation go through.
            staff.deactivate(admin, staff.find_user_id(admin, LEAVER))
            assert vault.keyfile.generation == 2
            assert not key_opens(vault.db_path, old_key)
    finally:
        admin.sign_out()

    colleague = auth.sign_in(folder, STAYER, STAFF_PASSWORD, kdf=TEST_ONLY_KDF)
    colleague.sign_out()
    leaver_is_refused(folder)
    return AfterCrash(deactivated, pending, finished)


# --- without a crash ----------------------------------------------------------------


def test_deactivate_retires_the_old_master_key(vault_folder: Path) -> None:
    make_staff_vault(vault_folder)
    workspace = auth.sign_in(vault_folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        old_key = workspace.vault.master_key()
        assert key_opens(workspace.vault.db_path, old_key)
        staff.deactivate(workspace, staff.find_user_id(workspace, LEAVER))
        new_key = workspace.vault.master_key()
        assert new_key != old_key
        assert not key_opens(workspace.vault.db_path, old_key)
        assert key_opens(workspace.vault.db_path, new_key)
        assert workspace.vault.keyfile.generation == 2
        assert workspace.vault.keyfile.rotation is None
        assert workspace.vault.keyfile.user_slot(LEAVER) is None
        assert all(set(s.master_keys) == {2} for s in workspace.vault.keyfile.slots)
        assert workspace.vault.check_integrity().sound
    finally:
        workspace.sign_out()
    # Closed, with the WAL folded in: still only the new key opens the file.
    assert not key_opens(vault_folder / DB_FILE, old_key)
    leaver_is_refused(vault_folder)
    auth.sign_in(vault_folder, STAYER, STAFF_PASSWORD, kdf=TEST_ONLY_KDF).sign_out()


# --- SIGKILL at each named step -------------------------------------------------------


@pytest.mark.parametrize("step", STEPS)
def test_sigkill_at_rotation_step(step: str, vault_folder: Path, tmp_path: Path) -> None:
    old_key = make_staff_vault(vault_folder)
    child = crash_child.Child(
        ["deactivate", str(vault_folder), LEAVER, step],
        env=crash_child.child_env(ADMIN, ADMIN_PASSWORD),
        stderr_path=tmp_path / "child-stderr.txt",
    )
    code = child.finish()
    assert code == -signal.SIGKILL, f"child ended with {code}:\n{child.stderr()}"
    reached = [line.split()[1] for line in child.output() if line.startswith("step ")]
    assert reached == STEPS[: STEPS.index(step) + 1]

    outcome = check_after_crash(vault_folder, old_key)
    # Before the keyslot file records the rotation nothing has happened (the member
    # is still active, and `check_after_crash` then deactivates them once more);
    # from then on the deactivation stands and is finished by the next unlock.
    assert outcome.deactivated == (step != "before-prepare")
    assert outcome.rotation_was_pending == (step in ("prepared", "rekeyed"))
    assert outcome.finished_by_sign_in == outcome.rotation_was_pending


# --- SIGKILL by the parent at random moments, aimed inside the rekey ------------------


@dataclass
class Timing:
    prepared: float
    rekeyed: float
    done: float

    @property
    def rekey(self) -> float:
        return self.rekeyed - self.prepared


def where_after_prepare(folder: Path, old_key: bytes) -> str:
    """Where a kill after "prepared" and before "rekeyed" landed, read from the
    files before anything else opens them (read-only look with the old key)."""
    if not key_opens(folder / DB_FILE, old_key):
        return "inside the rekey, after its commit (checkpoint)"
    connection = open_raw(folder / DB_FILE, old_key)
    try:
        (active,) = connection.execute(
            "SELECT active FROM staff_user WHERE user_name = ?", (LEAVER,)
        ).fetchone()
    finally:
        connection.close()
    return "before the deactivation commit" if active else "inside the rekey, before its commit"


def step_time(lines: list[str], step: str) -> float:
    return next(float(line.split()[2]) for line in lines if line.startswith(f"step {step} "))


@pytest.mark.slow
def test_sigkill_at_random_moments_during_rotation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed = int(os.environ.get("CALQI_KILL_SEED", str(random.SystemRandom().randrange(2**32))))
    rng = random.Random(seed)

    template = tmp_path / "template"
    make_staff_vault(template)
    workspace = auth.sign_in(template, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        old_key = workspace.vault.master_key()
        grow_audit_trail(workspace, BIG_EVENTS, PAD_KEYS)
    finally:
        workspace.sign_out()
    size_mb = (template / DB_FILE).stat().st_size / 1e6

    def start_round(name: str) -> tuple[Path, Any]:
        folder = tmp_path / name / "kluis"
        copy_closed_vault(template, folder)
        home = tmp_path / name / "calqi-home"  # fresh back-off counters for each round
        monkeypatch.setenv("CALQI_HOME", str(home))
        child = crash_child.Child(
            ["deactivate", str(folder), LEAVER, "none"],
            env=crash_child.child_env(ADMIN, ADMIN_PASSWORD),
            stderr_path=tmp_path / name / "child-stderr.txt",
        )
        return folder, child

    # Calibration: one rotation without a kill, timed by the child itself.
    folder, child = start_round("calibration")
    code = child.finish()
    lines = child.output()
    assert code == 0, child.stderr()
    done = next(float(line.split()[1]) for line in lines if line.startswith("done "))
    timing = Timing(step_time(lines, "prepared"), step_time(lines, "rekeyed"), done)
    leaver_is_refused(folder)

    landed: dict[str, int] = {}
    for round_no in range(1, RANDOM_ROUNDS + 1):
        folder, child = start_round(f"round-{round_no}")
        aimed = round_no <= round(RANDOM_ROUNDS * AIMED_SHARE)
        if aimed:
            mark = child.wait_for(lambda line: line.startswith("step prepared"), timeout=60)
            delay = rng.uniform(0, timing.rekey)
        else:
            mark = child.wait_for(lambda line: line == "start", timeout=60)
            delay = rng.uniform(0, timing.done)
        assert mark is not None, child.stderr()
        time.sleep(max(0.0, mark[0] + delay - time.monotonic()))
        child.kill()
        code = child.finish()
        lines = child.output()
        steps = [line.split()[1] for line in lines if line.startswith("step ")]
        if code == 0:
            where = "after the rotation (too late)"
        elif "rekeyed" in steps:
            where = "after the rekey"
        elif "prepared" in steps:
            where = where_after_prepare(folder, old_key)
        else:
            where = "before the rekey"
        landed[where] = landed.get(where, 0) + 1
        print(
            f"\nround {round_no} (seed {seed}): {'aimed' if aimed else 'random'} kill {delay:.3f} s "
            f"after {'prepared' if aimed else 'start'}: {where}, steps reached {steps}",
            end="",
            flush=True,
        )
        outcome = check_after_crash(folder, old_key)
        print(f"; deactivated={outcome.deactivated}, finished by sign-in={outcome.finished_by_sign_in}")
        shutil.rmtree(folder.parent)

    inside = sum(n for where, n in landed.items() if where.startswith("inside the rekey"))
    print(
        f"\nrotation kills (seed {seed}): vault {size_mb:.0f} MB, rekey {timing.rekey:.3f} s "
        f"(prepared at {timing.prepared:.3f} s, rotation done at {timing.done:.3f} s); "
        f"{RANDOM_ROUNDS} kills, {inside} inside the rekey: {landed}"
    )
