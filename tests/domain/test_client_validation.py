"""The field checks of a client dossier: normal forms for what is right, the exact error for what is not.

Every refusal names its field and says in Dutch what is wrong, without
quoting what was typed (the same messages could otherwise carry a BSN into a
log or a screenshot).
"""

from __future__ import annotations

from datetime import date

import pytest

from calqi_desktop.domain.errors import (
    BsnError,
    BtwIdError,
    ClientNumberError,
    DateFormatError,
    DateInFutureError,
    DateTooEarlyError,
    EmailAddressError,
    FieldValidationError,
    IbanCountryError,
    IbanError,
    KvkNumberError,
    PhoneNumberError,
    PostcodeFormatError,
    PostcodeNotIssuedError,
    RequiredFieldError,
    RsinError,
)
from calqi_desktop.domain.validation import (
    Field,
    check_birth_date,
    check_bsn,
    check_btw_id,
    check_client_number,
    check_email,
    check_iban,
    check_kvk_number,
    check_past_date,
    check_phone,
    check_postcode,
    check_rsin,
    format_iban,
    parse_date_nl,
    phone_e164,
)

FIELD = Field("the_key", "het veld", "the field")
TODAY = date(2025, 6, 15)


def refused(check, typed: str, error: type[FieldValidationError], words: str) -> FieldValidationError:  # type: ignore[no-untyped-def]
    """Run `check` on `typed`; assert the exact error, its field key and a message that explains it."""
    with pytest.raises(FieldValidationError) as caught:
        check(typed, FIELD)
    found = caught.value
    assert type(found) is error
    assert found.field == "the_key"
    message = found.message("nl")
    assert words in message
    assert found.message("en") and found.message("en") != message
    compact = "".join(typed.split())
    if len(compact) >= 4:  # short inputs ('12') may appear in any sentence by chance
        assert typed.strip() not in message
        assert compact not in message
        assert compact not in found.message("en")
    return found


# --- BSN and RSIN -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("111222333", "111222333"),
        ("123456782", "123456782"),
        ("111 222 333", "111222333"),
        ("111.222.333", "111222333"),
        (" 1234-56-782 ", "123456782"),
        ("10000008", "010000008"),  # eight digits: the leading zero was dropped somewhere
    ],
)
def test_valid_bsn(typed: str, normal: str) -> None:
    assert check_bsn(typed, FIELD) == normal


@pytest.mark.parametrize(
    "typed",
    [
        "123456789",  # 11-proef fails
        "111222334",
        "000000000",
        "10000009",  # eight digits, 11-proef fails after the zero
        "12",  # stdnum would pad this to '000000012', which passes the 11-proef
        "1234567",
        "1234567890",
        "12345678a",
        "BSN123456782",
        "１２３４５６７８２",  # full-width digits
    ],
)
def test_invalid_bsn(typed: str) -> None:
    refused(check_bsn, typed, BsnError, "elfproef")


def test_bsn_empty_is_required_only_when_asked() -> None:
    assert check_bsn("  ", FIELD, required=False) == ""
    refused(check_bsn, "", RequiredFieldError, "verplicht")


@pytest.mark.parametrize(("typed", "normal"), [("100000009", "100000009"), ("123 456 782", "123456782")])
def test_valid_rsin(typed: str, normal: str) -> None:
    assert check_rsin(typed, FIELD) == normal


@pytest.mark.parametrize("typed", ["100000008", "25", "12345678901", "R5IN-1234"])
def test_invalid_rsin(typed: str) -> None:
    refused(check_rsin, typed, RsinError, "elfproef")


# --- IBAN ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("NL91ABNA0417164300", "NL91ABNA0417164300"),
        ("nl91 abna 0417 1643 00", "NL91ABNA0417164300"),
        ("NL44 RABO 0123 4567 89", "NL44RABO0123456789"),
        ("BE68539007547034", "BE68539007547034"),  # a bank code missing from stdnum's list
        ("BE71 0961 2345 6769", "BE71096123456769"),
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
    ],
)
def test_valid_iban(typed: str, normal: str) -> None:
    assert check_iban(typed, FIELD) == normal
    assert format_iban(normal).replace(" ", "") == normal


