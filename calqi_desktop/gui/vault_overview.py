"""The vault overview: who is signed in, the staff list, and the vault check.

This is the first screen after sign-in until the full main window arrives
(the application-shell issue). It shows only what the signed-in role may see.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calqi_desktop import APP_NAME, __version__
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.roles import Permission, may
from calqi_desktop.gui.errors import show_error
from calqi_desktop.services import staff, vault_care
from calqi_desktop.services.workspace import Workspace


class VaultOverviewWindow(QMainWindow):
    """Emits `lock_requested` on Ctrl+L; the application then locks and asks to sign in again."""

    lock_requested = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("vault_overview_window")
        self.setWindowTitle(f"{APP_NAME} – {workspace.firm_name()}")
        user = workspace.user
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.signed_in_label = QLabel(
            self.tr("Aangemeld als %1 (%2). Kluis: %3")
            .replace("%1", user.display_name)
            .replace("%2", user.role.label_nl)
            .replace("%3", str(workspace.vault.folder)),
            central,
        )
        self.signed_in_label.setObjectName("signed_in_label")
        self.signed_in_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.signed_in_label)

        self.staff_table = QTableWidget(0, 3, central)
        self.staff_table.setObjectName("staff_table")
        self.staff_table.setHorizontalHeaderLabels(
            [self.tr("Gebruikersnaam"), self.tr("Naam"), self.tr("Rol")]
        )
        self.staff_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.staff_table.setVisible(self._may_manage_staff())
        layout.addWidget(self.staff_table)

        self.check_button = QPushButton(self.tr("&Kluis controleren"), central)
        self.check_button.setObjectName("check_vault_button")
        self.check_button.setVisible(may(user.role, Permission.CHECK_VAULT))
        self.check_button.clicked.connect(self.check_vault)
        layout.addWidget(self.check_button)
        self.check_result_label = QLabel(central)
        self.check_result_label.setObjectName("check_result_label")
        self.check_result_label.setWordWrap(True)
        layout.addWidget(self.check_result_label)
        layout.addStretch(1)
        self.setCentralWidget(central)
        self._build_menus()
        self.resize(900, 600)
        self.statusBar().showMessage(f"{user.user_name} · {user.role.label_nl}")
        if self._may_manage_staff():
            self.load_staff()

    def _may_manage_staff(self) -> bool:
        user = self.workspace.user
        return may(user.role, Permission.MANAGE_STAFF) and not user.via_recovery_code

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        lock = QAction(self.tr("&Vergrendelen"), self)
        lock.setObjectName("lock_action")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested.emit)
        file_menu.addAction(lock)
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setObjectName("quit_action")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over Calqi Desktop"), self)
        about.setObjectName("about_action")
        about.setShortcut(QKeySequence("F1"))
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def load_staff(self) -> None:
        members = staff.list_staff(self.workspace)
        self.staff_table.setRowCount(len(members))
        for row, member in enumerate(members):
            role = (
                member.role.label_nl
                if member.active
                else self.tr("%1 (gedeactiveerd)").replace("%1", member.role.label_nl)
            )
            for column, text in enumerate((member.user_name, member.display_name, role)):
                self.staff_table.setItem(row, column, QTableWidgetItem(text))
        self.staff_table.resizeColumnsToContents()

    def check_vault(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = vault_care.check(self.workspace)
        except CalqiError as error:
            show_error(self, error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.check_result_label.setText(result.describe_nl())

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over Calqi Desktop"),
            f"{APP_NAME} {__version__}\n"
            + self.tr("Versleutelde klantdossiers en privacywerk voor Calqi B.V."),
        )
