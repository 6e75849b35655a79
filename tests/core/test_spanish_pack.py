"""Issue 13, item 14: the Spanish pack is one variety (neutral Latin American), labelled, and meets the
same content standard as the English (R2 to R7, with the Spanish word lists)."""

from __future__ import annotations

import re

from familysafe.core.content import load_pack, read_yaml
from familysafe.resources import asset, content_dir

CORE_ES = content_dir() / "core-es"

# Forms from Spain, or calques, that the neutral Latin American text does not use.
NOT_THIS_VARIETY = [
    r"\bvosotr",
    r"\bvuestr",
    r"\bvídeos?\b",
    r"\bordenador",
    r"\bmóvil",
    r"\bcoche",
    r"\bportátil",
    r"\binstituto\b",
    r"\bañad",
    r"\benfad",
    r"\bnevera\b",
    r"\bmola\b",
    r"\bchul[oa]s?\b",
    r"lo más listo",
    r"\bsuperlisto",
    r"nos preguntaremos antes de publicar",
    r"\bregañina",
]


def test_the_spanish_pack_names_its_variety() -> None:
    pack = load_pack(CORE_ES, check_reading=False).pack
    assert pack is not None and pack.variety and "Latinoamérica" in pack.variety


def test_the_spanish_pack_uses_one_variety() -> None:
    found = []
    for f in sorted(CORE_ES.rglob("*.yaml")):
        text = f.read_text(encoding="utf-8")
        for pattern in NOT_THIS_VARIETY:
            for m in re.finditer(pattern, text, re.IGNORECASE):
                found.append(f"{f.name}: {m.group(0)!r}")
    assert found == []


def test_the_spanish_pack_meets_the_content_standard() -> None:
    problems = [str(p) for p in load_pack(CORE_ES, pictures=asset("pictures")).problems]
    assert problems == []
    # The facts carry the 2022 figure, never the old "about half" as the answer.
    act = read_yaml(CORE_ES / "activities/14-17/u01-whos-in-your-corner.yaml")
    quiz = next(s for s in act["steps"] if s["kind"] == "quiz")
    right = [o["text"] for q in quiz["questions"] for o in q["options"] if o.get("correct")]
    assert "Unos dos tercios." in right and "Más o menos la mitad." not in right
    assert "eSafety" in quiz["grown_up"] and "2022" in quiz["grown_up"]
