"""Schema v4 (issue 17): a child's band history and unlocks per band; the upgrade from v2, moves, the
layout check, erase."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from store_v2_fixture import build_v2

from familysafe.core.clock import FakeClock
from familysafe.core.models import UnlockRecord
from familysafe.store import RecordNotFound, Store
from familysafe.store.errors import CorruptDatabase
from store_helpers import START, cid, make_child, raw_rows


def test_v2_upgrade_gives_every_child_its_current_band_and_keeps_every_unlock_there(
    tmp_path: Path, clock: FakeClock
) -> None:
    path = build_v2(tmp_path / "familysafe.db")
    before = raw_rows(path, "SELECT child_id, unit, unlocked_at, why FROM unlock ORDER BY child_id, unit")
    with Store.open(path, clock=clock, backup_dir=tmp_path / "backups") as store:
        assert [(b.band, b.started, b.ended) for b in store.bands.history(3)] == [("4-7", date(2026, 1, 5), None)]
        assert [(b.band, b.started) for b in store.bands.history(1)] == [("8-10", date(2025, 12, 1))]
        assert [(b.band, b.started) for b in store.bands.history(2)] == [("4-7", date(2025, 12, 15))]  # archived too
        assert [u.unit for u in store.unlocks.for_child(3)] == list(range(1, 11))
        assert {u.band for u in store.unlocks.all_for_child(3)} == {"4-7"}
        assert [p.by_grown_up for p in store.pledges.for_child(3)] == [True]
    after = raw_rows(path, "SELECT child_id, unit, unlocked_at, why FROM unlock ORDER BY child_id, unit")
    assert after == before
    assert raw_rows(path, "SELECT child_id, band FROM unlock WHERE child_id = 1") == [(1, "8-10"), (1, "8-10")]


def test_moving_keeps_each_bands_unlocks_apart(store: Store) -> None:
    child = cid(make_child(store, band="4-7"))
    for unit in (1, 2, 3):
        store.unlocks.record(UnlockRecord(child, unit, START))
    moved = store.bands.move(child, "8-10", date(2026, 3, 2), START + timedelta(days=56))
    assert (moved.age_band, moved.start_date) == ("8-10", date(2026, 3, 2))
    assert store.unlocks.for_child(child) == []
    assert store.unlocks.record(UnlockRecord(child, 1, START + timedelta(days=56))) is True
    assert [u.unit for u in store.unlocks.for_child(child, "4-7")] == [1, 2, 3]
    back = store.bands.move(child, "4-7", date(2026, 4, 1), START + timedelta(days=60))
    assert (back.age_band, back.start_date) == ("4-7", date(2026, 1, 1))  # the band's own start, kept
    assert [u.unit for u in store.unlocks.for_child(child)] == [1, 2, 3]
    history = store.bands.history(child)
    assert [(b.band, b.ended is None) for b in history] == [("4-7", True), ("8-10", False)]
    assert history[1].started == date(2026, 3, 2)


def test_a_move_to_the_same_band_changes_nothing(store: Store) -> None:
    child = cid(make_child(store))
    assert store.bands.move(child, "8-10", date(2027, 1, 1), START).start_date == date(2026, 1, 1)
    assert len(store.bands.history(child)) == 1


def test_an_unlock_for_a_band_the_child_was_never_in_is_refused(store: Store) -> None:
    child = cid(make_child(store))
    with pytest.raises(RecordNotFound):
        store.unlocks.record(UnlockRecord(child, 1, START, band="14-17"))
    with pytest.raises(RecordNotFound):
        store.bands.move(99, "8-10", date(2026, 1, 1), START)


def test_a_new_start_date_is_the_current_bands_start(store: Store) -> None:
    child = make_child(store)
    child.start_date = date(2026, 2, 1)
    store.children.update(child)
    current = store.bands.current(cid(child))
    assert current is not None and current.started == date(2026, 2, 1)


def test_at_most_one_current_band(store: Store) -> None:
    child = cid(make_child(store))
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO child_band (child_id, band, started) VALUES (?, '4-7', '2026-01-01')", (child,))


def test_erasing_a_child_erases_its_band_history(store: Store, db_file: Path) -> None:
    child = cid(make_child(store, "Zanzibar", band="4-7"))
    store.bands.move(child, "8-10", date(2026, 2, 1), START)
    store.erase_child(child)
    assert raw_rows(db_file, "SELECT count(*) FROM child_band") == [(0,)]
    assert raw_rows(db_file, "SELECT count(*) FROM unlock") == [(0,)]


def test_the_layout_check_notices_a_band_out_of_step(db_file: Path, clock: FakeClock) -> None:
    with Store.open(db_file, clock=clock) as store:
        make_child(store, "Child D", "8-10")
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE child SET age_band = '11-13'")  # edited by hand: the history says 8-10
    conn.commit()
    conn.close()
    with pytest.raises(CorruptDatabase) as e:
        Store.open(db_file, clock=clock)
    # Named in plain words, and the file is kept aside, never deleted.
    assert "child 1's age group (11-13) is not the current one in its band history" in str(e.value)
    assert e.value.moved_to.exists()


def test_restoring_a_v2_backup_brings_its_band_history(
    tmp_path: Path, db_file: Path, clock: FakeClock, store: Store
) -> None:
    """A backup made before the band history (version 2) is restored, then upgraded on opening: each
    child is in its band, with its unlocks there."""
    from familysafe.store import restore_backup

    old = build_v2(tmp_path / "old-backup.db")
    store.close()
    restore_backup(old, db_file, clock=clock)
    with Store.open(db_file, clock=clock, backup_dir=tmp_path / "upgrade") as restored:
        assert [(b.band, b.ended) for b in restored.bands.history(3)] == [("4-7", None)]
        assert [u.unit for u in restored.unlocks.for_child(3)] == list(range(1, 11))
        data = restored.export_child(3)
        assert [b["band"] for b in data["bands"]] == ["4-7"]
        assert {u["band"] for u in data["unlocks"]} == {"4-7"}
