"""Checking a document before it goes into the vault: PDF, PNG or JPEG, judged by content.

A file's name says nothing about what it is: an .exe or a .docx renamed to
.pdf is refused, a PNG named .pdf is accepted as a PNG. `check_document` looks
at the first bytes (the "magic"), then has the file read the way a viewer
would read it:

- images: Pillow reads the header, and the pixel count is checked *before*
  anything is decoded (a tiny file can claim a picture of gigapixels); Pillow's
  decompression-bomb warning counts as a refusal; then `verify()` and a full
  decode, so a truncated or damaged scan is refused now, not when someone
  opens it next year;
- PDFs: pypdf parses the structure (`strict=False`, as viewers are lenient)
  and there must be at least one page; a PDF that needs a password to open is
  refused with its own message, because nobody could view it in the app.

`read_file` reads a chosen file with its size checked first, so a huge file
is refused without being read. This module sits in `export` beside the logo
check (`export.images`), which asks the same kind of question for paper.
"""

from __future__ import annotations

import contextlib
import logging
import stat
import warnings
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

from PIL import Image

from calqi_desktop.domain.errors import (
    CalqiError,
    DocumentDamagedError,
    DocumentEmptyError,
    DocumentImageTooLargeError,
    DocumentTooLargeError,
    DocumentTypeError,
    FileReadError,
)

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
MIME_TYPES = (PDF, PNG, JPEG)

#: The largest picture accepted: an A4 page scanned at 600 dpi is about 35 megapixels.
MAX_MEGAPIXELS = 60
MAX_PIXELS = MAX_MEGAPIXELS * 1_000_000


_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"
_PDF_MAGIC = b"%PDF-"
_PILLOW_FORMATS = {PNG: "PNG", JPEG: "JPEG"}


class DocumentPasswordError(CalqiError):
    nl = (
        "Dit PDF-bestand is beveiligd met een wachtwoord en kan daarom niet in het programma worden "
        "getoond. Er is niets opgeslagen. Open het met het wachtwoord, sla het op zonder wachtwoord "
        "(bijvoorbeeld met ‘Afdrukken als PDF’) en voeg het dan opnieuw toe."
    )
    en = "This PDF file is protected with a password and therefore cannot be shown in the program. Nothing was saved. Open it with the password, save it without a password (for example with ‘Print to PDF’) and then add it again."


def sniff(data: bytes) -> str | None:
    """The type the first bytes announce, or None for anything else."""
    if data.startswith(_PDF_MAGIC):
        return PDF
    if data.startswith(_PNG_MAGIC):
        return PNG
    if data.startswith(_JPEG_MAGIC):
        return JPEG
    return None


def check_document(data: bytes, max_bytes: int) -> str:
    """The MIME type of `data` ('application/pdf', 'image/png' or 'image/jpeg') when it may be stored.

    Raises `DocumentEmptyError`, `DocumentTooLargeError`, `DocumentTypeError`,
    `DocumentImageTooLargeError`, `DocumentDamagedError` or `DocumentPasswordError`.
    """
    if not data:
        raise DocumentEmptyError()
    if len(data) > max_bytes:
        raise DocumentTooLargeError(maximum_mb=_megabytes(max_bytes))
    mime_type = sniff(data)
    if mime_type is None:
        raise DocumentTypeError()
    if mime_type == PDF:
        _check_pdf(data)
    else:
        _check_image(data, mime_type)
    return mime_type


def read_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the file at `path`; its size is checked before reading, and never more is read.

    Raises `FileReadError` (missing, unreadable, not a regular file) or `DocumentTooLargeError`.
    """
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a folder, a device, a pipe (which would block)
            raise FileReadError()
        if status.st_size > max_bytes:
            raise DocumentTooLargeError(maximum_mb=_megabytes(max_bytes))
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since the stat
    except OSError as exc:
        raise FileReadError() from exc
    if len(data) > max_bytes:
        raise DocumentTooLargeError(maximum_mb=_megabytes(max_bytes))
    return data


def _megabytes(max_bytes: int) -> int:
    return max(1, -(-max_bytes // (1024 * 1024)))


# --- images ----------------------------------------------------------------------------


def _check_image(data: bytes, mime_type: str) -> None:
    expected = _PILLOW_FORMATS[mime_type]
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with _open_image(data, expected) as image:
                image.verify()  # structure and checksums (PNG CRCs), without decoding the pixels
            with _open_image(data, expected) as image:
                image.load()  # decode it all: a damaged or truncated file fails here
        except CalqiError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise DocumentImageTooLargeError(maximum_megapixels=MAX_MEGAPIXELS) from exc
        except Exception as exc:  # a parser of untrusted bytes may fail in any way on a crafted file
            raise DocumentDamagedError() from exc


def _open_image(data: bytes, expected: str) -> Image.Image:
    """The image with its header read and its size checked; nothing decoded yet."""
    image = Image.open(BytesIO(data), formats=("PNG", "JPEG"))
    fmt = "JPEG" if image.format == "MPO" else image.format  # MPO: a JPEG with extra pictures
    width, height = image.size
    if fmt != expected or width <= 0 or height <= 0:
        image.close()
        raise DocumentDamagedError()
    if width * height > MAX_PIXELS:
        image.close()
        raise DocumentImageTooLargeError(maximum_megapixels=MAX_MEGAPIXELS)
    return image


# --- PDF -------------------------------------------------------------------------------


def _check_pdf(data: bytes) -> None:
    from pypdf import PdfReader

    with _quiet_pypdf(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pypdf's remarks on a sloppy but readable file are no refusal
        try:
            reader = PdfReader(BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise DocumentPasswordError()  # an owner password alone (empty user password) is fine
            if len(reader.pages) < 1:
                raise DocumentDamagedError()
            _ = reader.pages[0].mediabox  # the first page must be readable
        except CalqiError:
            raise
        except Exception as exc:  # a parser of untrusted bytes may fail in any way on a crafted file
            raise DocumentDamagedError() from exc


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs what it repairs; such lines may quote bytes of the document, so none reach the log."""
    logger = logging.getLogger("pypdf")
    previous = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        logger.setLevel(previous)
