"""Parent guides without Qt: the content, the light Markdown, search, filters, unlocking, reading state."""

from __future__ import annotations

import re
from typing import Any

import pytest

from familysafe.core.content import GUIDE_WORDS, Guide
from familysafe.core.guides import (
    GUIDES_READ_KEY,
    filter_guides,
    guide_for_activity,
    guide_unlocked_units,
    mark_read,
    mark_unread,
    markdown_to_html,
    new_since,
    read_guide_ids,
    search,
    unlocked_guides,
)
from familysafe.core.models import Family, Settings

ALLOWED_TAGS = {"h2", "h3", "p", "ul", "ol", "li", "em", "strong"}


def make_guide(gid: str = "g-u01-test", unit: int = 1, **kw: Any) -> Guide:
    data: dict[str, Any] = {
        "id": gid,
        "title": f"Guide {unit}",
        "summary": "A summary.",
        "unit": unit,
        "strand": "relationships",
        "bands": ["4-7", "8-10", "11-13", "14-17"],
        "reviewed": "2026-11-28",
        "body": "Some text.",
    }
    data.update(kw)
    return Guide.model_validate(data)


def tags(html: str) -> set[str]:
    return {t.lower() for t in re.findall(r"</?([a-zA-Z0-9]+)", html)}


# ---------------------------------------------------------------- the real guides


def test_every_guide_is_valid(library: Any) -> None:
    assert [str(p) for p in library.problems if "guides" in p.file or "guide" in p.message] == []
    assert len(library.guides) == 26
    lo, hi = GUIDE_WORDS
    assert (lo, hi) == (400, 900)
    for g in library.guides.values():
        assert lo <= g.words <= hi, (g.id, g.words)


def test_one_guide_per_unit(library: Any) -> None:
    assert sorted(g.unit for g in library.guides.values()) == list(range(1, 27))


def test_real_guides_render_with_only_the_light_markdown_tags(library: Any) -> None:
    for g in library.guides.values():
        html = markdown_to_html(g.body)
        assert tags(html) <= ALLOWED_TAGS, g.id
        assert "<h2>" in html and "<li>" in html, g.id
        assert "**" not in html, f"{g.id}: an unmatched ** was left in the text"


def test_every_activity_has_its_units_guide(library: Any) -> None:
    for a in library.activities.values():
        g = guide_for_activity(library, a)
        assert g is not None and a.unit in g.units_for(a.band), a.id


# ---------------------------------------------------------------- light Markdown


def test_markdown_headings_lists_and_emphasis() -> None:
    html = markdown_to_html(
        "Intro *gently* and **firmly**\nsame paragraph.\n\n"
        "## Big idea\n### Smaller idea\n"
        "- one\n* two\n  carried on\n\n"
        "1. first\n2. second\n\nBetween.\n\n"
        "5) fifth\n\nLast."
    )
    assert html == (
        "<p>Intro <em>gently</em> and <strong>firmly</strong> same paragraph.</p>"
        "<h2>Big idea</h2><h3>Smaller idea</h3>"
        "<ul><li>one</li><li>two carried on</li></ul>"
        "<ol><li>first</li><li>second</li></ol><p>Between.</p>"
        '<ol start="5"><li>fifth</li></ol>'
        "<p>Last.</p>"
    )


def test_markdown_loose_list_stays_one_list_and_text_after_a_blank_line_is_a_paragraph() -> None:
    assert markdown_to_html("- a\n\n- b\n\nAfter.") == "<ul><li>a</li><li>b</li></ul><p>After.</p>"


def test_markdown_heading_levels_are_clamped_and_closing_hashes_dropped() -> None:
    assert markdown_to_html("# Top\n#### Deep ##\n## C# tips") == "<h2>Top</h2><h3>Deep</h3><h2>C# tips</h2>"
    assert markdown_to_html("#hashtag") == "<p>#hashtag</p>"


def test_markdown_escapes_everything_else() -> None:
    body = (
        "<img src='http://example.com/x.png'> and [link](http://example.com) and ![pic](file:///etc/passwd)\n"
        '<script>alert("x")</script> <a href="http://example.com">a</a> & 2 * 3 * 4 \\*literal\\*'
    )
    html = markdown_to_html(body)
    assert tags(html) == {"p"}
    assert "&lt;img src=&#x27;http://example.com/x.png&#x27;&gt;" in html
    assert "[link](http://example.com)" in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert "2 * 3 * 4 *literal*" in html


def test_markdown_escapes_inside_emphasis_and_list_items() -> None:
    html = markdown_to_html("- **<b>bold</b>**\n\n## <i>x</i>")
    assert html == "<ul><li><strong>&lt;b&gt;bold&lt;/b&gt;</strong></li></ul><h2>&lt;i&gt;x&lt;/i&gt;</h2>"


def test_markdown_windows_line_endings_and_empty_body() -> None:
    assert markdown_to_html("## A\r\n- b\r\n") == "<h2>A</h2><ul><li>b</li></ul>"
    assert markdown_to_html("") == ""
    assert markdown_to_html("\n\n  \n") == ""


