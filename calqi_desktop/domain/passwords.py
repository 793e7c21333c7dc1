"""Password policy for staff accounts and the user-name rule.

At least 12 characters; refused when the password (or its stem without
trailing digits and symbols) is on a list of common passwords — the 30,000
most common passwords shipped with zxcvbn plus a Dutch list in
`resources/passwords/` — when it contains the user or firm name, or when it is
a plain repeat or sequence.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from calqi_desktop.domain.errors import (
    CommonPasswordError,
    PasswordContainsNameError,
    PasswordTooShortError,
    PasswordTooSimpleError,
    UserNameInvalidError,
    WeakPasswordError,
)

MIN_LENGTH = 12
_USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm", "azertyuiop")


def check_user_name(name: str) -> str:
    """Return the user name as stored (stripped); raise when it is not allowed."""
    name = name.strip()
    if not _USER_NAME.match(name):
        raise UserNameInvalidError()
    return name


def check_password(password: str, *, user_name: str = "", firm_name: str = "") -> None:
    """Raise a `WeakPasswordError` subclass when `password` breaks the policy."""
    if len(password) < MIN_LENGTH:
        raise PasswordTooShortError(MIN_LENGTH)
    folded = password.casefold()
    common = common_passwords()
    stem = re.sub(r"[\d\W_]+$", "", folded)
    if folded in common or (len(stem) >= 4 and stem in common) or _is_common_repeat(folded, common):
        raise CommonPasswordError()
    for name in (user_name, firm_name):
        for part in re.split(r"[\s._-]+", name.casefold()):
            if len(part) >= 4 and part in folded:
                raise PasswordContainsNameError()
    if len(set(folded)) <= 3 or _is_sequence(folded):
        raise PasswordTooSimpleError()


def _is_common_repeat(folded: str, common: frozenset[str]) -> bool:
    """'welkom01welkom01' and 'passwordpassword' are as weak as their half."""
    for size in range(3, len(folded) // 2 + 1):
        if len(folded) % size == 0 and folded == folded[:size] * (len(folded) // size):
            return True
    return False


def _is_sequence(folded: str) -> bool:
    letters = re.sub(r"[\W_]", "", folded)
    return any(letters in seq or letters in seq[::-1] for seq in _SEQUENCES)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The common-password list, case-folded, loaded once."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    from calqi_desktop.paths import resource_path

    words: set[str] = {w.casefold() for w in FREQUENCY_LISTS["passwords"]}
    words.update(_read_list(resource_path("passwords") / "common_nl.txt"))
    return frozenset(words)


def _read_list(path: Path) -> Iterable[str]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line.casefold()


_CONSONANTS = "bdfghjklmnprstvz"
_VOWELS = "aeiou"


def suggest_password(user_name: str = "", firm_name: str = "", *, words: int = 4, syllables: int = 3) -> str:
    """A strong random passphrase such as 'bakomu-retisa-pelova-nudigo' that passes the policy."""
    while True:
        candidate = "-".join(
            "".join(secrets.choice(_CONSONANTS) + secrets.choice(_VOWELS) for _ in range(syllables))
            for _ in range(words)
        )
        try:
            check_password(candidate, user_name=user_name, firm_name=firm_name)
        except WeakPasswordError:
            continue  # vanishingly rare (it spelled a name): draw again
        return candidate
