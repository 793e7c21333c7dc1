"""The 'Machtigingen' tab of a dossier window: the client's authorisations register.

One row per authorisation with its status on today. Recording (Ctrl+Shift+M,
from anywhere in the window), changing, entering a VIA's activation code and
revoking are saved at once through `services.authorisations`, not with the
dossier's Save. A VIA's activation code is special data: the row shows
'••••••' until "Code tonen" reveals it for that row (audited); it can then
be copied (audited, and the clipboard clears itself). The form for the
client to sign is saved as a PDF (Ctrl+P on this tab).

The register is read-only for a role without MANAGE_AUTHORISATIONS and for a
restricted or anonymised client, and empty for a dossier not saved yet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTabWidget, QWidget

from calqi_desktop.domain.authorisations import Authorisation, AuthorisationKind, AuthorisationStatus
from calqi_desktop.domain.clients import ClientStatus, Dossier
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors, pdf_export, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.authorisation_dialog import AuthorisationDialog
from calqi_desktop.gui.authorisation_model import AuthorisationColumn, AuthorisationTableModel
from calqi_desktop.gui.authorisation_step_dialogs import ActivationDialog, RevokeDialog
from calqi_desktop.gui.forms.ui_dossier_authorisations_tab import Ui_DossierAuthorisationsTab


class AuthorisationsTab(QWidget):
    """`message(text)` for the editor's status line; `changed()` after something was recorded."""

    message = Signal(str)
    changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DossierAuthorisationsTab()
        self.ui.setupUi(self)
        self.session = session
        self.dossier: Dossier | None = None
        self.may_manage = False
        self.model = AuthorisationTableModel(session.language, self)
        table = self.ui.authorisation_table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (AuthorisationColumn.KIND, 150),
            (AuthorisationColumn.RECIPIENT, 110),
            (AuthorisationColumn.COVERS, 170),
            (AuthorisationColumn.YEARS, 70),
            (AuthorisationColumn.VALIDITY, 130),
            (AuthorisationColumn.STATUS, 120),
            (AuthorisationColumn.ACTIVATION_CODE, 110),
        ):
            header.resizeSection(column, width)
        self.add_action = QAction(self.tr("Machtiging vastleggen"), self)
        self.add_action.setObjectName("add_authorisation_action")
        self.add_action.setShortcut(QKeySequence(shortcuts.ADD_AUTHORISATION))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.add_action.triggered.connect(self._add_from_shortcut)
        self.addAction(self.add_action)
        self.form_action = QAction(self.tr("Machtigingsformulier"), self)
        self.form_action.setObjectName("authorisation_form_action")
        self.form_action.setShortcut(QKeySequence(shortcuts.PRINT_PDF))
        self.form_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.form_action.triggered.connect(self.save_form)
        self.addAction(self.form_action)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.edit())
        ui = self.ui
        ui.add_authorisation_button.clicked.connect(self.add)
        ui.edit_authorisation_button.clicked.connect(self.edit)
        ui.activate_button.clicked.connect(self.activate)
        ui.revoke_button.clicked.connect(self.revoke)
        ui.reveal_code_button.clicked.connect(self.reveal_code)
        ui.copy_code_button.clicked.connect(self.copy_code)
        ui.authorisation_form_button.clicked.connect(self.save_form)
        self.load(None)

    # --- loading -----------------------------------------------------------------------------

    def load(self, dossier: Dossier | None) -> None:
        """Show the dossier's rows (None: a new dossier, which gets them after its first save)."""
        self.dossier = dossier
        window = self.window()
        if window is not self and self.add_action not in window.actions():
            window.addAction(self.add_action)  # Ctrl+Shift+M from every tab of the window
        saved = dossier is not None
        self.may_manage = saved and self._read_only_reason() == ""
        ui = self.ui
        ui.save_first_label.setVisible(not saved)
        ui.authorisation_table.setVisible(saved)
        reason = self._read_only_reason() if saved else ""
        ui.read_only_label.setText(reason)
        ui.read_only_label.setVisible(bool(reason))
        for button in (
            ui.add_authorisation_button,
            ui.edit_authorisation_button,
            ui.activate_button,
            ui.revoke_button,
        ):
            button.setVisible(self.may_manage)
        may_view_special = self.session.may(Permission.VIEW_SPECIAL_DATA)
        ui.reveal_code_button.setVisible(saved and may_view_special)
        ui.copy_code_button.setVisible(saved and may_view_special)
        ui.authorisation_form_button.setVisible(self.may_manage)
        self.add_action.setEnabled(self.may_manage)
        self._reload()

    def _read_only_reason(self) -> str:
        dossier = self.dossier
        if dossier is None:
            return ""
        if dossier.status == ClientStatus.ANONYMISED:
            return self.tr(
                "Dit dossier is geanonimiseerd; de machtigingen kunnen niet meer worden gewijzigd."
            )
        if dossier.restricted:
            return self.tr(
                "De verwerking is beperkt (AVG art. 18): zolang dat geldt, worden geen machtigingen "
                "vastgelegd, gewijzigd of afgedrukt."
            )
        if not self.session.may(Permission.MANAGE_AUTHORISATIONS):
            return self.tr("U kunt de machtigingen inzien. Uw rol mag ze niet vastleggen of wijzigen.")
        return ""

    def _reload(self, select_id: int | None = None) -> None:
        from calqi_desktop.services import authorisations

        rows: list[Authorisation] = []
        if self.dossier is not None:
            try:
                rows = authorisations.client_authorisations(self.session.workspace, self.dossier.id)
            except CalqiError as error:
                self.message.emit(error.message(self.session.language))
        self.model.set_authorisations(rows)
        if select_id is not None:
            self.select_item(select_id)
        self._update_buttons()

    def select_item(self, item_id: int) -> bool:
        """Select the row with this id (a click through from the dashboard); False when absent."""
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        table = self.ui.authorisation_table
        table.selectRow(row)
        table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def selected(self) -> Authorisation | None:
        rows = self.ui.authorisation_table.selectionModel().selectedRows()
        return self.model.authorisation_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        ui = self.ui
        chosen = self.selected()
        today = self.model.today
        status = chosen.status_on(today) if chosen else None
        open_row = chosen is not None and chosen.terms.revoked_on is None
        ui.edit_authorisation_button.setEnabled(open_row)
        ui.revoke_button.setEnabled(open_row)
        ui.activate_button.setEnabled(
            chosen is not None
            and chosen.terms.kind is AuthorisationKind.VIA
            and status is AuthorisationStatus.AWAITING_ACTIVATION
            and self.session.may(Permission.VIEW_SPECIAL_DATA)
        )
        has_code = chosen is not None and chosen.has_activation_code
        revealed = chosen is not None and self.model.revealed(chosen.id) is not None
        ui.reveal_code_button.setEnabled(has_code and not revealed)
        ui.copy_code_button.setEnabled(revealed)
        ui.authorisation_form_button.setEnabled(chosen is not None)
        self.form_action.setEnabled(self.may_manage and chosen is not None)

    # --- recording and changing ----------------------------------------------------------------

    def _add_from_shortcut(self) -> None:
        self._bring_forward()
        self.add()

    def _bring_forward(self) -> None:
        """Show this tab (the shortcut works from every tab of the window)."""
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QTabWidget) and parent.indexOf(self) >= 0:
                parent.setCurrentWidget(self)
                return
            parent = parent.parentWidget()

    def add(self) -> None:
        self._open_dialog(None)

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.terms.revoked_on is None:
            self._open_dialog(chosen)

    def _open_dialog(self, chosen: Authorisation | None) -> None:
        if not self.may_manage or self.dossier is None:
            return
        dialog = AuthorisationDialog(self.session, self.dossier.id, chosen, self)
        added_document = False

        def note_document() -> None:
            nonlocal added_document
            added_document = True

        dialog.document_added.connect(note_document)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.authorisation
        dialog.deleteLater()
        if not accepted or result is None:
            if added_document:
                self.changed.emit()
            return
        self._reload(result.id)
        text = (
            self.tr("De machtiging ‘%1’ is gewijzigd.")
            if chosen
            else self.tr("De machtiging ‘%1’ is vastgelegd.")
        )
        self.message.emit(text.replace("%1", result.terms.describe(self.session.language)))
        self.changed.emit()

    def activate(self) -> None:
        chosen = self.selected()
        if not self.may_manage or chosen is None or chosen.terms.kind is not AuthorisationKind.VIA:
            return
        dialog = ActivationDialog(self.session, chosen, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.authorisation
        dialog.deleteLater()
        if accepted and result is not None:
            self._reload(result.id)
            self.message.emit(self.tr("De VIA-machtiging is geactiveerd."))
            self.changed.emit()

    def revoke(self) -> None:
        chosen = self.selected()
        if not self.may_manage or chosen is None or chosen.terms.revoked_on is not None:
            return
        dialog = RevokeDialog(self.session, chosen, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = dialog.authorisation
        dialog.deleteLater()
        if accepted and result is not None:
            self._reload(result.id)
            self.message.emit(self.tr("De machtiging is ingetrokken."))
            self.changed.emit()

    # --- the activation code ---------------------------------------------------------------------

    def reveal_code(self) -> None:
        """Show the selected row's activation code in place (audited)."""
        from calqi_desktop.services import authorisations

        chosen = self.selected()
        if chosen is None or not chosen.has_activation_code or self.model.revealed(chosen.id) is not None:
            return
        try:
            code = authorisations.reveal_activation_code(self.session.workspace, chosen.id)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        self.model.reveal(chosen.id, code)
        row = self.model.row_of(chosen.id)
        self.ui.authorisation_table.scrollTo(self.model.index(row, AuthorisationColumn.ACTIVATION_CODE))
        self._update_buttons()

    def copy_code(self) -> None:
        from calqi_desktop.services import authorisations

        chosen = self.selected()
        code = self.model.revealed(chosen.id) if chosen else None
        if chosen is None or not code:
            return
        try:
            authorisations.note_activation_code_copied(self.session.workspace, chosen.id)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        self.session.copy_secret(code)
        self.message.emit(
            self.tr("Activeringscode gekopieerd. Het klembord wordt over %1 seconden gewist.").replace(
                "%1", str(self.session.clipboard_seconds)
            )
        )

    # --- the form to sign ---------------------------------------------------------------------------

    def save_form(self) -> None:
        """The authorisation form of the selected row as a PDF (the service audits it)."""
        from calqi_desktop.services import privacy_documents

        chosen = self.selected()
        if not self.may_manage or chosen is None or self.dossier is None:
            return
        workspace = self.session.workspace
        name = self.tr("Machtigingsformulier %1 %2.pdf").replace("%1", self.dossier.draft.client_number)
        saved = pdf_export.ask_and_save_pdf(
            self,
            self.tr("Machtigingsformulier opslaan"),
            name.replace("%2", str(chosen.id)),
            lambda: privacy_documents.authorisation_form(workspace, chosen.id),
        )
        if saved is not None:
            self.message.emit(
                self.tr("Het machtigingsformulier is opgeslagen als %1.").replace("%1", str(saved))
            )
