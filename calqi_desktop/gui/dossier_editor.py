"""One client's dossier in its own window: view, edit, save with a reason, never lose an edit silently.

The window is opened by the dossier page (which has already opened the
dossier through `services.clients.open_dossier`, audited) or empty for a new
dossier. Its tabs: Gegevens (`dossier_details`), Adressen en contact (`dossier_rows`),
Bijzondere gegevens (`dossier_special_tab`), Kinderen and Bankrekeningen
(`dossier_masked_tab`), Documenten (`dossier_documents_tab`) and Historie
(`dossier_history_model`).

Saving (Ctrl+S) checks the whole dossier with `check_draft` first and marks
every bad field at once, on whichever tab it is; then it asks the reason of
the change (an existing dossier) and saves with the version it was opened at,
so a change made meanwhile elsewhere is refused rather than overwritten.
Closing (Esc, Ctrl+W, the window's close button) with unsaved changes asks
whether to save them. A restricted or anonymised dossier, or a role that may
not edit, opens read-only under a banner saying why (for a restriction: its
reason).

Opened for a rectification request (`request_id`), the window says so in its
title and banner, saves without asking a reason — every change is recorded as
"Rectificatieverzoek" with the request's reference and id — and stays
editable on a restricted dossier, which the request itself may correct (AVG
art. 18). "Dossieroverzicht (PDF)…" (Ctrl+Shift+P) saves the dossier summary
(`dossier_summary_export`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QPushButton, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.clients import (
    F_ENDED_ON,
    ChangeReason,
    ClientDraft,
    ClientKind,
    ClientStatus,
    Dossier,
    SpecialCategory,
    SpecialChanges,
    check_draft,
    display_name,
)
from calqi_desktop.domain.dashboard import Target
from calqi_desktop.domain.errors import CalqiError, FieldValidationError
from calqi_desktop.domain.requests import DataSubjectRequest
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.validation import FieldErrors, parse_date_nl
from calqi_desktop.gui import errors, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.basis_dialog import BasisDialog
from calqi_desktop.gui.change_reason_dialog import ChangeReasonDialog
from calqi_desktop.gui.dossier_authorisations_tab import AuthorisationsTab
from calqi_desktop.gui.dossier_consent_tab import ConsentTab
from calqi_desktop.gui.dossier_details import DetailsForm
from calqi_desktop.gui.dossier_disclosures_tab import DisclosuresTab
from calqi_desktop.gui.dossier_documents_tab import DocumentsTab
from calqi_desktop.gui.dossier_history_model import DossierHistoryModel, HistoryColumn
from calqi_desktop.gui.dossier_masked_tab import BankAccountsTab, ChildrenTab
from calqi_desktop.gui.dossier_rectification import (
    banner_text,
    fetch_request,
    may_edit,
    request_references,
    window_title,
)
from calqi_desktop.gui.dossier_rows import ContactTab, FieldMap
from calqi_desktop.gui.dossier_special_tab import SpecialTab
from calqi_desktop.gui.dossier_summary_export import refusal, save_dossier_summary, show_summary_state
from calqi_desktop.gui.field_marks import INVALID_STYLE, FieldMarks
from calqi_desktop.gui.forms.ui_dossier_editor import Ui_DossierEditor
from calqi_desktop.services import clients, special_data
from calqi_desktop.services.special_data import BasisDraft

_BANNER_STYLE = "QLabel { background: #fff4d6; border: 1px solid #b7791f; color: #5f3b00; padding: 6px; }"


class DossierEditor(QWidget):
    """A dossier window. `saved(client_id)` after every save; `closed(editor)` when it goes."""

    saved = Signal(int)
    closed = Signal(object)

    def __init__(
        self,
        session: AppSession,
        dossier: Dossier | None,
        parent: QWidget | None = None,
        *,
        request_id: int | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_DossierEditor()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.dossier: Dossier | None = None
        self.request: DataSubjectRequest | None = None  # a rectification request being handled
        self.pending_bases: dict[SpecialCategory, BasisDraft] = {}
        self.may_edit = False
        self.may_view_special = False
        self.marks = FieldMarks(self.language)
        self._clean: Any = None
        ui = self.ui

        self.details = DetailsForm(ui, self.language, self)
        self.marks.set_fields(self.details.fields)  # the message labels start empty and hidden
        self.details.edited.connect(self._edited)
        self.details.kind_changed.connect(self._apply_kind)

        self.contact_tab = ContactTab(self.language, self)
        ui.contact_tab_layout.addWidget(self.contact_tab)
        self.special_tab = SpecialTab(session, self)
        ui.special_tab_layout.addWidget(self.special_tab)
        self.children_tab = ChildrenTab(session, self)
        ui.children_tab_layout.addWidget(self.children_tab)
        self.bank_accounts_tab = BankAccountsTab(session, self)
        ui.bank_accounts_tab_layout.addWidget(self.bank_accounts_tab)
        self.documents_tab = DocumentsTab(session, self)
        ui.documents_tab_layout.addWidget(self.documents_tab)
        self.contact_tab.edited.connect(self._edited)
        self.special_tab.edited.connect(self._edited)
        self.children_tab.edited.connect(self._edited)
        self.bank_accounts_tab.edited.connect(self._edited)
        self.special_tab.basis_requested.connect(self.record_basis)
        self.children_tab.basis_requested.connect(self.record_basis)
        self.bank_accounts_tab.basis_requested.connect(self.record_basis)
        self.documents_tab.basis_requested.connect(self.record_basis)
        self.special_tab.message.connect(self.show_status)
        self.documents_tab.message.connect(self.show_status)
        self.documents_tab.changed.connect(self._documents_changed)
        self.consent_tab = ConsentTab(session, self)
        self.authorisations_tab = AuthorisationsTab(session, self)
        self.disclosures_tab = DisclosuresTab(session, self)
        history_index = ui.dossier_tabs.indexOf(ui.history_tab)
        record_tabs: tuple[tuple[ConsentTab | AuthorisationsTab | DisclosuresTab, str, str], ...] = (
            (self.consent_tab, "consent_tab", self.tr("Toestemmingen")),
            (self.authorisations_tab, "authorisations_tab", self.tr("Machtigingen")),
            (self.disclosures_tab, "disclosures_tab", self.tr("Verstrekkingen")),
        )
        for offset, (tab, name, title) in enumerate(record_tabs):
            tab.setObjectName(name)
            ui.dossier_tabs.insertTab(history_index + offset, tab, title)
            tab.message.connect(self.show_status)
            tab.changed.connect(self._records_changed)

        self.history_model = DossierHistoryModel(self.language, self)
        ui.history_table.setModel(self.history_model)
        ui.history_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (HistoryColumn.CHANGED_AT, 125),
            (HistoryColumn.CHANGED_BY, 90),
            (HistoryColumn.FIELD, 120),
            (HistoryColumn.OLD, 170),
            (HistoryColumn.NEW, 170),
        ):
            ui.history_table.horizontalHeader().resizeSection(column, width)

        self.save_action = self._action("save_action", (shortcuts.SAVE,), self.save)
        self.close_action = self._action("close_action", shortcuts.CLOSE_WINDOW, self.close)
        self.summary_action = self._action(
            "dossier_summary_action", (shortcuts.DOSSIER_SUMMARY,), self.save_summary
        )
        self.summary_action.setText(self.tr("Dossieroverzicht (PDF)…"))
        self.summary_button = QPushButton(self.summary_action.text(), self)
        self.summary_button.setObjectName("dossier_summary_button")
        self.summary_button.clicked.connect(self.summary_action.trigger)
        ui.button_layout.insertWidget(1, self.summary_button)
        ui.save_button.clicked.connect(self.save)
        ui.close_button.clicked.connect(self.close)
        ui.banner_label.setStyleSheet(_BANNER_STYLE)
        if request_id is not None:
            self.request = fetch_request(self, self.session, request_id)
        self.load(dossier)

    def _action(self, name: str, keys: tuple[str, ...], slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @property
    def client_id(self) -> int | None:
        return self.dossier.id if self.dossier else None

    @property
    def request_id(self) -> int | None:
        """The rectification request this window corrects the dossier for (None: an ordinary edit)."""
        return self.request.id if self.request else None

    def enter_request_mode(self, request_id: int) -> bool:
        """Correct the dossier for `request_id` from now on, reading it afresh; refused (False) while
        there are unsaved changes, which would otherwise be saved under the request."""
        if self.dossier is None or self.has_unsaved_changes():
            return False
        request = fetch_request(self, self.session, request_id)
        if request is None:
            return False
        try:
            fresh = clients.open_dossier(self.session.workspace, self.dossier.id, audit=False)
        except CalqiError as error:
            errors.show_error(self, error)
            return False
        self.request = request
        self.load(fresh)
        return True

    def _may_change_now(self) -> bool:
        """Documents and legal bases are stored at once, outside a rectification: they follow the
        dossier's own rights (not while it is restricted)."""
        return self.dossier.may_edit if self.dossier is not None else self.may_edit

    # --- loading -------------------------------------------------------------------------

    def load(self, dossier: Dossier | None) -> None:
        """Show `dossier` (None: a new, empty one) with nothing revealed and nothing changed."""
        self.dossier = dossier
        self.pending_bases = {}
        self.marks.clear()
        if dossier is None:
            self.may_edit = self.session.may(Permission.EDIT_DOSSIERS)
            self.may_view_special = self.session.may(Permission.VIEW_SPECIAL_DATA)
            draft = ClientDraft()
        else:
            self.may_edit = may_edit(self.session, dossier, self.request)
            self.may_view_special = dossier.may_view_special
            draft = dossier.draft
        self.details.fill(draft, self._proposed_number() if dossier is None else "")
        self.contact_tab.load(draft.addresses, draft.emails, draft.phones)
        client_id = self.client_id
        self.special_tab.load(
            client_id,
            dossier.special_present if dossier else {},
            may_view=self.may_view_special,
            may_edit=self.may_edit,
        )
        self.children_tab.load(
            client_id,
            dossier.children if dossier else (),
            may_view=self.may_view_special,
            may_edit=self.may_edit,
        )
        self.bank_accounts_tab.load(
            client_id,
            dossier.bank_accounts if dossier else (),
            may_view=self.may_view_special,
            may_edit=self.may_edit,
        )
        self.documents_tab.load(
            client_id, dossier.documents if dossier else (), may_edit=self._may_change_now()
        )
        for tab in (self.consent_tab, self.authorisations_tab, self.disclosures_tab):
            tab.load(dossier)
        self._apply_bases()
        self._load_history()
        self._apply_read_only()
        self._clean = self._state()
        self._update_title()

    def show_item(self, target: Target, item_id: int) -> None:
        """Open the tab of a consent or authorisation and select it (a click on the dashboard)."""
        tabs: dict[Target, ConsentTab | AuthorisationsTab] = {
            Target.CONSENTS_TAB: self.consent_tab,
            Target.AUTHORISATIONS_TAB: self.authorisations_tab,
        }
        tab = tabs.get(target)
        if tab is not None:
            self.ui.dossier_tabs.setCurrentWidget(tab)
            tab.select_item(item_id)

    def _records_changed(self) -> None:
        """A consent, authorisation or disclosure was recorded: an evidence document may have been
        added and the history has a new line. A withdrawal may also have erased or re-based special
        data (the dossier's version moved on): without unsaved edits the whole dossier is read again,
        keeping the tab and the status line; with them, the user is told."""
        if self.client_id is None or self.dossier is None:
            return
        try:
            fresh = clients.open_dossier(self.session.workspace, self.client_id, audit=False)
        except CalqiError as error:
            errors.show_error(self, error)
            return
        if fresh.version != self.dossier.version:
            if not self.has_unsaved_changes():
                current, status = self.ui.dossier_tabs.currentIndex(), self.ui.editor_status_label.text()
                self.load(fresh)
                self.ui.dossier_tabs.setCurrentIndex(current)
                self.show_status(status)
                return
            self.show_status(
                self.tr(
                    "De gegevens van dit dossier zijn intussen gewijzigd. Sla uw wijzigingen op (dan "
                    "volgt een melding) of sluit zonder opslaan en open het dossier opnieuw."
                )
            )
        self.documents_tab.load(self.client_id, fresh.documents, may_edit=self._may_change_now())
        self._load_history()

    def _proposed_number(self) -> str:
        try:
            return clients.proposed_client_number(self.session.workspace)
        except CalqiError:
            return ""

    def _load_history(self) -> None:
        if self.client_id is None:
            self.history_model.set_changes([])
            return
        try:
            changes = clients.history(self.session.workspace, self.client_id)
        except CalqiError:
            changes = []
        self.history_model.set_changes(changes, request_references(self.session, self.client_id, changes))

    def _apply_bases(self) -> None:
        bases = self.dossier.bases if self.dossier else {}
        may_record = self._may_change_now() and self.may_view_special
        for tab in (self.special_tab, self.children_tab, self.bank_accounts_tab, self.documents_tab):
            tab.set_bases(bases, self.pending_bases, may_record=may_record)

    def _apply_read_only(self) -> None:
        read_only = not self.may_edit
        self.details.set_read_only(read_only)
        self.contact_tab.set_read_only(read_only)
        self.ui.save_button.setVisible(not read_only)
        self.save_action.setEnabled(not read_only)
        banner = self._banner_text()
        self.ui.banner_label.setText(banner)
        self.ui.banner_label.setVisible(bool(banner))
        show_summary_state(self.summary_action, self.summary_button, self.session, self.dossier)

    def _banner_text(self) -> str:
        return banner_text(self.dossier, self.request, self.may_edit)

    def _apply_kind(self) -> None:
        """Only a person has a BSN, a birth date and children."""
        person = self.details.kind() == ClientKind.PERSON
        tabs = self.ui.dossier_tabs
        for page in (self.ui.special_tab, self.ui.children_tab):
            tabs.setTabVisible(tabs.indexOf(page), person)

    def _update_title(self) -> None:
        if self.dossier is None:
            title = self.tr("Nieuw dossier")
        else:
            name = display_name(self.dossier.draft)
            title = (
                f"{self.dossier.draft.client_number} – {name}" if name else self.dossier.draft.client_number
            )
            title = window_title(title, self.request)
        self.setWindowTitle(f"{title}[*] – {APP_NAME}")
        self.setWindowModified(self.has_unsaved_changes())

    # --- what is on screen ----------------------------------------------------------------

    def _raw_draft(self) -> tuple[ClientDraft, FieldMap]:
        """The draft as typed (the end date still as text, see `_state`), and every field by key."""
        contact, contact_fields = self.contact_tab.collect()
        return self.details.raw_draft(contact), {**self.details.fields, **contact_fields}

    def _special_changes(self) -> SpecialChanges:
        person = self.details.kind() == ClientKind.PERSON
        accounts, removed_accounts = self.bank_accounts_tab.changes()
        children, removed_children = self.children_tab.changes() if person else ((), frozenset())
        return SpecialChanges(
            fields=self.special_tab.changes() if person else {},
            bank_accounts=accounts,
            removed_bank_accounts=removed_accounts,
            children=children,
            removed_children=removed_children,
        )

    def _state(self) -> tuple[Any, ...]:
        draft, _fields = self._raw_draft()
        return (
            draft,
            self.details.ended_text(),
            self._special_changes(),
            tuple(sorted(self.pending_bases.items())),
        )

    def has_unsaved_changes(self) -> bool:
        return self.may_edit and self._clean is not None and self._state() != self._clean

    def _edited(self, *_args: object) -> None:
        self.ui.editor_status_label.clear()
        self.setWindowModified(self.has_unsaved_changes())

    def show_status(self, text: str) -> None:
        self.ui.editor_status_label.setText(text)

    def field_error(self, key: str) -> str:
        """The message shown at field `key` ('' when none); for tests."""
        return self.marks.message(key)

    # --- checking ----------------------------------------------------------------------------

    def check(self) -> tuple[ClientDraft | None, FieldMap]:
        """The draft ready to save, or None after marking every bad field (and showing the first)."""
        raw, fields = self._raw_draft()
        fields = {**fields, **self.special_tab.fields()}
        self.marks.set_fields(fields)
        problems = FieldErrors()
        ended_on = None
        if raw.status == ClientStatus.ENDED:
            ended_on = problems.check(
                lambda: parse_date_nl(self.details.ended_text(), F_ENDED_ON, required=False), None
            )
        draft = replace(raw, ended_on=ended_on)
        _checked, found = check_draft(draft)
        for problem in found.errors:
            if not problems.errors_for(problem.field):  # one message per field is enough here
                problems.add(problem)
        if self.details.kind() == ClientKind.PERSON:
            for problem in self.special_tab.check():
                problems.add(problem)
        if not problems:
            return draft, fields
        self.show_problems(problems.errors)
        return None, fields

    def show_problems(self, problems: list[FieldValidationError]) -> None:
        """Mark every problem at its field; go to the tab of the first and put the cursor there."""
        first: QWidget | None = None
        unplaced: list[FieldValidationError] = []
        for problem in problems:
            widget = self.marks.show(problem)
            if widget is None:
                unplaced.append(problem)
            elif first is None:
                first = widget
        count = len(problems)
        self.show_status(
            self.tr("Het dossier is niet opgeslagen: 1 veld moet nog worden verbeterd (rood gemarkeerd).")
            if count == 1
            else self.tr(
                "Het dossier is niet opgeslagen: %1 velden moeten nog worden verbeterd (rood gemarkeerd)."
            ).replace("%1", str(count))
        )
        if first is not None:
            self._show_tab_of(first)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        if unplaced:
            errors.show_error(self, unplaced[0])

    def _show_tab_of(self, widget: QWidget) -> None:
        tabs = self.ui.dossier_tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                tabs.setCurrentIndex(index)
                return

    # --- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check, ask the reason, save. True when everything is saved (or nothing had changed)."""
        if not self.may_edit:
            return False
        draft, _fields = self.check()
        if draft is None:
            return False
        if self.dossier is not None and not self.has_unsaved_changes():
            self.show_status(self.tr("Er is niets gewijzigd."))
            return True
        special = self._special_changes()
        try:
            workspace = self.session.workspace
            if self.dossier is None:
                client_id = clients.create_client(
                    workspace, draft, special=special or None, bases=tuple(self.pending_bases.values())
                )
                dossier = clients.open_dossier(workspace, client_id, audit=False)
            else:
                reason = self._ask_reason()
                if reason is None:
                    self.show_status(self.tr("Niet opgeslagen: er is geen reden gekozen."))
                    return False
                dossier = clients.save_dossier(
                    workspace,
                    self.dossier.id,
                    draft,
                    special or None,
                    expected_version=self.dossier.version,
                    reason=reason[0],
                    reason_note=reason[1],
                    request_id=self.request_id,
                )
        except FieldValidationError as error:
            self.show_problems([error])
            return False
        except CalqiError as error:
            errors.show_error(self, error)
            return False
        self.load(dossier)
        if self.request is not None:
            self.show_status(
                self.tr("Het dossier is gecorrigeerd voor verzoek %1.").replace("%1", self.request.reference)
            )
        else:
            self.show_status(self.tr("Het dossier is opgeslagen."))
        self.saved.emit(dossier.id)
        return True

    def _ask_reason(self) -> tuple[ChangeReason, str] | None:
        """The reason of the change and its note; for a rectification request, that request."""
        if self.request is not None:
            return ChangeReason.RECTIFICATION_REQUEST, self.request.reference
        dialog = ChangeReasonDialog(self.language, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason, dialog.note

    # --- the dossier summary ---------------------------------------------------------------------

    def save_summary(self) -> None:
        """The dossier summary as a PDF (Ctrl+Shift+P): with or without special data, maybe protected."""
        if self.dossier is None or refusal(self.session, self.dossier):
            return
        path = save_dossier_summary(self, self.session, self.dossier)
        if path is None:
            return
        text = self.tr("Het dossieroverzicht is opgeslagen in %1.").replace("%1", str(path))
        if self.has_unsaved_changes():
            text += " " + self.tr("Uw niet-opgeslagen wijzigingen staan er niet in.")
        self.show_status(text)

    # --- legal bases ---------------------------------------------------------------------------

    def record_basis(self, category: SpecialCategory) -> None:
        """Ask for a basis; record it at once (existing dossier) or with the new dossier."""
        if not (self._may_change_now() and self.may_view_special):
            return
        current = self.dossier.basis_for(category) if self.dossier else None
        pending = self.pending_bases.get(category)
        chosen = pending.basis if pending else (current.basis if current else None)
        dialog = BasisDialog(category, self.language, chosen, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        draft = dialog.basis_draft()
        if self.dossier is None:
            self.pending_bases[category] = draft
            self._apply_bases()
            self._edited()
            return
        try:
            workspace = self.session.workspace
            special_data.record_legal_basis(workspace, self.dossier.id, category, draft.basis, draft.note)
            fresh = clients.open_dossier(workspace, self.dossier.id, audit=False)
        except CalqiError as error:
            errors.show_error(self, error)
            return
        self.dossier = replace(self.dossier, bases=fresh.bases)  # the version stays the one we opened
        self._apply_bases()
        self._load_history()
        self.show_status(self.tr("De grondslag is vastgelegd."))

    def _documents_changed(self) -> None:
        """A document was added or removed (saved at once): the history has a new line."""
        self._load_history()

    # --- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # After a lock, when someone else signs in, the shell closes the hidden windows: their
        # unsaved edits are discarded without asking (the vault is closed; see gui.application).
        if self.session.is_signed_in and self.has_unsaved_changes():
            answer = self._ask_save()
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()
        self.closed.emit(self)

    def _ask_save(self) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            self.tr("Wijzigingen opslaan?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("save_changes_box")
        box.setInformativeText(
            self.tr(
                "U hebt dit dossier gewijzigd. Sla de wijzigingen op voordat het venster sluit, of gooi ze weg."
            )
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("Opslaan"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("Niet opslaan"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())
