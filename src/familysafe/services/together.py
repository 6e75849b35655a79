"""Sittings together (issue 18): brothers and sisters do one unit's family activity in one sitting. No Qt.

`open_together` starts (or resumes) a `TogetherSession`: the same object as a child's `Session`
(answer, next, back, pause, resume, extend, tick, autosave, leave, finish; one timer), over the
steps `core.together.plan_sitting` lays out. Every step is saved in one transaction into the own
session of each child it concerns (a shared step: everyone's; a turn: that child's), so progress,
export and badges read a child's part of a sitting as any session of theirs. The sitting's place
and timer live in the `together` row, so a sitting killed half-way resumes with every answer.

A child's unit is done through a sitting when the sitting is done and, where their band's part had
to be kept apart from a younger child (`follow_ups`), when their own follow-up is done too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from familysafe.core import recall
from familysafe.core.answers import ChecklistAnswer, PledgeAnswer, ReflectAnswer
from familysafe.core.content import Activity, PledgeStep, Step
from familysafe.core.content.family import FamilyActivity, LayeredStep, QuizLayer
from familysafe.core.models import Child, Note, Pledge, SessionRecord, StepResult, TogetherRecord, TogetherSeat
from familysafe.core.session import SessionEngine, SessionState, SnapshotError
from familysafe.core.together import Plan, Present, follow_up_activity, plan_sitting
from familysafe.services.sessions import Session
from familysafe.services.together_units import done_units as done_units

if TYPE_CHECKING:
    from familysafe.services.family import FamilyService

MIN_CHILDREN, MAX_CHILDREN = 2, 4
SNAPSHOT_FORMAT = "familysafe.together"


class TogetherSession(Session):
    """One sitting of a family activity by 2 to 4 children: one timer, one grown-up panel, a turn each."""

    def __init__(
        self,
        svc: FamilyService,
        together: TogetherRecord,
        seats: list[TogetherSeat],
        children: list[Child],
        engine: SessionEngine,
        fam: FamilyActivity,
        plan: Plan,
        resumed: bool = False,
    ) -> None:
        by_id = {c.id: c for c in children}
        self.children = [by_id[p.child_id] for p in plan.present]  # youngest first
        self.seats = {s.child_id: s for s in seats}
        first = self.seats[self.children[0].id or 0]
        record = SessionRecord(
            self.children[0].id or 0, fam.id, together.started, id=first.session_id, together_id=together.id
        )
        super().__init__(svc, record, engine, plan.activity, self.children[0], resumed)
        self.together = together
        self.family_activity = fam
        self.plan = plan

    # ------------------------------------------------------------ whose turn

    def turn_of(self, step_id: str | None = None) -> Child | None:
        """The child whose turn a step is (the step shown by default); None for a step for everyone."""
        turn = self.plan.turns[step_id or self.current_step.id]
        return None if turn.child_id is None else next(c for c in self.children if c.id == turn.child_id)

    def helper_of(self, step_id: str | None = None) -> str | None:
        """The helper's role for the older child whose turn it is, when a younger one is present."""
        return self.plan.turns[step_id or self.current_step.id].helper

    def kept_apart(self) -> list[tuple[Child, str]]:
        """(older child, why) for each follow-up kept for later, apart from the younger ones."""
        return [(c, self.plan.why[c.id or 0]) for c in self.children if c.id in self.plan.why]

    def snapshot(self) -> dict[str, Any]:
        """The sitting's saved form: the engine's, and the bands the steps were laid out for."""
        return {
            "format": SNAPSHOT_FORMAT,
            "engine": self._engine.snapshot(),
            "bands": {str(p.child_id): p.band for p in self.plan.present},
        }

    # ------------------------------------------------------------ saving

    def _save_step(self, step_id: str) -> None:
        e = self._engine
        ans = e.answers.get(step_id)
        turn = self.plan.turns[step_id]
        who = [turn.child_id] if turn.child_id is not None else [c.id for c in self.children]
        now = self._svc.clock.now()
        results = [
            StepResult(
                self.seats[cid or 0].session_id,
                turn.source_id,
                now,
                self._own_value(step_id, ans.value, cid or 0) if ans else None,
                ans.correct if ans else None,
                int(e.step_elapsed(step_id) * 1000),
            )
            for cid in who
        ]
        assert self.together.id is not None
        self._svc.store.together.save_step(
            self.together.id, results, self.snapshot(), e.current_index, int(e.elapsed_seconds * 1000)
        )
        self._last_save = self._svc.clock.monotonic()

    def _own_value(self, step_id: str, value: Any, child_id: int) -> Any:
        """The answer as kept in one child's own session: at the promise, whether that child agreed."""
        if self.activity.step(step_id).kind != "pledge":
            return value
        ans = PledgeAnswer.from_json(value)
        if ans is None or ans.who is None:
            return value
        return PledgeAnswer(child_id in ans.who, ans.grown_up).to_json()

    def autosave(self) -> None:
        """Save the sitting's place and true elapsed time (never after it finished or was left)."""
        if not self._open():
            return
        assert self.together.id is not None
        e = self._engine
        self._svc.store.together.save_progress(
            self.together.id, self.snapshot(), e.current_index, int(e.elapsed_seconds * 1000)
        )
        self._last_save = self._svc.clock.monotonic()

    def finish(self) -> list[int]:
        """Finish the sitting: every child's session done, the family's promise into the agreement once for
        everyone who agreed, notes, each child's "Remember?" cards, and the units it opens; in one
        transaction. Returns the units opened (any child's)."""
        if not self._end_engine():
            return []
        e = self._engine
        assert self.together.id is not None
        svc = self._svc
        store = svc.store
        now = svc.clock.now()
        fam = self.family_activity
        answers = self.answers
        opened: list[int] = []
        with store.transaction():
            # The finished sitting keeps no answers of its own: each child's are in their own session.
            store.together.finish(
                self.together.id, now, {"format": SNAPSHOT_FORMAT, "finished": True},
                int(e.elapsed_seconds * 1000), e.current_index,
            )  # fmt: skip
            for step in self.activity.steps:
                ans = answers.get(step.id)
                turn = self.plan.turns[step.id]
                who = [c for c in self.children if turn.child_id in (None, c.id)]
                if isinstance(step, PledgeStep) and isinstance(ans, PledgeAnswer):
                    # The family's one promise, kept for each child who agreed to it (and only them: a
                    # promise is never forced); the agreement shows it once, naming them all.
                    for cid in ans.agreed_by([c.id or 0 for c in who]):
                        store.pledges.add(Pledge(cid, fam.id, step.pledge, fam.strand, now))
                    if step.grown_up_pledge and ans.grown_up:  # the grown-up's promise, once
                        store.pledges.add(
                            Pledge(who[0].id or 0, fam.id, step.grown_up_pledge, fam.strand, now, by_grown_up=True)
                        )
                if isinstance(ans, ReflectAnswer | ChecklistAnswer) and ans.note:
                    for c in who:
                        store.notes.add(Note(c.id or 0, ans.note, now, fam.id, turn.source_id))
            for c in self.children:
                cid = c.id or 0
                existing = {r.key for r in store.recall.for_child(cid)}
                for k in fam.key_messages:
                    if fam.recall_key(k.id) not in existing:
                        store.recall.upsert(recall.new_item(cid, fam.recall_key(k.id), now.date()))
                opened += svc.refresh_unlocks(c)
        self._finish_saved = True
        return sorted(set(opened))

    @property
    def pledge_agreed(self) -> bool:
        """Whether the family's promise was agreed to (by anyone)."""
        return any(isinstance(a, PledgeAnswer) and a.agreed for a in self.answers.values())

    def agreed(self) -> list[Child]:
        """The children who agreed to the family's promise, youngest first: as `finish` keeps them, each
        promise step asked only of the children it belongs to (a promise in one child's own part)."""
        out: set[int] = set()
        for step_id, a in self.answers.items():
            if isinstance(a, PledgeAnswer):
                turn = self.plan.turns.get(step_id)
                owner = turn.child_id if turn is not None else None
                out |= set(a.agreed_by([c.id or 0 for c in self.children if owner in (None, c.id)]))
        return [c for c in self.children if c.id in out]


