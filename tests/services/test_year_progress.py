"""services.progress: the year at a glance and the end of a year, read from a history built by playing
units as a family would (issue 17, items 4 and 5)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from familysafe.core.models import Family
from familysafe.services import progress
from year_helpers import core_activity, play_units


@pytest.fixture
def child_a(svc: Any) -> Any:
    svc.save_family(Family(name="Rivers", setup_step="done"))
    return svc.add_child("Child A", "8-10", "fox")


def _states(path: Any) -> list[str]:
    return [u.state.value for u in path.units]


def test_done_open_next_and_locked_on_a_built_history(svc: Any, clock: Any, child_a: Any) -> None:
    play_units(svc, clock, child_a, range(1, 4))  # units 1-3, each on its day (days 0, 14 and 28)
    year = progress.year_at_a_glance(svc, child_a)
    [path] = year.bands
    assert path.band == "8-10" and path.current and path.total == 26 and path.done == 3
    start = child_a.start_date
    assert [(u.unit, u.when) for u in path.units[:3]] == [
        (1, start),
        (2, start + timedelta(days=14)),
        (3, start + timedelta(days=28)),
    ]
    # Unit 4 is due on day 42: the next one, with its date; the rest are locked.
    assert _states(path) == ["done"] * 3 + ["next"] + ["locked"] * 22
    nxt = path.units[3]
    assert nxt.when == start + timedelta(days=42) and not nxt.waiting_for_finish
    assert path.units[3].title == svc.unit_title(core_activity(svc, "8-10", 4))
    # The grown-up opens unit 4 early: open; unit 5 becomes the next, waiting for unit 4 to be done.
    assert svc.unlock_next_early(child_a) == 4
    path = progress.year_at_a_glance(svc, child_a).bands[0]
    assert _states(path)[:6] == ["done", "done", "done", "open", "next", "locked"]
    assert path.units[4].waiting_for_finish and path.units[4].when == start + timedelta(days=56)
    assert not path.complete and year.finished == 3


def test_quiz_bars_count_right_and_asked_by_topic(svc: Any, clock: Any, child_a: Any) -> None:
    play_units(svc, clock, child_a, range(1, 5), wrong=frozenset({2}))
    year = progress.year_at_a_glance(svc, child_a)
    expected = svc.progress(child_a).quiz_by_strand
    assert {t.strand: (t.right, t.asked) for t in year.topics} == expected
    # Unit 2's quiz was answered wrong: its topic has fewer right than asked, the others all right.
    wrong_strand = core_activity(svc, "8-10", 2).strand
    by = {t.strand: t for t in year.topics}
    assert by[wrong_strand].right < by[wrong_strand].asked
    assert all(t.right == t.asked for t in year.topics if t.strand != wrong_strand)
    assert sum(t.asked for t in year.topics) >= 4
    # In the strands' order.
    from familysafe.core.content import STRANDS

    assert [t.strand for t in year.topics] == [s for s in STRANDS if s in by]


def test_one_row_per_band_with_history(svc: Any, clock: Any, child_a: Any) -> None:
    child_a.age_band = "4-7"
    svc.update_child(child_a)
    play_units(svc, clock, child_a, range(1, 3))
    child_a.age_band = "8-10"  # moved up (as the bands work will do it: here only the band changes)
    svc.update_child(child_a)
    year = progress.year_at_a_glance(svc, child_a)
    assert [(b.band, b.current) for b in year.bands] == [("4-7", False), ("8-10", True)]
    young = year.bands[0]
    assert young.done == 2 and _states(young)[2:] == ["not_done"] * 24
    assert year.finished == 2


def test_the_year_ends_with_unit_26_and_not_before(svc: Any, clock: Any, child_a: Any) -> None:
    play_units(svc, clock, child_a, range(1, 26))
    act25 = core_activity(svc, "8-10", 25)
    assert not progress.finishes_year(svc, child_a, act25)
    assert not progress.year_complete(svc, child_a, "8-10")
    last = core_activity(svc, "8-10", 26)
    assert not progress.finishes_year(svc, child_a, last)  # not finished yet
    play_units(svc, clock, child_a, [26])
    assert progress.finishes_year(svc, child_a, last)
    assert progress.year_complete(svc, child_a, "8-10")
    assert progress.year_at_a_glance(svc, child_a).bands[0].complete
    # Played again later, it is no new end of the year.
    clock.advance(3600)
    svc.open_session(child_a, last).play_to_end()
    assert not progress.finishes_year(svc, child_a, last)


def test_year_review_topics_pledges_badges_and_the_favourite(svc: Any, clock: Any, child_a: Any) -> None:
    play_units(svc, clock, child_a, range(1, 27))
    review = progress.year_review(svc, child_a, "8-10")
    assert review.complete and review.units_done == review.total_units == 26
    assert review.nickname == "Child A" and review.band == "8-10"
    assert review.first_day == child_a.start_date and review.last_day == child_a.start_date + timedelta(days=25 * 14)
    assert review.years == "2026"
    acts = [core_activity(svc, "8-10", u) for u in range(1, 27)]
    assert {t.strand for t in review.topics} == {a.strand for a in acts}
    assert sum(len(t.units) for t in review.topics) == 26
    assert [b.badge for b in review.badges] == [a.badge for a in acts]
    child_pledges = {p.text for p in svc.store.pledges.for_child(child_a.id) if not p.by_grown_up}
    assert {p.text for p in review.pledges if not p.by_grown_up} == child_pledges and child_pledges
    # No "Remember?" answers yet: the favourite is the badge earned last.
    assert review.favourite is not None and review.favourite.unit == 26
    assert sum(b.favourite for b in review.badges) == 1
    # The child remembers unit 5's lesson twice: that badge becomes the favourite.
    for key in [f"{acts[4].id}/{k.id}" for k in acts[4].key_messages][:1]:
        svc.answer_recall(child_a, key, True)
        svc.answer_recall(child_a, key, True)
    assert progress.year_review(svc, child_a, "8-10").favourite.unit == 5  # type: ignore[union-attr]


def test_a_year_across_new_year_names_both_years(svc: Any, clock: Any, child_a: Any) -> None:
    child_a.start_date = child_a.start_date.replace(month=9, day=1)
    svc.update_child(child_a)
    play_units(svc, clock, child_a, range(1, 27))
    review = progress.year_review(svc, child_a, "8-10")
    assert review.years == "2026\u20132027"


def test_the_year_ends_once_when_the_last_unit_was_opened_early(svc: Any, clock: Any, child_a: Any) -> None:
    play_units(svc, clock, child_a, range(1, 25))
    assert svc.unlock_next_early(child_a) == 25 and svc.unlock_next_early(child_a) == 26
    last, before = core_activity(svc, "8-10", 26), core_activity(svc, "8-10", 25)
    svc.open_session(child_a, last).play_to_end()  # the grown-up opened both: unit 26 first
    assert progress.finishes_year(svc, child_a, last)
    svc.open_session(child_a, before).play_to_end()
    assert not progress.finishes_year(svc, child_a, before), "unit 25 afterwards is no second end of the year"
