"""Growing up (issue 17) in the parent area: the dialog that moves a child up (or back) an age group,
with one sentence on what will happen, and the question "Is <nickname> ready for ages …?" asked at
the top of the parent area (a year in the band, or all its activities finished). Rules live in
services.growing; this module only shows them and reports what was done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.bands import next_band
from familysafe.core.models import AGE_BANDS, Child
from familysafe.services import growing
from familysafe.services.family import FamilyService
from familysafe.ui.errors import error_text
from familysafe.ui.widgets import Card, button, flow, label, scrolling


def cadence_words(days: int) -> str:
    """How often a new activity opens, in words."""
    if days == 7:
        return QCoreApplication.translate("Growing", "one new activity every week")
    if days == 28:
        return QCoreApplication.translate("Growing", "one new activity every four weeks")
    return QCoreApplication.translate("Growing", "one new activity every two weeks")


def move_sentence(svc: FamilyService, plan: growing.MovePlan) -> str:
    """The one sentence that says what moving will do."""
    nick = plan.child.nickname
    if plan.returning:
        text = QCoreApplication.translate(
            "Growing",
            "%1 goes back to ages %2 and carries on where they left it (%3 activities done there); "
            "everything done so far stays in %1's history.",
        ).replace("%3", str(plan.done_in_band))
    else:
        text = QCoreApplication.translate(
            "Growing",
            "%1 starts ages %2 at its first activity today; %3; everything done so far stays in %1's history.",
        ).replace("%3", cadence_words(svc.cadence()))
    return text.replace("%1", nick).replace("%2", plan.band)


def history_line(svc: FamilyService, child: Child) -> str:
    """The child's age groups so far, with what was finished in each: "Ages 4-7: 10 done · Ages 8-10 (now): 1 done"."""
    done = growing.done_by_band(svc, child)
    parts = []
    for stint in growing.history(svc, child):
        now = stint.ended is None
        text = (
            QCoreApplication.translate("Growing", "Ages %1 (now): %2 done")
            if now
            else QCoreApplication.translate("Growing", "Ages %1: %2 done")
        )
        parts.append(text.replace("%1", stint.band).replace("%2", str(done.get(stint.band, 0))))
    return " · ".join(parts)


class MoveBandDialog(QDialog):
    """Choose another age group for a child, read what will happen, and confirm (or cancel: Escape)."""

    moved = Signal(object)  # the child as stored after the move

    def __init__(self, svc: FamilyService, child: Child, band: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.svc = svc
        self.child = child
        self.setWindowTitle(self.tr("Another age group for %1").replace("%1", child.nickname))
        self.setAccessibleName(self.windowTitle())
        # The words scroll (a small screen at 200 % text); the buttons below them are always in view.
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        outer.setContentsMargins(24, 20, 24, 20)
        self.body = QWidget()
        lay = QVBoxLayout(self.body)
        lay.setSpacing(12)
        lay.setContentsMargins(0, 0, 0, 0)
        title = label(self.tr("Move %1 up or back an age group").replace("%1", child.nickname), "subtitle")
        lay.addWidget(title)
        lay.addWidget(
            label(self.tr("%1 is in ages %2 now.").replace("%1", child.nickname).replace("%2", child.age_band))
        )
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        others = [b for b in AGE_BANDS if b != child.age_band]
        nxt = next_band(child.age_band)
        chosen = band if band in others else (nxt or others[-1])
        for b in others:
            r = QRadioButton(self.tr("Ages %1").replace("%1", b))
            r.setAccessibleName(self.tr("Ages %1").replace("%1", b))
            self.group.addButton(r)
            self.choices[b] = r
            r.toggled.connect(lambda on, b=b: self._show(b) if on else None)
            lay.addWidget(r)
        self.sentence = label("", "")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.sentence)
        self.error = label("", "nudgeText")
        self.error.setVisible(False)
        lay.addWidget(self.error)
        self.ok_btn = button("", object_name="primary")
        self.cancel_btn = button(self.tr("Cancel"))
        self.ok_btn.clicked.connect(self._move)
        self.cancel_btn.clicked.connect(self.reject)
        self.buttons = flow(self.ok_btn, self.cancel_btn)  # wraps at large text sizes
        lay.addStretch(1)
        self.words = scrolling(self.body, self.windowTitle())
        outer.addWidget(self.words, 1)
        outer.addWidget(self.buttons)
        self.choices[chosen].setChecked(True)
        self._show(chosen)
        self.choices[chosen].setFocus()

    def band(self) -> str:
        """The age group chosen."""
        return next(b for b, r in self.choices.items() if r.isChecked())

    def _show(self, band: str) -> None:
        try:
            plan = growing.plan_move(self.svc, self.child, band)
        except ValueError as e:
            self.sentence.setText(error_text(e))
            return
        text = move_sentence(self.svc, plan)
        self.sentence.setText(text)
        self.sentence.setAccessibleName(text)
        words = (self.tr("Move %1 up to ages %2") if plan.up else self.tr("Move %1 back to ages %2")).replace(
            "%1", self.child.nickname
        )
        self.ok_btn.setText(words.replace("%2", band))
        self.ok_btn.setAccessibleName(self.ok_btn.text())
        self._fit()

    def _fit(self) -> None:
        """Size the dialog to its words: about 48 letters wide (within the screen), and as tall as the
        wrapped sentence and buttons need, at any text size; on a short screen the words scroll."""
        body, outer = self.body.layout(), self.layout()
        if body is None or outer is None:
            return
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width = self.fontMetrics().averageCharWidth() * 48 + 48
        if screen is not None:
            width = min(width, screen.width() - 40)
        width = max(width, self.width() if self.isVisible() else 0)
        m = outer.contentsMargins()
        inner = width - m.left() - m.right()
        words = body.totalHeightForWidth(inner)
        buttons = self.buttons.heightForWidth(inner)
        # The row of buttons as tall as it wraps at this width (its size hint is the height stacked, which
        # left a gap above the buttons).
        buttons = buttons if buttons > 0 else self.buttons.sizeHint().height()
        height = words + buttons + outer.spacing() + m.top() + m.bottom() + 4
        if screen is not None:
            height = min(height, screen.height() - 40)
        self.setMinimumWidth(min(width, 320))
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()  # the style (and its text size) is known now

    def _move(self) -> None:
        try:
            moved = growing.move_band(self.svc, self.child, self.band())
        except ValueError as e:  # a FamilyError: nothing was changed
            self.error.setText(error_text(e))
            self.error.setVisible(True)
            return
        self.moved.emit(moved)
        self.accept()


