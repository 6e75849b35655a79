"""core.bands: the order of the bands and when the parent is asked "ready for the next band?"."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from familysafe.core.bands import add_months, last_anniversary, next_band, nudge_due
from familysafe.core.models import BandStint


def _stint(started: date, band: str = "4-7", **kw: object) -> BandStint:
    return BandStint(1, band, started, **kw)  # type: ignore[arg-type]


def test_next_band() -> None:
    assert [next_band(b) for b in ("4-7", "8-10", "11-13", "14-17", "9-12")] == ["8-10", "11-13", "14-17", None, None]


def test_add_months_keeps_the_day_or_takes_the_months_last() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2026, 8, 15), 6) == date(2027, 2, 15)
    assert add_months(date(9999, 12, 1), 6) == date.max


def test_anniversaries() -> None:
    assert last_anniversary(date(2026, 3, 1), date(2027, 2, 28)) is None
    assert last_anniversary(date(2026, 3, 1), date(2027, 3, 1)) == date(2027, 3, 1)
    assert last_anniversary(date(2026, 3, 1), date(2029, 1, 1)) == date(2028, 3, 1)
    assert last_anniversary(date(2024, 2, 29), date(2025, 2, 28)) == date(2025, 2, 28)
    assert last_anniversary(date(2026, 3, 1), date(2020, 1, 1)) is None  # a clock turned back


def test_a_year_in_the_band_asks_once() -> None:
    s = _stint(date(2026, 1, 5))
    assert nudge_due(s, date(2027, 1, 4), None) is None
    due = nudge_due(s, date(2027, 1, 5), None)
    assert due is not None and (due.reason, due.next_band, due.since) == ("year", "8-10", date(2027, 1, 5))
    answered = _stint(date(2026, 1, 5), nudge_answered=date(2027, 1, 6))
    assert nudge_due(answered, date(2027, 12, 31), None) is None
    assert nudge_due(answered, date(2028, 1, 5), None) is not None


def test_all_units_finished_asks_once() -> None:
    s = _stint(date(2026, 1, 5))
    due = nudge_due(s, date(2026, 7, 1), date(2026, 6, 30))
    assert due is not None and due.reason == "finished"
    answered = _stint(date(2026, 1, 5), nudge_answered=date(2026, 7, 1))
    assert nudge_due(answered, date(2026, 9, 1), date(2026, 6, 30)) is None


def test_remind_me_later_waits_then_asks() -> None:
    s = _stint(date(2026, 1, 5), nudge_answered=date(2027, 1, 5), nudge_remind=date(2027, 7, 5))
    assert nudge_due(s, date(2027, 7, 4), date(2026, 12, 1)) is None
    due = nudge_due(s, date(2027, 7, 5), None)
    assert due is not None and due.reason == "reminder"


def test_never_for_the_oldest_band_or_a_band_left() -> None:
    assert nudge_due(_stint(date(2020, 1, 1), "14-17"), date(2026, 1, 1), date(2021, 1, 1)) is None
    left = _stint(date(2020, 1, 1), ended=datetime(2021, 1, 1, tzinfo=UTC))
    assert nudge_due(left, date(2026, 1, 1), None) is None


@given(
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    today=st.dates(),
    finished=st.none() | st.dates(),
    answered=st.none() | st.dates(),
    remind=st.none() | st.dates(),
)
def test_never_raises_and_asks_only_for_a_fresh_reason(
    start: date, today: date, finished: date | None, answered: date | None, remind: date | None
) -> None:
    s = _stint(start, nudge_answered=answered, nudge_remind=remind)
    due = nudge_due(s, today, finished)
    if due is None:
        return
    assert due.since <= today
    if due.reason != "reminder":
        assert remind is None
        assert answered is None or due.since > answered
