"""Growing up (issue 17): moving a child up (or back) an age band, the band history, and the nudge
"is the child ready for the next band?". No Qt; the Children tab and the parent area call this.

The rule in one paragraph: a child is in one band at a time, and each band the child has been in keeps
its own start day and its own unlocks (store: `child_band`, `unlock` keyed by band). Moving to a band
for the first time starts it at its unit 1 on the day of the move, with the family's cadence, as for a
new child: unit n opens no earlier than n - 1 cadence periods after that day, and only once unit n - 1
is finished, so there is never a backlog. Moving back to a band the child was in before takes it up
with its own start day and unlocks, where the child left it. Nothing finished in any band is ever
deleted: sessions, badges, pledges, notes and recall cards are the child's, whatever the band.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from familysafe.core import bands as rules
from familysafe.core.models import AGE_BANDS, AgeBand, BandStint, Child
from familysafe.core.review_dates import is_review_id
from familysafe.services.errors import FamilyError

if TYPE_CHECKING:
    from familysafe.services.family import FamilyService

NudgeAnswer = Literal["yes", "not_yet", "later"]


@dataclass(frozen=True)
class MovePlan:
    """What moving a child to `band` would do, for the sentence the parent confirms."""

    child: Child
    band: AgeBand
    up: bool  # to an older band
    returning: bool  # the child was in `band` before: it is taken up where it was left
    done_in_band: int  # activities already finished in `band` (when returning)
    done_in_all: int  # activities finished in every band: they all stay in the history


@dataclass(frozen=True)
class Nudge:
    """A question for the parent area: is `child` ready for `next_band`?"""

    child: Child
    next_band: AgeBand
    reason: rules.NudgeReason


def _id(child: Child) -> int:
    if child.id is None:
        raise ValueError("child has not been saved")
    return child.id


def history(svc: FamilyService, child: Child) -> list[BandStint]:
    """Every band the child has been in, youngest first."""
    return svc.store.bands.history(_id(child))


def done_by_band(svc: FamilyService, child: Child) -> dict[str, int]:
    """How many different activities the child has finished in each band (bands with none left out);
    activities no longer in the library are counted under "" (they stay in the history). A unit done
    in a sitting together counts as its band's activities, in the band the child was in that day; the
    sitting itself, its follow-up and review sessions are not activities of their own."""
    from familysafe.services.together_units import done_units_by_band, sitting_ids

    skip = sitting_ids(svc, child)
    finished = {
        i for i in svc.store.sessions.finished_activity_ids(_id(child)) if i not in skip and not is_review_id(i)
    }
    for sat_in, units in done_units_by_band(svc, child).items():
        for unit in units:
            finished |= set(svc.unit_activity_ids(sat_in, unit))
    out: dict[str, int] = {}
    for activity_id in finished:
        act = svc.library.index.get(activity_id)
        band = act.band if act is not None else ""
        out[band] = out.get(band, 0) + 1
    return out


def plan_move(svc: FamilyService, child: Child, band: str) -> MovePlan:
    """What moving `child` to `band` would do. FamilyError ("band.unknown", "band.same") when `band`
    is not a band or is the child's band already."""
    if band not in AGE_BANDS:
        raise FamilyError("band.unknown", band=band, bands=", ".join(AGE_BANDS))
    stored = svc.store.children.get(_id(child)) or child
    if band == stored.age_band:
        raise FamilyError("band.same", nickname=stored.nickname, band=band)
    been = {b.band for b in svc.store.bands.history(_id(child))}
    counts = done_by_band(svc, stored)
    return MovePlan(
        child=stored,
        band=band,
        up=rules.is_move_up(stored.age_band, band),
        returning=band in been,
        done_in_band=counts.get(band, 0),
        done_in_all=sum(counts.values()),
    )


def move_band(svc: FamilyService, child: Child, band: str) -> Child:
    """Move the child to `band` (see the module's rule) and open what the schedule opens today (unit 1
    of a new band); return the child as stored now. FamilyError as `plan_move` for a wrong band;
    nothing changes then."""
    plan = plan_move(svc, child, band)
    now = svc.clock.now()
    moved = svc.store.bands.move(_id(child), plan.band, now.date(), now)
    svc.refresh_unlocks(moved)
    return moved


# ---------------------------------------------------------------- the nudge


def _all_finished_on(svc: FamilyService, child: Child) -> date | None:
    total = svc.core_units().get(child.age_band, 0)
    units = svc.finished_units(child)
    if total < 1 or len(units) < total:
        return None
    return max(when for *_, when in units).date()


def nudges(svc: FamilyService) -> list[Nudge]:
    """The questions to ask in the parent area today, one per child at most (archived children none)."""
    out = []
    today = svc.clock.now().date()
    for child in svc.children():
        stint = svc.store.bands.current(_id(child))
        if stint is None:
            continue
        due = rules.nudge_due(stint, today, _all_finished_on(svc, child))
        if due is not None:
            out.append(Nudge(child, due.next_band, due.reason))
    return out


def answer_nudge(svc: FamilyService, child: Child, answer: NudgeAnswer) -> Child:
    """Remember the parent's answer: "yes" moves the child up (see `move_band`), "not_yet" waits for
    the next reason (a year in the band, or its last unit finished), "later" asks again in 6 months.
    Returns the child as stored now."""
    stored = svc.store.children.get(_id(child))
    if stored is None:
        raise ValueError(f"There is no child {child.id}.")
    nxt = rules.next_band(stored.age_band)
    if answer == "yes":
        if nxt is None:
            raise FamilyError("band.none_older", nickname=stored.nickname)
        return move_band(svc, stored, nxt)
    today = svc.clock.now().date()
    if answer == "not_yet":
        svc.store.bands.set_nudge(_id(stored), stored.age_band, today, None)
    elif answer == "later":
        svc.store.bands.set_nudge(_id(stored), stored.age_band, today, rules.add_months(today, rules.REMIND_MONTHS))
    else:
        raise ValueError(f"unknown answer {answer!r}")
    return stored
