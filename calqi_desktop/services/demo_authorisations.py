"""The demo firm's authorisations register (machtigingen) and the disclosures that rest on it.

Part of the demo data (`services.demo_privacy`), written in bulk with the
clients. The register has the shape `domain.authorisations` gives a checked
draft: continuing IB for most persons, btw (and VPB for a B.V.) for
organisations, a VIA for last year for most persons (about 15% still waiting
for the activation code; the others activated with a made-up code, valid from
the day of activation), SBA and SBT for some, and some signed by the client
for a bank. A few continuing authorisations end within 30 days of `today`,
a few were revoked; an ended client's are revoked on the day the service
ended.

Every disclosure lies before `today` (and before an ended client's end) and
is what `domain.disclosures.decide` allows on the client's authorisations and
consents, resting on the authorisation or consent it names; a return to the
Belastingdienst that nothing covers that day is recorded as sent by the
client.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calqi_desktop.domain.authorisations import (
    AuthorisationKind,
    AuthorisationTerms,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.clients import ClientKind, ClientStatus
from calqi_desktop.domain.disclosures import ConsentTerms, DisclosureChannel, DisclosureDraft, decide
from calqi_desktop.domain.search_text import fold
from calqi_desktop.storage.client_bulk import NewClient
from calqi_desktop.storage.models import AuthorisationRow, DisclosureRow

BANKS = ("ING Bank N.V.", "Coöperatieve Rabobank U.A.", "ABN AMRO Bank N.V.", "de Volksbank N.V.")
_CODE_LETTERS = "BCDFGHJKLMNPQRSTVWXZ23456789"
#: Shares of the continuing authorisations that were revoked, and that end within 30 days.
REVOKED_SHARE = 0.025
EXPIRING_SHARE = 0.055

COLUMNS: dict[Any, tuple[str, ...]] = {
    AuthorisationRow: (
        "id", "client_id", "kind", "recipient_kind", "recipient_name", "recipient_key", "tax_type",
        "document_types", "year_from", "year_to", "requested_on", "valid_from", "valid_until",
        "activation_code", "activated_on", "revoked_on", "revoke_reason", "document_id", "note",
        "created_by", "created_at", "updated_at",
    ),
    DisclosureRow: (
        "id", "client_id", "document_type", "tax_type", "year", "recipient_kind", "recipient_name",
        "disclosed_on", "channel", "sale", "authorisation_id", "consent_id", "note", "recorded_by",
        "recorded_at",
    ),
}  # fmt: skip


def next_id(session: Session, model: Any) -> int:
    """The id after the highest of `model`'s table, for rows written in bulk with their ids."""
    return int(session.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1


def years_before(day: date, years: int) -> date:
    """The same day `years` earlier; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return date(day.year - years, 2, 28)


def day_between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def office_moment(rng: random.Random, day: date) -> datetime:
    """A moment in office hours on `day` (naive, as the vault stores moments)."""
    return datetime.combine(day, time(rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)))


@dataclass(frozen=True)
class ThirdPartyConsent:
    """A given consent to pass data to `recipient`, from `day` on."""

    consent_id: int
    day: date
    recipient: str


@dataclass(frozen=True)
class _Wanted:
    """A document that the firm would send: to whom, on which day."""

    document: DocumentType
    tax_type: TaxType | None
    year: int
    recipient_kind: RecipientKind
    recipient_name: str
    on: date


class RegisterMaker:
    """Makes each client's authorisations and disclosures as row tuples (`COLUMNS`), ids from `first_ids`."""

    def __init__(self, today: date, staff_id: int, first_ids: dict[Any, int]) -> None:
        self.today = today
        self.staff_id = staff_id
        self.rows: dict[Any, list[tuple[Any, ...]]] = {model: [] for model in COLUMNS}
        self._ids = dict(first_ids)
        self.authorisations = 0

    def _id(self, model: Any) -> int:
        value = self._ids[model]
        self._ids[model] = value + 1
        return value

    def add(self, client_id: int, new: NewClient, third: ThirdPartyConsent | None, rng: random.Random) -> int:
        """The client's authorisations and disclosures; returns how many disclosures."""
        return self._disclosures(client_id, new, self._authorisations(client_id, new, rng), third, rng)

    def _authorisation(
        self,
        client_id: int,
        rng: random.Random,
        kind: AuthorisationKind,
        requested_on: date,
        *,
        recipient: tuple[RecipientKind, str] = (RecipientKind.BELASTINGDIENST, ""),
        tax_type: TaxType | None = None,
        documents: frozenset[DocumentType] = frozenset(),
        years: tuple[int | None, int | None] = (None, None),
        valid: tuple[date | None, date | None] = (None, None),
        activation: tuple[str | None, date | None] = (None, None),
        revoked: tuple[date | None, str] = (None, ""),
        note: str = "",
    ) -> AuthorisationTerms:
        authorisation_id = self._id(AuthorisationRow)
        self.authorisations += 1
        (recipient_kind, name), (year_from, year_to) = recipient, years
        (valid_from, valid_until), (code, activated_on), (revoked_on, reason) = valid, activation, revoked
        created = office_moment(rng, requested_on)
        changed = max(day for day in (requested_on, valid_from, activated_on, revoked_on) if day is not None)
        self.rows[AuthorisationRow].append(
            (
                authorisation_id, client_id, kind.value, recipient_kind.value, name, fold(name),
                tax_type.value if tax_type else None, ",".join(t.value for t in DocumentType if t in documents),
                year_from, year_to, requested_on, valid_from, valid_until, code, activated_on, revoked_on,
                reason, None, note, self.staff_id, created,
                created if changed == requested_on else office_moment(rng, changed),
            )
        )  # fmt: skip
        return AuthorisationTerms(
            authorisation_id, kind, recipient_kind, name, tax_type, documents, year_from, year_to,
            valid_from, valid_until, activated_on, revoked_on,
        )  # fmt: skip

    def _authorisations(self, client_id: int, new: NewClient, rng: random.Random) -> list[AuthorisationTerms]:
        today, d = self.today, new.draft
        ended = d.ended_on if d.status is ClientStatus.ENDED else None
        last = ended.year - 1 if ended else today.year - 1  # the last tax year worked on
        yesterday = today - timedelta(days=1)
        terms: list[AuthorisationTerms] = []

        def continuing(tax_type: TaxType) -> None:
            first_year = rng.randint(last - 6, last - 1)
            requested = date(first_year + 1, 1, rng.randint(4, 28))
            valid_from = requested + timedelta(days=rng.randint(2, 12))
            revoked: tuple[date | None, str] = (ended, "Dienstverlening beëindigd.") if ended else (None, "")
            valid_until, note, roll = None, "", rng.random()
            if not ended and roll < REVOKED_SHARE:
                revoked = (
                    day_between(rng, valid_from + timedelta(days=30), yesterday),
                    "De klant doet dit voortaan zelf.",
                )
            elif not ended and roll < REVOKED_SHARE + EXPIRING_SHARE:
                valid_until = today + timedelta(days=rng.randint(0, 30))
                note = "Einddatum op verzoek van de klant (vertrek naar het buitenland)."
            terms.append(
                self._authorisation(
                    client_id, rng, AuthorisationKind.CONTINUING, requested, tax_type=tax_type,
                    documents=frozenset({DocumentType.TAX_RETURN}), years=(first_year, None),
                    valid=(valid_from, valid_until), revoked=revoked, note=note,
                )
            )  # fmt: skip

        def signed_for_bank(documents: frozenset[DocumentType], years: tuple[int, int | None]) -> None:
            requested = day_between(rng, date(today.year - 1, 9, 1), today - timedelta(days=40))
            valid_from = requested + timedelta(days=rng.randint(1, 5))
            until = requested + timedelta(days=365) if DocumentType.TAX_RETURN in documents else None
            terms.append(
                self._authorisation(
                    client_id, rng, AuthorisationKind.CLIENT_SIGNED, requested,
                    recipient=(RecipientKind.BANK, rng.choice(BANKS)), documents=documents,
                    tax_type=TaxType.IB if DocumentType.TAX_RETURN in documents else None, years=years,
                    valid=(valid_from, until), note="Getekende machtiging van de klant voor de bank.",
                )
            )  # fmt: skip

        if d.kind is ClientKind.PERSON:
            if rng.random() < 0.85:
                continuing(TaxType.IB)
            if ended:
                return terms
            if rng.random() < 0.7:
                requested = min(date(today.year, 1, rng.randint(5, 31)), yesterday)
                activated = requested + timedelta(days=rng.randint(5, 25))
                code = "".join(rng.choices(_CODE_LETTERS, k=12))
                awaiting = rng.random() < 0.15 or activated >= today
                terms.append(
                    self._authorisation(
                        client_id, rng, AuthorisationKind.VIA, requested, tax_type=TaxType.IB,
                        documents=frozenset({DocumentType.TAX_RETURN}), years=(today.year - 1, today.year - 1),
                        valid=(None if awaiting else activated, None),
                        activation=(None, None) if awaiting else (code, activated),
                    )
                )  # fmt: skip
            for kind, share in ((AuthorisationKind.SBA, 0.25), (AuthorisationKind.SBT, 0.08)):
                if rng.random() < share:
                    requested = day_between(rng, date(last - 3, 1, 1), date(last, 11, 30))
                    valid_from = requested + timedelta(days=rng.randint(3, 14))
                    terms.append(
                        self._authorisation(client_id, rng, kind, requested, valid=(valid_from, None))
                    )
            if rng.random() < 0.05:
                signed_for_bank(frozenset({DocumentType.TAX_RETURN}), (last - 2, last))
        else:
            if rng.random() < 0.95:
                continuing(TaxType.BTW)
            if "B.V." in d.organisation_name and rng.random() < 0.9:
                continuing(TaxType.VPB)
            if not ended and rng.random() < 0.3:
                documents = {DocumentType.ANNUAL_ACCOUNT}
                if rng.random() < 0.5:
                    documents.add(DocumentType.FINANCIAL_REPORT)
                signed_for_bank(frozenset(documents), (last - 2, None))
        return terms

    # --- disclosures -----------------------------------------------------------------------

    def _disclosures(
        self,
        client_id: int,
        new: NewClient,
        terms: list[AuthorisationTerms],
        third: ThirdPartyConsent | None,
        rng: random.Random,
    ) -> int:
        ended = new.draft.ended_on if new.draft.status is ClientStatus.ENDED else None
        consents = []
        if third is not None:
            consents.append(ConsentTerms(third.consent_id, third.recipient, False, True, third.day, None))
        made = 0
        for wanted in self._wanted(new, terms, third, rng):
            if wanted.on >= (ended or self.today):
                continue
            bd = wanted.recipient_kind is RecipientKind.BELASTINGDIENST
            draft = DisclosureDraft(
                wanted.document, wanted.year, wanted.recipient_kind, wanted.on,
                DisclosureChannel.ELECTRONIC if bd else DisclosureChannel.EMAIL, wanted.recipient_name,
                wanted.tax_type,
            )  # fmt: skip
            verdict = decide(draft, restricted=False, authorisations=terms, consents=consents)
            if not verdict.allowed:
                if not bd:
                    continue
                draft = replace(draft, channel=DisclosureChannel.SENT_BY_CLIENT)  # the client filed it
            note = "De klant heeft het stuk zelf ingediend." if not verdict.allowed else ""
            self.rows[DisclosureRow].append(
                (
                    self._id(DisclosureRow), client_id, draft.document_type.value,
                    draft.tax_type.value if draft.tax_type else None, draft.year, draft.recipient_kind.value,
                    draft.recipient_name, draft.disclosed_on, draft.channel.value, False,
                    verdict.authorisation_id, verdict.consent_id, note, self.staff_id,
                    office_moment(rng, draft.disclosed_on),
                )
            )  # fmt: skip
            made += 1
        return made

    def _wanted(
        self,
        new: NewClient,
        terms: list[AuthorisationTerms],
        third: ThirdPartyConsent | None,
        rng: random.Random,
    ) -> list[_Wanted]:
        """What the firm sent for the client: the last years' returns, to the bank, to a third party."""
        d = new.draft
        last = d.ended_on.year - 1 if d.ended_on and d.status is ClientStatus.ENDED else self.today.year - 1
        bd, ib = RecipientKind.BELASTINGDIENST, TaxType.IB
        wanted: list[_Wanted] = []
        if d.kind is ClientKind.PERSON:
            for year in (last - 1, last):
                on = date(year + 1, 3, 1) + timedelta(days=rng.randint(0, 75))
                wanted.append(_Wanted(DocumentType.TAX_RETURN, ib, year, bd, "", on))
            if third is not None:
                on = third.day + timedelta(days=rng.randint(3, 40))
                wanted.append(
                    _Wanted(
                        DocumentType.FINANCIAL_REPORT,
                        None,
                        last,
                        RecipientKind.THIRD_PARTY,
                        third.recipient,
                        on,
                    )
                )
        else:
            for year in (last - 2, last - 1, last):
                on = date(year + 1, 1, rng.randint(10, 31))
                wanted.append(_Wanted(DocumentType.TAX_RETURN, TaxType.BTW, year, bd, "", on))
            if "B.V." in d.organisation_name:
                for year in (last - 2, last - 1):
                    on = date(year + 1, 5, 1) + timedelta(days=rng.randint(0, 30))
                    wanted.append(_Wanted(DocumentType.TAX_RETURN, TaxType.VPB, year, bd, "", on))
        for t in terms:
            if t.kind is AuthorisationKind.CLIENT_SIGNED and t.valid_from is not None:
                document = DocumentType.TAX_RETURN if t.tax_type else DocumentType.ANNUAL_ACCOUNT
                on = t.valid_from + timedelta(days=rng.randint(1, 30))
                wanted.append(_Wanted(document, t.tax_type, last, t.recipient_kind, t.recipient_name, on))
        return wanted
