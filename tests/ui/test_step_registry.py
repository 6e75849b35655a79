"""The step-kind registry's views: one view class per kind, each showing and reporting its kind's answer."""

from __future__ import annotations

from typing import Any

from familysafe.core import content as c
from familysafe.core.answers import ANSWERS
from familysafe.ui.steps import VIEWS, make_view


def test_every_step_kind_has_one_view() -> None:
    assert set(VIEWS) == set(c.STEP_KINDS)


def test_each_view_shows_a_saved_answer_of_its_kind(qtbot: Any, library: Any) -> None:
    seen: set[str] = set()
    for act in library.activities.values():
        for step in act.steps:
            if step.kind in seen:
                continue
            seen.add(step.kind)
            view = make_view(step)
            qtbot.addWidget(view)
            assert type(view) is VIEWS[step.kind]
            got: list[Any] = []
            view.answered.connect(lambda *a, got=got: got.append(a))
            blank = ANSWERS[step.kind]()
            view.restore(blank)
            # Nothing new is reported (the note box re-reports the same note as its text is set back).
            assert all(a == (step.id, blank) for a in got)
    assert seen == set(c.STEP_KINDS)
