"""Synthetic Dutch client dossiers for the demo vault, the benchmarks and import tests.

Every value is made up and in the normal form the domain checks return:
names with tussenvoegsels and some diacritics, BSNs and RSINs that pass the
11-proef, btw-ids, NL IBANs with computed check digits, postcodes inside the
range of their place, Dutch phone numbers valid for `phonenumbers`, e-mail on
reserved domains (example.nl, example.com). The same seed gives the same
clients, and the first k of n clients are the k clients of the same seed.

About 85% are persons, 15% organisations; a quarter of the persons have
children, about 5% of the dossiers hold a tiny document (one PDF and one PNG,
each made once and shared). A legal basis is recorded for every special
category a dossier uses (the BSN on the legal obligation). Tests check the
generator against the domain checks, so the bulk path does not check again.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import random
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from calqi_desktop.domain import search_text
from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
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
    display_name,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.export import csv_safe
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import client_bulk, client_store
from calqi_desktop.storage.client_bulk import NewClient, NewDocument
from calqi_desktop.storage.files import write_atomically

DEFAULT_SEED = 20_240_501
BATCH_SIZE = 5_000
#: Demo CSV files number their clients from here, clear of the demo vault's own numbers.
CSV_FIRST_NUMBER = 100_001
#: No birth or end date lies after this day, so the same seed gives the same data on any day.
_LATEST_DAY = date(2024, 12, 31)

Progress = Callable[[int, int], None]

# --- places: (name, first and last postcode digits, area code) ----------------------------

_PLACES = (
    ("Amsterdam", 1011, 1109, "020"), ("Haarlem", 2011, 2037, "023"), ("Leiden", 2311, 2334, "071"),
    ("Den Haag", 2491, 2597, "070"), ("Delft", 2611, 2629, "015"), ("Rotterdam", 3011, 3089, "010"),
    ("Dordrecht", 3311, 3329, "078"), ("Utrecht", 3511, 3585, "030"), ("Amersfoort", 3811, 3829, "033"),
    ("Zwolle", 8011, 8048, "038"), ("Groningen", 9711, 9747, "050"), ("Leeuwarden", 8911, 8941, "058"),
    ("Eindhoven", 5611, 5658, "040"), ("Tilburg", 5011, 5049, "013"), ("Breda", 4811, 4839, "076"),
    ("'s-Hertogenbosch", 5211, 5249, "073"), ("Nijmegen", 6511, 6546, "024"), ("Arnhem", 6811, 6846, "026"),
    ("Maastricht", 6211, 6229, "043"), ("Enschede", 7511, 7548, "053"), ("Apeldoorn", 7311, 7339, "055"),
    ("Almere", 1311, 1363, "036"), ("Alkmaar", 1811, 1827, "072"), ("Zaandam", 1501, 1509, "075"),
    ("Hilversum", 1211, 1223, "035"), ("Deventer", 7411, 7431, "0570"), ("Venlo", 5911, 5928, "077"),
    ("Roermond", 6041, 6049, "0475"), ("Heerlen", 6411, 6422, "045"), ("Sittard", 6131, 6137, "046"),
    ("Middelburg", 4331, 4339, "0118"), ("Vlissingen", 4381, 4389, "0118"), ("Goes", 4461, 4465, "0113"),
    ("Bergen op Zoom", 4611, 4625, "0164"), ("Roosendaal", 4701, 4709, "0165"), ("Helmond", 5701, 5709, "0492"),
    ("Oss", 5341, 5349, "0412"), ("Ede", 6711, 6719, "0318"), ("Wageningen", 6701, 6709, "0317"),
    ("Zeist", 3701, 3709, "030"), ("Gouda", 2801, 2809, "0182"), ("Alphen aan den Rijn", 2401, 2409, "0172"),
    ("Zoetermeer", 2711, 2729, "079"), ("Schiedam", 3111, 3125, "010"), ("Vlaardingen", 3131, 3138, "010"),
    ("Hoorn", 1621, 1628, "0229"), ("Purmerend", 1441, 1448, "0299"), ("Lelystad", 8211, 8245, "0320"),
    ("Emmen", 7811, 7828, "0591"), ("Assen", 9401, 9409, "0592"), ("Hoogeveen", 7901, 7909, "0528"),
    ("Meppel", 7941, 7944, "0522"), ("Kampen", 8261, 8267, "038"), ("Harderwijk", 3841, 3849, "0341"),
    ("Veenendaal", 3901, 3909, "0318"), ("Nieuwegein", 3431, 3439, "030"), ("Houten", 3991, 3995, "030"),
    ("Doetinchem", 7001, 7009, "0314"), ("Zutphen", 7201, 7208, "0575"), ("Hengelo", 7551, 7559, "074"),
    ("Almelo", 7601, 7609, "0546"), ("Den Helder", 1781, 1789, "0223"), ("Drachten", 9201, 9204, "0512"),
    ("Sneek", 8601, 8608, "0515"), ("Heerenveen", 8441, 8449, "0513"), ("Terneuzen", 4531, 4538, "0115"),
    ("Weert", 6001, 6006, "0495"),
)  # fmt: skip
_BIRTH_ABROAD = ("Paramaribo", "Antwerpen", "Istanbul", "Rabat", "Düsseldorf", "Willemstad", "Kraków")
_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"
_STREETS = (
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Stationsstraat", "Julianastraat", "Beatrixlaan",
    "Wilhelminastraat", "Schoolstraat", "Oranjestraat", "Nieuwstraat", "Hoofdstraat", "Markt",
    "Prinses Irenestraat", "Parallelweg", "Sportlaan", "Industrieweg", "Eikenlaan", "Lindelaan",
    "Beukenlaan", "Berkenlaan", "Kastanjelaan", "Acacialaan", "Merelstraat", "Vinkenstraat",
    "Meidoornstraat", "Rozenstraat", "Tulpstraat", "Jasmijnstraat", "Havenweg", "Dijkstraat",
    "Burgemeester de Withstraat", "Van Goghlaan", "Rembrandtlaan", "Vondelstraat", "Koningsweg",
    "Oude Gracht", "Achterweg", "Zandweg", "Kanaalweg", "Spoorlaan", "Raadhuisplein", "Brinkstraat",
    "Emmalaan", "Hobbemastraat", "Thorbeckelaan", "Prins Hendrikkade", "Slotlaan", "Weverstraat",
    "Bakkerstraat", "Smidsweg", "Müllerstraat", "Componistenlaan", "Dahliastraat", "Esdoornlaan",
)  # fmt: skip
_ADDITIONS = ("A", "B", "C", "1", "2", "bis", "hs")

# --- names -----------------------------------------------------------------------------

_MALE = (
    "Jan", "Pieter", "Kees", "Henk", "Willem", "Johannes", "Cornelis", "Hendrik", "Gerrit", "Dirk",
    "Bas", "Thijs", "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Noah", "Luuk", "Bram", "Jeroen",
    "Martijn", "Sander", "Ruben", "Stefan", "Mohammed", "Ahmed", "Yusuf", "Mehmet", "Emre", "Noël",
    "Joël", "René", "André", "Jörg", "Sjoerd", "Wouter", "Tim", "Koen", "Niels", "Mark", "Erik", "Rob",
    "Hans", "Gert-Jan", "Teun", "Jesse", "Arjen", "Frank",
)  # fmt: skip
_FEMALE = (
    "Maria", "Anna", "Johanna", "Cornelia", "Elisabeth", "Wilhelmina", "Emma", "Julia", "Sophie", "Tess",
    "Fenna", "Sanne", "Lotte", "Eva", "Lisa", "Anouk", "Femke", "Iris", "Noa", "Mila", "Saar", "Fleur",
    "Linda", "Marieke", "Ingrid", "Petra", "Monique", "Esther", "Fatima", "Aïcha", "Zoë", "Chloë",
    "Anaïs", "Inès", "Renée", "Mirjam", "Annemiek", "Hanneke", "Yasmin", "Elif", "Ayşe", "Nienke",
    "Jolanda", "Marloes", "Ilse", "Romy", "Britt", "Anne-Marie", "Daphne", "Karin",
)  # fmt: skip
# (tussenvoegsel, last name), the most common first.
_LAST_NAMES = (
    ("", "Jansen"), ("de", "Jong"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
    ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
    ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"),
    ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"),
    ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"),
    ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"),
    ("de", "Bruin"), ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"),
    ("van", "Vliet"), ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"),
    ("van", "Dam"), ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"), ("", "Peeters"),
    ("de", "Jonge"), ("", "Kuipers"), ("van", "Veen"), ("", "Post"), ("", "Kuiper"), ("", "Veenstra"),
    ("", "Kramer"), ("van den", "Brink"), ("", "Scholten"), ("van", "Wijk"), ("", "Postma"),
    ("", "Martens"), ("", "Vink"), ("de", "Ruiter"), ("", "Timmermans"), ("", "Groen"), ("", "Gerritsen"),
    ("", "Jonker"), ("van", "Loon"), ("ter", "Horst"), ("ten", "Brink"), ("te", "Velde"), ("in 't", "Veld"),
    ("van 't", "Hof"), ("op de", "Beek"), ("", "Müller"), ("", "Çelik"), ("", "Yılmaz"), ("", "Öztürk"),
    ("", "Şahin"), ("", "Beüken"), ("", "Kaya"), ("", "Demir"), ("", "El Amrani"), ("", "Boukhari"),
    ("", "Nguyen"), ("", "Sánchez"), ("", "Gonçalves"), ("", "Kowalski"), ("", "Nowak"), ("", "Ramdin"),
)  # fmt: skip
# Made-up surnames in the Dutch manner ('Groenveld', 'Oosterhuis', 'van Zandbergen'): real
# surnames have a long tail, so most clients share their name with few others.
_NAME_STARTS = (
    "Groen", "Hoog", "Ooster", "Wester", "Noorder", "Zuider", "Klein", "Zand", "Steen", "Hout", "Eik",
    "Linde", "Berk", "Vliet", "Rijn", "Haver", "Koren", "Wit", "Zwart", "Brug", "Kerk", "Hage",
    "Water", "Wijn", "Appel", "Peer", "Zon", "Dors", "Mol", "Korte", "Lange", "Oud", "Nieuwen",
    "Holt", "Esch", "Akker", "Riet", "Hey", "Vel", "Loo",
)  # fmt: skip
_NAME_ENDS = (
    "veld", "berg", "bergen", "dijk", "hoek", "brink", "kamp", "man", "mans", "ink", "stra", "sma",
    "inga", "ema", "hof", "huis", "horst", "beek", "broek", "meijer", "wijk", "straten", "boom",
    "land", "laar", "kes", "ing", "ers", "dam", "weg",
)  # fmt: skip
_COMPOUND_PREFIXES = ("van", "van de", "van der", "van den", "ter", "de")
_TRADES = (
    "Bakkerij", "Installatietechniek", "Schildersbedrijf", "Hoveniersbedrijf", "Transport", "Bouwbedrijf",
    "Loodgietersbedrijf", "Autobedrijf", "Fietsenmaker", "Kapsalon", "Bloemisterij", "Slagerij",
    "Timmerbedrijf", "Webdesign", "Adviesbureau", "Dakdekkersbedrijf", "Tandartspraktijk",
    "Fysiotherapie", "Café", "Restaurant", "Groothandel", "Elektrotechniek", "ICT-diensten", "Vastgoed",
    "Holding", "Brasserie", "Crèche", "Reisbureau", "Drukkerij", "Kaasboerderij",
)  # fmt: skip
_FOUNDATIONS = (
    "Vrienden van het Museum", "Buurthuis", "Muziekschool", "Voedselbank", "Sportclub", "Dierenopvang",
    "Speeltuin", "Kinderopvang", "Zangkoor", "Dorpshuis",
)  # fmt: skip
_BANKS = ("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ")
_EMAIL_DOMAINS = ("example.nl", "example.com")


def _ranked(items: tuple[object, ...], flatness: int) -> list[float]:
    """Cumulative weights that make the first items of a list the most common (Zipf-like)."""
    return list(itertools.accumulate(1 / (rank + flatness) for rank in range(len(items))))


_LAST_WEIGHTS = _ranked(_LAST_NAMES, 30)  # the commonest about 0.6% of all persons, as de Jong in NL
_PLACE_WEIGHTS = _ranked(_PLACES, 8)  # a firm's clients live mostly nearby
#: Share of persons with one of the common surnames; the others get a made-up one.
_COMMON_SURNAMES = 0.25


# --- documents ------------------------------------------------------------------------


@functools.cache
def demo_pdf() -> bytes:
    """A one-page PDF of about 1 kB ('Voorbeeld jaaropgaaf'), made once and shared by every demo dossier."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=1)
    canvas.setTitle("Voorbeeld jaaropgaaf")
    canvas.setFont("Helvetica", 14)
    canvas.drawString(72, 770, "Voorbeeld jaaropgaaf (demogegevens, niet echt)")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@functools.cache
