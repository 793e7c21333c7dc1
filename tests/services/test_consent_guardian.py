"""The guardian rule through the consent service on a real vault: around the 16th birthday, on the local
day, a guardian in the vault, an unknown birth date, and the subject's renewal after turning 16."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from consent_helpers import (
    at,
    draft,
    organisation,
    person,
)

from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    ConsentDraft,
    GuardianDraft,
    GuardianForOrganisationError,
    GuardianRelation,
)
from calqi_desktop.domain.errors import (
    ConsentAgeUnknownError,
    GuardianIsSubjectError,
    GuardianNotAPersonError,
    GuardianNotNeededError,
    GuardianRequiredError,
    GuardianTooYoungError,
)
from calqi_desktop.services import clients, consent
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import ConsentRow


@pytest.mark.parametrize(
    ("born", "day", "minor"),
    [
        ("15-06-2000", date(2016, 6, 14), True),
        ("15-06-2000", date(2016, 6, 15), False),
        ("15-06-2000", date(2016, 6, 16), False),
        ("29-02-2008", date(2024, 2, 28), True),
        ("29-02-2008", date(2024, 2, 29), False),
        ("29-02-2008", date(2024, 3, 1), False),
    ],
)
def test_under_16_on_the_day_of_consent_a_guardian_gives_it(
    workspace: Workspace, born: str, day: date, minor: bool
) -> None:
    subject = person(workspace, born)
    mother = GuardianDraft(GuardianRelation.PARENT, name=" A.  Bakker ")
    own = draft(workspace, when=at(day), age_confirmed=False)
    by_mother = draft(workspace, when=at(day), age_confirmed=False, guardian=mother)
    if minor:
        with pytest.raises(GuardianRequiredError):
            consent.give_consent(workspace, subject, own)
        given = consent.give_consent(workspace, subject, by_mother)
        assert given.via_guardian and given.renew_due_on == date(int(born[-4:]) + 16, *_month_day(born))
        assert given.events[-1].guardian == "Ouder: A. Bakker"
    else:
        with pytest.raises(GuardianNotNeededError):
            consent.give_consent(workspace, subject, by_mother)
        given = consent.give_consent(workspace, subject, own)
        assert not given.via_guardian and given.renew_due_on is None
        assert given.events[-1].guardian == ""


def _month_day(born: str) -> tuple[int, int]:
    return int(born[3:5]), int(born[:2])


@pytest.fixture
def amsterdam(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Europe/Amsterdam")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("amsterdam")
def test_the_day_of_consent_is_the_local_day(workspace: Workspace) -> None:
    subject = person(workspace, "15-06-2000")
    late_evening = datetime(2016, 6, 14, 21, 30, tzinfo=UTC)  # 23:30 in Amsterdam: still 15
    just_after_midnight = datetime(2016, 6, 14, 22, 30, tzinfo=UTC)  # 00:30 on the birthday
    with pytest.raises(GuardianRequiredError):
        consent.give_consent(workspace, subject, draft(workspace, when=late_evening, age_confirmed=False))
    given = consent.give_consent(
        workspace, subject, draft(workspace, when=just_after_midnight, age_confirmed=False)
    )
    assert given.renew_due_on is None and given.given_at == just_after_midnight


def test_a_guardian_in_the_vault_is_another_adult_person(workspace: Workspace) -> None:
    subject = person(workspace, "15-06-2010")
    young = person(workspace, "01-01-2009", last_name="Bakker")
    company = organisation(workspace)
    parent = person(workspace, "01-01-1975", last_name="Vries")
    when = at(date(2020, 3, 1))

    def guardian(client_id: int) -> ConsentDraft:
        return draft(
            workspace,
            when=when,
            age_confirmed=False,
            guardian=GuardianDraft(GuardianRelation.LEGAL_GUARDIAN, client_id=client_id),
        )

    for client_id, error in (
        (subject, GuardianIsSubjectError),
        (company, GuardianNotAPersonError),
        (young, GuardianTooYoungError),
    ):
        with pytest.raises(error):
            consent.give_consent(workspace, subject, guardian(client_id))
    given = consent.give_consent(workspace, subject, guardian(parent))
    number = clients.open_dossier(workspace, parent, audit=False).draft.client_number
    assert given.events[-1].guardian == f"Wettelijk vertegenwoordiger (voogd): J. de Vries ({number})"
    assert given.renew_due_on == date(2026, 6, 15)
    with pytest.raises(GuardianForOrganisationError):
        consent.give_consent(workspace, company, guardian(parent))


def test_without_a_birth_date_the_recorder_confirms_the_age(workspace: Workspace) -> None:
    subject = person(workspace)
    with pytest.raises(ConsentAgeUnknownError):
        consent.give_consent(workspace, subject, draft(workspace, age_confirmed=False))
    assert consent.give_consent(workspace, subject, draft(workspace, age_confirmed=True)).is_given
    by_parent = draft(
        workspace,
        BuiltInPurpose.PROMOTIONS,
        age_confirmed=False,
        guardian=GuardianDraft(GuardianRelation.PARENT, name="A. Bakker"),
    )
    assert consent.give_consent(workspace, subject, by_parent).via_guardian
    assert consent.give_consent(workspace, organisation(workspace), draft(workspace, age_confirmed=False))


def test_the_subject_renews_a_guardians_consent_after_turning_16(workspace: Workspace) -> None:
    subject = person(workspace, "15-06-2000")
    mother = GuardianDraft(GuardianRelation.PARENT, name="A. Bakker")
    by_mother = consent.give_consent(
        workspace, subject, draft(workspace, when=at(date(2015, 1, 10)), age_confirmed=False, guardian=mother)
    )
    assert by_mother.renew_due_on == date(2016, 6, 15)
    with workspace.transaction() as session:
        assert session.get_one(ConsentRow, by_mother.id).renew_due_on == date(2016, 6, 15)
    renewed = consent.give_consent(
        workspace, subject, draft(workspace, when=at(date(2016, 7, 1)), age_confirmed=False)
    )
    assert renewed.id == by_mother.id and renewed.renew_due_on is None and not renewed.via_guardian
    assert [e.guardian for e in renewed.events] == ["Ouder: A. Bakker", ""]
