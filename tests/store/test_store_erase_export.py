"""Erasing a child leaves no trace in the file or its WAL; exports hold every row."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from familysafe.core.models import Child, Family, Note, Pledge, RecallItem, Settings, StepResult, UnlockRecord
from familysafe.store import RecordNotFound, Store, StoreError
from store_helpers import START, cid, make_child, raw_rows


def _fill(store: Store, child_id: int, nickname: str) -> None:
    """Rows of every kind for the child, several of them repeating the nickname."""
    store.unlocks.record(UnlockRecord(child_id, 1, START))
    s = store.sessions.start(child_id, "u1", START, {"hello": f"Hi {nickname}!"})
    assert s.id is not None
    for i in range(3):
        store.sessions.save_step(
            s.id,
            StepResult(s.id, f"step{i}", START + timedelta(minutes=i), answer={"said": f"{nickname} said {i}"}),
            {"hello": f"Hi {nickname}!", "at": i},
            i + 1,
            (i + 1) * 60_000,
        )
    store.sessions.finish(s.id, START + timedelta(minutes=15), {"bye": f"Well done {nickname}"})
    store.recall.upsert(RecallItem(child_id, "u1/private", box=2, due=date(2026, 1, 8)))
    store.notes.add(Note(child_id, f"{nickname} asked about photos", START, "u1", "step2"))
    store.pledges.add(Pledge(child_id, "u1", f"{nickname} will ask first", "privacy", START))


def _raw(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


@pytest.mark.parametrize("nickname", ["Quokkabelle", "Zoë-Ångström"])
def test_erase_leaves_no_nickname_bytes(store: Store, db_file: Path, nickname: str) -> None:
    wal = Path(f"{db_file}-wal")
    needle = nickname.encode("utf-8")
    keep = make_child(store, "Wombatina")
    gone = make_child(store, nickname)
    _fill(store, cid(keep), "Wombatina")
    _fill(store, cid(gone), nickname)
    assert store.checkpoint()  # some copies in the main file...
    gone.avatar = "owl"
    store.children.update(gone)  # ...and more in the -wal
    store.notes.add(Note(cid(gone), f"more about {nickname}", START))
    assert needle in _raw(db_file)
    assert needle in _raw(wal)

    store.erase_child(cid(gone))

    assert needle not in _raw(db_file)
    assert needle not in _raw(wal)
    assert store.children.get(cid(gone)) is None
    for table in ("session", "unlock", "recall", "note", "pledge"):
        assert raw_rows(db_file, f"SELECT count(*) FROM {table} WHERE child_id = ?", (cid(gone),)) == [(0,)]
    assert raw_rows(db_file, "SELECT count(*) FROM step_result") == [(3,)]  # the other child's
    # The other child is untouched.
    assert store.export_child(cid(keep))["notes"][0]["text"] == "Wombatina asked about photos"
    assert raw_rows(db_file, "PRAGMA integrity_check") == [("ok",)]
    store.close()
    assert needle not in _raw(db_file)
    assert needle not in _raw(wal)


def test_erase_missing_child_still_cleans(store: Store, db_file: Path) -> None:
    # Rows deleted some other way leave their bytes in the -wal file; erasing a child
    # that is not there still rewrites the file, so those bytes go too, and nothing else changes.
    wal = Path(f"{db_file}-wal")
    keep = make_child(store, "Wombatina")
    gone = make_child(store, "Quokkabelle")
    _fill(store, cid(gone), "Quokkabelle")
    with store.transaction():
        store.db.execute("DELETE FROM child WHERE id = ?", (cid(gone),))
    assert b"Quokkabelle" in _raw(db_file) + _raw(wal)
    before = store.export_all()

    store.erase_child(12345)

    assert b"Quokkabelle" not in _raw(db_file) + _raw(wal)
    assert _raw(wal) == b""  # checkpointed and truncated
    after = store.export_all()
    for d in (before, after):
        d.pop("exported_at")
    assert after == before
    assert [c["child"]["nickname"] for c in after["children"]] == ["Wombatina"]
    assert store.children.get(cid(keep)) is not None
    assert raw_rows(db_file, "PRAGMA integrity_check") == [("ok",)]


def test_erase_refused_inside_a_transaction(store: Store) -> None:
    child = make_child(store)
    with pytest.raises(StoreError), store.transaction():
        store.erase_child(cid(child))
    assert store.children.get(cid(child)) is not None


def test_erase_with_a_reader_open_finishes_on_retry(store: Store, db_file: Path) -> None:
    import sqlite3

    child = make_child(store, "Pangolinda")
    _fill(store, cid(child), "Pangolinda")
    store.db.execute("PRAGMA busy_timeout = 50")  # keep the test quick while the reader blocks
    reader = sqlite3.connect(db_file, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM child").fetchone()
    try:
        with pytest.raises(StoreError) as info:
            store.erase_child(cid(child))
        assert "erase again" in info.value.message
        assert store.children.get(cid(child)) is None  # the rows went at once
    finally:
        reader.close()
    store.erase_child(cid(child))
    assert b"Pangolinda" not in _raw(db_file)
    assert b"Pangolinda" not in _raw(Path(f"{db_file}-wal"))


def test_export_child_has_every_row(store: Store) -> None:
    child = make_child(store, "Child B")
    other = make_child(store, "Child C")
    _fill(store, cid(child), "Child B")
    _fill(store, cid(other), "Child C")
    data = store.export_child(cid(child))
    text = json.dumps(data)
    assert "Child C" not in text
    assert data["format"] == "familysafe-export"
    assert data["exported_at"] == START.isoformat()
    assert data["child"] == {
        "nickname": "Child B",
        "age_band": "8-10",
        "avatar": "fox",
        "start_date": "2026-01-01",
        "archived": False,
        "id": cid(child),
    }
    (session,) = data["sessions"]
    assert session["status"] == "done" and session["snapshot"] == {"bye": "Well done Child B"}
    assert [s["step_id"] for s in session["steps"]] == ["step0", "step1", "step2"]
    assert session["steps"][1]["answer"] == {"said": "Child B said 1"}
    assert [len(data[k]) for k in ("unlocks", "recall", "notes", "pledges")] == [1, 1, 1, 1]
    assert data["unlocks"][0]["when"] == START.isoformat()
    with pytest.raises(RecordNotFound):
        store.export_child(999)


def test_export_all(store: Store) -> None:
    store.family.save(Family(name="The Lees", settings=Settings(theme="dark")))
    store.family.set_pin_hash({"algo": "scrypt", "salt": "c0ffee", "hash": "deadbeef"})
    a = make_child(store, "Child B")
    store.children.add(Child("Child C", "4-7", "cat", date(2026, 1, 2), archived=True))
    _fill(store, cid(a), "Child B")
    data = store.export_all()
    text = json.dumps(data)
    assert "deadbeef" not in text and "c0ffee" not in text
    assert data["family"]["name"] == "The Lees"
    assert data["family"]["pin_set"] is True
    assert data["family"]["settings"] == {"theme": "dark"}
    assert [c["child"]["nickname"] for c in data["children"]] == ["Child B", "Child C"]
    assert data["children"][1]["child"]["archived"] is True
    assert json.loads(text) == data


def test_export_all_before_first_run(store: Store) -> None:
    data = store.export_all()
    assert data["family"] is None and data["children"] == []
