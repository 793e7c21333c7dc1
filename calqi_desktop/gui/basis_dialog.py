"""The legal basis of a special category (DESIGN.md R1): the line that shows it, the dialog that records it.

`BasisLine` sits above the fields of one category ("Grondslag: Wettelijke
plicht … — vastgelegd door anna op 24-11-2026", or "Geen grondslag
vastgelegd" with the reason the fields are locked) and asks for a basis with
its button. `BasisDialog` offers only the bases the category allows — for the
BSN that is the legal obligation alone — and a note. It returns a
`BasisDraft`; recording it is the editor's job (at once for an existing
dossier, with the dossier for a new one).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QWidget

from calqi_desktop.domain.clients import LegalBasis, LegalBasisKind, SpecialCategory
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.gui.forms.ui_basis_dialog import Ui_BasisDialog
from calqi_desktop.services.special_data import BasisDraft


def category_key(category: SpecialCategory) -> str:
    """'bank-accounts' → 'bank_accounts', for objectNames."""
    return category.value.replace("-", "_")


class BasisDialog(QDialog):
    """Choose a basis for `category`; `basis_draft()` after Accepted."""

    def __init__(
        self,
        category: SpecialCategory,
        language: str,
        current: LegalBasisKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BasisDialog()
        self.ui.setupUi(self)
        self.category = category
        self.setWindowTitle(self.tr("Grondslag vastleggen: %1").replace("%1", category.label(language)))
        for basis in category.allowed_bases():
            self.ui.basis_combo.addItem(basis.label(language), basis.value)
        if current is not None and self.ui.basis_combo.findData(current.value) >= 0:
            self.ui.basis_combo.setCurrentIndex(self.ui.basis_combo.findData(current.value))
        self.ui.explanation_label.setText(
            self.tr(
                "Op welke grondslag bewaart het kantoor %1 van deze klant? Zonder grondslag wordt niets "
                "hiervan opgeslagen. De grondslag komt met uw naam en de datum in het dossier."
            ).replace("%1", category.label(language))
        )
        if category is SpecialCategory.BSN:
            self.ui.basis_hint_label.setText(
                self.tr(
                    "Voor het BSN geldt alleen de wettelijke plicht (fiscale dienstverlening): toestemming "
                    "of een overeenkomst maakt gebruik van het BSN niet rechtmatig."
                )
            )
        else:
            self.ui.basis_hint_label.setText(
                self.tr(
                    "Kies toestemming alleen als de klant die echt heeft gegeven; de klant kan haar altijd "
                    "weer intrekken."
                )
            )
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Vastleggen"))
        ok.setObjectName("record_basis_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def basis_draft(self) -> BasisDraft:
        return BasisDraft(
            self.category, LegalBasisKind(self.ui.basis_combo.currentData()), self.ui.note_edit.text().strip()
        )


class BasisLine(QWidget):
    """The basis of one category, and the button that records one. Emits `record_requested(category)`."""

    record_requested = Signal(object)

    def __init__(self, category: SpecialCategory, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category
        self.language = language
        key = category_key(category)
        self.setObjectName(f"{key}_basis_line")
        self.label = QLabel(self)
        self.label.setObjectName(f"{key}_basis_label")
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Grondslag vastleggen…"), self)
        self.button.setObjectName(f"{key}_basis_button")
        self.button.clicked.connect(lambda: self.record_requested.emit(self.category))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.show_basis(None, None, may_record=False)

    def show_basis(self, basis: LegalBasis | None, pending: BasisDraft | None, *, may_record: bool) -> None:
        """Show the recorded basis, or the one chosen for a new dossier, or that there is none."""
        if pending is not None:
            text = self.tr("Grondslag: %1 — wordt vastgelegd bij het opslaan van het dossier.").replace(
                "%1", pending.basis.label(self.language)
            )
        elif basis is not None:
            text = (
                self.tr("Grondslag: %1 — vastgelegd door %2 op %3")
                .replace("%1", basis.basis.label(self.language))
                .replace("%2", basis.recorded_by or self.tr("onbekend"))
                .replace("%3", format_date_nl(basis.recorded_at))
            )
            if basis.note:
                text += self.tr(" (%1)").replace("%1", basis.note)
        else:
            text = self.tr(
                "Geen grondslag vastgelegd. Zonder grondslag kan hier niets worden ingevuld of "
                "opgeslagen (AVG: alleen met wettelijke plicht, overeenkomst of toestemming)."
            )
        self.label.setText(text)
        self.label.setStyleSheet("" if (basis or pending) else "QLabel { color: #8a4b00; }")
        self.button.setText(
            self.tr("Grondslag wijzigen…") if (basis or pending) else self.tr("Grondslag vastleggen…")
        )
        self.button.setVisible(may_record)
