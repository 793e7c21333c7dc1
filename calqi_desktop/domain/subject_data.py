"""Everything the firm holds about one data subject, special values included, in one value object.

`services.subject_data.collect` fills it inside a transaction; the access
report (inzage), the portability export and the dossier summary render it.
Only those exports see special values, and only after the permission check
and the identity gate of the request that asks for them. It never reaches a
log or an error text.

`processing_purposes()` and `retention_periods()` give what the privacy
statement and the law say about purposes, bases and how long data stay, for
the access report (AVG art. 15(1)(a), (d)).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from calqi_desktop.domain.authorisations import Authorisation
from calqi_desktop.domain.clients import (
    ChildDraft,
    ClientDraft,
    DocumentKind,
    FieldChange,
    LegalBasis,
    LegalBasisKind,
    SpecialCategory,
)
from calqi_desktop.domain.consent import Consent
from calqi_desktop.domain.disclosures import Disclosure
from calqi_desktop.domain.requests import DataSubjectRequest

#: Years fiscal records are kept after the end of the financial year (AWR art. 52 lid 4).
FISCAL_RETENTION_YEARS = 7


def fiscal_retention_until(financial_year: int) -> date:
    """The last day a record of `financial_year` must be kept: 31-12 of the seventh year after it."""
    return date(financial_year + FISCAL_RETENTION_YEARS, 12, 31)


@dataclass(frozen=True)
class SubjectDocument:
    """A document's description (not its bytes: the portability export reads them itself)."""

    id: int
    kind: DocumentKind
    file_name: str
    mime_type: str
    size: int
    sha256: str
    description: str
    added_at: datetime


@dataclass(frozen=True)
class SubjectBankAccount:
    iban: str
    holder: str


@dataclass(frozen=True)
class SubjectData:
    """One subject's data as held on `collected_on`. Special values in full (BSN, birth, IBANs, children)."""

    client_id: int
    collected_on: date
    draft: ClientDraft  # ordinary fields, addresses, e-mail addresses, phone numbers
    display_name: str
    created_at: datetime
    restricted: bool
    restriction_reason: str
    bsn: str  # empty when none is held
    birth_date: date | None
    birth_place: str
    bank_accounts: tuple[SubjectBankAccount, ...]
    children: tuple[ChildDraft, ...]
    bases: dict[SpecialCategory, LegalBasis]
    documents: tuple[SubjectDocument, ...]
    consents: tuple[Consent, ...]
    authorisations: tuple[Authorisation, ...]
    disclosures: tuple[Disclosure, ...]
    requests: tuple[DataSubjectRequest, ...]
    history: tuple[FieldChange, ...]  # newest first; special values are never in it

    def basis_of(self, category: SpecialCategory) -> LegalBasisKind | None:
        basis = self.bases.get(category)
        return basis.basis if basis is not None else None


@dataclass(frozen=True)
class ProcessingPurpose:
    """A purpose from the privacy statement with its basis (AVG art. 6), in Dutch and English."""

    purpose_nl: str
    purpose_en: str
    basis_nl: str
    basis_en: str


def processing_purposes() -> tuple[ProcessingPurpose, ...]:
    """The purposes and bases the statement ('Grondslagen en Doeleinden verwerking') names for clients."""
    return _PURPOSES


