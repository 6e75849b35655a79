"""services.together: a sitting of brothers and sisters, each child's progress their own (issue 18),
and in the age group the child was in that day."""

from __future__ import annotations

from typing import Any

import pytest

from familysafe.core import recall
from familysafe.core.answers import PledgeAnswer, QuizAnswer, ScenarioAnswer, default_answer
from familysafe.core.models import Family
from familysafe.services import growing
from familysafe.services import together as tg
from familysafe.services.exporting import export_data, tables

# The engine's own example of unit 1 (with a 14-17 follow-up), not the shipped words.
pytestmark = pytest.mark.usefixtures("unit_one_example")


@pytest.fixture
def family(svc: Any) -> Any:
    svc.save_family(Family(name="Play", setup_step="done"))
    return svc


def _kids(svc: Any, *bands: str) -> list[Any]:
    kids = [svc.add_child(f"K{i}", band, "fox") for i, band in enumerate(bands)]
    svc.refresh_schedule()
    return kids


def _play(s: tg.TogetherSession) -> None:
    """Answer every turn (the first option) and agree to the promise, then finish."""
    while True:
        step = s.current_step
        if step.kind == "quiz":
            s.answer(step.id, QuizAnswer({q.id: 0 for q in step.questions}))  # type: ignore[attr-defined]
        elif step.kind == "scenario":
            s.answer(step.id, ScenarioAnswer((0,)))
        elif step.kind == "pledge":
            s.answer(step.id, PledgeAnswer(True, grown_up=True))
        if not s.next():
            break
    s.finish()


def _answers(svc: Any, child: Any, fam_id: str) -> dict[str, Any]:
    [rec] = [r for r in svc.store.sessions.for_child(child.id) if r.activity_id == fam_id]
    return {r.step_id: r.answer for r in svc.store.sessions.step_results(rec.id)}


def test_a_6_and_a_13_year_old_each_answer_their_own_version_and_both_finish_the_unit(family: Any) -> None:
    svc = family
    teen, small = _kids(svc, "11-13", "4-7")
    fam = svc.library.family_for_unit(1)
    assert tg.can_do_together(svc)
    s = tg.open_together(svc, [teen, small], fam)
    assert [c.nickname for c in s.children] == [small.nickname, teen.nickname]  # youngest first
    turns = [(st.id, s.turn_of(st.id)) for st in s.activity.steps]
    owners = [c.id for _, c in turns if c is not None]
    assert owners == [small.id, teen.id]
    assert s.activity.step(f"our-turn-c{small.id}").kind == "quiz"  # the 4-7 version
    assert s.activity.step(f"our-turn-c{teen.id}").kind == "scenario"  # the 11-13 version
    assert s.helper_of(f"our-turn-c{teen.id}") and s.helper_of(f"our-turn-c{small.id}") is None
    _play(s)
    small_ans, teen_ans = _answers(svc, small, fam.id), _answers(svc, teen, fam.id)
    assert small_ans["our-turn"] == {"choices": {"fam-u01-b47-feel": 0}}
    assert teen_ans["our-turn"] == {"path": [0]}
    assert small_ans["hello-team"] is None and "hello-team" in teen_ans  # the shared steps: everyone's
    for child, band_id in ((small, "b47-u01"), (teen, "b1113-u01")):
        ov = svc.overview(child)
        assert any(a.id.startswith(band_id) for a in ov.done), "the band's unit badge"
        assert 1 in svc._finished_units(child)
        assert {r.key for r in svc.store.recall.for_child(child.id)} >= {"fam-u01-tell-team/tell-team"}
    pledges = svc.pledges()
    kids_promises = [p for p in pledges if not p.by_grown_up]
    assert sorted(p.child_id for p in kids_promises) == sorted([small.id, teen.id])
    assert len({p.text for p in kids_promises}) == 1
    assert len([p for p in pledges if p.by_grown_up]) == 1  # the grown-up's promise, once


def test_a_unit_with_teen_content_keeps_the_teens_part_apart_and_the_unit_open_until_done(family: Any) -> None:
    svc = family
    small, teen = _kids(svc, "4-7", "14-17")
    fam = svc.library.family_for_unit(1)
    s = tg.open_together(svc, [small, teen], fam)
    assert [c.id for c, _ in s.kept_apart()] == [teen.id]
    assert "Kept for later with" in s.activity.steps[0].grown_up  # the grown-up's panel says why
    assert not any(st.id.startswith("teen-") for st in s.activity.steps)  # never in front of the young one
    _play(s)
    assert 1 in svc._finished_units(small)
    assert 1 not in svc._finished_units(teen)
    assert not any(a.unit == 1 for a in svc.overview(teen).done)
    [follow] = tg.pending_follow_ups(svc, teen)
    assert follow.id == fam.follow_up_id("14-17") and follow.band == "14-17"
    solo = svc.open_session(teen, follow)
    solo.play_to_end()
    assert tg.pending_follow_ups(svc, teen) == []
    assert 1 in svc._finished_units(teen)


