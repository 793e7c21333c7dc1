"""Authorisations as values: the status on a day (boundaries included), the activation code's
form, the shape of a draft per kind with the field each problem belongs to, and the wording."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from calqi_desktop.domain.authorisations import (
    AuthorisationDraft,
    AuthorisationKind,
    AuthorisationStatus,
    AuthorisationTerms,
    DocumentType,
    RecipientKind,
    TaxType,
    ThirdPartyNeedsConsentError,
    check_authorisation_draft,
    collect_problems,
    normalise_activation_code,
    status_on,
)
from calqi_desktop.domain.errors import (
    ActivationCodeError,
    ActivationCodeNotForKindError,
    DateInFutureError,
    DateOrderError,
    FieldNotForKindError,
    FieldValidationError,
    RecipientNotAllowedError,
    RequiredFieldError,
    TaxYearError,
    TaxYearOrderError,
    TextTooLongError,
)

TODAY = date(2025, 6, 15)
VIA = AuthorisationKind.VIA
SBA = AuthorisationKind.SBA
SBT = AuthorisationKind.SBT
CONTINUING = AuthorisationKind.CONTINUING
SIGNED = AuthorisationKind.CLIENT_SIGNED
RETURN = DocumentType.TAX_RETURN
ACCOUNT = DocumentType.ANNUAL_ACCOUNT


def terms(kind: AuthorisationKind = CONTINUING, **values: object) -> AuthorisationTerms:
    base: dict[str, object] = {
        "id": 1,
        "kind": kind,
        "recipient_kind": RecipientKind.BELASTINGDIENST,
        "recipient_name": "",
        "tax_type": TaxType.IB,
        "document_types": frozenset({RETURN}),
        "year_from": 2024,
        "year_to": None,
        "valid_from": date(2025, 1, 1),
        "valid_until": date(2025, 12, 31),
        "activated_on": None,
        "revoked_on": None,
    }
    base.update(values)
    return AuthorisationTerms(**base)  # type: ignore[arg-type]


# --- status on a day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 12, 31), AuthorisationStatus.NOT_YET_VALID),
        (date(2025, 1, 1), AuthorisationStatus.ACTIVE),  # the valid-from day counts
        (date(2025, 12, 31), AuthorisationStatus.ACTIVE),  # so does the valid-until day
        (date(2026, 1, 1), AuthorisationStatus.EXPIRED),
    ],
)
def test_status_on_the_boundary_days(day: date, expected: AuthorisationStatus) -> None:
    assert status_on(terms(), day) is expected
    assert terms().status_on(day) is expected


def test_revoked_from_its_revocation_day_on() -> None:
    revoked = terms(revoked_on=date(2025, 6, 1))
    assert status_on(revoked, date(2025, 5, 31)) is AuthorisationStatus.ACTIVE
    assert status_on(revoked, date(2025, 6, 1)) is AuthorisationStatus.REVOKED
    assert status_on(revoked, date(2027, 1, 1)) is AuthorisationStatus.REVOKED  # revoked wins over expired
    assert status_on(replace(revoked, valid_from=None), date(2025, 6, 1)) is AuthorisationStatus.REVOKED


def test_requested_without_valid_from_and_open_ended_without_valid_until() -> None:
    assert status_on(terms(valid_from=None), TODAY) is AuthorisationStatus.REQUESTED
    assert status_on(terms(valid_until=None), date(2040, 1, 1)) is AuthorisationStatus.ACTIVE


def test_a_via_awaits_activation_then_counts_from_its_activation_day() -> None:
    waiting = terms(VIA, valid_from=None, valid_until=None)
    assert status_on(waiting, TODAY) is AuthorisationStatus.AWAITING_ACTIVATION
    assert (
        status_on(replace(waiting, valid_from=date(2025, 1, 1)), TODAY)
        is AuthorisationStatus.AWAITING_ACTIVATION
    )
    activated = replace(waiting, activated_on=date(2025, 3, 1), valid_from=date(2025, 3, 1))
    assert status_on(activated, date(2025, 2, 28)) is AuthorisationStatus.NOT_YET_VALID
    assert status_on(activated, date(2025, 3, 1)) is AuthorisationStatus.ACTIVE
    early_valid_from = replace(activated, valid_from=date(2025, 1, 1))
    assert status_on(early_valid_from, date(2025, 2, 1)) is AuthorisationStatus.NOT_YET_VALID


def test_what_an_authorisation_covers() -> None:
    via = terms(VIA, year_from=2024, year_to=2024, activated_on=date(2025, 3, 1))
    assert via.covers_document(RETURN, TaxType.IB) and not via.covers_document(RETURN, TaxType.BTW)
    assert via.covers_year(2024) and not via.covers_year(2023) and not via.covers_year(2025)
    assert not terms(SBA, tax_type=None, document_types=frozenset()).covers_document(RETURN, TaxType.IB)
    continuing = terms()
    assert continuing.covers_year(2040) and not continuing.covers_year(2023)
    assert not continuing.covers_document(ACCOUNT, None)
    signed = terms(SIGNED, tax_type=None, document_types=frozenset({ACCOUNT}))
    assert signed.covers_document(ACCOUNT, None) and not signed.covers_document(RETURN, TaxType.IB)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, "Doorlopende machtiging – Inkomstenbelasting (IB), vanaf 2024"),
        ({"kind": VIA, "year_to": 2024}, "VIA-machtiging (vooraf ingevulde aangifte) – 2024"),
        ({"kind": SBA, "tax_type": None, "year_from": None}, "SBA (serviceberichten aanslagen)"),
        (
            {
                "kind": SIGNED,
                "recipient_kind": RecipientKind.BANK,
                "recipient_name": "ING Bank N.V.",
                "tax_type": None,
                "year_from": 2023,
                "year_to": 2024,
            },
            "Door de klant getekende machtiging – ING Bank N.V., 2023–2024",
        ),
    ],
)
def test_describe(values: dict[str, object], expected: str) -> None:
    assert terms(**values).describe() == expected  # type: ignore[arg-type]


def test_describe_in_english() -> None:
    assert terms().describe("en") == "Continuing authorisation – Income tax (IB), from 2024"


# --- the activation code ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("ab12-cd34 ef", "AB12CD34EF"), ("  ", ""), ("", ""), ("abcd", "ABCD"), ("1" * 20, "1" * 20)],
)
def test_activation_code_normal_form(typed: str, stored: str) -> None:
    assert normalise_activation_code(typed) == stored


@pytest.mark.parametrize("typed", ["abc", "1" * 21, "AB12_CD34", "AB12.CD34", "ÄB12CD34"])
def test_activation_code_refused(typed: str) -> None:
    with pytest.raises(ActivationCodeError) as caught:
        normalise_activation_code(typed)
    assert caught.value.field == "activation_code"
    assert typed not in caught.value.message()


# --- the draft per kind -------------------------------------------------------------------------

GOOD = {
    VIA: AuthorisationDraft(VIA, year_from=2024),
    SBA: AuthorisationDraft(SBA, requested_on=date(2025, 1, 1)),
    SBT: AuthorisationDraft(SBT),
    CONTINUING: AuthorisationDraft(CONTINUING, tax_type=TaxType.BTW, year_from=2024),
    SIGNED: AuthorisationDraft(
        SIGNED,
        recipient_kind=RecipientKind.BANK,
        recipient_name=" ING  Bank ",
        document_types=frozenset({ACCOUNT}),
        year_from=2023,
        year_to=2024,
    ),
}


@pytest.mark.parametrize("kind", list(GOOD))
def test_good_drafts_pass(kind: AuthorisationKind) -> None:
    assert not collect_problems(GOOD[kind], today=TODAY)
    check_authorisation_draft(GOOD[kind], today=TODAY)


def test_a_via_is_filled_in_for_one_year_of_ib() -> None:
    checked = check_authorisation_draft(GOOD[VIA], today=TODAY)
    assert (checked.tax_type, checked.document_types, checked.year_to) == (TaxType.IB, {RETURN}, 2024)
    activated = check_authorisation_draft(
        replace(GOOD[VIA], activation_code="ab12-cd34", activated_on=date(2025, 3, 1)), today=TODAY
    )
    assert (activated.activation_code, activated.valid_from) == ("AB12CD34", date(2025, 3, 1))
    kept = check_authorisation_draft(replace(GOOD[VIA], activation_code=None), today=TODAY)
    assert kept.activation_code is None  # None: leave a stored code as it is


def test_texts_are_tidied_and_the_belastingdienst_is_not_named() -> None:
    signed = check_authorisation_draft(replace(GOOD[SIGNED], note="  regel 1\nregel 2  "), today=TODAY)
    assert (signed.recipient_name, signed.note) == ("ING Bank", "regel 1\nregel 2")
    continuing = check_authorisation_draft(
        replace(GOOD[CONTINUING], recipient_name="Belastingdienst"), today=TODAY
    )
    assert continuing.recipient_name == "" and continuing.document_types == {RETURN}


BANK = RecipientKind.BANK
THIRD = RecipientKind.THIRD_PARTY

BAD = [
    # Belastingdienst-only kinds
    (VIA, {"recipient_kind": BANK}, "recipient_kind", RecipientNotAllowedError),
    (SBA, {"recipient_kind": RecipientKind.AUTHORITY}, "recipient_kind", RecipientNotAllowedError),
    (CONTINUING, {"recipient_kind": THIRD}, "recipient_kind", RecipientNotAllowedError),
    # VIA: one year of IB
    (VIA, {"year_from": None}, "year_from", RequiredFieldError),
    (VIA, {"year_to": 2025}, "year_to", FieldNotForKindError),
    (VIA, {"tax_type": TaxType.BTW}, "tax_type", FieldNotForKindError),
    (VIA, {"document_types": frozenset({ACCOUNT})}, "document_types", FieldNotForKindError),
    (VIA, {"activation_code": "abc"}, "activation_code", ActivationCodeError),
    (VIA, {"activation_code": "", "activated_on": date(2025, 3, 1)}, "activation_code", RequiredFieldError),
    (
        VIA,
        {"activation_code": "AB12CD34", "activated_on": date(2025, 6, 16)},
        "activated_on",
        DateInFutureError,
    ),
    # only a VIA has a code and an activation date
    (CONTINUING, {"activation_code": "AB12CD34"}, "activation_code", ActivationCodeNotForKindError),
    (SIGNED, {"activated_on": date(2025, 3, 1)}, "activated_on", FieldNotForKindError),
    # SBA/SBT: no documents, no years, no tax type
    (SBA, {"document_types": frozenset({RETURN})}, "document_types", FieldNotForKindError),
    (SBT, {"year_from": 2024}, "year_from", FieldNotForKindError),
    (SBT, {"year_to": 2024}, "year_to", FieldNotForKindError),
    (SBA, {"tax_type": TaxType.IB}, "tax_type", FieldNotForKindError),
    # continuing: a tax type and a first year; tax returns only
    (CONTINUING, {"tax_type": None}, "tax_type", RequiredFieldError),
    (CONTINUING, {"year_from": None}, "year_from", RequiredFieldError),
    (CONTINUING, {"document_types": frozenset({ACCOUNT})}, "document_types", FieldNotForKindError),
    # signed by the client
    (SIGNED, {"recipient_kind": THIRD}, "recipient_kind", ThirdPartyNeedsConsentError),
    (SIGNED, {"recipient_name": "  "}, "recipient_name", RequiredFieldError),
    (SIGNED, {"recipient_name": "x" * 201}, "recipient_name", TextTooLongError),
    (SIGNED, {"document_types": frozenset()}, "document_types", RequiredFieldError),
    (SIGNED, {"document_types": frozenset({RETURN})}, "tax_type", RequiredFieldError),
    (SIGNED, {"tax_type": TaxType.IB}, "tax_type", FieldNotForKindError),
    (SIGNED, {"year_from": None, "year_to": None}, "year_from", RequiredFieldError),
    # years, dates, note
    (CONTINUING, {"year_from": 1989}, "year_from", TaxYearError),
    (CONTINUING, {"year_to": 2027}, "year_to", TaxYearError),
    (SIGNED, {"year_from": 2024, "year_to": 2023}, "year_to", TaxYearOrderError),
    (
        CONTINUING,
        {"valid_from": date(2025, 2, 1), "valid_until": date(2025, 1, 31)},
        "valid_until",
        DateOrderError,
    ),
    (SBA, {"requested_on": date(2025, 6, 16)}, "requested_on", DateInFutureError),
    (SBT, {"note": "x" * 2001}, "note", TextTooLongError),
]


@pytest.mark.parametrize(
    ("kind", "changed", "key", "error"),
    BAD,
    ids=[f"{kind.value}-{key}-{error.__name__}" for kind, _, key, error in BAD],
)
def test_problems_per_kind_at_their_field(
    kind: AuthorisationKind, changed: dict[str, object], key: str, error: type[FieldValidationError]
) -> None:
    bad = replace(GOOD[kind], **changed)  # type: ignore[arg-type]
    with pytest.raises(FieldValidationError) as caught:
        check_authorisation_draft(bad, today=TODAY)
    assert type(caught.value) is error
    assert caught.value.field == key
    assert [(type(e), e.field) for e in collect_problems(bad, today=TODAY).errors] == [(error, key)]


def test_next_year_is_allowed_and_all_problems_are_collected() -> None:
    assert check_authorisation_draft(replace(GOOD[CONTINUING], year_from=2026), today=TODAY).year_from == 2026
    everything_wrong = AuthorisationDraft(
        SIGNED, recipient_kind=BANK, document_types=frozenset({RETURN}), activation_code="AB12CD34"
    )
    found = collect_problems(everything_wrong, today=TODAY)
    assert {e.field for e in found.errors} == {"recipient_name", "tax_type", "year_from", "activation_code"}
    assert found.errors_for("tax_type")[0].message() == "Vul het belastingmiddel in: dit veld is verplicht."


def test_the_third_party_refusal_points_to_consent() -> None:
    error = ThirdPartyNeedsConsentError("recipient_kind")
    assert isinstance(error, RecipientNotAllowedError)
    assert "toestemming" in error.message() and "consent" in error.message("en")
