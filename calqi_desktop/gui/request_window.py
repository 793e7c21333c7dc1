"""One data-subject request in its own window: who asked what, the clock, the identity gate, and the handling.

The header says the reference, the right (with its AVG article), the subject,
when and how it came in and where it stands. The deadline panel gives the
legal term (one calendar month, or later after an extension) with the days
left, and the firm's own four-week target; it is coloured as in the list.
The identity panel says plainly when the identity is not yet verified —
until it is, the main button that releases or changes data stays disabled,
with the reason beside it (`request_window_actions.refusal`). A request from
someone not yet found in the vault can be linked to the subject's dossier
there ("Koppelen aan dossier…", `RequestLinkDialog`) as long as the identity
has not been verified. Letters, the
extension, closing and the request's documents are always at hand; the
timeline lists every step. Each action reloads the window (without a new
"opened" audit event) and emits `changed` so the list follows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMenu, QMessageBox, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_date_nl, format_datetime_nl
from calqi_desktop.domain.requests import DataSubjectRequest, LetterKind, RequestOutcome
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import request_window_actions, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.forms.ui_request_window import Ui_RequestWindow
from calqi_desktop.gui.request_close_dialog import RequestCloseDialog
from calqi_desktop.gui.request_extension_dialog import RequestExtensionDialog
from calqi_desktop.gui.request_identity_dialog import RequestIdentityDialog
from calqi_desktop.gui.request_link_dialog import RequestLinkDialog
from calqi_desktop.gui.request_model import (
    URGENCY_BACKGROUND,
    URGENCY_TEXT,
    StepColumn,
    StepModel,
    days_left_text,
    status_text,
)
from calqi_desktop.gui.tasks import BackgroundTask
from calqi_desktop.services import requests

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole
WARNING_STYLE = f"background: #fff4d6; color: {URGENCY_TEXT}; font-weight: bold; padding: 4px;"
BANNER_STYLE = f"background: #fde2e1; color: {URGENCY_TEXT}; font-weight: bold; padding: 6px;"

#: open_dossier(client_id, request_id): the dossier window in rectification mode; False when it cannot.
OpenDossier = Callable[[int, int], bool]


class RequestWindow(QWidget):
    """The window of one request. `changed(request_id)` after every action; `closed(request_id)`."""

    changed = Signal(int)
    closed = Signal(int)

    def __init__(
        self,
        session: AppSession,
        request: DataSubjectRequest,
        parent: QWidget | None = None,
        *,
        open_dossier: OpenDossier | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_RequestWindow()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.session = session
        self.language = session.language
        self.request = request
        self.open_dossier = open_dossier
        self._today = today
        self.task: BackgroundTask | None = None
        ui = self.ui
        font = ui.reference_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.reference_label.setFont(font)
        ui.banner_label.setStyleSheet(BANNER_STYLE)
        self.steps = StepModel(self.language, self)
        ui.timeline_table.setModel(self.steps)
        header = ui.timeline_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((StepColumn.WHEN, 125), (StepColumn.STEP, 340), (StepColumn.BY, 120)):
            header.resizeSection(column, width)
        self.letter_menu = QMenu(self)
        self.letter_menu.setObjectName("letter_menu")
        ui.letter_button.setMenu(self.letter_menu)

        self._action("verify_identity_action", (shortcuts.VERIFY_IDENTITY,), self.verify_identity)
        self._action("carry_out_action", (shortcuts.CARRY_OUT_REQUEST,), self.carry_out)
        self._action("letter_action", (shortcuts.MAKE_LETTER,), self._show_letter_menu)
        self._action("extend_action", (shortcuts.EXTEND_TERM,), self.extend)
        self._action("close_request_action", (shortcuts.CLOSE_REQUEST,), self.close_request)
        self._action("close_window_action", shortcuts.CLOSE_WINDOW, self.close)
        ui.link_client_button.clicked.connect(self.link_client)
        ui.verify_identity_button.clicked.connect(self.verify_identity)
        ui.carry_out_button.clicked.connect(self.carry_out)
        ui.extend_button.clicked.connect(self.extend)
        ui.close_button.clicked.connect(self.close_request)
        ui.add_document_button.clicked.connect(self.add_document)
        ui.save_document_button.clicked.connect(self.save_document)
        ui.document_list.itemDoubleClicked.connect(lambda _item: self.save_document())
        ui.document_list.currentItemChanged.connect(self._update_document_buttons)
        ui.close_window_button.clicked.connect(self.close)
        ui.message_label.clear()
        self.show_request(request)

    def _action(self, name: str, keys: tuple[str, ...], slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def request_id(self) -> int:
        return self.request.id

    # --- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the request again (no new 'opened' event); a refusal is shown in the message line."""
        if not self.session.is_signed_in:
            return
        try:
            request = requests.get(self.session.workspace, self.request.id, audit=False)
        except CalqiError as error:
            self.ui.message_label.setText(error.message(self.language))
            return
        self.show_request(request)

    def after_change(self, message: str = "") -> None:
        """An action went through: show it as it now is, say so, and let the list follow."""
        self.reload()
        if message:
            self.ui.message_label.setText(message)
        self.changed.emit(self.request.id)

    def event(self, event: QEvent) -> bool:
        # Back to this window (a rectification saved in the dossier window): show the new steps.
        if event.type() == QEvent.Type.WindowActivate and self.isVisible():
            self.reload()
        return super().event(event)

    def show_request(self, request: DataSubjectRequest) -> None:
        self.request = request
        ui = self.ui
        self.setWindowTitle(
            self.tr("%1 — %2 — AVG-verzoek")
            .replace("%1", request.reference)
            .replace("%2", request.request_type.label(self.language))
        )
        ui.reference_label.setText(request.reference)
        ui.type_label.setText(
            f"{request.request_type.label(self.language)} (AVG {request.request_type.article})"
        )
        ui.subject_label.setText(self._subject_text(request))
        ui.received_label.setText(
            f"{format_date_nl(request.received_on)} — {request.channel.label(self.language)}"
        )
        ui.status_label.setText(self._status_text(request))
        ui.description_label.setText(request.description or "—")
        self._show_banner(request)
        self._show_deadline(request)
        self._show_identity(request)
        self._show_actions(request)
        self.steps.set_rows(request.steps)
        self._show_documents(request)

    def _subject_text(self, request: DataSubjectRequest) -> str:
        if request.client_id is not None:
            return f"{request.subject_name} ({request.client_number})"
        requester = request.requester
        lines = [self.tr("%1 — niet in de kluis").replace("%1", request.subject_name or requester.name)]
        contact = " · ".join(part for part in (requester.email, requester.phone) if part)
        if contact:
            lines.append(contact)
        if requester.address.strip():
            lines.append(", ".join(line.strip() for line in requester.address.splitlines() if line.strip()))
        return "\n".join(lines)

    def _status_text(self, request: DataSubjectRequest) -> str:
        text = status_text(request.status, request.outcome, self.language)
        if request.closed_on is not None:
            text = self.tr("%1 op %2").replace("%1", text).replace("%2", format_date_nl(request.closed_on))
        if request.outcome_grounds:
            text += "\n" + self.tr("Gronden: %1").replace("%1", request.outcome_grounds)
        return text

    def _show_banner(self, request: DataSubjectRequest) -> None:
        if request.client_anonymised:
            text = self.tr("Dossier geanonimiseerd — de gegevens van de betrokkene zijn gewist.")
        elif request.client_restricted:
            text = self.tr("Verwerking beperkt — alleen dit verzoek wordt afgehandeld")
        else:
            text = ""
        self.ui.banner_label.setText(text)
        self.ui.banner_label.setVisible(bool(text))

    def _show_deadline(self, request: DataSubjectRequest) -> None:
        ui = self.ui
        deadline = format_date_nl(request.deadline)
        if request.is_open:
            left = days_left_text(request.deadline, self.today, elapsed=True)
            text = self.tr("Wettelijke termijn: %1 (%2)").replace("%1", deadline).replace("%2", left)
        else:
            text = self.tr("Wettelijke termijn: %1").replace("%1", deadline)
        ui.deadline_label.setText(text)
        ui.target_label.setText(
            self.tr("Interne streefdatum (vier weken): %1").replace(
                "%1", format_date_nl(request.internal_target)
            )
        )
        extension = request.extension
        if extension is not None:
            ui.extension_label.setText(
                self.tr("Verlengd met %1 op %2 door %3 (eerste termijn %4). Reden: %5")
                .replace("%1", self.tr("1 maand") if extension.months == 1 else self.tr("2 maanden"))
                .replace("%2", format_date_nl(extension.decided_on))
                .replace("%3", extension.decided_by)
                .replace("%4", format_date_nl(request.first_deadline))
                .replace("%5", extension.reason)
            )
        ui.extension_label.setVisible(extension is not None)
        urgency = request.urgency(self.today)
        colour = URGENCY_BACKGROUND.get(urgency)
        ui.deadline_frame.setStyleSheet(
            f"QFrame#deadline_frame {{ background: {colour}; }} QFrame#deadline_frame QLabel {{ color: {URGENCY_TEXT}; }}"
            if colour
            else ""
        )
        ui.deadline_frame.setToolTip(urgency.label(self.language))
        ui.deadline_frame.setProperty("urgency", urgency.value)

    def _show_identity(self, request: DataSubjectRequest) -> None:
        ui = self.ui
        identity = request.identity
        if identity is not None:
            text = (
                self.tr("Identiteit vastgesteld: %1, door %2 op %3.")
                .replace("%1", identity.method.label(self.language))
                .replace("%2", identity.checked_by)
                .replace("%3", format_date_nl(identity.checked_on))
            )
            if identity.note:
                text += " " + self.tr("Toelichting: %1").replace("%1", identity.note)
            style = ""
        elif request.outcome is RequestOutcome.IDENTITY_FAILED:
            text = self.tr("Identiteit niet vastgesteld; het verzoek is afgesloten. Reden: %1").replace(
                "%1", request.identity_failed_reason or request.outcome_grounds
            )
            style = ""
        else:
            text = self.tr("Identiteit nog niet vastgesteld")
            style = WARNING_STYLE
        ui.identity_label.setText(text)
        ui.identity_label.setStyleSheet(style)
        ui.verify_identity_button.setVisible(identity is None and request.is_open)
        ui.link_client_button.setVisible(identity is None and request.is_open and request.client_id is None)

    def _show_actions(self, request: DataSubjectRequest) -> None:
        ui = self.ui
        may_handle = self.session.may(Permission.HANDLE_REQUESTS)
        text = request_window_actions.carry_out_text(request)
        refusal = request_window_actions.refusal(
            self.session, request, can_open_dossier=self.open_dossier is not None
        )
        ui.carry_out_button.setVisible(bool(text))
        if text:
            ui.carry_out_button.setText(text)
        ui.carry_out_button.setEnabled(bool(text) and not refusal)
        ui.carry_out_hint_label.setText(refusal)
        ui.carry_out_hint_label.setVisible(bool(refusal))
        ui.verify_identity_button.setEnabled(may_handle)
        ui.link_client_button.setEnabled(may_handle)
        ui.extend_button.setEnabled(may_handle and request.may_extend_on(self.today))
        ui.close_button.setEnabled(may_handle and request.is_open)
        ui.add_document_button.setEnabled(may_handle and request.is_open)
        self._fill_letter_menu(request)

    # --- letters --------------------------------------------------------------------------------

    def _fill_letter_menu(self, request: DataSubjectRequest) -> None:
        self.letter_menu.clear()
        for kind in request_window_actions.applicable_letters(request):
            action = self.letter_menu.addAction(kind.label(self.language) + "…")
            action.setObjectName(request_window_actions.letter_action_name(kind))
            action.triggered.connect(lambda _checked=False, chosen=kind: self.make_letter(chosen))
        self.ui.letter_button.setEnabled(bool(self.letter_menu.actions()))

    def letter_kinds(self) -> list[LetterKind]:
        """The letters offered in the menu now."""
        return request_window_actions.applicable_letters(self.request)

    def _show_letter_menu(self) -> None:
        if self.ui.letter_button.isEnabled():
            self.ui.letter_button.showMenu()

    def make_letter(self, kind: LetterKind) -> Path | None:
        """Ask where to save, then make the letter (audited, a step on the timeline)."""
        from calqi_desktop.gui.pdf_export import ask_and_save_pdf
        from calqi_desktop.services import request_letters

        workspace = self.session.workspace
        path = ask_and_save_pdf(
            self,
            self.tr("Brief opslaan"),
            f"{kind.label(self.language)} {self.request.reference}.pdf",
            lambda: request_letters.letter(workspace, self.request.id, kind),
        )
        if path is not None:
            self.after_change(self.tr("Brief opgeslagen: %1").replace("%1", path.name))
        return path

    def offer_letter(self, kind: LetterKind, question: str) -> Path | None:
        """Right after a step that needs a letter: ask whether to make it now."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("offer_letter_box")
        box.setInformativeText(self.tr("De brief kan ook later worden gemaakt (Ctrl+Shift+B)."))
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Brief maken…"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Later"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return None
        return self.make_letter(kind)

    # --- linking, identity, extension, closing -------------------------------------------------------

    def link_client(self) -> RequestLinkDialog | None:
        """Link the request to the subject's dossier (only before the identity check)."""
        if not (self.ui.link_client_button.isVisibleTo(self) and self.ui.link_client_button.isEnabled()):
            return None
        dialog = RequestLinkDialog(self.session, self.request, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.after_change(self.tr("Het verzoek is aan het dossier gekoppeld."))
        )
        dialog.open()
        return dialog

    def verify_identity(self) -> RequestIdentityDialog | None:
        if not (
            self.ui.verify_identity_button.isVisibleTo(self) and self.ui.verify_identity_button.isEnabled()
        ):
            return None
        dialog = RequestIdentityDialog(self.session, self.request, self, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._identity_recorded(dialog.failed))
        dialog.open()
        return dialog

    def _identity_recorded(self, failed: bool) -> None:
        if failed:
            self.after_change(
                self.tr("Het verzoek is afgesloten: de identiteit kon niet worden vastgesteld.")
            )
            self.offer_letter(LetterKind.REFUSED, self.tr("Nu de brief met de reden aan de verzoeker maken?"))
        else:
            self.after_change(self.tr("De identiteit is vastgelegd."))

    def extend(self) -> RequestExtensionDialog | None:
        if not self.ui.extend_button.isEnabled():
            return None
        dialog = RequestExtensionDialog(self.session, self.request, self, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._extended)
        dialog.open()
        return dialog

    def _extended(self) -> None:
        self.after_change(self.tr("De termijn is verlengd."))
        self.offer_letter(
            LetterKind.EXTENSION,
            self.tr(
                "De verzoeker moet de verlenging en de reden binnen de eerste termijn horen. Nu de brief maken?"
            ),
        )

    def close_request(self) -> RequestCloseDialog | None:
        if not self.ui.close_button.isEnabled():
            return None
        dialog = RequestCloseDialog(self.session, self.request, self, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._closed_request)
        dialog.open()
        return dialog

    def _closed_request(self) -> None:
        self.after_change(self.tr("Het verzoek is afgehandeld."))
        kind = (
            request_window_actions.DECISION_LETTERS.get(self.request.outcome)
            if self.request.outcome
            else None
        )
        if kind is not None:
            self.offer_letter(kind, self.tr("Nu de besluitbrief aan de verzoeker maken?"))

    # --- carrying out ----------------------------------------------------------------------------------

    def carry_out(self) -> None:
        if self.ui.carry_out_button.isVisibleTo(self) and self.ui.carry_out_button.isEnabled():
            request_window_actions.carry_out(self)

    # --- documents ------------------------------------------------------------------------------------

    def _show_documents(self, request: DataSubjectRequest) -> None:
        listing = self.ui.document_list
        listing.clear()
        for info in request.documents:
            text = (
                self.tr("%1 — %2 kB, toegevoegd op %3 door %4")
                .replace("%1", info.file_name)
                .replace("%2", str(max(1, round(info.size / 1024))))
                .replace("%3", format_datetime_nl(info.added_at))
                .replace("%4", info.added_by)
            )
            item = QListWidgetItem(text, listing)
            item.setData(DOCUMENT_ROLE, info.id)
        index = self.ui.record_tabs.indexOf(self.ui.documents_tab)
        self.ui.record_tabs.setTabText(
            index, self.tr("Stukken (%1)").replace("%1", str(len(request.documents)))
        )
        self._update_document_buttons()

    def selected_document_id(self) -> int | None:
        item = self.ui.document_list.currentItem()
        return int(item.data(DOCUMENT_ROLE)) if item is not None else None

    def _update_document_buttons(self, *_args: object) -> None:
        self.ui.save_document_button.setEnabled(self.ui.document_list.currentItem() is not None)

    def add_document(self) -> bool:
        """Attach the requester's letter or e-mail (checked by the service)."""
        return request_window_actions.add_document(self)

    def save_document(self) -> Path | None:
        """Save the chosen document as a file (audited by the service)."""
        return request_window_actions.save_document(self)

    # --- closing the window ------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closed.emit(self.request.id)
