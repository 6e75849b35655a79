"""The content standard (R2 to R7, docs/content-standard.md): each rule with a small activity that breaks it.

Every example is synthetic (the test fixture, changed in one place), never the shipped content.
"""

from __future__ import annotations

import copy
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from familysafe.core import content as c
from familysafe.core import standard as st

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pack"
ACTIVITY = FIXTURE / "activities/8-10/u01-test.yaml"


def base(band: str = "8-10", unit: int = 1) -> dict[str, Any]:
    d = yaml.safe_load(ACTIVITY.read_text(encoding="utf-8"))
    d["band"] = band
    d["unit"] = unit
    d["id"] = f"{c.BAND_CODES[band]}-u{unit:02d}-test"
    return d


def step(d: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in d["steps"] if s["kind"] == kind)


def messages(d: dict[str, Any], language: str = "en", r12: bool = False) -> list[str]:
    """The standard's messages for one activity (R12, on `if_worried`, only when asked: most tests set
    `if_worried` to a bare example)."""
    a = c.Activity.model_validate(d)
    found = [f"{path}: {msg}" for _, path, msg in st.check([("a.yaml", a)], language)]
    return [m for m in found if r12 or ": R12: " not in m]


def band_messages(ds: list[dict[str, Any]], language: str = "en") -> list[str]:
    acts = [(f"u{i}.yaml", c.Activity.model_validate(d)) for i, d in enumerate(ds)]
    return [msg for f, _, msg in st.check(acts, language) if f == "pack"]


def test_the_fixture_meets_the_standard() -> None:
    assert messages(base()) == []
    for band in c.BAND_CODES:
        assert messages(base(band)) == [], band


# ---------------------------------------------------------------- R2


def test_r2_closing_step_names_help_from_8_10_up() -> None:
    d = base()
    d["steps"][-1]["child"] = "You can always tell a grown-up you trust."
    for band in ("8-10", "11-13", "14-17"):
        d2 = {**copy.deepcopy(d), "band": band, "id": f"{c.BAND_CODES[band]}-u01-test"}
        assert any("steps[6]: R2: the closing step must name help" in m for m in messages(d2)), band
    assert messages({**d, "band": "4-7", "id": "b47-u01-test"}) == []  # 4-7 is not asked to
    # Any child-facing text of the last step counts, in any case: here the reflect prompt.
    d["steps"][-1]["prompt"] = "What would you do if you were WORRIED ABOUT SOMETHING online?"
    assert messages(d) == []


def test_r2_in_spanish() -> None:
    d = base()
    d["steps"][-1]["child"] = "Siempre puedes contárselo a un adulto de confianza."
    assert any("R2" in m for m in messages(d, "es"))
    d["steps"][-1]["child"] += " También hay una línea de ayuda."
    assert not any("R2" in m for m in messages(d, "es"))


# ---------------------------------------------------------------- R3


def _ending(d: dict[str, Any], text: str, node: int = 2) -> None:
    step(d, "scenario")["nodes"][node]["text"] = text


def test_r3_every_ending_names_a_trusted_adult_in_every_band() -> None:
    for band in c.BAND_CODES:
        d = base(band)
        _ending(d, "Sam tells a friend, and they sort it out together.")
        assert any("steps[3].nodes[2].text: R3: an ending must name a trusted adult" in m for m in messages(d)), band
    d = base("4-7")
    for ok in ("Sam tells Mum.", "Sam tells a Grown-Up.", "Sam tells the youth worker at the club."):
        _ending(d, ok)
        assert messages(d) == [], ok
    for not_a_word in ("Sam feels like an adulthood expert.", "Sam tells her grown-upness."):
        _ending(d, not_a_word)
        assert any("R3" in m for m in messages(d)), not_a_word


def test_r3_two_different_endings_from_8_10_up() -> None:
    d = base()
    sc = step(d, "scenario")
    sc["nodes"][1]["choices"][1]["next"] = "good"  # the teacher ending can no longer be reached
    sc["nodes"] = sc["nodes"][:3]
    assert any(
        "steps[3].nodes: R3: a scenario from 8-10 up needs at least two different endings" in m for m in messages(d)
    )
    assert not any("R3" in m for m in messages({**d, "band": "4-7", "id": "b47-u01-test"}))
    # Two end nodes with the same words are one ending.
    d = base()
    step(d, "scenario")["nodes"][3]["text"] = "  Sam tells a grown-up, and they sort it out together. "
    assert any("different endings that can be reached (has 1)" in m for m in messages(d))