class NudgeBox(QWidget):
    """The parent area's question, one card per child it is due for: "Is <nickname> ready for ages …?"
    (Yes / Not yet / Remind me in 6 months). Empty, and hidden, when there is nothing to ask."""

    changed = Signal()  # an answer was saved (or the child moved up)
    status = Signal(str, bool)

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.dialog: MoveBandDialog | None = None
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self.cards: list[Card] = []

    def refresh(self) -> None:
        """Ask again what is due today (from the services' clock). One question at a time, so the
        parent area's tabs keep their room on a small screen; the next comes once this one is answered."""
        for c in self.cards:
            c.hide()
            c.deleteLater()
        due = growing.nudges(self.svc)
        self.cards = [self._card(due[0])] if due else []
        for c in self.cards:
            self._lay.addWidget(c)
        self.setVisible(bool(self.cards))

    def _card(self, n: growing.Nudge) -> Card:
        c = Card()
        lay = QVBoxLayout(c)
        lay.setContentsMargins(14, 6, 14, 6)
        nick, old = n.child.nickname, n.child.age_band
        question = self.tr("Is %1 ready for ages %2?").replace("%1", nick).replace("%2", n.next_band)
        if n.reason == "finished":
            why = self.tr("%1 has finished every activity of ages %2.")
        elif n.reason == "year":
            why = self.tr("%1 has been in ages %2 for a year.")
        else:
            why = self.tr("You asked to be reminded about %1's age group.")
        why = why.replace("%1", nick).replace("%2", old)
        c.setAccessibleName(question)
        c.setAccessibleDescription(why)
        yes = button(self.tr("Yes…"), name=self.tr("Yes, move %1 up").replace("%1", nick), object_name="primary")
        not_yet = button(self.tr("Not yet"), name=self.tr("Not yet for %1").replace("%1", nick))
        later = button(
            self.tr("Remind me in 6 months"), name=self.tr("Remind me about %1 in 6 months").replace("%1", nick)
        )
        yes.clicked.connect(lambda _=False, ch=n.child, b=n.next_band: self._yes(ch, b))
        not_yet.clicked.connect(lambda _=False, ch=n.child: self._answer(ch, "not_yet"))
        later.clicked.connect(lambda _=False, ch=n.child: self._answer(ch, "later"))
        # One row that wraps at large text sizes: the question, why it is asked, and the three answers.
        lay.addWidget(
            flow(label(question, "subtitle", wrap=False), label(why, "muted", wrap=False), yes, not_yet, later)
        )
        return c

    def _yes(self, child: Child, band: str) -> None:
        self.dialog = MoveBandDialog(self.svc, child, band, self.window())
        self.dialog.moved.connect(self._moved)
        self.dialog.open()

    def _moved(self, child: Child) -> None:
        self.status.emit(
            self.tr("%1 is in ages %2 now; its first activity is open.")
            .replace("%1", child.nickname)
            .replace("%2", child.age_band),
            True,
        )
        self.changed.emit()  # the area asks again (refresh) with the tabs

    def _answer(self, child: Child, answer: growing.NudgeAnswer) -> None:
        growing.answer_nudge(self.svc, child, answer)
        text = (
            self.tr("FamilySafe will ask about %1 again in 6 months.")
            if answer == "later"
            else self.tr(
                "FamilySafe will ask about %1 again in a year, or when the age group's activities are all done."
            )
        )
        self.status.emit(text.replace("%1", child.nickname), True)
        self.changed.emit()  # the area asks again (refresh) with the tabs


def move_button(parent: QWidget, svc: FamilyService, child: Child, on_moved: Callable[[Child], None]) -> QWidget:
    """The Children tab's button that opens the move dialog for `child`; `on_moved(child)` after a move."""
    b = button(
        QCoreApplication.translate("Growing", "Ages %1 · Move up or back…").replace("%1", child.age_band),
        name=QCoreApplication.translate("Growing", "Move %1 up or back an age group").replace("%1", child.nickname),
    )

    def _open() -> None:
        dlg = MoveBandDialog(svc, child, None, parent.window())
        dlg.moved.connect(on_moved)
        setattr(parent, "move_dialog", dlg)  # noqa: B010  # the dialog open now, for the tests to drive
        dlg.open()

    b.clicked.connect(_open)
    return b