def test_with_nobody_younger_the_follow_up_is_played_at_the_end_for_that_child(family: Any) -> None:
    svc = family
    a, b = _kids(svc, "11-13", "14-17")
    fam = svc.library.family_for_unit(1)
    s = tg.open_together(svc, [a, b], fam)
    assert s.kept_apart() == []
    tail = [st.id for st in s.activity.steps][-2:]
    assert tail == [f"teen-serious-c{b.id}", f"teen-who-c{b.id}"]
    assert s.turn_of(tail[0]) == b
    _play(s)
    assert "teen-who" in _answers(svc, b, fam.id) and "teen-who" not in _answers(svc, a, fam.id)
    assert 1 in svc._finished_units(b)


def test_leaving_and_coming_back_resumes_with_each_childs_answers(family: Any, clock: Any) -> None:
    svc = family
    small, teen = _kids(svc, "4-7", "11-13")
    fam = svc.library.family_for_unit(1)
    s = tg.open_together(svc, [small, teen], fam)
    s.play_steps(count=2)
    s.answer(s.current_step.id, QuizAnswer({"fam-u01-b47-feel": 1}))
    s.next()
    s.answer(s.current_step.id, ScenarioAnswer((1,)))
    clock.advance(40)
    s.leave()
    [u] = tg.unfinished(svc)
    assert [c.id for c in u.children] == [small.id, teen.id]
    again = tg.resume_together(svc, u.together_id)
    assert again is not None and again.resumed
    assert again.current_step.id == f"our-turn-c{teen.id}"
    assert again.answer_of(f"our-turn-c{small.id}") == QuizAnswer({"fam-u01-b47-feel": 1})
    assert again.answer_of(f"our-turn-c{teen.id}") == ScenarioAnswer((1,))
    assert _answers(svc, small, fam.id)["our-turn"] == {"choices": {"fam-u01-b47-feel": 1}}
    same = tg.open_together(svc, [teen, small], fam)  # "Do it together" with the same children resumes too
    assert same.together.id == u.together_id


def test_fewer_than_two_or_more_than_four_children_is_refused(family: Any) -> None:
    svc = family
    kids = _kids(svc, "4-7", "8-10", "11-13", "14-17", "4-7")
    fam = svc.library.family_for_unit(1)
    with pytest.raises(ValueError, match="2 to 4"):
        tg.open_together(svc, kids[:1], fam)
    with pytest.raises(ValueError, match="2 to 4"):
        tg.open_together(svc, kids, fam)


def test_export_round_trips_a_together_session(family: Any) -> None:
    import json

    svc = family
    small, teen = _kids(svc, "4-7", "11-13")
    fam = svc.library.family_for_unit(1)
    s = tg.open_together(svc, [small, teen], fam)
    s.play_to_end(answers=default_answer)
    data = export_data(svc.store)
    back = json.loads(json.dumps(data))
    assert back == data
    for part in back["children"]:
        [sitting] = part["together"]
        assert sitting["activity_id"] == fam.id and sitting["status"] == "done"
        [own] = [x for x in part["sessions"] if x["together_id"] == sitting["id"]]
        assert own["id"] == sitting["session_id"] and own["status"] == "done"
        assert {st["step_id"] for st in own["steps"]} >= {"hello-team", "our-turn", "our-promise"}
    rows = tables(back)["together"]
    assert sorted(r["child_id"] for r in rows) == sorted([small.id, teen.id])
    one = export_data(svc.store, teen.id)
    assert [t["activity_id"] for t in one["children"][0]["together"]] == [fam.id]


def test_erasing_a_child_leaves_no_trace_of_them_in_a_sitting(family: Any) -> None:
    import sqlite3

    svc = family
    small, teen, other = _kids(svc, "4-7", "11-13", "8-10")
    fam = svc.library.family_for_unit(1)
    done = tg.open_together(svc, [small, teen], fam)
    done.play_to_end()
    s = tg.open_together(svc, [teen, other], fam)  # teen already finished unit 1 here: a second sitting
    s.play_steps(count=3)
    svc.erase_child(teen)
    conn = sqlite3.connect(svc.store.path)
    try:
        snapshots = [r[0] for r in conn.execute("SELECT snapshot FROM together")]
        seats = conn.execute("SELECT count(*) FROM together_child WHERE child_id = ?", (teen.id,)).fetchone()[0]
    finally:
        conn.close()
    assert seats == 0
    assert all(f"-c{teen.id}" not in snap for snap in snapshots)
    assert len(snapshots) == 1  # the finished sitting stays for the younger child (it keeps no answers)
    assert tg.open_together(svc, [small, other], fam).together.id is not None  # a new sitting can start


