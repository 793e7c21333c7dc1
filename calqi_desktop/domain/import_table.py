"""A client list from a CSV or Excel file, read as a table of text, and how its columns map to dossier fields.

`read_table` takes a file the way an accountant gets it — an Excel export, a
CSV from another package, with a BOM or in Windows-1252, separated by
semicolons, commas or tabs — and gives an `ImportTable`: the headers and each
row's cells as text, numbered as in the file (the header is row 1). The content
decides what the file is, not its name: a renamed PDF or program is refused.
Everything that cannot become a table is refused with an `ImportFileError`
saying why and what to do; limits on size, rows, columns and (for XLSX, a ZIP)
the unpacked size keep a hostile file from exhausting the workstation. Excel
formulas are never evaluated: the value Excel saved with them is read.

`guess_mapping` links each header to a dossier field by its Dutch or English
name ('Woonplaats', 'E-mail', 'KvK-nummer'), ignoring case, accents and
punctuation; the user can change the `ImportMapping` before anything is stored.
Error texts name rows and columns by number, never by what a cell holds.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import stat
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Any

from calqi_desktop.domain.clients import SpecialCategory
from calqi_desktop.domain.errors import CalqiError, ImportFileError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 200_000  # data rows, the header not counted
MAX_COLUMNS = 200
#: An XLSX is a ZIP: refuse before unpacking when its directory announces more than this.
MAX_UNPACKED_BYTES = 600 * 1024 * 1024
MAX_ZIP_ENTRIES = 5_000
#: One part of the workbook (openpyxl reads the shared strings whole) and how far it may
#: expand: real sheets compress 10–50×, a bomb thousands of times.
MAX_ENTRY_BYTES = 150 * 1024 * 1024
MAX_RATIO = 250
_RATIO_FROM_BYTES = 10 * 1024 * 1024
EXCEL_MAX_ROWS = 1_048_576  # a sheet cannot be longer; a larger declared size is not read
_SNIFF_CHARS = 16_384

CSV_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row: its number as in the file and its cells, as many as the header has.

    `cells` is how many cells the file row really had, when that differs from the
    header in a way that suggests a broken row (otherwise it equals the header count).
    """

    number: int
    values: tuple[str, ...]
    cells: int

    @property
    def ragged(self) -> bool:
        return self.cells != len(self.values)


@dataclass(frozen=True)
class ImportTable:
    file_name: str
    file_format: str  # 'csv' or 'xlsx'
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]


# --- reading ------------------------------------------------------------------------


def _refuse(nl: str, en: str) -> ImportFileError:
    return ImportFileError(nl, en)


