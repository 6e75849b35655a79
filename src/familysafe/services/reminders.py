"""Gentle reminders: what opened since the last visit, and an optional weekly family time. No Qt.

The rules take the time from an injected clock, so they are tested without sleeping; the window
runs them from a one-minute QTimer (ui.reminders.ReminderRunner) and shows the result as a banner,
and as a system-tray notification where there is a tray (never the only way).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from familysafe.services.family import FamilyService

SETTING = "weekly_reminder"  # {"day": 0..6 (Monday = 0), "time": "HH:MM"}, absent when off
LAST_SHOWN = "weekly_reminder_last"  # ISO time of the last reminder shown
CHECK_INTERVAL_MS = 60_000
# A reminder missed because the app was closed is still shown within this long after its time;
# later than that it is skipped rather than shown on the wrong day.
GRACE = timedelta(hours=6)


@dataclass(frozen=True)
class WeeklyReminder:
    """A weekly moment for FamilySafe: a weekday (Monday = 0) and a local clock time."""

    weekday: int
    at: time

    def to_setting(self) -> dict[str, Any]:
        """The form kept in the family's settings."""
        return {"day": self.weekday, "time": self.at.strftime("%H:%M")}

    @classmethod
    def from_setting(cls, value: Any) -> WeeklyReminder | None:
        """The reminder kept in the settings, or None when it is off or unreadable."""
        if not isinstance(value, dict):
            return None
        day = value.get("day")
        text = value.get("time")
        if not isinstance(day, int) or isinstance(day, bool) or not 0 <= day <= 6 or not isinstance(text, str):
            return None
        try:
            at = time.fromisoformat(text)
        except ValueError:
            return None
        return cls(day, at.replace(second=0, microsecond=0, tzinfo=None))


def latest_slot(now: datetime, reminder: WeeklyReminder) -> datetime:
    """The latest moment at or before `now` that falls on the reminder's weekday and time (in now's zone)."""
    days_back = (now.weekday() - reminder.weekday) % 7
    day = (now - timedelta(days=days_back)).date()
    slot = datetime.combine(day, reminder.at, tzinfo=now.tzinfo)
    if slot > now:
        slot -= timedelta(days=7)
    return slot


def reminder_due(now: datetime, reminder: WeeklyReminder | None, last_shown: datetime | None) -> bool:
    """Whether the weekly reminder should show now: its time has come this week, it has not been
    shown since, and it is not more than GRACE late."""
    if reminder is None:
        return False
    slot = latest_slot(now, reminder)
    if now - slot > GRACE:
        return False
    if last_shown is None:
        return True
    try:
        return last_shown < slot
    except TypeError:  # a naive time from an old setting: compare as local wall times
        return last_shown < slot.replace(tzinfo=None)


def _parse(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


class ReminderCheck:
    """The weekly reminder's state, kept in the family's settings; `check()` is what the timer calls."""

    def __init__(self, svc: FamilyService) -> None:
        self.svc = svc

    def reminder(self) -> WeeklyReminder | None:
        """The weekly reminder, or None when it is off."""
        fam = self.svc.family()
        return WeeklyReminder.from_setting(fam.settings.weekly_reminder) if fam else None

    def set_reminder(self, reminder: WeeklyReminder | None) -> None:
        """Turn the weekly reminder on at a day and time, or off with None.

        Setting it counts as having been reminded now, so it first shows at the next chosen time.
        """
        fam = self.svc.family()
        if fam is None:
            return
        if reminder is None:
            fam.settings.reset(SETTING)
            fam.settings.reset(LAST_SHOWN)
        else:
            fam.settings.weekly_reminder = reminder.to_setting()
            fam.settings.weekly_reminder_last = self.svc.clock.now().isoformat()
        self.svc.save_family(fam)

    def check(self) -> bool:
        """True (once) when the weekly reminder is due now; remembers that it was shown."""
        fam = self.svc.family()
        if fam is None:
            return False
        now = self.svc.clock.now()
        if not reminder_due(
            now, WeeklyReminder.from_setting(fam.settings.weekly_reminder), _parse(fam.settings.weekly_reminder_last)
        ):
            return False
        fam.settings.weekly_reminder_last = now.isoformat()
        self.svc.save_family(fam)
        return True
