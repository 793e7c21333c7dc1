"""The disclosure rule (R4, R5) as a refusal matrix: one row per case, with the reason it must give.

`decide` is pure, so every case is a handful of value objects: what is about
to leave the firm, the client's authorisations and consents, and the
client's restriction. The input checks of a disclosure sit at the end.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from calqi_desktop.domain.authorisations import (
    AuthorisationKind,
    AuthorisationStatus,
    AuthorisationTerms,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.consent import ConsentMethod
from calqi_desktop.domain.disclosures import (
    ConsentTerms,
    Disclosure,
    DisclosureChannel,
    DisclosureDraft,
    RefusalReason,
    Verdict,
    check_disclosure_draft,
    collect_disclosure_problems,
    decide,
    same_recipient,
)
from calqi_desktop.domain.errors import (
    DateInFutureError,
    DisclosureRefusedError,
    FieldValidationError,
    RequiredFieldError,
    TaxYearError,
    TextTooLongError,
)

ON = date(2025, 6, 2)  # the day of the disclosure in every case
BD = RecipientKind.BELASTINGDIENST
BANK = RecipientKind.BANK
AUTHORITY = RecipientKind.AUTHORITY
THIRD = RecipientKind.THIRD_PARTY
RETURN = DocumentType.TAX_RETURN
ACCOUNT = DocumentType.ANNUAL_ACCOUNT
REPORT = DocumentType.FINANCIAL_REPORT
ING = "ING Bank N.V."
HYPO = "Hypotheekbank B.V."


def terms(ident: int, kind: AuthorisationKind, **values: object) -> AuthorisationTerms:
    base: dict[str, object] = {
        "recipient_kind": BD,
        "recipient_name": "",
        "tax_type": None,
        "document_types": frozenset(),
        "year_from": None,
        "year_to": None,
        "valid_from": date(2024, 1, 1),
        "valid_until": None,
        "activated_on": None,
        "revoked_on": None,
    }
    base.update(values)
    return AuthorisationTerms(id=ident, kind=kind, **base)  # type: ignore[arg-type]


def via(ident: int = 1, year: int = 2024, **values: object) -> AuthorisationTerms:
    fields: dict[str, object] = {
        "tax_type": TaxType.IB,
        "document_types": frozenset({RETURN}),
        "year_from": year,
        "year_to": year,
        "activated_on": date(2025, 3, 1),
        "valid_from": date(2025, 3, 1),
    }
    fields.update(values)
    return terms(ident, AuthorisationKind.VIA, **fields)


def continuing(ident: int = 2, tax: TaxType = TaxType.IB, year_from: int = 2024, **values: object):  # type: ignore[no-untyped-def]
    fields: dict[str, object] = {
        "tax_type": tax,
        "document_types": frozenset({RETURN}),
        "year_from": year_from,
    }
    fields.update(values)
    return terms(ident, AuthorisationKind.CONTINUING, **fields)


def signed(  # type: ignore[no-untyped-def]
    ident: int = 3,
    recipient: RecipientKind = BANK,
    name: str = ING,
    documents: frozenset[DocumentType] = frozenset({ACCOUNT}),
    years: tuple[int, int | None] = (2023, 2024),
    **values: object,
):
    fields: dict[str, object] = {
        "recipient_kind": recipient,
        "recipient_name": name,
        "document_types": documents,
        "year_from": years[0],
        "year_to": years[1],
    }
    fields.update(values)
    return terms(ident, AuthorisationKind.CLIENT_SIGNED, **fields)


def draft(  # type: ignore[no-untyped-def]
    document: DocumentType = RETURN,
    tax: TaxType | None = TaxType.IB,
    year: int = 2024,
    recipient: RecipientKind = BD,
    name: str = "",
    channel: DisclosureChannel = DisclosureChannel.ELECTRONIC,
    sale: bool = False,
):
    return DisclosureDraft(
        document_type=document,
        year=year,
        recipient_kind=recipient,
        disclosed_on=ON,
        channel=channel,
        recipient_name=name,
        tax_type=tax if document is RETURN else None,
        sale=sale,
    )


GIVEN_ON = date(2025, 1, 6)  # the day every consent was given, unless a case says otherwise


def consent(
    ident: int,
    recipient: str,
    *,
    sale: bool = False,
    given_on: date | None = GIVEN_ON,
    withdrawn_on: date | None = None,
) -> ConsentTerms:
    """A consent given on `given_on`; withdrawn on `withdrawn_on` (and so not given now) when that is set."""
    return ConsentTerms(
        id=ident,
        recipient=recipient,
        sale=sale,
        given=withdrawn_on is None,
        given_on=given_on,
        withdrawn_on=withdrawn_on,
    )


BANK_ACCOUNT = draft(ACCOUNT, year=2024, recipient=BANK, name=ING)
TO_HYPO = draft(REPORT, year=2024, recipient=THIRD, name=HYPO)
SALE_TO_HYPO = replace(TO_HYPO, sale=True)

Case = tuple[DisclosureDraft, tuple[AuthorisationTerms, ...], tuple[ConsentTerms, ...], RefusalReason | None]

MATRIX: dict[str, Case] = {
    # --- allowed ---------------------------------------------------------------------------
    "activated VIA covers that year's IB return": (draft(), (via(),), (), None),
    "continuing IB from 2024, open-ended, covers 2025": (draft(year=2025), (continuing(),), (), None),
    "continuing btw covers a btw return": (draft(tax=TaxType.BTW), (continuing(tax=TaxType.BTW),), (), None),
    "signed for the bank covers its annual account": (BANK_ACCOUNT, (signed(),), (), None),
    "bank name matches ignoring case and punctuation": (
        replace(BANK_ACCOUNT, recipient_name="ing bank nv"),
        (signed(),),
        (),
        None,
    ),
    "signed for an authority covers a report": (
        draft(REPORT, recipient=AUTHORITY, name="Gemeente Hoorn"),
        (signed(recipient=AUTHORITY, name="gemeente  hoorn", documents=frozenset({REPORT})),),
        (),
        None,
    ),
    "signed for the Belastingdienst covers its tax type": (
        draft(year=2023),
        (signed(recipient=BD, name="", documents=frozenset({RETURN}), tax_type=TaxType.IB),),
        (),
        None,
    ),
    "valid on its last day": (draft(), (continuing(valid_until=ON),), (), None),
    "valid on its first day": (draft(), (continuing(valid_from=ON),), (), None),
    "revoked after the day of the disclosure": (
        draft(),
        (continuing(revoked_on=date(2025, 6, 3)),),
        (),
        None,
    ),
    "third party with a given consent for that recipient": (
        TO_HYPO,
        (),
        (consent(7, "hypotheekbank bv"),),
        None,
    ),
    "sale with the explicit consent to sell": (SALE_TO_HYPO, (), (consent(8, HYPO, sale=True),), None),
    "sent by the client needs nothing": (
        draft(channel=DisclosureChannel.SENT_BY_CLIENT, recipient=BANK, name=ING),
        (),
        (),
        None,
    ),
    # --- not valid on the day -----------------------------------------------------------------
    "authorisation expired": (
        draft(),
        (continuing(valid_until=date(2025, 6, 1)),),
        (),
        RefusalReason.EXPIRED,
    ),
    "revoked before the day": (
        draft(),
        (continuing(revoked_on=date(2025, 5, 1)),),
        (),
        RefusalReason.REVOKED,
    ),
    "revoked on the day itself": (draft(), (continuing(revoked_on=ON),), (), RefusalReason.REVOKED),
    "not yet valid": (draft(), (continuing(valid_from=date(2025, 6, 3)),), (), RefusalReason.NOT_YET_VALID),
    "requested, never granted": (draft(), (continuing(valid_from=None),), (), RefusalReason.NOT_GRANTED),
    "VIA not activated": (
        draft(),
        (via(activated_on=None, valid_from=None),),
        (),
        RefusalReason.NOT_ACTIVATED,
    ),
    "VIA activated only after the day": (
        draft(),
        (via(activated_on=date(2025, 6, 3), valid_from=date(2025, 6, 3)),),
        (),
        RefusalReason.NOT_YET_VALID,
    ),
    # --- wrong year ------------------------------------------------------------------------------
    "VIA 2024 for the 2025 return": (draft(year=2025), (via(),), (), RefusalReason.WRONG_YEAR),
    "continuing from 2025 for 2024": (
        draft(year=2024),
        (continuing(year_from=2025),),
        (),
        RefusalReason.WRONG_YEAR,
    ),
    "signed for 2023-2024, disclosed for 2025": (
        replace(BANK_ACCOUNT, year=2025),
        (signed(),),
        (),
        RefusalReason.WRONG_YEAR,
    ),
    # --- wrong recipient --------------------------------------------------------------------------
    "Belastingdienst authorisation for a bank": (
        draft(ACCOUNT, recipient=BANK, name=ING),
        (continuing(), via()),
        (),
        RefusalReason.WRONG_RECIPIENT,
    ),
    "bank A's authorisation for bank B": (
        replace(BANK_ACCOUNT, recipient_name="Rabobank"),
        (signed(),),
        (),
        RefusalReason.WRONG_RECIPIENT,
    ),
    "a bank's authorisation for an authority of the same name": (
        replace(BANK_ACCOUNT, recipient_kind=AUTHORITY),
        (signed(),),
        (),
        RefusalReason.WRONG_RECIPIENT,
    ),
    # --- wrong kind --------------------------------------------------------------------------------
    "btw return on an IB authorisation": (
        draft(tax=TaxType.BTW),
        (continuing(), via()),
        (),
        RefusalReason.WRONG_KIND,
    ),
    "annual account on a continuing authorisation": (
        draft(ACCOUNT),
        (continuing(),),
        (),
        RefusalReason.WRONG_KIND,
    ),
    "SBA covers no disclosure": (draft(), (terms(4, AuthorisationKind.SBA),), (), RefusalReason.WRONG_KIND),
    "SBT covers no disclosure": (
        draft(tax=TaxType.TOESLAGEN),
        (terms(5, AuthorisationKind.SBT),),
        (),
        RefusalReason.WRONG_KIND,
    ),
    "report on a bank authorisation for the annual account": (
        replace(BANK_ACCOUNT, document_type=REPORT),
        (signed(),),
        (),
        RefusalReason.WRONG_KIND,
    ),
    "wrong kind is named before wrong year": (
        draft(tax=TaxType.BTW, year=2019),
        (continuing(),),
        (),
        RefusalReason.WRONG_KIND,
    ),
    # --- none at all ----------------------------------------------------------------------------------
    "no authorisation for the Belastingdienst": (draft(), (), (), RefusalReason.NO_AUTHORISATION),
    "no authorisation for a bank": (BANK_ACCOUNT, (), (consent(7, ING),), RefusalReason.NO_AUTHORISATION),
    # --- consent ---------------------------------------------------------------------------------------
    "third party without consent": (TO_HYPO, (), (), RefusalReason.NO_CONSENT),
    "third party with a withdrawn consent": (
        TO_HYPO,
        (),
        (consent(7, HYPO, withdrawn_on=date(2025, 5, 1)),),
        RefusalReason.NO_CONSENT,
    ),
    "consent for another recipient": (
        TO_HYPO,
        (),
        (consent(7, "Makelaardij Jansen"),),
        RefusalReason.NO_CONSENT,
    ),
    "an authorisation is no consent": (
        TO_HYPO,
        (signed(recipient=BANK, name=HYPO, documents=frozenset({REPORT})),),
        (),
        RefusalReason.NO_CONSENT,
    ),
    "sale without the consent to sell": (
        SALE_TO_HYPO,
        (),
        (consent(7, HYPO),),
        RefusalReason.NO_SALE_CONSENT,
    ),
    "consent to sell to another recipient": (
        SALE_TO_HYPO,
        (),
        (consent(8, "Makelaardij Jansen", sale=True),),
        RefusalReason.NO_SALE_CONSENT,
    ),
    "withdrawn consent to sell": (
        SALE_TO_HYPO,
        (),
        (consent(8, HYPO, sale=True, withdrawn_on=date(2025, 5, 1)),),
        RefusalReason.NO_SALE_CONSENT,
    ),
    # --- consent on the day of the disclosure (a backdated disclosure) -----------------------------
    "consent given only after the day": (
        TO_HYPO,
        (),
        (consent(7, HYPO, given_on=date(2025, 6, 3)),),
        RefusalReason.NO_CONSENT,
    ),
    "consent to sell given only after the day": (
        SALE_TO_HYPO,
        (),
        (consent(8, HYPO, sale=True, given_on=date(2025, 6, 3)),),
        RefusalReason.NO_SALE_CONSENT,
    ),
    "consent given on the day itself": (TO_HYPO, (), (consent(7, HYPO, given_on=ON),), None),
    "consent withdrawn on the day itself": (
        TO_HYPO,
        (),
        (consent(7, HYPO, withdrawn_on=ON),),
        RefusalReason.NO_CONSENT,
    ),
    "consent withdrawn after the day": (
        TO_HYPO,
        (),
        (consent(7, HYPO, withdrawn_on=date(2025, 6, 3)),),
        None,
    ),
    "consent to sell withdrawn after the day": (
        SALE_TO_HYPO,
        (),
        (consent(8, HYPO, sale=True, withdrawn_on=date(2025, 6, 3)),),
        None,
    ),
    "consent to sell withdrawn before the day": (
        SALE_TO_HYPO,
        (),
        (consent(8, HYPO, sale=True, withdrawn_on=date(2025, 6, 1)),),
        RefusalReason.NO_SALE_CONSENT,
    ),
    "given and withdrawn both after the day": (
        TO_HYPO,
        (),
        (consent(7, HYPO, given_on=date(2025, 6, 3), withdrawn_on=date(2025, 6, 10)),),
        RefusalReason.NO_CONSENT,
    ),
    "consent without a day it was given": (
        TO_HYPO,
        (),
        (consent(7, HYPO, given_on=None),),
        RefusalReason.NO_CONSENT,
    ),
    "withdrawn consent without a day it was withdrawn": (
        TO_HYPO,
        (),
        (replace(consent(7, HYPO), given=False),),
        RefusalReason.NO_CONSENT,
    ),
    "sale to a bank: an authorisation is no consent to sell": (
        replace(BANK_ACCOUNT, sale=True),
        (signed(),),
        (),
        RefusalReason.NO_SALE_CONSENT,
    ),
}


@pytest.mark.parametrize(
    ("case", "expected"), [(name, case[3]) for name, case in MATRIX.items()], ids=list(MATRIX)
)
def test_refusal_matrix(case: str, expected: RefusalReason | None) -> None:
    disclosure, authorisations, consents, _ = MATRIX[case]
    verdict = decide(disclosure, restricted=False, authorisations=authorisations, consents=consents)
    assert verdict.refusal is expected
    assert verdict.allowed is (expected is None)
    if expected is not None:
        assert verdict.authorisation_id is None and verdict.consent_id is None


ALLOWED = {name: case for name, case in MATRIX.items() if case[3] is None}


@pytest.mark.parametrize("case", list(ALLOWED), ids=list(ALLOWED))
def test_restricted_client_is_refused_whatever_else_holds(case: str) -> None:
    disclosure, authorisations, consents, _ = ALLOWED[case]
    for anonymised in (False, True):
        verdict = decide(
            disclosure,
            restricted=True,
            anonymised=anonymised,
            authorisations=authorisations,
            consents=consents,
        )
        assert verdict == Verdict(RefusalReason.RESTRICTED)


@pytest.mark.parametrize("case", list(ALLOWED), ids=list(ALLOWED))
def test_anonymised_client_is_refused(case: str) -> None:
    disclosure, authorisations, consents, _ = ALLOWED[case]
    verdict = decide(
        disclosure, restricted=False, anonymised=True, authorisations=authorisations, consents=consents
    )
    assert verdict == Verdict(RefusalReason.ANONYMISED)


def test_sent_by_the_client_rests_on_nothing_even_when_an_authorisation_exists() -> None:
    disclosure = draft(channel=DisclosureChannel.SENT_BY_CLIENT)
    assert decide(disclosure, restricted=False, authorisations=(via(),)) == Verdict(None)
    assert decide(disclosure, restricted=True) == Verdict(RefusalReason.RESTRICTED)


def test_an_allowed_disclosure_names_what_it_rests_on() -> None:
    expired = continuing(ident=10, valid_until=date(2024, 12, 31))
    active = continuing(ident=11, valid_from=date(2025, 1, 1))
    assert decide(draft(), restricted=False, authorisations=(expired, active, via(ident=12))) == Verdict(
        None, authorisation_id=12
    )  # both valid ones cover it; the most recently valid one is named
    assert decide(draft(), restricted=False, authorisations=(expired, active)).authorisation_id == 11
    assert decide(TO_HYPO, restricted=False, consents=(consent(7, "other"), consent(9, HYPO))).consent_id == 9
    sale = decide(SALE_TO_HYPO, restricted=False, consents=(consent(7, HYPO), consent(8, HYPO, sale=True)))
    assert sale == Verdict(None, consent_id=8)


@pytest.mark.parametrize(
    ("left", "expected"),
    [
        (
            (via(activated_on=None, valid_from=None), continuing(valid_until=date(2025, 1, 1))),
            "not-activated",
        ),
        ((continuing(valid_from=None), continuing(ident=9, valid_from=date(2025, 7, 1))), "not-granted"),
        (
            (continuing(valid_from=date(2025, 7, 1)), continuing(ident=9, valid_until=date(2025, 1, 1))),
            "not-yet-valid",
        ),
        (
            (continuing(revoked_on=date(2025, 1, 1)), continuing(ident=9, valid_until=date(2025, 1, 1))),
            "expired",
        ),
    ],
)
def test_among_invalid_ones_the_nearest_to_usable_is_named(
    left: tuple[AuthorisationTerms, ...], expected: str
) -> None:
    assert decide(draft(), restricted=False, authorisations=left).refusal == RefusalReason(expected)
    assert decide(draft(), restricted=False, authorisations=left[::-1]).refusal == RefusalReason(expected)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ING Bank N.V.", "ing bank nv", True),
        ("ING Bank N.V.", "ING  Bank N. V.", True),
        ("Société Générale", "societe generale", True),
        ("Gemeente 's-Hertogenbosch", "gemeente s hertogenbosch", True),
        ("ING Bank N.V.", "ING Bank Luxembourg", False),
        ("Rabobank", "ABN AMRO", False),
        ("", "", False),
        ("...", "", False),
    ],
)
def test_same_recipient(a: str, b: str, same: bool) -> None:
    assert same_recipient(a, b) is same
    assert same_recipient(b, a) is same


def test_every_refusal_reads_as_a_sentence_in_both_languages() -> None:
    for reason in RefusalReason:
        nl, en = reason.label(), reason.label("en")
        assert nl != en and nl.endswith(".") and en.endswith("."), reason
        assert DisclosureRefusedError(reason).message() == nl
        assert DisclosureRefusedError(reason).message("en") == en


def test_labels_stay_with_their_own_enum() -> None:
    """Enums share values ('expired', 'anonymised', 'in-person'); each member keeps its own label."""
    assert AuthorisationStatus.EXPIRED.label() == "Verlopen"
    assert AuthorisationStatus.REVOKED.label() == "Ingetrokken"
    assert AuthorisationStatus.NOT_YET_VALID.label() == "Nog niet geldig"
    assert RefusalReason.EXPIRED.label().startswith("De machtiging die dit stuk dekt, is verlopen.")
    assert RefusalReason.ANONYMISED.label().startswith("Dit dossier is geanonimiseerd")
    assert ClientStatus.ANONYMISED.label() == "Geanonimiseerd"
    assert DisclosureChannel.IN_PERSON.label() == "Persoonlijk overhandigd"
    assert ConsentMethod.IN_PERSON.label() == "Mondeling, in persoon"


def test_a_disclosure_says_what_and_to_whom() -> None:
    shown = Disclosure(
        id=1,
        client_id=1,
        document_type=RETURN,
        tax_type=TaxType.IB,
        year=2025,
        recipient_kind=BD,
        recipient_name="",
        disclosed_on=ON,
        channel=DisclosureChannel.ELECTRONIC,
        sale=False,
        authorisation_id=None,
        authorisation="",
        consent_id=None,
        note="",
        recorded_by="",
        recorded_at=None,  # type: ignore[arg-type]
    )
    assert shown.what() == "Belastingaangifte Inkomstenbelasting (IB) 2025"
    assert shown.recipient() == "Belastingdienst"
    assert replace(shown, recipient_kind=BANK, recipient_name=ING).recipient() == ING


# --- input checks (not refusals) ---------------------------------------------------------------

TODAY = date(2025, 6, 15)


@pytest.mark.parametrize(
    ("changed", "key", "error"),
    [
        ({"year": 1989}, "year", TaxYearError),
        ({"year": 2027}, "year", TaxYearError),
        ({"tax_type": None}, "tax_type", RequiredFieldError),
        ({"recipient_kind": BANK}, "recipient_name", RequiredFieldError),
        ({"recipient_kind": THIRD, "recipient_name": "  "}, "recipient_name", RequiredFieldError),
        ({"recipient_kind": AUTHORITY, "recipient_name": "x" * 201}, "recipient_name", TextTooLongError),
        ({"disclosed_on": date(2025, 6, 16)}, "disclosed_on", DateInFutureError),
        ({"note": "x" * 2001}, "note", TextTooLongError),
    ],
)
def test_input_errors_name_their_field(
    changed: dict[str, object], key: str, error: type[FieldValidationError]
) -> None:
    bad = replace(draft(), **changed)  # type: ignore[arg-type]
    with pytest.raises(FieldValidationError) as caught:
        check_disclosure_draft(bad, today=TODAY)
    assert type(caught.value) is error
    assert caught.value.field == key
    assert [e.field for e in collect_disclosure_problems(bad, today=TODAY).errors] == [key]


def test_the_draft_is_tidied() -> None:
    tidy = check_disclosure_draft(
        replace(
            draft(ACCOUNT, recipient=BANK, name="  ING   Bank "), tax_type=TaxType.IB, note=" zie map \n"
        ),
        today=TODAY,
    )
    assert (tidy.recipient_name, tidy.tax_type, tidy.note) == ("ING Bank", None, "zie map")
    assert (
        check_disclosure_draft(replace(draft(), recipient_name="Belastingdienst"), today=TODAY).recipient_name
        == ""
    )
    assert check_disclosure_draft(replace(draft(), year=2026), today=TODAY).year == 2026
    assert not collect_disclosure_problems(draft(), today=TODAY)
