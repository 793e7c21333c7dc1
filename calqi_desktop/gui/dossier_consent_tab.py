"""The 'Toestemmingen' tab of a dossier window: consents of the client, their history, give, withdraw, forms.

The upper table lists the client's consents (`services.consent.client_consents`),
the lower one the append-only history of the chosen consent. Giving consent
(Ctrl+Shift+T, anywhere in the dossier window) opens `ConsentDialog`;
withdrawing opens `WithdrawalDialog` after reading what the withdrawal
touches. Both record at once — not with the dossier's Save. A consent form
for the client to sign (purposes chosen in a small dialog, every active one
ticked) and the receipt of a consent's latest event (Ctrl+P on this tab) are
saved as PDF through `gui.pdf_export`.

Giving needs MANAGE_CONSENT and a saved dossier that is neither restricted
nor anonymised; withdrawing stays possible under a restriction (the service
decides what may change). The services check everything again.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calqi_desktop.domain.clients import ClientStatus, Dossier
from calqi_desktop.domain.consent import Consent, ConsentPurpose
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors, pdf_export, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.consent_dialog import ConsentDialog
from calqi_desktop.gui.consent_models import (
    ConsentColumn,
    ConsentHistoryModel,
    ConsentTableModel,
    HistoryColumn,
)
from calqi_desktop.gui.dialog_buttons import name_buttons
from calqi_desktop.gui.forms.ui_dossier_consent_tab import Ui_DossierConsentTab
from calqi_desktop.gui.withdrawal_dialog import WithdrawalDialog


class FormPurposesDialog(QDialog):
    """Which purposes the consent form asks for; every active purpose is ticked to begin with."""

    def __init__(self, purposes: list[ConsentPurpose], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consent_form_dialog")
        self.setWindowTitle(self.tr("Toestemmingsformulier"))
        label = QLabel(
            self.tr("Voor welke doelen vraagt het formulier toestemming? Elk doel krijgt een eigen vakje."),
            self,
        )
        label.setWordWrap(True)
        self.purposes_list = QListWidget(self)
        self.purposes_list.setObjectName("form_purposes_list")
        label.setBuddy(self.purposes_list)
        for purpose in purposes:
            item = QListWidgetItem(purpose.label(language), self.purposes_list)
            item.setData(Qt.ItemDataRole.UserRole, purpose.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet("QLabel { color: #B3261E; }")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.setObjectName("button_box")
        name_buttons(self.button_box, self.tr("PDF maken…"), self.tr("Annuleren"))
        self.button_box.accepted.connect(self.try_accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.purposes_list)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self.resize(520, 360)

    def chosen(self) -> list[int]:
        items = (self.purposes_list.item(row) for row in range(self.purposes_list.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def try_accept(self) -> None:
        if not self.chosen():
            self.error_label.setText(self.tr("Kies ten minste één doel."))
            self.error_label.show()
            return
        self.accept()


class ConsentTab(QWidget):
    """`message(text)` for the editor's status line; `changed()` after something was recorded."""

    message = Signal(str)
    changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierConsentTab()
        self.ui.setupUi(self)
        self.session = session
        self.dossier: Dossier | None = None
        ui = self.ui
        self.model = ConsentTableModel(session.language, self)
        self.history_model = ConsentHistoryModel(session.language, self)
        table = ui.consent_table
        table.setModel(self.model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (ConsentColumn.PURPOSE, 300),
            (ConsentColumn.STATUS, 90),
            (ConsentColumn.SINCE, 90),
            (ConsentColumn.STATEMENT_VERSION, 125),
            (ConsentColumn.GUARDIAN, 110),
        ):
            table.horizontalHeader().resizeSection(column, width)
        history = ui.consent_history_table
        history.setModel(self.history_model)
        history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for history_column, width in (
            (HistoryColumn.MOMENT, 120),
            (HistoryColumn.EVENT, 85),
            (HistoryColumn.METHOD, 150),
            (HistoryColumn.STATEMENT_VERSION, 125),
            (HistoryColumn.RECORDED_BY, 115),
            (HistoryColumn.GUARDIAN, 150),
            (HistoryColumn.EVIDENCE, 140),
            (HistoryColumn.DECISIONS, 200),
        ):
            history.horizontalHeader().resizeSection(history_column, width)

        self.give_consent_action = QAction(self.tr("Toestemming vastleggen…"), self)
        self.give_consent_action.setObjectName("give_consent_action")
        self.give_consent_action.setShortcut(QKeySequence(shortcuts.GIVE_CONSENT))
        self.give_consent_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.give_consent_action.triggered.connect(self.give_consent)
        self.consent_receipt_action = QAction(self.tr("Ontvangstbewijs…"), self)
        self.consent_receipt_action.setObjectName("consent_receipt_action")
        self.consent_receipt_action.setShortcut(QKeySequence(shortcuts.PRINT_PDF))
        self.consent_receipt_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.consent_receipt_action.triggered.connect(self.save_receipt)
        self.addAction(self.consent_receipt_action)
        self._attach_window_action()

        table.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.give_consent_button.clicked.connect(self.give_consent)
        ui.withdraw_consent_button.clicked.connect(self.withdraw)
        ui.consent_form_button.clicked.connect(self.save_form)
        ui.consent_receipt_button.clicked.connect(self.save_receipt)
        self.load(None)

    def _attach_window_action(self) -> None:
        """Ctrl+Shift+T works anywhere in the dossier window, not only on this tab."""
        self.addAction(self.give_consent_action)  # QWidget keeps one of each action
        window = self.window()
        if window is not self:
            window.addAction(self.give_consent_action)

    # --- what may be done -----------------------------------------------------------------

    def _may_manage(self) -> bool:
        return self.dossier is not None and self.session.may(Permission.MANAGE_CONSENT)

    def _open_for_new_records(self) -> bool:
        """Neither restricted nor anonymised: consent may be given and forms printed."""
        dossier = self.dossier
        return dossier is not None and not dossier.restricted and dossier.status != ClientStatus.ANONYMISED

    def may_give(self) -> bool:
        return self._may_manage() and self._open_for_new_records()

    def may_withdraw(self, consent: Consent | None) -> bool:
        dossier = self.dossier
        return (
            self._may_manage()
            and dossier is not None
            and dossier.status != ClientStatus.ANONYMISED
            and consent is not None
            and consent.is_given
        )

    # --- loading -------------------------------------------------------------------------

    def load(self, dossier: Dossier | None) -> None:
        """Show the dossier's rows (None: a new dossier, which gets them after its first save)."""
        self.dossier = dossier
        self._attach_window_action()
        saved = dossier is not None
        self.ui.save_first_label.setVisible(not saved)
        self.ui.consent_table.setVisible(saved)
        self.ui.consent_history_table.setVisible(saved)
        self.ui.history_caption.setVisible(saved)
        self._reload(keep=None)

    def _reload(self, keep: int | None) -> None:
        """Read the consents again and select `keep` (or the one selected before)."""
        from calqi_desktop.services import consent

        chosen = keep if keep is not None else self._selected_id()
        found: list[Consent] = []
        if self.dossier is not None:
            try:
                found = consent.client_consents(self.session.workspace, self.dossier.id)
            except CalqiError as error:
                self.message.emit(error.message(self.session.language))
        self.model.set_consents(found)
        self._show_state()
        if chosen is None and found:
            chosen = found[0].id  # the first consent's history is shown at once
        if chosen is None or not self.select_item(chosen):
            self._selection_changed()

    def _show_state(self) -> None:
        dossier = self.dossier
        text = ""
        if dossier is not None and not self.session.may(Permission.MANAGE_CONSENT):
            text = self.tr("Uw rol mag toestemming inzien, maar niet vastleggen of intrekken.")
        elif dossier is not None and dossier.status == ClientStatus.ANONYMISED:
            text = self.tr("Dit dossier is geanonimiseerd: er kan geen toestemming meer worden vastgelegd.")
        elif dossier is not None and dossier.restricted:
            text = self.tr(
                "De verwerking is beperkt: er kan nu geen toestemming worden vastgelegd en geen formulier "
                "worden gemaakt. Intrekken kan wel."
            )
        elif dossier is not None and not self.model.rowCount():
            text = self.tr("Er is nog geen toestemming vastgelegd.")
        self.ui.consent_state_label.setText(text)
        self.ui.consent_state_label.setVisible(bool(text))

    def selected(self) -> Consent | None:
        rows = self.ui.consent_table.selectionModel().selectedRows()
        return self.model.consent_at(rows[0].row()) if rows else None

    def _selected_id(self) -> int | None:
        chosen = self.selected()
        return chosen.id if chosen is not None else None

    def select_item(self, item_id: int) -> bool:
        """Select the row with this id (a click through from the dashboard); False when absent."""
        row = self.model.row_of(item_id)
        if row is None:
            return False
        table = self.ui.consent_table
        index = self.model.index(row, ConsentColumn.PURPOSE)
        table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        table.scrollTo(index)
        return True

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.history_model.set_events(chosen.events if chosen is not None else ())
        self._update_buttons(chosen)

    def _update_buttons(self, chosen: Consent | None) -> None:
        ui = self.ui
        give = self.may_give()
        ui.give_consent_button.setEnabled(give)
        self.give_consent_action.setEnabled(give)
        ui.withdraw_consent_button.setEnabled(self.may_withdraw(chosen))
        ui.consent_form_button.setEnabled(give)
        receipt = self._may_manage() and self._open_for_new_records() and chosen is not None
        ui.consent_receipt_button.setEnabled(receipt)
        self.consent_receipt_action.setEnabled(receipt)

    def _after_change(self, consent_id: int, text: str) -> None:
        self._reload(keep=consent_id)
        self.changed.emit()
        self.message.emit(text)

    def _show_tab(self) -> None:
        """Bring this tab to the front (the shortcut may come from another tab)."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QTabWidget):
            widget = widget.parentWidget()
        if isinstance(widget, QTabWidget):
            widget.setCurrentWidget(self)

    # --- giving and withdrawing -----------------------------------------------------------

    def give_consent(self) -> None:
        """Ask for the consent and record it; the table then selects it.

        The chosen row's purpose (and recipient) is preselected: giving again, or renewing.
        """
        dossier, chosen = self.dossier, self.selected()
        if dossier is None or not self.may_give():
            return
        self._show_tab()
        try:
            dialog = ConsentDialog(
                self.session,
                dossier,
                self,
                purpose_id=chosen.purpose.id if chosen is not None else None,
                recipient=chosen.recipient if chosen is not None else "",
            )
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        recorded, documents_added = dialog.consent, dialog.documents_added
        dialog.deleteLater()
        if accepted and recorded is not None:
            self._after_change(
                recorded.id,
                self.tr("De toestemming is vastgelegd: %1.").replace(
                    "%1", recorded.title(self.session.language)
                ),
            )
        elif documents_added:
            self.changed.emit()

    def withdraw(self) -> None:
        """Ask how the chosen consent was withdrawn and what happens to its data; record it at once."""
        from calqi_desktop.services import consent

        dossier, chosen = self.dossier, self.selected()
        if dossier is None or chosen is None or not self.may_withdraw(chosen):
            return
        try:
            impact = consent.withdrawal_impact(self.session.workspace, chosen.id)
            dialog = WithdrawalDialog(self.session, dossier, chosen, impact, self)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        recorded, documents_added = dialog.consent, dialog.documents_added
        dialog.deleteLater()
        if accepted and recorded is not None:
            self._after_change(
                recorded.id,
                self.tr("De toestemming is ingetrokken: %1.").replace(
                    "%1", recorded.title(self.session.language)
                ),
            )
        elif documents_added:
            self.changed.emit()

    # --- PDFs ---------------------------------------------------------------------------------

    def save_form(self) -> None:
        """Choose the purposes, then save the consent form for the client to sign."""
        from calqi_desktop.services import consent, privacy_documents

        dossier = self.dossier
        if dossier is None or not self.may_give():
            return
        try:
            purposes = consent.list_purposes(self.session.workspace)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        dialog = FormPurposesDialog(purposes, self.session.language, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        purpose_ids = dialog.chosen()
        dialog.deleteLater()
        if not accepted:
            return
        client_id = dossier.id
        path = pdf_export.ask_and_save_pdf(
            self,
            self.tr("Toestemmingsformulier opslaan"),
            self.tr("Toestemmingsformulier %1.pdf").replace("%1", dossier.draft.client_number),
            lambda: privacy_documents.consent_form(self.session.workspace, client_id, purpose_ids),
        )
        if path is not None:
            self.message.emit(
                self.tr("Het toestemmingsformulier is opgeslagen als %1.").replace("%1", str(path))
            )

    def save_receipt(self) -> None:
        """Save the receipt of the chosen consent's latest event."""
        from calqi_desktop.services import privacy_documents

        dossier, chosen = self.dossier, self.selected()
        if dossier is None or chosen is None or not self.consent_receipt_action.isEnabled():
            return
        consent_id = chosen.id
        path = pdf_export.ask_and_save_pdf(
            self,
            self.tr("Ontvangstbewijs opslaan"),
            self.tr("Ontvangstbewijs toestemming %1.pdf").replace("%1", dossier.draft.client_number),
            lambda: privacy_documents.consent_receipt(self.session.workspace, consent_id),
        )
        if path is not None:
            self.message.emit(self.tr("Het ontvangstbewijs is opgeslagen als %1.").replace("%1", str(path)))
