"""Document checks: the type comes from the content, sizes and pixels are bounded, damage is refused."""

from __future__ import annotations

import logging
import os
import struct
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from calqi_desktop.domain.errors import (
    DocumentDamagedError,
    DocumentEmptyError,
    DocumentImageTooLargeError,
    DocumentTooLargeError,
    DocumentTypeError,
    FileReadError,
)
from calqi_desktop.export import document_check
from calqi_desktop.export.document_check import DocumentPasswordError, check_document, read_file

LIMIT = 25 * 1024 * 1024


def pdf_bytes(pages: int = 2) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    for number in range(1, pages + 1):
        canvas.drawString(72, 720, f"Pagina {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (400, 300)) -> bytes:
    buffer = BytesIO()
    Image.new("RGB", size, (31, 58, 95)).save(buffer, fmt)
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge picture: a decompression bomb's calling card."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 4096))
        + chunk(b"IEND", b"")
    )


def encrypted_pdf(user_password: str, owner_password: str = "eigenaar") -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=BytesIO(pdf_bytes()))
    writer.encrypt(user_password, owner_password=owner_password, algorithm="AES-256")
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bytes(name: str = "word/document.xml") -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "mime"),
    [
        (pdf_bytes(), "application/pdf"),
        (image_bytes("PNG"), "image/png"),
        (image_bytes("JPEG"), "image/jpeg"),
        (encrypted_pdf(""), "application/pdf"),  # only an owner password: opens without one
    ],
    ids=["pdf", "png", "jpeg", "pdf-owner-password-only"],
)
def test_accepted_types_are_named_by_content(content: bytes, mime: str) -> None:
    assert check_document(content, LIMIT) == mime


def test_a_png_named_pdf_is_a_png(tmp_path: Path) -> None:
    path = tmp_path / "aangifte.pdf"
    path.write_bytes(image_bytes("PNG"))
    assert check_document(read_file(path, LIMIT), LIMIT) == "image/png"


@pytest.mark.parametrize(
    "content",
    [
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\0" * 200,  # a Windows program
        zip_bytes(),  # a .docx is a ZIP
        zip_bytes("scan.pdf"),
        b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
        b"Dit is een tekstbestand met de naam paspoort.pdf.\n",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        b" %PDF-1.7\n",  # not at the start
    ],
    ids=["exe", "docx", "zip", "html", "text", "gif", "pdf-not-at-start"],
)
def test_other_types_are_refused(content: bytes) -> None:
    with pytest.raises(DocumentTypeError):
        check_document(content, LIMIT)


def test_empty_is_refused() -> None:
    with pytest.raises(DocumentEmptyError):
        check_document(b"", LIMIT)


def test_the_size_limit_is_the_setting() -> None:
    content = image_bytes("PNG", (800, 600))
    assert check_document(content, len(content)) == "image/png"
    with pytest.raises(DocumentTooLargeError) as caught:
        check_document(content, len(content) - 1)
    assert "1 MB" in caught.value.message()
    with pytest.raises(DocumentTooLargeError) as caught:
        check_document(b"%PDF-" + b"x" * (3 * 1024 * 1024), 2 * 1024 * 1024)
    assert "2 MB" in caught.value.message()


@pytest.mark.parametrize(
    "content",
    [
        image_bytes("PNG")[:-60],  # truncated
        image_bytes("JPEG")[:200],  # truncated
        b"\x89PNG\r\n\x1a\n" + b"rommel" * 50,  # a PNG signature and then nothing sensible
        b"%PDF-1.4\n" + b"rommel " * 100,  # garbage after %PDF
        pdf_bytes()[: len(pdf_bytes()) // 2],  # truncated PDF
    ],
    ids=["png-truncated", "jpeg-truncated", "png-garbage", "pdf-garbage", "pdf-truncated"],
)
def test_damaged_files_are_refused(content: bytes) -> None:
    with pytest.raises(DocumentDamagedError):
        check_document(content, LIMIT)


def test_a_png_with_a_broken_checksum_is_refused() -> None:
    content = bytearray(image_bytes("PNG"))
    idat = content.index(b"IDAT")
    content[idat + 10] ^= 0xFF  # one byte inside the compressed pixels: the CRC no longer matches
    with pytest.raises(DocumentDamagedError):
        check_document(bytes(content), LIMIT)


@pytest.mark.parametrize("size", [(100_000, 100_000), (10_000, 6_001), (1, 2**31 - 1)])
def test_decompression_bombs_are_refused_before_decoding(size: tuple[int, int]) -> None:
    content = png_claiming(*size)
    assert len(content) < 200
    with pytest.raises(DocumentImageTooLargeError) as caught:
        check_document(content, LIMIT)
    assert "60 megapixel" in caught.value.message()


def test_pillow_bomb_warning_is_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the pixel cap ever be raised above Pillow's, Pillow's own guard still refuses."""
    monkeypatch.setattr(document_check, "MAX_PIXELS", 10**12)
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    with pytest.raises(DocumentImageTooLargeError):
        check_document(image_bytes("PNG", (40, 40)), LIMIT)  # 1600 px: a warning, turned into refusal


def test_a_picture_at_the_cap_is_accepted() -> None:
    assert check_document(image_bytes("JPEG", (3000, 2000)), LIMIT) == "image/jpeg"


def test_a_pdf_that_needs_a_password_is_refused_with_its_own_message() -> None:
    with pytest.raises(DocumentPasswordError) as caught:
        check_document(encrypted_pdf("geheim"), LIMIT)
    assert "wachtwoord" in caught.value.message("nl")
    assert "password" in caught.value.message("en")


def test_pypdf_repairs_leave_nothing_in_the_log(caplog: pytest.LogCaptureFixture) -> None:
    content = pdf_bytes()
    first_line = content.index(b"\n") + 1
    sloppy = content[:first_line] + b"%extra\n" + content[first_line:]  # every offset wrong: pypdf repairs
    with caplog.at_level(logging.DEBUG):
        assert check_document(sloppy, LIMIT) == "application/pdf"
    assert caplog.records == []
    assert logging.getLogger("pypdf").level == logging.NOTSET


# --- read_file --------------------------------------------------------------------------


def test_read_file_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "scan.jpg"
    path.write_bytes(image_bytes("JPEG"))
    assert read_file(path, LIMIT) == path.read_bytes()


def test_read_file_refuses_a_huge_file_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "enorm.pdf"
    with open(path, "wb") as handle:
        handle.truncate(LIMIT + 1)  # sparse: costs no disk space
    opened: list[object] = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    with pytest.raises(DocumentTooLargeError) as caught:
        read_file(path, LIMIT)
    assert opened == []
    assert "25 MB" in caught.value.message()


def test_read_file_refuses_a_file_that_grew_after_the_size_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "groeit.pdf"
    path.write_bytes(b"%PDF-" + b"x" * 2000)
    real_stat = Path.stat

    def small_stat(self: Path, **kwargs: object) -> os.stat_result:
        result = real_stat(self)
        return os.stat_result((result.st_mode, *[0] * 5, 10, *[0] * 3))  # claims 10 bytes

    monkeypatch.setattr(Path, "stat", small_stat)
    with pytest.raises(DocumentTooLargeError):
        read_file(path, 1000)


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_read_file_errors(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "weg.pdf"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(FileReadError):
        read_file(path, LIMIT)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_read_file_does_not_block_on_a_pipe(tmp_path: Path) -> None:
    path = tmp_path / "pijp.pdf"
    os.mkfifo(path)
    with pytest.raises(FileReadError):
        read_file(path, LIMIT)
