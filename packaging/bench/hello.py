"""The smallest PySide6 window (QMainWindow + QLabel): the yardstick for FamilySafe's bundle size and start time.

hello            show the window until it is closed
hello --quit     show it, let Qt paint it once, and exit 0 (for timing the start)
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    win.setWindowTitle("Hello")
    win.setCentralWidget(QLabel("Hello, world"))
    win.show()
    if "--quit" in sys.argv:
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
