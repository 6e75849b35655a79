"""Home: a card per child with what is open now, what is done, and when the next unit comes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.content.library import ActivityInfo
from familysafe.core.models import Child
from familysafe.services import review
from familysafe.services.family import ChildOverview, FamilyService
from familysafe.ui import deferred
from familysafe.ui.widgets import Card, Picture, button, label, scrolling


def next_unlock_text(ov: ChildOverview, today_qdate: QDate, locale: QLocale) -> str:
    """ "The next activity unlocks in N days, on <date>", or why it is waiting, in the user's locale."""
    nxt = ov.next_unlock
    if nxt is None:
        if not ov.total_units:
            return ""
        if not ov.todo and len(ov.done) >= ov.total_units:
            return QCoreApplication.translate("Home", "Every activity of the year is done. Well done, all of you!")
        return QCoreApplication.translate("Home", "Every activity of the year is open.")
    when = QDate(nxt.date.year, nxt.date.month, nxt.date.day)
    days = today_qdate.daysTo(when)
    date_text = locale.toString(when, QCoreApplication.translate("Home", "dddd d MMMM"))
    if nxt.waiting_for_finish and days <= 0:
        return QCoreApplication.translate("Home", "The next activity opens when this one is done. No rush.")
    if days <= 0:
        return QCoreApplication.translate("Home", "The next activity opens today.")
    if nxt.waiting_for_finish:
        text = (
            QCoreApplication.translate("Home", "The next activity unlocks tomorrow, %2, once this one is done.")
            if days == 1
            else QCoreApplication.translate(
                "Home", "The next activity unlocks in %1 days, on %2, once this one is done."
            )
        )
    else:
        text = (
            QCoreApplication.translate("Home", "The next activity unlocks tomorrow, %2.")
            if days == 1
            else QCoreApplication.translate("Home", "The next activity unlocks in %1 days, on %2.")
        )
    return text.replace("%1", str(days)).replace("%2", date_text)


