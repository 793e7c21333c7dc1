"""Starting the Qt application and leading the user from start to work and back through a lock.

`Shell` is the one place that decides which window shows:

- no vault given → the start dialog (create a vault with the wizard, or open one);
- a vault → the sign-in dialog; a member whose password was set by a beheerder
  first chooses their own; then the main window;
- idle time, Ctrl+L or the platform's screen lock → lock: every window of the
  program is hidden (nothing of a dossier stays on screen), the vault is
  closed (engine disposed, master key wiped) and the sign-in dialog asks for
  the password again. The same member unlocking gets every window back as it
  was — the page, a half-filled dialog, typed text — because those widgets
  were only hidden, never closed. Someone else signing in at the locked
  screen gets a fresh main window; the hidden windows of the member who
  locked are closed without saving, since their unsaved work must not pass
  to a colleague. Their saved work is in the vault.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from calqi_desktop import APP_NAME, __version__
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.gui import errors, tasks
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.idle_lock import IdleLock
from calqi_desktop.gui.local_settings import LocalSettings
from calqi_desktop.gui.main_window import MainWindow
from calqi_desktop.gui.screen_lock import ScreenLockWatcher
from calqi_desktop.gui.sign_in_dialog import SignInDialog
from calqi_desktop.gui.translations import install_translators
from calqi_desktop.paths import resource_path
from calqi_desktop.services import settings as firm_settings
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import KdfParams
from calqi_desktop.storage.vault import is_vault

log = logging.getLogger("calqi.gui")

LOCK_RETRY_MS = 2000


def make_application(argv: list[str], language: str = "nl") -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Calqi")
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    load_bundled_fonts()
    install_translators(app, language)
    errors.set_language(language)
    return app


def load_bundled_fonts() -> list[str]:
    """The DejaVu fonts from resources/, so text renders on a machine without fonts."""
    families: list[str] = []
    for path in sorted(resource_path("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


class Shell(QObject):
    """Shows the start dialog, the wizard, sign-in, the main window, and the lock screen."""

    main_window_shown = Signal()
    locked = Signal()

    def __init__(
        self, local: LocalSettings, *, kdf: KdfParams | None = None, demo_hint: str = "", demo_label: str = ""
    ) -> None:
        super().__init__()
        self.local = local
        self.kdf = kdf
        self.demo_hint = demo_hint
        self.demo_label = demo_label
        self.session: AppSession | None = None
        self.main_window: MainWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.start_dialog: QDialog | None = None
        self.wizard: QDialog | None = None
        self.password_dialog: QDialog | None = None
        self._hidden: list[QWidget] = []
        self._locked_user = ""
        self.idle_lock = IdleLock(self)
        self.idle_lock.idle_timeout.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self.lock)

    # --- start ---------------------------------------------------------------------

    def start(self, folder: Path | None = None) -> None:
        """Open `folder`'s sign-in, or the start dialog when there is no vault to open."""
        if folder is not None and is_vault(folder):
            self.show_sign_in(folder)
            return
        self.show_start_dialog(missing=folder)

    def show_start_dialog(self, missing: Path | None = None) -> None:
        from calqi_desktop.gui.start_dialog import StartDialog

        dialog = StartDialog(self.local, missing=missing)
        dialog.open_vault.connect(self._open_chosen)
        dialog.create_vault.connect(self.show_wizard)
        dialog.rejected.connect(self._quit_if_nothing_shown)
        self.start_dialog = dialog
        dialog.show()

    def _open_chosen(self, folder: Path) -> None:
        self.start_dialog = None
        self.show_sign_in(folder)

    def show_wizard(self) -> None:
        from calqi_desktop.gui.wizard import VaultWizard

        self.start_dialog = None
        wizard = VaultWizard(self.local, kdf=self.kdf)
        wizard.vault_created.connect(self._wizard_done)
        wizard.rejected.connect(self._wizard_cancelled)
        self.wizard = wizard
        wizard.show()

    def _wizard_done(self, workspace: Workspace) -> None:
        """The wizard created a vault and signed its first beheerder in."""
        self.wizard = None
        self.session = AppSession(workspace.vault.folder, self.local, kdf=self.kdf, parent=self)
        self._begin(workspace)

    def _wizard_cancelled(self) -> None:
        wizard, self.wizard = self.wizard, None
        workspace = getattr(wizard, "workspace", None)
        if workspace is not None:  # created, but the user left on the recovery-code page
            self.session = AppSession(workspace.vault.folder, self.local, kdf=self.kdf, parent=self)
            self._begin(workspace)
            return
        self.show_start_dialog()

    # --- sign in -------------------------------------------------------------------

    def show_sign_in(self, folder: Path, *, locked_user: str = "") -> SignInDialog:
        folder = Path(folder)
        if self.session is None or self.session.folder != folder:
            self.session = AppSession(folder, self.local, kdf=self.kdf, parent=self)
        label = self.local.vault_label(folder) or (self.demo_label if self.demo_hint else "")
        dialog = SignInDialog(
            folder,
            vault_label=label,
            demo_hint=self.demo_hint,
            kdf=self.kdf,
            locked_user=locked_user,
        )
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self._sign_in_cancelled)
        self.sign_in_dialog = dialog
        if os.environ.get("CALQI_EXIT_WHEN_SHOWN") == "1":  # the startup benchmark
            QTimer.singleShot(0, QApplication.quit)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _signed_in(self, workspace: Workspace) -> None:
        self.sign_in_dialog = None
        if workspace.user.must_change_password:
            self._ask_new_password(workspace)
            return
        self._begin(workspace)

    def _ask_new_password(self, workspace: Workspace) -> None:
        from calqi_desktop.gui.change_password_dialog import ChangePasswordDialog

        assert self.session is not None
        self.session.begin(workspace)
        dialog = ChangePasswordDialog(self.session, None, forced=True)
        dialog.accepted.connect(lambda: self._begin(self.session.workspace if self.session else workspace))
        dialog.rejected.connect(self._forced_change_refused)
        self.password_dialog = dialog  # a top-level dialog lives only as long as someone holds it
        dialog.show()

    def _forced_change_refused(self) -> None:
        assert self.session is not None
        folder = self.session.folder
        self._discard_hidden()
        self.session.sign_out()
        self.show_sign_in(folder)

    def _begin(self, workspace: Workspace) -> None:
        """Show the work: the same windows after an unlock by the same member, else a fresh window."""
        assert self.session is not None
        same_member = (
            bool(self._hidden) and workspace.user.user_name.casefold() == self._locked_user.casefold()
        )
        if not same_member:
            self._discard_hidden()
        self.session.begin(workspace)
        self._apply_work_settings()
        if not workspace.user.via_recovery_code:
            try:
                self.local.remember_vault(workspace.vault.folder, workspace.firm_name())
            except (OSError, CalqiError):
                log.warning("kon de lijst van geopende kluizen niet bijwerken")
        self._locked_user = ""
        self.idle_lock.arm()
        if same_member:
            for widget in self._hidden:
                widget.show()
            self._hidden = []
            assert self.main_window is not None
            self.main_window.after_unlock()
        else:
            self.main_window = MainWindow(self.session, self.idle_lock)
            self.main_window.lock_requested.connect(self.lock)
            self.main_window.quit_requested.connect(self.quit)
            self.main_window.work_settings_changed.connect(self._apply_work_settings)
            self.main_window.show()
            self.screen_lock.watch_window(int(self.main_window.winId()))
        self.main_window.raise_()
        self.main_window.activateWindow()  # keyboard shortcuts work at once, without a click
        self.main_window_shown.emit()

    def _apply_work_settings(self) -> None:
        if self.session is None or not self.session.is_signed_in:
            return
        work = firm_settings.work_settings(self.session.workspace)
        self.idle_lock.set_minutes(work.idle_lock_minutes)
        self.session.clipboard_seconds = work.clipboard_clear_seconds

    def _sign_in_cancelled(self) -> None:
        self.sign_in_dialog = None
        self._discard_hidden()
        if self.session is not None:
            self.session.sign_out()
        QApplication.quit()

    # --- lock ----------------------------------------------------------------------

    def lock(self) -> None:
        """Hide every window, close the vault, ask for the password again."""
        if self.session is None or not self.session.is_signed_in:
            return
        if tasks.busy():  # never close the vault under a key rotation or backup
            QTimer.singleShot(LOCK_RETRY_MS, self.lock)
            return
        self.idle_lock.disarm()
        self._locked_user = self.session.user.user_name
        self._hidden = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not self.sign_in_dialog
        ]
        for widget in self._hidden:
            widget.hide()
        folder = self.session.folder
        via_recovery = self.session.user.via_recovery_code
        try:
            self.session.lock()
        except CalqiError as error:  # the lock event could not be written; the vault is closed anyway
            log.warning("vergrendelen niet vastgelegd: %s", type(error).__name__)
        self.locked.emit()
        self.show_sign_in(folder, locked_user="" if via_recovery else self._locked_user)

    def _discard_hidden(self) -> None:
        for widget in self._hidden:
            if widget is self.main_window and self.main_window is not None:
                self.main_window.close_without_asking()
            else:
                widget.close()
                widget.deleteLater()
        if self._hidden and self.main_window is not None and self.main_window in self._hidden:
            self.main_window = None
        self._hidden = []

    def _quit_if_nothing_shown(self) -> None:
        if self.wizard is None and self.sign_in_dialog is None and self.main_window is None:
            QApplication.quit()

    def quit(self) -> None:
        if self.session is not None:
            self.session.sign_out()
        QApplication.quit()


def run(
    folder: Path | None,
    *,
    demo_hint: str = "",
    demo_label: str = "",
    kdf: KdfParams | None = None,
) -> int:
    local = LocalSettings()
    app = make_application([], local.language)
    app.setQuitOnLastWindowClosed(False)  # the shell quits on purpose; a lock hides every window
    errors.install_excepthook()
    shell = Shell(local, kdf=kdf, demo_hint=demo_hint, demo_label=demo_label)
    app.aboutToQuit.connect(lambda: shell.session.sign_out() if shell.session else None)
    shell.start(folder)
    return app.exec()
