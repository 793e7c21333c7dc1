"""The consent form (toestemmingsformulier) and the consent receipt (ontvangstbewijs toestemming).

The form is what a client reads and signs: the version of the privacy
statement it rests on, one tick box per purpose, the statement's promises
(withdraw at any time and how, what withdrawing the special-data consent may
mean, no selling or passing on without consent), the under-16 rule with a
block for a parent or guardian, and the signature lines.

The receipt confirms one recorded event of a consent (given or withdrawn).
It follows the fields of the Kantara Initiative's Consent Receipt
Specification v1.1, labelled in Dutch: receipt number, moment, jurisdiction,
collection method, controller, privacy statement, subject, purpose, consent
type, third-party disclosure, termination — and the consent's whole history.

Neither document holds special data: the client appears by name, client
number and address only, and a guardian's consent says the subject will be
asked to confirm it at 16 without naming that day (it would give away the
birth date).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable

from calqi_desktop.domain.consent import (
    BuiltInPurpose,
    Consent,
    ConsentEvent,
    ConsentEventKind,
    ConsentPurpose,
)
from calqi_desktop.domain.statement import StatementVersion
from calqi_desktop.export import pdf, pdf_forms

FORM_TITLE = "Toestemmingsformulier"
RECEIPT_TITLE = "Ontvangstbewijs toestemming"
RECEIPT_STANDARD = "Kantara Initiative Consent Receipt Specification v1.1"
JURISDICTION = "Nederland (AVG en Uitvoeringswet AVG)"
TERMINATION = "Tot wederopzegging; intrekken kan altijd"

#: The receipt of a guardian's consent never names the day the subject turns 16: it gives away
#: the birth date, which is special data.
GUARDIAN_RENEWAL = (
    "Deze toestemming is gegeven door een ouder of wettelijk vertegenwoordiger; zodra de betrokkene "
    "16 jaar is, vragen wij de betrokkene haar zelf te bevestigen."
)

_ENDS_SERVICE = (
    "Trekt u de toestemming voor de verwerking van bijzondere persoonsgegevens in, dan kan dat betekenen "
    "dat wij onze dienstverlening aan u moeten beëindigen. Dat staat ook in onze privacyverklaring."
)


def receipt_number(consent_id: int, event_id: int) -> str:
    """'TS-12-31': the consent and the event the receipt confirms."""
    return f"TS-{consent_id}-{event_id}"


def is_explicit(purpose: ConsentPurpose) -> bool:
    """Explicit consent for special data and for sale; opt-in for the rest."""
    return purpose.explicit or purpose.covers_special_data


def consent_type(purpose: ConsentPurpose) -> str:
    if is_explicit(purpose):
        return "Uitdrukkelijke toestemming"
    return "Opt-in: actief en vrij gegeven toestemming"


# --- the form ----------------------------------------------------------------------------------------


def _purpose_choice(purpose: ConsentPurpose, firm: str) -> Flowable:
    notes = []
    if purpose.covers_special_data:
        notes.append(
            "Het gaat om bijzondere persoonsgegevens, zoals een kopie van uw legitimatiebewijs, uw "
            "geboortedatum en -plaats, bankrekeningnummers, gegevens van uw kinderen en financiële gegevens. "
            "Hiervoor vragen wij uw uitdrukkelijke toestemming. Uw burgerservicenummer verwerken wij op grond "
            "van de belastingwetgeving, niet op grond van deze toestemming."
        )
    elif purpose.code == BuiltInPurpose.SALE.value:
        notes.append(
            f"Hiervoor vragen wij uw uitdrukkelijke toestemming. {firm} verkoopt nooit gegevens zonder uw "
            "uitdrukkelijke toestemming: kruist u niets of Nee aan, dan gebeurt het niet."
        )
    elif purpose.explicit:
        notes.append("Hiervoor vragen wij uw uitdrukkelijke toestemming.")
    if purpose.ends_service:
        notes.append(
            "Geeft u deze toestemming niet, of trekt u haar later in, dan kunnen wij onze diensten mogelijk "
            "niet (meer) aan u verlenen."
        )
    write_in: tuple[str, ...] = ()
    if purpose.needs_recipient:
        notes.append(
            "Deze toestemming geldt alleen voor de ontvanger die u hieronder invult. Voor een andere "
            "ontvanger vragen wij opnieuw uw toestemming."
        )
        write_in = ("Naam ontvanger",)
    return pdf_forms.choice(purpose.label("nl"), purpose.description, notes=notes, write_in=write_in)


def render_consent_form(
    client: pdf_forms.DocumentClient,
    purposes: Sequence[ConsentPurpose],
    statement: StatementVersion,
    letterhead: pdf.Letterhead,
    *,
    printed_on: date | None = None,
) -> bytes:
    """The form for `client` to sign, with a tick box for each of `purposes` (in the given order)."""
    if not purposes:
        raise ValueError("a consent form names at least one purpose")
    firm = letterhead.firm_name
    write_to = pdf.write_to(letterhead)
    blocks: list[Flowable] = [
        pdf.title(FORM_TITLE),
        pdf_forms.client_details(client),
        pdf.paragraph(
            f"{firm} verwerkt uw persoonsgegevens om de diensten te verlenen die u met ons hebt afgesproken. "
            "Voor de doelen hieronder vragen wij daarnaast uw toestemming. Toestemming is vrijwillig: u kiest "
            "per doel zelf en kruist Ja of Nee aan."
        ),
        pdf.heading("Privacyverklaring"),
        pdf.key_values(
            [
                ("Versie", statement.version),
                ("Geldig vanaf", pdf.format_date_nl(statement.effective_on)),
            ]
        ),
        pdf.paragraph(
            f"Uw toestemming rust op de privacyverklaring van {firm}, versie {statement.version}. Lees haar "
            f"voordat u tekent. Hebt u haar niet ontvangen, vraag haar dan op {write_to}; wij sturen haar u "
            "toe. Belangrijke wijzigingen in de verklaring laten wij u vooraf weten."
        ),
        pdf.heading("Uw keuze per doel"),
        *(_purpose_choice(purpose, firm) for purpose in purposes),
        pdf.heading("Intrekken en uw rechten"),
        pdf.bullet_list(
            [
                "U kunt uw toestemming altijd intrekken, voor elk doel apart en zonder opgave van reden.",
                f"Intrekken doet u schriftelijk: {write_to}.",
                "Intrekken geldt vanaf dat moment. Wat wij daarvoor met uw toestemming deden, blijft rechtmatig.",
                _ENDS_SERVICE,
                f"{firm} verkoopt uw gegevens nooit zonder uw uitdrukkelijke toestemming en geeft ze nooit "
                "zonder uw toestemming door aan een derde.",
                "Belastingaangiften en financiële rapportages gaan alleen naar de overheid of een bank als u "
                "ons daarvoor machtigt. Liever nog verstuurt u ze zelf.",
            ]
        ),
    ]
    if not client.organisation:
        blocks += [
            pdf_forms.keep_together(
                [
                    pdf.heading("Jonger dan 16 jaar?"),
                    pdf.paragraph(
                        "Bent u jonger dan 16 jaar, dan geeft een van uw ouders of uw wettelijk vertegenwoordiger "
                        "(voogd) de toestemming. Die leest eerst de privacyverklaring, vult hieronder zijn of haar "
                        "gegevens in en tekent. Wordt u 16, dan vragen wij u de toestemming zelf te bevestigen."
                    ),
                    pdf.signature_fields(
                        [
                            "Naam ouder of voogd",
                            "Relatie (ouder of voogd)",
                            "Datum",
                            "Handtekening ouder of voogd",
                        ]
                    ),
                ]
            )
        ]
    signer = (
        f"Ik teken namens {client.name} en ben bevoegd haar te vertegenwoordigen. "
        if client.organisation
        else ""
    )
    blocks += [
        pdf_forms.keep_together(
            [
                pdf.heading("Ondertekening"),
                pdf.paragraph(
                    f"{signer}Ik heb de privacyverklaring van {firm} (versie {statement.version}) gelezen. Ik geef "
                    "toestemming voor de doelen die ik hierboven met Ja heb aangekruist, en niet voor de andere."
                ),
                pdf.signature_fields(
                    ["Naam", "Functie", "Plaats", "Datum", "Handtekening"]
                    if client.organisation
                    else ["Naam", "Plaats", "Datum", "Handtekening"]
                ),
            ]
        ),
        pdf.para(
            f"Stuur het getekende formulier terug {write_to}. Wij leggen uw keuze vast en sturen u een "
            "ontvangstbewijs.",
            "small",
        ),
    ]
    return pdf.render_pdf(
        blocks,
        title=FORM_TITLE,
        letterhead=letterhead,
        subject=f"Toestemming volgens de privacyverklaring, versie {statement.version}",
        printed_on=printed_on,
    )


# --- the receipt -------------------------------------------------------------------------------------


def _event_name(event: ConsentEvent) -> str:
    return "Toestemming gegeven" if event.kind is ConsentEventKind.GIVEN else "Toestemming ingetrokken"


def _controller(letterhead: pdf.Letterhead) -> list[tuple[str, str]]:
    address = "\n".join([*letterhead.address_lines, letterhead.postcode_city]).strip()
    rows = [
        ("Naam", letterhead.firm_name),
        ("Adres", address),
        ("E-mail", letterhead.email),
        ("Telefoon", letterhead.phone),
        ("KvK-nummer", letterhead.kvk_number),
    ]
    return [(label, value) for label, value in rows if value.strip()]


def _purpose_rows(consent: Consent, event: ConsentEvent) -> list[tuple[str, str]]:
    purpose = consent.purpose
    rows = [("Doel", purpose.label("nl"))]
    if purpose.description:
        rows.append(("Omschrijving", purpose.description))
    rows += [
        ("Soort toestemming", consent_type(purpose)),
        ("Bijzondere persoonsgegevens", "Ja" if purpose.covers_special_data else "Nee"),
        ("Doorgifte aan een derde", f"Ja, aan {consent.recipient}" if consent.recipient else "Nee"),
        ("Ouder of voogd", event.guardian or "Nee, door de betrokkene zelf"),
    ]
    if consent.renewal_pending:
        rows.append(("Zelf te bevestigen", GUARDIAN_RENEWAL))
    if event.kind is ConsentEventKind.GIVEN:
        rows.append(("Looptijd", TERMINATION))
    else:
        rows.append(("Looptijd", f"Beëindigd door intrekking op {pdf.format_date_nl(event.occurred_at)}"))
        if event.decisions:
            rows.append(("Bijzondere gegevens na intrekking", event.decisions))
    return rows


def _history(consent: Consent) -> Flowable:
    return pdf_forms.data_table(
        ["Nummer", "Moment", "Gebeurtenis", "Wijze", "Verklaring", "Vastgelegd door"],
        [
            [
                receipt_number(consent.id, event.id),
                pdf.format_datetime_nl(event.occurred_at),
                event.kind.label("nl"),
                event.method.label("nl"),
                event.statement_version or "—",
                event.recorded_by or "—",
            ]
            for event in consent.events
        ],
        widths_mm=[24, 27, 27, None, 24, 30],
    )


def render_consent_receipt(
    client: pdf_forms.DocumentClient,
    consent: Consent,
    letterhead: pdf.Letterhead,
    *,
    statement: StatementVersion | None = None,
    printed_on: date | None = None,
) -> bytes:
    """The receipt of the consent's latest event (its last); `statement` is the version that event names.

    The history lists every event in the consent's order, oldest first.
    """
    if not consent.events:
        raise ValueError("a consent without events has nothing to confirm")
    event = consent.events[-1]
    firm = letterhead.firm_name
    write_to = pdf.write_to(letterhead)
    moment_label = (
        "Moment van toestemming" if event.kind is ConsentEventKind.GIVEN else "Moment van intrekking"
    )
    statement_rows = (
        [("Versie", statement.version), ("Geldig vanaf", pdf.format_date_nl(statement.effective_on))]
        if statement is not None
        else [("Versie", event.statement_version or "Niet vastgelegd")]
    )
    if event.kind is ConsentEventKind.GIVEN:
        closing = [
            pdf.paragraph(
                f"U kunt deze toestemming altijd intrekken, {write_to}. Intrekken geldt vanaf dat moment."
            )
        ]
        if consent.purpose.ends_service:
            closing.append(pdf.paragraph(_ENDS_SERVICE))
    else:
        closing = [
            pdf.paragraph(
                "U hebt deze toestemming ingetrokken. Wij verwerken uw gegevens niet meer voor dit doel. Wilt u "
                f"later opnieuw toestemming geven, dan kan dat altijd: {write_to}."
            )
        ]
    blocks: list[Flowable] = [
        pdf.title(RECEIPT_TITLE),
        pdf.paragraph(
            f"Dit ontvangstbewijs bevestigt wat u {firm} over uw toestemming hebt laten weten, zoals wij "
            f"het hebben vastgelegd. Bewaar het bij uw administratie. Het volgt de velden van de {RECEIPT_STANDARD}."
        ),
        pdf.key_values(
            [
                ("Ontvangstbewijs", receipt_number(consent.id, event.id)),
                ("Gebeurtenis", _event_name(event)),
                (moment_label, pdf.format_datetime_nl(event.occurred_at)),
                ("Vastgelegd op", pdf.format_datetime_nl(event.recorded_at)),
                ("Vastgelegd door", event.recorded_by or "—"),
                ("Wijze van verkrijgen", event.method.label("nl")),
                ("Bewijsstuk", event.evidence_name or "Geen"),
                ("Rechtsgebied", JURISDICTION),
                ("Taal", "Nederlands"),
            ]
        ),
        pdf.heading("Verwerkingsverantwoordelijke"),
        pdf.key_values(_controller(letterhead)),
        pdf.heading("Privacyverklaring"),
        pdf.key_values(statement_rows),
        pdf.heading("Betrokkene"),
        pdf_forms.client_details(client),
        pdf.heading("Doel en toestemming"),
        pdf.key_values(_purpose_rows(consent, event)),
        pdf.heading("Intrekken"),
        *closing,
        pdf.heading("Geschiedenis van deze toestemming"),
        _history(consent),
    ]
    return pdf.render_pdf(
        blocks,
        title=RECEIPT_TITLE,
        letterhead=letterhead,
        subject=f"Ontvangstbewijs {receipt_number(consent.id, event.id)}",
        printed_on=printed_on,
    )
