"""The Linux .tar.gz, made from a stand-in bundle: layout, modes, links, and the same bytes every time."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from ci_tools import need

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging" / "linux"))

import make_tarball  # noqa: E402


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    root = tmp_path / "dist" / "FamilySafe"
    (root / "_internal" / "lib").mkdir(parents=True)
    for exe in ("FamilySafe", "familysafe-cli"):
        (root / exe).write_bytes(b"\x7fELF stand-in")
        (root / exe).chmod(0o755)
    (root / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"stand-in")
    os.symlink("lib/libQt6Core.so.6", root / "_internal" / "libQt6Core.so.6")
    return root


@pytest.mark.posix_only  # Windows sets no execute bit on an extensionless file
def test_layout_and_modes(bundle: Path, tmp_path: Path) -> None:
    out = make_tarball.make_tarball(bundle, tmp_path / "a.tar.gz")
    with tarfile.open(out) as tar:
        members = {m.name: m for m in tar.getmembers()}
    for name in ("FamilySafe/FamilySafe", "FamilySafe/familysafe-cli", "FamilySafe/install-desktop-entry.sh"):
        assert members[name].mode & 0o111, name
    assert members["FamilySafe/familysafe.desktop"].mode == 0o644
    assert members["FamilySafe/familysafe.png"].size > 1000
    link = members["FamilySafe/_internal/libQt6Core.so.6"]
    assert link.issym() and link.linkname == "lib/libQt6Core.so.6"
    assert all(m.uid == 0 and m.uname == "" for m in members.values())


def test_same_bytes_every_time(bundle: Path, tmp_path: Path) -> None:
    a = make_tarball.make_tarball(bundle, tmp_path / "a.tar.gz").read_bytes()
    b = make_tarball.make_tarball(bundle, tmp_path / "b.tar.gz").read_bytes()
    assert a == b


def test_archive_name_carries_version_and_arch() -> None:
    assert make_tarball.archive_name("1.2.3", "x86_64") == "FamilySafe-1.2.3-linux-x86_64.tar.gz"


def test_desktop_entry_is_valid() -> None:
    validator = need("desktop-file-validate", "desktop-file-utils")
    proc = subprocess.run(
        [validator, str(REPO / "packaging" / "linux" / "familysafe.desktop")], capture_output=True, text=True
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr
