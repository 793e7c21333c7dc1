"""What a data-subject request may hold, and when it may be closed as granted.

The intake form in normal form (requester, description, the receipt date),
the letter or e-mail that brought a request in, what `change` writes about a
changed intake, and whether the work that fits a request's right is on its
timeline before it is closed as (partly) granted. The form fields named in the
errors are here too. Nothing here checks a permission or writes an audit
event: `services.requests` does, around these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.errors import (
    DateTooEarlyError,
    DocumentEmptyError,
    DocumentTooLargeError,
    GroundsRequiredError,
    NothingDoneYetError,
    ReceiptDateLockedError,
    ReceivedInFutureError,
    RequestDocumentTypeError,
    RequesterMissingError,
    RequestTypeMismatchError,
    TextTooLongError,
)
from calqi_desktop.domain.requests import (
    REQUESTER_NAME_MAX,
    TEXT_MAX,
    RequestDraft,
    Requester,
    RequestType,
    StepKind,
)
from calqi_desktop.domain.validation import EARLIEST_YEAR, Field, check_email, check_phone, check_text
from calqi_desktop.export import document_check
from calqi_desktop.storage.models import DataSubjectRequestRow, RequestStepRow

F_RECEIVED_ON = Field("received_on", "de datum van ontvangst", "the date of receipt")
F_REQUESTER_NAME = Field("requester_name", "de naam van de verzoeker", "the requester's name")
F_REQUESTER_EMAIL = Field(
    "requester_email", "het e-mailadres van de verzoeker", "the requester's e-mail address"
)
F_REQUESTER_PHONE = Field(
    "requester_phone", "het telefoonnummer van de verzoeker", "the requester's phone number"
)
F_REQUESTER_ADDRESS = Field("requester_address", "het adres van de verzoeker", "the requester's address")
F_DESCRIPTION = Field("description", "de omschrijving", "the description")
F_CHECKED_ON = Field("checked_on", "de datum van de controle", "the date of the check")
F_IDENTITY_NOTE = Field("identity_note", "de toelichting", "the note")
F_GROUNDS = Field("grounds", "de gronden", "the grounds")
F_MASKED = Field("masked_confirmed", "de afscherming", "the masking")
F_METHOD = Field("method", "de methode", "the method")
F_MONTHS = Field("months", "het aantal maanden", "the number of months")
F_REASON = Field("reason", "de reden", "the reason")

ADDRESS_MAX = 1000

#: The e-mail types a request may come in as, besides PDF, PNG and JPEG.
EML = "message/rfc822"
MSG = "application/vnd.ms-outlook"
TEXT = "text/plain"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg is an OLE compound file
_EML_HEADER = re.compile(r"[A-Za-z0-9-]+:")

#: The steps that show the work for a request's right is done, before it may be closed as
#: (partly) granted; a type not listed needs none. ERASURE: no step will do — `erasure.erase`
#: closes the request itself.
WORK_DONE: dict[RequestType, frozenset[StepKind]] = {
    RequestType.ACCESS: frozenset({StepKind.ACCESS_REPORT_MADE}),
    RequestType.PORTABILITY: frozenset({StepKind.PORTABILITY_EXPORT_MADE}),
    RequestType.RESTRICTION: frozenset({StepKind.RESTRICTION_SET, StepKind.RESTRICTION_LIFTED}),
    RequestType.RECTIFICATION: frozenset({StepKind.RECTIFIED}),
    RequestType.WITHDRAWAL: frozenset({StepKind.CONSENT_WITHDRAWN}),
    RequestType.ERASURE: frozenset(),
}
#: What to do first, by type: (Dutch, English), for `NothingDoneYetError`.
_TO_DO = {
    RequestType.ACCESS: ("Maak eerst het inzageoverzicht", "Make the access report first"),
    RequestType.PORTABILITY: (
        "Maak eerst de export voor gegevensoverdraagbaarheid",
        "Make the portability export first",
    ),
    RequestType.RESTRICTION: (
        "Stel eerst de beperking van de verwerking in",
        "Set the restriction of processing first",
    ),
    RequestType.RECTIFICATION: (
        "Corrigeer eerst het dossier vanuit dit verzoek",
        "Correct the dossier from this request first",
    ),
    RequestType.WITHDRAWAL: (
        "Leg eerst vanuit dit verzoek de intrekking van de toestemming vast",
        "Record the withdrawal of consent from this request first",
    ),
    RequestType.ERASURE: (
        "Voer de wissing uit vanuit dit verzoek (die sluit het verzoek zelf af)",
        "Carry out the erasure from this request (it closes the request itself)",
    ),
}


@dataclass(frozen=True)
class CheckedIntake:
    """The intake's free parts in normal form: who asked (empty for a client) and what is asked."""

    requester: Requester
    description: str


# --- checks -------------------------------------------------------------------------------------


def check_free_text(text: str, field: Field, maximum: int = TEXT_MAX) -> str:
    """A free text of several lines: ends trimmed, line breaks kept, at most `maximum` characters."""
    value = "\n".join(line.rstrip() for line in (text or "").replace("\r\n", "\n").split("\n")).strip()
    if len(value) > maximum:
        raise field.error(TextTooLongError, maximum=maximum)
    return value


