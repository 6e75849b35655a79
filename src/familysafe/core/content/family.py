"""Family activities (issue 18, "Together"): one unit done by 2 to 4 children of any bands in one sitting.

A family activity has a shared spine told at the youngest child's level and `layered` steps whose
`layers` hold one quiz, scenario or reflect body per band; `follow_ups` keep what an older band's part
of the unit must not say in front of a younger child. The format is docs/content-format.md,
*Family activities*; `family_problems` is its validator (called by the loader, so
`familysafe-cli content validate` reports it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Annotated, Any, Literal

from pydantic import Field

from familysafe.core import standard
from familysafe.core.content.model import (
    READING_LIMITS,
    ActivityStep,
    Id,
    KeyMessage,
    Nodes,
    Pack,
    PictureName,
    PledgeStep,
    Problem,
    Question,
    Questions,
    QuizStep,
    ReflectStep,
    ScenarioStep,
    Short,
    Step,
    StoryStep,
    Strand,
    TalkStep,
    Text,
    _Model,
)
from familysafe.core.models import AGE_BANDS, AgeBand
from familysafe.core.readability import fk_grade

SPINE_STEPS = (4, 7)
LAYERED_STEPS = (1, 2)
FAMILY_MINUTES = (15.0, 20.0)
FOLLOW_UP_STEPS = (2, 3)
LAYER_QUESTIONS = 2


class _LayerBase(_Model):
    picture: PictureName
    child: Text
    grown_up: Text


class QuizLayer(_LayerBase):
    kind: Literal["quiz"]
    questions: Questions


class ScenarioLayer(_LayerBase):
    kind: Literal["scenario"]
    start: Id
    nodes: Nodes


class ReflectLayer(_LayerBase):
    kind: Literal["reflect"]
    prompt: Short


Layer = Annotated[QuizLayer | ScenarioLayer | ReflectLayer, Field(discriminator="kind")]


class LayeredStep(_Model):
    """A step each child answers in turn, in their own band's version (`layers`)."""

    id: Id
    kind: Literal["layered"]
    minutes: Annotated[float, Field(ge=0.5, le=8)]
    picture: PictureName
    child: Text
    grown_up: Text
    # For an older child when a younger one is present: a helper's role, in the older child's words.
    helper: Text | None = None
    # Every band must have a version: the validator names a missing one (a model error would not).
    layers: dict[AgeBand, Layer]

    def layer_step(self, band: str, step_id: str, minutes: float) -> Step:
        """The band's version as a normal step (quiz, scenario or reflect) with this id and minutes."""
        layer = self.layers[band]  # type: ignore[index]
        data = {**layer.model_dump(), "id": step_id, "minutes": minutes}
        if layer.kind == "quiz":
            return QuizStep.model_validate(data)
        if layer.kind == "scenario":
            return ScenarioStep.model_validate(data)
        return ReflectStep.model_validate(data)


FamilyStep = Annotated[
    TalkStep | StoryStep | ActivityStep | PledgeStep | ReflectStep | LayeredStep,
    Field(discriminator="kind"),
]


class FollowUp(_Model):
    """An older band's part of the unit, done alone with the grown-up when a younger child is present."""

    needed_with: Annotated[list[AgeBand], Field(min_length=1, max_length=3)]
    why: Text
    steps: Annotated[list[Step], Field(min_length=1, max_length=6)]

    @property
    def minutes(self) -> float:
        return sum(s.minutes for s in self.steps)