def _finish_unit(svc: Any, child: Any, unit: int) -> None:
    """The child finishes their band's activities of `unit` on their own."""
    from parent_helpers import finish

    for a in [a for a in svc.overview(child).todo if a.unit == unit]:
        finish(svc, child, a)


def test_children_on_different_units_share_only_the_units_open_for_all_and_each_is_done_for_that_unit(
    family: Any,
) -> None:
    svc = family
    small, middle, teen = _kids(svc, "4-7", "8-10", "11-13")
    svc.unlock_next_early(small)  # the youngest is behind: units 1 and 2 open
    _finish_unit(svc, teen, 1)
    svc.unlock_next_early(teen)  # the teen did unit 1 alone: unit 2 open
    assert tg.open_units(svc, small) == [1, 2]
    assert tg.open_units(svc, middle) == [1]
    assert tg.open_units(svc, teen) == [2]
    assert tg.common_units(svc, [small, teen]) == [2]
    assert tg.common_units(svc, [small, middle]) == [1]
    assert tg.common_units(svc, [middle, teen]) == []  # unit 1 for one, unit 2 for the other
    assert tg.common_units(svc, [small, middle, teen]) == []
    assert tg.can_do_together(svc)
    s = tg.open_together(svc, [small, teen], svc.library.family_for_unit(2))
    _play(s)
    assert tg.open_units(svc, small) == [1]  # unit 2 done through the sitting, unit 1 still to do
    assert 2 in svc._finished_units(small) and 1 not in svc._finished_units(small)
    assert 2 in svc._finished_units(teen)
    assert [r.unit for r, _ in svc.store.together.for_child(teen.id)] == [2]
    assert tg.common_units(svc, [small, middle]) == [1]


def test_do_it_together_is_not_offered_when_no_two_children_have_a_unit_open_in_common(family: Any) -> None:
    svc = family
    small, teen = _kids(svc, "4-7", "11-13")
    _finish_unit(svc, teen, 1)
    svc.unlock_next_early(teen)
    assert tg.open_units(svc, small) == [1] and tg.open_units(svc, teen) == [2]
    assert not tg.can_do_together(svc)
    svc.unlock_next_early(small)  # the youngest's unit 2 opens early: now both have it open
    assert tg.can_do_together(svc) and list(tg.units_to_share(svc)) == [2]


def _to_promise(s: tg.TogetherSession) -> None:
    while s.current_step.kind != "pledge":
        s.next()


def test_the_promise_goes_into_the_agreement_once_naming_only_the_children_who_agreed(family: Any) -> None:
    from familysafe.services.printing import agreement_rows

    svc = family
    small, middle, teen = _kids(svc, "4-7", "8-10", "11-13")
    fam = svc.library.family_for_unit(1)
    s = tg.open_together(svc, [teen, small, middle], fam)
    _to_promise(s)
    step = s.current_step
    s.answer(step.id, PledgeAnswer(True, grown_up=True, who=(teen.id, small.id)))  # the middle one: not yet
    assert [c.id for c in s.agreed()] == [small.id, teen.id]
    s.leave()
    again = tg.resume_together(svc, s.together.id)  # killed and resumed: each child's tick is kept
    assert again is not None and again.answer_of(step.id) == PledgeAnswer(True, True, (teen.id, small.id))
    own = {c.id: _answers(svc, c, fam.id)["our-promise"] for c in (small, middle, teen)}
    assert own == {small.id: {"agreed": True, "grown_up": True}, middle.id: {"agreed": False, "grown_up": True},
                   teen.id: {"agreed": True, "grown_up": True}}  # fmt: skip
    again.play_to_end(lambda st: None if st.kind == "pledge" else default_answer(st))  # the ticks stay
    kids = [p for p in svc.pledges() if p.activity_id == fam.id and not p.by_grown_up]
    assert sorted(p.child_id for p in kids) == sorted([small.id, teen.id])
    assert len([p for p in svc.pledges() if p.by_grown_up]) == 1
    assert 1 in svc._finished_units(middle)  # not agreeing never blocks finishing
    names = {c.id: c.nickname for c in (small, middle, teen)}
    [row] = [r for r in agreement_rows(svc.pledges(), names) if r.child == step.pledge]  # once
    assert row.who == (small.nickname, teen.nickname) and row.grown_up
    exported = {p["child"]["id"]: p["pledges"] for p in export_data(svc.store)["children"]}
    assert [p["text"] for p in exported[middle.id]] == []
    assert [p["text"] for p in exported[small.id] if not p["by_grown_up"]] == [step.pledge]


