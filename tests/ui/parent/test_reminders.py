"""Reminders, tested with an injected clock and no sleeping: the banner for what opened since the last
visit, and the optional weekly reminder (banner always; tray notification only where there is a tray)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QSystemTrayIcon

from familysafe.services.reminders import (
    CHECK_INTERVAL_MS,
    GRACE,
    LAST_SHOWN,
    SETTING,
    ReminderCheck,
    WeeklyReminder,
    latest_slot,
    reminder_due,
)
from familysafe.ui.parent import TAB_SETTINGS, ReminderRunner

pytestmark = pytest.mark.usefixtures("qapp")
MONDAY_9 = datetime(2026, 1, 5, 9, 0).astimezone()  # the FakeClock's start
FRIDAY_18 = WeeklyReminder(4, time(18, 0))


def test_latest_slot() -> None:
    assert latest_slot(MONDAY_9, FRIDAY_18) == datetime(2026, 1, 2, 18, 0, tzinfo=MONDAY_9.tzinfo)
    friday = datetime(2026, 1, 9, 18, 0, tzinfo=MONDAY_9.tzinfo)
    assert latest_slot(friday, FRIDAY_18) == friday
    assert latest_slot(friday - timedelta(minutes=1), FRIDAY_18) == friday - timedelta(days=7)


@pytest.mark.parametrize(
    ("now_offset", "last_offset", "due"),
    [
        (timedelta(minutes=-1), None, False),  # not yet (the last slot was a week ago, long past the grace)
        (timedelta(0), None, True),
        (timedelta(minutes=30), timedelta(days=-3), True),
        (timedelta(minutes=30), timedelta(minutes=1), False),  # already shown this week
        (GRACE + timedelta(minutes=1), None, False),  # the app was closed over it: skipped, not shown late
    ],
)
def test_reminder_due(now_offset: timedelta, last_offset: timedelta | None, due: bool) -> None:
    slot = datetime(2026, 1, 9, 18, 0, tzinfo=MONDAY_9.tzinfo)
    last = slot + last_offset if last_offset is not None else None
    assert reminder_due(slot + now_offset, FRIDAY_18, last) is due
    assert reminder_due(slot + now_offset, None, last) is False


@pytest.mark.parametrize(
    "value", [None, "x", {}, {"day": 7, "time": "18:00"}, {"day": True, "time": "18:00"}, {"day": 1, "time": "late"}]
)
def test_unreadable_settings_mean_off(value: Any) -> None:
    assert WeeklyReminder.from_setting(value) is None


def test_weekly_check_with_a_fake_clock(svc: Any, family: dict[str, Any], clock: Any) -> None:
    check = ReminderCheck(svc)
    assert check.reminder() is None and not check.check()
    check.set_reminder(FRIDAY_18)
    assert check.reminder() == FRIDAY_18
    assert svc.family().settings.weekly_reminder == {"day": 4, "time": "18:00"}
    assert not check.check()  # Monday morning
    clock.advance((datetime(2026, 1, 9, 18, 0, tzinfo=MONDAY_9.tzinfo) - clock.now()).total_seconds())
    assert check.check()
    assert not check.check()  # once a week, not once a minute
    clock.advance(3600)
    assert not check.check()
    clock.advance(timedelta(days=7).total_seconds() - 3600 + 60)
    assert check.check()
    check.set_reminder(None)
    stored = svc.family().settings.to_dict()
    assert SETTING not in stored and LAST_SHOWN not in stored
    clock.advance(timedelta(days=7).total_seconds())
    assert not check.check()


def test_runner_banner_and_tray(qtbot: Any, svc: Any, family: dict[str, Any], clock: Any, monkeypatch: Any) -> None:
    runner = ReminderRunner(svc)
    assert runner.timer.isActive() and runner.timer.interval() == CHECK_INTERVAL_MS == 60_000
    assert runner.tick() == ""
    ReminderCheck(svc).set_reminder(WeeklyReminder(0, time(9, 30)))  # Monday 9:30; now is 9:00
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    clock.advance(1800)
    with qtbot.waitSignal(runner.remind) as got:
        runner.timer.timeout.emit()  # what the one-minute timer does
    assert "weekly FamilySafe time" in got.args[0] and "Child B" in got.args[0]  # Child B has an activity ready
    assert runner.tray is None  # no tray here: the banner is the channel
    assert runner.tick() == ""
    # Where there is a tray, the next due reminder goes to the banner and to a tray notification.
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda self, *a: shown.append((self, *a)))
    clock.advance(7 * 86400)  # next Monday, 9:30
    with qtbot.waitSignal(runner.remind) as again:
        runner.timer.timeout.emit()
    assert runner.tray is not None and runner.tray.isVisible()
    assert runner.tray.toolTip() == "FamilySafe" and not runner.tray.icon().isNull()
    [(tray, title, text, icon, msecs)] = shown
    assert tray is runner.tray and title == "FamilySafe" and text == again.args[0]
    assert icon == QSystemTrayIcon.MessageIcon.Information and msecs == 10_000
    assert runner.tick() == "" and len(shown) == 1  # shown once, not once a minute


def test_parent_area_forwards_the_reminder(qtbot: Any, area: Any, svc: Any, family: dict[str, Any], clock: Any) -> None:
    ReminderCheck(svc).set_reminder(WeeklyReminder(0, time(9, 30)))  # now is 9:10
    clock.advance(1800)
    with qtbot.waitSignal(area.reminder):
        area.reminders.tick()


def test_settings_tab_turns_the_reminder_on_and_off(qtbot: Any, area: Any, svc: Any, family: dict[str, Any]) -> None:
    area.refresh()
    area.show_tab(TAB_SETTINGS)
    assert not area.settings_tab.reminder_on.isChecked()
    area.settings_tab.reminder_on.setChecked(True)
    area.settings_tab.reminder_day.setCurrentIndex(area.settings_tab.reminder_day.findData(6))
    area.settings_tab.reminder_time.setTime(QTime(17, 45))
    qtbot.mouseClick(area.settings_tab.reminder_save, Qt.MouseButton.LeftButton)
    assert ReminderCheck(svc).reminder() == WeeklyReminder(6, time(17, 45))
    assert "17:45" in area.status.text()
    area.refresh()
    assert area.settings_tab.reminder_on.isChecked() and area.settings_tab.reminder_day.currentData() == 6
    area.settings_tab.reminder_on.setChecked(False)
    qtbot.mouseClick(area.settings_tab.reminder_save, Qt.MouseButton.LeftButton)
    assert ReminderCheck(svc).reminder() is None


def test_visit_banner_names_who_has_something_new(area: Any, svc: Any, family: dict[str, Any], clock: Any) -> None:
    assert area.visit_banner() == ""  # the first visit: everything is new, nothing to announce
    assert area.visit_banner() == ""  # nothing opened since
    clock.advance(timedelta(days=14).total_seconds())  # Child A finished unit 1; unit 2 is due now
    banner = area.visit_banner()
    assert "Child A" in banner and "Child B" not in banner and "new" in banner
    assert area.visit_banner() == ""
    clock.advance(60)
    svc.unlock_next_early(family["child_b"])  # opened by the parent: new for Child B at the next visit
    clock.advance(60)
    assert "Child B" in area.visit_banner()


def test_visit_banner_without_a_family(area: Any) -> None:
    assert area.visit_banner() == ""
