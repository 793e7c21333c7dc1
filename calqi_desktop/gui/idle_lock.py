"""The idle lock: after N minutes without keyboard or mouse input, lock the program.

An event filter on the application sees every key press, click, wheel turn
and mouse move in any of our windows and moves the deadline. `seconds_left()`
feeds the status bar; `idle_timeout` fires once at the deadline. The lock is
held back while a background task runs (a key rotation must not lose its
vault halfway); the shell asks again a moment later.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
DEFAULT_IDLE_MINUTES = 10


class IdleLock(QObject):
    """Emits `idle_timeout` after `timeout_seconds` without user input, while armed."""

    idle_timeout = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_seconds: float = DEFAULT_IDLE_MINUTES * 60
        self._deadline = 0.0
        self._armed = False
        self._check = QTimer(self)
        self._check.setInterval(250)
        self._check.timeout.connect(self._poll)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.set_timeout_seconds(minutes * 60)

    def set_timeout_seconds(self, seconds: float) -> None:
        self.timeout_seconds = seconds
        self.touch()

    def arm(self) -> None:
        """Start watching (after sign-in)."""
        self._armed = True
        self.touch()
        self._check.start()

    def disarm(self) -> None:
        """Stop watching (while locked)."""
        self._armed = False
        self._check.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def touch(self) -> None:
        """The user did something: start counting again."""
        self._deadline = time.monotonic() + self.timeout_seconds

    def seconds_left(self) -> int:
        return max(0, int(self._deadline - time.monotonic() + 0.999)) if self._armed else 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() in ACTIVITY_EVENTS:
            self.touch()
        return False

    def _poll(self) -> None:
        if self._armed and time.monotonic() >= self._deadline:
            self.idle_timeout.emit()
