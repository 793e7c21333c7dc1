"""The 'Gegevens' tab of the dossier editor: kind, number, names, organisation details, status.

The widgets come from the editor's Designer form (`ui/dossier_editor.ui`);
this class fills them from a `ClientDraft`, reads them back as typed, shows
the person or the organisation fields as the kind says, and enables the end
date only for an ended client. A field that does not belong to the chosen
kind is left out of the draft, so switching the kind never stores a hidden
value by accident.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from calqi_desktop.domain.clients import ClientDraft, ClientKind, ClientStatus, Gender
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.gui.dossier_rows import Contact
from calqi_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor

#: Fields only a person has, and only an organisation has; the rest are shared.
PERSON_FIELDS = ("initials", "first_names", "tussenvoegsel", "last_name", "gender")
ORGANISATION_FIELDS = ("organisation_name", "rsin")
TEXT_FIELDS = (
    "client_number",
    "initials",
    "first_names",
    "tussenvoegsel",
    "last_name",
    "organisation_name",
    "function",
    "kvk_number",
    "rsin",
    "btw_id",
    "ended_on",
)


def select_data(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class DetailsForm(QObject):
    """Emits `edited` on every change by the user and `kind_changed` when person/organisation flips."""

    edited = Signal()
    kind_changed = Signal()

    def __init__(self, ui: Ui_DossierEditor, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.language = language
        self.edits: dict[str, QLineEdit] = {name: getattr(ui, f"{name}_edit") for name in TEXT_FIELDS}
        self.fields: dict[str, tuple[QWidget, QLabel | None]] = {
            name: (edit, getattr(ui, f"{name}_error_label")) for name, edit in self.edits.items()
        }
        for kind in ClientKind:
            ui.kind_combo.addItem(kind.label(language), kind.value)
        for gender in Gender:
            ui.gender_combo.addItem(gender.label(language), gender.value)
        ui.ended_on_edit.setPlaceholderText(self.tr("dd-mm-jjjj"))
        ui.kvk_number_edit.setPlaceholderText(self.tr("8 cijfers"))
        ui.btw_id_edit.setPlaceholderText(self.tr("NL123456789B01"))
        ui.initials_edit.setPlaceholderText(self.tr("bijv. J.A."))
        ui.tussenvoegsel_edit.setPlaceholderText(self.tr("bijv. van der"))
        self._placeholders = {name: edit.placeholderText() for name, edit in self.edits.items()}
        for edit in self.edits.values():
            edit.textEdited.connect(lambda _text: self.edited.emit())
        for combo in (ui.kind_combo, ui.gender_combo, ui.status_combo):
            combo.activated.connect(lambda _index: self.edited.emit())
        ui.kind_combo.currentIndexChanged.connect(self._apply_kind)
        ui.status_combo.currentIndexChanged.connect(self._apply_status)

    def fill(self, draft: ClientDraft, proposed_number: str = "") -> None:
        """Show `draft`; `proposed_number` is the number an empty field will get (new dossiers)."""
        ui = self.ui
        ui.status_combo.clear()
        statuses = [ClientStatus.ACTIVE, ClientStatus.ENDED]
        if draft.status == ClientStatus.ANONYMISED:
            statuses.append(ClientStatus.ANONYMISED)  # set by erasure only, never chosen here
        for status in statuses:
            ui.status_combo.addItem(status.label(self.language), status.value)
        select_data(ui.kind_combo, draft.kind.value)
        select_data(ui.gender_combo, draft.gender.value)
        select_data(ui.status_combo, draft.status.value)
        for name, edit in self.edits.items():
            if name == "ended_on":
                edit.setText(format_date_nl(draft.ended_on) if draft.ended_on else "")
            else:
                edit.setText(str(getattr(draft, name)))
        ui.client_number_edit.setPlaceholderText(
            self.tr("leeg laten voor het volgende nummer: %1").replace("%1", proposed_number)
            if proposed_number
            else ""
        )
        self._apply_status()
        self._apply_kind()

    def kind(self) -> ClientKind:
        return ClientKind(self.ui.kind_combo.currentData() or ClientKind.PERSON.value)

    def ended_text(self) -> str:
        """The end date as typed ('' unless the status is Beëindigd)."""
        ended = self.ui.status_combo.currentData() == ClientStatus.ENDED.value
        return self.ui.ended_on_edit.text().strip() if ended else ""

    def raw_draft(self, contact: Contact) -> ClientDraft:
        """The draft as typed, without the end date (parsed when saving: see `ended_text`)."""
        person = self.kind() == ClientKind.PERSON

        def text(name: str, shown: bool = True) -> str:
            return self.edits[name].text() if shown else ""

        return ClientDraft(
            kind=self.kind(),
            client_number=text("client_number"),
            initials=text("initials", person),
            first_names=text("first_names", person),
            tussenvoegsel=text("tussenvoegsel", person),
            last_name=text("last_name", person),
            gender=Gender(self.ui.gender_combo.currentData()) if person else Gender.UNKNOWN,
            function=text("function"),
            organisation_name=text("organisation_name", not person),
            kvk_number=text("kvk_number"),
            rsin=text("rsin", not person),
            btw_id=text("btw_id"),
            status=ClientStatus(self.ui.status_combo.currentData() or ClientStatus.ACTIVE.value),
            ended_on=None,
            addresses=contact.addresses,
            emails=contact.emails,
            phones=contact.phones,
        )

    def set_read_only(self, read_only: bool) -> None:
        for name, edit in self.edits.items():
            edit.setReadOnly(read_only)
            if name != "client_number":  # hints for typing would read as data in a read-only form
                edit.setPlaceholderText("" if read_only else self._placeholders[name])
        for combo in (self.ui.kind_combo, self.ui.gender_combo, self.ui.status_combo):
            combo.setEnabled(not read_only)

    def _apply_kind(self) -> None:
        person = self.kind() == ClientKind.PERSON
        form = self.ui.details_form
        for name in PERSON_FIELDS:
            form.setRowVisible(getattr(self.ui, f"{name}_caption"), person)
        for name in ORGANISATION_FIELDS:
            form.setRowVisible(getattr(self.ui, f"{name}_caption"), not person)
        for _edit, label in self.fields.values():  # showing a row shows its message label too
            if label is not None:
                label.setVisible(bool(label.text()))
        self.kind_changed.emit()

    def _apply_status(self) -> None:
        self.ui.ended_on_edit.setEnabled(self.ui.status_combo.currentData() == ClientStatus.ENDED.value)
