"""The guardian rule through the consent service on a real vault: around the 16th birthday, on the local
day, a guardian in the vault, an unknown birth date, and the subject's renewal after turning 16."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from conftest import ADMIN
from consent_helpers import (
    at,
    draft,
    organisation,
    person,
    set_client,
    sign_in,
)
from pypdf import PdfReader

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
    GuardianRestrictedError,
    GuardianTooYoungError,
)
from calqi_desktop.export.consent_documents import GUARDIAN_RENEWAL
from calqi_desktop.services import clients, consent, privacy_documents
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


def test_a_guardian_whose_dossier_is_restricted_is_refused(workspace: Workspace) -> None:
    subject = person(workspace, "15-06-2010")
    parent = person(workspace, "01-01-1975", last_name="Bakker")
    set_client(workspace, parent, restricted=True)
    when = at(date(2020, 3, 1))
    in_vault = GuardianDraft(GuardianRelation.PARENT, client_id=parent)
    with pytest.raises(GuardianRestrictedError) as refused:
        consent.give_consent(
            workspace, subject, draft(workspace, when=when, age_confirmed=False, guardian=in_vault)
        )
    assert "beperkt" in refused.value.message() and "naam en relatie" in refused.value.message()
    assert consent.client_consents(workspace, subject) == []
    by_name = GuardianDraft(GuardianRelation.PARENT, name="J. Bakker")
    given = consent.give_consent(
        workspace, subject, draft(workspace, when=when, age_confirmed=False, guardian=by_name)
    )
    assert given.events[-1].guardian == "Ouder: J. Bakker"


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


def test_the_sixteenth_birthday_reaches_only_roles_that_see_special_data(
    created_vault: tuple[Path, str],
) -> None:
    """The renewal date is the 16th birthday and gives away the birth date: the assistent learns only
    that a renewal is pending or due; the receipt never names the day, for any role."""
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    mother = GuardianDraft(GuardianRelation.PARENT, name="A. Bakker")
    try:
        grown = person(admin, "15-06-2000")
        due = consent.give_consent(
            admin, grown, draft(admin, when=at(date(2015, 1, 10)), age_confirmed=False, guardian=mother)
        )
        young_born = date(date.today().year - 10, 1, 1)
        young = person(admin, young_born.strftime("%d-%m-%Y"), last_name="Bakker")
        pending = consent.give_consent(admin, young, draft(admin, age_confirmed=False, guardian=mother))
    finally:
        admin.sign_out()
    for user, sees in (("sam", False), ("anna", True)):
        member = sign_in(folder, user)
        try:
            [seen_due] = consent.client_consents(member, grown)
            [seen_pending] = consent.client_consents(member, young)
            receipts = [privacy_documents.consent_receipt(member, c.id) for c in (due, pending)]
        finally:
            member.sign_out()
        assert seen_due.renew_due_on == (date(2016, 6, 15) if sees else None), user
        assert seen_pending.renew_due_on == (date(young_born.year + 16, 1, 1) if sees else None), user
        assert (seen_due.renewal_pending, seen_due.renewal_due) == (True, True), user
        assert (seen_pending.renewal_pending, seen_pending.renewal_due) == (True, False), user
        for data, birthday in zip(
            receipts, (date(2016, 6, 15), date(young_born.year + 16, 1, 1)), strict=True
        ):
            text = " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).split())
            assert GUARDIAN_RENEWAL in text, user
            assert birthday.strftime("%d-%m-%Y") not in text and str(birthday.year) not in text, user
            assert not re.search(r"16 jaar\)", text), user
