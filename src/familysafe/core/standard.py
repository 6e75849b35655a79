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

# R7 (c): what someone in a story keeps before they block (word starts, any case).
STORY_EVIDENCE_WORDS: dict[str, str] = {
    "en": r"\bscreenshot|\b(keep|keeps|kept|keeping) (\w+ ){0,3}"
    r"(messages?|chats?|screenshots?|proof|evidence|cop(y|ies)|records?|names?|usernames?|links?)\b"
    r"|\bevidence|\bsave|\bproof|\bpicture of the screen|\bphoto of the screen",
    "es": r"\bcaptura|\bgu[aá]rd|\bconserv|\bprueba|\bevidencia|\bfoto de la pantalla",
}

STORY_BLOCK_WORDS: dict[str, str] = {"en": r"\b[Bb]lock(s|ed|ing)?\b", "es": r"\b[Bb]loque[aeó]\w*"}

# R9: an image passed on. A sentence with a picture word and a sharing verb must say not to (or that it harms).
PICTURE_WORDS: dict[str, str] = {
    "en": r"\b(photos?|pictures?|pics?|images?|nudes?|selfies?|videos?|clips?)\b",
    "es": r"\b(fotos?|im[aá]gen(es)?|desnudos?|selfies?|videos?)\b",
}
SHARING_WORDS: dict[str, str] = {
    "en": r"\bforward|\bpass(es|ed|ing)? (it|them|this|that)\b|\b(send|sends|sending|share|shares|sharing) "
    r"(it|them|one|a copy|copies|(the|this|that|your) \w+)( on)? (to|with|around)\b"
    r"|\bsend (me|you|us) (the|that|this|a|an)\b",
    "es": r"\breenv[ií]|\b(m[aá]nda|env[ií]a|comparte)(l[oa]s?)? (a|con)\b",
}
NOT_WORDS: dict[str, str] = {
    "en": r"\b(never|not|no|don't|doesn't|didn't|won't|without|stop|instead of|nobody|refuse|isn't|can't|cannot)\b"
    r"|n't\b|\b(hurts?|harm\w*|crime|offence|illegal|wrong)\b",
    "es": r"\b(nunca|no|sin|jam[aá]s|nadie|da[ñn]\w*|delito|ilegal)\b",
}

# R10: a figure (a per cent, "one in three", "two-thirds of") and a year.
FIGURE = (
    r"\b\d+(\.\d+)? ?(%|per ?cent) of\b|\b(one|two|three|four|nine|\d+) (in|out of) (two|three|four|five|ten|\d+)\b"
    r"|\b(half|a third|two-thirds|two thirds|three-quarters|a quarter|one-third) of (all |the )?(young|children|"
    r"teens?|teenagers|parents|people|those|them|boys|girls|victims|cases|kids)"
)
YEAR = r"\b(19|20)\d\d\b"

# R11: the 4-7 guides, who appear in step ids on purpose, and capitalised words that are no one's name.
GUIDE_CHARACTERS = ("pip", "beep")
NOT_NAMES = frozenset(
    (
        "i", "ok", "okay", "help", "page", "tell", "team", "childline", "mum", "dad", "mom", "gran", "grandma",
        "grandad", "grandpa", "nan", "auntie", "aunt", "uncle", "report", "remove", "take", "it", "down", "ai",
        "yes", "no", "stop", "safety", "centre", "hello", "doom", "recipe", "copycat", "memory", "i'm", "i'll",
        "i've", "i'd", "tv", "uk", "us", "dm", "dms",
    )
)  # fmt: skip

# R12: what `if_worried` says, each with the words that show it (word starts, any case).
WORRIED_RESPONSE: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("stay calm", r"\bcalm"),
        ("thank them for telling", r"\bthank"),
        ("they are not in trouble or to blame", r"\btrouble|\bfault|\bblam|\bshame"),
        ("don't take the device away as a punishment", r"\bpunish"),
    ),
    "es": (
        ("mantener la calma", r"\bcalma|\btranquil"),
        ("dar las gracias por contarlo", r"\bgracias|\bagradec"),
        ("no se ha metido en problemas ni tiene la culpa", r"\bproblema|\bculp|\breproch"),
        ("no quitar el dispositivo como castigo", r"\bcastig"),
    ),
}

# R4 (c): what a question with more than one right answer says.
SEVERAL_RIGHT = {"en": "more than one", "es": "más de una"}


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


