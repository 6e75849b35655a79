"""A frozen builder for version-2 files, as FamilySafe 2 (issue 19's grown-up pledges) wrote them.

Never edit the SQL below: it is what version 2 put on families' disks. The data is the family of
issue 17: a child who did ten 4-7 units (unlocks keyed by unit number only), about to move up.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from store_v1_fixture import _statements, build_v1

V2_STEP = "ALTER TABLE pledge ADD COLUMN by_grown_up INTEGER NOT NULL DEFAULT 0 CHECK (by_grown_up IN (0, 1));"

V2_DATA = """
INSERT INTO child (nickname, age_band, avatar, start_date) VALUES ('Mo', '4-7', 'fox', '2026-01-05');
INSERT INTO pledge (child_id, activity_id, text, strand, made, by_grown_up)
    VALUES (3, 'u1-sharing', 'I will ask too.', 'privacy', '2026-01-05T17:14:00+00:00', 1);
""" + "".join(
    f"INSERT INTO unlock VALUES (3, {u}, '2026-{1 + (u - 1) * 14 // 31:02d}-05T09:00:00+00:00', 'schedule');\n"
    for u in range(1, 11)
)


def build_v2(path: Path, *, with_data: bool = True) -> Path:
    """Write a version-2 file at `path`: version 1's file (with its data) and the v2 step, then
    (with_data) a third child, Mo (4-7), with ten units open."""
    build_v1(path, with_data=with_data)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        for statement in _statements(V2_STEP + (V2_DATA if with_data else "")):
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 2")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path
