"""This workstation's preferences: language, recent vaults with their names, window geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.gui.local_settings import MAX_RECENT_VAULTS, LocalSettings


def test_language_defaults_to_dutch_and_is_kept(tmp_path: Path) -> None:
    settings = LocalSettings(tmp_path / "a.ini")
    assert settings.language == "nl"
    settings.language = "en"
    assert LocalSettings(tmp_path / "a.ini").language == "en"


def test_recent_vaults_newest_first_without_doubles(tmp_path: Path) -> None:
    settings = LocalSettings(tmp_path / "a.ini")
    for number in range(MAX_RECENT_VAULTS + 2):
        settings.remember_vault(tmp_path / f"kluis{number}", f"Kantoor {number}")
    settings.remember_vault(tmp_path / "kluis3", "Kantoor drie")
    recent = LocalSettings(tmp_path / "a.ini").recent_vaults()
    assert len(recent) == MAX_RECENT_VAULTS
    assert recent[0] == ((tmp_path / "kluis3").resolve(), "Kantoor drie")
    assert [folder.name for folder, _ in recent].count("kluis3") == 1
    assert settings.vault_label(tmp_path / "kluis3") == "Kantoor drie"


def test_a_damaged_list_reads_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "a.ini"
    path.write_text("[vaults]\nrecent=niet-json\n", encoding="utf-8")
    assert LocalSettings(path).recent_vaults() == []


def test_window_geometry_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings = LocalSettings(tmp_path / "a.ini")
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(40, 50, 640, 480)
    settings.save_geometry(window, "test")
    again = QWidget()
    qtbot.addWidget(again)
    assert LocalSettings(tmp_path / "a.ini").restore_geometry(again, "test")
    assert again.size() == window.size()
    assert not settings.restore_geometry(again, "nooit-bewaard")
