"""Hearing that the workstation's screen was locked, where the platform says so.

Qt has no portable screen-lock signal, so this listens where it can:

- Linux: the session bus signals `ActiveChanged(true)` of
  `org.freedesktop.ScreenSaver` (KDE, Xfce, …) and `org.gnome.ScreenSaver`,
  and the system bus signal `Lock` of the logind session (`loginctl
  lock-session`), through QtDBus.
- Windows: `WM_WTSSESSION_CHANGE` with `WTS_SESSION_LOCK`, after
  `WTSRegisterSessionNotification` for the main window.
- macOS: not available without PyObjC; the idle lock still applies there.

`available` says whether anything is listened to, for the about/status text.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger("calqi.gui")

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0

# (path, interface). The sender is not pinned to the well-known name: locking
# is always safe, and the name's owner may come and go during a session.
_DBUS_SCREENSAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    """Emits `screen_locked` when the operating system locks the screen."""

    screen_locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        session_bus: QDBusConnection | None = None,
        system_bus: QDBusConnection | None = None,
    ) -> None:
        """`session_bus` and `system_bus` default to the desktop's; tests pass private ones."""
        super().__init__(parent)
        self.sources: list[str] = []
        self._native_filter: _WindowsSessionFilter | None = None
        if sys.platform.startswith("linux"):
            self._listen_on_dbus(
                session_bus or QDBusConnection.sessionBus(), system_bus or QDBusConnection.systemBus()
            )

    @property
    def available(self) -> bool:
        return bool(self.sources)

    # --- Linux -------------------------------------------------------------------

    def _listen_on_dbus(self, session: QDBusConnection, system: QDBusConnection) -> None:
        # PySide takes the slot signature as str at run time (its stubs say bytes).
        if session.isConnected():
            for path, interface in _DBUS_SCREENSAVERS:
                if session.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("on_active_changed(bool)")
                ):
                    self.sources.append(f"dbus:{interface}:{path}")
        if system.isConnected() and system.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1",
            "/org/freedesktop/login1/session/auto",
            "org.freedesktop.login1.Session",
            "Lock",
            self,
            SLOT("on_session_lock()"),
        ):
            self.sources.append("dbus:login1")

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def on_session_lock(self) -> None:
        self.screen_locked.emit()

    # --- Windows -----------------------------------------------------------------

    def watch_window(self, win_id: int) -> None:
        """On Windows, ask for session notifications for the window with handle `win_id`."""
        if sys.platform != "win32" or self._native_filter is not None:
            return
        import ctypes

        try:
            registered = ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
                ctypes.c_void_p(win_id), NOTIFY_FOR_THIS_SESSION
            )
        except OSError:
            registered = False
        if not registered:
            log.info("geen melding van schermvergrendeling beschikbaar")
            return
        self._native_filter = _WindowsSessionFilter(self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._native_filter)
        self.sources.append("windows:wts")


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, watcher: ScreenLockWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(
        self, event_type: QByteArray | bytes | bytearray | memoryview, message: int
    ) -> object:
        if (
            bytes(event_type.data() if isinstance(event_type, QByteArray) else event_type)
            == b"windows_generic_MSG"
        ):
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._watcher.screen_locked.emit()
        return False, 0
