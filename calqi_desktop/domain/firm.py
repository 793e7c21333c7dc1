"""The firm's own settings: its details for the letterhead, and its work rules.

`FirmDetails` is what every document prints at the top (name, address,
postcode and city, KvK number, e-mail, phone, logo). `check_firm_details`
returns the details in normal form together with every problem found, so a
form can mark each bad field; `FirmDetails.validated()` raises the first one.
A `Logo` holds image bytes whose content was checked by `export.images`
(Pillow is kept out of the domain).

`WorkSettings` are the firm-wide security rules: minutes of inactivity
before the program locks, seconds before copied special data leave the
clipboard (DESIGN.md §4: 10 minutes and 20 seconds by default).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

from calqi_desktop.domain.errors import (
    ClipboardClearSecondsError,
    DocumentMaxMbError,
    FieldValidationError,
    IdleLockMinutesError,
)
from calqi_desktop.domain.validation import (
    Field,
    FieldErrors,
    check_email,
    check_kvk_number,
    check_phone,
    check_postcode,
    check_text,
)

FIRM_NAME = Field("firm_name", "de naam van het kantoor", "the firm's name")
ADDRESS = Field("address", "het adres (straat en huisnummer)", "the address (street and number)")
POSTCODE = Field("postcode", "de postcode", "the postcode")
CITY = Field("city", "de plaats", "the town")
KVK_NUMBER = Field("kvk_number", "het KvK-nummer", "the KvK number")
EMAIL = Field("email", "het e-mailadres", "the e-mail address")
PHONE = Field("phone", "het telefoonnummer", "the phone number")
LOGO = Field("logo", "het logo", "the logo")
IDLE_LOCK_MINUTES = Field("idle_lock_minutes", "het automatisch vergrendelen", "the automatic lock")
CLIPBOARD_CLEAR_SECONDS = Field(
    "clipboard_clear_seconds", "het wissen van het klembord", "clipboard clearing"
)
DOCUMENT_MAX_MB = Field("document_max_mb", "de grootte van documenten", "the document size")

FIRM_NAME_MAX = 200
ADDRESS_MAX = 200
CITY_MAX = 100

LOGO_MIME_TYPES = ("image/png", "image/jpeg")


@dataclass(frozen=True)
class Logo:
    """The firm's logo: PNG or JPEG bytes, checked by content (`export.images.check_logo`)."""

    content: bytes = field(repr=False)
    mime_type: str

    def __post_init__(self) -> None:
        if self.mime_type not in LOGO_MIME_TYPES:
            raise ValueError("a logo is PNG or JPEG")


@dataclass(frozen=True)
class FirmDetails:
    """The firm as it appears on every document. Only the name is required."""

    firm_name: str
    address: str = ""  # street and house number, one line
    postcode: str = ""
    city: str = ""
    kvk_number: str = ""
    email: str = ""
    phone: str = ""
    logo: Logo | None = None

    @property
    def postcode_city(self) -> str:
        """'3511 AB Utrecht' (or whichever part is known)."""
        return " ".join(part for part in (self.postcode, self.city) if part)

    def validated(self) -> FirmDetails:
        """These details in normal form; raises the first `FieldValidationError`."""
        details, problems = check_firm_details(self)
        if problems:
            raise problems[0]
        return details

    def changed_fields(self, other: FirmDetails) -> list[str]:
        """Names of the fields whose value differs from `other`, in field order."""
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)]


def check_firm_details(details: FirmDetails) -> tuple[FirmDetails, list[FieldValidationError]]:
    """The details in normal form and every problem found (an empty list: all good).

    An address is all or nothing: once any of street, postcode and city is
    filled in, the other two are needed as well.
    """
    errors = FieldErrors()
    firm_name = errors.check(
        lambda: check_text(details.firm_name, FIRM_NAME, max_length=FIRM_NAME_MAX), details.firm_name
    )
    address_given = any(part.strip() for part in (details.address, details.postcode, details.city))
    address = errors.check(
        lambda: check_text(details.address, ADDRESS, max_length=ADDRESS_MAX, required=address_given),
        details.address,
    )
    postcode = errors.check(
        lambda: check_postcode(details.postcode, POSTCODE, required=address_given), details.postcode
    )
    city = errors.check(
        lambda: check_text(details.city, CITY, max_length=CITY_MAX, required=address_given), details.city
    )
    kvk_number = errors.check(
        lambda: check_kvk_number(details.kvk_number, KVK_NUMBER, required=False), details.kvk_number
    )
    email = errors.check(lambda: check_email(details.email, EMAIL, required=False), details.email)
    phone = errors.check(lambda: check_phone(details.phone, PHONE, required=False), details.phone)
    normal = replace(
        details,
        firm_name=firm_name,
        address=address,
        postcode=postcode,
        city=city,
        kvk_number=kvk_number,
        email=email,
        phone=phone,
    )
    return normal, errors.errors


# --- work settings -------------------------------------------------------------

IDLE_LOCK_RANGE = (1, 120)  # minutes
CLIPBOARD_CLEAR_RANGE = (5, 300)  # seconds
DOCUMENT_MAX_MB_RANGE = (1, 100)  # megabytes per document


@dataclass(frozen=True)
class WorkSettings:
    """Firm-wide security rules for every workstation."""

    idle_lock_minutes: int = 10
    clipboard_clear_seconds: int = 20
    document_max_mb: int = 25

    @property
    def document_max_bytes(self) -> int:
        return self.document_max_mb * 1024 * 1024

    def problems(self) -> list[FieldValidationError]:
        """Every value outside its range."""
        found: list[FieldValidationError] = []
        if not _in_range(self.idle_lock_minutes, IDLE_LOCK_RANGE):
            low, high = IDLE_LOCK_RANGE
            found.append(IDLE_LOCK_MINUTES.error(IdleLockMinutesError, minimum=low, maximum=high))
        if not _in_range(self.clipboard_clear_seconds, CLIPBOARD_CLEAR_RANGE):
            low, high = CLIPBOARD_CLEAR_RANGE
            found.append(CLIPBOARD_CLEAR_SECONDS.error(ClipboardClearSecondsError, minimum=low, maximum=high))
        if not _in_range(self.document_max_mb, DOCUMENT_MAX_MB_RANGE):
            low, high = DOCUMENT_MAX_MB_RANGE
            found.append(DOCUMENT_MAX_MB.error(DocumentMaxMbError, minimum=low, maximum=high))
        return found

    def validated(self) -> WorkSettings:
        """These settings; raises the first value outside its range."""
        found = self.problems()
        if found:
            raise found[0]
        return self

    def changed_fields(self, other: WorkSettings) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)]


def _in_range(value: object, bounds: tuple[int, int]) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and bounds[0] <= value <= bounds[1]
