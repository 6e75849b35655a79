"""Backups: taken safely while writing, daily with rotation, listed, and restored exactly."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from datetime import timedelta
from pathlib import Path

import pytest
from store_v1_fixture import build_v1

from familysafe.core.clock import FakeClock
from familysafe.core.models import Family, Note, Pledge, Settings, UnlockRecord
from familysafe.store import (
    FileTooNew,
    NotFamilySafeFile,
    Store,
    StoreError,
    auto_backup,
    backup_now,
    backup_taken,
    list_backups,
    restore_backup,
)
from familysafe.store import schema as schema_mod
from store_helpers import START, all_rows, cid, make_child, raw_rows

DAY = timedelta(days=1).total_seconds()


def _fill(store: Store, notes: int = 5) -> int:
    store.family.save(Family(name="The Kaurs", settings=Settings.from_dict({"text_size": "large"})))
    child = cid(make_child(store, "Jas"))
    store.unlocks.record(UnlockRecord(child, 1, START))
    store.pledges.add(Pledge(child, "u1", "I will ask first.", "privacy", START))
    with store.transaction():
        for i in range(notes):
            store.notes.add(Note(child, f"note {i} " + "x" * 300, START))
    return child


def _check(path: Path) -> list[tuple[str]]:
    return raw_rows(path, "PRAGMA integrity_check")


def test_backup_now_is_a_checked_single_file(store: Store, tmp_path: Path, db_file: Path) -> None:
    _fill(store)
    dest = tmp_path / "copies" / "manual.db"
    assert backup_now(store, dest) == dest
    assert _check(dest) == [("ok",)]
    assert all_rows(dest) == all_rows(db_file)
    assert raw_rows(dest, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(p.name for p in dest.parent.iterdir()) == ["manual.db"]
    if os.name == "posix":
        assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    # Taking it again replaces it.
    store.notes.add(Note(1, "one more", START))
    backup_now(store, dest)
    assert all_rows(dest) == all_rows(db_file)


def test_backup_while_writing_passes_integrity_check(
    store: Store, db_file: Path, clock: FakeClock, tmp_path: Path
) -> None:
    child = _fill(store, notes=300)
    other = Store.open(db_file, clock=clock)  # a second writer, as another part of the app might be
    calls = 0

    def write_during_copy(status: int, remaining: int, total: int) -> None:
        nonlocal calls
        calls += 1
        if calls <= 6:
            # Alternate: the same connection (backup follows along) and another one (backup restarts).
            (store if calls % 2 else other).notes.add(Note(child, f"written mid-backup {calls}", START))

    try:
        dest = tmp_path / "during.db"
        backup_now(store, dest, pages=2, progress=write_during_copy)
    finally:
        other.close()
    assert calls > 6
    assert _check(dest) == [("ok",)]
    copied = raw_rows(dest, "SELECT count(*) FROM note")[0][0]
    assert 300 <= copied <= 306
    assert raw_rows(db_file, "SELECT count(*) FROM note") == [(306,)]


def test_no_backup_in_the_middle_of_a_change(store: Store, tmp_path: Path) -> None:
    with pytest.raises(StoreError), store.transaction():
        make_child(store)
        backup_now(store, tmp_path / "x.db")


def test_auto_backup_once_a_day(store: Store, clock: FakeClock, backup_folder: Path) -> None:
    _fill(store)
    first = auto_backup(store, backup_folder)
    assert first == backup_folder / "familysafe-20260105-090000.db"
    clock.advance(3 * 3600)
    assert auto_backup(store, backup_folder) is None
    clock.advance(DAY)
    second = auto_backup(store, backup_folder)
    assert second == backup_folder / "familysafe-20260106-120000.db"
    assert list_backups(backup_folder) == [second, first]
    assert backup_taken(first) is not None and backup_taken(first).day == 5  # type: ignore[union-attr]
    if os.name == "posix":
        assert stat.S_IMODE(backup_folder.stat().st_mode) == 0o700


def test_rotation_keeps_the_newest_n(store: Store, clock: FakeClock, backup_folder: Path) -> None:
    _fill(store)
    backup_folder.mkdir()
    before_upgrade = backup_folder / "familysafe-20250101-000000-before-v2.db"
    backup_now(store, before_upgrade)
    made = []
    for _ in range(10):
        path = auto_backup(store, backup_folder, keep=3)
        assert path is not None
        made.append(path)
        clock.advance(DAY)
    daily = [p for p in list_backups(backup_folder) if "before" not in p.name]
    assert daily == made[-1:-4:-1]
    assert before_upgrade.exists()  # never rotated away
    assert {p.name for p in backup_folder.iterdir()} == {before_upgrade.name, *(p.name for p in daily)}
    with pytest.raises(ValueError):
        auto_backup(store, backup_folder, keep=0)


def test_damaged_backups_do_not_count(store: Store, clock: FakeClock, backup_folder: Path) -> None:
    _fill(store)
    backup_folder.mkdir()
    # Today's name, but damaged: a good one is still made today.
    (backup_folder / "familysafe-20260105-080000.db").write_bytes(os.urandom(4096))
    made = auto_backup(store, backup_folder, keep=2)
    assert made is not None
    assert list_backups(backup_folder) == [made]
    for _ in range(2):
        clock.advance(DAY)
        auto_backup(store, backup_folder, keep=2)
    # Two good ones kept; the damaged one, older than them, went with the rotation.
    assert len(list_backups(backup_folder)) == 2
    assert len(list(backup_folder.iterdir())) == 2


def test_list_backups_filters(store: Store, tmp_path: Path, backup_folder: Path) -> None:
    assert list_backups(tmp_path / "missing") == []
    _fill(store)
    backup_folder.mkdir()
    good = backup_now(store, backup_folder / "familysafe-20260101-100000.db")
    newer_app = backup_now(store, backup_folder / "familysafe-20260102-100000.db")
    conn = sqlite3.connect(newer_app)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    backup_now(store, backup_folder / "holiday-copy.db")
    (backup_folder / "familysafe-20260103-100000.db").write_bytes(b"")
    (backup_folder / "familysafe-20260104-100000.db").write_bytes(os.urandom(8192))
    assert list_backups(backup_folder) == [good]


def test_restore_gives_identical_rows(db_file: Path, clock: FakeClock, backup_folder: Path) -> None:
    with Store.open(db_file, clock=clock, backup_dir=backup_folder) as store:
        child = _fill(store)
        original = store.export_all()
        rows = all_rows(db_file)
        backup = auto_backup(store, backup_folder)
        assert backup is not None
        store.erase_child(child)
        make_child(store, "Someone else")
    aside = restore_backup(backup, db_file, clock=clock)
    assert aside == db_file.with_name("familysafe.db.before-restore-20260105-090000")
    assert all_rows(db_file) == rows
    with Store.open(db_file, clock=clock) as store:
        assert store.export_all() == original
    # The replaced file was kept, with what it held.
    assert [r[0] for r in raw_rows(aside, "SELECT nickname FROM child")] == ["Someone else"]
    assert backup.exists() and _check(backup) == [("ok",)]


def test_restore_keeps_the_current_wal_with_the_set_aside_file(
    db_file: Path, clock: FakeClock, backup_folder: Path, tmp_path: Path
) -> None:
    with Store.open(db_file, clock=clock) as store:
        _fill(store)
        backup = backup_now(store, backup_folder / "familysafe-20260105-090000.db")
    # Leave the file as a crash would: the last change only in the -wal.
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    writer = sqlite3.connect(db_file, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO child (nickname, age_band, avatar, start_date) VALUES ('Late', '4-7', 'x', 'y')")
    for suffix in ("", "-wal", "-shm"):
        shutil.copyfile(f"{db_file}{suffix}", crashed / f"familysafe.db{suffix}")
    writer.close()
    target = crashed / "familysafe.db"
    aside = restore_backup(backup, target, clock=clock)
    assert aside is not None
    assert not Path(f"{target}-wal").exists()
    assert Path(f"{aside}-wal").exists()
    assert ("Late",) in raw_rows(aside, "SELECT nickname FROM child")
    assert ("Late",) not in raw_rows(target, "SELECT nickname FROM child")


def test_restore_into_an_empty_place(store: Store, tmp_path: Path, clock: FakeClock) -> None:
    _fill(store)
    backup = backup_now(store, tmp_path / "b.db")
    target = tmp_path / "new" / "familysafe.db"
    target.parent.mkdir()
    assert restore_backup(backup, target, clock=clock) is None
    with Store.open(target, clock=clock) as restored:
        family = restored.family.get()
        assert family is not None and family.name == "The Kaurs"


def _restore_refused(src: Path, db_file: Path, clock: FakeClock, error: type[Exception]) -> None:
    before = db_file.read_bytes()
    with pytest.raises(error):
        restore_backup(src, db_file, clock=clock)
    assert db_file.read_bytes() == before
    assert sorted(p.name for p in db_file.parent.iterdir() if p.name.startswith("familysafe.db")) == ["familysafe.db"]


def test_restore_refuses_damaged_source(db_file: Path, tmp_path: Path, clock: FakeClock) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(os.urandom(8192))
    _restore_refused(bad, db_file, clock, StoreError)
    _restore_refused(tmp_path / "missing.db", db_file, clock, StoreError)
    half = tmp_path / "half.db"
    shutil.copyfile(db_file, half)
    with half.open("r+b") as f:
        f.truncate(half.stat().st_size // 2)
    _restore_refused(half, db_file, clock, StoreError)


def test_restore_refuses_newer_and_foreign_files(db_file: Path, tmp_path: Path, clock: FakeClock) -> None:
    newer = tmp_path / "newer.db"
    shutil.copyfile(db_file, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    _restore_refused(newer, db_file, clock, FileTooNew)
    foreign = tmp_path / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    _restore_refused(foreign, db_file, clock, NotFamilySafeFile)


def test_restore_an_older_version_backup_then_upgrade(
    db_file: Path, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = build_v1(tmp_path / "familysafe-20251201-090000.db")

    def v1_to_v2(db: object) -> None:
        db.execute("ALTER TABLE child ADD COLUMN colour TEXT")  # type: ignore[attr-defined]

    ladder = schema_mod.Ladder((*schema_mod.LADDER.migrations, v1_to_v2), 1)
    monkeypatch.setattr(schema_mod, "LADDER", ladder)
    restore_backup(old, db_file, clock=clock)
    with Store.open(db_file, clock=clock, backup_dir=tmp_path / "b") as store:
        assert store.schema_version == ladder.version
        assert [c.nickname for c in store.children.all(include_archived=True)] == ["Child B", "Child C"]
