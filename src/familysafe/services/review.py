"""Review sessions after a band's year (issue 17, item 6): when one is due, starting or resuming it, and
what finishing it saves. No Qt.

A review is an ordinary session row whose activity id is ``review-<band>-<n>`` (no schema change). The
activity built for it (core/review.py) is kept in the session's snapshot under ``"review"``, so a resume
after a kill plays exactly what was started, whatever changed meanwhile (the date, the recall boxes,
the language). Content comes first: while any activity is open and not finished (a school's pack, a
future year's units), no review is due.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from familysafe.core import recall
from familysafe.core.models import Child, Note, SessionRecord

# Only the rules of when at import: the home screen asks for a child's status at its first paint, and
# the builder (core/review.py) is pydantic models; the functions that build or read a review import it,
# and the answers' types (core/answers.py) and the session (services/sessions.py) likewise.
from familysafe.core.review_dates import is_review_id, next_review_date, review_band, review_seed
from familysafe.core.text import text_problem

if TYPE_CHECKING:
    from familysafe.core.review import History, ReviewActivity, ReviewWords
    from familysafe.services.family import FamilyService
    from familysafe.services.sessions import Session

SNAPSHOT_KEY = "review"
PLEDGE_MAX = 300  # a pledge is one short line (core.content.model.Short)


@dataclass(frozen=True)
class ReviewStatus:
    """Where a child stands with review sessions in their current band."""

    year_done: date | None  # the day the band's last unit was finished; None while the year goes on
    due: bool  # a review can be started now (or one is in progress)
    in_progress: bool  # a review was started and not finished: "Carry on"
    next_date: date | None  # when the next one is due (today or earlier when due); None before the year is done
    done: int  # reviews finished in this band
    waiting_for_content: bool = False  # the year is done, but open activities (a pack's) come first


def _reviews(svc: FamilyService, child: Child) -> tuple[list[SessionRecord], list[SessionRecord]]:
    """The child's finished and unfinished review sessions of the current band."""
    rows = [s for s in svc.store.sessions.for_child(svc._id(child)) if review_band(s.activity_id) == child.age_band]
    return [s for s in rows if s.status == "done"], [s for s in rows if s.status == "in_progress"]


def year_done(svc: FamilyService, child: Child) -> date | None:
    """The day the child finished the last of their band's units, or None while some are not finished."""
    total = svc.core_units().get(child.age_band, 0)
    units = svc.finished_unit_dates(child)
    if total < 1 or set(units) != set(range(1, total + 1)):
        return None
    return max(units.values()).date()


def status(svc: FamilyService, child: Child) -> ReviewStatus:
    """Whether a review is due for the child today, and when the next one comes.

    One per cadence period after the year was done (core.review.next_review_date), counted on the
    injected clock; an unfinished review is always due (to carry on); and while the child has an open
    activity not finished (a content pack's), that comes first and no new review is due.
    """
    done_on = year_done(svc, child)
    finished, open_rows = _reviews(svc, child)
    if done_on is None:
        return ReviewStatus(None, bool(open_rows), bool(open_rows), None, len(finished))
    dates = [s.finished.date() for s in finished if s.finished is not None]
    nxt = next_review_date(done_on, svc.cadence(), dates)
    today = svc.clock.now().date()
    waiting = bool(svc.overview(child).todo)
    due = bool(open_rows) or (nxt <= today and not waiting)
    return ReviewStatus(done_on, due, bool(open_rows), nxt, len(finished), waiting)


def history(svc: FamilyService, child: Child) -> History:
    """What the child's reviews are built from: each activity finished (its latest run's answers, oldest
    first), the recall cards and the child's own pledges."""
    from familysafe.core.review import FinishedActivity, History
    cid = svc._id(child)
    latest: dict[str, SessionRecord] = {}
    for s in svc.store.sessions.for_child(cid):
        if s.status == "done" and s.id is not None and s.activity_id in svc.library.activities:
            prev = latest.get(s.activity_id)
            if prev is None or (s.finished or s.started, s.id) >= (prev.finished or prev.started, prev.id or 0):
                latest[s.activity_id] = s
    finished = []
    for act_id, s in sorted(latest.items(), key=lambda kv: (kv[1].finished or kv[1].started, kv[0])):
        assert s.id is not None
        answers = {r.step_id: r.answer for r in svc.store.sessions.step_results(s.id)}
        finished.append(FinishedActivity(svc.library.activities[act_id], answers))
    return History(child.age_band, finished, svc.store.recall.for_child(cid), svc.store.pledges.for_child(cid))


