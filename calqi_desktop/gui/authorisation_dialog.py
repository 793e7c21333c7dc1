"""The dialog that records or changes one authorisation (machtiging) of a client.

The kind decides which fields apply: a VIA is one tax year of income tax
with the activation code from the client's letter; SBA and SBT (service
messages) cover no documents and no years; a continuing authorisation names
one tax type and its first year; one signed by the client names its
recipient, documents and years. Fields that do not apply are disabled and
show what the kind implies (a VIA covers the IB return) or nothing.

The activation code is special data: only a role that may see special data
gets the field, and it is typed hidden (a toggle shows it). When changing an
authorisation the field starts empty, which leaves the stored code as it is.

Once an authorisation is activated or a disclosure rests on it, what it
covers (kind, recipient, tax type, documents, years) is shown but cannot be
changed; its dates, note and signed form can.

OK checks the whole form with the domain's own rules and marks every bad
field at once; then the service records it and may still refuse a field
(marked the same way) or the whole (said under the form). The signed form
itself can be added to the dossier from here and linked in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLineEdit, QWidget

from calqi_desktop.domain.authorisations import (
    BELASTINGDIENST_KINDS,
    F_ACTIVATED_ON,
    F_ACTIVATION_CODE,
    F_DOCUMENT_TYPES,
    F_KIND,
    F_NOTE,
    F_RECIPIENT_KIND,
    F_RECIPIENT_NAME,
    F_REQUESTED_ON,
    F_TAX_TYPE,
    F_VALID_FROM,
    F_VALID_UNTIL,
    F_YEAR_FROM,
    F_YEAR_TO,
    Authorisation,
    AuthorisationDraft,
    AuthorisationKind,
    DocumentType,
    RecipientKind,
    TaxType,
    collect_problems,
)
from calqi_desktop.domain.clients import DocumentKind
from calqi_desktop.domain.errors import AuthorisationScopeLockedError, CalqiError, FieldValidationError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.validation import Field, FieldErrors, parse_date_nl
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_authorisation_dialog import Ui_AuthorisationDialog

#: The recipients an authorisation can name; another third party needs consent instead (R5).
AUTHORISATION_RECIPIENTS = (RecipientKind.BELASTINGDIENST, RecipientKind.BANK, RecipientKind.AUTHORITY)
F_DOCUMENT = Field("document_id", "het getekende stuk", "the signed document")


def date_text(value: date | None) -> str:
    return format_date_nl(value) if value is not None else ""


def year_text(value: int | None) -> str:
    return str(value) if value is not None else ""


def show_secret_toggle(edit: QLineEdit, shown: bool) -> None:
    """The show/hide toggle of a typed secret."""
    edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)


@dataclass(frozen=True)
class _Applies:
    """Which fields a kind uses."""

    recipient: bool
    tax_type: bool
    documents: bool
    year_from: bool
    year_to: bool
    activation: bool


_APPLIES = {
    AuthorisationKind.VIA: _Applies(False, False, False, True, False, True),
    AuthorisationKind.SBA: _Applies(False, False, False, False, False, False),
    AuthorisationKind.SBT: _Applies(False, False, False, False, False, False),
    AuthorisationKind.CONTINUING: _Applies(False, True, False, True, True, False),
    AuthorisationKind.CLIENT_SIGNED: _Applies(True, True, True, True, True, False),
}


class AuthorisationDialog(QDialog):
    """Record (no `authorisation`) or change one; `authorisation` holds the result after Accepted.

    `document_added` is emitted when a signed form was added to the dossier from here.
    """

    document_added = Signal()

    def __init__(
        self,
        session: AppSession,
        client_id: int,
        authorisation: Authorisation | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AuthorisationDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.client_id = client_id
        self.today = today or date.today()
        self.original = authorisation
        self.scope_locked = authorisation is not None and authorisation.scope_locked
        self.authorisation: Authorisation | None = None
        self.may_enter_code = session.may(Permission.VIEW_SPECIAL_DATA)
        self._kind_shown: AuthorisationKind | None = None
        ui = self.ui
        self.setWindowTitle(
            self.tr("Machtiging wijzigen") if authorisation else self.tr("Machtiging vastleggen")
        )
        for kind in AuthorisationKind:
            ui.kind_combo.addItem(kind.label(self.language), kind.value)
        for recipient in AUTHORISATION_RECIPIENTS:
            ui.recipient_kind_combo.addItem(recipient.label(self.language), recipient.value)
        ui.recipient_kind_combo.setToolTip(
            self.tr(
                "Een machtiging geldt voor de Belastingdienst, een bank of een andere overheidsinstantie. "
                "Voor een andere derde legt u toestemming vast onder Toestemmingen."
            )
        )
        ui.tax_type_combo.addItem("—", None)
        for tax_type in TaxType:
            ui.tax_type_combo.addItem(tax_type.label(self.language), tax_type.value)
        years = QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self)
        ui.year_from_edit.setValidator(years)
        ui.year_to_edit.setValidator(years)
        ui.show_code_check.toggled.connect(lambda shown: show_secret_toggle(ui.activation_code_edit, shown))
        ui.form_layout.setRowVisible(ui.activation_code_layout, self.may_enter_code)
        self.marks = FieldMarks(self.language)
        self.marks.set_fields(
            {
                F_KIND.name: (ui.kind_combo, ui.kind_error_label),
                F_RECIPIENT_KIND.name: (ui.recipient_kind_combo, ui.recipient_kind_error_label),
                F_RECIPIENT_NAME.name: (ui.recipient_name_edit, ui.recipient_name_error_label),
                F_TAX_TYPE.name: (ui.tax_type_combo, ui.tax_type_error_label),
                F_DOCUMENT_TYPES.name: (ui.tax_return_check, ui.document_types_error_label),
                F_YEAR_FROM.name: (ui.year_from_edit, ui.year_from_error_label),
                F_YEAR_TO.name: (ui.year_to_edit, ui.year_to_error_label),
                F_REQUESTED_ON.name: (ui.requested_on_edit, ui.requested_on_error_label),
                F_VALID_FROM.name: (ui.valid_from_edit, ui.valid_from_error_label),
                F_VALID_UNTIL.name: (ui.valid_until_edit, ui.valid_until_error_label),
                F_ACTIVATION_CODE.name: (ui.activation_code_edit, ui.activation_code_error_label),
                F_ACTIVATED_ON.name: (ui.activated_on_edit, ui.activated_on_error_label),
                F_DOCUMENT.name: (ui.document_combo, ui.document_error_label),
                F_NOTE.name: (ui.note_edit, ui.note_error_label),
            }
        )
        prepare_error_label(ui.error_label)
        self._load_documents(authorisation.document_id if authorisation else None)
        self._fill(authorisation)
        ui.kind_combo.currentIndexChanged.connect(lambda _index: self._apply_kind())
        ui.recipient_kind_combo.currentIndexChanged.connect(lambda _index: self._apply_kind())
        ui.tax_return_check.toggled.connect(lambda _on: self._apply_kind())
        ui.add_document_button.clicked.connect(self.add_document)
        ui.add_document_button.setEnabled(session.may(Permission.EDIT_DOSSIERS))
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Opslaan") if authorisation else self.tr("Vastleggen"))
        ok.setObjectName("ok_button")
        cancel = ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        self._apply_kind()
        if self.scope_locked:
            self._lock_scope()
        else:
            ui.kind_combo.setFocus()

    # --- filling -----------------------------------------------------------------------------

    def _fill(self, authorisation: Authorisation | None) -> None:
        ui = self.ui
        if authorisation is None:
            ui.requested_on_edit.setText(format_date_nl(self.today))
            return
        terms = authorisation.terms
        ui.kind_combo.setCurrentIndex(ui.kind_combo.findData(terms.kind.value))
        ui.recipient_kind_combo.setCurrentIndex(ui.recipient_kind_combo.findData(terms.recipient_kind.value))
        ui.recipient_name_edit.setText(terms.recipient_name)
        ui.tax_type_combo.setCurrentIndex(
            ui.tax_type_combo.findData(terms.tax_type.value) if terms.tax_type else 0
        )
        ui.tax_return_check.setChecked(DocumentType.TAX_RETURN in terms.document_types)
        ui.annual_account_check.setChecked(DocumentType.ANNUAL_ACCOUNT in terms.document_types)
        ui.financial_report_check.setChecked(DocumentType.FINANCIAL_REPORT in terms.document_types)
        ui.year_from_edit.setText(year_text(terms.year_from))
        ui.year_to_edit.setText(year_text(terms.year_to))
        ui.requested_on_edit.setText(date_text(authorisation.requested_on))
        ui.valid_from_edit.setText(date_text(terms.valid_from))
        ui.valid_until_edit.setText(date_text(terms.valid_until))
        ui.activated_on_edit.setText(date_text(terms.activated_on))
        ui.note_edit.setText(authorisation.note)
        if authorisation.has_activation_code:
            ui.activation_code_edit.setPlaceholderText(self.tr("vastgelegd; leeg laten = ongewijzigd"))

    def _load_documents(self, selected: int | None) -> None:
        """The dossier's documents that can hold a signed form ('geen' first)."""
        from calqi_desktop.services import documents

        combo = self.ui.document_combo
        combo.clear()
        combo.addItem(self.tr("geen"), None)
        try:
            listed = documents.list_documents(self.session.workspace, self.client_id)
        except CalqiError as error:
            self.show_error(error)
            listed = []
        for info in listed:
            if info.kind.special_category is None or info.id == selected:
                combo.addItem(f"{info.file_name} ({info.kind.label(self.language)})", info.id)
        if selected is not None and combo.findData(selected) < 0 and self.original is not None:
            combo.addItem(self.original.document_name, selected)
        combo.setCurrentIndex(max(0, combo.findData(selected)) if selected is not None else 0)

    # --- which fields apply --------------------------------------------------------------------

    @property
    def kind(self) -> AuthorisationKind:
        return AuthorisationKind(self.ui.kind_combo.currentData())

    @property
    def recipient_kind(self) -> RecipientKind:
        return RecipientKind(self.ui.recipient_kind_combo.currentData())

    def _apply_kind(self) -> None:
        ui = self.ui
        kind = self.kind
        applies = _APPLIES[kind]
        ui.recipient_kind_combo.blockSignals(True)  # this method is its own slot
        if kind in BELASTINGDIENST_KINDS:
            ui.recipient_kind_combo.setCurrentIndex(
                ui.recipient_kind_combo.findData(RecipientKind.BELASTINGDIENST.value)
            )
        ui.recipient_kind_combo.setEnabled(applies.recipient)
        ui.recipient_kind_combo.blockSignals(False)
        named = applies.recipient and self.recipient_kind.needs_name
        _enable(ui.recipient_name_edit, named)
        checks = (ui.tax_return_check, ui.annual_account_check, ui.financial_report_check)
        fresh = applies.documents and self._kind_shown is not None and self._kind_shown is not kind
        self._kind_shown = kind
        for check in checks:
            check.blockSignals(True)
            check.setEnabled(applies.documents)
            if fresh:  # what the previous kind implied is not chosen here
                check.setChecked(False)
            elif not applies.documents:  # VIA and continuing cover the tax return by their kind
                check.setChecked(
                    check is ui.tax_return_check
                    and kind in (AuthorisationKind.VIA, AuthorisationKind.CONTINUING)
                )
            check.blockSignals(False)
        tax_type_applies = applies.tax_type and (
            kind is not AuthorisationKind.CLIENT_SIGNED or ui.tax_return_check.isChecked()
        )
        ui.tax_type_combo.setEnabled(tax_type_applies)
        if kind is AuthorisationKind.VIA:  # always income tax
            ui.tax_type_combo.setCurrentIndex(ui.tax_type_combo.findData(TaxType.IB.value))
        elif not tax_type_applies:
            ui.tax_type_combo.setCurrentIndex(0)
        _enable(ui.year_from_edit, applies.year_from)
        _enable(ui.year_to_edit, applies.year_to)
        ui.years_caption.setText(
            self.tr("Belastingja&ar") if kind is AuthorisationKind.VIA else self.tr("Belastingja&ren")
        )
        ui.years_hint_label.setText(self.tr("leeg: tot intrekking") if applies.year_to else "")
        code = applies.activation and self.may_enter_code
        _enable(ui.activation_code_edit, code)
        ui.show_code_check.setEnabled(code)
        _enable(ui.activated_on_edit, applies.activation)
        ui.kind_hint_label.setText(self._hint(kind))

    def _lock_scope(self) -> None:
        """Show what it covers, but read-only: it is activated, or a disclosure rests on it."""
        ui = self.ui
        for widget in (
            ui.kind_combo,
            ui.recipient_kind_combo,
            ui.recipient_name_edit,
            ui.tax_type_combo,
            ui.tax_return_check,
            ui.annual_account_check,
            ui.financial_report_check,
            ui.year_from_edit,
            ui.year_to_edit,
        ):
            widget.setEnabled(False)  # not `_enable`: the values stay in view
        locked = AuthorisationScopeLockedError().message(self.language)
        ui.kind_hint_label.setText(f"{self._hint(self.kind)}\n{locked}")
        ui.requested_on_edit.setFocus()

    def _hint(self, kind: AuthorisationKind) -> str:
        return {
            AuthorisationKind.VIA: self.tr(
                "VIA: voor één belastingjaar van de inkomstenbelasting. De klant krijgt van de "
                "Belastingdienst een brief met een activeringscode; pas na activering is de machtiging geldig."
            ),
            AuthorisationKind.SBA: self.tr(
                "SBA: de firma ontvangt de serviceberichten over aanslagen; dit dekt geen verstrekking."
            ),
            AuthorisationKind.SBT: self.tr(
                "SBT: de firma ontvangt de serviceberichten over toeslagen; dit dekt geen verstrekking."
            ),
            AuthorisationKind.CONTINUING: self.tr(
                "Doorlopend: de aangiften van één belastingmiddel, vanaf het eerste jaar tot de machtiging "
                "wordt ingetrokken of afloopt."
            ),
            AuthorisationKind.CLIENT_SIGNED: self.tr(
                "Door de klant getekend: voor de genoemde ontvanger, stukken en jaren. Koppel het getekende "
                "formulier als document."
            ),
        }[kind]

    # --- the signed document ---------------------------------------------------------------------

    def add_document(self) -> None:
        """Add a signed form to the dossier (stored at once) and link it here."""
        from calqi_desktop.export import document_check
        from calqi_desktop.services import documents, settings

        file_name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Getekende machtiging toevoegen"),
            "",
            self.tr("Documenten (*.pdf *.png *.jpg *.jpeg);;Alle bestanden (*)"),
        )
        if not file_name:
            return
        path = Path(file_name)
        try:
            workspace = self.session.workspace
            data = document_check.read_file(path, settings.work_settings(workspace).document_max_bytes)
            info = documents.add_document(
                workspace,
                self.client_id,
                DocumentKind.SIGNED_FORM,
                path.name,
                data,
                self.tr("Getekende machtiging"),
            )
        except CalqiError as error:
            self.show_error(error)
            return
        self.ui.error_label.hide()
        self._load_documents(info.id)
        self.document_added.emit()

    # --- accepting ---------------------------------------------------------------------------------

    def draft(self) -> tuple[AuthorisationDraft, FieldErrors]:
        """The form as a draft, and the problems of reading it (a date that is no date is left out)."""
        ui = self.ui
        problems = FieldErrors()

        def day(edit: QLineEdit, field: Field) -> date | None:
            if not edit.isEnabled():
                return None
            return problems.check(lambda: parse_date_nl(edit.text(), field, required=False), None)

        def year(edit: QLineEdit) -> int | None:
            text = edit.text().strip()
            return int(text) if edit.isEnabled() and text.isdigit() else None

        documents = frozenset(
            document
            for document, check in (
                (DocumentType.TAX_RETURN, ui.tax_return_check),
                (DocumentType.ANNUAL_ACCOUNT, ui.annual_account_check),
                (DocumentType.FINANCIAL_REPORT, ui.financial_report_check),
            )
            if check.isEnabled() and check.isChecked()
        )
        tax_value = ui.tax_type_combo.currentData() if ui.tax_type_combo.isEnabled() else None
        code = ui.activation_code_edit.text().strip() if ui.activation_code_edit.isEnabled() else ""
        draft = AuthorisationDraft(
            kind=self.kind,
            recipient_kind=self.recipient_kind,
            recipient_name=ui.recipient_name_edit.text() if ui.recipient_name_edit.isEnabled() else "",
            tax_type=TaxType(tax_value) if tax_value else None,
            document_types=documents,
            year_from=year(ui.year_from_edit),
            year_to=year(ui.year_to_edit),
            requested_on=day(ui.requested_on_edit, F_REQUESTED_ON),
            valid_from=day(ui.valid_from_edit, F_VALID_FROM),
            valid_until=day(ui.valid_until_edit, F_VALID_UNTIL),
            activation_code=code or None,  # empty: none yet, or (changing) the stored one unchanged
            activated_on=day(ui.activated_on_edit, F_ACTIVATED_ON),
            document_id=ui.document_combo.currentData(),
            note=ui.note_edit.text(),
        )
        if self.scope_locked and self.original is not None:  # what it covers stays as stored
            terms = self.original.terms
            draft = replace(
                draft,
                kind=terms.kind,
                recipient_kind=terms.recipient_kind,
                recipient_name=terms.recipient_name,
                tax_type=terms.tax_type,
                document_types=terms.document_types,
                year_from=terms.year_from,
                year_to=terms.year_to,
            )
        return draft, problems

    def try_accept(self) -> None:
        from calqi_desktop.services import authorisations

        self.marks.clear()
        self.ui.error_label.hide()
        draft, problems = self.draft()
        for problem in collect_problems(draft, today=self.today).errors:
            if not problems.errors_for(problem.field):
                problems.add(problem)
        if problems:
            self.show_problems(problems.errors)
            return
        try:
            workspace = self.session.workspace
            if self.original is None:
                result = authorisations.add_authorisation(workspace, self.client_id, draft, today=self.today)
            else:
                result = authorisations.change_authorisation(
                    workspace, self.original.id, draft, today=self.today
                )
        except FieldValidationError as error:
            self.show_problems([error])
            return
        except CalqiError as error:
            self.show_error(error)
            return
        self.authorisation = result
        self.accept()

    def show_problems(self, problems: list[FieldValidationError]) -> None:
        """Mark each problem at its field (one with no field here goes under the form); cursor to the first."""
        first: QWidget | None = None
        for problem in problems:
            widget = self.marks.show(problem)
            if widget is None:
                self.show_error(problem)
            elif first is None:
                first = widget
        if first is not None:
            first.setFocus()

    def show_error(self, error: CalqiError) -> None:
        self.ui.error_label.setText(error.message(self.language))
        self.ui.error_label.show()

    def field_error(self, key: str) -> str:
        """The message shown at field `key` ('' when none); for tests."""
        return self.marks.message(key)


def _enable(edit: QLineEdit, on: bool) -> None:
    """Enable a field, or disable and empty it."""
    edit.setEnabled(on)
    if not on:
        edit.clear()
