"""The end of the year (issue 17, item 5): the session's end page celebrates after a band's unit 26 and
not before, and offers the year certificate (a PDF with the child's nickname, band and year) and the
"Year in review"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from familysafe.core.models import Family
from familysafe.ui import theme
from familysafe.ui.session import SessionScreen
from year_helpers import answers, core_activity, play_units

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def child_a(svc: Any, clock: Any) -> Any:
    svc.save_family(Family(name="Rivers", setup_step="done"))
    child = svc.add_child("Child A", "8-10", "fox")
    play_units(svc, clock, child, range(1, 25))
    return child


@pytest.fixture
def screen(qtbot: Any, svc: Any) -> SessionScreen:
    theme.apply(QApplication.instance(), "light", 1.0)  # type: ignore[arg-type]
    w = SessionScreen(svc)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def _finish_unit(qtbot: Any, svc: Any, clock: Any, screen: SessionScreen, child: Any, unit: int) -> None:
    """Open the unit's activity on its day, play it to its last step, and press Finish on the screen."""
    clock.advance(14 * 24 * 3600)
    svc.refresh_unlocks(child)
    s = svc.open_session(child, core_activity(svc, child.age_band, unit))
    screen.open(s)
    while screen.page_name() == "recall":
        qtbot.mouseClick(screen.recall.skip_btn, Qt.MouseButton.LeftButton)
    s.play_steps(answers=answers())
    screen.show_step()
    qtbot.mouseClick(screen.next_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.page_name() == "end")


def _celebrating(screen: SessionScreen) -> bool:
    card = screen.end.year_card
    return card is not None and card.isVisible()


def test_the_celebration_shows_after_unit_26_and_not_before(
    qtbot: Any, svc: Any, clock: Any, child_a: Any, screen: SessionScreen, tmp_path: Path, monkeypatch: Any
) -> None:
    _finish_unit(qtbot, svc, clock, screen, child_a, 25)
    assert not _celebrating(screen), "no year's end after unit 25"
    assert screen.end.title.text() == "You did it, Child A!"
    qtbot.mouseClick(screen.end.home_btn, Qt.MouseButton.LeftButton)
    _finish_unit(qtbot, svc, clock, screen, child_a, 26)
    qtbot.waitUntil(lambda: _celebrating(screen))
    card = screen.end.year_card
    assert screen.end.title.text() == "A whole year together, Child A!"
    assert card.heading.text() == "The end of the year for ages 8-10"
    assert "ages 8-10" in card.words.text() and "26 activities" in card.words.text()
    assert screen.end.home_btn.hasFocus(), "Back to home keeps the focus: nothing presses the family"
    # The year certificate, saved from the celebration.
    out = tmp_path / "year"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(card.certificate_btn, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "year.pdf"
    qtbot.waitUntil(pdf.exists)
    assert str(pdf) in card.status.text()
    # The year in review opens from the same card.
    qtbot.mouseClick(card.review_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.dialog is not None and card.dialog.isVisible())
    assert "\u2605 Favourite badge:" in card.dialog.favourite_label.text()
    card.dialog.close()


def test_the_celebration_does_not_come_back_for_a_later_activity(
    qtbot: Any, svc: Any, clock: Any, child_a: Any, screen: SessionScreen
) -> None:
    play_units(svc, clock, child_a, [25, 26])
    # Unit 26 played again: no second end of the year.
    s = svc.open_session(child_a, core_activity(svc, "8-10", 26))
    screen.open(s)
    while screen.page_name() == "recall":
        qtbot.mouseClick(screen.recall.skip_btn, Qt.MouseButton.LeftButton)
    s.play_steps(answers=answers())
    screen.show_step()
    qtbot.mouseClick(screen.next_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.page_name() == "end")
    assert not _celebrating(screen)
