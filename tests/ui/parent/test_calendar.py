"""The unlock calendar: an .ics that a calendar program (here the icalendar package) reads back with the
right dates, all-day or at a chosen local time."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QFileDialog

from familysafe.services.calendar import CalendarEvent, calendar_text, escape_text, fold
from familysafe.ui.parent import TAB_SCHEDULE

pytestmark = pytest.mark.usefixtures("qapp")
NOW = datetime(2026, 1, 5, 9, 0).astimezone()


def events_of(text: str | bytes) -> list[Any]:
    return list(Calendar.from_ical(text).walk("VEVENT"))


def test_all_day_events_parse_with_the_right_dates() -> None:
    days = [date(2026, 1, 19), date(2026, 2, 2), date(2026, 12, 31)]
    text = calendar_text([CalendarEvent(f"u{i}@x", d, f"Unit {i}") for i, d in enumerate(days)], now=NOW)
    evs = events_of(text)
    assert [e.decoded("dtstart") for e in evs] == days
    assert [e.decoded("dtend") for e in evs] == [d + timedelta(days=1) for d in days]
    assert all(type(e.decoded("dtstart")) is date for e in evs)  # DATE values: the day wherever the phone is
    assert len({str(e["uid"]) for e in evs}) == 3
    assert all(line.endswith("\r") or line == "" for line in text.split("\n"))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")


def test_timed_events_are_floating_local_times_with_an_alarm() -> None:
    text = calendar_text([CalendarEvent("a@x", date(2026, 1, 19), "Child A")], now=NOW, at=time(18, 30))
    [ev] = events_of(text)
    start = ev.decoded("dtstart")
    assert start == datetime(2026, 1, 19, 18, 30) and start.tzinfo is None
    assert ev.decoded("dtend") - start == timedelta(minutes=15)
    assert list(ev.walk("VALARM"))


def test_text_is_escaped_and_long_lines_folded() -> None:
    summary = "Zoë; Ångström, and a new line\nthen more " + "ünïcödé " * 30
    text = calendar_text([CalendarEvent("a@x", date(2026, 1, 19), summary, "Unit 2: Kind online, really")], now=NOW)
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    [ev] = events_of(text)
    assert str(ev["summary"]) == summary
    assert str(ev["description"]) == "Unit 2: Kind online, really"
    assert escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    assert fold("x" * 80) == "x" * 75 + "\r\n " + "x" * 5


def test_save_from_the_schedule_tab(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child_a = family["child_a"]
    chosen = tmp_path / "child_a-dates"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    area.refresh()
    area.show_tab(TAB_SCHEDULE)
    qtbot.mouseClick(area.schedule_tab.calendar_buttons[child_a.id], Qt.MouseButton.LeftButton)
    out = tmp_path / "child_a-dates.ics"
    qtbot.waitUntil(out.exists)
    evs = events_of(out.read_bytes())
    today = svc.clock.now().date()
    expected = [d for _, d, is_open in svc.unit_dates(child_a) if not is_open and d >= today]
    assert expected and [e.decoded("dtstart") for e in evs] == expected
    assert all("Child A" in str(e["summary"]) for e in evs)
    assert "Unit 2: Private things stay private" in str(evs[0]["description"])
    assert str(out) in area.status.text()

    # At a time of day instead.
    area.schedule_tab.cal_timed.setChecked(True)
    area.schedule_tab.cal_time.setTime(QTime(19, 15))
    qtbot.mouseClick(area.schedule_tab.calendar_buttons[child_a.id], Qt.MouseButton.LeftButton)
    evs = events_of(out.read_bytes())
    assert [e.decoded("dtstart") for e in evs] == [datetime.combine(d, time(19, 15)) for d in expected]


def test_an_unwritable_place_gets_a_message(
    qtbot: Any, area: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "missing" / "x.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    area.refresh()
    area.show_tab(TAB_SCHEDULE)
    qtbot.mouseClick(area.schedule_tab.calendar_buttons[family["child_a"].id], Qt.MouseButton.LeftButton)
    assert "could not be saved" in area.status.text() and str(bad) in area.status.text()
    assert not bad.parent.exists()
