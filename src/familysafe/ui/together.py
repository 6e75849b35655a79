"""Together (issue 18): "Do it together" on the home screen, the picker, and whose turn it is.

A sitting plays in the ordinary session screen (ui/session.py): a `TogetherSession` is a `Session`.
What differs lives here: the turn bar above the child's side (avatar, "<nickname>'s turn", the
helper's role for an older child), the names in the top bar, each child's own "Remember?" cards,
and the end page's words for everyone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from familysafe.core.models import Child
from familysafe.services.sessions import Session
from familysafe.ui.widgets import Picture, TextBlock, WrapCheck, button, label, scrolling

if TYPE_CHECKING:
    from familysafe.core.content import Activity
    from familysafe.services.family import FamilyService, RecallCard

Opener = Callable[[], Session | None]  # None: the sitting can no longer be carried on


def names_text(children: list[Child]) -> str:
    """ "A and B", "A, B and C" (the nicknames, in the family's language's "and")."""
    names = [c.nickname for c in children]
    if len(names) < 2:
        return "".join(names)
    return (
        QCoreApplication.translate("Together", "%1 and %2")
        .replace("%1", ", ".join(names[:-1]))
        .replace("%2", names[-1])
    )


# The turn bar is compact (a small avatar, the name in bold body text) when the window is shorter than
# this many lines of text: at 200 % text on a 1024×600 screen the full bar filled the step's whole
# view and the child saw no words of the step.
COMPACT_LINES = 20
AVATAR, COMPACT_AVATAR = 56, 20


class TurnBar(QFrame):
    """Whose turn it is at a layered step: the child's avatar and name, and the helper's role."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("turnBar")
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 6)
        self.avatar = Picture("avatars", "", AVATAR)
        row.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        col.setSpacing(2)
        self.who = label("", "subtitle")
        col.addWidget(self.who)
        self.helper = TextBlock("", "muted")
        col.addWidget(self.helper)
        row.addLayout(col, 1)
        self.compact = False
        self.setVisible(False)

    def set_compact(self, compact: bool) -> None:
        """One short line (a small avatar, the name in bold body text; `turn_bar` then puts the helper's
        role after the step) or the full bar."""
        self.compact = compact
        self.avatar.set_size(COMPACT_AVATAR if compact else AVATAR)
        self.who.setObjectName("turnWho" if compact else "subtitle")
        font = self.font()
        font.setBold(compact)
        self.who.setFont(font)
        self.who.style().unpolish(self.who)
        self.who.style().polish(self.who)
        self._row.setContentsMargins(0, 0, 0, 2 if compact else 6)

    def show_for(self, s: Session | None) -> None:
        """Show the turn of the step shown, or hide for a step everyone does (and for a solo session)."""
        from familysafe.services import together as tg  # not at start: it reads content models

        child = s.turn_of() if isinstance(s, tg.TogetherSession) else None
        if child is None or not isinstance(s, tg.TogetherSession):
            self.setVisible(False)
            return
        win = self.window()
        self.set_compact(win is not self and win.height() < COMPACT_LINES * self.fontMetrics().height())
        self.avatar.set_name(child.avatar)
        self.who.setText(self.tr("%1's turn").replace("%1", child.nickname))
        self.setAccessibleName(self.who.text())
        helper = s.helper_of()
        self.helper.set_content(self.tr("Helper: %1").replace("%1", helper.strip()) if helper else "")
        self.helper.setVisible(bool(helper))
        self.setVisible(True)


def turn_bar(s: Session, step_layout: QVBoxLayout) -> TurnBar:
    """A turn bar for the step shown, put at the top of the step's own layout when it is someone's turn
    (so it scrolls with the step at large text on a small screen); hidden and left out otherwise."""
    from familysafe.services import together as tg  # not at start: it reads content models

    bar = TurnBar()
    if isinstance(s, tg.TogetherSession) and s.turn_of() is not None:
        step_layout.insertWidget(0, bar)
    bar.show_for(s)
    if bar.compact and bar.helper.isVisibleTo(bar):  # short of room: the helper's role after the step's answers
        step_layout.addWidget(bar.helper)
    return bar