_PURPOSES = (
    ProcessingPurpose(
        "Uitvoering van de overeenkomst van opdracht: financiële administratie, jaarrekeningen, "
        "jaarrapporten, publicatiebalansen en belastingaangiften",
        "Performance of the engagement: bookkeeping, annual accounts, reports, published balance sheets "
        "and tax returns",
        "Uitvoering van een overeenkomst (AVG art. 6 lid 1 sub b)",
        "Performance of a contract (GDPR art. 6(1)(b))",
    ),
    ProcessingPurpose(
        "Fiscaal en juridisch advies",
        "Tax and legal advice",
        "Uitvoering van een overeenkomst (AVG art. 6 lid 1 sub b)",
        "Performance of a contract (GDPR art. 6(1)(b))",
    ),
    ProcessingPurpose(
        "Gebruik van het burgerservicenummer in belastingaangiften en contact met de Belastingdienst",
        "Use of the citizen service number in tax returns and dealings with the tax authority",
        "Wettelijke verplichting (AVG art. 6 lid 1 sub c; art. 46 Uitvoeringswet AVG, fiscale wetgeving)",
        "Legal obligation (GDPR art. 6(1)(c); Dutch GDPR Implementation Act art. 46, tax law)",
    ),
    ProcessingPurpose(
        "Bewaren van de administratie (fiscale bewaarplicht)",
        "Keeping the records (fiscal retention duty)",
        "Wettelijke verplichting (art. 52 Algemene wet inzake rijksbelastingen)",
        "Legal obligation (art. 52 General Tax Act)",
    ),
    ProcessingPurpose(
        "Contact over onze diensten; op verzoek een nieuwsbrief",
        "Contact about our services; a newsletter on request",
        "Overeenkomst; voor de nieuwsbrief: toestemming (AVG art. 6 lid 1 sub a)",
        "Contract; for the newsletter: consent (GDPR art. 6(1)(a))",
    ),
    ProcessingPurpose(
        "Bijzondere persoonsgegevens verwerken voor de dienstverlening",
        "Processing special personal data for the services",
        "Toestemming, of een overeenkomst of wettelijke verplichting zoals per categorie vastgelegd",
        "Consent, or a contract or legal obligation as recorded per category",
    ),
    ProcessingPurpose(
        "Fraude en misbruik voorkomen",
        "Preventing fraud and abuse",
        "Gerechtvaardigd belang (AVG art. 6 lid 1 sub f)",
        "Legitimate interest (GDPR art. 6(1)(f))",
    ),
)


@dataclass(frozen=True)
class RetentionPeriod:
    what_nl: str
    what_en: str
    period_nl: str
    period_en: str


def retention_periods() -> tuple[RetentionPeriod, ...]:
    """How long each kind of data stays (statement 'Beveiliging en bewaartermijn', AWR art. 52)."""
    return _RETENTION


_RETENTION = (
    RetentionPeriod(
        "Administratie, aangiften, jaarrekeningen en financiële stukken",
        "Records, tax returns, annual accounts and financial documents",
        f"{FISCAL_RETENTION_YEARS} jaar na afloop van het boekjaar (art. 52 AWR)",
        f"{FISCAL_RETENTION_YEARS} years after the end of the financial year (art. 52 General Tax Act)",
    ),
    RetentionPeriod(
        "Naam-, adres- en contactgegevens, BSN, geboortegegevens, bankrekeningen, kinderen",
        "Name, address and contact details, BSN, birth details, bank accounts, children",
        "Zolang de opdracht loopt; daarna zolang de fiscale bewaarplicht het vraagt, dan geanonimiseerd",
        "While the engagement runs; then as long as the fiscal retention duty requires, then anonymised",
    ),
    RetentionPeriod(
        "Kopie van het identiteitsbewijs",
        "Copy of the ID document",
        "Niet langer dan nodig voor het doel waarvoor hij is gevraagd",
        "No longer than needed for the purpose it was asked for",
    ),
    RetentionPeriod(
        "Toestemmingen en hun geschiedenis",
        "Consents and their history",
        "Zolang de toestemming geldt en daarna als bewijs (AVG art. 7 lid 1)",
        "While the consent stands and afterwards as proof (GDPR art. 7(1))",
    ),
    RetentionPeriod(
        "Machtigingen en verstrekkingen",
        "Authorisations and disclosures",
        f"Zolang de machtiging loopt; verstrekkingen {FISCAL_RETENTION_YEARS} jaar na het belastingjaar",
        f"While the authorisation runs; disclosures {FISCAL_RETENTION_YEARS} years after the tax year",
    ),
    RetentionPeriod(
        "AVG-verzoeken en hun afhandeling",
        "Data-subject requests and how they were handled",
        "Als verantwoording van de afhandeling (AVG art. 5 lid 2), zonder naam- en adresgegevens na wissing",
        "As accountability for their handling (GDPR art. 5(2)), without name and address after erasure",
    ),
)

#: The supervisory authority, named in every response letter and the access report (AVG art. 77).
COMPLAINT_AUTHORITY_NL = (
    "Autoriteit Persoonsgegevens, Postbus 93374, 2509 AJ Den Haag, www.autoriteitpersoonsgegevens.nl"
)
COMPLAINT_AUTHORITY_EN = (
    "Autoriteit Persoonsgegevens (Dutch Data Protection Authority), P.O. Box 93374, 2509 AJ The Hague, "
    "the Netherlands, www.autoriteitpersoonsgegevens.nl"
)