class FamilyActivity(_Model):
    """One unit for the whole family: the shared spine, layered steps, and follow-ups by band."""

    id: Id
    title: Short
    family: Literal[True]
    unit: Annotated[int, Field(ge=1, le=520)]
    strand: Strand
    topic: Short
    intro: Text
    if_worried: Text
    key_messages: Annotated[list[KeyMessage], Field(min_length=1, max_length=3)]
    conversation: Annotated[list[Short], Field(max_length=6)] | None = None
    steps: Annotated[list[FamilyStep], Field(min_length=2, max_length=12)]
    follow_ups: dict[AgeBand, FollowUp] = Field(default_factory=dict)

    @property
    def minutes(self) -> float:
        """The suggested minutes of the spine (layered steps included)."""
        return sum(s.minutes for s in self.steps)

    def recall_key(self, message_id: str) -> str:
        """The key of a key message in a child's recall boxes."""
        return f"{self.id}/{message_id}"

    def follow_up_id(self, band: str) -> str:
        """The activity id a band's follow-up is saved under (one session of its steps)."""
        return f"{self.id}-later-{band.replace('-', 'to')}"


def is_family(data: Any) -> bool:
    """Whether a YAML mapping is a family activity (the loader routes on `family: true`)."""
    return isinstance(data, dict) and data.get("family") is True


# ---------------------------------------------------------------- the validator


def _band_age(band: str) -> int:
    return int(band.split("-")[0])


def _reading(texts: list[str], band: str, path: str, what: str) -> Iterator[tuple[str, str]]:
    text = "\n".join(t.strip() for t in texts if t.strip())
    if not text:
        return
    grade = fk_grade(text)
    limit = READING_LIMITS[band]
    if grade > limit:
        yield path, f"{what} reads at grade {grade:.1f}; the {band} limit is {limit:g}"


def _as_activity(band: str, steps: list[Any], fam: FamilyActivity) -> Any:
    # The content standard's rules read activities through attributes only (core/standard.py).
    return SimpleNamespace(band=band, steps=steps, intro=fam.intro, if_worried=fam.if_worried, unit=fam.unit)


def _retarget(path: str, prefix: str) -> str:
    # A rule run on a one-step pseudo activity says "steps[0]...": put it back where it is in the file.
    return re.sub(r"^steps\[0\]", prefix, path)


def _tell(language: str) -> tuple[re.Pattern[str], str]:
    from familysafe.core.content.rules import _tell as tell

    return tell(language)


def _quiz_problems(questions: list[Question], path: str) -> Iterator[tuple[str, str]]:
    if len(questions) > LAYER_QUESTIONS:
        yield path, f"has {len(questions)} questions; a layer has 1 or {LAYER_QUESTIONS} (up to 4 children take turns)"
    for j, q in enumerate(questions):
        if not q.discuss and sum(o.correct for o in q.options) != 1:
            yield (
                f"{path}[{j}]",
                "needs exactly one option marked `correct: true` (or `discuss: true`: no single right answer)",
            )


