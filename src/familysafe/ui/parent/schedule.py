"""The Schedule tab: how often activities open, each child's start date and unit dates, opening the
next activity early, and the dates as a calendar file for a phone."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFileDialog, QFormLayout, QTimeEdit, QVBoxLayout, QWidget

from familysafe.core.models import CADENCES, Child
from familysafe.core.schedule import start_date_bounds
from familysafe.services.calendar import calendar_text, unlock_events, write_calendar
from familysafe.ui.errors import error_text
from familysafe.ui.i18n import plural
from familysafe.ui.parent import dialogs
from familysafe.ui.parent.common import (
    CHILDREN,
    DEFAULT_REMINDER,
    FAMILY,
    PACKS,
    UNLOCKS,
    Tab,
    card,
    guarded,
    medium_date,
    medium_pattern,
    named,
    qdate,
    safe_name,
)
from familysafe.ui.widgets import TextBlock, button, flow, label


class ScheduleTab(Tab):
    """The unlock schedule and the calendar file."""

    shows = frozenset({CHILDREN, UNLOCKS, PACKS, FAMILY})
    children_changed = Signal()

    def build(self) -> QWidget:
        self.calendar_buttons: dict[int, QWidget] = {}
        w = QWidget()
        lay = QVBoxLayout(w)
        form = QFormLayout()
        self.cadence = QComboBox()
        self.cadence.setAccessibleName(self.tr("Days between activities"))
        for days in CADENCES:
            self.cadence.addItem(self.tr("Every %1 days").replace("%1", str(days)), days)
        self.cadence.setCurrentIndex(CADENCES.index(self.svc.cadence()) if self.svc.cadence() in CADENCES else 1)
        self.cadence.activated.connect(self._set_cadence)
        form.addRow(self.tr("New activities open"), self.cadence)
        lay.addLayout(form)

        c, cl = card()
        cl.addWidget(label(self.tr("Add the dates to a phone calendar"), "subtitle"))
        cl.addWidget(
            label(
                self.tr(
                    "Save a calendar file (.ics) with the days a new activity can open, then open it on your "
                    "phone or send it to yourself. Nothing is sent anywhere by FamilySafe."
                ),
                "muted",
            )
        )
        self.cal_timed = QCheckBox(self.tr("At a time of day (not all-day)"))
        self.cal_timed.setAccessibleName(self.tr("Calendar events at a time of day"))
        self.cal_time = QTimeEdit(QTime(DEFAULT_REMINDER.hour, DEFAULT_REMINDER.minute))
        self.cal_time.setDisplayFormat("HH:mm")
        named(self.cal_time, self.tr("Time of the calendar events"))
        self.cal_time.setEnabled(False)
        self.cal_timed.toggled.connect(self.cal_time.setEnabled)
        cl.addWidget(flow(self.cal_timed, self.cal_time))
        lay.addWidget(c)

        lay.addWidget(label(self.legend(), "muted"))
        for child in self.svc.children():
            c, cl = card()
            cl.addWidget(label(child.nickname, "subtitle"))
            start = QDateEdit()
            # Bounded before the date is set and before it is connected, so an odd stored date is shown
            # at the nearest end of the range without being saved (data_notices tells the parent).
            first, last = start_date_bounds(self.svc.clock.now().date())
            start.setDateRange(qdate(first), qdate(last))
            start.setDate(qdate(child.start_date))
            start.setCalendarPopup(True)
            start.setDisplayFormat(medium_pattern())  # words, not numbers only
            named(start, self.tr("%1's start date").replace("%1", child.nickname))
            start.dateChanged.connect(lambda d, ch=child: self._set_start(ch, d))
            early = button(
                self.tr("Open the next activity now"),
                name=self.tr("Open the next activity now for %1").replace("%1", child.nickname),
            )
            early.clicked.connect(lambda _=False, ch=child: self._unlock_early(ch))
            cal = button(
                self.tr("Save the dates as a calendar…"),
                name=self.tr("Save %1's dates as a calendar file").replace("%1", child.nickname),
            )
            cal.clicked.connect(lambda _=False, ch=child: self.save_calendar(ch))
            assert child.id is not None
            self.calendar_buttons[child.id] = cal
            cl.addWidget(flow(label(self.tr("Started on"), wrap=False), start, early, cal))
            cl.addWidget(TextBlock("\n".join(self._unit_lines(child))))
            lay.addWidget(c)
        lay.addStretch(1)
        return w

    def _set_cadence(self) -> None:
        fam = self.svc.family()
        if fam is not None:
            fam.cadence_days = int(self.cadence.currentData())
            self.svc.save_family(fam)
            self.children_changed.emit()

    def _set_start(self, child: Child, d: QDate) -> None:
        before = child.start_date
        child.start_date = date(d.year(), d.month(), d.day())
        try:
            self.svc.update_child(child)
        except ValueError as e:  # outside the range (the box allows only the range): say so, keep the old
            child.start_date = before
            self.say(error_text(e), ok=False)
            return
        self.children_changed.emit()

    # One symbol per meaning (issue 16, item 12), each said in words in the legend above the children.
    MARKS: ClassVar[dict[str, str]] = {"done": "✓", "early": "»", "open": "○", "locked": "·"}

    def legend(self) -> str:
        m = self.MARKS
        return self.tr("%1 done, %2 opened early by you, %3 open, %4 not open yet").replace(
            "%1", m["done"]
        ).replace("%2", m["early"]).replace("%3", m["open"]).replace("%4", m["locked"])

    def _unit_lines(self, child: Child) -> list[str]:
        words = {
            "done": self.tr("done"),
            "early": self.tr("opened early"),
            "open": self.tr("open"),
            "locked": self.tr("not open yet"),
        }
        lines = []
        for unit, when, state in self.svc.unit_states(child)[:26]:
            lines.append(
                f"- {self.MARKS[state]} "
                + self.tr("Unit %1: %2 (%3)")
                .replace("%1", str(unit))
                .replace("%2", medium_date(when) if when != date.max else self.tr("no date"))
                .replace("%3", words[state])
            )
        return lines

    def _unlock_early(self, child: Child) -> None:
        unit = self.svc.unlock_next_early(child)
        if unit is None:
            self.say(self.tr("Every activity for %1 is already open.").replace("%1", child.nickname))
            return
        self.children_changed.emit()
        self.changed.emit(frozenset({UNLOCKS}))
        self.say(
            self.tr("Unit %1 is now open for %2: it is on the home screen, ready when you are.")
            .replace("%1", str(unit))
            .replace("%2", child.nickname)
        )

    @guarded
    def save_calendar(self, child: Child) -> Path | None:
        """Save the child's coming unlock dates as an .ics file where the grown-up chooses."""
        default = dialogs.documents_dir() / f"FamilySafe {safe_name(child.nickname)}.ics"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the calendar"), str(default), self.tr("Calendar files (*.ics)")
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")
        at = None
        if self.cal_timed.isChecked():
            t = self.cal_time.time()
            at = time(t.hour(), t.minute())
        events = unlock_events(
            self.svc.upcoming_unlocks(child),
            child.id,
            child.nickname,
            self.tr("FamilySafe: a new activity for %1"),
            self.tr("Unit %1: %2. It opens on this day once the one before is done; 15 minutes, when it suits you."),
        )
        text = calendar_text(
            events, now=self.svc.clock.now(), at=at, name=self.tr("FamilySafe: %1").replace("%1", child.nickname)
        )
        try:
            write_calendar(path, text)
        except OSError as e:
            self.say(
                self.tr("The calendar could not be saved as %1 (%2). Nothing was saved.")
                .replace("%1", str(path))
                .replace("%2", e.strerror or str(e)),
                ok=False,
            )
            return None
        if events:
            self.say(
                plural(
                    self.tr(
                        "Saved %n date(s) for %2 in %3. Open that file on your phone to add them to its calendar.",
                        "",
                        len(events),
                    ),
                    len(events),
                )
                .replace("%2", child.nickname)
                .replace("%3", str(path))
            )
        else:
            self.say(
                self.tr("There are no more dates to come for %1; the calendar file %2 is empty.")
                .replace("%1", child.nickname)
                .replace("%2", str(path))
            )
        return path
