"""Starting the Qt application: Dutch by default, sign in, the overview, lock and sign in again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from calqi_desktop import APP_NAME, __version__
from calqi_desktop.gui.errors import install_excepthook
from calqi_desktop.gui.sign_in_dialog import SignInDialog
from calqi_desktop.gui.vault_overview import VaultOverviewWindow
from calqi_desktop.paths import resource_path
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import KdfParams


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Calqi")
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    load_bundled_fonts()
    translator = QTranslator(app)
    if translator.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(translator)
    return app


def load_bundled_fonts() -> list[str]:
    """The DejaVu fonts from resources/, so text renders on a machine without fonts."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


class Session:
    """Keeps one signed-in workspace and its window; locking returns to the sign-in dialog."""

    def __init__(self, folder: Path, *, vault_label: str, demo_hint: str, kdf: KdfParams | None) -> None:
        self.folder = folder
        self.vault_label = vault_label
        self.demo_hint = demo_hint
        self.kdf = kdf
        self.workspace: Workspace | None = None
        self.window: VaultOverviewWindow | None = None

    def sign_in(self, *, after_lock: bool = False) -> bool:
        dialog = SignInDialog(
            self.folder,
            vault_label=self.vault_label,
            demo_hint=self.demo_hint,
            kdf=self.kdf,
            after_lock=after_lock,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workspace is None:
            return False
        self.workspace = dialog.workspace
        self.window = VaultOverviewWindow(self.workspace)
        self.window.lock_requested.connect(self.lock)
        self.window.show()
        return True

    def lock(self) -> None:
        if self.workspace is not None:
            self.workspace.lock()
        if self.window is not None:
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        if not self.sign_in(after_lock=True):
            QApplication.quit()

    def sign_out(self) -> None:
        if self.workspace is not None and self.workspace.is_open:
            self.workspace.sign_out()


def run(folder: Path, *, vault_label: str = "", demo_hint: str = "", kdf: KdfParams | None = None) -> int:
    app = make_application([])
    install_excepthook()
    session = Session(folder, vault_label=vault_label, demo_hint=demo_hint, kdf=kdf)
    app.aboutToQuit.connect(session.sign_out)
    if not session.sign_in():
        return 0
    return app.exec()
