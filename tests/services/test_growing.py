"""Moving a child up (or back) an age band through services.growing (issue 17, items 1 to 3 and the nudge)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from growing_helpers import finish_fast, finish_open

from familysafe.core.clock import FakeClock
from familysafe.core.models import Family
from familysafe.services import growing
from familysafe.services.errors import FamilyError

DAY = 86400


@pytest.fixture
def child_g(svc: Any) -> Any:
    svc.save_family(Family(name="Growing", setup_step="done"))
    return svc.add_child("Child G", "4-7", "owl")


def _ten_units(svc: Any, clock: FakeClock, child: Any) -> None:
    """Ten 4-7 units done, one a fortnight, as the family of issue 17 did."""
    for _ in range(10):
        assert finish_open(svc, child) is not None
        clock.advance(14 * DAY)
        svc.refresh_unlocks(child)


def test_moving_up_after_ten_units_opens_only_unit_1(svc: Any, clock: FakeClock, child_g: Any) -> None:
    _ten_units(svc, clock, child_g)
    assert svc.unlocked_units(child_g) == set(range(1, 12))
    moved = growing.move_band(svc, child_g, "8-10")
    assert (moved.age_band, moved.start_date) == ("8-10", clock.now().date())
    assert svc.unlocked_units(moved) == {1}  # not units 1 to 11, as before the fix
    ov = svc.overview(moved)
    assert [a.unit for a in ov.todo] == [1]
    assert ov.done == [] and ov.done_in_all == 10  # the home card: 0 of this band, 10 in all
    assert svc.progress(moved).finished == 10
    assert svc.progress(moved).by_band == {"4-7": 10}
    # No backlog: finishing unit 1 at once opens nothing; unit 2 comes a cadence period after the move.
    finish_open(svc, moved)
    assert svc.unlocked_units(moved) == {1}
    nxt = svc.overview(moved).next_unlock
    assert nxt is not None and (nxt.unit, nxt.date) == (2, clock.now().date() + timedelta(days=14))
    clock.advance(14 * DAY)
    assert svc.refresh_unlocks(moved) == [2]


def test_moving_back_restores_the_earlier_band_where_it_was_left(svc: Any, clock: FakeClock, child_g: Any) -> None:
    _ten_units(svc, clock, child_g)
    started = child_g.start_date
    before = svc.unlocked_units(child_g)
    up = growing.move_band(svc, child_g, "8-10")
    finish_open(svc, up)
    clock.advance(3 * DAY)
    back = growing.move_band(svc, up, "4-7")
    assert (back.age_band, back.start_date) == ("4-7", started)
    assert svc.unlocked_units(back) == before
    assert [a.unit for a in svc.overview(back).todo] == [11]
    assert len(svc.overview(back).done) == 10
    # And up again: 8-10 is where it was left (unit 1 done), not a fresh start.
    again = growing.move_band(svc, back, "8-10")
    assert again.start_date == up.start_date
    assert [a.unit for a in svc.overview(again).done] == [1]
    history = growing.history(svc, again)
    assert [(b.band, b.ended is None) for b in history] == [("4-7", False), ("8-10", True)]


def test_the_plan_says_what_will_happen(svc: Any, clock: FakeClock, child_g: Any) -> None:
    _ten_units(svc, clock, child_g)
    plan = growing.plan_move(svc, child_g, "8-10")
    assert (plan.up, plan.returning, plan.done_in_band, plan.done_in_all) == (True, False, 0, 10)
    up = growing.move_band(svc, child_g, "8-10")
    plan = growing.plan_move(svc, up, "4-7")
    assert (plan.up, plan.returning, plan.done_in_band, plan.done_in_all) == (False, True, 10, 10)


def test_a_wrong_band_is_refused_and_nothing_changes(svc: Any, child_g: Any) -> None:
    with pytest.raises(FamilyError) as e:
        growing.move_band(svc, child_g, "8-11")
    assert e.value.code == "band.unknown" and e.value.params["band"] == "8-11"
    with pytest.raises(FamilyError) as e:
        growing.move_band(svc, child_g, "4-7")
    assert e.value.code == "band.same"
    assert [b.band for b in growing.history(svc, child_g)] == ["4-7"]
    assert svc.store.children.get(child_g.id).age_band == "4-7"


def test_update_child_with_another_band_is_a_move(svc: Any, clock: FakeClock, child_g: Any) -> None:
    _ten_units(svc, clock, child_g)
    child_g.age_band = "8-10"
    svc.update_child(child_g)
    stored = svc.store.children.get(child_g.id)
    assert (stored.age_band, stored.start_date) == ("8-10", clock.now().date())
    assert svc.unlocked_units(stored) == {1}


def test_finished_work_of_every_band_stays_printable(svc: Any, clock: FakeClock, child_g: Any) -> None:
    from familysafe.services import printing

    first = finish_open(svc, child_g)
    up = growing.move_band(svc, child_g, "8-10")
    printable = printing.printable_activities(svc, up)
    assert first in printable
    assert printing.activity_for_child(svc, up, first.id) is first


def test_export_carries_the_band_history_and_every_bands_unlocks(svc: Any, clock: FakeClock, child_g: Any) -> None:
    from familysafe.services.exporting import export_data, tables

    finish_open(svc, child_g)
    growing.move_band(svc, child_g, "8-10")
    data = export_data(svc.store)
    [part] = data["children"]
    assert [(b["band"], b["ended"] is None) for b in part["bands"]] == [("4-7", False), ("8-10", True)]
    assert [(u["band"], u["unit"]) for u in part["unlocks"]] == [("4-7", 1), ("8-10", 1)]
    rows = tables(data)
    assert [r["band"] for r in rows["bands"]] == ["4-7", "8-10"]


# ---------------------------------------------------------------- the nudge


def test_the_nudge_comes_a_year_after_the_band_started(svc: Any, clock: FakeClock, child_g: Any) -> None:
    assert growing.nudges(svc) == []
    clock.advance(364 * DAY)
    assert growing.nudges(svc) == []
    clock.advance(1 * DAY)
    [n] = growing.nudges(svc)
    assert (n.child.id, n.next_band, n.reason) == (child_g.id, "8-10", "year")


def test_not_yet_waits_for_the_next_year(svc: Any, clock: FakeClock, child_g: Any) -> None:
    clock.advance(365 * DAY)
    growing.answer_nudge(svc, child_g, "not_yet")
    assert growing.nudges(svc) == []
    clock.advance(200 * DAY)
    assert growing.nudges(svc) == []
    clock.advance(165 * DAY)
    assert [n.reason for n in growing.nudges(svc)] == ["year"]


def test_remind_me_in_six_months(svc: Any, clock: FakeClock, child_g: Any) -> None:
    clock.advance(365 * DAY)
    growing.answer_nudge(svc, child_g, "later")
    stint = svc.store.bands.current(child_g.id)
    assert stint.nudge_remind == date(2027, 7, 5)  # the clock starts on 2026-01-05; a year on, plus 6 months
    clock.advance(180 * DAY)
    assert growing.nudges(svc) == []
    clock.advance(2 * DAY)
    assert [n.reason for n in growing.nudges(svc)] == ["reminder"]


def test_yes_moves_up_and_the_new_band_asks_afresh(svc: Any, clock: FakeClock, child_g: Any) -> None:
    clock.advance(365 * DAY)
    moved = growing.answer_nudge(svc, child_g, "yes")
    assert moved.age_band == "8-10" and svc.unlocked_units(moved) == {1}
    assert growing.nudges(svc) == []


def test_the_nudge_comes_when_the_bands_units_are_all_finished(svc: Any, clock: FakeClock) -> None:
    svc.save_family(Family(name="Quick", setup_step="done", cadence_days=7))
    kid = svc.add_child("Child F", "8-10", "fox")
    for _ in range(25):
        finish_open(svc, kid)
        clock.advance(7 * DAY)
        svc.refresh_unlocks(kid)
        assert growing.nudges(svc) == []
    finish_open(svc, kid)
    [n] = growing.nudges(svc)
    assert (n.reason, n.next_band) == ("finished", "11-13")


def test_no_nudge_in_the_oldest_band_or_for_an_archived_child(svc: Any, clock: FakeClock) -> None:
    svc.save_family(Family(name="Older", setup_step="done"))
    svc.add_child("Teen", "14-17", "fox")
    kid = svc.add_child("Gone", "4-7", "owl")
    svc.store.children.archive(kid.id)
    clock.advance(400 * DAY)
    assert growing.nudges(svc) == []


def test_the_oldest_band_cannot_say_yes(svc: Any, clock: FakeClock) -> None:
    svc.save_family(Family(name="Older", setup_step="done"))
    teen = svc.add_child("Teen", "14-17", "fox")
    with pytest.raises(FamilyError) as e:
        growing.answer_nudge(svc, teen, "yes")
    assert e.value.code == "band.none_older"


def test_finish_fast_matches_a_played_session(svc: Any, clock: FakeClock, child_g: Any) -> None:
    """The helper leaves what a played session leaves for the schedule: a done session of the activity."""
    act = svc.overview(child_g).todo[0]
    finish_fast(svc, child_g, act)
    assert svc.store.sessions.finished_activity_ids(child_g.id) == [act.id]


def test_units_finished_in_a_band_left_stay_finished(svc: Any, clock: FakeClock, child_g: Any) -> None:
    _ten_units(svc, clock, child_g)
    up = growing.move_band(svc, child_g, "8-10")
    assert svc.finished_units(up) == []
    assert [u for u, *_ in svc.finished_units(up, "4-7")] == list(range(1, 11))