def family_problems(
    f: str, fam: FamilyActivity, pack: Pack, known_pictures: set[str] | None, check_reading: bool = True
) -> Iterator[Problem]:
    """Every rule of the family format (docs/content-format.md, *Family activities*) for one file."""
    language = pack.language
    english = language.startswith("en") and check_reading
    tell, hint = _tell(language)
    prefix = f"fam-u{fam.unit:02d}-"
    if not fam.id.startswith(prefix):
        yield Problem(f, "id", f"should start with {prefix!r} (its unit)")
    units = {u.number: u for u in pack.units}
    if fam.unit not in units:
        yield Problem(f, "unit", f"unit {fam.unit} is not one of the pack's units (1 to {len(units)})")
    elif units[fam.unit].strand not in (None, fam.strand):
        yield Problem(f, "strand", f"is {fam.strand!r} but unit {fam.unit} is {units[fam.unit].strand!r} in pack.yaml")
    # The spine.
    steps = fam.steps
    lo, hi = SPINE_STEPS
    if not lo <= len(steps) <= hi:
        yield Problem(f, "steps", f"has {len(steps)} steps; the shared spine has {lo} to {hi}")
    kinds = Counter(s.kind for s in steps)
    if not LAYERED_STEPS[0] <= kinds["layered"] <= LAYERED_STEPS[1]:
        yield Problem(f, "steps", f"has {kinds['layered']} layered step(s); a family activity has 1 or 2")
    if steps[0].kind not in ("talk", "story"):
        yield Problem(f, "steps[0].kind", f"the first step is a {steps[0].kind!r}; start with a talk or a story")
    if kinds["pledge"] != 1:
        yield Problem(f, "steps", f"needs exactly one pledge step, the family's promise (has {kinds['pledge']})")
    last = steps[-1]
    if last.kind != "reflect":
        yield Problem(f, f"steps[{len(steps) - 1}].kind", "the last step must be a reflect step naming who to tell")
    elif not (tell.search(last.child) or tell.search(getattr(last, "prompt", ""))):
        yield Problem(
            f, f"steps[{len(steps) - 1}].child", f"the last step must say who each child can tell (use {hint})"
        )
    lo_m, hi_m = FAMILY_MINUTES
    if not lo_m <= fam.minutes <= hi_m:
        yield Problem(f, "steps", f"minutes add up to {fam.minutes:g}; a sitting takes {lo_m:g} to {hi_m:g}")
    ids = [s.id for s in steps] + [s.id for fu in fam.follow_ups.values() for s in fu.steps]
    for dup in sorted(k for k, n in Counter(ids).items() if n > 1):
        yield Problem(f, "steps", f"step id {dup!r} is used more than once (follow-up steps included)")
    for dup in sorted(k for k, n in Counter(k.id for k in fam.key_messages).items() if n > 1):
        yield Problem(f, "key_messages", f"key message id {dup!r} is used more than once")
    questions = fam.conversation or []
    if len(questions) != 3:
        yield Problem(f, "conversation", f"has {len(questions)} question(s); write exactly 3 open questions")
    for i, q in enumerate(questions):
        if not q.strip().endswith("?"):
            yield Problem(f, f"conversation[{i}]", "is not a question (it should end with '?')")
    # The spine's child text (a layered step's shared lead-in included) is at the 4-7 limit.
    spine = [s for s in steps if s.kind != "layered"]
    if english:
        texts = [t for s in spine for t in standard.step_child_texts(s)]
        texts += [s.child for s in steps if s.kind == "layered"]
        for path, msg in _reading(texts, "4-7", "steps", "the shared spine's child text"):
            yield Problem(f, path, msg)
    spine_act = _as_activity("4-7", list(steps), fam)
    for path, msg in standard.evidence_before_block(spine_act, language):
        yield Problem(f, path, msg)
    for path, msg in standard.image_exception(spine_act, language):
        yield Problem(f, path, msg)
    for path, msg in standard.spine_review(spine_act, language):
        yield Problem(f, path, msg)
    for path, msg in standard.worried_response(spine_act, language):
        yield Problem(f, path, msg)
    for i, s in enumerate(steps):
        if s.kind == "layered":
            yield from _layered_problems(f, i, s, fam, language, english)
        else:
            one = _as_activity("4-7", [s], fam)
            for path, msg in standard.step_minutes(one):
                yield Problem(f, _retarget(path, f"steps[{i}]"), msg)
    # Pictures.
    if known_pictures is not None:
        for path, name in _pictures(fam):
            if name not in known_pictures:
                yield Problem(f, path, f"picture {name!r} does not exist in assets/pictures")
    # Follow-ups.
    for band, fu in fam.follow_ups.items():
        where = f"follow_ups.{band}"
        for younger in fu.needed_with:
            if _band_age(younger) >= _band_age(band):
                yield Problem(f, f"{where}.needed_with", f"{younger} is not younger than {band}")
        lo_f, hi_f = FOLLOW_UP_STEPS
        if not lo_f <= len(fu.steps) <= hi_f:
            yield Problem(f, f"{where}.steps", f"has {len(fu.steps)} steps; a follow-up has {lo_f} to {hi_f}")
        end = fu.steps[-1]
        if end.kind != "reflect" or not (tell.search(end.child) or tell.search(getattr(end, "prompt", ""))):
            yield Problem(
                f,
                f"{where}.steps[{len(fu.steps) - 1}]",
                f"the last follow-up step must be a reflect step saying who to tell (use {hint})",
            )
        act = _as_activity(band, list(fu.steps), fam)
        for path, msg in standard.activity_problems(act, language):
            yield Problem(f, f"{where}.{path}", msg)
        for j, fs in enumerate(fu.steps):
            if isinstance(fs, QuizStep):
                for path, msg in _quiz_problems(list(fs.questions), f"{where}.steps[{j}].questions"):
                    yield Problem(f, path, msg)
            elif isinstance(fs, ScenarioStep):
                from familysafe.core.content.rules import scenario_problems

                for path, msg in scenario_problems(fs, language):
                    yield Problem(f, f"{where}.steps[{j}].{path}", msg)
        if english:
            texts = [t for s in fu.steps for t in standard.step_child_texts(s)]
            for path, msg in _reading(texts, band, f"{where}.steps", "the follow-up's child text"):
                yield Problem(f, path, msg)


