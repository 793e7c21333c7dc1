"""Is this folder on a network share? A vault must sit on a local disk.

The vault runs SQLite in WAL mode, whose shared-memory index does not work on
network file systems (NFS, SMB/CIFS, sshfs and the like): two workstations —
or one after a dropped connection — can corrupt the database. So before a
vault is created or opened in a folder, `network_share_reason(folder)` says in
a short sentence why that folder is unsuitable, or None when it looks local.

How it looks:

- Windows: a UNC path (\\\\server\\share or //server/share), or a drive letter
  that `GetDriveTypeW` reports as DRIVE_REMOTE (a mapped network drive).
- Linux: the file-system type of the mount that holds the nearest existing
  parent folder, from /proc/self/mountinfo (or /proc/mounts).
- macOS: the same from the output of `mount` (statvfs does not tell the
  file-system type).

A folder that cannot be judged is treated as local: this check warns, it
does not stand in for the single-open lock.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

#: File-system types that live on another machine.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "webdav",
        "afpfs",
        "ncpfs",
    }
)

MOUNT_TABLES = (Path("/proc/self/mountinfo"), Path("/proc/mounts"))
DRIVE_REMOTE = 4  # GetDriveTypeW

_REASONS = {
    "nl": {
        "unc": "De map staat op een netwerkshare (een pad als \\\\server\\map).",
        "drive": "De map staat op een netwerkschijf (schijf {drive}).",
        "mount": "De map staat op een netwerkschijf (bestandssysteem {fstype}).",
    },
    "en": {
        "unc": "The folder is on a network share (a path like \\\\server\\folder).",
        "drive": "The folder is on a network drive (drive {drive}).",
        "mount": "The folder is on a network drive (file system {fstype}).",
    },
}


def network_share_reason(
    path: Path | str,
    *,
    platform: str | None = None,
    mounts_file: Path | None = None,
    language: str = "nl",
) -> str | None:
    """A short reason (Dutch by default) when `path` looks like a network share, else None.

    `platform` (default `sys.platform`) and `mounts_file` (default the kernel's
    mount table) exist for tests.
    """
    platform = platform or sys.platform
    reasons = _REASONS["en" if language == "en" else "nl"]
    text = str(path)
    if is_unc_path(text, platform):
        return reasons["unc"]
    if platform == "win32":
        drive = _windows_remote_drive(text)
        return reasons["drive"].format(drive=drive) if drive else None
    if platform.startswith("linux"):
        fstype = linux_filesystem_type(Path(path), mounts_file)
    elif platform == "darwin":
        fstype = mac_filesystem_type(Path(path))
    else:
        return None
    if fstype is not None and fstype in NETWORK_FILESYSTEMS:
        return reasons["mount"].format(fstype=fstype)
    return None


def is_unc_path(text: str, platform: str | None = None) -> bool:
    r"""\\server\share anywhere; //server/share only on Windows (elsewhere '//' is the root).

    Windows device paths (\\?\C:\..., \\.\...) are local, except \\?\UNC\....
    """
    platform = platform or sys.platform
    if text.startswith("\\\\") or (platform == "win32" and text.startswith("//")):
        rest = text[2:].replace("/", "\\")
        if rest.startswith(("?\\", ".\\")):
            return rest[2:].upper().startswith("UNC\\")
        server, _, share = rest.partition("\\")
        return bool(server) and bool(share.strip("\\"))
    return False


# --- Windows -----------------------------------------------------------------------


def _windows_remote_drive(text: str) -> str | None:
    """The drive ('S:') when it is a mapped network drive."""
    drive = os.path.splitdrive(os.path.abspath(text))[0] if sys.platform == "win32" else text[:2]
    if len(drive) != 2 or drive[1] != ":" or not drive[0].isalpha():
        return None
    return drive.upper() if windows_drive_type(drive.upper() + "\\") == DRIVE_REMOTE else None


def windows_drive_type(root: str) -> int:
    """`GetDriveTypeW` of a drive root such as 'S:\\'; 0 (unknown) off Windows."""
    if sys.platform == "win32":
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root))
    return 0


# --- Linux -------------------------------------------------------------------------


def linux_filesystem_type(path: Path, mounts_file: Path | None = None) -> str | None:
    """The type of the file system holding `path` (or its nearest existing parent)."""
    table = _read_mount_table(mounts_file)
    if table is None:
        return None
    return filesystem_type_for(nearest_existing(path), parse_mount_table(table))


def _read_mount_table(mounts_file: Path | None) -> str | None:
    for candidate in (mounts_file,) if mounts_file is not None else MOUNT_TABLES:
        try:
            return candidate.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    return None


def parse_mount_table(text: str) -> list[tuple[str, str]]:
    """(mount point, fstype) for each line of /proc/self/mountinfo or /proc/mounts, in order.

    mountinfo: `36 35 98:0 /root /mnt rw,noatime master:1 - ext3 /dev/root rw`;
    mounts: `server:/export /mnt nfs4 rw 0 0`. Spaces in mount points are \\040.
    """
    mounts: list[tuple[str, str]] = []
    for line in text.splitlines():
        parts = line.split()
        if "-" in parts[6:]:
            separator = parts.index("-", 6)
            if len(parts) > separator + 1 and len(parts) > 4:
                mounts.append((_unescape(parts[4]), parts[separator + 1]))
        elif len(parts) >= 3:
            mounts.append((_unescape(parts[1]), parts[2]))
    return mounts


def _unescape(field: str) -> str:
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


# --- macOS -------------------------------------------------------------------------

_MAC_MOUNT_LINE = re.compile(r"^.* on (?P<point>/.*?) \((?P<fstype>[^,)]+)")


def mac_filesystem_type(path: Path) -> str | None:
    """The file-system type from `mount` (e.g. 'smbfs', 'nfs', 'afpfs', 'webdav')."""
    try:
        output = subprocess.run(
            ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return filesystem_type_for(nearest_existing(path), parse_mac_mount_output(output))


def parse_mac_mount_output(text: str) -> list[tuple[str, str]]:
    """(mount point, fstype) from lines like `//me@nas/kantoor on /Volumes/kantoor (smbfs, nodev)`."""
    mounts = []
    for line in text.splitlines():
        match = _MAC_MOUNT_LINE.match(line)
        if match:
            mounts.append((match["point"], match["fstype"].strip()))
    return mounts


# --- shared ------------------------------------------------------------------------


def nearest_existing(path: Path) -> Path:
    """`path` made absolute, walked up to the first folder that exists, symlinks resolved."""
    current = Path(os.path.abspath(path))
    while not current.exists() and current.parent != current:
        current = current.parent
    try:
        return current.resolve()
    except OSError:
        return current


def filesystem_type_for(path: Path, mounts: list[tuple[str, str]]) -> str | None:
    """The type of the deepest mount containing `path`; a later mount on the same point wins."""
    best: tuple[int, str] | None = None
    for point, fstype in mounts:
        mount = Path(point)
        if path == mount or mount in path.parents:
            depth = len(mount.parts)
            if best is None or depth >= best[0]:
                best = (depth, fstype)
    return best[1] if best else None
