"""Sittings together (issue 18): the `together` and `together_child` tables, and each child's own
`session` row of the sitting. A step is saved for every child it concerns in one transaction."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, cast

from familysafe.core.models import StepResult, TogetherRecord, TogetherSeat
from familysafe.store.errors import RecordNotFound, SessionConflict
from familysafe.store.repos import Row, _iso, _opt_dt, _opt_int, _Repo, dumps


def together_from_row(row: Row) -> TogetherRecord:
    """A TogetherRecord from a `together` row."""
    from datetime import datetime

    return TogetherRecord(
        unit=row["unit"],
        activity_id=row["activity_id"],
        started=datetime.fromisoformat(row["started"]),
        status=row["status"],
        finished=_opt_dt(row["finished"]),
        elapsed_ms=row["elapsed_ms"],
        current_step=row["current_step"],
        snapshot=json.loads(row["snapshot"]),
        id=row["id"],
    )


def seat_from_row(row: Row) -> TogetherSeat:
    """A TogetherSeat from a `together_child` row."""
    return TogetherSeat(row["together_id"], row["child_id"], row["session_id"], row["follow_up"])


def own_snapshot(together_id: int, band: str | None) -> dict[str, Any]:
    """What a child's own session of a sitting keeps: the sitting, and the band the child sat it in."""
    return {"together": together_id} | ({"band": band} if band else {})