def open_review(svc: FamilyService, child: Child, words: ReviewWords | None = None) -> Session:
    """Carry on the child's unfinished review, or build and start the next one (through the ordinary
    session machinery, FamilyService.open_session). A review whose saved activity cannot be read is
    kept as abandoned and a new one starts."""
    from pydantic import ValidationError

    from familysafe.core.review import ReviewActivity, ReviewWords, build_review

    w = words or ReviewWords()
    _finished, open_rows = _reviews(svc, child)
    for rec in open_rows:
        saved = rec.snapshot.get(SNAPSHOT_KEY) if isinstance(rec.snapshot, dict) else None
        try:
            activity = ReviewActivity.model_validate(saved)
        except ValidationError:
            if rec.id is not None:
                svc.store.sessions.abandon(rec.id, svc.clock.now())
            continue
        if activity.id == rec.activity_id:
            return _open(svc, child, activity, w)
        if rec.id is not None:
            svc.store.sessions.abandon(rec.id, svc.clock.now())
    number = len(_finished) + 1
    seed = review_seed(svc._id(child), child.age_band, number, svc.clock.now().date())
    activity = build_review(history(svc, child), number, seed, w)
    return _open(svc, child, activity, w)


def _open(svc: FamilyService, child: Child, activity: ReviewActivity, words: ReviewWords) -> Session:
    keep = {SNAPSHOT_KEY: activity.model_dump(mode="json")}
    return svc.open_session(child, activity, keep=keep, on_finish=lambda s, now: _finish(s, now, words))


def _finish(session: Session, now: datetime, words: ReviewWords) -> None:
    """Inside the finishing transaction: move the recall cards asked, and rewrite the pledges changed
    (the old words go into a note, so nothing is lost)."""
    from familysafe.core.answers import QuizAnswer, ReflectAnswer
    from familysafe.core.review import ReviewActivity

    activity = session.activity
    assert isinstance(activity, ReviewActivity)
    svc = session._svc
    store = svc.store
    cid = svc._id(session.child)
    answers = session.answers
    today = now.date()
    cards = {r.key: r for r in store.recall.for_child(cid)}
    quiz = answers.get("remember")
    if isinstance(quiz, QuizAnswer):
        for qid, key in activity.review.recall_keys.items():
            picked = quiz.choices.get(qid)
            if key and key in cards and isinstance(picked, int):
                store.recall.upsert(recall.review(cards[key], picked == 0, today))
    pledges = {p.id: p for p in store.pledges.for_child(cid)}
    for step_id, (pledge_id, _built_with) in activity.review.pledges.items():
        ans = answers.get(step_id)
        new = " ".join(ans.note.split()) if isinstance(ans, ReflectAnswer) else ""
        current = pledges.get(pledge_id)
        if not new or current is None or new == current.text:
            continue
        if len(new) > PLEDGE_MAX or text_problem(new):
            # Not a promise the agreement can hold (too long, or unreadable characters): keep the words.
            note = words.pledge_kept_note.replace("{old}", current.text).replace("{new}", new)
        else:
            store.pledges.update_text(pledge_id, new)
            note = words.pledge_changed_note.replace("{old}", current.text).replace("{new}", new)
        store.notes.add(Note(cid, note, now, activity.id, step_id))


def changed_pledges(session: Session) -> list[str]:
    """The new words of the pledges a finished review rewrote (for its end page)."""
    if not is_review(session):
        return []
    from familysafe.core.answers import ReflectAnswer
    from familysafe.core.review import ReviewActivity

    activity = session.activity
    assert isinstance(activity, ReviewActivity)
    out = []
    for step_id, (_pledge_id, old) in activity.review.pledges.items():
        ans = session.answers.get(step_id)
        new = " ".join(ans.note.split()) if isinstance(ans, ReflectAnswer) else ""
        if new and new != old and len(new) <= PLEDGE_MAX and not text_problem(new):
            out.append(new)
    return out


def is_review(session: Any) -> bool:
    """Whether a session plays a review."""
    activity_id = getattr(getattr(session, "activity", None), "id", None)
    return isinstance(activity_id, str) and is_review_id(activity_id)
