"""Issue 18: a 6- and a 13-year-old do unit 1 together, by mouse and by keyboard, offscreen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication

from familysafe.core.models import Family
from familysafe.services import together as tg
from familysafe.ui import theme
from familysafe.ui.main_window import MainWindow
from familysafe.ui.steps import PledgeView, QuizView, ReflectView, ScenarioView, StoryView
from keyboard_helpers import focused, open_window, press, tab_to
from session_helpers import click

pytestmark = pytest.mark.usefixtures("qapp", "unit_one_example")


def _window(qtbot: Any, svc: Any, help_data: Any) -> MainWindow:
    theme.apply(QApplication.instance(), "light", 1.0)  # type: ignore[arg-type]
    return open_window(qtbot, svc, help_data)


def _family(svc: Any, *bands: str) -> list[Any]:
    svc.save_family(Family(name="Two", setup_step="done"))
    names = {"4-7": "Child H", "8-10": "Child I", "11-13": "Child J", "14-17": "Child K"}
    return [svc.add_child(names[b], b, "fox") for b in bands]


def _turns_seen(win: MainWindow) -> tuple[str, str] | None:
    bar = win.session.turn
    return (bar.who.text(), bar.helper.plain if bar.helper.isVisible() else "") if bar.isVisible() else None


def test_a_6_and_a_13_year_old_together_by_mouse(qtbot: Any, svc: Any, help_data: Any) -> None:
    small, teen = _family(svc, "4-7", "11-13")
    win = _window(qtbot, svc, help_data)
    row = win.home.together
    assert row.isVisible() and row.together_btn is not None
    click(qtbot, row.together_btn)
    picker = row.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    assert [c.id for c in picker.picked()] == [small.id, teen.id]  # unit 1, both preselected
    click(qtbot, picker.start_btn)
    screen = win.session
    qtbot.waitUntil(lambda: win.stack.currentWidget() is screen)
    assert screen.who.text() == "Child H and Child J"
    turns = []
    for _ in range(20):
        if screen.page_name() == "end":
            break
        if screen.page_name() == "recall":
            click(qtbot, screen.recall.skip_btn)
            continue
        turns.append(_turns_seen(win))
        view = screen.view
        if isinstance(view, QuizView):
            for group in view.groups.values():
                click(qtbot, group.buttons()[0])
        elif isinstance(view, ScenarioView):
            while not view.current().end:
                click(qtbot, view.choice_buttons[0])
        elif isinstance(view, PledgeView):  # each child agrees for themselves, with their avatar and name
            assert [n for _, n, _ in view.people] == ["Child H", "Child J"] and not view.agree.isVisible()
            assert "never forced" in screen.grown_up.plain  # the panel says how to talk about it
            for _, _, box in view.people:
                click(qtbot, box)
            qtbot.waitUntil(lambda view=view: "agreed by Child H and Child J" in view.status.text())
        elif isinstance(view, StoryView):
            while view.next_btn.isEnabled():
                click(qtbot, view.next_btn)
        elif isinstance(view, ReflectView):
            qtbot.keyClicks(view.note, "Both named a grown-up.")
        click(qtbot, screen.next_btn)
    assert screen.page_name() == "end"
    assert [t for t in turns if t] == [
        ("Child H's turn", ""),
        (
            "Child J's turn",
            "Helper: Explain to your younger brother or sister, in your own words, why we tell a grown-up.",
        ),
    ]
    assert screen.end.title.text() == "You did it, Child H and Child J!"
    assert screen.end.pledge.text() == "Your promise is in the family agreement, agreed by Child H and Child J."
    assert not screen.end.print_btn.isVisible()  # a family activity is not one of the printable band activities
    fam = svc.library.family_for_unit(1)
    for child, kind in ((small, "choices"), (teen, "path")):
        [rec] = [r for r in svc.store.sessions.for_child(child.id) if r.activity_id == fam.id]
        assert rec.status == "done" and rec.together_id is not None
        answers = {r.step_id: r.answer for r in svc.store.sessions.step_results(rec.id)}
        assert kind in answers["our-turn"]
        assert 1 in svc._finished_units(child)
        assert any("Both named a grown-up." in n.text for n in svc.notes(child))
    click(qtbot, screen.end.home_btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    for card in win.home.cards:
        assert any(a.unit == 1 for a in card.ov.done)  # each child's own band badge for the unit


def test_a_6_and_a_13_year_old_together_by_keyboard(qtbot: Any, svc: Any, help_data: Any) -> None:
    small, teen = _family(svc, "4-7", "11-13")
    win = _window(qtbot, svc, help_data)
    row = win.home.together
    assert row.together_btn is not None
    tab_to(qtbot, row.together_btn, back=True)  # Shift+Tab from the first Start button reaches it
    press(qtbot, Qt.Key.Key_Space)
    picker = row.picker
    assert picker is not None
    qtbot.waitUntil(lambda: picker.isVisible() and focused() is not None and picker.isAncestorOf(focused()))
    teen_box = picker.checks[1][1]
    tab_to(qtbot, teen_box)
    press(qtbot, Qt.Key.Key_Space)  # untick: one child is not enough
    assert not picker.start_btn.isEnabled() and "Pick 2 to 4" in picker.message.text()
    press(qtbot, Qt.Key.Key_Space)
    assert picker.start_btn.isEnabled()
    tab_to(qtbot, picker.start_btn)
    press(qtbot, Qt.Key.Key_Return)
    screen = win.session
    qtbot.waitUntil(lambda: win.stack.currentWidget() is screen)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win and focused() is not None)  # the picker closed
    if screen.page_name() == "recall":
        tab_to(qtbot, screen.recall.skip_btn)
        press(qtbot, Qt.Key.Key_Space)
    for _ in range(20):
        qtbot.waitUntil(lambda: screen.page_name() in ("steps", "end"))
        if screen.page_name() == "end":
            break
        view = screen.view
        if isinstance(view, QuizView):
            for group in view.groups.values():
                tab_to(qtbot, group.buttons()[0])
                press(qtbot, Qt.Key.Key_Return)
        elif isinstance(view, ScenarioView):
            while not view.current().end:
                tab_to(qtbot, view.choice_buttons[0])
                press(qtbot, Qt.Key.Key_Space)
        elif isinstance(view, PledgeView):  # only the younger one agrees: the teen is not blocked
            tab_to(qtbot, view.people[0][2])
            press(qtbot, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda view=view: view.who() == (small.id,))
        index = screen.s.current_index
        tab_to(qtbot, screen.next_btn)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda index=index: screen.page_name() == "end" or screen.s.current_index == index + 1)
    assert screen.page_name() == "end"
    assert focused() is screen.end.home_btn
    assert screen.end.pledge.text() == "Your promise is in the family agreement, agreed by Child H."
    fam = svc.library.family_for_unit(1)
    promises = [p for p in svc.pledges() if p.activity_id == fam.id and not p.by_grown_up]
    assert [p.child_id for p in promises] == [small.id]  # the teen did not agree: not listed
    assert all(1 in svc._finished_units(c) for c in (small, teen))
    for child, agreed in ((small, True), (teen, False)):  # each child's own session keeps their own answer
        [rec] = [r for r in svc.store.sessions.for_child(child.id) if r.activity_id == fam.id]
        answers = {r.step_id: r.answer for r in svc.store.sessions.step_results(rec.id)}
        assert answers["our-promise"]["agreed"] is agreed and "who" not in answers["our-promise"]


def test_the_teens_follow_up_is_offered_on_the_home_screen_and_closes_the_unit(
    qtbot: Any, svc: Any, help_data: Any
) -> None:
    small, teen = _family(svc, "4-7", "14-17")
    fam = svc.library.family_for_unit(1)
    s = tg.open_together(svc, [small, teen], fam)
    s.play_to_end()
    assert 1 not in svc._finished_units(teen)
    win = _window(qtbot, svc, help_data)
    [follow] = [b for b in win.home.together.buttons if "on your own" in b.accessibleName()]
    assert follow.accessibleName() == "Do the rest of Our Family Tell Team with Child K on your own"
    click(qtbot, follow)
    screen = win.session
    qtbot.waitUntil(lambda: win.stack.currentWidget() is screen)
    assert screen.s.child.id == teen.id and not screen.turn.isVisible()
    for _ in range(10):
        if screen.page_name() == "end":
            break
        if screen.page_name() == "recall":
            click(qtbot, screen.recall.skip_btn)
            continue
        click(qtbot, screen.next_btn)
    assert screen.page_name() == "end"
    assert 1 in svc._finished_units(teen)
    click(qtbot, screen.end.home_btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    assert not [b for b in win.home.together.buttons if "on your own" in b.accessibleName()]
    assert [b for b in QApplication.allWidgets() if isinstance(b, QAbstractButton)]


def test_each_childs_tick_at_the_promise_is_kept_when_the_sitting_stops_and_carries_on(
    qtbot: Any, svc: Any, help_data: Any
) -> None:
    small, teen = _family(svc, "4-7", "11-13")
    fam = svc.library.family_for_unit(1)
    s = tg.open_together(svc, [small, teen], fam)
    while s.current_step.kind != "pledge":
        s.next()
    s.leave()
    win = _window(qtbot, svc, help_data)
    [carry_on] = [b for b in win.home.together.buttons if b.accessibleName().startswith("Carry on together")]
    click(qtbot, carry_on)
    screen = win.session
    qtbot.waitUntil(lambda: win.stack.currentWidget() is screen and isinstance(screen.view, PledgeView))
    view = screen.view
    assert isinstance(view, PledgeView) and view.who() == ()
    assert view.status.text() == "Nobody has to agree. You can come back to it another day."
    click(qtbot, view.people[1][2])  # the teen agrees; the younger one is not ready yet
    qtbot.waitUntil(lambda: view.who() == (teen.id,))
    click(qtbot, screen.stop_btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    [carry_on] = [b for b in win.home.together.buttons if b.accessibleName().startswith("Carry on together")]
    click(qtbot, carry_on)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is screen and isinstance(screen.view, PledgeView))
    again = screen.view
    assert isinstance(again, PledgeView) and again is not view
    assert [box.isChecked() for _, _, box in again.people] == [False, True]
    assert again.status.text() == "In your family agreement, agreed by Child J."
