"""Carrying out a request, per right: the request window's main button and what stands in its way.

access → the access report PDF, offered with a password (it holds the BSN in
full); portability → the ZIP, made on a worker thread behind a progress
dialog; rectification → the dossier window in request mode; erasure → the
erasure dialog (preview, confirmation, letter); restriction → set or lift the
flag; withdrawal of consent and objection → choose one of the client's given
consents and withdraw it through the request. A request for information is
answered with a letter only. Which letters fit where the request stands,
and adding and saving the request's own documents (the letter or e-mail
that brought it in), sit here as well.

`refusal()` says why the button is disabled — closed, not linked to a
dossier, identity not verified, a role without the permission — so the window
can show it beside the button. A closed restriction request whose client is
still restricted can still lift the restriction (`lifts_after_closing`). The services check the same again; a refusal
from them is shown as it comes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from calqi_desktop import APP_NAME
from calqi_desktop.domain.consent import Consent, WithdrawalDraft
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.requests import DataSubjectRequest, LetterKind, RequestOutcome, RequestType
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.protected_pdf import save_protected_pdf
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task

if TYPE_CHECKING:
    from calqi_desktop.gui.request_window import RequestWindow

#: What the member needs, besides HANDLE_REQUESTS, to carry out each right.
PERMISSIONS: dict[RequestType, tuple[Permission, ...]] = {
    RequestType.ACCESS: (Permission.VIEW_SPECIAL_DATA,),
    RequestType.PORTABILITY: (Permission.EXPORT_DATA, Permission.VIEW_SPECIAL_DATA),
    RequestType.RECTIFICATION: (Permission.EDIT_DOSSIERS,),
    RequestType.ERASURE: (Permission.ERASE_CLIENTS,),
    RequestType.RESTRICTION: (),
    RequestType.WITHDRAWAL: (Permission.MANAGE_CONSENT,),
    RequestType.OBJECTION: (Permission.MANAGE_CONSENT,),
}


#: The decision letter that fits each outcome.
DECISION_LETTERS = {
    RequestOutcome.GRANTED: LetterKind.GRANTED,
    RequestOutcome.PARTLY_GRANTED: LetterKind.PARTLY_GRANTED,
    RequestOutcome.REFUSED: LetterKind.REFUSED,
    RequestOutcome.IDENTITY_FAILED: LetterKind.REFUSED,
}


def applicable_letters(request: DataSubjectRequest) -> list[LetterKind]:
    """The letters that fit where the request stands (as `services.request_letters` decides)."""
    kinds = []
    if request.is_open:
        kinds.append(LetterKind.ACKNOWLEDGEMENT)
        if not request.identity_verified:
            kinds.append(LetterKind.IDENTITY_REQUEST)
    if request.extension is not None:
        kinds.append(LetterKind.EXTENSION)
    if not request.is_open and request.outcome in DECISION_LETTERS:
        kinds.append(DECISION_LETTERS[request.outcome])
    return kinds


def letter_action_name(kind: LetterKind) -> str:
    return f"letter_{kind.value.replace('-', '_')}_action"


def carry_out_text(request: DataSubjectRequest) -> str:
    """The main button's text for the request's right ('' for a request for information)."""
    texts = {
        RequestType.ACCESS: QCoreApplication.translate(
            "request_window_actions", "Inzageoverzicht maken (PDF)…"
        ),
        RequestType.PORTABILITY: QCoreApplication.translate(
            "request_window_actions", "Gegevensexport maken (ZIP)…"
        ),
        RequestType.RECTIFICATION: QCoreApplication.translate(
            "request_window_actions", "Dossier corrigeren…"
        ),
        RequestType.ERASURE: QCoreApplication.translate("request_window_actions", "Wissen (anonimiseren)…"),
        RequestType.RESTRICTION: (
            QCoreApplication.translate("request_window_actions", "Beperking opheffen…")
            if request.client_restricted
            else QCoreApplication.translate("request_window_actions", "Verwerking beperken…")
        ),
        RequestType.WITHDRAWAL: QCoreApplication.translate(
            "request_window_actions", "Toestemming intrekken…"
        ),
        RequestType.OBJECTION: QCoreApplication.translate("request_window_actions", "Toestemming intrekken…"),
    }
    return texts.get(request.request_type, "")


def refusal(session: AppSession, request: DataSubjectRequest, *, can_open_dossier: bool = True) -> str:
    """Why the request cannot be carried out now ('' when it can)."""
    if request.request_type is RequestType.INFORMATION:
        return QCoreApplication.translate(
            "request_window_actions",
            "Een verzoek om informatie wordt met een brief beantwoord (Ctrl+Shift+B); er worden geen "
            "gegevens uit de kluis verstrekt.",
        )
    if not request.is_open and not lifts_after_closing(request):
        return QCoreApplication.translate(
            "request_window_actions", "Dit verzoek is afgehandeld; er kan niets meer aan worden gedaan."
        )
    if request.client_id is None and request.identity_verified:
        return QCoreApplication.translate(
            "request_window_actions",
            "Dit verzoek is niet aan een dossier gekoppeld, en na de identiteitscontrole kan dat niet meer. "
            "Staat de verzoeker toch in de kluis, boek het verzoek dan opnieuw in op het dossier en leg daar "
            "de identiteit vast. Zo niet, dan houdt het kantoor geen gegevens over hem of haar: beantwoord "
            "het verzoek met een brief.",
        )
    if request.client_id is None:
        return QCoreApplication.translate(
            "request_window_actions",
            "Dit verzoek is niet aan een dossier gekoppeld. Staat de verzoeker in de kluis, koppel het dan "
            "eerst aan het dossier (Koppelen aan dossier…). Zo niet, dan houdt het kantoor geen gegevens "
            "over hem of haar: beantwoord het verzoek met een brief.",
        )
    if request.client_anonymised:
        return QCoreApplication.translate(
            "request_window_actions",
            "Het dossier is geanonimiseerd: er zijn geen gegevens meer om te verstrekken of te wijzigen.",
        )
    if not request.identity_verified:
        return QCoreApplication.translate(
            "request_window_actions",
            "Leg eerst de identiteit van de verzoeker vast (Ctrl+Shift+I): er worden geen gegevens "
            "verstrekt of gewijzigd voordat vaststaat dat het om deze persoon gaat.",
        )
    needed = (Permission.HANDLE_REQUESTS, *PERMISSIONS.get(request.request_type, ()))
    if not all(session.may(permission) for permission in needed):
        return QCoreApplication.translate(
            "request_window_actions",
            "Uw rol (%1) mag dit niet uitvoeren; vraag een collega met die bevoegdheid.",
        ).replace("%1", session.user.role.label(session.language))
    if request.request_type is RequestType.RECTIFICATION and not can_open_dossier:
        return QCoreApplication.translate(
            "request_window_actions",
            "Open het dossier om het te corrigeren vanuit het hoofdvenster (pagina AVG-verzoeken).",
        )
    return ""


def lifts_after_closing(request: DataSubjectRequest) -> bool:
    """A restriction outlives its request: once closed, the request can still lift it."""
    return (
        request.request_type is RequestType.RESTRICTION
        and request.client_restricted
        and request.identity_verified
    )


def carry_out(window: RequestWindow) -> None:
    """The main button: what the request's right asks for."""
    request = window.request
    if refusal(window.session, request, can_open_dossier=window.open_dossier is not None):
        return
    handlers = {
        RequestType.ACCESS: make_access_report,
        RequestType.PORTABILITY: make_portability_export,
        RequestType.RECTIFICATION: rectify,
        RequestType.ERASURE: erase,
        RequestType.RESTRICTION: restrict,
        RequestType.WITHDRAWAL: withdraw_consent,
        RequestType.OBJECTION: withdraw_consent,
    }
    handler = handlers.get(request.request_type)
    if handler is not None:
        handler(window)


