"""Enums whose members carry a Dutch and an English label, for screens, PDFs and exports.

A module declares its enums as `Labelled` subclasses and registers their
labels once with `register_labels`; `member.label("en")` then gives the
English one and `member.label()` the Dutch one.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

_LABELS: dict[StrEnum, tuple[str, str]] = {}


class Labelled(StrEnum):
    """An enum whose members have a Dutch and an English label."""

    def label(self, language: str = "nl") -> str:
        nl, en = _LABELS[self]
        return en if language == "en" else nl


def register_labels(labels: Mapping[StrEnum, tuple[str, str]]) -> None:
    """Add (Dutch, English) labels for enum members."""
    _LABELS.update(labels)
