"""Finding the subject's dossier for a data-subject request: a search field over a list of matches.

Used by the intake (a request from a client in the vault) and by linking a
request that came in from someone not yet found in the vault. The dossiers
are found as the dossier list finds them (name, client number, postcode,
city, e-mail; the BSN only by an exact match) through `services.clients.find`,
at most `CLIENT_MATCHES` per search. Anonymised dossiers are not offered —
there is nobody left to ask anything; a restricted one is marked, since
its own requests are still handled. One match is chosen at once.

`DossierSearch` drives a `QLineEdit`, a `QListWidget` and a label for a
refusal that the form already holds; `chosen_changed` tells the form when
the chosen dossier changes (None when none is).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem

from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import show_error_text

#: At most this many dossiers are offered for one search.
CLIENT_MATCHES = 50
CLIENT_ROLE = Qt.ItemDataRole.UserRole


class DossierSearch(QObject):
    """Type in `search_edit`, choose in `client_list`; `client_id()` is the chosen dossier."""

    chosen_changed = Signal(object)  # int | None

    def __init__(
        self,
        session: AppSession,
        search_edit: QLineEdit,
        client_list: QListWidget,
        error_label: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.language = session.language
        self.search_edit = search_edit
        self.client_list = client_list
        self.error_label = error_label
        search_edit.textChanged.connect(self.search)
        client_list.currentItemChanged.connect(lambda *_args: self.chosen_changed.emit(self.client_id()))

    def search(self, text: str) -> None:
        """Offer the dossiers that match `text` (at most `CLIENT_MATCHES`); anonymised ones are left out."""
        from calqi_desktop.services import clients

        text = text.strip()
        if not text:
            self.show_found([])
            return
        try:
            page = clients.find(self.session.workspace, ClientListQuery(text=text), limit=CLIENT_MATCHES)
        except CalqiError as error:
            show_error_text(self.error_label, error.message(self.language))
            return
        found = []
        for row in page.rows[:CLIENT_MATCHES]:
            if row.status is ClientStatus.ANONYMISED:
                continue
            where = f", {row.city}" if row.city else ""
            label = f"{row.name} ({row.client_number}{where})"
            if row.restricted:
                label += " — " + self.tr("verwerking beperkt")
            found.append((row.id, label))
        self.show_found(found)
        if len(found) == 1:
            self.client_list.setCurrentRow(0)

    def preselect(self, client_id: int) -> bool:
        """Offer and choose this dossier (the intake started from a dossier); False when it cannot be read."""
        from calqi_desktop.services import clients

        try:
            dossier = clients.open_dossier(self.session.workspace, client_id, audit=False)
        except CalqiError as error:
            show_error_text(self.error_label, error.message(self.language))
            return False
        self.show_found([(client_id, f"{dossier.name} ({dossier.draft.client_number})")])
        self.client_list.setCurrentRow(0)
        return True

    def show_found(self, found: list[tuple[int, str]]) -> None:
        """List `found` (id, text); the dossier chosen before stays chosen when it is among them."""
        chosen = self.client_id()
        listing = self.client_list
        listing.clear()
        for client_id, text in found:
            item = QListWidgetItem(text, listing)
            item.setData(CLIENT_ROLE, client_id)
            if client_id == chosen:
                listing.setCurrentItem(item)

    def client_id(self) -> int | None:
        item = self.client_list.currentItem()
        return int(item.data(CLIENT_ROLE)) if item is not None else None
