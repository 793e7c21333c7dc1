"""GUI test helpers: screenshots for review by eye, and a session on a real vault.

Screenshots go to `screenshots/` at the top of the checkout (named in the
README); each test run overwrites them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.services import auth
from calqi_desktop.storage.crypto import TEST_ONLY_KDF

SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def screenshot() -> Callable[[QWidget, str], Path]:
    """`screenshot(widget, "name")` saves the widget as screenshots/name.png."""

    def save(widget: QWidget, name: str) -> Path:
        SCREENSHOT_DIR.mkdir(exist_ok=True)
        path = SCREENSHOT_DIR / f"{name}.png"
        assert widget.grab().save(str(path)), f"could not save {path}"
        return path

    return save


@pytest.fixture
def local_settings(calqi_home: Path) -> LocalSettings:
    return LocalSettings(calqi_home / "config" / "test.ini")


@pytest.fixture
def signed_in_session(created_vault: tuple[Path, str], local_settings: LocalSettings) -> Iterator[AppSession]:
    """An `AppSession` on a vault with staff of every role, signed in as the beheerder."""
    from conftest import ADMIN, ADMIN_PASSWORD

    folder, _code = created_vault
    session = AppSession(folder, local_settings, kdf=TEST_ONLY_KDF)
    session.begin(auth.sign_in(folder, ADMIN, ADMIN_PASSWORD, kdf=TEST_ONLY_KDF))
    yield session
    session.sign_out()


def answer_next_modal(qtbot: object, answer: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """Before an action that opens a modal dialog with `exec()`: call `answer(dialog)` once it shows.

    Example: `answer_next_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())`.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    waited = 0

    def poll() -> None:
        nonlocal waited
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            answer(dialog)
            return
        waited += 20
        if waited < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
