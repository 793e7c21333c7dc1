"""Made-up client lists for import tests and timing: valid BSNs, IBANs, postcodes and phone numbers.

    python tests/data/import/generate_clients.py 10000 /tmp/klanten.csv

Every value is invented (seeded, so the same every run); the BSNs pass the
11-proef and the IBANs their check digits, as python-stdnum checks them.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

from stdnum import iban
from stdnum.nl import bsn

HEADERS = [
    "Klantnummer",
    "Voorletters",
    "Voornamen",
    "Tussenvoegsel",
    "Achternaam",
    "Geslacht",
    "Geboortedatum",
    "Geboorteplaats",
    "BSN",
    "Straat",
    "Huisnummer",
    "Toevoeging",
    "Postcode",
    "Woonplaats",
    "Land",
    "E-mail",
    "Telefoon",
    "IBAN",
    "Tenaamstelling",
]

_FIRST = [
    "Jan",
    "Anna",
    "Pieter",
    "Sanne",
    "Mohammed",
    "Fatima",
    "Eva",
    "Daan",
    "Lotte",
    "Bram",
    "Noor",
    "Sem",
]
_PREFIX = ["", "", "", "de", "van", "van der", "van den", "ter"]
_LAST = [
    "Jansen",
    "Vries",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "Mulder",
    "Bos",
    "Dijk",
    "Berg",
    "Yilmaz",
    "Haan",
]
_STREETS = ["Dorpsstraat", "Kerkstraat", "Oudegracht", "Molenweg", "Stationsplein", "Schoolstraat"]
_CITIES = ["Utrecht", "Amsterdam", "Zwolle", "Groningen", "Maastricht", "Leiden", "Delft"]
_BANKS = ["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB"]


def valid_bsn(rng: random.Random) -> str:
    while True:
        number = f"{rng.randrange(10_000_000, 100_000_000):08d}"
        weighted = sum((9 - i) * int(digit) for i, digit in enumerate(number))
        check = weighted % 11
        if check <= 9 and bsn.is_valid(number + str(check)):
            return number + str(check)


def valid_iban(rng: random.Random) -> str:
    while True:
        bban = rng.choice(_BANKS) + f"{rng.randrange(10**9, 10**10):010d}"
        number = "NL" + iban.calc_check_digits("NL00" + bban) + bban
        if iban.is_valid(number):
            return number


def postcode(rng: random.Random) -> str:
    while True:
        letters = "".join(rng.choice("ABCEFGHJKLMNPRTVWXZ") for _ in range(2))
        if letters not in {"SA", "SD", "SS"}:
            return f"{rng.randrange(1000, 10000)} {letters}"


def client_row(rng: random.Random) -> list[str]:
    first = rng.choice(_FIRST)
    prefix = rng.choice(_PREFIX)
    last = rng.choice(_LAST) + rng.choice(["", "-" + rng.choice(_LAST)])
    born = f"{rng.randrange(1, 29):02d}-{rng.randrange(1, 13):02d}-{rng.randrange(1930, 2005)}"
    return [
        "",
        first[0] + ".",
        first,
        prefix,
        last,
        rng.choice(["M", "V", ""]),
        born,
        rng.choice(_CITIES),
        valid_bsn(rng),
        rng.choice(_STREETS),
        str(rng.randrange(1, 300)),
        rng.choice(["", "", "A", "bis"]),
        postcode(rng),
        rng.choice(_CITIES),
        "Nederland",
        f"{first.lower()}.{rng.randrange(10**6)}@voorbeeld.nl",
        f"06{rng.randrange(1, 6)}{rng.randrange(10**6, 10**7)}",
        valid_iban(rng),
        f"{first[0]}. {last}",
    ]


def write_csv(
    path: Path, count: int, *, seed: int = 4, delimiter: str = ";", encoding: str = "utf-8-sig"
) -> Path:
    rng = random.Random(seed)
    with path.open("w", newline="", encoding=encoding) as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(HEADERS)
        for _ in range(count):
            writer.writerow(client_row(rng))
    return path


if __name__ == "__main__":
    write_csv(Path(sys.argv[2]), int(sys.argv[1]))
