"""How names and numbers become search words: folded, split, the same for the index and the query.

Folding drops diacritics and case ("Müller" → "muller", "Çelik" → "celik",
"Ærø" → "aero"), so a search typed without accents finds a name with them.
Words are runs of letters and digits; everything else separates them, so
"jan.de-vries@example.nl" gives "jan", "de", "vries", "example", "nl". A Dutch
postcode keeps its digits and letters together ("3511 ab" → "3511ab") in both
the index and the query, and its four digits are indexed on their own as well.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Letters that NFKD does not take apart.
_EXTRA_FOLDS = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i"}
)
_WORD = re.compile(r"[a-z0-9]+")
_POSTCODE = re.compile(r"\b([1-9][0-9]{3}) ?([a-z]{2})\b")
_POSTCODE_TYPED = re.compile(r"\b([1-9][0-9]{3}) ([a-z])$")

#: Longest word kept in the index; longer ones are cut (they are still found by their start).
MAX_WORD = 40


def fold(text: str) -> str:
    """Lower case without diacritics: 'Ça Müller-Øster' → 'ca muller-oster'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The search words of `text`, in order, postcodes joined: '3511 AB Utrecht' → ['3511ab', 'utrecht']."""
    folded = _POSTCODE.sub(r"\1\2", fold(text))
    return [word[:MAX_WORD] for word in _WORD.findall(folded)]


def index_words(values: Iterable[str]) -> list[str]:
    """The distinct words to index for a dossier's searchable values; a postcode also by its digits."""
    found: dict[str, None] = {}
    for value in values:
        for word in words(value):
            found[word] = None
            if len(word) == 6 and word[:4].isdigit() and word[4:].isalpha():
                found[word[:4]] = None
    return list(found)


def query_words(text: str) -> list[str]:
    """The distinct words of a typed query, longest first (the longest usually narrows most).

    A postcode being typed keeps its first letter with its digits ('3511 n' →
    '3511n', a prefix of '3511nk'), so the list does not empty on the way
    from '3511' to '3511 NK'.
    """
    folded = _POSTCODE_TYPED.sub(r"\1\2", fold(text).rstrip())
    unique = list(dict.fromkeys(words(folded)))
    return sorted(unique, key=len, reverse=True)


def sort_key(text: str) -> str:
    """A key that sorts names as a Dutch reader expects: folded, punctuation ignored."""
    return " ".join(words(text))