def required_text(text: str, field: Field) -> str:
    """A free text that may not stay empty (grounds, reasons): `GroundsRequiredError` when it does."""
    value = check_free_text(text, field)
    if not value:
        raise field.error(GroundsRequiredError)
    return value


def check_intake(draft: RequestDraft, today: date, *, linked: bool) -> CheckedIntake:
    """The intake in normal form; raises the first field error. A request `linked` to a dossier
    keeps no requester details (the dossier holds them)."""
    if draft.received_on > today:
        raise F_RECEIVED_ON.error(ReceivedInFutureError)
    if draft.received_on.year < EARLIEST_YEAR:
        raise F_RECEIVED_ON.error(DateTooEarlyError, year=EARLIEST_YEAR)
    description = check_free_text(draft.description, F_DESCRIPTION)
    if linked:
        return CheckedIntake(Requester(), description)
    given = draft.requester
    if not given.name.strip():
        raise F_REQUESTER_NAME.error(RequesterMissingError)
    requester = Requester(
        name=check_text(given.name, F_REQUESTER_NAME, max_length=REQUESTER_NAME_MAX),
        email=check_email(given.email, F_REQUESTER_EMAIL, required=False),
        phone=check_phone(given.phone, F_REQUESTER_PHONE, required=False),
        address=check_free_text(given.address, F_REQUESTER_ADDRESS, ADDRESS_MAX),
    )
    return CheckedIntake(requester, description)


def apply_intake(row: DataSubjectRequestRow, intake: CheckedIntake) -> None:
    """Write the intake's free parts onto the request's row."""
    row.requester_name = intake.requester.name
    row.requester_email = intake.requester.email
    row.requester_phone = intake.requester.phone
    row.requester_address = intake.requester.address
    row.description = intake.description


def check_change(row: DataSubjectRequestRow, draft: RequestDraft) -> None:
    """What `change` may not correct: the type once the identity is verified
    (`RequestTypeMismatchError`); the receipt date, which sets the legal deadline, once the
    identity is verified or the term extended (`ReceiptDateLockedError`)."""
    verified = row.identity_method is not None
    if verified and draft.request_type.value != row.request_type:
        raise RequestTypeMismatchError()
    if draft.received_on != row.received_on and (verified or row.extension_months is not None):
        raise F_RECEIVED_ON.error(ReceiptDateLockedError)


def intake_values(row: DataSubjectRequestRow) -> dict[str, object]:
    """What `change` compares, by the short names its step and audit event list."""
    return {
        "type": row.request_type,
        "received_on": row.received_on,
        "channel": row.channel,
        "requester": (row.requester_name, row.requester_email, row.requester_phone, row.requester_address),
        "description": row.description,
    }


def change_detail(name: str, before: Mapping[str, object], after: Mapping[str, object]) -> str:
    """How `change` names a changed intake value in its step: the name, and for the receipt date
    (which sets the deadline; a date is no personal data) 'received_on:2026-11-05>2026-11-24'."""
    if name != "received_on":
        return name
    old, new = before[name], after[name]
    assert isinstance(old, date) and isinstance(new, date)
    return f"{name}:{old.isoformat()}>{new.isoformat()}"


def check_work_done(session: Session, row: DataSubjectRequestRow) -> None:
    """Raise `NothingDoneYetError` unless the request's timeline holds a step of `WORK_DONE` for its type."""
    request_type = RequestType(row.request_type)
    wanted = WORK_DONE.get(request_type)
    if wanted is None:
        return
    if wanted:
        done = session.scalar(
            select(RequestStepRow.id)
            .where(
                RequestStepRow.request_id == row.id,
                RequestStepRow.kind.in_([kind.value for kind in wanted]),
            )
            .limit(1)
        )
        if done is not None:
            return
    action_nl, action_en = _TO_DO[request_type]
    raise NothingDoneYetError(action=action_nl, action_en=action_en)


def check_request_document(file_name: str, data: bytes, max_bytes: int) -> str:
    """The MIME type of a letter or e-mail that may be stored with a request.

    PDF, PNG and JPEG are checked as dossier documents are (`export.document_check`);
    besides those an Outlook .msg (by its OLE signature), an .eml e-mail (text
    that starts with a header line) and a .txt file (text without NUL bytes).
    """
    if not data:
        raise DocumentEmptyError()
    if len(data) > max_bytes:
        raise DocumentTooLargeError(maximum_mb=max(1, -(-max_bytes // (1024 * 1024))))
    if document_check.sniff(data) is not None:
        return document_check.check_document(data, max_bytes)
    suffix = PurePath(file_name).suffix.lower()
    if suffix == ".msg" and data.startswith(_OLE_MAGIC):
        return MSG
    text = _as_text(data)
    if text is not None and suffix == ".eml" and _EML_HEADER.match(text):
        return EML
    if text is not None and suffix == ".txt":
        return TEXT
    raise RequestDocumentTypeError()


def _as_text(data: bytes) -> str | None:
    if b"\x00" in data:
        return None
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
