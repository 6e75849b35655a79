"""Issue 18: the Together card, the picker and every step of a sitting fit 1024×600 at 100 % and 200 % text:
no clipped text, nothing focusable out of sight."""

from __future__ import annotations

from typing import Any

import pytest
from fit_checks import focus_problems, sight_problems, text_problems
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from familysafe.core.models import Family
from familysafe.ui import theme
from familysafe.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qapp")
SCREEN = QRect(0, 0, 1024, 600 - 40)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"])
def test_a_sitting_fits_a_small_screen(qtbot: Any, svc: Any, scale: float) -> None:
    from familysafe.core.help import load_child_help, load_contacts
    from familysafe.resources import asset

    svc.save_family(Family(name="Fits", setup_step="done"))
    for name, band in (("Child A", "4-7"), ("Child J", "11-13"), ("Child K", "14-17")):
        svc.add_child(name, band, "fox")  # type: ignore[arg-type]
    theme.apply(QApplication.instance(), "light", scale)  # type: ignore[arg-type]
    helps = load_contacts(asset("help", "contacts.yaml")), load_child_help(asset("help", "child-help.yaml"))
    win = MainWindow(svc, *helps)
    qtbot.addWidget(win)
    try:
        win.place(SCREEN)
        win.setWindowState(Qt.WindowState.WindowNoState)
        win.show()
        qtbot.waitExposed(win)
        win.fit_into(SCREEN, SCREEN)
        win.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
        settle()
        problems = [f"home: {p}" for p in text_problems(win) + sight_problems(win) + focus_problems(win)]
        picker = win.home.together.open_picker()
        qtbot.waitExposed(picker)
        settle()
        if picker.height() > SCREEN.height() or picker.width() > SCREEN.width():
            problems.append(f"picker: {picker.size()} is bigger than the screen")
        problems += [f"picker: {p}" for p in text_problems(picker) + sight_problems(picker) + focus_problems(picker)]
        picker.start()
        screen = win.session
        qtbot.waitUntil(lambda: win.stack.currentWidget() is screen)
        if screen.page_name() == "recall":
            screen._show_steps()
        s = screen.s
        assert s is not None
        for i, step in enumerate(s.activity.steps):
            s.go_to(i)
            screen.show_step()
            settle()
            problems += [f"{step.id}: {p}" for p in text_problems(win) + sight_problems(win) + focus_problems(win)]
            if s.turn_of(step.id) is not None:  # the turn bar leaves the child room for the step's own words
                port = screen.child_scroll.viewport()
                bar = screen.turn.mapTo(port, screen.turn.rect().bottomLeft()).y()
                if bar * 2 > port.height():
                    problems.append(f"{step.id}: the turn bar reaches {bar} px down a view {port.height()} px tall")
                control = screen.view.first_control() if screen.view is not None else None
                if control is not None:  # the answer is reachable: reached by Tab, it scrolls into view
                    qtbot.keyClick(control, Qt.Key.Key_Tab)
                    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
                    settle()
                    top = control.mapTo(port, control.rect().topLeft()).y()
                    if QApplication.focusWidget() is not control or not 0 <= top < port.height():
                        problems.append(f"{step.id}: the answer reached by Tab is out of view ({top} px)")
        screen.finish()
        settle()
        problems += [f"end: {p}" for p in text_problems(win) + sight_problems(win) + focus_problems(win)]
        assert problems == [], "\n".join(problems)
    finally:
        win.session.save_and_pause()  # light at 100 % is put back once the window is gone (tests/conftest.py)
