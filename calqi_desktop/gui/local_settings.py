"""This workstation's preferences: one enum of keys with their defaults, over `QSettings`.

What belongs to the firm (details, logo, idle-lock minutes, clipboard seconds)
lives inside the vault (`services.settings`). What belongs to this workstation
— the language, window sizes, the vaults opened here and the name to show for
them before sign-in — lives here, in an INI file under `paths.config_dir()`.
No client data is ever written here.
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from calqi_desktop.paths import config_dir

SETTINGS_FILE = "calqi-desktop.ini"
LANGUAGES = ("nl", "en")
MAX_RECENT_VAULTS = 8


class Key(StrEnum):
    """A local preference. The value is the key in the INI file."""

    LANGUAGE = "ui/language"
    RECENT_VAULTS = "vaults/recent"  # JSON list of {"folder": ..., "label": ...}


DEFAULTS: dict[Key, str] = {
    Key.LANGUAGE: "nl",
    Key.RECENT_VAULTS: "[]",
}


class LocalSettings:
    """Typed access to the workstation's preferences."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / SETTINGS_FILE
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: Key) -> str:
        value = self._qsettings.value(key.value, DEFAULTS[key], type=str)
        return str(value)

    def set(self, key: Key, value: str) -> None:
        self._qsettings.setValue(key.value, value)
        self._qsettings.sync()

    @property
    def language(self) -> str:
        language = self.get(Key.LANGUAGE)
        return language if language in LANGUAGES else "nl"

    @language.setter
    def language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.set(Key.LANGUAGE, language)

    # --- vaults opened on this workstation --------------------------------------

    def recent_vaults(self) -> list[tuple[Path, str]]:
        """(folder, label) pairs, the most recently opened first."""
        try:
            entries = json.loads(self.get(Key.RECENT_VAULTS))
        except json.JSONDecodeError:
            return []
        result: list[tuple[Path, str]] = []
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict) and isinstance(entry.get("folder"), str):
                result.append((Path(entry["folder"]), str(entry.get("label", ""))))
        return result

    def remember_vault(self, folder: Path, label: str) -> None:
        """Put `folder` first in the list, with the firm name to show before sign-in."""
        folder = Path(folder).resolve()
        entries = [(f, lbl) for f, lbl in self.recent_vaults() if f != folder]
        entries.insert(0, (folder, label))
        self.set(
            Key.RECENT_VAULTS,
            json.dumps([{"folder": str(f), "label": lbl} for f, lbl in entries[:MAX_RECENT_VAULTS]]),
        )

    def vault_label(self, folder: Path) -> str:
        folder = Path(folder).resolve()
        return next((label for f, label in self.recent_vaults() if f == folder), "")

    # --- window geometry -------------------------------------------------------

    def restore_geometry(self, widget: QWidget, name: str) -> bool:
        """Give `widget` the size and place it had when `save_geometry(widget, name)` ran."""
        value = self._qsettings.value(f"geometry/{name}", QByteArray(), type=QByteArray)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return widget.restoreGeometry(value)
        return False

    def save_geometry(self, widget: QWidget, name: str) -> None:
        self._qsettings.setValue(f"geometry/{name}", widget.saveGeometry())
        self._qsettings.sync()