def read_table(path: Path) -> ImportTable:
    """The file at `path` as a table of text; raises `ImportFileError` when it is not a usable client list."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        raise _refuse(
            "kies een CSV-bestand (.csv) of een Excel-werkmap (.xlsx).",
            "choose a CSV file (.csv) or an Excel workbook (.xlsx).",
        )
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise _refuse(
                "het is geen gewoon bestand. Kies het bestand zelf, niet een map of apparaat.",
                "it is not a regular file. Choose the file itself, not a folder or device.",
            )
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(
                f"het is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB. Splits de lijst in kleinere bestanden.",
                f"it is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB. Split the list into smaller files.",
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _refuse(
                f"het is groter dan {MAX_FILE_BYTES // (1024 * 1024)} MB. Splits de lijst in kleinere bestanden.",
                f"it is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB. Split the list into smaller files.",
            )
    except OSError as exc:
        raise _refuse(
            "het kan niet worden geopend. Controleer of het nog bestaat, of u het mag openen en of het niet in een ander programma openstaat.",
            "it cannot be opened. Check that it still exists, that you may open it and that no other program holds it.",
        ) from exc
    if not data.strip():
        raise _refuse("het is leeg. Kies het juiste bestand.", "it is empty. Choose the right file.")
    _refuse_known_binaries(data)
    if data.startswith(b"PK\x03\x04"):
        headers, rows = _read_xlsx(data)
        file_format = "xlsx"
    elif suffix in XLSX_SUFFIXES:
        raise _refuse(
            "het heet .xlsx, maar is geen Excel-werkmap. Open het in Excel en sla het op als Excel-werkmap of als CSV.",
            "it is named .xlsx but is not an Excel workbook. Open it in Excel and save it as an Excel workbook or as CSV.",
        )
    else:
        headers, rows = _read_csv(data)
        file_format = "csv"
    return ImportTable(path.name, file_format, headers, rows)


_MAGIC = (
    (b"%PDF", "een PDF-document", "a PDF document"),
    (b"MZ", "een programma", "a program"),
    (b"\x7fELF", "een programma", "a program"),
    (b"\x89PNG", "een afbeelding", "an image"),
    (b"\xff\xd8\xff", "een afbeelding", "an image"),
    (b"GIF8", "een afbeelding", "an image"),
)


def _refuse_known_binaries(data: bytes) -> None:
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse(
            "het is een oud Excel-bestand (.xls) of een ander Office-document. Open het in Excel en sla het op als Excel-werkmap (.xlsx) of als CSV.",
            "it is an old Excel file (.xls) or another Office document. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.",
        )
    for magic, what_nl, what_en in _MAGIC:
        if data.startswith(magic):
            raise _refuse(
                f"het is {what_nl}, geen klantenlijst. Kies een CSV-bestand of een Excel-werkmap.",
                f"it is {what_en}, not a client list. Choose a CSV file or an Excel workbook.",
            )


# --- CSV ---


def _decode(data: bytes) -> str:
    not_text = _refuse(
        "het is geen tekstbestand (CSV) en geen Excel-werkmap. Kies het juiste bestand, of sla de lijst in Excel op als CSV.",
        "it is neither a text (CSV) file nor an Excel workbook. Choose the right file, or save the list from Excel as CSV.",
    )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode text"
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise not_text from exc
    else:
        if b"\x00" in data:
            raise not_text
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise not_text from exc
    sample = text[: _SNIFF_CHARS * 4]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > max(2, len(sample) // 200):
        raise not_text
    return text


def _delimiter(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    sample = text[:_SNIFF_CHARS]
    if len(text) > _SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n")]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and sniffed in first_line:
        return sniffed
    counts = {candidate: first_line.count(candidate) for candidate in ";\t,"}
    best = max(counts, key=lambda candidate: counts[candidate])
    return best if counts[best] else ";"


def _read_csv(data: bytes) -> tuple[tuple[str, ...], tuple[TableRow, ...]]:
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), quotechar='"', strict=True)
    records: list[tuple[int, list[str]]] = []
    number = 0
    try:
        for record in reader:
            number += 1
            if any(cell.strip() for cell in record):
                records.append((number, record))
                if len(records) > MAX_ROWS + 1:
                    raise _too_many_rows()
            elif number == 1:
                break  # an empty first line: no header row
    except csv.Error as exc:
        raise _refuse(
            f'rij {number + 1} kan niet worden gelezen: een aanhalingsteken (") staat op een onverwachte plek of wordt niet gesloten, of een cel is te lang. Controleer die rij.',
            f'row {number + 1} cannot be read: a quote (") is misplaced or not closed, or a cell is too long. Check that row.',
        ) from exc
    return _table(records, ragged_short=True)


# --- XLSX ---


def _read_xlsx(data: bytes) -> tuple[tuple[str, ...], tuple[TableRow, ...]]:
    not_workbook = _refuse(
        "het is een ZIP-bestand, maar geen Excel-werkmap. Sla de lijst in Excel op als Excel-werkmap (.xlsx) of als CSV.",
        "it is a ZIP file but not an Excel workbook. Save the list from Excel as an Excel workbook (.xlsx) or as CSV.",
    )
    damaged = _refuse(
        "de Excel-werkmap is beschadigd. Open hem in Excel, sla hem opnieuw op en probeer het nog eens.",
        "the Excel workbook is damaged. Open it in Excel, save it again and try once more.",
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, NotImplementedError) as exc:
        raise damaged from exc
    if "xl/workbook.xml" not in {entry.filename for entry in entries}:
        raise not_workbook
    if (
        len(entries) > MAX_ZIP_ENTRIES
        or sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES
        or any(_too_expanded(entry) for entry in entries)
    ):
        raise _refuse(
            "uitgepakt zou de werkmap veel te groot worden; zo'n bestand kan de computer vastzetten. Sla alleen de klantenlijst op in een nieuwe werkmap of als CSV.",
            "unpacked, the workbook would be far too large; such a file can freeze the computer. Save just the client list in a new workbook or as CSV.",
        )
    import openpyxl  # loaded only when a workbook is imported

    records: list[tuple[int, list[str]]] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unsupported Excel extensions: irrelevant to the values
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
            try:
                if not book.worksheets:
                    raise not_workbook
                records = _sheet_records(book.worksheets[0])
            finally:
                book.close()
    except ImportFileError:
        raise
    except Exception as exc:  # ZIP, XML and value errors from a damaged or hand-made workbook
        raise damaged from exc
    return _table(records, ragged_short=False)


def _too_expanded(entry: zipfile.ZipInfo) -> bool:
    """A part larger than openpyxl should hold, or one that expands like a bomb."""
    if entry.file_size > MAX_ENTRY_BYTES:
        return True
    return entry.file_size > _RATIO_FROM_BYTES and entry.file_size > MAX_RATIO * max(1, entry.compress_size)


def _sheet_records(sheet: Any) -> list[tuple[int, list[str]]]:
    """The non-empty rows of a sheet with their numbers; rows are cut a little beyond the header.

    A sheet's declared size can be far larger than its content (formatting applied
    to whole rows or columns), so the header's width bounds every row read after it.
    """
    first = next(sheet.iter_rows(min_row=1, max_row=1, max_col=MAX_COLUMNS + 1, values_only=True), ())
    header = [_cell_text(value) for value in first]
    while header and not header[-1]:
        header.pop()
    if not header:
        return []
    if len(header) > MAX_COLUMNS:
        raise _too_many_columns()
    records = [(1, header)]
    width = min(len(header) + 5, MAX_COLUMNS + 1)
    for number, row in enumerate(sheet.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
        if number > EXCEL_MAX_ROWS:
            break
        if all(value is None for value in row):
            continue
        cells = [_cell_text(value) for value in row]
        if any(cells):
            records.append((number, cells))
            if len(records) > MAX_ROWS + 1:
                raise _too_many_rows()
    return records


def _cell_text(value: object) -> str:
    """A cell as text: dates as dd-mm-jjjj, whole numbers without '.0'; nothing is evaluated."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d} {value.hour:02d}:{value.minute:02d}"
    if isinstance(value, date):
        return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"
    if isinstance(value, time):
        return f"{value.hour:02d}:{value.minute:02d}"
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


