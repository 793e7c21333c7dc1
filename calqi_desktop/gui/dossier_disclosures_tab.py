"""The 'Verstrekkingen' tab of a dossier window: the client's disclosures, logging one, the overview PDF."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from calqi_desktop.domain.clients import Dossier
from calqi_desktop.gui.app_session import AppSession


class DisclosuresTab(QWidget):
    """`message(text)` for the editor's status line; `changed()` after something was recorded."""

    message = Signal(str)
    changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dossier: Dossier | None = None

    def load(self, dossier: Dossier | None) -> None:
        """Show the dossier's rows (None: a new dossier, which gets them after its first save)."""
        self.dossier = dossier

    def select_item(self, item_id: int) -> bool:
        """Select the row with this id (a click through from the dashboard); False when absent."""
        return False
