"""A sitting together and a child's age groups: a unit done together counts in the band the child was in
that day (never in a band they move to), and an old follow-up's "Remember?" key never shows a question
twice beside its unit's own."""

from __future__ import annotations

from typing import Any

import pytest

from familysafe.core import recall
from familysafe.core.models import Family
from familysafe.services import growing
from familysafe.services import together as tg

pytestmark = pytest.mark.usefixtures("unit_one_example")


@pytest.fixture
def family(svc: Any) -> Any:
    svc.save_family(Family(name="Play", setup_step="done"))
    return svc


def _kids(svc: Any, *bands: str) -> list[Any]:
    kids = [svc.add_child(f"Child {i}", band, "fox") for i, band in enumerate(bands)]
    svc.refresh_schedule()
    return kids


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


def test_a_unit_done_together_on_the_day_of_a_move_counts_in_the_band_it_was_done_in(family: Any, clock: Any) -> None:
    svc = family
    small, middle = _kids(svc, "4-7", "8-10")
    moved = growing.move_band(svc, small, "8-10")  # the morning: moved up (8-10 starts today too)
    clock.advance(3600)
    tg.open_together(svc, [moved, middle], svc.library.family_for_unit(1)).play_to_end()  # the afternoon
    assert growing.done_by_band(svc, svc.store.children.get(small.id)) == {"8-10": 1}
