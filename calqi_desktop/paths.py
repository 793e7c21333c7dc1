"""Where things live: resources, the user's data, logs and program state.

Data paths come from platformdirs and can be overridden as a whole with the
`CALQI_HOME` environment variable (tests, portable use). Resources are found
beside the package in a source checkout and under `sys._MEIPASS` in the frozen
build (PyInstaller 6 puts data files under `_internal/`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

_APP = "Calqi Desktop"
_VENDOR = "Calqi"


def resource_dir() -> Path:
    """The `resources/` folder (icons, fonts, translations, password lists)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def _home() -> Path | None:
    home = os.environ.get("CALQI_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    """The user's data folder; the default place for vaults."""
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(_APP, _VENDOR))


def state_dir() -> Path:
    """Program state that is not data: sign-in back-off counters and the like."""
    home = _home()
    return home / "state" if home else Path(platformdirs.user_state_dir(_APP, _VENDOR))


def config_dir() -> Path:
    """This workstation's preferences (language, window sizes, recent vaults)."""
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(_APP, _VENDOR))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(_APP, _VENDOR))


def default_vault_dir() -> Path:
    return data_dir() / "kluis"


def demo_vault_dir() -> Path:
    return data_dir() / "demo-kluis"
