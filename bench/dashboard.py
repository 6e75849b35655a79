"""The parent dashboard's queries (FamilyService.overview and .progress for each child) on a family
of 4 children with 10 years of history each (a session every 14 days, every step saved, a note and
a pledge per session, recall cards), generated straight through the store."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from _common import Row, main, median, ms

CHILDREN = 4
YEARS = 10
REPEATS = 10


def _history(store: object, library: object, clock: object) -> int:
    from familysafe.core.content import Library
    from familysafe.core.models import Child, Family, Note, Pledge, RecallItem, StepResult, UnlockRecord
    from familysafe.store.db import Store

    assert isinstance(store, Store) and isinstance(library, Library)
    start = datetime(2016, 1, 4, 17, 0).astimezone()
    store.family.save(Family(name="Bench family", cadence_days=14))
    sessions = 0
    for n, band in enumerate(("4-7", "8-10", "11-13", "14-17")[:CHILDREN]):
        child = store.children.add(Child(f"Child{n}", band, "fox", start.date()))  # type: ignore[arg-type]
        assert child.id is not None
        acts = library.for_band(band)
        with store.transaction():
            for unit in range(1, library.total_units(band) + 1):
                store.unlocks.record(UnlockRecord(child.id, unit, start + timedelta(days=14 * (unit - 1))))
            when = start
            i = 0
            while when < start + timedelta(days=365 * YEARS):
                act = acts[i % len(acts)]
                rec = store.sessions.start(child.id, act.id, when, {"bench": True})
                assert rec.id is not None
                for k, step in enumerate(act.steps):
                    finished = when + timedelta(minutes=2 * (k + 1))
                    result = StepResult(rec.id, step.id, finished, {"seen": True, "k": k}, k % 3 != 0, 120_000)
                    store.sessions.save_step(rec.id, result, {"bench": True, "at": k}, k, 120_000 * (k + 1))
                store.sessions.finish(rec.id, when + timedelta(minutes=15), {"bench": True}, elapsed_ms=900_000)
                store.notes.add(Note(child.id, f"Session {i}: we talked it through.", when, act.id, act.steps[-1].id))
                store.pledges.add(Pledge(child.id, act.id, "We will ask first.", act.strand, when))
                for km in act.key_messages:
                    store.recall.upsert(RecallItem(child.id, act.recall_key(km.id), box=1 + i % 5, due=when.date()))
                sessions += 1
                i += 1
                when += timedelta(days=14)
    return sessions


def run() -> list[Row]:
    from familysafe.boot import load_assets
    from familysafe.core.clock import FakeClock
    from familysafe.services.family import FamilyService
    from familysafe.store.db import Store

    library = load_assets().library
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock(datetime(2026, 1, 5, 18, 0).astimezone())
        path = Path(tmp) / "familysafe.db"
        store = Store.open(path, clock=clock)
        t = time.perf_counter()
        sessions = _history(store, library, clock)
        built = time.perf_counter() - t
        store.checkpoint()
        size_mb = path.stat().st_size / 1024 / 1024
        svc = FamilyService(store, library, clock)
        kids = svc.children()
        whole: list[float] = []
        overview: list[float] = []
        progress: list[float] = []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            for child in kids:
                t = time.perf_counter()
                svc.overview(child)
                overview.append(time.perf_counter() - t)
                t = time.perf_counter()
                svc.progress(child)
                progress.append(time.perf_counter() - t)
            whole.append(time.perf_counter() - t0)
        store.close()
    note = f"{CHILDREN} children x {YEARS} years: {sessions} sessions, {size_mb:.1f} MiB file"
    return [
        Row("parent dashboard", "overview + progress, all children", ms(median(whole)), "ms", note),
        Row("parent dashboard", "overview, one child", ms(median(overview)), "ms", f"median of {REPEATS * len(kids)}"),
        Row("parent dashboard", "progress, one child", ms(median(progress)), "ms", f"median of {REPEATS * len(kids)}"),
        Row("parent dashboard", "generating the history", built, "s", "through the store, not timed as a goal"),
    ]


if __name__ == "__main__":
    sys.exit(main(run))
