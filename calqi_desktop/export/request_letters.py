"""The letters to a data subject about their request (AVG-verzoek), in Dutch, on the firm's letterhead.

`render_letter` turns a `LetterContent` into a PDF: the addressee, the
reference, the date and the subject line ("Uw verzoek AVG-2026-0007 —
Inzage"), a body per kind of letter (acknowledgement, request for
identification, extension, granted, partly granted, refused), the signature
of the staff member and the firm, and — in every letter — the complaint
route to the Autoriteit Persoonsgegevens and the courts (AVG art. 77 and 79)
with the firm's contact details for questions.

A letter holds no special data: no BSN, no birth date, no bank account.
For a rectification it names the corrected fields by their label only.
Every text from users (grounds, reasons, names, addresses) reaches the PDF
through the shared layer's blocks, which escape it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from calqi_desktop.domain.requests import LetterKind, RequestOutcome, RequestType
from calqi_desktop.domain.subject_data import COMPLAINT_AUTHORITY_NL
from calqi_desktop.export import pdf

_LIST_MARK = re.compile(r"^[-*\u2022\u2013]\s+")

#: The addressee of a letter whose dossier has been anonymised: the name and address are gone.
ANONYMOUS_ADDRESSEE = "Aan de verzoeker"

_IDENTIFY_WAYS = (
    "Kom langs op ons kantoor en laat uw paspoort, identiteitskaart of rijbewijs zien. Wij maken daarvan "
    "geen kopie.",
    "Of stuur ons een kopie van uw identiteitsbewijs waarop uw burgerservicenummer (BSN) en uw pasfoto "
    "onleesbaar zijn gemaakt, bijvoorbeeld met de app KopieID van de Rijksoverheid. Vermeld op de kopie "
    "waarvoor die is bedoeld en de datum.",
)
_NEVER_UNMASKED = (
    "Stuur nooit een kopie van uw identiteitsbewijs waarop uw BSN of pasfoto leesbaar is. Zo'n kopie "
    "kunnen wij niet aannemen; wij vernietigen hem."
)


@dataclass(frozen=True)
class LetterContent:
    """Everything one letter says, as plain values (no special data).

    `addressee` is the name over the postal address lines — the name alone
    where the service withholds the address (an e-mail request whose sender's
    identity is not verified yet), `ANONYMOUS_ADDRESSEE` alone for an
    anonymised dossier. `deadline` is the term that counts now
    (the extended one after an extension), `first_deadline` the term of one
    month. `outcome_grounds` holds one ground per line. `corrected_fields`
    are the labels of the fields changed for a rectification,
    `withdrawn_consents` the titles of consents withdrawn for the request,
    `statement_version` the version of the privacy statement now in force.
    """

    kind: LetterKind
    reference: str
    request_type: RequestType
    addressee: tuple[str, ...]
    received_on: date
    first_deadline: date
    deadline: date
    internal_target: date
    letter_date: date
    signer: str
    firm_name: str
    identity_verified: bool = False
    extension_months: int | None = None
    extension_reason: str = ""
    extension_decided_on: date | None = None
    outcome: RequestOutcome | None = None
    outcome_grounds: str = ""
    identity_failed_reason: str = ""
    corrected_fields: tuple[str, ...] = ()
    withdrawn_consents: tuple[str, ...] = ()
    statement_version: str = ""

    @property
    def subject(self) -> str:
        """'Uw verzoek AVG-2026-0007 — Inzage'."""
        return f"Uw verzoek {self.reference} \u2014 {self.request_type.label('nl')}"

    @property
    def right(self) -> str:
        """'inzage (AVG art. 15)': the right as it follows 'uw recht op'."""
        return f"{_RIGHTS[self.request_type]} (AVG {self.request_type.article})"

    @property
    def grounds(self) -> list[str]:
        """The grounds as lines, empty ones left out and a typed list mark ('- ', '• ') taken off:
        the letter sets them as a bulleted list of its own."""
        lines = (_LIST_MARK.sub("", line.strip()) for line in self.outcome_grounds.splitlines())
        return [line for line in lines if line]


#: Each right as it follows "uw recht op" in a sentence.
_RIGHTS = {
    RequestType.INFORMATION: "informatie",
    RequestType.ACCESS: "inzage",
    RequestType.RECTIFICATION: "rectificatie",
    RequestType.ERASURE: "wissing van uw gegevens",
    RequestType.RESTRICTION: "beperking van de verwerking",
    RequestType.PORTABILITY: "gegevensoverdraagbaarheid",
    RequestType.OBJECTION: "bezwaar",
    RequestType.WITHDRAWAL: "intrekking van uw toestemming",
}


def _d(value: date) -> str:
    return pdf.format_date_nl(value)


def _received(letter: LetterContent) -> str:
    return (
        f"Op {_d(letter.received_on)} ontvingen wij uw verzoek, waarin u een beroep doet op uw recht op "
        f"{letter.right}."
    )


# --- the bodies --------------------------------------------------------------------------------------


def _identify(letter: LetterContent) -> list[Flowable]:
    return [
        pdf.paragraph(
            "Voordat wij gegevens verstrekken of wijzigen, stellen wij vast dat u het echt bent, zodat uw "
            "gegevens niet bij een ander terechtkomen. U kunt zich op twee manieren identificeren:"
        ),
        pdf.bullet_list(_IDENTIFY_WAYS),
        pdf.notice(_NEVER_UNMASKED),
    ]


def _acknowledgement(letter: LetterContent) -> list[Flowable]:
    blocks = [
        pdf.paragraph(
            f"Wij hebben uw verzoek van {_d(letter.received_on)} ontvangen, waarin u een beroep doet op uw recht "
            f"op {letter.right}. Wilt u ons kenmerk {letter.reference} noemen als u contact met ons opneemt?"
        ),
        pdf.paragraph(
            f"Wij antwoorden binnen één maand na ontvangst, uiterlijk op {_d(letter.deadline)}, en streven naar "
            f"vier weken: vóór {_d(letter.internal_target)}. Hebben wij meer tijd nodig, dan hoort u dat vóór "
            f"{_d(letter.first_deadline)}, met de reden."
        ),
    ]
    if not letter.identity_verified:
        blocks += [pdf.heading("Eerst uw identiteit"), *_identify(letter)]
    return blocks


def _identity_request(letter: LetterContent) -> list[Flowable]:
    return [
        pdf.paragraph(
            f"{_received(letter)} Om uw verzoek te kunnen behandelen, moeten wij eerst zeker weten dat u het "
            "zelf bent."
        ),
        *_identify(letter),
        pdf.heading("De termijn"),
        pdf.paragraph(
            f"De termijn voor ons antwoord loopt door: wij antwoorden uiterlijk op {_d(letter.deadline)}. "
            "Zonder vaststelling van uw identiteit kunnen wij uw verzoek echter niet behandelen. Horen wij "
            "niets van u, dan sluiten wij uw verzoek af en laten wij u dat schriftelijk weten. U kunt het "
            "daarna altijd opnieuw indienen."
        ),
    ]


def _extension(letter: LetterContent) -> list[Flowable]:
    if letter.extension_months is None or letter.extension_decided_on is None:
        raise ValueError("an extension letter needs the extension")
    months = "één maand" if letter.extension_months == 1 else f"{letter.extension_months} maanden"
    return [
        pdf.paragraph(
            f"{_received(letter)} Wij hadden u uiterlijk op {_d(letter.first_deadline)} willen antwoorden, "
            "maar wij hebben meer tijd nodig."
        ),
        pdf.paragraph(
            f"Wij hebben de termijn daarom verlengd met {months}, tot en met {_d(letter.deadline)} (AVG art. 12 "
            f"lid 3). Dat besloten wij op {_d(letter.extension_decided_on)}, vóór het einde van de eerste termijn "
            f"op {_d(letter.first_deadline)}."
        ),
        pdf.heading("De reden"),
        pdf.paragraph(letter.extension_reason.strip() or "—"),
        pdf.paragraph("Zijn wij eerder klaar, dan hoort u eerder van ons."),
    ]


def _what_was_done(letter: LetterContent) -> list[Flowable]:
    """What granting the request meant, per right."""
    kind = letter.request_type
    if kind is RequestType.ACCESS:
        return [
            pdf.paragraph(
                "Bijgaand het overzicht van uw persoonsgegevens: alle gegevens die wij van u verwerken, waarvoor "
                "en op welke grondslag, aan wie wij ze verstrekten, hoe lang wij ze bewaren, waar ze vandaan "
                "komen en welke toestemmingen en machtigingen u gaf. U ontvangt het bij deze brief of apart."
            ),
            pdf.paragraph(
                "Hebben wij het overzicht met een wachtwoord beveiligd, dan krijgt u het wachtwoord telefonisch "
                "van ons, nooit samen met het overzicht."
            ),
        ]
    if kind is RequestType.PORTABILITY:
        return [
            pdf.paragraph(
                "U ontvangt uw gegevens in een gestructureerde, gangbare en machineleesbare vorm: een ZIP-bestand "
                "met de gegevens als JSON en als CSV (één bestand per soort gegevens), de documenten en een lijst "
                "van wat erin staat (AVG art. 20). Daarin staan de gegevens die wij op grond van uw toestemming of "
                "van onze overeenkomst met u verwerken. U kunt ze zelf aan een andere partij geven."
            )
        ]
    if kind is RequestType.RECTIFICATION:
        blocks = [pdf.paragraph("Wij hebben uw gegevens gecorrigeerd zoals u vroeg.")]
        if letter.corrected_fields:
            blocks += [pdf.paragraph("Het gaat om deze gegevens:"), pdf.bullet_list(letter.corrected_fields)]
        return blocks
    if kind is RequestType.ERASURE:
        return [
            pdf.paragraph(
                "Wij hebben uw persoonsgegevens gewist: uw dossier is geanonimiseerd. Uw naam, adres- en "
                "contactgegevens, burgerservicenummer, documenten, bankrekeningen en de gegevens van uw kinderen "
                "zijn verwijderd en niet meer terug te halen."
            )
        ]
    if kind is RequestType.RESTRICTION:
        return [
            pdf.paragraph(
                "Wij hebben de verwerking van uw gegevens beperkt. Zolang de beperking geldt, bewaren wij uw "
                "gegevens, maar wijzigen, verstrekken of gebruiken wij ze niet, behalve voor de afhandeling van "
                "uw verzoeken."
            ),
            pdf.paragraph("Voordat wij de beperking opheffen, laten wij u dat weten (AVG art. 18 lid 3)."),
        ]
    if kind in (RequestType.OBJECTION, RequestType.WITHDRAWAL):
        blocks = [
            pdf.paragraph(
                "Wij hebben uw toestemming ingetrokken zoals u vroeg. Vanaf dat moment verwerken wij uw gegevens "
                "niet meer voor dat doel. Wat wij daarvoor met uw toestemming deden, blijft rechtmatig."
            )
        ]
        if letter.withdrawn_consents:
            blocks += [pdf.paragraph("Het gaat om:"), pdf.bullet_list(letter.withdrawn_consents)]
        blocks.append(
            pdf.paragraph(
                "Zonder deze toestemming kunnen wij sommige diensten mogelijk niet meer verlenen. Is dat zo, dan "
                "nemen wij daarover contact met u op."
            )
        )
        return blocks
    version = f" (versie {letter.statement_version})" if letter.statement_version else ""
    return [
        pdf.paragraph(
            f"Bijgaand de informatie uit onze privacyverklaring{version}, de versie die nu geldt: welke gegevens "
            "wij verwerken, waarvoor en op welke grondslag, hoe lang wij ze bewaren, aan wie wij ze verstrekken "
            "en welke rechten u hebt (AVG art. 13 en 14)."
        )
    ]


def _granted(letter: LetterContent) -> list[Flowable]:
    return [
        pdf.paragraph(f"{_received(letter)} Wij hebben uw verzoek toegekend."),
        *_what_was_done(letter),
    ]


def _partly_granted(letter: LetterContent) -> list[Flowable]:
    erasure = letter.request_type is RequestType.ERASURE
    return [
        pdf.paragraph(f"{_received(letter)} Wij hebben uw verzoek voor een deel toegekend."),
        pdf.heading("Wat wij hebben gedaan"),
        *_what_was_done(letter),
        pdf.heading("Wat wij bewaren, en waarom" if erasure else "Wat wij niet hebben gedaan, en waarom"),
        pdf.paragraph(
            "Deze gegevens moeten wij op grond van de wet bewaren; daarna wissen wij ze:"
            if erasure
            else "Voor het overige hebben wij uw verzoek niet toegekend, op deze gronden:"
        ),
        pdf.bullet_list(letter.grounds or ["—"]),
    ]


def _refused(letter: LetterContent) -> list[Flowable]:
    if letter.outcome is RequestOutcome.IDENTITY_FAILED:
        reason = letter.identity_failed_reason.strip() or letter.outcome_grounds.strip() or "—"
        return [
            pdf.paragraph(
                f"{_received(letter)} Wij konden niet vaststellen dat u degene bent om wie het gaat, en daarom "
                "konden wij uw verzoek niet behandelen."
            ),
            pdf.heading("De reden"),
            pdf.paragraph(reason),
            pdf.paragraph(
                "U kunt uw verzoek altijd opnieuw indienen. Identificeer u dan op een van deze manieren:"
            ),
            pdf.bullet_list(_IDENTIFY_WAYS),
            pdf.notice(_NEVER_UNMASKED),
        ]
    return [
        pdf.paragraph(f"{_received(letter)} Wij hebben uw verzoek afgewezen."),
        pdf.heading("De gronden"),
        pdf.bullet_list(letter.grounds or ["—"]),
    ]


_BODIES = {
    LetterKind.ACKNOWLEDGEMENT: _acknowledgement,
    LetterKind.IDENTITY_REQUEST: _identity_request,
    LetterKind.EXTENSION: _extension,
    LetterKind.GRANTED: _granted,
    LetterKind.PARTLY_GRANTED: _partly_granted,
    LetterKind.REFUSED: _refused,
}


# --- the frame of every letter -----------------------------------------------------------------------


def _complaint_route(letterhead: pdf.Letterhead) -> list[Flowable]:
    return [
        pdf.heading("Niet eens met onze afhandeling?"),
        pdf.paragraph(
            "Bent u het niet eens met de manier waarop wij uw verzoek behandelen, dan kunt u een klacht indienen "
            f"bij de {COMPLAINT_AUTHORITY_NL} (AVG art. 77). U kunt ook naar de rechter stappen (AVG art. 79)."
        ),
    ]


def _closing(letter: LetterContent, letterhead: pdf.Letterhead) -> Flowable:
    """The questions line and the signature, kept on one page."""
    phone = f", of bel ons op {letterhead.phone.strip()}" if letterhead.phone.strip() else ""
    questions = f"Hebt u vragen over deze brief? Neem contact met ons op, {pdf.write_to(letterhead)}{phone}"
    return KeepTogether(
        [
            pdf.paragraph(questions if questions.endswith(".") else f"{questions}."),
            pdf.spacer(2),
            pdf.paragraph("\n".join(["Met vriendelijke groet,", "", letter.signer, letter.firm_name])),
        ]
    )


def render_letter(letter: LetterContent, letterhead: pdf.Letterhead) -> bytes:
    """The letter as a PDF, dated `letter.letter_date`."""
    blocks: list[Flowable] = [
        pdf.paragraph("\n".join(letter.addressee) or ANONYMOUS_ADDRESSEE),
        pdf.spacer(4),
        pdf.key_values(
            [("Datum", _d(letter.letter_date)), ("Ons kenmerk", letter.reference)],
            key_width_mm=30,
        ),
        pdf.heading(letter.subject),
        pdf.paragraph("Geachte heer, mevrouw,"),
        *_BODIES[letter.kind](letter),
        *_complaint_route(letterhead),
        _closing(letter, letterhead),
    ]
    return pdf.render_pdf(
        blocks,
        title=letter.kind.label("nl"),
        letterhead=letterhead,
        subject=letter.subject,
        printed_on=letter.letter_date,
    )
