"""Importing client lists: reading CSV and XLSX, refusing bad files, the preview per row, all or nothing."""

from __future__ import annotations

import io
import json
import struct
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from conftest import STAFF_PASSWORD
from sqlalchemy import func, select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.domain.clients import (
    AddressDraft,
    ClientDraft,
    LegalBasisKind,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.errors import (
    ImportFileError,
    ImportHasErrorsError,
    LegalBasisNotAllowedError,
    LegalBasisRequiredError,
    PermissionDeniedError,
)
from calqi_desktop.domain.import_table import (
    ImportMapping,
    ImportTarget,
    NameColumnMissingError,
    TargetChosenTwiceError,
    guess_target,
)
from calqi_desktop.services import auth, clients, special_data
from calqi_desktop.services.client_import import (
    ImportConsentBasisError,
    ImportOptions,
    ImportPreview,
    NothingToImportError,
    RowStatus,
    commit,
    guess_mapping,
    preview,
    read_table,
)
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import AuditEvent, Client, FieldChangeRecord, LegalBasisRecord

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data" / "import"))
from generate_clients import write_csv

BSN_1, BSN_2, BSN_3 = "111222333", "123456782", "999999990"
IBAN_1 = "NL91ABNA0417164300"
ALL_BASES = ImportOptions(
    bases={
        SpecialCategory.BSN: LegalBasisKind.LEGAL_OBLIGATION,
        SpecialCategory.BIRTH: LegalBasisKind.CONTRACT,
        SpecialCategory.BANK_ACCOUNTS: LegalBasisKind.CONTRACT,
    },
    note="Intake 2026",
)
HEADER = "Klantnummer;Voorletters;Achternaam;Geboortedatum;BSN;Straat;Huisnummer;Postcode;Plaats;E-mail;IBAN"


def csv_file(folder: Path, lines: list[str], name: str = "klanten.csv", encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def count_clients(workspace: Workspace) -> int:
    with workspace.transaction() as session:
        return int(session.execute(select(func.count()).select_from(Client)).scalar_one())


def run_preview(workspace: Workspace, path: Path, options: ImportOptions = ALL_BASES) -> ImportPreview:
    table = read_table(path)
    return preview(workspace, table, guess_mapping(table), options)


# --- reading ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8-sig", ";"), ("utf-8", ","), ("cp1252", ","), ("cp1252", ";"), ("utf-8", "\t"), ("utf-16", "\t")],
)
def test_csv_encodings_and_delimiters(tmp_path: Path, encoding: str, delimiter: str) -> None:
    lines = [
        delimiter.join(["Voornaam", "Achternaam", "Woonplaats", "Straat"]),
        delimiter.join(["Zoë", "Müller", "'s-Hertogenbosch", '"Laan 1, achterom"']),
        delimiter.join(["Ángel", "Çelik", "Utrecht", "Oudegracht"]),
    ]
    path = csv_file(tmp_path, lines, encoding=encoding)
    table = read_table(path)
    assert table.file_format == "csv"
    assert table.headers == ("Voornaam", "Achternaam", "Woonplaats", "Straat")
    assert [row.values for row in table.rows] == [
        ("Zoë", "Müller", "'s-Hertogenbosch", "Laan 1, achterom"),
        ("Ángel", "Çelik", "Utrecht", "Oudegracht"),
    ]
    assert [row.number for row in table.rows] == [2, 3]


def test_blank_lines_keep_the_row_numbers_of_the_file(tmp_path: Path) -> None:
    path = csv_file(tmp_path, ["Achternaam;Postcode", "Jansen;1234 AB", "", "Vries;1234 SA"])
    table = read_table(path)
    assert [row.number for row in table.rows] == [2, 4]


def test_xlsx_dates_numbers_and_formulas(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Achternaam", "Geboortedatum", "Huisnummer", "KvK-nummer", "Plaats"])
    sheet.append(["Jansen", datetime(1980, 2, 1), 12, 12345678.0, '=HYPERLINK("http://x","Utrecht")'])
    sheet.append(["Vries", date(1975, 12, 31), None, None, "Zwolle"])
    book.create_sheet("Tweede")["A1"] = "niet gelezen"
    path = tmp_path / "klanten.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.file_format == "xlsx"
    assert table.headers == ("Achternaam", "Geboortedatum", "Huisnummer", "KvK-nummer", "Plaats")
    # the formula is not evaluated: no value was saved with it, so the cell reads as empty
    assert table.rows[0].values == ("Jansen", "01-02-1980", "12", "12345678", "")
    assert table.rows[1].values == ("Vries", "31-12-1975", "", "", "Zwolle")


def test_guess_mapping_ignores_case_accents_and_punctuation() -> None:
    expected = {
        "KLANTNUMMER": ImportTarget.CLIENT_NUMBER,
        "E-mail": ImportTarget.EMAIL,
        "e-mailadres": ImportTarget.EMAIL,
        "Woonplaats": ImportTarget.CITY,
        "KvK-nummer": ImportTarget.KVK_NUMBER,
        "Btw-id": ImportTarget.BTW_ID,
        "BTW nummer": ImportTarget.BTW_ID,
        "Geboortedatum (dd-mm-jjjj)": ImportTarget.BIRTH_DATE,
        "Bedrijfsnaam": ImportTarget.ORGANISATION_NAME,
        "Organisatie": ImportTarget.ORGANISATION_NAME,
        "Tenaamstelling": ImportTarget.HOLDER,
        "Last name": ImportTarget.LAST_NAME,
        "Tussenvoegsel": ImportTarget.TUSSENVOEGSEL,
        "Télefoon": ImportTarget.PHONE,
        "Soort": ImportTarget.KIND,
        "Opmerkingen": None,
    }
    assert {header: guess_target(header) for header in expected} == expected


def test_a_column_name_repeated_in_another_form_is_guessed_once(tmp_path: Path) -> None:
    table = read_table(csv_file(tmp_path, ["Achternaam;Plaats;Woonplaats", "Jansen;Utrecht;Zwolle"]))
    assert guess_mapping(table).targets == (ImportTarget.LAST_NAME, ImportTarget.CITY, None)


def test_mapping_checks() -> None:
    with pytest.raises(NameColumnMissingError):
        ImportMapping((ImportTarget.POSTCODE, None)).check()
    twice = ImportMapping((ImportTarget.LAST_NAME, ImportTarget.CITY, ImportTarget.CITY))
    with pytest.raises(TargetChosenTwiceError) as raised:
        twice.check()
    assert "kolom B en kolom C" in raised.value.message()
    moved = twice.with_target(2, ImportTarget.CITY)
    assert moved.targets == (ImportTarget.LAST_NAME, None, ImportTarget.CITY)
    moved.check()


# --- refused files ---------------------------------------------------------------------------


def zip_with_huge_member(path: Path) -> Path:
    """A tiny XLSX-like ZIP whose directory announces 4 GB when unpacked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * 1000)
    data = bytearray(buffer.getvalue())
    start = data.rfind(b"PK\x01\x02")  # the last central directory entry: the sheet
    data[start + 24 : start + 28] = struct.pack("<I", 0xFFFFFFF0)
    path.write_bytes(bytes(data))
    return path


BROKEN = {
    "garbage.csv": lambda p: p.write_bytes(bytes(range(256)) * 40),
    "leeg.csv": lambda p: p.write_bytes(b""),
    "spaties.csv": lambda p: p.write_bytes(b"  \r\n \r\n"),
    "tekst.xlsx": lambda p: p.write_text("Achternaam;Postcode\nJansen;1234 AB\n"),
    "document.csv": lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj <<>> endobj\n"),
    "programma.csv": lambda p: p.write_bytes(b"MZ\x90\x00\x03" + b"\x00" * 200),
    "oud.xlsx": lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500),
    "bom.xlsx": zip_with_huge_member,
    "geen-werkmap.xlsx": lambda p: zipfile.ZipFile(p, "w").writestr("word/document.xml", "<w/>"),
    "kapot.xlsx": lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 100),
    "alleen-kop.csv": lambda p: p.write_text("Achternaam;Postcode\n"),
    "geen-kop.csv": lambda p: p.write_text("Jansen;1234 AB;j@voorbeeld.nl\nVries;1234 AC;v@voorbeeld.nl\n"),
    "lege-eerste-regel.csv": lambda p: p.write_text("\nAchternaam;Postcode\nJansen;1234 AB\n"),
    "dubbele-kop.csv": lambda p: p.write_text("Achternaam;Plaats;plaats\nJansen;Utrecht;Zwolle\n"),
    "lege-kop.csv": lambda p: p.write_text("Achternaam;;Plaats\nJansen;x;Utrecht\n"),
    "breed.csv": lambda p: p.write_text(
        ";".join(f"Kolom {i}" for i in range(300)) + "\n" + "x;" * 299 + "x\n"
    ),
    "aanhalingsteken.csv": lambda p: p.write_text('Achternaam;Plaats\nJansen;"Utrecht\nVries;Zwolle\n'),
    "foto.png": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_files_are_refused_and_change_nothing(workspace: Workspace, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    BROKEN[name](path)
    with pytest.raises(ImportFileError) as raised:
        read_table(path)
    message = raised.value.message()
    assert message.startswith("Het bestand kan niet als klantenlijst worden gelezen: ")
    assert message.endswith("Er is niets geïmporteerd.")
    assert "Jansen" not in message and "1234" not in message
    assert raised.value.message("en").endswith("Nothing was imported.")
    assert count_clients(workspace) == 0


def test_a_workbook_that_unpacks_too_large_is_refused_before_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calqi_desktop.domain import import_table

    monkeypatch.setattr(import_table, "MAX_UNPACKED_BYTES", 5 * 1024 * 1024)
    book = openpyxl.Workbook()
    book.active.append(["Achternaam"])
    book.active.append(["Jansen"])
    path = tmp_path / "klanten.xlsx"
    book.save(path)
    read_table(path)  # a normal workbook passes
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/opvulling.bin", b" " * (6 * 1024 * 1024))  # compresses to a few KB
    assert path.stat().st_size < 100_000
    with pytest.raises(ImportFileError, match="uitgepakt"):
        read_table(path)


def test_one_part_that_expands_like_a_bomb_is_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["Achternaam"])
    path = tmp_path / "klanten.xlsx"
    book.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings2.xml", b"a" * (12 * 1024 * 1024))  # 12 MB from about 12 KB
    with pytest.raises(ImportFileError, match="uitgepakt"):
        read_table(path)


def test_too_large_and_too_long_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from calqi_desktop.domain import import_table

    large = tmp_path / "groot.csv"
    with large.open("wb") as file:
        file.truncate(import_table.MAX_FILE_BYTES + 1)  # sparse: nothing is written
    with pytest.raises(ImportFileError, match="groter dan 50 MB"):
        read_table(large)
    monkeypatch.setattr(import_table, "MAX_ROWS", 3)
    long = csv_file(tmp_path, ["Achternaam"] + ["Jansen"] * 4)
    with pytest.raises(ImportFileError, match="meer dan 3 rijen"):
        read_table(long)
    assert len(read_table(csv_file(tmp_path, ["Achternaam"] + ["Jansen"] * 3)).rows) == 3


def test_other_file_kinds_by_name_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "klanten.pdf"
    path.write_text("Achternaam\nJansen\n")
    with pytest.raises(ImportFileError, match=r"\.csv"):
        read_table(path)


# --- preview -----------------------------------------------------------------------------------


def test_preview_reports_each_bad_row_by_number_and_field_without_values(
    workspace: Workspace, tmp_path: Path
) -> None:
    next_year = date.today().year + 1
    path = csv_file(
        tmp_path,
        [
            HEADER,
            f";J.;Jansen;01-02-1980;{BSN_1};Dorpsstraat;1;1234 AB;Utrecht;jan@voorbeeld.nl;{IBAN_1}",
            ";K.;Visser;01-02-1981;123456789;Dorpsstraat;2;1234 AB;Utrecht;;",
            ";K.;Bakker;01-02-1982;;Dorpsstraat;3;1234 AB;Utrecht;;NL91ABNA0417164301",
            ";K.;Smit;01-02-1983;;Dorpsstraat;4;3511 SA;Utrecht;;",
            f";K.;Mulder;01-02-{next_year};;Dorpsstraat;5;1234 AB;Utrecht;;",
            ";K.;;01-02-1984;;Dorpsstraat;6;1234 AB;Utrecht;;",
            ";K.;Bos;31-02-1984;;Dorpsstraat;7;1234 AB;Utrecht;geen-adres;",
            ";K.;Dijk;01-02-1985;;Dorpsstraat;8;1234 AB;Utrecht;;;extra",
        ],
    )
    result = run_preview(workspace, path)
    by_row = {row.number: row for row in result.rows}
    assert by_row[2].status is RowStatus.OK and by_row[2].name == "J. Jansen"
    assert all(by_row[n].status is RowStatus.ERROR for n in range(3, 10))
    expected = {
        3: ("BSN", "elfproef"),
        4: ("IBAN", "controlegetal"),
        5: ("Postcode", "SA, SD en SS"),
        6: ("Geboortedatum", "in de toekomst"),
        7: ("Achternaam", "Vul een achternaam in"),
        9: ("", "Deze rij heeft 12 cellen, de kopregel 11"),
    }
    for number, (label, words) in expected.items():
        issue = by_row[number].issues[0]
        assert issue.label_nl == label, number
        assert words in issue.message_nl, number
    assert [issue.label_nl for issue in by_row[8].issues] == ["Geboortedatum", "E-mailadres"]
    shown = " ".join(row.reason() + row.reason("en") for row in result.rows)
    for value in ("123456789", "NL91ABNA0417164301", "3511 SA", str(next_year), "geen-adres"):
        assert value not in shown
    assert (result.ok, result.errors, result.duplicates) == (1, 7, 0)
    assert result.summary() == "1 goed, 7 met fouten, 0 dubbel"
    assert by_row[3].reason("en").startswith("BSN: This is not a valid citizen service number")


def test_duplicates_within_the_file_and_against_the_vault(workspace: Workspace, tmp_path: Path) -> None:
    clients.create_client(
        workspace,
        ClientDraft(
            client_number="K-7",
            last_name="Vries",
            tussenvoegsel="de",
            addresses=(
                AddressDraft(street="Kerkstraat", house_number="9", postcode="3511 AB", city="Utrecht"),
            ),
        ),
        SpecialChanges(fields={"bsn": BSN_3, "birth_date": "05-05-1975"}),
        bases=(
            special_data.BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION),
            special_data.BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT),
        ),
    )
    path = csv_file(
        tmp_path,
        [
            "Voorletters;Tussenvoegsel;Achternaam;Geboortedatum;BSN;Huisnummer;Postcode;Klantnummer;Straat;Plaats",
            f"J.;;Jansen;01-02-1980;{BSN_1};1;1234 AB;;Laan;Ede",
            f"P.;;Bakker;01-02-1970;{BSN_1};2;1234 AC;;Laan;Ede",  # same BSN as row 2
            "J.;;JANSEN;1-2-1980;;1;1234ab;;Laan;Ede",  # same person as row 2
            f"D.;;Smit;05-05-1990;{BSN_3};3;1234 AD;;Laan;Ede",  # BSN of K-7
            "E.;;de Vries;05-05-1975;;9;3511AB;;Laan;Ede",  # same person as K-7 (tussenvoegsel in the name)
            "F.;;Visser;01-01-1960;;4;1234 AE;K-7;Laan;Ede",  # client number of K-7
            "G.;;Meijer;01-01-1961;;5;1234 AF;A-1;Laan;Ede",
            "H.;;Mulder;01-01-1962;;6;1234 AG;a-1;Laan;Ede",  # the same number as row 8
        ],
    )
    result = run_preview(workspace, path)
    by_row = {row.number: row for row in result.rows}
    assert by_row[2].status is RowStatus.OK
    assert by_row[3].status is RowStatus.DUPLICATE and by_row[3].reason() == (
        "Dubbel: hetzelfde BSN staat al in rij 2."
    )
    assert by_row[4].reason() == "Dubbel: dezelfde achternaam, geboortedatum en postcode staan al in rij 2."
    assert by_row[5].reason() == "Dubbel: klant K-7 in de kluis heeft hetzelfde BSN."
    assert by_row[6].reason() == (
        "Dubbel: klant K-7 in de kluis heeft dezelfde achternaam, geboortedatum en postcode."
    )
    assert by_row[7].status is RowStatus.ERROR and "al in gebruik" in by_row[7].reason()
    assert by_row[8].status is RowStatus.OK
    assert by_row[9].status is RowStatus.ERROR and "ook in rij 8" in by_row[9].reason()
    assert (result.ok, result.errors, result.duplicates) == (2, 2, 4)


def test_special_columns_need_a_basis(workspace: Workspace, tmp_path: Path) -> None:
    path = csv_file(tmp_path, ["Achternaam;BSN;Geboortedatum", f"Jansen;{BSN_1};01-02-1980"])
    table = read_table(path)
    mapping = guess_mapping(table)
    with pytest.raises(LegalBasisRequiredError) as raised:
        preview(workspace, table, mapping, ImportOptions())
    assert "het BSN" in raised.value.message() and "zonder grondslag wordt niets" in raised.value.message()
    only_bsn = ImportOptions(bases={SpecialCategory.BSN: LegalBasisKind.LEGAL_OBLIGATION})
    with pytest.raises(LegalBasisRequiredError, match="geboortedatum en -plaats"):
        preview(workspace, table, mapping, only_bsn)
    consent = ImportOptions(
        bases={SpecialCategory.BSN: LegalBasisKind.CONSENT, SpecialCategory.BIRTH: LegalBasisKind.CONSENT}
    )
    with pytest.raises(LegalBasisNotAllowedError):
        preview(workspace, table, mapping, consent)
    # imported clients have no recorded consent yet: consent is no basis for an import
    birth_on_consent = ImportOptions(
        bases={
            SpecialCategory.BSN: LegalBasisKind.LEGAL_OBLIGATION,
            SpecialCategory.BIRTH: LegalBasisKind.CONSENT,
        }
    )
    with pytest.raises(ImportConsentBasisError) as refused:
        preview(workspace, table, mapping, birth_on_consent)
    assert "toestemming niet de grondslag" in refused.value.message()
    # skipping the special columns needs no basis
    ordinary = mapping.with_target(1, None).with_target(2, None)
    result = preview(workspace, table, ordinary, ImportOptions())
    commit(workspace, result)
    with workspace.transaction() as session:
        client = session.scalars(select(Client)).one()
        assert client.bsn is None and client.birth_date is None
        assert session.scalars(select(LegalBasisRecord)).all() == []


def test_kind_gender_and_country_words(workspace: Workspace, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        [
            "Soort;Achternaam;Bedrijfsnaam;Geslacht;Straat;Postcode;Huisnummer;Plaats;Land;KvK",
            "Persoon;Jansen;;Mevr.;Laan;1234 AB;1;Utrecht;Nederland;",
            "organisatie;;Bakkerij Jansen B.V.;;Laan;1234 AB;2;Utrecht;NL;12345678",
            ";;Smederij Bos;;Meir;;;Antwerpen;België;",
            "ding;Visser;;;;;;;;",
            ";Smit;;kat;;;;;;",
            ";Mulder;;M;Laan;;;Atlantis;Atlantis;",
        ],
    )
    result = run_preview(workspace, path)
    rows = {row.number: row for row in result.rows}
    assert [rows[n].status for n in (2, 3, 4)] == [RowStatus.OK] * 3
    assert rows[3].client is not None and rows[3].client.draft.organisation_name == "Bakkerij Jansen B.V."
    assert rows[2].client is not None and rows[2].client.draft.gender.value == "female"
    assert rows[4].client is not None and rows[4].client.draft.addresses[0].country == "BE"
    assert rows[5].issues[0].label_nl.startswith("Soort") and "persoon" in rows[5].reason()
    assert rows[6].issues[0].label_nl == "Geslacht"
    assert rows[7].issues[0].label_nl == "Land"


# --- commit ---------------------------------------------------------------------------------------


def test_all_or_nothing_leaves_the_vault_unchanged(workspace: Workspace, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        [
            HEADER,
            f";J.;Jansen;01-02-1980;{BSN_1};Dorpsstraat;1;1234 AB;Utrecht;jan@voorbeeld.nl;{IBAN_1}",
            ";K.;Visser;01-02-1981;;Dorpsstraat;2;1234 SA;Utrecht;;",
            f";L.;Bakker;01-02-1982;{BSN_1};Dorpsstraat;3;1234 AB;Utrecht;;",
        ],
    )
    result = run_preview(workspace, path)
    with pytest.raises(ImportHasErrorsError) as raised:
        commit(workspace, result)
    assert raised.value.values == {"count": 2}
    assert count_clients(workspace) == 0
    with workspace.transaction() as session:
        actions = session.scalars(select(AuditEvent.action)).all()
    assert AuditAction.CLIENTS_IMPORTED.value not in actions


def test_only_valid_imports_just_the_good_rows(workspace: Workspace, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        [
            HEADER,
            f";J.;Jansen;01-02-1980;{BSN_1};Dorpsstraat;1;1234 AB;Utrecht;jan@voorbeeld.nl;{IBAN_1}",
            ";K.;Visser;01-02-1981;;Dorpsstraat;2;1234 SA;Utrecht;;",
            f";L.;Bakker;01-02-1982;{BSN_1};Dorpsstraat;3;1234 AB;Utrecht;;",
            "K-000001;M.;Smit;;;Dorpsstraat;4;1234 AB;Utrecht;;",
            ";N.;Bos;;;;;;;;",
        ],
    )
    result = run_preview(workspace, path)
    reported: list[tuple[int, int]] = []
    outcome = commit(
        workspace, result, only_valid=True, progress=lambda done, total: reported.append((done, total))
    )
    assert (outcome.imported, outcome.skipped) == (3, 2)
    assert outcome.summary() == "3 klanten geïmporteerd, 2 rijen overgeslagen."
    assert reported[-1] == (3, 3)
    assert count_clients(workspace) == 3
    with workspace.transaction() as session:
        stored = {c.last_name: c for c in session.scalars(select(Client))}
        assert set(stored) == {"Jansen", "Smit", "Bos"}
        # the given number is kept; the others get the next free ones, skipping the given one
        assert {name: c.client_number for name, c in stored.items()} == {
            "Smit": "K-000001",
            "Jansen": "K-000002",
            "Bos": "K-000003",
        }
        assert stored["Jansen"].bsn == BSN_1 and stored["Jansen"].birth_date == date(1980, 2, 1)
        bases = session.execute(
            select(
                LegalBasisRecord.client_id,
                LegalBasisRecord.category,
                LegalBasisRecord.basis,
                LegalBasisRecord.note,
            )
        ).all()
        jansen = stored["Jansen"].id
        assert sorted(bases) == [
            (jansen, "bank-accounts", "contract", "Intake 2026"),
            (jansen, "birth", "contract", "Intake 2026"),
            (jansen, "bsn", "legal-obligation", "Intake 2026"),
        ]
        notes = set(session.scalars(select(FieldChangeRecord.reason_note)))
        assert notes == {"Import klanten.csv"}
        details = [
            json.loads(event.details)
            for event in session.scalars(
                select(AuditEvent).where(AuditEvent.action == AuditAction.CLIENTS_IMPORTED.value)
            )
        ]
    assert details == [{"rows": 5, "imported": 3, "skipped": 2}]
    found = clients.find(workspace, ClientListQuery(text="Jansen"))
    assert [row.client_number for row in found.rows] == ["K-000002"]


def test_audit_event_holds_no_values(workspace: Workspace, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        [HEADER, f";J.;Jansen;01-02-1980;{BSN_1};Dorpsstraat;1;1234 AB;Utrecht;jan@voorbeeld.nl;{IBAN_1}"],
        name="Jansen klanten.csv",
    )
    commit(workspace, run_preview(workspace, path))
    with workspace.transaction() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.CLIENTS_IMPORTED.value)
        ).one()
    assert event.client_id is None
    for value in ("Jansen", BSN_1, IBAN_1, "1234", "Utrecht", "voorbeeld", "1980", ".csv"):
        assert value not in event.details


def test_commit_checks_the_vault_again(workspace: Workspace, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        [
            "Achternaam;BSN;Postcode",
            f"Jansen;{BSN_1};",
            f"Bakker;{BSN_2};",
        ],
    )
    options = ImportOptions(bases={SpecialCategory.BSN: LegalBasisKind.LEGAL_OBLIGATION})
    result = run_preview(workspace, path, options)
    assert result.ok == 2
    # meanwhile, someone enters one of them by hand
    clients.create_client(
        workspace,
        ClientDraft(last_name="Jansen"),
        SpecialChanges(fields={"bsn": BSN_1}),
        bases=(special_data.BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION),),
    )
    with pytest.raises(ImportHasErrorsError):
        commit(workspace, result)
    assert count_clients(workspace) == 1
    assert commit(workspace, result, only_valid=True).imported == 1
    assert count_clients(workspace) == 2
    with pytest.raises(NothingToImportError):
        commit(workspace, result, only_valid=True)


def test_assistent_may_not_import(created_vault: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = created_vault
    path = csv_file(tmp_path, ["Achternaam;Postcode", "Jansen;1234 AB"])
    table = read_table(path)
    assistent = auth.sign_in(folder, "sam", STAFF_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        with pytest.raises(PermissionDeniedError):
            preview(assistent, table, guess_mapping(table), ImportOptions())
    finally:
        assistent.sign_out()
    accountant = auth.sign_in(folder, "anna", STAFF_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        result = preview(accountant, table, guess_mapping(table), ImportOptions())
    finally:
        accountant.sign_out()
    assistent = auth.sign_in(folder, "sam", STAFF_PASSWORD, kdf=TEST_ONLY_KDF)
    try:
        with pytest.raises(PermissionDeniedError):
            commit(assistent, result)
        assert count_clients(assistent) == 0
    finally:
        assistent.sign_out()


def test_a_generated_list_imports_whole(workspace: Workspace, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "klanten.csv", 300, seed=11)
    steps: list[tuple[int, int]] = []
    table = read_table(path)
    result = preview(
        workspace, table, guess_mapping(table), ALL_BASES, progress=lambda d, t: steps.append((d, t))
    )
    assert steps[-1] == (300, 300)
    assert result.errors == 0, [row.reason() for row in result.rows if row.issues][:3]
    outcome = commit(workspace, result, only_valid=True)
    assert outcome.imported == result.ok == count_clients(workspace)


def test_the_vault_check_and_each_new_dossier_are_audited(workspace: Workspace, tmp_path: Path) -> None:
    path = csv_file(
        tmp_path,
        [
            HEADER,
            f";J.;Jansen;01-02-1980;{BSN_1};Dorpsstraat;1;1234 AB;Utrecht;jan@voorbeeld.nl;{IBAN_1}",
            ";K.;Visser;;;Dorpsstraat;2;1234 AB;Utrecht;;",
        ],
    )
    outcome = commit(workspace, run_preview(workspace, path))

    def events(action: AuditAction) -> list[AuditEvent]:
        with workspace.transaction() as session:
            rows = session.scalars(select(AuditEvent).where(AuditEvent.action == action.value)).all()
            session.expunge_all()
            return list(rows)

    [checked] = events(AuditAction.CLIENTS_IMPORT_PREVIEWED)
    assert json.loads(checked.details) == {"rows": 2, "duplicates": 0, "special": "bank-accounts,birth,bsn"}
    created = events(AuditAction.CLIENT_CREATED)
    assert sorted(event.client_id for event in created) == sorted(outcome.client_ids)
    assert all(event.actor_id == workspace.user.id for event in created)
    assert workspace.vault.verify_audit_chain().sound


def test_a_folder_or_device_is_not_read_as_a_list(tmp_path: Path) -> None:
    folder = tmp_path / "klanten.csv"
    folder.mkdir()
    with pytest.raises(ImportFileError) as refused:
        read_table(folder)
    assert "geen gewoon bestand" in refused.value.message()


def test_fiscaal_nummer_is_not_guessed_as_rsin() -> None:
    assert guess_target("Fiscaal nummer") is None
    assert guess_target("RSIN") is ImportTarget.RSIN
