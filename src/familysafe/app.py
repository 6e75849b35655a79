"""The window: single instance, the Qt application, the main window. The rest of start-up is `familysafe.boot`."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from familysafe.boot import load_assets, open_store, private_file, private_umask
from familysafe.core.clock import SystemClock
from familysafe.store.errors import StoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger("familysafe")


def is_command_line(args: Sequence[str]) -> bool:
    """Whether these arguments are a command-line job: the CLI's parser decides, not a list kept here."""
    from familysafe.entry import is_cli_job

    return is_cli_job(args)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # A family never sees a traceback: it goes to the log, and a plain message goes on screen.
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            QMessageBox.warning(
                None,
                "FamilySafe",
                # A StoreError (a full or read-only disk) already says what happened and what to do.
                value.message
                if isinstance(value, StoreError)
                else "Something went wrong, but your progress is saved. "
                "If it happens again, please close FamilySafe and open it again.",
            )
    except Exception:
        pass


# Benchmark hook (bench/startup.py): with FAMILYSAFE_QUIT_AFTER_PAINT=1 the app prints
# "first-paint <time.monotonic()>" on stderr when the main window first paints, then quits.
QUIT_AFTER_PAINT = "FAMILYSAFE_QUIT_AFTER_PAINT"


def _quit_after_first_paint(app: QApplication, win: QWidget) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                win.removeEventFilter(self)
                print(f"first-paint {time.monotonic():.6f}", file=sys.stderr, flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    win.installEventFilter(FirstPaint(win))


def main(argv: Sequence[str] | None = None) -> int:
    """Start the app (or the CLI when given one of its words); return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if is_command_line(args):
        from familysafe.entry import cli

        return cli(args)

    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from familysafe.services.family import FamilyService
    from familysafe.store import paths
    from familysafe.store.backup import auto_backup
    from familysafe.ui import deferred, i18n, theme
    from familysafe.ui.main_window import RESTART_CODE, MainWindow

    private_umask()
    app = QApplication.instance() or QApplication([sys.argv[0], *args])
    assert isinstance(app, QApplication)
    app.setApplicationName("FamilySafe")
    app.setApplicationDisplayName("FamilySafe")
    app.setDesktopFileName("familysafe")
    theme.apply(app, "system", 1.0)

    try:
        data = paths.ensure_data_dir(paths.data_dir())
    except StoreError as e:
        QMessageBox.critical(None, "FamilySafe", e.message)
        return 1
    logging.basicConfig(
        filename=str(private_file(data / "familysafe.log")),
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(message)s",
    )
    sys.excepthook = _excepthook

    lock = QLockFile(str(data / "familysafe.lock"))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        QMessageBox.information(None, "FamilySafe", "FamilySafe is already open in another window.")
        return 0

    def ask_restore(message: str, backups: list[Path]) -> Path | None:
        names = [b.name for b in backups]
        choice, ok = QInputDialog.getItem(
            None, "FamilySafe", message + "\n\nGo back to this saved copy?", names, 0, False
        )
        return backups[names.index(choice)] if ok and choice in names else None

    clock = SystemClock()
    try:
        store, notice = open_store(data, clock, ask_restore)
    except StoreError as e:
        QMessageBox.critical(None, "FamilySafe", e.message)
        return 1
    from familysafe.store.db import Store

    assert isinstance(store, Store)
    try:
        auto_backup(store, paths.backup_dir(data))
    except (StoreError, OSError) as e:
        log.warning("automatic backup failed: %s", e)
    try:
        while True:  # a change of language rebuilds the window in the new language
            fam = store.family.get()
            chosen = fam.settings.language if fam else None
            language = i18n.install(app, str(chosen) if chosen else i18n.system_language())
            loaded = load_assets(language, data)
            svc = FamilyService(store, loaded.library, clock)
            svc.check_clock()
            notice = " ".join(x for x in (notice, *svc.data_notices()) if x)
            if fam is not None:
                theme.apply_settings(app, fam.settings)
            words = [notice, *(i18n.notice_text(n) for n in loaded.notices)]
            deferred.hold_until_painted()  # the home screen's row of sittings fills after the first paint
            win = MainWindow(svc, notice=" ".join(x for x in words if x), help_facts=loaded.help)
            win.show()
            if os.environ.get(QUIT_AFTER_PAINT) == "1":
                _quit_after_first_paint(app, win)
            rc = app.exec()
            deferred.release()  # the window is gone: what waited for its first paint never runs
            store = svc.store  # a restore or "erase everything" replaced it
            if rc != RESTART_CODE:
                return rc
            notice = ""
            win.deleteLater()
    finally:
        deferred.release()
        store.close()
        lock.unlock()


if __name__ == "__main__":
    sys.exit(main())
