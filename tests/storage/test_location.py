"""Network shares are recognised from fake mount tables, UNC paths and drive types."""

from __future__ import annotations

from pathlib import Path

import pytest

from calqi_desktop.storage import location
from calqi_desktop.storage.location import (
    network_share_reason,
    parse_mac_mount_output,
    parse_mount_table,
)

MOUNTINFO = """\
22 1 8:2 / / rw,relatime shared:1 - ext4 /dev/sda2 rw
25 22 0:22 / /proc rw,nosuid shared:12 - proc proc rw
40 22 0:40 / {share} rw,relatime shared:30 - {fstype} //nas/kantoor rw,vers=3.1.1
41 40 8:3 / {share}/lokaal rw,relatime shared:31 - ext4 /dev/sda3 rw
"""

PROC_MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
nas:/export/kantoor {share} {fstype} rw,vers=4.2 0 0
"""


def write_table(tmp_path: Path, template: str, share: Path, fstype: str) -> Path:
    table = tmp_path / "mountinfo"
    table.write_text(template.format(share=str(share).replace(" ", "\\040"), fstype=fstype))
    return table


@pytest.mark.parametrize(
    "fstype",
    ["nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs", "davfs"],
)
@pytest.mark.parametrize("template", [MOUNTINFO, PROC_MOUNTS], ids=["mountinfo", "mounts"])
def test_a_folder_on_a_network_mount_is_recognised(tmp_path: Path, template: str, fstype: str) -> None:
    share = tmp_path / "netwerk schijf"
    (share / "kluizen").mkdir(parents=True)
    table = write_table(tmp_path, template, share, fstype)
    reason = network_share_reason(share / "kluizen", platform="linux", mounts_file=table)
    assert reason == f"De map staat op een netwerkschijf (bestandssysteem {fstype})."
    english = network_share_reason(share / "kluizen", platform="linux", mounts_file=table, language="en")
    assert english == f"The folder is on a network drive (file system {fstype})."


def test_a_folder_that_does_not_exist_yet_is_judged_by_its_nearest_parent(tmp_path: Path) -> None:
    share = tmp_path / "nas"
    share.mkdir()
    table = write_table(tmp_path, MOUNTINFO, share, "nfs4")
    assert network_share_reason(share / "nieuw" / "kluis", platform="linux", mounts_file=table)


def test_a_local_mount_inside_a_share_counts_as_local(tmp_path: Path) -> None:
    share = tmp_path / "nas"
    (share / "lokaal").mkdir(parents=True)
    table = write_table(tmp_path, MOUNTINFO, share, "cifs")
    assert network_share_reason(share / "lokaal", platform="linux", mounts_file=table) is None
    assert network_share_reason(share, platform="linux", mounts_file=table) is not None


def test_a_local_disk_is_local(tmp_path: Path) -> None:
    table = write_table(tmp_path, MOUNTINFO, Path("/mnt/elders"), "nfs")
    assert network_share_reason(tmp_path, platform="linux", mounts_file=table) is None


def test_a_symlink_into_a_share_is_followed(tmp_path: Path) -> None:
    share = tmp_path / "nas"
    share.mkdir()
    link = tmp_path / "snelkoppeling"
    link.symlink_to(share, target_is_directory=True)
    table = write_table(tmp_path, MOUNTINFO, share, "nfs")
    assert network_share_reason(link, platform="linux", mounts_file=table) is not None


def test_an_unreadable_mount_table_means_local(tmp_path: Path) -> None:
    assert network_share_reason(tmp_path, platform="linux", mounts_file=tmp_path / "geen") is None


def test_a_later_mount_on_the_same_point_wins() -> None:
    table = parse_mount_table(
        "30 22 0:30 / /srv rw - nfs nas:/srv rw\n31 22 0:31 / /srv rw - ext4 /dev/sdb1 rw\n"
    )
    assert table == [("/srv", "nfs"), ("/srv", "ext4")]
    assert location.filesystem_type_for(Path("/srv/kluis"), table) == "ext4"


def test_mountinfo_with_optional_fields_and_escapes() -> None:
    line = "36 35 98:0 /mnt1 /mnt/met\\040spatie rw,noatime master:1 shared:2 - cifs //nas/x rw\n"
    assert parse_mount_table(line) == [("/mnt/met spatie", "cifs")]


@pytest.mark.parametrize(
    "path",
    ["\\\\server\\kantoor\\kluis", "\\\\nas\\share", "//server/kantoor", "\\\\?\\UNC\\server\\share\\kluis"],
)
def test_unc_paths_on_windows(path: str) -> None:
    assert network_share_reason(path, platform="win32") == (
        "De map staat op een netwerkshare (een pad als \\\\server\\map)."
    )


@pytest.mark.parametrize("path", ["\\\\?\\C:\\Kluizen\\kantoor", "\\\\.\\C:\\x", "\\\\server"])
def test_device_paths_and_bare_servers_are_no_share(path: str) -> None:
    assert not location.is_unc_path(path, "win32")


def test_double_slash_is_the_root_outside_windows() -> None:
    assert not location.is_unc_path("//home/anna/kluis", "linux")
    assert location.is_unc_path("\\\\server\\share", "linux")


def test_a_mapped_network_drive_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def drive_type(root: str) -> int:
        asked.append(root)
        return location.DRIVE_REMOTE if root == "S:\\" else 3

    monkeypatch.setattr(location, "windows_drive_type", drive_type)
    assert network_share_reason("s:\\Kantoor\\kluis", platform="win32") == (
        "De map staat op een netwerkschijf (schijf S:)."
    )
    assert network_share_reason("C:\\Kluizen\\kantoor", platform="win32") is None
    assert asked == ["S:\\", "C:\\"]


def test_drive_type_is_unknown_off_windows() -> None:
    if location.sys.platform != "win32":
        assert location.windows_drive_type("C:\\") == 0


def test_mac_mount_output_is_parsed() -> None:
    output = (
        "/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
        "//anna@nas._smb._tcp.local/kantoor on /Volumes/kantoor (smbfs, nodev, nosuid, mounted by anna)\n"
        "nas:/export on /Volumes/nfs share (nfs, asynchronous)\n"
    )
    table = parse_mac_mount_output(output)
    assert table == [("/", "apfs"), ("/Volumes/kantoor", "smbfs"), ("/Volumes/nfs share", "nfs")]
    assert location.filesystem_type_for(Path("/Volumes/kantoor/kluis"), table) == "smbfs"
    assert location.filesystem_type_for(Path("/Users/anna/kluis"), table) == "apfs"


def test_unknown_platforms_are_taken_as_local(tmp_path: Path) -> None:
    assert network_share_reason(tmp_path, platform="freebsd14") is None


@pytest.mark.skipif(not location.sys.platform.startswith("linux"), reason="reads the kernel's mount table")
def test_the_real_mount_table_is_read() -> None:
    assert location.linux_filesystem_type(Path("/")) not in (None, "")
