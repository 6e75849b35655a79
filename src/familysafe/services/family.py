"""The family's use-cases: the rules of the core applied to the records of the store. No Qt.

The screens call this and nothing below it, so every flow can be tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from familysafe.core import pin as pins
from familysafe.core import recall, schedule
from familysafe.core.clock import Clock
from familysafe.core.content.library import ActivityInfo, Library
from familysafe.core.models import AgeBand, Child, Family, Note, Pledge, UnlockRecord
from familysafe.core.review_dates import is_review_id
from familysafe.core.session import SessionEngine, SessionState, SnapshotError
from familysafe.core.text import char_kind, refused_char, text_problem
from familysafe.services.errors import ChoiceError, FamilyError
from familysafe.store.db import Store

if TYPE_CHECKING:
    from collections.abc import Iterable

    from familysafe.core.content import Activity
    from familysafe.services.sessions import Session

NICKNAME_MAX = 30
# services.packs.INSTALL_RECORD, named again here so the home screen does not import the pack machinery
# (and pydantic) to look for it (tests/services/test_lazy_content.py keeps the two equal).
INSTALL_RECORD = "installed.json"


@dataclass
class ChildOverview:
    """What the home screen shows for one child: activities as index entries (no steps; a session
    is opened with one, and `FamilyService.activity` gives its full model)."""

    child: Child
    todo: list[ActivityInfo]  # unlocked, not finished, oldest first
    in_progress: set[str]  # activity ids with a session to resume
    done: list[ActivityInfo]
    next_unlock: schedule.NextUnlock | None
    total_units: int
    done_in_all: int = 0  # different activities finished in every band (issue 17: nothing earned is lost)


@dataclass
class RecallCard:
    """A "Remember?" card: a key message from an earlier activity."""

    key: str
    question: str
    answer: str
    activity_title: str


@dataclass
class PinCheck:
    """The answer to a PIN try."""

    ok: bool
    wait_seconds: float = 0.0  # seconds before the next try is allowed
    failures: int = 0
    damaged: bool = False  # the stored PIN hash is damaged: no PIN can be checked (use the recovery code)
    judged: bool = True  # False: a wait was running (or the hash is damaged), so the PIN was not checked


@dataclass
class ChildProgress:
    """The parent area's summary for one child."""

    finished: int
    minutes: float
    quiz_by_strand: dict[str, tuple[int, int]] = field(default_factory=dict)  # strand -> (right, asked)
    last_activity: datetime | None = None
    reviews: int = 0  # review sessions finished after a band's year (not counted in `finished`)
    by_band: dict[str, int] = field(default_factory=dict)  # band -> activities finished in it