@pytest.mark.parametrize(
    ("typed", "error", "words"),
    [
        ("NL92ABNA0417164300", IbanError, "controlegetal"),  # wrong check digits
        ("NL91ABNA0417164301", IbanError, "controlegetal"),
        ("BE68539007547035", IbanError, "controlegetal"),  # Belgian national check digits
        ("DE89370400440532013001", IbanError, "controlegetal"),
        ("NL91ABNA041716430", IbanError, "lengte"),  # one digit short
        ("NL12AB", IbanError, "lengte"),
        ("XX91ABNA0417164300", IbanCountryError, "landcode"),
        ("QQ12 3456 7890", IbanCountryError, "landcode"),
        ("1291ABNA0417164300", IbanCountryError, "landcode"),
    ],
)
def test_invalid_iban(typed: str, error: type[FieldValidationError], words: str) -> None:
    refused(check_iban, typed, error, words)


# --- btw-id, postcode, KvK ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("NL004495445B01", "NL004495445B01"),
        ("nl 0044.95.445 b01", "NL004495445B01"),
        ("004495445B01", "NL004495445B01"),
        ("NL000099998B57", "NL000099998B57"),  # the newer btw-id of a sole trader
    ],
)
def test_valid_btw_id(typed: str, normal: str) -> None:
    assert check_btw_id(typed, FIELD) == normal


@pytest.mark.parametrize("typed", ["NL004495446B01", "NL004495445", "BE0123456789", "NL004495445X01"])
def test_invalid_btw_id(typed: str) -> None:
    refused(check_btw_id, typed, BtwIdError, "btw-identificatienummer")


@pytest.mark.parametrize(
    ("typed", "normal"), [("1234ab", "1234 AB"), ("3511 nk", "3511 NK"), (" 3511NK ", "3511 NK")]
)
def test_valid_postcode(typed: str, normal: str) -> None:
    assert check_postcode(typed, FIELD) == normal


@pytest.mark.parametrize(
    ("typed", "error", "words"),
    [
        ("1234 SA", PostcodeNotIssuedError, "SA, SD en SS"),
        ("1234sd", PostcodeNotIssuedError, "SA, SD en SS"),
        ("1234 SS", PostcodeNotIssuedError, "SA, SD en SS"),
        ("0123 AB", PostcodeFormatError, "vier cijfers"),
        ("123 AB", PostcodeFormatError, "vier cijfers"),
        ("ABCD 12", PostcodeFormatError, "vier cijfers"),
    ],
)
def test_invalid_postcode(typed: str, error: type[FieldValidationError], words: str) -> None:
    refused(check_postcode, typed, error, words)


@pytest.mark.parametrize(("typed", "normal"), [("12345678", "12345678"), ("1234 5678", "12345678")])
def test_valid_kvk(typed: str, normal: str) -> None:
    assert check_kvk_number(typed, FIELD) == normal


@pytest.mark.parametrize("typed", ["7654321", "987654321", "7654321a", "00000000"])
def test_invalid_kvk(typed: str) -> None:
    refused(check_kvk_number, typed, KvkNumberError, "8 cijfers")


# --- phone and e-mail ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal", "e164"),
    [
        ("0301234567", "030 123 4567", "+31301234567"),
        ("030-1234567", "030 123 4567", "+31301234567"),
        ("+31 30 123 4567", "030 123 4567", "+31301234567"),
        ("0031301234567", "030 123 4567", "+31301234567"),
        ("06 12345678", "06 12345678", "+31612345678"),
        ("+32 2 555 12 12", "+32 2 555 12 12", "+3225551212"),
        ("+49 30 123456", "+49 30 123456", "+4930123456"),
    ],
)
def test_valid_phone(typed: str, normal: str, e164: str) -> None:
    assert check_phone(typed, FIELD) == normal
    assert phone_e164(typed, FIELD) == e164
    assert check_phone(normal, FIELD) == normal  # the normal form reads back as the same number


