"""Helpers shared by the store tests (imported by name: tests/store is on sys.path under pytest)."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from familysafe.core.models import AgeBand, Child
from familysafe.store import Store

START = datetime(2026, 1, 5, 9, 0).astimezone()


def make_child(store: Store, nickname: str = "Child D", band: AgeBand = "8-10") -> Child:
    """Add a child and return it with its id."""
    return store.children.add(Child(nickname, band, "fox", date(2026, 1, 1)))


def cid(child: Child) -> int:
    """The child's id, which a stored child always has."""
    assert child.id is not None
    return child.id


def raw_rows(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows read with a plain sqlite3 connection, bypassing the store."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def all_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, for comparing two files' contents."""
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()
