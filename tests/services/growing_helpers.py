"""Helpers for the growing-up tests: finishing activities quickly, as a finished session leaves them."""

from __future__ import annotations

from typing import Any

from familysafe.core.content import Activity


def finish_fast(svc: Any, child: Any, activity: Activity) -> list[int]:
    """Record `activity` as finished by the child now (a done session, as Session.finish saves it, without
    playing its steps) and open what the schedule then opens, as Session.finish does; return the units opened."""
    now = svc.clock.now()
    rec = svc.store.sessions.in_progress(child.id, activity.id) or svc.store.sessions.start(
        child.id, activity.id, now, {}
    )
    svc.store.sessions.finish(rec.id, now, {})
    return list(svc.refresh_unlocks(child))


def finish_open(svc: Any, child: Any) -> Activity | None:
    """Finish the oldest open activity of the child's band, if there is one; return it."""
    todo = svc.overview(child).todo
    if not todo:
        return None
    act = svc.activity(todo[0])  # the full model (the overview lists index entries)
    finish_fast(svc, child, act)
    return act
