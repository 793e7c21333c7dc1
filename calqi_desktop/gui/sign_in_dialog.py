"""The sign-in dialog: the vault's name, user name and password, or the recovery code.

It warns when Caps Lock is on, shows the back-off after wrong passwords as a
live countdown (the button stays disabled until it runs out), and unlocks on a
worker thread so the window stays responsive while Argon2id works. After a
lock it opens in "locked" mode with the member's name filled in.
`signed_in` carries the new `Workspace`; the caller decides what comes next
(for example the forced password change).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from calqi_desktop.domain.errors import CalqiError, SignInThrottledError
from calqi_desktop.gui import errors
from calqi_desktop.gui.forms.ui_sign_in import Ui_SignInDialog
from calqi_desktop.gui.tasks import BackgroundTask, run_task
from calqi_desktop.services import auth
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.crypto import KdfParams

PASSWORD_PAGE, RECOVERY_PAGE = 0, 1


def caps_lock_on() -> bool | None:
    """The Caps Lock state where the platform tells it (Windows); None where it does not."""
    if sys.platform == "win32":
        import ctypes

        vk_capital = 0x14
        return bool(ctypes.windll.user32.GetKeyState(vk_capital) & 1)  # type: ignore[attr-defined]
    return None


def caps_lock_from_key(event: QKeyEvent) -> bool | None:
    """Guess Caps Lock from a typed letter: upper case without Shift, or lower case with it."""
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class SignInDialog(QDialog):
    """Unlocks the vault; emits `signed_in(workspace)` and accepts when that worked."""

    signed_in = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        vault_label: str = "",
        demo_hint: str = "",
        kdf: KdfParams | None = None,
        locked_user: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.folder = Path(folder)
        self.kdf = kdf
        self.after_lock = bool(locked_user)
        self.workspace: Workspace | None = None
        self.task: BackgroundTask | None = None
        self._wait_until = 0.0
        self._prefix = ""
        self.ui.vault_name_label.setText(self.tr("Kluis: %1").replace("%1", vault_label or str(self.folder)))
        self.ui.locked_label.setVisible(self.after_lock)
        self.ui.demo_hint_label.setText(demo_hint)
        self.ui.demo_hint_label.setVisible(bool(demo_hint))
        self.ui.caps_lock_label.setVisible(False)
        self.ui.message_label.clear()
        self.ui.user_name_edit.setText(locked_user)
        self.sign_in_button = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Aanmelden"))
        self.sign_in_button.setObjectName("sign_in_button")
        cancel = self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Afsluiten") if self.after_lock else self.tr("Annuleren"))
        cancel.setObjectName("cancel_button")
        self.ui.button_box.accepted.connect(self.try_sign_in)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.recovery_toggle_button.clicked.connect(self.toggle_recovery)
        for edit in (self.ui.password_edit, self.ui.recovery_code_edit, self.ui.user_name_edit):
            edit.installEventFilter(self)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        (self.ui.password_edit if locked_user else self.ui.user_name_edit).setFocus()

    # --- Caps Lock ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            state = caps_lock_on()
            if state is None:
                state = caps_lock_from_key(event)
            if event.key() == Qt.Key.Key_CapsLock and state is None:
                state = not self.ui.caps_lock_label.isVisibleTo(self)
            if state is not None:
                self.ui.caps_lock_label.setVisible(state)
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            state = caps_lock_on()
            if state is not None:
                self.ui.caps_lock_label.setVisible(state)
        return super().eventFilter(watched, event)

    # --- modes -------------------------------------------------------------------

    @property
    def using_recovery_code(self) -> bool:
        return self.ui.sign_in_pages.currentIndex() == RECOVERY_PAGE

    def toggle_recovery(self) -> None:
        recovery = not self.using_recovery_code
        self.ui.sign_in_pages.setCurrentIndex(RECOVERY_PAGE if recovery else PASSWORD_PAGE)
        self.ui.recovery_toggle_button.setText(
            self.tr("&Terug naar aanmelden met wachtwoord")
            if recovery
            else self.tr("Wachtwoord vergeten? &Herstelcode gebruiken")
        )
        self.ui.message_label.clear()
        self._stop_countdown()
        (self.ui.recovery_code_edit if recovery else self.ui.user_name_edit).setFocus()
        self._start_countdown(self._seconds_to_wait())

    # --- signing in --------------------------------------------------------------

    def try_sign_in(self) -> None:
        if self.task is not None or time.monotonic() < self._wait_until:
            return
        if self.using_recovery_code:
            code = self.ui.recovery_code_edit.text().strip()
            if not code:
                self.ui.message_label.setText(self.tr("Vul de herstelcode van het herstelblad in."))
                return
            folder, kdf = self.folder, self.kdf

            def work(_progress: object) -> Workspace:
                return auth.sign_in_with_recovery_code(folder, code, kdf=kdf)

        else:
            user_name = self.ui.user_name_edit.text().strip()
            password = self.ui.password_edit.text()
            if not user_name or not password:
                self.ui.message_label.setText(self.tr("Vul uw gebruikersnaam en wachtwoord in."))
                return
            folder, kdf, after_lock = self.folder, self.kdf, self.after_lock

            def work(_progress: object) -> Workspace:
                return auth.sign_in(folder, user_name, password, kdf=kdf, after_lock=after_lock)

        self.ui.message_label.setText(self.tr("De kluis wordt geopend…"))
        self.sign_in_button.setEnabled(False)
        self.task = run_task(
            self,
            self.tr("Aanmelden"),
            work,
            on_success=self._signed_in,
            on_failure=self._failed,
            label=self.tr("De kluis wordt geopend…"),
        )

    def _signed_in(self, workspace: Workspace) -> None:
        self.task = None
        self.ui.password_edit.clear()
        self.ui.recovery_code_edit.clear()
        self.workspace = workspace
        self.signed_in.emit(workspace)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.sign_in_button.setEnabled(True)
        self.ui.password_edit.clear()
        if not isinstance(error, CalqiError):
            self.ui.message_label.clear()
            errors.report_unexpected(error, self)
            return
        self.ui.message_label.setText(error.message(errors.current_language()))
        (self.ui.recovery_code_edit if self.using_recovery_code else self.ui.password_edit).setFocus()
        if isinstance(error, SignInThrottledError):
            self._start_countdown(error.seconds)
        else:
            self._start_countdown(self._seconds_to_wait(), keep_message=True)

    # --- the back-off countdown --------------------------------------------------

    def _seconds_to_wait(self) -> int:
        try:
            if self.using_recovery_code:
                return auth.recovery_seconds_to_wait(self.folder)
            user_name = self.ui.user_name_edit.text().strip()
            return auth.seconds_to_wait(self.folder, user_name) if user_name else 0
        except (CalqiError, OSError):
            return 0

    def _start_countdown(self, seconds: int, *, keep_message: bool = False) -> None:
        if seconds <= 0:
            return
        self._prefix = self.ui.message_label.text() if keep_message else ""
        self._wait_until = time.monotonic() + seconds
        self.sign_in_button.setEnabled(False)
        self._tick()
        self._countdown.start()

    def seconds_left(self) -> int:
        return max(0, int(self._wait_until - time.monotonic() + 0.999))

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self._stop_countdown()
            self.ui.message_label.setText(self.tr("U kunt het nu opnieuw proberen."))
            return
        minutes, seconds = divmod(left, 60)
        wait = self.tr("Te vaak een verkeerd wachtwoord of een verkeerde code. Wacht nog %1.").replace(
            "%1", f"{minutes}:{seconds:02d}"
        )
        self.ui.message_label.setText(f"{self._prefix}\n{wait}" if self._prefix else wait)

    def _stop_countdown(self) -> None:
        self._countdown.stop()
        self._wait_until = 0.0
        self._prefix = ""
        self.sign_in_button.setEnabled(True)
