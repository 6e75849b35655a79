"""What the parent area's tabs share: the tab indices, the `Tab` base (a scroll area that rebuilds
its body from the services on `refresh()`), the names of what an action changed, and small helpers."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from datetime import date, time
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from familysafe.services.family import FamilyService
from familysafe.ui.widgets import Card

log = logging.getLogger("familysafe")
F = TypeVar("F", bound=Callable[..., Any])

# The tabs, in order (tests and the screenshot tool open them by index).
TAB_PROGRESS, TAB_SCHEDULE, TAB_CHILDREN, TAB_SETTINGS, TAB_NOTES, TAB_PRINT, TAB_DATA, TAB_PACKS, TAB_GUIDES = range(9)
DEFAULT_REMINDER = time(18, 0)

# What an action changed. A tab lists in `shows` the kinds it displays; after an action the area
# rebuilds only the tabs whose `shows` meets what the action reports in `Tab.changed`.
CHILDREN = "children"  # added, archived, erased, renamed
UNLOCKS = "unlocks"  # an activity opened
NOTES = "notes"
PACKS = "packs"  # the library of activities
FAMILY = "family"  # the family's settings and schedule (replaced only with the whole data)
EVERYTHING = frozenset({CHILDREN, UNLOCKS, NOTES, PACKS, FAMILY})


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def long_date(d: date) -> str:
    """A date in the interface language's long form, with the day's name ("Saturday, 5 December 2026")."""
    return QLocale().toString(qdate(d), QLocale.FormatType.LongFormat)


def medium_date(d: date) -> str:
    """A date in the interface language's long form without the day's name ("5 December 2026", "5 de
    diciembre de 2026", "December 5, 2026"): never numbers only."""
    return QLocale().toString(qdate(d), medium_pattern())


def medium_pattern() -> str:
    """The interface language's long date pattern without the day's name (for date boxes too)."""
    pattern = re.sub(r"^\W*dddd\W*|\W*dddd\W*$", "", QLocale().dateFormat(QLocale.FormatType.LongFormat))
    return pattern.strip() or "d MMMM yyyy"


def safe_name(text: str) -> str:
    """Text made safe as part of a file name."""
    return re.sub(r"[^\w .-]", "_", text, flags=re.UNICODE).strip(" .") or "FamilySafe"


def named(w: QWidget, name: str) -> QWidget:
    """Give a widget and its inner line edit (date and time boxes have one) an accessible name."""
    w.setAccessibleName(name)
    for inner in w.findChildren(QLineEdit):
        inner.setAccessibleName(name)
    return w


def card() -> tuple[Card, QVBoxLayout]:
    c = Card()
    lay = QVBoxLayout(c)
    lay.setContentsMargins(18, 12, 18, 12)
    return c, lay


def guarded(fn: F) -> F:
    """A slot that never lets an exception escape: it is logged and the status line says so."""

    @functools.wraps(fn)
    def wrapper(self: Tab, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except Exception as e:
            log.exception("parent area: %s failed", fn.__name__)
            self.say(
                QCoreApplication.translate(
                    "ParentArea", "Something went wrong (%1). Nothing else was changed; please try again."
                ).replace("%1", str(e)),
                ok=False,
            )
            return None

    return wrapper  # type: ignore[return-value]


def focus_key(body: QWidget) -> tuple[str, str, int] | None:
    """Which control inside `body` has the keyboard focus, as (class, accessible name, how many of that
    kind and name come before it), or None when the focus is elsewhere."""
    app = QApplication.instance()
    focused = QApplication.focusWidget() if app is not None else None
    if focused is None or not body.isAncestorOf(focused):
        return None
    # A line edit inside a spin or date box: keep the box.
    while not focused.accessibleName():
        up = focused.parentWidget()
        if up is None or up is body:
            break
        focused = up
    kind, name = type(focused).__name__, focused.accessibleName()
    same = [w for w in body.findChildren(QWidget) if type(w) is type(focused) and w.accessibleName() == name]
    return kind, name, same.index(focused) if focused in same else 0


def find_by_key(body: QWidget, key: tuple[str, str, int]) -> QWidget | None:
    """The control of `body` that `focus_key` named, in a rebuilt body."""
    kind, name, n = key
    same = [w for w in body.findChildren(QWidget) if type(w).__name__ == kind and w.accessibleName() == name]
    return same[n] if n < len(same) else None


class Tab(QScrollArea):
    """One tab of the parent area: a frameless scroll area whose body `build()` makes from the
    services. `refresh()` replaces the body (the old one is deleted later, so a button inside it may
    trigger the refresh); the tab object itself lives as long as the area."""

    # A line for the area's status line: the text, and whether it is good news.
    status = Signal(str, bool)
    # What an action on this tab changed (a frozenset of the kinds above).
    changed = Signal(object)
    shows: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible tab stop: Tab goes to the controls inside
        self.builds = 0
        self._retired: list[QWidget] = []  # how many times the body was built (the tests check refreshes are selective)

    def build(self) -> QWidget:
        raise NotImplementedError

    def refresh(self) -> None:
        """Rebuild the body from the services."""
        # The old body is taken out (no longer a child, so findChildren skips it), kept referenced from
        # Python until Qt deletes it later: the slot that asked for this refresh may be running on one
        # of its buttons.
        self._retired = [w for w in self._retired if Shiboken.isValid(w)]
        old = self.takeWidget()
        where = focus_key(old) if old is not None else None
        scrolled = self.verticalScrollBar().value()
        if old is not None:
            old.hide()
            self._retired.append(old)
            old.deleteLater()
        new = self.build()
        self.setWidget(new)
        self.builds += 1
        if where is not None:
            self.restore_focus(where, scrolled)

    def focus_here(self) -> tuple[tuple[str, str, int], int] | None:
        """Which control of this tab has the focus (see focus_key), and the page's scroll; None if none."""
        body = self.widget()
        where = focus_key(body) if body is not None else None
        return (where, self.verticalScrollBar().value()) if where is not None else None

    def restore_focus(self, where: tuple[str, str, int], scrolled: int) -> None:
        """Give the focus back to the rebuilt control that `focus_here` named (the page keeps its scroll)."""
        body = self.widget()
        again = find_by_key(body, where) if body is not None else None
        if body is None or again is None:
            return
        body.show()
        self.verticalScrollBar().setValue(scrolled)
        again.setFocus(Qt.FocusReason.OtherFocusReason)

    def say(self, text: str, ok: bool = True) -> None:
        """Show what an action did (or what went wrong, and where) in the area's status line."""
        self.status.emit(text, ok)
