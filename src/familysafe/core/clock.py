"""Time, injected: wall time for dates, a monotonic clock for durations."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Where the rules get the time from."""

    def now(self) -> datetime:
        """The local wall time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds from an arbitrary start that never goes backwards."""
        ...


class SystemClock:
    """The computer's clocks."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to: for tests and the self-test."""

    def __init__(self, start: datetime | None = None, mono: float = 1000.0) -> None:
        self._now = start or datetime(2026, 1, 5, 9, 0).astimezone()
        self._mono = mono

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._now.date()

    def monotonic(self) -> float:
        return self._mono

    def advance(self, seconds: float) -> None:
        """Move both clocks forward together, as real time passing does."""
        self._mono += seconds
        self._now += timedelta(seconds=seconds)

    def set_wall(self, when: datetime) -> None:
        """Change only the wall clock, as a person changing the system time does."""
        self._now = when
