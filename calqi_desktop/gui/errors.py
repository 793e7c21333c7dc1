"""Showing errors: a `CalqiError` as a plain message, anything else via one excepthook.

Known errors from the environment (wrong password, disk full, vault in use)
carry their own message for the user, in the interface language. Anything
else is a bug: the trace goes to the log (scrubbed of personal data by
`logging_setup`) and the user gets a calm message saying that what was saved
is kept and where the details are. Exception texts are never shown, because
they may quote data.
"""

from __future__ import annotations

import logging
import sys
import types

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.logging_setup import LOG_FILE
from calqi_desktop.paths import log_dir

log = logging.getLogger("calqi.gui")

_language = "nl"


def set_language(language: str) -> None:
    """The language of error messages from now on ('nl' or 'en')."""
    global _language
    _language = language


def current_language() -> str:
    return _language


def show_error(parent: QWidget | None, error: CalqiError) -> None:
    """A warning dialog with the error's own message for the user."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, error.message(_language), parent=parent)
    box.setObjectName("error_message_box")
    box.exec()


def unexpected_error_text() -> str:
    return QCoreApplication.translate(
        "errors",
        "Er ging iets onverwachts mis. Wat al was opgeslagen, blijft bewaard.\n"
        "De technische details staan in %1; geef die aan de beheerder.",
    ).replace("%1", str(log_dir() / LOG_FILE))


def report_unexpected(
    error: BaseException, parent: QWidget | None = None, trace: types.TracebackType | None = None
) -> None:
    """Log the trace (without personal data) and tell the user calmly."""
    log.error("onverwachte fout", exc_info=(type(error), error, trace or error.__traceback__))
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, unexpected_error_text(), parent=parent)
    box.setObjectName("unexpected_error_box")
    box.exec()


def report(error: BaseException, parent: QWidget | None = None) -> None:
    """One place that decides how an exception reaches the user."""
    if isinstance(error, CalqiError):
        show_error(parent, error)
    else:
        report_unexpected(error, parent)


def install_excepthook() -> None:
    """Route uncaught exceptions to the log and a dialog instead of a crash."""

    def hook(kind: type[BaseException], value: BaseException, trace: types.TracebackType | None) -> None:
        if isinstance(value, CalqiError):
            show_error(None, value)
            return
        report_unexpected(value, None, trace)

    sys.excepthook = hook
