"""Backups of the family's database: on demand, daily with rotation, listed, and restored.

Backups are whole copies made with SQLite's backup API (never a file copy of a live
database), each checked with integrity_check before it gets its final name.
Automatic ones are named `familysafe-YYYYMMDD-HHMMSS.db` (local time of the
injected clock); the copy taken before a schema upgrade is
`familysafe-YYYYMMDD-HHMMSS-before-vN.db` and is never rotated away.

Backups hold everything that was in the file when they were taken, including
children erased since: the UI should say so when erasing, and offer to delete them.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from familysafe.core.clock import Clock, SystemClock
from familysafe.store import files, schema
from familysafe.store.errors import NotFamilySafeFile, StoreError

if TYPE_CHECKING:
    from familysafe.store.db import Store

_NAME = re.compile(r"^familysafe-(\d{8}-\d{6})(-before-v\d+)?\.db$")
DEFAULT_KEEP = 7


def backup_name(when: datetime) -> str:
    """The file name of an automatic backup taken at `when`."""
    return f"familysafe-{files.timestamp(when)}.db"


def backup_taken(path: Path) -> datetime | None:
    """When the backup was taken (naive local time, from its name), or None for another name."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")


def backup_now(
    store: Store,
    dest: Path,
    *,
    pages: int = -1,
    progress: files.Progress | None = None,
) -> Path:
    """Copy the open store to `dest` (replacing it) and return `dest`.

    Uses the SQLite backup API, so it is safe while the app keeps writing: the copy
    is a consistent snapshot, verified with integrity_check before it takes the name
    `dest` (until then any old `dest` stays). `pages`/`progress` as sqlite3's backup
    (e.g. for a progress bar). Raises StoreError if the copy cannot be made or checked.
    """
    if store.conn.in_transaction:
        raise StoreError("A backup cannot be taken in the middle of a change.", store.path)
    return files.copy_database(store.conn, dest, pages=pages, progress=progress)


def _is_good(path: Path) -> bool:
    has_wal = Path(str(path) + "-wal").exists()
    try:
        found = files.probe(path, immutable=not has_wal, check=schema.layout_problem)
    except (files.DamagedFile, StoreError):
        return False
    return found.has_tables and schema.MIN_SUPPORTED <= found.user_version <= schema.SCHEMA_VERSION


