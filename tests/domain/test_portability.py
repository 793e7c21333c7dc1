"""The scope of the portability export (AVG art. 20): consent and contract in, the rest out with a reason."""

from __future__ import annotations

import pytest
from portability_helpers import document, subject_data

from calqi_desktop.domain.clients import DocumentKind, LegalBasisKind, SpecialCategory
from calqi_desktop.domain.portability import (
    CATEGORY_PARTS,
    PortabilityPart,
    ScopeReason,
    document_part,
    portability_scope,
    scope_for_bases,
)

EXPECTED = {
    LegalBasisKind.CONSENT: ScopeReason.CONSENT,
    LegalBasisKind.CONTRACT: ScopeReason.CONTRACT,
    LegalBasisKind.LEGAL_OBLIGATION: ScopeReason.LEGAL_OBLIGATION,
}


def parts(
    bases: dict[SpecialCategory, LegalBasisKind],
) -> tuple[set[PortabilityPart], dict[PortabilityPart, ScopeReason]]:
    scope = scope_for_bases(bases)
    included = {entry.part for entry in scope.included}
    reasons = {entry.part: entry.reason for entry in (*scope.included, *scope.excluded)}
    return included, reasons


@pytest.mark.parametrize("basis", list(LegalBasisKind), ids=str)
@pytest.mark.parametrize(
    "category",
    [c for c in SpecialCategory if c not in (SpecialCategory.BSN, SpecialCategory.ID_COPY)],
    ids=str,
)
def test_a_special_category_is_in_only_on_consent_or_contract(
    category: SpecialCategory, basis: LegalBasisKind
) -> None:
    included, reasons = parts({category: basis})
    part = CATEGORY_PARTS[category]
    assert (part in included) == (basis in (LegalBasisKind.CONSENT, LegalBasisKind.CONTRACT))
    assert reasons[part] is EXPECTED[basis]


@pytest.mark.parametrize("basis", list(LegalBasisKind), ids=str)
def test_the_bsn_is_never_in_whatever_basis_is_recorded(basis: LegalBasisKind) -> None:
    included, reasons = parts({SpecialCategory.BSN: basis})
    assert PortabilityPart.BSN not in included
    assert reasons[PortabilityPart.BSN] is ScopeReason.LEGAL_OBLIGATION


@pytest.mark.parametrize("basis", list(LegalBasisKind), ids=str)
def test_an_id_copy_is_never_in_whatever_basis_is_recorded(basis: LegalBasisKind) -> None:
    """It carries the BSN and a photo, and was kept only to establish identity (security review)."""
    included, reasons = parts({SpecialCategory.ID_COPY: basis})
    assert PortabilityPart.ID_COPIES not in included
    assert reasons[PortabilityPart.ID_COPIES] is ScopeReason.IDENTITY_DOCUMENT
    held = (document(1, DocumentKind.ID_COPY, "id.pdf", b"id"),)
    data = subject_data({SpecialCategory.ID_COPY: basis}, documents=held)
    assert portability_scope(data).documents(data) == ()


@pytest.mark.parametrize("category", list(SpecialCategory), ids=str)
def test_a_category_without_a_recorded_basis_is_out_saying_so(category: SpecialCategory) -> None:
    scope = scope_for_bases({})
    [entry] = [entry for entry in scope.excluded if entry.part is CATEGORY_PARTS[category]]
    assert entry.reason is ScopeReason.NO_BASIS
    assert entry.reason_text("nl").startswith("Geen grondslag vastgelegd")
    assert entry.reason_text("en").startswith("No legal basis recorded")


def test_ordinary_details_and_consents_are_in_and_firm_records_out() -> None:
    scope = scope_for_bases({})
    included = {entry.part: entry.reason for entry in scope.included}
    excluded = {entry.part: entry.reason for entry in scope.excluded}
    for part in (
        PortabilityPart.SUBJECT,
        PortabilityPart.ADDRESSES,
        PortabilityPart.EMAIL_ADDRESSES,
        PortabilityPart.PHONE_NUMBERS,
        PortabilityPart.OTHER_DOCUMENTS,
    ):
        assert included[part] is ScopeReason.CONTRACT
    assert included[PortabilityPart.CONSENTS] is ScopeReason.CONSENT_RECORD
    for part in (
        PortabilityPart.AUTHORISATIONS,
        PortabilityPart.DISCLOSURES,
        PortabilityPart.FIELD_HISTORY,
        PortabilityPart.REQUESTS,
    ):
        assert excluded[part] is ScopeReason.RECORDED_BY_FIRM
    assert "niet door u verstrekt" in ScopeReason.RECORDED_BY_FIRM.label()
    assert "inzageoverzicht" in ScopeReason.RECORDED_BY_FIRM.label()


def test_every_part_is_either_in_or_out_exactly_once() -> None:
    scope = scope_for_bases({SpecialCategory.BIRTH: LegalBasisKind.CONSENT})
    listed = [entry.part for entry in (*scope.included, *scope.excluded)]
    assert sorted(listed) == sorted(PortabilityPart)


@pytest.mark.parametrize(
    ("kind", "part"),
    [
        (DocumentKind.ID_COPY, PortabilityPart.ID_COPIES),
        (DocumentKind.FINANCIAL, PortabilityPart.FINANCIAL_DOCUMENTS),
        (DocumentKind.SIGNED_FORM, PortabilityPart.OTHER_DOCUMENTS),
        (DocumentKind.OTHER, PortabilityPart.OTHER_DOCUMENTS),
    ],
)
def test_a_document_follows_the_category_of_its_kind(kind: DocumentKind, part: PortabilityPart) -> None:
    assert document_part(kind) is part


def test_the_documents_in_scope_follow_their_bases() -> None:
    held = (
        document(1, DocumentKind.ID_COPY, "id.pdf", b"id"),
        document(2, DocumentKind.FINANCIAL, "jaaropgave.pdf", b"fin"),
        document(3, DocumentKind.SIGNED_FORM, "opdracht.pdf", b"form"),
        document(4, DocumentKind.OTHER, "brief.pdf", b"other"),
    )
    data = subject_data(
        {
            SpecialCategory.ID_COPY: LegalBasisKind.LEGAL_OBLIGATION,
            SpecialCategory.FINANCIAL: LegalBasisKind.CONSENT,
        },
        documents=held,
    )
    scope = portability_scope(data)
    assert [doc.id for doc in scope.documents(data)] == [2, 3, 4]


def test_the_scope_of_subject_data_reads_its_recorded_bases() -> None:
    data = subject_data({SpecialCategory.CHILDREN: LegalBasisKind.LEGAL_OBLIGATION})
    scope = portability_scope(data)
    assert not scope.includes(PortabilityPart.CHILDREN)
    assert not scope.includes(PortabilityPart.BIRTH)  # no basis recorded in this data
    assert scope.includes(PortabilityPart.SUBJECT)


def test_reasons_name_the_law_in_both_languages() -> None:
    assert "art. 6 lid 1 sub a" in ScopeReason.CONSENT.label()
    assert "art. 6(1)(b)" in ScopeReason.CONTRACT.label("en")
    assert "art. 20 lid 1" in ScopeReason.LEGAL_OBLIGATION.label()
    assert all(reason.label() != reason.label("en") for reason in ScopeReason)
