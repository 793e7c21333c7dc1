"""Copying secrets (a BSN, an IBAN, a recovery code) to the clipboard, and clearing them again.

The copy carries the hints clipboard managers honour, so the secret does not
end up in a clipboard history: `ExcludeClipboardContentFromMonitorProcessing`
(and `CanIncludeInClipboardHistory` = 0) on Windows, `x-kde-passwordManagerHint`
on KDE. After the set number of seconds — and on lock and quit — the clipboard
is cleared, but only if it still holds what we put there.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

DEFAULT_CLEAR_SECONDS = 20

_WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'


def secret_mime_data(text: str) -> QMimeData:
    """Mime data holding `text` plus the 'do not keep this' hints of each platform."""
    mime = QMimeData()
    mime.setText(text)
    mime.setData("x-kde-passwordManagerHint", b"secret")
    if sys.platform == "win32":
        dword_one = (1).to_bytes(4, "little")
        dword_zero = (0).to_bytes(4, "little")
        mime.setData(_WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"), dword_one)
        mime.setData(_WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"), dword_zero)
        mime.setData(_WINDOWS_FORMAT.format("CanUploadToCloudClipboard"), dword_zero)
    return mime


class SecretClipboard(QObject):
    """Copies one secret at a time and clears it after `seconds`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def copy(self, text: str, seconds: int = DEFAULT_CLEAR_SECONDS) -> None:
        QGuiApplication.clipboard().setMimeData(secret_mime_data(text))
        self._copied = text
        self._timer.start(max(1, seconds) * 1000)

    @property
    def holds_secret(self) -> bool:
        return self._copied is not None

    def remaining_seconds(self) -> int:
        return (self._timer.remainingTime() + 999) // 1000 if self._timer.isActive() else 0

    def clear(self) -> None:
        """Empty the clipboard if it still holds the secret we copied."""
        self._timer.stop()
        if self._copied is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
