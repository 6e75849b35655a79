"""The clock (DESIGN §6, §7) through FamilyService: whatever the wall clock does (years back or
forward, daylight saving, time zones), the unlocked set never shrinks, no duration is negative, the
session's time counts only real running time, and the parent area says when the clock went back."""

from __future__ import annotations

import math
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robust_helpers import answer_for

from familysafe.core.clock import FakeClock
from familysafe.core.content import Library
from familysafe.core.models import Child, Family
from familysafe.core.schedule import BACKWARDS_TOLERANCE, DEFAULT_FORWARD_LIMIT
from familysafe.core.session import SessionState
from familysafe.services.family import FamilyService
from familysafe.services.sessions import Session
from familysafe.store.db import Store

YEAR = 365.25 * 86400
ZONES = [
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",  # a 30-minute daylight-saving shift
    "Pacific/Kiritimati",  # UTC+14
    "Pacific/Pago_Pago",  # UTC-11
    "Asia/Kathmandu",  # UTC+5:45
    "UTC",
]
# Moments just before daylight-saving changes (the clock then jumps an hour, or repeats one).
DST_EDGES = [
    datetime(2026, 3, 29, 0, 59, 30, tzinfo=ZoneInfo("Europe/London")),
    datetime(2026, 10, 25, 1, 59, 30, tzinfo=ZoneInfo("Europe/London")),
    datetime(2026, 3, 8, 1, 59, 30, tzinfo=ZoneInfo("America/New_York")),
    datetime(2026, 11, 1, 1, 59, 30, tzinfo=ZoneInfo("America/New_York")),
    datetime(2026, 4, 5, 1, 59, 30, tzinfo=ZoneInfo("Australia/Lord_Howe")),
    datetime(2026, 10, 4, 1, 59, 30, tzinfo=ZoneInfo("Australia/Lord_Howe")),
]
EARLIEST = datetime(1980, 1, 1, tzinfo=UTC)
LATEST = datetime(2090, 1, 1, tzinfo=UTC)

JUMPS = st.one_of(
    st.sampled_from([-10 * YEAR, -YEAR, -86400.0, -3600.0, -301.0, -299.0, 3600.0, 46 * 86400.0, 10 * YEAR]),
    st.floats(min_value=-20 * YEAR, max_value=20 * YEAR, allow_nan=False),
)
OPS = st.one_of(
    st.tuples(st.just("advance"), st.floats(min_value=0, max_value=3 * 86400, allow_nan=False)),
    st.tuples(st.just("advance"), st.sampled_from([0.5, 59.0, 600.0, 14 * 86400.0, 30 * 86400.0])),
    st.tuples(st.just("jump"), JUMPS),
    st.tuples(st.just("zone"), st.sampled_from(ZONES)),
    st.tuples(st.just("dst"), st.sampled_from(DST_EDGES)),
    st.tuples(st.just("step"), st.none()),
    st.tuples(st.just("step"), st.none()),
    st.tuples(st.just("back"), st.none()),
    st.tuples(st.just("pause"), st.none()),
    st.tuples(st.just("restart"), st.floats(min_value=0, max_value=40 * 86400, allow_nan=False)),
    st.tuples(st.just("check"), st.none()),
    st.tuples(st.just("unlock_early"), st.none()),
)


@dataclass
class Model:
    """What the test expects, kept beside the app."""

    unlocked: set[int] = field(default_factory=set)
    running_seconds: float = 0.0  # real running time of the session in play
    last_seen: datetime | None = None  # the latest wall instant check_clock has seen


@dataclass
class Family_:
    svc: FamilyService
    child: Child
    clock: FakeClock
    s: Session | None = None
    finished: int = 0


@pytest.fixture(scope="module")
def template(empty_db: Path) -> Path:
    return empty_db


def _open_next(f: Family_, m: Model) -> None:
    f.svc.refresh_schedule()  # the home screen looks again
    ov = f.svc.overview(f.child)
    if ov.todo:
        f.s = f.svc.open_session(f.child, ov.todo[0])
        m.running_seconds = f.s.elapsed_seconds
    else:
        f.s = None


