"""The parent area, behind the PIN: progress, schedule and calendar, children, settings and reminders,
notes, printouts, the family's data (export, backups, erasing) and content packs.

Every action that touches a file reports in the status line what it did and where, or what went
wrong and where; a failure changes nothing saved, and no traceback ever reaches the family.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections.abc import Callable
from datetime import date, time
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QLocale, QObject, QStandardPaths, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QIcon, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QSystemTrayIcon,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.content import load_pack
from familysafe.core.models import AGE_BANDS, CADENCES, Child, Note
from familysafe.resources import asset
from familysafe.services.family import FamilyService
from familysafe.services.reminders import CHECK_INTERVAL_MS, ReminderCheck, WeeklyReminder
from familysafe.ui.guides import GuidesScreen
from familysafe.ui.i18n import LANGUAGES, strand_name, system_language
from familysafe.ui.setup import AVATARS, AvatarPicker
from familysafe.ui.speech import Speaker
from familysafe.ui.widgets import Card, FlowLayout, TextBlock, button, label, scrolling

log = logging.getLogger("familysafe")
F = TypeVar("F", bound=Callable[..., Any])

# The tabs, in order (tests and the screenshot tool open them by index).
TAB_PROGRESS, TAB_SCHEDULE, TAB_CHILDREN, TAB_SETTINGS, TAB_NOTES, TAB_PRINT, TAB_DATA, TAB_PACKS, TAB_GUIDES = range(9)
DEFAULT_REMINDER = time(18, 0)


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _safe_name(text: str) -> str:
    """Text made safe as part of a file name."""
    return re.sub(r"[^\w .-]", "_", text, flags=re.UNICODE).strip(" .") or "FamilySafe"


def _named(w: QWidget, name: str) -> QWidget:
    """Give a widget and its inner line edit (date and time boxes have one) an accessible name."""
    w.setAccessibleName(name)
    for inner in w.findChildren(QLineEdit):
        inner.setAccessibleName(name)
    return w


def documents_dir() -> Path:
    """Where file dialogs start: the user's Documents folder, else home."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


# ---------------------------------------------------------------- dialogs (tests replace these)


def confirm(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """Ask before something that cannot be undone. "No" is the default and Escape; both are equally easy."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes_btn = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    no_btn = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    yes_btn.setAccessibleName(yes)
    no_btn.setAccessibleName(no)
    box.setDefaultButton(no_btn)
    box.setEscapeButton(no_btn)
    box.exec()
    return box.clickedButton() is yes_btn


def ask_secret(parent: QWidget, title: str, text: str) -> str | None:
    """Ask for the PIN (typed hidden); None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return value if ok else None


def run_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """Let the grown-up choose a printer; True when they pressed Print."""
    return bool(QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted)


def _guarded(fn: F) -> F:
    """A slot that never lets an exception escape: it is logged and the status line says so."""

    @functools.wraps(fn)
    def wrapper(self: ParentArea, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except Exception as e:
            log.exception("parent area: %s failed", fn.__name__)
            self.say(
                self.tr("Something went wrong (%1). Nothing else was changed; please try again.").replace("%1", str(e)),
                ok=False,
            )
            return None

    return wrapper  # type: ignore[return-value]


class ReminderRunner(QObject):
    """Checks the weekly reminder once a minute (reminders.ReminderCheck decides) and, when it is due,
    emits `remind` for a banner, and shows a tray notification where the computer has a tray."""

    remind = Signal(str)

    def __init__(self, svc: FamilyService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.check = ReminderCheck(svc)
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> str:
        """Check now; return (and announce) the reminder's text, or "" when none is due."""
        try:
            if not self.check.check():
                return ""
            text = self.message()
        except Exception:  # a reminder is never worth a crash
            log.exception("weekly reminder check failed")
            return ""
        self.remind.emit(text)
        self.notify(text)
        return text

    def message(self) -> str:
        """The reminder's words: gentle, and naming who has something ready."""
        ready = [c.nickname for c in self.svc.children() if self.svc.overview(c).todo]
        if not ready:
            return self.tr(
                "It's your weekly FamilySafe time. Nothing new is waiting: a look at the badges together is nice too."
            )
        return self.tr("It's your weekly FamilySafe time. Ready when you are: %1.").replace("%1", ", ".join(ready))

    def notify(self, text: str) -> bool:
        """Show a tray notification if there is a tray (never the only channel); True if shown."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self.tray is None:
            self.tray = QSystemTrayIcon(QIcon(str(asset("icons", "familysafe.svg"))), self)
            self.tray.setToolTip(self.tr("FamilySafe"))
        self.tray.show()
        self.tray.showMessage(self.tr("FamilySafe"), text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        return True


class PinGate(QWidget):
    """Asks for the PIN, with the core's throttling, and a "forgot my PIN" path."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        lay = QVBoxLayout(self)
        lay.setContentsMargins(60, 40, 60, 40)
        lay.setSpacing(14)
        lay.addWidget(label(self.tr("For grown-ups"), "title"))
        lay.addWidget(label(self.tr("Type the parent PIN to open the parent area.")))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Parent PIN"))
        self.pin.setMaxLength(8)
        self.pin.returnPressed.connect(self.try_pin)
        lay.addWidget(self.pin)
        row = QHBoxLayout()
        self.ok = button(self.tr("Open"), object_name="primary")
        self.ok.clicked.connect(self.try_pin)
        self.cancel = button(self.tr("Back"))
        self.cancel.clicked.connect(self.cancelled)
        self.forgot = button(self.tr("I forgot the PIN"))
        self.forgot.clicked.connect(self._show_recovery)
        row.addWidget(self.ok)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.forgot)
        lay.addLayout(row)
        self.message = label("", "subtitle")
        lay.addWidget(self.message)

        self.recovery = QWidget()
        rl = QVBoxLayout(self.recovery)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(label(self.tr("Type the recovery code you wrote down when you set up FamilySafe, and a new PIN.")))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
        self.reset = button(self.tr("Set the new PIN"), object_name="primary")
        self.reset.clicked.connect(self.try_recovery)
        self.new_code = label("", "title")
        self.new_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.code, self.new_pin, self.reset, self.new_code):
            rl.addWidget(w)
        self.recovery.setVisible(False)
        lay.addWidget(self.recovery)
        lay.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._update_wait)

    def start(self) -> None:
        """Show the gate, empty, with any wait still running."""
        self.pin.clear()
        self.message.setText("")
        self.recovery.setVisible(False)
        self.new_code.setText("")
        self._update_wait()
        self.pin.setFocus()

    def _update_wait(self) -> None:
        wait = self.svc.pin_wait()
        if wait > 0:
            self.message.setText(
                self.tr("Too many wrong tries. Please wait %1 seconds and try again.").replace(
                    "%1", str(math.ceil(wait))
                )
            )
            self.ok.setEnabled(False)
            self._timer.start()
        else:
            self.ok.setEnabled(True)
            self._timer.stop()

    def try_pin(self) -> None:
        """Check the PIN typed."""
        result = self.svc.check_pin(self.pin.text())
        self.pin.clear()
        if result.ok:
            self.message.setText("")
            self.unlocked.emit()
            return
        if result.wait_seconds > 0:
            self._update_wait()
        else:
            self.message.setText(self.tr("That PIN is not right. Please try again."))
        self.pin.setFocus()

    def _show_recovery(self) -> None:
        self.recovery.setVisible(True)
        self.code.setFocus()

    def try_recovery(self) -> None:
        """Set a new PIN with the recovery code."""
        try:
            code = self.svc.recover_pin(self.code.text(), self.new_pin.text())
        except ValueError as e:
            self.message.setText(str(e))
            return
        if code is None:
            self.message.setText(self.tr("That recovery code is not right. Check it and try again."))
            return
        self.message.setText(self.tr("The new PIN is set. Here is your new recovery code: write it down."))
        self.new_code.setText(code)
        self.code.clear()
        self.new_pin.clear()


