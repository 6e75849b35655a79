"""A frozen builder for version-1 files, as the first release wrote them.

Never edit the SQL below: it is what version 1 of FamilySafe put on families'
disks, and the ladder must keep upgrading it. (Anki keeps old-version files as
fixtures for the same reason.)
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

V1_SQL = """
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

V1_DATA = """
UPDATE family SET name = 'The Okafors', country = 'GB', settings = '{"text_size":"large"}',
    setup_step = 'done', pin_hash = '{"algo":"scrypt","n":2,"r":1,"p":1,"salt":"00","hash":"ab"}',
    pin_failures = 2, pin_last_failure = 1767600000.5, last_visit = '2026-01-04T18:00:00+00:00'
    WHERE id = 1;
INSERT INTO child (nickname, age_band, avatar, start_date) VALUES ('Child B', '8-10', 'owl', '2025-12-01');
INSERT INTO child (nickname, age_band, avatar, start_date, archived)
    VALUES ('Child C', '4-7', 'cat', '2025-12-15', 1);
INSERT INTO session (child_id, activity_id, started, finished, status, elapsed_ms, current_step, snapshot)
    VALUES (1, 'u1-sharing', '2025-12-01T17:00:00+00:00', '2025-12-01T17:14:00+00:00', 'done', 840000, 6,
            '{"format":"session","steps":["a","b"]}');
INSERT INTO session (child_id, activity_id, started, snapshot)
    VALUES (1, 'u2-strangers', '2025-12-15T17:00:00+00:00', '{"step":2}');
INSERT INTO step_result (session_id, step_id, finished, answer, correct, elapsed_ms)
    VALUES (1, 'quiz', '2025-12-01T17:05:00+00:00', '{"choice":"b"}', 1, 60000);
INSERT INTO unlock VALUES (1, 1, '2025-12-01T09:00:00+00:00', 'schedule');
INSERT INTO unlock VALUES (1, 2, '2025-12-15T09:00:00+00:00', 'parent');
INSERT INTO recall VALUES (1, 'u1-sharing/keep-private', 2, '2026-01-06', 3, 1);
INSERT INTO note (child_id, text, created) VALUES (1, 'Asked good questions', '2025-12-01T17:15:00+00:00');
INSERT INTO pledge (child_id, activity_id, text, strand, made)
    VALUES (1, 'u1-sharing', 'I will ask before I share a photo.', 'privacy', '2025-12-01T17:14:00+00:00');
"""


def build_v1(path: Path, *, with_data: bool = True) -> Path:
    """Write a version-1 file at `path`, as version 1 of the app left it (WAL mode, closed cleanly)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("BEGIN")
        for statement in _statements(V1_SQL + (V1_DATA if with_data else "")):
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


def _statements(script: str) -> list[str]:
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            out.append(buffer.strip())
            buffer = ""
    return [s for s in out if s]
