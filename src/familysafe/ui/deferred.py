"""What start-up leaves out, loaded once the first screen is on show: the easy-read font files and the
read-aloud module (QtTextToSpeech, which links Qt Multimedia); and, at the first paint itself, the
application-wide filter that lets Enter press buttons (main_window.install_enter_activates): a filter
written in Python makes PySide6 wrap every object that gets an event, building the Python enums of each
new class (a scroll area alone brings ~170 of them), which the first paint need not wait for.

Neither is needed to paint the home screen: the easy-read font is applied at start only when the family
chose it (theme.apply loads it then), and a speaker makes its engine on first use. Loading them here,
after the first paint, means the first session or the settings tab does not pay for them either.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger("familysafe")

AFTER_PAINT_MS = 300  # after the first paint, so the window is up and answering before anything loads


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            _run(_at_paint)
            QTimer.singleShot(AFTER_PAINT_MS, load_after_first_paint)
            self.deleteLater()
        return False


# While the app's own start-up waits for its first paint (app.main sets it), parts of the home screen
# that would build content models (the row of sittings together reads family activities) wait too;
# what must be in place before the first key press (`at_first_paint`) runs at the paint itself.
_holding = False
_waiting: list[Callable[[], None]] = []
_at_paint: list[Callable[[], None]] = []


def _run(fns: list[Callable[[], None]]) -> None:
    todo = list(fns)
    fns.clear()
    for fn in todo:
        try:
            fn()
        except Exception:  # a part of a screen that failed to fill: logged, never a traceback
            log.exception("a part of the window could not be made ready after the first paint")


def hold_until_painted() -> None:
    """The app is starting: `when_painted` waits for the first paint (tests build windows without it)."""
    global _holding
    _holding = True


def release() -> None:
    """The window that was starting is gone: forget what waited for its first paint."""
    global _holding
    _holding = False
    _waiting.clear()
    _at_paint.clear()


def at_first_paint(fn: Callable[[], None]) -> None:
    """Run `fn` now, or at the first paint (before any event after it) while the app's start-up waits
    for it: for what the window needs before a key is pressed but not to be drawn."""
    if _holding:
        _at_paint.append(fn)
    else:
        fn()


def when_painted(fn: Callable[[], None]) -> None:
    """Run `fn` now, or just after the first paint while the app's start-up waits for it."""
    if _holding:
        _waiting.append(fn)
    else:
        fn()


def after_first_paint(window: QWidget) -> None:
    """Load the rest (load_after_first_paint) a moment after `window` first paints."""
    window.installEventFilter(_FirstPaint(window))


def load_after_first_paint() -> None:
    """Register the easy-read font and import the speech module (never an engine: that waits for use);
    then what waited for the first paint (`when_painted`)."""
    global _holding
    from familysafe.ui import speech, theme

    _holding = False
    _run(_at_paint)  # already run, unless the window was painted before this was installed
    _run(_waiting)

    try:
        theme.easy_read_family()
        speech._qt_tts()
    except Exception as e:  # never let a warm-up stop the app; the first real use tries again
        log.info("loading after the first paint failed: %s", e)