def seat_children(s: Session, view: QWidget) -> str:
    """In a sitting, the promise is agreed child by child: give the pledge view the children present
    (avatar and name, youngest first), and return the words the grown-up's panel adds about it ("" for
    any other step, and for a solo session)."""
    from familysafe.services import together as tg  # not at start: it reads content models
    from familysafe.ui.steps import PledgeView

    if not isinstance(s, tg.TogetherSession) or not isinstance(view, PledgeView):
        return ""
    turn = s.turn_of()  # a promise in one child's own part is theirs alone
    view.set_people([(c.id or 0, c.nickname, c.avatar) for c in ([turn] if turn is not None else s.children)])
    return "\n\n" + QCoreApplication.translate(
        "Together",
        "Each child ticks their own box, or you tick it for them when they say yes. A promise is never "
        "forced: a child who does not agree is simply not listed in the family agreement, and the sitting "
        "goes on. Ask them what would make the promise feel fair, say that it is fine to think about it, "
        "and come back to it another day.",
    )


def who_text(s: Session) -> str | None:
    """The top bar's "who" for a sitting: the children's names, short, so the bar keeps to two rows at large
    text on a small screen (the turn bar says whose turn it is); None for a solo session."""
    from familysafe.services import together as tg  # not at start: it reads content models

    if not isinstance(s, tg.TogetherSession):
        return None
    return names_text(s.children)


def recall_cards(svc: FamilyService, s: Session) -> list[tuple[RecallCard, Child]] | None:
    """Each child's own "Remember?" card (one each) for a sitting; None for a solo session."""
    from familysafe.services import together as tg  # not at start: it reads content models

    if not isinstance(s, tg.TogetherSession):
        return None
    out = []
    for c in s.children:
        out += [(card, c) for card in svc.recall_cards(c, 1)]
    return out


def end_text(s: Session) -> tuple[str, str, str, str] | None:
    """(title, the badges, what comes next, who agreed to the promise) for the end page of a sitting;
    None for a solo session."""
    from familysafe.services import together as tg  # not at start: it reads content models

    if not isinstance(s, tg.TogetherSession):
        return None
    title = QCoreApplication.translate("Together", "You did it, %1!").replace("%1", names_text(s.children))
    later = [
        QCoreApplication.translate(
            "Together", "%1 has a short part to do with a grown-up on their own: it is on the home screen."
        ).replace("%1", c.nickname)
        for c, _ in s.kept_apart()
    ]
    badges = QCoreApplication.translate("Together", "Each of you has your own badge for this unit.")
    if later:
        badges = QCoreApplication.translate("Together", "New badges for everyone whose part is done.")
    agreed = s.agreed()
    promise = (
        QCoreApplication.translate("Together", "Your promise is in the family agreement, agreed by %1.").replace(
            "%1", names_text(agreed)
        )
        if agreed
        else ""
    )
    return title, badges, "\n".join(later), promise


