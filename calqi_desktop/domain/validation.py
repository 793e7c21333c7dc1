"""Checks for form fields: each returns the value in its normal form or raises.

A check takes the text as typed and a `Field` (its name and how people call
it) and returns the normalised value — "1234ab" becomes "1234 AB" — or raises a
`FieldValidationError` that names the field and says, in Dutch and English,
what is wrong and what to do, without quoting the value (the same checks serve
client dossiers). `FieldErrors` runs several checks and keeps every failure,
so a form can mark all bad fields at once.

BSN, RSIN (both the 11-proef), IBAN (length and check digits per country),
btw-id and postcodes go through python-stdnum, phone numbers through
`phonenumbers` (validity, not mere possibility); stdnum has no KvK module, so a
KvK number is checked as eight digits. The 11-proef says a number is
well-formed, not that it was issued. E-mail addresses are checked by their form only: no
DNS look-up, the program works offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum.exceptions import InvalidComponent, ValidationError
from stdnum.nl import bsn as stdnum_bsn
from stdnum.nl import btw as stdnum_btw
from stdnum.nl import postcode as stdnum_postcode
from stdnum.util import get_cc_module

from calqi_desktop.domain.errors import (
    BsnError,
    BtwIdError,
    ClientNumberError,
    CountryCodeError,
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
    TextTooLongError,
)

T = TypeVar("T")

DEFAULT_PHONE_REGION = "NL"
KVK_DIGITS = 8
EMAIL_MAX_LENGTH = 254  # RFC 5321: the longest address a mail server must accept
_EMAIL_LOCAL_MAX = 64

_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_TOP_LEVEL = re.compile(r"(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})")


@dataclass(frozen=True)
class Field:
    """A form field: its name in code (the attribute) and in words, for messages."""

    name: str
    label_nl: str
    label_en: str

    def error(self, kind: type[FieldValidationError], **values: object) -> FieldValidationError:
        """An error of `kind` about this field."""
        return kind(self.name, label_nl=self.label_nl, label_en=self.label_en, **values)


def _blank(text: str | None) -> str:
    """Whitespace runs (tabs, line breaks) become one space; ends are trimmed."""
    return " ".join((text or "").split())


def check_text(text: str | None, field: Field, *, max_length: int, required: bool = True) -> str:
    """A one-line text: whitespace tidied, not empty when `required`, at most `max_length` characters."""
    value = _blank(text)
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    if len(value) > max_length:
        raise field.error(TextTooLongError, maximum=max_length)
    return value


def check_postcode(text: str | None, field: Field, *, required: bool = True) -> str:
    """A Dutch postcode as '1234 AB'; spaces and case do not matter, SA/SD/SS are refused."""
    value = _blank(text)
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    try:
        return str(stdnum_postcode.validate(value))
    except InvalidComponent as exc:
        raise field.error(PostcodeNotIssuedError) from exc
    except ValidationError as exc:
        raise field.error(PostcodeFormatError) from exc


def check_kvk_number(text: str | None, field: Field, *, required: bool = True) -> str:
    """A KvK number: eight digits; spaces, dots and hyphens are dropped."""
    value = re.sub(r"[\s.\-]", "", text or "")
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    if len(value) != KVK_DIGITS or not value.isascii() or not value.isdigit() or not value.strip("0"):
        raise field.error(KvkNumberError)
    return value


def check_email(text: str | None, field: Field, *, required: bool = True) -> str:
    """An e-mail address of a sane form (name@domain.tld); the domain in lower case.

    International domain names are accepted and kept as typed (lower case).
    """
    value = (text or "").strip()
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    if len(value) > EMAIL_MAX_LENGTH or value.count("@") != 1:
        raise field.error(EmailAddressError)
    local, domain = value.split("@")
    domain = domain.lower()
    if len(local) > _EMAIL_LOCAL_MAX or not _EMAIL_LOCAL.fullmatch(local):
        raise field.error(EmailAddressError)
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError as exc:
        raise field.error(EmailAddressError) from exc
    labels = ascii_domain.split(".")
    if (
        len(labels) < 2
        or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels)
        or not _TOP_LEVEL.fullmatch(labels[-1])
    ):
        raise field.error(EmailAddressError)
    return f"{local}@{domain}"


def check_phone(
    text: str | None, field: Field, *, required: bool = True, region: str = DEFAULT_PHONE_REGION
) -> str:
    """A phone number that exists in the numbering plan (not just of a possible length).

    Numbers without a country code are read as Dutch. Returns the national
    format for Dutch numbers ('030 123 4567') and the international format for
    others ('+32 2 555 12 12'); both read back to the same number. Use
    `phone_e164` for a machine form.
    """
    value = _blank(text)
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    number = _parse_phone(value, field, region)
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == region
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return str(phonenumbers.format_number(number, style))


def phone_e164(text: str, field: Field, *, region: str = DEFAULT_PHONE_REGION) -> str:
    """The number in E.164 form ('+31301234567'), for links and exports."""
    number = _parse_phone(_blank(text), field, region)
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def _parse_phone(value: str, field: Field, region: str) -> phonenumbers.PhoneNumber:
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException as exc:
        raise field.error(PhoneNumberError) from exc
    if not phonenumbers.is_valid_number(number):
        raise field.error(PhoneNumberError)
    return number


def _digits_only(text: str | None) -> str:
    return re.sub(r"[\s.\-]", "", text or "")


def _eleven_proef(
    text: str | None, field: Field, error: type[FieldValidationError], *, required: bool
) -> str:
    """Nine digits (eight get their leading zero back) that pass the 11-proef; stdnum checks the sum.

    Shorter numbers are refused: stdnum would pad '12' to '000000012', which passes.
    """
    value = _digits_only(text)
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    if not value.isascii() or not value.isdigit() or len(value) not in (8, 9):
        raise field.error(error)
    try:
        return str(stdnum_bsn.validate(value))
    except ValidationError as exc:
        raise field.error(error) from exc


def check_bsn(text: str | None, field: Field, *, required: bool = True) -> str:
    """A BSN: nine digits that pass the 11-proef; spaces, dots and hyphens are dropped.

    Eight-digit numbers get their leading zero back, as stdnum does.
    """
    return _eleven_proef(text, field, BsnError, required=required)


def check_rsin(text: str | None, field: Field, *, required: bool = True) -> str:
    """An RSIN: nine digits with the same 11-proef as the BSN (stdnum's bsn module)."""
    return _eleven_proef(text, field, RsinError, required=required)


def check_iban(text: str | None, field: Field, *, required: bool = True) -> str:
    """An IBAN, checked per country (length, format, check digits); stored compact: 'NL91ABNA0417164300'.

    Where stdnum knows national check digits (BE, ES, NO, ME) they are checked
    too; its list of Belgian bank codes is not, as it lags behind new banks.
    """
    value = _blank(text)
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    try:
        compact = str(stdnum_iban.validate(value, check_country=False))
    except ValidationError as exc:
        compact = str(stdnum_iban.compact(value))
        if len(compact) >= 2 and not _known_iban_country(compact[:2]):
            raise field.error(IbanCountryError) from exc
        raise field.error(IbanError) from exc
    national = get_cc_module(compact[:2], "iban")
    if national is not None:
        try:
            national.validate(compact)
        except InvalidComponent:
            pass  # a bank code missing from stdnum's bank list says nothing about the number (BE)
        except ValidationError as exc:
            raise field.error(IbanError) from exc
    return compact


def _known_iban_country(code: str) -> bool:
    from stdnum import numdb

    return bool(code.isalpha() and numdb.get("iban").info(code.upper())[0][1])


def format_iban(value: str) -> str:
    """'NL91 ABNA 0417 1643 00': groups of four, as on a bank statement."""
    return str(stdnum_iban.format(value)) if value else ""


def check_btw_id(text: str | None, field: Field, *, required: bool = True) -> str:
    """A Dutch btw-identificatienummer (also the newer btw-id for sole traders), stored as 'NL004495445B01'."""
    value = _blank(text)
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    try:
        return "NL" + str(stdnum_btw.validate(value))
    except ValidationError as exc:
        raise field.error(BtwIdError) from exc


#: Dates before this year are typing errors in a dossier (a birth year 1086, say).
EARLIEST_YEAR = 1900

_DATE_PATTERN = re.compile(r"(\d{1,2})[-./ ](\d{1,2})[-./ ](\d{4})")
_ISO_DATE_PATTERN = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date_nl(text: str | None, field: Field, *, required: bool = True) -> date | None:
    """A date written as dd-mm-jjjj (also d-m-jjjj, with '/' or '.'), or ISO jjjj-mm-dd from files."""
    value = (text or "").strip()
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return None
    match = _DATE_PATTERN.fullmatch(value)
    iso = _ISO_DATE_PATTERN.fullmatch(value)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
        elif iso:
            year, month, day = (int(part) for part in iso.groups())
        else:
            raise field.error(DateFormatError)
        result = date(year, month, day)
    except ValueError as exc:
        raise field.error(DateFormatError) from exc
    if result.year < EARLIEST_YEAR:
        raise field.error(DateTooEarlyError, year=EARLIEST_YEAR)
    return result


def check_past_date(value: date | None, field: Field, *, today: date | None = None) -> date | None:
    """A date that is not in the future (a birth date, say)."""
    if value is None:
        return None
    if value > (today or datetime.now().date()):
        raise field.error(DateInFutureError)
    if value.year < EARLIEST_YEAR:
        raise field.error(DateTooEarlyError, year=EARLIEST_YEAR)
    return value


def check_birth_date(
    text: str | None, field: Field, *, required: bool = False, today: date | None = None
) -> date | None:
    """A birth date as typed (dd-mm-jjjj), not in the future."""
    return check_past_date(parse_date_nl(text, field, required=required), field, today=today)


def check_country(text: str | None, field: Field, *, required: bool = True) -> str:
    """An ISO 3166 two-letter country code ('NL'); names are resolved by the form's list."""
    value = _blank(text).upper()
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    from calqi_desktop.domain.countries import COUNTRIES

    if value not in COUNTRIES:
        raise field.error(CountryCodeError)
    return value


_CLIENT_NUMBER = re.compile(r"[A-Z0-9](?:[A-Z0-9-]{0,18}[A-Z0-9])?")


def check_client_number(text: str | None, field: Field, *, required: bool = True) -> str:
    """The firm's own client number: up to 20 letters, digits and hyphens, upper case.

    Nine digits that pass the 11-proef are refused: that looks like a BSN, and
    the BSN is never used as a key (DESIGN.md §1).
    """
    value = _blank(text).upper()
    if not value:
        if required:
            raise field.error(RequiredFieldError)
        return ""
    digits = value.replace("-", "")
    looks_like_bsn = len(digits) == 9 and digits.isdigit() and stdnum_bsn.is_valid(digits)
    if not _CLIENT_NUMBER.fullmatch(value) or looks_like_bsn:
        raise field.error(ClientNumberError)
    return value


class FieldErrors:
    """Runs the checks of a whole form and keeps every failure, in field order."""

    def __init__(self) -> None:
        self.errors: list[FieldValidationError] = []

    def check(self, check: Callable[[], T], fallback: T) -> T:
        """The result of `check()`; on a `FieldValidationError`, keep it and return `fallback`."""
        try:
            return check()
        except FieldValidationError as error:
            self.errors.append(error)
            return fallback

    def add(self, error: FieldValidationError) -> None:
        self.errors.append(error)

    def extend(self, other: FieldErrors) -> None:
        self.errors.extend(other.errors)

    def errors_for(self, field: str) -> list[FieldValidationError]:
        """The failures of one field (by its key)."""
        return [error for error in self.errors if error.field == field]

    def raise_first(self) -> None:
        """Raise the first failure, if there was one."""
        if self.errors:
            raise self.errors[0]

    def __bool__(self) -> bool:
        return bool(self.errors)
