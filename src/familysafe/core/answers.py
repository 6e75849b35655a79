"""What a family answers at a step: one typed answer per step kind. No Qt, no SQL.

A step kind is one entry per layer (see docs/architecture.md, *A new step kind*): its model in
core.content (`STEP_KINDS` and the `Step` union), its answer here (a class registered in `ANSWERS`),
and its view in ui/steps.py (`VIEWS`).

An answer is kept in a saved session as a small JSON object; `to_json` writes exactly the shapes
saved before these classes existed (``{"choices": {...}}``, ``{"agreed": true}``, ...), so every saved
session still loads, and `from_json` reads them back leniently: an item that no longer fits (a
damaged file, content changed under a saved session) is dropped, never raised.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from familysafe.core.session import quiz_result


def _ints(value: Any) -> tuple[int, ...]:
    # Whole numbers only: bool is an int in Python but never an index.
    if not isinstance(value, list | tuple):
        return ()
    return tuple(i for i in value if isinstance(i, int) and not isinstance(i, bool))


@dataclass(frozen=True)
class StepAnswer:
    """The base of the answer types: its kind, its JSON form, and whether it is right."""

    kind: ClassVar[str] = ""

    def to_json(self) -> dict[str, Any]:
        """The answer as saved in a session (a JSON object)."""
        raise NotImplementedError

    @classmethod
    def from_json(cls, value: Any) -> StepAnswer | None:
        """The answer saved as `value`, or None when it is not this kind's shape."""
        raise NotImplementedError

    def score(self, step: Any) -> bool | None:
        """Whether the answer is right for `step` (a core.content step); None: no right answer."""
        return None


@dataclass(frozen=True)
class TalkAnswer(StepAnswer):
    """A talk step was seen (it has nothing to choose)."""

    kind: ClassVar[str] = "talk"
    seen: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"seen": self.seen}

    @classmethod
    def from_json(cls, value: Any) -> TalkAnswer | None:
        if not isinstance(value, Mapping):
            return None
        return cls(value.get("seen") is not False)


@dataclass(frozen=True)
class StoryAnswer(StepAnswer):
    """The page of the story reached (0-based)."""

    kind: ClassVar[str] = "story"
    page: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page}

    @classmethod
    def from_json(cls, value: Any) -> StoryAnswer | None:
        page = value.get("page") if isinstance(value, Mapping) else None
        if not isinstance(page, int) or isinstance(page, bool):
            return None
        return cls(page)


@dataclass(frozen=True)
class QuizAnswer(StepAnswer):
    """The option chosen for each question: question id -> the option's index."""

    kind: ClassVar[str] = "quiz"
    choices: Mapping[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"choices": dict(self.choices)}

    @classmethod
    def from_json(cls, value: Any) -> QuizAnswer | None:
        choices = value.get("choices") if isinstance(value, Mapping) else None
        if not isinstance(choices, Mapping):
            return None
        return cls(
            {
                str(q): i
                for q, i in choices.items()
                if isinstance(q, str) and isinstance(i, int) and not isinstance(i, bool)
            }
        )

    def score(self, step: Any) -> bool | None:
        """Right when every scored question has its right option (core.session.quiz_result)."""
        return quiz_result(step, self.choices)


@dataclass(frozen=True)
class ScenarioAnswer(StepAnswer):
    """The choices taken through a branching story, and whether it reached an ending.

    `ended` is None for a story started again (saved as ``{"path": []}``, as before)."""

    kind: ClassVar[str] = "scenario"
    path: tuple[int, ...] = ()
    ended: bool | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"path": list(self.path)}
        if self.ended is not None:
            out["ended"] = self.ended
        return out

    @classmethod
    def from_json(cls, value: Any) -> ScenarioAnswer | None:
        if not isinstance(value, Mapping) or not isinstance(value.get("path"), list):
            return None
        ended = value.get("ended")
        return cls(_ints(value["path"]), ended if isinstance(ended, bool) else None)


@dataclass(frozen=True)
class ChecklistAnswer(StepAnswer):
    """The checklist items ticked (indexes), the "to do together later" ones when the step has any, and
    the grown-up's note when the step asks for one ("type them in the note").

    `later` and `note` are None for a step without them (saved without the key, as before)."""

    kind: ClassVar[str] = "activity"
    ticked: tuple[int, ...] = ()
    later: tuple[int, ...] | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"ticked": list(self.ticked)}
        if self.later is not None:
            out["later"] = list(self.later)
        if self.note is not None:
            out["note"] = self.note
        return out

    @classmethod
    def from_json(cls, value: Any) -> ChecklistAnswer | None:
        if not isinstance(value, Mapping):
            return None
        later = value.get("later")
        note = value.get("note")
        return cls(
            _ints(value.get("ticked")),
            _ints(later) if isinstance(later, list) else None,
            note if isinstance(note, str) else None,
        )


@dataclass(frozen=True)
class PledgeAnswer(StepAnswer):
    """Whether the family agreed to the pledge ("not yet" is False), and, where the step has one,
    whether the grown-up made their own promise (None until they chose).

    In a sitting together (issue 18) each child agrees for themselves: `who` holds the ids of the
    children who agreed (`agreed` is then whether anyone did); None outside a sitting, and in a sitting
    saved before, where "agreed" was everyone's."""

    kind: ClassVar[str] = "pledge"
    agreed: bool = False
    grown_up: bool | None = None
    who: tuple[int, ...] | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"agreed": self.agreed}
        if self.grown_up is not None:
            out["grown_up"] = self.grown_up
        if self.who is not None:
            out["who"] = list(self.who)
        return out

    @classmethod
    def from_json(cls, value: Any) -> PledgeAnswer | None:
        agreed = value.get("agreed") if isinstance(value, Mapping) else None
        if not isinstance(agreed, bool):
            return None
        grown_up = value.get("grown_up")
        who = value.get("who")
        return cls(
            agreed, grown_up if isinstance(grown_up, bool) else None, _ints(who) if isinstance(who, list) else None
        )

    def agreed_by(self, child_ids: Sequence[int]) -> list[int]:
        """Which of these children agreed: those in `who`, or, without it, all of them when `agreed`."""
        if self.who is not None:
            return [c for c in child_ids if c in self.who]
        return list(child_ids) if self.agreed else []


@dataclass(frozen=True)
class ReflectAnswer(StepAnswer):
    """The grown-up's note (may be empty: nothing is kept then)."""

    kind: ClassVar[str] = "reflect"
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"note": self.note}

    @classmethod
    def from_json(cls, value: Any) -> ReflectAnswer | None:
        note = value.get("note") if isinstance(value, Mapping) else None
        return cls(note) if isinstance(note, str) else None


# The registry: one answer type per step kind (tests/core/test_answers.py checks it covers STEP_KINDS).
ANSWERS: dict[str, type[StepAnswer]] = {
    a.kind: a
    for a in (TalkAnswer, StoryAnswer, QuizAnswer, ScenarioAnswer, ChecklistAnswer, PledgeAnswer, ReflectAnswer)
}


def answer_from_json(kind: str, value: Any) -> StepAnswer | None:
    """The typed answer of a step of `kind` saved as `value`; None for an unknown kind or a shape that
    does not fit (an answer of another kind, or damage)."""
    cls = ANSWERS.get(kind)
    return cls.from_json(value) if cls is not None else None


def default_answer(step: Any) -> StepAnswer | None:
    """The answer given when a session is played without answers (the demo, the self-test): the family
    agrees to a pledge and otherwise just moves on."""
    return PledgeAnswer(True) if step.kind == "pledge" else None
