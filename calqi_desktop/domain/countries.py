"""Countries for addresses: ISO 3166 two-letter codes with their Dutch and English names (Babel/CLDR).

Only real countries: CLDR's regions ('150' Europe), the exceptional reservations
('EU', 'UN', 'EZ') and the unknown region ('ZZ') are left out.
"""

from __future__ import annotations

from babel import Locale

_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})


def _names(language: str) -> dict[str, str]:
    territories = Locale(language).territories
    return {
        code: str(name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    }


#: code → Dutch name, e.g. 'NL' → 'Nederland'.
COUNTRIES: dict[str, str] = _names("nl")
COUNTRIES_EN: dict[str, str] = _names("en")

DEFAULT_COUNTRY = "NL"


def country_name(code: str, language: str = "nl") -> str:
    """'Nederland' for 'NL'; an unknown code is returned as it is."""
    names = COUNTRIES_EN if language == "en" else COUNTRIES
    return names.get(code, code)