class TogetherRepo(_Repo):
    """Sittings together and the children in them."""

    def start(
        self,
        unit: int,
        activity_id: str,
        started: Any,
        snapshot: Mapping[str, Any],
        children: Sequence[tuple[int, str | None]],
        bands: Mapping[int, str] | None = None,
    ) -> tuple[TogetherRecord, list[TogetherSeat]]:
        """Store a new sitting with a session for each (child id, follow-up id), all in one transaction.
        Each child's session keeps the sitting's id and, from `bands`, the age band the child sat in
        (so the unit counts in that band whatever moves come later).

        SessionConflict when a child already has an unfinished session of this activity."""
        snap = dumps(dict(snapshot))
        seats: list[TogetherSeat] = []
        import sqlite3

        try:
            with self._store.transaction():
                tid = cast(
                    int,
                    self._table("together")
                    .insert({"unit": unit, "activity_id": activity_id, "started": _iso(started), "snapshot": snap})
                    .last_rowid,
                )
                for child_id, follow_up in children:
                    sid = cast(
                        int,
                        self._table("session")
                        .insert(
                            {
                                "child_id": child_id,
                                "activity_id": activity_id,
                                "started": _iso(started),
                                "snapshot": dumps(own_snapshot(tid, (bands or {}).get(child_id))),
                                "together_id": tid,
                            }
                        )
                        .last_rowid,
                    )
                    self._table("together_child").insert(
                        {"together_id": tid, "child_id": child_id, "session_id": sid, "follow_up": follow_up}
                    )
                    seats.append(TogetherSeat(tid, child_id, sid, follow_up))
        except sqlite3.IntegrityError as exc:
            if "UNIQUE" in str(exc):
                raise SessionConflict(
                    f"A child already has an unfinished {activity_id} session.", self._store.path
                ) from exc
            raise
        record = TogetherRecord(unit, activity_id, started, snapshot=dict(snapshot), id=tid)
        return record, seats

    def get(self, together_id: int) -> TogetherRecord | None:
        """The sitting with this id, or None."""
        row = self._one("together", "id = ?", (together_id,))
        return None if row is None else together_from_row(row)

    def seats(self, together_id: int) -> list[TogetherSeat]:
        """The children of a sitting, in the order they were seated."""
        rows = self._select(
            "SELECT tc.* FROM together_child tc JOIN session s ON s.id = tc.session_id "
            "WHERE tc.together_id = ? ORDER BY s.id",
            (together_id,),
        )
        return [seat_from_row(r) for r in rows]

    def in_progress(self) -> list[TogetherRecord]:
        """Every unfinished sitting, oldest first."""
        rows = self._where("together", "status = 'in_progress'", (), order_by="started, id")
        return [together_from_row(r) for r in rows]

    def for_child(self, child_id: int) -> list[tuple[TogetherRecord, TogetherSeat]]:
        """Every sitting the child was in, with the child's seat, oldest first."""
        rows = self._select(
            "SELECT t.*, tc.child_id AS seat_child, tc.session_id AS seat_session, tc.follow_up AS seat_follow_up "
            "FROM together t JOIN together_child tc ON tc.together_id = t.id WHERE tc.child_id = ? "
            "ORDER BY t.started, t.id",
            (child_id,),
        )
        return [
            (together_from_row(r), TogetherSeat(r["id"], r["seat_child"], r["seat_session"], r["seat_follow_up"]))
            for r in rows
        ]

    def save_step(
        self,
        together_id: int,
        results: Sequence[StepResult],
        snapshot: Mapping[str, Any],
        current_step: int,
        elapsed_ms: int,
    ) -> None:
        """Save one step for every child it concerns (each result in that child's own session) with the
        sitting's place and time, in one committed transaction: all of it or none of it."""
        snap = dumps(dict(snapshot))
        answers = [(r, dumps(r.answer)) for r in results]  # a value JSON cannot hold fails before writing
        with self._store.transaction():
            for r, answer in answers:
                self._table("step_result").upsert(
                    {
                        "session_id": r.session_id,
                        "step_id": r.step_id,
                        "finished": _iso(r.finished),
                        "answer": answer,
                        "correct": _opt_int(r.correct),
                        "elapsed_ms": r.elapsed_ms,
                    },
                    pk=("session_id", "step_id"),
                )
            self._update_open(together_id, snap, current_step, elapsed_ms)

    def save_progress(self, together_id: int, snapshot: Mapping[str, Any], current_step: int, elapsed_ms: int) -> None:
        """Save the sitting's place and time (the autosave), and each child's session time, atomically."""
        snap = dumps(dict(snapshot))
        with self._store.transaction():
            self._update_open(together_id, snap, current_step, elapsed_ms)

    def finish(
        self, together_id: int, when: Any, snapshot: Mapping[str, Any], elapsed_ms: int, current_step: int
    ) -> None:
        """Mark the sitting and every child's session of it done at `when`."""
        snap = dumps(dict(snapshot))
        with self._store.transaction():
            self._update_open(together_id, snap, current_step, elapsed_ms)
            self._db.execute(
                "UPDATE together SET status = 'done', finished = ? WHERE id = ?", (_iso(when), together_id)
            )
            self._db.execute(
                "UPDATE session SET status = 'done', finished = ? WHERE together_id = ? AND status = 'in_progress'",
                (_iso(when), together_id),
            )

    def abandon(self, together_id: int, when: Any) -> None:
        """Mark an unfinished sitting and its sessions abandoned, keeping what they saved."""
        with self._store.transaction():
            for table, key in (("together", "id"), ("session", "together_id")):
                self._db.execute(
                    f"UPDATE {table} SET status = 'abandoned', finished = ? "  # names are literals
                    f"WHERE {key} = ? AND status = 'in_progress'",
                    (_iso(when), together_id),
                )

    def _update_open(self, together_id: int, snap: str, current_step: int, elapsed_ms: int) -> None:
        cur = self._db.execute(
            "UPDATE together SET snapshot = ?, current_step = ?, elapsed_ms = ? "
            "WHERE id = ? AND status = 'in_progress'",
            (snap, current_step, elapsed_ms, together_id),
        )
        if cur.rowcount != 1:
            row = self._one("together", "id = ?", (together_id,))
            if row is None:
                raise RecordNotFound(f"There is no sitting together {together_id}.", self._store.path)
            raise SessionConflict(
                f"Sitting {together_id} is already {row['status'].replace('_', ' ')}.", self._store.path
            )
        # Each child's own session carries the sitting's time (progress adds up minutes per child).
        self._db.execute(
            "UPDATE session SET elapsed_ms = ?, current_step = ? WHERE together_id = ? AND status = 'in_progress'",
            (elapsed_ms, current_step, together_id),
        )
