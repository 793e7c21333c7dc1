"""Versions of the firm's privacy statement (DESIGN.md R12).

Each consent event points at the version the subject was shown. When a new
version is added, every client with a given consent recorded under an older
version is put on the list of clients to inform ("voorafgaand informeren",
as the statement promises), and each is marked once informed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.labels import Labelled, register_labels
from calqi_desktop.domain.validation import Field

#: A statement's text is at most this long (the firm's is about 15,000 characters).
TEXT_MAX = 200_000
VERSION_MAX = 40
SUMMARY_MAX = 2000

F_VERSION = Field("version", "het versienummer", "the version")
F_EFFECTIVE_ON = Field("effective_on", "de ingangsdatum", "the effective date")
F_TEXT = Field("text", "de tekst", "the text")
F_SUMMARY = Field("summary", "de samenvatting van de wijzigingen", "the summary of the changes")


class StatementPdfTypeError(CalqiError):
    nl = (
        "Dit bestand is geen PDF (de inhoud telt, niet de naam). Er is niets opgeslagen. Sla de "
        "privacyverklaring op als PDF en kies het bestand opnieuw, of voeg alleen de tekst toe."
    )
    en = "This file is not a PDF (its content counts, not its name). Nothing was saved. Save the privacy statement as PDF and choose the file again, or add only the text."


class InformChannel(Labelled):
    EMAIL = "email"
    POST = "post"
    PORTAL = "portal"
    IN_PERSON = "in-person"


register_labels(
    [
        (InformChannel.EMAIL, ("Per e-mail", "By e-mail")),
        (InformChannel.POST, ("Per post", "By post")),
        (InformChannel.PORTAL, ("Via het klantportaal", "Through the client portal")),
        (InformChannel.IN_PERSON, ("Persoonlijk", "In person")),
    ]
)


@dataclass(frozen=True)
class StatementVersionDraft:
    """A new version: its label ('2026-1'), the day it takes effect, the text and/or a PDF."""

    version: str
    effective_on: date
    text: str = ""
    pdf: bytes | None = None
    pdf_name: str = ""
    summary: str = ""  # what changed, in a sentence or two, for the notice to clients


@dataclass(frozen=True)
class StatementVersion:
    id: int
    version: str
    effective_on: date
    summary: str
    has_text: bool
    has_pdf: bool
    pdf_name: str
    added_by: str
    added_at: datetime
    to_inform: int  # clients not yet informed of this version
    informed: int

    def label(self) -> str:
        """'2026-1 (ingang 01-01-2027)'."""
        return f"{self.version} (ingang {self.effective_on.day:02d}-{self.effective_on.month:02d}-{self.effective_on.year:04d})"


@dataclass(frozen=True)
class ClientToInform:
    """A client on a version's list: who, which consents made them a subject to inform, and the mark."""

    client_id: int
    client_number: str
    name: str
    informed_at: datetime | None
    informed_by: str
    channel: InformChannel | None