def _apply(f: Family_, m: Model, op: str, arg: Any) -> None:
    clock, svc = f.clock, f.svc
    running = f.s is not None and f.s.state is SessionState.RUNNING
    if op == "advance":
        clock.advance(arg)
        if running:
            m.running_seconds += arg
    elif op == "jump":
        target = clock.now() + timedelta(seconds=arg)
        if EARLIEST <= target <= LATEST:
            clock.set_wall(target)
    elif op == "zone":
        clock.set_wall(clock.now().astimezone(ZoneInfo(arg)))  # travelling: same instant, other zone
    elif op == "dst":
        clock.set_wall(arg)
    elif op == "step" and f.s is not None:
        s = f.s
        step = s.current_step
        s.answer(step.id, answer_for(step.kind))
        if not s.next():  # the last step: finish
            s.finish()
            f.finished += 1
            _open_next(f, m)
    elif op == "back" and f.s is not None:
        f.s.back()
    elif op == "pause" and f.s is not None:
        f.s.toggle_pause()
    elif op == "restart":
        # The app is closed (saving), stays closed a while, and opens again: the session resumes.
        if f.s is not None:
            f.s.autosave()
        clock.advance(arg)
        f.svc = svc = FamilyService(svc.store, svc.library, clock)
        if f.s is not None:
            act = f.s.activity
            f.s = svc.open_session(f.child, act)
            assert f.s.resumed
    elif op == "check":
        change = svc.check_clock()
        now = clock.now()
        expected = None
        if m.last_seen is not None:
            if m.last_seen - now > BACKWARDS_TOLERANCE:
                expected = "backwards"
            elif now - m.last_seen > DEFAULT_FORWARD_LIMIT:
                expected = "forward"
        assert (change.kind if change else None) == expected, (m.last_seen, now)
        if expected:
            warning = svc.clock_warning()
            assert warning is not None and warning.startswith(expected)
        if m.last_seen is None or now > m.last_seen:
            m.last_seen = now
    elif op == "unlock_early":
        svc.unlock_next_early(f.child)
        if f.s is None:
            _open_next(f, m)


def _check(f: Family_, m: Model) -> None:
    svc, cid = f.svc, f.child.id
    assert cid is not None
    # Once open, always open.
    unlocked = {u.unit for u in svc.store.unlocks.for_child(cid)}
    assert m.unlocked <= unlocked, f"units locked again: {sorted(m.unlocked - unlocked)}"
    svc.refresh_schedule()  # the home screen looks again (overview itself only reads): it may open a unit
    unlocked = {u.unit for u in svc.store.unlocks.for_child(cid)}
    assert m.unlocked <= unlocked, f"units locked again: {sorted(m.unlocked - unlocked)}"
    m.unlocked = unlocked
    ov = svc.overview(f.child)
    assert {a.unit for a in ov.todo} <= unlocked | {1}
    if ov.next_unlock is not None:
        assert ov.next_unlock.date >= f.clock.now().date()
    assert {u.unit for u in svc.store.unlocks.for_child(cid)} >= unlocked  # overview took nothing back
    # No duration is ever negative, and the session counts real running time only.
    if f.s is not None:
        e = f.s
        assert e.elapsed_seconds >= 0
        assert all(e.step_elapsed(step.id) >= 0 for step in e.activity.steps)
        assert e.remaining_seconds is None or e.remaining_seconds >= 0
        assert math.isclose(e.elapsed_seconds, m.running_seconds, rel_tol=1e-9, abs_tol=1e-6), (
            e.elapsed_seconds,
            m.running_seconds,
        )
    for rec in svc.store.sessions.for_child(cid):
        assert rec.elapsed_ms >= 0
        assert rec.id is not None
        assert all(r.elapsed_ms >= 0 for r in svc.store.sessions.step_results(rec.id))
    assert svc.progress(f.child).minutes >= 0


