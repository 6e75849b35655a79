"""The child's side of a step, one view per step kind. Views show and report; the session decides.

Each view is registered in `VIEWS` by its step kind and reports a typed answer (core.answers): see
docs/architecture.md, *A new step kind*.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from familysafe.core import content as c
from familysafe.core.answers import (
    ChecklistAnswer,
    PledgeAnswer,
    QuizAnswer,
    ReflectAnswer,
    ScenarioAnswer,
    StepAnswer,
    StoryAnswer,
)
from familysafe.ui.speech import Speaker
from familysafe.ui.widgets import Picture, TextBlock, button, label


class StepView(QWidget):
    """Base of the step views: the picture, the child's text, and the kind's own controls."""

    # step id, the answer (a core.answers.StepAnswer of the step's kind; the session scores it)
    answered = Signal(str, object)

    def __init__(self, step: c.Step, speaker: Speaker | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.speaker = speaker
        self.speak_buttons: list[QToolButton] = []
        self.lay = QVBoxLayout(self)
        self.lay.setContentsMargins(0, 0, 0, 0)
        self.lay.setSpacing(14)
        top = QHBoxLayout()
        self.picture = Picture("pictures", step.picture, 150)
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self.child_text = TextBlock(step.child, "childText")
        top.addWidget(self.child_text, 1)
        top.addWidget(self.speak_button(lambda: self.step.child), 0, Qt.AlignmentFlag.AlignTop)
        self.lay.addLayout(top)
        self.build()
        self.lay.addStretch(1)

    def speak_button(self, text: Callable[[], str]) -> QToolButton:
        """A speaker button that reads a child text aloud; hidden where the computer cannot speak."""
        b = QToolButton()
        b.setText("🔊")
        b.setObjectName("speak")
        b.setAccessibleName(self.tr("Read aloud"))
        b.setToolTip(self.tr("Read this aloud (Ctrl+R reads the whole step)"))
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        b.clicked.connect(lambda: self.speaker.say(text()) if self.speaker else None)
        b.setVisible(bool(self.speaker and self.speaker.available))
        self.speak_buttons.append(b)
        return b

    def with_speaker(self, widget: QWidget, text: Callable[[], str]) -> QHBoxLayout:
        """A row of a child text and its speaker button."""
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        row.addWidget(self.speak_button(text), 0, Qt.AlignmentFlag.AlignTop)
        return row

    def build(self) -> None:
        """Add the kind's own controls (none for talk)."""

    def restore(self, answer: StepAnswer) -> None:
        """Show an answer saved earlier, without reporting it again."""

    def speakable(self) -> str:
        """Everything on screen for the child, as plain text (for read-aloud and tests)."""
        return self.step.child


class TalkView(StepView):
    pass


class StoryView(StepView):
    """A story in pages, turned with its own buttons; the page reached is saved."""

    def build(self) -> None:
        assert isinstance(self.step, c.StoryStep)
        self.page = 0
        self.page_picture = Picture("pictures", "", 180)
        self.page_text = TextBlock("", "childText")
        row = QHBoxLayout()
        row.addWidget(self.page_picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.page_text, 1)
        row.addWidget(self.speak_button(lambda: self.page_text.plain), 0, Qt.AlignmentFlag.AlignTop)
        self.lay.addLayout(row)
        nav = QHBoxLayout()
        self.prev_btn = button(self.tr("◀ Page back"), self.tr("Previous page"))
        self.page_label = label("", "muted")
        self.next_btn = button(self.tr("Next page ▶"), self.tr("Next page"), "primary")
        self.prev_btn.clicked.connect(lambda: self.show_page(self.page - 1, report=True))
        self.next_btn.clicked.connect(lambda: self.show_page(self.page + 1, report=True))
        nav.addWidget(self.prev_btn)
        nav.addStretch(1)
        nav.addWidget(self.page_label)
        nav.addStretch(1)
        nav.addWidget(self.next_btn)
        self.lay.addLayout(nav)
        self.show_page(0)

    def show_page(self, n: int, report: bool = False) -> None:
        """Turn to page n (clamped)."""
        assert isinstance(self.step, c.StoryStep)
        pages = self.step.pages
        self.page = max(0, min(n, len(pages) - 1))
        p = pages[self.page]
        self.page_picture.set_name(p.picture)
        self.page_text.set_content(p.text)
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(len(pages)))
        )
        self.prev_btn.setEnabled(self.page > 0)
        self.next_btn.setEnabled(self.page < len(pages) - 1)
        if report:
            self.answered.emit(self.step.id, StoryAnswer(self.page))

    def restore(self, answer: StepAnswer) -> None:
        if isinstance(answer, StoryAnswer):
            self.show_page(answer.page)

    def speakable(self) -> str:
        assert isinstance(self.step, c.StoryStep)
        return self.step.pages[self.page].text


