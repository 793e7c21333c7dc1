"""Logo checks: judged by content, bounded in bytes and pixels, bombs refused."""

from __future__ import annotations

import struct
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from calqi_desktop.domain.errors import (
    FieldValidationError,
    LogoFileTooLargeError,
    LogoNotAnImageError,
    LogoTooManyPixelsError,
    LogoUnreadableError,
)
from calqi_desktop.export import images, pdf


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (300, 100), mode: str = "RGB") -> bytes:
    buffer = BytesIO()
    Image.new(mode, size, (31, 58, 95) if mode == "RGB" else None).save(buffer, fmt)
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


@pytest.mark.parametrize(("fmt", "mime"), [("PNG", "image/png"), ("JPEG", "image/jpeg")])
def test_png_and_jpeg_are_accepted_with_their_type(fmt: str, mime: str) -> None:
    content = image_bytes(fmt)
    logo = images.check_logo(content)
    assert logo.mime_type == mime and logo.content == content
    pdf.Letterhead("Calqi B.V.", logo=logo.content)  # and the PDF layer can draw it


def test_a_transparent_png_is_accepted() -> None:
    assert images.check_logo(image_bytes("PNG", mode="RGBA")).mime_type == "image/png"


@pytest.mark.parametrize(
    "content",
    [
        b"Dit is een tekstbestand met de naam logo.png.\n",
        b"",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 60,  # a PNG signature and nothing behind it
        b"\xff\xd8\xff\xe0" + b"rommel" * 10,
        pytest.param(image_bytes("GIF"), id="gif"),
        pytest.param(image_bytes("BMP"), id="bmp"),
        pytest.param(image_bytes("PNG")[:300], id="truncated-png"),
        pytest.param(image_bytes("JPEG")[:200], id="truncated-jpeg"),
    ],
)
def test_anything_else_is_refused_by_content(content: bytes) -> None:
    with pytest.raises(LogoNotAnImageError) as caught:
        images.check_logo(content)
    assert caught.value.field == "logo"
    assert "PNG" in caught.value.message() and "de inhoud telt" in caught.value.message()


@pytest.mark.parametrize(("width", "height"), [(4001, 10), (10, 4001), (10_000, 10_000), (100_000, 100_000)])
def test_too_many_pixels_and_decompression_bombs_are_refused(width: int, height: int) -> None:
    with pytest.raises(LogoTooManyPixelsError) as caught:
        images.check_logo(png_claiming(width, height))
    assert "4000 × 4000 pixels" in caught.value.message()


def test_the_largest_allowed_side_passes() -> None:
    assert images.check_logo(image_bytes("PNG", (4000, 20))).mime_type == "image/png"


def test_a_file_over_two_megabytes_is_refused_before_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("opened a file that was too large")

    monkeypatch.setattr(images.Image, "open", must_not_open)
    with pytest.raises(LogoFileTooLargeError) as caught:
        images.check_logo(b"\x89PNG\r\n\x1a\n" + b"\0" * images.MAX_LOGO_BYTES)
    assert "hoogstens 2 MB" in caught.value.message()


def test_reading_a_file_checks_its_content_not_its_name(tmp_path: Path) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("geen plaatje")
    with pytest.raises(LogoNotAnImageError):
        images.read_logo_file(fake)
    real = tmp_path / "logo.txt"
    real.write_bytes(image_bytes("JPEG"))
    assert images.read_logo_file(real).mime_type == "image/jpeg"


def test_a_large_file_is_not_read_whole(tmp_path: Path) -> None:
    big = tmp_path / "groot.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (3 * images.MAX_LOGO_BYTES))
    with pytest.raises(LogoFileTooLargeError):
        images.read_logo_file(big)


def test_a_missing_file_is_a_message_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(LogoUnreadableError) as caught:
        images.read_logo_file(tmp_path / "weg.png")
    assert isinstance(caught.value, FieldValidationError) and caught.value.field == "logo"
