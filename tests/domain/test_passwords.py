"""Password policy and user names: at least 12 characters, not common, not the name."""

import pytest

from calqi_desktop.domain import passwords
from calqi_desktop.domain.errors import (
    CommonPasswordError,
    PasswordContainsNameError,
    PasswordTooShortError,
    PasswordTooSimpleError,
    UserNameInvalidError,
)


@pytest.mark.parametrize("password", ["kort", "elf-tekens!", "a" * 11])
def test_short_passwords_are_refused(password: str) -> None:
    with pytest.raises(PasswordTooShortError) as info:
        passwords.check_password(password)
    assert "12" in info.value.message()


@pytest.mark.parametrize(
    "password",
    [
        "wachtwoord123",  # Dutch list
        "WACHTWOORD123",  # case does not help
        "password1234",  # stem 'password' is on the zxcvbn list
        "qwertyuiop12",
        "Welkom2026!!!!",  # stem 'welkom2026' on the Dutch list
        "welkom01welkom01",  # a repeat of a weak half
        "1234567890ab",
    ],
)
def test_common_passwords_are_refused(password: str) -> None:
    with pytest.raises(CommonPasswordError):
        passwords.check_password(password)


def test_password_with_user_or_firm_name_is_refused() -> None:
    with pytest.raises(PasswordContainsNameError):
        passwords.check_password("jansen-houdt-van-fietsen", user_name="p.jansen")
    with pytest.raises(PasswordContainsNameError):
        passwords.check_password("blauwe-hoorn-kantoorstoel", firm_name="Hoorn Fiscaal B.V.")


@pytest.mark.parametrize("password", ["abcdefghijklmn", "zyxwvutsrqponm", "aabbaabbaabbab"])
def test_sequences_and_low_variety_are_refused(password: str) -> None:
    with pytest.raises((PasswordTooSimpleError, CommonPasswordError)):
        passwords.check_password(password)


@pytest.mark.parametrize(
    "password", ["paard-batterij-nietje-correct", "Zes gele kaasschaven!", "ĳsvogel-boven-de-Eem"]
)
def test_good_passwords_pass(password: str) -> None:
    passwords.check_password(password, user_name="anna", firm_name="Calqi B.V.")


def test_common_list_includes_zxcvbn_and_dutch_entries() -> None:
    common = passwords.common_passwords()
    assert "password" in common
    assert "wachtwoord" in common
    assert len(common) > 30_000


@pytest.mark.parametrize("name", ["anna", "p.jansen", "Mark_de-Vries", "a1"])
def test_valid_user_names(name: str) -> None:
    assert passwords.check_user_name(f"  {name} ") == name


@pytest.mark.parametrize("name", ["", "a", "naam met spatie", "x" * 41, "-begin", "é-accent", "a/b"])
def test_invalid_user_names(name: str) -> None:
    with pytest.raises(UserNameInvalidError):
        passwords.check_user_name(name)
