"""The one excepthook: a calm Dutch dialog, and the trace in the log with personal data masked."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from gui_helpers import answer_next_modal_text
from pytestqt.qtbot import QtBot

from calqi_desktop.domain.errors import VaultLockedError
from calqi_desktop.gui import errors


def test_unexpected_error_goes_to_the_log_scrubbed(qtbot: QtBot, calqi_home: Path, monkeypatch) -> None:
    logger = logging.getLogger("calqi")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    monkeypatch.setattr(logger, "_calqi_configured", False, raising=False)
    from calqi_desktop.logging_setup import LOG_FILE, configure_logging

    configure_logging()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    shown = answer_next_modal_text(qtbot)
    try:
        raise ValueError("klant 123456782 met NL91ABNA0417164300 en jan@example.nl")
    except ValueError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    assert shown and "onverwachts" in shown[0]
    assert "123456782" not in shown[0]
    for handler in logger.handlers:
        handler.flush()
    log = (calqi_home / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "ValueError" in log and "Traceback" in log
    for secret in ("123456782", "NL91ABNA0417164300", "jan@example.nl"):
        assert secret not in log
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)


def test_a_known_error_shows_its_own_message_in_the_chosen_language(qtbot: QtBot, monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    errors.install_excepthook()
    shown = answer_next_modal_text(qtbot)
    errors.set_language("en")
    try:
        sys.excepthook(VaultLockedError, VaultLockedError(), None)
    finally:
        errors.set_language("nl")
    assert shown == ["The vault is locked. Sign in again to continue."]
