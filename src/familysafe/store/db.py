"""The family's database: opening it safely, transactions, erasing and exporting a child.

Two ways into the one connection. Reads (the repositories' `_where`, `_one` and `_select`), opening
the file (the version and layout checks) and the one write every start makes (the clock check's
`last_wall_seen`) use plain `sqlite3`; writes and migrations use sqlite-utils' table API through
`Store.db`. sqlite-utils is imported when `Store.db` is first used, not by `Store.open`: with the
click, dateutil and pluggy it brings, it costs about a third of the app's start to a painted home
screen (bench/startup.py), and that first paint only reads (docs/architecture.md, "Start-up").
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from familysafe.core.clock import Clock
from familysafe.store import files, schema
from familysafe.store.errors import CorruptDatabase, NotFamilySafeFile, RecordNotFound, StoreError
from familysafe.store.repos import (
    BandRepo,
    ChildRepo,
    FamilyRepo,
    NoteRepo,
    PledgeRepo,
    RecallRepo,
    SessionRepo,
    UnlockRepo,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000
# Keeps the -wal file from staying large after a big write (it is truncated to this at checkpoints).
JOURNAL_SIZE_LIMIT = 4 * 1024 * 1024
EXPORT_FORMAT = "familysafe-export"
EXPORT_FORMAT_VERSION = 1

# Why synchronous=NORMAL and not FULL: in WAL mode NORMAL never corrupts the file and keeps every
# commit across an application crash or kill (tests/store/test_crash.py kills a writer mid-stream);
# only a power cut or OS crash can lose the last commits (at most the step in progress), which the
# design accepts. FULL would add an fsync to every step save for that case only.
_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}",
    # Deleted and overwritten content is zeroed, not left in free pages (erase relies on VACUUM too).
    "PRAGMA secure_delete = ON",
    f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}",
    # What sqlite-utils' Database sets on the connection it wraps, set here too so the connection is the
    # same before and after sqlite-utils is loaded (the layout check refuses any trigger, so it is moot).
    "PRAGMA recursive_triggers = ON",
)


class Store:
    """The open database of one family. Make one with `Store.open`; close it with `close()` (or `with`).

    Records are read and written through the repositories: `family`, `children`,
    `bands`, `unlocks`, `sessions`, `recall`, `notes`, `pledges`. Use it from one thread.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, clock: Clock, backup_dir: Path | None) -> None:
        """Wrap an already opened and upgraded database; use `Store.open` instead."""
        self._conn: sqlite3.Connection | None = conn
        self._db: Database | None = None  # sqlite-utils' view of the connection, made on first use (`db`)
        self.path = path
        self.clock = clock
        self.backup_dir = backup_dir
        # Plain sentences for the parent about what opening the file finished or noticed.
        self.notices: list[str] = []
        self.family = FamilyRepo(self)
        self.children = ChildRepo(self)
        self.bands = BandRepo(self)
        self.unlocks = UnlockRepo(self)
        self.sessions = SessionRepo(self)
        self.recall = RecallRepo(self)
        self.notes = NoteRepo(self)
        self.pledges = PledgeRepo(self)
        from familysafe.store.together import TogetherRepo  # issue 18, in its own module

        self.together = TogetherRepo(self)

    @classmethod
    def open(
        cls, path: Path, *, clock: Clock, backup_dir: Path | None = None, layout_copy: Path | None = None
    ) -> Store:
        """Open (or create) the family's database at `path`, upgraded to this version's layout.

        - A file from a newer FamilySafe raises FileTooNew, and not one byte of it changes.
        - A file that is damaged or not a database is renamed to `<name>.corrupt-<time>` with
          its -wal/-shm (never deleted) and CorruptDatabase is raised, listing the good
          backups in `backup_dir`, newest first.
        - An older file is first copied (SQLite backup API) to `backup_dir` (or beside it),
          then upgraded one version at a time; MigrationFailed if a step fails.
        - A database FamilySafe did not make raises NotFamilySafeFile, untouched.
        - `layout_copy`: a file in the cache folder keeping the layout the file is checked against, so
          a start need not build it with sqlite-utils (schema.remember_layout).
        - Any other trouble (folder missing, file locked or unreadable) raises StoreError.
        The folder holding `path` must exist (see paths.ensure_data_dir).
        """
        path = Path(path)
        ladder = schema.LADDER
        if not path.parent.is_dir():
            raise StoreError(f"The folder for FamilySafe's file {path} does not exist.", path)
        problem = files.side_file_problem(path)
        if problem:
            raise StoreError(problem, path)
        from familysafe.store.backup import finish_interrupted_restore

        notices: list[str] = []
        finished = finish_interrupted_restore(path)
        if finished is not None:
            notices.append(finished)
        what = files.not_regular(path)
        if what:
            # Never opened: a named pipe would make start-up wait forever, a folder would raise.
            raise _set_aside_corrupt(path, clock, backup_dir, reason=f"it is {what}")
        side_files_before = {s for s in files.SIDE_FILES if Path(f"{path}{s}").exists()}
        if _orphaned_journal(path):
            # SQLite would silently delete a -wal beside a missing or empty file: keep its bytes instead.
            raise _set_aside_corrupt(path, clock, backup_dir)
        try:
            found = files.header_user_version(path)
            if found is not None:
                # The header check comes first so a too-new file is refused without SQLite opening it.
                schema.check_version(path, found, ladder)
                if layout_copy is not None and found == ladder.version:
                    schema.remember_layout(layout_copy, ladder)
                # A file at this version must be laid out exactly as FamilySafe makes it (no missing
                # table or column, no trigger or view of anyone else's) before anything runs on it.
                seen = files.probe(path, check=lambda conn: schema.layout_problem(conn, ladder))
                schema.check_version(path, seen.user_version, ladder)
                if seen.user_version == 0 and seen.has_tables:
                    raise NotFamilySafeFile(path)
        except files.DamagedFile as exc:
            files.remove_probe_leftovers(path, side_files_before)
            raise _set_aside_corrupt(path, clock, backup_dir, reason=exc.plain) from exc
        # Created (or tightened) to 0600 before SQLite opens it; SQLite gives -wal and -shm the same mode.
        files.make_private(path)

        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            for pragma in _PRAGMAS:
                conn.execute(pragma)

            def backup_before_upgrade(version: int) -> Path:
                folder = backup_dir or path.parent
                name = f"familysafe-{files.timestamp(clock.now())}-before-v{ladder.version}.db"
                return files.copy_database(conn, folder / name)

            # A file already at this version (every start but the first after an update) needs no
            # sqlite-utils: the version is read with plain SQL, and the ladder only runs when it is behind.
            upgraded = None
            if schema.user_version(conn) != ladder.version:
                upgraded = _database(conn)
                schema.upgrade(upgraded, path, ladder=ladder, now=clock.now(), backup=backup_before_upgrade)
                if layout_copy is not None:  # sqlite-utils is loaded now: keep the layout for the next start
                    schema.remember_layout(layout_copy, ladder)
        except sqlite3.Error as exc:
            conn.close()
            if files.is_corruption(exc):
                raise _set_aside_corrupt(path, clock, backup_dir) from exc
            reason = files.write_problem(exc)
            if reason:
                raise StoreError(
                    f"FamilySafe could not open its file {path} because {reason}. Nothing in the file was "
                    "lost. Please free some space or check the disk, then start FamilySafe again.",
                    path,
                ) from exc
            raise StoreError(
                f"FamilySafe could not open its file {path} ({exc}). If FamilySafe is already open in "
                "another window, please close it and try again.",
                path,
            ) from exc
        except BaseException:
            conn.close()
            raise
        store = cls(conn, path, clock, backup_dir)
        store._db = upgraded
        store.notices = notices
        try:
            erased = store.finish_pending_erase()
        except StoreError as exc:
            notices.append(exc.message)  # the rows are gone; the clean-up is tried again next time
        else:
            if erased is not None:
                notices.append(erased)
        return store

    @property
    def conn(self) -> sqlite3.Connection:
        """The open connection, for the store package's plain-SQL reads (see the module's docstring)."""
        if self._conn is None:
            raise StoreError(f"The file {self.path} has been closed.", self.path)
        return self._conn

    @property
    def db(self) -> Database:
        """The sqlite-utils Database over the same connection, for the store package and its tests only
        (the UI runs no SQL); sqlite-utils is imported the first time this is used."""
        conn = self.conn
        if self._db is None:
            self._db = _database(conn)
        return self._db

    @property
    def schema_version(self) -> int:
        """The file's schema version (after opening, always schema.SCHEMA_VERSION)."""
        return schema.user_version(self.conn)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: all of them are committed together when the block ends, or none if it raises.

        Nests (inner blocks become savepoints). Repository methods use it themselves.
        """
        conn = self.conn
        if conn.in_transaction:
            with self.db.atomic():  # a savepoint inside the open transaction
                yield
            return
        try:
            # IMMEDIATE takes the write lock up front, so a commit never fails half-way on a busy file.
            conn.execute("BEGIN IMMEDIATE")
            yield
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            reason = files.write_problem(exc) if isinstance(exc, sqlite3.Error) else None
            if reason:
                # A full or read-only disk is the family's to fix: say so in plain words, not as a crash.
                raise StoreError(
                    f"FamilySafe could not save to its file {self.path} because {reason}. Everything saved "
                    "before is safe. Please free some space or check the disk, then try again.",
                    self.path,
                ) from exc
            raise

    def checkpoint(self) -> bool:
        """Copy everything in the -wal file into the database file and empty the -wal file.

        True when complete; False when another connection was reading and part had to wait.
        """
        busy, log, done = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return bool(busy == 0 and (log == done or log == -1))

    def erase_child(self, child_id: int, *, purge_copies: bool = False, fresh_backup: bool = True) -> list[str]:
        """Delete every row about the child (profile, sessions, steps, unlocks, recall, notes, pledges) in
        one transaction, then rewrite the file so no byte of them (the nickname included) remains in the
        database file or its -wal file. Erasing a child that is not there only does the rewrite.

        With `purge_copies`, the saved copies on this computer that may still hold the child (see
        `saved_copies`) are deleted too, and (with `fresh_backup`) one new backup is taken without them.
        Returns the names of the files deleted.

        The erase is recorded first (a small file beside the database holding the child's id, never
        its name), so a kill at any point is finished by the next `Store.open`. Raises StoreError if
        the rewrite could not finish (another connection reading); the rows are gone either way, and
        calling again or starting again completes it.
        """
        if self.conn.in_transaction:
            raise StoreError("A child cannot be erased inside another change; finish that first.", self.path)
        pending = self._pending_erase() or {"children": [], "copies": False, "backup": False}
        pending = {
            "children": sorted({*pending["children"], int(child_id)}),
            "copies": bool(pending["copies"] or purge_copies),
            "backup": bool(pending["backup"] or (purge_copies and fresh_backup)),
        }
        files.write_durably(self.pending_erase_path, json.dumps(pending).encode())
        return self._erase_pending(pending)

    @property
    def pending_erase_path(self) -> Path:
        """The file that records an erase until it is complete, beside the database."""
        return self.path.with_name(f".{self.path.name}.erasing")

    def saved_copies(self) -> list[Path]:
        """Files on this computer that hold earlier states of the data: the automatic backups (and any
        half-written one), the copies set aside by a restore or after damage
        (familysafe.db.before-restore-..., .corrupt-...), and a restore's copy in preparation."""
        found: list[Path] = []
        folder = self.backup_dir
        if folder is not None and folder.is_dir():
            found += [p for p in folder.iterdir() if p.is_file() and p.name.lstrip(".").startswith("familysafe-")]
        keep = {self.pending_erase_path.name}
        prefixes = (f"{self.path.name}.", f".{self.path.name}.")
        for p in self.path.parent.iterdir():
            if p.name in keep or not p.name.startswith(prefixes):
                continue
            if p.is_file() or p.is_symlink():
                found.append(p)
        return sorted(found)

    def finish_pending_erase(self) -> str | None:
        """Finish an erase that was interrupted (the app was killed or the file was busy); a sentence
        for the parent when there was one, else None. Called by `Store.open`."""
        with contextlib.suppress(OSError):  # a record killed before it was complete: nothing began
            Path(f"{self.pending_erase_path}.tmp").unlink(missing_ok=True)
        pending = self._pending_erase()
        if pending is None:
            return None
        count = len(pending["children"])
        self._erase_pending(pending)
        who = "a child" if count == 1 else f"{count} children"
        return f"FamilySafe finished erasing {who}, which had been interrupted."

    def _pending_erase(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.pending_erase_path.read_bytes())
            children = [int(c) for c in data["children"]]
            return {"children": children, "copies": bool(data.get("copies")), "backup": bool(data.get("backup"))}
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError):
            # Written durably in one piece, so an unreadable record is not ours to act on: drop it.
            with contextlib.suppress(OSError):
                self.pending_erase_path.unlink()
            return None

    def _erase_pending(self, pending: dict[str, Any]) -> list[str]:
        db = self.db
        with self.transaction():
            # ON DELETE CASCADE removes sessions (and their steps), bands, unlocks, recall, notes and pledges.
            for child_id in pending["children"]:
                # An unfinished sitting together (issue 18) holds every child's answers in its snapshot: it goes
                # with any child in it (the others' own sessions keep their answers).
                db.execute(
                    "DELETE FROM together WHERE status = 'in_progress' AND id IN "
                    "(SELECT together_id FROM together_child WHERE child_id = ?)",
                    [child_id],
                )
                db.table("child").delete_where("id = ?", [child_id])
            # A sitting that no child is left in goes too: it would say when it was.
            db.execute("DELETE FROM together WHERE id NOT IN (SELECT together_id FROM together_child)")
        # VACUUM rebuilds the file from live rows only; the checkpoint then moves it out of the -wal file
        # and truncates that to zero bytes, taking the old page images with it.
        db.execute("VACUUM")
        if not self.checkpoint():
            raise StoreError(
                f"The child's records were deleted, but FamilySafe could not finish cleaning the file "
                f"{self.path} because it is in use. Please close other FamilySafe windows and erase again.",
                self.path,
            )
        removed: list[str] = []
        if pending["copies"]:
            for p in self.saved_copies():
                p.unlink(missing_ok=True)
                removed.append(p.name)
        # Done: no copy holds the child any more. The record goes before the fresh backup is taken, so
        # that backup can never carry an erase to a later restore (today's backup is retaken at start).
        self.pending_erase_path.unlink(missing_ok=True)
        files.fsync_dir(self.path.parent)
        if pending["copies"] and pending["backup"] and self.backup_dir is not None:
            from familysafe.store.backup import backup_name, backup_now

            self.backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            backup_now(self, self.backup_dir / backup_name(self.clock.now()))
        return removed

    def export_child(self, child_id: int) -> dict[str, Any]:
        """Everything stored about one child, as JSON-ready data (ISO dates). RecordNotFound if none."""
        return {**self._export_header(), **self._child_data(child_id)}

    def export_all(self) -> dict[str, Any]:
        """Everything stored about the family and every child (archived too), as JSON-ready data.

        The PIN and recovery-code hashes and the PIN throttle are left out (security data, not
        the family's records); `pin_set` says whether a PIN exists.
        """
        family = self.family.get()
        family_data: dict[str, Any] | None = None
        if family is not None:
            family_data = _plain(asdict(family))
            family_data["settings"] = family.settings.to_dict()  # as stored, not the dataclass's fields
            family_data["pin_set"] = self.family.pin_hash() is not None
            family_data["last_visit"] = _plain(self.family.last_visit())
        children = [
            self._child_data(child.id) for child in self.children.all(include_archived=True) if child.id is not None
        ]
        return {**self._export_header(), "family": family_data, "children": children}

    def _export_header(self) -> dict[str, Any]:
        return {
            "format": EXPORT_FORMAT,
            "format_version": EXPORT_FORMAT_VERSION,
            "schema_version": self.schema_version,
            "exported_at": self.clock.now().isoformat(),
        }

    def _child_data(self, child_id: int) -> dict[str, Any]:
        child = self.children.get(child_id)
        if child is None:
            raise RecordNotFound(f"There is no child {child_id}.", self.path)
        sessions = []
        for session in self.sessions.for_child(child_id):
            data = _plain(asdict(session))
            assert session.id is not None
            data["steps"] = [_plain(asdict(s)) for s in self.sessions.step_results(session.id)]
            sessions.append(data)
        return {
            "child": _plain(asdict(child)),
            "sessions": sessions,
            "bands": [_plain(asdict(b)) for b in self.bands.history(child_id)],
            "unlocks": [_plain(asdict(u)) for u in self.unlocks.all_for_child(child_id)],
            "recall": [_plain(asdict(r)) for r in self.recall.for_child(child_id)],
            "notes": [_plain(asdict(n)) for n in self.notes.for_child(child_id)],
            "pledges": [_plain(asdict(p)) for p in self.pledges.for_child(child_id)],
            # Issue 18: the sittings together the child was in (their answers are in their own sessions).
            "together": [
                {**_plain(asdict(t)), "follow_up": seat.follow_up, "session_id": seat.session_id}
                for t, seat in self.together.for_child(child_id)
            ],
        }

    def close(self) -> None:
        """Close the file (committing nothing new: every write is already committed). Safe to call twice."""
        if self._conn is None:
            return
        conn, self._conn, self._db = self._conn, None, None
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA optimize")
        conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils' Database over `conn`, importing sqlite-utils (not at the top: see the module's docstring).
    Its plugins are never loaded (execute_plugins=False), so it never scans installed distributions."""
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def _set_aside_corrupt(
    path: Path, clock: Clock, backup_dir: Path | None, reason: str | None = None
) -> CorruptDatabase:
    from familysafe.store.backup import list_backups

    moved = files.set_aside(path, f"corrupt-{files.timestamp(clock.now())}")
    if not os.path.lexists(moved):  # only side files were there (a -wal without its database): name what was kept
        moved = next((Path(f"{moved}{s}") for s in files.SIDE_FILES if Path(f"{moved}{s}").exists()), moved)
    backups = list_backups(backup_dir) if backup_dir is not None else []
    return CorruptDatabase(path, moved, backups, reason)


def _orphaned_journal(path: Path) -> bool:
    """True when a -wal or -journal holding data lies beside a missing or empty database file."""
    try:
        if path.exists() and path.stat().st_size > 0:
            return False
        return any(
            side.is_file() and side.stat().st_size > 0 for side in (Path(f"{path}-wal"), Path(f"{path}-journal"))
        )
    except OSError:
        return False


def _plain(value: Any) -> Any:
    """`value` with dates and datetimes as ISO strings, recursively: ready for json.dumps."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
