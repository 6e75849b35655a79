"""The step-kind registry's answers: one typed answer per kind, saved in the JSON shapes sessions hold."""

from __future__ import annotations

from typing import Any

import pytest

from familysafe.core import content as c
from familysafe.core.answers import (
    ANSWERS,
    ChecklistAnswer,
    PledgeAnswer,
    QuizAnswer,
    ReflectAnswer,
    ScenarioAnswer,
    StoryAnswer,
    TalkAnswer,
    answer_from_json,
    default_answer,
)


def test_every_step_kind_has_one_answer_type() -> None:
    assert set(ANSWERS) == set(c.STEP_KINDS)
    assert all(cls.kind == kind for kind, cls in ANSWERS.items())
    assert all(ANSWERS[kind]().kind == kind for kind in c.STEP_KINDS)  # each has a blank answer


# The shapes the views saved before the answers were typed: every one must read back unchanged.
SAVED = [
    ("talk", {"seen": True}),
    ("story", {"page": 2}),
    ("quiz", {"choices": {"q1": 0, "q2": 2}}),
    ("scenario", {"path": []}),
    ("scenario", {"path": [0, 1], "ended": True}),
    ("scenario", {"path": [1], "ended": False}),
    ("activity", {"ticked": [0, 2]}),
    ("activity", {"ticked": [], "later": [1]}),
    ("pledge", {"agreed": True}),
    ("pledge", {"agreed": False}),
    ("reflect", {"note": "We talked about it."}),
    ("reflect", {"note": ""}),
]


@pytest.mark.parametrize(("kind", "saved"), SAVED)
def test_a_saved_answer_reads_back_as_its_type_and_saves_the_same(kind: str, saved: dict[str, Any]) -> None:
    typed = answer_from_json(kind, saved)
    assert typed is not None and type(typed) is ANSWERS[kind]
    assert typed.to_json() == saved


def test_typed_answers_write_the_old_shapes() -> None:
    assert QuizAnswer({"q1": 1}).to_json() == {"choices": {"q1": 1}}
    assert ScenarioAnswer().to_json() == {"path": []}
    assert ScenarioAnswer((0, 1), True).to_json() == {"path": [0, 1], "ended": True}
    assert ChecklistAnswer((0,)).to_json() == {"ticked": [0]}
    assert ChecklistAnswer((), (1,)).to_json() == {"ticked": [], "later": [1]}
    assert PledgeAnswer(True).to_json() == {"agreed": True}
    assert ReflectAnswer("x").to_json() == {"note": "x"}
    assert StoryAnswer(1).to_json() == {"page": 1}
    assert TalkAnswer().to_json() == {"seen": True}


@pytest.mark.parametrize(
    ("kind", "damaged", "expected"),
    [
        ("pledge", {"agreed": "yes"}, None),
        ("pledge", [True], None),
        ("reflect", {"note": 3}, None),
        ("story", {"page": True}, None),
        ("story", None, None),
        ("quiz", {"choices": {"q1": "a", "q2": 1, "q3": True}}, QuizAnswer({"q2": 1})),
        ("scenario", {"path": ["a", 1, None], "ended": "maybe"}, ScenarioAnswer((1,))),
        ("activity", {"ticked": [0, "x", 9], "later": [1, 9, "x"]}, ChecklistAnswer((0, 9), (1, 9))),
        ("no-such-kind", {"seen": True}, None),
    ],
)
def test_a_damaged_answer_keeps_what_fits_and_never_raises(kind: str, damaged: Any, expected: Any) -> None:
    assert answer_from_json(kind, damaged) == expected


def test_only_a_quiz_is_scored(library: Any) -> None:
    quiz = next(
        s
        for a in library.activities.values()
        for s in a.steps
        if isinstance(s, c.QuizStep) and not any(q.discuss for q in s.questions)
    )
    right = {q.id: next(i for i, o in enumerate(q.options) if o.correct) for q in quiz.questions}
    wrong = {q.id: next(i for i, o in enumerate(q.options) if not o.correct) for q in quiz.questions}
    assert QuizAnswer(right).score(quiz) is True
    assert QuizAnswer(wrong).score(quiz) is False
    assert QuizAnswer({}).score(quiz) is None  # not every question answered yet
    assert PledgeAnswer(True).score(quiz) is None


def test_the_default_answer_agrees_to_a_pledge_and_nothing_else(library: Any) -> None:
    steps = [s for a in library.activities.values() for s in a.steps]
    kinds = {s.kind: default_answer(s) for s in steps}
    assert kinds.pop("pledge") == PledgeAnswer(True)
    assert set(kinds.values()) == {None}
