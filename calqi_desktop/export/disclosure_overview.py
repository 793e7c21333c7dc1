"""The per-client overview of disclosures (overzicht verstrekkingen).

Every logged disclosure of the client, newest first, in a table whose header
repeats on each page: the date, what left the firm, to whom, how, and what
it rested on (the authorisation, the consent, or "sent by the client
themselves"). Below it the number per recipient, and the statement's promise
that documents go to the government or a bank only on the client's
authorisation. With no disclosures the overview says so in a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.platypus import Flowable

from calqi_desktop.domain.disclosures import Disclosure, DisclosureChannel
from calqi_desktop.export import pdf, pdf_forms

TITLE = "Overzicht verstrekkingen"


def basis_text(disclosure: Disclosure, consent_titles: Mapping[int, str]) -> str:
    """What the disclosure rested on, as the overview prints it."""
    if disclosure.channel is DisclosureChannel.SENT_BY_CLIENT:
        return DisclosureChannel.SENT_BY_CLIENT.label("nl")
    if disclosure.authorisation_id is not None:
        return f"Machtiging: {disclosure.authorisation}" if disclosure.authorisation else "Machtiging"
    if disclosure.consent_id is not None:
        kind = "Uitdrukkelijke toestemming" if disclosure.sale else "Toestemming"
        title = consent_titles.get(disclosure.consent_id, "")
        return f"{kind}: {title}" if title else kind
    return "Niet vastgelegd"


def newest_first(disclosures: Sequence[Disclosure]) -> list[Disclosure]:
    return sorted(disclosures, key=lambda item: (item.disclosed_on, item.id), reverse=True)


def counts_per_recipient(disclosures: Sequence[Disclosure]) -> list[tuple[str, int]]:
    """(recipient, number) pairs, most first; names that differ only in case count as one."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for disclosure in newest_first(disclosures):
        name = disclosure.recipient("nl")
        key = " ".join(name.casefold().split())
        names.setdefault(key, name)
        counts[key] = counts.get(key, 0) + 1
    return sorted(
        ((names[key], count) for key, count in counts.items()), key=lambda pair: (-pair[1], pair[0])
    )


def _number(count: int) -> str:
    return f"{count} verstrekking" if count == 1 else f"{count} verstrekkingen"


def render_disclosure_overview(
    client: pdf_forms.DocumentClient,
    disclosures: Sequence[Disclosure],
    letterhead: pdf.Letterhead,
    *,
    consent_titles: Mapping[int, str] | None = None,
    printed_on: date | None = None,
) -> bytes:
    """The overview of `disclosures` of `client`. `consent_titles` names the consents by id."""
    firm = letterhead.firm_name
    day = printed_on or date.today()
    titles = consent_titles or {}
    blocks: list[Flowable] = [
        pdf.title(TITLE),
        pdf_forms.client_details(client),
        pdf.paragraph(
            f"Dit overzicht noemt elk stuk dat {firm} over u heeft verstrekt aan de Belastingdienst, een bank, "
            f"een andere overheidsinstantie of een andere derde, zoals vastgelegd tot en met "
            f"{pdf.format_date_long_nl(day)}. Ook stukken die u zelf hebt verstuurd staan erin."
        ),
        pdf.heading("Verstrekkingen"),
    ]
    if disclosures:
        blocks.append(
            pdf_forms.data_table(
                ["Datum", "Wat", "Ontvanger", "Hoe", "Op grond van"],
                [
                    [
                        pdf.format_date_nl(item.disclosed_on),
                        item.what("nl"),
                        item.recipient("nl"),
                        item.channel.label("nl"),
                        basis_text(item, titles),
                    ]
                    for item in newest_first(disclosures)
                ],
                widths_mm=[25, None, 32, 28, 42],
            )
        )
        blocks += [
            pdf.heading("Aantal per ontvanger"),
            pdf_forms.data_table(
                ["Ontvanger", "Aantal"],
                [[name, str(count)] for name, count in counts_per_recipient(disclosures)],
                widths_mm=[None, 30],
            ),
            pdf.paragraph(f"In totaal: {_number(len(disclosures))}."),
        ]
    else:
        blocks.append(
            pdf.paragraph(
                f"Er zijn geen verstrekkingen vastgelegd: {firm} heeft tot nu toe geen stukken over u aan de "
                "overheid, een bank of een andere derde verstrekt."
            )
        )
    blocks += [
        pdf.heading("Onze belofte"),
        pdf.paragraph(
            f"Zo staat het in de privacyverklaring van {firm}: belastingaangiften en financiële rapportages "
            "voor de overheid of de bank geven wij alleen door op grond van een machtiging van u. Bij voorkeur "
            "verstuurt u deze stukken zelf. Aan andere derden geven wij uw gegevens alleen door met uw "
            "toestemming, en wij verkopen ze nooit zonder uw uitdrukkelijke toestemming."
        ),
        pdf.paragraph(f"Vragen over dit overzicht? Neem contact met ons op, {pdf.write_to(letterhead)}."),
    ]
    return pdf.render_pdf(
        blocks,
        title=TITLE,
        letterhead=letterhead,
        subject="Verstrekkingen aan de overheid, banken en andere derden",
        printed_on=printed_on,
    )
