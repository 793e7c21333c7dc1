"""The audit hash chain: every change, removal or reordering is found, and named."""

from dataclasses import replace

from calqi_desktop.domain.audit import (
    AuditAction,
    AuditRecord,
    ChainCheckpoint,
    event_hash,
    genesis_hash,
    verify_chain,
)

VAULT = "ab" * 16


def make_chain(length: int) -> list[AuditRecord]:
    chain: list[AuditRecord] = []
    prev = genesis_hash(VAULT)
    for seq in range(1, length + 1):
        record = AuditRecord(
            seq=seq,
            occurred_at=f"2026-11-24T10:00:{seq:02d}.000000Z",
            actor_id=1,
            action=AuditAction.SIGN_IN.value,
            client_id=seq % 3 or None,
            details={"n": seq},
            prev_hash=prev,
        )
        record = replace(record, hash=event_hash(record))
        chain.append(record)
        prev = record.hash
    return chain


def test_sound_chain() -> None:
    chain = make_chain(10)
    verdict = verify_chain(chain, VAULT, ChainCheckpoint(10, chain[-1].hash))
    assert verdict.sound and verdict.events_checked == 10
    assert "in orde" in verdict.explanation_nl


def test_changed_event_is_named() -> None:
    chain = make_chain(10)
    chain[4] = replace(chain[4], action=AuditAction.LOCK.value)
    verdict = verify_chain(chain, VAULT, None)
    assert not verdict.sound
    assert verdict.first_broken_seq == 5
    assert "gebeurtenis 5" in verdict.explanation_nl


def test_rehashed_event_breaks_the_next_link() -> None:
    chain = make_chain(10)
    forged = replace(chain[4], details={"n": 999})
    chain[4] = replace(forged, hash=event_hash(forged))
    verdict = verify_chain(chain, VAULT, None)
    assert verdict.first_broken_seq == 6


def test_removed_event_in_the_middle() -> None:
    chain = make_chain(10)
    del chain[6]
    verdict = verify_chain(chain, VAULT, None)
    assert verdict.first_broken_seq == 7
    assert "ontbreekt" in verdict.explanation_nl


def test_removed_tail_is_caught_by_the_checkpoint() -> None:
    chain = make_chain(10)
    assert verify_chain(chain[:7], VAULT, None).sound  # without a checkpoint a cut tail looks fine
    verdict = verify_chain(chain[:7], VAULT, ChainCheckpoint(10, chain[-1].hash))
    assert not verdict.sound
    assert verdict.first_broken_seq == 8
    assert "verwijderd" in verdict.explanation_nl


def test_chain_of_another_vault_does_not_verify() -> None:
    verdict = verify_chain(make_chain(3), "cd" * 16, None)
    assert verdict.first_broken_seq == 1


def test_rewritten_history_differs_from_checkpoint() -> None:
    chain = make_chain(5)
    checkpoint = ChainCheckpoint(5, chain[-1].hash)
    rewritten = make_chain(5)
    rewritten[0] = replace(rewritten[0], details={"n": 42})
    prev = genesis_hash(VAULT)
    rebuilt = []
    for record in rewritten:
        record = replace(record, prev_hash=prev)
        record = replace(record, hash=event_hash(record))
        rebuilt.append(record)
        prev = record.hash
    verdict = verify_chain(rebuilt, VAULT, checkpoint)
    assert not verdict.sound
    assert verdict.first_broken_seq == 5
