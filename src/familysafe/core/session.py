"""The session engine (DESIGN §7): where the family is in an activity, and for how long.

One QTimer in the UI calls `Session.tick()` (services/sessions.py), which asks
`SessionEngine.tick()`; the engine decides what is due and returns events; the
UI shows them. Elapsed time comes from the injected
clock's monotonic time at each resume, never from counting ticks, so a late or
missed tick drifts nothing and changing the wall clock changes nothing.

The timer serves the family (WCAG 2.2.1): a step or the whole session can be
extended, the timer can be switched off, and time running out only produces an
event; nothing ever stops by itself.
"""

from __future__ import annotations

import enum
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from familysafe.core.clock import Clock

SNAPSHOT_FORMAT = "familysafe.session"
SNAPSHOT_VERSION = 1
DEFAULT_TOTAL_SECONDS = 900.0


class SessionState(enum.Enum):
    """Where a session is in its life."""

    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class SessionStateError(RuntimeError):
    """An operation was asked for in a state that does not allow it (a bug in the caller)."""


class SnapshotError(ValueError):
    """A saved session could not be restored: damaged, from another activity, or not a snapshot."""


@dataclass(frozen=True)
class StepNudge:
    """The current step has gone past its suggested time (a gentle nudge, nothing stops)."""

    step_id: str


@dataclass(frozen=True)
class TimeUp:
    """The session has gone past its total time (nothing stops; the family decides)."""


Event = StepNudge | TimeUp


@dataclass(frozen=True)
class Answer:
    """What was answered at a step: a JSON value, and whether it was right (None: no right answer)."""

    value: Any
    correct: bool | None


def quiz_result(step: Any, choices: Mapping[str, int]) -> bool | None:
    """Whether a quiz step was answered right: None until every question has a choice, and None
    when every question is a `discuss: true` one (no single right answer, so nothing is scored).

    `step` is a core.content.QuizStep; `choices` maps question id -> the chosen option's index.
    Only the scored questions decide: a discuss question is never right or wrong.
    """
    questions = list(step.questions)
    if any(not isinstance(choices.get(q.id), int) or not 0 <= choices[q.id] < len(q.options) for q in questions):
        return None
    scored = [q for q in questions if not getattr(q, "discuss", False)]
    if not scored:
        return None
    return all(q.options[choices[q.id]].correct for q in scored)


def later_items(activity: Any, answers: Mapping[str, Answer]) -> list[tuple[str, bool]]:
    """The activity's "to do together later" items, in order, each with whether it was ticked.

    `activity` is a core.content.Activity; the ticks are saved in the activity step's answer as
    {"later": [indexes]} beside its own {"ticked": [...]}.
    """
    out: list[tuple[str, bool]] = []
    for step in activity.steps:
        items = getattr(step, "later", None) or []
        ans = answers.get(step.id)
        ticked = ans.value.get("later", []) if ans is not None and isinstance(ans.value, dict) else []
        done = {i for i in ticked if isinstance(i, int)} if isinstance(ticked, list) else set()
        out.extend((item, i in done) for i, item in enumerate(items))
    return out


def _json_value(value: Any) -> Any:
    # A JSON round trip gives a canonical private copy: tuples become lists, later mutation is not seen.
    return json.loads(json.dumps(value, allow_nan=False))


def _check_seconds(seconds: float, what: str, *, positive: bool) -> float:
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise ValueError(f"{what} must be a number of seconds, not {seconds!r}")
    value = float(seconds)
    if not math.isfinite(value) or value < 0 or (positive and value == 0):
        raise ValueError(
            f"{what} must be a {'positive' if positive else 'non-negative'} number, not {seconds!r}"
        )
    return value