def make_access_report(window: RequestWindow) -> Path | None:
    """The access report: where to save, a password (recommended), then the PDF (audited, a step)."""
    from calqi_desktop.services import request_exports

    request = window.request
    workspace = window.session.workspace
    path = save_protected_pdf(
        window,
        QCoreApplication.translate("request_window_actions", "Inzageoverzicht opslaan"),
        QCoreApplication.translate("request_window_actions", "Inzage %1.pdf").replace(
            "%1", request.reference
        ),
        lambda password: request_exports.access_report(workspace, request.id, password=password),
        holds_special=True,
    )
    if path is not None:
        window.after_change(
            QCoreApplication.translate("request_window_actions", "Inzageoverzicht opgeslagen: %1").replace(
                "%1", path.name
            )
        )
    return path


def ask_zip_path(window: RequestWindow, suggested_name: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("request_window_actions", "Gegevensexport opslaan"),
        str(Path(folder) / suggested_name),
        QCoreApplication.translate("request_window_actions", "ZIP-bestanden (*.zip)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.casefold() == ".zip" else path.with_name(path.name + ".zip")


def make_portability_export(window: RequestWindow) -> BackgroundTask | None:
    """The portability ZIP, made and written on a worker thread; the window reloads when it is done."""
    from calqi_desktop.services import portability
    from calqi_desktop.services.documents import write_file_atomically

    request = window.request
    path = ask_zip_path(
        window,
        QCoreApplication.translate("request_window_actions", "Gegevensexport %1.zip").replace(
            "%1", request.reference
        ),
    )
    if path is None:
        return None
    workspace = window.session.workspace

    def work(progress: TaskProgress) -> Path:
        progress.report(
            QCoreApplication.translate("request_window_actions", "De gegevens worden verzameld en ingepakt…")
        )
        data = portability.portability_export(workspace, request.id)
        progress.report(QCoreApplication.translate("request_window_actions", "Het bestand wordt opgeslagen…"))
        write_file_atomically(path, data)
        return path

    def done(written: object) -> None:
        window.task = None
        window.after_change(
            QCoreApplication.translate("request_window_actions", "Gegevensexport opgeslagen: %1").replace(
                "%1", Path(str(written)).name
            )
        )

    def failed(error: BaseException) -> None:
        window.task = None
        errors.report(error, window)

    window.task = run_task(
        window,
        QCoreApplication.translate("request_window_actions", "Gegevensexport maken"),
        work,
        on_success=done,
        on_failure=failed,
    )
    return window.task


def rectify(window: RequestWindow) -> bool:
    """The dossier window in rectification mode: each change it saves is linked to this request."""
    request = window.request
    if window.open_dossier is None or request.client_id is None:
        return False
    if not window.open_dossier(request.client_id, request.id):
        _tell(
            window,
            QCoreApplication.translate(
                "request_window_actions",
                "Het dossier kon niet worden geopend. Open het via de pagina Dossiers.",
            ),
        )
        return False
    return True


def erase(window: RequestWindow) -> bool:
    """The erasure dialog (preview, confirmation, letter, then anonymisation)."""
    from calqi_desktop.gui.erasure_dialog import ErasureDialog

    dialog = ErasureDialog(window.session, window.request.id, window)
    erased = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if erased:
        window.after_change(
            QCoreApplication.translate("request_window_actions", "Het dossier is geanonimiseerd.")
        )
    else:
        window.reload()  # a refused or failed erasure may have left a step
    return erased


def restrict(window: RequestWindow) -> bool:
    """Set the restriction (or lift it, when set) with its reason."""
    from calqi_desktop.gui.restriction_dialog import RestrictionDialog

    lift = window.request.client_restricted
    dialog = RestrictionDialog(window.session, window.request.id, lift=lift, parent=window)
    done = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if done:
        window.after_change(
            QCoreApplication.translate("request_window_actions", "De beperking is opgeheven.")
            if lift
            else QCoreApplication.translate("request_window_actions", "De verwerking is beperkt.")
        )
    return done


def choose_consent(window: RequestWindow, given: list[Consent]) -> Consent | None:
    """One of the client's given consents: the only one, or the one chosen from a list."""
    if len(given) == 1:
        return given[0]
    titles = [item.title(window.session.language) for item in given]
    dialog = QInputDialog(window)
    dialog.setObjectName("consent_choice_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("request_window_actions", "Toestemming intrekken"))
    dialog.setLabelText(
        QCoreApplication.translate("request_window_actions", "Welke toestemming trekt de verzoeker in?")
    )
    dialog.setComboBoxItems(titles)
    dialog.setComboBoxEditable(False)
    chosen = dialog.exec() == QDialog.DialogCode.Accepted
    index = titles.index(dialog.textValue()) if chosen and dialog.textValue() in titles else -1
    dialog.deleteLater()
    return given[index] if index >= 0 else None


def withdraw_consent(window: RequestWindow) -> bool:
    """Withdraw one of the client's consents through the request (the withdrawal dialog decides
    what happens to the special data it covered)."""
    from calqi_desktop.gui.withdrawal_dialog import WithdrawalDialog
    from calqi_desktop.services import clients, consent, request_rights

    request = window.request
    session = window.session
    if request.client_id is None:
        return False
    workspace = session.workspace
    try:
        given = [item for item in consent.client_consents(workspace, request.client_id) if item.is_given]
        if not given:
            _tell(
                window,
                QCoreApplication.translate(
                    "request_window_actions",
                    "Deze klant heeft geen gegeven toestemmingen die kunnen worden ingetrokken.",
                ),
            )
            return False
        chosen = choose_consent(window, given)
        if chosen is None:
            return False
        dossier = clients.open_dossier(workspace, request.client_id)
        impact = consent.withdrawal_impact(workspace, chosen.id)
    except CalqiError as error:
        errors.show_error(window, error)
        return False

    def through_request(draft: WithdrawalDraft) -> Consent:
        return request_rights.withdraw_consent(workspace, request.id, draft)

    dialog = WithdrawalDialog(session, dossier, chosen, impact, window, withdraw=through_request)
    withdrawn = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    if withdrawn:
        window.after_change(
            QCoreApplication.translate("request_window_actions", "De toestemming is ingetrokken.")
        )
    return withdrawn


def _tell(window: RequestWindow, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("request_message_box")
    box.exec()


# --- the request's documents ---------------------------------------------------------------------------


def add_document(window: RequestWindow) -> bool:
    """Attach the requester's letter or e-mail (checked by the service)."""
    from calqi_desktop.gui.request_intake_dialog import pick_request_document
    from calqi_desktop.services import requests

    try:
        chosen = pick_request_document(window, window.session)
        if chosen is None:
            return False
        requests.add_document(window.session.workspace, window.request.id, *chosen)
    except CalqiError as error:
        errors.show_error(window, error)
        return False
    window.after_change(
        QCoreApplication.translate("request_window_actions", "Stuk toegevoegd: %1").replace("%1", chosen[0])
    )
    return True


def save_document(window: RequestWindow) -> Path | None:
    """Save the chosen document as a file; `requests.open_document` audits it."""
    from calqi_desktop.services import requests
    from calqi_desktop.services.documents import clean_file_name, write_file_atomically

    document_id = window.selected_document_id()
    if document_id is None:
        return None
    info = next((doc for doc in window.request.documents if doc.id == document_id), None)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = clean_file_name(info.file_name) if info is not None else ""
    chosen, _filter = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("request_window_actions", "Stuk opslaan als"),
        str(Path(folder) / suggested),
    )
    if not chosen:
        return None
    try:
        _info, data = requests.open_document(window.session.workspace, window.request.id, document_id)
        write_file_atomically(Path(chosen), data)
    except CalqiError as error:
        errors.show_error(window, error)
        return None
    window.ui.message_label.setText(
        QCoreApplication.translate("request_window_actions", "Stuk opgeslagen: %1").replace(
            "%1", Path(chosen).name
        )
    )
    return Path(chosen)
