"""The file's layout and the ladder that upgrades older files, one version at a time.

The version lives in PRAGMA user_version. `LADDER.migrations[i]` upgrades a file
from version i to i + 1; version 0 is a new, empty file. Rules for the ladder:

- a released migration never changes (files in the wild were made by it);
  fix mistakes with a new step;
- each step runs in its own transaction together with its user_version bump,
  with foreign keys off and `PRAGMA foreign_key_check` before commit (SQLite's
  recipe for table rebuilds), so a failed step leaves the file at the last good
  version;
- before upgrading an existing file the store takes a backup (see db.Store.open);
- a file newer than `SCHEMA_VERSION` is refused (FileTooNew) and never touched.

How a step is written: with sqlite-utils' table API where it keeps the layout
(`db[name].create(..., foreign_keys=[ForeignKey(..., on_delete="CASCADE")], strict=True)`,
`add_column`, `insert_all`, `transform()`); since sqlite-utils 4 these join the step's
transaction, so a failing step is undone whole (tests/store/test_store_migrations.py shows it).
Raw SQL (`run_script`) where the table API cannot say it: CHECK constraints on new columns,
partial indexes, and tables WITHOUT ROWID (`transform()` rebuilds a table without that clause
and rewrites integer defaults as text), i.e. `step_result`, `unlock` and `recall`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from familysafe.store.errors import FileTooNew, FileTooOld, MigrationFailed
from familysafe.store.files import write_problem

if TYPE_CHECKING:
    from sqlite_utils import Database

Migration = Callable[["Database"], None]


# Version 1: the first released layout, as raw SQL: it has CHECK constraints, STRICT and WITHOUT ROWID
# tables and a partial unique index, which sqlite-utils' create() cannot express, and its text must
# never change (files in the wild were made by it, and the layout check compares with it).
# Timestamps are ISO 8601 text with their UTC offset, dates ISO text, JSON columns checked with
# json_valid, booleans 0/1. STRICT tables enforce types.
_V1_SQL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE family (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT,  -- NULL until the first run saves the family
    country TEXT NOT NULL DEFAULT 'GB',
    locale TEXT NOT NULL DEFAULT 'en_GB',
    cadence_days INTEGER NOT NULL DEFAULT 14 CHECK (cadence_days > 0),
    settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings)),
    setup_step TEXT NOT NULL DEFAULT 'welcome',
    pin_hash TEXT CHECK (pin_hash IS NULL OR json_valid(pin_hash)),
    recovery_hash TEXT CHECK (recovery_hash IS NULL OR json_valid(recovery_hash)),
    pin_failures INTEGER NOT NULL DEFAULT 0 CHECK (pin_failures >= 0),
    pin_last_failure REAL NOT NULL DEFAULT 0,
    last_wall_seen TEXT,
    last_visit TEXT
) STRICT;
INSERT INTO family (id) VALUES (1);

CREATE TABLE child (
    id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, even after a child is erased
    nickname TEXT NOT NULL CHECK (length(nickname) > 0),
    age_band TEXT NOT NULL CHECK (age_band IN ('4-7', '8-10', '11-13', '14-17')),
    avatar TEXT NOT NULL,
    start_date TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

CREATE TABLE session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'done', 'abandoned')),
    elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
    current_step INTEGER NOT NULL DEFAULT 0 CHECK (current_step >= 0),
    snapshot TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(snapshot))
) STRICT;
CREATE INDEX session_by_child ON session (child_id, status, activity_id);
-- At most one unfinished run of an activity per child: that is the one to resume.
CREATE UNIQUE INDEX session_one_open ON session (child_id, activity_id) WHERE status = 'in_progress';

CREATE TABLE step_result (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    step_id TEXT NOT NULL,
    finished TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(answer)),
    correct INTEGER CHECK (correct IS NULL OR correct IN (0, 1)),
    elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
    PRIMARY KEY (session_id, step_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE unlock (
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    unit INTEGER NOT NULL CHECK (unit >= 1),
    unlocked_at TEXT NOT NULL,
    why TEXT NOT NULL CHECK (why IN ('schedule', 'parent')),
    PRIMARY KEY (child_id, unit)
) STRICT, WITHOUT ROWID;

CREATE TABLE recall (
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    box INTEGER NOT NULL DEFAULT 1 CHECK (box >= 1),
    due TEXT,
    seen INTEGER NOT NULL DEFAULT 0 CHECK (seen >= 0),
    wrong INTEGER NOT NULL DEFAULT 0 CHECK (wrong >= 0),
    PRIMARY KEY (child_id, key)
) STRICT, WITHOUT ROWID;
CREATE INDEX recall_due ON recall (child_id, due);

CREATE TABLE note (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    created TEXT NOT NULL,
    activity_id TEXT,
    step_id TEXT
) STRICT;
CREATE INDEX note_by_child ON note (child_id, created);

CREATE TABLE pledge (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    activity_id TEXT NOT NULL,
    text TEXT NOT NULL,
    strand TEXT NOT NULL,
    made TEXT NOT NULL
) STRICT;
CREATE INDEX pledge_by_child ON pledge (child_id, made);
"""


