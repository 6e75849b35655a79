"""The conversation card (`conversation:`) and the grown-up's pledge (`grown_up_pledge:`): the
validator's rules, each with an activity that breaks it, and the shipped content keeping them."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from familysafe.core import content as c

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pack"
ACTIVITY = "activities/8-10/u01-test.yaml"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    dest = tmp_path / "pack"
    shutil.copytree(FIXTURE, dest)
    return dest


def edit(pack: Path, change: Callable[[dict[str, Any]], None]) -> None:
    f = pack / ACTIVITY
    data = yaml.safe_load(f.read_text())
    change(data)
    f.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def problems(pack: Path) -> list[str]:
    return [str(p) for p in c.load_pack(pack).problems]


def _pledge(d: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in d["steps"] if s["kind"] == "pledge")


def test_the_fixture_has_a_card_and_a_grown_ups_pledge(pack: Path) -> None:
    lp = c.load_pack(pack)
    assert lp.problems == []
    a = lp.activities[0]
    assert a.conversation is not None and len(a.conversation) == 3
    pledge = next(s for s in a.steps if isinstance(s, c.PledgeStep))
    assert pledge.grown_up_pledge == "I will listen first and stay calm when you tell me something."


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("conversation"), "conversation: is missing; write exactly 3 open questions"),
        (lambda d: d["conversation"].pop(), "conversation: has 2 question(s); write exactly 3"),
        (lambda d: d["conversation"].append("Why?"), "conversation: has 4 question(s)"),
        (lambda d: d["conversation"].__setitem__(1, "Tell me about your day."), "conversation[1]: is not a question"),
        (lambda d: d["conversation"].__setitem__(2, "Do you like games?"), "conversation[2]: reads as a yes-or-no"),
        (
            lambda d: d["conversation"].__setitem__(2, d["conversation"][0]),
            "conversation: asks the same question twice",
        ),
        (
            lambda d: d["conversation"].__setitem__(
                0,
                "What considerations would determine whether communicating concerns to "
                "responsible individuals constitutes appropriate intervention?",
            ),
            "conversation: reads at grade",
        ),
        (
            lambda d: _pledge(d).update(grown_up_pledge="Grown-ups should listen."),
            "grown_up_pledge: should be the grown-up's promise",
        ),
        (lambda d: d.update(conversation="What now?"), "conversation: Input should be a valid list"),
    ],
)
def test_each_conversation_rule_names_the_field(
    pack: Path, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    edit(pack, change)
    found = problems(pack)
    assert any(expected in p for p in found), found
    assert all(p.startswith("pack/activities/8-10/u01-test.yaml") for p in found)
    assert c.load_pack(pack).activities == []  # an activity without its card is never offered


def test_a_pledge_step_without_a_grown_ups_pledge_is_fine(pack: Path) -> None:
    edit(pack, lambda d: _pledge(d).pop("grown_up_pledge"))
    assert problems(pack) == []


def test_spanish_questions_open_with_the_inverted_mark() -> None:
    a = c.load_pack(FIXTURE).activities[0]
    es = a.model_copy(update={"conversation": ["¿Qué harías?", "Cómo lo dirías?", "¿Te gusta jugar?"]})
    found = dict(c.conversation_problems(es, "es"))
    assert "conversation[0]" not in found
    assert "is not a question" in found["conversation[1]"]
    assert "yes-or-no" in found["conversation[2]"]


def test_every_shipped_activity_has_three_questions_and_a_quarter_of_units_a_grown_ups_pledge(
    shipped_library: c.Library,
) -> None:
    lib = shipped_library
    for lp in lib.packs:
        assert lp.pack is not None
        for a in lp.activities:
            assert a.conversation is not None and len(a.conversation) == 3, a.id
            assert not c.conversation_problems(a, lp.pack.language), a.id
        if lp.pack.id != "core":
            continue
        bands: dict[str, list[c.Activity]] = {}
        for a in lp.activities:
            bands.setdefault(a.band, []).append(a)
        for band, acts in bands.items():
            with_pledge = [a for a in acts if any(getattr(s, "grown_up_pledge", None) for s in a.steps)]
            assert len(with_pledge) * 4 >= len(acts), (band, len(with_pledge), len(acts))
