"""Saving one step: Session.answer on a real file (the answer, the step result and the
session's snapshot in one transaction, WAL, synchronous=NORMAL), p50 and p99 of 1,000 saves, against
a bare sqlite-utils upsert of a similar row into a similar file in the same run."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from _common import Row, main, ms, percentile

SAVES = 1000


def run() -> list[Row]:
    import sqlite_utils

    from familysafe.boot import load_assets
    from familysafe.core.answers import ANSWERS, QuizAnswer, ReflectAnswer
    from familysafe.core.clock import SystemClock
    from familysafe.core.models import Family
    from familysafe.services.family import FamilyService
    from familysafe.store.db import Store

    library = load_assets().library
    with tempfile.TemporaryDirectory() as tmp:
        clock = SystemClock()
        store = Store.open(Path(tmp) / "familysafe.db", clock=clock)
        svc = FamilyService(store, library, clock)
        svc.save_family(Family(name="Bench"))
        child = svc.add_child("Saver", "8-10", "fox")
        act = svc.activity(svc.overview(child).todo[0])  # the index entry -> the full activity
        s = svc.open_session(child, act)
        answer = {"choices": {"q1": 1, "q2": 0}, "note": "We talked about asking first."}
        typed = {"quiz": QuizAnswer({"q1": 1, "q2": 0}), "reflect": ReflectAnswer("We talked about asking first.")}
        app: list[float] = []
        for i in range(SAVES):
            step = act.steps[i % len(act.steps)]
            t = time.perf_counter()
            s.answer(step.id, typed.get(step.kind) or ANSWERS[step.kind]())
            app.append(time.perf_counter() - t)
        snapshot_bytes = len(str(s.snapshot()))
        store.close()

        db = sqlite_utils.Database(Path(tmp) / "raw.db")
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        table = db["step_result"]
        raw: list[float] = []
        for i in range(SAVES):
            row = {
                "session_id": 1,
                "step_id": act.steps[i % len(act.steps)].id,
                "finished": clock.now().isoformat(),
                "answer": answer,
                "correct": i % 2 == 0,
                "elapsed_ms": i,
            }
            t = time.perf_counter()
            table.upsert(row, pk=("session_id", "step_id"))  # type: ignore[union-attr]
            raw.append(time.perf_counter() - t)
        db.conn.close()
    save = "Session.answer"
    return [
        Row("step save", f"{save} p50", ms(percentile(app, 50)), "ms", f"{SAVES} saves, real file"),
        Row("step save", f"{save} p99", ms(percentile(app, 99)), "ms", f"~{snapshot_bytes} B snapshot"),
        Row("step save", "raw sqlite-utils upsert p50", ms(percentile(raw, 50)), "ms", "one row, same pragmas"),
        Row("step save", "raw sqlite-utils upsert p99", ms(percentile(raw, 99)), "ms", ""),
    ]


if __name__ == "__main__":
    sys.exit(main(run))