class QuizView(StepView):
    """Questions with choices; choosing shows the feedback for that choice. A change of mind is fine."""

    def build(self) -> None:
        assert isinstance(self.step, c.QuizStep)
        self.choices: dict[str, int] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.feedback: dict[str, TextBlock] = {}
        for q in self.step.questions:
            spoken = f"{q.text} " + " ".join(o.text for o in q.options)
            self.lay.addLayout(self.with_speaker(label(q.text, "subtitle"), functools.partial(str, spoken)))
            if q.discuss:
                self.lay.addWidget(label(self.tr("No single right answer: talk about it together."), "muted"))
            group = QButtonGroup(self)
            group.setExclusive(True)
            for i, o in enumerate(q.options):
                b = QPushButton(o.text)
                b.setObjectName("choice")
                b.setCheckable(True)
                b.setAccessibleName(o.text)
                b.setAccessibleDescription(self.tr("Answer to: %1").replace("%1", q.text))
                b.setCursor(Qt.CursorShape.PointingHandCursor)
                group.addButton(b, i)
                self.lay.addWidget(b)
            group.idClicked.connect(lambda i, q=q: self.choose(q.id, i))
            fb = TextBlock("", "childText")
            fb.setVisible(False)
            self.lay.addWidget(fb)
            self.groups[q.id], self.feedback[q.id] = group, fb

    def choose(self, question_id: str, index: int, report: bool = True) -> None:
        """Pick an option of a question and show its feedback."""
        assert isinstance(self.step, c.QuizStep)
        q = next(q for q in self.step.questions if q.id == question_id)
        o = q.options[index]
        self.choices[question_id] = index
        btn = self.groups[question_id].button(index)
        if btn is not None and not btn.isChecked():
            btn.setChecked(True)
        fb = self.feedback[question_id]
        if q.discuss:  # no single right answer: the feedback talks about this choice, never right or wrong
            fb.set_content(o.feedback)
        else:
            mark = self.tr("Yes!") if o.correct else self.tr("Let's think again.")
            fb.set_content(f"{mark} {o.feedback}" if not o.feedback.startswith(mark) else o.feedback)
        fb.setVisible(True)
        if report:
            self.answered.emit(self.step.id, QuizAnswer(dict(self.choices)))

    def speakable(self) -> str:
        assert isinstance(self.step, c.QuizStep)
        parts = [self.step.child]
        for q in self.step.questions:
            parts += [q.text, *(o.text for o in q.options)]
        return "\n".join(parts)

    def restore(self, answer: StepAnswer) -> None:
        assert isinstance(self.step, c.QuizStep)
        sizes = {q.id: len(q.options) for q in self.step.questions}
        if isinstance(answer, QuizAnswer):
            for qid, i in answer.choices.items():
                # An answer saved before the content changed may point past the options now there.
                if qid in self.groups and isinstance(i, int) and 0 <= i < sizes[qid]:
                    self.choose(qid, i, report=False)


class ScenarioView(StepView):
    """A branching story: each choice shows its feedback and moves on, until an ending."""

    def build(self) -> None:
        assert isinstance(self.step, c.ScenarioStep)
        self.nodes = {n.id: n for n in self.step.nodes}
        self.path: list[int] = []
        self.node_text = TextBlock("", "childText")
        self.feedback = TextBlock("", "childText")
        self.feedback.setObjectName("good")
        self.lay.addWidget(self.feedback)
        self.lay.addLayout(self.with_speaker(self.node_text, self.speakable))
        self.choice_box = QVBoxLayout()
        self.lay.addLayout(self.choice_box)
        self.again = button(self.tr("Try it another way"), object_name="")
        self.again.clicked.connect(self.reset)
        self.lay.addWidget(self.again, 0, Qt.AlignmentFlag.AlignLeft)
        self.reset(report=False)

    def current(self) -> c.Node:
        """The node the path has reached."""
        assert isinstance(self.step, c.ScenarioStep)
        node = self.nodes[self.step.start]
        for i in self.path:
            node = self.nodes[node.choices[i].next]
        return node

    def reset(self, report: bool = True) -> None:
        """Start the story again from the beginning."""
        self.path = []
        self.feedback.set_content("")
        self.feedback.setVisible(False)
        self.show_node()
        if report:
            self.answered.emit(self.step.id, ScenarioAnswer())

    def pick(self, index: int, report: bool = True) -> None:
        """Choose an option at the current node."""
        node = self.current()
        if node.end or not 0 <= index < len(node.choices):
            return
        self.feedback.set_content(node.choices[index].feedback)
        self.feedback.setVisible(True)
        self.path.append(index)
        self.show_node()
        if report:
            ended = self.current().end
            self.answered.emit(self.step.id, ScenarioAnswer(tuple(self.path), ended))

    def show_node(self) -> None:
        """Show the current node and its choices."""
        while self.choice_box.count():
            item = self.choice_box.takeAt(0)
            w = item.widget() if item else None
            if w is not None:
                w.deleteLater()
        node = self.current()
        self.node_text.set_content(node.text)
        for i, ch in enumerate(node.choices):
            b = QPushButton(ch.text)
            b.setObjectName("choice")
            b.setAccessibleName(ch.text)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.clicked.connect(lambda _=False, i=i: self.pick(i))
            self.choice_box.addWidget(b)
        self.again.setVisible(node.end)

    def restore(self, answer: StepAnswer) -> None:
        if isinstance(answer, ScenarioAnswer):
            self.path = []
            for i in answer.path:
                self.pick(i, report=False)

    def speakable(self) -> str:
        parts = [self.feedback.plain, self.current().text, *(ch.text for ch in self.current().choices)]
        return "\n".join(p for p in parts if p)


