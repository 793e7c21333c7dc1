"""Tests for password protection: AES-256 through pypdf, opened only with the password, text unchanged."""

from __future__ import annotations

import base64
import re
import zlib
from io import BytesIO

import pytest
from export.test_access_report import BSN, REQUEST, SUBJECT
from export.test_pdf import all_text
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from calqi_desktop.domain.errors import ExportPasswordError
from calqi_desktop.export import pdf
from calqi_desktop.export.access_report import render_access_report
from calqi_desktop.export.pdf_protect import check_export_password, protect

PASSWORD = "paars-nijlpaard-7-fietst"
#: A distinctive text that the plain PDF holds readable: in its metadata (not compressed).
MARKER = "Kantoor-Merkteken-QZXW"
LETTERHEAD = pdf.Letterhead(firm_name=MARKER, email="info@calqi.nl")


@pytest.fixture(scope="module")
def plain() -> bytes:
    return render_access_report(SUBJECT, REQUEST, LETTERHEAD)


@pytest.fixture(scope="module")
def protected(plain: bytes) -> bytes:
    return protect(plain, PASSWORD)


def _inflated_streams(data: bytes) -> bytes:
    """Every stream of the file decoded (ASCII85 and/or Flate) where it decodes; an encrypted one does not."""
    found = []
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
        raw = match.group(1).strip()
        for attempt in (raw, _ascii85(raw)):
            try:
                found.append(zlib.decompressobj().decompress(attempt))
                break
            except zlib.error:
                continue
    return b"".join(found)


def _ascii85(raw: bytes) -> bytes:
    try:
        return base64.a85decode(raw.removeprefix(b"<~").removesuffix(b"~>"))
    except ValueError:
        return b""


def test_the_protected_pdf_does_not_open_without_the_password(protected: bytes) -> None:
    reader = PdfReader(BytesIO(protected))
    assert reader.is_encrypted
    with pytest.raises(PdfReadError):
        reader.pages[0].extract_text()
    assert reader.decrypt("een-ander-wachtwoord") == 0
    with pytest.raises(PdfReadError):
        reader.pages[0].extract_text()


def test_it_opens_with_the_password_with_the_same_text_and_metadata(plain: bytes, protected: bytes) -> None:
    original = PdfReader(BytesIO(plain))
    reader = PdfReader(BytesIO(protected))
    assert reader.decrypt(PASSWORD) != 0
    assert all_text(reader) == all_text(original)
    assert BSN in all_text(reader)
    assert len(reader.pages) == len(original.pages)
    assert reader.metadata is not None and original.metadata is not None
    assert dict(reader.metadata) == dict(original.metadata)


def test_the_encryption_is_aes_256(protected: bytes) -> None:
    encrypt = PdfReader(BytesIO(protected)).trailer["/Encrypt"].get_object()
    assert (encrypt["/V"], encrypt["/R"]) == (5, 6)
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"


def test_nothing_of_the_report_is_readable_in_the_protected_bytes(plain: bytes, protected: bytes) -> None:
    assert MARKER.encode() in plain  # the plain file holds it readable, so the search below can find it
    assert MARKER.encode() not in protected
    assert b"Inzage in uw persoonsgegevens" in plain
    assert b"Inzage in uw persoonsgegevens" not in protected
    # the page contents: the plain file's streams inflate, the protected file's do not
    assert b"BT" in _inflated_streams(plain)  # a text object of a page
    assert b"BT" not in _inflated_streams(protected)


def test_each_protection_has_its_own_owner_password(plain: bytes) -> None:
    first = PdfReader(BytesIO(protect(plain, PASSWORD))).trailer["/Encrypt"].get_object()["/O"]
    second = PdfReader(BytesIO(protect(plain, PASSWORD))).trailer["/Encrypt"].get_object()["/O"]
    assert first != second


@pytest.mark.parametrize("password", ["", "1", "elf-tekens!", " " * 12])
def test_a_weak_password_protects_nothing_even_past_the_form(plain: bytes, password: str) -> None:
    with pytest.raises(ExportPasswordError):
        protect(plain, password)


def test_the_export_password_is_long_enough_not_blank_and_typed_twice_the_same() -> None:
    assert check_export_password(PASSWORD, PASSWORD) == PASSWORD
    assert check_export_password("123456789012", "123456789012") == "123456789012"
    for password, repeated in (
        ("12345678901", "12345678901"),  # 11 characters
        (" " * 14, " " * 14),  # blank
        (PASSWORD, PASSWORD + "x"),  # differ
        ("", ""),
    ):
        with pytest.raises(ExportPasswordError) as caught:
            check_export_password(password, repeated)
        assert caught.value.field == "password"
        assert "12 tekens" in caught.value.message()
        assert password.strip() == "" or password not in caught.value.message()
