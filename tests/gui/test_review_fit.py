"""A review session (issue 17, item 6) fits a 1024×600 screen at 200 % text: the home card's "Review time",
every step of the review, its end page and the card after it, with no clipped text and nothing focusable
out of sight."""

from __future__ import annotations

from typing import Any

import pytest
from fit_checks import focus_problems, sight_problems, text_problems
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from familysafe.ui import theme
from familysafe.ui.main_window import MainWindow
from review_helpers import finish_year

pytestmark = pytest.mark.usefixtures("qapp")

SCREEN = QRect(0, 0, 1024, 600 - 40)  # a taskbar takes some of the screen


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_review_fits_a_small_screen_at_double_text(qtbot: Any, svc: Any, clock: Any) -> None:
    child = finish_year(svc, clock)
    clock.advance(13 * 86400)
    theme.apply(QApplication.instance(), "light", 2.0)  # type: ignore[arg-type]
    win = MainWindow(svc)
    qtbot.addWidget(win)
    try:
        win.place(SCREEN)
        win.setWindowState(Qt.WindowState.WindowNoState)
        win.show()
        qtbot.waitExposed(win)
        win.fit_into(SCREEN, SCREEN)
        problems: list[str] = []

        def check(name: str) -> None:
            _settle()
            if not SCREEN.contains(win.frameGeometry()):
                problems.append(f"{name}: the window {win.frameGeometry()} is not within {SCREEN}")
            problems.extend(f"{name}: {p}" for p in text_problems(win) + sight_problems(win) + focus_problems(win))

        win.go_home()
        check("home with Review time")
        win.start_review(child)
        s = win.session.s
        assert s is not None
        for i, step in enumerate(s.activity.steps):
            s.go_to(i)
            win.session.show_step()
            check(f"step {i + 1} ({step.kind})")
        win.session.finish()
        check("review end")
        win.go_home()
        check("home after the review")
        assert problems == [], "\n".join(problems)
    finally:
        win.session.save_and_pause()  # light at 100 % is put back once the window is gone (tests/conftest.py)