class ChecklistView(StepView):
    """Things to do together, ticked off as they are done."""

    def build(self) -> None:
        assert isinstance(self.step, c.ActivityStep)
        self.boxes: list[QCheckBox] = []
        items = list(self.step.checklist)
        self.lay.addWidget(self.speak_button(lambda: ". ".join(items)), 0, Qt.AlignmentFlag.AlignRight)
        for item in self.step.checklist:
            cb = QCheckBox(item)
            cb.setObjectName("childCheck")
            cb.setAccessibleName(item)
            cb.toggled.connect(self._changed)
            self.boxes.append(cb)
            self.lay.addWidget(cb)
        # Big tasks moved out of the 15 minutes: ticked when done, saved with this step's answer.
        self.later_boxes: list[QCheckBox] = []
        later = list(self.step.later or [])
        self.later_heading = label(self.tr("To do together later"), "subtitle")
        self.later_heading.setVisible(bool(later))
        self.lay.addWidget(self.later_heading)
        for item in later:
            cb = QCheckBox(item)
            cb.setObjectName("childCheck")
            cb.setAccessibleName(item)
            cb.setAccessibleDescription(self.tr("To do together later"))
            cb.toggled.connect(self._changed)
            self.later_boxes.append(cb)
            self.lay.addWidget(cb)

    def speakable(self) -> str:
        assert isinstance(self.step, c.ActivityStep)
        later = [self.tr("To do together later"), *self.step.later] if self.step.later else []
        return "\n".join([self.step.child, *self.step.checklist, *later])

    def _changed(self) -> None:
        ticked = tuple(i for i, b in enumerate(self.boxes) if b.isChecked())
        later = tuple(i for i, b in enumerate(self.later_boxes) if b.isChecked()) if self.later_boxes else None
        self.answered.emit(self.step.id, ChecklistAnswer(ticked, later))

    def restore(self, answer: StepAnswer) -> None:
        if isinstance(answer, ChecklistAnswer):
            for i in answer.later or ():
                if 0 <= i < len(self.later_boxes):
                    self.later_boxes[i].blockSignals(True)
                    self.later_boxes[i].setChecked(True)
                    self.later_boxes[i].blockSignals(False)
            for i in answer.ticked:
                if 0 <= i < len(self.boxes):
                    self.boxes[i].blockSignals(True)
                    self.boxes[i].setChecked(True)
                    self.boxes[i].blockSignals(False)


