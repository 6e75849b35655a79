"""core/review.py: the review builder (weighting, the untaken choices, pledges, determinism, minutes) and
the rule for when a review is due (issue 17, item 6)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familysafe.core.content import Activity, QuizStep, ReflectStep, ScenarioStep
from familysafe.core.models import Pledge, RecallItem
from familysafe.core.review import (
    FinishedActivity,
    History,
    build_review,
    next_review_date,
    review_band,
    review_id,
)

BAND = "8-10"
MADE = datetime(2026, 3, 1, 10, 0)


def _acts(library: Any) -> list[Activity]:
    return library.for_band(BAND)


def _right(act: Activity) -> dict[str, Any]:
    """Answers with every quiz right and every story taken by its first choices."""
    out: dict[str, Any] = {}
    for step in act.steps:
        if isinstance(step, QuizStep):
            out[step.id] = {
                "choices": {
                    q.id: next(i for i, o in enumerate(q.options) if o.correct) for q in step.questions if not q.discuss
                }
            }
        if isinstance(step, ScenarioStep):
            nodes = {n.id: n for n in step.nodes}
            node, path = nodes[step.start], []
            while node.choices and not node.end and len(path) < 20:
                path.append(0)
                node = nodes[node.choices[0].next]
            out[step.id] = {"path": path, "ended": True}
    return out


def _cards(acts: list[Activity], box: int = 5) -> list[RecallItem]:
    return [RecallItem(1, a.recall_key(k.id), box=box, due=date(2026, 3, 1)) for a in acts for k in a.key_messages]


def _history(library: Any, **kw: Any) -> History:
    acts = _acts(library)
    finished = kw.pop("finished", [FinishedActivity(a, _right(a)) for a in acts])
    return History(BAND, finished, kw.pop("recall", _cards(acts)), kw.pop("pledges", ()))


def _remember(act: Any) -> Any:
    return next(s for s in act.steps if s.id == "remember")


def test_questions_answered_wrongly_and_low_boxes_come_first(library: Any) -> None:
    acts = _acts(library)
    wrong_act = next(a for a in acts if any(isinstance(s, QuizStep) for s in a.steps))
    quiz = next(s for s in wrong_act.steps if isinstance(s, QuizStep))
    q = next(q for q in quiz.questions if not q.discuss)
    answers = _right(wrong_act)
    answers[quiz.id]["choices"][q.id] = next(i for i, o in enumerate(q.options) if not o.correct)
    finished = [FinishedActivity(a, answers if a is wrong_act else _right(a)) for a in acts]
    cards = _cards(acts)
    hard = [cards[7].key, cards[20].key]
    cards[7] = RecallItem(1, hard[0], box=1, due=date(2026, 3, 1))
    cards[20] = RecallItem(1, hard[1], box=4, wrong=2, due=date(2026, 3, 1))
    history = _history(library, finished=finished, recall=cards)
    for seed in range(30):
        built = build_review(history, 1, seed)
        step = _remember(built)
        texts = [x.text for x in step.questions]
        assert q.text in texts, seed  # the wrong answer is always asked again, options and all
        asked = set(built.review.recall_keys.values())
        assert set(hard) <= asked, seed  # the hard cards always come
        replayed = next(x for x in step.questions if x.text == q.text)
        assert replayed.options == q.options and not replayed.discuss


def test_among_easy_cards_lower_boxes_are_asked_more(library: Any) -> None:
    acts = _acts(library)
    cards = [RecallItem(1, c.key, box=3 if i % 2 else 5, due=c.due) for i, c in enumerate(_cards(acts))]
    box = {c.key: c.box for c in cards}
    counts: Counter[int] = Counter()
    for seed in range(200):
        for key in build_review(_history(library, recall=cards), 1, seed).review.recall_keys.values():
            counts[box[key]] += 1
    assert counts[3] > 2 * counts[5], counts


def test_stories_are_replayed_with_the_choices_not_taken(library: Any) -> None:
    history = _history(library)
    built = build_review(history, 1, 7)
    replays = [s for s in built.steps if isinstance(s, ScenarioStep)]
    assert len(replays) == 2
    originals = {
        s.start + "|" + s.nodes[0].text: s for a in _acts(library) for s in a.steps if isinstance(s, ScenarioStep)
    }
    for rep in replays:
        orig = originals[rep.start + "|" + rep.nodes[0].text]
        taken = set()
        nodes = {n.id: n for n in orig.nodes}
        node = nodes[orig.start]
        while node.choices and not node.end:
            taken.add(node.id)
            node = nodes[node.choices[0].next]
        for new, old in zip(rep.nodes, orig.nodes, strict=True):
            if new.id in taken and len(old.choices) > 1:
                assert new.choices == old.choices[1:]  # the first choice, taken last time, is gone
            else:
                assert new.choices == old.choices
        assert orig.nodes[0].choices[0].text.rstrip(".!?") in rep.child


def _all_ways_end(nodes: dict[str, Any], node_id: str, depth: int = 0) -> bool:
    n = nodes[node_id]
    return n.end or (bool(n.choices) and depth < 30 and all(_all_ways_end(nodes, c.next, depth + 1) for c in n.choices))


def test_only_stories_played_are_replayed_and_every_way_through_still_ends(library: Any) -> None:
    acts = _acts(library)
    with_story = [a for a in acts if any(isinstance(s, ScenarioStep) for s in a.steps)]
    played, unplayed = with_story[0], with_story[1]
    built = build_review(
        History(BAND, [FinishedActivity(played, _right(played)), FinishedActivity(unplayed, {})]), 1, 3
    )
    replays = [s for s in built.steps if isinstance(s, ScenarioStep)]
    original = next(s for s in played.steps if isinstance(s, ScenarioStep))
    assert [r.nodes[0].text for r in replays] == [original.nodes[0].text]  # the story never played is left out
    for seed in range(20):
        for rep in (s for s in build_review(_history(library), 1, seed).steps if isinstance(s, ScenarioStep)):
            assert _all_ways_end({n.id: n for n in rep.nodes}, rep.start), rep.id


def test_pledges_are_revisited_in_turn_and_never_the_grown_ups(library: Any) -> None:
    own = [Pledge(1, "a", f"Promise {i}", "wellbeing", MADE, id=i) for i in (1, 2, 3)]
    grown = Pledge(1, "a", "The grown-up's promise", "wellbeing", MADE, id=4, by_grown_up=True)
    history = _history(library, pledges=[*own, grown])

    def revisited(n: int) -> list[str]:
        built = build_review(history, n, 1)
        steps = [s for s in built.steps if isinstance(s, ReflectStep)]
        assert [s.id for s in steps] == list(built.review.pledges)
        return [built.review.pledges[s.id][1] for s in steps if built.review.pledges[s.id][1] in s.child]

    assert revisited(1) == ["Promise 1", "Promise 2"]
    assert revisited(2) == ["Promise 3", "Promise 1"]
    assert "The grown-up's promise" not in str(build_review(history, 3, 1).model_dump())


def test_the_same_history_and_seed_build_the_same_review(library: Any) -> None:
    history = _history(library, pledges=[Pledge(1, "a", "Promise", "wellbeing", MADE, id=1)])
    a = build_review(history, 2, 12345)
    assert a.model_dump() == build_review(history, 2, 12345).model_dump()
    assert a.id == review_id(BAND, 2) == "review-8-10-2" and review_band(a.id) == BAND
    assert {build_review(history, 2, s).model_dump_json() for s in range(10)} != {a.model_dump_json()}
    # Its own JSON rebuilds it (what the session's snapshot keeps).
    assert type(a).model_validate(a.model_dump(mode="json")) == a


@settings(max_examples=40, deadline=None)
@given(
    picks=st.sets(st.integers(0, 25), max_size=26),
    cards=st.integers(0, 3),
    pledges=st.integers(0, 4),
    seed=st.integers(0, 2**32 - 1),
)
def test_minutes_add_up_to_fifteen_and_it_ends_with_who_to_tell(
    library: Any, picks: set[int], cards: int, pledges: int, seed: int
) -> None:
    acts = [a for i, a in enumerate(_acts(library)) if i in picks]
    history = History(
        BAND,
        [FinishedActivity(a, _right(a)) for a in acts],
        _cards(acts)[:cards],
        [Pledge(1, "a", f"Promise {i}", "wellbeing", MADE, id=i + 1) for i in range(pledges)],
    )
    built = build_review(history, 1, seed)
    assert abs(built.minutes - 15) <= 1
    assert all(0.5 <= s.minutes <= 8 for s in built.steps)
    assert built.steps[-1].id == "who-to-tell" and "tell" in built.steps[-1].child
    assert 2 <= len(built.steps) <= 12


# ---------------------------------------------------------------- when a review is due


def test_the_first_review_comes_one_cadence_after_the_year() -> None:
    done = date(2026, 6, 1)
    assert next_review_date(done, 14, []) == date(2026, 6, 15)
    assert next_review_date(done, 14, [date(2026, 6, 16)]) == date(2026, 6, 29)
    assert next_review_date(done, 7, [date(2026, 9, 1)]) > date(2026, 9, 1)
    assert next_review_date(date.max - timedelta(days=3), 28, []) == date.max
    with pytest.raises(ValueError):
        next_review_date(done, 0, [])


@settings(max_examples=200, deadline=None)
@given(
    cadence=st.sampled_from([7, 14, 28]),
    jumps=st.lists(st.tuples(st.integers(-400, 400), st.booleans()), max_size=40),
)
def test_under_clock_jumps_one_review_per_period_and_no_backlog(cadence: int, jumps: list[tuple[int, bool]]) -> None:
    done = date(2026, 6, 1)
    today = done
    finished: list[date] = []
    anchor = done + timedelta(days=cadence)
    for days, play in jumps:
        today = max(date(2000, 1, 1), today + timedelta(days=days))
        nxt = next_review_date(done, cadence, finished)
        due = today >= nxt
        assert nxt >= anchor and (nxt - anchor).days % cadence == 0
        assert all(nxt > d for d in finished)  # never due again on or before a day one was finished
        if due and play:
            finished.append(today)
            after = next_review_date(done, cadence, finished)
            assert after > today  # no backlog: one finished, the next waits for the next period
            assert (after - today).days <= cadence
    # At most one review in any period (periods counted from one cadence after the year).
    periods = [(d - anchor).days // cadence for d in finished]
    assert len(periods) == len(set(periods))
    assert all(d >= anchor for d in finished)
