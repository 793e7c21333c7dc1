"""The demo firm's privacy work: consents, authorisations, disclosures and a new statement version.

Written with the demo clients (`services.demo_clients`) in one transaction,
batch by batch, straight on the cursor like `client_bulk` (100,000 dossiers
with all of it in about a minute), so every section of the home dashboard has
rows. Every row is valid by the rules the services enforce:

- A consent is given by the subject on or after their 16th birthday, or before
  it by a parent or guardian (named, with the relation); such a consent is to
  be renewed on the 16th birthday. Every MINOR_EVERY-th active person without
  children is made 15, 16 or 17 on `today` (in turn, by birth date only), so
  some renewals are due and some are not yet.
- About 60% of the persons give the special-data consent; only they have
  special data on the basis 'consent' (birth, children, financial data).
  Newsletter about 30%, some withdrawn again (a two-event history); a few
  persons consent to passing data to a named third party.
- Authorisations and disclosures: see `services.demo_authorisations`.
- A new statement version ("<year of today>-1", in force on 1 January next
  year) is added two weeks before `today`, after every consent, and lists
  every client with a given consent; about 40% are marked informed.

The same seed and `today` give the same data, and the first k of n clients
get the same data as in a vault of k.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    ChangeReason,
    ClientKind,
    ClientStatus,
    LegalBasisKind,
    SpecialCategory,
)
from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    ConsentEventKind,
    ConsentMethod,
    ConsentStatus,
    GuardianRelation,
    sixteenth_birthday,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.search_text import fold
from calqi_desktop.domain.statement import InformChannel
from calqi_desktop.services import demo_authorisations, demo_clients
from calqi_desktop.services.demo_authorisations import (
    ThirdPartyConsent,
    day_between,
    next_id,
    office_moment,
    years_before,
)
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import client_bulk, client_store
from calqi_desktop.storage.client_bulk import NewClient
from calqi_desktop.storage.models import (
    AuthorisationRow,
    ConsentEventRow,
    ConsentPurposeRow,
    ConsentRow,
    DisclosureRow,
    PrivacyStatementVersionRow,
    StaffUser,
    StatementNotice,
)

FIRST_VERSION = "2018-05"
#: The new version is added this many days before `today`; every consent lies before it.
NEW_VERSION_AGE_DAYS = 14
#: Every this-many-th active person without children is a minor (15, 16, 17 in turn; the first 17).
MINOR_EVERY = 40
_MINOR_AGES = (17, 15, 16)
THIRD_PARTIES = ("Hypotheekadvies Noord B.V.", "Financieel Planbureau Zuid B.V.", "Pensioenadvies De Brug")
_METHODS = (ConsentMethod.PAPER, ConsentMethod.EMAIL, ConsentMethod.IN_PERSON, ConsentMethod.PORTAL)
_EVIDENCE = {
    ConsentMethod.PAPER: "Toestemmingsformulier ondertekend; origineel in het papieren archief.",
    ConsentMethod.EMAIL: "Bevestigd per e-mail; de e-mail is bewaard in de mailbox van het kantoor.",
    ConsentMethod.IN_PERSON: "Mondeling gegeven tijdens het jaargesprek; vastgelegd in het gespreksverslag.",
    ConsentMethod.PORTAL: "Aangevinkt in het klantportaal.",
}
_STATEMENT_SUMMARY = (
    "Nieuwe verwerker voor de digitale archivering, bewaartermijnen per soort stuk uitgeschreven en "
    "uitleg over machtigingen voor de Belastingdienst toegevoegd."
)
_STATEMENT_TEXT = (
    "Privacyverklaring Calqi Demo B.V., versie {version} (demotekst).\n\n"
    "Wij verwerken uw persoonsgegevens om uw administratie en belastingaangiften te verzorgen. "
    "Bijzondere persoonsgegevens verwerken wij alleen met uw toestemming of op grond van de wet.\n\n"
    "Wat is er veranderd: " + _STATEMENT_SUMMARY
)

Progress = Callable[[int, int], None]
#: What writing dossiers, consents, the register, disclosures and a statement version needs.
_NEEDED = (
    Permission.EDIT_DOSSIERS, Permission.VIEW_SPECIAL_DATA, Permission.MANAGE_CONSENT,
    Permission.MANAGE_AUTHORISATIONS, Permission.RECORD_DISCLOSURES, Permission.MANAGE_REGISTERS,
)  # fmt: skip


@dataclass
class _Planned:
    """A demo client and what was decided for it before it was written (its birth date and bases)."""

    client: NewClient
    rng: random.Random
    special_consent: bool = False
    minor: bool = False
    window: tuple[date, date] | None = None  # the days its consents can lie on


@dataclass
class DemoCounts:
    """What `create_demo_dossiers` made."""

    clients: int = 0
    consents: int = 0
    consent_events: int = 0
    authorisations: int = 0
    disclosures: int = 0
    minors: int = 0
    listed: int = 0  # clients on the new version's list
    informed: int = 0


@dataclass(frozen=True)
class _Context:
    today: date
    purposes: dict[str, int]  # purpose code → id
    first_version_id: int
    first_effective: date
    staff: dict[str, int]  # demo user name → id (the signed-in member where one is missing)

    @property
    def new_version_day(self) -> date:
        return self.today - timedelta(days=NEW_VERSION_AGE_DAYS)


def _load_context(session: Session, today: date, actor_id: int) -> _Context:
    purposes = {
        code: id_ for code, id_ in session.execute(select(ConsentPurposeRow.code, ConsentPurposeRow.id))
    }
    first = session.execute(
        select(PrivacyStatementVersionRow.id, PrivacyStatementVersionRow.effective_on)
        .order_by(
            PrivacyStatementVersionRow.version != FIRST_VERSION, PrivacyStatementVersionRow.effective_on
        )
        .limit(1)
    ).one()  # the migration seeds "2018-05"
    names = {name: id_ for name, id_ in session.execute(select(StaffUser.user_name_key, StaffUser.id))}
    staff = {name: names.get(name, actor_id) for name in ("accountant", "assistent", "privacy")}
    return _Context(today, {k: v for k, v in purposes.items() if k}, first.id, first.effective_on, staff)


_COLUMNS: dict[Any, tuple[str, ...]] = {
    ConsentRow: (
        "id", "client_id", "purpose_id", "recipient", "recipient_key", "status", "given_at", "withdrawn_at",
        "statement_version_id", "via_guardian", "renew_due_on", "created_at", "updated_at",
    ),
    ConsentEventRow: (
        "id", "consent_id", "client_id", "kind", "occurred_at", "recorded_at", "recorded_by", "method",
        "statement_version_id", "evidence_document_id", "note", "guardian_client_id", "guardian_name",
        "guardian_relation", "decisions",
    ),
    StatementNotice: ("version_id", "client_id", "listed_at", "informed_at", "informed_by", "channel"),
}  # fmt: skip


class DemoPrivacyMaker:
    """Plans each demo client (birth date, bases), then makes its consents and, through a
    `demo_authorisations.RegisterMaker`, its authorisations and disclosures."""

    def __init__(self, context: _Context, *, seed: int, first_ids: dict[Any, int]) -> None:
        self.ctx = context
        self.seed = seed
        self.counts = DemoCounts()
        self.rows: dict[Any, list[tuple[Any, ...]]] = {model: [] for model in _COLUMNS}
        self._ids = dict(first_ids)
        self.register = demo_authorisations.RegisterMaker(
            context.today, context.staff["accountant"], first_ids
        )
        self._eligible = 0  # active persons without children seen so far (for MINOR_EVERY)
        self.consenting: list[int] = []  # clients with a given consent, for the new version's list

    def _id(self, model: Any) -> int:
        value = self._ids[model]
        self._ids[model] = value + 1
        return value

    # --- before the client is written ---------------------------------------------------

    def plan(self, client: NewClient) -> _Planned:
        """Decide who is a minor (their birth date) and who gives the special-data consent (their bases)."""
        planned = _Planned(client, random.Random(f"{self.seed}:{client.draft.client_number}"))  # noqa: S311
        d, rng = client.draft, planned.rng
        if (
            d.kind is not ClientKind.PERSON
            or d.status is not ClientStatus.ACTIVE
            or client.birth_date is None
        ):
            return planned
        if not client.children:
            self._eligible += 1
            if self._eligible % MINOR_EVERY == 1:
                age = _MINOR_AGES[(self._eligible // MINOR_EVERY) % len(_MINOR_AGES)]
                born = years_before(self.ctx.today, age + 1) + timedelta(days=rng.randint(1, 364))
                planned.client = client = replace(client, birth_date=born)
                planned.minor = True
        planned.window = self._window(client, planned.minor)
        planned.special_consent = planned.window is not None and (planned.minor or rng.random() < 0.6)
        if planned.special_consent:
            switch = {
                SpecialCategory.BIRTH: planned.minor or rng.random() < 0.5,
                SpecialCategory.CHILDREN: rng.random() < 0.6,
                SpecialCategory.FINANCIAL: rng.random() < 0.5,
            }
            planned.client = replace(
                client,
                bases=tuple(
                    (category, LegalBasisKind.CONSENT, "Toestemming van de klant")
                    if switch.get(category)
                    else (category, basis, note)
                    for category, basis, note in client.bases
                ),
            )
        return planned

    def _window(self, client: NewClient, minor: bool) -> tuple[date, date] | None:
        """The days a consent can lie on: under the first version, before the new one was added,
        from the 16th birthday on (a minor's: in the three years before it, by a guardian)."""
        first, last = self.ctx.first_effective, self.ctx.new_version_day - timedelta(days=6)
        if client.birth_date is not None:
            turns_16 = sixteenth_birthday(client.birth_date)
            if minor:
                first, last = max(first, years_before(turns_16, 3)), min(last, turns_16 - timedelta(days=1))
            else:
                first = max(first, turns_16)
        return (first, last) if first <= last else None

    # --- after it is written --------------------------------------------------------------

    def add(self, client_id: int, planned: _Planned) -> None:
        new, rng, third = planned.client, planned.rng, None
        if planned.minor:
            self.counts.minors += 1
            if planned.window is not None:
                self._minor_consent(client_id, new, planned.window, rng)
                self.consenting.append(client_id)
            return
        if new.draft.status is ClientStatus.ACTIVE:
            window = planned.window if new.draft.kind is ClientKind.PERSON else self._window(new, False)
            if window is not None:
                standing, third = self._consents(client_id, new, planned, window)
                if standing:
                    self.consenting.append(client_id)
        self.counts.disclosures += self.register.add(client_id, new, third, rng)

    def _consent(
        self,
        client_id: int,
        purpose: BuiltInPurpose,
        occurred: datetime,
        rng: random.Random,
        *,
        recipient: str = "",
        withdrawn: datetime | None = None,
        guardian: tuple[str, GuardianRelation] | None = None,
        renew_due_on: date | None = None,
    ) -> int:
        consent_id = self._id(ConsentRow)
        method = rng.choices(_METHODS, weights=(35, 30, 20, 15))[0]
        delay = timedelta(days=rng.randint(0, 5)) if method is ConsentMethod.PAPER else timedelta(minutes=3)
        recorder = self.ctx.staff["accountant" if rng.random() < 0.6 else "assistent"]
        version = self.ctx.first_version_id
        name, relation = guardian or ("", None)
        note = _EVIDENCE[method] + (f" Gegeven door: {relation.label().lower()}." if relation else "")
        events = [(ConsentEventKind.GIVEN, occurred, occurred + delay, method, note, name, relation)]
        if withdrawn is not None:
            how = ConsentMethod.EMAIL if rng.random() < 0.7 else ConsentMethod.PORTAL
            note = "Afgemeld per e-mail." if how is ConsentMethod.EMAIL else "Afgemeld in het klantportaal."
            events.append(
                (ConsentEventKind.WITHDRAWN, withdrawn, withdrawn + timedelta(minutes=5), how, note, "", None)
            )
        for kind, at, recorded, how, text, guardian_name, guardian_relation in events:
            self.rows[ConsentEventRow].append(
                (
                    self._id(ConsentEventRow), consent_id, client_id, kind.value, at, recorded, recorder,
                    how.value, version, None, text, None, guardian_name,
                    guardian_relation.value if guardian_relation else "", "{}",
                )
            )  # fmt: skip
        status = ConsentStatus.WITHDRAWN if withdrawn else ConsentStatus.GIVEN
        self.rows[ConsentRow].append(
            (
                consent_id, client_id, self.ctx.purposes[purpose.value], recipient,
                fold(recipient), status.value, occurred, withdrawn, version,
                guardian is not None, renew_due_on, events[0][2], events[-1][2],
            )
        )  # fmt: skip
        self.counts.consents += 1
        self.counts.consent_events += len(events)
        return consent_id

    def _minor_consent(
        self, client_id: int, new: NewClient, window: tuple[date, date], rng: random.Random
    ) -> None:
        """The special-data consent, given by a parent or legal guardian before the 16th birthday."""
        assert new.birth_date is not None
        d = new.draft
        if rng.random() < 0.85:
            parent = rng.choice(("M.", "J.", "A.", "P.", "H.", "S."))
            guardian = (
                " ".join(p for p in (parent, d.tussenvoegsel, d.last_name) if p),
                GuardianRelation.PARENT,
            )
        else:
            name = f"{rng.choice(('E.', 'R.', 'W.'))} {rng.choice(('van Oort', 'Hendriks', 'de Wit'))}"
            guardian = (name, GuardianRelation.LEGAL_GUARDIAN)
        self._consent(
            client_id,
            BuiltInPurpose.SPECIAL_DATA,
            office_moment(rng, day_between(rng, *window)),
            rng,
            guardian=guardian,
            renew_due_on=sixteenth_birthday(new.birth_date),
        )

    def _consents(
        self, client_id: int, new: NewClient, planned: _Planned, window: tuple[date, date]
    ) -> tuple[bool, ThirdPartyConsent | None]:
        """An adult's or organisation's consents: whether any stands, and the third-party one."""
        rng, (first, last) = planned.rng, window
        person = new.draft.kind is ClientKind.PERSON
        wanted = [
            (BuiltInPurpose.SPECIAL_DATA, planned.special_consent),
            (BuiltInPurpose.NEWSLETTER, rng.random() < 0.3),
            (BuiltInPurpose.GROUP_OFFERS, rng.random() < 0.05),
            (BuiltInPurpose.PROMOTIONS, rng.random() < 0.03),
            (BuiltInPurpose.THIRD_PARTY, person and rng.random() < 0.03),
        ]
        standing, third = False, None
        for purpose, wants in wanted:
            if not wants:
                continue
            occurred = office_moment(rng, day_between(rng, first, last))
            withdrawn = None
            gap = (last - occurred.date()).days
            if purpose is BuiltInPurpose.NEWSLETTER and rng.random() < 0.12 and gap > 30:
                withdrawn = office_moment(rng, occurred.date() + timedelta(days=rng.randint(30, gap)))
            recipient = rng.choice(THIRD_PARTIES) if purpose is BuiltInPurpose.THIRD_PARTY else ""
            consent_id = self._consent(
                client_id, purpose, occurred, rng, recipient=recipient, withdrawn=withdrawn
            )
            standing = standing or withdrawn is None
            if recipient:
                third = ThirdPartyConsent(consent_id, occurred.date(), recipient)
        return standing, third

    # --- writing -----------------------------------------------------------------------------

    def flush(self, session: Session) -> None:
        """Write the rows made so far, each table before the tables that point at it."""
        for rows_of in (self.rows, self.register.rows):
            for model, rows in rows_of.items():
                if rows:
                    columns = _COLUMNS.get(model) or demo_authorisations.COLUMNS[model]
                    client_bulk.executemany(session, model.__table__, columns, rows)
                    rows.clear()

    def add_new_version(self, session: Session) -> int:
        """Add the new statement version, list every client with a given consent, mark some informed."""
        ctx, rng = self.ctx, random.Random(f"{self.seed}:statement")  # noqa: S311
        label = f"{ctx.today.year}-1"
        version = PrivacyStatementVersionRow(
            version=label,
            effective_on=date(ctx.today.year + 1, 1, 1),
            summary=_STATEMENT_SUMMARY,
            text=_STATEMENT_TEXT.format(version=label),
            pdf=None,
            pdf_name="",
            added_by=ctx.staff["privacy"],
            added_at=office_moment(rng, ctx.new_version_day),
        )
        session.add(version)
        session.flush()
        channels = (InformChannel.EMAIL, InformChannel.POST, InformChannel.PORTAL)
        for client_id in self.consenting:
            informed_at = informed_by = channel = None
            if rng.random() < 0.4:
                day = ctx.new_version_day + timedelta(days=rng.randint(1, NEW_VERSION_AGE_DAYS - 1))
                informed_at, informed_by = office_moment(rng, day), ctx.staff["privacy"]
                channel = rng.choices(channels, weights=(70, 20, 10))[0].value
                self.counts.informed += 1
            self.rows[StatementNotice].append(
                (version.id, client_id, version.added_at, informed_at, informed_by, channel)
            )
        self.counts.listed = len(self.consenting)
        self.flush(session)
        return version.id


def create_demo_dossiers(
    workspace: Workspace,
    count: int,
    *,
    today: date | None = None,
    seed: int = demo_clients.DEFAULT_SEED,
    batch_size: int = demo_clients.BATCH_SIZE,
    progress: Progress | None = None,
) -> DemoCounts:
    """Add `count` demo clients with their privacy work in one transaction, in batches.

    `today` (default: the local date) is the day the data are made for;
    `progress(done, count)` follows the clients. Audited as
    `demo_clients.create_demo_clients` audits the clients (their count), plus
    the new statement version with the number of clients listed and one
    summary of the rest: counts only.
    """
    for permission in _NEEDED:
        workspace.require(permission)
    actor_id = workspace.user.id
    assert actor_id is not None, "demo data are made by a signed-in staff member"
    with workspace.transaction() as session:
        context = _load_context(session, today or date.today(), actor_id)
        models = (ConsentRow, ConsentEventRow, AuthorisationRow, DisclosureRow)
        maker = DemoPrivacyMaker(context, seed=seed, first_ids={m: next_id(session, m) for m in models})
        first = int(client_store.next_client_number(session)[len(client_store.CLIENT_NUMBER_PREFIX) :])
        clients = demo_clients.demo_clients(count, seed=seed, first_number=first)
        while batch := [maker.plan(client) for client in itertools.islice(clients, batch_size)]:
            ids = client_bulk.insert_clients(
                session,
                [planned.client for planned in batch],
                actor_id=actor_id,
                reason=ChangeReason.COMPLETION.value,
                reason_note="Demogegevens",
            )
            for client_id, planned in zip(ids, batch, strict=True):
                maker.add(client_id, planned)
            maker.flush(session)
            maker.counts.clients += len(batch)
            if progress:
                progress(maker.counts.clients, count)
        counts = maker.counts
        counts.authorisations = maker.register.authorisations
        workspace.record(session, AuditAction.DEMO_DATA_CREATED, details={"clients": counts.clients})
        if counts.clients:
            version_id = maker.add_new_version(session)
            workspace.record(
                session,
                AuditAction.STATEMENT_VERSION_ADDED,
                details={"version_id": version_id, "listed": counts.listed},
            )
            workspace.record(
                session,
                AuditAction.DEMO_DATA_CREATED,
                details={
                    "consents": counts.consents,
                    "authorisations": counts.authorisations,
                    "disclosures": counts.disclosures,
                    "informed": counts.informed,
                },
            )
    return counts