# --- the table ---


def _too_many_rows() -> ImportFileError:
    return _refuse(
        f"het heeft meer dan {_thousands(MAX_ROWS)} rijen. Splits de lijst in kleinere bestanden.",
        f"it has more than {MAX_ROWS:,} rows. Split the list into smaller files.",
    )


def _too_many_columns() -> ImportFileError:
    return _refuse(
        f"het heeft meer dan {MAX_COLUMNS} kolommen. Laat alleen de kolommen met klantgegevens staan.",
        f"it has more than {MAX_COLUMNS} columns. Keep only the columns with client details.",
    )


def _thousands(number: int) -> str:
    """1234567 → '1.234.567', as Dutch readers write numbers."""
    return f"{number:,}".replace(",", ".")


def column_name(index: int) -> str:
    """The column as a spreadsheet names it: 0 → 'A', 27 → 'AB'."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


_DATA_LIKE = (
    re.compile(r"[\d\s.,\-/+()]*\d{3,}[\d\s.,\-/+()]*"),  # numbers, dates, phone numbers
    re.compile(r"\d{1,2}[-./]\d{1,2}[-./]\d{2,4}"),
    re.compile(r"[1-9]\d{3}\s?[A-Za-z]{2}"),  # a postcode
    re.compile(r"[^@\s]+@[^@\s]+"),
    re.compile(r"[A-Za-z]{2}\d{2}\s?[A-Za-z0-9]{4}[\sA-Za-z0-9]{6,}"),  # an IBAN
)


def _table(
    records: list[tuple[int, list[str]]], *, ragged_short: bool
) -> tuple[tuple[str, ...], tuple[TableRow, ...]]:
    if not records or records[0][0] != 1:
        raise _refuse(
            "de eerste rij is leeg. Zet in de eerste rij de kolomnamen (zoals Achternaam, Postcode, E-mail).",
            "the first row is empty. Put the column names (such as Last name, Postcode, E-mail) in the first row.",
        )
    headers = [" ".join(cell.split()) for cell in records[0][1]]
    while headers and not headers[-1]:
        headers.pop()
    if len(headers) > MAX_COLUMNS:
        raise _too_many_columns()
    if any(any(pattern.fullmatch(header) for pattern in _DATA_LIKE) for header in headers):
        raise _refuse(
            "de eerste rij lijkt gegevens te bevatten in plaats van kolomnamen. Voeg bovenaan een rij toe met de kolomnamen (zoals Achternaam, Postcode, E-mail).",
            "the first row seems to hold data instead of column names. Add a row at the top with the column names (such as Last name, Postcode, E-mail).",
        )
    for index, header in enumerate(headers):
        if not header:
            raise _refuse(
                f"kolom {column_name(index)} heeft in de eerste rij geen naam. Geef elke kolom een naam, of verwijder de lege kolom.",
                f"column {column_name(index)} has no name in the first row. Give every column a name, or remove the empty column.",
            )
    seen: dict[str, int] = {}
    for index, header in enumerate(headers):
        key = normalise_header(header) or header.casefold()
        if key in seen:
            first = column_name(seen[key])
            raise _refuse(
                f"kolom {first} en kolom {column_name(index)} hebben dezelfde naam. Geef elke kolom een eigen naam.",
                f"column {first} and column {column_name(index)} have the same name. Give every column its own name.",
            )
        seen[key] = index
    if len(records) == 1:
        raise _refuse(
            "er staan alleen kolomnamen in, geen klanten. Kies het bestand met de klantenlijst.",
            "it holds only column names, no clients. Choose the file with the client list.",
        )
    width = len(headers)
    rows = []
    for number, record in records[1:]:
        cells = [cell.strip() for cell in record]
        while len(cells) > width and not cells[-1]:
            cells.pop()  # trailing separators or empty cells beyond the header: harmless
        broken = len(cells) > width or (ragged_short and len(cells) < width)
        values = tuple(cells[:width]) + ("",) * (width - len(cells))
        rows.append(TableRow(number, values, len(cells) if broken else width))
    return tuple(headers), tuple(rows)


# --- mapping --------------------------------------------------------------------------


class ImportTarget(StrEnum):
    """A dossier field that a column can be read into."""

    CLIENT_NUMBER = "client_number"
    KIND = "kind"
    INITIALS = "initials"
    FIRST_NAMES = "first_names"
    TUSSENVOEGSEL = "tussenvoegsel"
    LAST_NAME = "last_name"
    GENDER = "gender"
    BIRTH_DATE = "birth_date"
    BIRTH_PLACE = "birth_place"
    BSN = "bsn"
    ORGANISATION_NAME = "organisation_name"
    KVK_NUMBER = "kvk_number"
    RSIN = "rsin"
    BTW_ID = "btw_id"
    FUNCTION = "function"
    STREET = "street"
    HOUSE_NUMBER = "house_number"
    ADDITION = "addition"
    POSTCODE = "postcode"
    CITY = "city"
    COUNTRY = "country"
    EMAIL = "email"
    PHONE = "phone"
    IBAN = "iban"
    HOLDER = "holder"

    def label(self, language: str = "nl") -> str:
        nl, en = _TARGET_LABELS[self]
        return en if language == "en" else nl

    @property
    def special_category(self) -> SpecialCategory | None:
        """The category of special data this field belongs to (it then needs a basis)."""
        return _SPECIAL_TARGETS.get(self)


_TARGET_LABELS: dict[ImportTarget, tuple[str, str]] = {
    ImportTarget.CLIENT_NUMBER: ("Klantnummer", "Client number"),
    ImportTarget.KIND: ("Soort (persoon of organisatie)", "Kind (person or organisation)"),
    ImportTarget.INITIALS: ("Voorletters", "Initials"),
    ImportTarget.FIRST_NAMES: ("Voornamen", "First names"),
    ImportTarget.TUSSENVOEGSEL: ("Tussenvoegsel", "Name prefix"),
    ImportTarget.LAST_NAME: ("Achternaam", "Last name"),
    ImportTarget.GENDER: ("Geslacht", "Gender"),
    ImportTarget.BIRTH_DATE: ("Geboortedatum", "Date of birth"),
    ImportTarget.BIRTH_PLACE: ("Geboorteplaats", "Place of birth"),
    ImportTarget.BSN: ("BSN", "BSN"),
    ImportTarget.ORGANISATION_NAME: ("Organisatienaam", "Organisation name"),
    ImportTarget.KVK_NUMBER: ("KvK-nummer", "KvK number"),
    ImportTarget.RSIN: ("RSIN", "RSIN"),
    ImportTarget.BTW_ID: ("Btw-id", "VAT id"),
    ImportTarget.FUNCTION: ("Functie", "Job title"),
    ImportTarget.STREET: ("Straat", "Street"),
    ImportTarget.HOUSE_NUMBER: ("Huisnummer", "House number"),
    ImportTarget.ADDITION: ("Toevoeging", "Addition"),
    ImportTarget.POSTCODE: ("Postcode", "Postcode"),
    ImportTarget.CITY: ("Plaats", "City"),
    ImportTarget.COUNTRY: ("Land", "Country"),
    ImportTarget.EMAIL: ("E-mailadres", "E-mail address"),
    ImportTarget.PHONE: ("Telefoonnummer", "Phone number"),
    ImportTarget.IBAN: ("IBAN", "IBAN"),
    ImportTarget.HOLDER: ("Tenaamstelling", "Account holder"),
}

_SPECIAL_TARGETS = {
    ImportTarget.BSN: SpecialCategory.BSN,
    ImportTarget.BIRTH_DATE: SpecialCategory.BIRTH,
    ImportTarget.BIRTH_PLACE: SpecialCategory.BIRTH,
    ImportTarget.IBAN: SpecialCategory.BANK_ACCOUNTS,
    ImportTarget.HOLDER: SpecialCategory.BANK_ACCOUNTS,
}

#: Header names as `normalise_header` leaves them (folded, letters and digits only), per field.
_SYNONYM_WORDS: dict[ImportTarget, str] = {
    ImportTarget.CLIENT_NUMBER: "klantnummer klantnr klantcode relatienummer relatienr debiteurnummer clientnumber clientno customernumber customerno customerid",
    ImportTarget.KIND: "soort soortklant klantsoort type klanttype kind clienttype",
    ImportTarget.INITIALS: "voorletters initialen initials",
    ImportTarget.FIRST_NAMES: "voornamen voornaam roepnaam firstname firstnames givenname givennames",
    ImportTarget.TUSSENVOEGSEL: "tussenvoegsel tussenvoegsels voorvoegsel voorvoegsels prefix nameprefix infix",
    ImportTarget.LAST_NAME: "achternaam geslachtsnaam familienaam lastname surname familyname",
    ImportTarget.GENDER: "geslacht gender sex aanhef",
    ImportTarget.BIRTH_DATE: "geboortedatum gebdatum geboren geboortedag dateofbirth birthdate birthday dob",
    ImportTarget.BIRTH_PLACE: "geboorteplaats placeofbirth birthplace",
    ImportTarget.BSN: "bsn burgerservicenummer bsnnummer sofinummer citizenservicenumber",
    ImportTarget.ORGANISATION_NAME: "organisatie organisatienaam bedrijfsnaam bedrijf firma firmanaam handelsnaam statutairenaam company companyname organisation organization organisationname organizationname",
    ImportTarget.KVK_NUMBER: "kvk kvknummer kvknr kvkno cocnumber coc chamberofcommerce chamberofcommercenumber",
    ImportTarget.RSIN: "rsin rsinnummer",  # not "fiscaal nummer": for a person that is the BSN
    ImportTarget.BTW_ID: "btwid btwnummer btwnr btwidentificatienummer omzetbelastingnummer vatid vatnumber vatno vat",
    ImportTarget.FUNCTION: "functie function jobtitle position",
    ImportTarget.STREET: "straat straatnaam adres street streetname address",
    ImportTarget.HOUSE_NUMBER: "huisnummer huisnr housenumber houseno",
    ImportTarget.ADDITION: "toevoeging huisnummertoevoeging huisnrtoevoeging toev addition suffix housenumbersuffix",
    ImportTarget.POSTCODE: "postcode zipcode zip postalcode",
    ImportTarget.CITY: "plaats woonplaats stad vestigingsplaats city town place residence",
    ImportTarget.COUNTRY: "land landcode country countrycode",
    ImportTarget.EMAIL: "email emailadres mail mailadres emailaddress",
    ImportTarget.PHONE: "telefoon telefoonnummer tel telnr telefoonnr mobiel mobielnummer gsm phone phonenumber mobile telephone",
    ImportTarget.IBAN: "iban ibannummer rekeningnummer bankrekening bankrekeningnummer rekening bankaccount accountnumber",
    ImportTarget.HOLDER: "tenaamstelling rekeninghouder tnv tennamevan accountholder holder accountname",
}
_SYNONYMS = {word: target for target, words in _SYNONYM_WORDS.items() for word in words.split()}


def normalise_header(header: str) -> str:
    """'E-mail adres' → 'emailadres', 'Geboortedatum (dd-mm-jjjj)' → 'geboortedatum': case, accents, punctuation and brackets go."""
    without_brackets = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", header)
    decomposed = unicodedata.normalize("NFKD", without_brackets.casefold())
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum())


class ImportMappingError(CalqiError):
    """The mapping cannot work: a field chosen twice, or no column with a name."""


class TargetChosenTwiceError(ImportMappingError):
    nl = "Het veld {target} is aan twee kolommen gekoppeld (kolom {first} en kolom {second}). Koppel elk veld aan hoogstens één kolom."
    en = "The field {target_en} is linked to two columns (column {first} and column {second}). Link each field to at most one column."


class NameColumnMissingError(ImportMappingError):
    nl = "Koppel een kolom aan Achternaam (personen) of Organisatienaam (organisaties): zonder naam kan geen dossier worden gemaakt."
    en = "Link a column to Last name (persons) or Organisation name (organisations): without a name no dossier can be made."


@dataclass(frozen=True)
class ImportMapping:
    """For each column of the table (by position) the field it is read into, or None to skip it."""

    targets: tuple[ImportTarget | None, ...]

    def column_of(self, target: ImportTarget) -> int | None:
        for index, chosen in enumerate(self.targets):
            if chosen is target:
                return index
        return None

    def with_target(self, column: int, target: ImportTarget | None) -> ImportMapping:
        """The mapping with `column` read into `target`; a column that had `target` before is skipped now."""
        targets = [None if (target is not None and chosen is target) else chosen for chosen in self.targets]
        targets[column] = target
        return replace(self, targets=tuple(targets))

    def special_categories(self) -> set[SpecialCategory]:
        """The special categories this mapping would store (each needs a basis)."""
        return {t.special_category for t in self.targets if t is not None and t.special_category is not None}

    def check(self) -> None:
        """Raise an `ImportMappingError` when this mapping cannot be imported."""
        seen: dict[ImportTarget, int] = {}
        for index, target in enumerate(self.targets):
            if target is None:
                continue
            if target in seen:
                raise TargetChosenTwiceError(
                    target=target.label(),
                    target_en=target.label("en"),
                    first=column_name(seen[target]),
                    second=column_name(index),
                )
            seen[target] = index
        if ImportTarget.LAST_NAME not in seen and ImportTarget.ORGANISATION_NAME not in seen:
            raise NameColumnMissingError()


def guess_target(header: str) -> ImportTarget | None:
    """The field a header most likely means, or None."""
    return _SYNONYMS.get(normalise_header(header))


def guess_mapping(table: ImportTable) -> ImportMapping:
    """Each header linked to the field its name suggests; unknown or repeated ones are skipped."""
    targets: list[ImportTarget | None] = []
    for header in table.headers:
        target = guess_target(header)
        targets.append(None if target in targets else target)
    return ImportMapping(tuple(targets))
