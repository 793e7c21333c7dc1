"""The dossier summary (dossieroverzicht): the firm's own overview of one client, as a PDF.

For internal use, not addressed to the client: the ordinary details and
contacts, the special personal data, the legal basis per category, the
documents, consents, authorisations, disclosures and data-subject requests.
Special values (BSN, birth date and place, bank accounts, children, names of
ID copies and financial documents) appear only with `include_special`;
otherwise they are masked as on the dossier screen, showing only that they
exist. A restricted dossier carries the restriction at the top, an
anonymised one says so. The sections are those of the access report
(`export.subject_sections`).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.subject_data import SubjectData
from calqi_desktop.export import pdf
from calqi_desktop.export import subject_sections as sections
from calqi_desktop.export.subject_sections import in_language

TITLE_NL = "Dossieroverzicht"
TITLE_EN = "Dossier summary"


def render_dossier_summary(
    data: SubjectData, letterhead: pdf.Letterhead, *, include_special: bool, language: str = "nl"
) -> bytes:
    """The summary of the dossier in `data`, dated `data.collected_on`; special values only with
    `include_special`."""
    title = in_language(language, TITLE_NL, TITLE_EN)
    blocks: list[Flowable] = []
    banner = sections.restriction_banner(data, language)
    if banner is not None:
        blocks.append(banner)
    blocks += [
        pdf.title(f"{title} {data.draft.client_number}".strip()),
        pdf.key_values(
            [
                (in_language(language, "Klant", "Client"), data.display_name or "—"),
                (in_language(language, "Klantnummer", "Client number"), data.draft.client_number),
                (in_language(language, "Stand op", "As of"), pdf.format_date_nl(data.collected_on)),
                (
                    in_language(language, "Bijzondere gegevens", "Special data"),
                    in_language(language, "Voluit", "In full")
                    if include_special
                    else in_language(language, "Afgeschermd", "Masked"),
                ),
            ]
        ),
        pdf.para(
            in_language(
                language,
                "Intern overzicht; niet bestemd voor derden. Vertrouwelijk behandelen.",
                "Internal summary; not for third parties. Treat as confidential.",
            ),
            "small",
        ),
    ]
    if data.draft.status is ClientStatus.ANONYMISED:
        blocks.append(
            pdf.notice(
                in_language(
                    language,
                    "Dit dossier is geanonimiseerd. Wat nog is vastgelegd, wordt bewaard op grond van een "
                    "wettelijke plicht of als verantwoording.",
                    "This dossier has been anonymised. What is still recorded is kept under a legal duty or "
                    "for accountability.",
                ),
                lead=ClientStatus.ANONYMISED.label(language) + ":",
            )
        )
    for heading, content in (
        (
            in_language(language, "Gegevens en contact", "Details and contact"),
            sections.personal_details(data, language),
        ),
        (
            in_language(language, "Bijzondere persoonsgegevens", "Special personal data"),
            sections.special_data(data, reveal=include_special, language=language),
        ),
        (in_language(language, "Grondslagen", "Legal bases"), sections.legal_bases(data, language)),
        (
            in_language(language, "Documenten", "Documents"),
            sections.documents(data, reveal=include_special, language=language),
        ),
        (in_language(language, "Toestemmingen", "Consents"), sections.consents(data, language)),
        (in_language(language, "Machtigingen", "Authorisations"), sections.authorisations(data, language)),
        (in_language(language, "Verstrekkingen", "Disclosures"), sections.disclosures(data, language)),
        (in_language(language, "AVG-verzoeken", "Data-subject requests"), sections.requests(data, language)),
    ):
        blocks.append(pdf.heading(heading))
        blocks.extend(content)
    return pdf.render_pdf(
        blocks,
        title=title,
        letterhead=letterhead,
        subject=in_language(language, "Intern dossieroverzicht", "Internal dossier summary"),
        printed_on=data.collected_on,
    )
