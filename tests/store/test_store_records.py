"""Unlocks, recall items, notes and pledges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from familysafe.core.models import Note, Pledge, RecallItem, UnlockRecord
from familysafe.store import RecordNotFound, Store
from store_helpers import START, cid, make_child


def test_unlock_is_idempotent_and_never_changes(store: Store) -> None:
    child = cid(make_child(store))
    assert store.unlocks.record(UnlockRecord(child, 1, START)) is True
    assert store.unlocks.record(UnlockRecord(child, 2, START + timedelta(days=14), "parent")) is True
    # Recording unit 1 again (clock turned back, parent pressing twice) changes nothing.
    assert store.unlocks.record(UnlockRecord(child, 1, START + timedelta(days=30), "parent")) is False
    assert store.unlocks.for_child(child) == [
        UnlockRecord(child, 1, START, "schedule", "8-10"),  # recorded in the child's current band
        UnlockRecord(child, 2, START + timedelta(days=14), "parent", "8-10"),
    ]


def test_unlocks_are_per_child(store: Store) -> None:
    a, b = cid(make_child(store, "A")), cid(make_child(store, "B"))
    store.unlocks.record(UnlockRecord(a, 1, START))
    assert store.unlocks.for_child(b) == []
    assert store.unlocks.record(UnlockRecord(b, 1, START)) is True


def test_unlock_bad_input(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.unlocks.record(UnlockRecord(99, 1, START))
    child = cid(make_child(store))
    with pytest.raises(ValueError):
        store.unlocks.record(UnlockRecord(child, 1, START, "because"))  # type: ignore[arg-type]
    assert store.unlocks.for_child(child) == []


def test_recall_get_upsert_list(store: Store) -> None:
    child = cid(make_child(store))
    assert store.recall.get(child, "u1/private") is None
    item = RecallItem(child, "u1/private", box=1, due=date(2026, 1, 6))
    store.recall.upsert(item)
    assert store.recall.get(child, "u1/private") == item
    moved = RecallItem(child, "u1/private", box=2, due=date(2026, 1, 9), seen=1, wrong=0)
    store.recall.upsert(moved)
    store.recall.upsert(RecallItem(child, "a0/tell", box=1, due=None, seen=3, wrong=2))
    assert store.recall.get(child, "u1/private") == moved
    assert [i.key for i in store.recall.for_child(child)] == ["a0/tell", "u1/private"]
    assert store.recall.for_child(child)[0].due is None


def test_recall_is_per_child(store: Store) -> None:
    a, b = cid(make_child(store, "A")), cid(make_child(store, "B"))
    store.recall.upsert(RecallItem(a, "k", box=3))
    store.recall.upsert(RecallItem(b, "k", box=1))
    assert store.recall.get(a, "k") == RecallItem(a, "k", box=3)
    assert store.recall.get(b, "k") == RecallItem(b, "k", box=1)
    with pytest.raises(RecordNotFound):
        store.recall.upsert(RecallItem(99, "k"))


def test_notes_add_update_delete_list(store: Store) -> None:
    child = cid(make_child(store))
    first = store.notes.add(Note(child, "Talked about passwords", START, "u1", "reflect"))
    second = store.notes.add(Note(child, "Was worried about a game chat", START + timedelta(hours=1)))
    assert first.id is not None and second.id is not None
    assert store.notes.for_child(child) == [first, second]
    first.text = "Talked about passwords; wants to practise"
    store.notes.update(first)
    assert store.notes.get(first.id) == first
    assert store.notes.delete(second.id) is True
    assert store.notes.delete(second.id) is False
    assert store.notes.for_child(child) == [first]


def test_notes_bad_input(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.notes.add(Note(99, "x", START))
    with pytest.raises(RecordNotFound):
        store.notes.update(Note(1, "x", START, id=123))
    with pytest.raises(ValueError):
        store.notes.update(Note(1, "x", START))
    assert store.notes.get(123) is None


def test_pledges_per_child_and_all(store: Store) -> None:
    a, b = cid(make_child(store, "A")), cid(make_child(store, "B"))
    p1 = store.pledges.add(Pledge(a, "u1", "I will ask before sharing a photo.", "privacy", START))
    p2 = store.pledges.add(Pledge(b, "u1", "I will tell a grown-up.", "help", START + timedelta(minutes=5)))
    p3 = store.pledges.add(Pledge(a, "u2", "I will be kind in chats.", "kindness", START + timedelta(days=14)))
    assert store.pledges.for_child(a) == [p1, p3]
    assert store.pledges.for_child(b) == [p2]
    assert store.pledges.all() == [p1, p2, p3]
    with pytest.raises(RecordNotFound):
        store.pledges.add(Pledge(99, "u1", "x", "y", START))