@pytest.mark.parametrize("typed", ["12345", "040 98", "+99 1234 5678", "bellen!", "0612"])
def test_invalid_phone(typed: str) -> None:
    refused(check_phone, typed, PhoneNumberError, "telefoonnummer")


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("jan@example.nl", "jan@example.nl"),
        (" Jan.de-Vries@Example.NL ", "Jan.de-Vries@example.nl"),
        ("info+klant@bakkerij-jansen.nl", "info+klant@bakkerij-jansen.nl"),
    ],
)
def test_valid_email(typed: str, normal: str) -> None:
    assert check_email(typed, FIELD) == normal


@pytest.mark.parametrize(
    "typed",
    ["jan@", "@kantoor-jansen.nl", "jan@example", "jan@@example.nl", "jan de vries@example.nl", "jan@.nl"],
)
def test_invalid_email(typed: str) -> None:
    refused(check_email, typed, EmailAddressError, "e-mailadres")


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24-11-1980", date(1980, 11, 24)),
        ("4-1-1980", date(1980, 1, 4)),
        ("04-01-1980", date(1980, 1, 4)),
        ("24/11/1980", date(1980, 11, 24)),
        ("24.11.1980", date(1980, 11, 24)),
        ("1980-11-24", date(1980, 11, 24)),  # ISO, as files carry it
        ("29-02-2024", date(2024, 2, 29)),
    ],
)
def test_dates_are_read_the_dutch_way(typed: str, expected: date) -> None:
    assert parse_date_nl(typed, FIELD) == expected


@pytest.mark.parametrize(
    ("typed", "error", "words"),
    [
        ("31-02-2020", DateFormatError, "dd-mm-jjjj"),
        ("29-02-2023", DateFormatError, "dd-mm-jjjj"),
        ("24-13-1980", DateFormatError, "dd-mm-jjjj"),
        ("24-11-80", DateFormatError, "dd-mm-jjjj"),
        ("11/24/1980", DateFormatError, "dd-mm-jjjj"),
        ("gisteren", DateFormatError, "dd-mm-jjjj"),
        ("31-12-1899", DateTooEarlyError, "1900"),
    ],
)
def test_invalid_dates(typed: str, error: type[FieldValidationError], words: str) -> None:
    refused(parse_date_nl, typed, error, words)


def test_birth_date_not_in_the_future_nor_before_1900() -> None:
    assert check_birth_date("15-06-2025", FIELD, today=TODAY) == TODAY
    assert check_birth_date("", FIELD, today=TODAY) is None
    refused(
        lambda typed, fld: check_birth_date(typed, fld, today=TODAY),
        "16-06-2025",
        DateInFutureError,
        "toekomst",
    )
    refused(
        lambda typed, fld: check_birth_date(typed, fld, today=TODAY), "01-01-1899", DateTooEarlyError, "1900"
    )
    with pytest.raises(DateInFutureError) as caught:
        check_past_date(date(2030, 1, 1), FIELD, today=TODAY)
    assert caught.value.message("nl").startswith("Het veld ligt in de toekomst")
    with pytest.raises(DateTooEarlyError):
        check_past_date(date(1899, 12, 31), FIELD, today=TODAY)


# --- client number ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("K-000123", "K-000123"),
        ("k-12ab", "K-12AB"),
        ("12", "12"),  # short numbers are no BSN, even if stdnum would pad them into one
        ("123456789", "123456789"),  # nine digits that fail the 11-proef are no BSN
        ("2024-0001", "2024-0001"),
    ],
)
def test_valid_client_number(typed: str, normal: str) -> None:
    assert check_client_number(typed, FIELD) == normal


@pytest.mark.parametrize("typed", ["111222333", "123456782", "111-222-333", "K 1", "K_1", "-K1", "A" * 21])
def test_invalid_client_number(typed: str) -> None:
    refused(check_client_number, typed, ClientNumberError, "klantnummer")


def test_a_valid_bsn_is_never_a_client_number() -> None:
    with pytest.raises(ClientNumberError) as caught:
        check_client_number("123456782", FIELD)
    assert "BSN is nooit het klantnummer" in caught.value.message("nl")
