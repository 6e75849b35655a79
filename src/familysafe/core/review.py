"""Review sessions (issue 17, item 6): after a band's 26 units, one 15-minute review each cadence period,
built from the child's own history. Plain Python, no Qt and no SQL.

`build_review` turns a child's history into an ordinary activity (a `ReviewActivity`) that the session
screens play as they play any other: a "Remember?" quiz weighted to what was hard, two scenarios
replayed with the choices the child did not take, their pledges revisited ("still true? change it?"),
and a last step naming who to tell. The same history, number and seed always give the same activity.

`next_review_date` is the rule for when one is due: one per cadence period after the year was done,
never a backlog, and a clock turned back makes none due.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict

from familysafe.core import recall
from familysafe.core.content.model import (
    Activity,
    Choice,
    KeyMessage,
    Option,
    Question,
    QuizStep,
    ReflectStep,
    ScenarioStep,
    TalkStep,
)
from familysafe.core.models import AgeBand, Pledge, RecallItem

# The rules of when (no pydantic: the home screen reads them), named here too.
from familysafe.core.review_dates import REVIEW_PREFIX as REVIEW_PREFIX
from familysafe.core.review_dates import is_review_id as is_review_id
from familysafe.core.review_dates import next_review_date as next_review_date
from familysafe.core.review_dates import review_band as review_band
from familysafe.core.review_dates import review_id as review_id
from familysafe.core.review_dates import review_seed as review_seed

REVIEW_MINUTES = 15.0
LAST_STEP_MINUTES = 2.0
MAX_REMEMBER = 4  # a quiz step holds at most four questions
MAX_SCENARIOS = 2
MAX_PLEDGES = 2
# The share of the 13 minutes before the last step each part takes when it is there.
_PART_WEIGHTS = {"remember": 4.0, "scenario": 3.0, "pledge": 1.5, "looking": 4.0}


# ---------------------------------------------------------------- what


@dataclass(frozen=True)
class FinishedActivity:
    """An activity the child finished, with the answers saved at its steps (step id -> answer JSON)."""

    activity: Activity
    answers: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class History:
    """What a review is built from: the child's finished activities (oldest first), recall cards and
    their own pledges (the grown-up's are left out)."""

    band: AgeBand
    finished: Sequence[FinishedActivity]
    recall: Sequence[RecallItem] = ()
    pledges: Sequence[Pledge] = ()


@dataclass(frozen=True)
class ReviewWords:
    """The review's own sentences, in the family's language (the window passes translated ones).

    `{pledge}` and `{choice}` are filled in."""

    title: str = "Review time"
    badge: str = "Review star"
    topic: str = "Looking back at the year"
    intro: str = (
        "A review session: a few things from this year to remember, two stories to try another way, and "
        "your promises to check. There is nothing new to learn, and nothing to get right or wrong."
    )
    if_worried: str = (
        "If something online worries you, stop and tell a grown-up you trust. You will never be in trouble for telling."
    )
    remember_child: str = "Remember? Let's see what we remember from this year."
    remember_grown_up: str = (
        "These come from what your child found hard: questions answered wrongly before and cards they were "
        "not sure of. Read each one together; there is no score. Praise the remembering, and look again "
        "together at anything forgotten."
    )
    remembered: str = "We remembered it"
    look_again: str = "Let's look at it again"
    scenario_child: str = "Last time you chose: {choice}. This time, let's try the other way."
    scenario_child_plain: str = "Let's play this story again and try a different way."
    scenario_grown_up: str = (
        "This story is replayed with the choices your child did not take last time. Talk about what happens "
        "now, and which way felt better. There is no wrong answer here."
    )
    pledge_child: str = "You promised: “{pledge}” Is it still true? Would you change it?"
    pledge_prompt: str = "Still true? Leave the box below empty to keep it, or type the new words there."
    pledge_grown_up: str = (
        "Read the promise together. If it still fits, leave the box empty and it stays as it is. If your "
        "child wants to change it, type the new words: the family agreement will show them, and the old "
        "words are kept in the notes."
    )
    tell_child: str = (
        "If something online ever feels wrong, who would you tell? Say their names out loud: a grown-up at "
        "home, a teacher, or another grown-up you trust. Telling is always the right thing to do."
    )
    tell_grown_up: str = (
        "Let your child name the people they would tell, and add any they forget. Remind them that they will "
        "never be in trouble for telling you, whatever happened."
    )
    pledge_changed_note: str = "A promise was changed in a review.\nBefore: {old}\nNow: {new}"
    pledge_kept_note: str = (
        "New words for the promise “{old}” were typed in a review, but they are too long for the family "
        "agreement (300 letters at most) or hold characters it cannot show, so the promise stays as it was. "
        "The new words: {new}"
    )
    looking_back_child: str = "What do you remember most from this year? Tell your grown-up."
    looking_back_grown_up: str = "Ask about a favourite activity and a promise your child still keeps."
    looking_ahead_child: str = "What would you like to learn about next? Tell your grown-up."
    looking_ahead_grown_up: str = (
        "Listen to what your child is curious or unsure about online: games, videos, friends, new apps. "
        "Agree on one thing to find out about together."
    )


class ReviewInfo(BaseModel):
    """What a review was built from, kept with it so that finishing can act on the answers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    number: int
    # Question id in the "Remember?" step -> the recall key it asks about ("" for a replayed quiz question).
    recall_keys: dict[str, str] = {}
    # Reflect step id -> (pledge id, the pledge's text when the review was built).
    pledges: dict[str, tuple[int, str]] = {}


class ReviewActivity(Activity):
    """An activity built for one review: played like any other, finished by services/review.py."""

    review: ReviewInfo


@dataclass(frozen=True)
class _Candidate:
    weight: float
    hard: bool
    question: Question
    recall_key: str


def _weighted_order(items: Sequence[_Candidate], rng: random.Random) -> list[_Candidate]:
    """Hard ones first, each group drawn at random weighted by how hard (Efraimidis-Spirakis)."""
    keyed = [(not c.hard, -(rng.random() ** (1.0 / max(c.weight, 0.01))), i) for i, c in enumerate(items)]
    keyed.sort()
    return [items[i] for _, _, i in keyed]


def _remember_candidates(history: History, words: ReviewWords) -> list[_Candidate]:
    by_id = {f.activity.id: f.activity for f in history.finished}
    out: list[_Candidate] = []
    # Quiz questions answered wrongly: replayed as they were, options and feedback and all.
    for f in history.finished:
        for step in f.activity.steps:
            if not isinstance(step, QuizStep):
                continue
            ans = f.answers.get(step.id)
            choices = ans.get("choices") if isinstance(ans, Mapping) else None
            if not isinstance(choices, Mapping):
                continue
            for q in step.questions:
                picked = choices.get(q.id)
                if q.discuss or not isinstance(picked, int) or not 0 <= picked < len(q.options):
                    continue
                if not q.options[picked].correct:
                    out.append(_Candidate(12.0, True, q, ""))
    # Recall cards: low boxes and wrong answers weigh most (core.recall.card_weight).
    seen: set[str] = set()
    for item in history.recall:
        if item.key in seen:
            continue
        seen.add(item.key)
        act_id, _, msg_id = item.key.partition("/")
        act = by_id.get(act_id)
        msg = next((k for k in act.key_messages if k.id == msg_id), None) if act else None
        if msg is None:
            continue
        q = Question(
            id="r",
            text=msg.question,
            options=[
                Option(text=words.remembered, feedback=msg.text),
                Option(text=words.look_again, feedback=msg.text),
            ],
            discuss=True,
        )
        out.append(_Candidate(recall.card_weight(item), item.box <= 2 or item.wrong > 0, q, item.key))
    return out


def _untaken(step: ScenarioStep, path: Sequence[int]) -> tuple[ScenarioStep, str] | None:
    """The scenario with, at each node of the child's path, only the choices they did not take, and the
    text of the first choice they took; None when the path took nothing that could be left out."""
    nodes = {n.id: n for n in step.nodes}
    taken: dict[str, set[int]] = {}
    node = nodes.get(step.start)
    for index in path:
        if node is None or not 0 <= index < len(node.choices):
            break
        taken.setdefault(node.id, set()).add(index)
        node = nodes.get(node.choices[index].next)
    first = step.start
    if first not in taken or len(taken[first]) >= len(nodes[first].choices):
        return None
    first_text = nodes[first].choices[min(taken[first])].text.rstrip(".!?")
    new_nodes = []
    for n in step.nodes:
        keep: list[Choice] = [c for i, c in enumerate(n.choices) if i not in taken.get(n.id, set())]
        new_nodes.append(n.model_copy(update={"choices": keep or list(n.choices)}) if n.choices else n)
    return step.model_copy(update={"nodes": new_nodes}), first_text


def _minutes(parts: Sequence[str]) -> list[float]:
    """Minutes for each part, in its weight's share of the 13 minutes before the last step, at most 8 a step
    (what one step over takes goes to the others), in half minutes."""
    budget = REVIEW_MINUTES - LAST_STEP_MINUTES
    share = [0.0] * len(parts)
    free, left = set(range(len(parts))), budget
    while free:
        total = sum(_PART_WEIGHTS[parts[i]] for i in free)
        want = {i: left * _PART_WEIGHTS[parts[i]] / total for i in free}
        over = [i for i in free if want[i] > 8.0]
        if not over:
            for i in free:
                share[i] = want[i]
            break
        for i in over:
            share[i], left = 8.0, left - 8.0
            free.discard(i)
    mins = [min(8.0, max(0.5, round(m * 2) / 2)) for m in share]
    # Rounding may leave half a minute over or under: the part with the most room takes it.
    for _ in range(len(mins) * 4):
        diff = budget - sum(mins)
        if abs(diff) < 0.25:
            break
        step = 0.5 if diff > 0 else -0.5
        room = [i for i in range(len(mins)) if 0.5 <= mins[i] + step <= 8.0]
        if not room:
            break
        pick = max(room, key=lambda i: (mins[i] if step < 0 else 8.0 - mins[i], -i))
        mins[pick] += step
    return mins


def build_review(history: History, number: int, seed: int, words: ReviewWords | None = None) -> ReviewActivity:
    """The `number`-th review of a band, built from the child's history; the same arguments always give
    the same activity.

    Steps: "Remember?" (a quiz of up to four questions: questions answered wrongly before and recall
    cards in low boxes first, then others, drawn weighted to what was hard; a recall card's question is
    a "discuss" one, "we remembered it" / "let's look at it again"), up to two of the band's scenarios
    the child played replayed with only the choices not taken at each place they passed, up to two of
    their pledges revisited as reflect steps (rotating with `number`), and a last step naming who to
    tell. The minutes add up to 15. ValueError for a number below 1.
    """
    if number < 1:
        raise ValueError(f"reviews are numbered from 1, not {number}")
    w = words or ReviewWords()
    rng = random.Random(seed)
    band_done = [f for f in history.finished if f.activity.band == history.band]
    steps: list[Any] = []
    parts: list[str] = []
    recall_keys: dict[str, str] = {}
    pledges: dict[str, tuple[int, str]] = {}

    chosen = _weighted_order(_remember_candidates(history, w), rng)[:MAX_REMEMBER]
    if chosen:
        questions = []
        for i, c in enumerate(chosen, start=1):
            qid = f"q{i}"
            questions.append(c.question.model_copy(update={"id": qid}))
            recall_keys[qid] = c.recall_key
        steps.append(
            (
                "remember",
                {
                    "kind": "quiz",
                    "id": "remember",
                    "picture": "question",
                    "questions": questions,
                    "child": w.remember_child,
                    "grown_up": w.remember_grown_up,
                },
            )
        )
        parts.append("remember")

    replays: list[tuple[ScenarioStep, str]] = []
    for f in band_done:
        for step in f.activity.steps:
            ans = f.answers.get(step.id)
            path = ans.get("path") if isinstance(ans, Mapping) else None
            if isinstance(step, ScenarioStep) and isinstance(path, list) and path:
                found = _untaken(step, [p for p in path if isinstance(p, int) and not isinstance(p, bool)])
                if found is not None:
                    replays.append(found)
    rng.shuffle(replays)
    for i, (sc, first) in enumerate(replays[:MAX_SCENARIOS], start=1):
        child = w.scenario_child.replace("{choice}", first) if first else w.scenario_child_plain
        steps.append(
            (
                "scenario",
                {
                    "kind": "scenario",
                    "id": f"story-{i}",
                    "picture": sc.picture,
                    "child": child,
                    "grown_up": w.scenario_grown_up,
                    "start": sc.start,
                    "nodes": sc.nodes,
                },
            )
        )
        parts.append("scenario")

    own = sorted((p for p in history.pledges if not p.by_grown_up and p.id is not None), key=lambda p: p.id or 0)
    if own:
        at = ((number - 1) * MAX_PLEDGES) % len(own)
        picked = [own[(at + k) % len(own)] for k in range(min(MAX_PLEDGES, len(own)))]
        for i, p in enumerate(picked, start=1):
            sid = f"promise-{i}"
            assert p.id is not None
            pledges[sid] = (p.id, p.text)
            steps.append(
                (
                    "pledge",
                    {
                        "kind": "reflect",
                        "id": sid,
                        "picture": "agreement",
                        "child": w.pledge_child.replace("{pledge}", p.text),
                        "grown_up": w.pledge_grown_up,
                        "prompt": w.pledge_prompt,
                    },
                )
            )
            parts.append("pledge")

    # Too little history to fill the quarter of an hour (each step is at most 8 minutes): a talk about the year.
    fillers = [
        ("looking-back", "thinking", w.looking_back_child, w.looking_back_grown_up),
        ("looking-ahead", "star", w.looking_ahead_child, w.looking_ahead_grown_up),
    ]
    while len(parts) * 8.0 < REVIEW_MINUTES - LAST_STEP_MINUTES and fillers:
        sid, picture, child_text, grown_text = fillers.pop(0)
        steps.append(
            ("looking", {"kind": "talk", "id": sid, "picture": picture, "child": child_text, "grown_up": grown_text})
        )
        parts.append("looking")
    built: list[Any] = []
    for (_, data), mins in zip(steps, _minutes(parts), strict=True):
        kind = data.pop("kind")
        model = {"quiz": QuizStep, "scenario": ScenarioStep, "reflect": ReflectStep, "talk": TalkStep}[kind]
        built.append(model(kind=kind, minutes=mins, **data))
    built.append(
        TalkStep(
            kind="talk",
            id="who-to-tell",
            minutes=LAST_STEP_MINUTES,
            picture="helper",
            child=w.tell_child,
            grown_up=w.tell_grown_up,
        )
    )

    strands = [f.activity.strand for f in band_done] or ["wellbeing"]
    last_unit = max((f.activity.unit for f in band_done), default=1)
    return ReviewActivity(
        id=review_id(history.band, number),
        title=w.title,
        band=history.band,
        unit=min(last_unit, 520),
        strand=rng.choice(sorted(set(strands))),
        topic=w.topic,
        badge=w.badge,
        intro=w.intro,
        if_worried=w.if_worried,
        key_messages=[KeyMessage(id="review", text=w.topic, question=w.remember_child)],
        steps=built,
        review=ReviewInfo(number=number, recall_keys=recall_keys, pledges=pledges),
    )


__all__ = [
    "FinishedActivity",
    "History",
    "ReviewActivity",
    "ReviewInfo",
    "ReviewWords",
    "build_review",
    "is_review_id",
    "next_review_date",
    "review_band",
    "review_id",
    "review_seed",
]
