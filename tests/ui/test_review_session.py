"""A review session (issue 17, item 6) played on the real window: the home card offers "Review time" once
the band's year is done and a cadence period has passed; the session screen plays it by mouse and by
keyboard alone; the end page says when the next one comes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from familysafe.core.review import is_review_id
from familysafe.services import review
from familysafe.ui import theme
from familysafe.ui.main_window import MainWindow
from familysafe.ui.steps import QuizView, ReflectView, ScenarioView
from review_helpers import finish_year
from session_helpers import click

pytestmark = pytest.mark.usefixtures("qapp")

DAY = 86400


@pytest.fixture
def window(qtbot: Any, svc: Any, clock: Any) -> MainWindow:
    finish_year(svc, clock)
    clock.advance(13 * DAY)  # the year was done yesterday: today is one cadence period after it, a review is due
    theme.apply(QApplication.instance(), "light", 1.0)  # type: ignore[arg-type]
    win = MainWindow(svc)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _texts(w: QWidget) -> str:
    return " ".join(x.text() for x in w.findChildren(QWidget) if hasattr(x, "text") and isinstance(x.text(), str))


def test_a_review_is_offered_and_played_by_mouse(qtbot: Any, window: MainWindow, svc: Any) -> None:
    win = window
    card = win.home.cards[0]
    assert card.review_btn is not None and "Review time" in _texts(card)
    click(qtbot, card.review_btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.session)
    screen = win.session
    assert screen.page_name() == "steps"  # a review has its own "Remember?" step, no recall cards before it
    assert screen.s is not None and is_review_id(screen.s.activity.id)
    new_words = "I tell a grown-up at home when something online feels wrong."
    # Stopped after the first step: the card says Carry on, and the review goes on where it was.
    view = screen.view
    assert isinstance(view, QuizView)
    click(qtbot, view.groups["q1"].buttons()[0])
    click(qtbot, screen.next_btn)
    built = screen.s.activity
    click(qtbot, screen.stop_btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    btn = win.home.cards[0].review_btn
    assert btn is not None and btn.text() == "Carry on"
    click(qtbot, btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.session)
    assert screen.s is not None and screen.s.resumed and screen.s.current_index == 1 and screen.s.activity == built
    for _ in range(12):
        if screen.page_name() == "end":
            break
        view = screen.view
        if isinstance(view, QuizView):
            for group in view.groups.values():
                click(qtbot, group.buttons()[0])
        elif isinstance(view, ScenarioView):
            # Only the choices not taken last time are offered (the child took the first one everywhere).
            while not view.current().end:
                qtbot.waitUntil(lambda v=view: any(b.isVisible() for b in v.choice_buttons))  # shown queued
                click(qtbot, next(b for b in view.choice_buttons if b.isVisible()))
        elif isinstance(view, ReflectView) and view.step.id == "promise-1":
            qtbot.keyClicks(view.note, new_words)
        click(qtbot, screen.next_btn)
    qtbot.waitUntil(lambda: screen.page_name() == "end")
    assert "next review session comes in 14 days" in screen.end.next_text.text()
    assert screen.end.pledge.text() == "Your new promise is in the family agreement."
    assert not screen.end.print_btn.isVisible()
    child = svc.children()[0]
    assert new_words in [p.text for p in svc.pledges()]
    assert review.status(svc, child).done == 1
    click(qtbot, screen.end.home_btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    card = win.home.cards[0]
    assert card.review_btn is None and "next review session comes in 14 days" in _texts(card)
    # The parent area's Progress shows it as a review, beside the year's 26 activities.
    click(qtbot, win.parent_btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.parent_area)
    area = win.parent_area
    area.tabs.setCurrentWidget(area.tabs.widget(area.tabs.indexOf(area.progress_tab)) or area.progress_tab)
    qtbot.waitUntil(lambda: "1 review session done" in _texts(area.progress_tab))
    assert "26 activities finished" in _texts(area.progress_tab)


def test_a_review_by_keyboard_alone(qtbot: Any, window: MainWindow, svc: Any) -> None:
    win = window
    btn = win.home.cards[0].review_btn
    assert btn is not None and QApplication.focusWidget() is btn  # home puts focus on it
    qtbot.keyClick(btn, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.session)
    screen = win.session
    assert screen.s is not None
    for i in range(len(screen.s.activity.steps)):
        qtbot.waitUntil(lambda i=i: screen.s is not None and screen.s.current_index == i)
        qtbot.keyClick(screen, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.page_name() == "end")
    assert QApplication.focusWidget() is screen.end.home_btn
    qtbot.keyClick(screen.end.home_btn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    child = svc.children()[0]
    assert svc.progress(child).reviews == 1 and svc.progress(child).finished == 26


def test_the_windows_words_are_the_builders_words_in_english() -> None:
    from familysafe.core.review import ReviewWords
    from familysafe.ui.review import review_words

    assert review_words() == ReviewWords()