def test_r3_in_spanish() -> None:
    d = base()
    _ending(d, "Sam se lo cuenta a su mamá.")
    _ending(d, "Sam se lo cuenta a su maestra.", node=3)
    d["steps"][-1]["child"] = "¿Te preocupa algo? Cuéntaselo a un adulto."
    assert messages(d, "es") == []
    _ending(d, "Sam se lo cuenta a una amiga.")
    assert any("R3: an ending" in m for m in messages(d, "es"))


# ---------------------------------------------------------------- R4


def _question(n_options: int, qid: str = "q1", **kw: Any) -> dict[str, Any]:
    opts = [{"text": f"Option {i}", "feedback": f"About option {i}."} for i in range(n_options)]
    if not kw.get("discuss"):
        opts[0]["correct"] = True
    return {"id": qid, "text": f"Question {qid}?", "options": opts, **kw}


def _teen_band(option_counts: list[int]) -> list[dict[str, Any]]:
    ds = []
    for i, n in enumerate(option_counts):
        d = base("14-17", unit=1)
        step(d, "quiz")["questions"] = [_question(n, f"q{i}")]
        ds.append(d)
    return ds


def test_r4_teen_quizzes_mostly_have_three_or_four_options() -> None:
    found = band_messages(_teen_band([2, 2, 3, 4, 3]))
    assert any("R4: band 14-17: 3 of 5 quiz questions (60%)" in m for m in found), found
    assert not any("R4" in m for m in band_messages(_teen_band([2, 3, 4, 3, 3])))  # 80% is enough
    eight_ten = [{**d, "band": "8-10", "id": "b810-u01-test"} for d in _teen_band([2, 2, 2])]
    assert not any("R4" in m for m in band_messages(eight_ten))


def test_r4_discuss_question_has_no_correct_option_and_needs_none() -> None:
    d = base()
    step(d, "quiz")["questions"] = [_question(3, discuss=True)]
    assert messages(d) == []
    lp_problems = [str(p) for p in _load_with(d)]
    assert not any("no option is marked" in p for p in lp_problems), lp_problems
    step(d, "quiz")["questions"][0]["options"][1]["correct"] = True
    assert any(
        "steps[2].questions[0].options[1].correct: R4: a `discuss: true` question has no single right answer" in m
        for m in messages(d)
    )


# ---------------------------------------------------------------- R5


def _band_saying(n: int, sentence: str, band: str = "8-10") -> list[dict[str, Any]]:
    ds = []
    for i in range(n):
        d = base(band)
        d["steps"][0]["child"] = f"Hello number {i}! {sentence}"
        ds.append(d)
    return ds


def _repeated(found: list[str], sentence: str) -> bool:
    return any(m.startswith("R5") and f"sentence {st.normal_sentence(sentence)!r} is in" in m for m in found)


def test_r5_no_long_sentence_in_more_than_six_activities() -> None:
    s = "Pip always checks with a grown-up first."
    assert any(
        "R5: band 8-10: the sentence 'pip always checks with a grownup first' is in 7 activities" in m
        for m in band_messages(_band_saying(7, s))
    )
    assert not any("R5" in m and "pip always" in m for m in band_messages(_band_saying(6, s)))
    assert not any("R5" in m and "pip checks" in m for m in band_messages(_band_saying(7, "Pip checks with Mum.")))
    # Curly quotes, case and punctuation do not make a sentence different.
    ds = _band_saying(4, "Pip won\u2019t share the PASSWORD, ever") + _band_saying(
        3, "pip won't share the password ever"
    )
    assert _repeated(band_messages(ds), "pip won't share the password ever")
    assert any("is in 7 activities" in m for m in band_messages(ds))


def test_r5_the_refrain_may_repeat() -> None:
    for s in (
        "You won\u2019t be in trouble.",
        "Tell a trusted adult, it's never too late to tell!",
        "Tell a grown-up you trust",
    ):
        assert not _repeated(band_messages(_band_saying(9, s)), s), s
    # Close is not the same: the refrain's exact words, or it counts.
    assert _repeated(band_messages(_band_saying(9, "You will not be in trouble.")), "you will not be in trouble")
    assert st.is_refrain("tell a trusted adult you won't be in trouble")
    assert not st.is_refrain("you won't be in trouble and it's never too late to tell")


# ---------------------------------------------------------------- R6


def _split(d: dict[str, Any], minutes: list[float]) -> dict[str, Any]:
    for s, m in zip(d["steps"], minutes, strict=True):
        s["minutes"] = m
    return d


