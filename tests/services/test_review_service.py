"""services/review.py: when a review is due, starting and resuming it, what finishing it saves, content
packs first, and the export (issue 17, item 6)."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from familysafe.core.answers import QuizAnswer, ReflectAnswer
from familysafe.core.content import Library, LoadedPack
from familysafe.core.models import Family
from familysafe.core.review import ReviewActivity, is_review_id
from familysafe.services import review
from familysafe.services.exporting import export_data, write_export
from review_helpers import finish_year, first_choices

DAY = 86400


@pytest.fixture
def child(svc: Any, clock: Any) -> Any:
    kid = finish_year(svc, clock)
    clock.advance(13 * DAY)  # the year was done yesterday: today is one cadence period (14 days) after it
    return kid


def test_no_review_while_the_year_goes_on(svc: Any, clock: Any) -> None:
    svc.save_family(Family(name="Review", setup_step="done"))
    kid = svc.add_child("Child C", "8-10", "fox")
    clock.advance(400 * DAY)
    st = review.status(svc, kid)
    assert st.year_done is None and not st.due and st.next_date is None


def test_one_review_each_cadence_period_and_never_a_backlog(svc: Any, clock: Any, child: Any) -> None:
    st = review.status(svc, child)
    assert st.due and st.next_date == clock.now().date() and st.done == 0
    clock.advance(-1 * DAY)
    assert not review.status(svc, child).due  # the day before the period starts
    clock.advance(1 * DAY)
    review.open_review(svc, child).play_to_end(first_choices)
    st = review.status(svc, child)
    assert not st.due and (st.next_date - clock.now().date()).days == 14 and st.done == 1
    clock.advance(13 * DAY)
    assert not review.status(svc, child).due
    clock.advance(1 * DAY)
    assert review.status(svc, child).due
    # Away for five months: one review is waiting, not ten.
    clock.advance(150 * DAY)
    assert review.status(svc, child).due
    review.open_review(svc, child).play_to_end(first_choices)
    st = review.status(svc, child)
    assert not st.due and st.done == 2 and st.next_date is not None and st.next_date > clock.now().date()
    # The clock turned back a month: nothing becomes due.
    clock.set_wall(clock.now().replace(month=clock.now().month - 1 if clock.now().month > 1 else 12))
    assert not review.status(svc, child).due
    assert [s.activity_id for s in svc.store.sessions.for_child(child.id) if is_review_id(s.activity_id)] == [
        "review-8-10-1",
        "review-8-10-2",
    ]


def test_a_review_resumes_as_it_was_built_after_a_kill(
    svc: Any, clock: Any, store: Any, library: Any, child: Any
) -> None:
    s = review.open_review(svc, child)
    built = s.activity.model_dump(mode="json")
    s.answer("remember", QuizAnswer({"q1": 1}))
    s.next()
    # Begun, it can always be carried on, even with the clock turned back before its day.
    clock.advance(-20 * DAY)
    st = review.status(svc, child)
    assert st.in_progress and st.due and st.next_date is not None and st.next_date > clock.now().date()
    clock.advance(20 * DAY)
    # Killed: no leave(). The next day the recall boxes have moved (another session's cards).
    clock.advance(DAY)
    for item in store.recall.for_child(child.id)[:5]:
        svc.answer_recall(child, item.key, True)
    from familysafe.services.family import FamilyService

    again = review.open_review(FamilyService(store, library, clock), child)
    assert again.resumed and again.current_index == 1
    assert again.activity.model_dump(mode="json") == built
    assert again.answers["remember"] == QuizAnswer({"q1": 1})
    assert again.record.id == s.record.id


def test_a_damaged_saved_review_is_kept_and_a_new_one_starts(svc: Any, store: Any, child: Any) -> None:
    s = review.open_review(svc, child)
    assert s.record.id is not None
    store.sessions.save_progress(s.record.id, {**s.snapshot(), "review": {"id": "nonsense"}}, 0, 0)
    again = review.open_review(svc, child)
    assert not again.resumed and again.record.id != s.record.id
    assert isinstance(again.activity, ReviewActivity) and again.activity.id == "review-8-10-1"
    old = store.sessions.get(s.record.id)
    assert old is not None and old.status == "abandoned"


def test_finishing_moves_the_cards_rewrites_a_pledge_and_keeps_the_old_words(svc: Any, store: Any, child: Any) -> None:
    s = review.open_review(svc, child)
    act = s.activity
    assert isinstance(act, ReviewActivity)
    keys = {q: k for q, k in act.review.recall_keys.items() if k}
    assert keys, "the history has recall cards in low boxes: the review asks about some"
    choices = {q: (0 if i % 2 == 0 else 1) for i, q in enumerate(keys)}
    boxes = {r.key: r.box for r in store.recall.for_child(child.id)}
    cards_before = len(boxes)
    s.answer("remember", QuizAnswer(choices))
    (step1, (pid1, old1)), (step2, (pid2, old2)) = list(act.review.pledges.items())[:2]
    s.answer(step1, ReflectAnswer("  I tell a grown-up\nwhen something online feels wrong.  "))
    s.answer(step2, ReflectAnswer("x" * 301))  # too long for the agreement: kept as it was
    s.play_to_end(lambda step: None)
    after = {r.key: r for r in store.recall.for_child(child.id)}
    for q, key in keys.items():
        assert after[key].box == (min(boxes[key] + 1, 5) if choices[q] == 0 else 1)
    assert len(after) == cards_before  # a review adds no cards of its own
    texts = {p.id: p.text for p in svc.pledges()}
    assert texts[pid1] == "I tell a grown-up when something online feels wrong."
    assert texts[pid2] == old2
    notes = [n.text for n in svc.notes(child) if n.activity_id == act.id]
    assert any(old1 in n and "I tell a grown-up when something online feels wrong." in n for n in notes)
    assert any(old2 in n and "x" * 301 in n for n in notes)
    assert review.changed_pledges(s) == ["I tell a grown-up when something online feels wrong."]
    prog = svc.progress(child)
    assert prog.reviews == 1 and prog.finished == 26


def _pack(tmp_path: Path, library: Any, pack_id: str, unit: int, installed: bool) -> LoadedPack:
    """A pack with one 8-10 activity in `unit` (a copy of a built-in one); `installed`: added by the
    family (an extra in its unit) rather than shipped (a unit of the band's own schedule)."""
    base = library.for_band("8-10")[0]
    folder = tmp_path / pack_id
    folder.mkdir()
    if installed:
        (folder / "installed.json").write_text("{}", encoding="utf-8")
    core = next(lp for lp in library.packs if lp.pack is not None)
    assert core.pack is not None
    pack = core.pack.model_copy(update={"id": pack_id})
    act = base.model_copy(update={"id": f"{pack_id}-extra", "unit": unit, "title": "From the pack"})
    return LoadedPack(folder, pack, [act])


def test_a_school_pack_with_open_units_comes_before_reviews(svc: Any, child: Any, library: Any, tmp_path: Path) -> None:
    assert review.status(svc, child).due
    svc.library = Library([*library.packs, _pack(tmp_path, library, "school", 5, installed=True)])
    st = review.status(svc, child)
    assert not st.due and st.waiting_for_content
    extra = svc.library.activities["school-extra"]
    assert extra.id in [a.id for a in svc.overview(child).todo]  # the overview lists index entries
    svc.open_session(child, extra).play_to_end(first_choices)
    assert review.status(svc, child).due


def test_units_beyond_the_band_come_before_reviews(
    svc: Any, clock: Any, child: Any, library: Any, tmp_path: Path
) -> None:
    svc.library = Library([*library.packs, _pack(tmp_path, library, "next-year", 27, installed=False)])
    st = review.status(svc, child)
    assert st.year_done is None and not st.due
    nxt = svc.overview(child).next_unlock
    assert nxt is not None and nxt.unit == 27  # it opens on the band's own schedule
    clock.advance(400 * DAY)
    svc.refresh_unlocks(child)
    assert [a.id for a in svc.overview(child).todo] == ["next-year-extra"]
    assert not review.status(svc, child).due
    svc.open_session(child, svc.library.activities["next-year-extra"]).play_to_end(first_choices)
    st = review.status(svc, child)
    today = clock.now().date()
    assert st.year_done == today and not st.due and st.next_date == today + timedelta(days=14)


def test_the_export_holds_a_review_as_such(svc: Any, store: Any, child: Any, tmp_path: Path) -> None:
    review.open_review(svc, child).play_to_end(first_choices)
    data = export_data(store)
    sessions = data["children"][0]["sessions"]
    rev = [s for s in sessions if s["activity_id"] == "review-8-10-1"]
    assert len(rev) == 1 and rev[0]["status"] == "done"
    assert rev[0]["snapshot"]["review"]["title"] == "Review time"
    assert {s["step_id"] for s in rev[0]["steps"]} >= {"remember", "who-to-tell"}
    folder = write_export(store, tmp_path)
    with (folder / "sessions.csv").open(encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["activity_id"] == "review-8-10-1"]
    assert len(rows) == 1 and json.loads(rows[0]["snapshot"])["review"]["id"] == "review-8-10-1"
    assert "review session" in (folder / "README.txt").read_text(encoding="utf-8")
