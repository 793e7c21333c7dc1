"""The secret clipboard: password-manager hints, cleared after the set time, never someone else's copy."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from calqi_desktop.gui.clipboard import SecretClipboard, secret_mime_data


def test_the_copy_carries_the_do_not_keep_hint() -> None:
    mime = secret_mime_data("123456782")
    assert mime.text() == "123456782"
    assert bytes(mime.data("x-kde-passwordManagerHint").data()) == b"secret"


def test_a_copied_secret_is_cleared_after_the_set_time(qtbot: QtBot) -> None:
    clipboard = SecretClipboard()
    clipboard.copy("NL91ABNA0417164300", seconds=1)
    assert QGuiApplication.clipboard().text() == "NL91ABNA0417164300"
    assert clipboard.holds_secret and 0 < clipboard.remaining_seconds() <= 2
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    assert not clipboard.holds_secret


def test_what_the_user_copied_afterwards_is_left_alone(qtbot: QtBot) -> None:
    clipboard = SecretClipboard()
    clipboard.copy("123456782", seconds=1)
    QGuiApplication.clipboard().setText("een eigen aantekening")
    qtbot.wait(1300)
    assert QGuiApplication.clipboard().text() == "een eigen aantekening"
    clipboard.clear()
    assert QGuiApplication.clipboard().text() == "een eigen aantekening"