# ---------------------------------------------------------------- starting and resuming


def _present(children: Sequence[Child], bands: dict[str, str] | None = None) -> list[Present]:
    out = []
    for c in children:
        if c.id is None:
            raise ValueError("child has not been saved")
        band = (bands or {}).get(str(c.id), c.age_band)
        out.append(Present(c.id, band, c.nickname))
    return out


def _engine_for(plan: Plan, clock: Any) -> tuple[list[str], list[float]]:
    return [s.id for s in plan.activity.steps], [s.minutes * 60 for s in plan.activity.steps]


def open_together(svc: FamilyService, children: Sequence[Child], fam: FamilyActivity) -> TogetherSession:
    """Resume the unfinished sitting of `fam` with exactly these children, or start a new one.

    ValueError for fewer than 2 or more than 4 children. A child's unfinished session of the same family
    activity in another sitting is set aside (abandoned, kept) so this one can start."""
    if not MIN_CHILDREN <= len(children) <= MAX_CHILDREN:
        raise ValueError(f"a sitting together is for {MIN_CHILDREN} to {MAX_CHILDREN} children, not {len(children)}")
    ids = {c.id for c in children}
    store = svc.store
    for rec in store.together.in_progress():
        if rec.activity_id != fam.id or rec.id is None:
            continue
        seats = store.together.seats(rec.id)
        if {s.child_id for s in seats} == ids:
            resumed = _restore(svc, rec, seats, list(children), fam)
            if resumed is not None:
                return resumed
        if {s.child_id for s in seats} & ids:
            store.together.abandon(rec.id, svc.clock.now())
    for c in children:  # an unfinished solo session of the family activity (none are made today): set aside
        old = store.sessions.in_progress(c.id or 0, fam.id)
        if old is not None and old.id is not None:
            store.sessions.abandon(old.id, svc.clock.now())
    plan = plan_sitting(fam, _present(children))
    step_ids, secs = _engine_for(plan, svc.clock)
    engine = SessionEngine(step_ids, secs, svc.clock, total_seconds=sum(secs))
    engine.start()
    seat_rows = [(p.child_id, fam.follow_up_id(plan.apart[p.child_id]) if p.child_id in plan.apart else None)
                 for p in plan.present]  # fmt: skip
    bands = {str(p.child_id): p.band for p in plan.present}
    snap = {"format": SNAPSHOT_FORMAT, "engine": engine.snapshot(), "bands": bands}
    rec, seats = store.together.start(
        fam.unit, fam.id, svc.clock.now(), snap, seat_rows, {p.child_id: p.band for p in plan.present}
    )
    return TogetherSession(svc, rec, seats, list(children), engine, fam, plan)


