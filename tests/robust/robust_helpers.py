"""Helpers shared by the robustness tests (imported by name: tests/robust is on sys.path under pytest)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from familysafe.core.content import Activity
from familysafe.services.family import ActiveSession, FamilyService


def all_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted, read with a plain connection: for comparing two files.

    SQLite's own tables (sqlite_sequence aside) are left out: `PRAGMA optimize` at close adds statistics.
    """
    conn = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not r[0].startswith("sqlite_stat")
        ]
        return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        conn.close()


def integrity(path: Path) -> list[tuple[Any, ...]]:
    """PRAGMA integrity_check on the file, from a connection of its own."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def files_under(folder: Path) -> Iterator[Path]:
    """Every regular file in the folder and its sub-folders."""
    return (p for p in folder.rglob("*") if p.is_file())


def bytes_kept(folder: Path, data: bytes) -> list[Path]:
    """The files in `folder` (at any depth) whose bytes are exactly `data`."""
    return [p for p in files_under(folder) if p.stat().st_size == len(data) and p.read_bytes() == data]


def answer_for(kind: str) -> tuple[Any, bool | None]:
    """A plausible answer for a step of this kind, as its view would send it."""
    return {
        "pledge": ({"agreed": True}, None),
        "reflect": ({"note": "We will ask before sharing photos."}, None),
        "quiz": ({"choices": {"q1": 0}}, True),
        "scenario": ({"path": ["a", "b"], "ended": True}, None),
        "activity": ({"ticked": [0, 1]}, None),
        "story": ({"page": 1}, None),
    }.get(kind, ({"seen": True}, None))


def play_steps(svc: FamilyService, s: ActiveSession, count: int | None = None) -> list[str]:
    """Answer, finish and leave steps as the session screen does; stop before the last step (or after
    `count` steps). Returns the step ids saved."""
    act: Activity = s.activity
    saved = []
    while not s.engine.is_last_step and (count is None or len(saved) < count):
        step = act.steps[s.engine.current_index]
        svc.record_step(s, step.id, *answer_for(step.kind))
        svc.step_done(s)
        s.engine.next()
        svc.autosave(s)
        saved.append(step.id)
    return saved


def play_whole(svc: FamilyService, s: ActiveSession, note: str | None = None) -> None:
    """Play every step (with `note` typed at reflect steps) and finish the session."""
    play_steps(svc, s)
    last = s.activity.steps[-1]
    svc.record_step(s, last.id, *answer_for(last.kind))
    for step in s.activity.steps:
        if step.kind == "reflect" and note is not None:
            svc.record_step(s, step.id, {"note": note}, None)
    svc.step_done(s)
    svc.finish_session(s)
