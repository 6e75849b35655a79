"""A bad database at start-up (issue 14, items 4, 12, 13, 14): whatever sits at the database's path,
the start-up says what is wrong and where, keeps every byte, never hangs, and offers the newest good
backup; a file that passes quick_check but is not laid out as FamilySafe made it is treated like a
damaged one, and so is a backup chosen to go back to."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from robust_helpers import bytes_kept

from familysafe.boot import open_store
from familysafe.core.clock import FakeClock
from familysafe.core.models import Child, Family, Note
from familysafe.services.family import FamilyService
from familysafe.store import (
    CorruptDatabase,
    DataFolderError,
    Store,
    StoreError,
    auto_backup,
    list_backups,
    paths,
    restore_backup,
)

DAY = 86400.0


class AskRestore:
    """Stands in for the dialog: records what it was offered and picks the newest (or nothing)."""

    def __init__(self, pick: bool = True) -> None:
        self.pick = pick
        self.calls: list[tuple[str, list[Path]]] = []

    def __call__(self, message: str, backups: list[Path]) -> Path | None:
        self.calls.append((message, list(backups)))
        return backups[0] if self.pick and backups else None


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    yield FakeClock(datetime(2026, 1, 5, 9, 0).astimezone())


@pytest.fixture
def family_folder(tmp_path: Path, clock: FakeClock) -> Path:
    """A data folder with a family, one child with a note, and two good daily backups."""
    data = paths.ensure_data_dir(tmp_path / "FamilySafe")
    backups = paths.backup_dir(data)
    with Store.open(paths.db_path(data), clock=clock, backup_dir=backups) as store:
        store.family.save(Family(name="The Parkers"))
        child = store.children.add(Child("Child D", "8-10", "fox", date(2026, 1, 1)))
        assert child.id is not None
        for day in range(2):
            store.notes.add(Note(child.id, f"note of day {day}", clock.now()))
            auto_backup(store, backups)
            clock.advance(DAY)
    return data


def _sql(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        for s in statements:
            conn.execute(s)
    finally:
        conn.close()


def _open_with_timeout(data: Path, clock: FakeClock, ask: Any) -> tuple[Any, str]:
    """open_store; the tests that could hang carry a pytest timeout (a hang fails, never freezes the run)."""
    return open_store(data, clock, ask)


# ---- item 4: what is at the database's path -------------------------------------------------

BAD_CONTENTS: dict[str, Callable[[Path], None]] = {
    "no family row": lambda db: _sql(db, "DELETE FROM family"),
    "no family table": lambda db: _sql(db, "PRAGMA foreign_keys = OFF", "DROP TABLE family"),
    "a missing column": lambda db: _sql(db, "ALTER TABLE note DROP COLUMN step_id"),
    "an added column": lambda db: _sql(db, "ALTER TABLE child ADD COLUMN secret TEXT"),
    "start_date not a date": lambda db: _sql(db, "UPDATE child SET start_date = 'not-a-date'"),
    "a RAISE trigger": lambda db: _sql(
        db,
        "CREATE TRIGGER no_writes BEFORE UPDATE ON family BEGIN SELECT RAISE(ABORT, 'locked out'); END",
    ),
    "a view": lambda db: _sql(db, "CREATE VIEW kids AS SELECT nickname FROM child"),
    "cascade removed": lambda db: _sql(
        db,
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'ON DELETE CASCADE', '') WHERE name = 'note'",
    ),
}


@pytest.mark.parametrize("bad", list(BAD_CONTENTS))
def test_a_file_that_passes_quick_check_but_is_not_ours_is_set_aside(
    bad: str, family_folder: Path, clock: FakeClock
) -> None:
    db = paths.db_path(family_folder)
    BAD_CONTENTS[bad](db)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    conn.close()
    kept = db.read_bytes()
    ask = AskRestore()
    store, notice = _open_with_timeout(family_folder, clock, ask)
    try:
        assert len(ask.calls) == 1, "the newest good backup was not offered"
        message, offered = ask.calls[0]
        assert str(db) in message and "Traceback" not in message
        assert offered[0].name == "familysafe-20260106-090000.db"
        assert ".corrupt-" in notice
        assert bytes_kept(family_folder, kept), "the bad file's bytes are gone"
        # The backup is in use, whole: the family, the child and the first day's notes.
        svc = FamilyService(store, None, clock)  # type: ignore[arg-type]
        assert svc.family() is not None and [c.nickname for c in svc.children()] == ["Child D"]
        assert len(store.notes.for_child(1)) == 2
    finally:
        store.close()


def test_a_folder_at_the_database_path(family_folder: Path, clock: FakeClock) -> None:
    db = paths.db_path(family_folder)
    db.unlink()
    db.mkdir()
    (db / "holiday.jpg").write_bytes(b"photo")
    ask = AskRestore()
    store, notice = _open_with_timeout(family_folder, clock, ask)
    store.close()
    assert len(ask.calls) == 1 and str(db) in ask.calls[0][0] and "folder" in ask.calls[0][0]
    moved = [p for p in family_folder.iterdir() if p.name.startswith("familysafe.db.corrupt-")]
    assert len(moved) == 1 and (moved[0] / "holiday.jpg").read_bytes() == b"photo"
    assert ".corrupt-" in notice


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
@pytest.mark.timeout(30)
def test_a_fifo_at_the_database_path_does_not_hang(family_folder: Path, clock: FakeClock) -> None:
    db = paths.db_path(family_folder)
    db.unlink()
    os.mkfifo(db)
    ask = AskRestore(pick=False)
    store, notice = _open_with_timeout(family_folder, clock, ask)
    store.close()
    assert len(ask.calls) == 1 and str(db) in ask.calls[0][0] and "not a regular file" in ask.calls[0][0]
    moved = [p for p in family_folder.iterdir() if p.name.startswith("familysafe.db.corrupt-")]
    assert len(moved) == 1 and stat.S_ISFIFO(moved[0].lstat().st_mode)
    assert str(db) in notice


def test_the_real_bootstrap_with_a_folder_at_the_database_path(
    family_folder: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    """IsADirectoryError used to escape main(): now a question and a window, no traceback."""
    import sys

    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from familysafe import app

    db = paths.db_path(family_folder)
    db.unlink()
    db.mkdir()
    shown: list[str] = []
    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(family_folder))
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    asked: list[str] = []

    def get_item(_p: Any, _t: Any, text: str, items: list[str], *a: Any, **k: Any) -> tuple[str, bool]:
        asked.append(text)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    hook = sys.excepthook
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        assert app.main([]) == 0
    finally:
        sys.excepthook = hook
        os.umask(umask)
    assert len(asked) == 1 and str(db) in asked[0] and not shown
    assert db.is_file()


# ---- item 4: going back to a backup runs the same check ----------------------------------------


def test_going_back_to_a_backup_with_a_trigger_is_refused(family_folder: Path, clock: FakeClock) -> None:
    backups = paths.backup_dir(family_folder)
    newest = list_backups(backups)[0]
    _sql(newest, "CREATE TRIGGER t AFTER INSERT ON note BEGIN DELETE FROM note; END")
    db = paths.db_path(family_folder)
    before = db.read_bytes()
    with pytest.raises(StoreError) as info:
        restore_backup(newest, db, clock=clock)
    assert str(newest) in info.value.message and "Nothing was changed" in info.value.message
    assert db.read_bytes() == before
    # And it is not offered as a good backup any more.
    assert newest not in list_backups(backups)


def test_the_service_refuses_a_backup_missing_a_table(family_folder: Path, clock: FakeClock, library: Any) -> None:
    backups = paths.backup_dir(family_folder)
    newest = list_backups(backups)[0]
    _sql(newest, "PRAGMA foreign_keys = OFF", "DROP TABLE pledge")
    with Store.open(paths.db_path(family_folder), clock=clock, backup_dir=backups) as store:
        svc = FamilyService(store, library, clock)
        with pytest.raises(StoreError) as info:
            svc.restore_from(str(newest))
        assert str(newest) in info.value.message
        assert [c.nickname for c in svc.children()] == ["Child D"]
        svc.store.close()


# ---- item 14: a planted trigger cannot keep an erased child ------------------------------------


def test_a_planted_trigger_cannot_keep_an_erased_nickname(family_folder: Path, clock: FakeClock, library: Any) -> None:
    db = paths.db_path(family_folder)
    _sql(
        db,
        "CREATE TRIGGER keep AFTER DELETE ON child BEGIN "
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('kept-' || old.id, old.nickname); END",
    )
    store, _notice = open_store(family_folder, clock, AskRestore())
    assert isinstance(store, Store)
    svc = FamilyService(store, library, clock)
    try:
        for child in svc.children(include_archived=True):
            svc.erase_child(child)
        assert svc.children(include_archived=True) == []
    finally:
        svc.store.close()
    current = [p for p in family_folder.iterdir() if p.name.startswith("familysafe.db") and ".corrupt-" not in p.name]
    for p in current:
        assert b"Child D" not in p.read_bytes(), f"the erased nickname survives in {p.name}"
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
    conn.close()


# ---- item 12 (first part): a -wal or -shm that is a link -----------------------------------------


@pytest.mark.parametrize("side", ["-wal", "-shm"])
def test_a_linked_side_file_is_named_not_called_another_window(
    side: str, family_folder: Path, clock: FakeClock, tmp_path: Path
) -> None:
    db = paths.db_path(family_folder)
    target = tmp_path / "somewhere-else"
    os.symlink(target, f"{db}{side}")
    before = db.read_bytes()
    with pytest.raises(StoreError) as info:
        open_store(family_folder, clock, AskRestore())
    message = info.value.message
    assert "another window" not in message
    assert f"{db}{side}" in message and "link" in message
    assert db.read_bytes() == before and os.path.islink(f"{db}{side}")


def test_the_real_bootstrap_names_a_linked_wal(
    family_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: Any
) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from familysafe import app

    db = paths.db_path(family_folder)
    os.symlink(tmp_path / "somewhere-else", f"{db}-wal")
    shown: list[str] = []
    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(family_folder))
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    hook = sys.excepthook
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        assert app.main([]) == 1
    finally:
        sys.excepthook = hook
        os.umask(umask)
    (message,) = shown
    assert f"{db}-wal" in message and "link" in message and "another window" not in message


# ---- item 13: a shared data folder, private files ------------------------------------------------


def test_a_data_folder_owned_by_another_user_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = tmp_path / "FamilySafe"
    where.mkdir()
    where.chmod(0o777)
    me = os.getuid()
    other = me + 1234
    if me == 0:
        os.chown(where, other, -1)
    else:  # not root: pretend to be someone else (the folder is ours)
        monkeypatch.setattr(os, "getuid", lambda: other)
    with pytest.raises(DataFolderError) as info:
        paths.ensure_data_dir(where)
    message = info.value.message
    assert str(where) in message and "another user" in message
    assert stat.S_IMODE(where.stat().st_mode) == 0o777  # left exactly as it was
    assert list(where.iterdir()) == []


def test_every_file_in_a_new_data_folder_is_private(
    tmp_path: Path, clock: FakeClock, library: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = os.umask(0o022)
    try:
        data = paths.ensure_data_dir(tmp_path / "FamilySafe")
        store, _ = open_store(data, clock)
        assert isinstance(store, Store)
        try:
            store.family.save(Family(name="Private"))
            svc = FamilyService(store, library, clock)
            svc.add_child("Child E", "8-10", "owl")
            auto_backup(store, paths.backup_dir(data))
            made = [p for p in data.rglob("*")]
            assert any(p.name.endswith("-wal") for p in made)
            for p in made:
                mode = stat.S_IMODE(p.stat().st_mode)
                if p.is_dir():
                    assert mode == 0o700, f"{p} is {oct(mode)}"
                else:
                    assert mode == 0o600, f"{p} is {oct(mode)}"
        finally:
            store.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def test_the_log_file_is_private(tmp_path: Path) -> None:
    from familysafe.boot import private_file

    old = os.umask(0o022)
    try:
        log = private_file(tmp_path / "familysafe.log")
    finally:
        os.umask(old)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    log.write_text("kept")
    private_file(log)  # an existing log is kept, and made private
    assert log.read_text() == "kept"


def test_corruption_error_still_lists_backups(family_folder: Path, clock: FakeClock) -> None:
    """The set-aside path used for bad schemas is the one used for damage: CorruptDatabase, with backups."""
    db = paths.db_path(family_folder)
    _sql(db, "DELETE FROM family")
    with pytest.raises(CorruptDatabase) as info:
        Store.open(db, clock=clock, backup_dir=paths.backup_dir(family_folder))
    assert info.value.backups and info.value.moved_to.exists()
