"""What waits for the first paint during the app's start (ui/deferred.py): `at_first_paint` runs at the
paint itself (the Enter key's filter is in place before any key press), `when_painted` just after; in
tests, which build windows directly, both run at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from familysafe.ui import deferred


@pytest.fixture
def holding() -> Iterator[None]:
    deferred.hold_until_painted()
    yield
    deferred.release()


def test_at_first_paint_waits_for_the_paint_then_runs_before_the_rest(qtbot: Any, holding: None) -> None:
    ran: list[str] = []
    win = QLabel("Hello")
    qtbot.addWidget(win)
    deferred.after_first_paint(win)
    deferred.at_first_paint(lambda: ran.append("at paint"))
    deferred.when_painted(lambda: ran.append("after paint"))
    assert ran == []
    win.show()
    qtbot.waitUntil(lambda: ran == ["at paint"], timeout=5000)
    qtbot.waitUntil(lambda: ran == ["at paint", "after paint"], timeout=5000)


def test_without_the_app_start_it_runs_at_once() -> None:
    ran: list[str] = []
    deferred.at_first_paint(lambda: ran.append("now"))
    assert ran == ["now"]


def test_the_enter_key_filter_waits_for_the_first_paint(
    qtbot: Any, holding: None, svc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familysafe.ui import main_window

    installed: list[bool] = []
    monkeypatch.setattr(main_window, "install_enter_activates", lambda: installed.append(True))
    win = main_window.MainWindow(svc)
    qtbot.addWidget(win)
    assert installed == []  # not while the window is being made
    win.show()
    qtbot.waitUntil(lambda: installed == [True], timeout=5000)


def test_the_screens_not_on_show_are_made_on_first_use(qtbot: Any, svc: Any, family: dict[str, Any]) -> None:
    from familysafe.ui import main_window

    win = main_window.MainWindow(svc)
    qtbot.addWidget(win)
    assert win.stack.currentWidget() is win.home
    assert (win._session, win._help, win._see, win._parent_area, win._setup) == (None, None, None, None, None)
    win.show_help()
    assert win._help is not None and win.stack.currentWidget() is win.help
    win.go_back()
    win.start_activity(family["child_b"], svc.overview(family["child_b"]).todo[0])
    assert win._session is not None and win.stack.currentWidget() is win.session
    assert win._see is None
