"""The schedule stays total and honest across band changes (issue 17, item 7): random sequences of
finishing, moving up and back, early unlocks and clock jumps (forward, backward, daylight saving,
time zones). After every step:

- the open set of every band never shrinks;
- a unit the schedule opened (not the parent) opened no earlier than its band's start day plus one
  cadence period per unit before it, and only after the unit before it was finished: at most one new
  unit per cadence period per band, and never a backlog after a move;
- a band the child moves into for the first time has exactly its unit 1 open, starting that day;
- no finished work disappears: finished activities, sessions, pledges and the band history only grow,
  and Progress and the home card count every band's finished work.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from growing_helpers import finish_open
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familysafe.core.clock import FakeClock
from familysafe.core.content import Library
from familysafe.core.models import AGE_BANDS, CADENCES, Family, Pledge
from familysafe.services import growing
from familysafe.services.family import FamilyService
from familysafe.store.db import Store

DAY = 86400.0
YEAR = 365.25 * DAY
DST_EDGES = [
    datetime(2026, 3, 29, 0, 59, 30, tzinfo=ZoneInfo("Europe/London")),
    datetime(2026, 10, 25, 1, 59, 30, tzinfo=ZoneInfo("Europe/London")),
    datetime(2026, 3, 8, 1, 59, 30, tzinfo=ZoneInfo("America/New_York")),
    datetime(2026, 11, 1, 1, 59, 30, tzinfo=ZoneInfo("America/New_York")),
    datetime(2026, 4, 5, 1, 59, 30, tzinfo=ZoneInfo("Australia/Lord_Howe")),
]
ZONES = ["Europe/London", "America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu", "UTC"]

OPS = st.one_of(
    st.tuples(st.just("finish"), st.none()),
    st.tuples(st.just("finish"), st.none()),
    st.tuples(st.just("finish"), st.none()),
    st.tuples(st.just("move"), st.sampled_from(AGE_BANDS)),
    st.tuples(st.just("early"), st.none()),
    st.tuples(st.just("advance"), st.sampled_from([3600.0, DAY, 6 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 60 * DAY])),
    st.tuples(st.just("advance"), st.floats(min_value=0, max_value=40 * DAY, allow_nan=False)),
    st.tuples(st.just("jump"), st.sampled_from([-YEAR, -30 * DAY, -DAY, -3600.0, 90 * DAY, 2 * YEAR])),
    st.tuples(st.just("jump"), st.floats(min_value=-5 * YEAR, max_value=5 * YEAR, allow_nan=False)),
    st.tuples(st.just("dst"), st.sampled_from(DST_EDGES)),
    st.tuples(st.just("zone"), st.sampled_from(ZONES)),
    st.tuples(st.just("refresh"), st.none()),
)


@dataclass
class Model:
    """What the test has seen so far, to compare the app against."""

    opened: dict[str, set[int]] = field(default_factory=dict)  # band -> units seen open
    finished: set[str] = field(default_factory=set)
    sessions: set[int] = field(default_factory=set)
    pledges: set[int] = field(default_factory=set)
    bands: set[str] = field(default_factory=set)


@dataclass
class World:
    svc: FamilyService
    clock: FakeClock
    child: Any
    cadence: int


def _apply(w: World, m: Model, op: str, arg: Any) -> None:
    svc, clock = w.svc, w.clock
    if op == "finish":
        act = finish_open(svc, w.child)
        if act is not None and w.child.id is not None:
            # A pledge made in it: one of the things earned that must stay whatever the band.
            svc.store.pledges.add(Pledge(w.child.id, act.id, "I will tell a grown-up.", act.strand, clock.now()))
    elif op == "move":
        if arg == w.child.age_band:
            return
        fresh = arg not in m.bands
        w.child = growing.move_band(svc, w.child, arg)
        if fresh:
            # A band entered for the first time starts at its unit 1, today, with nothing else open.
            assert w.child.start_date == clock.now().date()
            assert svc.unlocked_units(w.child) == {1}
    elif op == "early":
        svc.unlock_next_early(w.child)
    elif op == "advance":
        clock.advance(arg)
    elif op == "jump":
        target = clock.now() + timedelta(seconds=arg)
        clock.set_wall(min(max(target, datetime(2000, 1, 2, tzinfo=UTC)), datetime(2090, 1, 1, tzinfo=UTC)))
    elif op == "dst":
        clock.set_wall(arg)
    elif op == "zone":
        clock.set_wall(clock.now().astimezone(ZoneInfo(arg)))
    elif op == "refresh":
        svc.refresh_schedule()
        w.child = svc.store.children.get(w.child.id)


def _check(w: World, m: Model) -> None:
    svc, cid = w.svc, w.child.id
    assert cid is not None
    stored = svc.store.children.get(cid)
    assert stored is not None and stored.age_band == w.child.age_band
    history = {b.band: b for b in svc.store.bands.history(cid)}
    current = [b for b in history.values() if b.ended is None]
    assert [b.band for b in current] == [stored.age_band]  # exactly one current band, the child's
    assert current[0].started == stored.start_date
    assert set(history) >= m.bands, "a band left the history"
    m.bands = set(history)

    by_band: dict[str, list[Any]] = {}
    for u in svc.store.unlocks.all_for_child(cid):
        by_band.setdefault(str(u.band), []).append(u)
    assert set(by_band) <= set(history)
    for band, seen in m.opened.items():
        now_open = {u.unit for u in by_band.get(band, [])}
        assert now_open >= seen, f"{band}: units locked again: {sorted(seen - now_open)}"
    m.opened = {band: {u.unit for u in units} for band, units in by_band.items()}

    finished_ids = set(svc.store.sessions.finished_activity_ids(cid))
    for band, units in by_band.items():
        start = history[band].started
        for u in units:
            if u.why != "schedule" or u.unit == 1:
                continue
            # Never before its day: the band's start plus one cadence period per unit before it.
            earliest = start + timedelta(days=(u.unit - 1) * w.cadence)
            assert u.when.date() >= earliest, f"{band} unit {u.unit} opened {u.when.date()}, before {earliest}"
            before = svc.library.unit_activities(band, u.unit - 1)
            assert any(a.id in finished_ids for a in before), (
                f"{band} unit {u.unit} opened before {u.unit - 1} was done"
            )

    # Nothing earned is lost.
    assert finished_ids >= m.finished, f"finished work disappeared: {m.finished - finished_ids}"
    m.finished = finished_ids
    sessions = {s.id for s in svc.store.sessions.for_child(cid) if s.id is not None}
    assert sessions >= m.sessions
    m.sessions = sessions
    pledges = {p.id for p in svc.store.pledges.for_child(cid) if p.id is not None}
    assert pledges >= m.pledges
    m.pledges = pledges
    assert svc.progress(w.child).finished == len(finished_ids)
    assert sum(svc.progress(w.child).by_band.values()) == len(finished_ids)
    ov = svc.overview(w.child)
    assert ov.done_in_all == len(finished_ids)
    assert {a.band for a in ov.todo + ov.done} <= {w.child.age_band}  # the home card shows the current band


def _run(template: Path, library: Library, start: datetime, cadence: int, ops: list[tuple[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "familysafe.db"
        shutil.copyfile(template, db)
        clock = FakeClock(start)
        with Store.open(db, clock=clock) as store:
            svc = FamilyService(store, library, clock)
            svc.save_family(Family(name="Growing", cadence_days=cadence))
            child = svc.add_child("Sprout", "4-7", "owl")
            w, m = World(svc, clock, child, cadence), Model()
            _check(w, m)
            for op, arg in ops:
                _apply(w, m, op, arg)
                _check(w, m)


STARTS = st.one_of(
    st.sampled_from(DST_EDGES),
    st.datetimes(
        min_value=datetime(2001, 1, 1),
        max_value=datetime(2060, 1, 1),
        timezones=st.sampled_from([ZoneInfo(z) for z in ZONES]),
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=STARTS, cadence=st.sampled_from(CADENCES), ops=st.lists(OPS, max_size=30))
def test_band_changes_keep_the_schedule_honest(
    empty_db: Path, library: Library, start: datetime, cadence: int, ops: Any
) -> None:
    _run(empty_db, library, start, cadence, ops)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=STARTS, cadence=st.sampled_from(CADENCES), ops=st.lists(OPS, max_size=80))
def test_many_band_changes_keep_the_schedule_honest(
    empty_db: Path, library: Library, start: datetime, cadence: int, ops: Any
) -> None:
    _run(empty_db, library, start, cadence, ops)