def run_script(db: Database, script: str) -> None:
    """Run each statement of `script` inside the caller's transaction.

    Not executescript(): sqlite3's (and sqlite-utils 3.x's) commits any open
    transaction first, which would split a migration from its version bump.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement at the end of a script: {pending.strip()[:60]!r}")


def _v0_to_v1(db: Database) -> None:
    run_script(db, _V1_SQL)


def _v1_to_v2(db: Database) -> None:
    # Issue 19: a grown-up's pledge sits in the agreement beside the child's (one made in the session).
    db.execute(
        "ALTER TABLE pledge ADD COLUMN by_grown_up INTEGER NOT NULL DEFAULT 0 CHECK (by_grown_up IN (0, 1))"
    )


# Version 3 (issue 18, "Together"): one sitting of a family activity by 2 to 4 children. The sitting's
# shared place and timer live in `together`; each child's answers stay in that child's own `session`
# (marked with `together_id`), so progress, export and badges read them as any session's.
_V3_SQL = """
CREATE TABLE together (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    unit INTEGER NOT NULL CHECK (unit >= 1),
    activity_id TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'done', 'abandoned')),
    elapsed_ms INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
    current_step INTEGER NOT NULL DEFAULT 0 CHECK (current_step >= 0),
    snapshot TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(snapshot))
) STRICT;
CREATE TABLE together_child (
    together_id INTEGER NOT NULL REFERENCES together (id) ON DELETE CASCADE,
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    -- The activity id of this child's follow-up (done alone with the grown-up), or NULL when none.
    follow_up TEXT,
    PRIMARY KEY (together_id, child_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX together_child_by_child ON together_child (child_id);
ALTER TABLE session ADD COLUMN together_id INTEGER REFERENCES together (id) ON DELETE SET NULL;
"""


# Version 4 (issue 17, growing up): a child's band history, and unlocks kept per band.
# `child_band` has one row per band the child has been in: `started` is the day that band's unit 1
# opened (its schedule counts from there), `ended` when the child last left it (NULL: the current band,
# at most one per child). The nudge ("ready for the next band?") is remembered per band: the day it
# was last answered and the day to ask again. `child.age_band` and `child.start_date` stay the current
# band and its start (every screen reads them); the store changes them together with this table.
# `unlock` gains the band: it was keyed (child_id, unit), so a child who moved up found every unit
# number already open. Every existing unlock belongs to the child's current band.
_V4_SQL = """
CREATE TABLE child_band (
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    band TEXT NOT NULL CHECK (band IN ('4-7', '8-10', '11-13', '14-17')),
    started TEXT NOT NULL,
    ended TEXT,
    nudge_answered TEXT,
    nudge_remind TEXT,
    PRIMARY KEY (child_id, band)
) STRICT, WITHOUT ROWID;
-- At most one current band per child.
CREATE UNIQUE INDEX child_band_current ON child_band (child_id) WHERE ended IS NULL;
INSERT INTO child_band (child_id, band, started) SELECT id, age_band, start_date FROM child;

ALTER TABLE unlock RENAME TO unlock_v2;
CREATE TABLE unlock (
    child_id INTEGER NOT NULL REFERENCES child (id) ON DELETE CASCADE,
    band TEXT NOT NULL CHECK (band IN ('4-7', '8-10', '11-13', '14-17')),
    unit INTEGER NOT NULL CHECK (unit >= 1),
    unlocked_at TEXT NOT NULL,
    why TEXT NOT NULL CHECK (why IN ('schedule', 'parent')),
    PRIMARY KEY (child_id, band, unit),
    FOREIGN KEY (child_id, band) REFERENCES child_band (child_id, band) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
INSERT INTO unlock (child_id, band, unit, unlocked_at, why)
    SELECT u.child_id, c.age_band, u.unit, u.unlocked_at, u.why FROM unlock_v2 u JOIN child c ON c.id = u.child_id;
DROP TABLE unlock_v2;
"""


def _v2_to_v3(db: Database) -> None:
    run_script(db, _V3_SQL)


def _v3_to_v4(db: Database) -> None:
    # Raw SQL: a WITHOUT ROWID table, a composite foreign key and a partial unique index (see above).
    run_script(db, _V4_SQL)


@dataclass(frozen=True)
class Ladder:
    """The ordered migrations (`migrations[i]`: version i to i + 1) and the oldest upgradable version."""

    migrations: tuple[Migration, ...]
    min_supported: int

    @property
    def version(self) -> int:
        """The version this ladder ends at: the app's schema version."""
        return len(self.migrations)


LADDER = Ladder(migrations=(_v0_to_v1, _v1_to_v2, _v2_to_v3, _v3_to_v4), min_supported=1)
SCHEMA_VERSION = LADDER.version
MIN_SUPPORTED = LADDER.min_supported
# Every table that holds a child's rows, keyed by child_id (session's children via session_id).
CHILD_TABLES = ("session", "unlock", "recall", "note", "pledge", "together_child", "child_band")


def user_version(db: Database | sqlite3.Connection) -> int:
    """The file's schema version (through sqlite-utils or a plain connection: both have `execute`)."""
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_version(path: Path, version: int, ladder: Ladder) -> None:
    """Raise FileTooNew / FileTooOld when a file at `version` cannot be used by this ladder."""
    if version > ladder.version:
        raise FileTooNew(path, version, ladder.version)
    if 0 < version < ladder.min_supported or version < 0:
        raise FileTooOld(path, version, ladder.min_supported)


def upgrade(
    db: Database,
    path: Path,
    *,
    ladder: Ladder,
    now: datetime,
    backup: Callable[[int], Path | None],
) -> int:
    """Bring the file up to `ladder.version`, one committed step at a time; return the version found.

    `backup(version)` is called once before the first step when an existing
    (non-empty) file is upgraded. A failing step is rolled back and raises
    MigrationFailed; the steps before it stay committed (each is a valid version).
    """
    found = user_version(db)
    check_version(path, found, ladder)
    if found == ladder.version:
        return found
    backup_path = backup(found) if found > 0 else None
    db.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(found, ladder.version):
            db.execute("BEGIN IMMEDIATE")
            try:
                ladder.migrations[version](db)
                if db.execute("PRAGMA foreign_key_check").fetchall():
                    raise RuntimeError(f"migration to version {version + 1} broke a foreign key")
                db.execute(f"PRAGMA user_version = {version + 1:d}")
                db.table("meta").upsert({"key": f"upgraded_to_v{version + 1}", "value": now.isoformat()}, pk="key")
                db.execute("COMMIT")
            except Exception as exc:
                if db.conn.in_transaction:
                    db.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error) and write_problem(exc):
                    raise  # the disk, not the upgrade, failed: Store.open says so in plain words
                raise MigrationFailed(path, version, backup_path) from exc
    finally:
        db.execute("PRAGMA foreign_keys = ON")
    return found


# ---- the layout check: is this file laid out exactly as FamilySafe made it? ----------------------
#
# quick_check only says the file is a sound SQLite database. A file that passes it can still be
# unusable or hostile: a table or column missing or added, ON DELETE CASCADE taken out (erasing a
# child would then leave rows behind), a view, or a trigger that refuses writes or copies an erased
# nickname elsewhere. So before a file is used (or restored), its schema is compared with the one the
# ladder builds, object by object, and a few values every screen relies on are checked.

# SQLite's own objects, made by AUTOINCREMENT, ANALYZE / PRAGMA optimize and UNIQUE constraints.
_SQLITE_TABLES = {"sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4"}

# Values the app parses on every screen: dates as ISO dates, moments as ISO date-times.
_DATE_COLUMNS = (
    ("child", "start_date"),
    ("recall", "due"),
    ("child_band", "started"),
    ("child_band", "nudge_answered"),
    ("child_band", "nudge_remind"),
)
_MOMENT_COLUMNS = (
    ("session", "started"),
    ("session", "finished"),
    ("together", "started"),
    ("together", "finished"),
    ("step_result", "finished"),
    ("unlock", "unlocked_at"),
    ("child_band", "ended"),
    ("note", "created"),
    ("pledge", "made"),
    ("family", "last_wall_seen"),
    ("family", "last_visit"),
)


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """(type, name) -> its SQL with whitespace collapsed, for every object but SQLite's own."""
    out = {}
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master"):
        if kind == "table" and name in _SQLITE_TABLES:
            continue
        if kind == "index" and sql is None and str(name).startswith("sqlite_autoindex_"):
            continue
        out[(str(kind), str(name))] = " ".join(str(sql or "").split())
    return out


# The reference layout is what the ladder builds in memory, with sqlite-utils. Building it means
# importing sqlite-utils (with click, dateutil and pluggy), which the app's start must not pay for
# (docs/architecture.md, "Start-up"), so the app keeps a copy in its cache folder (`remember_layout`),
# written for this code: the schema module's file, sqlite-utils' and SQLite's versions. The copy can
# only make a good file pass sooner: a file that differs from it is compared again with a freshly built
# reference before anything is said to be wrong, so a stale or damaged copy never sets a file aside.
_known: dict[Ladder, dict[tuple[str, str], str]] = {}
_from_copy: set[Ladder] = set()
LAYOUT_COPY_FORMAT = 1


def _reference(ladder: Ladder) -> dict[tuple[str, str], str]:
    """The objects a new file gets from `ladder`: built once in memory (or read by `remember_layout`)."""
    known = _known.get(ladder)
    return known if known is not None else _build_reference(ladder)


def _build_reference(ladder: Ladder) -> dict[tuple[str, str], str]:
    import sqlite_utils

    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        for step in ladder.migrations:
            step(db)
        objects = _objects(conn)
    finally:
        conn.close()
    _known[ladder] = objects
    _from_copy.discard(ladder)
    return objects


def _code_key(ladder: Ladder) -> str | None:
    """What the reference layout of the app's own ladder depends on, as text; None for another ladder."""
    if ladder is not LADDER:
        return None
    import importlib.util
    import sys

    parts = [f"format {LAYOUT_COPY_FORMAT}", f"version {ladder.version}", f"sqlite {sqlite3.sqlite_version}"]
    spec = importlib.util.find_spec("sqlite_utils")  # found, not imported
    origin = Path(spec.origin) if spec is not None and spec.origin else None
    for code in (Path(__file__), origin.with_name("db.py") if origin else None):
        try:
            st = code.stat() if code is not None else None
        except OSError:
            st = None
        if st is None:  # a frozen app's modules are not files: its executable changes with each version
            st = Path(sys.executable).stat()
            code = Path(sys.executable)
        parts.append(f"{code}|{st.st_size}|{st.st_mtime_ns}")
    return "\n".join(parts)


def remember_layout(copy: Path, ladder: Ladder | None = None) -> None:
    """Take the reference layout of `ladder` (the app's) from `copy`, a file in the cache folder, when
    it was written for this code; otherwise build it (importing sqlite-utils) and write it there.
    A copy that cannot be read or written is no trouble: the layout is built instead."""
    ladder = ladder or LADDER
    if ladder in _known:
        return
    try:
        key = _code_key(ladder)
    except (OSError, ValueError, ImportError):  # cannot tell what the code is: build the layout instead
        key = None
    if key is None:
        return
    import contextlib
    import json
    import os

    # RecursionError: json's answer to a file nested too deep (a damaged copy is built again, never a crash).
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError, RecursionError):
        data = json.loads(copy.read_text(encoding="utf-8"))
        if data["key"] == key:
            _known[ladder] = {(str(k), str(n)): str(sql) for k, n, sql in data["objects"]}
            _from_copy.add(ladder)
            return
    objects = _build_reference(ladder)
    with contextlib.suppress(OSError):
        copy.parent.mkdir(parents=True, exist_ok=True)
        tmp = copy.with_name(f".{copy.name}.tmp")
        rows = [[k, n, sql] for (k, n), sql in sorted(objects.items())]
        tmp.write_text(json.dumps({"key": key, "objects": rows}), encoding="utf-8")
        os.replace(tmp, copy)


def _differs(found: dict[tuple[str, str], str], expected: dict[tuple[str, str], str]) -> str | None:
    """How the objects `found` in a file differ from those `expected`, in plain words; None if they do not."""
    for key in sorted(found.keys() - expected.keys()):
        if key[0] in ("trigger", "view"):
            return f"it holds a {_describe(*key)} that FamilySafe did not make"
    for key in sorted(expected.keys() - found.keys()):
        return f"its {_describe(*key)} is missing"
    for key in sorted(found.keys() - expected.keys()):
        return f"it holds a {_describe(*key)} that FamilySafe did not make"
    for key in sorted(expected):
        if found[key] != expected[key]:
            return f"its {_describe(*key)} is not laid out as FamilySafe made it"
    return None


def _describe(kind: str, name: str) -> str:
    return {"table": "table", "index": "index", "trigger": "trigger", "view": "view"}.get(kind, kind) + f" {name!r}"


def layout_problem(conn: sqlite3.Connection, ladder: Ladder | None = None) -> str | None:
    """What is wrong with the layout or the key values of the database behind `conn`, in plain words;
    None when it is as FamilySafe makes it. Only files at the ladder's version are judged (a new,
    empty file and older files, which the ladder upgrades, give None). Reads only."""
    ladder = ladder or LADDER
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version != ladder.version:
        return None
    found = _objects(conn)
    problem = _differs(found, _reference(ladder))
    if problem is not None and ladder in _from_copy:  # the cache's copy is only trusted to say "same"
        problem = _differs(found, _build_reference(ladder))
    if problem is not None:
        return problem
    if conn.execute("SELECT count(*) FROM family WHERE id = 1").fetchone()[0] != 1:
        return "the family's record is missing"
    # Each child's current band is the one its history says (the app reads both; they change together).
    odd = conn.execute(
        "SELECT c.id, c.age_band FROM child c LEFT JOIN child_band b ON b.child_id = c.id AND b.ended IS NULL "
        "WHERE b.band IS NOT c.age_band LIMIT 1"
    ).fetchone()
    if odd is not None:
        return f"child {odd[0]}'s age group ({odd[1]}) is not the current one in its band history (child_band)"
    for table, column in _DATE_COLUMNS:
        bad = conn.execute(
            f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL "  # names are literals above
            f"AND ({column} IS NOT date({column}) OR {column} < '0001-01-01') LIMIT 1"
        ).fetchone()
        if bad is not None:
            return f"the {table} record holds {str(bad[0])[:40]!r} where a date belongs ({column})"
    for table, column in _MOMENT_COLUMNS:
        bad = conn.execute(
            f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL "  # names are literals above
            f"AND (datetime({column}) IS NULL OR {column} < '0001-01-01') LIMIT 1"
        ).fetchone()
        if bad is not None:
            return f"the {table} record holds {str(bad[0])[:40]!r} where a date and time belong ({column})"
    return None
