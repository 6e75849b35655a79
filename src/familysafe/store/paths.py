"""Where the family's data lives on this computer.

`data_dir()` is the one answer to "where is our file?". It MUST NEVER CHANGE
between releases: a family that upgrades would otherwise find an empty app and
think their children's progress was lost. It is computed without Qt and equals
what QStandardPaths.AppDataLocation gives for an application named "FamilySafe"
with no organisation name or domain set (a test checks this against Qt), so the
app must not set an organisation on QCoreApplication, and should ask this module
rather than Qt.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from familysafe.store.errors import DataFolderError

APP_NAME = "FamilySafe"
ENV_OVERRIDE = "FAMILYSAFE_DATA_DIR"
DB_FILENAME = "familysafe.db"
BACKUP_DIRNAME = "backups"


def data_dir() -> Path:
    """The folder for the family's data: $FAMILYSAFE_DATA_DIR if set, else the per-user app-data folder.

    Windows: %APPDATA%\\FamilySafe; macOS: ~/Library/Application Support/FamilySafe;
    elsewhere: $XDG_DATA_HOME/FamilySafe (only if absolute) or ~/.local/share/FamilySafe.
    Does not create it (see `ensure_data_dir`). Never changes between releases.
    """
    override = os.environ.get(ENV_OVERRIDE)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        # The XDG spec (and Qt) ignore a relative XDG_DATA_HOME.
        base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return base / APP_NAME


def db_path(folder: Path) -> Path:
    """The database file inside the data folder `folder`."""
    return folder / DB_FILENAME


def backup_dir(folder: Path) -> Path:
    """The folder for automatic backups inside the data folder `folder`."""
    return folder / BACKUP_DIRNAME


def ensure_data_dir(path: Path) -> Path:
    """Make sure `path` exists as a folder this user can write to, and return it.

    A folder it creates is private to the user (0700 on POSIX), and an existing
    one we own is tightened to 0700; one that belongs to another user is refused.
    Raises DataFolderError, naming the folder in plain words, when it cannot be
    created, written to, or is someone else's.
    """
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise DataFolderError(
            f"FamilySafe could not make its data folder {path}, because a file with that name is "
            "already there. Please move that file somewhere else and start FamilySafe again.",
            path,
        ) from exc
    except OSError as exc:
        raise DataFolderError(
            f"FamilySafe could not make its data folder {path} ({exc.strerror or exc}). "
            "Please check that the disk is connected and has space, and that you can save files there.",
            path,
        ) from exc
    if not path.is_dir():
        raise DataFolderError(f"FamilySafe cannot use {path} as its data folder, because it is not a folder.", path)
    if os.name == "posix":
        _refuse_someone_elses(path)
        _make_private(path)
    if not os.access(path, os.W_OK | os.X_OK) or not _can_write(path):
        raise DataFolderError(
            f"FamilySafe cannot save anything in its data folder {path}. Please check that you are "
            "allowed to save files there and that the disk is not full or read-only.",
            path,
        )
    return path


def _refuse_someone_elses(path: Path) -> None:
    """A data folder that belongs to another user of this computer is not used: that user could read
    the family's records, or swap in files of their own."""
    try:
        owner = path.stat().st_uid
    except OSError:
        return  # writability is checked next, with its own message
    if owner != os.getuid():
        raise DataFolderError(
            f"FamilySafe will not use the data folder {path}, because it belongs to another user of this "
            "computer, who could read or change your family's records there. Nothing in it was changed. "
            f"Please ask for the folder to be given to you, or set {ENV_OVERRIDE} to a folder of your own.",
            path,
        )


def _make_private(path: Path) -> None:
    try:
        st = path.stat()
        if st.st_uid == os.getuid() and st.st_mode & 0o077:
            path.chmod(0o700)
    except OSError:
        # Not being able to tighten permissions must not stop the app; writability is checked next.
        pass


def _can_write(path: Path) -> bool:
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-", delete=True) as probe:
            probe.write(b"ok")
            probe.flush()
    except OSError:
        return False
    return True
