"""services.sessions.Session: every call that changes the play saves it, at once, and nothing more."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

import pytest

from familysafe.core.answers import PledgeAnswer, QuizAnswer, ReflectAnswer, default_answer
from familysafe.core.content import Activity
from familysafe.core.models import Family
from familysafe.core.session import SessionState
from familysafe.services.sessions import AUTOSAVE_SECONDS, Session


def _row(store: Any, s: Session) -> dict[str, Any]:
    """The session's row as a second connection sees it: what is on disk, committed."""
    conn = sqlite3.connect(store.path)
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT * FROM session WHERE id = ?", (s.record.id,)).fetchone()
        results = conn.execute("SELECT step_id, answer FROM step_result WHERE session_id = ?", (s.record.id,))
        out = dict(row)
        out["snapshot"] = json.loads(out["snapshot"])
        out["results"] = {r["step_id"]: json.loads(r["answer"]) if r["answer"] else None for r in results}
        return out
    finally:
        conn.close()


def _changes(store: Any) -> int:
    return int(store.db.conn.total_changes)


@pytest.fixture
def child(svc: Any) -> Any:
    svc.save_family(Family(name="Play", setup_step="done"))
    return svc.add_child("Child A", "8-10", "fox")


@pytest.fixture
def act(svc: Any, child: Any) -> Activity:
    # The first activity with a quiz, a pledge and a reflect step, so every kind of save is seen.
    todo = [svc.activity(a) for a in svc.overview(child).todo]
    return next(a for a in todo if {"quiz", "pledge", "reflect"} <= {s.kind for s in a.steps})


def _index(act: Activity, kind: str) -> int:
    return next(i for i, s in enumerate(act.steps) if s.kind == kind)


def test_an_answer_is_saved_at_once_with_the_place_and_time(svc: Any, store: Any, child: Any, act: Activity) -> None:
    s = svc.open_session(child, act)
    quiz = act.steps[_index(act, "quiz")]
    s.go_to(_index(act, "quiz"))
    choice = QuizAnswer({q.id: 0 for q in quiz.questions})
    s.answer(quiz.id, choice)
    row = _row(store, s)
    assert row["results"][quiz.id] == choice.to_json()
    assert row["snapshot"]["answers"][quiz.id]["answer"] == choice.to_json()
    assert row["snapshot"]["answers"][quiz.id]["correct"] == choice.score(quiz)
    assert row["current_step"] == _index(act, "quiz")
    assert s.answer_of(quiz.id) == choice


def test_an_answer_and_its_step_are_one_transaction(svc: Any, store: Any, child: Any, act: Activity) -> None:
    s = svc.open_session(child, act)
    calls: list[str] = []
    real_step, real_progress = store.sessions.save_step, store.sessions.save_progress
    store.sessions.save_step = lambda *a, **k: (calls.append("step"), real_step(*a, **k))
    store.sessions.save_progress = lambda *a, **k: (calls.append("progress"), real_progress(*a, **k))
    s.answer(act.steps[_index(act, "pledge")].id, PledgeAnswer(True))
    assert calls == ["step"]  # the answer, its step result and the session's place: one committed write


def test_an_answer_of_another_kind_is_refused(svc: Any, child: Any, act: Activity) -> None:
    s = svc.open_session(child, act)
    with pytest.raises(ValueError, match="pledge"):
        s.answer(act.steps[_index(act, "quiz")].id, PledgeAnswer(True))
    with pytest.raises(ValueError, match="no step"):
        s.answer("no-such-step", PledgeAnswer(True))


def test_next_and_back_save_the_step_done_and_the_place(
    svc: Any, store: Any, child: Any, act: Activity, clock: Any
) -> None:
    s = svc.open_session(child, act)
    clock.advance(40)
    assert s.next()
    row = _row(store, s)
    assert row["current_step"] == 1 and act.steps[0].id in row["snapshot"]["done_steps"]
    assert act.steps[0].id in row["results"]  # the step's result, with no answer
    assert row["elapsed_ms"] == 40_000
    clock.advance(5)
    assert s.back()
    row = _row(store, s)
    assert row["current_step"] == 0 and row["elapsed_ms"] == 45_000
    assert not s.back()  # the first step: nothing moves


def test_pause_resume_timer_and_extend_each_save(svc: Any, store: Any, child: Any, act: Activity, clock: Any) -> None:
    s = svc.open_session(child, act)
    clock.advance(10)
    s.pause()
    assert _row(store, s)["snapshot"]["state"] == "paused" and _row(store, s)["elapsed_ms"] == 10_000
    clock.advance(500)  # paused time never counts
    s.resume()
    assert _row(store, s)["snapshot"]["state"] == "running" and s.elapsed_seconds == 10
    s.set_timer(False)
    assert _row(store, s)["snapshot"]["timer_on"] is False and s.remaining_seconds is None
    s.set_timer(True)
    s.extend(300)
    snap = _row(store, s)["snapshot"]
    assert snap["step_extensions"][act.steps[0].id] == 300
    assert snap["total_extension"] == 0  # plenty of the session's time is left: only the step gets more
    clock.advance(890)
    s.extend(300)
    assert _row(store, s)["snapshot"]["total_extension"] == 300


