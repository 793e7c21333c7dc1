"""Every labelled enum member has its own Dutch and English label, never another enum's."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import calqi_desktop.domain
from calqi_desktop.domain.labels import Labelled, labelled_enums

for module in pkgutil.iter_modules(calqi_desktop.domain.__path__):
    importlib.import_module(f"calqi_desktop.domain.{module.name}")

ENUMS = sorted(labelled_enums(), key=lambda enum: enum.__name__)


def test_the_labelled_enums_are_found() -> None:
    names = {enum.__name__ for enum in ENUMS}
    assert {
        "ClientKind",
        "ConsentMethod",
        "AuthorisationStatus",
        "RefusalReason",
        "DisclosureChannel",
    } <= names


@pytest.mark.parametrize("enum", ENUMS, ids=lambda enum: enum.__name__)
def test_every_member_has_a_dutch_and_an_english_label(enum: type[Labelled]) -> None:
    for member in enum:
        assert member.label().strip(), member
        assert member.label("en").strip(), member


def test_members_with_the_same_value_keep_their_own_labels() -> None:
    from calqi_desktop.domain.authorisations import AuthorisationStatus
    from calqi_desktop.domain.clients import DocumentKind, SpecialCategory
    from calqi_desktop.domain.consent import ConsentMethod
    from calqi_desktop.domain.disclosures import DisclosureChannel, RefusalReason

    assert AuthorisationStatus.EXPIRED.label() == "Verlopen"
    assert RefusalReason.EXPIRED.label().startswith("De machtiging")
    assert DocumentKind.ID_COPY.label() == "Kopie identiteitsbewijs"
    assert SpecialCategory.ID_COPY.label() == "de kopie van het identiteitsbewijs"
    assert DisclosureChannel.IN_PERSON.label() != ConsentMethod.IN_PERSON.label()
