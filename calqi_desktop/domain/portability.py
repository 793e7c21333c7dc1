"""Which of a subject's data the portability export (AVG art. 20) holds, and why the rest is left out.

Art. 20(1) covers personal data the subject provided that are processed on
consent (art. 6(1)(a), 9(2)(a)) or on a contract (art. 6(1)(b)). So:

* the ordinary details — name, gender, function, organisation details,
  addresses, e-mail addresses, phone numbers — rest on the engagement
  contract and are in;
* each special category is in only when its recorded basis is consent or
  contract; a legal obligation (always the BSN's basis) keeps it out, and so
  does the absence of any recorded basis. The BSN never goes along: consent
  does not make its use lawful, the tax law does (DESIGN.md §1);
* a document follows the category of its kind (ID copy, financial); signed
  forms and other documents belong to the engagement and are in;
* the consents themselves are the consent-based processing and are in;
* authorisations, disclosures, the field history and the requests were
  recorded by the firm, not provided by the subject: out, though the access
  report (inzage) shows them.

`portability_scope` returns a `PortabilityScope`: the parts included and the
parts excluded, each with its reason in Dutch and English. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from calqi_desktop.domain.clients import DocumentKind, LegalBasisKind, SpecialCategory
from calqi_desktop.domain.labels import Labelled, register_labels
from calqi_desktop.domain.subject_data import SubjectData, SubjectDocument


class PortabilityPart(Labelled):
    """A part of the subject's data, as the export and its listing name it (the code is in the JSON)."""

    SUBJECT = "subject"  # the ordinary details: name, gender, function, organisation details
    ADDRESSES = "addresses"
    EMAIL_ADDRESSES = "email-addresses"
    PHONE_NUMBERS = "phone-numbers"
    BSN = "bsn"
    BIRTH = "birth"
    BANK_ACCOUNTS = "bank-accounts"
    CHILDREN = "children"
    ID_COPIES = "id-copies"  # documents of kind ID copy
    FINANCIAL_DOCUMENTS = "financial-documents"  # documents of kind financial
    OTHER_DOCUMENTS = "documents"  # signed forms and other documents
    CONSENTS = "consents"
    AUTHORISATIONS = "authorisations"
    DISCLOSURES = "disclosures"
    FIELD_HISTORY = "field-history"
    REQUESTS = "requests"


class ScopeReason(Labelled):
    """Why a part is in the export or left out of it."""

    CONTRACT = "contract"
    CONSENT = "consent"
    CONSENT_RECORD = "consent-record"
    LEGAL_OBLIGATION = "legal-obligation"
    NO_BASIS = "no-basis"
    RECORDED_BY_FIRM = "recorded-by-firm"
    IDENTITY_DOCUMENT = "identity-document"

    @property
    def includes(self) -> bool:
        return self in (ScopeReason.CONTRACT, ScopeReason.CONSENT, ScopeReason.CONSENT_RECORD)


register_labels(
    [
        (PortabilityPart.SUBJECT, ("Persoons- en organisatiegegevens", "Personal and organisation details")),
        (PortabilityPart.ADDRESSES, ("Adressen", "Addresses")),
        (PortabilityPart.EMAIL_ADDRESSES, ("E-mailadressen", "E-mail addresses")),
        (PortabilityPart.PHONE_NUMBERS, ("Telefoonnummers", "Phone numbers")),
        (PortabilityPart.BSN, ("Burgerservicenummer (BSN)", "Citizen service number (BSN)")),
        (PortabilityPart.BIRTH, ("Geboortedatum en -plaats", "Date and place of birth")),
        (PortabilityPart.BANK_ACCOUNTS, ("Bankrekeningen", "Bank accounts")),
        (PortabilityPart.CHILDREN, ("Kinderen", "Children")),
        (PortabilityPart.ID_COPIES, ("Kopieën van identiteitsbewijzen", "Copies of ID documents")),
        (PortabilityPart.FINANCIAL_DOCUMENTS, ("Financiële stukken", "Financial documents")),
        (
            PortabilityPart.OTHER_DOCUMENTS,
            ("Ondertekende formulieren en overige documenten", "Signed forms and other documents"),
        ),
        (PortabilityPart.CONSENTS, ("Toestemmingen en hun geschiedenis", "Consents and their history")),
        (PortabilityPart.AUTHORISATIONS, ("Machtigingen", "Authorisations")),
        (PortabilityPart.DISCLOSURES, ("Verstrekkingen aan derden", "Disclosures to third parties")),
        (PortabilityPart.FIELD_HISTORY, ("Wijzigingsgeschiedenis van het dossier", "Field history")),
        (PortabilityPart.REQUESTS, ("AVG-verzoeken", "Data-subject requests")),
        (
            ScopeReason.CONTRACT,
            (
                "Verwerkt voor de overeenkomst van opdracht met u (AVG art. 6 lid 1 sub b)",
                "Processed for the engagement contract with you (GDPR art. 6(1)(b))",
            ),
        ),
        (
            ScopeReason.CONSENT,
            (
                "Verwerkt op grond van uw toestemming (AVG art. 6 lid 1 sub a en art. 9 lid 2 sub a)",
                "Processed on your consent (GDPR art. 6(1)(a) and art. 9(2)(a))",
            ),
        ),
        (
            ScopeReason.CONSENT_RECORD,
            (
                "Uw toestemmingen zelf: wat u toestond of introk, wanneer en hoe",
                "Your consents themselves: what you allowed or withdrew, when and how",
            ),
        ),
        (
            ScopeReason.LEGAL_OBLIGATION,
            (
                "Verwerkt op grond van een wettelijke plicht (fiscale wetgeving), niet op toestemming of "
                "overeenkomst; valt daarom niet onder het recht op overdraagbaarheid (AVG art. 20 lid 1); "
                "wel in het inzageoverzicht",
                "Processed under a legal obligation (tax law), not on consent or contract, so outside the "
                "right to data portability (GDPR art. 20(1)); included in the access report",
            ),
        ),
        (
            ScopeReason.NO_BASIS,
            (
                "Geen grondslag vastgelegd: zonder grondslag houdt het kantoor deze gegevens niet",
                "No legal basis recorded: without one the firm holds no such data",
            ),
        ),
        (
            ScopeReason.IDENTITY_DOCUMENT,
            (
                "Kopie van een identiteitsbewijs: alleen bewaard om uw identiteit vast te stellen, niet om "
                "over te dragen, en met een BSN erop; op verzoek in te zien via het inzageoverzicht",
                "Copy of an ID document: kept only to establish your identity, not for transfer, and it "
                "carries a BSN; listed in the access report",
            ),
        ),
        (
            ScopeReason.RECORDED_BY_FIRM,
            (
                "Door het kantoor vastgelegd, niet door u verstrekt; wel in het inzageoverzicht",
                "Recorded by the firm, not provided by you; included in the access report",
            ),
        ),
    ]
)

