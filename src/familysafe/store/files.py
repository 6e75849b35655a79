"""Low-level care of SQLite files: reading the header, checking, copying and setting files aside.

Nothing here knows the schema; `db` and `backup` build on it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from familysafe.store.errors import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
_USER_VERSION_OFFSET = 60
# Primary result codes that mean "this file is damaged", as opposed to busy, locked or unreadable.
_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
SIDE_FILES = ("-wal", "-shm", "-journal")

Progress = Callable[[int, int, int], object]


class DamagedFile(Exception):
    """Internal: the file is not a readable SQLite database, or not laid out as FamilySafe makes it
    (the caller decides what to do). `plain` says why in words for a family, when there are some."""

    def __init__(self, reason: str, plain: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.plain = plain


def not_regular(path: Path) -> str | None:
    """What `path` is, in plain words, when something is there that is not a regular file (a folder,
    a named pipe, a device); None when it is a regular file (links followed) or nothing is there.
    Never opens it, so a named pipe cannot make the caller wait."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"a name that cannot be read ({exc.strerror or exc})"
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder, not a regular file"
    if stat.S_ISFIFO(mode):
        return "a named pipe, not a regular file"
    return "not a regular file"


def side_file_problem(path: Path) -> str | None:
    """A plain sentence when a -wal, -shm or -journal beside `path` is a link or not a regular file.

    SQLite would fail on it with "unable to open database file", which reads like a locked file;
    FamilySafe never makes such side files, so it names the one at fault instead.
    """
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.is_symlink():
            try:
                where = f" (to {os.readlink(side)})"
            except OSError:
                where = ""
            what = f"a link to another place{where}, not a file of its own"
        else:
            what = not_regular(side) or ""
            if not what:
                continue
        return (
            f"FamilySafe cannot open its file {path}, because {side} is {what}. "
            f"FamilySafe never makes that. Nothing was changed. Please move {side.name} out of the folder "
            f"{path.parent}, then start FamilySafe again."
        )
    return None


@dataclass(frozen=True)
class Probe:
    """What a read-only look at a database file found."""

    user_version: int
    has_tables: bool


def timestamp(when: datetime) -> str:
    """`when` as YYYYMMDD-HHMMSS, the form used in backup and set-aside file names."""
    return when.strftime("%Y%m%d-%H%M%S")


def is_corruption(exc: sqlite3.Error) -> bool:
    """True when an sqlite3 error says the file is damaged or not a database (not merely busy)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        text = str(exc).lower()
        return "malformed" in text or "not a database" in text
    return (int(code) & 0xFF) in _CORRUPT_CODES


# Primary result codes that mean a write failed for a reason outside the app, in plain words.
_WRITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_READONLY: "the file or its folder is read-only",
    sqlite3.SQLITE_IOERR: "the disk could not be written to (is it still connected?)",
}


def write_problem(exc: sqlite3.Error) -> str | None:
    """Why a write failed, in plain words, when the cause is the disk (full, read-only, failing); else None."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return _WRITE_PROBLEMS.get(int(code) & 0xFF)
    text = str(exc).lower()  # an error raised by hand (tests, wrappers) carries no code
    if "disk is full" in text:
        return _WRITE_PROBLEMS[sqlite3.SQLITE_FULL]
    if "readonly" in text or "read-only" in text:
        return _WRITE_PROBLEMS[sqlite3.SQLITE_READONLY]
    if "disk i/o error" in text:
        return _WRITE_PROBLEMS[sqlite3.SQLITE_IOERR]
    return None


def header_user_version(path: Path) -> int | None:
    """The user_version stored in the file's header; None for a missing or empty file.

    Reads 100 bytes and nothing else, so it cannot change the file. Raises
    DamagedFile when the file is too short, does not start like a SQLite database, or
    has a negative version (which no FamilySafe writes).
    """
    try:
        with path.open("rb") as f:
            header = f.read(HEADER_SIZE)
    except FileNotFoundError:
        return None
    if not header:
        return None
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise DamagedFile("file is not a database")
    version = int.from_bytes(header[_USER_VERSION_OFFSET : _USER_VERSION_OFFSET + 4], "big", signed=True)
    if version < 0:
        # FamilySafe never writes a negative version: the header is garbled, not from an old app.
        raise DamagedFile("the version in the file's header is damaged")
    return version


