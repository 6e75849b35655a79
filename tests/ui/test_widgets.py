"""Small widgets: the session timer tells a screen reader the minutes left in good English."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from familysafe.ui.widgets import TimerRing


@pytest.mark.parametrize(
    ("remaining", "said"),
    [(60.0, "1 minute left"), (20.0, "1 minute left"), (300.0, "5 minutes left"), (None, "The timer is off")],
)
def test_the_timer_says_the_minutes_left(qtbot: QtBot, remaining: float | None, said: str) -> None:
    ring = TimerRing()
    qtbot.addWidget(ring)
    ring.set_state(remaining, 900.0)
    assert ring.accessibleDescription() == said


def test_the_compact_timer_is_one_line_tall_and_keeps_its_digits(qtbot: QtBot) -> None:
    ring = TimerRing()
    qtbot.addWidget(ring)
    ring.set_state(600.0, 900.0)
    line = ring.fontMetrics().height()
    ring_height = ring.sizeHint().height()
    assert ring_height > 2 * line  # a ring
    ring.set_compact(True)
    hint = ring.sizeHint()
    assert hint.height() <= line + 20 and hint.height() < ring_height / 2  # one line, with its border
    assert hint.width() > ring.fontMetrics().horizontalAdvance("00:00") and ring.text == "10:00"
