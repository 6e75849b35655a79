"""The main window: a header with "Worried about something?" on every screen, and the screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.content import Activity
from familysafe.core.help import ChildHelp, Contacts
from familysafe.core.models import Child, Settings
from familysafe.resources import asset
from familysafe.services.family import FamilyService
from familysafe.ui import deferred, theme
from familysafe.ui.home import HomeScreen
from familysafe.ui.pages import GrownUpsSeeScreen, HelpScreen
from familysafe.ui.reminders import ReminderRunner, visit_banner
from familysafe.ui.session import SessionScreen
from familysafe.ui.setup import SetupScreen
from familysafe.ui.widgets import FlowLayout, Picture, button, label

if TYPE_CHECKING:
    from familysafe.ui.parent.area import ParentArea

RESTART_CODE = 1042  # the event loop's exit code that asks the bootstrap to rebuild the window


class MainWindow(QMainWindow):
    """FamilySafe's one window."""

    def __init__(
        self,
        svc: FamilyService,
        contacts: Contacts | None = None,
        child_help: ChildHelp | None = None,
        notice: str = "",
    ) -> None:
        super().__init__()
        self.svc = svc
        self.contacts = contacts
        self.child_help = child_help
        self.setWindowTitle(self.tr("FamilySafe"))
        self.setWindowIcon(QIcon(str(asset("icons", "familysafe.svg"))))
        self.resize(1180, 800)
        self.setMinimumSize(720, 540)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QFrame()
        header.setObjectName("topBar")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(16, 8, 16, 8)
        hl.addWidget(Picture("icons", "familysafe", 36))
        hl.addWidget(label(self.tr("FamilySafe"), "subtitle", wrap=False))
        buttons = QWidget()
        flow = FlowLayout(buttons, align_right=True)
        flow.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(buttons, 1)
        self.home_btn = button(self.tr("Home"), tip=self.tr("Back to the children's activities (Alt+H)"))
        self.home_btn.setShortcut(QKeySequence("Alt+H"))
        self.home_btn.clicked.connect(self.go_home)
        self.see_btn = button(self.tr("What grown-ups see"))
        self.see_btn.clicked.connect(self.show_grown_ups_see)
        self.parent_btn = button(self.tr("For grown-ups"), tip=self.tr("The parent area, behind the PIN"))
        self.parent_btn.clicked.connect(self.show_parent)
        self.worried_btn = button(
            self.tr("Worried about something?"),
            object_name="worried",
            tip=self.tr("Help and who to tell (F1)"),
        )
        self.worried_btn.clicked.connect(self.show_help)
        for b in (self.home_btn, self.see_btn, self.parent_btn, self.worried_btn):
            flow.addWidget(b)
        outer.addWidget(header)
        self.notice = label(notice, "nudgeText")
        self.notice.setVisible(bool(notice))
        self.notice.setContentsMargins(16, 6, 16, 6)
        outer.addWidget(self.notice)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.setup = SetupScreen(svc)
        self.setup.finished.connect(self._setup_done)
        self.setup.language_changed.connect(self.restart_in_language)
        self.home = HomeScreen(svc)
        self.home.start_activity.connect(self.start_activity)
        self.session = SessionScreen(svc)
        self.session.leave.connect(self.go_home)
        # The parent area is built when first opened (see parent_area); the weekly reminder runs from the start.
        self._parent_area: ParentArea | None = None
        self.reminders = ReminderRunner(svc, self)
        self.reminders.remind.connect(self._show_reminder)
        self.help = HelpScreen()
        self.help.back.connect(self.go_back)
        self.see = GrownUpsSeeScreen()
        self.see.back.connect(self.go_back)
        for w in (self.setup, self.home, self.session, self.help, self.see):
            self.stack.addWidget(w)
        self._previous: QWidget | None = None
        help_key = QShortcut(QKeySequence("F1"), self)
        help_key.activated.connect(self.show_help)
        deferred.after_first_paint(self)  # the easy-read font and the speech module load after the first paint

        fam = svc.family()
        if fam is None or fam.setup_step != "done":
            self.stack.setCurrentWidget(self.setup)
            self.setup.start()
            self._set_header(in_setup=True)
        else:
            self.go_home()

    @property
    def parent_area(self) -> ParentArea:
        """The parent area, made (and its modules imported) the first time it is needed."""
        if self._parent_area is None:
            from familysafe.ui.parent import ParentArea

            area = ParentArea(self.svc, reminders=self.reminders)
            area.close_area.connect(self.go_home)
            area.settings_changed.connect(self.apply_settings)
            area.store_replaced.connect(self._store_replaced)
            area.language_changed.connect(self.restart_in_language)
            self.stack.addWidget(area)
            self._parent_area = area
        return self._parent_area

    def _set_header(self, in_setup: bool = False, in_session: bool = False) -> None:
        self.home_btn.setVisible(not in_setup and not in_session)
        self.parent_btn.setVisible(not in_setup and not in_session)
        self.see_btn.setVisible(not in_setup)

    def _store_replaced(self) -> None:
        """The data was restored from a backup or erased: reload, or start the first run again."""
        self.session.s = None  # whatever it held belongs to the data that was replaced
        self.session.view = None
        fam = self.svc.family()
        self.apply_settings()
        if fam is None or fam.setup_step != "done":
            self.stack.setCurrentWidget(self.setup)
            self.setup.start()
            self._set_header(in_setup=True)

    def _show_reminder(self, text: str) -> None:
        """The weekly reminder as a home banner (the tray, where there is one, also shows it)."""
        if self.stack.currentWidget() is self.home:
            self.go_home(text)

    def restart_in_language(self) -> None:
        """Rebuild the window in the language just chosen (the bootstrap reopens it)."""
        self.session.save_and_pause()
        QApplication.exit(RESTART_CODE)

    def _setup_done(self) -> None:
        self.go_home()

    def go_home(self, banner: str = "") -> None:
        """Show the children's cards."""
        if self.stack.currentWidget() is self.session:
            self.session.close_session()
        self.home.refresh(banner if isinstance(banner, str) else "")
        self.stack.setCurrentWidget(self.home)
        self._set_header()
        first = next((b for c in self.home.cards for _, b in c.start_buttons), None)
        (first or self.worried_btn).setFocus()

    def _remember_place(self) -> None:
        cur = self.stack.currentWidget()
        if cur not in (self.help, self.see):
            self._previous = cur

    def go_back(self) -> None:
        """Leave Help or "What grown-ups see" for the screen before it."""
        prev = self._previous
        fam = self.svc.family()
        if prev is None or (prev is self.setup and fam is not None and fam.setup_step == "done"):
            self.go_home(visit_banner(self.svc))
            return
        self.stack.setCurrentWidget(prev)
        if prev is self.session:
            if self.session.page_name() == "steps":
                self.session.timer.start()
            self._set_header(in_session=True)
        elif prev is self.setup:
            self._set_header(in_setup=True)
        else:
            self._set_header()

    def show_help(self) -> None:
        """The Help page, for the family's country and the child in session (or the youngest)."""
        self._remember_place()
        if self.stack.currentWidget() is self.session:
            self.session.save_and_pause()
        fam = self.svc.family()
        country = fam.country if fam else "GB"
        child: Child | None = (
            self.session.s.child if self.stack.currentWidget() is self.session and self.session.s else None
        )
        if child is None:
            kids = self.svc.children()
            child = min(kids, key=lambda c: c.age_band.split("-")[0].zfill(2)) if kids else None
        self.help.show_help(self.child_help, self.contacts, country, child.age_band if child else "8-10")
        self.stack.setCurrentWidget(self.help)
        self.help.back_btn.setFocus()

    def show_grown_ups_see(self) -> None:
        """The page that tells the child what the grown-up can see."""
        self._remember_place()
        if self.stack.currentWidget() is self.session:
            self.session.save_and_pause()
        self.see.show_page()
        self.stack.setCurrentWidget(self.see)

    def show_parent(self) -> None:
        """The parent area, behind the PIN."""
        self.parent_area.start()
        self.stack.setCurrentWidget(self.parent_area)
        self._set_header()

    def start_activity(self, child: Child, activity: Activity) -> None:
        """Open (or resume) a session."""
        s = self.svc.open_session(child, activity)
        self.stack.setCurrentWidget(self.session)
        self._set_header(in_session=True)
        self.session.open(s)

    def apply_settings(self) -> None:
        """Apply the theme and text size saved in the parent area."""
        fam = self.svc.family()
        settings = fam.settings if fam else Settings()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_settings(app, settings)
        if self._parent_area is not None:
            self._parent_area.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window saves the session in progress and stops the parent area's timers."""
        self.session.save_and_pause()
        self.reminders.timer.stop()
        if self._parent_area is not None:
            self._parent_area.stop_timers()
        event.accept()


__all__ = ["MainWindow", "Qt"]