def _stamp(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group(1) if match else ""


def _is_daily(path: Path) -> bool:
    match = _NAME.match(path.name)
    return match is not None and match.group(2) is None


def _candidates(backup_dir: Path) -> list[Path]:
    """Backup-named files in the folder, newest first (by the time in the name)."""
    try:
        entries = [p for p in backup_dir.iterdir() if _NAME.match(p.name) and p.is_file()]
    except FileNotFoundError:
        return []
    return sorted(entries, key=lambda p: (_stamp(p), p.name), reverse=True)


def list_backups(backup_dir: Path) -> list[Path]:
    """The backups in `backup_dir` this version can restore, newest first.

    Only files that pass quick_check and whose schema version this app can open;
    damaged ones are left out (and left alone). An absent folder has none.
    """
    return [p for p in _candidates(backup_dir) if _is_good(p)]


def auto_backup(store: Store, backup_dir: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """Take today's automatic backup unless there already is a good one for today (by the store's
    clock), then keep only the newest `keep` good automatic backups (older ones are deleted, along
    with damaged ones older than those); the one just made always counts as the newest, even after the
    clock was set back. Returns the new backup, or None if today's existed.

    Pre-upgrade backups are never deleted here.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    now = store.clock.now()
    today = now.strftime("%Y%m%d")
    daily = [p for p in _candidates(backup_dir) if _is_daily(p)]
    good = {p for p in daily if _is_good(p)}
    made: Path | None = None
    if not any(p.name.startswith(f"familysafe-{today}-") for p in good):
        made = backup_now(store, backup_dir / backup_name(now))
        # The copy just made comes first even when the clock was set back: it holds the newest data.
        daily = [made, *sorted(set(daily) - {made}, key=lambda p: (_stamp(p), p.name), reverse=True)]
        good.add(made)
    kept = 0
    for path in daily:
        if kept >= keep:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        elif path in good:
            kept += 1
    return made


def restore_backup(src: Path, db_path: Path, *, clock: Clock | None = None) -> Path | None:
    """Make `src` (a backup) the family's database at `db_path`. The store must be closed.

    Checks `src` first (quick_check; a FamilySafe file this version can open) and
    changes nothing if it fails (StoreError for a damaged or missing file, FileTooNew,
    FileTooOld, NotFamilySafeFile). Then a checked copy is prepared beside
    `db_path`, the current file is set aside as `<name>.before-restore-<time>` with
    its -wal/-shm (never deleted), and the copy is renamed into place. Returns
    where the old file went, or None if there was none. `src` itself is not changed.
    """
    when = (clock or SystemClock()).now()
    what = files.not_regular(src)
    if what:
        raise StoreError(f"{src} is {what}, so FamilySafe cannot go back to it. Nothing was changed.", src)
    try:
        version = files.header_user_version(src)
        if version is None:
            raise files.DamagedFile("empty or missing")
        schema.check_version(src, version, schema.LADDER)
        has_wal = Path(str(src) + "-wal").exists()
        # The same check as at start-up: a copy with a missing table or a planted trigger is refused.
        found = files.probe(src, immutable=not has_wal, check=schema.layout_problem)
    except files.DamagedFile as exc:
        why = f"it is damaged ({exc.plain})" if exc.plain else "it is damaged"
        raise StoreError(
            f"FamilySafe cannot go back to the saved copy {src}, because {why}. Nothing was changed.",
            src,
        ) from exc
    schema.check_version(src, found.user_version, schema.LADDER)
    if found.user_version == 0 or not found.has_tables:
        raise NotFamilySafeFile(src)

    staging = _staging(db_path)
    source = files.connect_readonly(src, immutable=not has_wal)
    try:
        files.copy_database(source, staging)
    finally:
        source.close()
    try:
        exists = any(os.path.lexists(str(db_path) + s) for s in ("", *files.SIDE_FILES))
        aside = files.aside_name(db_path, f"before-restore-{files.timestamp(when)}") if exists else None
        # The journal makes the two renames below one step: once it is on the disk, a kill at any point
        # is finished at the next start (finish_interrupted_restore); before it, nothing was changed.
        files.write_durably(_journal(db_path), json.dumps({"aside": aside.name if aside else None}).encode())
        _switch(db_path, staging, aside)
    except OSError as exc:
        raise StoreError(
            f"FamilySafe could not put the saved copy {src} in place of {db_path} ({exc.strerror or exc}).",
            db_path,
        ) from exc
    return aside


def _staging(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.restoring")


def _journal(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.restore-journal")


def _switch(db_path: Path, staging: Path, aside: Path | None) -> None:
    """Set the current file aside as `aside` (whatever of it is still in place), rename the checked
    copy `staging` in, then drop the journal. Each step can be repeated after a kill."""
    if aside is not None:
        files.set_aside(db_path, "", target=aside)
    os.replace(staging, db_path)
    files.fsync_dir(db_path.parent)
    _journal(db_path).unlink(missing_ok=True)
    files.fsync_dir(db_path.parent)


def finish_interrupted_restore(db_path: Path) -> str | None:
    """Finish a restore that a kill interrupted, or clear away one that never began; called before the
    database is opened. Returns a sentence for the parent when a restore was finished, else None.

    With a journal, the checked copy was complete before anything was renamed: what is left of the
    current file is set aside under the name the journal gives, and the copy is renamed in. Without
    one, nothing was renamed, and a half-prepared copy (the backup it came from is still there) is
    deleted.
    """
    journal, staging = _journal(db_path), _staging(db_path)
    aside: Path | None = None
    try:
        record = json.loads(journal.read_bytes())
        name = record["aside"]
        aside = db_path.with_name(Path(name).name) if name else None
    except FileNotFoundError:
        for leftover in (staging, files.partial_name(staging), Path(f"{journal}.tmp")):
            for suffix in ("", *files.SIDE_FILES):
                with contextlib.suppress(FileNotFoundError, IsADirectoryError):
                    Path(f"{leftover}{suffix}").unlink()
        return None
    except (OSError, ValueError, TypeError, KeyError):
        journal.unlink(missing_ok=True)  # written in one piece, so this is not ours: act on nothing
        return None
    if not staging.is_file():
        journal.unlink(missing_ok=True)  # the copy was already renamed in: only the journal was left
        return None
    try:
        _switch(db_path, staging, aside)
    except OSError as exc:
        raise StoreError(
            f"FamilySafe could not finish going back to a saved copy ({exc.strerror or exc}): the copy is "
            f"{staging}, and your earlier file is {aside or db_path}. Nothing was deleted.",
            db_path,
        ) from exc
    kept = f" The file it replaced is kept as {aside.name}." if aside else ""
    return f"FamilySafe finished going back to a saved copy, which had been interrupted.{kept}"
