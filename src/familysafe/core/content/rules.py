"""The content's rules: what the model's types cannot say (ids that resolve, scenarios that end safely,
15 minutes a session, reading level, a year's coverage, guides that open with their activity), and the
reports (`reading_summary`, `coverage`). The content standard's rules live in core/standard.py and
run from here. Each problem names the file, the field path and what is wrong.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from familysafe.core import standard
from familysafe.core.content.model import (
    BAND_CODES,
    GUIDE_WORDS,
    MINUTES_TOLERANCE,
    READING_LIMITS,
    SESSION_MINUTES,
    STRANDS,
    Activity,
    Guide,
    Pack,
    PledgeStep,
    Problem,
    QuizStep,
    ScenarioStep,
    StoryStep,
)
from familysafe.core.models import AGE_BANDS
from familysafe.core.readability import fk_grade


def _pictures_of(a: Activity) -> Iterator[tuple[str, str]]:
    for i, s in enumerate(a.steps):
        yield f"steps[{i}].picture", s.picture
        if isinstance(s, StoryStep):
            for j, p in enumerate(s.pages):
                yield f"steps[{i}].pages[{j}].picture", p.picture


def _duplicates(items: Iterable[str]) -> list[str]:
    return [k for k, n in Counter(items).items() if n > 1]


# "Who to tell" is checked by word; each content language has its own words for it.
TELL_WORDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\btell", re.IGNORECASE),
    "es": re.compile(r"\b(cuent|cuént|cont[aá]r|díselo|dile\b|avis|avís)", re.IGNORECASE),
}
TELL_HINT = {"en": "the word 'tell'", "es": "'cuéntaselo', 'contar', 'díselo' or 'avisa'"}


def _tell(language: str) -> tuple[re.Pattern[str], str]:
    code = language.split("-")[0]
    return TELL_WORDS.get(code, TELL_WORDS["en"]), TELL_HINT.get(code, TELL_HINT["en"])


def _normal(text: str) -> str:
    return re.sub(r"[^\w ]", "", " ".join(text.lower().split()))


def scenario_problems(step: ScenarioStep, language: str = "en") -> list[tuple[str, str]]:
    """(field path, problem) for a scenario: references resolve, no loops, every path ends safely."""
    out: list[tuple[str, str]] = []
    tell, hint = _tell(language)
    index = {n.id: i for i, n in enumerate(step.nodes)}
    for dup in _duplicates(n.id for n in step.nodes):
        out.append(("nodes", f"node id {dup!r} is used more than once"))
    if step.start not in index:
        out.append(("start", f"names node {step.start!r}, which does not exist"))
        return out
    for i, n in enumerate(step.nodes):
        if n.end and n.choices:
            out.append((f"nodes[{i}]", "an end node cannot have choices"))
        if not n.end and len(n.choices) < 2:
            out.append((f"nodes[{i}]", "needs at least 2 choices, or `end: true`"))
        if n.end and not tell.search(n.text):
            out.append((f"nodes[{i}].text", f"an ending must say who to tell (use {hint})"))
        for j, c in enumerate(n.choices):
            if c.next not in index:
                out.append((f"nodes[{i}].choices[{j}].next", f"names node {c.next!r}, which does not exist"))
    if out:
        return out
    # Depth-first walk: a node seen again on the current path is a loop.
    reached: set[str] = set()
    on_path: list[str] = []

    def walk(node_id: str) -> None:
        if node_id in on_path:
            cycle = " → ".join([*on_path[on_path.index(node_id) :], node_id])
            out.append(("nodes", f"has a loop ({cycle}); every path must reach an end"))
            return
        if node_id in reached:
            return
        on_path.append(node_id)
        for c in step.nodes[index[node_id]].choices:
            walk(c.next)
        on_path.pop()
        reached.add(node_id)

    walk(step.start)
    for i, n in enumerate(step.nodes):
        if n.id not in reached:
            out.append((f"nodes[{i}]", f"node {n.id!r} can never be reached from {step.start!r}"))
    return out


CONVERSATION_QUESTIONS = 3
# An open question asks what, how, why...: one that can be answered "yes" or "no" does not count.
OPEN_WORDS: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(what|what's|how|why|which|who|whose|when|where|tell me)\b", re.IGNORECASE),
    "es": re.compile(
        r"\b(qué|cómo|por qué|cuál|cuáles|quién|quiénes|cuándo|dónde|cuánto|cuánta|cuántos|cuántas)\b", re.IGNORECASE
    ),
}
# A grown-up's pledge is a promise in the first person, like the child's.
GROWN_UP_PLEDGE = {
    "en": re.compile(r"^(I|We) (will|won't|will not|'ll)\b|^(I'll|We'll)\b"),
    "es": re.compile(r"^(Voy a|Vamos a|No voy a|No vamos a|Me comprometo|Nos comprometemos|Prometo|Prometemos)\b"),
}


def conversation_problems(a: Activity, language: str = "en", check_reading: bool = True) -> list[tuple[str, str]]:
    """(field path, problem) for an activity's conversation card and its grown-up's pledge."""
    code = language.split("-")[0]
    out: list[tuple[str, str]] = []
    questions = a.conversation or []
    if len(questions) != CONVERSATION_QUESTIONS:
        have = "is missing" if a.conversation is None else f"has {len(questions)} question(s)"
        out.append(
            ("conversation", f"{have}; write exactly {CONVERSATION_QUESTIONS} open questions for the car or the table")
        )
    open_words = OPEN_WORDS.get(code, OPEN_WORDS["en"])
    for i, q in enumerate(questions):
        text = q.strip()
        if not text.endswith("?") or (code == "es" and "¿" not in text):
            mark = " and open with '¿')" if code == "es" else ")"
            out.append((f"conversation[{i}]", f"is not a question (it should end with '?'{mark}"))
        elif not open_words.search(text):
            out.append((f"conversation[{i}]", "reads as a yes-or-no question; ask what, how, why, which or who"))
    for dup in _duplicates(_normal(q) for q in questions):
        out.append(("conversation", f"asks the same question twice ({dup!r})"))
    if check_reading and code == "en" and questions:
        grade = fk_grade("\n".join(questions))
        limit = READING_LIMITS[a.band]
        if grade > limit:
            out.append(("conversation", f"reads at grade {grade:.1f}; the {a.band} limit is {limit:g}"))
    pattern = GROWN_UP_PLEDGE.get(code)
    for i, s in enumerate(a.steps):
        promise = s.grown_up_pledge if isinstance(s, PledgeStep) else None
        if promise is not None and pattern is not None and not pattern.search(promise.strip()):
            hint = "'I will ...' or 'I won't ...'" if code == "en" else "'Voy a ...' or 'No voy a ...'"
            out.append((f"steps[{i}].grown_up_pledge", f"should be the grown-up's promise, written as {hint}"))
    return out


def _check_activities(
    pack: Pack,
    activities: list[tuple[str, Activity]],
    pictures: Path | None,
    check_reading: bool,
) -> Iterator[Problem]:
    units = {u.number for u in pack.units}
    known_pictures = {p.stem for p in pictures.glob("*.svg")} if pictures and pictures.is_dir() else None
    for dup in _duplicates(a.id for _, a in activities):
        files = ", ".join(f for f, a in activities if a.id == dup)
        yield Problem("pack", "", f"activity id {dup!r} is used by more than one file: {files}")
    for dup in _duplicates(_normal(a.title) for _, a in activities):
        files = ", ".join(f for f, a in activities if _normal(a.title) == dup)
        yield Problem("pack", "", f"two activities share the title {dup!r}: {files}")
    seen_questions: dict[str, str] = {}
    tell, hint = _tell(pack.language)
    for f, a in activities:
        prefix = f"{BAND_CODES[a.band]}-u{a.unit:02d}-"
        if not a.id.startswith(prefix):
            yield Problem(f, "id", f"should start with {prefix!r} (its band and unit)")
        if a.unit not in units:
            yield Problem(f, "unit", f"unit {a.unit} is not one of the pack's units (1 to {len(units)})")
        band_folder = Path(f).parent.name
        if band_folder in AGE_BANDS and band_folder != a.band:
            yield Problem(f, "band", f"is {a.band!r} but the file is in the {band_folder!r} folder")
        if abs(a.minutes - SESSION_MINUTES) > MINUTES_TOLERANCE:
            yield Problem(f, "steps", f"minutes add up to {a.minutes:g}; they should add up to 15 (±1)")
        for dup in _duplicates(s.id for s in a.steps):
            yield Problem(f, "steps", f"step id {dup!r} is used more than once")
        for dup in _duplicates(k.id for k in a.key_messages):
            yield Problem(f, "key_messages", f"key message id {dup!r} is used more than once")
        kinds = Counter(s.kind for s in a.steps)
        if not kinds["talk"]:
            yield Problem(f, "steps", "needs at least one talk step")
        if not (kinds["quiz"] or kinds["scenario"]):
            yield Problem(f, "steps", "needs at least one quiz or scenario step")
        if kinds["pledge"] != 1:
            yield Problem(f, "steps", f"needs exactly one pledge step (has {kinds['pledge']})")
        for path, msg in conversation_problems(a, pack.language, check_reading):
            yield Problem(f, path, msg)
        if not tell.search(a.steps[-1].child):
            yield Problem(
                f, f"steps[{len(a.steps) - 1}].child", f"the last step must say who the child can tell (use {hint})"
            )
        for i, s in enumerate(a.steps):
            if isinstance(s, QuizStep):
                for dup in _duplicates(q.id for q in s.questions):
                    yield Problem(f, f"steps[{i}].questions", f"question id {dup!r} is used more than once")
                for j, q in enumerate(s.questions):
                    if not q.discuss and not any(o.correct for o in q.options):
                        yield Problem(
                            f,
                            f"steps[{i}].questions[{j}]",
                            "no option is marked `correct: true` (or set `discuss: true`: no single right answer)",
                        )
                    key = _normal(q.text)
                    if key in seen_questions:
                        yield Problem(
                            f,
                            f"steps[{i}].questions[{j}].text",
                            f"repeats a question in {seen_questions[key]}",
                        )
                    else:
                        seen_questions[key] = f
            elif isinstance(s, ScenarioStep):
                for path, msg in scenario_problems(s, pack.language):
                    yield Problem(f, f"steps[{i}].{path}", msg)
        if known_pictures is not None:
            for path, name in _pictures_of(a):
                if name not in known_pictures:
                    yield Problem(f, path, f"picture {name!r} does not exist in assets/pictures")
        if check_reading and pack.language.startswith("en"):
            grade = fk_grade(a.child_text())
            limit = READING_LIMITS[a.band]
            if grade > limit:
                yield Problem(
                    f,
                    "steps",
                    f"the child's text reads at grade {grade:.1f}; the {a.band} limit is {limit:g}",
                )
    if pack.year:
        yield from _check_year(pack, activities)
    for f, path, msg in standard.check(activities, pack.language):
        yield Problem(f, path, msg)


def _check_year(pack: Pack, activities: list[tuple[str, Activity]]) -> Iterator[Problem]:
    by_band_unit = Counter((a.band, a.unit) for _, a in activities)
    for band in AGE_BANDS:
        for u in pack.units:
            n = by_band_unit[(band, u.number)]
            if n != 1:
                yield Problem(
                    "pack", "units", f"band {band}, unit {u.number} has {n} activities; a year needs 1"
                )
        strands: Counter[str] = Counter(a.strand for _, a in activities if a.band == band)
        for s in STRANDS:
            if strands[s] < 2:
                yield Problem(
                    "pack", "", f"band {band} meets the strand {s!r} {strands[s]} time(s); a year needs 2"
                )


_LINKISH = re.compile(r"(https?://|www\.|\]\(|<[a-zA-Z/!])")


def _check_guides(
    pack: Pack, guides: list[tuple[str, Guide]], activities: list[tuple[str, Activity]] | None = None
) -> Iterator[Problem]:
    units = {u.number for u in pack.units}
    have = {(a.band, a.unit) for _, a in activities or []}
    bands_with_activities = {b for b, _ in have}
    for dup in _duplicates(g.id for _, g in guides):
        yield Problem("pack", "", f"guide id {dup!r} is used by more than one file")
    for f, g in guides:
        if g.unit not in units:
            yield Problem(f, "unit", f"unit {g.unit} is not one of the pack's units")
        for band in g.units:
            if band not in g.bands:
                yield Problem(f, f"units.{band}", f"band {band} is not one of the guide's `bands`")
        # The guide is open when its activity is: each band's unit must hold that band's activity.
        for band in g.bands:
            for u in g.units_for(band):
                if band in g.units and u not in units:
                    yield Problem(f, f"units.{band}", f"unit {u} is not one of the pack's units")
                elif band in bands_with_activities and (band, u) not in have:
                    yield Problem(
                        f,
                        f"units.{band}" if band in g.units else "unit",
                        f"band {band} has no activity in unit {u}, so the guide would open with nothing to "
                        f"go with; name the band's unit under `units:`",
                    )
        lo, hi = GUIDE_WORDS
        if not lo <= g.words <= hi:
            yield Problem(f, "body", f"has {g.words} words; a guide has {lo} to {hi}")
        m = _LINKISH.search(g.body)
        if m:
            line = g.body[: m.start()].count("\n") + 1
            yield Problem(f, "body", f"line {line}: links, images and HTML are not allowed ({m.group(0)!r})")


# ---------------------------------------------------------------- reports


def reading_summary(activities: Iterable[Activity]) -> dict[str, dict[str, float]]:
    """Per band: count, min, median, max reading grade of the child's text."""
    grades: dict[str, list[float]] = {}
    out: dict[str, dict[str, float]] = {}
    for a in activities:
        grades.setdefault(a.band, []).append(fk_grade(a.child_text()))
    for band in AGE_BANDS:
        g = sorted(grades.get(band, []))
        if g:
            out[band] = {"count": len(g), "min": g[0], "median": g[len(g) // 2], "max": g[-1]}
    return out


def coverage(activities: Iterable[Activity]) -> dict[str, Counter[str]]:
    """Per band: how many activities meet each strand."""
    counts: dict[str, Counter[str]] = {b: Counter() for b in AGE_BANDS}
    for a in activities:
        counts[a.band][a.strand] += 1
    return counts