class PledgeView(StepView):
    """A promise to agree to together; agreeing adds it to the family agreement. Not yet is fine too.

    When the step carries a grown-up's pledge, it is offered to the grown-up once the child has
    answered (issue 19); the answer then says whether the grown-up promised too.
    """

    def build(self) -> None:
        assert isinstance(self.step, c.PledgeStep)
        self._agreed: bool | None = None
        self._grown_up: bool | None = None
        self.pledge_text = TextBlock(f"“{self.step.pledge}”", "childText")
        self.lay.addLayout(self.with_speaker(self.pledge_text, lambda: self.pledge_text.plain))
        row = QHBoxLayout()
        self.agree = button(self.tr("We agree"), object_name="primary")
        self.not_yet = button(
            self.tr("Not yet"), tip=self.tr("That's fine: you can talk about it another day.")
        )
        self.agree.clicked.connect(lambda: self.set_agreed(True))
        self.not_yet.clicked.connect(lambda: self.set_agreed(False))
        row.addWidget(self.agree)
        row.addWidget(self.not_yet)
        row.addStretch(1)
        self.lay.addLayout(row)
        self.status = label("", "good")
        self.lay.addWidget(self.status)
        self.grown_up_box = QWidget()
        self.grown_up_box.setObjectName("grownUpPledge")
        box = QVBoxLayout(self.grown_up_box)
        box.setContentsMargins(0, 8, 0, 0)
        box.addWidget(label(self.tr("And now the grown-up's promise:"), "subtitle"))
        self.grown_up_text = TextBlock(f"“{self.step.grown_up_pledge or ''}”", "childText")
        box.addWidget(self.grown_up_text)
        grow = QHBoxLayout()
        self.grown_up_agree = button(self.tr("I promise"), object_name="primary")
        self.grown_up_not_yet = button(self.tr("Not now"), tip=self.tr("You can make this promise another day."))
        self.grown_up_agree.clicked.connect(lambda: self.set_grown_up(True))
        self.grown_up_not_yet.clicked.connect(lambda: self.set_grown_up(False))
        grow.addWidget(self.grown_up_agree)
        grow.addWidget(self.grown_up_not_yet)
        grow.addStretch(1)
        box.addLayout(grow)
        self.grown_up_status = label("", "good")
        box.addWidget(self.grown_up_status)
        self.lay.addWidget(self.grown_up_box)
        self.grown_up_box.setVisible(False)

    def set_agreed(self, agreed: bool, report: bool = True) -> None:
        """Record the family's answer to the pledge."""
        self._agreed = agreed
        self.status.setText(
            self.tr("Added to your family agreement.")
            if agreed
            else self.tr("That's fine. You can come back to it.")
        )
        assert isinstance(self.step, c.PledgeStep)
        self.grown_up_box.setVisible(bool(self.step.grown_up_pledge))
        if report:
            self.answered.emit(self.step.id, PledgeAnswer(agreed, self._grown_up))

    def set_grown_up(self, promised: bool, report: bool = True) -> None:
        """Record the grown-up's answer to their own pledge."""
        self._grown_up = promised
        self.grown_up_status.setText(
            self.tr("Your promise is in the family agreement too.")
            if promised
            else self.tr("That's fine. You can come back to it.")
        )
        if report:
            self.answered.emit(self.step.id, PledgeAnswer(bool(self._agreed), promised))

    def restore(self, answer: StepAnswer) -> None:
        if isinstance(answer, PledgeAnswer):
            self.set_agreed(answer.agreed, report=False)
            if answer.grown_up is not None:
                self.set_grown_up(answer.grown_up, report=False)

    def speakable(self) -> str:
        assert isinstance(self.step, c.PledgeStep)
        return f"{self.step.child}\n{self.step.pledge}"


class ReflectView(StepView):
    """A question to think about together; the grown-up may type a note."""

    def build(self) -> None:
        assert isinstance(self.step, c.ReflectStep)
        prompt = self.step.prompt
        self.lay.addLayout(self.with_speaker(label(prompt, "subtitle"), lambda: prompt))
        self.lay.addWidget(label(self.tr("A note for the grown-up to keep (optional):"), "muted"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Grown-up's note"))
        self.note.setTabChangesFocus(True)
        self.note.textChanged.connect(self._keep)  # saved as it is typed, so Finish never loses it
        self.note.setMaximumHeight(120)
        self.lay.addWidget(self.note)
        self.save = button(self.tr("Save note"))
        self.save.clicked.connect(self._save)
        self.saved = label("", "good")
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.saved, 1)
        self.lay.addLayout(row)

    def _save(self) -> None:
        text = self.note.toPlainText().strip()
        self.saved.setText(self.tr("Saved.") if text else "")
        self.answered.emit(self.step.id, ReflectAnswer(text))

    def _keep(self) -> None:
        self.saved.setText("")
        self.answered.emit(self.step.id, ReflectAnswer(self.note.toPlainText().strip()))

    def restore(self, answer: StepAnswer) -> None:
        if isinstance(answer, ReflectAnswer):
            self.note.setPlainText(answer.note)

    def speakable(self) -> str:
        assert isinstance(self.step, c.ReflectStep)
        return f"{self.step.child}\n{self.step.prompt}"


# The registry: one view per step kind (tests/core/test_answers.py checks it covers STEP_KINDS).
VIEWS: dict[str, type[StepView]] = {
    "talk": TalkView,
    "story": StoryView,
    "quiz": QuizView,
    "scenario": ScenarioView,
    "activity": ChecklistView,
    "pledge": PledgeView,
    "reflect": ReflectView,
}


def make_view(step: c.Step, speaker: Speaker | None = None) -> StepView:
    """The view for a step of any kind."""
    return VIEWS[step.kind](step, speaker)
