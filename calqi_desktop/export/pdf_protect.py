"""Password protection of a finished PDF: AES-256 through pypdf, readable in every common reader.

ReportLab's own AES-256 output does not open in poppler or pypdf (DESIGN.md
§8), so a document is rendered unencrypted in memory and encrypted here
afterwards: the pages, fonts and metadata are cloned as they are and the file
is locked with the user's password (needed to open it) and a random owner
password that nobody keeps, so no reader can be told to lift the
restrictions. The password reaches the requester through another channel
than the PDF; `check_export_password` is what a form asks of it first.
"""

from __future__ import annotations

import secrets
from io import BytesIO

from pypdf import PdfReader, PdfWriter

from calqi_desktop.domain.errors import ExportPasswordError

#: The shortest password a protected export accepts.
PASSWORD_MIN = 12
#: pypdf's name for AES-256 (PDF 2.0 security handler, /V 5 /R 6).
ALGORITHM = "AES-256"


def protect(pdf: bytes, password: str) -> bytes:
    """`pdf` encrypted with AES-256: it opens only with `password`; text, pages and metadata unchanged."""
    check_export_password(password, password)  # the services take no weaker password than the form
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=secrets.token_hex(32), algorithm=ALGORITHM)
    buffer = BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def check_export_password(password: str, repeated: str) -> str:
    """The password as typed, if it may protect an export: at least PASSWORD_MIN characters, not blank,
    and typed the same twice. Raises `ExportPasswordError` at the field 'password' otherwise."""
    if not password.strip() or len(password) < PASSWORD_MIN or password != repeated:
        raise ExportPasswordError("password", label_nl="het wachtwoord", label_en="the password")
    return password
