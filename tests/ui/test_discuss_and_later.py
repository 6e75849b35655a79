"""`discuss: true` questions (feedback, no right or wrong, not scored) and `later:` lists (shown in
the activity step, saved with its answer, listed for the grown-up at the end), on a synthetic pack."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from familysafe.core import content as c
from familysafe.core.answers import ChecklistAnswer
from familysafe.core.models import Family
from familysafe.core.session import Answer, later_items, quiz_result
from familysafe.ui import theme
from familysafe.ui.steps import ChecklistView, QuizView

pytestmark = pytest.mark.usefixtures("qapp")

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pack"
LATER = ["Check every app's privacy settings together.", "Turn on two-step login for email."]


def discuss_question(qid: str = "first") -> dict[str, Any]:
    return {
        "id": qid,
        "text": "Which would you do first, and why?",
        "discuss": True,
        "options": [
            {"text": "Tell a grown-up.", "feedback": "Telling first means help comes quickly."},
            {"text": "Take a screenshot.", "feedback": "Keeping the proof helps a report later."},
            {"text": "Block them.", "feedback": "Once the proof is kept, blocking stops the messages."},
        ],
    }


def pack_with_extras(tmp_path: Path, only_discuss: bool = False) -> Path:
    dest = tmp_path / "pack"
    shutil.copytree(FIXTURE, dest)
    f = dest / "activities/8-10/u01-test.yaml"
    d = yaml.safe_load(f.read_text(encoding="utf-8"))
    quiz = next(s for s in d["steps"] if s["kind"] == "quiz")
    quiz["questions"] = [discuss_question()] if only_discuss else [*quiz["questions"], discuss_question()]
    next(s for s in d["steps"] if s["kind"] == "activity")["later"] = LATER
    f.write_text(yaml.safe_dump(d, sort_keys=False), encoding="utf-8")
    return dest


def activity(tmp_path: Path, only_discuss: bool = False) -> c.Activity:
    lp = c.load_pack(pack_with_extras(tmp_path, only_discuss))
    assert lp.problems == []
    return lp.activities[0]


def step_of(a: c.Activity, kind: str) -> Any:
    return next(s for s in a.steps if s.kind == kind)


# ---------------------------------------------------------------- the rules, without Qt


def test_quiz_result_scores_only_questions_with_a_right_answer(tmp_path: Path) -> None:
    quiz = step_of(activity(tmp_path), "quiz")
    assert quiz_result(quiz, {"q1": 0}) is None  # not finished
    assert quiz_result(quiz, {"q1": 0, "first": 2}) is True  # any choice at a discuss question
    assert quiz_result(quiz, {"q1": 1, "first": 0}) is False
    only = step_of(activity(tmp_path / "b", only_discuss=True), "quiz")
    assert quiz_result(only, {"first": 1}) is None  # nothing to score


def test_later_items_come_from_the_saved_answer(tmp_path: Path) -> None:
    a = activity(tmp_path)
    sid = step_of(a, "activity").id
    assert later_items(a, {}) == [(LATER[0], False), (LATER[1], False)]
    assert later_items(a, {sid: Answer({"ticked": [0], "later": [1, "x", 7]}, None)}) == [
        (LATER[0], False),
        (LATER[1], True),
    ]


# ---------------------------------------------------------------- the views


def test_a_discuss_question_shows_feedback_without_right_or_wrong(qtbot: Any, tmp_path: Path) -> None:
    view = QuizView(step_of(activity(tmp_path, only_discuss=True), "quiz"))
    qtbot.addWidget(view)
    view.show()
    got: list[Any] = []
    view.answered.connect(lambda *a: got.append(a))
    assert any(
        "No single right answer" in w.text()
        for w in view.findChildren(QWidget)
        if hasattr(w, "text") and isinstance(w.text(), str)
    )
    qtbot.mouseClick(view.groups["first"].buttons()[2], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.feedback["first"].isVisible())
    text = view.feedback["first"].plain
    assert text == "Once the proof is kept, blocking stops the messages."
    assert "Yes!" not in text and "think again" not in text
    assert got[-1][1].score(view.step) is None  # not scored


def test_the_later_list_is_shown_under_a_heading_and_saved(qtbot: Any, tmp_path: Path) -> None:
    view = ChecklistView(step_of(activity(tmp_path), "activity"))
    qtbot.addWidget(view)
    view.show()
    got: list[Any] = []
    view.answered.connect(lambda *a: got.append(a))
    assert view.later_heading.isVisible() and view.later_heading.text() == "To do together later"
    assert [b.check_text() for b in view.later_boxes] == LATER
    assert "To do together later" in view.speakable()
    qtbot.mouseClick(view.later_boxes[1], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(got))
    assert got[-1][1] == ChecklistAnswer((), (1,))
    assert got[-1][1].to_json() == {"ticked": [], "later": [1]}  # saved as before
    again = ChecklistView(step_of(activity(tmp_path / "b"), "activity"))
    qtbot.addWidget(again)
    again.restore(ChecklistAnswer.from_json({"ticked": [0], "later": [1, 9, "x"]}))  # type: ignore[arg-type]
    assert [b.isChecked() for b in again.later_boxes] == [False, True]


def test_a_step_without_later_shows_no_heading(qtbot: Any) -> None:
    a = c.load_pack(FIXTURE).activities[0]
    view = ChecklistView(step_of(a, "activity"))
    qtbot.addWidget(view)
    view.show()
    assert not view.later_heading.isVisible() and view.later_boxes == []


# ---------------------------------------------------------------- a whole session


def test_later_is_saved_with_the_activity_and_listed_for_the_grown_up(
    qtbot: Any, svc: Any, store: Any, clock: Any, tmp_path: Path
) -> None:
    from familysafe.core.help import load_child_help, load_contacts
    from familysafe.resources import asset
    from familysafe.ui.main_window import MainWindow
    from session_helpers import click, play_to_end

    lib = c.Library([c.load_pack(pack_with_extras(tmp_path))])
    svc = type(svc)(store, lib, clock)  # the family service, on the synthetic pack
    svc.save_family(Family(name="Test", setup_step="done"))
    child = svc.add_child("Child A", "8-10", "fox")
    theme.apply(QApplication.instance(), "light", 1.0)  # type: ignore[arg-type]
    win = MainWindow(
        svc, load_contacts(asset("help", "contacts.yaml")), load_child_help(asset("help", "child-help.yaml"))
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    click(qtbot, win.home.cards[0].start_buttons[0][1])
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.session)
    screen = win.session
    while not isinstance(screen.view, ChecklistView):
        if isinstance(screen.view, QuizView):
            for group in screen.view.groups.values():
                click(qtbot, group.buttons()[0])
        click(qtbot, screen.next_btn)
    click(qtbot, screen.view.later_boxes[0])
    play_to_end(qtbot, win)
    end = screen.end
    assert end.later.isVisible()
    assert end.later_text.plain.splitlines() == [f"- {LATER[0]} (done)", f"- {LATER[1]}"]
    sid = next(s for s in svc.store.sessions.for_child(child.id) if s.status == "done").id
    saved = {r.step_id: r for r in svc.store.sessions.step_results(sid)}
    assert saved["check"].answer["later"] == [0]
    # The quiz's discuss question did not change the score: q1 was answered right.
    assert svc.progress(child).quiz_by_strand["relationships"] == (1, 1)
    win.close()