def _restore(
    svc: FamilyService, rec: TogetherRecord, seats: list[TogetherSeat], children: list[Child], fam: FamilyActivity
) -> TogetherSession | None:
    snap = rec.snapshot
    bands = snap.get("bands") if isinstance(snap, dict) else None
    if not isinstance(bands, dict):
        return None
    try:
        plan = plan_sitting(fam, _present(children, {str(k): str(v) for k, v in bands.items()}))
        step_ids, secs = _engine_for(plan, svc.clock)
        engine = SessionEngine.restore(snap.get("engine"), step_ids, secs, svc.clock)
    except (SnapshotError, ValueError, KeyError):
        return None  # the content changed under the sitting: a new one starts, the old one is kept
    if engine.state is SessionState.PAUSED:
        engine.resume()
    elif engine.state is SessionState.NOT_STARTED:
        engine.start()
    return TogetherSession(svc, rec, seats, children, engine, fam, plan, resumed=True)


def resume_together(svc: FamilyService, together_id: int) -> TogetherSession | None:
    """The unfinished sitting with this id, ready to carry on, or None when it cannot be."""
    rec = svc.store.together.get(together_id)
    if rec is None or rec.status != "in_progress":
        return None
    fam = svc.library.family.get(rec.activity_id)
    seats = svc.store.together.seats(together_id)
    children = [svc.store.children.get(s.child_id) for s in seats]
    if fam is None or any(c is None for c in children):
        return None
    return _restore(svc, rec, seats, [c for c in children if c is not None], fam)


@dataclass(frozen=True)
class Unfinished:
    """A sitting to carry on: its id, the family activity and who is in it (youngest first)."""

    together_id: int
    activity: FamilyActivity
    children: list[Child]


def unfinished(svc: FamilyService) -> list[Unfinished]:
    """The sittings that can be carried on, oldest first."""
    out = []
    for rec in svc.store.together.in_progress():
        fam = svc.library.family.get(rec.activity_id)
        if fam is None or rec.id is None:
            continue
        kids = [svc.store.children.get(s.child_id) for s in svc.store.together.seats(rec.id)]
        present = [k for k in kids if k is not None and not k.archived]
        if len(present) >= MIN_CHILDREN:
            out.append(Unfinished(rec.id, fam, present))
    return out


# ---------------------------------------------------------------- each child's progress


def pending_follow_ups(svc: FamilyService, child: Child) -> list[Activity]:
    """The child's follow-ups kept apart from a sitting and not yet done, as activities to play alone."""
    if child.id is None:
        return []
    finished = set(svc.store.sessions.finished_activity_ids(child.id))
    out: list[Activity] = []
    for rec, seat in svc.store.together.for_child(child.id):
        if rec.status != "done" or seat.follow_up is None or seat.follow_up in finished:
            continue
        fam = svc.library.family.get(rec.activity_id)
        band = next((b for b in fam.follow_ups if fam.follow_up_id(b) == seat.follow_up), None) if fam else None
        act = follow_up_activity(fam, band) if fam and band else None
        if act is not None and act.id not in {a.id for a in out}:
            out.append(act)
    return out


