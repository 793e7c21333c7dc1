"""The screen-lock listener hears a real D-Bus signal on a private session bus."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from calqi_desktop.gui.screen_lock import ScreenLockWatcher


@pytest.fixture
def private_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.fail("dbus-daemon is missing: scripts/setup.sh installs it (Debian package dbus-daemon)")
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # it says it may not raise its file limit: harmless
        text=True,
    )
    assert process.stdout is not None
    address = process.stdout.readline().strip()
    try:
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stdout.close()


def send_signal(address: str, path: str, member: str, *args: str) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, member, *args], check=True, timeout=10
    )


def test_screensaver_activation_locks(qtbot: QtBot, private_bus: str) -> None:
    bus = QDBusConnection.connectToBus(private_bus, "calqi-test-session")
    assert bus.isConnected()
    watcher = ScreenLockWatcher(session_bus=bus, system_bus=bus)
    assert watcher.available
    with qtbot.waitSignal(watcher.screen_locked, timeout=5000):
        send_signal(
            private_bus,
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        )
    with qtbot.assertNotEmitted(watcher.screen_locked, wait=300):
        send_signal(
            private_bus,
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:false",
        )
    with qtbot.waitSignal(watcher.screen_locked, timeout=5000):
        send_signal(
            private_bus, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", "boolean:true"
        )
    QDBusConnection.disconnectFromBus("calqi-test-session")