class SessionEngine:
    """The state, place, answers and timing of one session of one activity.

    Transitions: NOT_STARTED -start-> RUNNING -pause-> PAUSED -resume-> RUNNING;
    RUNNING or PAUSED -finish-> FINISHED. Moving between steps and recording
    answers is allowed while RUNNING or PAUSED and refused (SessionStateError)
    before start and after finish.
    """

    def __init__(
        self,
        step_ids: Sequence[str],
        suggested_seconds: Sequence[float],
        clock: Clock,
        total_seconds: float = DEFAULT_TOTAL_SECONDS,
    ) -> None:
        """Make an engine, NOT_STARTED, on step 0, with the timer on.

        Raises ValueError for no steps, repeated step ids, a count of suggested
        times that differs from the steps, or a time that is negative or not finite.
        """
        ids = tuple(step_ids)
        if not ids:
            raise ValueError("a session needs at least one step")
        if len(set(ids)) != len(ids):
            raise ValueError(f"step ids must be unique: {list(ids)}")
        if not all(isinstance(s, str) for s in ids):
            raise ValueError("step ids must be strings")
        if len(suggested_seconds) != len(ids):
            raise ValueError(f"{len(ids)} steps but {len(suggested_seconds)} suggested times")
        self._step_ids = ids
        self._suggested = tuple(
            _check_seconds(s, f"suggested time of step {i!r}", positive=False)
            for i, s in zip(ids, suggested_seconds, strict=True)
        )
        self._total_seconds = _check_seconds(total_seconds, "total_seconds", positive=False)
        self._clock = clock
        self._state = SessionState.NOT_STARTED
        self._index = 0
        self._answers: dict[str, Answer] = {}
        self._done: set[str] = set()
        # Closed time: seconds counted up to the last pause, step change or resume point.
        self._elapsed = 0.0
        self._step_elapsed: dict[str, float] = dict.fromkeys(ids, 0.0)
        self._resumed_at: float | None = None
        self._step_extensions: dict[str, float] = dict.fromkeys(ids, 0.0)
        self._total_extension = 0.0
        self._timer_on = True
        self._nudged: set[str] = set()
        self._time_up_sent = False

    # ---- state -------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        """The current state."""
        return self._state

    @property
    def step_ids(self) -> tuple[str, ...]:
        """The steps, in order."""
        return self._step_ids

    @property
    def total_seconds(self) -> float:
        """The planned length of the session, without extensions."""
        return self._total_seconds

    def _require(self, *allowed: SessionState, action: str) -> None:
        if self._state not in allowed:
            names = " or ".join(s.name for s in allowed)
            raise SessionStateError(f"cannot {action} a session that is {self._state.name} (needs {names})")

    def _close_segment(self) -> None:
        # Move the running time into the totals, so a step change or pause loses nothing.
        if self._resumed_at is None:
            return
        now = self._clock.monotonic()
        spent = max(0.0, now - self._resumed_at)
        self._elapsed += spent
        step = self._step_ids[self._index]
        self._step_elapsed[step] += spent
        self._resumed_at = now

    def start(self) -> None:
        """Start counting time on the current step. Only from NOT_STARTED (else SessionStateError)."""
        self._require(SessionState.NOT_STARTED, action="start")
        self._state = SessionState.RUNNING
        self._resumed_at = self._clock.monotonic()

    def pause(self) -> None:
        """Stop counting time until `resume`. A no-op when already PAUSED; SessionStateError otherwise."""
        if self._state is SessionState.PAUSED:
            return
        self._require(SessionState.RUNNING, action="pause")
        self._close_segment()
        self._resumed_at = None
        self._state = SessionState.PAUSED

    def resume(self) -> None:
        """Count time again from now. A no-op when already RUNNING; SessionStateError otherwise."""
        if self._state is SessionState.RUNNING:
            return
        self._require(SessionState.PAUSED, action="resume")
        self._state = SessionState.RUNNING
        self._resumed_at = self._clock.monotonic()

    def finish(self) -> None:
        """End the session, keeping everything; from RUNNING or PAUSED. A no-op when already FINISHED."""
        if self._state is SessionState.FINISHED:
            return
        self._require(SessionState.RUNNING, SessionState.PAUSED, action="finish")
        self._close_segment()
        self._resumed_at = None
        self._state = SessionState.FINISHED

    # ---- where we are ------------------------------------------------------

    @property
    def current_index(self) -> int:
        """The index of the current step."""
        return self._index

    @property
    def current_step_id(self) -> str:
        """The id of the current step."""
        return self._step_ids[self._index]

    @property
    def is_last_step(self) -> bool:
        """True on the last step (where `next` does nothing and the UI offers finish)."""
        return self._index == len(self._step_ids) - 1

    def go_to(self, index: int) -> None:
        """Make step `index` current; time from now on counts to it.

        IndexError outside 0..len(steps)-1; SessionStateError unless RUNNING or PAUSED.
        """
        self._require(SessionState.RUNNING, SessionState.PAUSED, action="move in")
        if isinstance(index, bool) or not 0 <= index < len(self._step_ids):
            raise IndexError(f"step index {index} is outside 0..{len(self._step_ids) - 1}")
        self._close_segment()
        self._index = index

    def next(self) -> bool:
        """Go to the following step; True if it moved. On the last step it stays (finish is explicit)."""
        if self.is_last_step:
            self._require(SessionState.RUNNING, SessionState.PAUSED, action="move in")
            return False
        self.go_to(self._index + 1)
        return True

    def back(self) -> bool:
        """Go to the previous step; True if it moved (False on the first step)."""
        if self._index == 0:
            self._require(SessionState.RUNNING, SessionState.PAUSED, action="move in")
            return False
        self.go_to(self._index - 1)
        return True

    # ---- answers and done steps -------------------------------------------

    def _check_step(self, step_id: str) -> None:
        if step_id not in self._step_elapsed:
            raise ValueError(f"no step {step_id!r} in this session")

    def record_answer(self, step_id: str, answer: Any, correct: bool | None) -> None:
        """Keep the answer given at `step_id` (a later answer replaces it).

        `answer` must be JSON-serialisable (no NaN); a canonical copy is kept.
        ValueError for an unknown step or a value JSON cannot hold; SessionStateError
        unless RUNNING or PAUSED.
        """
        self._require(SessionState.RUNNING, SessionState.PAUSED, action="answer in")
        self._check_step(step_id)
        if correct is not None and not isinstance(correct, bool):
            raise ValueError(f"correct must be True, False or None, not {correct!r}")
        try:
            value = _json_value(answer)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"the answer at step {step_id!r} cannot be saved as JSON: {exc}") from exc
        self._answers[step_id] = Answer(value=value, correct=correct)

    @property
    def answers(self) -> Mapping[str, Answer]:
        """The answers so far, by step id (a copy)."""
        return dict(self._answers)

    def mark_step_done(self, step_id: str) -> None:
        """Note that `step_id` was completed (idempotent). Same errors as `record_answer`."""
        self._require(SessionState.RUNNING, SessionState.PAUSED, action="mark a step done in")
        self._check_step(step_id)
        self._done.add(step_id)

    @property
    def done_steps(self) -> frozenset[str]:
        """The steps marked done."""
        return frozenset(self._done)

    # ---- time ----------------------------------------------------------------

    def _running_extra(self) -> float:
        if self._resumed_at is None:
            return 0.0
        return max(0.0, self._clock.monotonic() - self._resumed_at)

    @property
    def elapsed_seconds(self) -> float:
        """Seconds the session has been RUNNING: paused time and wall-clock changes never count."""
        return self._elapsed + self._running_extra()

    def step_elapsed(self, step_id: str) -> float:
        """Seconds spent RUNNING on `step_id`, over all visits (ValueError for an unknown step)."""
        self._check_step(step_id)
        extra = self._running_extra() if step_id == self.current_step_id else 0.0
        return self._step_elapsed[step_id] + extra

    @property
    def current_step_elapsed(self) -> float:
        """Seconds spent RUNNING on the current step, over all visits."""
        return self.step_elapsed(self.current_step_id)

    def step_limit(self, step_id: str) -> float:
        """The suggested seconds of `step_id` plus its extensions."""
        self._check_step(step_id)
        return self._suggested[self._step_ids.index(step_id)] + self._step_extensions[step_id]

    @property
    def total_limit(self) -> float:
        """The total seconds plus extensions."""
        return self._total_seconds + self._total_extension

    @property
    def timer_on(self) -> bool:
        """Whether the timer nudges and warns (elapsed time is measured either way)."""
        return self._timer_on

    def set_timer(self, on: bool) -> None:
        """Switch nudges and TimeUp on or off; when back on, a limit already passed shows at the next tick."""
        self._timer_on = bool(on)

    @property
    def remaining_seconds(self) -> float | None:
        """Seconds left of the total (with extensions), never negative; None while the timer is off."""
        if not self._timer_on:
            return None
        return max(0.0, self.total_limit - self.elapsed_seconds)

    def extend_step(self, seconds: float) -> None:
        """Give the current step `seconds` more (positive); its nudge can then come once more, later."""
        extra = _check_seconds(seconds, "a step extension", positive=True)
        step = self.current_step_id
        self._step_extensions[step] += extra
        self._nudged.discard(step)

    def extend_total(self, seconds: float) -> None:
        """Give the session `seconds` more (positive); TimeUp can then come once more, later."""
        self._total_extension += _check_seconds(seconds, "a session extension", positive=True)
        self._time_up_sent = False

    def tick(self) -> list[Event]:
        """What the UI should show now: each event once, only while RUNNING with the timer on.

        A StepNudge when the current step's time reaches its limit, then a TimeUp
        when the session's time reaches its limit. Never changes the state.
        """
        if self._state is not SessionState.RUNNING or not self._timer_on:
            return []
        events: list[Event] = []
        step = self.current_step_id
        if step not in self._nudged and self.step_elapsed(step) >= self.step_limit(step):
            self._nudged.add(step)
            events.append(StepNudge(step))
        if not self._time_up_sent and self.elapsed_seconds >= self.total_limit:
            self._time_up_sent = True
            events.append(TimeUp())
        return events

    # ---- saving --------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Everything needed to carry on later, as plain JSON values (lists, dicts, str, float, bool).

        Elapsed times include the running segment up to now; the snapshot equals
        its own JSON round trip.
        """
        extra = self._running_extra()
        current = self.current_step_id
        return {
            "format": SNAPSHOT_FORMAT,
            "version": SNAPSHOT_VERSION,
            "state": self._state.value,
            "step_ids": list(self._step_ids),
            "index": self._index,
            "answers": {
                s: {"answer": _json_value(a.value), "correct": a.correct} for s, a in self._answers.items()
            },
            "done_steps": [s for s in self._step_ids if s in self._done],
            "elapsed_seconds": self._elapsed + extra,
            "step_elapsed": {
                s: self._step_elapsed[s] + (extra if s == current else 0.0) for s in self._step_ids
            },
            "total_seconds": self._total_seconds,
            "step_extensions": dict(self._step_extensions),
            "total_extension": self._total_extension,
            "timer_on": self._timer_on,
            "nudged_steps": [s for s in self._step_ids if s in self._nudged],
            "time_up_sent": self._time_up_sent,
        }

    @classmethod
    def restore(
        cls,
        snapshot: Any,
        step_ids: Sequence[str],
        suggested_seconds: Sequence[float],
        clock: Clock,
        *,
        as_running: bool = False,
    ) -> SessionEngine:
        """Rebuild an engine from `snapshot()` for the same steps.

        A snapshot taken while RUNNING restores PAUSED, so the time the app was
        closed never counts; pass `as_running=True` to restore it RUNNING from
        now instead (it has no effect on other states). With that rule,
        ``restore(s, ..., as_running=(s["state"] == "running")).snapshot() == s``.
        Anything that is not a snapshot of these steps raises SnapshotError with
        the reason, never KeyError or TypeError.
        """
        data = _Reader(snapshot)
        if data.get("format", str) != SNAPSHOT_FORMAT:
            raise SnapshotError(f"not a session snapshot (format {data.raw('format')!r})")
        version = data.get("version", int)
        if version != SNAPSHOT_VERSION:
            raise SnapshotError(
                f"session snapshot version {version} is not supported (need {SNAPSHOT_VERSION})"
            )
        saved_steps = data.str_list("step_ids")
        if saved_steps != list(step_ids):
            raise SnapshotError(
                f"the snapshot is for steps {saved_steps}, not for this activity's steps {list(step_ids)}"
            )
        try:
            engine = cls(step_ids, suggested_seconds, clock, data.seconds("total_seconds"))
        except ValueError as exc:
            raise SnapshotError(f"the snapshot does not fit these steps: {exc}") from exc

        try:
            state = SessionState(data.get("state", str))
        except ValueError as exc:
            raise SnapshotError(f"unknown session state {data.raw('state')!r}") from exc
        index = data.get("index", int)
        if not 0 <= index < len(engine._step_ids):
            raise SnapshotError(f"step index {index} is outside 0..{len(engine._step_ids) - 1}")

        answers: dict[str, Answer] = {}
        for step, entry in data.mapping("answers").items():
            engine._snapshot_step(step, "answers")
            item = _Reader(entry, where=f"answers[{step!r}]")
            correct = item.raw("correct")
            if correct is not None and not isinstance(correct, bool):
                raise SnapshotError(f"answers[{step!r}].correct must be true, false or null, not {correct!r}")
            try:
                value = _json_value(item.raw("answer"))
            except (TypeError, ValueError) as exc:
                raise SnapshotError(f"answers[{step!r}].answer is not a JSON value") from exc
            answers[step] = Answer(value=value, correct=correct)

        done = data.str_list("done_steps")
        nudged = data.str_list("nudged_steps")
        for step in (*done, *nudged):
            engine._snapshot_step(step, "done_steps/nudged_steps")
        step_elapsed = engine._seconds_per_step(data.mapping("step_elapsed"), "step_elapsed")
        step_extensions = engine._seconds_per_step(data.mapping("step_extensions"), "step_extensions")

        engine._state = state
        engine._index = index
        engine._answers = answers
        engine._done = set(done)
        engine._elapsed = data.seconds("elapsed_seconds")
        engine._step_elapsed = step_elapsed
        engine._step_extensions = step_extensions
        engine._total_extension = data.seconds("total_extension")
        engine._timer_on = data.get("timer_on", bool)
        engine._nudged = set(nudged)
        engine._time_up_sent = data.get("time_up_sent", bool)
        if state is SessionState.RUNNING:
            if as_running:
                engine._resumed_at = clock.monotonic()
            else:
                engine._state = SessionState.PAUSED
        return engine

    def _snapshot_step(self, step: object, where: str) -> None:
        if not isinstance(step, str) or step not in self._step_elapsed:
            raise SnapshotError(f"{where} names a step {step!r} that this activity does not have")

    def _seconds_per_step(self, values: Mapping[str, Any], where: str) -> dict[str, float]:
        if set(values) != set(self._step_ids):
            raise SnapshotError(f"{where} must have exactly the steps {list(self._step_ids)}")
        reader = _Reader(values, where=where)
        return {s: reader.seconds(s) for s in self._step_ids}


class _Reader:
    """Typed access to a snapshot dict that turns every problem into a SnapshotError."""

    def __init__(self, data: Any, where: str = "snapshot") -> None:
        if not isinstance(data, Mapping):
            raise SnapshotError(f"{where} must be a JSON object, not {type(data).__name__}")
        self._data = data
        self._where = where

    def raw(self, key: str) -> Any:
        if key not in self._data:
            raise SnapshotError(f"{self._where} has no {key!r}")
        return self._data[key]

    def get(self, key: str, kind: type[Any]) -> Any:
        value = self.raw(key)
        # bool is an int in Python; a flag where a number belongs (or the reverse) is damage.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise SnapshotError(f"{self._where}[{key!r}] must be {kind.__name__}, not {value!r}")
        return value

    def seconds(self, key: str) -> float:
        value = self.raw(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SnapshotError(f"{self._where}[{key!r}] must be a number of seconds, not {value!r}")
        if not math.isfinite(value) or value < 0:
            raise SnapshotError(f"{self._where}[{key!r}] must be a finite number >= 0, not {value!r}")
        return float(value)

    def mapping(self, key: str) -> Mapping[str, Any]:
        value = self.raw(key)
        if not isinstance(value, Mapping):
            raise SnapshotError(f"{self._where}[{key!r}] must be an object, not {value!r}")
        return value

    def str_list(self, key: str) -> list[str]:
        value = self.raw(key)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SnapshotError(f"{self._where}[{key!r}] must be a list of strings, not {value!r}")
        return list(value)