def test_tick_saves_the_elapsed_time_every_30_seconds_of_the_clock(
    svc: Any, store: Any, child: Any, act: Activity, clock: Any
) -> None:
    s = svc.open_session(child, act)
    before = _changes(store)
    clock.advance(AUTOSAVE_SECONDS - 1)
    s.tick()
    assert _changes(store) == before  # not yet
    clock.advance(1)
    s.tick()
    assert _changes(store) > before and _row(store, s)["elapsed_ms"] == AUTOSAVE_SECONDS * 1000


def test_a_finished_session_is_saved_once_and_never_again(
    svc: Any, store: Any, child: Any, act: Activity, clock: Any
) -> None:
    s = svc.open_session(child, act)
    reflect = act.steps[_index(act, "reflect")]

    def answers(step: Any) -> Any:
        return ReflectAnswer("She told me about a chat.") if step is reflect else default_answer(step)

    s.play_to_end(answers)
    assert s.finished and _row(store, s)["status"] == "done"
    assert [p.text for p in svc.pledges()] == [act.steps[_index(act, "pledge")].pledge]  # the default answer agrees
    assert [n.text for n in svc.notes(child)] == ["She told me about a chat."]
    before = _changes(store)
    clock.advance(60)
    s.tick()
    s.pause()
    s.set_timer(False)
    s.extend(300)
    s.autosave()
    assert not s.next() and not s.back()
    s.answer(reflect.id, ReflectAnswer("later"))
    assert s.finish() == []
    assert s.leave() is None
    assert _changes(store) == before


def test_a_left_session_does_nothing_more(svc: Any, store: Any, child: Any, act: Activity, clock: Any) -> None:
    s = svc.open_session(child, act)
    clock.advance(20)
    s.leave()
    row = _row(store, s)
    assert row["snapshot"]["state"] == "paused" and row["elapsed_ms"] == 20_000 and s.left
    before = _changes(store)
    s.resume()
    s.answer(act.steps[_index(act, "pledge")].id, PledgeAnswer(True))
    s.next()
    s.tick()
    assert s.finish() == []
    assert _changes(store) == before  # nothing can overwrite data restored meanwhile


def test_a_reopened_session_resumes_where_it_was_saved(svc: Any, store: Any, child: Any, act: Activity) -> None:
    s = svc.open_session(child, act)
    played = s.play_steps(count=2)
    assert played == [act.steps[0].id, act.steps[1].id]
    s.answer(act.steps[2].id, _blank(act, 2))
    again = svc.open_session(child, act)  # as after a kill: only what was saved counts
    assert again.resumed and again.current_index == 2
    assert again.done_steps == frozenset(played)
    assert again.answers == s.answers
    assert again.state is SessionState.RUNNING


def test_a_session_saved_with_untyped_answers_still_loads(svc: Any, store: Any, child: Any, act: Activity) -> None:
    """A session saved before the answers were typed (the same JSON, written by the old views)."""
    s = svc.open_session(child, act)
    pledge, reflect = act.steps[_index(act, "pledge")], act.steps[_index(act, "reflect")]
    snap = s.snapshot()
    snap["answers"] = {
        pledge.id: {"answer": {"agreed": True}, "correct": None},
        reflect.id: {"answer": {"note": "kept"}, "correct": None},
        act.steps[0].id: {"answer": {"something": "else"}, "correct": None},  # a shape no kind has
    }
    store.db.execute("UPDATE session SET snapshot = ? WHERE id = ?", (json.dumps(snap), s.record.id))
    store.db.conn.commit()
    again = svc.open_session(child, act)
    assert again.resumed
    assert again.answer_of(pledge.id) == PledgeAnswer(True) and again.pledge_agreed
    assert again.answer_of(reflect.id) == ReflectAnswer("kept")
    again.play_to_end(lambda step: None)
    assert [n.text for n in svc.notes(child)] == ["kept"]


def test_play_to_end_returns_the_units_it_opened(svc: Any, child: Any, clock: Any) -> None:
    child.start_date = child.start_date.replace(year=child.start_date.year - 1)
    svc.update_child(child)
    svc.refresh_schedule()
    opened: list[int] = []
    for act in svc.library.unit_activities("8-10", 1):
        opened += svc.open_session(child, act).play_to_end()
    assert opened == [2]


def test_overview_only_reads(svc: Any, store: Any, child: Any, clock: Any) -> None:
    """Unit 2 is due, but looking does not record it: refresh_schedule (the home screen, the CLI) does."""
    for act in svc.library.unit_activities("8-10", 1):
        svc.open_session(child, act).play_to_end()
    clock.advance(60 * 86400)
    before = _changes(store)
    ov = svc.overview(child)
    assert _changes(store) == before
    assert {a.unit for a in ov.todo} == set()
    assert svc.refresh_schedule() == [(child, [2])]
    assert {a.unit for a in svc.overview(child).todo} == {2}


def _blank(act: Activity, i: int) -> Any:
    from familysafe.core.answers import ANSWERS

    return ANSWERS[act.steps[i].kind]()