#: The part that holds each special category's data.
CATEGORY_PARTS: dict[SpecialCategory, PortabilityPart] = {
    SpecialCategory.BSN: PortabilityPart.BSN,
    SpecialCategory.BIRTH: PortabilityPart.BIRTH,
    SpecialCategory.BANK_ACCOUNTS: PortabilityPart.BANK_ACCOUNTS,
    SpecialCategory.CHILDREN: PortabilityPart.CHILDREN,
    SpecialCategory.ID_COPY: PortabilityPart.ID_COPIES,
    SpecialCategory.FINANCIAL: PortabilityPart.FINANCIAL_DOCUMENTS,
}

_CONTRACT_PARTS = (
    PortabilityPart.SUBJECT,
    PortabilityPart.ADDRESSES,
    PortabilityPart.EMAIL_ADDRESSES,
    PortabilityPart.PHONE_NUMBERS,
)
_FIRM_RECORDS = (
    PortabilityPart.AUTHORISATIONS,
    PortabilityPart.DISCLOSURES,
    PortabilityPart.FIELD_HISTORY,
    PortabilityPart.REQUESTS,
)


def document_part(kind: DocumentKind) -> PortabilityPart:
    """The part a document of `kind` belongs to: its special category's, or the other documents."""
    category = kind.special_category
    return CATEGORY_PARTS[category] if category is not None else PortabilityPart.OTHER_DOCUMENTS


@dataclass(frozen=True)
class ScopeEntry:
    """One part with the reason it is in or out."""

    part: PortabilityPart
    reason: ScopeReason

    def reason_text(self, language: str = "nl") -> str:
        return self.reason.label(language)


@dataclass(frozen=True)
class PortabilityScope:
    """The parts the export holds and the parts it leaves out, each with its reason, in a fixed order."""

    included: tuple[ScopeEntry, ...]
    excluded: tuple[ScopeEntry, ...]

    def includes(self, part: PortabilityPart) -> bool:
        return any(entry.part is part for entry in self.included)

    def includes_document(self, document: SubjectDocument) -> bool:
        return self.includes(document_part(document.kind))

    def documents(self, data: SubjectData) -> tuple[SubjectDocument, ...]:
        """The subject's documents that go into the export, in the order held."""
        return tuple(document for document in data.documents if self.includes_document(document))


def category_reason(category: SpecialCategory, basis: LegalBasisKind | None) -> ScopeReason:
    """Why a special category is in or out, given its recorded basis (None: none recorded)."""
    if basis is None:
        return ScopeReason.NO_BASIS
    if category is SpecialCategory.BSN:
        return ScopeReason.LEGAL_OBLIGATION  # whatever is recorded: only the tax law makes BSN use lawful
    if category is SpecialCategory.ID_COPY:
        return ScopeReason.IDENTITY_DOCUMENT  # whatever is recorded: it carries the BSN and a photo
    return {
        LegalBasisKind.CONSENT: ScopeReason.CONSENT,
        LegalBasisKind.CONTRACT: ScopeReason.CONTRACT,
        LegalBasisKind.LEGAL_OBLIGATION: ScopeReason.LEGAL_OBLIGATION,
    }[basis]


def scope_for_bases(bases: Mapping[SpecialCategory, LegalBasisKind | None]) -> PortabilityScope:
    """The scope given the recorded basis of each special category (missing or None: none recorded)."""
    entries = [ScopeEntry(part, ScopeReason.CONTRACT) for part in _CONTRACT_PARTS]
    entries += [
        ScopeEntry(part, category_reason(category, bases.get(category)))
        for category, part in CATEGORY_PARTS.items()
    ]
    entries.append(ScopeEntry(PortabilityPart.OTHER_DOCUMENTS, ScopeReason.CONTRACT))
    entries.append(ScopeEntry(PortabilityPart.CONSENTS, ScopeReason.CONSENT_RECORD))
    entries += [ScopeEntry(part, ScopeReason.RECORDED_BY_FIRM) for part in _FIRM_RECORDS]
    return PortabilityScope(
        included=tuple(entry for entry in entries if entry.reason.includes),
        excluded=tuple(entry for entry in entries if not entry.reason.includes),
    )


def portability_scope(data: SubjectData) -> PortabilityScope:
    """What of `data` the export holds, by the bases recorded for its special categories."""
    return scope_for_bases({category: data.basis_of(category) for category in SpecialCategory})
