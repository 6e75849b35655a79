"""Children: add, update, archive, list, get."""

from __future__ import annotations

from datetime import date

import pytest

from familysafe.core.models import Child
from familysafe.store import RecordNotFound, Store
from store_helpers import cid, make_child


def test_add_returns_copy_with_id(store: Store) -> None:
    child = Child("Child F", "4-7", "rabbit", date(2026, 1, 5))
    stored = store.children.add(child)
    assert child.id is None
    assert stored.id is not None
    assert store.children.get(stored.id) == stored


def test_all_in_order_and_archived_hidden(store: Store) -> None:
    a, b, c = (make_child(store, n) for n in ("A", "B", "C"))
    store.children.archive(cid(b))
    assert [x.nickname for x in store.children.all()] == ["A", "C"]
    assert [x.nickname for x in store.children.all(include_archived=True)] == ["A", "B", "C"]
    got = store.children.get(cid(b))
    assert got is not None and got.archived
    store.children.archive(cid(b), archived=False)
    assert [x.nickname for x in store.children.all()] == ["A", "B", "C"]
    assert a.id != c.id


def test_update(store: Store) -> None:
    child = make_child(store, "Child A", "11-13")
    child.nickname = "Kitty"
    child.age_band = "14-17"
    child.avatar = "dragon"
    child.start_date = date(2026, 2, 1)
    store.children.update(child)
    assert store.children.get(cid(child)) == child


def test_get_missing(store: Store) -> None:
    assert store.children.get(42) is None


def test_update_and_archive_missing(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.children.update(Child("X", "8-10", "fox", date(2026, 1, 1), id=42))
    with pytest.raises(RecordNotFound):
        store.children.archive(42)
    with pytest.raises(ValueError):
        store.children.update(Child("X", "8-10", "fox", date(2026, 1, 1)))


def test_bad_age_band(store: Store) -> None:
    with pytest.raises(ValueError):
        store.children.add(Child("X", "3-5", "fox", date(2026, 1, 1)))  # type: ignore[arg-type]
    assert store.children.all() == []


def test_ids_never_reused_after_erase(store: Store) -> None:
    first = make_child(store, "First")
    store.erase_child(cid(first))
    second = make_child(store, "Second")
    assert cid(second) > cid(first)


def test_unicode_nickname(store: Store) -> None:
    child = make_child(store, "Zoë 🦊")
    assert store.children.get(cid(child)) == child
