"""The baseline for startup.py: a bare PySide6 window (QMainWindow + QLabel), shown, that prints
"first-paint <time.monotonic()>" on stderr at its first paint and quits: what any Qt app pays."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self, app: QApplication, win: QMainWindow) -> None:
        super().__init__(win)
        self.app, self.win = app, win

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.win.removeEventFilter(self)
            print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication([sys.argv[0]])
    win = QMainWindow()
    win.setCentralWidget(QLabel("Hello"))
    win.resize(1180, 800)
    win.installEventFilter(FirstPaint(app, win))
    win.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
