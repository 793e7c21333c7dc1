"""The idle lock: input moves the deadline; it fires once armed and idle, never while disarmed."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from calqi_desktop.gui.idle_lock import IdleLock


def test_fires_after_the_idle_time(qtbot: QtBot) -> None:
    idle = IdleLock()
    idle.set_timeout_seconds(0.3)
    idle.arm()
    with qtbot.waitSignal(idle.idle_timeout, timeout=3000):
        pass
    idle.disarm()


def test_typing_keeps_it_away(qtbot: QtBot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    idle = IdleLock()
    idle.set_timeout_seconds(0.6)
    idle.arm()
    with qtbot.assertNotEmitted(idle.idle_timeout):
        for _ in range(6):
            qtbot.wait(200)
            qtbot.keyClick(edit, "a")
    assert idle.seconds_left() >= 1
    idle.disarm()


def test_disarmed_it_stays_quiet(qtbot: QtBot) -> None:
    idle = IdleLock()
    idle.set_timeout_seconds(0.1)
    idle.arm()
    idle.disarm()
    assert idle.seconds_left() == 0
    with qtbot.assertNotEmitted(idle.idle_timeout, wait=400):
        pass
