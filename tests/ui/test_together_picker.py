"""Issue 18: children on different units do a unit they all still have open, picked by mouse and by keyboard."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from familysafe.core.models import Family
from familysafe.services import together as tg
from familysafe.ui import theme
from familysafe.ui.main_window import MainWindow
from keyboard_helpers import focused, open_window, press, tab_to
from parent_helpers import finish
from session_helpers import click, play_to_end

pytestmark = pytest.mark.usefixtures("qapp", "unit_one_example")


def _family(svc: Any, teen_units: int = 2) -> tuple[Any, Any, Any]:
    """Child H (4-7) is behind with units 1 to 3 open; Child I (8-10) has unit 1 open; Child J (11-13) did unit 1 alone
    and has units 2 to `teen_units` + 1 open."""
    svc.save_family(Family(name="Three", setup_step="done"))
    kids = (("Child H", "4-7"), ("Child I", "8-10"), ("Child J", "11-13"))
    child_h, child_i, child_j = (svc.add_child(n, b, "fox") for n, b in kids)
    svc.refresh_schedule()
    for _ in range(2):
        svc.unlock_next_early(child_h)
    for a in [a for a in svc.overview(child_j).todo if a.unit == 1]:
        finish(svc, child_j, a)
    for _ in range(teen_units):
        svc.unlock_next_early(child_j)
    return child_h, child_i, child_j


def _window(qtbot: Any, svc: Any, help_data: Any) -> MainWindow:
    theme.apply(QApplication.instance(), "light", 1.0)  # type: ignore[arg-type]
    return open_window(qtbot, svc, help_data)


def _box(picker: Any, child: Any) -> Any:
    return next(w for c, w in picker.checks if c.id == child.id)


def _units(picker: Any) -> list[int]:
    return [picker.unit_box.itemData(i) for i in range(picker.unit_box.count())]


def test_a_child_behind_and_one_ahead_do_the_unit_both_have_open_by_mouse(
    qtbot: Any, svc: Any, help_data: Any
) -> None:
    child_h, child_i, child_j = _family(svc, teen_units=1)
    win = _window(qtbot, svc, help_data)
    row = win.home.together
    assert row.together_btn is not None
    click(qtbot, row.together_btn)
    picker = row.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    # unit 1: Child H and Child I
    assert [c.id for c in picker.picked()] == [child_h.id, child_i.id] and _units(picker) == [1]
    assert _box(picker, child_h).check_text() == "Child H (ages 4-7): units 1, 2 and 3 are open"
    assert _box(picker, child_j).check_text() == "Child J (ages 11-13): unit 2 is open"
    click(qtbot, _box(picker, child_j))  # all three: no unit is open for everyone
    qtbot.waitUntil(lambda: not picker.start_btn.isEnabled())
    assert _units(picker) == [] and not picker.unit_box.isEnabled()
    assert picker.unit_box.placeholderText() == "No unit is open for all of them"
    assert picker.message.isVisible() and picker.message.plain.startswith(
        "No unit is open for all of them (Child H has units 1, 2 and 3 open; Child I has unit 1 open; "
        "Child J has unit 2 open)."
    )
    click(qtbot, _box(picker, child_i))  # Child H and Child J: unit 2 is open for both
    qtbot.waitUntil(picker.start_btn.isEnabled)
    assert _units(picker) == [2] and not picker.message.isVisible()
    assert picker.unit_box.currentText() == f"Unit 2: {svc.library.family_for_unit(2).title}"
    click(qtbot, picker.start_btn)
    screen = win.session
    qtbot.waitUntil(lambda: win.stack.currentWidget() is screen)
    assert isinstance(screen.s, tg.TogetherSession) and screen.s.family_activity.unit == 2
    play_to_end(qtbot, win, note="Both of us.")
    assert screen.page_name() == "end"
    # Each child's progress is for the unit done: unit 2; Child H's unit 1 stays open, Child I is untouched.
    assert 2 in svc._finished_units(child_h) and 1 not in svc._finished_units(child_h)
    assert 2 in svc._finished_units(child_j)
    assert tg.open_units(svc, child_h) == [1, 3] and tg.open_units(svc, child_i) == [1]
    assert [r.unit for r, _ in svc.store.together.for_child(child_h.id)] == [2]


def test_picking_children_on_different_units_and_the_unit_by_keyboard(qtbot: Any, svc: Any, help_data: Any) -> None:
    child_h, child_i, child_j = _family(svc, teen_units=2)  # Child H: 1-3, Child I: 1, Child J: 2-3
    win = _window(qtbot, svc, help_data)
    row = win.home.together
    assert row.together_btn is not None
    tab_to(qtbot, row.together_btn, back=True)
    press(qtbot, Qt.Key.Key_Space)
    picker = row.picker
    assert picker is not None
    qtbot.waitUntil(lambda: picker.isVisible() and focused() is not None and picker.isAncestorOf(focused()))
    tab_to(qtbot, _box(picker, child_i))
    press(qtbot, Qt.Key.Key_Space)  # Child I out: Child H alone is not enough
    qtbot.waitUntil(lambda: not picker.start_btn.isEnabled())
    assert picker.message.plain == "Pick 2 to 4 children (1 picked)."
    tab_to(qtbot, _box(picker, child_j))
    press(qtbot, Qt.Key.Key_Space)  # Child J in: units 2 and 3 are open for both
    qtbot.waitUntil(picker.start_btn.isEnabled)
    assert _units(picker) == [2, 3] and picker.unit_box.currentData() == 2
    tab_to(qtbot, picker.unit_box)
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: picker.unit_box.currentData() == 3)
    tab_to(qtbot, picker.start_btn)
    press(qtbot, Qt.Key.Key_Return)
    screen = win.session
    qtbot.waitUntil(lambda: win.stack.currentWidget() is screen)
    s = screen.s
    assert isinstance(s, tg.TogetherSession) and s.family_activity.unit == 3
    assert [c.id for c in s.children] == [child_h.id, child_j.id]
    assert {r.unit for r in svc.store.together.in_progress()} == {3}
