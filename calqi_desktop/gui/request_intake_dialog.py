"""Booking in a data-subject request: which right, when and how it came in, who asked, and the letter itself.

The requester is either a client in the vault (found with the shared
`request_dossier_search.DossierSearch`; anonymised dossiers are not offered)
or someone not in it, with name and contact details — such a request can be
linked to the dossier later, from its window, until the identity is verified.
The letter or e-mail that brought the request in may be attached; the service
checks its type and size. On OK the request is registered
(`services.requests.register`) and the attachment added to it (`add_document`);
the dialog emits `registered` with the new id. A field the service refuses is
marked beside the field, with the service's message.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.errors import CalqiError, FieldValidationError, RequesterMissingError
from calqi_desktop.domain.requests import RequestChannel, RequestDraft, Requester, RequestType
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_request_intake_dialog import Ui_RequestIntakeDialog
from calqi_desktop.gui.request_dossier_search import DossierSearch


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def show_refusal(marks: FieldMarks, error_label: QLabel, error: CalqiError, language: str) -> None:
    """A service's refusal: beside the field it names, else in the dialog's message line."""
    if isinstance(error, FieldValidationError):
        widget = marks.show(error)
        if widget is not None:
            widget.setFocus()
            return
    show_error_text(error_label, error.message(language))


def pick_request_document(parent: QWidget, session: AppSession) -> tuple[str, bytes] | None:
    """Ask for the letter or e-mail of a request and read it (within the firm's size limit);
    None when cancelled. Raises `CalqiError` for a file that is too large or cannot be read."""
    from calqi_desktop.export import document_check
    from calqi_desktop.services import settings

    file_name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("request_intake_dialog", "Brief of e-mail van de verzoeker"),
        "",
        QCoreApplication.translate(
            "request_intake_dialog",
            "Brieven en e-mails (*.pdf *.png *.jpg *.jpeg *.eml *.msg *.txt);;Alle bestanden (*)",
        ),
    )
    if not file_name:
        return None
    path = Path(file_name)
    max_bytes = settings.work_settings(session.workspace).document_max_bytes
    return path.name, document_check.read_file(path, max_bytes)


class RequestIntakeDialog(QDialog):
    """Book in a new request; `request_id` after Accepted (also emitted as `registered`)."""

    registered = Signal(int)

    def __init__(
        self,
        session: AppSession,
        parent: QWidget | None = None,
        *,
        client_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RequestIntakeDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.request_id: int | None = None
        self.attachment: tuple[str, bytes] | None = None
        ui = self.ui
        for request_type in RequestType:
            ui.type_combo.addItem(
                f"{request_type.label(self.language)} ({request_type.article})", request_type.value
            )
        ui.type_combo.setCurrentIndex(ui.type_combo.findData(RequestType.ACCESS.value))
        for channel in RequestChannel:
            ui.channel_combo.addItem(channel.label(self.language), channel.value)
        day = to_qdate(today or date.today())
        ui.received_date_edit.setMaximumDate(day)
        ui.received_date_edit.setDate(day)
        self.marks = FieldMarks(self.language)
        self.marks.set_fields(
            {
                "received_on": (ui.received_date_edit, ui.received_error_label),
                "client_id": (ui.client_search_edit, ui.client_error_label),
                "requester_name": (ui.requester_name_edit, ui.requester_name_error_label),
                "requester_email": (ui.requester_email_edit, ui.requester_email_error_label),
                "requester_phone": (ui.requester_phone_edit, ui.requester_phone_error_label),
                "requester_address": (ui.requester_address_edit, ui.requester_address_error_label),
                "description": (ui.description_edit, ui.description_error_label),
            }
        )
        prepare_error_label(ui.error_label)
        name_buttons(ui.button_box, self.tr("Inboeken"), self.tr("Annuleren"), ok_name="register_button")
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        ui.in_vault_radio.toggled.connect(self._requester_kind_changed)
        ui.attachment_button.clicked.connect(self.choose_attachment)
        ui.attachment_clear_button.clicked.connect(self.clear_attachment)
        self.dossier_search = DossierSearch(
            session, ui.client_search_edit, ui.client_list, ui.error_label, self
        )
        if client_id is not None:
            self.dossier_search.preselect(client_id)
        self._requester_kind_changed()
        self._show_attachment()

    # --- requester --------------------------------------------------------------------------

    @property
    def in_vault(self) -> bool:
        return self.ui.in_vault_radio.isChecked()

    def _requester_kind_changed(self, *_args: object) -> None:
        self.ui.client_widget.setVisible(self.in_vault)
        self.ui.requester_widget.setVisible(not self.in_vault)

    def client_id(self) -> int | None:
        return self.dossier_search.client_id()

    # --- attachment -------------------------------------------------------------------------

    def choose_attachment(self) -> None:
        try:
            chosen = pick_request_document(self, self.session)
        except CalqiError as error:
            show_error_text(self.ui.error_label, error.message(self.language))
            return
        if chosen is not None:
            show_error_text(self.ui.error_label, "")
            self.attachment = chosen
            self._show_attachment()

    def clear_attachment(self) -> None:
        self.attachment = None
        self._show_attachment()

    def _show_attachment(self) -> None:
        if self.attachment is None:
            self.ui.attachment_label.setText(self.tr("geen (kan ook later)"))
        else:
            self.ui.attachment_label.setText(self.attachment[0])
        self.ui.attachment_clear_button.setEnabled(self.attachment is not None)

    # --- booking in -------------------------------------------------------------------------

    def draft(self) -> RequestDraft:
        ui = self.ui
        requester = Requester()
        if not self.in_vault:
            requester = Requester(
                name=" ".join(ui.requester_name_edit.text().split()),
                email=ui.requester_email_edit.text().strip(),
                phone=ui.requester_phone_edit.text().strip(),
                address=ui.requester_address_edit.toPlainText(),
            )
        return RequestDraft(
            request_type=RequestType(ui.type_combo.currentData()),
            received_on=to_date(ui.received_date_edit.date()),
            channel=RequestChannel(ui.channel_combo.currentData()),
            client_id=self.client_id() if self.in_vault else None,
            requester=requester,
            description=ui.description_edit.toPlainText(),
        )

    def try_accept(self) -> None:
        from calqi_desktop.services import requests

        self.marks.clear()
        show_error_text(self.ui.error_label, "")
        draft = self.draft()
        try:
            if self.in_vault and draft.client_id is None:
                raise RequesterMissingError("client_id", label_nl="het dossier", label_en="the dossier")
            request_id = requests.register(self.session.workspace, draft)
        except CalqiError as error:
            show_refusal(self.marks, self.ui.error_label, error, self.language)
            return
        self.request_id = request_id
        if self.attachment is not None:
            self._add_attachment(request_id, *self.attachment)
        self.registered.emit(request_id)
        self.accept()

    def _add_attachment(self, request_id: int, file_name: str, data: bytes) -> None:
        """Attach the letter; the request is booked in already, so a refusal is told, not fatal."""
        from calqi_desktop.services import requests

        try:
            requests.add_document(self.session.workspace, request_id, file_name, data)
        except CalqiError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                APP_NAME,
                self.tr("Het verzoek is ingeboekt, maar het stuk is niet toegevoegd."),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("attachment_refused_box")
            box.setInformativeText(
                error.message(self.language)
                + "\n"
                + self.tr("Voeg het stuk later toe in het venster van het verzoek.")
            )
            box.exec()
