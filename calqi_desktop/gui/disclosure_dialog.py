"""The dialog that logs one disclosure (verstrekking): what leaves the firm, to whom, when and how.

While the user fills it in, a line under the form says what the rules make
of it (`services.disclosures.check_disclosure`, which records nothing):
allowed, and on what it rests, or refused, and why — a missing authorisation
or consent, a client under restriction. An input problem (a day in the
future, a recipient without a name) is said there too and its field marked.

"Vastleggen" always asks the service, even when the line says refused: the
service then writes the refusal to the audit trail and the dialog shows its
reason and stays open, so the user can record an authorisation or consent,
or choose "Door de klant zelf verstuurd", and try again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from calqi_desktop.domain.authorisations import (
    FIRST_TAX_YEAR,
    Authorisation,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.disclosures import (
    F_CHANNEL,
    F_DISCLOSED_ON,
    F_DOCUMENT_TYPE,
    F_NOTE,
    F_RECIPIENT_KIND,
    F_RECIPIENT_NAME,
    F_TAX_TYPE,
    F_YEAR,
    Disclosure,
    DisclosureChannel,
    DisclosureDraft,
    Verdict,
)
from calqi_desktop.domain.errors import CalqiError, DisclosureRefusedError, FieldValidationError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.validation import parse_date_nl
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_disclosure_dialog import Ui_DisclosureDialog

_ALLOWED_STYLE = "QLabel { color: #1e6b34; }"
_REFUSED_STYLE = "QLabel { color: #B3261E; }"


class DisclosureDialog(QDialog):
    """Log a disclosure; `disclosure` holds the recorded one after Accepted."""

    def __init__(
        self, session: AppSession, client_id: int, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_DisclosureDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.client_id = client_id
        self.today = today or date.today()
        self.disclosure: Disclosure | None = None
        self.verdict: Verdict | None = None
        self._authorisations = self._load_authorisations()
        ui = self.ui
        for document in DocumentType:
            ui.document_type_combo.addItem(document.label(self.language), document.value)
        ui.tax_type_combo.addItem("—", None)
        for tax_type in TaxType:
            ui.tax_type_combo.addItem(tax_type.label(self.language), tax_type.value)
        ui.tax_type_combo.setCurrentIndex(ui.tax_type_combo.findData(TaxType.IB.value))
        ui.year_spin.setRange(FIRST_TAX_YEAR, self.today.year + 1)
        ui.year_spin.setValue(self.today.year - 1)
        ui.year_spin.setGroupSeparatorShown(False)
        for recipient in RecipientKind:
            ui.recipient_kind_combo.addItem(recipient.label(self.language), recipient.value)
        for channel in DisclosureChannel:
            ui.channel_combo.addItem(channel.label(self.language), channel.value)
        ui.disclosed_on_edit.setText(format_date_nl(self.today))
        ui.sale_check.setToolTip(
            self.tr(
                "Alleen met uitdrukkelijke toestemming van de klant voor verkoop; Calqi verkoopt anders nooit."
            )
        )
        self.marks = FieldMarks(self.language)
        self.marks.set_fields(
            {
                F_DOCUMENT_TYPE.name: (ui.document_type_combo, None),
                F_TAX_TYPE.name: (ui.tax_type_combo, None),
                F_YEAR.name: (ui.year_spin, None),
                F_RECIPIENT_KIND.name: (ui.recipient_kind_combo, None),
                F_RECIPIENT_NAME.name: (ui.recipient_name_edit, None),
                F_DISCLOSED_ON.name: (ui.disclosed_on_edit, None),
                F_CHANNEL.name: (ui.channel_combo, None),
                F_NOTE.name: (ui.note_edit, None),
            }
        )
        prepare_error_label(ui.error_label)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Vastleggen"))
        ok.setObjectName("record_button")
        cancel = ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        for combo in (ui.document_type_combo, ui.recipient_kind_combo, ui.tax_type_combo, ui.channel_combo):
            combo.currentIndexChanged.connect(lambda _index: self._changed())
        ui.year_spin.valueChanged.connect(lambda _value: self._changed())
        ui.recipient_name_edit.textChanged.connect(lambda _text: self._changed())
        ui.disclosed_on_edit.textChanged.connect(lambda _text: self._changed())
        ui.sale_check.toggled.connect(lambda _on: self._changed())
        self._changed()
        ui.document_type_combo.setFocus()

    def _load_authorisations(self) -> dict[int, Authorisation]:
        """The client's authorisations by id, to say what an allowed disclosure rests on."""
        from calqi_desktop.services import authorisations

        try:
            found = authorisations.client_authorisations(self.session.workspace, self.client_id)
        except CalqiError:
            return {}
        return {authorisation.id: authorisation for authorisation in found}

    # --- the fields --------------------------------------------------------------------------------

    @property
    def document_type(self) -> DocumentType:
        return DocumentType(self.ui.document_type_combo.currentData())

    @property
    def recipient_kind(self) -> RecipientKind:
        return RecipientKind(self.ui.recipient_kind_combo.currentData())

    @property
    def channel(self) -> DisclosureChannel:
        return DisclosureChannel(self.ui.channel_combo.currentData())

    def _apply_fields(self) -> None:
        """A tax type only for a tax return; a name for every recipient but the Belastingdienst;
        'verkoop' only for another third party."""
        ui = self.ui
        tax_return = self.document_type is DocumentType.TAX_RETURN
        ui.tax_type_combo.blockSignals(True)
        if not tax_return:
            ui.tax_type_combo.setCurrentIndex(0)
        elif ui.tax_type_combo.currentData() is None:
            ui.tax_type_combo.setCurrentIndex(ui.tax_type_combo.findData(TaxType.IB.value))
        ui.tax_type_combo.blockSignals(False)
        ui.tax_type_combo.setEnabled(tax_return)
        named = self.recipient_kind.needs_name
        ui.recipient_name_edit.setEnabled(named)
        if not named:
            ui.recipient_name_edit.blockSignals(True)
            ui.recipient_name_edit.clear()
            ui.recipient_name_edit.blockSignals(False)
        third_party = self.recipient_kind is RecipientKind.THIRD_PARTY
        ui.sale_check.setEnabled(third_party)
        if not third_party:
            ui.sale_check.blockSignals(True)
            ui.sale_check.setChecked(False)
            ui.sale_check.blockSignals(False)

    def draft(self) -> DisclosureDraft:
        """The form as a draft; raises a `FieldValidationError` for a day that is no date."""
        ui = self.ui
        disclosed_on = parse_date_nl(ui.disclosed_on_edit.text(), F_DISCLOSED_ON)
        assert disclosed_on is not None  # required
        tax_value = ui.tax_type_combo.currentData() if ui.tax_type_combo.isEnabled() else None
        return DisclosureDraft(
            document_type=self.document_type,
            year=ui.year_spin.value(),
            recipient_kind=self.recipient_kind,
            disclosed_on=disclosed_on,
            channel=self.channel,
            recipient_name=ui.recipient_name_edit.text() if ui.recipient_name_edit.isEnabled() else "",
            tax_type=TaxType(tax_value) if tax_value else None,
            sale=ui.sale_check.isEnabled() and ui.sale_check.isChecked(),
            note=ui.note_edit.text(),
        )

    # --- the live verdict ------------------------------------------------------------------------

    def _changed(self) -> None:
        from calqi_desktop.services import disclosures

        self._apply_fields()
        self.marks.clear()
        self.ui.error_label.hide()
        self.verdict = None
        try:
            draft = self.draft()
            self.verdict = disclosures.check_disclosure(
                self.session.workspace, self.client_id, draft, today=self.today
            )
        except FieldValidationError as error:
            self.marks.show(error)
            self._say(error.message(self.language), allowed=False)
            return
        except CalqiError as error:
            self._say(error.message(self.language), allowed=False)
            return
        if self.verdict.allowed:
            self._say(self.tr("Toegestaan: %1").replace("%1", self._basis(draft, self.verdict)), allowed=True)
        else:
            self._say(
                self.tr("Geweigerd: %1").replace(
                    "%1", DisclosureRefusedError(self.verdict.refusal).message(self.language)
                ),
                allowed=False,
            )

    def _basis(self, draft: DisclosureDraft, verdict: Verdict) -> str:
        if draft.channel is DisclosureChannel.SENT_BY_CLIENT:
            return self.tr("de klant verstuurt het stuk zelf; dat wordt zo vastgelegd.")
        if verdict.authorisation_id is not None:
            found = self._authorisations.get(verdict.authorisation_id)
            described = (
                found.terms.describe(self.language) if found else self.tr("een machtiging van de klant")
            )
            return self.tr("op grond van %1.").replace("%1", described)
        if verdict.consent_id is not None:
            if draft.sale:
                return self.tr("op grond van de uitdrukkelijke toestemming van de klant voor verkoop.")
            return self.tr("op grond van de toestemming van de klant voor deze ontvanger.")
        return self.tr("de regels staan deze verstrekking toe.")

    def _say(self, text: str, *, allowed: bool) -> None:
        label: QLabel = self.ui.verdict_label
        label.setText(text)
        label.setStyleSheet(_ALLOWED_STYLE if allowed else _REFUSED_STYLE)
        label.setProperty("allowed", allowed)

    def verdict_text(self) -> str:
        return self.ui.verdict_label.text()

    # --- recording -------------------------------------------------------------------------------

    def try_accept(self) -> None:
        from calqi_desktop.services import disclosures

        self.ui.error_label.hide()
        try:
            draft = self.draft()
            result = disclosures.record_disclosure(
                self.session.workspace, self.client_id, draft, today=self.today
            )
        except FieldValidationError as error:
            self.marks.clear()
            widget = self.marks.show(error)
            self._show_error(error)
            if widget is not None:
                widget.setFocus()
            return
        except CalqiError as error:  # a refusal: already in the audit trail
            self._show_error(error)
            self.ui.verdict_label.clear()  # the same reason, said once, under the form
            return
        self.disclosure = result
        self.accept()

    def _show_error(self, error: CalqiError) -> None:
        self.ui.error_label.setText(error.message(self.language))
        self.ui.error_label.show()
