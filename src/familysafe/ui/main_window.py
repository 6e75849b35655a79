"""The main window: a header with "Worried about something?" on every screen, and the screens."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.models import Child, Settings
from familysafe.resources import asset
from familysafe.services.family import FamilyService
from familysafe.ui import deferred, theme
from familysafe.ui.home import HomeScreen
from familysafe.ui.pages import GrownUpsSeeScreen, HelpScreen
from familysafe.ui.reminders import ReminderRunner, visit_banner
from familysafe.ui.widgets import FlowLayout, Picture, button, label, text_scale

if TYPE_CHECKING:
    from collections.abc import Callable

    from familysafe.core.content import Activity, ActivityInfo
    from familysafe.core.help import ChildHelp, Contacts
    from familysafe.services.sessions import Session
    from familysafe.ui.parent.area import ParentArea
    from familysafe.ui.session import SessionScreen
    from familysafe.ui.setup import SetupScreen

RESTART_CODE = 1042  # the event loop's exit code that asks the bootstrap to rebuild the window
RETURN_TO = "familysafe_return_to"  # the application's property naming where the rebuilt window opens
DEFAULT_SIZE = QSize(1180, 800)
MIN_SIZE = QSize(640, 480)
log = logging.getLogger("familysafe")


def fit_rect(rect: QRect, avail: QRect, frame: QMargins | None = None) -> QRect:
    """`rect` (the inside of a window) made no larger than `avail` and moved inside it, with room for
    the window's frame (a title bar of 32 px when it is not known yet)."""
    f = frame if frame is not None else QMargins(0, 32, 0, 0)
    w = max(MIN_SIZE.width(), min(rect.width(), avail.width() - f.left() - f.right()))
    h = max(MIN_SIZE.height(), min(rect.height(), avail.height() - f.top() - f.bottom()))
    x = min(max(rect.x(), avail.left() + f.left()), avail.left() + avail.width() - f.right() - w)
    y = min(max(rect.y(), avail.top() + f.top()), avail.top() + avail.height() - f.bottom() - h)
    return QRect(x, y, w, h)


def _on_some_screen(rect: QRect) -> bool:
    """Whether most of a saved window would still be on one of today's screens."""
    for sc in QGuiApplication.screens():
        inter = sc.availableGeometry().intersected(rect)
        if inter.width() * inter.height() >= 0.5 * rect.width() * rect.height():
            return True
    return False


class EnterActivates(QObject):
    """Enter and Return press the focused button, everywhere (Qt only does it with Space outside
    dialogs), and toggle a focused tick box."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
            and watched.isVisible()
            and not (isinstance(watched, QPushButton) and (watched.isDefault() or watched.autoDefault()))
        ):
            if not event.isAutoRepeat():
                watched.click()
            return True
        return False


def install_enter_activates() -> None:
    """Install the Enter key's filter on the application, once."""
    app = QApplication.instance()
    if app is not None and not app.property("familysafe_enter"):
        app.setProperty("familysafe_enter", True)
        filt = EnterActivates(app)
        app.installEventFilter(filt)


class HelpSource(Protocol):
    """The Help page's facts, read when first asked for (familysafe.boot.HelpFacts)."""

    @property
    def contacts(self) -> Contacts | None: ...

    @property
    def child_help(self) -> ChildHelp | None: ...


