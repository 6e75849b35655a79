"""When review sessions are due, and their ids (issue 17, item 6): the part of core/review.py the home
screen needs, with no pydantic, so the first paint builds no content model (core/review.py builds the
review itself and re-exports these names)."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import date

REVIEW_PREFIX = "review-"


def review_id(band: str, number: int) -> str:
    """The activity id of a child's `number`-th review in a band: ``review-<band>-<n>``."""
    return f"{REVIEW_PREFIX}{band}-{number}"


def is_review_id(activity_id: str) -> bool:
    """Whether a session's activity id is a review's."""
    return activity_id.startswith(REVIEW_PREFIX)


def review_band(activity_id: str) -> str | None:
    """The band of a review id (``review-8-10-3`` -> ``8-10``), or None when it is not one."""
    if not is_review_id(activity_id):
        return None
    band, _, number = activity_id[len(REVIEW_PREFIX) :].rpartition("-")
    return band if band and number.isdigit() else None


# ---------------------------------------------------------------- when


def next_review_date(year_done: date, cadence_days: int, reviews_done: Sequence[date]) -> date:
    """The day the next review is due (it is due when today has reached it).

    Periods of `cadence_days` start one cadence after `year_done` (the day the band's last unit was
    finished); the next review is due at the start of the period after the latest one holding a finished
    review. So a long pause brings one review, not a pile; finishing one early in a period makes the next
    wait for the next period; and a clock turned back makes nothing due. Never raises for any dates (a day
    past the calendar is `date.max`); ValueError for a cadence below 1.
    """
    if cadence_days < 1:
        raise ValueError(f"cadence_days must be at least 1, not {cadence_days}")
    anchor = year_done.toordinal() + cadence_days
    last = max(((d.toordinal() - anchor) // cadence_days for d in reviews_done), default=-1)
    day = anchor + max(last + 1, 0) * cadence_days
    return date.max if day > date.max.toordinal() else date.fromordinal(day)


def review_seed(child_id: int, band: str, number: int, today: date) -> int:
    """A stable seed for a child's review (the same on every run and every Python)."""
    return zlib.crc32(f"{child_id}|{band}|{number}|{today.isoformat()}".encode())
