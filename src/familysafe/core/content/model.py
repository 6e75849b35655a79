"""The content model: packs, units, activities, steps and guides as frozen pydantic models. The
containers the loader fills (`Problem`, `LoadedPack`, `Library`) are in library.py, without pydantic.

See docs/content-format.md for the format, docs/architecture.md for where a new step kind goes.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from familysafe.core import standard
from familysafe.core.content.library import Library as Library  # the containers, pydantic-free, named here too
from familysafe.core.content.library import LoadedPack as LoadedPack
from familysafe.core.content.library import Problem as Problem
from familysafe.core.models import AgeBand
from familysafe.core.text import text_problem

STRANDS: dict[str, str] = {
    "self-image": "Self-image and identity",
    "relationships": "Online relationships",
    "reputation": "Online reputation",
    "bullying": "Online bullying",
    "information": "Managing online information",
    "wellbeing": "Health, wellbeing and lifestyle",
    "privacy-security": "Privacy and security",
    "copyright": "Copyright and ownership",
}
Strand = Literal[
    "self-image",
    "relationships",
    "reputation",
    "bullying",
    "information",
    "wellbeing",
    "privacy-security",
    "copyright",
]
STEP_KINDS = ("talk", "story", "quiz", "scenario", "activity", "pledge", "reflect")
BAND_CODES: dict[str, str] = {"4-7": "b47", "8-10": "b810", "11-13": "b1113", "14-17": "b1417"}
READING_LIMITS: dict[str, float] = {"4-7": 3.0, "8-10": 5.0, "11-13": 7.0, "14-17": 9.0}
SESSION_MINUTES = 15.0
MINUTES_TOLERANCE = 1.0
GUIDE_WORDS = (400, 900)


def _plain_line(value: str) -> str:
    """A short text shows what it says: no control characters, direction overrides or invisible-only text."""
    problem = text_problem(value)
    if problem:
        raise PydanticCustomError("plain_text", problem)
    return value


# A pack's version, one integer type everywhere (model, install record, installed_version): no "7" or 7.0.
MAX_PACK_VERSION = 1_000_000
PackVersion = Annotated[int, Field(strict=True, ge=1, le=MAX_PACK_VERSION)]
_PACK_VERSION: TypeAdapter[int] = TypeAdapter(PackVersion)


def pack_version(value: Any) -> int | None:
    """`value` if it is a valid pack version (an integer from 1 to MAX_PACK_VERSION), else None."""
    try:
        return _PACK_VERSION.validate_python(value, strict=True)
    except ValidationError:
        return None


Id = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")]
Text = Annotated[str, Field(min_length=1, max_length=4000)]
Short = Annotated[str, Field(min_length=1, max_length=300), AfterValidator(_plain_line)]
PictureName = Annotated[str, Field(pattern=r"^[a-z0-9-]{1,40}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Model):
    text: Short
    feedback: Text
    correct: bool = False


class Question(_Model):
    id: Id
    text: Short
    options: Annotated[list[Option], Field(min_length=2, max_length=4)]
    # No single right answer ("which would you do first, and why?"): no option is `correct`, each
    # option's feedback discusses that choice, and the question is not scored.
    discuss: bool = False


class Choice(_Model):
    text: Short
    feedback: Text
    next: Id


class Node(_Model):
    id: Id
    text: Text
    choices: Annotated[list[Choice], Field(max_length=3)] = []
    end: bool = False


class Page(_Model):
    text: Text
    picture: PictureName


class _StepBase(_Model):
    id: Id
    minutes: Annotated[float, Field(ge=0.5, le=8)]
    picture: PictureName
    child: Text
    grown_up: Text


class TalkStep(_StepBase):
    kind: Literal["talk"]


class StoryStep(_StepBase):
    kind: Literal["story"]
    pages: Annotated[list[Page], Field(min_length=2, max_length=6)]


# A quiz's questions and a scenario's nodes, bounded the same in a step and in a family layer (family.py).
Questions = Annotated[list[Question], Field(min_length=1, max_length=4)]
Nodes = Annotated[list[Node], Field(min_length=2, max_length=20)]


class QuizStep(_StepBase):
    kind: Literal["quiz"]
    questions: Questions


class ScenarioStep(_StepBase):
    kind: Literal["scenario"]
    start: Id
    nodes: Nodes


class ActivityStep(_StepBase):
    kind: Literal["activity"]
    checklist: Annotated[list[Short], Field(min_length=2, max_length=6)]
    # Big tasks moved out of the 15 minutes: "to do together later", saved with the step's answer.
    later: Annotated[list[Short], Field(min_length=1, max_length=6)] | None = None


class PledgeStep(_StepBase):
    kind: Literal["pledge"]
    pledge: Short
    # The grown-up's own promise, offered after the child's ("I will ask before I post photos of you").
    grown_up_pledge: Short | None = None


class ReflectStep(_StepBase):
    kind: Literal["reflect"]
    prompt: Short


Step = Annotated[
    TalkStep | StoryStep | QuizStep | ScenarioStep | ActivityStep | PledgeStep | ReflectStep,
    Field(discriminator="kind"),
]


class KeyMessage(_Model):
    id: Id
    text: Short
    question: Short


class Activity(_Model):
    id: Id
    title: Short
    band: AgeBand
    unit: Annotated[int, Field(ge=1, le=520)]
    strand: Strand
    topic: Short
    badge: Short
    intro: Text
    if_worried: Text
    key_messages: Annotated[list[KeyMessage], Field(min_length=1, max_length=3)]
    # Three open questions for the car or the dinner table, in the band's words (the conversation
    # card). Required by the validator (`conversation_problems`), optional here so a pack without
    # them gets a plain message instead of being unreadable.
    conversation: Annotated[list[Short], Field(max_length=6)] | None = None
    steps: Annotated[list[Step], Field(min_length=2, max_length=12)]

    @property
    def minutes(self) -> float:
        """The suggested minutes of all steps together."""
        return sum(s.minutes for s in self.steps)

    def step(self, step_id: str) -> Step:
        """The step with this id (KeyError when there is none)."""
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def child_text(self) -> str:
        """Everything the child's side of the screen shows, joined, for the reading-level check."""
        return "\n".join(t.strip() for t in standard.child_texts(self) if t.strip())

    def recall_key(self, message_id: str) -> str:
        """The key of a key message in a child's recall boxes."""
        return f"{self.id}/{message_id}"