def _layered_problems(
    f: str, i: int, s: LayeredStep, fam: FamilyActivity, language: str, english: bool
) -> Iterator[Problem]:
    from familysafe.core.content.rules import scenario_problems

    where = f"steps[{i}]"
    for band in AGE_BANDS:
        if band not in s.layers:
            yield Problem(
                f, f"{where}.layers", f"layered step {s.id!r} has no version for band {band}; write one for every band"
            )
    for band, layer in s.layers.items():
        lp = f"{where}.layers.{band}"
        step = s.layer_step(band, s.id, s.minutes)
        if layer.kind == "quiz":
            for path, msg in _quiz_problems(list(layer.questions), f"{lp}.questions"):
                yield Problem(f, path, msg)
        elif isinstance(step, ScenarioStep):
            for path, msg in scenario_problems(step, language):
                yield Problem(f, f"{lp}.{path}", msg)
        one = _as_activity(band, [step], fam)
        for rule in (
            standard.scenario_endings,
            standard.evidence_before_block,
            standard.image_exception,
            standard.evidence_in_stories,
            standard.image_sharing,
        ):
            for path, msg in rule(one, language):
                yield Problem(f, _retarget(path, lp), msg)
        for path, msg in standard.discuss_questions(one):
            yield Problem(f, _retarget(path, lp), msg)
        if english:
            texts = list(standard.step_child_texts(step))
            for path, msg in _reading(texts, band, lp, f"the {band} layer's child text"):
                yield Problem(f, path, msg)


def _pictures(fam: FamilyActivity) -> Iterator[tuple[str, str]]:
    def of_step(path: str, s: Any) -> Iterator[tuple[str, str]]:
        yield f"{path}.picture", s.picture
        for j, p in enumerate(getattr(s, "pages", None) or []):
            yield f"{path}.pages[{j}].picture", p.picture
        for band, layer in (getattr(s, "layers", None) or {}).items():
            yield f"{path}.layers.{band}.picture", layer.picture

    for i, s in enumerate(fam.steps):
        yield from of_step(f"steps[{i}]", s)
    for band, fu in fam.follow_ups.items():
        for j, fs in enumerate(fu.steps):
            yield from of_step(f"follow_ups.{band}.steps[{j}]", fs)


def check_family(
    pack: Pack, items: list[tuple[str, FamilyActivity]], pictures: set[str] | None, check_reading: bool
) -> Iterator[Problem]:
    """The family activities of one pack: each file's rules, one per unit, no id used twice."""
    for dup in sorted(k for k, n in Counter(a.id for _, a in items).items() if n > 1):
        yield Problem("pack", "", f"family activity id {dup!r} is used by more than one file")
    for unit, n in sorted(Counter(a.unit for _, a in items).items()):
        if n > 1:
            yield Problem("pack", "", f"unit {unit} has {n} family activities; a unit has at most 1")
    for f, fam in items:
        yield from family_problems(f, fam, pack, pictures, check_reading)
