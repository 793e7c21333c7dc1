"""The two later steps in an authorisation's life: entering a VIA's activation code, and revoking.

Each dialog calls its service itself (`activate_via`, `revoke_authorisation`)
and stays open on a refusal: a bad field is marked where it is, anything
else is said under the form. The activation code is typed hidden, with a
toggle to show it; it never appears in a message.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from calqi_desktop.domain.authorisations import (
    F_ACTIVATED_ON,
    F_ACTIVATION_CODE,
    F_REVOKE_REASON,
    F_REVOKED_ON,
    Authorisation,
    normalise_activation_code,
)
from calqi_desktop.domain.errors import CalqiError, FieldValidationError, RequiredFieldError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.validation import FieldErrors, parse_date_nl
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.authorisation_dialog import show_secret_toggle
from calqi_desktop.gui.dialog_buttons import name_buttons
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks, prepare_error_label
from calqi_desktop.gui.forms.ui_activation_dialog import Ui_ActivationDialog
from calqi_desktop.gui.forms.ui_revoke_authorisation_dialog import Ui_RevokeAuthorisationDialog


class _StepDialog(QDialog):
    """What both share: marks at the fields, a message under the form, the result after Accepted."""

    marks: FieldMarks
    error_label: QLabel

    def _setup(self, session: AppSession, authorisation: Authorisation, today: date | None) -> None:
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.original = authorisation
        self.today = today or date.today()
        self.authorisation: Authorisation | None = None
        self.marks = FieldMarks(self.language)
        prepare_error_label(self.error_label)

    def show_problems(self, problems: list[FieldValidationError]) -> None:
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
        self.error_label.setText(error.message(self.language))
        self.error_label.show()

    def field_error(self, key: str) -> str:
        return self.marks.message(key)


class ActivationDialog(_StepDialog):
    """The code from the client's letter and the day of activation; valid from that day."""

    def __init__(
        self,
        session: AppSession,
        authorisation: Authorisation,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ActivationDialog()
        self.ui.setupUi(self)
        self.error_label = self.ui.error_label
        self._setup(session, authorisation, today)
        ui = self.ui
        self.marks.set_fields(
            {
                F_ACTIVATION_CODE.name: (ui.activation_code_edit, ui.activation_code_error_label),
                F_ACTIVATED_ON.name: (ui.activated_on_edit, ui.activated_on_error_label),
            }
        )
        ui.activated_on_edit.setText(format_date_nl(self.today))
        ui.show_code_check.toggled.connect(lambda shown: show_secret_toggle(ui.activation_code_edit, shown))
        name_buttons(ui.button_box, self.tr("Activeren"), self.tr("Annuleren"))
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        ui.activation_code_edit.setFocus()

    def try_accept(self) -> None:
        from calqi_desktop.services import authorisations

        self.marks.clear()
        self.error_label.hide()
        problems = FieldErrors()
        code = problems.check(lambda: normalise_activation_code(self.ui.activation_code_edit.text()), "")
        if not code and not problems.errors_for(F_ACTIVATION_CODE.name):
            problems.add(F_ACTIVATION_CODE.error(RequiredFieldError))
        activated_on = problems.check(
            lambda: parse_date_nl(self.ui.activated_on_edit.text(), F_ACTIVATED_ON), None
        )
        if problems or activated_on is None:
            self.show_problems(problems.errors)
            return
        try:
            result = authorisations.activate_via(self.session.workspace, self.original.id, code, activated_on)
        except FieldValidationError as error:
            self.show_problems([error])
            return
        except CalqiError as error:
            self.show_error(error)
            return
        self.authorisation = result
        self.accept()


class RevokeDialog(_StepDialog):
    """The day the authorisation ends and why; disclosures after that day are refused."""

    def __init__(
        self,
        session: AppSession,
        authorisation: Authorisation,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RevokeAuthorisationDialog()
        self.ui.setupUi(self)
        self.error_label = self.ui.error_label
        self._setup(session, authorisation, today)
        ui = self.ui
        self.marks.set_fields(
            {
                F_REVOKED_ON.name: (ui.revoked_on_edit, ui.revoked_on_error_label),
                F_REVOKE_REASON.name: (ui.reason_edit, ui.reason_error_label),
            }
        )
        ui.explanation_label.setText(
            self.tr(
                "‘%1’ wordt ingetrokken. Vanaf de intrekkingsdatum wordt op deze machtiging niets meer "
                "verstrekt; intrekken kan niet ongedaan worden gemaakt."
            ).replace("%1", authorisation.terms.describe(self.language))
        )
        ui.revoked_on_edit.setText(format_date_nl(self.today))
        name_buttons(ui.button_box, self.tr("Intrekken"), self.tr("Annuleren"))
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        ui.reason_edit.setFocus()

    def try_accept(self) -> None:
        from calqi_desktop.services import authorisations

        self.marks.clear()
        self.error_label.hide()
        problems = FieldErrors()
        revoked_on = problems.check(lambda: parse_date_nl(self.ui.revoked_on_edit.text(), F_REVOKED_ON), None)
        reason = " ".join(self.ui.reason_edit.text().split())
        if not reason:
            problems.add(F_REVOKE_REASON.error(RequiredFieldError))
        if problems or revoked_on is None:
            self.show_problems(problems.errors)
            return
        try:
            result = authorisations.revoke_authorisation(
                self.session.workspace, self.original.id, revoked_on, reason
            )
        except FieldValidationError as error:
            self.show_problems([error])
            return
        except CalqiError as error:
            self.show_error(error)
            return
        self.authorisation = result
        self.accept()