class TogetherPicker(QDialog):
    """Pick 2 to 4 children, then one unit that is open for every one of them; "Start together" opens the
    sitting. The children may be on the same next unit or on different ones (one on unit 5, another on 7):
    the units offered are those open (unlocked and not done yet) for all the children ticked, and when
    there is none the picker says so, and why, instead of starting."""

    chosen = Signal(object)  # an Opener

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        from familysafe.services import together as tg  # not at start: it reads content models

        super().__init__(parent)
        self.svc = svc
        self.setWindowTitle(self.tr("Do it together"))
        self.setModal(True)
        outer = QVBoxLayout(self)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setSpacing(12)
        # At large text on a small screen the body scrolls; the buttons below it stay in view.
        self.body_scroll = scrolling(body, self.tr("Do it together"))
        outer.addWidget(self.body_scroll, 1)
        lay.addWidget(label(self.tr("Do it together"), "title"))
        lay.addWidget(
            label(
                self.tr(
                    "Pick 2 to 4 children, then a unit that is open for all of them. Everyone does the unit in "
                    "one sitting, and each child answers their own question in turn, youngest first."
                )
            )
        )
        lay.addWidget(label(self.tr("Who is taking part?"), "subtitle"))
        self.checks_box = QVBoxLayout()
        lay.addLayout(self.checks_box)
        # Each child with a unit open, with those units; the children of the unit most of them share
        # (the same next unit, usually) are ticked to begin with.
        self.open_units: dict[int, list[int]] = {}
        self.checks: list[tuple[Child, WrapCheck]] = []
        shared = tg.units_to_share(svc)
        self.best = max(shared, key=lambda u: (len(shared[u]), -u), default=None)
        ticked = {c.id for c in shared.get(self.best, [])[: tg.MAX_CHILDREN]} if self.best is not None else set()
        for child, units in tg.candidates(svc):
            self.open_units[child.id or 0] = units
            w = WrapCheck(self._open_text(child, units), "pickCheck")
            w.setChecked(child.id in ticked)
            w.toggled.connect(self._check)
            self.checks_box.addWidget(w)
            self.checks.append((child, w))
        self.unit_label = label(self.tr("Which unit?"), "subtitle")
        lay.addWidget(self.unit_label)
        self.unit_box = QComboBox()
        self.unit_box.setAccessibleName(self.tr("Which unit"))
        self.unit_label.setBuddy(self.unit_box)
        lay.addWidget(self.unit_box)
        self.message = TextBlock("", "muted")
        lay.addWidget(self.message)
        lay.addStretch(1)
        row = QHBoxLayout()
        self.start_btn = button(self.tr("Start together"), object_name="primary")
        self.start_btn.clicked.connect(self.start)
        self.cancel_btn = button(self.tr("Cancel"))
        self.cancel_btn.clicked.connect(self.reject)
        row.addWidget(self.start_btn)
        row.addWidget(self.cancel_btn)
        row.addStretch(1)
        outer.addLayout(row)
        self._check()
        window = parent.window() if parent is not None else None
        if window is not None:  # never taller or wider than the window it belongs to
            self.setMaximumSize(window.width(), window.height())
            self.resize(min(window.width(), self.fontMetrics().averageCharWidth() * 70), window.height() * 4 // 5)

    def _units_text(self, units: list[int]) -> str:
        """ "5", "5 and 7", "5, 6 and 7"."""
        if len(units) == 1:
            return str(units[0])
        return (
            QCoreApplication.translate("Together", "%1 and %2")
            .replace("%1", ", ".join(str(u) for u in units[:-1]))
            .replace("%2", str(units[-1]))
        )

    def _open_text(self, child: Child, units: list[int]) -> str:
        text = (
            self.tr("%1 (ages %2): unit %3 is open") if len(units) == 1 else self.tr("%1 (ages %2): units %3 are open")
        )
        return text.replace("%1", child.nickname).replace("%2", child.age_band).replace("%3", self._units_text(units))

    def _has_text(self, child: Child) -> str:
        units = self.open_units[child.id or 0]
        text = self.tr("%1 has unit %2 open") if len(units) == 1 else self.tr("%1 has units %2 open")
        return text.replace("%1", child.nickname).replace("%2", self._units_text(units))

    def picked(self) -> list[Child]:
        """The children ticked."""
        return [c for c, w in self.checks if w.isChecked()]

    def units(self) -> list[int]:
        """The units offered: open for every child ticked (none until 2 are ticked)."""
        from familysafe.services import together as tg  # not at start: it reads content models

        kids = self.picked()
        return tg.common_units(self.svc, kids) if len(kids) >= tg.MIN_CHILDREN else []

    def _check(self) -> None:
        from familysafe.services import together as tg  # not at start: it reads content models

        kids = self.picked()
        n = len(kids)
        units = self.units() if n <= tg.MAX_CHILDREN else []
        keep = self.unit_box.currentData()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        for unit in units:
            fam = self.svc.library.family_for_unit(unit)
            self.unit_box.addItem(
                self.tr("Unit %1: %2").replace("%1", str(unit)).replace("%2", fam.title if fam else ""), unit
            )
        for choice in (keep, self.best):  # the unit chosen before, else the one most children share
            if choice in units:
                self.unit_box.setCurrentIndex(units.index(choice))
                break
        self.unit_box.blockSignals(False)
        self.unit_box.setEnabled(bool(units))
        self.unit_box.setPlaceholderText("" if units else self.tr("No unit is open for all of them"))
        if not tg.MIN_CHILDREN <= n <= tg.MAX_CHILDREN:
            text = self.tr("Pick 2 to 4 children (%1 picked).").replace("%1", str(n))
        elif not units:
            each = "; ".join(self._has_text(c) for c in kids)
            text = self.tr(
                "No unit is open for all of them (%1). A sitting does one unit that every child has open and "
                "not done yet: untick a child, or let each one do their own unit on their own."
            ).replace("%1", each)
        else:
            text = ""
        self.message.set_content(text)
        self.message.setVisible(bool(text))
        self.start_btn.setEnabled(tg.MIN_CHILDREN <= n <= tg.MAX_CHILDREN and bool(units))
        self.start_btn.setToolTip(text)  # why it cannot start, also where the words are scrolled out of view
        if text and self.isVisible():  # the reason is below the boxes: bring it into view (small screens)
            QTimer.singleShot(0, self, lambda: self.body_scroll.ensureWidgetVisible(self.message))

    def start(self) -> None:
        """Hand the sitting's opener to the window and close."""
        from familysafe.services import together as tg  # not at start: it reads content models

        kids = self.picked()
        unit = self.unit_box.currentData()
        fam = self.svc.library.family_for_unit(unit) if unit is not None else None
        if fam is None or not tg.MIN_CHILDREN <= len(kids) <= tg.MAX_CHILDREN or unit not in self.units():
            return
        svc = self.svc
        self.accept()
        self.chosen.emit(lambda: tg.open_together(svc, kids, fam))


class TogetherRow(QFrame):
    """The home screen's "Together" card: start a sitting, carry one on, or a follow-up kept for later."""

    start_together = Signal(object)  # an Opener
    start_activity = Signal(object, object)  # child, activity (a follow-up, played as a solo session)

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        from familysafe.services import together as tg  # not at start: it reads content models

        super().__init__(parent)
        self.svc = svc
        self.setObjectName("card")
        self.picker: TogetherPicker | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 14, 20, 14)
        lay.setSpacing(8)
        lay.addWidget(label(self.tr("Together"), "subtitle"))
        self.buttons: list[QWidget] = []
        self.together_btn: QWidget | None = None
        if tg.can_do_together(svc):
            lay.addWidget(
                label(self.tr("Brothers and sisters can do this unit in one sitting, each at their own level."))
            )
            b = button(self.tr("Do it together"), object_name="primary")
            b.clicked.connect(self.open_picker)
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
            self.together_btn = b
            self.buttons.append(b)
        for u in tg.unfinished(svc):
            text = self.tr("Carry on together: %1 (%2)").replace("%1", u.activity.title)
            b = button(text.replace("%2", names_text(u.children)), object_name="primary")
            b.clicked.connect(lambda _=False, tid=u.together_id: self._resume(tid))
            lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(b)
        for child in svc.children():
            for act in tg.pending_follow_ups(svc, child):
                text = self.tr("Do the rest of %1 with %2 on your own").replace("%1", act.title)
                b = button(text.replace("%2", child.nickname))
                b.clicked.connect(lambda _=False, c=child, a=act: self._follow_up(c, a))
                lay.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
                self.buttons.append(b)
        self.setVisible(bool(self.buttons))

    def open_picker(self) -> TogetherPicker:
        """Open the picker (modal, not blocking: tests and the keyboard drive it)."""
        self.picker = TogetherPicker(self.svc, self)
        self.picker.chosen.connect(self.start_together)
        self.picker.open()
        return self.picker

    def _resume(self, together_id: int) -> None:
        from familysafe.services import together as tg  # not at start: it reads content models

        svc = self.svc

        def opener() -> Session | None:

            return tg.resume_together(svc, together_id)

        self.start_together.emit(opener)

    def _follow_up(self, child: Child, act: Activity) -> None:
        self.start_activity.emit(child, act)
