"""Checking an image before it goes on paper: the firm's logo.

A logo is judged by its content, never by its file name: Pillow must read it
as PNG or JPEG, the file may be at most 2 MB and the picture at most
4000 × 4000 pixels, and it must decode completely. The pixel size is checked
from the header before anything is decoded, and Pillow's decompression-bomb
guard is turned into a refusal (never a mere warning), so a small file that
claims a huge picture cannot exhaust memory.

This sits in `export` because it is the PDF layer's question — can ReportLab
draw this? — and ReportLab already brings Pillow; the domain stays free of
image libraries and only holds the checked `Logo`.
"""

from __future__ import annotations

import warnings
from io import BytesIO
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from calqi_desktop.domain.errors import (
    LogoFileTooLargeError,
    LogoNotAnImageError,
    LogoTooManyPixelsError,
    LogoUnreadableError,
)
from calqi_desktop.domain.firm import LOGO, Logo
from calqi_desktop.domain.validation import Field

MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_SIDE = 4000

_MIME_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "MPO": "image/jpeg"}  # MPO: a JPEG with extras
_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def check_logo(content: bytes, field: Field = LOGO) -> Logo:
    """The logo, if `content` is a PNG or JPEG within the limits; otherwise a `FieldValidationError`."""
    if len(content) > MAX_LOGO_BYTES:
        raise field.error(LogoFileTooLargeError, maximum_mb=MAX_LOGO_BYTES // (1024 * 1024))
    if not content.startswith(_SIGNATURES):
        raise field.error(LogoNotAnImageError)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(BytesIO(content), formats=("PNG", "JPEG")) as image:
                width, height = image.size
                if not (0 < width <= MAX_LOGO_SIDE and 0 < height <= MAX_LOGO_SIDE):
                    raise field.error(LogoTooManyPixelsError, maximum=MAX_LOGO_SIDE)
                image.load()  # decode it all: a damaged or truncated file fails here
                mime_type = _MIME_TYPES.get(image.format or "")
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise field.error(LogoTooManyPixelsError, maximum=MAX_LOGO_SIDE) from exc
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as exc:
            raise field.error(LogoNotAnImageError) from exc
    if mime_type is None:
        raise field.error(LogoNotAnImageError)
    return Logo(content, mime_type)


def read_logo_file(path: Path, field: Field = LOGO) -> Logo:
    """Read and check a logo file; never more than the size limit (plus one byte) is read."""
    try:
        with open(path, "rb") as handle:
            content = handle.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        raise field.error(LogoUnreadableError) from exc
    return check_logo(content, field)
