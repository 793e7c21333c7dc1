"""Small pieces every form dialog shares: its OK and Cancel buttons named and worded, and its
message line shown only when it has something to say."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel


def name_buttons(
    box: QDialogButtonBox, ok_text: str, cancel_text: str, *, ok_name: str = "ok_button"
) -> None:
    """Word the OK and Cancel buttons ('Vastleggen', 'Annuleren') and give them objectNames for tests."""
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName(ok_name)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(cancel_text)
    cancel.setObjectName("cancel_button")


def show_error_text(label: QLabel, text: str) -> None:
    """Show `text` in the dialog's message line, or hide the line when there is nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))
