"""The child's side of a step, one view per step kind. Views show and report; the session decides.

Each view is registered in `VIEWS` by its step kind and reports a typed answer (core.answers): see
docs/architecture.md, *A new step kind*.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
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
from familysafe.ui.widgets import ChoiceButton, FlowLayout, Picture, TextBlock, WrapCheck, button, label

# "type them in the note", "escríbelos en la nota": a step that asks for a note.
NOTE_WORDS = re.compile(r"\b(note|nota)\b", re.IGNORECASE)


def _first_word(text: str) -> str:
    words = text.split()
    return words[0].strip("¡!¿?.,;:").casefold() if words else ""


def with_mark(mark: str, feedback: str) -> str:
    """The feedback after "Yes!" or "Let's think again.", unless it already starts with the same word
    ("Yes! Yes." and "¡Sí! Sí." never happen)."""
    if not feedback.strip():
        return mark
    if _first_word(feedback) == _first_word(mark) or feedback.startswith(mark):
        return feedback
    return f"{mark} {feedback}"


class StepView(QWidget):
    """Base of the step views: the picture, the child's text, and the kind's own controls."""

    # step id, the answer (a core.answers.StepAnswer of the step's kind; the session scores it)
    answered = Signal(str, object)
    # the controls changed under the keyboard focus (a story choice was replaced): focus the first one
    focus_wanted = Signal()

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
        top.addWidget(self.speak_button(lambda: self.step.child, self.child_text), 0, Qt.AlignmentFlag.AlignTop)
        self.lay.addLayout(top)
        self.build()
        self.lay.addStretch(1)

    def first_control(self) -> QWidget | None:
        """The first control a keyboard user should land on (the speaker buttons come last)."""
        w: QWidget | None = self
        for _ in range(500):
            w = w.nextInFocusChain() if w is not None else None
            if w is None or w is self or not self.isAncestorOf(w):
                break
            if (
                w.isVisibleTo(self)
                and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                and w.objectName() != "speak"
            ):
                return w
        return next((b for b in self.speak_buttons if b.isVisibleTo(self)), None)

    def say(self, segments: list[tuple[TextBlock | None, str]]) -> None:
        """Read texts aloud one after the other, marking each word in its text block as it is spoken."""
        if self.speaker is None:
            return
        spans: list[tuple[TextBlock | None, int, int]] = []
        words: list[str] = []
        for block, text in segments:
            w = block.spoken.split() if block is not None else text.split()
            spans.append((block, len(words), len(words) + len(w)))
            words += w

        def follow(index: int) -> None:
            for block, start, end in spans:
                if block is not None:
                    block.highlight(index - start if start <= index < end else -1)

        self.speaker.say(" ".join(words), follow)

    def read_all(self) -> None:
        """Read the whole step aloud (Ctrl+R)."""
        self.say(self.segments())

    def segments(self) -> list[tuple[TextBlock | None, str]]:
        """The step's texts in reading order, with the blocks that show them."""
        return [(self.child_text, self.step.child)]

    def speak_button(self, text: Callable[[], str], block: TextBlock | None = None) -> QToolButton:
        """A speaker button that reads a child text aloud; hidden where the computer cannot speak."""
        b = QToolButton()
        b.setText("🔊")
        b.setObjectName("speak")
        b.setAccessibleName(self.tr("Read aloud"))
        b.setToolTip(self.tr("Read this aloud (Ctrl+R reads the whole step)"))
        b.setCursor(Qt.CursorShape.PointingHandCursor)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        b.clicked.connect(lambda: self.say([(block, text())]))
        b.setVisible(bool(self.speaker and self.speaker.available))
        self.speak_buttons.append(b)
        return b

    def with_speaker(
        self, widget: QWidget, text: Callable[[], str], block: TextBlock | None = None
    ) -> QHBoxLayout:
        """A row of a child text and its speaker button."""
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        row.addWidget(self.speak_button(text, block), 0, Qt.AlignmentFlag.AlignTop)
        return row

    def choice_row(self, b: ChoiceButton) -> QHBoxLayout:
        """A choice and its own speaker button, for children still learning to read."""
        return self.with_speaker(b, b.choice_text, b.body)

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
        row.addWidget(
            self.speak_button(lambda: self.page_text.plain, self.page_text), 0, Qt.AlignmentFlag.AlignTop
        )
        self.lay.addLayout(row)
        nav_box = QWidget()
        nav = FlowLayout(nav_box, last_right=True)  # wraps in a narrow column at large text sizes
        nav.setContentsMargins(0, 0, 0, 0)
        self.prev_btn = button(self.tr("◀ Page back"), self.tr("Previous page"))
        self.page_label = label("", "muted")
        self.next_btn = button(self.tr("Next page ▶"), self.tr("Next page"), "primary")
        self.prev_btn.clicked.connect(lambda: self.show_page(self.page - 1, report=True))
        self.next_btn.clicked.connect(lambda: self.show_page(self.page + 1, report=True))
        self.page_label.setWordWrap(False)
        for w in (self.prev_btn, self.page_label, self.next_btn):
            nav.addWidget(w)
        self.lay.addWidget(nav_box)
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

    def segments(self) -> list[tuple[TextBlock | None, str]]:
        return [(self.page_text, self.page_text.plain)]


