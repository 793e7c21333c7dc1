"""One open per vault: an exclusive OS lock on `vault.lock` in the vault folder.

The lock is taken before anything else touches the vault and held until the
vault is closed. The operating system drops it when the process dies, so a
crash never leaves a vault that cannot be opened. The file names the holder
(workstation and process id) so the message can say where the vault is open.
"""

from __future__ import annotations

import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from calqi_desktop.domain.errors import VaultInUseError
from calqi_desktop.storage.files import os_errors

FILE_NAME = "vault.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # The lock sits on a byte past the holder text, so others can still read who holds it.
    _LOCK_OFFSET = 4096

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            handle.seek(_LOCK_OFFSET)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class VaultLock:
    """Holds the lock while alive; `release()` (or leaving the `with`) lets go."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        with os_errors():
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open on purpose
        if not _try_lock(handle):
            holder = _read_holder(self.path)
            handle.close()
            raise VaultInUseError(holder)
        self._handle: IO[bytes] | None = handle
        self._write_holder()

    def _write_holder(self) -> None:
        assert self._handle is not None
        since = datetime.now(UTC).strftime("%d-%m-%Y %H:%M UTC")
        text = f"{socket.gethostname()}, proces {os.getpid()}, sinds {since}"
        try:
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.write(text.encode("utf-8"))
            self._handle.flush()
        except OSError:
            pass  # the holder text is a courtesy; the lock itself is what counts

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> VaultLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_holder(path: Path) -> str:
    try:
        text = path.read_bytes()[:200].decode("utf-8", "replace").strip("\x00 \n")
    except OSError:
        return ""
    return text