class MainWindow(QMainWindow):
    """FamilySafe's one window."""

    def __init__(
        self,
        svc: FamilyService,
        contacts: Contacts | None = None,
        child_help: ChildHelp | None = None,
        notice: str = "",
        help_facts: HelpSource | None = None,
    ) -> None:
        super().__init__()
        self.svc = svc
        self._contacts = contacts
        self._child_help = child_help
        self.help_facts = help_facts  # when given, the Help page's facts are read from it on first use
        self.setWindowTitle(self.tr("FamilySafe"))
        self.setWindowIcon(QIcon(str(asset("icons", "familysafe.svg"))))
        self.setMinimumSize(MIN_SIZE)
        deferred.at_first_paint(install_enter_activates)  # before any key press, after the first paint

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QFrame()
        header.setObjectName("topBar")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(16, 8, 16, 8)
        hl.addWidget(Picture("icons", "familysafe", 36))
        self.title_label = label(self.tr("FamilySafe"), "subtitle", wrap=False)
        hl.addWidget(self.title_label)
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
        # A start-up notice (e.g. "some activities are in English"): closable (remembered for that same
        # notice), and hidden during a session so it never takes the child's room.
        self.notice = label(notice, "nudgeText")
        self.notice.setContentsMargins(16, 6, 0, 6)
        self.notice_close = button(self.tr("Hide this note"), tip=self.tr("Hide this note; it stays hidden"))
        self.notice_close.clicked.connect(self.dismiss_notice)
        self.notice_bar = QWidget()
        nb = QHBoxLayout(self.notice_bar)
        nb.setContentsMargins(0, 0, 16, 0)
        nb.addWidget(self.notice, 1)
        nb.addWidget(self.notice_close, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(self.notice_bar)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # The first-run screens are made when first needed: a family that has finished them never pays for them.
        self._setup: SetupScreen | None = None
        self.home = HomeScreen(svc)
        self.home.start_activity.connect(self.start_activity)
        self.home.start_review.connect(self.start_review)
        self.home.start_together.connect(self.start_together)
        # The session screen (and the step views and read-aloud it brings) is made when a child first starts.
        self._session: SessionScreen | None = None
        # The parent area is built when first opened (see parent_area); the weekly reminder runs from the start.
        self._parent_area: ParentArea | None = None
        self.reminders = ReminderRunner(svc, self)
        self.reminders.remind.connect(self._show_reminder)
        # Help and "What grown-ups see" are made when first opened, like the session screen.
        self._help: HelpScreen | None = None
        self._see: GrownUpsSeeScreen | None = None
        self.stack.addWidget(self.home)
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
            self._return_to()
        self.place()

    # ------------------------------------------------------------ where the window opens

    def place(self, available: QRect | None = None) -> None:
        """Open within the screen: where it was last time if that still fits a screen, otherwise at the
        usual size, or maximised on a small screen (1366×768, 1024×600)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        avail = available or (screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600))
        saved = self._saved_geometry()
        state = Qt.WindowState.WindowNoState
        if saved is not None and (available is not None or _on_some_screen(saved[0])):
            rect, maximised = saved
            self.fit_into(avail, rect)
            if maximised:
                state = Qt.WindowState.WindowMaximized
        elif avail.width() < DEFAULT_SIZE.width() + 60 or avail.height() < DEFAULT_SIZE.height() + 60:
            self.fit_into(avail, avail)
            state = Qt.WindowState.WindowMaximized
        else:
            rect = QRect(QPoint(0, 0), DEFAULT_SIZE)
            rect.moveCenter(avail.center())
            self.fit_into(avail, rect)
        self.setWindowState(state)

    def fit_into(self, avail: QRect, rect: QRect) -> None:
        """Give the window `rect`, made to fit within `avail` with its frame."""
        frame = None
        if self.isVisible():
            fg, g = self.frameGeometry(), self.geometry()
            frame = QMargins(g.left() - fg.left(), g.top() - fg.top(), fg.right() - g.right(), fg.bottom() - g.bottom())
        self.setGeometry(fit_rect(rect, avail, frame))

    def _saved_geometry(self) -> tuple[QRect, bool] | None:
        fam = self.svc.family()
        g = fam.settings.window if fam is not None else None
        if not isinstance(g, dict):
            return None
        try:
            rect = QRect(int(g["x"]), int(g["y"]), int(g["w"]), int(g["h"]))
        except (KeyError, TypeError, ValueError):
            return None
        if rect.width() < 200 or rect.height() < 200:
            return None
        return rect, bool(g.get("max", False))

    def remember_geometry(self) -> None:
        """Keep the window's size and place in the family file (for the next start and a language change)."""
        fam = self.svc.family()
        if fam is None:
            return
        r = self.normalGeometry() if self.isMaximized() else self.geometry()
        value = {"x": r.x(), "y": r.y(), "w": r.width(), "h": r.height(), "max": self.isMaximized()}
        if fam.settings.window != value:
            fam.settings.window = value
            self.svc.save_family(fam)

    @property
    def contacts(self) -> Contacts | None:
        """The helplines by country, for the Help page."""
        return self.help_facts.contacts if self.help_facts is not None else self._contacts

    @property
    def child_help(self) -> ChildHelp | None:
        """The child's help steps, for the Help page."""
        return self.help_facts.child_help if self.help_facts is not None else self._child_help

    @property
    def setup(self) -> SetupScreen:
        """The first-run screens, made (and their module imported) the first time they are needed."""
        if self._setup is None:
            from familysafe.ui.setup import SetupScreen

            screen = SetupScreen(self.svc)
            screen.finished.connect(self._setup_done)
            screen.language_changed.connect(self.restart_in_language)
            self.stack.addWidget(screen)
            self._setup = screen
        return self._setup

    @property
    def session(self) -> SessionScreen:
        """The screen a child plays an activity in, made (and its modules imported) the first time it is needed."""
        if self._session is None:
            from familysafe.ui.session import SessionScreen

            screen = SessionScreen(self.svc)
            screen.leave.connect(self.go_home)
            self.stack.addWidget(screen)
            self._session = screen
        return self._session

    @property
    def help(self) -> HelpScreen:
        """The Help page ("Worried about something?"), made the first time it is needed."""
        if self._help is None:
            self._help = HelpScreen()
            self._help.back.connect(self.go_back)
            self.stack.addWidget(self._help)
        return self._help

    @property
    def see(self) -> GrownUpsSeeScreen:
        """The page that tells the child what the grown-up can see, made the first time it is needed."""
        if self._see is None:
            self._see = GrownUpsSeeScreen()
            self._see.back.connect(self.go_back)
            self.stack.addWidget(self._see)
        return self._see

    def _in_session(self) -> bool:
        """Whether the session screen is the one showing (False, and nothing made, before its first use)."""
        return self._session is not None and self.stack.currentWidget() is self._session

    def _pause_session(self) -> None:
        """Save and pause the session in progress, if the session screen was ever made."""
        if self._session is not None:
            self._session.save_and_pause()

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
        self.notice_bar.setVisible(not in_session and self._notice_wanted())
        self._fit_header()

    def _notice_wanted(self) -> bool:
        text = self.notice.text()
        fam = self.svc.family()
        return bool(text) and not (fam is not None and text in fam.settings.notices_dismissed)

    def dismiss_notice(self) -> None:
        """Hide the start-up notice, and keep it hidden on later starts (until its words change)."""
        fam = self.svc.family()
        text = self.notice.text()
        if fam is not None and text and text not in fam.settings.notices_dismissed:
            fam.settings.notices_dismissed = [*fam.settings.notices_dismissed, text][-10:]
            self.svc.save_family(fam)
        self.notice_bar.setVisible(False)
        (self.home_btn if self.home_btn.isVisible() else self.worried_btn).setFocus()

    def _fit_header(self) -> None:
        """The word "FamilySafe" beside the logo gives way when the buttons would need a second row
        (a small screen at large text), so the page keeps its height."""
        shown = [b for b in (self.home_btn, self.see_btn, self.parent_btn, self.worried_btn) if not b.isHidden()]
        need = sum(b.sizeHint().width() + 8 for b in shown) + self.title_label.sizeHint().width() + 140
        need += round(36 * text_scale())
        self.title_label.setVisible(self.width() >= need)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_header()

    def _store_replaced(self) -> None:
        """The data was restored from a backup or erased: reload, or start the first run again."""
        if self._session is not None:
            self._session.s = None  # whatever it held belongs to the data that was replaced
            self._session.view = None
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
        """Rebuild the window in the language just chosen (the bootstrap reopens it, where this one was)."""
        self._pause_session()
        self.remember_geometry()
        app = QApplication.instance()
        if app is not None:
            app.setProperty(RETURN_TO, self._where())
        QApplication.exit(RESTART_CODE)

    def _where(self) -> str:
        """The screen showing, for the rebuilt window: "parent:<tab>" in the (open) parent area, else ""."""
        area = self._parent_area
        if area is not None and self.stack.currentWidget() is area and area.stack.currentWidget() is area.area:
            return f"parent:{area.tabs.currentIndex()}"
        return ""

    def _return_to(self) -> None:
        """After a change of language: back to the parent area's tab the grown-up was on (they had opened
        it in this same run, so the PIN is not asked again)."""
        app = QApplication.instance()
        where = str(app.property(RETURN_TO) or "") if app is not None else ""
        if app is not None:
            app.setProperty(RETURN_TO, "")
        if not where.startswith("parent:"):
            return
        try:
            tab = int(where.split(":", 1)[1])
        except ValueError:
            return
        area = self.parent_area
        area.open_unlocked(tab)
        self.stack.setCurrentWidget(area)
        self._set_header()

    def _setup_done(self) -> None:
        self.go_home()

    def go_home(self, banner: str = "") -> None:
        """Show the children's cards."""
        if self._in_session():
            self.session.close_session()
        self.home.refresh(banner if isinstance(banner, str) else "")
        self.stack.setCurrentWidget(self.home)
        self._set_header()
        first = next((b for c in self.home.cards for _, b in c.start_buttons), None)
        first = first or next((c.review_btn for c in self.home.cards if c.review_btn is not None), None)
        (first or self.worried_btn).setFocus()

    def _remember_place(self) -> None:
        cur = self.stack.currentWidget()
        if cur is None or cur not in (self._help, self._see):
            self._previous = cur

    def go_back(self) -> None:
        """Leave Help or "What grown-ups see" for the screen before it."""
        prev = self._previous
        fam = self.svc.family()
        if prev is None or (prev is self._setup and fam is not None and fam.setup_step == "done"):
            self.go_home(visit_banner(self.svc))
            return
        self.stack.setCurrentWidget(prev)
        if prev is self._session:
            if self.session.page_name() == "steps":
                self.session.timer.start()
            self._set_header(in_session=True)
        elif prev is not None and prev is self._setup:
            self._set_header(in_setup=True)
        else:
            self._set_header()

    def show_help(self) -> None:
        """The Help page, for the family's country and the child in session (or the youngest)."""
        self._remember_place()
        if self._in_session():
            self.session.save_and_pause()
        fam = self.svc.family()
        country = fam.country if fam else "GB"
        child: Child | None = (
            self.session.s.child if self._in_session() and self.session.s else None
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
        if self._in_session():
            self.session.save_and_pause()
        self.see.show_page()
        self.stack.setCurrentWidget(self.see)

    def show_parent(self) -> None:
        """The parent area, behind the PIN."""
        self.parent_area.start()
        self.stack.setCurrentWidget(self.parent_area)
        self._set_header()

    def start_activity(self, child: Child, activity: Activity | ActivityInfo) -> None:
        """Open (or resume) a session."""
        s = self.svc.open_session(child, activity)
        self.stack.setCurrentWidget(self.session)
        self._set_header(in_session=True)
        self.session.open(s)

    def start_review(self, child: Child) -> None:
        """Open (or resume) the child's review session (issue 17, item 6)."""
        from familysafe.services.review import open_review
        from familysafe.ui.review import review_words

        s = open_review(self.svc, child, review_words())
        self.stack.setCurrentWidget(self.session)
        self._set_header(in_session=True)
        self.session.open(s)

    def start_together(self, opener: Callable[[], Session | None]) -> None:
        """Open (or resume) a sitting together (issue 18): it plays in the session screen."""
        s = opener()
        if s is None:
            self.go_home(self.tr("That sitting can no longer be carried on: its activity has changed."))
            return
        self.stack.setCurrentWidget(self.session)
        self._set_header(in_session=True)
        self.activateWindow()  # the picker just closed: the keyboard comes back to this window
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
        """Closing the window saves the session in progress and where the window was, and stops the
        parent area's timers."""
        self._pause_session()
        self.reminders.timer.stop()
        if self._parent_area is not None:
            self._parent_area.stop_timers()
        try:
            self.remember_geometry()
        except Exception as e:  # a full disk must not stop the window closing; the session is saved
            log.warning("could not keep the window's place: %s", e)
        event.accept()


__all__ = ["MainWindow", "Qt"]
