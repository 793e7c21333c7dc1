"""The 'Adressen en contact' tab of the dossier editor: rows of addresses, e-mail addresses, phone numbers.

Rows are built in code (their number varies): each has its fields, a message
label under every field that can be wrong, and a remove button. Completely
empty rows are left out when the draft is collected, so an address added by
mistake does not block saving. Error keys follow the draft's own indexes
("addresses.0.postcode"), which `collect()` maps back to the row widgets.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calqi_desktop.domain.clients import AddressDraft, AddressKind, EmailDraft, PhoneDraft
from calqi_desktop.domain.countries import COUNTRIES, DEFAULT_COUNTRY, country_name
from calqi_desktop.gui.field_marks import prepare_error_label

#: key → (widget, its message label)
FieldMap = dict[str, tuple[QWidget, QLabel | None]]


def _sort_key(text: str) -> str:
    """'Österreich' sorts with 'O': accents dropped, case folded."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    ).casefold()


def fill_countries(combo: QComboBox, language: str) -> None:
    """Nederland first, then every country by name; the ISO code as item data."""
    combo.clear()
    combo.addItem(country_name(DEFAULT_COUNTRY, language), DEFAULT_COUNTRY)
    combo.insertSeparator(1)
    others = sorted(
        (code for code in COUNTRIES if code != DEFAULT_COUNTRY),
        key=lambda code: _sort_key(country_name(code, language)),
    )
    for code in others:
        combo.addItem(country_name(code, language), code)


def _set_combo_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _error_label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    prepare_error_label(label)
    return label


class _Row(QGroupBox):
    """A row with a remove button; emits `edited` on every change and `remove_requested` on remove."""

    edited = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row_id: int | None = None
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("remove_button")
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.edits: list[QLineEdit] = []
        self.combos: list[QComboBox] = []

    def _edit(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _text: self.edited.emit())
        self.edits.append(edit)
        return edit

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.activated.connect(lambda _index: self.edited.emit())
        self.combos.append(combo)
        return combo

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits:
            edit.setReadOnly(read_only)
        for combo in self.combos:
            combo.setEnabled(not read_only)
        self.remove_button.setVisible(not read_only)

    def is_blank(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits)

    def first_field(self) -> QWidget:
        raise NotImplementedError

    def fields(self, index: int) -> FieldMap:
        """The row's fields by their key in a draft where the row is item `index`."""
        raise NotImplementedError


class AddressRow(_Row):
    """One address: kind, street, number, addition, postcode, city, country."""

    FIELDS = ("street", "house_number", "addition", "postcode", "city", "country")

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("address_row")
        self.kind_combo = self._combo("address_kind_combo")
        for kind in AddressKind:
            self.kind_combo.addItem(kind.label(language), kind.value)
        self.street_edit = self._edit("street_edit", self.tr("Straat"))
        self.house_number_edit = self._edit("house_number_edit", self.tr("Huisnummer"))
        self.addition_edit = self._edit("addition_edit", self.tr("Toevoeging"))
        self.postcode_edit = self._edit("postcode_edit", self.tr("1234 AB"))
        self.city_edit = self._edit("city_edit", self.tr("Plaats"))
        self.country_combo = self._combo("country_combo")
        fill_countries(self.country_combo, language)
        self.remove_button.setText(self.tr("Adres verwijderen"))
        self.errors = {name: _error_label(f"{name}_error_label", self) for name in self.FIELDS}
        widgets: dict[str, QWidget] = {
            "street": self.street_edit,
            "house_number": self.house_number_edit,
            "addition": self.addition_edit,
            "postcode": self.postcode_edit,
            "city": self.city_edit,
            "country": self.country_combo,
        }
        self.widgets = widgets
        for edit in self.edits:
            edit.setAccessibleName(edit.placeholderText())
        self.postcode_edit.setAccessibleName(self.tr("Postcode"))
        self.country_combo.setAccessibleName(self.tr("Land"))
        form = QFormLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        form.addRow(self.tr("Soort adres"), top)
        lines = (
            (self.tr("Straat en huisnummer"), (("street", 4), ("house_number", 1), ("addition", 1))),
            (self.tr("Postcode en plaats"), (("postcode", 1), ("city", 4))),
            (self.tr("Land"), (("country", 1),)),
        )
        for caption_text, parts in lines:
            fields = QHBoxLayout()
            for name, stretch in parts:
                fields.addWidget(widgets[name], stretch)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addLayout(fields)
            for name, _stretch in parts:
                column.addWidget(self.errors[name])
            caption = QLabel(caption_text, self)
            caption.setBuddy(widgets[parts[0][0]])
            form.addRow(caption, column)
        self.set_draft(AddressDraft())

    def set_draft(self, address: AddressDraft) -> None:
        self.row_id = address.id
        _set_combo_data(self.kind_combo, address.kind.value)
        self.street_edit.setText(address.street)
        self.house_number_edit.setText(address.house_number)
        self.addition_edit.setText(address.addition)
        self.postcode_edit.setText(address.postcode)
        self.city_edit.setText(address.city)
        _set_combo_data(self.country_combo, address.country or DEFAULT_COUNTRY)

    def draft(self) -> AddressDraft:
        return AddressDraft(
            kind=AddressKind(self.kind_combo.currentData() or AddressKind.HOME.value),
            street=self.street_edit.text(),
            house_number=self.house_number_edit.text(),
            addition=self.addition_edit.text(),
            postcode=self.postcode_edit.text(),
            city=self.city_edit.text(),
            country=str(self.country_combo.currentData() or DEFAULT_COUNTRY),
            id=self.row_id,
        )

    def fields(self, index: int) -> FieldMap:
        return {f"addresses.{index}.{name}": (self.widgets[name], self.errors[name]) for name in self.FIELDS}

    def first_field(self) -> QWidget:
        return self.street_edit


