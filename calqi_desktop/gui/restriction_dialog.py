"""Restricting the processing of a client's data for a restriction request (AVG art. 18), or lifting it.

Setting asks the reason (required): it stands in the dossier's banner for as
long as the restriction holds, and while it does the dossier can be viewed
but not changed, exported or disclosed. Lifting reminds the member that the
requester must be told before the restriction is lifted (art. 18 lid 3),
asks them to confirm that this was done and why it is lifted. The services
(`services.restriction`) check the request's gate and write the step and
the audit event.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from calqi_desktop.domain.errors import CalqiError, FieldValidationError
from calqi_desktop.domain.requests import TEXT_MAX, DataSubjectRequest
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, prepare_error_label
from calqi_desktop.gui.forms.ui_restriction_dialog import Ui_RestrictionDialog
from calqi_desktop.services import requests, restriction


class RestrictionDialog(QDialog):
    """Sets (`lift=False`) or lifts the restriction; `request` holds the request as it now is after Accepted."""

    def __init__(
        self, session: AppSession, request_id: int, *, lift: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RestrictionDialog()
        self.ui.setupUi(self)
        self.session = session
        self.request_id = request_id
        self.lift = lift
        self.request: DataSubjectRequest | None = None
        self.setStyleSheet(INVALID_STYLE)
        prepare_error_label(self.ui.error_label)
        reference = self._reference()
        if lift:
            self.setWindowTitle(self.tr("Beperking opheffen — %1").replace("%1", reference))
            self.ui.explanation_label.setText(
                self.tr(
                    "Na het opheffen mag het dossier weer worden gewijzigd, geëxporteerd en verstrekt. "
                    "Laat de verzoeker vóór het opheffen weten dat de beperking wordt opgeheven "
                    "(AVG art. 18 lid 3)."
                )
            )
            self.ui.reason_caption.setText(self.tr("&Waarom wordt de beperking opgeheven?"))
            self.ui.reason_edit.setPlaceholderText(self.tr("bijv. juistheid van het adres vastgesteld"))
            ok_text = self.tr("Opheffen")
        else:
            self.setWindowTitle(self.tr("Verwerking beperken — %1").replace("%1", reference))
            self.ui.explanation_label.setText(
                self.tr(
                    "Zolang de beperking geldt, kan het dossier worden ingezien, maar niet gewijzigd, "
                    "geëxporteerd of verstrekt; alleen de verzoeken van de betrokkene worden afgehandeld. "
                    "De reden staat bovenaan het dossier."
                )
            )
            self.ui.reason_edit.setPlaceholderText(
                self.tr("bijv. de klant betwist de juistheid van zijn adres (AVG art. 18 lid 1a)")
            )
            ok_text = self.tr("Beperken")
        self.ui.informed_check.setVisible(lift)
        name_buttons(self.ui.button_box, ok_text, self.tr("Annuleren"))
        self.ui.reason_edit.textChanged.connect(lambda: show_error_text(self.ui.error_label, ""))
        self.ui.button_box.accepted.connect(self.try_accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.reason_edit.setFocus()

    def _reference(self) -> str:
        try:
            return requests.get(self.session.workspace, self.request_id, audit=False).reference
        except CalqiError:
            return ""  # the service says what is wrong when the member presses OK

    @property
    def text(self) -> str:
        return self.ui.reason_edit.toPlainText().strip()

    def _refuse(self, message: str) -> None:
        show_error_text(self.ui.error_label, message)
        self.ui.reason_edit.setFocus()

    def try_accept(self) -> None:
        """Check what the form can check, then set or lift; a refusal is shown under the field."""
        if len(self.text) > TEXT_MAX:
            self._refuse(self.tr("De tekst is te lang: ten hoogste %1 tekens.").replace("%1", str(TEXT_MAX)))
            return
        if self.lift and not self.ui.informed_check.isChecked():
            show_error_text(
                self.ui.error_label,
                self.tr(
                    "Vink aan dat de verzoeker vooraf is geïnformeerd; pas dan kan de beperking worden opgeheven."
                ),
            )
            self.ui.informed_check.setFocus()
            return
        if not self.text:
            self._refuse(
                self.tr("Schrijf kort waarom de beperking wordt opgeheven.")
                if self.lift
                else self.tr("Vul de reden van de beperking in; die komt bovenaan het dossier te staan.")
            )
            return
        workspace = self.session.workspace
        try:
            if self.lift:
                self.request = restriction.lift_restriction(workspace, self.request_id, self.text)
            else:
                self.request = restriction.set_restriction(workspace, self.request_id, self.text)
        except FieldValidationError as error:
            self._refuse(error.message(self.session.language))
            return
        except CalqiError as error:
            errors.show_error(self, error)
            return
        self.accept()