def _py_date(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


# Pictures that say "locked": never beside "Ready for you".
LOCKED_LOOKING = frozenset({"padlock", "lock", "locked"})


def card_picture(a: ActivityInfo) -> str:
    """The picture for an activity's line on the home card: its first step's, unless that one looks locked."""
    for picture in a.pictures:
        if picture and picture not in LOCKED_LOOKING:
            return picture
    return "star"


class ChildCard(Card):
    """One child's card."""

    start = Signal(object, object)  # child, activity
    start_review = Signal(object)  # child

    def __init__(
        self,
        ov: ChildOverview,
        today: QDate,
        locale: QLocale,
        parent: QWidget | None = None,
        review_status: review.ReviewStatus | None = None,
    ) -> None:
        super().__init__(parent=parent)
        self.ov = ov
        self.setAccessibleName(self.tr("%1's activities").replace("%1", ov.child.nickname))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 18, 20, 18)
        lay.setSpacing(12)
        head = QHBoxLayout()
        head.addWidget(Picture("avatars", ov.child.avatar, 72))
        names = QVBoxLayout()
        names.addWidget(label(ov.child.nickname, "title"))
        names.addWidget(label(self.tr("Ages %1").replace("%1", ov.child.age_band), "muted"))
        head.addLayout(names, 1)
        lay.addLayout(head)

        self.start_buttons: list[tuple[ActivityInfo, QWidget]] = []
        if ov.todo:
            lay.addWidget(label(self.tr("Ready for you"), "subtitle"))
            for a in ov.todo:
                row = QHBoxLayout()
                row.addWidget(Picture("pictures", card_picture(a), 48))
                txt = QVBoxLayout()
                txt.addWidget(label(a.title, "subtitle"))
                txt.addWidget(
                    label(self.tr("Unit %1 · about 15 minutes").replace("%1", str(a.unit)), "muted")
                )
                row.addLayout(txt, 1)
                resume = a.id in ov.in_progress
                b = button(
                    self.tr("Carry on") if resume else self.tr("Start"),
                    name=(self.tr("Carry on %1") if resume else self.tr("Start %1")).replace("%1", a.title),
                    object_name="primary",
                )
                b.clicked.connect(lambda _=False, a=a: self.start.emit(ov.child, a))
                row.addWidget(b)
                lay.addLayout(row)
                self.start_buttons.append((a, b))
        # After the band's year: a review session each cadence period (issue 17, item 6; ui/review.py).
        self.review_btn: QWidget | None = None
        if review_status is not None and review_status.due:
            from familysafe.ui.review import review_row

            row, self.review_btn = review_row(review_status, ov.child.nickname)
            self.review_btn.clicked.connect(lambda _=False: self.start_review.emit(ov.child))
            lay.addLayout(row)
        elif not ov.todo:
            lay.addWidget(label(self.tr("All done for now. Well done!"), "subtitle"))

        self.next_label = label(next_unlock_text(ov, today, locale), "muted")
        lay.addWidget(self.next_label)
        if review_status is not None and review_status.year_done is not None and not review_status.due:
            from familysafe.ui.review import next_review_text

            self.review_label = label(next_review_text(review_status, _py_date(today), locale), "muted")
            lay.addWidget(self.review_label)

        if ov.done:
            lay.addWidget(label(self.tr("Badges"), "subtitle"))
            grid = QGridLayout()
            for i, a in enumerate(ov.done[-8:]):
                cell = QVBoxLayout()
                badge = Picture("badges", a.strand, 56)
                badge.setAccessibleName(self.tr("Badge: %1").replace("%1", a.badge))
                badge.setToolTip(f"{a.badge} · {a.title}")
                cell.addWidget(badge, 0, Qt.AlignmentFlag.AlignHCenter)
                cell.addWidget(label(a.badge, "muted"))
                grid.addLayout(cell, i // 4, i % 4)
            grid.setColumnStretch(4, 1)
            lay.addLayout(grid)
            n = len(ov.done)
            done = self.tr("1 activity done") if n == 1 else self.tr("%1 activities done").replace("%1", str(n))
            lay.addWidget(label(done, "muted"))
        if ov.done_in_all > len(ov.done):  # earlier age groups' activities count too (issue 17)
            lay.addWidget(
                label(self.tr("%1 activities done in all").replace("%1", str(ov.done_in_all)), "muted")
            )


class HomeScreen(QWidget):
    """All the children's cards."""

    start_activity = Signal(object, object)  # child, activity
    start_review = Signal(object)  # child
    start_together = Signal(object)  # issue 18: a callable that opens the sitting (ui/together.py)
    add_child = Signal()

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.cards: list[ChildCard] = []
        self._together_holder: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scrolling(name=self.tr("The children's activities"))
        outer.addWidget(self.scroll_area)
        self.banner = label("", "good")
        self.banner.setVisible(False)

    def _fill_together(self, holder: QWidget) -> None:
        """Put the row of sittings together in its place (skipped when the page was rebuilt since)."""
        if holder is not self._together_holder:
            return
        from familysafe.ui.together import TogetherRow

        self.together = TogetherRow(self.svc)
        self.together.start_together.connect(self.start_together)
        self.together.start_activity.connect(self.start_activity)
        lay = holder.layout()
        assert lay is not None
        lay.addWidget(self.together)

    def refresh(self, banner: str = "") -> None:
        """Record what the schedule opens today, then rebuild the cards from the store."""
        self.svc.refresh_schedule()
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(28, 20, 28, 28)
        lay.setSpacing(18)
        fam = self.svc.family()
        greeting = self.tr("Hello, %1 family!").replace("%1", fam.name) if fam else self.tr("Hello!")
        lay.addWidget(label(greeting, "title"))
        if banner:
            b = label(banner, "good")
            b.setObjectName("good")
            lay.addWidget(b)
        locale = QLocale()
        now = self.svc.clock.now().date()
        today = QDate(now.year, now.month, now.day)
        # Issue 18: the row of sittings together reads family activities (content models), so at the
        # app's start it is filled just after the first paint (ui/deferred.py).
        holder = QWidget()
        holder_lay = QVBoxLayout(holder)
        holder_lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(holder)
        self._together_holder = holder
        deferred.when_painted(lambda: self._fill_together(holder))
        self.cards = []
        grid = QGridLayout()
        grid.setSpacing(18)
        children = self.svc.children()
        app = QApplication.instance()
        scale = float(app.property("familysafe_scale") or 1.0) if app else 1.0
        columns = 1 if scale >= 1.5 else 2
        for i, child in enumerate(children):
            card = ChildCard(self.svc.overview(child), today, locale, review_status=review.status(self.svc, child))
            card.start.connect(self.start_activity)
            card.start_review.connect(self.start_review)
            self.cards.append(card)
            grid.addWidget(card, i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(grid)
        if not children:
            lay.addWidget(label(self.tr("No children yet. A grown-up can add one in the parent area."), "muted"))
        lay.addWidget(
            label(
                self.tr(
                    "Your grown-up can see which activities you have done. Click 'What grown-ups see' to find out more."
                ),
                "muted",
            )
        )
        lay.addStretch(1)
        self.scroll_area.setWidget(body)

    def card_for(self, child: Child) -> ChildCard | None:
        """The card of a child (for tests and focus)."""
        return next((c for c in self.cards if c.ov.child.id == child.id), None)
