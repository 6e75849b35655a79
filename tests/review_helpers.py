"""Helpers for the review-session tests (issue 17, item 6): a child who has finished their band's year."""

from __future__ import annotations

from typing import Any

from familysafe.core.answers import PledgeAnswer, QuizAnswer, ScenarioAnswer, StepAnswer
from familysafe.core.content import QuizStep, ScenarioStep, Step
from familysafe.core.models import Family


def first_choices(step: Step) -> StepAnswer | None:
    """An answer for every step as a hurried family gives it: the first option of every quiz question (so
    some are wrong), the first choice at every place of a story, and yes to every pledge."""
    if isinstance(step, QuizStep):
        return QuizAnswer({q.id: 0 for q in step.questions})
    if isinstance(step, ScenarioStep):
        nodes = {n.id: n for n in step.nodes}
        node, path = nodes[step.start], []
        while node.choices and not node.end and len(path) < 20:
            path.append(0)
            node = nodes[node.choices[0].next]
        return ScenarioAnswer(tuple(path), True)
    if step.kind == "pledge":
        return PledgeAnswer(True)
    return None


def finish_year(svc: Any, clock: Any, band: str = "8-10", nickname: str = "Child A") -> Any:
    """A child of `band` who has finished every unit of the band, one a day; returns the child."""
    if svc.family() is None:
        svc.save_family(Family(name="Review", setup_step="done"))
    child = svc.add_child(nickname, band, "fox")
    for _unit in range(svc.core_units()[band]):
        todo = svc.overview(child).todo
        if not todo:
            svc.unlock_next_early(child)
            todo = svc.overview(child).todo
        for act in todo:
            svc.open_session(child, act).play_to_end(first_choices)
        clock.advance(86400)
    return child
