"""Keyboard, screen readers, text size and contrast, on every screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from familysafe.core.models import Family
from familysafe.ui import theme
from familysafe.ui.main_window import MainWindow
from qt_checks import apply_look, clipped, walk_accessible

pytestmark = pytest.mark.usefixtures("qapp")

TEXT_PAIRS = ("text/window", "text/card", "muted/window", "muted/card", "accent_text/accent",
              "text/accent_soft", "muted/accent_soft", "nudge_text/nudge", "good/window", "good/card")
CONTROL_PAIRS = ("border/window", "border/card", "focus/window", "focus/card", "accent/window", "accent/card")


@pytest.mark.parametrize("t", list(theme.THEMES.values()), ids=list(theme.THEMES))
def test_theme_contrast(t: theme.Theme) -> None:
    low = []
    for pairs, need in ((TEXT_PAIRS, 4.5), (CONTROL_PAIRS, 3.0)):
        for pair in pairs:
            a, b = pair.split("/")
            ratio = theme.contrast_ratio(getattr(t, a), getattr(t, b))
            if ratio < need:
                low.append(f"{pair} {ratio:.2f} < {need}")
    assert low == []


def test_contrast_ratio_is_wcag() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.fixture
def win(qtbot: Any, svc: Any) -> MainWindow:
    from familysafe.core.help import load_child_help, load_contacts
    from familysafe.resources import asset

    svc.save_family(Family(name="Access", setup_step="done"))
    svc.add_child("Child A", "8-10", "fox")
    svc.add_child("Child C", "4-7", "owl")
    contacts = load_contacts(asset("help", "contacts.yaml"))
    w = MainWindow(svc, contacts, load_child_help(asset("help", "child-help.yaml")))
    qtbot.addWidget(w)
    w.resize(1180, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


def _screens(w: MainWindow) -> list[tuple[str, Callable[[], None]]]:
    def session() -> None:
        w.go_home()
        w.start_activity(w.svc.children()[0], w.home.cards[0].start_buttons[0][0])
        if w.session.page_name() == "recall":
            w.session._show_steps()

    def parent() -> None:
        w.go_home()
        w.show_parent()

    return [
        ("home", w.go_home),
        ("session", session),
        ("help", w.show_help),
        ("grown-ups-see", w.show_grown_ups_see),
        ("parent", parent),
    ]


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_every_screen_at_every_text_size_has_no_clipping(qtbot: Any, win: MainWindow, scale: float) -> None:
    apply_look("light", scale)  # light at 100 % is put back once the window is gone (tests/conftest.py)
    problems = []
    for name, show in _screens(win):
        show()
        QApplication.processEvents()
        problems += [f"{name}: {p}" for p in clipped(win)]
    assert problems == []


def _tab_chain(start: QWidget, limit: int = 5000) -> list[QWidget]:
    chain = []
    w = start
    for _ in range(limit):
        w = w.nextInFocusChain()
        if w is start:
            break
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(w)
    return chain


def test_tab_order_home_header_first_then_cards(win: MainWindow) -> None:
    win.go_home()
    chain = _tab_chain(win.home_btn)
    names = [w.accessibleName() or getattr(w, "text", lambda: "")() for w in chain]
    header = [win.see_btn, win.parent_btn, win.worried_btn]
    assert chain[: len(header)] == header, names[:6]
    starts = [b for c in win.home.cards for _, b in c.start_buttons]
    positions = [chain.index(b) for b in starts]
    assert positions == sorted(positions), "cards are reached in reading order"


def test_tab_order_session_child_area_then_navigation(win: MainWindow) -> None:
    _screens(win)[1][1]()
    s = win.session
    s.go_next()  # on the first step "Back" is disabled, and so not in the chain
    chain = _tab_chain(s.pause_btn)
    order = [s.timer_btn, s.stop_btn]
    assert chain[:2] == order
    assert chain.index(s.back_btn) < chain.index(s.next_btn)


def test_keyboard_reaches_every_action_on_home(qtbot: Any, win: MainWindow) -> None:
    win.go_home()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    seen = set()
    win.home_btn.setFocus()
    for _ in range(40):
        seen.add(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    wanted = {win.worried_btn, win.parent_btn, win.see_btn} | {b for c in win.home.cards for _, b in c.start_buttons}
    assert wanted <= seen


def test_every_focusable_accessible_node_has_a_name(win: MainWindow) -> None:
    missing = []
    for screen, show in _screens(win):
        show()
        QApplication.processEvents()
        nodes = walk_accessible(QAccessible.queryAccessibleInterface(win))
        missing += [f"{screen}: {role}" for _, role, name, focusable in nodes if focusable and not name.strip()]
    assert missing == []


def test_shortcuts_are_shown_in_tooltips(win: MainWindow) -> None:
    s = win.session
    assert "Ctrl+Right" in s.next_btn.toolTip()
    assert "Ctrl+Left" in s.back_btn.toolTip()
    assert "Ctrl+P" in s.pause_btn.toolTip()
    assert "Ctrl+R" in s.read_btn.toolTip()
    assert "F1" in win.worried_btn.toolTip()
