"""Which units a child finished in a sitting together (issue 18): read from the store alone, with no
content model, so the schedule's check at the home screen's first paint builds none
(services/together.py holds the sittings themselves and names this function too)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from familysafe.core.bands import band_on
from familysafe.core.models import Child

if TYPE_CHECKING:
    from familysafe.services.family import FamilyService


def done_units(svc: FamilyService, child: Child, band: str | None = None) -> dict[int, datetime]:
    """The units the child finished through a sitting (with their follow-up, when one was needed), and
    when: the later of the sitting and the follow-up. With `band`, only the sittings the child sat in
    that band: a unit done together in 4-7 is not done in 8-10 after a move up."""
    by_band = done_units_by_band(svc, child)
    if band is not None:
        return by_band.get(band, {})
    out: dict[int, datetime] = {}
    for units in by_band.values():
        for unit, when in units.items():
            out[unit] = min(out.get(unit, when), when)
    return out


def done_units_by_band(svc: FamilyService, child: Child) -> dict[str, dict[int, datetime]]:
    """`done_units` for every band the child sat a sitting in, from one read of the store. The band is
    the one the child's own session of the sitting recorded; a sitting saved before it did is placed by
    the band history (`core.bands.band_on`; before any recorded band, the child's band now)."""
    if child.id is None:
        return {}
    finished: dict[str, datetime] = {}
    sat_in: dict[int, str] = {}  # session id -> the band the child sat a sitting in
    for s in svc.store.sessions.for_child(child.id):
        if s.status == "done" and s.finished is not None and s.activity_id not in finished:
            finished[s.activity_id] = s.finished
        recorded = s.snapshot.get("band") if isinstance(s.snapshot, dict) else None
        if s.id is not None and isinstance(recorded, str):
            sat_in[s.id] = recorded
    stints = None
    out: dict[str, dict[int, datetime]] = {}
    for rec, seat in svc.store.together.for_child(child.id):
        if rec.status != "done" or rec.finished is None:
            continue
        when = rec.finished
        if seat.follow_up is not None:
            if seat.follow_up not in finished:
                continue
            when = max(when, finished[seat.follow_up])
        there = sat_in.get(seat.session_id)
        if there is None:  # saved before the band was recorded: the band history places it
            stints = svc.store.bands.history(child.id) if stints is None else stints
            there = band_on(stints, rec.finished) or child.age_band
        units = out.setdefault(there, {})
        units[rec.unit] = min(units.get(rec.unit, when), when)
    return out


def sitting_ids(svc: FamilyService, child: Child) -> set[str]:
    """The activity ids of the child's sittings and follow-ups. A finished one counts as the band's own
    activities of its unit (`done_units`), never as an activity of its own: counted twice, a child who
    did unit 1 together showed "2 activities done in all"."""
    if child.id is None:
        return set()
    out: set[str] = set()
    for rec, seat in svc.store.together.for_child(child.id):
        out.add(rec.activity_id)
        if seat.follow_up is not None:
            out.add(seat.follow_up)
    return out
