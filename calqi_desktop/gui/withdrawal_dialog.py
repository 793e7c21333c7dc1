"""Recording that a client withdrew a consent, and deciding what happens to the special data it covered.

The withdrawal is recorded at once (`services.consent.withdraw_consent`). The
dialog first shows what the consent is and what withdrawing it touches
(`withdrawal_impact`): a warning when the service may have to end, as the
privacy statement says, and for each category of special data stored on this
consent a row with two choices — erase now, or keep under another recorded
basis (legal obligation or contract) with a note. Nothing is preselected, so
the data are never kept silently: "Intrekken" is refused until every row is
decided. Erasing asks one last confirmation naming the categories.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QWidget,
)

from calqi_desktop import APP_NAME
from calqi_desktop.domain.clients import Dossier, LegalBasisKind, SpecialCategory
from calqi_desktop.domain.consent import (
    Consent,
    ConsentMethod,
    DecisionAction,
    SpecialDataDecision,
    WithdrawalDraft,
    WithdrawalImpact,
)
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.validation import Field
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.basis_dialog import category_key
from calqi_desktop.gui.consent_dialog import (
    add_evidence_to,
    fill_evidence,
    now_text,
    read_moment,
)
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, prepare_error_label
from calqi_desktop.gui.forms.ui_withdrawal_dialog import Ui_WithdrawalDialog


def capitalised(text: str) -> str:
    """'de bankrekeningen' → 'Bankrekeningen'."""
    for article in ("de ", "het ", "the "):
        if text.startswith(article):
            text = text[len(article) :]
            break
    return text[:1].upper() + text[1:]


class DecisionRow(QFrame):
    """One category: erase now, or keep under another basis with a note. objectName `decision_<key>`."""

    def __init__(
        self,
        category: SpecialCategory,
        held: bool,
        language: str,
        parent: QWidget | None = None,
        *,
        choosable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.category = category
        self.choosable = choosable
        prefix = f"decision_{category_key(category)}"
        self.setObjectName(prefix)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = QLabel(self)
        self.title_label.setObjectName(f"{prefix}_label")
        self.title_label.setWordWrap(True)
        title = capitalised(category.label(language))
        if not choosable:
            title = self.tr(
                "%1 — blijft ongewijzigd en afgeschermd zolang de verwerking beperkt is."
            ).replace("%1", title)
        elif not held:
            title = self.tr(
                "%1 — hiervan is niets opgeslagen; kies toch wat er met de grondslag gebeurt."
            ).replace("%1", title)
        self.title_label.setText(title)
        self.erase_radio = QRadioButton(self.tr("Nu wissen"), self)
        self.erase_radio.setObjectName(f"{prefix}_erase_radio")
        self.keep_radio = QRadioButton(self.tr("Bewaren onder andere grondslag"), self)
        self.keep_radio.setObjectName(f"{prefix}_keep_radio")
        self.group = QButtonGroup(self)
        self.group.addButton(self.erase_radio)
        self.group.addButton(self.keep_radio)
        self.basis_combo = QComboBox(self)
        self.basis_combo.setObjectName(f"{prefix}_basis_combo")
        self.basis_combo.setAccessibleName(self.tr("Andere grondslag"))
        for basis in category.allowed_bases():
            if basis is not LegalBasisKind.CONSENT:
                self.basis_combo.addItem(basis.label(language), basis.value)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName(f"{prefix}_note_edit")
        self.note_edit.setMaxLength(200)
        self.note_edit.setPlaceholderText(self.tr("toelichting, bijv. opdrachtbevestiging van 12-01-2026"))
        self.note_edit.setAccessibleName(self.tr("Toelichting bij de andere grondslag"))
        layout = QGridLayout(self)
        layout.addWidget(self.title_label, 0, 0, 1, 3)
        layout.addWidget(self.erase_radio, 1, 0, 1, 3)
        layout.addWidget(self.keep_radio, 2, 0, 1, 3)
        layout.addWidget(self.basis_combo, 3, 1)
        layout.addWidget(self.note_edit, 3, 2)
        layout.setColumnMinimumWidth(0, 16)  # the basis and note sit under "Bewaren", indented
        layout.setColumnStretch(2, 1)
        for widget in (self.erase_radio, self.keep_radio, self.basis_combo, self.note_edit):
            widget.setVisible(choosable)
        self.group.buttonToggled.connect(self._update)
        self._update()

    def _update(self) -> None:
        keep = self.keep_radio.isChecked()
        self.basis_combo.setEnabled(keep)
        self.note_edit.setEnabled(keep)

    @property
    def decided(self) -> bool:
        return not self.choosable or self.erase_radio.isChecked() or self.keep_radio.isChecked()

    @property
    def erases(self) -> bool:
        return self.choosable and self.erase_radio.isChecked()

    def decision(self) -> SpecialDataDecision:
        if self.erase_radio.isChecked():
            return SpecialDataDecision(DecisionAction.ERASE)
        return SpecialDataDecision(
            DecisionAction.KEEP_UNDER_OTHER_BASIS,
            LegalBasisKind(self.basis_combo.currentData()),
            self.note_edit.text().strip(),
        )


class WithdrawalDialog(QDialog):
    """Withdraw `consent` of `dossier`'s client; `consent` holds the result after Accepted.

    The caller reads the impact first (`services.consent.withdrawal_impact`)
    and hands it in. `documents_added` is True when an evidence file was
    stored, even if the dialog was then cancelled. `withdraw` records the
    withdrawal instead of `consent.withdraw_consent` (a data-subject request
    records it through `request_rights.withdraw_consent`).
    """

    def __init__(
        self,
        session: AppSession,
        dossier: Dossier,
        consent: Consent,
        impact: WithdrawalImpact,
        parent: QWidget | None = None,
        *,
        withdraw: Callable[[WithdrawalDraft], Consent] | None = None,
    ) -> None:
        from calqi_desktop.services import documents

        super().__init__(parent)
        self.ui = Ui_WithdrawalDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.dossier = dossier
        self.given = consent
        self.impact = impact
        self.consent: Consent | None = None
        self.documents_added = False
        self._withdraw = withdraw  # None: `consent.withdraw_consent`; a request passes its own
        ui = self.ui
        prepare_error_label(ui.error_label)
        found_documents = documents.list_documents(session.workspace, dossier.id)

        name = dossier.name or dossier.draft.client_number
        self.setWindowTitle(self.tr("Toestemming intrekken — %1").replace("%1", name))
        ui.consent_label.setText(self._describe(consent, name))
        ui.service_warning_label.setVisible(impact.ends_service)
        ui.service_warning_label.setStyleSheet("QLabel { color: #8a4b00; font-weight: bold; }")
        self.rows: dict[SpecialCategory, DecisionRow] = {}
        for category in impact.covered_categories:
            row = DecisionRow(
                category,
                impact.held.get(category, True),  # not known (no special data): claim nothing
                self.language,
                ui.decisions_group,
                choosable=not dossier.restricted,
            )
            ui.decisions_layout.addWidget(row)
            self.rows[category] = row
        ui.decisions_group.setVisible(bool(self.rows))
        if self.rows and dossier.restricted:
            ui.decisions_intro_label.setText(
                self.tr(
                    "Deze toestemming is de grondslag van de gegevens hieronder. De verwerking is beperkt: "
                    "er mag nu niets aan worden gewijzigd of gewist. De grondslag toestemming vervalt, de "
                    "gegevens blijven afgeschermd, en de intrekking legt dat per soort vast. Beslis na het "
                    "opheffen van de beperking wat ermee gebeurt."
                )
            )
        self.default_moment = now_text()
        ui.withdrawn_at_edit.setText(self.default_moment)
        for method in ConsentMethod:
            ui.method_combo.addItem(method.label(self.language), method.value)
        fill_evidence(ui.evidence_combo, found_documents, self.language, None)

        name_buttons(ui.button_box, self.tr("Intrekken"), self.tr("Annuleren"))
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        ui.add_evidence_button.clicked.connect(self.add_evidence)

    def _describe(self, consent: Consent, name: str) -> str:
        text = (
            self.tr("Toestemming van %1 voor: %2.")
            .replace("%1", name)
            .replace("%2", consent.title(self.language))
        )
        if consent.given_at is not None:
            text += " " + self.tr("Gegeven op %1").replace("%1", format_date_nl(consent.given_at))
            if consent.statement_version:
                text += " " + self.tr("(privacyverklaring %1)").replace("%1", consent.statement_version)
            text += "."
        if consent.via_guardian:
            text += " " + self.tr("Gegeven door een ouder of voogd.")
        return (
            text + " " + self.tr("De intrekking wordt meteen vastgelegd en blijft in de geschiedenis staan.")
        )

    def error_text(self) -> str:
        return self.ui.error_label.text()

    # --- evidence -------------------------------------------------------------------------

    def add_evidence(self) -> None:
        if add_evidence_to(self, self.session, self.dossier.id, self.ui.evidence_combo, self.ui.error_label):
            self.documents_added = True

    # --- recording --------------------------------------------------------------------------

    def _moment(self) -> datetime | None:
        field = Field("withdrawn_at", "het moment van intrekken", "the moment of withdrawal")
        return read_moment(
            self.ui.withdrawn_at_edit, self.default_moment, field, self.ui.error_label, self.language
        )

    def draft(self) -> WithdrawalDraft | None:
        """The withdrawal as filled in, or None after saying what is still to be chosen."""
        undecided = [row for row in self.rows.values() if not row.decided]
        if undecided:
            show_error_text(
                self.ui.error_label,
                self.tr(
                    "Kies voor elke soort bijzondere gegevens wat ermee gebeurt: nu wissen, of bewaren onder "
                    "een andere grondslag. Nog niet gekozen: %1."
                ).replace("%1", ", ".join(row.category.label(self.language) for row in undecided)),
            )
            undecided[0].erase_radio.setFocus()
            return None
        withdrawn_at = self._moment()
        if withdrawn_at is None:
            return None
        evidence = self.ui.evidence_combo.currentData()
        return WithdrawalDraft(
            consent_id=self.given.id,
            withdrawn_at=withdrawn_at,
            method=ConsentMethod(self.ui.method_combo.currentData()),
            evidence_document_id=int(evidence) if evidence is not None else None,
            note=self.ui.note_edit.text().strip(),
            decisions={category: row.decision() for category, row in self.rows.items() if row.choosable},
        )

    def confirm_erase(self, categories: list[SpecialCategory]) -> bool:
        """The last question before erasing; True to go on."""
        names = ", ".join(category.label(self.language) for category in categories)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            self.tr("Nu definitief wissen: %1?").replace("%1", names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirm_erase_box")
        box.setInformativeText(
            self.tr(
                "Met het intrekken worden %1 van deze klant nu uit de kluis gewist, met hun "
                "wijzigingshistorie. Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", names)
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Wissen en intrekken"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Terug"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def try_accept(self) -> None:
        """Record the withdrawal with the decisions; on a refusal say why here and keep the choices."""
        from calqi_desktop.services import consent

        draft = self.draft()
        if draft is None:
            return
        erased = [category for category, row in self.rows.items() if row.erases]
        if erased and not self.confirm_erase(erased):
            show_error_text(self.ui.error_label, self.tr("Niet ingetrokken: het wissen is niet bevestigd."))
            return
        try:
            if self._withdraw is not None:
                self.consent = self._withdraw(draft)
            else:
                self.consent = consent.withdraw_consent(self.session.workspace, draft)
        except CalqiError as error:
            show_error_text(self.ui.error_label, error.message(self.language))
            return
        show_error_text(self.ui.error_label, "")
        self.accept()
