"""The consent rules without a vault: the 16th birthday, the guardian rule, what a withdrawal says it did."""

from __future__ import annotations

from datetime import date

import pytest

from calqi_desktop.domain import consent as consent_module
from calqi_desktop.domain.clients import LegalBasisKind
from calqi_desktop.domain.consent import (
    KEPT_UNDER_RESTRICTION,
    BuiltInPurpose,
    ConsentMethod,
    DecisionAction,
    GuardianDraft,
    GuardianForOrganisationError,
    GuardianRelation,
    check_guardian_rule,
    decision_record,
    decisions_summary,
    is_minor_on,
    sixteenth_birthday,
)
from calqi_desktop.domain.errors import (
    CalqiError,
    ConsentAgeUnknownError,
    GuardianIsSubjectError,
    GuardianNotAPersonError,
    GuardianNotNeededError,
    GuardianRequiredError,
    GuardianTooYoungError,
)

BORN = date(2010, 6, 15)
PARENT = GuardianDraft(GuardianRelation.PARENT, name="A. Bakker")


def rule(day: date, guardian: GuardianDraft | None = None, **values: object) -> date | None:
    arguments: dict[str, object] = {
        "subject_is_person": True,
        "subject_birth_date": BORN,
        "given_on": day,
        "guardian": guardian,
        "age_confirmed": False,
        "subject_id": 7,
        **values,
    }
    return check_guardian_rule(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("born", "sixteen"),
    [
        (date(2010, 6, 15), date(2026, 6, 15)),
        (date(2008, 2, 29), date(2024, 2, 29)),  # 16 years on is a leap year again
        (date(2084, 2, 29), date(2100, 3, 1)),  # 2100 is not: 1 March, not 28 February
        (date(2010, 12, 31), date(2026, 12, 31)),
    ],
)
def test_the_sixteenth_birthday(born: date, sixteen: date) -> None:
    assert sixteenth_birthday(born) == sixteen
    assert is_minor_on(born, date.fromordinal(sixteen.toordinal() - 1))
    assert not is_minor_on(born, sixteen)


def test_a_minor_needs_a_guardian_and_renews_on_the_sixteenth_birthday() -> None:
    day_before = date(2026, 6, 14)
    with pytest.raises(GuardianRequiredError):
        rule(day_before)
    with pytest.raises(GuardianRequiredError):
        rule(day_before, age_confirmed=True)  # confirming the age does not help a known minor
    with pytest.raises(GuardianRequiredError):
        rule(day_before, GuardianDraft(GuardianRelation.PARENT, name="  "))
    assert rule(day_before, PARENT) == date(2026, 6, 15)
    assert rule(day_before, GuardianDraft(GuardianRelation.LEGAL_GUARDIAN, client_id=8)) == date(2026, 6, 15)


@pytest.mark.parametrize("day", [date(2026, 6, 15), date(2026, 6, 16), date(2040, 1, 1)])
def test_from_sixteen_only_the_subject_gives_consent(day: date) -> None:
    assert rule(day) is None
    with pytest.raises(GuardianNotNeededError):
        rule(day, PARENT)


def test_a_guardian_in_the_vault_is_another_person_of_sixteen_or_over() -> None:
    day = date(2020, 1, 1)
    in_vault = GuardianDraft(GuardianRelation.PARENT, client_id=8)
    with pytest.raises(GuardianIsSubjectError):
        rule(day, GuardianDraft(GuardianRelation.PARENT, client_id=7))
    with pytest.raises(GuardianNotAPersonError):
        rule(day, in_vault, guardian_is_person=False)
    with pytest.raises(GuardianTooYoungError):
        rule(day, in_vault, guardian_birth_date=date(2004, 1, 2))  # 15 that day
    assert rule(day, in_vault, guardian_birth_date=date(2004, 1, 1)) == date(2026, 6, 15)
    assert rule(day, in_vault, guardian_birth_date=None) == date(2026, 6, 15)


def test_without_a_birth_date_the_age_is_confirmed_or_a_guardian_recorded() -> None:
    with pytest.raises(ConsentAgeUnknownError):
        rule(date(2020, 1, 1), subject_birth_date=None)
    assert rule(date(2020, 1, 1), subject_birth_date=None, age_confirmed=True) is None
    assert rule(date(2020, 1, 1), PARENT, subject_birth_date=None) is None


def test_an_organisation_gives_its_own_consent() -> None:
    assert rule(date(2020, 1, 1), subject_is_person=False, subject_birth_date=None) is None
    with pytest.raises(GuardianForOrganisationError):
        rule(date(2020, 1, 1), PARENT, subject_is_person=False, subject_birth_date=None)


def test_a_withdrawal_says_what_happened_without_a_value() -> None:
    decisions = {
        "children": decision_record(DecisionAction.ERASE.value),
        "birth": decision_record(DecisionAction.KEEP_UNDER_OTHER_BASIS.value, LegalBasisKind.CONTRACT),
        "bank-accounts": decision_record(KEPT_UNDER_RESTRICTION),
    }
    assert decisions["birth"] == {"action": "keep", "basis": "contract"}
    assert decisions_summary(decisions) == (
        "Geboortedatum en -plaats bewaard onder Overeenkomst; de bankrekeningen ongewijzigd bewaard "
        "zolang de verwerking beperkt is; de kinderen gewist."
    )
    assert decisions_summary(decisions, "en") == (
        "Date and place of birth kept under Contract; the bank accounts kept unchanged while processing "
        "is restricted; the children erased."
    )
    assert decisions_summary({}) == ""


def test_labels_and_errors_have_both_languages() -> None:
    for member in (*BuiltInPurpose, *ConsentMethod, *GuardianRelation, *DecisionAction):
        assert member.label() and member.label("en") and member.label() != member.label("en")
    errors = [
        value
        for value in vars(consent_module).values()
        if isinstance(value, type)
        and issubclass(value, CalqiError)
        and value.__module__ == consent_module.__name__
    ]
    assert len(errors) == 3
    for error in errors:
        assert error.nl.endswith(".") and error.en.endswith(".") and error.nl != error.en
