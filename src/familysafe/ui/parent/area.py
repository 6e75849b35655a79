"""The parent area, behind the PIN: progress, schedule and calendar, children, settings and reminders,
notes, printouts, the family's data (export, backups, erasing) and content packs.

One widget per tab (this package's modules); each builds itself from the services and reports what
an action changed (`Tab.changed`), and the area rebuilds only the tabs that show that. Every action
that touches a file reports in the status line what it did and where, or what went wrong and where;
a failure changes nothing saved, and no traceback ever reaches the family.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from familysafe.services.family import FamilyService
from familysafe.ui.guides import GuidesScreen
from familysafe.ui.parent.children import ChildrenTab
from familysafe.ui.parent.common import CHILDREN, EVERYTHING, PACKS, UNLOCKS, Tab
from familysafe.ui.parent.data import DataTab
from familysafe.ui.parent.gate import PinGate
from familysafe.ui.parent.growing import NudgeBox
from familysafe.ui.parent.notes import NotesTab
from familysafe.ui.parent.packs import PacksTab
from familysafe.ui.parent.printing import PrintTab
from familysafe.ui.parent.progress import ProgressTab
from familysafe.ui.parent.schedule import ScheduleTab
from familysafe.ui.parent.settings import SettingsTab
from familysafe.ui.reminders import ReminderRunner, visit_banner
from familysafe.ui.widgets import button, label, scrolling, set_status

# The kinds of change the Guides tab shows (it is made once, and keeps a search or an open guide).
GUIDES_SHOW = frozenset({CHILDREN, UNLOCKS, PACKS})


class ParentArea(QWidget):
    """The PIN gate, then the parent area's tabs."""

    close_area = Signal()
    settings_changed = Signal()
    language_changed = Signal(str)
    children_changed = Signal()
    # The family's data was replaced (restored from a backup, or erased): every screen must reload,
    # and with no family the app goes back to the first run. The service already holds the new data.
    store_replaced = Signal()
    # A gentle reminder for the home screen's banner (the weekly family time).
    reminder = Signal(str)

    def __init__(
        self, svc: FamilyService, parent: QWidget | None = None, reminders: ReminderRunner | None = None
    ) -> None:
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
        self.content_note = label("", "nudgeText")  # activity files hidden because they have problems
        self.content_note.setVisible(False)
        al.addWidget(self.content_note)
        self.nudges = NudgeBox(svc)  # "Is <nickname> ready for ages …?" (issue 17), only when due
        self.nudges.setVisible(False)
        al.addWidget(self.nudges)
        self.status = label("", "good")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)
        al.addWidget(self.status)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parent area sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parent area sections"))
        # With the keyboard: the arrows, or Space and Enter (the next section; Shift for the one before).
        self.tabs.tabBar().setAccessibleDescription(
            self.tr("Space shows the next section, Shift+Space the one before; Tab goes into the section.")
        )
        self.tabs.tabBar().installEventFilter(self)
        al.addWidget(self.tabs, 1)

        # The tabs, in the order of TAB_* (made once; each rebuilds its own body on refresh).
        self.progress_tab = ProgressTab(svc)
        self.schedule_tab = ScheduleTab(svc)
        self.children_tab = ChildrenTab(svc)
        self.settings_tab = SettingsTab(svc)
        self.notes_tab = NotesTab(svc)
        self.print_tab = PrintTab(svc)
        self.data_tab = DataTab(svc)
        self.packs_tab = PacksTab(svc)
        self.pages: list[Tab] = [
            self.progress_tab,
            self.schedule_tab,
            self.children_tab,
            self.settings_tab,
            self.notes_tab,
            self.print_tab,
            self.data_tab,
            self.packs_tab,
        ]
        for page, name in zip(
            self.pages,
            (
                self.tr("Progress"),
                self.tr("Schedule"),
                self.tr("Children"),
                self.tr("Settings"),
                self.tr("Notes"),
                self.tr("Print"),
                self.tr("Your data"),
                self.tr("Content packs"),
            ),
            strict=True,
        ):
            page.setAccessibleName(name)
            page.status.connect(self.say)
            page.changed.connect(self._changed)
            self.tabs.addTab(page, name)
        self.nudges.status.connect(self.say)
        self.nudges.changed.connect(self._nudge_answered)
        for page in (self.schedule_tab, self.children_tab, self.data_tab, self.packs_tab):
            page.children_changed.connect(self.children_changed)
        self.settings_tab.settings_changed.connect(self.settings_changed)
        self.settings_tab.language_changed.connect(self.language_changed)
        self.data_tab.store_replaced.connect(self.store_replaced)
        # Made once and kept across refreshes, so a search or an open guide survives them.
        self.guides = GuidesScreen(svc)
        self.guides.new_count_changed.connect(self._label_guides_tab)
        self.tabs.addTab(self.guides, self.tr("Guides"))
        self.stack.addWidget(self.area)
        # The weekly reminder: the main window passes its runner (it runs from the start); alone, the
        # area runs its own.
        self.reminders = reminders if reminders is not None else ReminderRunner(svc, self)
        self.reminders.remind.connect(self.reminder)

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

    def open_unlocked(self, tab: int) -> None:
        """Open straight on tab `tab`, without the gate: only for the window rebuilt in a new language,
        when the grown-up had this area open a moment before. The focus goes to the language choice
        when that is the tab."""
        self._open()
        self.show_tab(tab)
        if self.tabs.currentWidget() is self.settings_tab:
            self.settings_tab.language_combo.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space or Enter on the sections' bar shows the next section (Shift: the one before), so the whole
        area can be walked with Tab, Shift+Tab, Enter and Space only."""
        if (
            watched is self.tabs.tabBar()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            step = -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
            return True
        return super().eventFilter(watched, event)

    def say(self, text: str, ok: bool = True) -> None:
        """Show what an action did (or what went wrong, and where) in the status line."""
        set_status(self.status, text, ok)

    def stop_timers(self) -> None:
        """Stop the PIN countdown and the reminder checks (the window is closing: the store may go next)."""
        self.gate._timer.stop()
        self.reminders.timer.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_timers()
        super().closeEvent(event)

    def show_tab(self, index: int) -> None:
        """Show one of the tabs (TAB_...)."""
        self.tabs.setCurrentIndex(index)

    def visit_banner(self) -> str:
        """The banner for the start of a visit (see ui.reminders.visit_banner); it records this visit."""
        return visit_banner(self.svc)

    def refresh(self) -> None:
        """Rebuild every tab from the services (on opening, and when the whole data changed)."""
        self._refresh_clock_note()
        self._note_hidden_content()
        self.nudges.refresh()
        self._refresh(self.pages, guides=True)

    def _changed(self, kinds: Iterable[str]) -> None:
        """An action changed `kinds`: rebuild only the tabs that show them."""
        what = frozenset(kinds)
        if what >= EVERYTHING:
            self._refresh_clock_note()
        if PACKS in what:
            self._note_hidden_content()
        if what & {CHILDREN, UNLOCKS}:
            self.nudges.refresh()
        self._refresh([p for p in self.pages if p.shows & what], guides=bool(GUIDES_SHOW & what))

    def _nudge_answered(self) -> None:
        """The parent answered "ready for the next age group?" (and may have moved a child up)."""
        self._changed({CHILDREN, UNLOCKS})
        self.children_changed.emit()

    def _refresh(self, pages: Iterable[Tab], guides: bool) -> None:
        # The control with the focus keeps it once rebuilt (a settings change must not send it to Home).
        kept = [(p, p.focus_here()) for p in self.pages]
        for page in pages:
            page.refresh()
        for page, here in kept:
            if here is not None:
                page.restore_focus(*here)
        if guides:
            self.guides.refresh()  # also labels the tab "Guides (N new)"

    def _refresh_clock_note(self) -> None:
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

    def _note_hidden_content(self) -> None:
        """Say so, naming the files, when activity files have problems and are hidden from the family."""
        hidden = sorted({p.file for p in self.svc.library.problems if p.file != "pack"})
        text = ""
        if hidden:
            text = QCoreApplication.translate(
                "App", "%1 activity file(s) could not be read and are hidden. Reinstalling FamilySafe should fix this."
            ).replace("%1", str(len(hidden)))
            text += " (" + ", ".join(hidden) + ")"
        self.content_note.setText(text)
        self.content_note.setAccessibleName(text)
        self.content_note.setVisible(bool(text))

    def _label_guides_tab(self, new: int) -> None:
        i = self.tabs.indexOf(self.guides)
        if i >= 0:
            self.tabs.setTabText(i, self.tr("Guides (%1 new)").replace("%1", str(new)) if new else self.tr("Guides"))