def test_a_promise_saved_before_agreement_was_per_child_still_counts_for_everyone(family: Any) -> None:
    svc = family
    small, teen = _kids(svc, "4-7", "11-13")
    s = tg.open_together(svc, [small, teen], svc.library.family_for_unit(1))
    _to_promise(s)
    s.answer(s.current_step.id, PledgeAnswer(True))  # no `who`: the one "we agree" of before
    s.play_to_end()
    assert sorted(p.child_id for p in svc.pledges() if not p.by_grown_up) == sorted([small.id, teen.id])


def test_nobody_agreeing_adds_no_promise_and_the_sitting_still_finishes(family: Any) -> None:
    svc = family
    small, teen = _kids(svc, "4-7", "11-13")
    s = tg.open_together(svc, [small, teen], svc.library.family_for_unit(1))
    _to_promise(s)
    s.answer(s.current_step.id, PledgeAnswer(False, who=()))
    s.play_to_end(lambda st: None if st.kind == "pledge" else default_answer(st))
    assert svc.pledges() == [] and s.agreed() == []
    assert all(1 in svc._finished_units(c) for c in (small, teen))


def test_the_topic_bars_count_the_quizzes_each_child_answered_in_a_sitting(family: Any) -> None:
    from familysafe.services import progress

    svc = family
    small, middle, teen = _kids(svc, "4-7", "8-10", "14-17")
    fam = svc.library.family_for_unit(1)
    s = tg.open_together(svc, [teen, middle, small], fam)
    right = {small.id: True, middle.id: False}

    def answer(step: Any) -> Any:
        who = s.turn_of(step.id)
        if step.kind == "quiz" and who is not None:  # the right option for the youngest, a wrong one else
            want = right.get(who.id or 0, True)
            pick = {q.id: next((i for i, o in enumerate(q.options) if o.correct == want), 0) for q in step.questions}
            return QuizAnswer(pick)
        return default_answer(step)

    s.play_to_end(answer)
    assert svc.progress(small).quiz_by_strand == {fam.strand: (1, 1)}
    assert svc.progress(middle).quiz_by_strand == {fam.strand: (0, 1)}
    assert svc.progress(teen).quiz_by_strand == {}  # the 14-17 question is for discussion: never scored
    topics = progress.year_at_a_glance(svc, small).topics  # what the Progress tab draws its bars from
    assert [(t.strand, t.right, t.asked) for t in topics] == [(fam.strand, 1, 1)]


def test_a_follow_up_adds_no_remember_cards_that_could_never_be_shown(family: Any, clock: Any) -> None:
    svc = family
    small, teen = _kids(svc, "4-7", "14-17")
    fam = svc.library.family_for_unit(1)
    tg.open_together(svc, [small, teen], fam).play_to_end()
    [follow] = tg.pending_follow_ups(svc, teen)
    svc.open_session(teen, follow).play_to_end()
    keys = {r.key for r in svc.store.recall.for_child(teen.id)}
    assert keys == {fam.recall_key(k.id) for k in fam.key_messages}  # the unit's cards, once, no follow-up's own
    # A family that did a follow-up before this fix has a follow-up's key, and cards whose activity is gone:
    # drawn first, they were never shown nor answered, so they stayed due and kept the real cards away.
    today = clock.now().date()
    old = fam.recall_key(fam.key_messages[0].id).replace(fam.id, fam.follow_up_id("14-17"))
    svc.store.recall.upsert(recall.RecallItem(teen.id, old, box=1, due=today, wrong=5))
    for i in range(30):
        svc.store.recall.upsert(recall.RecallItem(teen.id, f"gone-activity/m{i}", box=1, due=today, wrong=9))
    clock.advance(3 * 86400)
    for _ in range(20):
        [card] = svc.recall_cards(teen, 1)
        assert not card.key.startswith("gone-activity/") and card.activity_title == fam.title
    # The old follow-up key, beside its unit's own key for the same message, is one card: the unit's.
    assert {c.key for c in svc.recall_cards(teen, 10)} == {fam.recall_key(k.id) for k in fam.key_messages}


