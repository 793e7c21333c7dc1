"""Safe file writes and the mapping of OS errors to user errors.

Every file the vault writes outside SQLite (keyslot file, manifests, state)
goes through `write_atomically`: write a temporary file in the same folder,
fsync it, rename it over the target, fsync the folder. A crash leaves either
the old or the new file, never half of one.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path

from calqi_desktop.domain.errors import CalqiError, DiskFullError, ReadOnlyError


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with os_errors():
        try:
            with open(tmp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def user_error_for(exc: OSError) -> CalqiError | None:
    """The user error an OS error stands for, or None when it is not one we know."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReadOnlyError()
    return None


@contextlib.contextmanager
def os_errors() -> Iterator[None]:
    """Turn disk-full and read-only OS errors into their `CalqiError`."""
    try:
        yield
    except OSError as exc:
        mapped = user_error_for(exc)
        if mapped is None:
            raise
        raise mapped from exc
