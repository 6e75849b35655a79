"""Driving the real window as a person would, by keyboard: the main window open and active at a laptop's
size, the focused widget, a key pressed on it, and Tab until a control has the focus (used by the
keyboard-only walks of the first evening, the parent area and a sitting together)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from familysafe.ui.main_window import MainWindow


def open_window(qtbot: Any, svc: Any, help_data: Any, notice: str = "") -> MainWindow:
    """The main window, shown at 1180×760 and active (so the keyboard reaches it)."""
    win = MainWindow(svc, *help_data, notice)
    qtbot.addWidget(win)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1180, 760)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on whatever has the focus, as a person would."""
    w = focused()
    assert w is not None, "nothing has the keyboard focus"
    qtbot.keyClick(w, key, modifier)


def tab_to(qtbot: Any, target: QWidget, back: bool = False, limit: int = 60) -> None:
    """Press Tab (or Shift+Tab) until `target` has the focus."""
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}; it stopped on {focused()!r}")
