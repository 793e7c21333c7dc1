"""Search words: folded the same way for the index and the query, so accents and case never matter."""

from __future__ import annotations

import pytest

from calqi_desktop.domain.search_text import MAX_WORD, fold, index_words, query_words, sort_key, words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Müller", "muller"),
        ("Çelik", "celik"),
        ("Ærø", "aero"),
        ("Straße", "strasse"),
        ("Łukasz", "lukasz"),
        ("Œuvre", "oeuvre"),
        ("Dïana Ñúñez", "diana nunez"),
        ("ABC", "abc"),
    ],
)
def test_fold_drops_case_and_diacritics(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_words_split_on_everything_but_letters_and_digits() -> None:
    assert words("jan.de-vries@example.nl") == ["jan", "de", "vries", "example", "nl"]
    assert words("Vries, J.A. de") == ["vries", "j", "a", "de"]
    assert words("K-000123") == ["k", "000123"]
    assert words("  ") == []


@pytest.mark.parametrize("typed", ["3511 NK", "3511nk", "3511 nk", "3511NK"])
def test_a_postcode_is_one_word_however_typed(typed: str) -> None:
    assert words(typed) == ["3511nk"]
    assert query_words(typed) == ["3511nk"]


def test_index_words_are_distinct_and_a_postcode_also_by_its_digits() -> None:
    found = index_words(["Jan", "jan", "3511 NK", "Utrecht", "3511 NK"])
    assert found == ["jan", "3511nk", "3511", "utrecht"]
    assert index_words(["0123 AB"]) == ["0123", "ab"]  # not a postcode: no first digit 0


def test_query_words_longest_first_and_distinct() -> None:
    assert query_words("jan Jan utrecht") == ["utrecht", "jan"]
    assert query_words("Mül") == ["mul"]
    assert query_words("") == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("3511 n", ["3511n"]),  # on the way to '3511 NK': a prefix of '3511nk'
        ("3511 N ", ["3511n"]),
        ("jan 3511 n", ["3511n", "jan"]),
        ("3511 n utrecht", ["utrecht", "3511", "n"]),  # not at the end: an ordinary word
    ],
)
def test_a_postcode_being_typed_keeps_its_first_letter(typed: str, expected: list[str]) -> None:
    assert query_words(typed) == expected


def test_long_words_are_cut_the_same_in_index_and_query() -> None:
    long_word = "a" * (MAX_WORD + 10)
    assert index_words([long_word]) == ["a" * MAX_WORD]
    assert query_words(long_word) == ["a" * MAX_WORD]


def test_sort_key_sorts_names_as_a_dutch_reader_expects() -> None:
    names = ["Vries, J.A. de", "Ärzte B.V.", "Vriesema, A.", "Aalders, P.", "Çelik, M."]
    assert sorted(names, key=sort_key) == [
        "Aalders, P.",
        "Ärzte B.V.",
        "Çelik, M.",
        "Vries, J.A. de",
        "Vriesema, A.",
    ]
