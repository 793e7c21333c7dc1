"""The access report (inzage, AVG art. 15): everything the firm holds about the data subject, as a PDF.

Addressed to the subject, under the request's reference, in twelve numbered
sections: the ordinary details; the special personal data in full (the BSN
too — it is the subject's own, and this is the one document that prints it)
with the legal basis of each category; the documents (described, not
included); the purposes and legal bases; consents; authorisations (whether an
activation code is held, never the code); the recipients and every
disclosure; the retention periods; where the data came from; the field
history; the subject's requests; and the rights with the complaint route to
the Autoriteit Persoonsgegevens. Tables run across pages with their header
repeated. Dutch by default, English with `language="en"`.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from calqi_desktop.domain.authorisations import AuthorisationKind
from calqi_desktop.domain.requests import DataSubjectRequest, RequestType
from calqi_desktop.domain.subject_data import (
    COMPLAINT_AUTHORITY_EN,
    COMPLAINT_AUTHORITY_NL,
    SubjectData,
    processing_purposes,
    retention_periods,
)
from calqi_desktop.export import pdf, pdf_forms
from calqi_desktop.export import subject_sections as sections
from calqi_desktop.export.subject_sections import in_language

TITLE_NL = "Inzage in uw persoonsgegevens"
TITLE_EN = "Access to your personal data"

#: What each right lets the subject do, in the order of the AVG (the article comes from RequestType).
_RIGHTS: dict[RequestType, tuple[str, str]] = {
    RequestType.INFORMATION: (
        "weten welke gegevens wij verwerken, waarvoor en hoe",
        "know which data we process, for what and how",
    ),
    RequestType.ACCESS: ("uw gegevens inzien, zoals in dit overzicht", "see your data, as in this report"),
    RequestType.RECTIFICATION: (
        "onjuiste of onvolledige gegevens laten verbeteren of aanvullen",
        "have incorrect or incomplete data corrected or completed",
    ),
    RequestType.ERASURE: (
        "uw gegevens laten wissen, voor zover geen wettelijke bewaarplicht geldt",
        "have your data erased, insofar as no legal retention duty applies",
    ),
    RequestType.RESTRICTION: (
        "de verwerking laten beperken, bijvoorbeeld zolang een correctie wordt beoordeeld",
        "have processing restricted, for example while a correction is assessed",
    ),
    RequestType.PORTABILITY: (
        "de gegevens die u ons gaf in een gangbaar bestandsformaat ontvangen of laten doorsturen",
        "receive the data you gave us in a common file format, or have them sent on",
    ),
    RequestType.OBJECTION: (
        "bezwaar maken tegen een verwerking op grond van ons gerechtvaardigd belang",
        "object to processing based on our legitimate interest",
    ),
    RequestType.WITHDRAWAL: (
        "een gegeven toestemming altijd intrekken; dat geldt vanaf dat moment",
        "withdraw a consent at any time; that applies from then on",
    ),
}


def render_access_report(
    data: SubjectData,
    request: DataSubjectRequest,
    letterhead: pdf.Letterhead,
    *,
    language: str = "nl",
) -> bytes:
    """The access report for `request` on the data collected in `data`, dated `data.collected_on`."""
    title = in_language(language, TITLE_NL, TITLE_EN)
    firm = letterhead.firm_name
    blocks: list[Flowable] = [
        pdf_forms.addressee(sections.document_client(data)),
        pdf.spacer(6),
        pdf.title(title),
        pdf.key_values(
            [
                (in_language(language, "Kenmerk", "Reference"), request.reference),
                (
                    in_language(language, "Uw verzoek ontvangen op", "Your request received on"),
                    pdf.format_date_nl(request.received_on),
                ),
                (in_language(language, "Opgesteld op", "Made on"), pdf.format_date_nl(data.collected_on)),
            ]
        ),
        pdf.paragraph(
            in_language(
                language,
                f"U hebt {firm} gevraagd welke persoonsgegevens wij van u verwerken (AVG art. 15). Hieronder "
                f"staat alles wat wij op {pdf.format_date_nl(data.collected_on)} over u hebben vastgelegd, ook uw bijzondere "
                "persoonsgegevens. Bewaar dit overzicht zorgvuldig: het bevat uw burgerservicenummer.",
                f"You asked {firm} which personal data we process about you (GDPR art. 15). Below is "
                f"everything we held about you on {pdf.format_date_nl(data.collected_on)}, including your special personal "
                "data. Keep this report safe: it contains your citizen service number.",
            )
        ),
    ]
    banner = sections.restriction_banner(data, language)
    if banner is not None:
        blocks.append(banner)
    for number, (heading, content) in enumerate(_sections(data, letterhead, language), start=1):
        blocks.append(pdf.heading(f"{number}. {heading}"))
        blocks.extend(content)
    return pdf.render_pdf(
        blocks,
        title=title,
        letterhead=letterhead,
        subject=in_language(
            language,
            f"Inzage (AVG art. 15), kenmerk {request.reference}",
            f"Access (GDPR art. 15), reference {request.reference}",
        ),
        printed_on=data.collected_on,
    )


def _sections(
    data: SubjectData, letterhead: pdf.Letterhead, language: str
) -> list[tuple[str, list[Flowable]]]:
    return [
        (in_language(language, "Uw gegevens", "Your details"), sections.personal_details(data, language)),
        (
            in_language(language, "Bijzondere persoonsgegevens", "Special personal data"),
            _special(data, language),
        ),
        (
            in_language(language, "Documenten", "Documents"),
            [
                pdf.paragraph(
                    in_language(
                        language,
                        "Deze documenten bewaren wij in uw dossier. Een kopie ontvangt u op verzoek.",
                        "We keep these documents in your dossier. You can ask for a copy.",
                    )
                ),
                *sections.documents(data, reveal=True, language=language),
            ],
        ),
        (in_language(language, "Doeleinden en grondslagen", "Purposes and legal bases"), _purposes(language)),
        (in_language(language, "Toestemmingen", "Consents"), sections.consents(data, language)),
        (in_language(language, "Machtigingen", "Authorisations"), sections.authorisations(data, language)),
        (
            in_language(language, "Ontvangers en verstrekkingen", "Recipients and disclosures"),
            _recipients(data, language),
        ),
        (in_language(language, "Bewaartermijnen", "Retention periods"), _retention(language)),
        (
            in_language(language, "Herkomst van de gegevens", "Where the data came from"),
            _origin(data, language),
        ),
        (
            in_language(language, "Wijzigingsgeschiedenis", "History of changes"),
            sections.history(data, reveal=True, language=language),
        ),
        (in_language(language, "Uw verzoeken", "Your requests"), sections.requests(data, language)),
        (in_language(language, "Uw rechten", "Your rights"), _rights(letterhead, language)),
    ]


def _special(data: SubjectData, language: str) -> list[Flowable]:
    return [
        pdf.paragraph(
            in_language(
                language,
                "Uw burgerservicenummer staat hier voluit, omdat het uw eigen nummer is. Wij gebruiken het op "
                "grond van de belastingwetgeving, niet op grond van toestemming.",
                "Your citizen service number is shown in full because it is your own. We use it under tax "
                "law, not on the basis of consent.",
            )
        ),
        *sections.special_data(data, reveal=True, language=language),
        sections.sublabel(in_language(language, "Grondslag per categorie", "Legal basis per category")),
        *sections.legal_bases(data, language),
    ]


def _purposes(language: str) -> list[Flowable]:
    english = language == "en"
    return [
        pdf_forms.data_table(
            [in_language(language, "Doel", "Purpose"), in_language(language, "Grondslag", "Legal basis")],
            [
                [item.purpose_en if english else item.purpose_nl, item.basis_en if english else item.basis_nl]
                for item in processing_purposes()
            ],
            widths_mm=[None, 75],
        )
    ]


def _recipients(data: SubjectData, language: str) -> list[Flowable]:
    categories = [
        in_language(
            language,
            "De Belastingdienst en andere overheidsinstanties: aangiften en rapportages, alleen op grond van "
            "uw machtiging (of u verstuurt ze zelf).",
            "The tax authority and other government bodies: returns and reports, only on your authorisation "
            "(or you send them yourself).",
        ),
        in_language(
            language,
            "Banken: jaarrekeningen en financiële rapportages, alleen op grond van uw machtiging.",
            "Banks: annual accounts and financial reports, only on your authorisation.",
        ),
        in_language(
            language,
            "Verwerkers, zoals leveranciers van onze software en ICT-diensten, onder een verwerkersovereenkomst: "
            "zij verwerken uw gegevens alleen in onze opdracht.",
            "Processors, such as suppliers of our software and IT services, under a processing agreement: they "
            "process your data only on our instructions.",
        ),
        in_language(
            language,
            "Andere derden alleen met uw toestemming; wij verkopen uw gegevens nooit zonder uw uitdrukkelijke "
            "toestemming.",
            "Other third parties only with your consent; we never sell your data without your explicit consent.",
        ),
    ]
    return [
        sections.sublabel(in_language(language, "Soorten ontvangers", "Kinds of recipients")),
        pdf.bullet_list(categories),
        sections.sublabel(in_language(language, "Verstrekkingen", "Disclosures")),
        *sections.disclosures(data, language),
    ]


def _retention(language: str) -> list[Flowable]:
    english = language == "en"
    return [
        pdf_forms.data_table(
            [
                in_language(language, "Gegevens", "Data"),
                in_language(language, "Bewaartermijn", "Retention period"),
            ],
            [
                [item.what_en if english else item.what_nl, item.period_en if english else item.period_nl]
                for item in retention_periods()
            ],
            widths_mm=[None, 80],
        )
    ]


def _origin(data: SubjectData, language: str) -> list[Flowable]:
    rows = [
        (
            in_language(language, "Uw gegevens en documenten", "Your details and documents"),
            in_language(language, "Door u zelf verstrekt", "Provided by you"),
        ),
        (
            in_language(
                language,
                "Wijzigingen, toestemmingen, machtigingen, verstrekkingen en verzoeken",
                "Changes, consents, authorisations, disclosures and requests",
            ),
            in_language(language, "Vastgelegd door ons kantoor", "Recorded by our office"),
        ),
    ]
    years = sorted(
        {
            item.terms.year_from
            for item in data.authorisations
            if item.terms.kind is AuthorisationKind.VIA
            and item.terms.activated_on is not None
            and item.terms.year_from is not None
        }
    )
    if years:
        rows.append(
            (
                in_language(language, "Aangiftegegevens", "Tax return data")
                + f" ({', '.join(str(year) for year in years)})",
                in_language(
                    language,
                    "Belastingdienst (vooraf ingevulde aangifte), op grond van uw VIA-machtiging",
                    "Tax authority (pre-filled return), on your VIA authorisation",
                ),
            )
        )
    return [pdf.key_values(rows, key_width_mm=75)]


def _rights(letterhead: pdf.Letterhead, language: str) -> list[Flowable]:
    english = language == "en"
    lines = [
        (
            f"{right.label(language)} ({right.article}):",
            in_language(language, "u mag ", "you may ") + (texts[1] if english else texts[0]) + ".",
        )
        for right, texts in _RIGHTS.items()
    ]
    return [
        pdf.bullet_list(lines),
        pdf.paragraph(
            in_language(
                language,
                f"Een verzoek doet u {pdf.write_to(letterhead)}. Wij stellen eerst uw identiteit vast en "
                "antwoorden binnen een maand na ontvangst (AVG art. 12 lid 3).",
                f"Send a request to {letterhead.postal_address() or letterhead.firm_name}"
                + (f" or {letterhead.email}" if letterhead.email.strip() else "")
                + ". We first verify your identity and answer within one month of receipt (GDPR art. 12(3)).",
            )
        ),
        pdf.heading(in_language(language, "Klachten", "Complaints")),
        pdf.paragraph(
            in_language(
                language,
                "Bent u het niet eens met hoe wij met uw gegevens omgaan, laat het ons dan weten. U hebt ook het "
                f"recht een klacht in te dienen bij de {COMPLAINT_AUTHORITY_NL}.",
                "If you disagree with how we handle your data, please tell us. You also have the right to "
                f"lodge a complaint with the {COMPLAINT_AUTHORITY_EN}.",
            )
        ),
    ]
