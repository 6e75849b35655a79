"""Crash safety (DESIGN §2): a real session writer, killed with SIGKILL at random points, loses
nothing it acknowledged, never leaves a half-saved session, and resumes at the saved step."""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import IO, Any

import pytest

from familysafe.core.answers import ANSWERS
from familysafe.core.clock import FakeClock
from familysafe.core.content import Library
from familysafe.services.family import FamilyService
from familysafe.store import paths
from familysafe.store.db import Store

WRITER = Path(__file__).with_name("crash_writer.py")
QUICK_KILLS = 15
FULL_KILLS = int(os.environ.get("FAMILYSAFE_CRASH_KILLS", "200"))
HAS_FORK = hasattr(os, "fork")
Ack = tuple[int, str]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


class Writers:
    """Starts crash_writer runs and kills them; one serving process (fork) where the OS allows."""

    def __init__(self, data: Path, err: Path) -> None:
        self.data = data
        self.err: IO[str] = err.open("w")
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.server: subprocess.Popen[str] | None = None
        if HAS_FORK:
            self.server = self._spawn(["--serve", str(data)])

    def _spawn(self, args: list[str]) -> subprocess.Popen[str]:
        proc = subprocess.Popen(
            [sys.executable, str(WRITER), *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.err,
            text=True,
            bufsize=1,
        )
        out = proc.stdout
        assert out is not None

        def pump() -> None:
            for line in out:
                self.lines.put(line.strip())
            self.lines.put(None)

        threading.Thread(target=pump, daemon=True).start()
        return proc

    def _next(self, timeout: float = 60) -> str:
        line = self.lines.get(timeout=timeout)
        if line is None:
            raise AssertionError(f"the writer stopped talking; its errors:\n{self._errors()}")
        return line

    def _errors(self) -> str:
        self.err.flush()
        return Path(self.err.name).read_text()[-4000:]

    def run_and_kill(self, rng: random.Random) -> list[Ack]:
        """Start a writer, SIGKILL it at a random moment, and return every step it acknowledged."""
        proc = None
        if self.server is not None:
            assert self.server.stdin is not None
            self.server.stdin.write(f"run {rng.randrange(2**31)}\n")
            self.server.stdin.flush()
        else:
            proc = self._spawn([str(self.data), str(rng.randrange(2**31))])
        acks: list[Ack] = []

        def take(line: str) -> None:
            if line.startswith("ack "):
                _, sid, step = line.split(" ", 2)
                acks.append((int(sid), step))

        line = self._next()
        while not line.startswith("pid "):
            take(line)
            line = self._next()
        pid = int(line.split()[1])
        if rng.random() < 0.4:
            # Anywhere from opening the file to the first few steps.
            time.sleep(rng.uniform(0, 0.03))
        else:
            # Mid-stream: after some acknowledged steps, at a sub-millisecond offset.
            want = rng.randint(1, 25)
            while len(acks) < want:
                take(self._next())
            time.sleep(rng.uniform(0, 0.002))
        os.kill(pid, signal.SIGKILL)
        if proc is not None:
            status = proc.wait(timeout=60)
            assert status == -signal.SIGKILL, self._errors()
            # Everything it printed before dying, up to the end of its output.
            while (rest := self.lines.get(timeout=60)) is not None:
                take(rest)
            return acks
        while True:
            line = self._next()
            if line.startswith("dead "):
                code = int(line.split()[2])
                assert os.WIFSIGNALED(code) and os.WTERMSIG(code) == signal.SIGKILL, self._errors()
                return acks
            take(line)

    def close(self) -> None:
        if self.server is not None:
            assert self.server.stdin is not None
            self.server.stdin.close()
            self.server.wait(timeout=30)
        self.err.close()


def check_after_kill(data: Path, acked: list[Ack], library: Library) -> dict[str, int]:
    """Everything the crash promise says, checked on the file a kill left behind."""
    db = paths.db_path(data)
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if conn.execute("PRAGMA user_version").fetchone()[0] == 0:
            # Killed while the very first start was making the file: nothing was saved yet.
            assert not acked
            assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
            return {"sessions": 0, "resumed": 0}
        sessions = conn.execute(
            "SELECT id, child_id, activity_id, status, finished, current_step, elapsed_ms, snapshot FROM session"
        ).fetchall()
        results: dict[int, dict[str, tuple[Any, Any, int]]] = defaultdict(dict)
        for sid, step, answer, correct, elapsed in conn.execute(
            "SELECT session_id, step_id, answer, correct, elapsed_ms FROM step_result"
        ):
            results[sid][step] = (json.loads(answer), correct, elapsed)
        pledges = {tuple(r) for r in conn.execute("SELECT child_id, activity_id FROM pledge")}
        notes = {tuple(r) for r in conn.execute("SELECT child_id, activity_id, step_id FROM note")}
        recall = {tuple(r) for r in conn.execute("SELECT child_id, key FROM recall")}
    finally:
        conn.close()

    by_session: dict[int, set[str]] = defaultdict(set)
    for sid, step in acked:
        by_session[sid].add(step)
    known = {row[0] for row in sessions}
    # Every step acknowledged before any kill so far is still there.
    missing = [(sid, step) for sid, step in acked if step not in results.get(sid, {})]
    assert not missing, f"acknowledged steps lost: {missing[:5]}"
    assert set(by_session) <= known

    for sid, child_id, act_id, status, finished, current, elapsed_ms, snapshot in sessions:
        snap = json.loads(snapshot)
        saved = results.get(sid, {})
        where = f"session {sid} ({act_id}, {status})"
        # The row and its snapshot were written together.
        assert snap["index"] == current, where
        assert abs(elapsed_ms - snap["elapsed_seconds"] * 1000) < 1000, where
        done = set(snap["done_steps"])
        assert by_session[sid] <= done, f"{where}: acknowledged steps not marked done"
        # The saved step results and the snapshot's answers agree, both ways.
        answers = snap["answers"]
        assert set(answers) <= set(saved), f"{where}: answers without a saved step"
        assert done <= set(saved), f"{where}: steps marked done without a saved step"
        for step, (value, correct, elapsed) in saved.items():
            assert elapsed >= 0
            if step in answers:
                assert value == answers[step]["answer"], f"{where}: {step} answer differs"
                assert (None if correct is None else bool(correct)) == answers[step]["correct"], where
            else:
                assert value is None, f"{where}: {step} saved an answer the snapshot does not have"
        act = library.activities[act_id]
        if status == "done":
            assert finished is not None and snap["state"] == "finished", where
            assert done == {s.id for s in act.steps}, f"{where}: finished with steps not done"
            # Finishing is one change: the pledge, the note and the recall cards came with it.
            for step in act.steps:
                value = answers.get(step.id, {}).get("answer")
                if step.kind == "pledge" and isinstance(value, dict) and value.get("agreed"):
                    assert (child_id, act_id) in pledges, f"{where}: finished but the pledge was lost"
                if step.kind == "reflect" and isinstance(value, dict) and value.get("note"):
                    assert (child_id, act_id, step.id) in notes, f"{where}: finished but the note was lost"
            for k in act.key_messages:
                assert (child_id, act.recall_key(k.id)) in recall, f"{where}: finished but recall was lost"

    # Reopened as the app would, every unfinished session resumes at its saved step.
    resumed = 0
    with Store.open(db, clock=FakeClock(), backup_dir=paths.backup_dir(data)) as store:
        svc = FamilyService(store, library, store.clock)
        for sid, child_id, act_id, status, _, current, _, snapshot in sessions:
            if status != "in_progress":
                continue
            child = store.children.get(child_id)
            assert child is not None
            s = svc.open_session(child, library.activities[act_id])
            assert s.resumed and s.record.id == sid
            assert s.current_index == current
            snap = json.loads(snapshot)
            assert {k: a.to_json() for k, a in s.answers.items()} == {
                k: v["answer"] for k, v in snap["answers"].items()
            }
            assert s.done_steps == set(snap["done_steps"])
            resumed += 1
    return {"sessions": len(sessions), "resumed": resumed}


def _kill_many(tmp_path: Path, library: Library, kills: int, seed: int) -> None:
    data = paths.ensure_data_dir(tmp_path / "data")
    rng = random.Random(seed)
    writers = Writers(data, tmp_path / "writer-errors.txt")
    acked: list[Ack] = []
    mid_session = 0
    try:
        for _ in range(kills):
            got = writers.run_and_kill(rng)
            acked += got
            seen = check_after_kill(data, acked, library)
            mid_session += seen["resumed"] > 0
            assert seen["sessions"] or not got  # an acknowledged step means a saved session
    finally:
        writers.close()
    # The kills really landed while sessions were being written, and steps really were acknowledged.
    assert len(acked) >= kills
    assert mid_session >= kills // 3


def test_a_killed_writer_loses_nothing_acknowledged(tmp_path: Path, library: Library) -> None:
    _kill_many(tmp_path, library, QUICK_KILLS, seed=20260105)


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_hundreds_of_kills_lose_nothing_acknowledged(tmp_path: Path, library: Library) -> None:
    _kill_many(tmp_path, library, FULL_KILLS, seed=int(os.environ.get("FAMILYSAFE_CRASH_SEED", "7")))


@pytest.mark.parametrize(
    "damage",
    [
        "json_set(snapshot, '$.step_ids[0]', 'renamed-by-a-content-update')",
        "json_set(snapshot, '$.index', 999)",
        "'{}'",
        "'[]'",
    ],
)
def test_a_saved_session_that_no_longer_fits_starts_afresh(svc: FamilyService, damage: str) -> None:
    """Content updated (or a damaged snapshot) under an unfinished session: a new run starts, the old
    run and its saved steps are kept (abandoned), and nothing raises."""
    from familysafe.core.models import Family

    svc.save_family(Family(name="Fit"))
    child = svc.add_child("Child N", "8-10", "fox")
    act = svc.activity(svc.overview(child).todo[0])
    old = svc.open_session(child, act)
    assert old.record.id is not None
    old.answer(act.steps[0].id, ANSWERS[act.steps[0].kind]())
    svc.store.db.execute(f"UPDATE session SET snapshot = {damage} WHERE id = ?", (old.record.id,))
    new = svc.open_session(child, act)
    assert not new.resumed and new.record.id != old.record.id
    kept = svc.store.sessions.get(old.record.id)
    assert kept is not None and kept.status == "abandoned"
    assert [r.step_id for r in svc.store.sessions.step_results(old.record.id)] == [act.steps[0].id]
    new.next()  # the new run saves normally