class FamilyService:
    """Everything the screens can do, as plain methods."""

    def __init__(self, store: Store, library: Library, clock: Clock) -> None:
        self.store = store
        self.library = library
        self.clock = clock

    # ------------------------------------------------------------ family and set-up

    def family(self) -> Family | None:
        """The family, or None before the first run has begun."""
        return self.store.family.get()

    def save_family(self, family: Family) -> None:
        """Save the family's settings."""
        self.store.family.save(family)

    @staticmethod
    def check_new_pin(pin: str) -> None:
        """FamilyError naming what is wrong with `pin` as a new PIN (4 to 8 numbers); nothing is checked
        against the stored PIN, and no try is counted."""
        problem = pins.pin_problem(pin)
        if problem:
            limits = {"pin.too_short": {"min": pins.PIN_MIN_DIGITS}, "pin.too_long": {"max": pins.PIN_MAX_DIGITS}}
            raise FamilyError(problem, **limits.get(problem, {}))

    def set_pin(self, pin: str) -> str:
        """Set the parent PIN; return a new one-time recovery code (only its hash is kept)."""
        self.check_new_pin(pin)
        code = pins.new_recovery_code()
        self.store.family.set_pin_hash(pins.hash_secret(pin))
        self.store.family.set_recovery_hash(pins.hash_secret(pins.normalise_recovery_code(code)))
        self.store.family.set_throttle(pins.register_success())
        return code

    def has_pin(self) -> bool:
        """Whether the parent area is behind a PIN."""
        return self.store.family.pin_hash() is not None

    def pin_wait(self) -> float:
        """Seconds to wait before the next PIN try is allowed."""
        return pins.wait_remaining(self.store.family.throttle(), self.clock.now().timestamp())

    def check_pin(self, pin: str) -> PinCheck:
        """Try a PIN; wrong tries slow down after five, and the count survives a restart.

        While a wait runs the PIN is not judged at all (`judged` is False). Each try is counted as a
        wrong one before it is judged, in one write transaction (BEGIN IMMEDIATE), and forgiven if it
        was right: tries made at the same moment from other windows or the command line are each
        counted, and no more than the free tries are ever judged at once. A damaged stored hash (or one
        asking for more work than the app's own settings) is never run: `damaged` is True.
        """
        stored = self.store.family.pin_hash()
        if stored is None:
            return PinCheck(True)
        try:
            pins.check_stored_hash(stored)
        except ValueError:
            return PinCheck(False, damaged=True, judged=False)
        now = self.clock.now().timestamp()
        with self.store.transaction():
            state = self.store.family.throttle()
            wait = pins.wait_remaining(state, now)
            if wait > 0:
                return PinCheck(False, wait, state.failures, judged=False)
            state = pins.register_failure(state, now)
            self.store.family.set_throttle(state)
        if pins.verify_secret(pin, stored):
            self.store.family.set_throttle(pins.register_success())
            return PinCheck(True)
        return PinCheck(False, pins.wait_remaining(state, now), state.failures)

    def recover_pin(self, code: str, new_pin: str) -> str | None:
        """Set a new PIN with the recovery code; return the next recovery code, or None if it is wrong."""
        stored = self.store.family.recovery_hash()
        if stored is None or not pins.verify_secret(pins.normalise_recovery_code(code), stored):
            return None
        return self.set_pin(new_pin)

    def change_pin(self, old_pin_or_code: str, new_pin: str) -> str | None:
        """Set a PIN after setup (when it was skipped), or change it with the old PIN or the recovery
        code; return the new recovery code, or None when neither the PIN nor the code is right."""
        if self.has_pin():
            check = self.check_pin(old_pin_or_code)
            if not check.ok:
                return self.recover_pin(old_pin_or_code, new_pin)
        return self.set_pin(new_pin)

    def set_country(self, code: str) -> None:
        """Change the country whose helplines the Help page shows."""
        code = code.strip().upper()
        if not (2 <= len(code) <= 3 and code.isalpha()):
            raise ValueError(f"The country code {code!r} is not one FamilySafe knows (for example GB or US).")
        fam = self.family()
        if fam is None:
            raise ValueError("Set up the family first.")
        fam.country = code
        self.save_family(fam)

    def set_avatar(self, child: Child, avatar: str) -> Child:
        """Change a child's picture."""
        if not avatar or not all(ch.isalnum() or ch == "-" for ch in avatar):
            raise ValueError(f"There is no picture called {avatar!r}.")
        child.avatar = avatar
        self.update_child(child)
        return child

    # ------------------------------------------------------------ children

    def children(self, include_archived: bool = False) -> list[Child]:
        """The family's children."""
        return self.store.children.all(include_archived=include_archived)

    @staticmethod
    def check_nickname(nickname: str) -> str:
        """The nickname as it is saved (spaces trimmed), or ValueError saying in plain words what is wrong:
        empty, longer than 30 letters, or holding characters that are not letters one can see (control
        characters, NUL, line breaks, text-direction overrides, or only invisible characters)."""
        problem = text_problem(nickname) if nickname.strip(" ") else None
        bad = refused_char(nickname)
        nickname = nickname.strip(" ")
        if not nickname:
            raise FamilyError("nickname.empty")
        if len(nickname) > NICKNAME_MAX:
            raise FamilyError("nickname.too_long", max=NICKNAME_MAX)
        if bad is not None:
            raise FamilyError("nickname.character", char=f"U+{ord(bad):04X}", kind=char_kind(bad))
        if problem:
            raise FamilyError("nickname.invisible")
        return nickname

    def add_child(self, nickname: str, band: AgeBand, avatar: str) -> Child:
        """Add a child who starts today; unit 1 opens at once."""
        nickname = self.check_nickname(nickname)
        child = self.store.children.add(Child(nickname, band, avatar, self.clock.now().date()))
        self.refresh_unlocks(child)
        return child

    def update_child(self, child: Child) -> None:
        """Save a child's changed profile. The nickname is checked as on adding, and a new start date must
        lie between 2000-01-01 and ten years ahead (ValueError naming the child and the date; nothing is
        saved); a date already stored is kept."""
        nickname = self.check_nickname(child.nickname)
        if nickname != child.nickname:
            child.nickname = nickname
        stored = self.store.children.get(self._id(child))
        if stored is not None and stored.age_band != child.age_band:
            # A new band is a move (issue 17): it keeps the band history and starts the band today.
            from familysafe.services import growing

            moved = growing.move_band(self, stored, child.age_band)
            child.start_date, stored = moved.start_date, moved
        changed = stored is None or stored.start_date != child.start_date
        if changed and schedule.start_date_problem(child.start_date, self._today()):
            first, last = schedule.start_date_bounds(self._today())
            raise FamilyError(
                "start_date.out_of_range",
                nickname=child.nickname,
                date=child.start_date.isoformat(),
                first=first.isoformat(),
                last=last.isoformat(),
            )
        self.store.children.update(child)

    # ------------------------------------------------------------ schedule

    def cadence(self) -> int:
        """Days between units: 7, 14 or 28 (any other stored value is read as 14, see data_notices)."""
        fam = self.family()
        return schedule.usable_cadence(fam.cadence_days) if fam else schedule.DEFAULT_CADENCE

    def data_notices(self) -> list[str]:
        """Plain sentences about stored values the app works around (a cadence it does not offer, a
        start date outside the range a parent can choose), for the parent; empty when all is usual."""
        out = []
        fam = self.family()
        if fam is not None and schedule.usable_cadence(fam.cadence_days) != fam.cadence_days:
            out.append(
                f"The family's file says new activities open every {fam.cadence_days} days, which FamilySafe "
                f"does not offer, so every {schedule.DEFAULT_CADENCE} days is used. You can choose in the "
                "parent area, under Schedule."
            )
        first, last = schedule.start_date_bounds(self._today())
        for child in self.children():
            if schedule.start_date_problem(child.start_date, self._today()):
                out.append(
                    f"{child.nickname}'s start date, {child.start_date.isoformat()}, is outside the dates "
                    f"FamilySafe accepts ({first.isoformat()} to {last.isoformat()}); days after the end of "
                    "the calendar are left out. Please choose a start date in the parent area, under Schedule."
                )
        return out

    # A content pack a family adds brings extra activities to the built-in units: they open with their
    # unit and can be played, but a unit is finished (certificate, next unlock) by the built-in
    # activities alone, so a child's finished work never changes because a pack arrived or left
    # (docs/content-format.md, "Content packs"). An added pack is one with FamilySafe's install record.

    def _extra_packs(self) -> frozenset[str]:
        if getattr(self, "_extra_for", None) is not self.library:
            self._extra = frozenset(
                lp.pack_id
                for lp in self.library.packs
                if lp.pack_id is not None and (lp.folder / INSTALL_RECORD).is_file()
            )
            self._extra_for = self.library
        return self._extra

    def _core_activities(self, band: str, unit: int) -> list[Activity]:
        """The activities that make up a unit: the built-in ones, not a pack's extras."""
        extra = self._extra_packs()
        return [a for a in self.library.unit_activities(band, unit) if self.library.pack_of.get(a.id) not in extra]

    def unit_activity_ids(self, band: str, unit: int) -> list[str]:
        """The ids of a unit's built-in activities in `band` (what a sitting of that unit counts as)."""
        return self._core_unit_ids(band, unit)

    def _core_unit_ids(self, band: str, unit: int) -> list[str]:
        """The ids of a unit's built-in activities (from the library's index: no model is built)."""
        extra = self._extra_packs()
        return [
            a.id
            for a in self.library.infos_for_band(band)
            if a.unit == unit and self.library.pack_of.get(a.id) not in extra
        ]

    def _core_units(self, band: str) -> int:
        """How many units the band's schedule has (from the built-in activities only)."""
        extra = self._extra_packs()
        return max(
            (a.unit for a in self.library.infos_for_band(band) if self.library.pack_of.get(a.id) not in extra),
            default=0,
        )

    def core_units(self) -> dict[str, int]:
        """For each age group, how many built-in units there are (a pack's activities must sit in one)."""
        from familysafe.core.models import AGE_BANDS

        return {band: self._core_units(band) for band in AGE_BANDS}

    def is_extra(self, activity: Activity | ActivityInfo) -> bool:
        """Whether an activity comes from a content pack the family added (an extra in its unit)."""
        return self.library.pack_of.get(activity.id) in self._extra_packs()

    def _together_done(self, child: Child) -> dict[int, datetime]:
        """Units the child finished in a sitting together (issue 18) while in their current band, and
        when (services/together.py)."""
        from familysafe.services.together_units import done_units

        return done_units(self, child, child.age_band)

    def _finished_units(
        self, child: Child, done: set[str] | None = None, together: Iterable[int] | None = None
    ) -> set[int]:
        """The units of the child's band finished: all their built-in activities done, or done in a
        sitting. `done` (finished activity ids) and `together` (units done together) when the caller has
        read them already (the overview), so the store is not read twice."""
        if done is None:
            done = set(self.store.sessions.finished_activity_ids(self._id(child)))
        units: set[int] = set(self._together_done(child) if together is None else together)
        for unit in range(1, self._core_units(child.age_band) + 1):
            ids = self._core_unit_ids(child.age_band, unit)
            if ids and all(i in done for i in ids):
                units.add(unit)
        return units

    def _recorded(self, child: Child) -> set[int]:
        """The units recorded as open in the child's band (the band `child` says)."""
        return {u.unit for u in self.store.unlocks.for_child(self._id(child), child.age_band)}

    def refresh_unlocks(self, child: Child) -> list[int]:
        """Record every unit that the schedule opens today in the child's band; return the new ones."""
        total = self._core_units(child.age_band)
        recorded = self._recorded(child)
        new = schedule.new_unlocks(
            child.start_date, self.cadence(), self._finished_units(child), recorded, self._today(), total
        )
        for unit in new:
            self.store.unlocks.record(UnlockRecord(self._id(child), unit, self.clock.now(), "schedule", child.age_band))
        return new

    def unlock_next_early(self, child: Child) -> int | None:
        """Open the next locked unit of the child's band now, recorded as the parent's choice."""
        total = self._core_units(child.age_band)
        recorded = self._recorded(child)
        for unit in range(1, total + 1):
            if unit not in recorded:
                record = UnlockRecord(self._id(child), unit, self.clock.now(), "parent", child.age_band)
                self.store.unlocks.record(record)
                return unit
        return None

    def refresh_schedule(self) -> list[tuple[Child, list[int]]]:
        """Record what the schedule opens today for every child (at start-up and whenever the home
        screen or the command line looks again); return the children with new units."""
        out = []
        for child in self.children():
            new = self.refresh_unlocks(child)
            if new:
                out.append((child, new))
        return out

    def overview(self, child: Child) -> ChildOverview:
        """What is open, in progress and done for a child, and when the next unit comes. A pure read:
        unlocks are written where they happen (refresh_schedule, a finished session, unlock_next_early)."""
        cid = self._id(child)
        recorded = self._recorded(child)
        finished_ids = set(self.store.sessions.finished_activity_ids(cid))
        together = set(self._together_done(child))
        for unit in together:  # done together: the band's activities of the unit count
            finished_ids |= set(self._core_unit_ids(child.age_band, unit))
        in_progress = {s.activity_id for s in self.store.sessions.for_child(cid) if s.status == "in_progress"}
        total = self._core_units(child.age_band)
        todo: list[ActivityInfo] = []
        done: list[ActivityInfo] = []
        for a in self.library.infos_for_band(child.age_band):
            if a.id in finished_ids:
                done.append(a)
            elif a.unit in recorded:
                todo.append(a)
        nxt = schedule.next_unlock(
            child.start_date,
            self.cadence(),
            self._finished_units(child, finished_ids, together),
            recorded,
            self._today(),
            total,
        )
        return ChildOverview(
            child,
            todo,
            in_progress & {a.id for a in todo},
            done,
            nxt,
            total,
            len(self._own_activities(child, finished_ids)),
        )

    def _own_activities(self, child: Child, finished_ids: set[str]) -> set[str]:
        """Of the finished ids, the activities that count as activities done: not a sitting or its
        follow-up (their unit's own activities count instead) and not a review session."""
        from familysafe.services.together_units import sitting_ids

        return finished_ids - sitting_ids(self, child) - {i for i in finished_ids if is_review_id(i)}

    def check_clock(self) -> schedule.ClockChange | None:
        """Compare the wall clock with the last time seen, then remember now."""
        now = self.clock.now()
        change = schedule.detect_clock_change(self.store.family.last_wall_seen(), now)
        last = self.store.family.last_wall_seen()
        if last is None or now > last:
            self.store.family.set_last_wall_seen(now)
        fam = self.family()
        if change is not None and fam is not None:
            fam.settings.clock_warning = f"{change.kind}|{now.isoformat()}"
            self.save_family(fam)
        return change

    def clock_warning(self) -> str | None:
        """The last clock change noticed, for the parent area (kind|when|seconds), or None."""
        fam = self.family()
        value = fam.settings.clock_warning if fam else None
        return value or None

    # ------------------------------------------------------------ sessions

    def activity(self, activity: Activity | ActivityInfo | str) -> Activity:
        """The full model of an activity (given as itself, its index entry or its id); KeyError when
        the library has no such activity."""
        if isinstance(activity, ActivityInfo | str):
            return self.library.activities[activity if isinstance(activity, str) else activity.id]
        return activity

    def open_session(self, child: Child, activity: Activity | ActivityInfo, **review: Any) -> Session:
        """Resume the child's unfinished session of this activity, or start a new one (services.sessions).
        `review`: the `keep` and `on_finish` of a review session (services/review.py)."""
        from familysafe.services.sessions import Session  # here: the home screen's first paint plays nothing

        if isinstance(activity, ActivityInfo):
            activity = self.activity(activity)
        ids = [s.id for s in activity.steps]
        secs = [s.minutes * 60 for s in activity.steps]
        cid = self._id(child)
        rec = self.store.sessions.in_progress(cid, activity.id)
        if rec is not None and rec.snapshot:
            try:
                engine = SessionEngine.restore(rec.snapshot, ids, secs, self.clock)
            except SnapshotError:
                engine = None  # content changed under a saved session: start again, keep the old row
            if engine is not None:
                if engine.state is SessionState.PAUSED:
                    engine.resume()
                elif engine.state is SessionState.NOT_STARTED:
                    engine.start()
                return Session(self, rec, engine, activity, child, resumed=True, **review)
        if rec is not None and rec.id is not None:
            # Its snapshot no longer fits: keep that run (as abandoned) so a new one can start.
            self.store.sessions.abandon(rec.id, self.clock.now())
        engine = SessionEngine(ids, secs, self.clock)
        engine.start()
        rec = self.store.sessions.start(
            cid, activity.id, self.clock.now(), {**engine.snapshot(), **review.get("keep", {})}
        )
        return Session(self, rec, engine, activity, child, **review)

    # ------------------------------------------------------------ recall

    def recall_cards(self, child: Child, n: int = 2) -> list[RecallCard]:
        """One or two "Remember?" cards from earlier activities, weighted to what was hard."""
        # Only cards the installed content can still show are drawn: a card that cannot be shown (its
        # activity gone, or a follow-up's own key, issue 18) is never answered, so it stays due for ever,
        # and drawn first it took the place of a card that could be shown.
        shown: dict[str, RecallCard] = {}
        items = []
        held = self.store.recall.for_child(self._id(child))
        keys = {item.key for item in held}
        for item in held:
            if _unit_key(item.key) in keys - {item.key}:  # an old follow-up key beside its unit's own: one card
                continue
            card = shown.get(item.key) or self._recall_card(item.key)
            if card is not None:
                shown[item.key] = card
                items.append(item)
        return [shown[item.key] for item in recall.choose_cards(items, self._today(), n)]

    def _recall_card(self, key: str) -> RecallCard | None:
        """The card of a key ("<activity id>/<key message id>"), or None when the content has no such message."""
        act_id, _, msg_id = _unit_key(key).partition("/")  # a follow-up's old key reads as its unit's
        act = self.library.activities.get(act_id) or self.library.family.get(act_id)
        msg = next((k for k in act.key_messages if k.id == msg_id), None) if act else None
        return RecallCard(key, msg.question, msg.text, act.title) if act and msg else None

    def answer_recall(self, child: Child, key: str, remembered: bool) -> None:
        """Move a card between boxes after the child answered it."""
        cid = self._id(child)
        item = next((r for r in self.store.recall.for_child(cid) if r.key == key), None)
        if item is not None:
            self.store.recall.upsert(recall.review(item, remembered, self._today()))

    # ------------------------------------------------------------ the parent area

    def progress(self, child: Child) -> ChildProgress:
        """Finished activities, time spent and quiz results by strand."""
        from familysafe.core.content import QuizStep

        cid = self._id(child)
        sessions = self.store.sessions.for_child(cid)
        done = [s for s in sessions if s.status == "done"]
        minutes = sum(s.elapsed_ms for s in sessions) / 60000
        by_strand: dict[str, tuple[int, int]] = {}
        for s in done:
            act = self.library.activities.get(s.activity_id)
            if s.id is None or (act is None and is_review_id(s.activity_id)):
                continue
            results = {r.step_id: r for r in self.store.sessions.step_results(s.id)}
            strand: str
            if act is not None:
                strand, steps = act.strand, act.steps
            else:  # issue 18: the child's part of a sitting together, or their follow-up
                from familysafe.services.together import steps_answered

                found = steps_answered(self, s.activity_id, child.age_band, {k: r.answer for k, r in results.items()})
                if found is None:
                    continue
                strand, steps = found
            for step in steps:
                # A quiz of only `discuss: true` questions has no right answer: never counted.
                scored = isinstance(step, QuizStep) and not all(q.discuss for q in step.questions)
                if scored and step.id in results:
                    right, asked = by_strand.get(strand, (0, 0))
                    by_strand[strand] = (right + (1 if results[step.id].correct else 0), asked + 1)
        last = max((s.finished or s.started for s in sessions), default=None)
        reviews = sum(1 for s in done if is_review_id(s.activity_id))
        finished_ids = {s.activity_id for s in done if not is_review_id(s.activity_id)}
        by_band: dict[str, int] = {}
        for activity_id in finished_ids:
            act = self.library.activities.get(activity_id)
            band = act.band if act is not None else ""
            by_band[band] = by_band.get(band, 0) + 1
        return ChildProgress(len(finished_ids), minutes, by_strand, last, reviews, by_band)

    def notes(self, child: Child) -> list[Note]:
        """The grown-up's notes about a child."""
        return self.store.notes.for_child(self._id(child))

    def pledges(self) -> list[Pledge]:
        """Every pledge the family made: the family agreement."""
        return self.store.pledges.all()

    def unlocked_units(self, child: Child) -> set[int]:
        """The units recorded as open for the child in its band (a pure read)."""
        return self._recorded(child)

    def unit_dates(self, child: Child) -> list[tuple[int, date, bool]]:
        """For each unit of the child's band: its calendar date and whether it is open."""
        recorded = self._recorded(child)
        total = self._core_units(child.age_band)
        return [
            (u, schedule.unit_due_date(child.start_date, self.cadence(), u), u in recorded) for u in range(1, total + 1)
        ]

    def unit_states(self, child: Child) -> list[tuple[int, date, str]]:
        """For each unit: its calendar date and its state, one word per meaning: "done" (all its
        activities finished), "early" (opened by a grown-up before its date, not finished yet), "open"
        (open by the schedule, not finished yet) or "locked"."""
        why = {u.unit: u.why for u in self.store.unlocks.for_child(self._id(child))}
        done = self._finished_units(child)
        out = []
        for unit, when, is_open in self.unit_dates(child):
            if unit in done:
                state = "done"
            elif is_open:
                state = "early" if why.get(unit) == "parent" else "open"
            else:
                state = "locked"
            out.append((unit, when, state))
        return out

    # ------------------------------------------------------------ helpers

    def _today(self) -> date:
        return self.clock.now().date()

    @staticmethod
    def _id(child: Child) -> int:
        if child.id is None:
            raise ValueError("child has not been saved")
        return child.id

    # ---- parent area, complete (issue 6)
    # Local imports: this block was appended to the class and leaves the module's imports alone.

    def unlocks_since_last_visit(self, mark: bool = True) -> list[tuple[Child, list[int]]]:
        """Units opened for each child since the family's last visit, after recording what the schedule
        opens today; with `mark`, now becomes the last visit. Nothing on the very first visit."""
        fam = self.family()
        if fam is None:
            return []
        last = self.store.family.last_visit()
        out: list[tuple[Child, list[int]]] = []
        for child in self.children():
            self.refresh_unlocks(child)
            if last is None:
                continue
            units = []
            for u in self.store.unlocks.for_child(self._id(child)):
                try:
                    newer = u.when > last
                except TypeError:  # one naive, one aware: compare as wall times
                    newer = u.when.replace(tzinfo=None) > last.replace(tzinfo=None)
                if newer:
                    units.append(u.unit)
            if units:
                out.append((child, units))
        if mark:
            self.store.family.set_last_visit(self.clock.now())
        return out

    def unit_title(self, activity: Activity | ActivityInfo) -> str:
        """The title of the unit an activity belongs to, from its pack (the activity's title if none)."""
        pack_id = self.library.pack_of.get(activity.id)
        for lp in self.library.packs:
            if lp.pack is not None and lp.pack.id == pack_id:
                for unit in lp.pack.units:
                    if unit.number == activity.unit:
                        return unit.title
        return activity.title

    def finished_unit_dates(self, child: Child, band: str | None = None) -> dict[int, datetime]:
        """Each unit of `band` (None: the child's band) whose activities the child has all finished, and
        when the last of them was finished; from the library's index (no content model is built, so the
        home screen's review check at its first paint stays cheap). Units of a band the child has left
        stay finished (issue 17); a unit done together counts (issue 18)."""
        band = band or child.age_band
        first_done: dict[str, datetime] = {}
        for s in self.store.sessions.for_child(self._id(child)):
            if s.status == "done" and s.finished is not None:
                prev = first_done.get(s.activity_id)
                first_done[s.activity_id] = s.finished if prev is None else min(prev, s.finished)
        for unit, when in self._together_done(child).items():  # a unit done together (issue 18)
            for activity_id in self._core_unit_ids(child.age_band, unit):
                first_done[activity_id] = min(first_done.get(activity_id, when), when)
        out: dict[int, datetime] = {}
        for unit in range(1, self._core_units(band) + 1):
            ids = self._core_unit_ids(band, unit)
            if ids and all(i in first_done for i in ids):
                out[unit] = max(first_done[i] for i in ids)
        return out

    def finished_units(self, child: Child, band: str | None = None) -> list[tuple[int, str, list[Activity], datetime]]:
        """(unit, unit title, its activities, when the last of them was finished) for each unit of `band`
        (None: the child's band) whose activities the child has all finished, in unit order: what a
        certificate is for (see finished_unit_dates)."""
        band = band or child.age_band
        out = []
        for unit, when in sorted(self.finished_unit_dates(child, band).items()):
            acts = self._core_activities(band, unit)
            out.append((unit, self.unit_title(acts[0]), acts, when))
        return out

    def upcoming_unlocks(self, child: Child) -> list[tuple[int, date, str]]:
        """(unit, date, unit title) for each unit not open yet whose date is today or later."""
        today = self._today()
        out = []
        for unit, when, is_open in self.unit_dates(child):
            if is_open or when < today or when == date.max:  # date.max: past the end of the calendar
                continue
            acts = self._core_activities(child.age_band, unit)
            out.append((unit, when, self.unit_title(acts[0]) if acts else ""))
        return out

    def update_note(self, note: Note, text: str) -> Note:
        """Change a note's text; ValueError for an empty or over-long text (nothing is saved then)."""
        text = text.strip()
        if not text:
            raise FamilyError("note.empty")
        if len(text) > 4000:
            raise FamilyError("note.too_long", max=4000)
        changed = Note(note.child_id, text, note.created, note.activity_id, note.step_id, note.id)
        self.store.notes.update(changed)
        return changed

    def delete_note(self, note: Note) -> bool:
        """Delete a note; True if it was there."""
        return note.id is not None and self.store.notes.delete(note.id)

    def _saved_copies(self) -> list[Any]:
        """Files on this computer that hold earlier states of the data: see Store.saved_copies."""
        return self.store.saved_copies()

    def erase_child(self, child: Child, purge_copies: bool = True) -> list[str]:
        """Erase every record of the child, leaving no trace in the database file or its WAL.

        With `purge_copies`, also delete the saved copies on this computer that still hold the child
        (see _saved_copies) and take one fresh backup without them. Copies the family saved elsewhere
        cannot be reached. The erase is recorded before anything is deleted, so if FamilySafe is
        stopped half-way the next start finishes it. Returns the names of the files deleted.
        """
        return self.store.erase_child(self._id(child), purge_copies=purge_copies)

    def erase_everything(self) -> None:
        """Erase the whole family: every child (without trace), the family, the PIN, and every saved copy
        on this computer; a new empty file takes the old one's place, so the app starts at the first run.
        Installed content packs are content, not the family's data, and stay."""
        from pathlib import Path

        from familysafe.store.db import Store
        from familysafe.store.errors import StoreError
        from familysafe.store.files import SIDE_FILES

        store = self.store
        try:
            for child in self.children(include_archived=True):
                # Recorded first and purging every copy: a kill half-way is finished at the next start.
                store.erase_child(self._id(child), purge_copies=True, fresh_backup=False)
        except OSError as e:  # a copy that cannot be deleted: the erase stays recorded, finished at next start
            raise StoreError(
                f"FamilySafe erased the children but could not delete {e.filename or store.path} "
                f"({e.strerror or e}). It will try again the next time it starts.",
                store.path,
            ) from e
        copies = self._saved_copies()
        path, folder = store.path, store.backup_dir
        store.close()
        try:
            for p in copies:
                p.unlink(missing_ok=True)
            for suffix in ("", *SIDE_FILES):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError as e:
            self.store = Store.open(path, clock=self.clock, backup_dir=folder)
            raise StoreError(
                f"FamilySafe erased the children but could not delete {e.filename or path} ({e.strerror or e}).",
                path,
            ) from e
        self.store = Store.open(path, clock=self.clock, backup_dir=folder)

    def backup_to(self, dest: str) -> str:
        """Save a checked copy of the data as the file `dest` (replacing it); return its path.
        StoreError naming the file when it cannot be written."""
        from pathlib import Path

        from familysafe.store.backup import backup_now

        target = Path(dest)
        if target.resolve() == self.store.path.resolve():
            raise ChoiceError("backup.same_file", file=target)
        return str(backup_now(self.store, target))

    def restore_from(self, src: str) -> str | None:
        """Make the saved copy `src` the family's data and reopen it; return where the replaced file was
        kept (or None). The copy is checked first: when it is damaged, not FamilySafe's, or too new, a
        StoreError names it and nothing changes. `self.store` is a new Store afterwards."""
        import os
        from pathlib import Path

        from familysafe.store import files
        from familysafe.store.backup import restore_backup
        from familysafe.store.db import Store
        from familysafe.store.errors import StoreError

        source = Path(src)
        path, folder = self.store.path, self.store.backup_dir
        if not source.is_file():
            raise ChoiceError("restore.not_a_file", file=source)
        if source.resolve() == path.resolve():
            raise ChoiceError("restore.same_file", file=source)
        self.store.close()
        try:
            aside = restore_backup(source, path, clock=self.clock)
        except BaseException:
            self.store = Store.open(path, clock=self.clock, backup_dir=folder)
            raise
        try:
            self.store = Store.open(path, clock=self.clock, backup_dir=folder)
        except StoreError:
            # The copy passed its checks but would not open: put the family's own file back.
            files.set_aside(path, f"failed-restore-{files.timestamp(self.clock.now())}")
            if aside is not None:
                for suffix in ("", *files.SIDE_FILES):
                    side = Path(f"{aside}{suffix}")
                    if side.exists():
                        os.replace(side, Path(f"{path}{suffix}"))
            self.store = Store.open(path, clock=self.clock, backup_dir=folder)
            raise
        return str(aside) if aside is not None else None

    def swap_pack(self, pack_id: str, loaded: Any = None) -> None:
        """Use a newly installed pack (a core.content.LoadedPack) in place of any pack with the same id,
        or with None stop using that pack: the screens see the change at once."""
        packs = [lp for lp in self.library.packs if lp.pack is None or lp.pack.id != pack_id]
        if loaded is not None:
            packs.append(loaded)
        self.library = Library(packs)


def _unit_key(key: str) -> str:
    """A "Remember?" key as its unit's own: a follow-up's key (kept from before issue 18's fix,
    "<family id>-later-<band>/<message>") becomes "<family id>/<message>"; any other key is itself."""
    act_id, sep, msg_id = key.partition("/")
    return act_id.rpartition("-later-")[0] + sep + msg_id if "-later-" in act_id else key
