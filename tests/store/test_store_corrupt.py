"""A damaged file is moved aside, never deleted, and the good backups are offered."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from familysafe.core.clock import FakeClock
from familysafe.core.models import Note
from familysafe.store import CorruptDatabase, Store, auto_backup
from store_helpers import make_child

PAGE = 4096


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed database of many pages (300 notes), to damage in different ways."""
    path = tmp_path_factory.mktemp("filled") / "familysafe.db"
    clock = FakeClock()
    with Store.open(path, clock=clock) as store:
        child = make_child(store)
        assert child.id is not None
        with store.transaction():
            for i in range(300):
                store.notes.add(Note(child.id, f"note {i} " + "x" * 200, clock.now()))
    assert path.stat().st_size > 20 * PAGE
    return path


def _random(path: Path) -> None:
    path.write_bytes(os.urandom(4 * PAGE))


def _truncated(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _truncated_by_a_page(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size - PAGE)


def _zeroed_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[3 * PAGE : 6 * PAGE] = bytes(3 * PAGE)
    path.write_bytes(bytes(data))


def _zeroed_first_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


def _short_header(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 20)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "random bytes": _random,
    "truncated to half": _truncated,
    "truncated by a page": _truncated_by_a_page,
    "zeroed pages": _zeroed_pages,
    "zeroed first page": _zeroed_first_page,
    "shorter than a header": _short_header,
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_file_is_moved_aside(damage: str, filled_db: Path, tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "familysafe.db"
    shutil.copyfile(filled_db, path)
    DAMAGE[damage](path)
    damaged = path.read_bytes()
    with pytest.raises(CorruptDatabase) as info:
        Store.open(path, clock=clock, backup_dir=tmp_path / "backups")
    err = info.value
    assert err.moved_to == tmp_path / "familysafe.db.corrupt-20260105-090000"
    assert err.moved_to.read_bytes() == damaged  # kept exactly as it was
    assert not path.exists()
    assert err.backups == []
    assert str(path) in err.message and str(err.moved_to) in err.message
    # The probe's empty side files are not left behind to confuse anyone.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["familysafe.db.corrupt-20260105-090000"]
    # The path is free again: the app can start afresh (or restore a backup there).
    with Store.open(path, clock=clock) as store:
        assert store.children.all() == []


def test_wal_and_shm_move_with_it(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "familysafe.db"
    path.write_bytes(os.urandom(2 * PAGE))
    Path(f"{path}-wal").write_bytes(b"wal bytes")
    Path(f"{path}-shm").write_bytes(b"shm bytes")
    with pytest.raises(CorruptDatabase) as info:
        Store.open(path, clock=clock)
    moved = info.value.moved_to
    assert Path(f"{moved}-wal").read_bytes() == b"wal bytes"
    assert Path(f"{moved}-shm").read_bytes() == b"shm bytes"
    assert not any(p.name.startswith("familysafe.db-") for p in tmp_path.iterdir())


def test_second_corruption_in_the_same_second_keeps_both(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "familysafe.db"
    moved = []
    for _ in range(2):
        path.write_bytes(os.urandom(PAGE))
        with pytest.raises(CorruptDatabase) as info:
            Store.open(path, clock=clock)
        moved.append(info.value.moved_to)
    assert moved[0] != moved[1]
    assert all(p.exists() for p in moved)


def test_good_backups_are_offered_newest_first(filled_db: Path, tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "familysafe.db"
    backups = tmp_path / "backups"
    shutil.copyfile(filled_db, path)
    with Store.open(path, clock=clock, backup_dir=backups) as store:
        first = auto_backup(store, backups)
        clock.advance(timedelta(days=1).total_seconds())
        second = auto_backup(store, backups)
    assert first is not None and second is not None
    # A damaged file with a backup's name is not offered.
    (backups / "familysafe-20260107-090000.db").write_bytes(os.urandom(PAGE))
    _zeroed_pages(path)
    with pytest.raises(CorruptDatabase) as info:
        Store.open(path, clock=clock, backup_dir=backups)
    assert info.value.backups == [second, first]
    assert "2 saved copies" in info.value.message
