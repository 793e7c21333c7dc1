"""The firm-details form: name, address, KvK number, contact details and logo.

A self-contained widget, embedded by the Settings dialog and the first-run
wizard alike. `set_details` fills it, `details()` checks every field and
returns the details in normal form — or None, with each bad field marked and
its message right below it. A logo is chosen from a file and judged by its
content (`export.images`); a refusal shows at the logo, like any other field.
The form never saves: its owner decides what to do with the details.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget

from calqi_desktop.domain.errors import FieldValidationError
from calqi_desktop.domain.firm import FirmDetails, Logo, check_firm_details
from calqi_desktop.export import images
from calqi_desktop.gui.errors import current_language
from calqi_desktop.gui.forms.ui_firm_details_form import Ui_FirmDetailsForm

_INVALID_STYLE = """
QLineEdit[invalid="true"] { border: 1px solid #B3261E; border-radius: 2px; padding: 1px; }
QLabel[role="field-error"] { color: #B3261E; }
"""


class FirmDetailsForm(QWidget):
    """Edits `FirmDetails`; emits `edited` whenever the user changes something."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firm_details_form")
        self.ui = Ui_FirmDetailsForm()
        self.ui.setupUi(self)
        self.setStyleSheet(_INVALID_STYLE)
        ui = self.ui
        # field name (as in FirmDetails) → (editor, its error label)
        self._fields: dict[str, tuple[QLineEdit, QLabel]] = {
            "firm_name": (ui.firm_name_edit, ui.firm_name_error_label),
            "address": (ui.address_edit, ui.address_error_label),
            "postcode": (ui.postcode_edit, ui.postcode_error_label),
            "city": (ui.city_edit, ui.city_error_label),
            "kvk_number": (ui.kvk_edit, ui.kvk_error_label),
            "email": (ui.email_edit, ui.email_error_label),
            "phone": (ui.phone_edit, ui.phone_error_label),
        }
        for edit, error_label in self._fields.values():
            error_label.setProperty("role", "field-error")
            edit.textEdited.connect(self.edited)
        ui.logo_error_label.setProperty("role", "field-error")
        ui.postcode_edit.setPlaceholderText(self.tr("1234 AB"))
        ui.kvk_edit.setPlaceholderText(self.tr("8 cijfers"))
        ui.email_edit.setPlaceholderText(self.tr("naam@kantoor.nl"))
        ui.phone_edit.setPlaceholderText(self.tr("030 123 4567"))
        ui.choose_logo_button.clicked.connect(self.choose_logo)
        ui.remove_logo_button.clicked.connect(self.remove_logo)
        self._logo: Logo | None = None
        self._loaded = FirmDetails(firm_name="")
        self._read_only = False
        self.clear_errors()
        self._show_logo()

    # --- filling and reading ---------------------------------------------------------

    def set_details(self, details: FirmDetails) -> None:
        """Show `details`; they count as the unchanged state."""
        ui = self.ui
        ui.firm_name_edit.setText(details.firm_name)
        ui.address_edit.setText(details.address)
        ui.postcode_edit.setText(details.postcode)
        ui.city_edit.setText(details.city)
        ui.kvk_edit.setText(details.kvk_number)
        ui.email_edit.setText(details.email)
        ui.phone_edit.setText(details.phone)
        self._logo = details.logo
        self._loaded = self.typed_details()
        self.clear_errors()
        self._show_logo()

    def typed_details(self) -> FirmDetails:
        """What the fields hold now, unchecked."""
        ui = self.ui
        return FirmDetails(
            firm_name=ui.firm_name_edit.text(),
            address=ui.address_edit.text(),
            postcode=ui.postcode_edit.text(),
            city=ui.city_edit.text(),
            kvk_number=ui.kvk_edit.text(),
            email=ui.email_edit.text(),
            phone=ui.phone_edit.text(),
            logo=self._logo,
        )

    def details(self) -> FirmDetails | None:
        """The details in normal form, or None after marking every field that is wrong.

        On success the fields show the normal form ('1234ab' becomes '1234 AB').
        """
        self.clear_errors()
        normal, problems = check_firm_details(self.typed_details())
        if problems:
            for problem in problems:
                self.show_field_error(problem)
            self.focus_first_error()
            return None
        self._show_normal_form(normal)
        return normal

    def has_unsaved_changes(self) -> bool:
        """True when the fields differ from what `set_details` showed."""
        return self.typed_details() != self._loaded

    def _show_normal_form(self, details: FirmDetails) -> None:
        for name, (edit, _label) in self._fields.items():
            value = getattr(details, name)
            if edit.text() != value:
                edit.setText(value)

    # --- errors --------------------------------------------------------------------

    def show_field_error(self, error: FieldValidationError) -> bool:
        """Show `error` beside its field; False when the form has no such field."""
        text = error.message(current_language())
        if error.field == "logo":
            self._set_error_label(self.ui.logo_error_label, text)
            return True
        found = self._fields.get(error.field)
        if found is None:
            return False
        edit, label = found
        self._set_error_label(label, text)
        edit.setProperty("invalid", True)
        edit.setAccessibleDescription(text)
        self._repolish(edit)
        return True

    def focus_first_error(self) -> None:
        """Put the cursor in the first field that shows an error (call again once the form is visible)."""
        for edit, label in self._fields.values():
            if label.text():
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def field_error(self, field: str) -> str:
        """The message shown at `field` ('' when none); for tests and the wizard."""
        label = self.ui.logo_error_label if field == "logo" else self._fields[field][1]
        return label.text() if not label.isHidden() else ""

    def clear_errors(self) -> None:
        for edit, label in self._fields.values():
            self._set_error_label(label, "")
            edit.setProperty("invalid", False)
            edit.setAccessibleDescription("")
            self._repolish(edit)
        self._set_error_label(self.ui.logo_error_label, "")

    @staticmethod
    def _set_error_label(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # --- logo ----------------------------------------------------------------------

    def choose_logo(self) -> None:
        """Ask for a PNG or JPEG file and take it as the logo, if its content passes."""
        file_name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Logo kiezen"),
            "",
            self.tr("Afbeeldingen (*.png *.jpg *.jpeg)"),
        )
        if file_name:
            self.load_logo_file(Path(file_name))

    def load_logo_file(self, path: Path) -> bool:
        """Read and check `path`; on success it becomes the logo. False (and a message) otherwise."""
        self._set_error_label(self.ui.logo_error_label, "")
        try:
            logo = images.read_logo_file(path)
        except FieldValidationError as error:
            self.show_field_error(error)
            return False
        self._logo = logo
        self._show_logo()
        self.edited.emit()
        return True

    def remove_logo(self) -> None:
        self._logo = None
        self._set_error_label(self.ui.logo_error_label, "")
        self._show_logo()
        self.edited.emit()

    def logo(self) -> Logo | None:
        return self._logo

    def _show_logo(self) -> None:
        label = self.ui.logo_preview_label
        pixmap = QPixmap()
        if self._logo is not None and pixmap.loadFromData(self._logo.content):
            label.setPixmap(
                pixmap.scaled(
                    label.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            label.setAccessibleName(self.tr("Logo van het kantoor"))
        else:
            label.clear()
            label.setText(self.tr("Geen logo"))
            label.setAccessibleName(self.tr("Geen logo"))
        self.ui.remove_logo_button.setEnabled(self._logo is not None and not self._read_only)

    # --- read-only -----------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """Show the details without letting them be changed (for members who may not)."""
        self._read_only = read_only
        for edit, _label in self._fields.values():
            edit.setReadOnly(read_only)
        self.ui.choose_logo_button.setVisible(not read_only)
        self.ui.remove_logo_button.setVisible(not read_only)
        self.ui.logo_hint_label.setVisible(not read_only)
        self._show_logo()

    def is_read_only(self) -> bool:
        return self._read_only
