"""The background-task helper: result on the GUI thread, progress, cancel, errors shown once."""

from __future__ import annotations

import threading
import time

from gui_helpers import answer_next_modal_text, click
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.errors import DiskFullError
from calqi_desktop.gui import tasks
from calqi_desktop.gui.tasks import TaskProgress, run_task


def test_work_runs_off_the_gui_thread_and_reports_progress(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def work(progress: TaskProgress) -> str:
        seen["thread"] = threading.current_thread()
        progress.report("Stap 2 van 3", 2, 3)
        time.sleep(0.2)
        return "klaar"

    task = run_task(parent, "Test", work, on_success=lambda result: seen.setdefault("result", result))
    assert tasks.busy()
    dialog = parent.findChild(QProgressDialog, "task_progress_dialog")
    qtbot.waitUntil(lambda: dialog.labelText() == "Stap 2 van 3", timeout=5000)
    assert dialog.maximum() == 3 and dialog.value() == 2
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen["result"] == "klaar" and task.result == "klaar"
    assert seen["thread"] is not threading.main_thread()
    assert not tasks.busy()


def test_cancel_stops_the_work_quietly(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()

    def work(progress: TaskProgress) -> None:
        started.set()
        while True:
            progress.raise_if_cancelled()
            time.sleep(0.01)

    done: list[object] = []
    task = run_task(parent, "Test", work, on_success=done.append, cancellable=True)
    assert started.wait(5)
    cancel = task.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annuleren"
    with qtbot.waitSignal(task.finished, timeout=5000):
        click(qtbot, cancel)
    assert task.was_cancelled and done == []


def test_a_known_error_is_shown_in_plain_dutch(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_progress: TaskProgress) -> None:
        raise DiskFullError()

    shown = answer_next_modal_text(qtbot)
    task = run_task(parent, "Test", work)
    qtbot.waitSignal(task.finished, timeout=5000).wait()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "schijf" in shown[0].lower() and isinstance(task.error, DiskFullError)


def test_an_unexpected_error_is_logged_not_shown(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_progress: TaskProgress) -> None:
        raise RuntimeError("BSN 111222333 van klant@example.nl")

    shown = answer_next_modal_text(qtbot)
    task = run_task(parent, "Test", work)
    qtbot.waitSignal(task.finished, timeout=5000).wait()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "onverwachts" in shown[0] and "111222333" not in shown[0]
