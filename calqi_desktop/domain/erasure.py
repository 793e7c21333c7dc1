"""Erasure (AVG art. 17) as anonymisation: what goes, what stays and on what legal ground.

`services.erasure.preview` lists it before anything happens; `erase` carries
it out and writes the same lists, as counts and codes, to the request's
timeline and the audit trail. The letter to the requester names every kept
item with its ground (`KeepGround.label`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calqi_desktop.domain.labels import Labelled, register_labels


class ErasedPart(Labelled):
    """A part of the dossier that erasure removes."""

    NAME = "name"
    PERSON_DETAILS = "person-details"  # gender, function
    ORGANISATION_DETAILS = "organisation-details"  # name, KvK, RSIN, btw-id
    BSN = "bsn"
    BIRTH = "birth"
    ADDRESSES = "addresses"
    EMAILS = "emails"
    PHONES = "phones"
    BANK_ACCOUNTS = "bank-accounts"
    CHILDREN = "children"
    DOCUMENTS = "documents"
    FIELD_HISTORY = "field-history"
    LEGAL_BASES = "legal-bases"
    CONSENT_NOTES = "consent-notes"  # free text and guardian names in the consent history
    AUTHORISATIONS = "authorisations"  # ended ones no kept record rests on
    AUTHORISATION_NOTES = "authorisation-notes"  # notes, revoke reasons, activation codes of kept ones
    DISCLOSURE_NOTES = "disclosure-notes"
    DISCLOSURES = "disclosures"  # those past the fiscal retention period
    REQUEST_DETAILS = "request-details"  # requester's contact details, notes and attached letters
    STATEMENT_NOTICES = "statement-notices"


class KeepGround(Labelled):
    """Why something stays after erasure (AVG art. 17(3))."""

    FISCAL_RETENTION = "fiscal-retention"  # AWR art. 52: 7 years after the financial year
    RUNNING_AUTHORISATION = "running-authorisation"
    BASIS_OF_KEPT_DISCLOSURE = "basis-of-kept-disclosure"
    CONSENT_PROOF = "consent-proof"  # AVG art. 7(1): the firm must be able to show consent was given
    REQUEST_RECORD = "request-record"  # AVG art. 5(2) and 12: accountability for handling the request
    AUDIT_TRAIL = "audit-trail"  # holds ids and field names only, never values
    CLIENT_NUMBER = "client-number"  # the anonymous key that ties the kept records together


register_labels(
    [
        (ErasedPart.NAME, ("Naam (voorletters, voornamen, tussenvoegsel, achternaam)", "Name")),
        (ErasedPart.PERSON_DETAILS, ("Geslacht en functie", "Gender and function")),
        (
            ErasedPart.ORGANISATION_DETAILS,
            ("Organisatienaam, KvK-nummer, RSIN en btw-id", "Organisation name, KvK, RSIN and VAT id"),
        ),
        (ErasedPart.BSN, ("Burgerservicenummer", "Citizen service number (BSN)")),
        (ErasedPart.BIRTH, ("Geboortedatum en -plaats", "Date and place of birth")),
        (ErasedPart.ADDRESSES, ("Adressen", "Addresses")),
        (ErasedPart.EMAILS, ("E-mailadressen", "E-mail addresses")),
        (ErasedPart.PHONES, ("Telefoonnummers", "Phone numbers")),
        (ErasedPart.BANK_ACCOUNTS, ("Bankrekeningen", "Bank accounts")),
        (ErasedPart.CHILDREN, ("Kinderen", "Children")),
        (ErasedPart.DOCUMENTS, ("Documenten", "Documents")),
        (
            ErasedPart.FIELD_HISTORY,
            ("Wijzigingsgeschiedenis van het dossier", "Field history of the dossier"),
        ),
        (ErasedPart.LEGAL_BASES, ("Vastgelegde grondslagen", "Recorded legal bases")),
        (
            ErasedPart.CONSENT_NOTES,
            (
                "Toelichtingen en namen van ouders of voogden bij toestemmingen",
                "Consent notes and guardian names",
            ),
        ),
        (ErasedPart.AUTHORISATIONS, ("Beëindigde machtigingen", "Ended authorisations")),
        (
            ErasedPart.AUTHORISATION_NOTES,
            (
                "Toelichtingen, redenen van intrekking en activeringscodes bij machtigingen",
                "Notes, revocation reasons and activation codes of authorisations",
            ),
        ),
        (ErasedPart.DISCLOSURE_NOTES, ("Toelichtingen bij verstrekkingen", "Notes on disclosures")),
        (
            ErasedPart.DISCLOSURES,
            (
                "Verstrekkingen waarvan de fiscale bewaartermijn is verstreken",
                "Disclosures past the fiscal retention period",
            ),
        ),
        (
            ErasedPart.REQUEST_DETAILS,
            (
                "Contactgegevens, toelichtingen en bijgevoegde stukken van AVG-verzoeken",
                "Contact details, notes and attached documents of data-subject requests",
            ),
        ),
        (
            ErasedPart.STATEMENT_NOTICES,
            ("Lijst 'te informeren over de privacyverklaring'", "Privacy statement notice list"),
        ),
        (
            KeepGround.FISCAL_RETENTION,
            (
                "Fiscale bewaarplicht: 7 jaar na afloop van het boekjaar (art. 52 Algemene wet inzake "
                "rijksbelastingen)",
                "Fiscal retention duty: 7 years after the end of the financial year (art. 52 General Tax Act)",
            ),
        ),
        (
            KeepGround.RUNNING_AUTHORISATION,
            (
                "Lopende machtiging: nodig zolang zij niet is ingetrokken of verlopen",
                "Running authorisation: needed while it is not revoked or expired",
            ),
        ),
        (
            KeepGround.BASIS_OF_KEPT_DISCLOSURE,
            (
                "Grondslag van een verstrekking die onder de fiscale bewaarplicht valt",
                "Basis of a disclosure kept under the fiscal retention duty",
            ),
        ),
        (
            KeepGround.CONSENT_PROOF,
            (
                "Bewijs dat toestemming is gegeven of ingetrokken (AVG art. 7 lid 1), zonder namen of toelichting",
                "Proof that consent was given or withdrawn (GDPR art. 7(1)), without names or notes",
            ),
        ),
        (
            KeepGround.REQUEST_RECORD,
            (
                "Verantwoording van de afhandeling van AVG-verzoeken (AVG art. 5 lid 2 en 12), zonder "
                "naam- en contactgegevens",
                "Accountability for handling data-subject requests (GDPR art. 5(2) and 12), without name "
                "and contact details",
            ),
        ),
        (
            KeepGround.AUDIT_TRAIL,
            (
                "Audittrail van handelingen; bevat alleen nummers en veldnamen, geen gegevens",
                "Audit trail of actions; holds only numbers and field names, no data",
            ),
        ),
        (
            KeepGround.CLIENT_NUMBER,
            (
                "Klantnummer, als anonieme sleutel van wat bewaard blijft",
                "Client number, as the anonymous key of what is kept",
            ),
        ),
    ]
)


@dataclass(frozen=True)
class ErasedItem:
    """A part that goes, with how many rows or fields of it the dossier holds (0: nothing to remove)."""

    part: ErasedPart
    count: int


@dataclass(frozen=True)
class KeptItem:
    """Something that stays: what it is (a short description without personal data, e.g.
    'Aangifte IB 2024 aan Belastingdienst'), its ground and, when the ground ends, until when."""

    what: str
    ground: KeepGround
    until: date | None = None


@dataclass(frozen=True)
class ErasurePreview:
    """What an erasure of the request's client will do; shown before it is confirmed.

    `kept_documents` are the ids of documents that stay (fiscal records in
    their retention period, signed forms of kept authorisations).
    """

    request_id: int
    client_id: int
    client_number: str
    removed: tuple[ErasedItem, ...]
    kept: tuple[KeptItem, ...]
    kept_documents: tuple[int, ...] = ()

    @property
    def partly(self) -> bool:
        """True when something personal stays, so the answer is 'partly granted' with the grounds."""
        return any(
            item.ground not in (KeepGround.AUDIT_TRAIL, KeepGround.CLIENT_NUMBER, KeepGround.REQUEST_RECORD)
            for item in self.kept
        )


@dataclass(frozen=True)
class ErasureResult:
    """What `erase` did: the decision letter (PDF, rendered before the addressee was removed) and the
    size of the vault file before and after the vacuum."""

    preview: ErasurePreview
    letter: bytes
    vault_bytes_before: int
    vault_bytes_after: int
    seconds: float
    # False when the removal was committed but emptying the log and vacuuming failed (the vault was
    # busy): the removed content is already zeroed (secure_delete); closing the vault checkpoints it.
    compacted: bool = True
