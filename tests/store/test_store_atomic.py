"""Each step is saved whole or not at all, and survives the app being killed (DESIGN §2, §7)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from familysafe.core.clock import FakeClock
from familysafe.core.models import StepResult
from familysafe.store import Store
from store_helpers import START, cid, make_child, raw_rows


def _started(store: Store) -> int:
    child = cid(make_child(store))
    session = store.sessions.start(child, "u1", START, {"step": 0})
    assert session.id is not None
    store.sessions.save_step(session.id, StepResult(session.id, "intro", START), {"step": 1}, 1, 1000)
    return session.id


def _assert_unchanged(store: Store, db_file: Path, session_id: int) -> None:
    assert not store.db.conn.in_transaction
    # Seen by the store itself and by a separate connection (what a restart would see).
    got = store.sessions.get(session_id)
    assert got is not None and (got.snapshot, got.current_step, got.elapsed_ms) == ({"step": 1}, 1, 1000)
    assert [r.step_id for r in store.sessions.step_results(session_id)] == ["intro"]
    assert raw_rows(db_file, "SELECT step_id FROM step_result") == [("intro",)]
    assert raw_rows(db_file, "SELECT snapshot, current_step FROM session") == [('{"step":1}', 1)]


def test_python_failure_mid_transaction_writes_nothing(
    store: Store, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = _started(store)
    real_execute = store.db.execute
    seen: list[str] = []

    def failing(sql: str, params: Any = None) -> Any:
        if sql.startswith("UPDATE session"):
            seen.append("UPDATE")
            raise OSError("disk pulled out")
        return real_execute(sql, params)

    # What reaches SQLite (the transaction is begun on the plain connection, the rows written through
    # sqlite-utils), then the failing UPDATE.
    store.conn.set_trace_callback(lambda sql: seen.append(sql.split()[0]))
    monkeypatch.setattr(store.db, "execute", failing)
    with pytest.raises(OSError):
        store.sessions.save_step(session_id, StepResult(session_id, "quiz", START), {"step": 2}, 2, 2000)
    store.conn.set_trace_callback(None)
    writes = [word for word in seen if word in ("BEGIN", "INSERT", "UPDATE")]  # not sqlite-utils' schema reads
    assert writes[:3] == ["BEGIN", "INSERT", "UPDATE"]  # the step result had been written when it failed
    monkeypatch.undo()
    _assert_unchanged(store, db_file, session_id)
    # The store carries on normally afterwards.
    store.sessions.save_step(session_id, StepResult(session_id, "quiz", START), {"step": 2}, 2, 2000)
    assert raw_rows(db_file, "SELECT current_step FROM session") == [(2,)]


def test_sqlite_failure_mid_transaction_writes_nothing(store: Store, db_file: Path) -> None:
    session_id = _started(store)
    store.db.conn.execute(
        "CREATE TEMP TRIGGER fail_session BEFORE UPDATE ON main.session BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(Exception, match="disk full"):
        store.sessions.save_step(session_id, StepResult(session_id, "quiz", START), {"step": 2}, 2, 2000)
    _assert_unchanged(store, db_file, session_id)


def test_bad_step_result_leaves_session_unchanged(store: Store, db_file: Path) -> None:
    session_id = _started(store)
    with pytest.raises(Exception, match="CHECK"):
        store.sessions.save_step(session_id, StepResult(session_id, "quiz", START, elapsed_ms=-5), {"step": 2}, 2, 2000)
    _assert_unchanged(store, db_file, session_id)


_WRITER = """
import os, sys
from pathlib import Path
from familysafe.core.clock import FakeClock
from familysafe.core.models import Child, StepResult
from familysafe.store import Store
from datetime import date

path, die_at = Path(sys.argv[1]), int(sys.argv[2])
clock = FakeClock()
store = Store.open(path, clock=clock)
child = store.children.add(Child("Crash", "8-10", "fox", date(2026, 1, 1)))
session = store.sessions.start(child.id, "u1", clock.now(), {"n": 0})
real = store.db.execute

def execute(sql, params=None):
    # Die between the two writes of save_step number `die_at`: the step result is written, not committed.
    if sql.startswith("UPDATE session") and params and params[1] == die_at:
        os._exit(9)
    return real(sql, params)

store.db.execute = execute
for i in range(1, 1_000_000):
    store.sessions.save_step(session.id, StepResult(session.id, f"s{i}", clock.now()), {"n": i}, i, i * 10)
    print(i, flush=True)
"""


def _check_consistent(path: Path, clock: FakeClock) -> int:
    with Store.open(path, clock=clock) as store:
        (session,) = store.sessions.for_child(1)
        assert session.id is not None
        steps = store.sessions.step_results(session.id)
        # Every saved step is there with its snapshot, and nothing half-saved is.
        assert len(steps) == session.current_step == session.snapshot["n"] == session.elapsed_ms // 10
        assert {s.step_id for s in steps} == {f"s{i}" for i in range(1, session.current_step + 1)}
        assert raw_rows(path, "PRAGMA integrity_check") == [("ok",)]
        return session.current_step


def test_process_dying_mid_save_keeps_every_earlier_step(tmp_path: Path, clock: FakeClock) -> None:
    script = tmp_path / "writer.py"
    script.write_text(textwrap.dedent(_WRITER))
    path = tmp_path / "familysafe.db"
    proc = subprocess.run([sys.executable, str(script), str(path), "25"], capture_output=True, timeout=60)
    assert proc.returncode == 9
    assert proc.stdout.split()[-1] == b"24"
    assert _check_consistent(path, clock) == 24


def test_process_killed_at_random_keeps_a_consistent_file(tmp_path: Path, clock: FakeClock) -> None:
    script = tmp_path / "writer.py"
    script.write_text(textwrap.dedent(_WRITER))
    path = tmp_path / "familysafe.db"
    proc = subprocess.Popen(
        [sys.executable, str(script), str(path), "-1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None
    last = 0
    try:
        for line in proc.stdout:
            last = int(line)
            if last >= 200:
                break
    finally:
        proc.kill()  # SIGKILL: no clean-up, no checkpoint, mid-write
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()  # type: ignore[union-attr]
    assert last >= 200
    # Every step reported saved is on disk (commits survive a crash with synchronous=NORMAL).
    assert _check_consistent(path, clock) >= last
