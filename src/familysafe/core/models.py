"""The family's records, as plain typed values shared by the core, the store and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

AgeBand = Literal["4-7", "8-10", "11-13", "14-17"]
AGE_BANDS: tuple[AgeBand, ...] = ("4-7", "8-10", "11-13", "14-17")
CADENCES: tuple[int, ...] = (7, 14, 28)
SessionStatus = Literal["in_progress", "done", "abandoned"]
UnlockWhy = Literal["schedule", "parent"]


@dataclass
class Family:
    """The one family on this computer."""

    name: str
    country: str = "GB"
    locale: str = "en_GB"
    cadence_days: int = 14
    settings: dict[str, Any] = field(default_factory=dict)
    setup_step: str = "done"  # the first-run page to resume at, or "done"


@dataclass
class Child:
    """A child's profile: only a nickname, an age band and a picture."""

    nickname: str
    age_band: AgeBand
    avatar: str
    start_date: date
    archived: bool = False
    id: int | None = None


@dataclass
class UnlockRecord:
    """A unit opened for a child, once and for good."""

    child_id: int
    unit: int
    when: datetime
    why: UnlockWhy = "schedule"


@dataclass
class SessionRecord:
    """One run of one activity by one child; `snapshot` is the engine's saved state."""

    child_id: int
    activity_id: str
    started: datetime
    status: SessionStatus = "in_progress"
    finished: datetime | None = None
    elapsed_ms: int = 0
    current_step: int = 0
    snapshot: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass
class StepResult:
    """What happened at one step of a session."""

    session_id: int
    step_id: str
    finished: datetime
    answer: Any = None
    correct: bool | None = None
    elapsed_ms: int = 0


@dataclass
class RecallItem:
    """A key message in a child's Leitner box."""

    child_id: int
    key: str  # "<activity id>/<key message id>"
    box: int = 1
    due: date | None = None
    seen: int = 0
    wrong: int = 0


@dataclass
class Note:
    """A grown-up's note, usually typed at a reflect step."""

    child_id: int
    text: str
    created: datetime
    activity_id: str | None = None
    step_id: str | None = None
    id: int | None = None


@dataclass
class Pledge:
    """A promise the family made; together they form the family agreement."""

    child_id: int
    activity_id: str
    text: str
    strand: str
    made: datetime
    id: int | None = None
    by_grown_up: bool = False  # the grown-up's own promise, made in the child's session
