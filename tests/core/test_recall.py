"""Leitner boxes for Remember? cards."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familysafe.core.models import RecallItem
from familysafe.core.recall import INTERVAL_DAYS, MAX_BOX, card_weight, choose_cards, is_due, new_item, review

TODAY = date(2026, 3, 2)


def test_a_new_card_starts_in_box_one_due_tomorrow() -> None:
    item = new_item(7, "act-1/tell", TODAY)
    assert item == RecallItem(child_id=7, key="act-1/tell", box=1, due=date(2026, 3, 3), seen=0, wrong=0)
    assert not is_due(item, TODAY)
    assert is_due(item, TODAY + timedelta(days=1))
    with pytest.raises(ValueError):
        new_item(7, "", TODAY)


def test_right_answers_climb_the_boxes_to_five_and_stay() -> None:
    item = new_item(1, "k", TODAY)
    boxes, gaps = [], []
    day = TODAY
    for _ in range(7):
        item = review(item, True, day)
        boxes.append(item.box)
        assert item.due is not None
        gaps.append((item.due - day).days)
        day = item.due
    assert boxes == [2, 3, 4, 5, 5, 5, 5]
    assert gaps == [3, 7, 14, 30, 30, 30, 30]
    assert item.seen == 7 and item.wrong == 0


def test_a_wrong_answer_goes_back_to_box_one() -> None:
    item = RecallItem(child_id=1, key="k", box=4, due=TODAY, seen=5, wrong=1)
    after = review(item, False, TODAY)
    assert after == RecallItem(child_id=1, key="k", box=1, due=TODAY + timedelta(days=1), seen=6, wrong=2)
    assert item.box == 4, "review returns a new value and leaves the old one alone"


def test_damaged_box_numbers_are_treated_as_the_nearest_box() -> None:
    assert review(RecallItem(1, "k", box=9), True, TODAY).box == MAX_BOX
    assert review(RecallItem(1, "k", box=-2), True, TODAY).box == 2
    assert card_weight(RecallItem(1, "k", box=0)) == card_weight(RecallItem(1, "k", box=1))


def test_weights_prefer_low_boxes_and_wrong_answers() -> None:
    assert card_weight(RecallItem(1, "a", box=1)) > card_weight(RecallItem(1, "b", box=2))
    assert card_weight(RecallItem(1, "a", box=5)) > 0
    assert card_weight(RecallItem(1, "a", box=3, wrong=2)) > card_weight(RecallItem(1, "b", box=3, wrong=1))


def cards() -> list[RecallItem]:
    return [
        RecallItem(1, "easy", box=5, due=TODAY - timedelta(days=1)),
        RecallItem(1, "hard", box=1, due=TODAY, wrong=3),
        RecallItem(1, "middling", box=3, due=None),
        RecallItem(1, "later", box=1, due=TODAY + timedelta(days=1), wrong=5),
    ]


def test_only_due_cards_are_chosen() -> None:
    for seed in range(50):
        chosen = choose_cards(cards(), TODAY, n=3, rng=random.Random(seed))
        assert {c.key for c in chosen} == {"easy", "hard", "middling"}
    assert choose_cards(cards(), TODAY - timedelta(days=10), n=2, rng=random.Random(1))[0].key == "middling"


def test_the_choice_is_weighted_towards_what_the_child_found_hard() -> None:
    firsts = Counter(
        choose_cards(cards(), TODAY, n=1, rng=random.Random(seed))[0].key for seed in range(2000)
    )
    assert firsts["hard"] > firsts["middling"] > firsts["easy"] > 0


def test_the_same_rng_gives_the_same_cards() -> None:
    items = [RecallItem(1, f"k{i}", box=1 + i % 5, wrong=i % 3) for i in range(20)]
    assert choose_cards(items, TODAY, 3, random.Random(42)) == choose_cards(
        items, TODAY, 3, random.Random(42)
    )


def test_edge_cases() -> None:
    assert choose_cards(cards(), TODAY, n=0) == []
    assert choose_cards(cards(), TODAY, n=-1) == []
    assert choose_cards([], TODAY) == []
    # A key that appears twice counts once.
    twice = [RecallItem(1, "same", due=None), RecallItem(1, "same", due=None)]
    assert len(choose_cards(twice, TODAY, n=2)) == 1


recall_items = st.builds(
    RecallItem,
    child_id=st.integers(min_value=1, max_value=3),
    key=st.sampled_from([f"act/{i}" for i in range(12)]),
    box=st.integers(min_value=1, max_value=5),
    due=st.none() | st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 1, 1)),
    seen=st.integers(min_value=0, max_value=50),
    wrong=st.integers(min_value=0, max_value=50),
)


@settings(max_examples=200, deadline=None)
@given(items=st.lists(recall_items, max_size=30), n=st.integers(min_value=0, max_value=6), seed=st.integers())
def test_choices_are_due_distinct_and_as_many_as_possible(items: list[RecallItem], n: int, seed: int) -> None:
    chosen = choose_cards(items, TODAY, n, random.Random(seed))
    idents = [(c.child_id, c.key) for c in chosen]
    assert len(idents) == len(set(idents))
    assert all(is_due(c, TODAY) for c in chosen)
    assert all(any(c is i for i in items) for c in chosen)
    first_of_each: dict[tuple[int, str], RecallItem] = {}
    for i in items:
        first_of_each.setdefault((i.child_id, i.key), i)
    due_count = len([i for i in first_of_each.values() if is_due(i, TODAY)])
    assert len(chosen) == min(n, due_count)


@settings(max_examples=200, deadline=None)
@given(answers=st.lists(st.booleans(), max_size=30))
def test_any_run_of_answers_keeps_the_card_sound(answers: list[bool]) -> None:
    item = new_item(1, "k", TODAY)
    day = TODAY
    for correct in answers:
        before = item
        item = review(item, correct, day)
        assert 1 <= item.box <= MAX_BOX
        assert item.due == day + timedelta(days=INTERVAL_DAYS[item.box])
        assert item.box == (min(before.box + 1, MAX_BOX) if correct else 1)
        day = item.due
    assert item.seen == len(answers)
    assert item.wrong == answers.count(False)
