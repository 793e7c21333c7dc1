"""Privacy-statement versions on a real vault: adding one lists the clients to inform, marking them, roles."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from conftest import ADMIN
from consent_helpers import pdf, sign_in
from PIL import Image
from sqlalchemy import select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import ClientDraft, ClientKind
from calqi_desktop.domain.consent import BuiltInPurpose, ConsentDraft, ConsentMethod, WithdrawalDraft
from calqi_desktop.domain.errors import (
    DocumentTypeError,
    PermissionDeniedError,
    RequiredFieldError,
    StatementContentRequiredError,
    StatementNotInAdvanceError,
    StatementVersionNotFoundError,
    StatementVersionTakenError,
    TextTooLongError,
)
from calqi_desktop.domain.statement import (
    VERSION_MAX,
    InformChannel,
    StatementPdfTypeError,
    StatementVersion,
    StatementVersionDraft,
)
from calqi_desktop.services import clients, consent, statement_versions
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.models import Client, StatementNotice

FIRST = "2018-05"
#: A day after today: once consents exist, a new version must take effect later than today.
NEXT_JANUARY = date(date.today().year + 1, 1, 1)


def png() -> bytes:
    buffer = BytesIO()
    Image.new("RGB", (40, 20), (0, 0, 0)).save(buffer, "PNG")
    return buffer.getvalue()


def by_version(workspace: Workspace) -> dict[str, StatementVersion]:
    return {v.version: v for v in statement_versions.list_versions(workspace)}


def add(
    workspace: Workspace, version: str, effective_on: date, *, today: date | None = None, **values: object
) -> StatementVersion:
    draft = StatementVersionDraft(version, effective_on, **{"text": f"Tekst {version}", **values})  # type: ignore[arg-type]
    return statement_versions.add_version(workspace, draft, today=today)


def client(workspace: Workspace, name: str, kind: ClientKind = ClientKind.PERSON) -> int:
    draft = (
        ClientDraft(kind=kind, organisation_name=name)
        if kind is ClientKind.ORGANISATION
        else ClientDraft(initials="A", last_name=name)
    )
    return clients.create_client(workspace, draft)


def give(
    workspace: Workspace, client_id: int, version_id: int, code: BuiltInPurpose = BuiltInPurpose.NEWSLETTER
) -> int:
    purpose_id = next(p.id for p in consent.list_purposes(workspace) if p.code == code.value)
    draft = ConsentDraft(
        purpose_id,
        datetime.now(UTC) - timedelta(hours=1),
        ConsentMethod.PAPER,
        version_id,
        age_confirmed=True,
    )
    return consent.give_consent(workspace, client_id, draft).id


def listed(workspace: Workspace, version_id: int, *, only_open: bool = True) -> list[int]:
    return [
        c.client_id for c in statement_versions.clients_to_inform(workspace, version_id, only_open=only_open)
    ]


def test_a_new_vault_shows_the_firms_statement_of_2018(workspace: Workspace) -> None:
    current = statement_versions.current_version(workspace)
    assert current is not None and (current.version, current.effective_on) == (FIRST, date(2018, 5, 25))
    assert current.label() == "2018-05 (ingang 25-05-2018)"
    assert (current.has_text, current.has_pdf, current.to_inform, current.informed) == (True, False, 0, 0)
    text, pdf_bytes = statement_versions.version_text(workspace, current.id)
    assert "Ben je jonger dan 16 jaar?" in text and "Verstrekking aan derden" in text and pdf_bytes is None
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=AuditAction.STATEMENT_VERSION_VIEWED.value)
        (viewed,) = audit_store.find_events(session, query)
    assert viewed.record.details == {"version_id": current.id}


def test_adding_lists_clients_with_consent_under_an_older_version(workspace: Workspace) -> None:
    first = statement_versions.current_version(workspace)
    assert first is not None
    v2024 = add(workspace, "2024-1", date(2024, 1, 1))
    older = client(workspace, "Aalbers")  # consent under 2018
    newer = client(workspace, "Bos")  # consent under 2024
    withdrawn = client(workspace, "Claassen")
    anonymised = client(workspace, "Dekker")
    company = client(workspace, "Eik B.V.", ClientKind.ORGANISATION)
    nothing = client(workspace, "Fransen")  # no consent at all
    give(workspace, older, first.id)
    give(workspace, newer, v2024.id)
    consent.withdraw_consent(
        workspace,
        WithdrawalDraft(give(workspace, withdrawn, first.id), datetime.now(UTC), ConsentMethod.EMAIL),
    )
    give(workspace, anonymised, first.id)
    give(workspace, company, first.id, BuiltInPurpose.PROMOTIONS)
    give(workspace, company, first.id)  # two consents: listed once
    with workspace.transaction() as session:
        session.get_one(Client, anonymised).status = "anonymised"

    # a consent given under 2018 while 2024 exists already put them on 2024's list
    # (listed when they gave it; the anonymised client drops off the list)
    assert listed(workspace, v2024.id) == sorted([older, withdrawn, company])
    assert nothing not in listed(workspace, v2024.id) and newer not in listed(workspace, v2024.id)

    # entered in advance, in December 2019
    v2020 = add(
        workspace, "2020-1", date(2020, 1, 1), today=date(2019, 12, 1), summary="Nieuwe bewaartermijnen."
    )
    assert (v2020.to_inform, v2020.informed, v2020.summary) == (2, 0, "Nieuwe bewaartermijnen.")
    rows = statement_versions.clients_to_inform(workspace, v2020.id)
    assert [row.client_id for row in rows] == sorted([older, company])  # by client number
    assert [row.name for row in rows] == ["Aalbers, A.", "Eik B.V."]
    assert all(row.informed_at is None and row.channel is None for row in rows)
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=AuditAction.STATEMENT_VERSION_ADDED.value)
        added = [listed_event.record.details for listed_event in audit_store.find_events(session, query)]
    assert added == [{"version_id": v2020.id, "listed": 2}, {"version_id": v2024.id, "listed": 0}]
    assert [v.version for v in statement_versions.list_versions(workspace)] == ["2024-1", "2020-1", FIRST]


def test_marking_clients_informed(workspace: Workspace) -> None:
    first = statement_versions.current_version(workspace)
    assert first is not None
    members = [client(workspace, name) for name in ("Aalbers", "Bos", "Claassen")]
    for client_id in members:
        give(workspace, client_id, first.id)
    document = pdf()
    v2027 = add(workspace, "2027-1", NEXT_JANUARY, text="", pdf=document, pdf_name="verklaring 2027.pdf")
    assert (v2027.to_inform, v2027.has_pdf, v2027.has_text, v2027.pdf_name) == (
        3,
        True,
        False,
        "verklaring 2027.pdf",
    )
    outsider = client(workspace, "Dekker")
    marked = statement_versions.mark_informed(
        workspace, v2027.id, [members[0], members[0], members[2], outsider, 404], InformChannel.EMAIL
    )
    assert marked == 2
    assert statement_versions.mark_informed(workspace, v2027.id, [members[0]], InformChannel.POST) == 0
    assert listed(workspace, v2027.id) == [members[1]]
    everyone = statement_versions.clients_to_inform(workspace, v2027.id, only_open=False)
    assert [(c.client_id, c.channel, c.informed_by) for c in everyone] == [
        (members[0], InformChannel.EMAIL, ADMIN),
        (members[1], None, ""),
        (members[2], InformChannel.EMAIL, ADMIN),
    ]
    assert everyone[0].informed_at is not None and everyone[0].informed_at.tzinfo is not None
    page = statement_versions.clients_to_inform(workspace, v2027.id, only_open=False, offset=1, limit=1)
    assert [c.client_id for c in page] == [members[1]]
    assert (by_version(workspace)["2027-1"].to_inform, by_version(workspace)["2027-1"].informed) == (1, 2)
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=AuditAction.CLIENT_INFORMED.value)
        informed = [(e.record.client_id, e.record.details) for e in audit_store.find_events(session, query)]
    assert sorted(informed) == [
        (members[0], {"version_id": v2027.id, "channel": "email"}),
        (members[2], {"version_id": v2027.id, "channel": "email"}),
    ]
    assert statement_versions.version_text(workspace, v2027.id) == ("", document)
    with pytest.raises(StatementVersionNotFoundError):
        statement_versions.mark_informed(workspace, 404, members, InformChannel.EMAIL)
    with pytest.raises(StatementVersionNotFoundError):
        statement_versions.clients_to_inform(workspace, 404)


def test_the_current_version_is_the_newest_in_effect(workspace: Workspace) -> None:
    add(workspace, "2030-1", date(2030, 1, 1))
    add(workspace, "2025-1", date(2025, 1, 1))
    current = statement_versions.current_version

    def version(day: date) -> str:
        found = current(workspace, today=day)
        assert found is not None
        return found.version

    assert version(date(2026, 6, 1)) == "2025-1"
    assert version(date(2030, 1, 1)) == "2030-1"
    assert version(date(2018, 5, 24)) == FIRST  # before every version: the earliest


def test_what_adding_refuses(workspace: Workspace) -> None:
    cases: list[tuple[StatementVersionDraft, type[Exception]]] = [
        (StatementVersionDraft(" ", date(2027, 1, 1), "tekst"), RequiredFieldError),
        (StatementVersionDraft("x" * (VERSION_MAX + 1), date(2027, 1, 1), "tekst"), TextTooLongError),
        (StatementVersionDraft(" 2018-05 ", date(2027, 1, 1), "tekst"), StatementVersionTakenError),
        (StatementVersionDraft("2027-1", date(2027, 1, 1), "  "), StatementContentRequiredError),
        (StatementVersionDraft("2027-1", date(2027, 1, 1), pdf=png()), StatementPdfTypeError),
        (StatementVersionDraft("2027-1", date(2027, 1, 1), pdf=b"geen pdf"), DocumentTypeError),
    ]
    for draft, error in cases:
        with pytest.raises(error):
            statement_versions.add_version(workspace, draft)
    assert list(by_version(workspace)) == [FIRST]
    assert StatementPdfTypeError.nl != StatementPdfTypeError.en and StatementPdfTypeError.nl.endswith(".")


def test_once_consent_is_recorded_a_new_version_is_announced_in_advance(workspace: Workspace) -> None:
    """R12: clients are informed before a change applies; a firm new to the app may enter its history."""
    today = date(2026, 6, 15)
    history = add(workspace, "2020-1", date(2020, 1, 1), today=today)  # no consent recorded yet
    assert history.effective_on == date(2020, 1, 1)
    give(workspace, client(workspace, "Aalbers"), history.id)
    before = by_version(workspace)
    for effective_on in (today, today - timedelta(days=1), date(2018, 1, 1)):
        with pytest.raises(StatementNotInAdvanceError) as caught:
            add(workspace, "2026-1", effective_on, today=today)
        assert caught.value.field == "effective_on"
        assert caught.value.message().startswith(
            "Een nieuwe versie van de privacyverklaring wordt vooraf aangekondigd: kies een ingangsdatum na "
            "vandaag"
        )
        assert caught.value.message("en").startswith("A new version of the privacy statement is announced")
    assert by_version(workspace) == before  # nothing stored
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=AuditAction.STATEMENT_VERSION_ADDED.value)
        assert len(audit_store.find_events(session, query)) == 1  # only the history
    announced = add(workspace, "2026-1", today + timedelta(days=1), today=today)
    assert announced.to_inform == 1
    assert add(workspace, "2027-1", NEXT_JANUARY).effective_on == NEXT_JANUARY  # today by default


@pytest.mark.parametrize("user", [ADMIN, "anna", "sam", "fleur"])
def test_who_adds_versions_and_who_marks(created_vault: tuple[Path, str], user: str) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    try:
        first = statement_versions.current_version(admin)
        assert first is not None
        client_id = client(admin, "Aalbers")
        give(admin, client_id, first.id)
    finally:
        admin.sign_out()
    member = sign_in(folder, user)
    try:
        draft = StatementVersionDraft("2027-1", NEXT_JANUARY, "Nieuwe tekst")
        if user in (ADMIN, "fleur"):
            version = statement_versions.add_version(member, draft)
            assert version.added_by == user and version.to_inform == 1
        else:
            with pytest.raises(PermissionDeniedError):
                statement_versions.add_version(member, draft)
            return
        assert listed(member, version.id) == [client_id]
        assert statement_versions.mark_informed(member, version.id, [client_id], InformChannel.PORTAL) == 1
        with member.transaction() as session:
            notice = session.scalars(select(StatementNotice)).one()
            assert (notice.informed_by, notice.channel) == (member.user.id, "portal")
    finally:
        member.sign_out()


@pytest.mark.parametrize("user", ["anna", "sam"])
def test_every_consent_role_marks_clients_informed(created_vault: tuple[Path, str], user: str) -> None:
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    try:
        first = statement_versions.current_version(admin)
        assert first is not None
        client_id = client(admin, "Aalbers")
        give(admin, client_id, first.id)
        version = add(admin, "2027-1", NEXT_JANUARY)
    finally:
        admin.sign_out()
    member = sign_in(folder, user)
    try:
        assert statement_versions.mark_informed(member, version.id, [client_id], InformChannel.IN_PERSON) == 1
        assert statement_versions.list_versions(member)[0].informed == 1
    finally:
        member.sign_out()
