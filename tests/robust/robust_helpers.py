"""Helpers shared by the robustness tests (imported by name: tests/robust is on sys.path under pytest)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from familysafe.core.answers import (
    ChecklistAnswer,
    PledgeAnswer,
    QuizAnswer,
    ReflectAnswer,
    ScenarioAnswer,
    StepAnswer,
    StoryAnswer,
    TalkAnswer,
)
from familysafe.core.content import Step
from familysafe.services.family import FamilyService
from familysafe.services.sessions import Session


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


def answer_for(kind: str) -> StepAnswer:
    """A plausible answer for a step of this kind, as its view would send it."""
    return {
        "pledge": PledgeAnswer(True),
        "reflect": ReflectAnswer("We will ask before sharing photos."),
        "quiz": QuizAnswer({"q1": 0}),
        "scenario": ScenarioAnswer((0, 1), True),
        "activity": ChecklistAnswer((0, 1)),
        "story": StoryAnswer(1),
    }.get(kind, TalkAnswer())


def plausible(step: Step) -> StepAnswer:
    """`answer_for` the step's kind, as a Session.play_steps `answers` function."""
    return answer_for(step.kind)


def play_steps(svc: FamilyService, s: Session, count: int | None = None) -> list[str]:
    """Answer, finish and leave steps as the session screen does; stop before the last step (or after
    `count` steps). Returns the step ids saved."""
    return s.play_steps(count, plausible)


def play_whole(svc: FamilyService, s: Session, note: str | None = None) -> None:
    """Play every step (with `note` typed at reflect steps) and finish the session."""

    def answer(step: Step) -> StepAnswer:
        return ReflectAnswer(note) if step.kind == "reflect" and note is not None else answer_for(step.kind)

    s.play_to_end(answer)
