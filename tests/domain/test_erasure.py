"""The erasure preview's value objects and the fiscal retention date (AWR art. 52)."""

from __future__ import annotations

from datetime import date

import pytest

from calqi_desktop.domain.erasure import ErasedItem, ErasedPart, ErasurePreview, KeepGround, KeptItem
from calqi_desktop.domain.subject_data import (
    COMPLAINT_AUTHORITY_NL,
    fiscal_retention_until,
    processing_purposes,
    retention_periods,
)


@pytest.mark.parametrize(
    ("year", "until"),
    [(2019, date(2026, 12, 31)), (2024, date(2031, 12, 31)), (2026, date(2033, 12, 31))],
)
def test_fiscal_records_are_kept_until_the_end_of_the_seventh_year_after_the_financial_year(
    year: int, until: date
) -> None:
    assert fiscal_retention_until(year) == until


def _preview(*grounds: KeepGround) -> ErasurePreview:
    return ErasurePreview(
        request_id=1,
        client_id=2,
        client_number="K-000002",
        removed=(ErasedItem(ErasedPart.NAME, 1),),
        kept=tuple(KeptItem("iets", ground) for ground in grounds),
    )


@pytest.mark.parametrize(
    ("grounds", "partly"),
    [
        ((), False),
        ((KeepGround.AUDIT_TRAIL, KeepGround.CLIENT_NUMBER, KeepGround.REQUEST_RECORD), False),
        ((KeepGround.AUDIT_TRAIL, KeepGround.FISCAL_RETENTION), True),
        ((KeepGround.RUNNING_AUTHORISATION,), True),
        ((KeepGround.CONSENT_PROOF,), True),
        ((KeepGround.BASIS_OF_KEPT_DISCLOSURE,), True),
    ],
)
def test_an_erasure_is_partly_granted_only_when_personal_records_stay(
    grounds: tuple[KeepGround, ...], partly: bool
) -> None:
    assert _preview(*grounds).partly is partly


def test_every_ground_names_its_law_or_reason_in_both_languages() -> None:
    assert "art. 52" in KeepGround.FISCAL_RETENTION.label()
    assert "art. 7" in KeepGround.CONSENT_PROOF.label()
    for ground in KeepGround:
        assert ground.label("nl") and ground.label("en") and ground.label("nl") != ground.label("en")


def test_the_access_report_texts_name_purposes_bases_retention_and_the_authority() -> None:
    purposes = processing_purposes()
    assert any("art. 6 lid 1 sub b" in purpose.basis_nl for purpose in purposes)
    assert any("art. 52" in purpose.basis_nl for purpose in purposes)
    assert any("7 jaar" in period.period_nl for period in retention_periods())
    assert "Autoriteit Persoonsgegevens" in COMPLAINT_AUTHORITY_NL
