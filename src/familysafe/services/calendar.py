"""The unlock schedule as an iCalendar (.ics) file a parent can import into a phone calendar. No Qt.

Written by hand to RFC 5545 with the standard library. All-day events use DATE values, which mean
"this day" wherever the phone is; events at a time use floating local times (no time zone), which a
calendar shows at that clock time in its own zone, the right thing for "on Friday at 18:00".
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

PRODID = "-//FamilySafe//FamilySafe unlock calendar//EN"
EVENT_MINUTES = 15


@dataclass(frozen=True)
class CalendarEvent:
    """One day on which something opens."""

    uid: str
    day: date
    summary: str
    description: str = ""


def escape_text(text: str) -> str:
    """A TEXT value escaped as RFC 5545 §3.3.11 asks: backslash, semicolon, comma, newline. A lone CR is a
    line break too (a bare CR inside a content line would end it early), and other control characters,
    which a TEXT value may not hold, are dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\n\t" or not (ord(ch) < 0x20 or ord(ch) == 0x7F))
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded to at most 75 octets per line (RFC 5545 §3.1), never splitting a character."""
    out: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, 75
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(
    events: Iterable[CalendarEvent],
    *,
    now: datetime,
    at: time | None = None,
    name: str = "FamilySafe",
    minutes: int = EVENT_MINUTES,
) -> str:
    """The events as one VCALENDAR: all-day events, or (with `at`) `minutes`-long events at that local
    time, each with a reminder when it starts."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    stamp = _stamp(now)
    for e in events:
        lines += ["BEGIN:VEVENT", f"UID:{e.uid}", f"DTSTAMP:{stamp}"]
        if at is None:
            lines += [
                f"DTSTART;VALUE=DATE:{e.day:%Y%m%d}",
                f"DTEND;VALUE=DATE:{e.day + timedelta(days=1):%Y%m%d}",
            ]
        else:
            start = datetime.combine(e.day, at.replace(tzinfo=None, microsecond=0))
            end = start + timedelta(minutes=minutes)
            lines += [f"DTSTART:{start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}"]
        lines.append(f"SUMMARY:{escape_text(e.summary)}")
        if e.description:
            lines.append(f"DESCRIPTION:{escape_text(e.description)}")
        lines.append("TRANSP:TRANSPARENT")
        if at is not None:
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                "TRIGGER:PT0M",
                f"DESCRIPTION:{escape_text(e.summary)}",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_calendar(path: Path, text: str) -> Path:
    """Write the calendar to `path` through a temporary file, so a failed write leaves no half file."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.partial")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return path


def unlock_events(
    upcoming: Iterable[tuple[int, date, str]],
    child_id: int | None,
    nickname: str,
    summary: str,
    description: str,
) -> list[CalendarEvent]:
    """The calendar events for one child's coming unlocks (`FamilyService.upcoming_unlocks`), the one
    place the window and the command line build them. `summary` may hold %1 (the nickname);
    `description` %1 (the unit) and %2 (its title): each caller passes its own words (translated in
    the window)."""
    return [
        CalendarEvent(
            f"familysafe-child{child_id}-unit{unit}@familysafe.invalid",
            when,
            summary.replace("%1", nickname),
            description.replace("%1", str(unit)).replace("%2", title),
        )
        for unit, when, title in upcoming
    ]