def demo_png() -> bytes:
    """A small grey PNG that stands in for a scanned ID card; it shows no one."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (160, 100), 230)
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, 155, 95), outline=90, width=2)
    draw.rectangle((12, 20, 52, 75), fill=170)
    draw.text((62, 40), "VOORBEELD", fill=60)
    buffer = BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


# --- the generator -------------------------------------------------------------------------


class DemoClientMaker:
    """Makes one synthetic client after another from one `random.Random(seed)`."""

    def __init__(self, seed: int = DEFAULT_SEED) -> None:
        self.random = random.Random(seed)  # noqa: S311 - reproducible made-up data, no secrets
        self._nines: set[str] = set()  # BSNs and RSINs together, so a search by BSN finds one client

    def client(self, number: int) -> NewClient:
        """Client number `number` ('K-000042')."""
        client_number = f"{client_store.CLIENT_NUMBER_PREFIX}{number:0{client_store.CLIENT_NUMBER_DIGITS}d}"
        if self.random.random() < 0.15:
            return self._organisation(client_number)
        return self._person(client_number)

    def _day(self, first: date, last: date) -> date:
        return first + timedelta(days=self.random.randint(0, (last - first).days))

    # persons

    def _person(self, client_number: str) -> NewClient:
        r = self.random
        female = r.random() < 0.5
        names = _FEMALE if female else _MALE
        first = [r.choice(names) for _ in range(1 if r.random() < 0.6 else 2)]
        tussenvoegsel, last_name = self._surname()
        gender = Gender.UNKNOWN if r.random() < 0.02 else Gender.FEMALE if female else Gender.MALE
        born = self._day(date(1935, 1, 1), date(2005, 12, 31))
        place = self._place()
        status, ended_on = self._status()
        draft = ClientDraft(
            kind=ClientKind.PERSON,
            client_number=client_number,
            initials="".join(f"{part[0].upper()}." for name in first for part in name.split("-")),
            first_names=" ".join(first),
            tussenvoegsel=tussenvoegsel,
            last_name=last_name,
            gender=gender,
            status=status,
            ended_on=ended_on,
            addresses=(self._address(place, AddressKind.HOME),),
            emails=(EmailDraft(self._person_email(first[0], tussenvoegsel, last_name)),)
            if r.random() < 0.9
            else (),
            phones=(PhoneDraft(self._phone(place)),) if r.random() < 0.85 else (),
        )
        bases: list[tuple[SpecialCategory, LegalBasisKind, str]] = []
        bsn = None
        if r.random() < 0.97:
            bsn = self._nine_digits()
            bases.append(
                (SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION, "Aangifte inkomstenbelasting")
            )
        bases.append((SpecialCategory.BIRTH, self._basis(), ""))
        accounts = self._accounts(display_name(draft), 2 if r.random() < 0.1 else int(r.random() < 0.8))
        if accounts:
            bases.append((SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONTRACT, ""))
        children = self._children(born, " ".join(p for p in (tussenvoegsel, last_name) if p))
        if children:
            bases.append((SpecialCategory.CHILDREN, self._basis(), "Toeslagen en aangifte"))
        documents = self._documents(person=True, bases=bases)
        return NewClient(
            draft=draft,
            bsn=bsn,
            birth_date=born,
            birth_place=r.choice(_BIRTH_ABROAD) if r.random() < 0.05 else r.choice(_PLACES)[0],
            bank_accounts=accounts,
            children=children,
            bases=tuple(bases),
            documents=documents,
        )

    def _children(self, parent_born: date, last_name: str) -> tuple[ChildDraft, ...]:
        r = self.random
        if parent_born.year > 1995 or r.random() >= 0.25 / 0.87:  # a quarter of all persons
            return ()
        first = parent_born.replace(year=parent_born.year + 20, day=min(parent_born.day, 28))
        last = min(parent_born.replace(year=parent_born.year + 45, day=min(parent_born.day, 28)), _LATEST_DAY)
        return tuple(
            ChildDraft(
                first_names=r.choice(_FEMALE if r.random() < 0.5 else _MALE),
                last_name=last_name,
                birth_date=self._day(first, last),
            )
            for _ in range(r.choice((1, 1, 2, 2, 2, 3)))
        )

    def _person_email(self, first: str, tussenvoegsel: str, last_name: str) -> str:
        r = self.random
        local = _ascii(first) + "." + _ascii(tussenvoegsel + last_name)
        if r.random() < 0.5:
            local += str(r.randint(1, 99))
        return f"{local}@{r.choice(_EMAIL_DOMAINS)}"

    # organisations

    def _organisation(self, client_number: str) -> NewClient:
        r = self.random
        name = self._organisation_name()
        place = self._place()
        status, ended_on = self._status()
        rsin = self._nine_digits()
        draft = ClientDraft(
            kind=ClientKind.ORGANISATION,
            client_number=client_number,
            organisation_name=name,
            kvk_number=f"{r.randint(10_000_000, 99_999_999)}",
            rsin=rsin,
            btw_id=f"NL{rsin}B{r.choice(('01', '01', '01', '02'))}",
            status=status,
            ended_on=ended_on,
            addresses=(self._address(place, AddressKind.BUSINESS),),
            emails=(EmailDraft(f"info@{_slug(name)}.example.com"),),
            phones=(PhoneDraft(self._phone(place)),),
        )
        bases = [(SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONTRACT, "")]
        documents = self._documents(person=False, bases=bases)
        return NewClient(
            draft=draft, bank_accounts=self._accounts(name, 1), bases=tuple(bases), documents=documents
        )

    def _organisation_name(self) -> str:
        r = self.random
        tussenvoegsel, last_name = self._surname()
        family = " ".join(p for p in (tussenvoegsel.capitalize(), last_name) if p)
        trade = r.choice(_TRADES)
        roll = r.random()
        if roll < 0.45:
            return f"{trade} {family} B.V." if r.random() < 0.5 else f"{family} {trade} B.V."
        if roll < 0.65:
            other = self._surname()[1]
            return f"{family} & {other} V.O.F." if r.random() < 0.5 else f"{trade} {family} V.O.F."
        if roll < 0.9:  # eenmanszaak: no legal form in the name
            return f"{trade} {r.choice(_FEMALE + _MALE)}" if r.random() < 0.3 else f"{trade} {family}"
        return f"Stichting {r.choice(_FOUNDATIONS)} {self._place()[0]}"

    # shared parts

    def _surname(self) -> tuple[str, str]:
        """(tussenvoegsel, last name): a common Dutch surname, or else a made-up one."""
        r = self.random
        if r.random() < _COMMON_SURNAMES:
            return _LAST_NAMES[bisect.bisect(_LAST_WEIGHTS, r.random() * _LAST_WEIGHTS[-1])]
        name = r.choice(_NAME_STARTS) + r.choice(_NAME_ENDS)
        return (r.choice(_COMPOUND_PREFIXES) if r.random() < 0.15 else ""), name

    def _place(self) -> tuple[str, int, int, str]:
        return _PLACES[bisect.bisect(_PLACE_WEIGHTS, self.random.random() * _PLACE_WEIGHTS[-1])]

    def _address(self, place: tuple[str, int, int, str], kind: AddressKind) -> AddressDraft:
        r = self.random
        city, low, high, _area = place
        letters = "SS"
        while letters in ("SA", "SD", "SS"):
            letters = r.choice(_POSTCODE_LETTERS) + r.choice(_POSTCODE_LETTERS)
        return AddressDraft(
            kind=kind,
            street=r.choice(_STREETS),
            house_number=str(min(int(r.expovariate(1 / 40)) + 1, 350)),
            addition=r.choice(_ADDITIONS) if r.random() < 0.08 else "",
            postcode=f"{r.randint(low, high)} {letters}",
            city=city,
        )

    def _phone(self, place: tuple[str, int, int, str]) -> str:
        r = self.random
        if r.random() < 0.6:
            return f"06 {r.randint(1, 5)}{r.randint(0, 9_999_999):07d}"
        area = place[3]
        if len(area) == 3:  # 020 123 4567
            return f"{area} {r.randint(200, 899)} {r.randint(0, 9999):04d}"
        return f"{area} {r.randint(200, 899)} {r.randint(0, 999):03d}"  # 0318 123 456

    def _status(self) -> tuple[ClientStatus, date | None]:
        if self.random.random() < 0.1:
            return ClientStatus.ENDED, self._day(date(2015, 1, 1), _LATEST_DAY)
        return ClientStatus.ACTIVE, None

    def _basis(self) -> LegalBasisKind:
        return LegalBasisKind.CONTRACT if self.random.random() < 0.5 else LegalBasisKind.LEGAL_OBLIGATION

    def _nine_digits(self) -> str:
        """A fresh nine-digit number that passes the 11-proef (a BSN or an RSIN)."""
        r = self.random
        while True:
            digits = [r.randint(1, 6)] + [r.randint(0, 9) for _ in range(7)]
            last = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True)) % 11
            number = "".join(map(str, digits)) + str(last)
            if last < 10 and number not in self._nines and stdnum_bsn.is_valid(number):
                self._nines.add(number)
                return number

    def _accounts(self, holder: str, count: int) -> tuple[BankAccountDraft, ...]:
        r = self.random
        result = []
        for _ in range(count):
            body = f"{r.choice(_BANKS)}{r.randint(0, 9_999_999_999):010d}"
            result.append(BankAccountDraft(f"NL{stdnum_iban.calc_check_digits('NL00' + body)}{body}", holder))
        return tuple(result)

    def _documents(
        self, *, person: bool, bases: list[tuple[SpecialCategory, LegalBasisKind, str]]
    ) -> tuple[NewDocument, ...]:
        r = self.random
        if r.random() >= 0.05:
            return ()
        if person and r.random() < 0.5:
            bases.append((SpecialCategory.ID_COPY, LegalBasisKind.LEGAL_OBLIGATION, "Identificatie (Wwft)"))
            return (NewDocument(DocumentKind.ID_COPY, "kopie-id.png", "image/png", demo_png(), "Voorbeeld"),)
        if not person and r.random() < 0.4:
            return (
                NewDocument(
                    DocumentKind.SIGNED_FORM, "opdrachtbevestiging.pdf", "application/pdf", demo_pdf()
                ),
            )
        bases.append((SpecialCategory.FINANCIAL, LegalBasisKind.CONTRACT, ""))
        file_name = "jaaropgaaf-2023.pdf" if person else "jaarrekening-2023.pdf"
        return (NewDocument(DocumentKind.FINANCIAL, file_name, "application/pdf", demo_pdf(), "Voorbeeld"),)


def _ascii(text: str) -> str:
    return "".join(search_text.words(text))


def _slug(name: str) -> str:
    words = [w for w in search_text.words(name) if w not in ("b", "v", "o", "f")]
    return "-".join(words)[:60].strip("-")


def demo_clients(count: int, *, seed: int = DEFAULT_SEED, first_number: int = 1) -> Iterator[NewClient]:
    """`count` synthetic clients numbered from `first_number`; the same seed, the same clients."""
    maker = DemoClientMaker(seed)
    for offset in range(count):
        yield maker.client(first_number + offset)


# --- into a vault ------------------------------------------------------------------------


def create_demo_clients(
    workspace: Workspace,
    count: int,
    *,
    seed: int = DEFAULT_SEED,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> int:
    """Add `count` demo clients in one transaction, in batches; one audit event with the count only.

    Numbers follow the vault's highest 'K-' number. `progress(done, count)` is
    called after each batch. Returns how many were added.
    """
    workspace.require(Permission.EDIT_DOSSIERS)
    workspace.require(Permission.VIEW_SPECIAL_DATA)
    with workspace.transaction() as session:
        first = int(client_store.next_client_number(session)[len(client_store.CLIENT_NUMBER_PREFIX) :])
        clients = demo_clients(count, seed=seed, first_number=first)
        done = 0
        while batch := list(itertools.islice(clients, batch_size)):
            client_bulk.insert_clients(
                session,
                batch,
                actor_id=workspace.user.id,
                reason=ChangeReason.COMPLETION.value,
                reason_note="Demogegevens",
            )
            done += len(batch)
            if progress:
                progress(done, count)
        workspace.record(session, AuditAction.DEMO_DATA_CREATED, details={"clients": done})
    return done


# --- as a CSV file for import ----------------------------------------------------------------

CSV_HEADER = (
    "Klantnummer", "Voorletters", "Voornamen", "Tussenvoegsel", "Achternaam", "Geslacht",
    "Geboortedatum (dd-mm-jjjj)", "Geboorteplaats", "BSN", "Straat", "Huisnummer", "Toevoeging",
    "Postcode", "Plaats", "E-mail", "Telefoon", "IBAN", "Organisatie", "KvK-nummer",
)  # fmt: skip


def csv_row(client: NewClient) -> tuple[csv_safe.Cell, ...]:
    """One client as a row under `CSV_HEADER`; the first address, e-mail, phone and account only."""
    d = client.draft
    address = d.addresses[0] if d.addresses else AddressDraft()
    return (
        d.client_number,
        d.initials,
        d.first_names,
        d.tussenvoegsel,
        d.last_name,
        d.gender.label() if d.gender is not Gender.UNKNOWN else "",
        client.birth_date,
        client.birth_place,
        client.bsn or "",
        address.street,
        address.house_number,
        address.addition,
        address.postcode,
        address.city,
        d.emails[0].address if d.emails else "",
        d.phones[0].number if d.phones else "",
        client.bank_accounts[0].iban if client.bank_accounts else "",
        d.organisation_name,
        d.kvk_number,
    )


def demo_csv_bytes(count: int, *, seed: int = DEFAULT_SEED, first_number: int = CSV_FIRST_NUMBER) -> bytes:
    """`count` demo clients as a Dutch CSV (`;`, UTF-8 with BOM) through the one CSV writer."""
    return csv_safe.csv_bytes(
        (csv_row(client) for client in demo_clients(count, seed=seed, first_number=first_number)),
        header=CSV_HEADER,
    )


def write_demo_csv(
    path: Path, count: int, *, seed: int = DEFAULT_SEED, first_number: int = CSV_FIRST_NUMBER
) -> None:
    """Write `demo_csv_bytes` to `path` (atomically)."""
    write_atomically(path, demo_csv_bytes(count, seed=seed, first_number=first_number))
