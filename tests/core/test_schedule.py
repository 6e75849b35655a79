"""The unlock rule (DESIGN §6) and clock-change detection, with clock jumps of every kind."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from familysafe.core.models import CADENCES
from familysafe.core.schedule import (
    ClockChange,
    NextUnlock,
    detect_clock_change,
    new_unlocks,
    next_unlock,
    unit_due_date,
    unlocked_units,
)

START = date(2026, 1, 5)


# ---- unit_due_date -----------------------------------------------------------


def test_due_dates_follow_the_cadence() -> None:
    assert unit_due_date(START, 14, 1) == START
    assert unit_due_date(START, 14, 2) == date(2026, 1, 19)
    assert unit_due_date(START, 7, 5) == START + timedelta(days=28)
    assert unit_due_date(START, 28, 13) == START + timedelta(days=336)


@pytest.mark.parametrize(("cadence", "unit"), [(14, 0), (14, -3), (0, 2), (-7, 2)])
def test_due_date_refuses_nonsense(cadence: int, unit: int) -> None:
    with pytest.raises(ValueError):
        unit_due_date(START, cadence, unit)


# ---- unlocked_units: the rule -----------------------------------------------


def test_unit_one_is_open_from_the_start_even_before_the_start_date() -> None:
    assert unlocked_units(START, 14, [], [], START - timedelta(days=400), 10) == {1}


def test_unit_two_needs_both_the_date_and_unit_one_finished() -> None:
    due = unit_due_date(START, 14, 2)
    assert unlocked_units(START, 14, [1], [], due - timedelta(days=1), 10) == {1}
    assert unlocked_units(START, 14, [], [], due, 10) == {1}
    assert unlocked_units(START, 14, [1], [], due, 10) == {1, 2}


def test_a_long_pause_opens_one_new_unit_not_a_pile() -> None:
    two_months_late = START + timedelta(days=60 + 14 * 5)
    assert unlocked_units(START, 14, [1], [1], two_months_late, 10) == {1, 2}
    # Catching up at the family's own pace: each finish opens the next at once.
    assert unlocked_units(START, 14, [1, 2], [1, 2], two_months_late, 10) == {1, 2, 3}


def test_winding_the_clock_forward_gains_nothing_without_finishing() -> None:
    far = date(2090, 1, 1)
    assert unlocked_units(START, 7, [], [], far, 50) == {1}
    assert unlocked_units(START, 7, [1], [1], far, 50) == {1, 2}


def test_recorded_unlocks_are_never_taken_back() -> None:
    back_in_time = START - timedelta(days=3000)
    assert unlocked_units(START, 14, [], [1, 2, 3], back_in_time, 10) == {1, 2, 3}
    # Also when the parent moves the start date later.
    assert unlocked_units(date(2030, 1, 1), 28, [1], [1, 2], START, 10) == {1, 2}


def test_units_outside_the_pack_are_ignored() -> None:
    far = date(2100, 1, 1)
    assert unlocked_units(START, 14, [3, 99], [0, -1, 4, 99, 100], far, 4) == {1, 4}
    assert unlocked_units(START, 14, [1], [1], far, 1) == {1}
    assert unlocked_units(START, 14, [1], [1], far, 0) == frozenset()


def test_a_parent_unlock_does_not_open_the_units_after_it_early() -> None:
    # Unit 2 opened early by the parent and finished at once: unit 3 still waits for its date.
    today = START + timedelta(days=2)
    assert unlocked_units(START, 14, [1, 2], [1, 2], today, 10) == {1, 2}
    assert next_unlock(START, 14, [1, 2], [1, 2], today, 10) == NextUnlock(3, date(2026, 2, 2), False)


def test_a_bad_cadence_is_refused() -> None:
    with pytest.raises(ValueError):
        unlocked_units(START, 0, [], [], START, 3)


# ---- new_unlocks ---------------------------------------------------------------


def test_new_unlocks_lists_what_to_record() -> None:
    due2 = unit_due_date(START, 14, 2)
    assert new_unlocks(START, 14, [], [], START, 10) == [1]
    assert new_unlocks(START, 14, [], [1], START, 10) == []
    assert new_unlocks(START, 14, [1], [1], due2, 10) == [2]
    assert new_unlocks(START, 14, [1], [1, 2], due2, 10) == []


# ---- next_unlock -----------------------------------------------------------------


def test_next_unlock_waits_for_the_date_when_the_previous_is_finished() -> None:
    assert next_unlock(START, 14, [1], [1], START + timedelta(days=3), 10) == NextUnlock(
        unit=2, date=date(2026, 1, 19), waiting_for_finish=False
    )


def test_next_unlock_waits_for_a_finish_and_its_date_is_never_in_the_past() -> None:
    late = START + timedelta(days=100)
    assert next_unlock(START, 14, [], [1], late, 10) == NextUnlock(2, late, True)
    early = START + timedelta(days=1)
    assert next_unlock(START, 14, [], [1], early, 10) == NextUnlock(2, date(2026, 1, 19), True)


def test_next_unlock_is_none_when_everything_is_open() -> None:
    assert next_unlock(START, 14, [1, 2], [1, 2, 3], START, 3) is None
    assert next_unlock(START, 14, [], [], START, 1) is None


def test_next_unlock_beyond_the_calendar_is_capped_not_raised() -> None:
    nearly_the_end = date(9999, 12, 10)
    assert next_unlock(nearly_the_end, 28, [1], [1], nearly_the_end, 5) == NextUnlock(2, date.max, False)


# ---- any dates at all -------------------------------------------------------------

any_date = st.dates(min_value=date.min, max_value=date.max)
units = st.frozensets(st.integers(min_value=-3, max_value=45), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    start=any_date,
    today=any_date,
    cadence=st.sampled_from(CADENCES),
    finished=units,
    recorded=units,
    total=st.integers(min_value=-1, max_value=40),
)
def test_any_dates_never_raise_and_answers_agree(
    start: date, today: date, cadence: int, finished: frozenset[int], recorded: frozenset[int], total: int
) -> None:
    opened = unlocked_units(start, cadence, finished, recorded, today, total)
    assert all(1 <= u <= total for u in opened)
    assert (1 in opened) == (total >= 1)
    assert {u for u in recorded if 1 <= u <= total} <= opened
    for u in opened - recorded - {1}:
        assert u - 1 in finished
    assert new_unlocks(start, cadence, finished, recorded, today, total) == sorted(opened - recorded)

    nxt = next_unlock(start, cadence, finished, recorded, today, total)
    if nxt is None:
        assert len(opened) == max(total, 0)
        return
    assert nxt.unit not in opened
    assert set(range(1, nxt.unit)) <= opened
    assert nxt.date >= today
    assert nxt.waiting_for_finish == (nxt.unit - 1 not in finished)
    if nxt.date < date.max:
        # Its date is exact: with the previous unit finished it opens on that day, and not the day before.
        done = finished | {nxt.unit - 1}
        assert nxt.unit in unlocked_units(start, cadence, done, recorded, nxt.date, total)
        if nxt.date > today:
            assert nxt.unit not in unlocked_units(
                start, cadence, done, recorded, nxt.date - timedelta(days=1), total
            )


# ---- the app over time: clock jumps with finishes in between ------------------------

ZONES = [
    timezone(timedelta(minutes=m)) for m in (-720, -600, -300, -240, 0, 60, 120, 330, 345, 540, 780, 840)
]

Jump = tuple[str, int]
ops = st.lists(
    st.one_of(
        # The clock set forwards or backwards by up to five years.
        st.tuples(st.just("jump"), st.integers(min_value=-5 * 366 * 86400, max_value=5 * 366 * 86400)),
        # Real time passing, from minutes to a few weeks.
        st.tuples(st.just("wait"), st.integers(min_value=60, max_value=40 * 86400)),
        # A daylight-saving change: the same instant, the offset one hour either way.
        st.tuples(st.just("dst"), st.sampled_from([-1, 1])),
        # Travelling or changing the computer's zone: the same instant, another offset.
        st.tuples(st.just("zone"), st.integers(min_value=0, max_value=len(ZONES) - 1)),
        # The family finishes an open unit (the oldest, or any other).
        st.tuples(st.just("finish"), st.integers(min_value=0, max_value=5)),
    ),
    max_size=40,
)


@dataclass
class App:
    """What the app keeps: recorded unlocks, finished units, the last wall time seen."""

    start: date
    cadence: int
    total: int
    now: datetime
    recorded: set[int] = field(default_factory=set)
    finished: set[int] = field(default_factory=set)
    last_seen: datetime | None = None

    def refresh(self) -> tuple[frozenset[int], ClockChange | None]:
        """Do what the app does at start and on the home screen."""
        today = self.now.date()
        change = detect_clock_change(self.last_seen, self.now)
        self.last_seen = self.now
        fresh = new_unlocks(self.start, self.cadence, self.finished, self.recorded, today, self.total)
        assert not set(fresh) & self.recorded
        self.recorded.update(fresh)
        opened = unlocked_units(self.start, self.cadence, self.finished, self.recorded, today, self.total)
        assert opened == self.recorded & set(range(1, self.total + 1))
        next_unlock(self.start, self.cadence, self.finished, self.recorded, today, self.total)
        return opened, change


@settings(max_examples=300, deadline=None)
@given(
    start_offset=st.integers(min_value=-400, max_value=400),
    cadence=st.sampled_from(CADENCES),
    total=st.integers(min_value=1, max_value=26),
    zone=st.integers(min_value=0, max_value=len(ZONES) - 1),
    steps=ops,
)
def test_clock_jumps_never_shrink_the_unlocked_set_and_only_finishing_opens_more(
    start_offset: int, cadence: int, total: int, zone: int, steps: list[Jump]
) -> None:
    now = datetime(2026, 3, 1, 12, 0, tzinfo=ZONES[zone])
    app = App(start=now.date() + timedelta(days=start_offset), cadence=cadence, total=total, now=now)
    opened, change = app.refresh()
    assert change is None
    new_since_finish = 0

    for kind, arg in steps:
        before_instant = app.now
        if kind == "jump" or kind == "wait":
            app.now += timedelta(seconds=arg)
        elif kind == "dst":
            offset = app.now.utcoffset() or timedelta(0)
            app.now = app.now.astimezone(timezone(offset + timedelta(hours=arg)))
        elif kind == "zone":
            app.now = app.now.astimezone(ZONES[arg])
        else:
            waiting = sorted(opened - app.finished)
            if waiting:
                app.finished.add(waiting[min(arg, len(waiting) - 1)])
                new_since_finish = 0

        previous = opened
        opened, change = app.refresh()

        assert previous <= opened, "the unlocked set shrank"
        new_since_finish += len(opened - previous)
        assert new_since_finish <= 1, "more than one unit opened without a finish"
        # Every unit after the first is open because the one before it was finished.
        assert all(u - 1 in app.finished for u in opened if u > 1)

        moved = app.now - before_instant
        if kind in ("dst", "zone") or kind == "finish":
            assert moved == timedelta(0)
            assert change is None, "a zone change is not a clock change"
        elif moved < -timedelta(minutes=5):
            assert change is not None and change.kind == "backwards" and change.delta == -moved
        elif moved > timedelta(days=45):
            assert change is not None and change.kind == "forward" and change.delta == moved
        else:
            assert change is None


def test_a_whole_year_of_fortnights_done_on_time() -> None:
    app = App(start=START, cadence=14, total=26, now=datetime(2026, 1, 5, 18, 0, tzinfo=UTC))
    for unit in range(1, 27):
        opened, _ = app.refresh()
        assert max(opened) == unit
        app.finished.add(unit)
        app.now += timedelta(days=14)
    opened, _ = app.refresh()
    assert opened == set(range(1, 27))
    assert next_unlock(START, 14, app.finished, app.recorded, app.now.date(), 26) is None


def test_a_clock_set_back_a_year_relocks_nothing() -> None:
    app = App(start=START, cadence=14, total=10, now=datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    app.finished.update({1, 2})
    opened, _ = app.refresh()
    assert opened == {1, 2, 3}
    app.now -= timedelta(days=365)
    opened, change = app.refresh()
    assert opened == {1, 2, 3}
    assert change is not None and change.kind == "backwards"


# ---- detect_clock_change ----------------------------------------------------------

SEEN = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def test_nothing_seen_before_is_no_change() -> None:
    assert detect_clock_change(None, SEEN) is None


def test_small_backwards_steps_are_sync_noise() -> None:
    assert detect_clock_change(SEEN, SEEN - timedelta(minutes=5)) is None
    earlier = SEEN - timedelta(minutes=5, seconds=1)
    assert detect_clock_change(SEEN, earlier) == ClockChange(
        "backwards", timedelta(minutes=5, seconds=1), SEEN, earlier
    )


def test_forward_jumps_past_the_limit_are_reported() -> None:
    assert detect_clock_change(SEEN, SEEN + timedelta(days=45)) is None
    change = detect_clock_change(SEEN, SEEN + timedelta(days=45, seconds=1))
    assert change is not None and change.kind == "forward" and change.delta == timedelta(days=45, seconds=1)
    assert detect_clock_change(SEEN, SEEN + timedelta(days=3), forward_limit=timedelta(days=2)) is not None


def test_time_zones_are_compared_as_instants() -> None:
    tokyo = SEEN.astimezone(timezone(timedelta(hours=9)))
    hawaii = SEEN.astimezone(timezone(timedelta(hours=-10)))
    assert detect_clock_change(tokyo, hawaii) is None
    assert detect_clock_change(hawaii, tokyo) is None
    # Same local reading, different zone: a real 9-hour step back.
    change = detect_clock_change(SEEN, SEEN.replace(tzinfo=timezone(timedelta(hours=9))))
    assert change is not None and change.kind == "backwards" and change.delta == timedelta(hours=9)


def test_naive_times_are_taken_as_utc_and_may_mix_with_aware_ones() -> None:
    naive = SEEN.replace(tzinfo=None)
    assert detect_clock_change(naive, SEEN) is None
    assert detect_clock_change(SEEN, naive - timedelta(hours=1)) is not None


offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda m: timezone(timedelta(minutes=m))
)
any_moment = st.one_of(
    st.datetimes(min_value=datetime.min, max_value=datetime.max),
    st.builds(
        lambda d, tz: d.replace(tzinfo=tz),
        st.datetimes(min_value=datetime.min, max_value=datetime.max),
        offsets,
    ),
)


@settings(max_examples=300, deadline=None)
@given(last=any_moment, now=any_moment)
def test_detection_never_raises_and_matches_the_instants(last: datetime, now: datetime) -> None:
    change = detect_clock_change(last, now)

    def utc(d: datetime) -> datetime:
        return d if d.tzinfo is not None else d.replace(tzinfo=UTC)

    diff = utc(now) - utc(last)
    if diff < -timedelta(minutes=5):
        assert change is not None and change.kind == "backwards" and change.delta == -diff
    elif diff > timedelta(days=45):
        assert change is not None and change.kind == "forward" and change.delta == diff
    else:
        assert change is None


# ---- dates at the edge (issue 14, item 2): total for any stored date and cadence -------------------

from familysafe.core.schedule import (  # noqa: E402 - kept beside the tests that use them
    DEFAULT_CADENCE,
    START_DATE_MIN,
    start_date_bounds,
    start_date_problem,
    usable_cadence,
)


def test_a_due_date_past_the_calendar_is_date_max_not_an_error() -> None:
    assert unit_due_date(date(9999, 12, 31), 14, 2) == date.max
    assert unit_due_date(date(9999, 12, 31), 14, 1) == date(9999, 12, 31)
    assert unit_due_date(date(2026, 1, 5), 10**9, 40) == date.max


@settings(max_examples=300, deadline=None)
@given(
    start=any_date,
    today=any_date,
    cadence=st.integers(min_value=1, max_value=10**12),
    unit=st.integers(min_value=1, max_value=10**6),
    total=st.integers(min_value=-1, max_value=60),
)
def test_every_schedule_function_is_total_for_any_stored_date_and_cadence(
    start: date, today: date, cadence: int, unit: int, total: int
) -> None:
    due = unit_due_date(start, cadence, unit)
    assert start <= due <= date.max
    if due < date.max:
        assert due.toordinal() - start.toordinal() == (unit - 1) * cadence
    opened = unlocked_units(start, cadence, [1, 2, 3], [1], today, total)
    assert new_unlocks(start, cadence, [1, 2, 3], [1], today, total) == sorted(opened - {1})
    nxt = next_unlock(start, cadence, [1, 2, 3], [1], today, total)
    assert nxt is None or today <= nxt.date <= date.max


def test_start_date_bounds_run_from_2000_to_ten_years_ahead() -> None:
    assert date(2000, 1, 1) == START_DATE_MIN
    assert start_date_bounds(date(2026, 12, 5)) == (date(2000, 1, 1), date(2036, 12, 5))
    assert start_date_bounds(date(2028, 2, 29)) == (date(2000, 1, 1), date(2038, 2, 28))
    assert start_date_bounds(date(9995, 6, 1))[1] == date.max  # a clock set absurdly far ahead


@pytest.mark.parametrize(
    ("start", "ok"),
    [
        (date(2000, 1, 1), True),
        (date(2036, 12, 5), True),
        (date(1999, 12, 31), False),
        (date(2036, 12, 6), False),
        (date(9999, 12, 31), False),
        (date(1, 1, 1), False),
    ],
)
def test_start_date_problem_names_the_date_and_the_range(start: date, ok: bool) -> None:
    problem = start_date_problem(start, date(2026, 12, 5))
    if ok:
        assert problem is None
    else:
        assert problem is not None
        assert start.isoformat() in problem and "2000-01-01" in problem and "2036-12-05" in problem


@pytest.mark.parametrize(("stored", "used"), [(7, 7), (14, 14), (28, 28), (1, 14), (13, 14), (10**9, 14), (0, 14)])
def test_a_cadence_the_app_does_not_offer_is_read_as_fourteen(stored: int, used: int) -> None:
    assert DEFAULT_CADENCE == 14
    assert usable_cadence(stored) == used
