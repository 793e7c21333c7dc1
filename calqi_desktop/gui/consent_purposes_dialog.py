"""The purposes consent can be asked for: the list for everyone, adding and editing for the beheerder.

The purposes the privacy statement names are built in: they are shown but
cannot be changed (the edit button says why). The beheerder (MANAGE_SETTINGS)
adds purposes and changes added ones in a small form below the list; an
added purpose is never deleted, only made inactive, so past consents keep
their purpose. Other roles see the list read-only. The service checks the
permission again and audits every save.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from calqi_desktop.domain.consent import ConsentPurpose, PurposeDraft
from calqi_desktop.domain.errors import CalqiError, ConsentPurposeNameTakenError, FieldValidationError
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_consent_purposes_dialog import Ui_ConsentPurposesDialog
from calqi_desktop.gui.statement_models import ConsentPurposeModel, PurposeColumn
from calqi_desktop.gui.statement_version_dialog import FieldMessage, mark_all
from calqi_desktop.services import consent

FIELDS = ("label_nl", "label_en", "description")


class ConsentPurposesDialog(QDialog):
    """Emits `purposes_changed` after a purpose was added or changed; `saved` is the last one saved."""

    purposes_changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentPurposesDialog()
        self.ui.setupUi(self)
        self.session = session
        self.setStyleSheet(INVALID_STYLE)
        self.may_edit = session.may(Permission.MANAGE_SETTINGS)
        self.saved: ConsentPurpose | None = None
        self._editing: ConsentPurpose | None = None  # the added purpose in the form; None: a new one
        self.model = ConsentPurposeModel(session.language, self)
        table = self.ui.purpose_table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PurposeColumn.LABEL, 280)
        header.resizeSection(PurposeColumn.LABEL_EN, 170)
        for column in PurposeColumn:
            if column not in (PurposeColumn.LABEL, PurposeColumn.LABEL_EN):
                table.resizeColumnToContents(column)  # yes/no columns: as wide as their heading
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(self._double_clicked)
        self.marks = FieldMarks(session.language)
        self.marks.set_fields(
            {
                "label_nl": (self.ui.label_nl_edit, self.ui.label_nl_error_label),
                "label_en": (self.ui.label_en_edit, self.ui.label_en_error_label),
                "description": (self.ui.description_edit, self.ui.description_error_label),
            }
        )
        prepare_error_label(self.ui.error_label)
        close = self.ui.button_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setObjectName("close_button")
        close.setAutoDefault(False)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.add_purpose_button.clicked.connect(self.start_add)
        self.ui.edit_purpose_button.clicked.connect(self.start_edit)
        self.ui.save_purpose_button.clicked.connect(self.save)
        self.ui.cancel_purpose_button.clicked.connect(self.close_form)
        self.ui.add_purpose_button.setVisible(self.may_edit)
        self.ui.edit_purpose_button.setVisible(self.may_edit)
        self.ui.read_only_label.setVisible(not self.may_edit)
        self.ui.purpose_form_group.hide()
        self.refresh()

    # --- the list -------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Load the purposes, inactive ones too, keeping the chosen one chosen; False when it failed."""
        selected = self.selected()
        try:
            purposes = consent.list_purposes(self.session.workspace, include_inactive=True)
        except CalqiError as error:
            self._show_error(error.message(self.session.language))
            return False
        self.model.set_rows(purposes)
        if selected is not None:
            self.select_purpose(selected.id)
        self._update_buttons()
        return True

    def selected(self) -> ConsentPurpose | None:
        rows = self.ui.purpose_table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_purpose(self, purpose_id: int) -> bool:
        row = self.model.row_of(purpose_id)
        if row is None:
            return False
        self.ui.purpose_table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        purpose = self.selected()
        button = self.ui.edit_purpose_button
        button.setEnabled(self.may_edit and purpose is not None and not purpose.built_in)
        if purpose is None:
            button.setToolTip(self.tr("Kies eerst een toegevoegd doel in de lijst."))
        elif purpose.built_in:
            button.setToolTip(
                self.tr(
                    "Dit doel staat in de privacyverklaring en kan daarom niet worden gewijzigd of "
                    "uitgezet. Voeg zo nodig een nieuw doel toe."
                )
            )
        else:
            button.setToolTip(self.tr("Naam, omschrijving en kenmerken van dit doel wijzigen"))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.ui.edit_purpose_button.isEnabled():
            self.start_edit()

    # --- the form -------------------------------------------------------------------------

    def start_add(self) -> None:
        if not self.may_edit:
            return
        self._open_form(None)

    def start_edit(self) -> None:
        purpose = self.selected()
        if not self.may_edit or purpose is None or purpose.built_in:
            return
        self._open_form(purpose)

    def _open_form(self, purpose: ConsentPurpose | None) -> None:
        self._editing = purpose
        ui = self.ui
        self.marks.clear()
        ui.error_label.hide()
        ui.purpose_form_group.setTitle(self.tr("Nieuw doel") if purpose is None else self.tr("Doel wijzigen"))
        ui.label_nl_edit.setText(purpose.label_nl if purpose else "")
        ui.label_en_edit.setText(purpose.label_en if purpose else "")
        ui.description_edit.setText(purpose.description if purpose else "")
        ui.needs_recipient_check.setChecked(purpose.needs_recipient if purpose else False)
        ui.explicit_check.setChecked(purpose.explicit if purpose else False)
        ui.ends_service_check.setChecked(purpose.ends_service if purpose else False)
        ui.active_check.setChecked(purpose.active if purpose else True)
        ui.purpose_form_group.show()
        ui.label_nl_edit.setFocus()
        ui.label_nl_edit.selectAll()

    def close_form(self) -> None:
        self.marks.clear()
        self._editing = None
        self.ui.purpose_form_group.hide()
        self.ui.purpose_table.setFocus()

    def is_editing(self) -> bool:
        return self.ui.purpose_form_group.isVisible()

    def draft(self) -> PurposeDraft:
        ui = self.ui
        return PurposeDraft(
            label_nl=ui.label_nl_edit.text().strip(),
            label_en=ui.label_en_edit.text().strip(),
            description=ui.description_edit.text().strip(),
            needs_recipient=ui.needs_recipient_check.isChecked(),
            explicit=ui.explicit_check.isChecked(),
            ends_service=ui.ends_service_check.isChecked(),
            active=ui.active_check.isChecked(),
        )

    def save(self) -> bool:
        """Store what the form holds; True when it was saved (the form then closes)."""
        if not self.may_edit or self.ui.purpose_form_group.isHidden():
            return False
        self.marks.clear()
        self.ui.error_label.hide()
        language = self.session.language
        draft = self.draft()
        purpose_id = self._editing.id if self._editing is not None else None
        try:
            saved = consent.save_purpose(self.session.workspace, draft, purpose_id)  # checks the fields
        except FieldValidationError as error:
            mark_all(self.marks, [error])
            if error.field not in FIELDS:
                self._show_error(error.message(language))
            return False
        except ConsentPurposeNameTakenError as error:
            mark_all(self.marks, [FieldMessage("label_nl", error.message(language))])
            return False
        except CalqiError as error:
            self._show_error(error.message(language))
            return False
        self.saved = saved
        self.close_form()
        self.refresh()
        self.select_purpose(saved.id)
        self.purposes_changed.emit()
        return True

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
