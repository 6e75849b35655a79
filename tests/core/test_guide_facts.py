"""Issue 13, item 8 (and 2, 3) in the parents' guides: facts with their source and year, take-down
services only on the platforms that take part, evidence before blocking, and the image exception."""

from __future__ import annotations

import re

from familysafe.core import standard as st
from familysafe.core.content import Guide, read_yaml
from familysafe.resources import content_dir

GUIDES = content_dir() / "core" / "guides"


def guides() -> dict[str, Guide]:
    return {f.stem: Guide.model_validate(read_yaml(f)) for f in sorted(GUIDES.glob("*.yaml"))}


def test_the_telling_figure_is_the_2022_one() -> None:
    gs = guides()
    assert not [k for k, g in gs.items() if re.search(r"about half", g.body, re.IGNORECASE)]
    first = gs["u01-starting-the-conversation"].body
    assert "2022" in first and "two-thirds" in first and "eSafety" in first


def test_sextortion_is_not_only_about_boys() -> None:
    body = guides()["u17-secrets-pressure-and-sextortion"].body
    assert "a large proportion of victims are boys aged 14 to 18, and all ages and genders are targeted" in body
    assert "April 2024" in body and "National Crime Agency" in body


def test_take_down_services_only_work_where_platforms_take_part() -> None:
    for name, g in guides().items():
        for para in g.body.split("\n"):
            if re.search(r"Take It Down|Report Remove", para):
                assert "take part" in para, f"{name}: {para[:100]}"


def test_evidence_comes_before_blocking_in_every_paragraph() -> None:
    for name, g in guides().items():
        for para in g.body.split("\n"):
            b, k = st._first(st.BLOCK_WORDS["en"], para), st._first(st.EVIDENCE_WORDS["en"], para)
            assert b is None or k is None or k < b, f"{name}: {para[:100]}"


def test_screenshot_advice_carries_the_image_exception() -> None:
    for name, g in guides().items():
        if g.strand == "copyright" or not re.search(r"\bscreenshot", g.body, re.IGNORECASE):
            continue  # copying a child's drawing is not where the exception belongs
        assert any(
            re.search(r"\bnever\b", s, re.IGNORECASE) and re.search(st.IMAGE_WORDS["en"], s, re.IGNORECASE)
            for s in st.sentences(g.body)
        ), name
