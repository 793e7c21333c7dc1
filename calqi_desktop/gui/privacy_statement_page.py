"""The privacy-statement page: its versions, and the clients to inform of a new one (DESIGN.md R12).

The statement promises to inform the people concerned before an important
change takes effect. The page lists every version, newest first, with the one
in effect today marked "(geldt nu)"; a beheerder or privacy officer adds a
version (Ctrl+N), which lists each client with a consent given under an older
version. Below, the chosen version's list — a page at a time, since it can
hold tens of thousands — where any role may mark chosen clients informed,
saying how. "Tekst bekijken" shows a version's text or PDF inside the program
(the service audits the reading); "Doelen van toestemming…" shows the purposes,
which the beheerder can extend.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.statement import ClientToInform, InformChannel, StatementVersion
from calqi_desktop.gui import errors, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.consent_purposes_dialog import ConsentPurposesDialog
from calqi_desktop.gui.document_viewer import PDF, DocumentViewer
from calqi_desktop.gui.forms.ui_privacy_statement_page import Ui_PrivacyStatementPage
from calqi_desktop.gui.page import Page
from calqi_desktop.gui.statement_models import (
    ClientsToInformModel,
    InformColumn,
    StatementVersionModel,
    VersionColumn,
    thousands,
)
from calqi_desktop.gui.statement_version_dialog import StatementVersionDialog
from calqi_desktop.services import statement_versions


class StatementTextDialog(QDialog):
    """A version's text (read-only) and/or its PDF, shown from memory; nothing is written to disk."""

    def __init__(
        self, version: StatementVersion, text: str, pdf: bytes | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statement_text_dialog")
        self.setWindowTitle(self.tr("Privacyverklaring, versie %1").replace("%1", version.version))
        heading = QLabel(self)
        heading.setObjectName("version_label")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setText(
            self.tr("Versie %1, geldt vanaf %2")
            .replace("%1", version.version)
            .replace("%2", format_date_nl(version.effective_on))
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statement_tabs")
        self.tabs.setTabBarAutoHide(True)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setObjectName("statement_text_view")
        self.text_view.setReadOnly(True)
        self.text_view.setPlainText(text)
        self.viewer = DocumentViewer(self)
        self.viewer.setObjectName("document_viewer")
        if text:
            self.tabs.addTab(self.text_view, self.tr("Tekst"))
        else:
            self.text_view.hide()
        if pdf is not None:
            self.viewer.show_document(PDF, pdf)
            self.tabs.addTab(self.viewer, self.tr("PDF"))
        else:
            self.viewer.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Sluiten"))
        close.setObjectName("close_button")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(820, 900)

    def done(self, result: int) -> None:
        self.viewer.clear()  # the PDF leaves memory with the dialog
        super().done(result)


class MarkInformedDialog(QDialog):
    """Asks how the chosen clients were informed; `channel` after Accepted."""

    def __init__(self, count: int, version: str, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mark_informed_dialog")
        self.setWindowTitle(self.tr("Markeren als geïnformeerd"))
        explanation = QLabel(self)
        explanation.setObjectName("explanation_label")
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        if count == 1:
            text = self.tr(
                "1 klant wordt gemarkeerd als geïnformeerd over versie %2. Hoe is de klant geïnformeerd?"
            )
        else:
            text = self.tr(
                "%1 klanten worden gemarkeerd als geïnformeerd over versie %2. Hoe zijn ze geïnformeerd?"
            )
        explanation.setText(text.replace("%1", thousands(count)).replace("%2", version))
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channel_combo")
        for channel in InformChannel:
            self.channel_combo.addItem(channel.label(language), channel.value)
        caption = QLabel(self.tr("&Hoe"), self)
        caption.setBuddy(self.channel_combo)
        form = QFormLayout()
        form.addRow(caption, self.channel_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Markeren"))
        ok.setObjectName("ok_button")
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.channel_combo.setFocus()

    @property
    def channel(self) -> InformChannel:
        return InformChannel(self.channel_combo.currentData())


class PrivacyStatementPage(Page):
    """The versions of the statement and, for the chosen one, the clients to inform."""

    required_permission: ClassVar[Permission | None] = Permission.VIEW_DOSSIERS

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_PrivacyStatementPage()
        self.ui.setupUi(self)
        self._selecting = False  # while the page itself chooses a version (refresh)
        self.versions = StatementVersionModel(session.language, self)
        self.clients = ClientsToInformModel(self._fetch_clients, language=session.language, parent=self)
        self.clients.failed.connect(self._fetch_failed)
        self.clients.loaded.connect(self._update_count)
        ui = self.ui
        ui.version_table.setModel(self.versions)
        ui.inform_table.setModel(self.clients)
        header = ui.version_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in (
            (VersionColumn.VERSION, 150),
            (VersionColumn.EFFECTIVE_ON, 100),
            (VersionColumn.SUMMARY, 280),
            (VersionColumn.TO_INFORM, 100),
            (VersionColumn.INFORMED, 100),
            (VersionColumn.ADDED_BY, 120),
        ):
            header.resizeSection(column, width)
        table = ui.inform_table
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for inform_column, width in (
            (InformColumn.CLIENT_NUMBER, 110),
            (InformColumn.NAME, 260),
            (InformColumn.INFORMED_AT, 140),
            (InformColumn.INFORMED_BY, 120),
        ):
            table.horizontalHeader().resizeSection(inform_column, width)

        self.add_version_action = QAction(self.tr("Nieuwe versie"), self)
        self.add_version_action.setObjectName("add_version_action")
        self.add_version_action.setShortcut(QKeySequence(shortcuts.NEW_STATEMENT_VERSION))
        self.add_version_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_version_action.triggered.connect(self.add_version)
        self.addAction(self.add_version_action)
        ui.add_version_button.clicked.connect(self.add_version)
        ui.view_text_button.clicked.connect(self.view_text)
        ui.purposes_button.clicked.connect(self.open_purposes)
        ui.mark_informed_button.clicked.connect(self.mark_informed)
        ui.only_open_check.toggled.connect(self._show_clients)
        ui.version_table.selectionModel().selectionChanged.connect(self._version_chosen)
        ui.version_table.doubleClicked.connect(lambda _index: self.view_text())
        ui.inform_table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.statement_status_label.clear()
        session.locked.connect(self._forget)
        self._apply_permissions()
        self._update_buttons()

    def page_title(self) -> str:
        return self.tr("Privacyverklaring")

    # --- permissions ------------------------------------------------------------------------

    def _apply_permissions(self) -> None:
        may_add = self.session.may(Permission.MANAGE_REGISTERS)
        self.ui.add_version_button.setVisible(may_add)
        self.add_version_action.setEnabled(may_add)
        self.ui.inform_group.setVisible(self.session.may(Permission.MANAGE_CONSENT))

    # --- the versions -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Load the versions again, keeping the chosen one chosen; raises `CalqiError` (the window shows it)."""
        self._apply_permissions()
        chosen = self.selected_version()
        try:
            workspace = self.session.workspace
            versions = statement_versions.list_versions(workspace)
            current = statement_versions.current_version(workspace)
        except CalqiError:
            self._forget()  # nothing from before a lock stays on screen
            raise
        self._selecting = True
        try:
            self.versions.set_versions(versions, current.id if current else None)
            wanted = chosen.id if chosen is not None else (current.id if current else None)
            row = self.versions.row_of(wanted) if wanted is not None else None
            if row is None and versions:
                row = 0
            if row is not None:
                self.ui.version_table.selectRow(row)
        finally:
            self._selecting = False
        self._show_clients()

    def selected_version(self) -> StatementVersion | None:
        rows = self.ui.version_table.selectionModel().selectedRows()
        return self.versions.row_at(rows[0].row()) if rows else None

    def show_version(self, version_id: int) -> bool:
        """Choose the version (the home dashboard calls this); False when there is no such version."""
        row = self.versions.row_of(version_id)
        if row is None:
            if not self._reload():
                return False
            row = self.versions.row_of(version_id)
            if row is None:
                return False
        self.ui.version_table.selectRow(row)
        self.ui.version_table.scrollTo(self.versions.index(row, VersionColumn.VERSION))
        return True

    def focus_filter(self) -> bool:
        """Ctrl+F and Ctrl+1…9: the list of versions takes the keyboard."""
        self.ui.version_table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def _version_chosen(self) -> None:
        if not self._selecting:
            self._show_clients()

    def _reload(self, message: str = "") -> bool:
        """Refresh and show a failure (or `message`) in the status line; True when it worked."""
        try:
            self.refresh()
        except CalqiError as error:
            self.ui.statement_status_label.setText(error.message(self.session.language))
            return False
        self.ui.statement_status_label.setText(message)
        return True

    def _forget(self) -> None:
        """Locked: nothing from before stays on screen."""
        self._selecting = True
        self.versions.set_versions([], None)
        self._selecting = False
        self.clients.clear()
        self._update_buttons()

    # --- the clients to inform ----------------------------------------------------------------

    def _fetch_clients(
        self, version_id: int, only_open: bool, offset: int, limit: int
    ) -> list[ClientToInform]:
        return statement_versions.clients_to_inform(
            self.session.workspace, version_id, only_open=only_open, offset=offset, limit=limit
        )

    def _show_clients(self, *_args: object) -> None:
        version = self.selected_version()
        may_inform = self.session.may(Permission.MANAGE_CONSENT)
        self.ui.inform_group.setTitle(
            self.tr("Te informeren klanten over versie %1").replace("%1", version.version)
            if version is not None
            else self.tr("Te informeren klanten")
        )
        self.clients.show_version(
            version.id if version is not None and may_inform else None,
            only_open=self.ui.only_open_check.isChecked(),
        )
        self._update_buttons()

    def _fetch_failed(self, error: CalqiError) -> None:
        self.ui.statement_status_label.setText(error.message(self.session.language))

    def selected_clients(self) -> list[ClientToInform]:
        rows = self.ui.inform_table.selectionModel().selectedRows()
        return [self.clients.row_at(index.row()) for index in sorted(rows, key=lambda i: i.row())]

    def _update_count(self) -> None:
        version = self.selected_version()
        if version is None:
            self.ui.inform_count_label.clear()
            return
        text = (
            self.tr("Nog te informeren: %1 · geïnformeerd: %2")
            .replace("%1", thousands(version.to_inform))
            .replace("%2", thousands(version.informed))
        )
        if self.clients.has_more:
            text += " · " + self.tr("%1 geladen, scroll voor meer").replace(
                "%1", thousands(self.clients.loaded_count)
            )
        chosen = len(self.ui.inform_table.selectionModel().selectedRows())
        if chosen:
            text += " · " + self.tr("%1 gekozen").replace("%1", thousands(chosen))
        self.ui.inform_count_label.setText(text)

    def _update_buttons(self, *_args: object) -> None:
        version = self.selected_version()
        self.ui.view_text_button.setEnabled(version is not None and (version.has_text or version.has_pdf))
        open_chosen = any(client.informed_at is None for client in self.selected_clients())
        self.ui.mark_informed_button.setEnabled(
            version is not None and open_chosen and self.session.may(Permission.MANAGE_CONSENT)
        )
        self._update_count()

    # --- actions -----------------------------------------------------------------------------

    def add_version(self) -> None:
        if not self.session.may(Permission.MANAGE_REGISTERS):
            return
        dialog = StatementVersionDialog(self.session, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            version = dialog.version
        finally:
            dialog.deleteLater()
        if not accepted or version is None:
            return
        if version.to_inform == 0:
            listed = self.tr("geen klanten te informeren.")
        elif version.to_inform == 1:
            listed = self.tr("1 klant te informeren.")
        else:
            listed = self.tr("%1 klanten te informeren.").replace("%1", thousands(version.to_inform))
        message = self.tr("Versie %1 is vastgelegd: %2").replace("%1", version.version).replace("%2", listed)
        if self._reload(message):
            self.show_version(version.id)

    def view_text(self) -> None:
        version = self.selected_version()
        if version is None or not (version.has_text or version.has_pdf):
            return
        try:
            text, pdf = statement_versions.version_text(self.session.workspace, version.id)
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        dialog = StatementTextDialog(version, text, pdf, self)
        try:
            dialog.exec()
        finally:
            dialog.viewer.clear()
            dialog.deleteLater()

    def open_purposes(self) -> None:
        dialog = ConsentPurposesDialog(self.session, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def mark_informed(self) -> None:
        version = self.selected_version()
        chosen = [client for client in self.selected_clients() if client.informed_at is None]
        if version is None or not chosen or not self.session.may(Permission.MANAGE_CONSENT):
            return
        dialog = MarkInformedDialog(len(chosen), version.version, self.session.language, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            channel = dialog.channel
        finally:
            dialog.deleteLater()
        try:
            marked = statement_versions.mark_informed(
                self.session.workspace, version.id, [client.client_id for client in chosen], channel
            )
        except CalqiError as error:
            errors.show_error(self.window(), error)
            return
        if marked == 1:
            message = self.tr("1 klant is gemarkeerd als geïnformeerd (%2).")
        else:
            message = self.tr("%1 klanten zijn gemarkeerd als geïnformeerd (%2).")
        self._reload(
            message.replace("%1", thousands(marked)).replace(
                "%2", channel.label(self.session.language).lower()
            )
        )
