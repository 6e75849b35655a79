"""The session player: the 15-minute timer, the child's side, the grown-up's panel, recall and the end."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.answers import StepAnswer
from familysafe.core.guides import guide_for_activity
from familysafe.core.models import Child
from familysafe.core.session import StepNudge, TimeUp
from familysafe.services.family import FamilyService, RecallCard
from familysafe.services.review import is_review
from familysafe.services.sessions import Session
from familysafe.ui.home import next_unlock_text
from familysafe.ui.speech import Speaker
from familysafe.ui.steps import StepView, make_view
from familysafe.ui.together import TurnBar, end_text, seat_children, turn_bar, who_text
from familysafe.ui.together import recall_cards as together_cards
from familysafe.ui.widgets import (
    Card,
    ChoiceButton,
    FlowLayout,
    Picture,
    StepDots,
    TextBlock,
    TimerRing,
    button,
    label,
    scrolling,
)

TICK_MS = 1000
# A session screen shorter than this many lines of text is "short": the timer shrinks to a pill.
SHORT_LINES = 26


class RecallPage(QWidget):
    """ "Remember?": one or two cards from earlier topics, before the new activity starts."""

    done = Signal()

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.cards: list[RecallCard] = []
        self.index = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        lay.setSpacing(16)
        lay.addWidget(label(self.tr("Remember?"), "title"))
        self.from_label = label("", "muted")
        lay.addWidget(self.from_label)
        self.question = label("", "childText")
        lay.addWidget(self.question)
        self.answer = label("", "childText")
        self.answer.setObjectName("good")
        lay.addWidget(self.answer)
        row = QHBoxLayout()
        self.show_btn = button(self.tr("Show the answer"), object_name="primary")
        self.yes_btn = button(self.tr("We remembered!"), object_name="primary")
        self.no_btn = button(self.tr("Not this time"))
        self.skip_btn = button(self.tr("Skip"))
        for b in (self.show_btn, self.yes_btn, self.no_btn, self.skip_btn):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.show_btn.clicked.connect(self._reveal)
        self.yes_btn.clicked.connect(lambda: self._answer(True))
        self.no_btn.clicked.connect(lambda: self._answer(False))
        self.skip_btn.clicked.connect(self._next)
        self.session: Session | None = None
        self.owners: list[Child] | None = None

    def start(self, s: Session, cards: list[RecallCard], owners: list[Child] | None = None) -> None:
        """Show these cards for this session's child (or, in a sitting together, each for its owner)."""
        self.session, self.cards, self.index = s, cards, 0
        self.owners = owners
        self._show()

    def _show(self) -> None:
        if self.index >= len(self.cards):
            self.done.emit()
            return
        card = self.cards[self.index]
        self.from_label.setText(self.tr("From “%1”").replace("%1", card.activity_title))
        if self.owners:  # a sitting together: each child's own card
            self.from_label.setText(
                self.tr("For %1, from “%2”").replace("%1", self.owners[self.index].nickname)
                .replace("%2", card.activity_title)
            )  # fmt: skip
        self.question.setText(card.question)
        self.answer.setText("")
        self.show_btn.setVisible(True)
        self.yes_btn.setVisible(False)
        self.no_btn.setVisible(False)
        self.show_btn.setFocus()

    def _reveal(self) -> None:
        self.answer.setText(self.cards[self.index].answer)
        self.show_btn.setVisible(False)
        self.yes_btn.setVisible(True)
        self.no_btn.setVisible(True)
        self.yes_btn.setFocus()

    def _answer(self, remembered: bool) -> None:
        if self.session is not None:
            owner = self.owners[self.index] if self.owners else self.session.child
            self.svc.answer_recall(owner, self.cards[self.index].key, remembered)
        self._next()

    def _next(self) -> None:
        self.index += 1
        self._show()


