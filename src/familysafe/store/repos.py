"""Typed reads and writes of the family's records, in core.models' dataclasses.

Each repository hangs off a `Store` (`store.children`, `store.sessions`, ...).
Every write is one transaction (or joins the caller's `store.transaction()`),
committed before the method returns. JSON fields (settings, snapshot, answer,
hashes) round-trip as JSON does: tuples come back as lists, dict keys as strings.

Rows are written through sqlite-utils' table API (`insert`, `upsert(pk=...)`, `update`, `delete`);
since sqlite-utils 4 its writes join the open transaction (as savepoints), so a repository write
stays inside `store.transaction()`. Raw SQL is kept only where it says more than the table API can,
each with a comment saying why.

Rows are read with plain SQL on the store's `sqlite3` connection (`_where` and `_one` build the
`SELECT * FROM [table] WHERE ... ORDER BY ... LIMIT 1` that sqlite-utils' `rows_where` builds, and
return the same dicts): the home screen's first paint only reads, and reading through the table API
would import sqlite-utils (with click, dateutil and pluggy) before it, about a third of the start to a
painted home (docs/architecture.md, "Start-up"). For the same reason `FamilyRepo.set_last_wall_seen`,
the one write every start makes (the clock check), is a plain UPDATE.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, cast

from familysafe.core.models import (
    AGE_BANDS,
    AgeBand,
    BandStint,
    Child,
    Family,
    Note,
    Pledge,
    RecallItem,
    SessionRecord,
    Settings,
    StepResult,
    UnlockRecord,
)
from familysafe.core.pin import ThrottleState
from familysafe.store.errors import RecordNotFound, SessionConflict

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

    from familysafe.store.db import Store

Row = dict[str, Any]


def dumps(value: Any) -> str:
    """`value` as compact JSON text; ValueError/TypeError for what JSON cannot hold (NaN, objects)."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _iso(value: date | datetime) -> str:
    return value.isoformat()


