"""Playing a session in the real window as a person would: a click, and every step answered by mouse
until the end page (a child's own session or a sitting together)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget

from familysafe.ui.main_window import MainWindow
from familysafe.ui.steps import ChecklistView, PledgeView, QuizView, ReflectView, ScenarioView, StoryView


def click(qtbot: Any, w: QWidget) -> None:
    """A mouse click on a widget a person can see and use."""
    assert w.isVisible() and w.isEnabled(), w.accessibleName()
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


def play_to_end(qtbot: Any, win: MainWindow, note: str = "We talked about who to tell.", steps: int = 30) -> None:
    """Answer every step by mouse (the first choice; every child agrees to a promise) and press Next
    until the end page shows."""
    screen = win.session
    for _ in range(steps):
        if screen.page_name() == "end":
            return
        if screen.page_name() == "recall":
            click(qtbot, screen.recall.skip_btn)
            continue
        view = screen.view
        if isinstance(view, QuizView):
            for group in view.groups.values():
                click(qtbot, group.buttons()[0])
        elif isinstance(view, ScenarioView):
            while not view.current().end:
                btns = [b for b in view.findChildren(QAbstractButton) if b.objectName() == "choice" and b.isVisible()]
                click(qtbot, btns[0])
        elif isinstance(view, PledgeView):
            if view.people:  # a sitting together: each child agrees for themselves
                for _, _, box in view.people:
                    click(qtbot, box)
            else:
                click(qtbot, view.agree)
        elif isinstance(view, ChecklistView):
            for box in view.boxes:
                click(qtbot, box)
        elif isinstance(view, StoryView):
            while view.next_btn.isEnabled():
                click(qtbot, view.next_btn)
        elif isinstance(view, ReflectView):
            qtbot.keyClicks(view.note, note)
            if view.save.isVisible():
                click(qtbot, view.save)
        click(qtbot, screen.next_btn)
    raise AssertionError("the session did not reach its end page")
