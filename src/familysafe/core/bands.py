"""Growing up (issue 17): the order of the age bands, and when to ask "is the child ready for the next
band?". Pure functions of their arguments: the caller passes `today` (the local date).

The nudge rule: in a band that has a next one, the parent is asked once a year on the day the child
started that band, and once when the band's units are all finished. "Not yet" is remembered as the
day answered: a question whose reason is no newer than that answer is not asked again. "Remind me in
6 months" asks again on that day whatever the reasons. Nothing is stored about the child's age.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from familysafe.core.models import AGE_BANDS, AgeBand, BandStint

NudgeReason = Literal["year", "finished", "reminder"]
REMIND_MONTHS = 6


@dataclass(frozen=True)
class NudgeDue:
    """Why the parent is asked today, and about which band."""

    reason: NudgeReason
    next_band: AgeBand
    since: date  # the day the reason arose (the anniversary, the last unit finished, the reminder day)


def next_band(band: str) -> AgeBand | None:
    """The band after `band`, or None for the oldest (or an unknown) band."""
    if band not in AGE_BANDS:
        return None
    i = AGE_BANDS.index(band)
    return AGE_BANDS[i + 1] if i + 1 < len(AGE_BANDS) else None


def is_move_up(old: str, new: str) -> bool:
    """Whether moving from `old` to `new` is a move to an older band."""
    return AGE_BANDS.index(new) > AGE_BANDS.index(old)


def add_months(day: date, months: int) -> date:
    """`day` plus whole months; the 29th to 31st become the month's last day when it is shorter.
    Capped at `date.max`."""
    total = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(total, 12)
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def last_anniversary(start: date, today: date) -> date | None:
    """The latest day on or before `today` that is a whole number (at least one) of years after
    `start` (29 February counts on 28 February in other years); None before the first one."""
    if today.year <= start.year:
        return None
    for year in (today.year, today.year - 1):
        if year <= start.year:
            return None
        candidate = add_months(start, (year - start.year) * 12)
        if candidate <= today:
            return candidate
    return None


def nudge_due(stint: BandStint, today: date, all_finished_on: date | None) -> NudgeDue | None:
    """Whether to ask the parent today if the child is ready for the band after `stint.band`.

    `all_finished_on` is the day the band's last unit was finished (None while units remain). None
    when there is no next band, while a "remind me" day is still ahead, or when every reason to ask is
    no newer than the last answer. Never raises for any dates."""
    nxt = next_band(stint.band)
    if nxt is None or stint.ended is not None:
        return None
    remind = stint.nudge_remind
    if remind is not None:
        if today < remind:
            return None
        return NudgeDue("reminder", nxt, remind)
    answered = stint.nudge_answered
    reasons: list[tuple[date, NudgeReason]] = []
    year = last_anniversary(stint.started, today)
    if year is not None:
        reasons.append((year, "year"))
    if all_finished_on is not None and all_finished_on <= today:
        reasons.append((all_finished_on, "finished"))
    fresh = [(d, r) for d, r in reasons if answered is None or d > answered]
    if not fresh:
        return None
    since, reason = max(fresh)
    return NudgeDue(reason, nxt, since)


def band_on(stints: list[BandStint], when: datetime) -> str | None:
    """The band the child was in at `when`: the latest one started by that day and not left by then
    (a band's `ended` is when the child last left it: a band left at or before `when` was not the
    child's then, even when it started later, or on the same day, than the one they were in), None
    before any."""
    started = [s for s in stints if s.started <= when.date() and (s.ended is None or s.ended > when)]
    return max(started, key=lambda s: s.started).band if started else None
