"""The family's records, as plain typed values shared by the core, the store and the UI."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from dataclasses import MISSING, dataclass, field, fields
from datetime import date, datetime
from typing import Any, ClassVar, Literal

AgeBand = Literal["4-7", "8-10", "11-13", "14-17"]
AGE_BANDS: tuple[AgeBand, ...] = ("4-7", "8-10", "11-13", "14-17")
CADENCES: tuple[int, ...] = (7, 14, 28)
SessionStatus = Literal["in_progress", "done", "abandoned"]
UnlockWhy = Literal["schedule", "parent"]


def _is_str(v: Any) -> bool:
    return isinstance(v, str)


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _is_bool(v: Any) -> bool:
    return isinstance(v, bool)


def _optional(check: Callable[[Any], bool]) -> Callable[[Any], bool]:
    return lambda v: v is None or check(v)


@dataclass
class Settings:
    """The family's preferences, kept as a JSON object in the family record.

    Each field is a key of that object, read by name (`settings.theme`), never by string. Only the keys
    that were stored or have been set since are written back (`to_dict`), so the stored JSON keeps its
    shape: a key FamilySafe does not know, or a known key whose stored value is not of its type, is kept
    in `other` and written back unchanged (its field keeps the default). `reset(name)` removes a key.
    """

    theme: str = "system"  # "system", "light", "dark" or "contrast" (see ui/theme.py)
    text_scale: int = 100  # per cent, 100 to 200
    easy_read_font: bool = False
    language: str | None = None  # the interface language's code; None: the system's
    auto_read: bool | None = None  # read each step aloud: None until the grown-up chooses
    voice: str = ""  # the text-to-speech voice's name; "": the system's
    rate: float = 0.0  # speech rate, -1.0 to 1.0
    clock_warning: str | None = None  # the last clock change noticed: "kind|when"
    weekly_reminder: dict[str, Any] | None = None  # {"day": 0..6, "time": "HH:MM"} (services/reminders.py)
    weekly_reminder_last: str | None = None  # ISO time of the last reminder shown
    guides_read: list[str] = field(default_factory=list)  # ids of the guides marked as read (sorted)
    window: dict[str, Any] | None = None  # the window's place: {"x", "y", "w", "h", "max"} (ui/main_window.py)
    notices_dismissed: list[str] = field(default_factory=list)  # start-up notices the grown-up closed (their text)
    other: dict[str, Any] = field(default_factory=dict)
    _stored: set[str] = field(default_factory=set, repr=False, compare=False)

    _CHECKS: ClassVar[dict[str, Callable[[Any], bool]]] = {
        "theme": _is_str,
        "text_scale": _is_int,
        "easy_read_font": _is_bool,
        "language": _optional(_is_str),
        "auto_read": _optional(_is_bool),
        "voice": _is_str,
        "rate": _is_number,
        "clock_warning": _optional(_is_str),
        "weekly_reminder": _optional(lambda v: isinstance(v, dict)),
        "weekly_reminder_last": _optional(_is_str),
        "guides_read": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
        "window": _optional(lambda v: isinstance(v, dict)),
        "notices_dismissed": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
    }

    def __post_init__(self) -> None:
        # Built in code (not read from the file): every field given a value other than its default is written.
        for name in self._CHECKS:
            if getattr(self, name) != _default(name):
                self._stored.add(name)

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        stored = self.__dict__.get("_stored")
        if stored is not None and name in self._CHECKS:
            stored.add(name)
            self.other.pop(name, None)

    def reset(self, name: str) -> None:
        """Forget a setting: its field goes back to the default and its key is no longer written."""
        object.__setattr__(self, name, _default(name))
        self._stored.discard(name)
        self.other.pop(name, None)

    def copy(self) -> Settings:
        """An independent copy (the same keys are written)."""
        return copy.deepcopy(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | Any) -> Settings:
        """The settings stored as `data` (anything not a JSON object reads as no settings)."""
        out = cls()
        out._stored.clear()
        for key, value in (data.items() if isinstance(data, Mapping) else ()):
            check = cls._CHECKS.get(key)
            if check is not None and check(value):
                object.__setattr__(out, key, copy.deepcopy(value))
                out._stored.add(key)
            else:
                out.other[key] = copy.deepcopy(value)
                if key == "guides_read" and isinstance(value, list):  # read what can be read
                    object.__setattr__(out, key, [x for x in value if isinstance(x, str)])
        return out

    def to_dict(self) -> dict[str, Any]:
        """The JSON object to store: the keys read or set, and `other` unchanged."""
        out = copy.deepcopy(self.other)
        for f in fields(self):
            if f.name in self._stored:
                out[f.name] = copy.deepcopy(getattr(self, f.name))
        return out


def _default(name: str) -> Any:
    """A new copy of a setting's default value."""
    f = Settings.__dataclass_fields__[name]
    return f.default_factory() if f.default_factory is not MISSING else f.default


@dataclass
class Family:
    """The one family on this computer."""

    name: str
    country: str = "GB"
    locale: str = "en_GB"
    cadence_days: int = 14
    settings: Settings = field(default_factory=Settings)
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
    """A unit of one age band opened for a child, once and for good. `band` None (when recording)
    means the child's current band; records read back always carry their band."""

    child_id: int
    unit: int
    when: datetime
    why: UnlockWhy = "schedule"
    band: AgeBand | None = None


@dataclass
class BandStint:
    """One age band in a child's history (issue 17). `started` is the day the band's unit 1 opened
    (its schedule counts from there); `ended` is when the child last left it, None for the current band.
    `nudge_answered` / `nudge_remind`: the day the parent last answered "ready for the next band?",
    and the day to ask again ("remind me in 6 months")."""

    child_id: int
    band: AgeBand
    started: date
    ended: datetime | None = None
    nudge_answered: date | None = None
    nudge_remind: date | None = None


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
    together_id: int | None = None  # the sitting together it belongs to (issue 18); None when done alone


@dataclass
class TogetherRecord:
    """One sitting of a family activity by 2 to 4 children (issue 18); `snapshot` is its saved place."""

    unit: int
    activity_id: str
    started: datetime
    status: SessionStatus = "in_progress"
    finished: datetime | None = None
    elapsed_ms: int = 0
    current_step: int = 0
    snapshot: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(frozen=True)
class TogetherSeat:
    """A child in a sitting: their own session of it, and their follow-up's activity id (None: none)."""

    together_id: int
    child_id: int
    session_id: int
    follow_up: str | None = None


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
