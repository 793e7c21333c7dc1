"""Firm details and work settings: normal forms, every problem at once, bounds."""

from __future__ import annotations

import pytest

from calqi_desktop.domain.errors import (
    ClipboardClearSecondsError,
    IdleLockMinutesError,
    PostcodeNotIssuedError,
    RequiredFieldError,
)
from calqi_desktop.domain.firm import FirmDetails, Logo, WorkSettings, check_firm_details

TYPED = FirmDetails(
    firm_name="  Calqi   B.V. ",
    address="Oudegracht  231",
    postcode="3511nk",
    city=" Utrecht",
    kvk_number="8123 4567",
    email="Kantoor@Calqi.Example",
    phone="0301234567",
)


def test_details_come_back_in_normal_form() -> None:
    details = TYPED.validated()
    assert details == FirmDetails(
        firm_name="Calqi B.V.",
        address="Oudegracht 231",
        postcode="3511 NK",
        city="Utrecht",
        kvk_number="81234567",
        email="Kantoor@calqi.example",
        phone="030 123 4567",
    )
    assert details.postcode_city == "3511 NK Utrecht"
    assert details.validated() == details  # normal form is stable


def test_only_the_name_is_required() -> None:
    assert FirmDetails(firm_name="Calqi B.V.").validated() == FirmDetails(firm_name="Calqi B.V.")
    with pytest.raises(RequiredFieldError) as caught:
        FirmDetails(firm_name=" ").validated()
    assert caught.value.field == "firm_name"
    assert "naam van het kantoor" in caught.value.message()


def test_every_bad_field_is_reported_in_field_order() -> None:
    typed = FirmDetails(
        firm_name="",
        address="Oudegracht 231",
        postcode="3511 SA",
        city="Utrecht",
        kvk_number="123",
        email="kantoor@",
        phone="06-1234567",
    )
    normal, problems = check_firm_details(typed)
    assert [p.field for p in problems] == ["firm_name", "postcode", "kvk_number", "email", "phone"]
    assert isinstance(problems[1], PostcodeNotIssuedError)
    assert normal.address == "Oudegracht 231"  # what was right is normalised all the same
    with pytest.raises(RequiredFieldError):
        typed.validated()  # the first problem


@pytest.mark.parametrize(
    ("given", "missing"),
    [
        ({"address": "Oudegracht 231"}, ["postcode", "city"]),
        ({"postcode": "3511 NK"}, ["address", "city"]),
        ({"city": "Utrecht", "postcode": "3511 NK"}, ["address"]),
    ],
)
def test_an_address_is_all_or_nothing(given: dict[str, str], missing: list[str]) -> None:
    _normal, problems = check_firm_details(FirmDetails(firm_name="Calqi B.V.", **given))
    assert [p.field for p in problems] == missing
    assert all(isinstance(p, RequiredFieldError) for p in problems)


def test_changed_fields_name_only_what_differs() -> None:
    before = TYPED.validated()
    after = FirmDetails(**{**before.__dict__, "postcode": "3512 AA", "phone": ""})
    assert after.changed_fields(before) == ["postcode", "phone"]
    assert before.changed_fields(before) == []
    with_logo = FirmDetails(**{**before.__dict__, "logo": Logo(b"\x89PNG...", "image/png")})
    assert with_logo.changed_fields(before) == ["logo"]


def test_a_logo_is_png_or_jpeg_and_keeps_its_bytes_out_of_repr() -> None:
    logo = Logo(b"\x89PNG" + b"secret" * 10, "image/png")
    assert "secret" not in repr(logo)
    with pytest.raises(ValueError):
        Logo(b"GIF89a", "image/gif")


def test_work_settings_defaults_follow_the_design() -> None:
    assert WorkSettings() == WorkSettings(idle_lock_minutes=10, clipboard_clear_seconds=20)
    assert WorkSettings().validated() == WorkSettings()


@pytest.mark.parametrize("minutes", [1, 10, 120])
@pytest.mark.parametrize("seconds", [5, 20, 300])
def test_work_settings_bounds_are_inclusive(minutes: int, seconds: int) -> None:
    assert WorkSettings(minutes, seconds).problems() == []


@pytest.mark.parametrize("minutes", [0, -5, 121, 10_000])
def test_idle_lock_out_of_range(minutes: int) -> None:
    with pytest.raises(IdleLockMinutesError) as caught:
        WorkSettings(idle_lock_minutes=minutes).validated()
    assert caught.value.field == "idle_lock_minutes"
    assert caught.value.message() == (
        "Kies voor het automatisch vergrendelen een tijd van 1 tot en met 120 minuten."
    )
    assert "1 to 120 minutes" in caught.value.message("en")


@pytest.mark.parametrize("seconds", [0, 4, 301])
def test_clipboard_out_of_range(seconds: int) -> None:
    with pytest.raises(ClipboardClearSecondsError) as caught:
        WorkSettings(clipboard_clear_seconds=seconds).validated()
    assert caught.value.field == "clipboard_clear_seconds"
    assert "5 tot en met 300 seconden" in caught.value.message()


def test_both_bad_work_settings_are_reported_and_booleans_are_no_numbers() -> None:
    problems = WorkSettings(0, 1000).problems()
    assert [p.field for p in problems] == ["idle_lock_minutes", "clipboard_clear_seconds"]
    assert [p.field for p in WorkSettings(True, 20).problems()] == ["idle_lock_minutes"]  # type: ignore[arg-type]
