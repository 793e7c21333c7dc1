"""The dossier as a form submits it: normal forms, every error at its field key, names, masks, labels."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from calqi_desktop.domain.clients import (
    MASK,
    AddressDraft,
    AddressKind,
    BankAccountDraft,
    ChangeReason,
    ChildDraft,
    ClientDraft,
    ClientKind,
    ClientStatus,
    DocumentKind,
    EmailDraft,
    Gender,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
    SpecialChanges,
    check_bank_account,
    check_child,
    check_draft,
    check_special_field,
    display_name,
    field_label,
    mask,
    sort_name,
)
from calqi_desktop.domain.errors import (
    BsnError,
    BtwIdHoldsBsnError,
    ClientNumberError,
    DateInFutureError,
    EmailAddressError,
    IbanError,
    KvkNumberError,
    NameRequiredError,
    PhoneNumberError,
    PostcodeFormatError,
    PostcodeNotIssuedError,
    RequiredFieldError,
    RsinError,
    RsinForPersonError,
    TextTooLongError,
)

TODAY = date(2025, 6, 15)

PERSON = ClientDraft(
    initials="ja",
    first_names="  Jan   Adriaan ",
    tussenvoegsel="De",
    last_name="Vries",
    gender=Gender.MALE,
    addresses=(
        AddressDraft(
            street="Oudegracht", house_number="231", addition="a", postcode="3511nk", city="Utrecht"
        ),
    ),
    emails=(EmailDraft("Jan@Example.NL", "werk"),),
    phones=(PhoneDraft("0301234567"),),
)


def errors_by_key(draft: ClientDraft) -> dict[str, type]:
    _result, errors = check_draft(draft, today=TODAY)
    return {error.field: type(error) for error in errors.errors}


def test_a_good_person_comes_back_in_normal_forms() -> None:
    result, errors = check_draft(PERSON, today=TODAY)
    assert not errors
    assert result.initials == "J.A."
    assert result.first_names == "Jan Adriaan"
    assert result.tussenvoegsel == "de"
    assert result.addresses[0].postcode == "3511 NK"
    assert result.addresses[0].country == "NL"
    assert result.emails[0].address == "Jan@example.nl"
    assert result.phones[0].number == "030 123 4567"
    assert display_name(result) == "J.A. de Vries"
    assert sort_name(result) == "Vries, J.A. de"
    assert result.addresses[0].one_line() == "Oudegracht 231-a, 3511 NK Utrecht"


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("ja", "J.A."),
        ("J A", "J.A."),
        ("j.a.", "J.A."),
        ("J.A", "J.A."),
        ("th.j.", "Th.J."),  # Theodorus Johannes: a dotted group stays whole
        ("Chr. M.", "Chr.M."),
        ("ij.", "IJ."),
        ("", ""),
    ],
)
def test_initials_normal_form(typed: str, normal: str) -> None:
    result, errors = check_draft(ClientDraft(initials=typed, last_name="Vries"), today=TODAY)
    assert not errors
    assert result.initials == normal


def test_initials_longer_than_the_column_after_dotting_are_refused() -> None:
    # 25 letters become 50 characters once dotted; the column holds 40
    assert errors_by_key(ClientDraft(initials="a" * 25, last_name="Vries")) == {"initials": TextTooLongError}


def test_person_needs_a_last_name_organisation_an_organisation_name() -> None:
    assert errors_by_key(ClientDraft(first_names="Jan")) == {"last_name": NameRequiredError}
    assert errors_by_key(ClientDraft(kind=ClientKind.ORGANISATION, last_name="Vries")) == {
        "organisation_name": NameRequiredError
    }
    _result, errors = check_draft(ClientDraft(first_names="Jan"), today=TODAY)
    assert "achternaam" in errors.errors[0].message("nl")


def test_an_organisation_drops_person_fields() -> None:
    draft = ClientDraft(
        kind=ClientKind.ORGANISATION,
        organisation_name="Bakkerij Jansen B.V.",
        initials="J",
        last_name="Jansen",
        gender=Gender.FEMALE,
        kvk_number="1234 5678",
        rsin="123456782",
        btw_id="nl004495445b01",
    )
    result, errors = check_draft(draft, today=TODAY)
    assert not errors
    assert (result.initials, result.last_name, result.gender) == ("", "", Gender.UNKNOWN)
    assert (result.kvk_number, result.rsin, result.btw_id) == ("12345678", "123456782", "NL004495445B01")
    assert display_name(result) == sort_name(result) == "Bakkerij Jansen B.V."


def test_ended_status_needs_an_end_date_not_in_the_future() -> None:
    ended = ClientDraft(last_name="Vries", status=ClientStatus.ENDED)
    assert errors_by_key(ended) == {"ended_on": RequiredFieldError}
    assert errors_by_key(
        ClientDraft(last_name="Vries", status=ClientStatus.ENDED, ended_on=date(2030, 1, 1))
    ) == {"ended_on": DateInFutureError}
    result, errors = check_draft(
        ClientDraft(last_name="Vries", status=ClientStatus.ENDED, ended_on=date(2024, 12, 31)), today=TODAY
    )
    assert not errors and result.ended_on == date(2024, 12, 31)
    # an active client keeps no end date
    result, _ = check_draft(ClientDraft(last_name="Vries", ended_on=date(2024, 12, 31)), today=TODAY)
    assert result.ended_on is None


def test_every_error_sits_at_its_own_field_key() -> None:
    draft = ClientDraft(
        client_number="123456782",  # a BSN
        last_name="",
        kvk_number="123",
        rsin="123456789",
        addresses=(
            AddressDraft(street="Oudegracht", house_number="231", postcode="3511 NK", city="Utrecht"),
            AddressDraft(street="Postbus", house_number="12", postcode="1234 SA", city="Utrecht"),
            AddressDraft(street="Kerkstraat", house_number="", postcode="0123", city="Ede"),
        ),
        emails=(EmailDraft("goed@example.nl"), EmailDraft("fout@"), EmailDraft("ok@example.nl", "x" * 41)),
        phones=(PhoneDraft(""), PhoneDraft("12345")),
    )
    assert errors_by_key(draft) == {
        "client_number": ClientNumberError,
        "last_name": NameRequiredError,
        "kvk_number": KvkNumberError,
        "rsin": RsinError,
        "addresses.1.postcode": PostcodeNotIssuedError,
        "addresses.2.house_number": RequiredFieldError,
        "addresses.2.postcode": PostcodeFormatError,
        "emails.1.address": EmailAddressError,
        "emails.2.label": TextTooLongError,
        "phones.1.number": PhoneNumberError,
    }


def test_indexed_errors_say_which_item_in_their_label() -> None:
    draft = ClientDraft(
        last_name="Vries",
        addresses=(
            AddressDraft(street="A", house_number="1", postcode="1234 AB", city="X"),
            AddressDraft(street="B", house_number="2", postcode="1234 ss", city="Y"),
        ),
    )
    _result, errors = check_draft(draft, today=TODAY)
    (error,) = errors.errors
    assert error.field == "addresses.1.postcode"
    assert error.label_nl == "de postcode (adres 2)"
    assert error.label_en == "the postcode (address 2)"


def test_blank_rows_are_dropped_but_keep_the_form_indexes() -> None:
    draft = ClientDraft(
        last_name="Vries",
        addresses=(
            AddressDraft(),
            AddressDraft(street="Dam", house_number="1", postcode="1012jS", city="A'dam"),
        ),
        emails=(EmailDraft("  "), EmailDraft("x@example.nl")),
        phones=(PhoneDraft(""),),
    )
    result, errors = check_draft(draft, today=TODAY)
    assert not errors
    assert [a.postcode for a in result.addresses] == ["1012 JS"]
    assert [e.address for e in result.emails] == ["x@example.nl"]
    assert result.phones == ()
    bad = ClientDraft(last_name="Vries", addresses=(AddressDraft(), AddressDraft(street="Dam", city="A'dam")))
    assert errors_by_key(bad) == {
        "addresses.1.house_number": RequiredFieldError,
        "addresses.1.postcode": RequiredFieldError,
    }


def test_a_foreign_address_takes_its_own_postcode() -> None:
    draft = ClientDraft(
        last_name="Peeters",
        addresses=(AddressDraft(street="Meir", postcode="B-2000", city="Antwerpen", country="be"),),
    )
    result, errors = check_draft(draft, today=TODAY)
    assert not errors
    assert result.addresses[0].country == "BE"
    assert result.addresses[0].postcode == "B-2000"
    assert result.addresses[0].one_line() == "Meir, B-2000 Antwerpen (BE)"
    assert errors_by_key(
        ClientDraft(last_name="X", addresses=(AddressDraft(street="s", city="c", country="XX"),))
    ) == {"addresses.0.country": type(_country_error())}


def _country_error() -> Exception:
    from calqi_desktop.domain.errors import CountryCodeError

    return CountryCodeError("country")


def test_draft_errors_never_quote_the_value() -> None:
    draft = ClientDraft(last_name="Vries", kvk_number="98765", emails=(EmailDraft("geheim.adres@"),))
    _result, errors = check_draft(draft, today=TODAY)
    for error in errors.errors:
        for language in ("nl", "en"):
            assert "98765" not in error.message(language)
            assert "geheim" not in error.message(language)


# --- special data ---------------------------------------------------------------------


def test_special_fields_in_stored_form() -> None:
    assert check_special_field("bsn", "111 222 333") == "111222333"
    assert check_special_field("bsn", "") == ""
    assert check_special_field("birth_date", "4-1-1980", today=TODAY) == "1980-01-04"
    assert check_special_field("birth_date", "", today=TODAY) == ""
    assert check_special_field("birth_place", "  's-Hertogenbosch ") == "'s-Hertogenbosch"
    with pytest.raises(BsnError) as caught:
        check_special_field("bsn", "123456789")
    assert caught.value.field == "bsn"
    with pytest.raises(DateInFutureError) as future:
        check_special_field("birth_date", "16-06-2025", today=TODAY)
    assert future.value.field == "birth_date"
    with pytest.raises(KeyError):
        check_special_field("iban", "NL91ABNA0417164300")


def test_bank_account_and_child_checks_name_their_row() -> None:
    account, errors = check_bank_account(2, BankAccountDraft("nl91 abna 0417 1643 00", "  J. de Vries "))
    assert not errors and account == BankAccountDraft("NL91ABNA0417164300", "J. de Vries")
    _account, errors = check_bank_account(1, BankAccountDraft("NL92ABNA0417164300"))
    assert [(e.field, type(e)) for e in errors.errors] == [("bank_accounts.1.iban", IbanError)]
    assert errors.errors[0].label_nl == "het IBAN (rekening 2)"

    child, errors = check_child(0, ChildDraft(" Piet ", "", date(2015, 3, 1)), today=TODAY)
    assert not errors and child.first_names == "Piet"
    _child, errors = check_child(3, ChildDraft("", "", date(2026, 1, 1)), today=TODAY)
    assert {(e.field, type(e)) for e in errors.errors} == {
        ("children.3.first_names", RequiredFieldError),
        ("children.3.birth_date", DateInFutureError),
    }


def test_special_changes_say_which_categories_they_store() -> None:
    assert SpecialChanges().categories() == set()
    assert not SpecialChanges()
    clearing = SpecialChanges(fields={"bsn": ""}, removed_bank_accounts=frozenset({3}))
    assert clearing and clearing.categories() == set()  # removing needs no basis
    storing = SpecialChanges(
        fields={"bsn": "111222333", "birth_place": "Ede"},
        bank_accounts=(BankAccountDraft("NL91ABNA0417164300"),),
        children=(ChildDraft("Piet"),),
    )
    assert storing.categories() == {
        SpecialCategory.BSN,
        SpecialCategory.BIRTH,
        SpecialCategory.BANK_ACCOUNTS,
        SpecialCategory.CHILDREN,
    }


def test_bsn_allows_only_the_legal_obligation() -> None:
    assert SpecialCategory.BSN.allowed_bases() == (LegalBasisKind.LEGAL_OBLIGATION,)
    for category in SpecialCategory:
        if category is not SpecialCategory.BSN:
            assert set(category.allowed_bases()) == set(LegalBasisKind)


def test_masks_show_nothing_of_the_value() -> None:
    assert mask("bsn", "111222333") == MASK
    assert "1" not in mask("bsn", "111222333")
    assert mask("bsn", "") == ""
    masked = mask("iban", "NL91ABNA0417164300")
    assert masked.startswith("NL")
    assert not any(ch.isdigit() for ch in masked)
    assert "ABNA" not in masked


@pytest.mark.parametrize(
    "enum",
    [
        ClientKind,
        ClientStatus,
        Gender,
        AddressKind,
        SpecialCategory,
        LegalBasisKind,
        DocumentKind,
        ChangeReason,
    ],
)
def test_every_member_has_a_dutch_and_an_english_label(enum) -> None:  # type: ignore[no-untyped-def]
    for member in enum:
        nl, en = member.label(), member.label("en")
        assert nl and en
        assert nl != member.value


def test_field_labels() -> None:
    assert field_label("addresses.12") == "Adres"
    assert field_label("emails.0", "en") == "E-mail address"
    assert field_label("legal_basis.bsn") == "Grondslag (het BSN)"
    assert field_label("legal_basis.bank-accounts", "en") == "Legal basis (the bank accounts)"
    assert field_label("legal_basis.nonsense") == "Grondslag"
    assert field_label("bsn") == "BSN"
    assert field_label("unknown_field") == "unknown_field"


def test_document_kinds_that_are_special() -> None:
    assert DocumentKind.ID_COPY.special_category is SpecialCategory.ID_COPY
    assert DocumentKind.FINANCIAL.special_category is SpecialCategory.FINANCIAL
    assert DocumentKind.SIGNED_FORM.special_category is None


def test_display_name_from_parts() -> None:
    assert display_name(kind=ClientKind.PERSON, first_names="Jan", last_name="Vries", tussenvoegsel="de") == (
        "Jan de Vries"
    )
    assert display_name(kind=ClientKind.ORGANISATION, organisation_name="Calqi B.V.") == "Calqi B.V."
    assert sort_name(ClientDraft(last_name="Jansen")) == "Jansen"


def test_a_person_has_no_rsin_and_no_btw_id_that_holds_a_bsn() -> None:
    """For a person the fiscal number is the BSN: it belongs behind the basis gate, not in open fields."""
    _draft, errors = check_draft(replace(PERSON, rsin="111222333", btw_id="NL111222333B01"), today=TODAY)
    assert [(type(e), e.field) for e in errors.errors] == [
        (RsinForPersonError, "rsin"),
        (BtwIdHoldsBsnError, "btw_id"),
    ]
    assert "111222333" not in errors.errors[1].message()
    organisation = ClientDraft(
        kind=ClientKind.ORGANISATION,
        organisation_name="Bakkerij B.V.",
        rsin="111222333",
        btw_id="NL111222333B01",
    )
    assert not check_draft(organisation, today=TODAY)[1]
