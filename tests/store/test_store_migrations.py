"""The schema ladder: every earlier version upgrades, with a backup first; failures change nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlite_utils.db import ForeignKey
from store_v1_fixture import build_v1
from store_v2_fixture import build_v2

from familysafe.core.clock import FakeClock
from familysafe.store import (
    MIN_SUPPORTED,
    SCHEMA_VERSION,
    FileTooOld,
    MigrationFailed,
    Store,
    list_backups,
)
from familysafe.store import schema as schema_mod
from store_helpers import all_rows, raw_rows

if TYPE_CHECKING:
    from sqlite_utils import Database


def _empty(path: Path) -> Path:
    path.touch()
    return path


def build_v3(path: Path) -> Path:
    """A version-3 file with data: version 2's (tests/store/store_v2_fixture.py), upgraded by the v2 -> v3 step."""
    import sqlite_utils

    build_v2(path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        schema_mod._v2_to_v3(sqlite_utils.Database(conn))
        conn.execute("PRAGMA user_version = 3")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return path


# One builder per released version the app must still upgrade from (0 = a new, empty file).
BUILDERS: dict[int, Callable[[Path], Path]] = {0: _empty, 1: build_v1, 2: build_v2, 3: build_v3}


def _schema_sql(path: Path) -> list[tuple[str, str, str]]:
    return sorted(
        (r[0], r[1], " ".join(r[2].split()))
        for r in raw_rows(path, "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    )


def test_a_builder_for_every_supported_version() -> None:
    assert set(range(MIN_SUPPORTED, SCHEMA_VERSION)) <= set(BUILDERS)


@pytest.mark.parametrize("version", [v for v in BUILDERS if v < SCHEMA_VERSION])
def test_every_earlier_version_reaches_current(version: int, tmp_path: Path, clock: FakeClock) -> None:
    path = BUILDERS[version](tmp_path / "familysafe.db")
    with Store.open(path, clock=clock, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == SCHEMA_VERSION
    fresh = tmp_path / "fresh.db"
    Store.open(fresh, clock=clock).close()
    assert _schema_sql(path) == _schema_sql(fresh)


def test_released_v1_migration_never_changes(tmp_path: Path) -> None:
    import sqlite_utils

    frozen = build_v1(tmp_path / "frozen.db", with_data=False)
    conn = sqlite3.connect(tmp_path / "now.db")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute("BEGIN IMMEDIATE")  # as upgrade() runs every step
    schema_mod.LADDER.migrations[0](db)
    db.execute("COMMIT")
    conn.close()
    assert _schema_sql(frozen) == _schema_sql(tmp_path / "now.db")
    assert all_rows(frozen) == all_rows(tmp_path / "now.db")


def test_current_version_opens_without_backup(tmp_path: Path, clock: FakeClock) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    Store.open(path, clock=clock, backup_dir=tmp_path / "upgrade-backups").close()  # now current
    before = all_rows(path)
    with Store.open(path, clock=clock, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == SCHEMA_VERSION
        family = store.family.get()
        assert family is not None and family.name == "The Okafors"
    assert not (tmp_path / "backups").exists()
    assert all_rows(path) == before


def test_v3_adds_sittings_together_and_keeps_every_session_as_done_alone(tmp_path: Path, clock: FakeClock) -> None:
    path = build_v2(tmp_path / "familysafe.db")
    with Store.open(path, clock=clock, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version >= 3
        assert store.sessions.for_child(1) and all(s.together_id is None for s in store.sessions.for_child(1))
        assert store.together.in_progress() == []
        assert store.together.for_child(1) == []


def test_v2_keeps_every_v1_pledge_as_the_childs(tmp_path: Path, clock: FakeClock) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    with Store.open(path, clock=clock, backup_dir=tmp_path / "backups") as store:
        [pledge] = store.pledges.all()
        assert (pledge.text, pledge.by_grown_up) == ("I will ask before I share a photo.", False)
        store.pledges.add(replace(pledge, id=None, text="I will ask first too.", by_grown_up=True))
        assert [p.by_grown_up for p in store.pledges.for_child(1)] == [False, True]
    with pytest.raises(sqlite3.IntegrityError):
        conn = sqlite3.connect(path)
        try:
            conn.execute("UPDATE pledge SET by_grown_up = 2")
        finally:
            conn.close()


# --- a test-only ladder with one (and two) more versions, to exercise the machinery on real files ---
# V is the app's version: the test steps come after it.


def _v1_to_v2(db: Database) -> None:
    # SQLite's table-rebuild recipe (foreign keys are off during the ladder): add a column with a CHECK.
    schema_mod.run_script(
        db,
        """
        CREATE TABLE child_new (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            nickname TEXT NOT NULL CHECK (length(nickname) > 0),
            age_band TEXT NOT NULL CHECK (age_band IN ('4-7', '8-10', '11-13', '14-17')),
            avatar TEXT NOT NULL,
            start_date TEXT NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            colour TEXT NOT NULL DEFAULT 'blue' CHECK (colour IN ('blue', 'green'))
        ) STRICT;
        INSERT INTO child_new (id, nickname, age_band, avatar, start_date, archived)
            SELECT id, nickname, age_band, avatar, start_date, archived FROM child;
        DROP TABLE child;
        ALTER TABLE child_new RENAME TO child;
        """,
    )


def _v2_to_v3(db: Database) -> None:
    # The table API, as a ladder step uses it where it can (see store/schema.py).
    db.table("badge").create(
        {"child_id": int},
        not_null={"child_id"},
        foreign_keys=[ForeignKey("badge", "child_id", "child", "id", on_delete="CASCADE")],
        strict=True,
    )
    db.table("badge").insert_all({"child_id": row["id"]} for row in db.table("child").rows)


def _boom(db: Database) -> None:
    db.table("half_done").create({"x": int})
    raise RuntimeError("power cut in the middle of the upgrade")


def _transform_then_boom(db: Database) -> None:
    # sqlite-utils 4's transform() joins the step's transaction (3.x committed it): the failure undoes it.
    db.table("child").transform(drop={"avatar"})
    raise RuntimeError("power cut after the table was rebuilt")


def _breaks_foreign_key(db: Database) -> None:
    db.execute("INSERT INTO note (child_id, text, created) VALUES (999, 'orphan', '2026-01-01')")


_REAL_STEPS = schema_mod.LADDER.migrations
V = SCHEMA_VERSION


def _use_ladder(monkeypatch: pytest.MonkeyPatch, *steps: schema_mod.Migration, min_supported: int = 1) -> None:
    monkeypatch.setattr(schema_mod, "LADDER", schema_mod.Ladder((*_REAL_STEPS, *steps), min_supported))


def test_upgrade_keeps_data_and_backs_up_first(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    v1_rows = all_rows(path)
    backups = tmp_path / "backups"
    _use_ladder(monkeypatch, _v1_to_v2)
    with Store.open(path, clock=clock, backup_dir=backups) as store:
        assert store.schema_version == V + 1
        assert [c.nickname for c in store.children.all(include_archived=True)] == ["Child B", "Child C"]
        assert store.sessions.finished_activity_ids(1) == ["u1-sharing"]
        assert store.family.throttle().failures == 2
        cols = [r["name"] for r in store.db.query("PRAGMA table_info(child)")]
        assert cols[-1] == "colour"
        # Foreign keys are back on and cascades still work after the rebuild.
        assert store.db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        store.erase_child(1)
        assert raw_rows(path, "SELECT count(*) FROM session") == [(0,)]
    meta = dict(raw_rows(path, "SELECT key, value FROM meta"))
    assert meta[f"upgraded_to_v{V + 1}"] == clock.now().isoformat()
    backup = backups / f"familysafe-20260105-090000-before-v{V + 1}.db"
    assert raw_rows(backup, "PRAGMA user_version") == [(1,)]
    assert all_rows(backup) == v1_rows
    assert list_backups(backups) == [backup]


def test_two_steps_one_backup(tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    _use_ladder(monkeypatch, _v1_to_v2, _v2_to_v3)
    with Store.open(path, clock=clock, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == V + 2
        assert [r["child_id"] for r in store.db.query("SELECT * FROM badge ORDER BY child_id")] == [1, 2]
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [f"familysafe-20260105-090000-before-v{V + 2}.db"]


def test_new_file_climbs_the_whole_ladder_without_backup(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_ladder(monkeypatch, _v1_to_v2, _v2_to_v3)
    with Store.open(tmp_path / "familysafe.db", clock=clock, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == V + 2
    assert not (tmp_path / "backups").exists()


def test_backup_goes_beside_the_file_without_backup_dir(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    _use_ladder(monkeypatch, _v1_to_v2)
    Store.open(path, clock=clock).close()
    assert (tmp_path / f"familysafe-20260105-090000-before-v{V + 1}.db").exists()


@pytest.mark.parametrize("bad_step", [_boom, _breaks_foreign_key])
def test_failed_step_leaves_last_good_version(
    bad_step: schema_mod.Migration, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    v1_rows = all_rows(path)
    _use_ladder(monkeypatch, _v1_to_v2, bad_step)
    with pytest.raises(MigrationFailed) as info:
        Store.open(path, clock=clock, backup_dir=tmp_path / "backups")
    err = info.value
    assert err.from_version == V + 1
    assert err.backup == tmp_path / "backups" / f"familysafe-20260105-090000-before-v{V + 2}.db"
    assert err.backup.exists() and all_rows(err.backup) == v1_rows
    assert str(path) in err.message
    # The steps before it committed; the failed step left nothing behind.
    assert raw_rows(path, "PRAGMA user_version") == [(V + 1,)]
    assert raw_rows(path, "SELECT name FROM sqlite_master WHERE name = 'half_done'") == []
    assert raw_rows(path, "SELECT count(*) FROM note") == [(1,)]
    # Fixed in the next release: the file carries on from there.
    _use_ladder(monkeypatch, _v1_to_v2, _v2_to_v3)
    with Store.open(path, clock=clock, backup_dir=tmp_path / "backups") as store:
        assert store.schema_version == V + 2


def test_first_step_failing_leaves_v1_untouched(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    v1_rows = all_rows(path)
    monkeypatch.setattr(schema_mod, "LADDER", schema_mod.Ladder((_REAL_STEPS[0], _boom), 1))  # 1 to 2 fails
    with pytest.raises(MigrationFailed):
        Store.open(path, clock=clock, backup_dir=tmp_path / "backups")
    assert raw_rows(path, "PRAGMA user_version") == [(1,)]
    assert all_rows(path) == v1_rows


def test_a_failed_table_api_step_is_undone_whole(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    with Store.open(path, clock=clock, backup_dir=tmp_path / "backups"):
        pass  # the real ladder first: the failing step is the one after the app's own version
    current_rows = all_rows(path)
    _use_ladder(monkeypatch, _transform_then_boom)
    with pytest.raises(MigrationFailed):
        Store.open(path, clock=clock, backup_dir=tmp_path / "backups")
    assert raw_rows(path, "PRAGMA user_version") == [(V,)]
    assert "avatar" in [row[1] for row in raw_rows(path, "PRAGMA table_info(child)")]
    assert all_rows(path) == current_rows


def test_too_old_to_upgrade(tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    path = build_v1(tmp_path / "familysafe.db")
    before = path.read_bytes()
    _use_ladder(monkeypatch, _v1_to_v2, min_supported=2)  # a file at version 1 is too old
    with pytest.raises(FileTooOld) as info:
        Store.open(path, clock=clock, backup_dir=tmp_path / "backups")
    assert (info.value.file_version, info.value.min_supported) == (1, 2)
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
