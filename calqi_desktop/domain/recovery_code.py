"""The recovery code: 200 random bits written as 8 groups of 5 characters.

The alphabet is Crockford's base32 (no I, L, O, U), so the code is easy to read
aloud and type; when typed back, case, spaces and dashes are ignored and the
look-alikes I/L→1 and O→0 are mapped, as Crockford's scheme prescribes.
"""

from __future__ import annotations

import secrets

from calqi_desktop.domain.errors import RecoveryCodeFormatError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 8
GROUP_SIZE = 5
BITS = GROUPS * GROUP_SIZE * 5  #: 200: each character carries 5 random bits
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})


def generate() -> str:
    """A fresh code, formatted in groups: 'K3F9Q-7MZ2X-…'."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_SIZE))
    return format_code(chars)


def format_code(chars: str) -> str:
    return "-".join(chars[i : i + GROUP_SIZE] for i in range(0, len(chars), GROUP_SIZE))


def normalise(typed: str) -> str:
    """The canonical form of a typed code; raise when it cannot be a code."""
    chars = "".join(c for c in typed.upper() if c not in " -\t\r\n").translate(_LOOKALIKES)
    if len(chars) != GROUPS * GROUP_SIZE or any(c not in ALPHABET for c in chars):
        raise RecoveryCodeFormatError(GROUPS, GROUP_SIZE)
    return format_code(chars)