# ---------------------------------------------------------------- search and filters


def test_search_finds_a_word_in_a_real_body(library: Any) -> None:
    guides = list(library.guides.values())
    assert [g.id for g in search(guides, "netball")] == ["g-u02-personal-information"]
    assert [g.id for g in search(guides, "NETBALL")] == ["g-u02-personal-information"]


def test_search_needs_every_word_and_looks_at_title_summary_and_body() -> None:
    a = make_guide("g-u01-a", 1, title="Talking about games", body="Chat and friends.")
    b = make_guide("g-u02-b", 2, summary="Games with strangers", body="Voice chat.")
    c = make_guide("g-u03-c", 3, body="Bullying online.")
    guides = [a, b, c]
    assert search(guides, "games") == [a, b]
    assert search(guides, "games chat") == [a, b]
    assert search(guides, "games friends") == [a]
    assert search(guides, "bully") == [c]  # the start of a longer word matches
    assert search(guides, "games dragons") == []
    assert search(guides, "   ") == guides
    assert search(guides, "") == guides


def test_search_treats_curly_and_straight_apostrophes_alike() -> None:
    g = make_guide(body="Don\u2019t panic.")
    assert search([g], "don't") == [g]


def test_filter_by_strand_and_band() -> None:
    a = make_guide("g-u01-a", 1, strand="bullying", bands=["4-7"])
    b = make_guide("g-u02-b", 2, strand="bullying", bands=["14-17"])
    c = make_guide("g-u03-c", 3, strand="privacy-security", bands=["4-7", "14-17"])
    guides = [a, b, c]
    assert filter_guides(guides) == guides
    assert filter_guides(guides, strand="bullying") == [a, b]
    assert filter_guides(guides, band="14-17") == [b, c]
    assert filter_guides(guides, strand="bullying", band="4-7") == [a]
    assert filter_guides(guides, strand="copyright") == []


# ---------------------------------------------------------------- unlocking


def test_guides_unlock_with_their_unit(library: Any) -> None:
    units = guide_unlocked_units({1: {1, 2}})
    assert units == {1, 2}
    assert [g.unit for g in unlocked_guides(library.guides.values(), units)] == [1, 2]
    assert unlocked_guides(library.guides.values(), set()) == []


def test_a_unit_reached_by_any_child_opens_its_guide() -> None:
    assert guide_unlocked_units({1: {1, 2, 3}, 2: {1}, 3: set()}) == {1, 2, 3}
    assert guide_unlocked_units({}) == set()


def test_unlocked_guides_are_in_unit_order() -> None:
    guides = [make_guide("g-u03-c", 3), make_guide("g-u01-a", 1), make_guide("g-u02-b", 2)]
    assert [g.unit for g in unlocked_guides(guides, {1, 2, 3})] == [1, 2, 3]


def test_new_since_is_the_unread_ones() -> None:
    guides = [make_guide("g-u01-a", 1), make_guide("g-u02-b", 2)]
    assert new_since(guides, set()) == guides
    assert new_since(guides, {"g-u01-a", "g-u09-gone"}) == [guides[1]]


# ---------------------------------------------------------------- reading state


def test_reading_state_functions_are_pure_and_sorted() -> None:
    settings = Settings.from_dict({"text_scale": 1.5})
    one = mark_read(settings, "g-u02-b")
    two = mark_read(one, "g-u01-a")
    assert settings.to_dict() == {"text_scale": 1.5}
    assert one.to_dict() == {"text_scale": 1.5, GUIDES_READ_KEY: ["g-u02-b"]}
    assert two.guides_read == ["g-u01-a", "g-u02-b"]
    assert mark_read(two, "g-u01-a") == two
    assert read_guide_ids(two) == {"g-u01-a", "g-u02-b"}
    back = mark_unread(two, "g-u02-b")
    assert back.guides_read == ["g-u01-a"] and two.guides_read == ["g-u01-a", "g-u02-b"]


@pytest.mark.parametrize("value", [None, "g-u01-a", 3, {"g-u01-a": True}, ["g-u01-a", 7, None]])
def test_malformed_reading_state_is_ignored(value: Any) -> None:
    ids = read_guide_ids(Settings.from_dict({GUIDES_READ_KEY: value}))
    assert ids <= {"g-u01-a"}
    marked = mark_read(Settings.from_dict({GUIDES_READ_KEY: value}), "g-u02-b")
    assert marked.to_dict()[GUIDES_READ_KEY][-1] == "g-u02-b"


def test_reading_state_survives_the_store(svc: Any) -> None:
    svc.save_family(Family(name="Test", settings=Settings(theme="dark")))
    fam = svc.family()
    fam.settings = mark_read(fam.settings, "g-u01-starting-the-conversation")
    svc.save_family(fam)
    again = svc.family()
    assert again.settings.to_dict() == {"theme": "dark", GUIDES_READ_KEY: ["g-u01-starting-the-conversation"]}
    assert read_guide_ids(again.settings) == {"g-u01-starting-the-conversation"}

