"""Helpers for the year-at-a-glance and end-of-year tests: a child's history built by playing units as a
family would (one unit per cadence period, through the service)."""

from __future__ import annotations

from typing import Any

from familysafe.core.answers import PledgeAnswer, QuizAnswer, StepAnswer

DAY = 24 * 3600


def answers(right: bool = True) -> Any:
    """Answer each quiz question right (or wrong) and agree to each pledge (the grown-up's too)."""

    def pick(step: Any) -> StepAnswer | None:
        if step.kind == "quiz":
            return QuizAnswer(
                {q.id: next((i for i, o in enumerate(q.options) if o.correct == right), 0) for q in step.questions}
            )
        if step.kind == "pledge":
            return PledgeAnswer(True, grown_up=bool(step.grown_up_pledge))
        return None

    return pick


def core_activity(svc: Any, band: str, unit: int) -> Any:
    """The built-in activity of a band's unit."""
    return next(a for a in svc.library.unit_activities(band, unit) if not svc.is_extra(a))


def play_units(
    svc: Any,
    clock: Any,
    child: Any,
    units: range | list[int],
    *,
    cadence_days: int = 14,
    wrong: frozenset[int] = frozenset(),
) -> None:
    """Finish the built-in activity of each unit in `units` for `child`, each on the day its unit is due
    (the clock moves forward to it): a family keeping to the schedule. Quizzes of units in `wrong` are
    answered wrong."""
    for unit in units:
        due = child.start_date.toordinal() + (unit - 1) * cadence_days
        ahead = due - clock.now().date().toordinal()
        if ahead > 0:
            clock.advance(ahead * DAY)
        svc.refresh_unlocks(child)
        act = core_activity(svc, child.age_band, unit)
        clock.advance(600)
        svc.open_session(child, act).play_to_end(answers(right=unit not in wrong))
