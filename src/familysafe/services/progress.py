"""The year at a glance and the end of a year (issue 17, items 4 and 5): pure reads, no Qt.

A child's history is read by band: each finished session's activity belongs to a band through the
Library, and the child's current band is `child.age_band`. A band the child has finished something in
(or is in now) is one row of the year at a glance. A unit of a band is done when every one of its
built-in activities is finished (a content pack's extras never change that, as for certificates).

- The current band shows each unit as done (with the day it was finished), open, next (with the day
  it can open) or locked, from the unlock records and the schedule, as the home screen does.
- An earlier band shows its done units; a unit never finished there is "not done" (neither open nor
  locked: the child has moved on).
- The end of a year is the first time a band's last unit is finished.
- The favourite badge of a year is the one whose lesson the child remembered most often: the activity
  whose "Remember?" cards were answered "We remembered!" the most times; ties (and a family that
  skips the cards) go to the activity finished last, the freshest memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from familysafe.core.content import STRANDS, Activity
from familysafe.core.models import AGE_BANDS, Child
from familysafe.services.family import FamilyService


class UnitState(StrEnum):
    """Where a unit stands on the child's path."""

    DONE = "done"  # every built-in activity of it finished
    OPEN = "open"  # open now, not finished yet
    NEXT = "next"  # the next unit to open: `when` is the earliest day
    LOCKED = "locked"  # later than the next one
    NOT_DONE = "not_done"  # a unit of an earlier band the child moved on from without finishing it


@dataclass(frozen=True)
class UnitMark:
    """One unit on the timeline."""

    unit: int
    title: str
    state: UnitState
    when: date | None = None  # DONE: the day it was finished; NEXT: the earliest day it opens
    waiting_for_finish: bool = False  # NEXT: it also waits for the unit before it to be finished


@dataclass(frozen=True)
class BandPath:
    """A child's path through one band: one row of the year at a glance."""

    band: str
    current: bool
    units: tuple[UnitMark, ...]

    @property
    def done(self) -> int:
        """How many units are done."""
        return sum(1 for u in self.units if u.state is UnitState.DONE)

    @property
    def total(self) -> int:
        """How many units the band has."""
        return len(self.units)

    @property
    def complete(self) -> bool:
        """Whether the year is over: the band's last unit is done."""
        return bool(self.units) and self.units[-1].state is UnitState.DONE


@dataclass(frozen=True)
class TopicScore:
    """Quiz answers of one topic (strand): how many were right, of how many asked."""

    strand: str
    right: int
    asked: int


@dataclass(frozen=True)
class YearAtAGlance:
    """Everything the Progress tab's picture shows for one child."""

    nickname: str
    bands: tuple[BandPath, ...]  # in the bands' order (4-7 first), one per band with history
    topics: tuple[TopicScore, ...]  # in the strands' order, only topics with quiz answers
    finished: int  # activities finished in all bands
    minutes: float


@dataclass(frozen=True)
class ReviewTopic:
    """A topic covered in a year, with the units that covered it."""

    strand: str
    units: tuple[tuple[int, str], ...]  # (unit, unit title)


@dataclass(frozen=True)
class ReviewPledge:
    """A promise made in the year."""

    text: str
    strand: str
    by_grown_up: bool


@dataclass(frozen=True)
class ReviewBadge:
    """A badge earned in the year."""

    badge: str
    strand: str
    activity: str  # the activity's title
    unit: int
    when: date
    favourite: bool


@dataclass(frozen=True)
class YearReview:
    """A child's year in one band, for the family: the "Year in review" page and the year certificate."""

    nickname: str
    band: str
    complete: bool
    units_done: int
    total_units: int
    first_day: date | None  # the first and the last day a unit of the band was finished
    last_day: date | None
    minutes: float
    topics: tuple[ReviewTopic, ...]
    pledges: tuple[ReviewPledge, ...]
    badges: tuple[ReviewBadge, ...]

    @property
    def years(self) -> str:
        """The calendar year(s) of the year: "2026", or "2026–2027" when it spans two."""
        if self.first_day is None or self.last_day is None:
            return ""
        a, b = self.first_day.year, self.last_day.year
        return str(a) if a == b else f"{a}\u2013{b}"

    @property
    def favourite(self) -> ReviewBadge | None:
        """The favourite badge (see the module's rule), or None when no badge was earned."""
        return next((b for b in self.badges if b.favourite), None)


# ---------------------------------------------------------------- reading the history


def _first_finished(svc: FamilyService, child: Child) -> dict[str, datetime]:
    """Each finished activity's first finish."""
    first: dict[str, datetime] = {}
    for s in svc.store.sessions.for_child(_id(child)):
        if s.status == "done" and s.finished is not None:
            prev = first.get(s.activity_id)
            first[s.activity_id] = s.finished if prev is None else min(prev, s.finished)
    return first


def _core(svc: FamilyService, band: str, unit: int) -> list[Activity]:
    return [a for a in svc.library.unit_activities(band, unit) if not svc.is_extra(a)]


def history_bands(svc: FamilyService, child: Child) -> list[str]:
    """The bands the child has a history in (a session of one of its activities) and the current band,
    in the bands' order."""
    bands: set[str] = {child.age_band}
    for s in svc.store.sessions.for_child(_id(child)):
        act = svc.library.activities.get(s.activity_id)
        if act is not None:
            bands.add(act.band)
    return [b for b in AGE_BANDS if b in bands] + sorted(bands - set(AGE_BANDS))


