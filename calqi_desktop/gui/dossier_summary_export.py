"""The dossier summary as a PDF, from the dossier window ("Dossieroverzicht (PDF)…", Ctrl+Shift+P).

The summary is the firm's own overview of a dossier (`services.request_exports.
dossier_summary`). A member who may see special data is asked whether to
include it (default: no, the values are then masked); a summary with special
data is offered a password (`gui.protected_pdf`). It is not made for an
unsaved new dossier, a restricted one (AVG art. 18: no export while
restricted) or an anonymised one, nor for a role without EXPORT_DATA: the
service refuses those too, `refusal` says why beforehand.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.clients import ClientStatus, Dossier
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.protected_pdf import save_protected_pdf
from calqi_desktop.services import request_exports


def refusal(session: AppSession, dossier: Dossier | None) -> str:
    """Why no summary can be made now ('' when it can)."""
    if not session.may(Permission.EXPORT_DATA):
        return QCoreApplication.translate("dossier_summary_export", "Uw rol mag geen gegevens exporteren.")
    if dossier is None:
        return QCoreApplication.translate("dossier_summary_export", "Sla het nieuwe dossier eerst op.")
    if dossier.status == ClientStatus.ANONYMISED:
        return QCoreApplication.translate(
            "dossier_summary_export", "Een geanonimiseerd dossier heeft geen overzicht meer."
        )
    if dossier.restricted:
        return QCoreApplication.translate(
            "dossier_summary_export",
            "De verwerking is beperkt (AVG art. 18): het dossier mag niet worden geëxporteerd.",
        )
    return ""


def show_summary_state(
    action: QAction, button: QPushButton, session: AppSession, dossier: Dossier | None
) -> None:
    """Enable the action and its button when a summary can be made; the button's tooltip says why not."""
    why_not = refusal(session, dossier)
    action.setEnabled(not why_not)
    button.setEnabled(not why_not)
    button.setVisible(session.may(Permission.EXPORT_DATA))
    button.setToolTip(
        why_not
        or QCoreApplication.translate(
            "dossier_summary_export", "Een overzicht van het dossier als PDF (%1)"
        ).replace("%1", shortcuts.DOSSIER_SUMMARY)
    )


def ask_include_special(parent: QWidget) -> bool | None:
    """True: with special data in full; False: masked (the default); None: cancelled."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        APP_NAME,
        QCoreApplication.translate(
            "dossier_summary_export", "Bijzondere persoonsgegevens opnemen in het dossieroverzicht?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("include_special_box")
    box.setInformativeText(
        QCoreApplication.translate(
            "dossier_summary_export",
            "Met bijzondere gegevens staan het BSN, de geboortedatum, bankrekeningen en kinderen er "
            "volledig in; zonder worden ze afgeschermd getoond. Neem ze alleen op als het overzicht "
            "daarvoor bedoeld is.",
        )
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("dossier_summary_export", "Met bijzondere gegevens")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("dossier_summary_export", "Zonder (afgeschermd)")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("dossier_summary_export", "Annuleren")
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Cancel:
        return None
    return answer == QMessageBox.StandardButton.Yes


def save_dossier_summary(parent: QWidget, session: AppSession, dossier: Dossier) -> Path | None:
    """Ask what goes in, where it goes (and a password when it holds special data); render and save.

    Returns the path written, or None when cancelled or refused (a refusal is shown).
    """
    include_special = False
    if session.may(Permission.VIEW_SPECIAL_DATA):
        answer = ask_include_special(parent)
        if answer is None:
            return None
        include_special = answer
    workspace = session.workspace
    client_id = dossier.id

    def render(password: str | None) -> bytes:
        return request_exports.dossier_summary(
            workspace, client_id, include_special=include_special, password=password
        )

    return save_protected_pdf(
        parent,
        QCoreApplication.translate("dossier_summary_export", "Dossieroverzicht opslaan"),
        QCoreApplication.translate("dossier_summary_export", "Dossieroverzicht %1.pdf").replace(
            "%1", dossier.draft.client_number
        ),
        render,
        holds_special=include_special,
    )
