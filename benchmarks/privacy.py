"""Privacy figures at scale: the home dashboard, giving consent, recording a disclosure, the vault's size.

Run by `run.py` on its cached demo vault, whose build also makes the privacy
demo data at the same scale (`services.demo_privacy`: consents,
authorisations, disclosures, a new statement version with its clients to
inform). Signs in afresh as the beheerder, so the first dashboard is the first
query after opening. Prints, as `name value unit`:

  dashboard_cold_ms        services.dashboard.load as the first call after signing in
  dashboard_ms             the median of DASHBOARD_RUNS warm calls
  dashboard_max_ms         the slowest of them
  dashboard_<section>      the count of each section (authorisations-expiring,
                           via-awaiting-activation, consents-to-renew, clients-to-inform)
  give_consent_ms          consent.give_consent (newsletter) for a client on the new
                           version's list, median of WRITE_RUNS, each one transaction
                           with its audit event and fsync
  record_disclosure_ms     disclosures.record_disclosure (last year's IB return on an
                           activated VIA), median of WRITE_RUNS, the same
  vault_mb                 vault.db with its -wal after the run

The writes stay in the cached vault: a few consent events and disclosures per
run, on clients already listed, so the dashboard's counts do not move.
Budget at 100,000 dossiers: the dashboard like the first page of the dossier
list, < 100 ms warm.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

DASHBOARD_RUNS = 20
WRITE_RUNS = 5

Figure = Callable[[str, float, str], None]


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(folder: Path, user: str, password: str, kdf: Any, figure: Figure) -> None:
    """Sign in to the vault in `folder` and print the privacy figures through `figure`."""
    from calqi_desktop.services import auth, dashboard

    workspace = auth.sign_in(folder, user, password, kdf=kdf)
    try:
        today = date.today()
        figure("dashboard_cold_ms", _timed(lambda: dashboard.load(workspace, today=today)), "ms")
        times = [_timed(lambda: dashboard.load(workspace, today=today)) for _ in range(DASHBOARD_RUNS)]
        figure("dashboard_ms", statistics.median(times), "ms")
        figure("dashboard_max_ms", max(times), "ms")
        for section in dashboard.load(workspace, today=today).sections:
            figure(f"dashboard_{section.kind.value}", section.count, "count")
        figure("give_consent_ms", statistics.median(_give_consents(workspace, today)), "ms")
        figure("record_disclosure_ms", statistics.median(_record_disclosures(workspace, today)), "ms")
    finally:
        workspace.sign_out()
    size = sum(path.stat().st_size for path in folder.glob("vault.db*") if path.is_file())
    figure("vault_mb", size / 1024 / 1024, "MB")


def _give_consents(workspace: Any, today: date) -> list[float]:
    from sqlalchemy import select

    from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod
    from calqi_desktop.services import consent, statement_versions
    from calqi_desktop.storage.models import ConsentPurposeRow, StatementNotice

    version = statement_versions.current_version(workspace, today=today)
    assert version is not None
    with workspace.transaction() as session:
        newsletter = session.scalar(
            select(ConsentPurposeRow.id).where(ConsentPurposeRow.code == BuiltInPurpose.NEWSLETTER.value)
        )
        listed = session.scalars(
            select(StatementNotice.client_id).order_by(StatementNotice.id).limit(5000)
        ).all()
    assert newsletter is not None and listed
    times = []
    for client_id in random.Random(7).sample(listed, min(WRITE_RUNS, len(listed))):
        draft = ConsentDraft(
            purpose_id=newsletter,
            given_at=datetime.now().astimezone(),
            method=ConsentMethod.EMAIL,
            statement_version_id=version.id,
            age_confirmed=True,
        )
        times.append(_timed(lambda c=client_id, d=draft: consent.give_consent(workspace, c, d, today=today)))
    return times


def _record_disclosures(workspace: Any, today: date) -> list[float]:
    from sqlalchemy import select

    from calqi_desktop.domain.authorisations import DocumentType, RecipientKind, TaxType
    from calqi_desktop.domain.disclosures import DisclosureChannel, DisclosureDraft
    from calqi_desktop.services import disclosures
    from calqi_desktop.storage.models import AuthorisationRow

    with workspace.transaction() as session:
        vias = session.execute(
            select(AuthorisationRow.client_id, AuthorisationRow.year_from)
            .where(
                AuthorisationRow.kind == "via",
                AuthorisationRow.activated_on <= today,
                AuthorisationRow.revoked_on.is_(None),
            )
            .order_by(AuthorisationRow.id)
            .limit(5000)
        ).all()
    assert vias
    times = []
    for client_id, year in random.Random(8).sample(vias, min(WRITE_RUNS, len(vias))):
        draft = DisclosureDraft(
            DocumentType.TAX_RETURN,
            year,
            RecipientKind.BELASTINGDIENST,
            today,
            DisclosureChannel.ELECTRONIC,
            tax_type=TaxType.IB,
        )
        times.append(
            _timed(lambda c=client_id, d=draft: disclosures.record_disclosure(workspace, c, d, today=today))
        )
    return times