class ParentArea(QWidget):
    """The parent area's tabs."""

    close_area = Signal()
    settings_changed = Signal()
    language_changed = Signal(str)
    children_changed = Signal()
    # The family's data was replaced (restored from a backup, or erased): every screen must reload,
    # and with no family the app goes back to the first run. svc.store is already the new store.
    store_replaced = Signal()
    # A gentle reminder for the home screen's banner (the weekly family time).
    reminder = Signal(str)

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.gate = PinGate(svc)
        self.gate.unlocked.connect(self._open)
        self.gate.cancelled.connect(self.close_area)
        self.gate_scroll = scrolling(self.gate, self.tr("For grown-ups"))
        self.stack.addWidget(self.gate_scroll)
        self.area = QWidget()
        al = QVBoxLayout(self.area)
        al.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Parent area"), "title"), 1)
        self.close_btn = button(self.tr("Close the parent area"))
        self.close_btn.clicked.connect(self.close_area)
        head.addWidget(self.close_btn)
        al.addLayout(head)
        self.clock_note = label("", "nudgeText")
        self.clock_note.setVisible(False)
        al.addWidget(self.clock_note)
        self.status = label("", "good")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)
        al.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parent area sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parent area sections"))
        al.addWidget(self.tabs, 1)
        # Made once and kept across refreshes, so a search or an open guide survives them.
        self.guides = GuidesScreen(svc)
        self.guides.new_count_changed.connect(self._label_guides_tab)
        self.stack.addWidget(self.area)
        self.reminders = ReminderRunner(svc, self)
        self.reminders.remind.connect(self.reminder)
        self._reset_refs()

    def _reset_refs(self) -> None:
        # Widgets of the current build of the tabs, by child id (for the keyboard, the tests and focus).
        self.calendar_buttons: dict[int, Any] = {}
        self.certificate_rows: dict[int, tuple[QComboBox, Any, Any]] = {}
        self.summary_buttons: dict[int, tuple[Any, Any]] = {}
        self.note_rows: list[tuple[Note, QPlainTextEdit, Any, Any]] = []
        self.pack_remove_buttons: dict[str, Any] = {}

    # ------------------------------------------------------------ opening and the status line

    def start(self) -> None:
        """Open at the PIN gate (or straight in when there is no PIN)."""
        if self.svc.has_pin():
            self.stack.setCurrentWidget(self.gate_scroll)
            self.gate.start()
        else:
            self._open()

    def _open(self) -> None:
        self.say("")
        self.refresh()
        self.stack.setCurrentWidget(self.area)
        self.tabs.tabBar().setFocus()

    def say(self, text: str, ok: bool = True) -> None:
        """Show what an action did (or what went wrong, and where) in the status line."""
        self.status.setObjectName("good" if ok else "nudgeText")
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def show_tab(self, index: int) -> None:
        """Show one of the tabs (TAB_...)."""
        self.tabs.setCurrentIndex(index)

    def visit_banner(self) -> str:
        """The banner for the start of a visit: what has opened since the last one ("" if nothing).
        Call once at start-up: it records this visit."""
        try:
            items = self.svc.unlocks_since_last_visit()
        except Exception:
            log.exception("could not work out what is new since the last visit")
            return ""
        names = [c.nickname for c, _ in items]
        if not names:
            return ""
        if len(names) == 1:
            return self.tr("Something new is ready for %1 since your last visit.").replace("%1", names[0])
        return self.tr("Something new is ready since your last visit, for %1.").replace("%1", ", ".join(names))

    def refresh(self) -> None:
        """Rebuild the tabs from the store."""
        current = self.tabs.currentIndex()
        old_pages = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()  # removes the pages without deleting them: they are deleted below
        for page in old_pages:
            if page is not None and page is not self.guides:
                page.deleteLater()
        self._reset_refs()
        warning = self.svc.clock_warning()
        if warning:
            kind = warning.split("|")[0]
            text = (
                self.tr("This computer's clock went backwards. Nothing was lost; activities already open stay open.")
                if kind == "backwards"
                else self.tr("This computer's clock jumped forwards. Only finishing activities opens new ones.")
            )
            self.clock_note.setText(text)
            self.clock_note.setVisible(True)
        else:
            self.clock_note.setVisible(False)
        for build, name in (
            (self._progress_tab, self.tr("Progress")),
            (self._schedule_tab, self.tr("Schedule")),
            (self._children_tab, self.tr("Children")),
            (self._settings_tab, self.tr("Settings")),
            (self._notes_tab, self.tr("Notes")),
            (self._print_tab, self.tr("Print")),
            (self._data_tab, self.tr("Your data")),
            (self._packs_tab, self.tr("Content packs")),
        ):
            self.tabs.addTab(scrolling(build(), name), name)
        self.tabs.addTab(self.guides, self.tr("Guides"))
        self.guides.refresh()  # also labels the tab "Guides (N new)"
        if current >= 0:
            self.tabs.setCurrentIndex(current)

    def _label_guides_tab(self, new: int) -> None:
        i = self.tabs.indexOf(self.guides)
        if i >= 0:
            self.tabs.setTabText(i, self.tr("Guides (%1 new)").replace("%1", str(new)) if new else self.tr("Guides"))

    @staticmethod
    def _scroll(w: QWidget) -> QScrollArea:
        return scrolling(w)

    @staticmethod
    def _flow(*widgets: QWidget) -> QWidget:
        """A row of controls that wraps onto more lines at large text sizes instead of clipping."""
        holder = QWidget()
        flow = FlowLayout(holder)
        flow.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            flow.addWidget(w)
        return holder

    @staticmethod
    def _card() -> tuple[Card, QVBoxLayout]:
        card = Card()
        lay = QVBoxLayout(card)
        lay.setContentsMargins(18, 12, 18, 12)
        return card, lay

    # ------------------------------------------------------------ progress

    def _progress_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        for child in self.svc.children():
            p = self.svc.progress(child)
            card, cl = self._card()
            cl.addWidget(label(child.nickname, "subtitle"))
            cl.addWidget(
                label(
                    (self.tr("1 activity finished") if p.finished == 1 else self.tr("%1 activities finished")).replace(
                        "%1", str(p.finished)
                    )
                    + " · "
                    + self.tr("%2 minutes together").replace("%2", str(round(p.minutes)))
                )
            )
            if p.quiz_by_strand:
                cl.addWidget(label(self.tr("Quiz answers by topic"), "muted"))
                for strand, (right, asked) in sorted(p.quiz_by_strand.items()):
                    cl.addWidget(
                        label(
                            self.tr("%1: %2 of %3 quizzes answered correctly")
                            .replace("%1", strand_name(strand))
                            .replace("%2", str(right))
                            .replace("%3", str(asked))
                        )
                    )
            notes = self.svc.notes(child)
            if notes:
                cl.addWidget(label(self.tr("Your notes (change them in the Notes tab)"), "muted"))
                for n in notes[-5:]:
                    cl.addWidget(
                        label(
                            f"{QLocale().toString(_qdate(n.created.date()), QLocale.FormatType.ShortFormat)}: {n.text}"
                        )
                    )
            lay.addWidget(card)
        pledges = self.svc.pledges()
        if pledges:
            card, cl = self._card()
            cl.addWidget(label(self.tr("Our family agreement"), "subtitle"))
            cl.addWidget(TextBlock("\n".join(f"- {p.text}" for p in pledges)))
            lay.addWidget(card)
        lay.addStretch(1)
        return w

    # ------------------------------------------------------------ schedule and calendar

    def _schedule_tab(self) -> QWidget:
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

        card, cl = self._card()
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
        _named(self.cal_time, self.tr("Time of the calendar events"))
        self.cal_time.setEnabled(False)
        self.cal_timed.toggled.connect(self.cal_time.setEnabled)
        cl.addWidget(self._flow(self.cal_timed, self.cal_time))
        lay.addWidget(card)

        locale = QLocale()
        for child in self.svc.children():
            card, cl = self._card()
            cl.addWidget(label(child.nickname, "subtitle"))
            start = QDateEdit(_qdate(child.start_date))
            start.setCalendarPopup(True)
            _named(start, self.tr("%1's start date").replace("%1", child.nickname))
            start.dateChanged.connect(lambda d, c=child: self._set_start(c, d))
            early = button(
                self.tr("Open the next activity now"),
                name=self.tr("Open the next activity now for %1").replace("%1", child.nickname),
            )
            early.clicked.connect(lambda _=False, c=child: self._unlock_early(c))
            cal = button(
                self.tr("Save the dates as a calendar…"),
                name=self.tr("Save %1's dates as a calendar file").replace("%1", child.nickname),
            )
            cal.clicked.connect(lambda _=False, c=child: self.save_calendar(c))
            assert child.id is not None
            self.calendar_buttons[child.id] = cal
            cl.addWidget(self._flow(label(self.tr("Started on"), wrap=False), start, early, cal))
            lines = []
            for unit, when, open_ in self.svc.unit_dates(child)[:26]:
                mark = "✓" if open_ else "·"
                lines.append(
                    f"- {mark} "
                    + self.tr("Unit %1: %2")
                    .replace("%1", str(unit))
                    .replace("%2", locale.toString(_qdate(when), "d MMM yyyy"))
                )
            cl.addWidget(TextBlock("\n".join(lines)))
            lay.addWidget(card)
        lay.addStretch(1)
        return w

    def _set_cadence(self) -> None:
        fam = self.svc.family()
        if fam is not None:
            fam.cadence_days = int(self.cadence.currentData())
            self.svc.save_family(fam)
            self.children_changed.emit()

    def _set_start(self, child: Child, d: QDate) -> None:
        child.start_date = date(d.year(), d.month(), d.day())
        self.svc.update_child(child)
        self.children_changed.emit()

    def _unlock_early(self, child: Child) -> None:
        self.svc.unlock_next_early(child)
        self.children_changed.emit()
        self.refresh()

    @_guarded
    def save_calendar(self, child: Child) -> Path | None:
        """Save the child's coming unlock dates as an .ics file where the grown-up chooses."""
        from familysafe.services.calendar import CalendarEvent, calendar_text, write_calendar

        default = documents_dir() / f"FamilySafe {_safe_name(child.nickname)}.ics"
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
        events = [
            CalendarEvent(
                f"familysafe-child{child.id}-unit{unit}@familysafe.invalid",
                when,
                self.tr("FamilySafe: a new activity for %1").replace("%1", child.nickname),
                self.tr("Unit %1: %2. It opens on this day once the one before is done; 15 minutes, when it suits you.")
                .replace("%1", str(unit))
                .replace("%2", title),
            )
            for unit, when, title in self.svc.upcoming_unlocks(child)
        ]
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
                self.tr("Saved %1 dates for %2 in %3. Open that file on your phone to add them to its calendar.")
                .replace("%1", str(len(events)))
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

    # ------------------------------------------------------------ children

    def _children_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        for child in self.svc.children(include_archived=True):
            card = Card()
            cl = QVBoxLayout(card)
            cl.setContentsMargins(18, 10, 18, 10)
            name = QLineEdit(child.nickname)
            name.setMaxLength(30)
            name.setAccessibleName(self.tr("Nickname of %1").replace("%1", child.nickname))
            band = QComboBox()
            band.setAccessibleName(self.tr("Age group of %1").replace("%1", child.nickname))
            for b in AGE_BANDS:
                band.addItem(self.tr("Ages %1").replace("%1", b), b)
            band.setCurrentIndex(AGE_BANDS.index(child.age_band))
            save = button(self.tr("Save"), name=self.tr("Save %1").replace("%1", child.nickname))
            save.clicked.connect(
                lambda _=False, c=child, n=name, b=band: self._save_child(c, n.text(), b.currentData())
            )
            arch = button(
                self.tr("Bring back") if child.archived else self.tr("Archive"),
                name=(self.tr("Bring back %1") if child.archived else self.tr("Archive %1")).replace(
                    "%1", child.nickname
                ),
            )
            arch.clicked.connect(lambda _=False, c=child: self._archive(c))
            cl.addWidget(self._flow(name, band, save, arch))
            lay.addWidget(card)
        lay.addWidget(label(self.tr("Add a child"), "subtitle"))
        self.new_nick = QLineEdit()
        self.new_nick.setAccessibleName(self.tr("New child's nickname"))
        self.new_nick.setPlaceholderText(self.tr("Nickname"))
        self.new_band = QComboBox()
        self.new_band.setAccessibleName(self.tr("New child's age group"))
        for b in AGE_BANDS:
            self.new_band.addItem(self.tr("Ages %1").replace("%1", b), b)
        self.new_avatar = AvatarPicker()
        add = button(self.tr("Add this child"), object_name="primary")
        add.clicked.connect(self._add_child)
        self.child_error = label("", "nudgeText")
        for x in (self.new_nick, self.new_band, self.new_avatar, add, self.child_error):
            lay.addWidget(x)
        lay.addWidget(label(self.tr("To erase a child and everything about them, use the Your data tab."), "muted"))
        lay.addStretch(1)
        return w

    def _save_child(self, child: Child, nickname: str, band: str) -> None:
        nickname = nickname.strip()
        if not nickname:
            return
        child.nickname = nickname
        child.age_band = band  # type: ignore[assignment]
        self.svc.update_child(child)
        self.children_changed.emit()

    def _archive(self, child: Child) -> None:
        child.archived = not child.archived
        self.svc.update_child(child)
        self.children_changed.emit()
        self.refresh()

    def _add_child(self) -> None:
        try:
            self.svc.add_child(self.new_nick.text(), self.new_band.currentData(), self.new_avatar.value())
        except ValueError as e:
            self.child_error.setText(str(e))
            return
        self.children_changed.emit()
        self.refresh()

    # ------------------------------------------------------------ settings and the weekly reminder

    def _settings_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        fam = self.svc.family()
        settings = fam.settings if fam else {}
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Colours"))
        for key, name in (
            ("system", self.tr("Same as the computer")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.theme_combo.addItem(name, key)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.get("theme", "system"))))
        self.theme_combo.activated.connect(self._save_settings)
        form.addRow(self.tr("Colours"), self.theme_combo)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setAccessibleName(self.tr("Text size"))
        self.size_slider.setRange(100, 200)
        self.size_slider.setSingleStep(10)
        self.size_slider.setPageStep(25)
        try:
            self.size_slider.setValue(int(settings.get("text_scale", 100)))
        except (TypeError, ValueError):
            self.size_slider.setValue(100)
        self.size_value = label(f"{self.size_slider.value()} %")
        self.size_slider.valueChanged.connect(lambda v: self.size_value.setText(f"{v} %"))
        self.size_slider.sliderReleased.connect(self._save_settings)
        self.size_apply = button(self.tr("Apply text size"))
        self.size_apply.clicked.connect(self._save_settings)
        row = QHBoxLayout()
        row.addWidget(self.size_slider, 1)
        row.addWidget(self.size_value)
        row.addWidget(self.size_apply)
        form.addRow(self.tr("Text size"), row)
        self.easy_font = QCheckBox(self.tr("Use an easy-read font (Atkinson Hyperlegible)"))
        self.easy_font.setAccessibleName(self.tr("Easy-read font"))
        self.easy_font.setChecked(bool(settings.get("easy_read_font", False)))
        self.easy_font.toggled.connect(self._save_settings)
        form.addRow(self.tr("Font"), self.easy_font)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.get("language") or system_language()))
        )
        self.language_combo.activated.connect(self._save_language)
        form.addRow(self.tr("Language"), self.language_combo)

        self.auto_read = QComboBox()
        self.auto_read.setAccessibleName(self.tr("Read steps aloud as they open"))
        choices: tuple[tuple[bool | None, str], ...] = (
            (None, self.tr("For ages 4-7 (recommended)")),
            (True, self.tr("For every child")),
            (False, self.tr("Never (the speaker buttons still work)")),
        )
        for choice, text in choices:
            self.auto_read.addItem(text, choice)
        self.auto_read.setCurrentIndex(max(0, [None, True, False].index(settings.get("auto_read"))))
        self.auto_read.activated.connect(self._save_settings)
        form.addRow(self.tr("Read aloud"), self.auto_read)
        speaker = Speaker(parent=self)
        self.voice_combo = QComboBox()
        self.voice_combo.setAccessibleName(self.tr("Voice"))
        self.voice_combo.addItem(self.tr("The computer's usual voice"), "")
        for name in speaker.voices():
            self.voice_combo.addItem(name, name)
        self.voice_combo.setCurrentIndex(max(0, self.voice_combo.findData(settings.get("voice", ""))))
        self.voice_combo.activated.connect(self._save_settings)
        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setAccessibleName(self.tr("Reading speed"))
        self.rate_slider.setRange(-10, 10)
        self.rate_slider.setValue(round(float(settings.get("rate", 0.0)) * 10))
        self.rate_slider.sliderReleased.connect(self._save_settings)
        if speaker.available:
            form.addRow(self.tr("Voice"), self.voice_combo)
            form.addRow(self.tr("Reading speed"), self.rate_slider)
        else:
            self.voice_combo.setVisible(False)
            self.rate_slider.setVisible(False)
            form.addRow(
                label(
                    self.tr("This computer has no voice for reading aloud, so the speaker buttons are hidden."),
                    "muted",
                )
            )

        current = ReminderCheck(self.svc).reminder()
        self.reminder_on = QCheckBox(self.tr("Remind us once a week"))
        self.reminder_on.setAccessibleName(self.tr("Weekly reminder on"))
        self.reminder_on.setChecked(current is not None)
        self.reminder_day = QComboBox()
        self.reminder_day.setAccessibleName(self.tr("Day of the weekly reminder"))
        locale = QLocale()
        for day in range(7):  # Monday = 0, as Python counts; Qt counts Monday = 1
            self.reminder_day.addItem(locale.dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.reminder_day.setCurrentIndex(current.weekday if current else 4)
        at = current.at if current else DEFAULT_REMINDER
        self.reminder_time = QTimeEdit(QTime(at.hour, at.minute))
        self.reminder_time.setDisplayFormat("HH:mm")
        _named(self.reminder_time, self.tr("Time of the weekly reminder"))
        self.reminder_save = button(self.tr("Save the reminder"))
        self.reminder_save.clicked.connect(self.save_reminder)
        form.addRow(
            self.tr("Weekly reminder"),
            self._flow(self.reminder_on, self.reminder_day, self.reminder_time, self.reminder_save),
        )
        form.addRow(
            label(
                self.tr(
                    "While FamilySafe is open, it shows a gentle note at that time (and a notification, where "
                    "this computer shows them). It never nags: one note a week, and only if you want it."
                ),
                "muted",
            )
        )
        form.addRow(
            label(
                self.tr("The PIN keeps children out of this area. It is a gate, not a safe."),
                "muted",
            )
        )
        return w

    def _save_settings(self) -> None:
        fam = self.svc.family()
        if fam is None:
            return
        fam.settings = {
            **fam.settings,
            "theme": self.theme_combo.currentData(),
            "text_scale": self.size_slider.value(),
            "easy_read_font": self.easy_font.isChecked(),
            "auto_read": self.auto_read.currentData(),
            "voice": self.voice_combo.currentData() or "",
            "rate": self.rate_slider.value() / 10,
        }
        self.svc.save_family(fam)
        self.settings_changed.emit()

    def _save_language(self) -> None:
        fam = self.svc.family()
        code = str(self.language_combo.currentData())
        if fam is None or fam.settings.get("language") == code:
            return
        fam.settings = {**fam.settings, "language": code}
        self.svc.save_family(fam)
        self.language_changed.emit(code)

    @_guarded
    def save_reminder(self) -> None:
        """Turn the weekly reminder on (at the chosen day and time) or off."""
        check = ReminderCheck(self.svc)
        if not self.reminder_on.isChecked():
            check.set_reminder(None)
            self.say(self.tr("The weekly reminder is off."))
            return
        t = self.reminder_time.time()
        reminder = WeeklyReminder(int(self.reminder_day.currentData()), time(t.hour(), t.minute()))
        check.set_reminder(reminder)
        self.say(
            self.tr("A gentle reminder will show every %1 at %2 while FamilySafe is open.")
            .replace("%1", self.reminder_day.currentText())
            .replace("%2", t.toString("HH:mm"))
        )

    # ------------------------------------------------------------ notes

    def _notes_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(
            label(
                self.tr(
                    "The notes you wrote at the end of activities. Change or delete them here; they are part "
                    "of the export."
                ),
                "muted",
            )
        )
        locale = QLocale()
        for child in self.svc.children(include_archived=True):
            card, cl = self._card()
            cl.addWidget(label(child.nickname, "subtitle"))
            notes = self.svc.notes(child)
            if not notes:
                cl.addWidget(label(self.tr("No notes yet."), "muted"))
            for note in notes:
                when = locale.toString(_qdate(note.created.date()), QLocale.FormatType.LongFormat)
                act = self.svc.library.activities.get(note.activity_id or "")
                about = self.tr("%1, after %2").replace("%1", when).replace("%2", act.title) if act else when
                cl.addWidget(label(about, "muted"))
                edit = QPlainTextEdit(note.text)
                edit.setAccessibleName(
                    self.tr("Note about %1 from %2").replace("%1", child.nickname).replace("%2", when)
                )
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(120)
                save = button(
                    self.tr("Save note"),
                    name=self.tr("Save the note about %1 from %2").replace("%1", child.nickname).replace("%2", when),
                )
                delete = button(
                    self.tr("Delete note"),
                    name=self.tr("Delete the note about %1 from %2").replace("%1", child.nickname).replace("%2", when),
                )
                save.clicked.connect(lambda _=False, n=note, e=edit: self.save_note(n, e.toPlainText()))
                delete.clicked.connect(lambda _=False, n=note: self.delete_note(n))
                self.note_rows.append((note, edit, save, delete))
                cl.addWidget(edit)
                cl.addWidget(self._flow(save, delete))
            lay.addWidget(card)
        lay.addStretch(1)
        return w

    @_guarded
    def save_note(self, note: Note, text: str) -> None:
        """Save a changed note (an empty one is refused: delete it instead)."""
        try:
            self.svc.update_note(note, text)
        except ValueError as e:
            self.say(str(e), ok=False)
            return
        self.say(self.tr("The note is saved."))
        self.refresh()

    @_guarded
    def delete_note(self, note: Note) -> None:
        """Delete a note, after asking."""
        if not confirm(
            self,
            self.tr("Delete this note?"),
            self.tr("Delete this note? This cannot be undone.\n\n%1").replace("%1", note.text[:300]),
            self.tr("Delete the note"),
            self.tr("Keep it"),
        ):
            return
        self.svc.delete_note(note)
        self.say(self.tr("The note was deleted."))
        self.refresh()

    # ------------------------------------------------------------ printouts

    def _print_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        card, cl = self._card()
        cl.addWidget(label(self.tr("Our family agreement"), "subtitle"))
        count = len({(p.strand, p.text) for p in self.svc.pledges()})
        cl.addWidget(
            label(
                self.tr(
                    "The promises your family made in the activities, by topic, with space to sign (%1 so far)."
                ).replace("%1", str(count)),
                "muted",
            )
        )
        self.agreement_pdf = button(self.tr("Save as PDF…"), name=self.tr("Save the family agreement as PDF"))
        self.agreement_print = button(self.tr("Print…"), name=self.tr("Print the family agreement"))
        self.agreement_pdf.clicked.connect(lambda: self.output("agreement", to_pdf=True))
        self.agreement_print.clicked.connect(lambda: self.output("agreement", to_pdf=False))
        cl.addWidget(self._flow(self.agreement_pdf, self.agreement_print))
        lay.addWidget(card)
        for child in self.svc.children(include_archived=True):
            assert child.id is not None
            card, cl = self._card()
            cl.addWidget(label(child.nickname, "subtitle"))
            units = self.svc.finished_units(child)
            if units:
                combo = QComboBox()
                combo.setAccessibleName(self.tr("Which certificate for %1").replace("%1", child.nickname))
                for unit, title, _acts, _when in units:
                    combo.addItem(self.tr("Unit %1: %2").replace("%1", str(unit)).replace("%2", title), unit)
                combo.setCurrentIndex(combo.count() - 1)
                cert_pdf = button(
                    self.tr("Save certificate as PDF…"),
                    name=self.tr("Save %1's certificate as PDF").replace("%1", child.nickname),
                )
                cert_print = button(
                    self.tr("Print certificate…"), name=self.tr("Print %1's certificate").replace("%1", child.nickname)
                )
                cert_pdf.clicked.connect(
                    lambda _=False, c=child, b=combo: self.output("certificate", c, int(b.currentData()), to_pdf=True)
                )
                cert_print.clicked.connect(
                    lambda _=False, c=child, b=combo: self.output("certificate", c, int(b.currentData()), to_pdf=False)
                )
                self.certificate_rows[child.id] = (combo, cert_pdf, cert_print)
                cl.addWidget(label(self.tr("A certificate for each finished unit"), "muted"))
                cl.addWidget(self._flow(combo, cert_pdf, cert_print))
            else:
                cl.addWidget(label(self.tr("Certificates appear here when a unit is finished."), "muted"))
            sum_pdf = button(
                self.tr("Save summary as PDF…"),
                name=self.tr("Save the summary about %1 as PDF").replace("%1", child.nickname),
            )
            sum_print = button(
                self.tr("Print summary…"), name=self.tr("Print the summary about %1").replace("%1", child.nickname)
            )
            sum_pdf.clicked.connect(lambda _=False, c=child: self.output("summary", c, to_pdf=True))
            sum_print.clicked.connect(lambda _=False, c=child: self.output("summary", c, to_pdf=False))
            self.summary_buttons[child.id] = (sum_pdf, sum_print)
            cl.addWidget(
                label(self.tr("One page for you: progress, time, quiz answers by topic and your notes"), "muted")
            )
            cl.addWidget(self._flow(sum_pdf, sum_print))
            lay.addWidget(card)
        lay.addStretch(1)
        return w

    def _document(self, kind: str, child: Child | None, unit: int) -> tuple[QTextDocument, str]:
        from familysafe.ui.printouts import Printouts

        maker = Printouts(self.svc, self)
        if kind == "agreement":
            return maker.agreement(), self.tr("Family agreement")
        assert child is not None
        if kind == "certificate":
            return maker.certificate(child, unit), self.tr("Certificate %1 unit %2").replace(
                "%1", child.nickname
            ).replace("%2", str(unit))
        return maker.summary(child), self.tr("Summary %1").replace("%1", child.nickname)

    @_guarded
    def output(self, kind: str, child: Child | None = None, unit: int = 0, *, to_pdf: bool) -> Path | bool | None:
        """Make a printout ("agreement", "certificate" or "summary") and save it as a PDF where the
        grown-up chooses, or send it to a printer they choose."""
        from familysafe.ui.printouts import print_document, save_pdf

        doc, title = self._document(kind, child, unit)
        if not to_pdf:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(title)
            if not run_print_dialog(printer, self):
                return False
            print_document(doc, printer)
            self.say(self.tr("%1 was sent to the printer.").replace("%1", title))
            return True
        default = documents_dir() / f"{_safe_name(title)}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(default), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            save_pdf(doc, path)
        except OSError as e:
            self.say(
                self.tr("The PDF could not be saved as %1 (%2). Nothing was saved.")
                .replace("%1", str(path))
                .replace("%2", str(e)),
                ok=False,
            )
            return None
        self.say(self.tr("Saved %1 as %2.").replace("%1", title).replace("%2", str(path)))
        return path

    # ------------------------------------------------------------ the family's data

    def _data_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        children = self.svc.children(include_archived=True)

        card, cl = self._card()
        cl.addWidget(label(self.tr("Export"), "subtitle"))
        cl.addWidget(
            label(
                self.tr(
                    "Everything FamilySafe keeps, as one JSON file and one CSV file per kind of record, in a new "
                    "folder inside the folder you choose."
                ),
                "muted",
            )
        )
        self.export_who = QComboBox()
        self.export_who.setAccessibleName(self.tr("What to export"))
        self.export_who.addItem(self.tr("Everything"), None)
        for c in children:
            self.export_who.addItem(self.tr("Only %1").replace("%1", c.nickname), c.id)
        self.export_btn = button(self.tr("Export…"), name=self.tr("Export as JSON and CSV"))
        self.export_btn.clicked.connect(self.export_data)
        cl.addWidget(self._flow(self.export_who, self.export_btn))
        lay.addWidget(card)

        card, cl = self._card()
        cl.addWidget(label(self.tr("Backups"), "subtitle"))
        cl.addWidget(
            label(
                self.tr(
                    "FamilySafe keeps a copy every day on this computer. You can also save a copy anywhere (a USB "
                    "stick, for example), and go back to a copy. Going back checks the copy first; what is there "
                    "now is kept beside it, not deleted."
                ),
                "muted",
            )
        )
        self.backup_btn = button(self.tr("Back up now…"), name=self.tr("Back up now to a file"))
        self.backup_btn.clicked.connect(self.backup_now)
        self.restore_btn = button(self.tr("Go back to a backup…"), name=self.tr("Restore from a backup file"))
        self.restore_btn.clicked.connect(self.restore)
        cl.addWidget(self._flow(self.backup_btn, self.restore_btn))
        lay.addWidget(card)

        card, cl = self._card()
        cl.addWidget(label(self.tr("Erase"), "subtitle"))
        cl.addWidget(
            label(
                self.tr(
                    "Erasing deletes records for good, including from the automatic backups on this computer. "
                    "It cannot be undone; export or back up first if you may want them."
                ),
                "muted",
            )
        )
        self.erase_who = QComboBox()
        self.erase_who.setAccessibleName(self.tr("Which child to erase"))
        for c in children:
            self.erase_who.addItem(c.nickname, c.id)
        self.erase_btn = button(self.tr("Erase this child…"), name=self.tr("Erase the chosen child"))
        self.erase_btn.clicked.connect(self.erase_child)
        self.erase_btn.setEnabled(bool(children))
        self.erase_who.setEnabled(bool(children))
        self.erase_all_btn = button(self.tr("Erase everything…"), name=self.tr("Erase everything and start again"))
        self.erase_all_btn.clicked.connect(self.erase_everything)
        cl.addWidget(self._flow(self.erase_who, self.erase_btn, self.erase_all_btn))
        lay.addWidget(card)
        lay.addStretch(1)
        return w

    @_guarded
    def export_data(self) -> Path | None:
        """Export everything, or the chosen child, into a new folder inside a folder the grown-up picks."""
        from familysafe.services.errors import StoreError
        from familysafe.services.exporting import ExportError, write_export

        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose where to put the export"), str(documents_dir()))
        if not chosen:
            return None
        child_id = self.export_who.currentData()
        try:
            folder = write_export(self.svc.store, Path(chosen), child_id)
        except (ExportError, StoreError) as e:
            self.say(e.message, ok=False)
            return None
        self.say(self.tr("Exported to %1.").replace("%1", str(folder)))
        return folder

    @_guarded
    def backup_now(self) -> str | None:
        """Save a checked copy of the data as a file the grown-up picks."""
        from familysafe.services.errors import StoreError

        day = self.svc.clock.now().strftime("%Y-%m-%d")
        default = documents_dir() / f"familysafe-backup-{day}.db"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a backup"), str(default), self.tr("FamilySafe backups (*.db)")
        )
        if not chosen:
            return None
        try:
            saved = self.svc.backup_to(chosen)
        except StoreError as e:
            self.say(e.message, ok=False)
            return None
        self.say(self.tr("A backup was saved as %1.").replace("%1", saved))
        return saved

    @_guarded
    def restore(self) -> bool:
        """Go back to a backup file the grown-up picks: it is checked first, and nothing changes if it
        fails; after it, every screen reloads (store_replaced)."""
        from familysafe.services.errors import StoreError

        start = self.svc.store.backup_dir or documents_dir()
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(start), self.tr("FamilySafe backups (*.db);;All files (*)")
        )
        if not chosen:
            return False
        if not confirm(
            self,
            self.tr("Go back to this backup?"),
            self.tr(
                "FamilySafe will go back to the backup %1. Everything recorded since that backup was made "
                "will no longer show. What is there now is kept as a file beside it, not deleted."
            ).replace("%1", chosen),
            self.tr("Go back to the backup"),
            self.tr("Cancel"),
        ):
            return False
        try:
            aside = self.svc.restore_from(chosen)
        except StoreError as e:
            self.say(e.message, ok=False)
            return False
        self.refresh()
        kept = self.tr(" What was there before is kept as %1.").replace("%1", aside) if aside else ""
        self.say(self.tr("FamilySafe went back to the backup %1.").replace("%1", chosen) + kept)
        self.store_replaced.emit()
        return True

    @_guarded
    def erase_child(self) -> bool:
        """Erase the chosen child for good, after a confirmation that names them."""
        child_id = self.erase_who.currentData()
        child = next((c for c in self.svc.children(include_archived=True) if c.id == child_id), None)
        if child is None:
            return False
        nick = child.nickname
        if not confirm(
            self,
            self.tr("Erase %1?").replace("%1", nick),
            self.tr(
                "Erase %1 for good? Every activity, badge, note and promise of %1 will be deleted from this "
                "computer, including from the automatic backups. This cannot be undone.\n\nCopies you saved "
                "somewhere else, like a USB stick, are not touched."
            ).replace("%1", nick),
            self.tr("Erase %1").replace("%1", nick),
            self.tr("Keep %1").replace("%1", nick),
        ):
            return False
        self.svc.erase_child(child)
        self.children_changed.emit()
        self.refresh()
        self.say(self.tr("%1 was erased from FamilySafe.").replace("%1", nick))
        return True

    @_guarded
    def erase_everything(self) -> bool:
        """Erase the whole family and start again, after a confirmation."""
        if not confirm(
            self,
            self.tr("Erase everything?"),
            self.tr(
                "Erase everything in FamilySafe? Every child, all progress, notes and promises, the PIN and "
                "the automatic backups on this computer will be deleted, and FamilySafe will start again "
                "from the beginning. This cannot be undone."
            ),
            self.tr("Erase everything"),
            self.tr("Keep everything"),
        ):
            return False
        self.svc.erase_everything()
        self.refresh()
        self.say(self.tr("Everything was erased. FamilySafe starts again from the beginning."))
        self.store_replaced.emit()
        return True

    # ------------------------------------------------------------ content packs

    def _packs_dir(self) -> Path:
        from familysafe.services.packs import installed_packs_dir

        return installed_packs_dir(self.svc.store.path.parent)

    def _packs_tab(self) -> QWidget:
        from familysafe.services.packs import list_installed

        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(
            label(
                self.tr(
                    "Schools and charities can give you extra activities as a content pack (a .fspack file). "
                    "FamilySafe checks every file in it before adding it. A pack signed by a publisher "
                    "FamilySafe knows is added as trusted; any other needs your PIN."
                ),
                "muted",
            )
        )
        self.pack_add_btn = button(self.tr("Add a content pack…"), name=self.tr("Add a content pack from a file"))
        self.pack_add_btn.clicked.connect(self.import_pack)
        lay.addWidget(self._flow(self.pack_add_btn))
        packs = list_installed(self._packs_dir())
        if not packs:
            lay.addWidget(label(self.tr("No content packs are added yet."), "muted"))
        for p in packs:
            card, cl = self._card()
            cl.addWidget(label(p.title, "subtitle"))
            trust = (
                self.tr("Trusted: signed by %1").replace("%1", p.signer or "")
                if p.trusted
                else self.tr("Unverified: added with the parent PIN")
            )
            cl.addWidget(
                label(
                    self.tr("From %1 · version %2 · %3")
                    .replace("%1", p.publisher)
                    .replace("%2", str(p.version))
                    .replace("%3", trust),
                    "muted",
                )
            )
            remove = button(self.tr("Remove…"), name=self.tr("Remove the pack %1").replace("%1", p.title))
            remove.clicked.connect(lambda _=False, pid=p.id, t=p.title: self.remove_pack(pid, t))
            self.pack_remove_buttons[p.id] = remove
            cl.addWidget(self._flow(remove))
            lay.addWidget(card)
        lay.addStretch(1)
        return w

    @_guarded
    def import_pack(self) -> bool:
        """Add a pack from a file the grown-up picks: every check first; an unverified pack needs the PIN;
        a refused one changes nothing and the status line says what was wrong and where."""
        from familysafe.services.packs import PackError, builtin_pack_ids, check_pack

        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a content pack"), str(documents_dir()), self.tr("FamilySafe content packs (*.fspack)")
        )
        if not chosen:
            return False
        packs_dir = self._packs_dir()
        known = {aid: pid for aid, pid in self.svc.library.pack_of.items()}
        try:
            packs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            with check_pack(Path(chosen), packs_dir, reserved_ids=builtin_pack_ids(), known_activities=known) as staged:
                info = staged.info
                if not info.trusted and not self._allow_unverified(info.title, info.publisher):
                    return False
                target = staged.install()
        except PackError as e:
            self.say(self.tr("The pack was not added: %1").replace("%1", e.message), ok=False)
            return False
        except OSError as e:
            self.say(
                self.tr("The pack was not added: %1 cannot be written (%2).")
                .replace("%1", str(packs_dir))
                .replace("%2", e.strerror or str(e)),
                ok=False,
            )
            return False
        self.svc.swap_pack(info.id, load_pack(target, check_reading=False))
        self.children_changed.emit()
        self.refresh()
        trust = self.tr("trusted") if info.trusted else self.tr("unverified")
        self.say(
            self.tr("Added %1 (version %2, %3 activities, %4).")
            .replace("%1", info.title)
            .replace("%2", str(info.version))
            .replace("%3", str(info.activities))
            .replace("%4", trust)
        )
        return True

    def _allow_unverified(self, title: str, publisher: str) -> bool:
        warning = (
            self.tr(
                "The pack %1 from %2 is not signed by a publisher FamilySafe knows, so FamilySafe cannot tell who "
                "made it. Only add it if you trust where it came from."
            )
            .replace("%1", title)
            .replace("%2", publisher)
        )
        if not self.svc.has_pin():
            return confirm(
                self, self.tr("Add an unverified pack?"), warning, self.tr("Add it anyway"), self.tr("Don't add it")
            )
        pin = ask_secret(
            self, self.tr("Add an unverified pack?"), warning + "\n\n" + self.tr("Type the parent PIN to add it:")
        )
        if pin is None:
            self.say(self.tr("The pack was not added."), ok=False)
            return False
        result = self.svc.check_pin(pin)
        if not result.ok:
            self.say(self.tr("That PIN is not right, so the pack was not added."), ok=False)
            return False
        return True

    @_guarded
    def remove_pack(self, pack_id: str, title: str) -> bool:
        """Remove an installed pack, after asking. Progress already made in it stays in the records."""
        from familysafe.services.packs import PackError, remove_pack

        if not confirm(
            self,
            self.tr("Remove %1?").replace("%1", title),
            self.tr(
                "Remove the content pack %1? Its activities will no longer show. You can add it again later."
            ).replace("%1", title),
            self.tr("Remove it"),
            self.tr("Keep it"),
        ):
            return False
        try:
            remove_pack(self._packs_dir(), pack_id)
        except PackError as e:
            self.say(e.message, ok=False)
            return False
        self.svc.swap_pack(pack_id, None)
        self.children_changed.emit()
        self.refresh()
        self.say(self.tr("The pack %1 was removed.").replace("%1", title))
        return True


__all__ = ["AVATARS", "ParentArea", "PinGate", "ReminderRunner", "ask_secret", "confirm", "run_print_dialog"]
