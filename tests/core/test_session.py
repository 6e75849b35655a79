"""The session engine (DESIGN §7): time from the monotonic clock, events once, exact snapshots."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familysafe.core.clock import FakeClock
from familysafe.core.session import (
    Answer,
    SessionEngine,
    SessionState,
    SessionStateError,
    SnapshotError,
    StepNudge,
    TimeUp,
)

STEPS = ["intro", "story", "quiz", "pledge"]
SUGGESTED = [120.0, 300.0, 300.0, 180.0]


def engine(clock: FakeClock | None = None, total: float = 900) -> tuple[SessionEngine, FakeClock]:
    clock = clock or FakeClock()
    return SessionEngine(STEPS, SUGGESTED, clock, total_seconds=total), clock


def started(total: float = 900) -> tuple[SessionEngine, FakeClock]:
    eng, clock = engine(total=total)
    eng.start()
    return eng, clock


# ---- construction and states ----------------------------------------------------


@pytest.mark.parametrize(
    ("steps", "suggested", "total"),
    [
        ([], [], 900),
        (["a", "a"], [1, 1], 900),
        (["a", "b"], [1], 900),
        (["a"], [-1], 900),
        (["a"], [math.nan], 900),
        (["a"], [1], math.inf),
        (["a"], [1], -5),
    ],
)
def test_bad_plans_are_refused(steps: list[str], suggested: list[float], total: float) -> None:
    with pytest.raises(ValueError):
        SessionEngine(steps, suggested, FakeClock(), total_seconds=total)


def test_life_cycle() -> None:
    eng, _ = engine()
    seen = [eng.state]
    with pytest.raises(SessionStateError):
        eng.pause()
    with pytest.raises(SessionStateError):
        eng.next()
    with pytest.raises(SessionStateError):
        eng.record_answer("quiz", 1, True)
    eng.start()
    seen.append(eng.state)
    with pytest.raises(SessionStateError):
        eng.start()
    eng.resume()  # already running: nothing happens
    seen.append(eng.state)
    eng.pause()
    eng.pause()  # already paused: nothing happens
    seen.append(eng.state)
    eng.resume()
    eng.finish()
    eng.finish()
    seen.append(eng.state)
    assert [s.name for s in seen] == ["NOT_STARTED", "RUNNING", "RUNNING", "PAUSED", "FINISHED"]
    for action in (eng.resume, eng.pause, eng.next, eng.back, eng.start):
        with pytest.raises(SessionStateError):
            action()


def test_navigation_and_last_step_does_not_finish() -> None:
    eng, _ = started()
    assert (eng.current_index, eng.current_step_id) == (0, "intro")
    assert eng.back() is False
    assert eng.next() is True
    assert eng.current_step_id == "story"
    eng.go_to(3)
    assert eng.is_last_step
    assert eng.next() is False
    assert eng.state is SessionState.RUNNING
    assert eng.back() is True
    assert eng.current_index == 2
    for bad in (-1, 4, 99):
        with pytest.raises(IndexError):
            eng.go_to(bad)


def test_answers_and_done_steps() -> None:
    eng, _ = started()
    given_answer = {"choice": 2, "text": ("a", "b")}
    eng.record_answer("quiz", given_answer, True)
    given_answer["choice"] = 3  # a later change by the caller is not seen
    eng.record_answer("story", None, None)
    eng.record_answer("quiz", {"choice": 1}, False)  # a second answer replaces the first
    assert eng.answers == {"quiz": Answer({"choice": 1}, False), "story": Answer(None, None)}
    eng.record_answer("intro", {"choice": 2, "text": ("a", "b")}, True)
    assert eng.answers["intro"].value == {"choice": 2, "text": ["a", "b"]}
    eng.mark_step_done("intro")
    eng.mark_step_done("intro")
    assert eng.done_steps == {"intro"}
    with pytest.raises(ValueError):
        eng.record_answer("nope", 1, True)
    with pytest.raises(ValueError):
        eng.record_answer("quiz", {1, 2}, True)
    with pytest.raises(ValueError):
        eng.record_answer("quiz", math.nan, True)
    with pytest.raises(ValueError):
        eng.mark_step_done("nope")


# ---- time --------------------------------------------------------------------------


def test_fifteen_minutes_of_100ms_ticks_gives_exactly_900_seconds() -> None:
    eng, clock = started()
    for _ in range(9000):
        clock.advance(0.1)
        eng.tick()
    assert eng.elapsed_seconds == pytest.approx(900.0, abs=1e-6)
    assert eng.remaining_seconds == pytest.approx(0.0, abs=1e-6)


def test_late_and_missed_ticks_do_not_drift() -> None:
    # A busy UI ticks late and irregularly; only the clock counts.
    eng, clock = started()
    waits = [0.1, 0.25, 0.1, 3.0, 0.05, 0.7] * 250
    for wait in waits:
        clock.advance(wait)
        eng.tick()
    assert eng.elapsed_seconds == pytest.approx(sum(waits), abs=1e-6)
    clock.advance(12.5)  # no tick at all
    assert eng.elapsed_seconds == pytest.approx(sum(waits) + 12.5, abs=1e-6)


def test_changing_the_wall_clock_changes_nothing() -> None:
    eng, clock = started()
    clock.advance(60)
    clock.set_wall(datetime(2031, 1, 1, tzinfo=UTC))
    assert eng.elapsed_seconds == pytest.approx(60)
    clock.advance(30)
    clock.set_wall(clock.now() - timedelta(days=800))
    assert eng.tick() == []
    assert eng.elapsed_seconds == pytest.approx(90)


def test_paused_time_does_not_count() -> None:
    eng, clock = started()
    clock.advance(100)
    eng.pause()
    clock.advance(5000)
    assert eng.elapsed_seconds == pytest.approx(100)
    assert eng.tick() == []
    eng.resume()
    clock.advance(20)
    assert eng.elapsed_seconds == pytest.approx(120)


def test_time_counts_to_the_step_it_was_spent_on() -> None:
    eng, clock = started()
    clock.advance(50)
    eng.next()
    clock.advance(70)
    eng.back()
    clock.advance(5)
    assert eng.step_elapsed("intro") == pytest.approx(55)
    assert eng.step_elapsed("story") == pytest.approx(70)
    assert eng.current_step_elapsed == pytest.approx(55)
    assert eng.step_elapsed("quiz") == 0
    assert eng.elapsed_seconds == pytest.approx(125)
    eng.finish()
    clock.advance(100)
    assert eng.elapsed_seconds == pytest.approx(125)


# ---- events --------------------------------------------------------------------------


def test_the_step_nudge_comes_once_when_the_suggested_time_passes() -> None:
    eng, clock = started()
    clock.advance(119)
    assert eng.tick() == []
    clock.advance(1)
    assert eng.tick() == [StepNudge("intro")]
    clock.advance(60)
    assert eng.tick() == []
    eng.next()
    eng.back()  # coming back to a nudged step does not nudge again
    clock.advance(1)
    assert eng.tick() == []
    assert eng.state is SessionState.RUNNING  # never a forced stop


def test_time_up_comes_once_and_stops_nothing() -> None:
    eng, clock = started(total=200)
    events: list[object] = []
    for _ in range(30):
        clock.advance(10)
        events += eng.tick()
    assert events.count(TimeUp()) == 1
    assert events.count(StepNudge("intro")) == 1
    assert eng.state is SessionState.RUNNING
    assert eng.remaining_seconds == 0.0
    eng.next()
    assert eng.current_step_id == "story"


def test_timer_off_means_no_events_but_time_is_still_measured() -> None:
    eng, clock = started()
    eng.set_timer(False)
    assert eng.timer_on is False
    for _ in range(100):
        clock.advance(20)
        assert eng.tick() == []
    assert eng.remaining_seconds is None
    assert eng.elapsed_seconds == pytest.approx(2000)
    eng.set_timer(True)
    assert eng.tick() == [StepNudge("intro"), TimeUp()]
    assert eng.remaining_seconds == 0.0


def test_extending_a_step_moves_its_nudge_and_allows_one_more() -> None:
    eng, clock = started()
    eng.extend_step(60)
    assert eng.step_limit("intro") == 180
    clock.advance(150)
    assert eng.tick() == []
    clock.advance(30)
    assert eng.tick() == [StepNudge("intro")]
    eng.extend_step(30)
    assert eng.tick() == []
    clock.advance(30)
    assert eng.tick() == [StepNudge("intro")]
    with pytest.raises(ValueError):
        eng.extend_step(0)
    with pytest.raises(ValueError):
        eng.extend_step(-5)


def test_extending_the_session_moves_time_up() -> None:
    eng, clock = started(total=100)
    eng.set_timer(False)
    clock.advance(100)
    eng.set_timer(True)
    assert TimeUp() in eng.tick()
    eng.extend_total(300)
    assert eng.remaining_seconds == pytest.approx(300)
    assert eng.total_limit == 400
    clock.advance(299)
    assert TimeUp() not in eng.tick()
    clock.advance(1)
    assert TimeUp() in eng.tick()
    with pytest.raises(ValueError):
        eng.extend_total(math.inf)


# ---- snapshots -------------------------------------------------------------------------


def busy_engine() -> tuple[SessionEngine, FakeClock]:
    eng, clock = started()
    clock.advance(130)
    eng.tick()
    eng.record_answer("intro", {"said": "trusted adult"}, None)
    eng.mark_step_done("intro")
    eng.next()
    eng.extend_step(45)
    eng.extend_total(60)
    clock.advance(12.25)
    return eng, clock


def test_a_snapshot_is_plain_json_and_restores_exactly() -> None:
    eng, clock = busy_engine()
    eng.pause()
    snap = eng.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    again = SessionEngine.restore(json.loads(json.dumps(snap)), STEPS, SUGGESTED, clock)
    assert again.snapshot() == snap
    assert again.state is SessionState.PAUSED
    assert again.answers == eng.answers
    assert again.current_step_id == "story"
    assert again.step_limit("story") == 345


def test_a_running_snapshot_restores_paused_so_closed_time_never_counts() -> None:
    eng, clock = busy_engine()
    snap = eng.snapshot()
    assert snap["state"] == "running"
    clock.advance(3600)  # the app was closed for an hour
    again = SessionEngine.restore(snap, STEPS, SUGGESTED, clock)
    assert again.state is SessionState.PAUSED
    assert again.elapsed_seconds == pytest.approx(142.25)
    assert again.snapshot() == {**snap, "state": "paused"}
    again.resume()
    clock.advance(10)
    assert again.elapsed_seconds == pytest.approx(152.25)
    assert again.step_elapsed("story") == pytest.approx(22.25)


def test_a_running_snapshot_can_restore_running_from_now() -> None:
    eng, clock = busy_engine()
    snap = eng.snapshot()
    clock.advance(3600)
    again = SessionEngine.restore(snap, STEPS, SUGGESTED, clock, as_running=True)
    assert again.snapshot() == snap
    clock.advance(10)
    assert again.elapsed_seconds == pytest.approx(152.25)


def test_events_already_sent_are_not_sent_again_after_restore() -> None:
    eng, clock = started(total=100)
    clock.advance(150)
    assert eng.tick() == [StepNudge("intro"), TimeUp()]
    again = SessionEngine.restore(eng.snapshot(), STEPS, SUGGESTED, clock, as_running=True)
    clock.advance(1)
    assert again.tick() == []


def valid_snapshot() -> dict[str, Any]:
    eng, _ = busy_engine()
    return eng.snapshot()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: None, "JSON object"),
        (lambda s: [], "JSON object"),
        (lambda s: {}, "format"),
        (lambda s: {**s, "format": "something.else"}, "not a session snapshot"),
        (lambda s: {**s, "version": 99}, "version"),
        (lambda s: {**s, "version": "1"}, "version"),
        (lambda s: {**s, "step_ids": ["x", "y"]}, "not for this activity"),
        (lambda s: {k: v for k, v in s.items() if k != "answers"}, "answers"),
        (lambda s: {**s, "state": "sleeping"}, "unknown session state"),
        (lambda s: {**s, "index": 7}, "outside"),
        (lambda s: {**s, "index": True}, "index"),
        (lambda s: {**s, "elapsed_seconds": "lots"}, "elapsed_seconds"),
        (lambda s: {**s, "elapsed_seconds": -1}, "elapsed_seconds"),
        (lambda s: {**s, "elapsed_seconds": math.nan}, "elapsed_seconds"),
        (lambda s: {**s, "answers": {"ghost": {"answer": 1, "correct": True}}}, "ghost"),
        (lambda s: {**s, "answers": {"quiz": 5}}, "answers"),
        (lambda s: {**s, "answers": {"quiz": {"answer": 1, "correct": "yes"}}}, "correct"),
        (lambda s: {**s, "done_steps": "intro"}, "done_steps"),
        (lambda s: {**s, "nudged_steps": ["ghost"]}, "ghost"),
        (lambda s: {**s, "step_elapsed": {"intro": 1.0}}, "step_elapsed"),
        (lambda s: {**s, "step_extensions": {**s["step_extensions"], "quiz": None}}, "step_extensions"),
        (lambda s: {**s, "timer_on": 1}, "timer_on"),
        (lambda s: {**s, "total_seconds": math.inf}, "total_seconds"),
    ],
)
def test_a_bad_snapshot_raises_one_clear_error(change: Any, message: str) -> None:
    with pytest.raises(SnapshotError, match=message):
        SessionEngine.restore(change(valid_snapshot()), STEPS, SUGGESTED, FakeClock())


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None)
@given(key=st.sampled_from(sorted(valid_snapshot())), value=json_values)
def test_any_damage_to_one_field_is_a_snapshot_error_or_a_valid_restore(key: str, value: Any) -> None:
    snap = {**valid_snapshot(), key: value}
    try:
        again = SessionEngine.restore(snap, STEPS, SUGGESTED, FakeClock())
    except SnapshotError:
        return
    assert json.loads(json.dumps(again.snapshot())) == again.snapshot()


@settings(max_examples=100, deadline=None)
@given(value=json_values)
def test_any_other_json_value_is_a_snapshot_error(value: Any) -> None:
    with pytest.raises(SnapshotError):
        SessionEngine.restore(value, STEPS, SUGGESTED, FakeClock())


operations = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.floats(min_value=0, max_value=400, allow_nan=False)),
        st.tuples(st.just("tick"), st.none()),
        st.tuples(st.just("pause"), st.none()),
        st.tuples(st.just("resume"), st.none()),
        st.tuples(st.just("next"), st.none()),
        st.tuples(st.just("back"), st.none()),
        st.tuples(st.just("go_to"), st.integers(min_value=0, max_value=len(STEPS) - 1)),
        st.tuples(
            st.just("answer"), st.tuples(st.sampled_from(STEPS), json_values, st.none() | st.booleans())
        ),
        st.tuples(st.just("done"), st.sampled_from(STEPS)),
        st.tuples(st.just("extend_step"), st.floats(min_value=1, max_value=600)),
        st.tuples(st.just("extend_total"), st.floats(min_value=1, max_value=600)),
        st.tuples(st.just("timer"), st.booleans()),
        st.tuples(st.just("wall"), st.integers(min_value=-(10**8), max_value=10**8)),
        st.tuples(st.just("finish"), st.none()),
    ),
    max_size=30,
)


def apply(eng: SessionEngine, clock: FakeClock, op: str, arg: Any) -> list[object]:
    """Do one operation as the UI would, skipping those the state does not allow."""
    active = eng.state in (SessionState.RUNNING, SessionState.PAUSED)
    if op == "advance":
        clock.advance(arg)
    elif op == "tick":
        return list(eng.tick())
    elif op == "pause" and eng.state is SessionState.RUNNING:
        eng.pause()
    elif op == "resume" and eng.state is SessionState.PAUSED:
        eng.resume()
    elif op == "next" and active:
        eng.next()
    elif op == "back" and active:
        eng.back()
    elif op == "go_to" and active:
        eng.go_to(arg)
    elif op == "answer" and active:
        eng.record_answer(*arg)
    elif op == "done" and active:
        eng.mark_step_done(arg)
    elif op == "extend_step":
        eng.extend_step(arg)
    elif op == "extend_total":
        eng.extend_total(arg)
    elif op == "timer":
        eng.set_timer(arg)
    elif op == "wall":
        clock.set_wall(clock.now() + timedelta(seconds=arg))
    elif op == "finish" and active:
        eng.finish()
    return []


@settings(max_examples=150, deadline=None)
@given(ops=operations, start=st.booleans(), rest=operations)
def test_snapshots_round_trip_exactly_after_any_operations(
    ops: list[tuple[str, Any]], start: bool, rest: list[tuple[str, Any]]
) -> None:
    eng, clock = engine()
    if start:
        eng.start()
    running_time = 0.0
    for op, arg in ops:
        was_running = eng.state is SessionState.RUNNING
        apply(eng, clock, op, arg)
        if op == "advance" and was_running:
            running_time += arg
        snap = eng.snapshot()
        assert json.loads(json.dumps(snap)) == snap
        as_running = snap["state"] == "running"
        assert SessionEngine.restore(snap, STEPS, SUGGESTED, clock, as_running=as_running).snapshot() == snap
        assert eng.elapsed_seconds == pytest.approx(running_time, abs=1e-6)
        assert sum(snap["step_elapsed"].values()) == pytest.approx(snap["elapsed_seconds"], abs=1e-6)
        remaining = eng.remaining_seconds
        assert remaining is None or remaining >= 0

    # A restored engine carries on exactly as the original would.
    twin = SessionEngine.restore(
        json.loads(json.dumps(eng.snapshot())),
        STEPS,
        SUGGESTED,
        clock,
        as_running=eng.state is SessionState.RUNNING,
    )
    for op, arg in rest:
        assert apply(eng, clock, op, arg) == apply(twin, clock, op, arg)
        mine, theirs = eng.snapshot(), twin.snapshot()
        assert mine["elapsed_seconds"] == pytest.approx(theirs["elapsed_seconds"], abs=1e-6)
        for key in ("state", "index", "answers", "done_steps", "nudged_steps", "time_up_sent", "timer_on"):
            assert mine[key] == theirs[key]
