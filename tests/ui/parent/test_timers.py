"""The parent area's timers (the PIN countdown, the reminder check) stop when its window closes, so none
fires later against a store that is already closed."""

from __future__ import annotations

from typing import Any

import pytest

from familysafe.core.models import Family

pytestmark = pytest.mark.usefixtures("qapp")


def _lock_out(qtbot: Any, gate: Any) -> None:
    """The gate makes the parent wait after wrong PINs: its countdown timer runs."""
    gate.start()
    assert not gate.ok.isEnabled() and "wait 30 seconds" in gate.message.text()


@pytest.fixture
def pinned(svc: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    # As after too many wrong PINs (without hashing a PIN a dozen times: scrypt is slow on purpose).
    svc.save_family(Family(name="Rivers", setup_step="done"))
    monkeypatch.setattr(svc, "has_pin", lambda: True)
    monkeypatch.setattr(svc, "pin_wait", lambda: 30.0)
    return svc


def test_closing_the_parent_area_stops_its_timers(qtbot: Any, pinned: Any) -> None:
    from familysafe.ui.parent import ParentArea

    area = ParentArea(pinned)
    qtbot.addWidget(area)
    area.show()
    area.start()
    _lock_out(qtbot, area.gate)
    assert area.gate._timer.isActive() and area.reminders.timer.isActive()
    area.close()
    assert not area.gate._timer.isActive()
    assert not area.reminders.timer.isActive()


def test_closing_the_main_window_stops_the_parent_areas_timers(qtbot: Any, pinned: Any) -> None:
    from familysafe.ui.main_window import MainWindow

    win = MainWindow(pinned)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.parent_area.start()
    _lock_out(qtbot, win.parent_area.gate)
    assert win.parent_area.gate._timer.isActive()
    win.close()
    assert not win.parent_area.gate._timer.isActive()
    assert not win.parent_area.reminders.timer.isActive()