def _opt_iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _opt_dt(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _opt_date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _opt_bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _opt_int(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _foreign_key_failed(exc: sqlite3.IntegrityError) -> bool:
    return "FOREIGN KEY" in str(exc)


def _update(table: Table, pk: Any, values: Row) -> bool:
    """`table.update(pk, values)`; False when there is no row with that key (nothing is written)."""
    from sqlite_utils.db import NotFoundError  # loaded already by the open store; not at import (start-up)

    try:
        table.update(pk, values)
    except NotFoundError:
        return False
    return True


def _delete(table: Table, pk: Any) -> bool:
    """`table.delete(pk)`; False when there is no row with that key."""
    from sqlite_utils.db import NotFoundError

    try:
        table.delete(pk)
    except NotFoundError:
        return False
    return True


class _Repo:
    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def _db(self) -> Database:
        return self._store.db

    def _table(self, name: str) -> Table:
        return self._db.table(name)

    def _select(self, sql: str, args: tuple[Any, ...] = ()) -> list[Row]:
        """The rows of a plain-SQL read, as dicts keyed by column name (as sqlite-utils' `query` gives)."""
        cur = self._store.conn.execute(sql, args)
        columns = [c[0] for c in cur.description]
        return [dict(zip(columns, row, strict=True)) for row in cur]

    def _where(
        self, table: str, where: str | None = None, args: tuple[Any, ...] = (), order_by: str | None = None
    ) -> list[Row]:
        # Table names and conditions are literals of this package; values are always parameters.
        sql = f'SELECT * FROM "{table}"' + (f" WHERE {where}" if where else "")
        return self._select(sql + (f" ORDER BY {order_by}" if order_by else ""), args)

    def _one(self, table: str, where: str, args: tuple[Any, ...]) -> Row | None:
        return next(iter(self._select(f'SELECT * FROM "{table}" WHERE {where} LIMIT 1', args)), None)

    @contextlib.contextmanager
    def _for_child(self, child_id: int) -> Iterator[None]:
        """A write keyed to a child, in its own transaction; RecordNotFound when there is no such child."""
        try:
            with self._store.transaction():
                yield
        except sqlite3.IntegrityError as exc:
            if _foreign_key_failed(exc):
                raise _no_child(child_id) from exc
            raise


def child_from_row(row: Row) -> Child:
    """A Child from a `child` row."""
    return Child(
        nickname=row["nickname"],
        age_band=row["age_band"],
        avatar=row["avatar"],
        start_date=date.fromisoformat(row["start_date"]),
        archived=bool(row["archived"]),
        id=row["id"],
    )


def session_from_row(row: Row) -> SessionRecord:
    """A SessionRecord from a `session` row."""
    return SessionRecord(
        child_id=row["child_id"],
        activity_id=row["activity_id"],
        started=_dt(row["started"]),
        status=row["status"],
        finished=_opt_dt(row["finished"]),
        elapsed_ms=row["elapsed_ms"],
        current_step=row["current_step"],
        snapshot=json.loads(row["snapshot"]),
        id=row["id"],
        together_id=row.get("together_id"),
    )


def step_from_row(row: Row) -> StepResult:
    """A StepResult from a `step_result` row."""
    return StepResult(
        session_id=row["session_id"],
        step_id=row["step_id"],
        finished=_dt(row["finished"]),
        answer=json.loads(row["answer"]),
        correct=_opt_bool(row["correct"]),
        elapsed_ms=row["elapsed_ms"],
    )


def unlock_from_row(row: Row) -> UnlockRecord:
    """An UnlockRecord from an `unlock` row."""
    return UnlockRecord(
        child_id=row["child_id"], unit=row["unit"], when=_dt(row["unlocked_at"]), why=row["why"], band=row["band"]
    )


def stint_from_row(row: Row) -> BandStint:
    """A BandStint from a `child_band` row."""
    return BandStint(
        child_id=row["child_id"],
        band=row["band"],
        started=date.fromisoformat(row["started"]),
        ended=_opt_dt(row["ended"]),
        nudge_answered=_opt_date(row["nudge_answered"]),
        nudge_remind=_opt_date(row["nudge_remind"]),
    )


def recall_from_row(row: Row) -> RecallItem:
    """A RecallItem from a `recall` row."""
    return RecallItem(
        child_id=row["child_id"],
        key=row["key"],
        box=row["box"],
        due=_opt_date(row["due"]),
        seen=row["seen"],
        wrong=row["wrong"],
    )


def note_from_row(row: Row) -> Note:
    """A Note from a `note` row."""
    return Note(
        child_id=row["child_id"],
        text=row["text"],
        created=_dt(row["created"]),
        activity_id=row["activity_id"],
        step_id=row["step_id"],
        id=row["id"],
    )


def pledge_from_row(row: Row) -> Pledge:
    """A Pledge from a `pledge` row."""
    return Pledge(
        child_id=row["child_id"],
        activity_id=row["activity_id"],
        text=row["text"],
        strand=row["strand"],
        made=_dt(row["made"]),
        id=row["id"],
        by_grown_up=bool(row["by_grown_up"]),
    )


class FamilyRepo(_Repo):
    """The family's single row: who they are, the PIN and recovery hashes, the PIN throttle, the clock."""

    def get(self) -> Family | None:
        """The family, or None before the first run has saved one."""
        row = self._row()
        if row["name"] is None:
            return None
        return Family(
            name=row["name"],
            country=row["country"],
            locale=row["locale"],
            cadence_days=row["cadence_days"],
            settings=Settings.from_dict(json.loads(row["settings"])),
            setup_step=row["setup_step"],
        )

    def save(self, family: Family) -> None:
        """Store `family` (all its fields), replacing what was there."""
        self._update(
            {
                "name": family.name,
                "country": family.country,
                "locale": family.locale,
                "cadence_days": family.cadence_days,
                "settings": dumps(family.settings.to_dict()),
                "setup_step": family.setup_step,
            }
        )

    def pin_hash(self) -> dict[str, Any] | None:
        """The stored PIN hash (as made by core.pin.hash_secret), or None when no PIN is set."""
        return self._json_column("pin_hash")

    def set_pin_hash(self, value: Mapping[str, Any] | None) -> None:
        """Store the PIN hash; None removes the PIN."""
        self._set("pin_hash", None if value is None else dumps(dict(value)))

    def recovery_hash(self) -> dict[str, Any] | None:
        """The stored recovery-code hash, or None."""
        return self._json_column("recovery_hash")

    def set_recovery_hash(self, value: Mapping[str, Any] | None) -> None:
        """Store the recovery-code hash; None removes it."""
        self._set("recovery_hash", None if value is None else dumps(dict(value)))

    def throttle(self) -> ThrottleState:
        """Wrong PIN tries in a row and when the last was; survives restarts."""
        row = self._row()
        return ThrottleState(failures=row["pin_failures"], last_failure=float(row["pin_last_failure"]))

    def set_throttle(self, state: ThrottleState) -> None:
        """Store the PIN throttle state."""
        self._update({"pin_failures": max(0, int(state.failures)), "pin_last_failure": float(state.last_failure)})

    def last_wall_seen(self) -> datetime | None:
        """The latest wall time the app recorded (for noticing clock changes), or None."""
        return _opt_dt(self._row()["last_wall_seen"])

    def set_last_wall_seen(self, when: datetime) -> None:
        """Record `when` as the latest wall time seen."""
        # Raw SQL: every start writes this before the first paint, which loads no sqlite-utils (module doc).
        with self._store.transaction():
            cur = self._store.conn.execute("UPDATE family SET last_wall_seen = ? WHERE id = 1", (_iso(when),))
            if cur.rowcount != 1:
                raise self._missing()

    def last_visit(self) -> datetime | None:
        """When the family last opened the app, or None."""
        return _opt_dt(self._row()["last_visit"])

    def set_last_visit(self, when: datetime) -> None:
        """Record `when` as the family's last visit."""
        self._set("last_visit", _iso(when))

    def _row(self) -> Row:
        row = self._one("family", "id = 1", ())
        if row is None:
            raise self._missing()
        return row

    def _missing(self) -> RecordNotFound:
        return RecordNotFound(f"The family record is missing from {self._store.path}.", self._store.path)

    def _json_column(self, column: str) -> dict[str, Any] | None:
        value = self._row()[column]
        return None if value is None else cast(dict[str, Any], json.loads(value))

    def _set(self, column: str, value: Any) -> None:
        self._update({column: value})

    def _update(self, values: Row) -> None:
        with self._store.transaction():
            if not _update(self._table("family"), 1, values):
                raise self._missing()


class ChildRepo(_Repo):
    """Children's profiles: nickname, age band, avatar, start date."""

    def add(self, child: Child) -> Child:
        """Store a new child; returns a copy of `child` with its new id (ids are never reused)."""
        _check_band(child.age_band)
        with self._store.transaction():
            table = self._table("child").insert(
                {
                    "nickname": child.nickname,
                    "age_band": child.age_band,
                    "avatar": child.avatar,
                    "start_date": _iso(child.start_date),
                    "archived": int(child.archived),
                }
            )
            child_id = cast(int, table.last_rowid)
            # The child's band history starts with this band, on the child's start date.
            self._table("child_band").insert(
                {"child_id": child_id, "band": child.age_band, "started": _iso(child.start_date)}
            )
        return replace(child, id=child_id)

    def update(self, child: Child) -> None:
        """Replace the stored profile of `child.id` with `child`'s fields. RecordNotFound if there is none.

        A different age band is a move (BandRepo.move: the band left keeps its history), and the
        start date given is then the new current band's start. A changed start date is always the
        current band's start too. All in one transaction."""
        if child.id is None:
            raise ValueError("update needs a child with an id (use add for a new child)")
        _check_band(child.age_band)
        values = {
            "nickname": child.nickname,
            "age_band": child.age_band,
            "avatar": child.avatar,
            "start_date": _iso(child.start_date),
            "archived": int(child.archived),
        }
        with self._store.transaction():
            stored = self.get(child.id)
            if stored is None:
                raise _no_child(child.id)
            if stored.age_band != child.age_band:
                self._store.bands.move(child.id, child.age_band, child.start_date, self._store.clock.now())
            if not _update(self._table("child"), child.id, values):
                raise _no_child(child.id)
            # Raw SQL: the current band's row is found by a condition, not by its key.
            self._db.execute(
                "UPDATE child_band SET started = ? WHERE child_id = ? AND ended IS NULL",
                (_iso(child.start_date), child.id),
            )

    def archive(self, child_id: int, archived: bool = True) -> None:
        """Hide (or, with archived=False, bring back) a child without deleting anything."""
        with self._store.transaction():
            if not _update(self._table("child"), child_id, {"archived": int(archived)}):
                raise _no_child(child_id)

    def get(self, child_id: int) -> Child | None:
        """The child with this id, archived or not, or None."""
        row = self._one("child", "id = ?", (child_id,))
        return None if row is None else child_from_row(row)

    def all(self, include_archived: bool = False) -> list[Child]:
        """Children in the order they were added; archived ones only if asked."""
        rows = self._where("child", None if include_archived else "archived = 0", order_by="id")
        return [child_from_row(r) for r in rows]


class UnlockRepo(_Repo):
    """Units opened for each child, per age band; an unlock, once recorded, is never changed or taken back."""

    def record(self, unlock: UnlockRecord) -> bool:
        """Record the unlock (in `unlock.band`, or the child's current band when None); True if new,
        False if that unit of that band was already open (then nothing changes). RecordNotFound for an
        unknown child or a band the child has never been in."""
        if unlock.why not in ("schedule", "parent"):
            raise ValueError(f"unknown unlock reason {unlock.why!r}")
        with self._for_child(unlock.child_id):
            band = unlock.band or _current_band(self._store.conn, unlock.child_id)
            if band is None:
                raise _no_child(unlock.child_id)
            # Raw SQL: `insert(ignore=True)` is INSERT OR IGNORE, which would also swallow a CHECK failure
            # (unit 0); ON CONFLICT on the key ignores only a unit that is already open.
            cur = self._db.execute(
                "INSERT INTO unlock (child_id, band, unit, unlocked_at, why) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (child_id, band, unit) DO NOTHING",
                (unlock.child_id, band, unlock.unit, _iso(unlock.when), unlock.why),
            )
        return cur.rowcount == 1

    def for_child(self, child_id: int, band: AgeBand | None = None) -> list[UnlockRecord]:
        """The child's unlocks in `band` (None: the child's current band), by unit."""
        which = band or _current_band(self._store.conn, child_id)
        rows = self._where("unlock", "child_id = ? AND band = ?", (child_id, which), order_by="unit")
        return [unlock_from_row(r) for r in rows]

    def all_for_child(self, child_id: int) -> list[UnlockRecord]:
        """The child's unlocks in every band, by band (youngest first) then unit."""
        rows = self._where("unlock", "child_id = ?", (child_id,))
        out = [unlock_from_row(r) for r in rows]
        return sorted(out, key=lambda u: (_band_index(u.band), u.unit))


class BandRepo(_Repo):
    """Each child's band history: the bands they have been in, when each started and ended, and the
    answer to the "ready for the next band?" nudge in each."""

    def history(self, child_id: int) -> list[BandStint]:
        """Every band the child has been in, youngest band first."""
        rows = self._where("child_band", "child_id = ?", (child_id,))
        return sorted((stint_from_row(r) for r in rows), key=lambda b: _band_index(b.band))

    def current(self, child_id: int) -> BandStint | None:
        """The child's current band (the one not ended), or None for an unknown child."""
        row = self._one("child_band", "child_id = ? AND ended IS NULL", (child_id,))
        return None if row is None else stint_from_row(row)

    def move(self, child_id: int, band: AgeBand, start: date, when: datetime) -> Child:
        """Make `band` the child's current band, in one transaction, and return the child as stored.

        The band left is ended at `when`. A band the child was in before is taken up again with its
        own start day (so its unlocks and position stand as they were); a new one starts on `start`.
        Moving to the current band changes nothing. RecordNotFound for an unknown child."""
        _check_band(band)
        with self._store.transaction():
            child = self._store.children.get(child_id)
            if child is None:
                raise _no_child(child_id)
            if child.age_band == band:
                return child
            # Raw SQL: rows are found by a condition (the current one), not by their key.
            self._db.execute(
                "UPDATE child_band SET ended = ?, started = ? WHERE child_id = ? AND ended IS NULL",
                (_iso(when), _iso(child.start_date), child_id),
            )
            before = self._one("child_band", "child_id = ? AND band = ?", (child_id, band))
            if before is None:
                self._table("child_band").insert({"child_id": child_id, "band": band, "started": _iso(start)})
                begins = start
            else:
                _update(self._table("child_band"), (child_id, band), {"ended": None})
                begins = date.fromisoformat(before["started"])
            _update(self._table("child"), child_id, {"age_band": band, "start_date": _iso(begins)})
        moved = self._store.children.get(child_id)
        assert moved is not None
        return moved

    def set_nudge(self, child_id: int, band: AgeBand, answered: date | None, remind: date | None) -> None:
        """Remember the parent's answer to the nudge in `band`: the day answered and the day to ask again."""
        with self._store.transaction():
            values = {"nudge_answered": _opt_iso(answered), "nudge_remind": _opt_iso(remind)}
            if not _update(self._table("child_band"), (child_id, band), values):
                raise _no_child(child_id)


class SessionRepo(_Repo):
    """Runs of activities, and what happened at each step, saved as it happens."""

    def start(
        self,
        child_id: int,
        activity_id: str,
        started: datetime,
        snapshot: Mapping[str, Any] | None = None,
    ) -> SessionRecord:
        """Store a new in-progress session and return it with its id.

        SessionConflict if the child already has an unfinished run of this activity
        (resume that one: see `in_progress`); RecordNotFound for an unknown child.
        """
        snap = dict(snapshot or {})
        text = dumps(snap)
        try:
            with self._store.transaction():
                table = self._table("session").insert(
                    {"child_id": child_id, "activity_id": activity_id, "started": _iso(started), "snapshot": text}
                )
        except sqlite3.IntegrityError as exc:
            if _foreign_key_failed(exc):
                raise _no_child(child_id) from exc
            if "UNIQUE" in str(exc):
                raise SessionConflict(
                    f"This child already has an unfinished {activity_id} session.", self._store.path
                ) from exc
            raise
        return SessionRecord(
            child_id=child_id, activity_id=activity_id, started=started, snapshot=snap, id=cast(int, table.last_rowid)
        )

    def get(self, session_id: int) -> SessionRecord | None:
        """The session with this id, or None."""
        row = self._one("session", "id = ?", (session_id,))
        return None if row is None else session_from_row(row)

    def in_progress(self, child_id: int, activity_id: str) -> SessionRecord | None:
        """The child's unfinished run of this activity (there is at most one), or None."""
        row = self._one(
            "session", "child_id = ? AND activity_id = ? AND status = 'in_progress'", (child_id, activity_id)
        )
        return None if row is None else session_from_row(row)

    def for_child(self, child_id: int) -> list[SessionRecord]:
        """All the child's sessions, oldest first."""
        rows = self._where("session", "child_id = ?", (child_id,), order_by="started, id")
        return [session_from_row(r) for r in rows]

    def step_results(self, session_id: int) -> list[StepResult]:
        """What was saved for each step of the session, in the order the steps were finished."""
        rows = self._where("step_result", "session_id = ?", (session_id,), order_by="finished, step_id")
        return [step_from_row(r) for r in rows]

    def save_step(
        self,
        session_id: int,
        result: StepResult,
        snapshot: Mapping[str, Any],
        current_step: int,
        elapsed_ms: int,
    ) -> None:
        """Save a finished step: its result (replacing an earlier one for the same step) and the session's
        snapshot, current step and elapsed time, all in one committed transaction: either all of it is
        on disk when this returns, or (on any error) none of it.

        RecordNotFound for an unknown session; SessionConflict if it is already finished or abandoned.
        """
        if result.session_id != session_id:
            raise ValueError(f"step result is for session {result.session_id}, not {session_id}")
        # Serialise before the transaction: a value JSON cannot hold fails before anything is written.
        answer = dumps(result.answer)
        snap = dumps(dict(snapshot))
        try:
            with self._store.transaction():
                self._table("step_result").upsert(
                    {
                        "session_id": session_id,
                        "step_id": result.step_id,
                        "finished": _iso(result.finished),
                        "answer": answer,
                        "correct": _opt_int(result.correct),
                        "elapsed_ms": result.elapsed_ms,
                    },
                    pk=("session_id", "step_id"),
                )
                self._update_open(
                    session_id,
                    "snapshot = ?, current_step = ?, elapsed_ms = ?",
                    (snap, current_step, elapsed_ms),
                )
        except sqlite3.IntegrityError as exc:
            if _foreign_key_failed(exc):
                raise RecordNotFound(f"There is no session {session_id}.", self._store.path) from exc
            raise

    def save_progress(self, session_id: int, snapshot: Mapping[str, Any], current_step: int, elapsed_ms: int) -> None:
        """Save the session's snapshot, current step and elapsed time (the periodic autosave), atomically.

        RecordNotFound for an unknown session; SessionConflict if it is already finished or abandoned.
        """
        snap = dumps(dict(snapshot))
        with self._store.transaction():
            self._update_open(
                session_id,
                "snapshot = ?, current_step = ?, elapsed_ms = ?",
                (snap, current_step, elapsed_ms),
            )

    def finish(
        self,
        session_id: int,
        when: datetime,
        snapshot: Mapping[str, Any],
        *,
        elapsed_ms: int | None = None,
        current_step: int | None = None,
    ) -> None:
        """Mark the session done at `when` with its final snapshot (and elapsed time / step if given)."""
        snap = dumps(dict(snapshot))
        with self._store.transaction():
            self._update_open(
                session_id,
                "status = 'done', finished = ?, snapshot = ?, elapsed_ms = coalesce(?, elapsed_ms), "
                "current_step = coalesce(?, current_step)",
                (_iso(when), snap, elapsed_ms, current_step),
            )

    def abandon(self, session_id: int, when: datetime) -> None:
        """Mark an unfinished session abandoned at `when`, keeping what it saved; a new run can then start."""
        with self._store.transaction():
            self._update_open(session_id, "status = 'abandoned', finished = ?", (_iso(when),))

    def finished_activity_ids(self, child_id: int) -> list[str]:
        """Ids of the activities the child has finished at least once, in the order first finished."""
        # Raw SQL: a grouped query ordered by an aggregate reads more plainly than rows_where's pieces.
        rows = self._select(
            "SELECT activity_id FROM session WHERE child_id = ? AND status = 'done' "
            "GROUP BY activity_id ORDER BY min(finished), activity_id",
            (child_id,),
        )
        return [r["activity_id"] for r in rows]

    def _update_open(self, session_id: int, assignments: str, params: tuple[Any, ...]) -> None:
        # Raw SQL: the update is conditional (only while the session is open) and uses coalesce();
        # table.update() writes a row by its key whatever its state.
        cur = self._db.execute(
            f"UPDATE session SET {assignments} WHERE id = ? AND status = 'in_progress'",
            (*params, session_id),
        )
        if cur.rowcount == 1:
            return
        row = self._one("session", "id = ?", (session_id,))
        if row is None:
            raise RecordNotFound(f"There is no session {session_id}.", self._store.path)
        raise SessionConflict(f"Session {session_id} is already {row['status'].replace('_', ' ')}.", self._store.path)


class RecallRepo(_Repo):
    """Each child's Leitner boxes of key messages."""

    def get(self, child_id: int, key: str) -> RecallItem | None:
        """The child's item for `key`, or None."""
        row = self._one("recall", "child_id = ? AND key = ?", (child_id, key))
        return None if row is None else recall_from_row(row)

    def upsert(self, item: RecallItem) -> None:
        """Store `item`, replacing the child's earlier item for the same key."""
        with self._for_child(item.child_id):
            self._table("recall").upsert(
                {
                    "child_id": item.child_id,
                    "key": item.key,
                    "box": item.box,
                    "due": _opt_iso(item.due),
                    "seen": item.seen,
                    "wrong": item.wrong,
                },
                pk=("child_id", "key"),
            )

    def for_child(self, child_id: int) -> list[RecallItem]:
        """All the child's items, by key."""
        return [recall_from_row(r) for r in self._where("recall", "child_id = ?", (child_id,), order_by="key")]


class NoteRepo(_Repo):
    """The grown-up's notes about a child."""

    def add(self, note: Note) -> Note:
        """Store a new note; returns a copy of `note` with its id."""
        with self._for_child(note.child_id):
            table = self._table("note").insert(
                {
                    "child_id": note.child_id,
                    "text": note.text,
                    "created": _iso(note.created),
                    "activity_id": note.activity_id,
                    "step_id": note.step_id,
                }
            )
        return replace(note, id=cast(int, table.last_rowid))

    def update(self, note: Note) -> None:
        """Replace the text (and activity/step) of the stored note `note.id`; RecordNotFound if none."""
        if note.id is None:
            raise ValueError("update needs a note with an id (use add for a new note)")
        values = {"text": note.text, "activity_id": note.activity_id, "step_id": note.step_id}
        with self._store.transaction():
            if not _update(self._table("note"), note.id, values):
                raise RecordNotFound(f"There is no note {note.id}.", self._store.path)

    def delete(self, note_id: int) -> bool:
        """Delete the note; True if there was one."""
        with self._store.transaction():
            return _delete(self._table("note"), note_id)

    def get(self, note_id: int) -> Note | None:
        """The note with this id, or None."""
        row = self._one("note", "id = ?", (note_id,))
        return None if row is None else note_from_row(row)

    def for_child(self, child_id: int) -> list[Note]:
        """The child's notes, oldest first."""
        return [note_from_row(r) for r in self._where("note", "child_id = ?", (child_id,), order_by="created, id")]


class PledgeRepo(_Repo):
    """The promises that make up the family agreement."""

    def add(self, pledge: Pledge) -> Pledge:
        """Store a new pledge; returns a copy of `pledge` with its id."""
        with self._for_child(pledge.child_id):
            table = self._table("pledge").insert(
                {
                    "child_id": pledge.child_id,
                    "activity_id": pledge.activity_id,
                    "text": pledge.text,
                    "strand": pledge.strand,
                    "made": _iso(pledge.made),
                    "by_grown_up": int(pledge.by_grown_up),
                }
            )
        return replace(pledge, id=cast(int, table.last_rowid))

    def for_child(self, child_id: int) -> list[Pledge]:
        """The child's pledges, oldest first."""
        return [pledge_from_row(r) for r in self._where("pledge", "child_id = ?", (child_id,), order_by="made, id")]

    def all(self) -> list[Pledge]:
        """Every child's pledges (archived children included), oldest first: the family agreement."""
        return [pledge_from_row(r) for r in self._where("pledge", order_by="made, id")]

    def update_text(self, pledge_id: int, text: str) -> None:
        """Replace the words of the stored pledge `pledge_id` (a review rewrote it); RecordNotFound if none."""
        with self._store.transaction():
            if not _update(self._table("pledge"), pledge_id, {"text": text}):
                raise RecordNotFound(f"There is no pledge {pledge_id}.", self._store.path)


def _band_index(band: str | None) -> int:
    return AGE_BANDS.index(band) if band in AGE_BANDS else len(AGE_BANDS)


def _current_band(conn: sqlite3.Connection, child_id: int) -> str | None:
    row = conn.execute("SELECT age_band FROM child WHERE id = ?", (child_id,)).fetchone()
    return None if row is None else str(row[0])


def _check_band(band: str) -> None:
    if band not in AGE_BANDS:
        raise ValueError(f"unknown age band {band!r} (expected one of {', '.join(AGE_BANDS)})")


def _no_child(child_id: int) -> RecordNotFound:
    return RecordNotFound(f"There is no child {child_id}.")
