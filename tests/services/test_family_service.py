"""The erase and autosave use-cases of FamilyService, without a window (they are also what
`make mutate` scores: see scripts/mutate.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from familysafe.core.clock import FakeClock
from familysafe.core.models import Family, Note
from familysafe.services.family import FamilyService
from familysafe.store import Store, auto_backup
from familysafe.store.backup import backup_name

# The store tests' own store (a clock at START and a backups folder beside it), not the top-level one;
# pytest fixtures imported into the module, so the tests' parameters of the same names are not redefinitions.
# ruff: noqa: F811
from store_fixtures import backup_folder, clock, db_file, empty_db_template, store  # noqa: F401


@pytest.fixture
def fam(store: Store, library: Any, clock: FakeClock) -> FamilyService:
    svc = FamilyService(store, library, clock)
    svc.save_family(Family(name="Rivers", setup_step="done"))
    return svc


def _everything(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_erase_child_deletes_saved_copies_and_takes_one_fresh_backup(
    fam: FamilyService, store: Store, clock: FakeClock, backup_folder: Path
) -> None:
    child_a = fam.add_child("Quokkabelle", "8-10", "fox")
    child_b = fam.add_child("Child B", "4-7", "owl")
    assert child_a.id is not None
    store.notes.add(Note(child_a.id, "Quokkabelle's secret", clock.now()))
    old = auto_backup(store, backup_folder)
    assert old is not None
    aside = store.path.with_name(store.path.name + ".before-restore-x")
    aside.write_bytes(old.read_bytes())  # a copy set aside by a restore, beside the file
    other = backup_folder / "holiday-photos.db"  # not FamilySafe's: never touched
    other.write_bytes(b"x")
    clock.advance(86400)
    assert fam._saved_copies() == sorted([old, aside])

    removed = fam.erase_child(child_a)

    assert sorted(removed) == sorted([old.name, aside.name])
    assert not old.exists() and not aside.exists() and other.exists()
    fresh = backup_folder / backup_name(clock.now())
    assert fresh.is_file() and fresh != old
    assert sorted(p.name for p in backup_folder.iterdir()) == sorted([fresh.name, other.name])
    assert b"Quokkabelle" not in _everything(store.path.parent)
    assert [c.nickname for c in fam.children(include_archived=True)] == [child_b.nickname]


def test_erase_child_without_purge_keeps_the_copies(
    fam: FamilyService, store: Store, clock: FakeClock, backup_folder: Path
) -> None:
    child_a = fam.add_child("Child A", "8-10", "fox")
    old = auto_backup(store, backup_folder)
    clock.advance(86400)
    assert fam.erase_child(child_a, purge_copies=False) == []
    assert old is not None and old.exists()
    assert [p.name for p in backup_folder.iterdir()] == [old.name]
    assert fam.children(include_archived=True) == []


def test_erase_child_makes_the_backup_folder_when_there_is_none(
    fam: FamilyService, store: Store, clock: FakeClock, backup_folder: Path
) -> None:
    child_a = fam.add_child("Child A", "8-10", "fox")
    assert not backup_folder.exists()
    assert fam.erase_child(child_a) == []
    assert [p.name for p in backup_folder.iterdir()] == [backup_name(clock.now())]
    assert oct(backup_folder.stat().st_mode & 0o777) == oct(0o700)


def test_erase_everything_leaves_an_empty_family_file_and_no_copies(
    fam: FamilyService, store: Store, clock: FakeClock, backup_folder: Path
) -> None:
    fam.add_child("Quokkabelle", "8-10", "fox")
    fam.add_child("Child B", "4-7", "owl")
    fam.set_pin("2468")
    auto_backup(store, backup_folder)
    path = store.path
    aside = path.with_name(path.name + ".corrupt-1")
    aside.write_bytes(b"old damaged copy with Quokkabelle")

    fam.erase_everything()

    assert fam.store is not store and fam.store.path == path
    assert fam.family() is None and fam.children(include_archived=True) == [] and not fam.has_pin()
    assert list(backup_folder.glob("*")) == []
    assert not aside.exists()
    everything = _everything(path.parent)
    for word in (b"Quokkabelle", b"Child B", b"Rivers"):
        assert word not in everything
    fam.store.close()


def test_erase_everything_that_cannot_delete_names_the_file_and_keeps_a_store(
    fam: FamilyService, store: Store, backup_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familysafe.store.errors import StoreError

    fam.add_child("Child A", "8-10", "fox")
    auto_backup(store, backup_folder)
    real_unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if self.parent == backup_folder:
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(StoreError) as info:
        fam.erase_everything()
    assert "could not delete" in info.value.message and str(backup_folder) in info.value.message
    assert fam.children(include_archived=True) == []  # the children went first, and a store is open
    assert fam.family() is not None
    fam.store.close()


def _session(fam: FamilyService) -> Any:
    child_a = fam.add_child("Child A", "8-10", "fox")
    return fam.open_session(child_a, fam.overview(child_a).todo[0])


def test_autosave_saves_the_step_and_the_true_elapsed_time(fam: FamilyService, clock: FakeClock) -> None:
    s = _session(fam)
    assert s.record.id is not None
    clock.advance(95)
    s.go_to(2)
    s.autosave()
    saved = fam.store.sessions.get(s.record.id)
    assert saved is not None and saved.status == "in_progress"
    assert saved.current_step == 2
    assert saved.elapsed_ms == int(s.elapsed_seconds * 1000) == 95_000
    assert saved.snapshot == s.snapshot()


def test_autosave_never_writes_a_finished_session(fam: FamilyService, clock: FakeClock, store: Store) -> None:
    s = _session(fam)
    while s.next():
        clock.advance(60)
    s.finish()
    assert s.record.id is not None
    before = fam.store.sessions.get(s.record.id)
    calls: list[Any] = []
    real = store.sessions.save_progress
    store.sessions.save_progress = lambda *a, **k: (calls.append(a), real(*a, **k))  # type: ignore[method-assign]
    clock.advance(600)
    s.autosave()  # no error, and nothing written
    assert calls == []
    assert fam.store.sessions.get(s.record.id) == before


def test_a_resumed_session_starts_where_autosave_left_it(fam: FamilyService, clock: FakeClock) -> None:
    s = _session(fam)
    clock.advance(40)
    s.go_to(1)
    s.autosave()
    again = fam.open_session(s.child, s.activity)
    assert again.resumed and again.record.id == s.record.id
    assert again.current_index == 1
    assert again.elapsed_seconds == pytest.approx(40, abs=0.01)


