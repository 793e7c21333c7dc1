"""Field checks: normal forms for what is right, a message at the field for what is wrong."""

from __future__ import annotations

import pytest

from calqi_desktop.domain.errors import (
    EmailAddressError,
    FieldValidationError,
    KvkNumberError,
    PhoneNumberError,
    PostcodeFormatError,
    PostcodeNotIssuedError,
    RequiredFieldError,
    TextTooLongError,
)
from calqi_desktop.domain.validation import (
    Field,
    FieldErrors,
    check_email,
    check_kvk_number,
    check_phone,
    check_postcode,
    check_text,
    phone_e164,
)

POSTCODE = Field("postcode", "de postcode", "the postcode")
KVK = Field("kvk_number", "het KvK-nummer", "the KvK number")
EMAIL = Field("email", "het e-mailadres", "the e-mail address")
PHONE = Field("phone", "het telefoonnummer", "the phone number")
NAME = Field("firm_name", "de naam van het kantoor", "the firm's name")


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("3511 AB", "3511 AB"),
        ("3511ab", "3511 AB"),
        ("  3511   ab ", "3511 AB"),
        ("3511-AB", "3511 AB"),
        ("NL-2611ET", "2611 ET"),
        ("9999 zz", "9999 ZZ"),
        ("1000 AA", "1000 AA"),
    ],
)
def test_valid_postcodes_come_back_in_normal_form(typed: str, normal: str) -> None:
    assert check_postcode(typed, POSTCODE) == normal


@pytest.mark.parametrize(
    ("typed", "error", "words"),
    [
        ("1234 SA", PostcodeNotIssuedError, "SA, SD en SS"),
        ("1234sd", PostcodeNotIssuedError, "bestaat niet"),
        ("1234 ss", PostcodeNotIssuedError, "worden in postcodes niet gebruikt"),
        ("0123 AB", PostcodeFormatError, "de eerste is geen 0"),
        ("12345 AB", PostcodeFormatError, "vier cijfers"),
        ("123 AB", PostcodeFormatError, "vier cijfers"),
        ("1234 A", PostcodeFormatError, "twee letters"),
        ("1234 A1", PostcodeFormatError, "bijvoorbeeld 3511 AB"),
        ("B-1000", PostcodeFormatError, "geen geldige postcode"),
        ("1234 ÄB", PostcodeFormatError, "geen geldige postcode"),
    ],
)
def test_wrong_postcodes_say_what_is_wrong(typed: str, error: type[FieldValidationError], words: str) -> None:
    with pytest.raises(error) as caught:
        check_postcode(typed, POSTCODE)
    assert caught.value.field == "postcode"
    assert words in caught.value.message("nl")
    assert typed.strip() not in caught.value.message("nl")  # never quotes the value
    assert caught.value.message("en") != caught.value.message("nl")


def test_banned_letter_pairs_have_an_english_text_too() -> None:
    with pytest.raises(PostcodeNotIssuedError) as caught:
        check_postcode("1234 SS", POSTCODE)
    assert "SA, SD and SS" in caught.value.message("en")


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("12345678", "12345678"),
        ("1234 5678", "12345678"),
        ("12.34.56.78", "12345678"),
        ("01234567", "01234567"),
    ],
)
def test_valid_kvk_numbers(typed: str, normal: str) -> None:
    assert check_kvk_number(typed, KVK) == normal


@pytest.mark.parametrize(
    "typed", ["1234567", "123456789", "1234567a", "00000000", "１２３４５６７８", "KvK 12345678"]
)
def test_wrong_kvk_numbers(typed: str) -> None:
    with pytest.raises(KvkNumberError) as caught:
        check_kvk_number(typed, KVK)
    assert caught.value.field == "kvk_number"
    assert "precies 8 cijfers" in caught.value.message()
    assert "exactly 8 digits" in caught.value.message("en")


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("info@calqi.nl", "info@calqi.nl"),
        ("  Info@Calqi.NL ", "Info@calqi.nl"),
        ("jan.de.vries+kluis@mail.kantoor.example", "jan.de.vries+kluis@mail.kantoor.example"),
        ("o'brien@example.co.uk", "o'brien@example.co.uk"),
        ("post@bücher.de", "post@bücher.de"),
        ("a@b-c.nl", "a@b-c.nl"),
    ],
)
def test_valid_email_addresses(typed: str, normal: str) -> None:
    assert check_email(typed, EMAIL) == normal


