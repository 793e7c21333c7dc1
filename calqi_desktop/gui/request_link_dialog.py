"""Linking a request to the subject's dossier, when it came in from someone not yet found in the vault.

The dialog shows who asked (name and contact details as booked in) and
searches the dossiers with the intake's own search
(`request_dossier_search.DossierSearch`), starting from the requester's
name. "Koppelen" is possible once a dossier is chosen and calls
`services.requests.link_client`, which refuses once the identity has been
verified (the check was made against the requester as booked in, not
against the dossier) and when the request is linked already; the
requester's details then give way to the dossier's. A refusal is shown in
the dialog's message line.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.requests import DataSubjectRequest
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import prepare_error_label
from calqi_desktop.gui.forms.ui_request_link_dialog import Ui_RequestLinkDialog
from calqi_desktop.gui.request_dossier_search import DossierSearch


class RequestLinkDialog(QDialog):
    """`request` holds the linked request after Accepted."""

    def __init__(
        self, session: AppSession, request: DataSubjectRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestLinkDialog()
        self.ui.setupUi(self)
        self.session = session
        self.language = session.language
        self.request = request
        ui = self.ui
        self.setWindowTitle(self.tr("Koppelen aan dossier — %1").replace("%1", request.reference))
        ui.requester_label.setText(self._requester_text(request))
        prepare_error_label(ui.error_label)
        name_buttons(ui.button_box, self.tr("Koppelen"), self.tr("Annuleren"), ok_name="link_button")
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        self.dossier_search = DossierSearch(
            session, ui.client_search_edit, ui.client_list, ui.error_label, self
        )
        self.dossier_search.chosen_changed.connect(self._chosen_changed)
        ui.client_search_edit.setText(request.requester.name)  # a first search; the member corrects it
        self._chosen_changed(self.client_id())
        ui.client_search_edit.setFocus()

    def _requester_text(self, request: DataSubjectRequest) -> str:
        requester = request.requester
        address = ", ".join(line.strip() for line in requester.address.splitlines() if line.strip())
        parts = (requester.name or request.subject_name, requester.email, requester.phone, address)
        return "\n".join(part for part in parts if part) or "—"

    def client_id(self) -> int | None:
        return self.dossier_search.client_id()

    def _chosen_changed(self, client_id: object) -> None:
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(client_id is not None)

    def try_accept(self) -> None:
        from calqi_desktop.services import requests

        client_id = self.client_id()
        if client_id is None:
            return
        show_error_text(self.ui.error_label, "")
        try:
            self.request = requests.link_client(self.session.workspace, self.request.id, client_id)
        except CalqiError as error:
            show_error_text(self.ui.error_label, error.message(self.language))
            return
        self.accept()