def connect_readonly(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection to `path`; `immutable` for files no one else is writing (backups)."""
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    return sqlite3.connect(uri, uri=True, timeout=5.0)


def quick_check(conn: sqlite3.Connection) -> bool:
    """True when PRAGMA quick_check finds nothing wrong. sqlite3 errors propagate."""
    rows = conn.execute("PRAGMA quick_check").fetchall()
    return len(rows) == 1 and rows[0][0] == "ok"


def probe(
    path: Path, *, immutable: bool = False, check: Callable[[sqlite3.Connection], str | None] | None = None
) -> Probe:
    """Open `path` read-only, run quick_check and read user_version (as SQLite sees it, WAL included).

    Raises DamagedFile when the file is damaged or not a database, or when `check` (given the
    connection after quick_check) returns a problem; StoreError when it cannot be read for another
    reason (locked, no permission). Never writes to the database file itself, and never opens
    anything but a regular file.
    """
    what = not_regular(path)
    if what:
        raise DamagedFile(what, plain=f"it is {what}")
    try:
        conn = connect_readonly(path, immutable=immutable)
    except sqlite3.Error as exc:
        raise _classify(exc, path) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if not quick_check(conn):
            raise DamagedFile("quick_check failed")
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] > 0
        problem = check(conn) if check is not None else None
        if problem:
            raise DamagedFile(problem, plain=problem)
    except sqlite3.Error as exc:
        raise _classify(exc, path) from exc
    finally:
        conn.close()
    return Probe(user_version=version, has_tables=bool(has_tables))


def _classify(exc: sqlite3.Error, path: Path) -> Exception:
    if is_corruption(exc):
        return DamagedFile(str(exc))
    return StoreError(
        f"FamilySafe could not read the file {path} ({exc}). If FamilySafe is already open in another "
        "window, please close it and try again.",
        path,
    )


def remove_probe_leftovers(path: Path, existed: set[str]) -> None:
    """Remove the empty -wal and the -shm that a read-only probe created beside `path` (they hold no
    data); side files in `existed` (there before the probe) are never touched."""
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if suffix in existed or not side.exists():
            continue
        with contextlib.suppress(OSError):
            if suffix == "-shm" or side.stat().st_size == 0:
                side.unlink()


def aside_name(path: Path, label: str) -> Path:
    """The free name `<name>.<label>` (with a counter if taken, side files included) beside `path`."""
    target = path.with_name(f"{path.name}.{label}")
    n = 1
    while any(os.path.lexists(str(target) + s) for s in ("", *SIDE_FILES)):
        n += 1
        target = path.with_name(f"{path.name}.{label}-{n}")
    return target


def set_aside(path: Path, label: str, *, target: Path | None = None) -> Path:
    """Rename `path` and its -wal/-shm/-journal files to `<name>.<label>` (plus the same suffixes),
    or to `target` when given (finishing a move that was interrupted).

    Never deletes anything: if the name is taken a counter is added. The side files
    move first, so a stale WAL can never be applied to a different database. Returns
    the new path of the main file.
    """
    target = target or aside_name(path, label)
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if os.path.lexists(side):
            os.replace(side, Path(str(target) + suffix))
    if os.path.lexists(path):
        os.replace(path, target)
    fsync_dir(path.parent)
    return target


def fsync_file(path: Path) -> None:
    """Flush `path` to the disk."""
    # Opened for writing: Windows refuses to flush a read-only handle.
    with path.open("rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (renames) to the disk where the platform allows it."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def _closing(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    try:
        yield conn
    finally:
        conn.close()


def partial_name(dest: Path) -> Path:
    """The temporary name a copy to `dest` is written under until it is checked."""
    return dest.with_name(f".{dest.name}.partial")


def copy_database(
    source: sqlite3.Connection,
    dest: Path,
    *,
    pages: int = -1,
    progress: Progress | None = None,
) -> Path:
    """Copy the database behind `source` to `dest` with the SQLite backup API, safely.

    The copy is written to a temporary file beside `dest`, switched to a single-file
    journal mode, verified with integrity_check, flushed, made private (0600 on
    POSIX) and only then renamed to `dest`, replacing it. So `dest` is either the old
    file or a complete, checked copy. Raises StoreError if the copy fails its check.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = partial_name(dest)
    for suffix in ("", *SIDE_FILES):
        with contextlib.suppress(FileNotFoundError):
            Path(str(tmp) + suffix).unlink()
    try:
        make_private(tmp)  # never readable by others, even before it is checked and renamed
        with _closing(sqlite3.connect(tmp)) as copy:
            source.backup(copy, pages=pages, progress=progress)
            # A copy must be one self-contained file, not a WAL-mode file with side files.
            copy.execute("PRAGMA journal_mode=DELETE")
            rows = copy.execute("PRAGMA integrity_check").fetchall()
            if rows != [("ok",)]:
                raise StoreError(f"The copy of the data written to {dest} did not check out.", dest)
        if os.name == "posix":
            tmp.chmod(0o600)
        fsync_file(tmp)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException as exc:
        for suffix in ("", *SIDE_FILES):
            with contextlib.suppress(OSError):
                Path(str(tmp) + suffix).unlink()
        if isinstance(exc, (sqlite3.Error, OSError)):
            raise StoreError(
                f"FamilySafe could not save a copy of the data to {dest} ({exc}). "
                "Please check that the disk has space.",
                dest,
            ) from exc
        raise
    return dest


def make_private(path: Path) -> Path:
    """Make sure `path` exists as a file only this user can read and write (0600 on POSIX): created
    empty with that mode when missing, tightened when it is ours and looser. Returns `path`.

    SQLite gives a database's -wal and -shm the mode of the database itself, so a database made
    private here keeps its side files private too.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if os.name == "posix":
            with contextlib.suppress(OSError):
                st = path.stat()
                if stat.S_ISREG(st.st_mode) and st.st_uid == os.getuid() and st.st_mode & 0o077:
                    path.chmod(0o600)
        return path
    os.close(fd)
    return path


def write_durably(path: Path, data: bytes) -> None:
    """Replace `path` with `data` all at once and flush it to the disk, so that after a kill at any
    moment the file is absent, the old one, or the whole new one (a journal's promise). Private (0600)."""
    tmp = path.with_name(f"{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)