@pytest.mark.parametrize(
    "typed",
    [
        "info",
        "info@",
        "@calqi.nl",
        "info@calqi",
        "info@@calqi.nl",
        "in fo@calqi.nl",
        ".info@calqi.nl",
        "info.@calqi.nl",
        "in..fo@calqi.nl",
        "info@-calqi.nl",
        "info@calqi..nl",
        "info@calqi.n",
        "info@calqi.123",
        "info@calqi.nl.",
        "a" * 65 + "@calqi.nl",
        "info@" + "a" * 250 + ".nl",
        "<script>@calqi.nl",
    ],
)
def test_wrong_email_addresses(typed: str) -> None:
    with pytest.raises(EmailAddressError) as caught:
        check_email(typed, EMAIL)
    assert caught.value.field == "email"
    assert "naam@voorbeeld.nl" in caught.value.message()


@pytest.mark.parametrize(
    ("typed", "normal", "e164"),
    [
        ("030 123 4567", "030 123 4567", "+31301234567"),
        ("0301234567", "030 123 4567", "+31301234567"),
        ("+31 30 123 4567", "030 123 4567", "+31301234567"),
        ("0031 30 123 4567", "030 123 4567", "+31301234567"),
        ("06-12345678", "06 12345678", "+31612345678"),
        ("020-1234567", "020 123 4567", "+31201234567"),
        ("+32 2 555 12 12", "+32 2 555 12 12", "+3225551212"),
        ("+49 30 1234567", "+49 30 1234567", "+49301234567"),
    ],
)
def test_valid_phone_numbers(typed: str, normal: str, e164: str) -> None:
    assert check_phone(typed, PHONE) == normal
    assert check_phone(normal, PHONE) == normal  # the normal form reads back as itself
    assert phone_e164(typed, PHONE) == e164


@pytest.mark.parametrize(
    "typed",
    [
        "06-1234567",  # possible length, but no such number: validity counts, not possibility
        "030 1234 5678",
        "12",
        "112",
        "telefoon",
        "+999 123 456",
    ],
)
def test_wrong_phone_numbers(typed: str) -> None:
    with pytest.raises(PhoneNumberError) as caught:
        check_phone(typed, PHONE)
    assert caught.value.field == "phone"
    assert "geen geldig telefoonnummer" in caught.value.message()
    assert "landcode" in caught.value.message()


def test_text_is_tidied_and_bounded() -> None:
    assert check_text("  Calqi \t B.V.\n", NAME, max_length=20) == "Calqi B.V."
    with pytest.raises(TextTooLongError) as caught:
        check_text("x" * 21, NAME, max_length=20)
    assert caught.value.message() == "De naam van het kantoor is te lang: gebruik hoogstens 20 tekens."
    assert caught.value.message("en") == "The firm's name is too long: use at most 20 characters."


@pytest.mark.parametrize(
    "check",
    [
        lambda text, field, **kw: check_text(text, field, max_length=10, **kw),
        check_postcode,
        check_kvk_number,
        check_email,
        check_phone,
    ],
)
def test_empty_is_refused_only_when_required(check) -> None:  # type: ignore[no-untyped-def]
    field = Field("veld", "het veld", "the field")
    assert check("  ", field, required=False) == ""
    assert check(None, field, required=False) == ""
    with pytest.raises(RequiredFieldError) as caught:
        check("", field)
    assert caught.value.field == "veld"
    assert caught.value.message() == "Vul het veld in: dit veld is verplicht."
    assert caught.value.message("en") == "Fill in the field: this field is required."


def test_field_errors_keep_every_failure_in_order() -> None:
    errors = FieldErrors()
    assert errors.check(lambda: check_postcode("1234sa", POSTCODE), "x") == "x"
    assert errors.check(lambda: check_kvk_number("12345678", KVK), "") == "12345678"
    assert errors.check(lambda: check_email("nee", EMAIL), "") == ""
    assert bool(errors) and [e.field for e in errors.errors] == ["postcode", "email"]
    with pytest.raises(PostcodeNotIssuedError):
        errors.raise_first()
    FieldErrors().raise_first()  # nothing to raise


def test_field_errors_are_calqi_errors_with_their_field() -> None:
    error = POSTCODE.error(PostcodeFormatError)
    assert error.field == "postcode"
    assert str(error) == error.message("nl")
