"""A session being played: the one object the session screen, the demo, the self-test and the tests
drive. No Qt.

`FamilyService.open_session()` returns a `Session`. It owns the core engine and saves as it goes:
every answer and every step is saved with the session's place and time in one transaction, the
elapsed time is saved at least every `AUTOSAVE_SECONDS` (measured on the injected clock) and on every
move, a finished session is never written again, and a session that was left does nothing more (so
it can never write over data restored meanwhile). The screen calls these methods and reads the
state below; it never touches the engine. See docs/architecture.md, *The session timer*.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from familysafe.core import recall
from familysafe.core.answers import (
    ChecklistAnswer,
    PledgeAnswer,
    ReflectAnswer,
    StepAnswer,
    answer_from_json,
    default_answer,
)
from familysafe.core.models import Child, Note, Pledge, SessionRecord, StepResult
from familysafe.core.session import Event, SessionEngine, SessionState, later_items

if TYPE_CHECKING:
    from familysafe.core.content import Activity, Step
    from familysafe.services.family import FamilyService

AUTOSAVE_SECONDS = 30

Answers = Callable[["Step"], StepAnswer | None]


class Session:
    """One child's run of one activity: answer, next, back, pause, resume, extend, timer, finish."""

    def __init__(
        self,
        svc: FamilyService,
        record: SessionRecord,
        engine: SessionEngine,
        activity: Activity,
        child: Child,
        resumed: bool = False,
        *,
        keep: Mapping[str, Any] | None = None,
        on_finish: Callable[[Session, datetime], None] | None = None,
    ) -> None:
        self._svc = svc  # through the service, so a restore that replaces the store is followed
        self._engine = engine
        self.record = record
        self.activity = activity
        self.child = child
        self.resumed = resumed
        self._left = False
        self._finish_saved = False
        self._last_save = svc.clock.monotonic()
        # A review (services/review.py) keeps the activity it was built as beside the engine's state, and
        # finishes in its own way (its pledges are rewritten, its recall cards move, nothing new is added).
        self._keep = dict(keep or {})
        self._on_finish = on_finish

    # ------------------------------------------------------------ state (read only)

    @property
    def state(self) -> SessionState:
        """Running, paused or finished."""
        return self._engine.state

    @property
    def paused(self) -> bool:
        """Whether the clock is paused."""
        return self._engine.state is SessionState.PAUSED

    @property
    def finished(self) -> bool:
        """Whether the session has finished (its end is shown; nothing more is saved once it is)."""
        return self._engine.state is SessionState.FINISHED

    @property
    def left(self) -> bool:
        """Whether the session was left (`leave`): it does nothing more."""
        return self._left

    @property
    def current_index(self) -> int:
        """The index of the step shown."""
        return self._engine.current_index

    @property
    def current_step(self) -> Step:
        """The step shown."""
        return self.activity.steps[self._engine.current_index]

    @property
    def step_count(self) -> int:
        """How many steps the activity has."""
        return len(self.activity.steps)

    @property
    def is_last_step(self) -> bool:
        """True on the last step, where Next finishes."""
        return self._engine.is_last_step

    @property
    def done_indexes(self) -> set[int]:
        """The indexes of the steps done so far."""
        done = self._engine.done_steps
        return {i for i, sid in enumerate(self._engine.step_ids) if sid in done}

    @property
    def done_steps(self) -> frozenset[str]:
        """The ids of the steps done so far."""
        return self._engine.done_steps

    @property
    def answers(self) -> dict[str, StepAnswer]:
        """The answers so far, typed, by step id (an answer that no longer fits its step is left out)."""
        out: dict[str, StepAnswer] = {}
        for step_id, ans in self._engine.answers.items():
            typed = answer_from_json(self.activity.step(step_id).kind, ans.value)
            if typed is not None:
                out[step_id] = typed
        return out

    def answer_of(self, step_id: str) -> StepAnswer | None:
        """The answer given at a step, or None."""
        return self.answers.get(step_id)

    @property
    def elapsed_seconds(self) -> float:
        """Seconds the session has been running (paused time never counts)."""
        return self._engine.elapsed_seconds

    def step_elapsed(self, step_id: str) -> float:
        """Seconds spent running on a step, over all visits."""
        return self._engine.step_elapsed(step_id)

    @property
    def remaining_seconds(self) -> float | None:
        """Seconds left of the session's time, or None while the timer is off."""
        return self._engine.remaining_seconds

    @property
    def total_limit(self) -> float:
        """The session's time with its extensions."""
        return self._engine.total_limit

    @property
    def timer_on(self) -> bool:
        """Whether the timer nudges and counts down."""
        return self._engine.timer_on

    def snapshot(self) -> dict[str, Any]:
        """The engine's saved form (what a resume reads), with what the session keeps beside it."""
        return {**self._engine.snapshot(), **self._keep}

    # ------------------------------------------------------------ playing

    def _open(self) -> bool:
        return not self._left and self._engine.state is not SessionState.FINISHED

    def answer(self, step_id: str, answer: StepAnswer) -> None:
        """Keep an answer and save it at once with the session's place and time, in one transaction.

        ValueError for an unknown step or an answer not of the step's kind (a bug in the caller)."""
        if not self._open():
            return
        try:
            step = self.activity.step(step_id)
        except KeyError:
            raise ValueError(f"no step {step_id!r} in this session") from None
        if answer.kind != step.kind:
            raise ValueError(f"a {answer.kind!r} answer was given to the {step.kind!r} step {step_id!r}")
        self._engine.record_answer(step_id, answer.to_json(), answer.score(step))
        self._save_step(step_id)

    def next(self) -> bool:
        """Mark the step shown done and save; then move to the next step (saved) and return True, or on
        the last step stay and return False (the caller finishes)."""
        if not self._open():
            return False
        step_id = self._engine.current_step_id
        self._engine.mark_step_done(step_id)
        self._save_step(step_id)
        if self._engine.is_last_step:
            return False
        self._engine.next()
        self.autosave()
        return True

    def back(self) -> bool:
        """Go to the step before and save; False on the first step."""
        if not self._open() or not self._engine.back():
            return False
        self.autosave()
        return True

    def go_to(self, index: int) -> None:
        """Show step `index` (the screenshot tool and tests jump) and save."""
        if not self._open():
            return
        self._engine.go_to(index)
        self.autosave()

    def pause(self) -> None:
        """Stop the clock and save."""
        if not self._open():
            return
        self._engine.pause()
        self.autosave()

    def resume(self) -> None:
        """Start the clock again and save."""
        if not self._open():
            return
        self._engine.resume()
        self.autosave()

    def toggle_pause(self) -> None:
        """Pause a running session, resume a paused one."""
        if self.paused:
            self.resume()
        else:
            self.pause()

    def set_timer(self, on: bool) -> None:
        """Switch the timer's nudges and countdown on or off (time is measured either way), and save."""
        if not self._open():
            return
        self._engine.set_timer(on)
        self.autosave()

    def extend(self, seconds: float = 300) -> None:
        """More time for the step shown, and for the session when less than that is left; save."""
        if not self._open():
            return
        self._engine.extend_step(seconds)
        left = self._engine.remaining_seconds
        if left is not None and left < seconds:
            self._engine.extend_total(seconds)
        self.autosave()

    def tick(self) -> list[Event]:
        """What to show now (nudges, time up), saving the elapsed time when `AUTOSAVE_SECONDS` have passed
        on the clock since the last save. Call it about once a second."""
        if not self._open():
            return []
        events = self._engine.tick()
        if self._svc.clock.monotonic() - self._last_save >= AUTOSAVE_SECONDS:
            self.autosave()
        return events

    def autosave(self) -> None:
        """Save the place and the true elapsed time (done by every move; a finished or left session is
        never written again)."""
        if not self._open():
            return
        assert self.record.id is not None
        e = self._engine
        self._svc.store.sessions.save_progress(
            self.record.id, self.snapshot(), e.current_index, int(e.elapsed_seconds * 1000)
        )
        self._last_save = self._svc.clock.monotonic()

    def leave(self) -> None:
        """Pause, save, and do nothing more: the session carries on later from what was saved."""
        try:
            if self._open() and self._engine.state is SessionState.RUNNING:
                self._engine.pause()
            self.autosave()
        finally:
            self._left = True

    def _end_engine(self) -> bool:
        """The timer's part of finishing: the step shown marked done and the engine finished. False when
        there is nothing to finish (already saved as finished, or the session was left)."""
        if self._finish_saved or self._left:
            return False
        e = self._engine
        if e.state is not SessionState.FINISHED:
            e.mark_step_done(e.current_step_id)
            e.finish()
        return True

    def finish(self) -> list[int]:
        """Finish: mark the step shown done, save the session as done with the agreed pledge, the note and
        the key messages for recall, all in one transaction, and open what is due; return the units opened.

        A try that failed to save may be repeated; once saved, finishing again does nothing (returns [])."""
        if not self._end_engine():
            return []
        e = self._engine
        assert self.record.id is not None
        svc = self._svc
        store = svc.store
        now = svc.clock.now()
        cid = self.child.id
        assert cid is not None
        answers = self.answers
        from familysafe.core.content import PledgeStep

        # One transaction: a crash can never leave a finished session without its pledge, note or cards.
        with store.transaction():
            store.sessions.finish(
                self.record.id,
                now,
                self.snapshot(),
                elapsed_ms=int(e.elapsed_seconds * 1000),
                current_step=e.current_index,
            )
            if self._on_finish is not None:
                self._on_finish(self, now)
            for step in self.activity.steps if self._on_finish is None else ():
                ans = answers.get(step.id)
                if isinstance(step, PledgeStep) and isinstance(ans, PledgeAnswer) and ans.agreed:
                    store.pledges.add(Pledge(cid, self.activity.id, step.pledge, self.activity.strand, now))
                promise = step.grown_up_pledge if isinstance(step, PledgeStep) else None
                if promise and isinstance(ans, PledgeAnswer) and ans.grown_up:
                    # The grown-up's own promise (issue 19), beside the child's in the agreement.
                    act = self.activity
                    store.pledges.add(Pledge(cid, act.id, promise, act.strand, now, by_grown_up=True))
                if isinstance(ans, ReflectAnswer | ChecklistAnswer) and ans.note:  # a reflect or checklist note
                    store.notes.add(Note(cid, ans.note, now, self.activity.id, step.id))
            existing = {r.key for r in store.recall.for_child(cid)}
            for k in self.activity.key_messages if self._on_finish is None else ():
                key = self.activity.recall_key(k.id)
                if key not in existing:
                    store.recall.upsert(recall.new_item(cid, key, now.date()))
            opened = svc.refresh_unlocks(self.child)
        self._finish_saved = True
        return opened

    @property
    def pledge_agreed(self) -> bool:
        """Whether a pledge of this activity was agreed to."""
        return any(isinstance(a, PledgeAnswer) and a.agreed for a in self.answers.values())

    def later_items(self) -> list[tuple[str, bool]]:
        """The activity's "to do together later" items, each with whether it was ticked."""
        return later_items(self.activity, self._engine.answers)

    # ------------------------------------------------------------ playing a whole activity

    def play_steps(self, count: int | None = None, answers: Answers | None = None) -> list[str]:
        """Answer and leave steps as the screen does, from the step shown, stopping before the last step
        (or after `count` steps); `answers` gives each step's answer (None: no answer), by default
        `core.answers.default_answer`. Returns the ids of the steps played."""
        pick = answers or default_answer
        played: list[str] = []
        while self._open() and not self.is_last_step and (count is None or len(played) < count):
            step = self.current_step
            played.append(step.id)
            given = pick(step)
            if given is not None:
                self.answer(step.id, given)
            self.next()
        return played

    def play_to_end(
        self, answers: Answers | None = None, *, before_step: Callable[[Step], None] | None = None
    ) -> list[int]:
        """Play every step from the one shown to the end and finish (the demo, the self-test and the tests
        play this way); `before_step` runs as each step opens (the self-test lets its clock run there).
        Returns the units opened."""
        pick = answers or default_answer
        while self._open():
            step = self.current_step
            if before_step is not None:
                before_step(step)
            given = pick(step)
            if given is not None:
                self.answer(step.id, given)
            if not self.next():
                break
        return self.finish()

    # ------------------------------------------------------------ saving

    def _save_step(self, step_id: str) -> None:
        assert self.record.id is not None
        e = self._engine
        ans = e.answers.get(step_id)
        self._svc.store.sessions.save_step(
            self.record.id,
            StepResult(
                self.record.id,
                step_id,
                self._svc.clock.now(),
                ans.value if ans else None,
                ans.correct if ans else None,
                int(e.step_elapsed(step_id) * 1000),
            ),
            self.snapshot(),
            e.current_index,
            int(e.elapsed_seconds * 1000),
        )
        self._last_save = self._svc.clock.monotonic()


def answers_by_kind(table: Mapping[str, StepAnswer]) -> Answers:
    """An `answers` function from a kind -> answer table (kinds not in it get no answer)."""
    return lambda step: table.get(step.kind)
