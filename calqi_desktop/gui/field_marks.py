"""Marking bad fields in a form: a red border, the message beside the field, and the same as tooltip.

A form registers its fields by the keys the domain checks use ("last_name",
"addresses.0.postcode") with the widget and the label that shows the message.
`show(error)` marks the field a `FieldValidationError` names; `clear()` takes
every mark away. Message texts come from the error, in the interface
language, and never quote the value.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from shiboken6 import isValid

from calqi_desktop.domain.errors import FieldValidationError

#: Set on a window whose fields may be marked.
INVALID_STYLE = """
QLineEdit[invalid="true"], QComboBox[invalid="true"] { border: 1px solid #B3261E; border-radius: 2px; padding: 1px; }
QLabel[role="field-error"] { color: #B3261E; }
"""


def prepare_error_label(label: QLabel) -> None:
    """An empty, hidden label in the error colour."""
    label.setProperty("role", "field-error")
    label.clear()
    label.hide()


class FieldMarks:
    """The fields of one form, by key; which of them show an error."""

    def __init__(self, language: str = "nl") -> None:
        self.language = language
        self._fields: dict[str, tuple[QWidget, QLabel | None]] = {}
        self._messages: dict[str, str] = {}

    def set_fields(self, fields: dict[str, tuple[QWidget, QLabel | None]]) -> None:
        """Replace the registered fields (rows of a list come and go); clears all marks."""
        self.clear()
        self._fields = dict(fields)
        for _widget, label in self._fields.values():
            if label is not None:
                prepare_error_label(label)

    def show(self, error: FieldValidationError) -> QWidget | None:
        """Mark the field `error` names; its widget, or None when the form has no such field."""
        found = self._fields.get(error.field)
        if found is None:
            return None
        widget, label = found
        text = error.message(self.language)
        if error.field in self._messages:  # a second problem with the same field: keep both
            text = f"{self._messages[error.field]}\n{text}"
        self._messages[error.field] = text
        if label is not None:
            label.setText(text)
            label.show()
        widget.setProperty("invalid", True)
        widget.setToolTip(text)
        widget.setAccessibleDescription(text)
        _repolish(widget)
        return widget

    def clear(self) -> None:
        for key in list(self._messages):
            widget, label = self._fields.get(key, (None, None))
            if label is not None and isValid(label):
                label.clear()
                label.hide()
            if widget is not None and isValid(widget):
                widget.setProperty("invalid", False)
                widget.setToolTip("")
                widget.setAccessibleDescription("")
                _repolish(widget)
        self._messages = {}

    def message(self, key: str) -> str:
        """The message shown at `key` ('' when none)."""
        return self._messages.get(key, "")

    def marked(self) -> list[str]:
        """The keys that show an error, in the order they were marked."""
        return list(self._messages)


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)
