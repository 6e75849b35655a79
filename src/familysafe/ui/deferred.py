"""What start-up leaves out, loaded once the first screen is on show: the easy-read font files and the
read-aloud module (QtTextToSpeech, which links Qt Multimedia).

Neither is needed to paint the home screen: the easy-read font is applied at start only when the family
chose it (theme.apply loads it then), and a speaker makes its engine on first use. Loading them here,
after the first paint, means the first session or the settings tab does not pay for them either.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger("familysafe")

AFTER_PAINT_MS = 300  # after the first paint, so the window is up and answering before anything loads


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(AFTER_PAINT_MS, load_after_first_paint)
            self.deleteLater()
        return False


def after_first_paint(window: QWidget) -> None:
    """Load the rest (load_after_first_paint) a moment after `window` first paints."""
    window.installEventFilter(_FirstPaint(window))


def load_after_first_paint() -> None:
    """Register the easy-read font and import the speech module (never an engine: that waits for use)."""
    from familysafe.ui import speech, theme

    try:
        theme.easy_read_family()
        speech._qt_tts()
    except Exception as e:  # never let a warm-up stop the app; the first real use tries again
        log.info("loading after the first paint failed: %s", e)
