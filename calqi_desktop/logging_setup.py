"""Logging to a rotating file in the log folder, with personal data scrubbed.

The program logs events and error traces, never values from dossiers. As a
second line of defence a filter masks anything in a log record that looks
like a BSN or other long number, an IBAN, an e-mail address or a phone
number before it is written.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys

from calqi_desktop.paths import log_dir

LOG_FILE = "calqi-desktop.log"
_PATTERNS = (
    re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"),  # IBAN
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),  # e-mail
    re.compile(r"(?<![\w.])\+?\d[\d .-]{7,}\d\b"),  # BSN, phone numbers, other long numbers
)


def scrub(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub("[verborgen]", text)
    return text


class ScrubbingFormatter(logging.Formatter):
    """Formats as usual, then masks what looks like personal data (traces included)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def configure_logging(*, console: bool = False, level: int = logging.INFO) -> logging.Logger:
    """Set up the 'calqi' logger once; returns it."""
    logger = logging.getLogger("calqi")
    if getattr(logger, "_calqi_configured", False):
        return logger
    logger.setLevel(level)
    logger.propagate = False
    formatter = ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(formatter)
    logger.addHandler(handler)
    if console and sys.stderr is not None:  # windowed frozen builds have no stderr
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(formatter)
        logger.addHandler(stream)
    logger._calqi_configured = True  # type: ignore[attr-defined]
    return logger
