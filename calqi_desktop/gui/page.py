"""A screen in the main window's sidebar.

Each page says which permission it needs; the main window shows only the pages
the signed-in member may use, so no one sees an empty or forbidden screen.
`refresh()` reloads what the page shows from the services (called when the
page is shown and after an unlock); `has_unsaved_changes()` lets the window ask
before anything is thrown away.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui.app_session import AppSession


class Page(QWidget):
    """Base of the sidebar pages."""

    #: Needed to see the page at all; None: every signed-in member.
    required_permission: ClassVar[Permission | None] = None

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def page_title(self) -> str:
        """The page's name in the sidebar (translated)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the services."""

    def has_unsaved_changes(self) -> bool:
        return False

    def focus_filter(self) -> bool:
        """Ctrl+F: put the cursor in the page's search or filter field; False when it has none."""
        return False