def test_r6_no_more_than_a_third_share_one_split() -> None:
    a, b = [2, 2, 2, 3, 2, 2, 2], [2, 2, 3, 2, 2, 2, 2]
    found = band_messages([_split(base(), a), _split(base(), a), _split(base(), b)])
    assert any("R6: band 8-10: 2 of 3 activities use the split 2/2/2/3/2/2/2" in m for m in found), found
    six = [_split(base(), a), _split(base(), a), _split(base(), b), _split(base(), b)]
    six += [_split(base(), [3, 2, 2, 2, 2, 2, 2]), _split(base(), [2, 3, 2, 2, 2, 2, 2])]
    assert not any("R6" in m for m in band_messages(six))  # two of six is a third


def test_r6_each_step_has_the_minutes_its_words_take_read_aloud() -> None:
    d = base()
    d["steps"][0]["child"] = " ".join(["word"] * 261)  # 261 / 130 = 2.01 minutes
    assert any("steps[0].minutes: R6: 2 minute(s) is too short: its 261 words" in m for m in messages(d))
    d["steps"][0]["child"] = " ".join(["word"] * 260)
    assert messages(d) == []
    # The later list is child-facing text of its step too.
    d = base()
    step(d, "activity")["later"] = [" ".join(["word"] * 50)] * 6
    assert any("steps[4].minutes: R6" in m for m in messages(d))


# ---------------------------------------------------------------- R7


def test_r7_screenshot_before_block_in_one_text() -> None:
    d = base()
    d["steps"][0]["child"] = "Block them, then take a screenshot."
    assert any("steps[0].child: R7: keep the evidence first, then block" in m for m in messages(d))
    d["steps"][0]["child"] = "Take a screenshot, then block them."
    assert messages(d) == []
    d["steps"][0]["child"] = "Block and screenshot, in any order."
    assert any("R7" in m for m in messages(d))
    d["intro"] = "Blocking first is a mistake people make; keep the evidence."
    assert any("intro: R7: keep the evidence first" in m for m in messages(d))


def test_r7_checklist_item_with_evidence_comes_before_the_block_item() -> None:
    d = base()
    step(d, "activity")["checklist"] = ["Find the block button.", "Take a screenshot of the chat."]
    assert any(
        "steps[4].checklist: R7: item 2 (keep/screenshot/evidence) must come before item 1" in m for m in messages(d)
    )
    step(d, "activity")["checklist"] = ["Take a screenshot of the chat.", "Find the block button."]
    assert messages(d) == []


def test_r7_grown_up_screenshot_advice_carries_the_image_exception() -> None:
    d = base()
    d["if_worried"] = "Take a screenshot of the messages, then block and report."
    assert any("if_worried: R7: screenshot advice needs the image exception" in m for m in messages(d))
    d["if_worried"] += " " + st.IMAGE_EXCEPTION_EXAMPLE["en"]
    assert messages(d) == []
    # The exception is one sentence: "never" in one and "nude" in another is not it.
    d["if_worried"] = "Take a screenshot. Never panic. Nude images are reported, not kept."
    assert any("R7" in m for m in messages(d))


def test_r7_in_spanish() -> None:
    d = base()
    d["steps"][-1]["child"] = "¿Te preocupa algo? Cuéntaselo a un adulto."
    d["steps"][0]["child"] = "Bloquea a esa persona y luego haz una captura."
    d["if_worried"] = "Hagan una captura de pantalla de los mensajes."
    found = messages(d, "es")
    assert any("steps[0].child: R7" in m for m in found) and any("if_worried: R7" in m for m in found), found
    d["steps"][0]["child"] = "Haz una captura y luego bloquea a esa persona."
    d["if_worried"] += " " + st.IMAGE_EXCEPTION_EXAMPLE["es"]
    assert [m for m in messages(d, "es") if "R7" in m] == []


# ---------------------------------------------------------------- the new fields, through the loader