class _ContactRow(_Row):
    """An e-mail address or a phone number, with a free label ('privé', 'werk')."""

    def __init__(self, name: str, field: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_row")
        self.field = field
        self.value_edit = self._edit(f"{field}_edit", placeholder)
        self.label_edit = self._edit(
            "label_edit", QCoreApplication.translate("ContactRow", "Omschrijving, bijv. privé of werk")
        )
        self.error = _error_label(f"{field}_error_label", self)
        self.label_error = _error_label("label_error_label", self)
        layout = QGridLayout(self)
        layout.addWidget(self.value_edit, 0, 0)
        layout.addWidget(self.label_edit, 0, 1)
        layout.addWidget(self.remove_button, 0, 2)
        layout.addWidget(self.error, 1, 0, 1, 3)
        layout.addWidget(self.label_error, 2, 0, 1, 3)
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)

    def first_field(self) -> QWidget:
        return self.value_edit


class EmailRow(_ContactRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("email", "address", "naam@voorbeeld.nl", parent)
        self.remove_button.setText(self.tr("Verwijderen"))
        self.value_edit.setAccessibleName(self.tr("E-mailadres"))

    def set_draft(self, email: EmailDraft) -> None:
        self.row_id = email.id
        self.value_edit.setText(email.address)
        self.label_edit.setText(email.label)

    def draft(self) -> EmailDraft:
        return EmailDraft(self.value_edit.text(), self.label_edit.text(), self.row_id)

    def fields(self, index: int) -> FieldMap:
        return {
            f"emails.{index}.address": (self.value_edit, self.error),
            f"emails.{index}.label": (self.label_edit, self.label_error),
        }


class PhoneRow(_ContactRow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("phone", "number", "030 123 4567", parent)
        self.remove_button.setText(self.tr("Verwijderen"))
        self.value_edit.setAccessibleName(self.tr("Telefoonnummer"))

    def set_draft(self, phone: PhoneDraft) -> None:
        self.row_id = phone.id
        self.value_edit.setText(phone.number)
        self.label_edit.setText(phone.label)

    def draft(self) -> PhoneDraft:
        return PhoneDraft(self.value_edit.text(), self.label_edit.text(), self.row_id)

    def fields(self, index: int) -> FieldMap:
        return {
            f"phones.{index}.number": (self.value_edit, self.error),
            f"phones.{index}.label": (self.label_edit, self.label_error),
        }


@dataclass(frozen=True)
class Contact:
    """What the tab holds, as draft parts, and where each draft item's fields are."""

    addresses: tuple[AddressDraft, ...]
    emails: tuple[EmailDraft, ...]
    phones: tuple[PhoneDraft, ...]


class ContactTab(QScrollArea):
    """Addresses, e-mail addresses and phone numbers; `edited` on every change."""

    edited = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_area")
        self.setWidgetResizable(True)
        self.language = language
        self.read_only = False
        self.address_rows: list[AddressRow] = []
        self.email_rows: list[EmailRow] = []
        self.phone_rows: list[PhoneRow] = []
        content = QWidget(self)
        content.setObjectName("contact_content")
        layout = QVBoxLayout(content)
        self.addresses_box, self.addresses_layout, self.add_address_button = self._section(
            content, "address", self.tr("Adressen"), self.tr("Adres &toevoegen")
        )
        self.emails_box, self.emails_layout, self.add_email_button = self._section(
            content, "email", self.tr("E-mailadressen"), self.tr("&E-mailadres toevoegen")
        )
        self.phones_box, self.phones_layout, self.add_phone_button = self._section(
            content, "phone", self.tr("Telefoonnummers"), self.tr("Tele&foonnummer toevoegen")
        )
        for box in (self.addresses_box, self.emails_box, self.phones_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(content)
        self.add_address_button.clicked.connect(lambda: self._focus(self.add_address()))
        self.add_email_button.clicked.connect(lambda: self._focus(self.add_email()))
        self.add_phone_button.clicked.connect(lambda: self._focus(self.add_phone()))

    def _section(
        self, parent: QWidget, name: str, title: str, add_text: str
    ) -> tuple[QGroupBox, QVBoxLayout, QPushButton]:
        box = QGroupBox(title, parent)
        box.setObjectName(f"{name}es_box" if name.endswith("s") else f"{name}s_box")
        outer = QVBoxLayout(box)
        rows = QVBoxLayout()
        outer.addLayout(rows)
        button = QPushButton(add_text, box)
        button.setObjectName(f"add_{name}_button")
        line = QHBoxLayout()
        line.addWidget(button)
        line.addStretch(1)
        outer.addLayout(line)
        return box, rows, button

    # --- rows --------------------------------------------------------------------------

    def _focus(self, row: _Row) -> None:
        self.ensureWidgetVisible(row)
        row.first_field().setFocus()

    def _adopt(self, row: _Row, layout: QVBoxLayout) -> None:
        row.edited.connect(self.edited)
        row.remove_requested.connect(self._remove)
        row.set_read_only(self.read_only)
        layout.addWidget(row)
        row.show()  # at once, not when the event loop gets round to it
        self.edited.emit()

    def add_address(self, address: AddressDraft | None = None) -> AddressRow:
        row = AddressRow(self.language, self)
        if address is not None:
            row.set_draft(address)
        row.setTitle(self.tr("Adres %1").replace("%1", str(len(self.address_rows) + 1)))
        self.address_rows.append(row)
        self._adopt(row, self.addresses_layout)
        return row

    def add_email(self, email: EmailDraft | None = None) -> EmailRow:
        row = EmailRow(self)
        if email is not None:
            row.set_draft(email)
        self.email_rows.append(row)
        self._adopt(row, self.emails_layout)
        return row

    def add_phone(self, phone: PhoneDraft | None = None) -> PhoneRow:
        row = PhoneRow(self)
        if phone is not None:
            row.set_draft(phone)
        self.phone_rows.append(row)
        self._adopt(row, self.phones_layout)
        return row

    def _remove(self, row: _Row) -> None:
        if isinstance(row, AddressRow) and row in self.address_rows:
            self.address_rows.remove(row)
        elif isinstance(row, EmailRow) and row in self.email_rows:
            self.email_rows.remove(row)
        elif isinstance(row, PhoneRow) and row in self.phone_rows:
            self.phone_rows.remove(row)
        row.hide()
        row.deleteLater()
        for number, address in enumerate(self.address_rows, start=1):
            address.setTitle(self.tr("Adres %1").replace("%1", str(number)))
        self.edited.emit()

    def _clear_rows(self) -> None:
        for row in [*self.address_rows, *self.email_rows, *self.phone_rows]:
            row.hide()
            row.deleteLater()
        self.address_rows, self.email_rows, self.phone_rows = [], [], []

    # --- data --------------------------------------------------------------------------

    def load(
        self,
        addresses: tuple[AddressDraft, ...],
        emails: tuple[EmailDraft, ...],
        phones: tuple[PhoneDraft, ...],
    ) -> None:
        self._clear_rows()
        for address in addresses:
            self.add_address(address)
        for email in emails:
            self.add_email(email)
        for phone in phones:
            self.add_phone(phone)

    def collect(self) -> tuple[Contact, FieldMap]:
        """The rows that hold something, as drafts, and the fields of each by its draft key."""
        fields: FieldMap = {}
        addresses = [row for row in self.address_rows if not row.is_blank()]
        emails = [row for row in self.email_rows if not row.is_blank()]
        phones = [row for row in self.phone_rows if not row.is_blank()]
        rows: list[list[_Row]] = [list(addresses), list(emails), list(phones)]
        for kept in rows:
            for index, row in enumerate(kept):
                fields.update(row.fields(index))
        contact = Contact(
            addresses=tuple(row.draft() for row in addresses),
            emails=tuple(row.draft() for row in emails),
            phones=tuple(row.draft() for row in phones),
        )
        return contact, fields

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for row in [*self.address_rows, *self.email_rows, *self.phone_rows]:
            row.set_read_only(read_only)
        for button in (self.add_address_button, self.add_email_button, self.add_phone_button):
            button.setVisible(not read_only)
