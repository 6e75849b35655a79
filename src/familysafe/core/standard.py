"""The content standard of issue 13 (rules R2 to R7 of docs/content-standard.md).

Each rule reads loaded activities only through their attributes (`kind`, `child`, `grown_up`,
`questions`, ...), never through a class check, and imports nothing from the project: the same
code runs inside the app's validator (core/content/rules.py) and in a copy of this file that writers
can run on a folder of YAML before their work is merged. Every word list and the refrain
allow-list live here, once.

A rule yields (file, path, message) with the message starting with its rule number. A file of
"pack" means a rule about a whole band: it names the units, and hides no activity.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

# Bands where a rule starts to apply.
OLDER_BANDS = ("8-10", "11-13", "14-17")  # R2 closing help, R3 two endings
TEEN_BANDS = ("11-13", "14-17")  # R4 quiz options

# R2: the closing step names help (matched anywhere in the last step's child-facing text).
HELP_PHRASES: dict[str, tuple[str, ...]] = {
    "en": ("helpline", "help page", "childline", "worried about something"),
    "es": ("línea de ayuda", "página de ayuda", "¿te preocupa algo?"),
}

# R3: the words that name a trusted adult (whole words, any case).
TRUSTED_ADULTS: dict[str, tuple[str, ...]] = {
    "en": (
        "parent", "parents", "carer", "carers", "grown-up", "grown-ups", "adult", "adults",
        "teacher", "teachers", "mum", "dad", "mom", "grandparent", "gran", "grandma", "grandad",
        "grandpa", "nan", "aunt", "uncle", "guardian", "coach", "counsellor", "counselor",
        "youth worker",
    ),
    "es": (
        "padre", "madre", "papá", "mamá", "adulto", "adulta", "adultos", "maestro", "maestra",
        "profesor", "profesora", "abuelo", "abuela", "tío", "tía", "tutor", "tutora", "orientador",
        "orientadora",
    ),
}  # fmt: skip

# R4: a band's quiz questions with three or four options, at least this share.
MIN_RICH_QUESTIONS = 0.8

# R5: the one deliberate refrain; a sentence made only of these may repeat freely.
REFRAIN: tuple[str, ...] = (
    "you won't be in trouble",
    "it's never too late to tell",
    "tell a trusted adult",
    "tell a grown-up you trust",
)
SAME_SENTENCE_WORDS = 5  # sentences this long or longer are counted
SAME_SENTENCE_MAX = 6  # in at most this many activities of one band

# R6: minutes.
READ_ALOUD_WPM = 130  # words read aloud in a minute
MAX_SPLIT_SHARE = 1 / 3  # of a band's activities that may share one split of minutes

# R7: evidence before blocking, and the image exception (word starts, any case).
BLOCK_WORDS: dict[str, str] = {"en": r"\bblock", "es": r"\bbloque"}
EVIDENCE_WORDS: dict[str, str] = {
    "en": r"\bscreenshot|\bkeep|\bevidence",
    "es": r"\bcaptura|\bgu[aá]rd|\bconserv|\bprueba|\bevidencia",
}
SCREENSHOT_WORDS: dict[str, str] = {"en": r"\bscreenshot", "es": r"\bcaptura"}
NEVER_WORDS: dict[str, str] = {"en": r"\bnever\b", "es": r"\bnunca\b"}
IMAGE_WORDS: dict[str, str] = {"en": r"sexual|nude|naked", "es": r"sexual|desnud"}
IMAGE_EXCEPTION_EXAMPLE = {
    "en": "The one exception: never screenshot, copy or forward a sexual or nude image of a child, "
    "even to report it; report it to the platform or the police without a copy.",
    "es": "La única excepción: nunca hagas captura, copies ni reenvíes una imagen sexual o de desnudo "
    "de un menor, ni siquiera para denunciarla; denúnciala a la plataforma o a la policía sin copiarla.",
}


def _lang(language: str) -> str:
    code = (language or "en").split("-")[0]
    return code if code in HELP_PHRASES else "en"


# ---------------------------------------------------------------- texts


def step_child_texts(s: Any) -> Iterator[str]:
    """The child-facing texts of one step, in screen order."""
    yield s.child
    kind = s.kind
    if kind == "story":
        yield from (p.text for p in s.pages)
    elif kind == "quiz":
        for q in s.questions:
            yield q.text
            for o in q.options:
                yield o.text
                yield o.feedback
    elif kind == "scenario":
        for n in s.nodes:
            yield n.text
            for c in n.choices:
                yield c.text
                yield c.feedback
    elif kind == "activity":
        yield from s.checklist
        yield from getattr(s, "later", None) or ()
    elif kind == "pledge":
        yield s.pledge
    elif kind == "reflect":
        yield s.prompt


def child_texts(a: Any) -> Iterator[str]:
    """Every child-facing text of an activity."""
    for s in a.steps:
        yield from step_child_texts(s)


def grown_up_texts(a: Any) -> Iterator[tuple[str, str]]:
    """(field path, text) of every grown-up text of an activity."""
    yield "intro", a.intro
    yield "if_worried", a.if_worried
    for i, s in enumerate(a.steps):
        yield f"steps[{i}].grown_up", s.grown_up
        extra = getattr(s, "grown_up_pledge", None)
        if extra:
            yield f"steps[{i}].grown_up_pledge", extra


def _child_texts_with_paths(a: Any) -> Iterator[tuple[str, str]]:
    for i, s in enumerate(a.steps):
        p = f"steps[{i}]"
        yield f"{p}.child", s.child
        if s.kind == "story":
            for j, pg in enumerate(s.pages):
                yield f"{p}.pages[{j}].text", pg.text
        elif s.kind == "quiz":
            for j, q in enumerate(s.questions):
                yield f"{p}.questions[{j}].text", q.text
                for k, o in enumerate(q.options):
                    yield f"{p}.questions[{j}].options[{k}].text", o.text
                    yield f"{p}.questions[{j}].options[{k}].feedback", o.feedback
        elif s.kind == "scenario":
            for j, n in enumerate(s.nodes):
                yield f"{p}.nodes[{j}].text", n.text
                for k, c in enumerate(n.choices):
                    yield f"{p}.nodes[{j}].choices[{k}].text", c.text
                    yield f"{p}.nodes[{j}].choices[{k}].feedback", c.feedback
        elif s.kind == "activity":
            for j, item in enumerate(s.checklist):
                yield f"{p}.checklist[{j}]", item
            for j, item in enumerate(getattr(s, "later", None) or ()):
                yield f"{p}.later[{j}]", item
        elif s.kind == "pledge":
            yield f"{p}.pledge", s.pledge
        elif s.kind == "reflect":
            yield f"{p}.prompt", s.prompt


_SENTENCE_END = re.compile(r"[.!?\n]+")


def sentences(text: str) -> list[str]:
    """A text cut into sentences on . ! ? and line breaks (not normalised)."""
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def normal_sentence(sentence: str) -> str:
    """Lower case, curly quotes straight, punctuation but apostrophes gone, spaces collapsed."""
    s = sentence.lower()
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"[^\w\s']", "", s)
    return " ".join(s.split())


_REFRAIN_ONLY = re.compile(r"^(?:(?:" + "|".join(re.escape(normal_sentence(r)) for r in REFRAIN) + r") ?)+$")


def is_refrain(normalised: str) -> bool:
    """Whether a normalised sentence is made only of the allowed refrain."""
    return bool(_REFRAIN_ONLY.match(normalised))


def words(text: str) -> int:
    """How many words a text has (split on white space)."""
    return len(text.split())


def _has_word(words_: Iterable[str], text: str) -> bool:
    alts = "|".join(re.escape(w) for w in words_)
    return re.search(rf"(?<![\w-])(?:{alts})(?![\w-])", text, re.IGNORECASE) is not None


# ---------------------------------------------------------------- the rules, one activity


def closing_help(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R2: from 8-10 up, the last step's child-facing text names help."""
    if a.band not in OLDER_BANDS:
        return
    phrases = HELP_PHRASES[_lang(language)]
    text = "\n".join(step_child_texts(a.steps[-1])).lower()
    if not any(p in text for p in phrases):
        listed = ", ".join(repr(p) for p in phrases)
        yield f"steps[{len(a.steps) - 1}]", f"R2: the closing step must name help for the child: use one of {listed}"