def _load_with(d: dict[str, Any], tmp: Path | None = None) -> list[c.Problem]:
    import tempfile

    root = Path(tempfile.mkdtemp()) if tmp is None else tmp
    dest = root / "pack"
    shutil.copytree(FIXTURE, dest)
    (dest / "activities/8-10/u01-test.yaml").write_text(yaml.safe_dump(d, sort_keys=False), encoding="utf-8")
    try:
        return c.load_pack(dest).problems
    finally:
        if tmp is None:
            shutil.rmtree(root)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s.update(later=[]), "steps[4].later: List should have at least 1 item"),
        (lambda s: s.update(later=[f"Thing {i}" for i in range(7)]), "steps[4].later: List should have at most 6"),
        (lambda s: s.update(later=["x" * 301]), "steps[4].later[0]: String should have at most 300"),
    ],
)
def test_later_is_one_to_six_short_items(change: Callable[[dict[str, Any]], None], expected: str) -> None:
    d = base()
    change(step(d, "activity"))
    found = [str(p) for p in _load_with(d)]
    assert any(expected in p for p in found), found


def test_later_and_discuss_load_and_a_standard_problem_names_the_file(tmp_path: Path) -> None:
    d = base()
    step(d, "activity")["later"] = ["Check the privacy settings of every app together."]
    step(d, "quiz")["questions"].append(_question(3, "q2", discuss=True))
    assert _load_with(d, tmp_path) == []
    d["steps"][0]["child"] = "Block, then screenshot."
    found = [str(p) for p in _load_with(d, tmp_path / "again")]
    assert found == [
        "pack/activities/8-10/u01-test.yaml: steps[0].child: R7: keep the evidence first, then block: "
        "'block' comes before 'screenshot'/'keep'/'evidence' here"
    ]


def test_band_summary_gives_the_figures_the_issue_asks_for() -> None:
    a, b = base(), base()
    step(b, "quiz")["questions"][0]["options"] = step(b, "quiz")["questions"][0]["options"][:2]
    _split(b, [3, 2, 2, 2, 2, 2, 2])
    m = st.band_summary([c.Activity.model_validate(a), c.Activity.model_validate(b)])
    assert (m["scenarios"], m["two_endings"]) == (2, 2)
    assert (m["questions"], m["three_options"]) == (2, 1)
    assert m["splits"] == 2 and m["top_count"] == 2 and m["activities"] == 2


# ---------------------------------------------------------------- the safeguarding review (R4 c, R7 c, R8 to R11)


def test_r4_several_right_options_are_announced_in_the_question() -> None:
    d = base()
    q = step(d, "quiz")["questions"][0]
    q["options"][2]["correct"] = True
    assert any("questions[0].text: R4: 2 options are marked correct" in m for m in messages(d))
    q["text"] += " More than one answer is right."
    assert messages(d) == []


def test_r7_a_story_or_ending_keeps_the_evidence_before_anyone_blocks() -> None:
    d = base()
    ending = step(d, "scenario")["nodes"][3]
    ending["text"] = "Sam tells Dad, who blocks the player and reports them."
    assert any("nodes[3].text: R7: someone blocks here with no evidence kept first" in m for m in messages(d))
    ending["text"] = "Sam tells Dad, who saves the messages, then blocks the player."
    assert messages(d) == []
    pages = step(d, "story")["pages"]
    pages[1]["text"] = "Mum blocks the player."
    assert any("pages[1].text: R7" in m for m in messages(d))
    pages[0]["text"] = "Sam takes a screenshot of a strange message."  # an earlier page counts
    assert messages(d) == []
    pages[0]["text"] = "A player called BlockBoss22 says hello."  # a name, not a block
    pages[1]["text"] = "Sam shows a grown-up."
    assert messages(d) == []


def test_r8_the_pledge_comes_before_the_closing_reflect_step() -> None:
    d = base()
    d["steps"][-1], d["steps"][-2] = d["steps"][-2], d["steps"][-1]
    d["steps"][-1]["child"] = "Our promise. Tell a grown-up you trust; the help page has more."
    found = messages(d)
    assert any("steps[6].kind: R8: the last step is a 'pledge'; end with a reflect step" in m for m in found)
    assert any("steps[6]: R8: the pledge comes after the reflect step steps[5]" in m for m in found), found


def test_r9_no_advice_to_pass_an_image_on() -> None:
    d = base()
    d["if_worried"] = "If a nude image is shared, forward it to the school so they can act."
    assert any("if_worried: R9" in m for m in messages(d))
    d["if_worried"] = "If a nude image is shared, never forward it, even to the school; report it instead."
    assert messages(d) == []
    # Advice given as the right answer counts; a wrong option the feedback corrects does not.
    q = step(d, "quiz")["questions"][0]
    q["options"][0]["text"] = "Send the photo to a friend to ask what to do."
    assert any("options[0].text: R9" in m for m in messages(d))
    q["options"][0]["text"], q["options"][2]["text"] = "Show a grown-up.", "Send the photo on to a friend."
    assert messages(d) == []
    d["key_messages"][0]["text"] = "Pass it on to your friends if a picture is funny."
    assert any("key_messages[0].text: R9" in m for m in messages(d))
    # What a character asks for, in quotes, is not advice.
    d["key_messages"][0]["text"] = 'A player says "send me the photo now". Say no and tell a grown-up.'
    assert messages(d) == []


