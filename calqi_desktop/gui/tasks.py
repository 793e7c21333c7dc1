"""Long work off the GUI thread, with a progress dialog: the one helper for it.

    task = run_task(parent, title, work, on_success=show_result, cancellable=True)

`work(progress)` runs on a worker thread and may call
`progress.report(text, done, total)` and `progress.raise_if_cancelled()`. Its
result goes to `on_success` on the GUI thread. A `CalqiError` is shown with its
own message; anything else goes to the log and a calm dialog (see
`gui.errors`). While any task runs, `busy()` is true, so the idle lock waits
for a key rotation or backup to finish instead of closing the vault under it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.gui import errors


class TaskCancelled(Exception):
    """Raised inside `work` by `raise_if_cancelled()` after the user pressed Cancel."""


class TaskProgress:
    """Handed to the work function; safe to call from the worker thread."""

    def __init__(self, worker: _Worker) -> None:
        self._worker = worker
        self._cancelled = threading.Event()

    def report(self, text: str, done: int = 0, total: int = 0) -> None:
        self._worker.progressed.emit(text, done, total)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def raise_if_cancelled(self) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled()

    def cancel(self) -> None:
        self._cancelled.set()


class _Worker(QObject):
    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[TaskProgress], Any]) -> None:
        super().__init__()
        self._work = work
        self.progress = TaskProgress(self)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as error:  # handed to the GUI thread, which decides what to show
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


_running: set[BackgroundTask] = set()


def busy() -> bool:
    """True while a background task is running."""
    return bool(_running)


class BackgroundTask(QObject):
    """One run of `work` on its own thread. `finished` fires after success, failure or cancel."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[TaskProgress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        cancellable: bool = False,
        label: str = "",
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.dialog = QProgressDialog(label or title, "", 0, 0, parent)
        self.dialog.setObjectName("task_progress_dialog")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if cancellable:
            self.dialog.setCancelButtonText(self.tr("Annuleren"))
            self.dialog.canceled.connect(self._cancel)
        else:
            self.dialog.setCancelButton(None)
        self._thread = QThread()
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._show_progress)
        self._worker.succeeded.connect(self._succeeded)
        self._worker.failed.connect(self._failed)

    def start(self) -> BackgroundTask:
        _running.add(self)
        self.dialog.show()
        self._thread.start()
        return self

    @Slot()
    def _cancel(self) -> None:
        self._worker.progress.cancel()
        self.dialog.setLabelText(self.tr("Bezig met annuleren…"))

    @Slot(str, int, int)
    def _show_progress(self, text: str, done: int, total: int) -> None:
        self.dialog.setLabelText(text)
        self.dialog.setMaximum(max(total, 0))
        if total:
            self.dialog.setValue(min(done, total))

    @Slot(object)
    def _succeeded(self, result: object) -> None:
        self.result = result
        self._end()
        if self._on_success is not None:
            self._on_success(result)
        self.finished.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._end()
        if isinstance(error, TaskCancelled):
            self.was_cancelled = True
        elif self._on_failure is not None:
            self._on_failure(error)
        elif isinstance(error, CalqiError):
            errors.show_error(self._parent, error)
        else:
            errors.report_unexpected(error, self._parent)
        self.finished.emit()

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()
        # reset() also stops the dialog's own show timer: without it a task that reported
        # "0 done" and failed quickly had its dialog pop up again over the error message.
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        _running.discard(self)
        self.setParent(None)  # done: gone once the caller lets go of it


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[TaskProgress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    cancellable: bool = False,
    label: str = "",
) -> BackgroundTask:
    """Start `work` on a worker thread behind a progress dialog; see the module docstring."""
    return BackgroundTask(
        parent,
        title,
        work,
        on_success=on_success,
        on_failure=on_failure,
        cancellable=cancellable,
        label=label,
    ).start()
