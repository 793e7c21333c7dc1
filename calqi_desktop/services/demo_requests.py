"""The demo firm's data-subject requests: a handful in every state, dated relative to `today`.

Made through the request services themselves (`requests`, `request_exports`,
`restriction`), so every request, step and audit event is what the app would
have written, and placed on the demo's active, unrestricted persons. Relative
to `today`:

- an access request past its deadline (identity verified, still open);
- two requests due within seven days (an erasure and a rectification);
- a portability request whose term was extended by two months, with the reason;
- an access request closed as granted once its access report was made, an
  erasure closed because the identity could not be verified;
- an access request from someone not in the vault, awaiting identification
  (a made-up name on the reserved `.example` domain);
- a restriction request with the restriction applied.

All names and texts are fictitious. The eight requests take about 0.2–0.3 s (one transaction per
step; the access report of the granted one about 0.1 s of it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, select

from calqi_desktop.domain.clients import ClientKind, ClientStatus
from calqi_desktop.domain.requests import (
    IdentityCheckDraft,
    IdentityMethod,
    RequestChannel,
    RequestDraft,
    Requester,
    RequestOutcome,
    RequestType,
)
from calqi_desktop.services import request_exports, requests, restriction
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import Client, DisclosureRow

#: The requester of the demo's request from outside the vault.
DEMO_REQUESTER = Requester(
    name="Fenna Zwaluwstaart",
    email="fenna.zwaluwstaart@post.example",
    address="Brinkweg 8\n9999 ZZ Nergenshuizen",
)
RESTRICTION_REASON = (
    "Betwist de juistheid van het opgegeven inkomen; de verwerking is beperkt tot de controle is afgerond."
)


@dataclass(frozen=True)
class _Plan:
    """One demo request: what, when (days before today), and what happens to it afterwards."""

    request_type: RequestType
    received_days_ago: int
    channel: RequestChannel
    description: str
    then: Callable[[Workspace, int, date], None] | None = None
    identity_after_days: int | None = 1  # None: not verified (yet)


def create_demo_requests(workspace: Workspace, *, today: date | None = None) -> list[int]:
    """Add the demo requests; returns their ids (none when the vault has too few persons)."""
    day = today or date.today()
    persons = _persons(workspace)
    if not persons:
        return []
    made = []
    for index, plan in enumerate(_PLANS):
        received = day - timedelta(days=plan.received_days_ago)
        request_id = requests.register(
            workspace,
            RequestDraft(
                plan.request_type,
                received,
                plan.channel,
                client_id=persons[index % len(persons)],
                description=plan.description,
            ),
            today=day,
        )
        if plan.identity_after_days is not None:
            checked_on = received + timedelta(days=plan.identity_after_days)
            method = (
                IdentityMethod.KNOWN_EMAIL
                if plan.channel is RequestChannel.EMAIL
                else IdentityMethod.ID_IN_PERSON
            )
            requests.verify_identity(workspace, request_id, IdentityCheckDraft(method, checked_on), today=day)
        if plan.then is not None:
            plan.then(workspace, request_id, day)
        made.append(request_id)
    made.append(
        requests.register(
            workspace,
            RequestDraft(
                RequestType.ACCESS,
                day - timedelta(days=2),
                RequestChannel.EMAIL,
                requester=DEMO_REQUESTER,
                description="Vraagt welke gegevens het kantoor over haar heeft; zegt vroeger klant te zijn geweest.",
            ),
            today=day,
        )
    )
    return made


def _persons(workspace: Workspace) -> list[int]:
    """Active, unrestricted persons, spread over the dossier list, one per plan (fewer when the vault
    has fewer). The last plan restricts its person, so that one has no disclosures: a disclosure
    recorded earlier would now read as refused (the demo's disclosures are all allowed)."""
    with workspace.transaction() as session:
        people = (
            select(Client.id)
            .where(
                Client.kind == ClientKind.PERSON.value,
                Client.status == ClientStatus.ACTIVE.value,
                Client.restricted.is_(False),
            )
            .order_by(Client.id)
            .limit(200)
        )
        ids = list(session.scalars(people))
        undisclosed = list(
            session.scalars(people.where(~exists().where(DisclosureRow.client_id == Client.id)))
        )
    step = max(1, len(ids) // len(_PLANS))
    chosen = ids[::step][: len(_PLANS)]
    spare = [client_id for client_id in undisclosed if client_id not in chosen[:-1]]
    if len(chosen) == len(_PLANS) and spare:
        chosen[-1] = spare[0]
    return chosen


def _extend(workspace: Workspace, request_id: int, today: date) -> None:
    requests.extend(
        workspace,
        request_id,
        2,
        "Het verzoek omvat stukken over tien jaar uit het archief; het verzamelen vraagt meer tijd.",
        today=today - timedelta(days=10),
    )


def _grant(workspace: Workspace, request_id: int, today: date) -> None:
    request_exports.access_report(workspace, request_id)  # the work, on the timeline, before granting
    requests.close(workspace, request_id, RequestOutcome.GRANTED, today=today - timedelta(days=45))


def _fail_identity(workspace: Workspace, request_id: int, today: date) -> None:
    requests.identity_failed(
        workspace,
        request_id,
        "Na twee verzoeken om identificatie is geen afgeschermde kopie van een identiteitsbewijs ontvangen.",
        today=today - timedelta(days=30),
    )


def _restrict(workspace: Workspace, request_id: int, today: date) -> None:
    restriction.set_restriction(workspace, request_id, RESTRICTION_REASON)


_PLANS = (
    _Plan(
        RequestType.ACCESS,
        40,
        RequestChannel.LETTER,
        "Wil een overzicht van alle gegevens en aan wie ze zijn verstrekt.",
    ),
    _Plan(
        RequestType.ERASURE,
        27,
        RequestChannel.EMAIL,
        "Is geen klant meer en wil dat alle gegevens worden gewist.",
    ),
    _Plan(
        RequestType.RECTIFICATION,
        25,
        RequestChannel.IN_PERSON,
        "Het woonadres en het telefoonnummer kloppen niet meer.",
    ),
    _Plan(
        RequestType.PORTABILITY,
        35,
        RequestChannel.EMAIL,
        "Wil de gegevens meenemen naar een ander kantoor.",
        _extend,
    ),
    _Plan(RequestType.ACCESS, 60, RequestChannel.LETTER, "Inzage in het dossier.", _grant),
    _Plan(RequestType.ERASURE, 50, RequestChannel.EMAIL, "Wissing van alle gegevens.", _fail_identity, None),
    _Plan(
        RequestType.RESTRICTION, 12, RequestChannel.LETTER, "Betwist het inkomen in de aangifte.", _restrict
    ),
)
