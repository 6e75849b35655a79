"""The year at a glance in the parent area's Progress tab (issue 17, item 4): a picture of each child's
path through each band and their quiz answers by topic, readable at 200 % text and in high contrast,
with the same facts as text for screen readers."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QLabel

from familysafe.services import progress
from familysafe.ui import theme
from familysafe.ui.i18n import strand_name
from familysafe.ui.parent import TAB_PROGRESS
from familysafe.ui.parent.yearchart import YearChart, describe, short_date
from qt_checks import accessible_unnamed, clipped
from year_helpers import play_units

pytestmark = pytest.mark.usefixtures("qapp")
WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@pytest.fixture
def history(svc: Any, clock: Any, family: dict[str, Any]) -> dict[str, Any]:
    """Child A (8-10) has units 1 to 5 done, two of them with wrong quiz answers; Child B (4-7) has done nothing."""
    play_units(svc, clock, family["child_a"], range(2, 6), wrong=frozenset({3, 5}))
    return family


def _open_progress(qtbot: Any, area: Any) -> None:
    area.refresh()
    area.show_tab(TAB_PROGRESS)
    qtbot.waitUntil(lambda: all(c.isVisible() and c.height() > 0 for c in area.progress_tab.charts.values()))


def _drawing_problems(chart: YearChart) -> list[str]:
    """Anything drawn outside the widget, and any text whose box is smaller than its words need."""
    out = []
    bounds = QRectF(chart.rect()).adjusted(-0.5, -0.5, 1.0, 1.0)
    for kind, box, text, font in chart.drawn():
        if not bounds.contains(box):
            out.append(f"{kind} {text[:30]!r} at {box} is outside {chart.width()}x{chart.height()}")
        if kind == "text":
            need = QFontMetricsF(font).boundingRect(QRectF(box.left(), box.top(), box.width(), 1e6), WRAP, text)
            if need.height() > box.height() + 1 or need.width() > box.width() + 1:
                out.append(f"text {text[:30]!r} needs {need.width():.0f}x{need.height():.0f} in {box}")
    return out


def _units_said(description: str) -> dict[str, list[int]]:
    """The unit numbers the description gives for each state."""
    said: dict[str, list[int]] = {}
    for line in description.splitlines():
        m = re.match(r"(Done|Open now|Locked|Not done): (.*)\.$", line)
        if not m:
            continue
        nums: list[int] = []
        if m.group(1) == "Done":
            nums = [int(n) for n in re.findall(r"unit (\d+) on", m.group(2))]
        else:
            for part in re.sub(r"^units? ", "", m.group(2)).split(", "):
                a, _, b = part.partition(" to ")
                nums += list(range(int(a), int(b or a) + 1))
        said.setdefault(m.group(1), []).extend(nums)
    return said


def test_progress_tab_shows_the_year_as_a_picture_not_the_bare_text(
    qtbot: Any, area: Any, svc: Any, history: dict[str, Any]
) -> None:
    _open_progress(qtbot, area)
    child_a, child_b = history["child_a"], history["child_b"]
    charts = area.progress_tab.charts
    assert set(charts) == {child_a.id, child_b.id}
    words = [lab.text() for lab in area.progress_tab.widget().findChildren(QLabel)]
    assert not any("quizzes answered correctly" in w for w in words), "the bare text is replaced"
    chart = charts[child_a.id]
    assert chart.accessibleName() == "The year at a glance for Child A"
    tips = chart.marker_tips()
    assert len(tips) == 26 and tips[0].startswith("Unit 1: ") and "done on" in tips[0]
    assert "opens on" in tips[5] and tips[6].endswith("locked")
    # One bar per topic with quiz answers, with its figure beside it.
    year = progress.year_at_a_glance(svc, child_a)
    bars = [d for d in chart.drawn() if d[0] == "bar"]
    assert len(bars) == len(year.topics) >= 3
    texts = [d[2] for d in chart.drawn() if d[0] == "text"]
    for t in year.topics:
        assert strand_name(t.strand) in texts and f"{t.right} of {t.asked} right" in texts
    assert accessible_unnamed(area.progress_tab) == []


def test_the_accessible_text_says_the_same_facts_as_the_picture(
    qtbot: Any, area: Any, svc: Any, history: dict[str, Any]
) -> None:
    _open_progress(qtbot, area)
    child_a = history["child_a"]
    chart = area.progress_tab.charts[child_a.id]
    year = progress.year_at_a_glance(svc, child_a)
    text = chart.accessibleDescription()
    assert text == describe(year)
    [path] = year.bands
    said = _units_said(text)
    by_state: dict[str, list[int]] = {}
    for u in path.units:
        by_state.setdefault(u.state.value, []).append(u.unit)
    assert said["Done"] == by_state["done"] == [1, 2, 3, 4, 5]
    assert said["Locked"] == by_state["locked"] == list(range(7, 27))
    nxt = next(u for u in path.units if u.state.value == "next")
    assert f"Next: unit {nxt.unit} opens on" in text
    for u in path.units[:5]:
        assert f"unit {u.unit} on {short_date(u.when)}" in text
    assert "Ages 8-10 (now): 5 of 26 units done." in text
    for t in year.topics:
        assert f"{strand_name(t.strand)}: {t.right} of {t.asked} right." in text
    # Every unit the picture draws is in the text, once.
    assert sorted([n for nums in said.values() for n in nums] + [nxt.unit]) == list(range(1, 27))
    # Child B has done nothing: no bars, and the text says so.
    assert "No quiz answers yet." in area.progress_tab.charts[history["child_b"].id].accessibleDescription()


@pytest.mark.parametrize(("look", "scale", "size"), [("contrast", 2.0, (1024, 600)), ("dark", 1.0, (1366, 768))])
def test_the_picture_fits_at_200_percent_and_in_high_contrast(
    qtbot: Any, qapp: Any, area: Any, history: dict[str, Any], look: str, scale: float, size: tuple[int, int]
) -> None:
    theme.apply(qapp, look, scale)
    area.resize(*size)
    _open_progress(qtbot, area)
    scroll = area.progress_tab
    for chart in scroll.charts.values():
        scroll.ensureWidgetVisible(chart)
        assert chart.height() >= chart.heightForWidth(chart.width()), "the layout gave it the height it needs"
        assert chart.width() <= scroll.viewport().width(), "no sideways scrolling"
        assert _drawing_problems(chart) == []
    assert clipped(scroll.widget()) == []
    # Colours come from the theme: the done discs in its `good`, the bars in its `accent`.
    t = theme.current()
    image = scroll.charts[history["child_a"].id].grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert QColor(t.good).name() in colours and QColor(t.accent).name() in colours
    assert QColor(theme.LIGHT.good).name() not in colours
