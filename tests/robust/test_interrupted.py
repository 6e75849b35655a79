"""Kills in the middle of multi-step jobs (issue 14, items 1 and 3): going back to a backup, erasing a
child, erasing everything. kill_runner.py runs the real job in a process of its own and ends it with
os._exit just before its k-th step that changes the disk (every rename, delete, fsync and SQL
statement); the test then starts FamilySafe the way the app does (open_store) and checks what the
family finds. The walk covers every step: k = 1, 2, ... until the job finishes unkilled.

- Restore: the family's data is always there, either as it was or as the backup was, never an empty
  file; if it is the backup's, the file it replaced is kept; nothing half-made is left behind.
- Erase: a nickname is either still a child in the file (the erase had not been recorded yet), or it
  is in no file at all under the data folder: database, -wal, backups, set-aside copies, caches.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from robust_helpers import all_rows, files_under

from familysafe.boot import open_store
from familysafe.core.clock import FakeClock
from familysafe.core.content import Library
from familysafe.core.models import Child, Family, Note
from familysafe.services.family import FamilyService
from familysafe.store import Store, auto_backup, backup_now, paths

RUNNER = Path(__file__).with_name("kill_runner.py")
DAY = 86400.0
KEPT = "Zebedee7"  # nicknames nothing else in the folder could contain by chance
OTHER = "Quillon3"


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    yield FakeClock(datetime(2026, 1, 5, 9, 0).astimezone())


def _run(job: str, data: Path, kill_at: int, arg: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(RUNNER), job, str(data), str(kill_at), arg],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _walk(job: str, template: Path, work: Path, arg: str = "", every: int = 1) -> Iterator[tuple[int, Path, bool]]:
    """For k = 1, 2, ...: a fresh copy of `template`, the job killed before its k-th step there.
    Yields (k, folder, finished); `every` > 1 visits every n-th step only (and always the end)."""
    k = 1
    while True:
        data = work / f"k{k:03d}"
        shutil.copytree(template, data)
        proc = _run(job, data, k, arg)
        finished = proc.returncode == 0 and proc.stdout.startswith("finished")
        assert finished or proc.returncode == 137, f"the {job} job failed at step {k}:\n{proc.stderr[-3000:]}"
        yield k, data, finished
        shutil.rmtree(data)
        if finished:
            return
        k += every


class NoRestore:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, message: str, backups: list[Path]) -> None:
        self.calls.append(message)
        return None


def _reopen(data: Path, clock: FakeClock) -> tuple[Store, str]:
    ask = NoRestore()
    store, notice = open_store(data, clock, ask)
    assert isinstance(store, Store)
    assert ask.calls == [], f"the file was taken for damaged: {ask.calls}"
    return store, notice


# ---- item 1: a kill while going back to a backup ----------------------------------------------------


@pytest.fixture
def restore_template(tmp_path: Path, clock: FakeClock) -> tuple[Path, Path]:
    """A family whose newest data (a second child, a later note) is newer than its one backup."""
    data = paths.ensure_data_dir(tmp_path / "template")
    backups = paths.backup_dir(data)
    with Store.open(paths.db_path(data), clock=clock, backup_dir=backups) as store:
        store.family.save(Family(name="The Parkers"))
        child = store.children.add(Child("Child D", "8-10", "fox", date(2026, 1, 1)))
        assert child.id is not None
        store.notes.add(Note(child.id, "before the backup", clock.now()))
        backup = auto_backup(store, backups)
        clock.advance(DAY)
        store.notes.add(Note(child.id, "after the backup", clock.now()))
        store.children.add(Child("Child E", "4-7", "owl", date(2026, 1, 6)))
    assert backup is not None
    return data, backup


def _check_restore(data: Path, clock: FakeClock, before: Any, backup_rows: Any, k: int) -> str:
    db = paths.db_path(data)
    store, _notice = _reopen(data, clock)
    try:
        assert store.family.get() is not None, f"killed at step {k}: the family's data is gone"
    finally:
        store.close()
    now = all_rows(db)
    leftovers = [p.name for p in data.iterdir() if p.name.startswith(".familysafe.db.")]
    assert leftovers == [], f"killed at step {k}: left behind {leftovers}"
    if now == before:
        return "as it was"
    assert now == backup_rows, f"killed at step {k}: the file is neither the family's nor the backup"
    kept = [p for p in data.iterdir() if p.name.startswith("familysafe.db.before-restore-") and p.suffix != "-wal"]
    assert any(all_rows(p) == before for p in kept if p.is_file()), f"killed at step {k}: the replaced file is lost"
    return "the backup"


def _restore_walk(template: tuple[Path, Path], tmp_path: Path, clock: FakeClock, every: int) -> set[str]:
    data, backup = template
    before, backup_rows = all_rows(paths.db_path(data)), all_rows(backup)
    seen = set()
    for k, folder, _finished in _walk("restore", data, tmp_path / "runs", str(backup).replace(str(data), "{}"), every):
        # the backup lives inside the copied folder: point the job at the copy's own
        seen.add(_check_restore(folder, clock, before, backup_rows, k))
    return seen


def test_a_kill_at_every_seventh_step_of_a_restore_leaves_the_family_data(
    restore_template: tuple[Path, Path], tmp_path: Path, clock: FakeClock
) -> None:
    assert _restore_walk(restore_template, tmp_path, clock, every=7) == {"as it was", "the backup"}


@pytest.mark.slow
def test_a_kill_at_any_step_of_a_restore_leaves_the_family_data(
    restore_template: tuple[Path, Path], tmp_path: Path, clock: FakeClock
) -> None:
    assert _restore_walk(restore_template, tmp_path, clock, every=1) == {"as it was", "the backup"}


def test_a_kill_between_setting_aside_and_renaming_in_finishes_the_restore(
    restore_template: tuple[Path, Path], tmp_path: Path, clock: FakeClock
) -> None:
    """The case found by the hostile test: familysafe.db set aside, the copy not yet renamed in."""
    data, backup = restore_template
    backup_rows = all_rows(backup)
    for _k, folder, finished in _walk("restore", data, tmp_path / "runs", str(backup).replace(str(data), "{}")):
        db = paths.db_path(folder)
        if not db.exists() and not finished:
            assert any(p.name.startswith(".familysafe.db.restoring") for p in folder.iterdir())
            store, notice = _reopen(folder, clock)
            store.close()
            assert all_rows(db) == backup_rows
            assert "finished going back to a saved copy" in notice and "before-restore-" in notice
            return
    pytest.fail("no step had the family's file set aside and the copy not yet in place")


# ---- item 3: a kill while erasing a child -------------------------------------------------------------


@pytest.fixture
def erase_template(tmp_path: Path, clock: FakeClock) -> Path:
    """Two children; the first is in the database, a daily backup, a copy set aside by an earlier
    restore, a half-made restore copy and a half-written backup (both dot-named)."""
    data = paths.ensure_data_dir(tmp_path / "template")
    backups = paths.backup_dir(data)
    db = paths.db_path(data)
    with Store.open(db, clock=clock, backup_dir=backups) as store:
        store.family.save(Family(name="The Parkers"))
        first = store.children.add(Child(KEPT, "8-10", "fox", date(2026, 1, 1)))
        other = store.children.add(Child(OTHER, "4-7", "owl", date(2026, 1, 2)))
        assert first.id == 1 and other.id is not None
        for i in range(30):
            store.notes.add(Note(first.id, f"note {i} " + "x" * 300, clock.now()))
            store.notes.add(Note(other.id, f"note {i} " + "y" * 300, clock.now()))
        auto_backup(store, backups)
        backup_now(store, data / "familysafe.db.before-restore-20260101-000000")
        backup_now(store, data / ".familysafe.db.restoring")
        backup_now(store, backups / ".familysafe-20260104-090000.db.partial")
    return data


def _holders(data: Path, name: str) -> list[str]:
    return [str(p.relative_to(data)) for p in files_under(data) if name.encode() in p.read_bytes()]


def _check_erase(data: Path, clock: FakeClock, names: tuple[str, ...], k: int, notes_of_other: int) -> set[str]:
    """Reopen; return the nicknames still listed. Any other nickname must be in no file at all."""
    store, _notice = _reopen(data, clock)
    try:
        listed = {c.nickname for c in store.children.all(include_archived=True)}
        for child in store.children.all(include_archived=True):
            assert child.id is not None
            assert len(store.notes.for_child(child.id)) == notes_of_other, f"killed at step {k}: notes lost"
        for name in names:
            if name not in listed:  # checked with the file open (its -wal there) and after it is closed
                assert _holders(data, name) == [], f"killed at step {k}: {name} survives in {_holders(data, name)}"
    finally:
        store.close()
    for name in names:
        if name not in listed:
            assert _holders(data, name) == [], f"killed at step {k}: {name} survives in {_holders(data, name)}"
    return listed


def _erase_walk(template: Path, tmp_path: Path, clock: FakeClock, every: int) -> list[set[str]]:
    outcomes = []
    for k, folder, finished in _walk("erase", template, tmp_path / "runs", "1", every):
        listed = _check_erase(folder, clock, (KEPT, OTHER), k, 30)
        assert OTHER in listed, f"killed at step {k}: the other child is gone"
        left = [p.name for p in folder.iterdir() if p.name.startswith(".familysafe.db.")]
        assert left == [], f"killed at step {k}: left behind {left}"
        if outcomes and KEPT not in outcomes[-1]:
            assert KEPT not in listed, f"killed at step {k}: an erase already recorded was undone"
        outcomes.append(listed)
        if finished:
            assert listed == {OTHER}
    return outcomes


def test_a_kill_at_every_seventh_step_of_erasing_a_child_leaves_no_trace_once_begun(
    erase_template: Path, tmp_path: Path, clock: FakeClock
) -> None:
    outcomes = _erase_walk(erase_template, tmp_path, clock, every=7)
    assert {KEPT, OTHER} in outcomes and {OTHER} in outcomes


@pytest.mark.slow
def test_a_kill_at_any_step_of_erasing_a_child_leaves_no_trace_once_begun(
    erase_template: Path, tmp_path: Path, clock: FakeClock
) -> None:
    outcomes = _erase_walk(erase_template, tmp_path, clock, every=1)
    assert {KEPT, OTHER} in outcomes and {OTHER} in outcomes


def test_a_finished_erase_leaves_the_child_in_no_file(erase_template: Path, clock: FakeClock, library: Library) -> None:
    assert _holders(erase_template, KEPT)  # the database, the backup and three copies hold the child
    store, _ = _reopen(erase_template, clock)
    # A restore copy with no journal is a leftover: start-up clears it. One made while the app runs
    # (a restore under way) is a saved copy like the others.
    assert not (erase_template / ".familysafe.db.restoring").exists()
    backup_now(store, erase_template / ".familysafe.db.restoring")
    svc = FamilyService(store, library, clock)
    removed = svc.erase_child(next(c for c in svc.children() if c.nickname == KEPT))
    assert ".familysafe.db.restoring" in removed and ".familysafe-20260104-090000.db.partial" in removed
    assert _holders(erase_template, KEPT) == []
    svc.store.close()
    assert _holders(erase_template, KEPT) == []


@pytest.mark.slow
def test_a_kill_at_any_step_of_erasing_everything(erase_template: Path, tmp_path: Path, clock: FakeClock) -> None:
    for k, folder, finished in _walk("erase-everything", erase_template, tmp_path / "runs"):
        store, _notice = _reopen(folder, clock)
        try:
            listed = {c.nickname for c in store.children.all(include_archived=True)}
        finally:
            store.close()
        for name in (KEPT, OTHER):
            if name not in listed:
                assert _holders(folder, name) == [], f"killed at step {k}: {name} survives in {_holders(folder, name)}"
        if finished:
            assert listed == set()
            assert [p.name for p in folder.iterdir() if p.name.startswith(".familysafe.db.")] == []


def test_erase_everything_removes_dot_named_restore_and_partial_files(
    erase_template: Path, clock: FakeClock, library: Library
) -> None:
    store, _ = _reopen(erase_template, clock)
    backup_now(store, erase_template / ".familysafe.db.restoring")
    svc = FamilyService(store, library, clock)
    svc.erase_everything()
    svc.store.close()
    left = sorted(str(p.relative_to(erase_template)) for p in files_under(erase_template))
    assert left == ["familysafe.db"], left