def closing_adult(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R3 (c): the last step's child text (or its prompt) names a trusted adult the child can tell."""
    adults = TRUSTED_ADULTS[_lang(language)]
    last = a.steps[-1]
    if not _has_word(adults, "\n".join(step_child_texts(last))):
        yield (
            f"steps[{len(a.steps) - 1}].child",
            "R3: the closing step must name a trusted adult the child can tell "
            f"(a word such as {', '.join(adults[:6])})",
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


def evidence_in_stories(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R7 (c): a story page or scenario ending where someone blocks says the evidence was kept first
    (in that text, or on an earlier page of the story)."""
    lang = _lang(language)
    keep = STORY_EVIDENCE_WORDS[lang]
    for i, s in enumerate(a.steps):
        if s.kind == "story":
            texts = [(f"steps[{i}].pages[{j}].text", p.text) for j, p in enumerate(s.pages)]
        elif s.kind == "scenario":
            texts = [(f"steps[{i}].nodes[{j}].text", n.text) for j, n in enumerate(s.nodes) if n.end]
        else:
            continue
        before = ""  # a story's earlier pages
        for path, text in texts:
            m = re.search(STORY_BLOCK_WORDS[lang], text)  # case kept: "BlockBoss22" is a name
            if m and _first(keep, before + text[: m.start()]) is None:
                yield (
                    path,
                    "R7: someone blocks here with no evidence kept first: say what they keep before blocking "
                    "(e.g. 'Mum saves the messages, then blocks the player')",
                )
            if s.kind == "story":
                before += text + "\n"


def _advice_texts(a: Any) -> Iterator[tuple[str, str]]:
    # What the activity tells someone to do: every text but the choices a child may get wrong, the
    # options not marked right and the middle of a scenario (which may play a mistake out).
    yield from grown_up_texts(a)
    for i, k in enumerate(getattr(a, "key_messages", None) or ()):
        yield f"key_messages[{i}].text", k.text
    for path, text in _child_texts_with_paths(a):
        if ".choices[" in path and path.endswith(".text"):
            continue
        yield path, text
    for i, s in enumerate(a.steps):
        if s.kind == "quiz":
            for j, q in enumerate(s.questions):
                for k, o in enumerate(q.options):
                    if not getattr(o, "correct", False):
                        yield f"steps[{i}].questions[{j}].options[{k}].text", ""
        elif s.kind == "scenario":
            for j, n in enumerate(s.nodes):
                if not n.end:
                    yield f"steps[{i}].nodes[{j}].text", ""


_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')


def image_sharing(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R9: no advice to forward, send on or share an image: a sentence with a picture word and a sharing
    verb also says not to (never, don't, without...)."""
    lang = _lang(language)
    skip = {path for path, text in _advice_texts(a) if text == ""}
    for path, text in _advice_texts(a):
        if not text or path in skip:
            continue
        for sentence in sentences(_QUOTED.sub(" ", text)):  # what a character says is not advice
            if (
                _first(PICTURE_WORDS[lang], sentence) is not None
                and _first(SHARING_WORDS[lang], sentence) is not None
                and _first(NOT_WORDS[lang], sentence) is None
            ):
                yield (
                    path,
                    f"R9: {sentence.strip()[:70]!r} reads as advice to pass an image on; say never to forward, "
                    "send or share it (report it instead)",
                )


def sourced_figures(a: Any) -> Iterator[tuple[str, str]]:
    """R10: a text that gives a figure ("40% of", "one in three", "two-thirds of") gives its year too,
    with the source beside it (a quiz option and its feedback may lean on their question's text)."""
    context: dict[str, str] = {}
    for i, s in enumerate(a.steps):
        if s.kind == "quiz":
            for j, q in enumerate(s.questions):
                context[f"steps[{i}].questions[{j}]"] = q.text
    texts = list(_child_texts_with_paths(a)) + list(grown_up_texts(a))
    texts += [(f"key_messages[{i}].text", k.text) for i, k in enumerate(getattr(a, "key_messages", None) or ())]
    for path, text in texts:
        m = re.search(FIGURE, text, re.IGNORECASE)
        question = context.get(path.split(".options[")[0], "") if ".options[" in path else ""
        if m and re.search(YEAR, text + "\n" + question) is None:
            yield path, f"R10: the figure {m.group(0)!r} needs its source and year in the same text"


def character_names(activities: Iterable[Any]) -> set[str]:
    """Words written with a capital in the middle of a sentence and never without one anywhere in these
    activities (child and grown-up texts alike, a username's trailing digits dropped): the names of the
    characters, less the words that name roles and services."""
    capital: set[str] = set()
    lower: set[str] = set()
    for a in activities:
        for text in [*child_texts(a), *(t for _, t in grown_up_texts(a))]:
            for m in re.finditer(r"[^\W\d_][\w']*", text):
                w = re.sub(r"('s|[\d_]+)$", "", m.group(0))
                if not w:
                    continue
                if w[0].islower():
                    lower.add(w.lower())
                elif not _SENTENCE_START.search(text[: m.start()]):
                    capital.add(w.lower())
    return capital - lower - NOT_NAMES


_SENTENCE_START = re.compile(r"(^|[.!?:;\"\u201c(\n]|^- |\n- )\s*$")


def step_id_names(a: Any, names: set[str]) -> Iterator[tuple[str, str]]:
    """R11: a step id says what the step is, not whose story it is: none of its parts is a character's
    name from `names` (character_names of the pack; the 4-7 guides Pip and Beep aside)."""
    names = names - set(GUIDE_CHARACTERS)
    for i, s in enumerate(a.steps):
        parts = s.id.split("-")
        found = [p for p in parts if p in names or (p.endswith("s") and p[:-1] in names)]
        if found:
            yield (
                f"steps[{i}].id",
                f"R11: the step id {s.id!r} carries the name {found[0]!r}; name what the step is "
                "(e.g. 'the-story', 'photo-chat')",
            )


def step_order(a: Any) -> Iterator[tuple[str, str]]:
    """R8: the spine runs talk, story, activity, pledge, reflect: the last step is a reflect step,
    and the pledge comes before every reflect step."""
    kinds = [s.kind for s in a.steps]
    if kinds and kinds[-1] != "reflect":
        yield f"steps[{len(kinds) - 1}].kind", f"R8: the last step is a {kinds[-1]!r}; end with a reflect step"
    if "pledge" in kinds and "reflect" in kinds:
        p = kinds.index("pledge")
        r = kinds.index("reflect")
        if r < p:
            yield f"steps[{p}]", f"R8: the pledge comes after the reflect step steps[{r}]; make the promise first"


def several_right(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R4 (c): a question with more than one option marked correct says so in its text."""
    hint = SEVERAL_RIGHT[_lang(language)]
    for i, s in enumerate(a.steps):
        if s.kind != "quiz":
            continue
        for j, q in enumerate(s.questions):
            right = sum(1 for o in q.options if getattr(o, "correct", False))
            if right > 1 and hint.lower() not in q.text.lower():
                yield (
                    f"steps[{i}].questions[{j}].text",
                    f"R4: {right} options are marked correct; say so in the question ({hint!r}), or mark one",
                )


def worried_response(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """R12: `if_worried` tells the grown-up how to respond: stay calm, thank them for telling, not in
    trouble (or not their fault, no blame), and no device taken away as a punishment."""
    text = a.if_worried
    missing = [what for what, pattern in WORRIED_RESPONSE[_lang(language)] if _first(pattern, text) is None]
    if missing:
        yield "if_worried", f"R12: the response to a worrying telling must say: {'; '.join(missing)}"


def spine_review(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """The review rules a family file's shared spine meets too: R3 (c), R7 (c), R8, R9 and R10."""
    yield from closing_adult(a, language)
    yield from evidence_in_stories(a, language)
    yield from step_order(a)
    yield from image_sharing(a, language)
    yield from sourced_figures(a)


def activity_problems(a: Any, language: str) -> Iterator[tuple[str, str]]:
    """(field path, message) for every rule of the standard that looks at one activity."""
    yield from closing_help(a, language)
    yield from scenario_endings(a, language)
    yield from closing_adult(a, language)
    yield from discuss_questions(a)
    yield from several_right(a, language)
    yield from step_minutes(a)
    yield from evidence_before_block(a, language)
    yield from image_exception(a, language)
    yield from evidence_in_stories(a, language)
    yield from step_order(a)
    yield from image_sharing(a, language)
    yield from sourced_figures(a)


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
    names = character_names(a for _, a in items)
    for f, a in items:
        for path, msg in activity_problems(a, language):
            yield f, path, msg
        for path, msg in step_id_names(a, names):
            yield f, path, msg
        for path, msg in worried_response(a, language):
            yield f, path, msg
    bands: dict[str, list[Any]] = {}
    for _, a in items:
        bands.setdefault(a.band, []).append(a)
    for band in sorted(bands, key=lambda b: int(b.split("-")[0])):
        for msg in band_problems(band, bands[band]):
            yield "pack", f"band {band}", msg
