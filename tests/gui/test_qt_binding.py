"""The Qt binding itself: a signal emitted from Python must not lose references.

PySide6 6.12.0 on Python 3.11 drops one reference to `True` on every
`signal.emit()` from Python; after enough clicks and keystrokes the
interpreter aborts ("bool_dealloc: deallocating True or False"). pyproject.toml
keeps that version out; this test fails if a release with the same fault
comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Sender(QObject):
    happened = Signal()


def test_emitting_a_signal_keeps_the_reference_count_of_true() -> None:
    sender, timer = _Sender(), QTimer()
    before = sys.getrefcount(True)
    for _ in range(200):
        sender.happened.emit()
        timer.timeout.emit()
    assert sys.getrefcount(True) - before > -50