class QuizView(StepView):
    """Questions with choices; choosing shows the feedback for that choice. A change of mind is fine."""

    def build(self) -> None:
        assert isinstance(self.step, c.QuizStep)
        self.choices: dict[str, int] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.feedback: dict[str, TextBlock] = {}
        self.questions: dict[str, TextBlock] = {}
        for q in self.step.questions:
            question = TextBlock(q.text, "subtitle")
            self.questions[q.id] = question
            row = QHBoxLayout()
            row.addWidget(question, 1)
            ask = self.speak_button(lambda: "", None)
            ask.clicked.disconnect()
            ask.clicked.connect(functools.partial(self._read_question, q.id))
            row.addWidget(ask, 0, Qt.AlignmentFlag.AlignTop)
            self.lay.addLayout(row)
            if q.discuss:
                self.lay.addWidget(label(self.tr("No single right answer: talk about it together."), "muted"))
            group = QButtonGroup(self)
            group.setExclusive(True)
            for i, o in enumerate(q.options):
                b = ChoiceButton(o.text)
                b.setCheckable(True)
                b.setAccessibleDescription(self.tr("Answer to: %1").replace("%1", q.text))
                group.addButton(b, i)
                self.lay.addLayout(self.choice_row(b))
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
            fb.set_content(with_mark(mark, o.feedback))
        fb.setVisible(True)
        if report:
            self.answered.emit(self.step.id, QuizAnswer(dict(self.choices)))

    def _read_question(self, question_id: str) -> None:
        self.say(self._question_segments(question_id))

    def _question_segments(self, question_id: str) -> list[tuple[TextBlock | None, str]]:
        q = self.questions[question_id]
        out: list[tuple[TextBlock | None, str]] = [(q, q.plain)]
        for b in self.groups[question_id].buttons():
            if isinstance(b, ChoiceButton):
                out.append((b.body, b.choice_text()))
        return out

    def segments(self) -> list[tuple[TextBlock | None, str]]:
        out = super().segments()
        for qid in self.questions:
            out += self._question_segments(qid)
        return out

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
        row = self.with_speaker(self.node_text, self.speakable)
        self.lay.addLayout(row)
        node_speaker = self.speak_buttons[-1]
        node_speaker.clicked.disconnect()
        node_speaker.clicked.connect(lambda: self.say(self.node_segments()))
        self.choice_box = QVBoxLayout()
        self.choice_buttons: list[ChoiceButton] = []
        self.choice_speakers: list[QToolButton] = []
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
            self.focus_wanted.emit()  # the choice pressed is gone: focus goes to the next ones
            ended = self.current().end
            self.answered.emit(self.step.id, ScenarioAnswer(tuple(self.path), ended))

    def show_node(self) -> None:
        """Show the current node and its choices."""
        for b in self.choice_buttons:
            b.hide()
            b.deleteLater()
        for sb in self.choice_speakers:
            sb.hide()
            sb.deleteLater()
            if sb in self.speak_buttons:
                self.speak_buttons.remove(sb)
        while self.choice_box.count():
            self.choice_box.takeAt(0)
        self.choice_buttons, self.choice_speakers = [], []
        node = self.current()
        self.node_text.set_content(node.text)
        for i, ch in enumerate(node.choices):
            b = ChoiceButton(ch.text)
            b.clicked.connect(lambda _=False, i=i: self.pick(i))
            self.choice_buttons.append(b)
            self.choice_box.addLayout(self.choice_row(b))
            self.choice_speakers.append(self.speak_buttons[-1])
        self.again.setVisible(node.end)

    def node_segments(self) -> list[tuple[TextBlock | None, str]]:
        """The feedback, the story so far and its choices, for read-aloud."""
        out: list[tuple[TextBlock | None, str]] = []
        if self.feedback.isVisibleTo(self) and self.feedback.plain:
            out.append((self.feedback, self.feedback.plain))
        out.append((self.node_text, self.node_text.plain))
        out += [(b.body, b.choice_text()) for b in self.choice_buttons]
        return out

    def segments(self) -> list[tuple[TextBlock | None, str]]:
        return super().segments() + self.node_segments()

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
            cb = WrapCheck(item)
            cb.toggled.connect(self._changed)
            self.boxes.append(cb)
            self.lay.addWidget(cb)
        # Big tasks moved out of the 15 minutes: ticked when done, saved with this step's answer.
        self.later_boxes: list[WrapCheck] = []
        later = list(self.step.later or [])
        self.later_heading = label(self.tr("To do together later"), "subtitle")
        self.later_heading.setVisible(bool(later))
        self.lay.addWidget(self.later_heading)
        for item in later:
            cb = WrapCheck(item)
            cb.setObjectName("childCheck")
            cb.setAccessibleName(item)
            cb.setAccessibleDescription(self.tr("To do together later"))
            cb.toggled.connect(self._changed)
            self.later_boxes.append(cb)
            self.lay.addWidget(cb)
        # A step that asks to "type them in the note" gets a note box (kept like a reflect note).
        self.note: QPlainTextEdit | None = None
        if NOTE_WORDS.search(self.step.child):
            self.lay.addWidget(label(self.tr("A note for the grown-up to keep (optional):"), "muted"))
            self.note = QPlainTextEdit()
            self.note.setAccessibleName(self.tr("Grown-up's note"))
            self.note.setTabChangesFocus(True)
            self.note.setMaximumHeight(120)
            self.note.textChanged.connect(self._changed)
            self.lay.addWidget(self.note)

    def speakable(self) -> str:
        assert isinstance(self.step, c.ActivityStep)
        later = [self.tr("To do together later"), *self.step.later] if self.step.later else []
        return "\n".join([self.step.child, *self.step.checklist, *later])

    def _changed(self) -> None:
        ticked = tuple(i for i, b in enumerate(self.boxes) if b.isChecked())
        later = tuple(i for i, b in enumerate(self.later_boxes) if b.isChecked()) if self.later_boxes else None
        note = self.note.toPlainText().strip() if self.note is not None else None
        self.answered.emit(self.step.id, ChecklistAnswer(ticked, later, note))

    def restore(self, answer: StepAnswer) -> None:
        if isinstance(answer, ChecklistAnswer):
            if self.note is not None and answer.note is not None:
                self.note.blockSignals(True)
                self.note.setPlainText(answer.note)
                self.note.blockSignals(False)
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
        # In a sitting together (issue 18): one tick per child, with their avatar and name (set_people).
        self.people_box = QWidget()
        self.people_box.setObjectName("pledgePeople")
        self.people_lay = QVBoxLayout(self.people_box)
        self.people_lay.setContentsMargins(0, 0, 0, 0)
        self.people_lay.setSpacing(6)
        self.people_box.setVisible(False)
        self.lay.addWidget(self.people_box)
        self.people: list[tuple[int, str, WrapCheck]] = []  # child id, nickname, their tick
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

    def set_people(self, people: list[tuple[int, str, str]]) -> None:
        """Agreement child by child, for a sitting together: (child id, nickname, avatar) for each child
        present, youngest first. Each child ticks that they agree (or the grown-up ticks it for them);
        nobody has to, and the grown-up's own promise is offered at once."""
        assert isinstance(self.step, c.PledgeStep)
        self.agree.setVisible(False)
        self.not_yet.setVisible(False)
        for child_id, nickname, avatar in people:
            row = QHBoxLayout()
            row.addWidget(Picture("avatars", avatar, 40), 0, Qt.AlignmentFlag.AlignVCenter)
            box = WrapCheck(self.tr("%1 agrees").replace("%1", nickname))
            box.toggled.connect(self._ticked)
            row.addWidget(box, 1)
            self.people_lay.addLayout(row)
            self.people.append((child_id, nickname, box))
        self.people_box.setVisible(True)
        self.grown_up_box.setVisible(bool(self.step.grown_up_pledge))
        self._say_who()

    def who(self) -> tuple[int, ...]:
        """The ids of the children ticked as agreeing (a sitting together)."""
        return tuple(cid for cid, _, box in self.people if box.isChecked())

    def _say_who(self) -> None:
        names = [n for _, n, box in self.people if box.isChecked()]
        if not names:
            self.status.setText(self.tr("Nobody has to agree. You can come back to it another day."))
            return
        joined = (
            names[0]
            if len(names) == 1
            else QCoreApplication.translate("Together", "%1 and %2")
            .replace("%1", ", ".join(names[:-1]))
            .replace("%2", names[-1])
        )
        self.status.setText(self.tr("In your family agreement, agreed by %1.").replace("%1", joined))

    def _ticked(self) -> None:
        who = self.who()
        self._agreed = bool(who)
        self._say_who()
        self.answered.emit(self.step.id, PledgeAnswer(bool(who), self._grown_up, who))

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
            who = self.who() if self.people else None
            self.answered.emit(self.step.id, PledgeAnswer(bool(self._agreed), promised, who))

    def restore(self, answer: StepAnswer) -> None:
        if isinstance(answer, PledgeAnswer):
            if self.people:
                agreed = set(answer.agreed_by([cid for cid, _, _ in self.people]))
                for cid, _, box in self.people:
                    box.blockSignals(True)
                    box.setChecked(cid in agreed)
                    box.blockSignals(False)
                self._agreed = bool(agreed)
                self._say_who()
            else:
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
