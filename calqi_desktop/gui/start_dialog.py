"""The start dialog: open a vault used here before, find another one, or create a new one.

Shown when `calqi-desktop` starts without a vault to open. It never opens a
folder that is not a vault; it says so and what to do instead.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from calqi_desktop.gui.forms.ui_start_dialog import Ui_StartDialog
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.storage.vault import is_vault


class StartDialog(QDialog):
    """Emits `open_vault(folder)` or `create_vault()`, then closes."""

    open_vault = Signal(Path)
    create_vault = Signal()

    def __init__(self, local: LocalSettings, *, missing: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_StartDialog()
        self.ui.setupUi(self)
        font = self.ui.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.ui.title_label.setFont(font)
        for folder, label in local.recent_vaults():
            if is_vault(folder):
                text = f"{label} — {folder}" if label else str(folder)
                item = QListWidgetItem(text, self.ui.recent_vaults_list)
                item.setData(Qt.ItemDataRole.UserRole, str(folder))
        has_recent = self.ui.recent_vaults_list.count() > 0
        self.ui.recent_caption.setVisible(has_recent)
        self.ui.recent_vaults_list.setVisible(has_recent)
        self.ui.open_recent_button.setVisible(has_recent)
        if has_recent:
            self.ui.recent_vaults_list.setCurrentRow(0)
            self.ui.open_recent_button.setDefault(True)
        else:
            self.ui.create_vault_button.setDefault(True)
        self.ui.message_label.setText(
            self.tr("In %1 staat geen kluis. Kies een andere map of maak een nieuwe kluis.").replace(
                "%1", str(missing)
            )
            if missing is not None
            else ""
        )
        self.ui.open_recent_button.clicked.connect(self.open_selected)
        self.ui.recent_vaults_list.itemActivated.connect(lambda _item: self.open_selected())
        self.ui.open_folder_button.clicked.connect(self.ask_folder)
        self.ui.create_vault_button.clicked.connect(self._create)
        self.ui.quit_button.clicked.connect(self.reject)

    def open_selected(self) -> None:
        item = self.ui.recent_vaults_list.currentItem()
        if item is not None:
            self.open_folder(Path(item.data(Qt.ItemDataRole.UserRole)))

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map van de kluis kiezen"))
        if folder:
            self.open_folder(Path(folder))

    def open_folder(self, folder: Path) -> bool:
        """Open `folder` if it holds a vault; otherwise say why not and stay."""
        if not is_vault(folder):
            self.ui.message_label.setText(
                self.tr(
                    "In %1 staat geen Calqi-kluis (de bestanden vault.db en keyslots.json ontbreken). "
                    "Kies de map van de kluis zelf, of maak een nieuwe kluis."
                ).replace("%1", str(folder))
            )
            return False
        self.accept()
        self.open_vault.emit(folder)
        return True

    def _create(self) -> None:
        self.accept()
        self.create_vault.emit()