def _done_units(
    svc: FamilyService, band: str, first: dict[str, datetime]
) -> dict[int, tuple[str, list[Activity], datetime]]:
    """unit -> (unit title, its activities, when its last activity was first finished), for done units."""
    out = {}
    for unit in range(1, svc.core_units().get(band, 0) + 1):
        acts = _core(svc, band, unit)
        if acts and all(a.id in first for a in acts):
            out[unit] = (svc.unit_title(acts[0]), acts, max(first[a.id] for a in acts))
    return out


def band_path(svc: FamilyService, child: Child, band: str, first: dict[str, datetime] | None = None) -> BandPath:
    """The child's path through one band (see the module's rules)."""
    first = _first_finished(svc, child) if first is None else first
    done = _done_units(svc, band, first)
    current = band == child.age_band
    recorded = svc.unlocked_units(child) if current else set()
    nxt = svc.overview(child).next_unlock if current else None
    marks = []
    for unit in range(1, svc.core_units().get(band, 0) + 1):
        if unit in done:
            title, _, when = done[unit]
            marks.append(UnitMark(unit, title, UnitState.DONE, when.date()))
            continue
        acts = _core(svc, band, unit)
        title = svc.unit_title(acts[0]) if acts else ""
        if not current:
            marks.append(UnitMark(unit, title, UnitState.NOT_DONE))
        elif unit in recorded:
            marks.append(UnitMark(unit, title, UnitState.OPEN))
        elif nxt is not None and nxt.unit == unit and nxt.date != date.max:
            marks.append(UnitMark(unit, title, UnitState.NEXT, nxt.date, nxt.waiting_for_finish))
        else:
            marks.append(UnitMark(unit, title, UnitState.LOCKED))
    return BandPath(band, current, tuple(marks))


def year_at_a_glance(svc: FamilyService, child: Child) -> YearAtAGlance:
    """The child's path in every band they have a history in, and their quiz answers by topic."""
    first = _first_finished(svc, child)
    p = svc.progress(child)
    order = list(STRANDS) + sorted(set(p.quiz_by_strand) - set(STRANDS))
    topics = tuple(TopicScore(s, *p.quiz_by_strand[s]) for s in order if s in p.quiz_by_strand)
    bands = tuple(band_path(svc, child, b, first) for b in history_bands(svc, child))
    return YearAtAGlance(child.nickname, bands, topics, p.finished, p.minutes)


# ---------------------------------------------------------------- the end of a year


def finishes_year(svc: FamilyService, child: Child, activity: Activity) -> bool:
    """Whether finishing `activity` (just saved) ended the child's year in its band: it is a built-in
    activity of the band's last unit, that unit is now done, and this is the activity's first finish
    (replaying it later is no new end of the year)."""
    last = svc.core_units().get(activity.band, 0)
    if not last or activity.unit != last or svc.is_extra(activity):
        return False
    done = [s for s in svc.store.sessions.for_child(_id(child)) if s.status == "done" and s.activity_id == activity.id]
    if len(done) != 1:
        return False
    return last in _done_units(svc, activity.band, _first_finished(svc, child))


def year_complete(svc: FamilyService, child: Child, band: str) -> bool:
    """Whether the child has finished the band's last unit (its year certificate can be made)."""
    last = svc.core_units().get(band, 0)
    return bool(last) and last in _done_units(svc, band, _first_finished(svc, child))


def year_review(svc: FamilyService, child: Child, band: str) -> YearReview:
    """The child's year in `band`: topics covered, promises made and badges earned (the favourite marked)."""
    cid = _id(child)
    first = _first_finished(svc, child)
    done = _done_units(svc, band, first)
    total = svc.core_units().get(band, 0)
    by_strand: dict[str, list[tuple[int, str]]] = {}
    finished_acts: list[Activity] = []
    for unit in sorted(done):
        title, acts, _ = done[unit]
        for a in acts:
            finished_acts.append(a)
            if (unit, title) not in by_strand.setdefault(a.strand, []):
                by_strand[a.strand].append((unit, title))
    order = list(STRANDS) + sorted(set(by_strand) - set(STRANDS))
    topics = tuple(ReviewTopic(s, tuple(by_strand[s])) for s in order if s in by_strand)

    in_band = {a.id for a in svc.library.for_band(band)}
    pledges: list[ReviewPledge] = []
    seen: set[tuple[str, bool]] = set()
    for pl in sorted(svc.store.pledges.for_child(cid), key=lambda x: x.made):
        if pl.activity_id in in_band and (pl.text, pl.by_grown_up) not in seen:
            seen.add((pl.text, pl.by_grown_up))
            pledges.append(ReviewPledge(pl.text, pl.strand, pl.by_grown_up))

    remembered: dict[str, int] = {}
    for item in svc.store.recall.for_child(cid):
        act_id = item.key.partition("/")[0]
        remembered[act_id] = remembered.get(act_id, 0) + max(0, item.seen - item.wrong)
    favourite = max(finished_acts, key=lambda a: (remembered.get(a.id, 0), first[a.id], a.unit), default=None)
    badges = tuple(
        ReviewBadge(a.badge, a.strand, a.title, a.unit, first[a.id].date(), a is favourite) for a in finished_acts
    )
    minutes = sum(s.elapsed_ms for s in svc.store.sessions.for_child(cid) if s.activity_id in in_band) / 60000
    days = sorted(when.date() for _, _, when in done.values())
    return YearReview(
        nickname=child.nickname,
        band=band,
        complete=bool(total) and total in done,
        units_done=len(done),
        total_units=total,
        first_day=days[0] if days else None,
        last_day=days[-1] if days else None,
        minutes=minutes,
        topics=topics,
        pledges=tuple(pledges),
        badges=badges,
    )


def _id(child: Child) -> int:
    if child.id is None:
        raise ValueError("child has not been saved")
    return child.id