def test_r10_a_figure_gives_its_source_and_year() -> None:
    d = base()
    d["intro"] = "About two-thirds of young people told a parent after something went wrong online."
    assert any("intro: R10: the figure 'two-thirds of young'" in m for m in messages(d))
    d["intro"] = "In eSafety's 2022 Mind the Gap survey, about two-thirds of young people told a parent."
    assert messages(d) == []
    q = step(d, "quiz")["questions"][0]
    q["options"][1]["feedback"] = "About one in three kept it to themselves."
    assert any("options[1].feedback: R10" in m for m in messages(d))
    q["text"] = "In a 2022 survey by eSafety, how many young people told a parent? " + q["text"]
    assert messages(d) == []  # an option leans on its question
    step(d, "scenario")["nodes"][0]["text"] = "A shop sells trainers at 80% off. A player asks Sam for a photo."
    assert messages(d) == []  # a price is not a statistic


def test_r11_a_step_id_names_what_the_step_is_not_a_character() -> None:
    d = base()
    d["steps"][1]["id"] = "sams-story"
    assert any("steps[1].id: R11: the step id 'sams-story' carries the name 'sams'" in m for m in messages(d))
    # Names come from the whole band: a leftover name another activity uses is still caught.
    other = base(unit=2)
    other["steps"][1]["pages"][0]["text"] = "Then Ravi sees a strange message."
    d["steps"][1]["id"] = "ravis-deadline"
    acts = [("a.yaml", c.Activity.model_validate(d)), ("b.yaml", c.Activity.model_validate(other))]
    found = [f"{f}: {p}: {m}" for f, p, m in st.check(acts, "en")]
    assert any("a.yaml: steps[1].id: R11" in m and "'ravis'" in m for m in found), found
    # Words that start a sentence, or are written small elsewhere, are nobody's name; Pip and Beep are guides.
    d["steps"][1]["id"] = "pip-story"
    d["steps"][0]["id"] = "check"
    d["steps"][0]["child"] = "Check this. Pip is here."
    assert messages(d) == []


def test_the_review_rules_in_spanish() -> None:
    d = base()
    d["steps"][-1]["child"] = "¿Te preocupa algo? Cuéntaselo a un adulto."
    d["if_worried"] = "Si comparten una foto de desnudo, reenvíala a la escuela."
    assert any("if_worried: R9" in m for m in messages(d, "es"))
    d["if_worried"] = "Si comparten una foto de desnudo, nunca la reenvíes; denúnciala."
    ending = step(d, "scenario")["nodes"][3]
    ending["text"] = "Sam se lo cuenta a su papá, que bloquea al jugador."
    assert any("nodes[3].text: R7" in m for m in messages(d, "es"))
    ending["text"] = "Sam se lo cuenta a su papá, que guarda una captura y luego bloquea al jugador."
    assert [m for m in messages(d, "es") if "R7" in m or "R9" in m] == []


def test_r12_if_worried_says_how_to_respond() -> None:
    d = base()
    d["if_worried"] = "Keep the evidence, then report it."
    found = [m for m in messages(d, r12=True) if "R12" in m]
    assert found == [
        "if_worried: R12: the response to a worrying telling must say: stay calm; thank them for telling; they "
        "are not in trouble or to blame; don't take the device away as a punishment"
    ]
    d["if_worried"] = (
        "Stay calm, thank them for telling you, say they are not in trouble, and don't take the device away as a "
        "punishment."
    )
    assert messages(d, r12=True) == []
    d["if_worried"] = "Mantén la calma, dale las gracias, no tiene la culpa y no le quites el móvil como castigo."
    assert [m for m in messages(d, "es", r12=True) if "R12" in m] == []


def test_r3_the_closing_step_names_a_trusted_adult() -> None:
    d = base()
    d["steps"][-1]["child"] = "You can always tell someone on your helping hand. The help page has more."
    assert any("steps[6].child: R3: the closing step must name a trusted adult" in m for m in messages(d))
    d["steps"][-1]["child"] = "You can always tell a grown-up on your helping hand. The help page has more."
    assert messages(d) == []