class EndPage(QWidget):
    """The celebration: the badge, the pledge, and when the next activity comes."""

    home = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(40, 30, 40, 30)
        lay.setSpacing(16)
        self.title = label("", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.title)
        self.badge = Picture("badges", "", 180)
        lay.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        self.badge_name = label("", "subtitle")
        self.badge_name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.badge_name)
        self.pledge = label("", "good")
        self.pledge.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.pledge)
        self.next_text = label("", "muted")
        self.next_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.next_text)
        # For the grown-up: the activity's "to do together later" list, with what is already done.
        self.later = Card("grownUpPanel")
        later_lay = QVBoxLayout(self.later)
        later_lay.setContentsMargins(20, 14, 20, 14)
        later_lay.addWidget(label(self.tr("For the grown-up: to do together later"), "subtitle"))
        self.later_text = TextBlock("")
        later_lay.addWidget(self.later_text)
        self.later.setVisible(False)
        lay.addWidget(self.later)
        self.home_btn = button(self.tr("Back to home"), object_name="primary")
        self.home_btn.clicked.connect(self.home)
        lay.addWidget(self.home_btn, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(1)
        # Issue 19: print what was just done (the activity, its notes, the cards) for the grown-up.
        self.print_btn = button(self.tr("Print this activity…"))
        self.print_btn.clicked.connect(self.open_print)
        lay.insertWidget(lay.indexOf(self.home_btn) + 1, self.print_btn, 0, Qt.AlignmentFlag.AlignHCenter)
        self.printable: tuple[FamilyService, Session] | None = None
        self.year_card: QWidget | None = None  # issue 17: the end of a year (ui/yearend.py), made when first needed

    def open_print(self) -> QWidget | None:
        """Open the print dialog on the activity just finished (see ui/print_activity.py)."""
        if self.printable is None:
            return None
        from familysafe.ui.print_activity import PrintActivityDialog

        svc, s = self.printable
        dialog = PrintActivityDialog(svc, s.child, s.activity.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_end(self, s: Session, svc: FamilyService) -> None:
        """Fill in the page for a finished session."""
        self.title.setText(self.tr("You did it, %1!").replace("%1", s.child.nickname))
        self.badge.set_name(s.activity.strand)
        self.badge_name.setText(self.tr("New badge: %1").replace("%1", s.activity.badge))
        self.pledge.setText(self.tr("Your promise is in the family agreement.") if s.pledge_agreed else "")
        ov = svc.overview(s.child)
        now = svc.clock.now().date()
        self.next_text.setText(next_unlock_text(ov, QDate(now.year, now.month, now.day), QLocale()))
        # Issue 18: a family activity or a follow-up is not one of the bands' printable activities.
        self.print_btn.setVisible(s.activity.id in svc.library.activities)
        together = end_text(s)  # issue 18: a sitting's end names everyone, and a follow-up kept for later
        if together is not None:
            self.title.setText(together[0])
            self.badge_name.setText(together[1])
            self.next_text.setText(together[2] or self.next_text.text())
            self.pledge.setText(together[3])
        items = s.later_items()
        done = self.tr("(done)")
        self.later_text.set_content("\n".join(f"- {item}" + (f" {done}" if ok else "") for item, ok in items))
        self.later.setVisible(bool(items))
        if is_review(s):  # issue 17, item 6: a review's end says when the next one comes
            from familysafe.ui.review import show_review_end

            show_review_end(self, s, svc)
            if self.year_card is not None:
                self.year_card.setVisible(False)
        else:
            self.show_year_end(s, svc)
        self.home_btn.setFocus()

    def show_year_end(self, s: Session, svc: FamilyService) -> None:
        """After a band's last unit (first finished), the year's celebration; hidden otherwise."""
        from familysafe.services.progress import finishes_year

        if not finishes_year(svc, s.child, s.activity):
            if self.year_card is not None:
                self.year_card.setVisible(False)
            return
        from familysafe.ui.yearend import YearCelebration

        if not isinstance(self.year_card, YearCelebration):
            self.year_card = YearCelebration()
            lay = self.layout()
            assert isinstance(lay, QVBoxLayout)
            lay.insertWidget(lay.indexOf(self.next_text) + 1, self.year_card)
        self.year_card.show_for(svc, s.child, s.activity.band)
        self.title.setText(self.tr("A whole year together, %1!").replace("%1", s.child.nickname))


class Pages(QStackedWidget):
    """The session's pages under its top bar. They take the height that is left and scroll inside: they
    never ask for a height for their width, or a vertical box would hold them to their full preferred
    height and, on a short window, squeeze the top bar until its last row of buttons was cut off."""

    def hasHeightForWidth(self) -> bool:
        return False


class NudgeBar(QFrame):
    """The calm "time is up" note above the step: never shorter than its wrapped words (in a short
    window the step below would otherwise squeeze it and cut its lines)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Hold the height the words need at the bar's width."""
        lay = self.layout()
        if lay is not None and self.width() > 0:
            need = lay.totalHeightForWidth(self.width())
            if need > 0 and need != self.minimumHeight():
                self.setMinimumHeight(need)  # resizes the bar at once, inside this resize: lay it out again
                lay.setGeometry(self.contentsRect())


class SessionScreen(QWidget):
    """Plays one activity. Every answer and move is saved as it happens."""

    leave = Signal()

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.s: Session | None = None
        self.view: StepView | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        # Top bar: who, the steps, the timer, pause.
        bar = QFrame()
        bar.setObjectName("topBar")
        # One row on a wide window; at large text sizes or a small screen it wraps onto more rows.
        top = FlowLayout(bar, spacing=12)
        top.setContentsMargins(16, 8, 16, 8)
        who_box = QWidget()
        who_row = QHBoxLayout(who_box)
        who_row.setContentsMargins(0, 0, 0, 0)
        self.avatar = Picture("avatars", "", 48)
        who_row.addWidget(self.avatar)
        who = QVBoxLayout()
        self.who = label("", "subtitle", wrap=False)
        self.activity_title = label("", "muted", wrap=False)
        who.addWidget(self.who)
        who.addWidget(self.activity_title)
        who_row.addLayout(who, 1)
        top.addWidget(who_box)
        self.dots = StepDots()
        top.addWidget(self.dots)
        self.ring = TimerRing()
        top.addWidget(self.ring)
        controls = QWidget()
        self.controls = controls
        flow = QHBoxLayout(controls)
        flow.setContentsMargins(0, 0, 0, 0)
        top.addWidget(controls)
        self.pause_btn = button(self.tr("Pause"), tip=self.tr("Pause the timer (Ctrl+P)"))
        self.pause_btn.clicked.connect(self.toggle_pause)
        flow.addWidget(self.pause_btn)
        self.timer_btn = button(
            self.tr("Timer off"), tip=self.tr("Switch the timer off or on. Nothing is lost.")
        )
        self.timer_btn.clicked.connect(self.toggle_timer)
        flow.addWidget(self.timer_btn)
        self.stop_btn = button(self.tr("Stop for now"), tip=self.tr("Everything is saved. Carry on later."))
        self.stop_btn.clicked.connect(self.stop_for_now)
        flow.addWidget(self.stop_btn)
        outer.addWidget(bar)

        self.pages = Pages()
        outer.addWidget(self.pages, 1)
        self.recall = RecallPage(svc)
        self.recall.done.connect(self._show_steps)
        self.recall_scroll = scrolling(self.recall, self.tr("Remember?"))
        self.pages.addWidget(self.recall_scroll)

        # The steps: the child's side and the grown-up's panel.
        steps_page = QWidget()
        sp = QVBoxLayout(steps_page)
        sp.setContentsMargins(20, 12, 20, 12)
        self.nudge = NudgeBar()
        self.nudge.setObjectName("nudge")
        nl = QHBoxLayout(self.nudge)
        self.nudge_text = label("", "nudgeText")
        nl.addWidget(self.nudge_text, 1)
        self.more_btn = button(self.tr("Take 5 more minutes"))
        self.more_btn.clicked.connect(self.extend)
        self.ok_btn = button(self.tr("OK"))
        self.ok_btn.clicked.connect(lambda: self.nudge.setVisible(False))
        nl.addWidget(self.more_btn)
        nl.addWidget(self.ok_btn)
        self.nudge.setVisible(False)
        sp.addWidget(self.nudge)
        self.turn = TurnBar()  # issue 18: whose turn it is in a sitting together (at the top of each step)
        body = QHBoxLayout()
        body.setSpacing(16)
        self.child_scroll = scrolling(name=self.tr("For the child"))
        body.addWidget(self.child_scroll, 3)
        self.panel = Card("grownUpPanel")
        self.panel.setAccessibleName(self.tr("For the grown-up"))
        pl = QVBoxLayout(self.panel)
        pl.setContentsMargins(16, 14, 16, 14)
        pl.addWidget(label(self.tr("For the grown-up"), "subtitle"))
        self.grown_up = TextBlock("", "panelText")
        pl.addWidget(self.grown_up)
        # Open on the first step; folded after it, so "Read the guide" stays in view.
        self.worried_toggle = ChoiceButton(self.tr("If your child tells you something worrying"), "disclosure")
        self.worried_toggle.setToolTip(self.tr("Show or hide what to do if your child tells you something worrying"))
        self.worried_toggle.setCheckable(True)
        self.worried_toggle.toggled.connect(self._show_if_worried)
        pl.addWidget(self.worried_toggle)
        self.if_worried = TextBlock("", "panelText")
        pl.addWidget(self.if_worried)
        self.guide_btn = ChoiceButton(self.tr("Read the guide"), "wrapButton")  # wraps in a narrow panel
        self.guide_btn.setAccessibleName(self.tr("Read the guide for this unit"))
        self.guide_btn.setToolTip(self.tr("The grown-ups' guide to this unit, in its own window"))
        self.guide_btn.clicked.connect(self.open_guide)
        pl.addWidget(self.guide_btn)
        pl.addStretch(1)
        self.panel_scroll = scrolling(self.panel, self.tr("For the grown-up"))
        body.addWidget(self.panel_scroll, 2)
        sp.addLayout(body, 1)

        nav_box = QWidget()
        nav = FlowLayout(nav_box)  # wraps at large text sizes instead of widening the window
        nav.setContentsMargins(0, 0, 0, 0)
        self.back_btn = button(self.tr("◀ Back"), self.tr("Back"), tip=self.tr("The step before (Ctrl+Left)"))
        self.back_btn.clicked.connect(self.go_back)
        self.speaker = Speaker()
        self.read_btn = button(
            self.tr("🔊 Read aloud"), self.tr("Read aloud"), tip=self.tr("Read this step aloud (Ctrl+R)")
        )
        self.read_btn.clicked.connect(self.read_aloud)
        self.read_btn.setVisible(False)  # shown when a session opens, if the computer can speak
        self.panel_btn = button(
            self.tr("Hide grown-up notes"), tip=self.tr("Show or hide the grown-up's panel")
        )
        self.panel_btn.clicked.connect(self.toggle_panel)
        self.next_btn = button(
            self.tr("Next ▶"), self.tr("Next"), "primary", tip=self.tr("The next step (Ctrl+Right)")
        )
        self.next_btn.clicked.connect(self.go_next)
        nav.pin_right(self.next_btn)
        # The keys, on screen (not only in tooltips), in the same row as the buttons where there is room.
        self.keys_label = label(
            self.tr("Keys: Ctrl+→ next · Ctrl+← back · Ctrl+P pause · Ctrl+R read aloud · F1 help"), "muted"
        )
        self.keys_label.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.keys_label.setWordWrap(False)
        for w in (self.back_btn, self.read_btn, self.panel_btn, self.next_btn, self.keys_label):
            nav.addWidget(w)
        sp.addWidget(nav_box)
        self._panel_chosen: bool | None = None  # the grown-up's own choice, once they press the button
        self.paused_label = label(self.tr("Paused. Press Resume when you are ready."), "subtitle")
        self.paused_label.setVisible(False)
        sp.addWidget(self.paused_label)
        self.pages.addWidget(steps_page)
        self.steps_page = steps_page

        self.end = EndPage()
        self.end.home.connect(self.leave)
        self.end_scroll = scrolling(self.end, self.tr("Well done"))
        self.pages.addWidget(self.end_scroll)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        for keys, slot in (
            ("Ctrl+Right", self.go_next),
            ("Ctrl+Left", self.go_back),
            ("Ctrl+P", self.toggle_pause),
            ("Ctrl+R", self.read_aloud),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)

    # ------------------------------------------------------------ flow

    def page_name(self) -> str:
        """Which part of the session shows: "recall", "steps" or "end"."""
        w = self.pages.currentWidget()
        return "recall" if w is self.recall_scroll else "end" if w is self.end_scroll else "steps"

    def open(self, s: Session) -> None:
        """Play a session, starting with recall cards when it is new."""
        self.s = s
        self.view = None
        self.avatar.set_name(s.child.avatar)
        self.who.setText(who_text(s) or self.tr("%1 and a grown-up").replace("%1", s.child.nickname))
        self.activity_title.setText(s.activity.title)
        self.if_worried.set_content(s.activity.if_worried)
        self.guide_btn.setVisible(not is_review(s) and guide_for_activity(self.svc.library, s.activity) is not None)
        self.nudge.setVisible(False)
        self._set_running_controls(True)
        self._worried_open_for: int | None = None
        fam = self.svc.family()
        self.read_btn.setVisible(self.speaker.available)
        self.keys_label.setText(
            self.tr("Keys: Ctrl+→ next · Ctrl+← back · Ctrl+P pause · Ctrl+R read aloud · F1 help")
            if self.speaker.available
            else self.tr("Keys: Ctrl+→ next · Ctrl+← back · Ctrl+P pause · F1 help")
        )
        if fam is not None and self.speaker.available:
            if fam.settings.voice:
                self.speaker.set_voice(fam.settings.voice)
            self.speaker.set_rate(float(fam.settings.rate))
        self.timer.start()
        owned = None if s.resumed or is_review(s) else together_cards(self.svc, s)
        if s.resumed or is_review(s):
            cards = []
        else:
            cards = [c for c, _ in owned] if owned is not None else self.svc.recall_cards(s.child)
        if cards:
            self.pages.setCurrentWidget(self.recall_scroll)
            self.recall.start(s, cards, [o for _, o in owned] if owned is not None else None)
        else:
            self._show_steps()

    def _show_steps(self) -> None:
        self.pages.setCurrentWidget(self.steps_page)
        self.show_step()

    def show_step(self) -> None:
        """Show the session's current step."""
        s = self.s
        if s is None:
            return
        step = s.current_step
        self.speaker.stop()
        view = make_view(step, self.speaker)
        promise_note = seat_children(s, view)  # issue 18: a sitting's promise is agreed child by child
        ans = s.answer_of(step.id)
        if ans is not None:
            view.restore(ans)
        view.answered.connect(self._answered)
        old = self.child_scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.child_scroll.setWidget(view)
        self.child_scroll.verticalScrollBar().setValue(0)
        self.view = view
        view.focus_wanted.connect(self._focus_step)
        self.grown_up.set_content(step.grown_up + promise_note)
        self.turn = turn_bar(s, view.lay)  # issue 18: whose turn, at the top of the step, scrolling with it
        self.worried_toggle.setChecked(s.current_index == 0)
        self._show_if_worried(s.current_index == 0)
        self.panel_scroll.verticalScrollBar().setValue(0)  # every step's notes start at their top
        last = s.is_last_step
        self.next_btn.setText(self.tr("Finish ✓") if last else self.tr("Next ▶"))
        self.next_btn.setAccessibleName(self.tr("Finish") if last else self.tr("Next"))
        self.back_btn.setEnabled(s.current_index > 0)
        self.nudge.setVisible(False)
        self._update_bar()
        self._focus_step()
        if self.auto_read():
            self.read_aloud()

    def _focus_step(self) -> None:
        """Keyboard focus on the step's first control (Next when it has none), never on the header."""
        if self.view is None or not self.isVisible():
            return
        target = self.view.first_control() or (self.next_btn if self.next_btn.isEnabled() else self.pause_btn)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_if_worried(self, shown: bool) -> None:
        self.if_worried.setVisible(shown)
        self.worried_toggle.set_choice_text(
            ("▾ " if shown else "▸ ") + self.tr("If your child tells you something worrying")
        )
        self.worried_toggle.setAccessibleName(self.tr("If your child tells you something worrying"))
        if self.worried_toggle.isChecked() != shown:
            self.worried_toggle.setChecked(shown)

    def _set_running_controls(self, shown: bool) -> None:
        """The timer, Pause, Timer off and Stop for now: shown while the activity runs, not at its end."""
        for w in (self.ring, self.controls):
            w.setVisible(shown)

    def auto_read(self) -> bool:
        """Whether steps are read aloud as they open: the family's choice, on by default for ages 4-7."""
        fam = self.svc.family()
        choice = fam.settings.auto_read if fam else None
        if choice is None:
            return bool(self.s and self.s.child.age_band == "4-7")
        return bool(choice)

    def open_guide(self) -> None:
        """The grown-ups' guide for this activity's unit, in its own window (the session carries on)."""
        if self.s is None:
            return
        guide = guide_for_activity(self.svc.library, self.s.activity)
        if guide is not None:
            from familysafe.ui.guides import GuideDialog  # on first use: the guides' reader is not needed at start

            self.guide_dialog = GuideDialog(self.svc, guide, self)
            self.guide_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide_dialog.open()

    def read_aloud(self) -> None:
        """Read the current step's child text aloud."""
        if self.view is not None and self.page_name() == "steps" and self.speaker.available:
            self.view.read_all()

    def _answered(self, step_id: str, answer: StepAnswer) -> None:
        if self.s is not None:
            self.s.answer(step_id, answer)

    def go_next(self) -> None:
        """Save this step as done and move on; on the last step, finish."""
        s = self.s
        if s is None or self.pages.currentWidget() is not self.steps_page:
            return
        if not s.next():
            self.finish()
            return
        self.show_step()

    def go_back(self) -> None:
        """Go to the step before."""
        s = self.s
        if s is None or self.pages.currentWidget() is not self.steps_page or not s.back():
            return
        self.show_step()

    def finish(self) -> None:
        """Finish the activity and celebrate."""
        s = self.s
        if s is None:
            return
        self.timer.stop()
        s.finish()
        self.end.show_end(s, self.svc)
        self.end.printable = (self.svc, s)
        self.pages.setCurrentWidget(self.end_scroll)
        self._set_running_controls(False)
        n = len(s.activity.steps)
        self.dots.set_state(n, -1, set(range(n)))  # every dot done, the last one too
        self.end.home_btn.setFocus()

    def stop_for_now(self) -> None:
        """Save everything and go home; the session carries on later at the same step."""
        self.save_and_pause()
        self.leave.emit()

    def close_session(self) -> None:
        """Save and forget the session shown (leaving it, or after the data was replaced)."""
        self.timer.stop()
        self.speaker.stop()
        if self.s is not None:
            self.s.leave()
        self.s = None
        self.view = None

    def save_and_pause(self) -> None:
        """Pause and save (also used when the window closes)."""
        s = self.s
        self.timer.stop()
        self.speaker.stop()
        if s is not None:
            s.pause()

    # ------------------------------------------------------------ timer

    def tick(self) -> None:
        """Called every second: ask the session what happened and show it (it saves every 30 s)."""
        s = self.s
        if s is None:
            return
        for ev in s.tick():
            if isinstance(ev, StepNudge):
                self.nudge_text.setText(
                    self.tr(
                        "This step's suggested time is up. Move on when you are ready, or take more time."
                    )
                )
                self.nudge.setVisible(True)
                self.nudge.fit()
            elif isinstance(ev, TimeUp):
                self.nudge_text.setText(
                    self.tr(
                        "The 15 minutes are up. Nothing is lost: finish now, take more time, or carry on later."
                    )
                )
                self.nudge.setVisible(True)
                self.nudge.fit()
        self._update_bar()

    def _update_bar(self) -> None:
        s = self.s
        if s is None:
            return
        self.dots.set_state(s.step_count, s.current_index, s.done_indexes)
        self.ring.set_state(s.remaining_seconds, s.total_limit)
        paused = s.paused
        self.pause_btn.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause_btn.setAccessibleName(self.pause_btn.text())
        self.timer_btn.setText(self.tr("Timer on") if not s.timer_on else self.tr("Timer off"))
        self.timer_btn.setAccessibleName(self.timer_btn.text())
        self.paused_label.setVisible(paused)
        self.child_scroll.setEnabled(not paused)
        self.next_btn.setEnabled(not paused)

    def toggle_pause(self) -> None:
        """Pause or resume the session's clock."""
        s = self.s
        if s is None or s.finished:
            return
        s.toggle_pause()
        self._update_bar()

    def toggle_timer(self) -> None:
        """Switch the timer off (no nudges, no countdown) or back on."""
        s = self.s
        if s is None or s.finished:
            return
        s.set_timer(not s.timer_on)
        self.nudge.setVisible(False)
        self._update_bar()

    def extend(self) -> None:
        """Five more minutes for this step and the session."""
        s = self.s
        if s is None or s.finished:
            return
        s.extend(300)
        self.nudge.setVisible(False)
        self._update_bar()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_panel()
        self._fit_height()

    def _fit_height(self) -> None:
        """On a short window (a small laptop, large text) the timer is a pill one line tall, not a
        ring three lines tall, and the line of keyboard keys gives way (each button's tooltip still
        gives its key): those lines go to the child's text."""
        short = self.height() < self.fontMetrics().height() * SHORT_LINES
        self.ring.set_compact(short)
        self.keys_label.setVisible(not short)

    def _fit_panel(self) -> None:
        """Side by side where there is room; on a narrow window (a small screen, large text) the panel
        starts folded so the child's side keeps a readable width. The grown-up's own choice wins."""
        wide = self.width() >= self.fontMetrics().averageCharWidth() * 95
        shown = self._panel_chosen if self._panel_chosen is not None else wide
        if shown != (not self.panel_scroll.isHidden()):
            self._set_panel(shown)

    def toggle_panel(self) -> None:
        """Collapse or show the grown-up's panel."""
        self._panel_chosen = self.panel_scroll.isHidden()
        self._set_panel(self._panel_chosen)

    def _set_panel(self, visible: bool) -> None:
        self.panel_scroll.setVisible(visible)
        self.panel_btn.setText(self.tr("Hide grown-up notes") if visible else self.tr("Show grown-up notes"))
        self.panel_btn.setAccessibleName(self.panel_btn.text())


__all__ = ["Card", "SessionScreen"]