class Unit(_Model):
    number: Annotated[int, Field(ge=1, le=520)]
    title: Short
    strand: Strand | None = None


class Pack(_Model):
    id: Id
    title: Short
    language: Annotated[str, Field(pattern=r"^[a-z]{2}(-[A-Z]{2})?$")]
    version: PackVersion
    publisher: Short
    year: bool = False  # a full year: one activity per unit per band, every strand twice
    variety: Short | None = None  # the language variety written in, e.g. "neutral Latin American Spanish"
    units: Annotated[list[Unit], Field(min_length=1, max_length=520)]

    @field_validator("units")
    @classmethod
    def _units_in_order(cls, units: list[Unit]) -> list[Unit]:
        numbers = [u.number for u in units]
        if numbers != list(range(1, len(units) + 1)):
            raise ValueError("units must be numbered 1, 2, 3, ... in order")
        return units


class Guide(_Model):
    id: Id
    title: Short
    summary: Text
    unit: Annotated[int, Field(ge=1, le=520)]
    strand: Strand
    bands: Annotated[list[AgeBand], Field(min_length=1, max_length=4)]
    # Where a band's activity on this subject is in another unit: band -> its units (then `unit` is
    # not used for that band). The guide is open when any of its units is open for that band.
    units: dict[AgeBand, Annotated[list[Annotated[int, Field(ge=1, le=520)]], Field(min_length=1, max_length=4)]] = {}
    reviewed: date
    body: Annotated[str, Field(min_length=1, max_length=20_000)]

    def units_for(self, band: str) -> list[int]:
        """The units of a band whose activity this guide belongs to (none when not written for the band)."""
        if band not in self.bands:
            return []
        return list(self.units.get(band, [self.unit]))

    @property
    def words(self) -> int:
        """How many words the body has."""
        return len(self.body.split())
