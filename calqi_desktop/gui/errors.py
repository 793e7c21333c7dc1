"""Showing errors: a `CalqiError` as a plain Dutch message, anything else via one excepthook.

Known errors from the environment (wrong password, disk full, vault in use)
carry their own message for the user. Anything else is a bug: the trace goes
to the log (scrubbed of personal data) and the user gets a calm message
saying nothing was lost and where the details are.
"""

from __future__ import annotations

import logging
import sys
import types

from PySide6.QtWidgets import QMessageBox, QWidget

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.logging_setup import LOG_FILE
from calqi_desktop.paths import log_dir

log = logging.getLogger("calqi.gui")


def show_error(parent: QWidget | None, error: CalqiError, language: str = "nl") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "Calqi Desktop", error.message(language), parent=parent)
    box.setObjectName("error_message_box")
    box.exec()


def install_excepthook() -> None:
    """Route uncaught exceptions to the log and a dialog instead of a crash."""

    def hook(kind: type[BaseException], value: BaseException, trace: types.TracebackType | None) -> None:
        if isinstance(value, CalqiError):
            show_error(None, value)
            return
        log.error("onverwachte fout", exc_info=(kind, value, trace))
        QMessageBox.critical(
            None,
            "Calqi Desktop",
            "Er ging iets onverwachts mis. Wat al was opgeslagen, blijft bewaard.\n"
            f"De technische details staan in {log_dir() / LOG_FILE}; geef die aan de beheerder.",
        )

    sys.excepthook = hook
