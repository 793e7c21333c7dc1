"""Checks for form fields: each returns the value in its normal form or raises.

A check takes the text as typed and a `Field` (its name and how people call
it) and returns the normalised value — "1234ab" becomes "1234 AB" — or raises a
`FieldValidationError` that names the field and says, in Dutch and English,
what is wrong and what to do, without quoting the value (the same checks serve
client dossiers). `FieldErrors` runs several checks and keeps every failure,
so a form can mark all bad fields at once.

Postcodes go through python-stdnum, phone numbers through `phonenumbers`
(validity, not mere possibility); stdnum has no KvK module, so a KvK number is
checked as eight digits. E-mail addresses are checked by their form only: no
DNS look-up, the program works offline.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import phonenumbers
from stdnum.exceptions import InvalidComponent, ValidationError
from stdnum.nl import postcode as stdnum_postcode

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

    def raise_first(self) -> None:
        """Raise the first failure, if there was one."""
        if self.errors:
            raise self.errors[0]

    def __bool__(self) -> bool:
        return bool(self.errors)