def follow_up_by_id(svc: FamilyService, activity_id: str) -> Activity | None:
    """A follow-up activity by its id (for a session of it), or None."""
    for fam in svc.library.family.values():
        for band in fam.follow_ups:
            if fam.follow_up_id(band) == activity_id:
                return follow_up_activity(fam, band)
    return None


def open_units(svc: FamilyService, child: Child) -> list[int]:
    """The units open for the child and not done yet that have a family activity, in order."""
    ov = svc.overview(child)
    units = sorted({a.unit for a in ov.todo})
    return [u for u in units if svc.library.family_for_unit(u) is not None]


def candidates(svc: FamilyService) -> list[tuple[Child, list[int]]]:
    """Each child with a unit open that has a family activity, and those units (for the picker)."""
    out = []
    for c in svc.children():
        units = open_units(svc, c)
        if units:
            out.append((c, units))
    return out


def units_to_share(svc: FamilyService) -> dict[int, list[Child]]:
    """Each unit with a family activity that two or more children have open, with those children."""
    by_unit: dict[int, list[Child]] = {}
    for child, units in candidates(svc):
        for u in units:
            by_unit.setdefault(u, []).append(child)
    return {u: kids for u, kids in sorted(by_unit.items()) if len(kids) >= MIN_CHILDREN}


def common_units(svc: FamilyService, children: Sequence[Child]) -> list[int]:
    """The units with a family activity that are open (unlocked and not done) for every one of these
    children, in order: the units a sitting of exactly these children can do. Empty for no children."""
    if not children:
        return []
    shared: set[int] | None = None
    for c in children:
        units = set(open_units(svc, c))
        shared = units if shared is None else shared & units
    return sorted(shared or ())


def can_do_together(svc: FamilyService) -> bool:
    """Whether "Do it together" is offered: two or more children have a unit open in common (the same
    next unit, or any other unit each still has open), and it has a family activity."""
    return bool(units_to_share(svc))


def steps_answered(
    svc: FamilyService, activity_id: str, band: str, answers: Mapping[str, Any]
) -> tuple[str, list[Step]] | None:
    """For a child's own session of a sitting (the family activity's id) or of a follow-up: the strand,
    and the steps as that child answered them, under the ids their session saved them by: a layered step
    in the version of the band whose questions the child answered (their band then; else `band`), a
    follow-up played at the end of a sitting, and a follow-up played alone. None for any other activity.
    (The Progress tab's topic bars count a sitting's quizzes with these.)"""
    lib = svc.library
    for fam in lib.family.values():
        if activity_id == fam.id:
            steps: list[Step] = []
            for st in fam.steps:
                if isinstance(st, LayeredStep):
                    steps.append(st.layer_step(_layer_band(st, band, answers.get(st.id)), st.id, st.minutes))
                else:
                    steps.append(st)
            for fu in fam.follow_ups.values():
                steps += [fs for fs in fu.steps if fs.id in answers]
            return fam.strand, steps
        for b in fam.follow_ups:
            if activity_id == fam.follow_up_id(b):
                return fam.strand, list(fam.follow_ups[b].steps)
    return None


def _layer_band(step: LayeredStep, band: str, answer: Any) -> str:
    """The band whose version of a layered step a child answered: the one whose quiz has the questions
    answered, else `band` (the child's band now)."""
    chosen = answer.get("choices") if isinstance(answer, Mapping) else None
    if isinstance(chosen, Mapping) and chosen:
        for b, layer in step.layers.items():
            if isinstance(layer, QuizLayer) and set(chosen) <= {q.id for q in layer.questions}:
                return b
    return band if band in step.layers else next(iter(step.layers))


def sittings_of(svc: FamilyService, child: Child) -> list[tuple[TogetherRecord, str, list[str], bool]]:
    """The child's finished sittings for the parent area: (sitting, title, the others' nicknames, whether
    the child's follow-up is still to do)."""
    if child.id is None:
        return []
    finished = set(svc.store.sessions.finished_activity_ids(child.id))
    out = []
    for rec, seat in svc.store.together.for_child(child.id):
        if rec.status != "done" or rec.id is None:
            continue
        fam = svc.library.family.get(rec.activity_id)
        others = [svc.store.children.get(s.child_id) for s in svc.store.together.seats(rec.id)]
        names = [o.nickname for o in others if o is not None and o.id != child.id]
        pending = seat.follow_up is not None and seat.follow_up not in finished
        out.append((rec, fam.title if fam else rec.activity_id, names, pending))
    return out
