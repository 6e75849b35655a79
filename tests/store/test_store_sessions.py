"""Sessions: start, resume, save each step and the autosave, finish."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from familysafe.core.clock import FakeClock
from familysafe.core.models import StepResult
from familysafe.store import RecordNotFound, SessionConflict, Store
from store_helpers import START, cid, make_child, raw_rows


def _step(session_id: int, step_id: str, minutes: int = 1, **kw: object) -> StepResult:
    return StepResult(session_id, step_id, START + timedelta(minutes=minutes), **kw)  # type: ignore[arg-type]


def test_start_and_get(store: Store) -> None:
    child = cid(make_child(store))
    session = store.sessions.start(child, "u1-sharing", START, {"format": "s", "step": 0})
    assert session.id is not None
    assert session.status == "in_progress"
    assert store.sessions.get(session.id) == session
    assert store.sessions.in_progress(child, "u1-sharing") == session
    assert store.sessions.in_progress(child, "u2-other") is None
    assert store.sessions.get(999) is None


def test_one_open_run_per_activity(store: Store) -> None:
    child = cid(make_child(store))
    store.sessions.start(child, "u1", START)
    with pytest.raises(SessionConflict):
        store.sessions.start(child, "u1", START)
    store.sessions.start(child, "u2", START)  # another activity is fine
    other = cid(make_child(store, "Other"))
    store.sessions.start(other, "u1", START)  # another child is fine
    with pytest.raises(RecordNotFound):
        store.sessions.start(999, "u1", START)


def test_save_step_writes_result_and_progress(store: Store) -> None:
    child = cid(make_child(store))
    s = store.sessions.start(child, "u1", START)
    assert s.id is not None
    result = _step(s.id, "quiz-1", answer={"choice": "b", "tries": [1, 2]}, correct=True, elapsed_ms=42_000)
    store.sessions.save_step(s.id, result, {"step": 2, "answers": {"quiz-1": "b"}}, 2, 180_000)
    got = store.sessions.get(s.id)
    assert got is not None
    assert (got.current_step, got.elapsed_ms, got.snapshot) == (
        2,
        180_000,
        {"step": 2, "answers": {"quiz-1": "b"}},
    )
    assert store.sessions.step_results(s.id) == [result]


def test_save_step_again_replaces_that_step(store: Store) -> None:
    child = cid(make_child(store))
    s = store.sessions.start(child, "u1", START)
    assert s.id is not None
    store.sessions.save_step(s.id, _step(s.id, "quiz", 1, answer="a", correct=False), {}, 1, 1000)
    store.sessions.save_step(s.id, _step(s.id, "talk", 2), {}, 2, 2000)
    store.sessions.save_step(s.id, _step(s.id, "quiz", 3, answer="b", correct=True), {}, 2, 3000)
    results = store.sessions.step_results(s.id)
    assert [(r.step_id, r.answer, r.correct) for r in results] == [("talk", None, None), ("quiz", "b", True)]


def test_save_progress_is_the_autosave(store: Store) -> None:
    child = cid(make_child(store))
    s = store.sessions.start(child, "u1", START)
    assert s.id is not None
    store.sessions.save_progress(s.id, {"paused": True}, 3, 30_000)
    got = store.sessions.get(s.id)
    assert got is not None and (got.snapshot, got.current_step, got.elapsed_ms) == (
        {"paused": True},
        3,
        30_000,
    )
    assert store.sessions.step_results(s.id) == []


def test_resume_after_reopen(db_file: Path, clock: FakeClock) -> None:
    with Store.open(db_file, clock=clock) as store:
        child = cid(make_child(store))
        s = store.sessions.start(child, "u1", START)
        assert s.id is not None
        store.sessions.save_step(s.id, _step(s.id, "story"), {"at": "quiz"}, 1, 65_000)
    with Store.open(db_file, clock=clock) as store:
        again = store.sessions.in_progress(child, "u1")
        assert again is not None and again.id == s.id
        assert (again.snapshot, again.current_step, again.elapsed_ms) == ({"at": "quiz"}, 1, 65_000)


def test_finish_and_finished_ids(store: Store) -> None:
    child = cid(make_child(store))
    other = cid(make_child(store, "Other"))
    s1 = store.sessions.start(child, "u2", START)
    s2 = store.sessions.start(child, "u1", START + timedelta(hours=1))
    s3 = store.sessions.start(child, "u3", START)
    store.sessions.start(other, "u9", START)
    assert s1.id and s2.id and s3.id
    store.sessions.finish(s2.id, START + timedelta(days=1), {"end": True}, elapsed_ms=900_000, current_step=7)
    store.sessions.finish(s1.id, START + timedelta(days=2), {"end": True})
    done = store.sessions.get(s2.id)
    assert done is not None
    assert (done.status, done.finished, done.elapsed_ms, done.current_step) == (
        "done",
        START + timedelta(days=1),
        900_000,
        7,
    )
    assert store.sessions.finished_activity_ids(child) == ["u1", "u2"]
    assert store.sessions.finished_activity_ids(other) == []
    # A finished activity can be run again; doing it twice lists it once.
    again = store.sessions.start(child, "u1", START + timedelta(days=3))
    assert again.id
    store.sessions.finish(again.id, START + timedelta(days=3), {})
    assert store.sessions.finished_activity_ids(child) == ["u1", "u2"]
    assert [s.activity_id for s in store.sessions.for_child(child)] == ["u2", "u3", "u1", "u1"]


def test_abandon_lets_a_new_run_start(store: Store) -> None:
    child = cid(make_child(store))
    s = store.sessions.start(child, "u1", START)
    assert s.id
    store.sessions.abandon(s.id, START + timedelta(minutes=3))
    got = store.sessions.get(s.id)
    assert got is not None and got.status == "abandoned"
    assert store.sessions.in_progress(child, "u1") is None
    assert store.sessions.finished_activity_ids(child) == []
    store.sessions.start(child, "u1", START + timedelta(days=1))


def test_closed_sessions_refuse_saves(store: Store) -> None:
    child = cid(make_child(store))
    s = store.sessions.start(child, "u1", START)
    assert s.id
    store.sessions.finish(s.id, START, {"final": 1})
    with pytest.raises(SessionConflict):
        store.sessions.save_step(s.id, _step(s.id, "late"), {"x": 1}, 9, 9)
    with pytest.raises(SessionConflict):
        store.sessions.save_progress(s.id, {"x": 1}, 9, 9)
    with pytest.raises(SessionConflict):
        store.sessions.finish(s.id, START, {})
    with pytest.raises(SessionConflict):
        store.sessions.abandon(s.id, START)
    # The refused step result was rolled back with the rest.
    assert store.sessions.step_results(s.id) == []
    got = store.sessions.get(s.id)
    assert got is not None and got.snapshot == {"final": 1}


def test_unknown_session(store: Store) -> None:
    with pytest.raises(RecordNotFound):
        store.sessions.save_step(999, _step(999, "a"), {}, 1, 1)
    with pytest.raises(RecordNotFound):
        store.sessions.save_progress(999, {}, 1, 1)
    with pytest.raises(ValueError):
        store.sessions.save_step(1, _step(2, "a"), {}, 1, 1)


def test_unserialisable_snapshot_writes_nothing(store: Store, db_file: Path) -> None:
    child = cid(make_child(store))
    s = store.sessions.start(child, "u1", START)
    assert s.id
    with pytest.raises(ValueError):
        store.sessions.save_step(s.id, _step(s.id, "a"), {"t": float("nan")}, 1, 1)
    with pytest.raises(TypeError):
        store.sessions.save_step(s.id, _step(s.id, "a", answer=object()), {}, 1, 1)
    assert raw_rows(db_file, "SELECT count(*) FROM step_result") == [(0,)]
