"""When units open for a child (DESIGN §6), and when the computer's clock looks wrong.

The rule: unit 1 is open from the start; unit *n* opens once the local date has
reached ``start + (n - 1) * cadence_days`` AND unit *n - 1* is finished. An
unlock that was recorded is never taken back, whatever the clock says later.

Everything here is a pure function of its arguments: the caller passes
``today`` (the local date) and the recorded unlocks, and records what
`new_unlocks` returns as `UnlockRecord` rows.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal

from familysafe.core.models import CADENCES

# The start dates a parent can choose: from 2000 to ten years after today (issue 14: a start date of
# 9999-12-31 once made every date after it impossible to compute).
START_DATE_MIN = date(2000, 1, 1)
START_DATE_YEARS_AHEAD = 10
# The one used for a stored cadence the app does not offer (core.models.CADENCES).
DEFAULT_CADENCE = 14

# A backwards step smaller than this is clock sync noise, not a person changing the time.
BACKWARDS_TOLERANCE = timedelta(minutes=5)
DEFAULT_FORWARD_LIMIT = timedelta(days=45)

ClockChangeKind = Literal["backwards", "forward"]


@dataclass(frozen=True)
class NextUnlock:
    """The lowest unit that is still locked, and the earliest day it can open.

    `date` is ``max(unit_due_date(unit), today)`` (capped at `date.max`):
    - `waiting_for_finish` False: the previous unit is finished, so the unit
      opens by itself on `date` (always after today, or it would be open).
    - `waiting_for_finish` True: the previous unit is not finished yet; the unit
      opens on `date` or the moment the previous unit is finished, whichever
      is later. When `date` is today, finishing the previous unit opens it now.
    """

    unit: int
    date: date
    waiting_for_finish: bool


@dataclass(frozen=True)
class ClockChange:
    """A jump of the wall clock worth telling the parent about.

    `delta` is the size of the jump, always positive; `kind` says which way.
    """

    kind: ClockChangeKind
    delta: timedelta
    last_seen: datetime
    now: datetime


def _check_cadence(cadence_days: int) -> None:
    if cadence_days < 1:
        raise ValueError(f"cadence_days must be at least 1, not {cadence_days}")


def unit_due_date(start: date, cadence_days: int, unit: int) -> date:
    """The first day on which the calendar allows `unit` to open: start + (unit - 1) * cadence, or
    `date.max` when that day would fall after the end of the calendar.

    Raises ValueError only for a unit below 1 or a cadence below 1 (neither can be stored).
    """
    _check_cadence(cadence_days)
    if unit < 1:
        raise ValueError(f"units are numbered from 1, not {unit}")
    days = (unit - 1) * cadence_days
    if days > date.max.toordinal() - start.toordinal():
        return date.max
    return start + timedelta(days=days)


def usable_cadence(stored: int) -> int:
    """The days between units to use for a stored cadence: itself when the app offers it (7, 14, 28),
    else 14 (a file edited by hand or by another program; the caller tells the parent)."""
    return stored if stored in CADENCES else DEFAULT_CADENCE


def start_date_bounds(today: date) -> tuple[date, date]:
    """The first and last start date a parent may choose: 2000-01-01 and ten years after `today`
    (28 February for a 29 February; `date.max` when that is past the calendar)."""
    year = today.year + START_DATE_YEARS_AHEAD
    if year > date.max.year:
        return START_DATE_MIN, date.max
    day = 28 if (today.month, today.day) == (2, 29) else today.day
    return START_DATE_MIN, date(year, today.month, day)


def start_date_problem(start: date, today: date) -> str | None:
    """Why `start` cannot be chosen as a start date, in plain words naming it and the range; None if it can."""
    first, last = start_date_bounds(today)
    if first <= start <= last:
        return None
    return (
        f"{start.isoformat()} is outside the start dates FamilySafe accepts "
        f"({first.isoformat()} to {last.isoformat()})"
    )


def _calendar_allows(start: date, cadence_days: int, unit: int, today: date) -> bool:
    # Integer day numbers, so far-off dates compare without ever building an out-of-range date.
    return today.toordinal() - start.toordinal() >= (unit - 1) * cadence_days


def unlocked_units(
    start: date,
    cadence_days: int,
    finished: Collection[int],
    recorded: Collection[int],
    today: date,
    total_units: int,
) -> frozenset[int]:
    """Every unit open for the child today, within 1..total_units.

    Open are: unit 1; every recorded unlock (never taken back, whatever the
    dates say now); and unit n when `today` has reached its due date and unit
    n - 1 is finished. So after a long pause only one new unit opens, and moving
    the clock forward opens nothing more without finishing. Never raises for any
    dates; raises ValueError only for a cadence below 1. Empty when total_units < 1.
    """
    _check_cadence(cadence_days)
    if total_units < 1:
        return frozenset()
    done = set(finished)
    opened = {1}
    opened.update(u for u in recorded if 1 <= u <= total_units)
    # Only units just after a finished one can open by schedule: no scan of 1..total_units needed.
    for prev in done:
        unit = prev + 1
        if 2 <= unit <= total_units and _calendar_allows(start, cadence_days, unit, today):
            opened.add(unit)
    return frozenset(opened)


def new_unlocks(
    start: date,
    cadence_days: int,
    finished: Collection[int],
    recorded: Collection[int],
    today: date,
    total_units: int,
) -> list[int]:
    """The units open today that are not recorded yet, in ascending order.

    The caller records each as an `UnlockRecord` (why="schedule") straight away,
    so a clock turned back later re-locks nothing. Unit 1 is included until it
    is recorded.
    """
    already = set(recorded)
    opened = unlocked_units(start, cadence_days, finished, recorded, today, total_units)
    return sorted(u for u in opened if u not in already)


def next_unlock(
    start: date,
    cadence_days: int,
    finished: Collection[int],
    recorded: Collection[int],
    today: date,
    total_units: int,
) -> NextUnlock | None:
    """The lowest locked unit and the earliest day it can open (see `NextUnlock`); None when all are open.

    Never raises for any dates: a due date past `date.max` is given as `date.max`.
    """
    opened = unlocked_units(start, cadence_days, finished, recorded, today, total_units)
    if len(opened) >= total_units:
        return None
    unit = next(u for u in range(1, total_units + 1) if u not in opened)
    due = unit_due_date(start, cadence_days, unit)
    return NextUnlock(unit=unit, date=max(due, today), waiting_for_finish=(unit - 1) not in set(finished))


def _as_aware(moment: datetime) -> datetime:
    # Naive times are taken as UTC, so the answer never depends on this machine's zone.
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=UTC)
    return moment


def detect_clock_change(
    last_seen: datetime | None,
    now: datetime,
    forward_limit: timedelta = DEFAULT_FORWARD_LIMIT,
) -> ClockChange | None:
    """Say whether the wall clock moved backwards or jumped far forward since `last_seen`.

    "backwards": `now` is earlier than `last_seen` by more than 5 minutes.
    "forward": `now` is later than `last_seen` by more than `forward_limit`.
    Times in different zones are compared as instants (in UTC), so travelling or
    a daylight-saving change is not a clock change; naive times are taken as UTC.
    None when there is nothing to report or nothing was seen before. Never raises.
    """
    if last_seen is None:
        return None
    # Aware subtraction compares instants and cannot overflow (timedelta spans all datetimes).
    diff = _as_aware(now) - _as_aware(last_seen)
    if -diff > BACKWARDS_TOLERANCE:
        return ClockChange(kind="backwards", delta=-diff, last_seen=last_seen, now=now)
    if diff > forward_limit:
        return ClockChange(kind="forward", delta=diff, last_seen=last_seen, now=now)
    return None
