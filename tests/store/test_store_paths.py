"""The data folder: where it is (matching Qt, never changing) and that it is created private."""

from __future__ import annotations

import importlib.util
import json
import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from familysafe.store import DataFolderError, data_dir, ensure_data_dir


def _home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Point Path.home() at `home`: it reads HOME on POSIX and USERPROFILE on Windows."""
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))

def test_override_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(tmp_path / "here"))
    assert data_dir() == tmp_path / "here"


def test_windows_uses_appdata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FAMILYSAFE_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("APPDATA", "/users/ana/AppData/Roaming")
    assert data_dir() == Path("/users/ana/AppData/Roaming") / "FamilySafe"


def test_macos_uses_application_support(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FAMILYSAFE_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", "darwin")
    _home(monkeypatch, tmp_path)
    assert data_dir() == tmp_path / "Library" / "Application Support" / "FamilySafe"


@pytest.mark.parametrize(
    ("xdg", "expected"),
    [(None, "home/.local/share"), ("/abs/data", "/abs/data"), ("relative/data", "home/.local/share")],
)
def test_linux_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None, expected: str) -> None:
    monkeypatch.delenv("FAMILYSAFE_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    _home(monkeypatch, tmp_path / "home")
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    base = tmp_path / expected if expected.startswith("home") else Path(expected)
    assert data_dir() == base / "FamilySafe"


_QT_SCRIPT = """
import json, os, sys
from PySide6.QtCore import QCoreApplication, QStandardPaths
from familysafe.store.paths import data_dir
QCoreApplication.setApplicationName("FamilySafe")
cases = (None, sys.argv[1], "relative/data") if sys.platform.startswith("linux") else ("keep",)
out = []
for xdg in cases:
    if xdg is None:
        os.environ.pop("XDG_DATA_HOME", None)
    elif xdg != "keep":
        os.environ["XDG_DATA_HOME"] = xdg
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    out.append([qt, str(data_dir())])
print(json.dumps(out))
"""


def test_matches_qt_app_data_location(tmp_path: Path) -> None:
    """data_dir() must equal Qt's AppDataLocation for an org-less "FamilySafe" (checked in a subprocess
    so this test process never loads Qt)."""
    if importlib.util.find_spec("PySide6") is None:  # find_spec, not import: keep Qt out of this process
        pytest.skip("PySide6 is not installed")
    env = {k: v for k, v in os.environ.items() if k != "FAMILYSAFE_DATA_DIR"}
    if sys.platform.startswith("linux"):
        env["HOME"] = str(tmp_path / "home")  # Qt reads $HOME here; elsewhere it asks the OS
    result = subprocess.run(
        [sys.executable, "-c", _QT_SCRIPT, str(tmp_path / "xdg")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    pairs = json.loads(result.stdout)
    assert pairs
    for qt, ours in pairs:
        assert Path(qt) == Path(ours)


def test_creates_private_folder(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = ensure_data_dir(tmp_path / "a" / "b" / "FamilySafe")
    finally:
        os.umask(old)
    assert folder.is_dir()
    if os.name == "posix":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_tightens_existing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "FamilySafe"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    ensure_data_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_existing_folder_is_fine(tmp_path: Path) -> None:
    assert ensure_data_dir(tmp_path) == tmp_path
    assert ensure_data_dir(tmp_path) == tmp_path


def test_file_in_the_way(tmp_path: Path) -> None:
    blocker = tmp_path / "FamilySafe"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderError) as info:
        ensure_data_dir(blocker)
    assert str(blocker) in info.value.message
    assert info.value.path == blocker
    assert blocker.read_text() == "not a folder"


def test_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "FamilySafe"
    with pytest.raises(DataFolderError) as info:
        ensure_data_dir(target)
    assert str(target) in info.value.message


def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests run as root, for whom every folder is writable: simulate a read-only one.
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    with pytest.raises(DataFolderError) as info:
        ensure_data_dir(tmp_path)
    assert str(tmp_path) in info.value.message
    assert "save" in info.value.message


def test_unwritable_probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", refuse)
    with pytest.raises(DataFolderError):
        ensure_data_dir(tmp_path)
