"""Enums whose members carry a Dutch and an English label, for screens, PDFs and exports.

A module declares its enums as `Labelled` subclasses and registers their
labels once with `register_labels` (as (member, (nl, en)) pairs); `member.label("en")` then gives the
English one and `member.label()` the Dutch one.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

#: Keyed by (enum class, value): members of different enums with the same value
#: ("expired", "in-person") compare equal, and must not share a label.
_LABELS: dict[tuple[type[StrEnum], str], tuple[str, str]] = {}


class Labelled(StrEnum):
    """An enum whose members have a Dutch and an English label."""

    def label(self, language: str = "nl") -> str:
        nl, en = _LABELS[(type(self), self.value)]
        return en if language == "en" else nl


def register_labels(labels: Iterable[tuple[StrEnum, tuple[str, str]]]) -> None:
    """Add (member, (Dutch, English)) labels.

    Pairs, not a dict: members of different enums with the same value are equal,
    so a dict literal would silently keep only the last of them.
    """
    for member, pair in labels:
        _LABELS[(type(member), member.value)] = pair


def labelled_enums() -> list[type[Labelled]]:
    """Every `Labelled` enum defined so far (for the test that each member has both labels)."""
    found: list[type[Labelled]] = []
    pending: list[type[Labelled]] = list(Labelled.__subclasses__())
    while pending:
        enum = pending.pop()
        found.append(enum)
        pending.extend(enum.__subclasses__())
    return found