def _reachable_ends(step: Any) -> list[Any]:
    by_id = {n.id: n for n in step.nodes}
    seen: set[str] = set()
    todo = [step.start]
    while todo:
        nid = todo.pop()
        if nid in seen or nid not in by_id:
            continue
        seen.add(nid)
        todo.extend(c.next for c in by_id[nid].choices)
    return [n for n in step.nodes if n.id in seen and n.end]


def scenario_endings(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R3: every ending names a trusted adult; from 8-10 up, two different endings can be reached."""
    adults = TRUSTED_ADULTS[_lang(language)]
    for i, s in enumerate(a.steps):
        if s.kind != "scenario":
            continue
        for j, n in enumerate(s.nodes):
            if n.end and not _has_word(adults, n.text):
                yield (
                    f"steps[{i}].nodes[{j}].text",
                    f"R3: an ending must name a trusted adult (a word such as {', '.join(adults[:8])}, ...)",
                )
        if a.band in OLDER_BANDS:
            ends = _reachable_ends(s)
            texts = {" ".join(n.text.lower().split()) for n in ends}
            if len({n.id for n in ends}) < 2 or len(texts) < 2:
                yield (
                    f"steps[{i}].nodes",
                    f"R3: a scenario from 8-10 up needs at least two different endings that can be reached "
                    f"(has {len(texts)})",
                )


def discuss_questions(a: Any) -> Iterator[tuple[str, str]]:
    """R4: a `discuss: true` question marks no option correct."""
    for i, s in enumerate(a.steps):
        if s.kind != "quiz":
            continue
        for j, q in enumerate(s.questions):
            if getattr(q, "discuss", False):
                for k, o in enumerate(q.options):
                    if getattr(o, "correct", False):
                        yield (
                            f"steps[{i}].questions[{j}].options[{k}].correct",
                            "R4: a `discuss: true` question has no single right answer; remove `correct`",
                        )


def step_minutes(a: Any) -> Iterator[tuple[str, str]]:
    """R6 (b): each step has at least the minutes its child-facing words take read aloud."""
    for i, s in enumerate(a.steps):
        n = sum(words(t) for t in step_child_texts(s))
        need = n / READ_ALOUD_WPM
        if s.minutes < need:
            yield (
                f"steps[{i}].minutes",
                f"R6: {s.minutes:g} minute(s) is too short: its {n} words take {need:.1f} minutes read aloud "
                f"at {READ_ALOUD_WPM} a minute",
            )


def _first(pattern: str, text: str) -> int | None:
    m = re.search(pattern, text, re.IGNORECASE)
    return m.start() if m else None


def evidence_before_block(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R7 (a): where "block" and screenshot/keep/evidence meet, the evidence comes first."""
    lang = _lang(language)
    block, keep = BLOCK_WORDS[lang], EVIDENCE_WORDS[lang]
    texts = list(_child_texts_with_paths(a)) + list(grown_up_texts(a))
    for path, text in texts:
        b, k = _first(block, text), _first(keep, text)
        if b is not None and k is not None and k > b:
            yield (
                path,
                "R7: keep the evidence first, then block: 'block' comes before 'screenshot'/'keep'/'evidence' here",
            )
    for i, s in enumerate(a.steps):
        if s.kind != "activity":
            continue
        for name in ("checklist", "later"):
            items = list(getattr(s, name, None) or ())
            b_items = [j for j, t in enumerate(items) if _first(block, t) is not None]
            k_items = [j for j, t in enumerate(items) if _first(keep, t) is not None]
            if b_items and k_items and k_items[0] > b_items[0]:
                yield (
                    f"steps[{i}].{name}",
                    f"R7: item {k_items[0] + 1} (keep/screenshot/evidence) must come before item {b_items[0] + 1} "
                    "(block)",
                )


def image_exception(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R7 (b): grown-up text that says "screenshot" also says never to copy a sexual image of a child."""
    lang = _lang(language)
    for path, text in grown_up_texts(a):
        if _first(SCREENSHOT_WORDS[lang], text) is None:
            continue
        ok = any(
            _first(NEVER_WORDS[lang], s) is not None and _first(IMAGE_WORDS[lang], s) is not None
            for s in sentences(text)
        )
        if not ok:
            yield (
                path,
                (
                    "R7: screenshot advice needs the image exception in the same text: a sentence with "
                    f"{NEVER_WORDS[lang][2:-2]!r} and {IMAGE_WORDS[lang].replace('|', ' or ')!r}, "
                    f"e.g. {IMAGE_EXCEPTION_EXAMPLE[lang][:60]!r}..."
                ),
            )


def activity_problems(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """(field path, message) for every rule of the standard that looks at one activity."""
    yield from closing_help(a, language)
    yield from scenario_endings(a, language)
    yield from discuss_questions(a)
    yield from step_minutes(a)
    yield from evidence_before_block(a, language)
    yield from image_exception(a, language)


# ---------------------------------------------------------------- the rules, a whole band


def _units(items: Iterable[Any]) -> str:
    return ", ".join(str(u) for u in sorted({a.unit for a in items}))


def quiz_options(band: str, acts: list[Any]) -> Iterator[str]:
    """R4: in 11-13 and 14-17, at least 80% of the band's quiz questions have three or four options."""
    if band not in TEEN_BANDS:
        return
    qs = [(a, q) for a in acts for s in a.steps if s.kind == "quiz" for q in s.questions]
    if not qs:
        return
    rich = sum(1 for _, q in qs if len(q.options) >= 3)
    if rich < MIN_RICH_QUESTIONS * len(qs):
        two = [a for a, q in qs if len(q.options) < 3]
        yield (
            f"R4: band {band}: {rich} of {len(qs)} quiz questions ({rich / len(qs):.0%}) have three or four "
            f"options; at least {MIN_RICH_QUESTIONS:.0%} must (two-option questions in units {_units(two)})"
        )


def sameness(band: str, acts: list[Any]) -> Iterator[str]:
    """R5: no sentence of five or more words in more than six activities of the band (the refrain aside)."""
    where: dict[str, dict[int, Any]] = {}
    for a in acts:
        for t in child_texts(a):
            for s in sentences(t):
                n = normal_sentence(s)
                if len(n.split()) >= SAME_SENTENCE_WORDS and not is_refrain(n):
                    where.setdefault(n, {})[id(a)] = a
    for n, found in sorted(where.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(found) > SAME_SENTENCE_MAX:
            yield (
                f"R5: band {band}: the sentence {n!r} is in {len(found)} activities (at most "
                f"{SAME_SENTENCE_MAX}): units {_units(found.values())}"
            )


def minute_splits(band: str, acts: list[Any]) -> Iterator[str]:
    """R6 (a): no more than a third of the band's activities share one split of minutes."""
    splits = Counter(tuple(s.minutes for s in a.steps) for a in acts)
    for split, n in splits.most_common():
        if n >= 2 and n > MAX_SPLIT_SHARE * len(acts):
            same = [a for a in acts if tuple(s.minutes for s in a.steps) == split]
            yield (
                f"R6: band {band}: {n} of {len(acts)} activities use the split "
                f"{'/'.join(f'{m:g}' for m in split)}; at most a third may share one (units {_units(same)})"
            )


def band_problems(band: str, acts: list[Any]) -> Iterator[str]:
    """Messages for every rule of the standard that looks at a whole band."""
    yield from quiz_options(band, acts)
    yield from sameness(band, acts)
    yield from minute_splits(band, acts)


def band_summary(acts: list[Any]) -> dict[str, Any]:
    """The figures issue 13 asks for, for one band: scenarios with two or more endings, the share of
    quiz questions with three or more options, the most repeated sentence, the distinct splits."""
    scenarios = [s for a in acts for s in a.steps if s.kind == "scenario"]
    two = sum(1 for s in scenarios if len({" ".join(n.text.lower().split()) for n in _reachable_ends(s)}) >= 2)
    qs = [q for a in acts for s in a.steps if s.kind == "quiz" for q in s.questions]
    rich = sum(1 for q in qs if len(q.options) >= 3)
    where: dict[str, set[int]] = {}
    for a in acts:
        for t in child_texts(a):
            for s in sentences(t):
                n = normal_sentence(s)
                if len(n.split()) >= SAME_SENTENCE_WORDS and not is_refrain(n):
                    where.setdefault(n, set()).add(id(a))
    top = max(where.items(), key=lambda kv: (len(kv[1]), kv[0]), default=("", set()))
    return {
        "activities": len(acts),
        "scenarios": len(scenarios),
        "two_endings": two,
        "questions": len(qs),
        "three_options": rich,
        "top_sentence": top[0],
        "top_count": len(top[1]),
        "splits": len({tuple(s.minutes for s in a.steps) for a in acts}),
    }


def check(activities: Iterable[tuple[str, Any]], language: str) -> Iterator[tuple[str, str, str]]:
    """(file, field path, message) for every rule of the standard; file "pack" for a band's rules."""
    items = list(activities)
    for f, a in items:
        for path, msg in activity_problems(a, language):
            yield f, path, msg
    bands: dict[str, list[Any]] = {}
    for _, a in items:
        bands.setdefault(a.band, []).append(a)
    for band in sorted(bands, key=lambda b: int(b.split("-")[0])):
        for msg in band_problems(band, bands[band]):
            yield "pack", f"band {band}", msg