def _run(template: Path, library: Library, start: datetime, ops: list[tuple[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "familysafe.db"
        shutil.copyfile(template, db)
        clock = FakeClock(start)
        with Store.open(db, clock=clock) as store:
            svc = FamilyService(store, library, clock)
            svc.save_family(Family(name="Clockwork", cadence_days=14))
            child = svc.add_child("Tick", "8-10", "fox")
            f, m = Family_(svc, child, clock), Model()
            _open_next(f, m)
            _check(f, m)
            for op, arg in ops:
                _apply(f, m, op, arg)
                _check(f, m)


STARTS = st.one_of(
    st.sampled_from(DST_EDGES),
    st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2060, 1, 1),
        timezones=st.sampled_from([ZoneInfo(z) for z in ZONES]),
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=STARTS, ops=st.lists(OPS, max_size=30))
def test_clock_jumps_through_the_service(template: Path, library: Library, start: datetime, ops: Any) -> None:
    _run(template, library, start, ops)


@pytest.mark.slow
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=STARTS, ops=st.lists(OPS, max_size=60))
def test_many_clock_jumps_through_the_service(template: Path, library: Library, start: datetime, ops: Any) -> None:
    _run(template, library, start, ops)


def test_a_session_across_a_daylight_saving_change_counts_real_minutes(svc: FamilyService, clock: FakeClock) -> None:
    """15 real minutes across the hour the clocks go forward are 15 minutes, not 75 (or -45)."""
    clock.set_wall(datetime(2026, 3, 29, 0, 55, tzinfo=ZoneInfo("Europe/London")))
    svc.save_family(Family(name="Summer time"))
    child = svc.add_child("Child O", "8-10", "owl")
    s = svc.open_session(child, svc.overview(child).todo[0])
    for _ in range(15):
        clock.advance(60)
        if clock.now().hour == 1:  # the system clock jumps an hour ahead mid-session
            clock.set_wall(clock.now() + timedelta(hours=1))
    s.autosave()
    assert s.elapsed_seconds == 900
    assert s.record.id is not None
    rec = svc.store.sessions.get(s.record.id)
    assert rec is not None and rec.elapsed_ms == 900_000


@pytest.mark.usefixtures("qapp")
def test_the_parent_area_warns_after_the_clock_went_back(
    qtbot: Any, svc: FamilyService, clock: FakeClock
) -> None:
    from PySide6.QtCore import Qt

    from familysafe.ui.parent import ParentArea

    svc.save_family(Family(name="Timekeepers", setup_step="done"))
    svc.add_child("Child M", "8-10", "fox")
    svc.set_pin("2468")
    assert svc.check_clock() is None  # the first start only records the time
    clock.advance(3600)
    assert svc.check_clock() is None
    clock.set_wall(clock.now() - timedelta(days=400))  # someone set the computer back over a year
    change = svc.check_clock()
    assert change is not None and change.kind == "backwards"

    area = ParentArea(svc)
    qtbot.addWidget(area)
    area.resize(1000, 700)
    area.show()
    area.start()
    assert not area.clock_note.isVisible()  # behind the PIN, nothing shows yet
    qtbot.keyClicks(area.gate.pin, "2468")
    qtbot.keyClick(area.gate.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: area.clock_note.isVisible())
    assert "backwards" in area.clock_note.text()
    assert "Nothing was lost" in area.clock_note.text()


@pytest.mark.usefixtures("qapp")
def test_the_parent_area_is_quiet_after_travel_and_daylight_saving(
    qtbot: Any, svc: FamilyService, clock: FakeClock
) -> None:
    from familysafe.ui.parent import ParentArea

    svc.save_family(Family(name="Travellers", setup_step="done"))
    clock.set_wall(datetime(2026, 10, 25, 1, 30, tzinfo=ZoneInfo("Europe/London")))
    assert svc.check_clock() is None
    clock.set_wall(clock.now().astimezone(ZoneInfo("Pacific/Pago_Pago")))  # flew west: same instant
    assert svc.check_clock() is None
    clock.set_wall(clock.now().astimezone(ZoneInfo("Europe/London")) - timedelta(minutes=4))  # clock sync
    assert svc.check_clock() is None
    area = ParentArea(svc)
    qtbot.addWidget(area)
    area.show()
    area.start()
    qtbot.waitUntil(lambda: area.tabs.count() > 0)
    assert not area.clock_note.isVisible()

