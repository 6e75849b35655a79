"""Opening the file: settings, refusing files it must not touch, and closing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from familysafe.core.clock import FakeClock
from familysafe.core.models import Family
from familysafe.store import (
    SCHEMA_VERSION,
    FileTooNew,
    NotFamilySafeFile,
    Store,
    StoreError,
)
from familysafe.store import files as files_mod
from store_helpers import make_child, raw_rows

TABLES = {"meta", "family", "child", "session", "step_result", "unlock", "recall", "note", "pledge"}


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


def _side_files(path: Path) -> set[str]:
    return {s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()}


def test_new_file_gets_current_schema_and_settings(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "familysafe.db"
    with Store.open(path, clock=clock) as store:
        conn = store.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names >= TABLES
        assert store.schema_version == SCHEMA_VERSION
        assert store.family.get() is None
    assert raw_rows(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw_rows(path, "PRAGMA quick_check") == [("ok",)]


def test_zero_byte_file_is_a_new_database(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "familysafe.db"
    path.touch()
    with Store.open(path, clock=clock) as store:
        assert store.schema_version == SCHEMA_VERSION


def test_data_survives_reopen(db_file: Path, clock: FakeClock) -> None:
    with Store.open(db_file, clock=clock) as store:
        store.family.save(Family(name="The Patels"))
        make_child(store, "Mo")
    with Store.open(db_file, clock=clock) as store:
        family = store.family.get()
        assert family is not None and family.name == "The Patels"
        assert [c.nickname for c in store.children.all()] == ["Mo"]


def test_indexes_for_dashboard_queries(store: Store) -> None:
    plan = store.db.conn.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM session WHERE child_id = 1 AND status = 'done'"
    ).fetchall()
    assert any("USING INDEX" in str(row) for row in plan), plan
    for table in ("note", "pledge", "recall", "unlock"):
        plan = store.db.conn.execute(f"EXPLAIN QUERY PLAN SELECT * FROM {table} WHERE child_id = 1").fetchall()
        # A SEARCH (by an index or the primary key), never a SCAN of the whole table.
        assert all(row[3].startswith("SEARCH") for row in plan), (table, plan)


def test_missing_folder(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "nowhere" / "familysafe.db"
    with pytest.raises(StoreError) as info:
        Store.open(path, clock=clock)
    assert str(path) in info.value.message
    assert not path.parent.exists()


def test_file_too_new_is_left_byte_identical(db_file: Path, clock: FakeClock) -> None:
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = _bytes(db_file)
    sides = _side_files(db_file)
    with pytest.raises(FileTooNew) as info:
        Store.open(db_file, clock=clock, backup_dir=db_file.parent / "backups")
    assert _bytes(db_file) == before
    assert _side_files(db_file) == sides
    assert not (db_file.parent / "backups").exists()
    err = info.value
    assert (err.file_version, err.app_version) == (999, SCHEMA_VERSION)
    assert str(db_file) in err.message and "newer version" in err.message and "Nothing" in err.message


def test_file_too_new_only_in_the_wal(db_file: Path, clock: FakeClock) -> None:
    # A newer app still running has committed its upgrade to the -wal, not yet to the file.
    newer = sqlite3.connect(db_file, isolation_level=None)
    try:
        newer.execute("PRAGMA journal_mode = WAL")
        newer.execute("PRAGMA wal_autocheckpoint = 0")
        newer.execute("BEGIN IMMEDIATE")
        newer.execute("PRAGMA user_version = 7")
        newer.execute("COMMIT")
        main_before = _bytes(db_file)
        wal_before = _bytes(Path(f"{db_file}-wal"))
        with pytest.raises(FileTooNew):
            Store.open(db_file, clock=clock)
        assert _bytes(db_file) == main_before
        assert _bytes(Path(f"{db_file}-wal")) == wal_before
    finally:
        newer.close()


def test_not_a_familysafe_database(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "familysafe.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(NotFamilySafeFile) as info:
        Store.open(path, clock=clock)
    assert _bytes(path) == before
    assert str(path) in info.value.message


def test_closed_store_refuses_use(db_file: Path, clock: FakeClock) -> None:
    store = Store.open(db_file, clock=clock)
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError):
        store.children.all()


def test_transaction_groups_writes(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        make_child(store, "One")
        with store.transaction():  # nested: a savepoint
            make_child(store, "Two")
        raise RuntimeError("changed my mind")
    assert store.children.all() == []
    with store.transaction():
        make_child(store, "One")
        make_child(store, "Two")
    assert [c.nickname for c in store.children.all()] == ["One", "Two"]


def test_nested_transaction_rolls_back_alone(store: Store) -> None:
    with store.transaction():
        make_child(store, "Kept")
        with pytest.raises(RuntimeError), store.transaction():
            make_child(store, "Dropped")
            raise RuntimeError
    assert [c.nickname for c in store.children.all()] == ["Kept"]


def test_corruption_is_told_apart_from_busy() -> None:
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = sqlite3.SQLITE_CORRUPT
    notadb = sqlite3.DatabaseError("file is not a database")
    notadb.sqlite_errorcode = sqlite3.SQLITE_NOTADB
    assert not files_mod.is_corruption(busy)
    assert files_mod.is_corruption(corrupt)
    assert files_mod.is_corruption(notadb)