def test_a_unit_done_together_counts_once_as_the_bands_activity(family: Any) -> None:
    svc = family
    small, middle = _kids(svc, "4-7", "8-10")
    fam = svc.library.family_for_unit(1)
    _play(tg.open_together(svc, [small, middle], fam))
    from familysafe.services import growing

    for child, band in ((small, "4-7"), (middle, "8-10")):
        ov = svc.overview(child)
        assert len(ov.done) == 1
        assert ov.done_in_all == 1, "the sitting and the band's unit counted as two activities"
        assert growing.done_by_band(svc, child) == {band: 1}


# ---------------------------------------------------------------- a sitting and the child's age groups
def test_a_follow_up_key_kept_from_before_never_shows_the_same_question_twice(family: Any, clock: Any) -> None:
    svc = family
    small, teen = _kids(svc, "4-7", "14-17")
    fam = svc.library.family_for_unit(1)
    tg.open_together(svc, [small, teen], fam).play_to_end()
    # What a follow-up finished before today's change left: its own key for the unit's first message.
    old = fam.recall_key(fam.key_messages[0].id).replace(fam.id, fam.follow_up_id("14-17"))
    svc.store.recall.upsert(recall.RecallItem(teen.id, old, box=1, due=clock.now().date(), wrong=5))
    clock.advance(30 * 86400)
    for _ in range(40):
        questions = [c.question for c in svc.recall_cards(teen, 2)]
        assert len(questions) == len(set(questions)), "the same Remember? question twice in one session"


def test_a_unit_done_together_is_not_done_in_a_band_the_child_moves_to(family: Any, clock: Any) -> None:
    svc = family
    small, middle = _kids(svc, "4-7", "8-10")
    fam = svc.library.family_for_unit(1)
    tg.open_together(svc, [small, middle], fam).play_to_end()
    clock.advance(60)  # the move comes after the sitting
    moved = growing.move_band(svc, small, "8-10")
    assert growing.done_by_band(svc, moved) == {"4-7": 1}  # today's count: right
    done = {a.id for a in svc.overview(moved).done}
    assert not done & set(svc.unit_activity_ids("8-10", 1)), "8-10 unit 1 shown done, never played in 8-10"


def test_a_unit_done_together_after_moving_back_counts_in_the_band_the_child_is_back_in(
    family: Any, clock: Any
) -> None:
    svc = family
    small, big = _kids(svc, "4-7", "4-7")
    clock.advance(10 * 86400)
    growing.move_band(svc, small, "8-10")
    clock.advance(10 * 86400)
    back = growing.move_band(svc, svc.store.children.get(small.id), "4-7")  # 4-7 keeps its first start day
    clock.advance(10 * 86400)
    svc.refresh_schedule()
    tg.open_together(svc, [back, big], svc.library.family_for_unit(1)).play_to_end()
    assert growing.done_by_band(svc, svc.store.children.get(small.id)) == {"4-7": 1}


def test_a_sitting_counts_in_the_band_it_was_sat_in_whatever_moves_come_after(family: Any, clock: Any) -> None:
    """4-7, 8-10, back to 4-7 (a sitting there), then 8-10 again: the band rows alone (each band's first
    start and last leaving) cannot place that sitting; the child's own session of it says 4-7."""
    svc = family
    small, big = _kids(svc, "4-7", "4-7")

    def move(band: str) -> Any:
        clock.advance(10 * 86400)
        return growing.move_band(svc, svc.store.children.get(small.id), band)

    move("8-10")
    back = move("4-7")
    clock.advance(86400)
    svc.refresh_schedule()
    tg.open_together(svc, [back, big], svc.library.family_for_unit(1)).play_to_end()
    again = move("8-10")
    assert growing.done_by_band(svc, again) == {"4-7": 1}
    assert not {a.id for a in svc.overview(again).done} & set(svc.unit_activity_ids("8-10", 1))
    own = [r for r in svc.store.sessions.for_child(small.id) if r.together_id is not None]
    assert [r.snapshot.get("band") for r in own] == ["4-7"]


def test_a_unit_done_together_on_the_day_of_a_move_counts_in_the_band_it_was_done_in(family: Any, clock: Any) -> None:
    svc = family
    small, middle = _kids(svc, "4-7", "8-10")
    moved = growing.move_band(svc, small, "8-10")  # the morning: moved up (8-10 starts today too)
    clock.advance(3600)
    tg.open_together(svc, [moved, middle], svc.library.family_for_unit(1)).play_to_end()  # the afternoon
    assert growing.done_by_band(svc, svc.store.children.get(small.id)) == {"8-10": 1}
