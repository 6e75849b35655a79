"""The one bootstrap: data folder, single instance, store, content, window."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from familysafe.core.clock import Clock, SystemClock
from familysafe.core.content import Library, LoadedPack, load_library
from familysafe.core.help import ChildHelp, Contacts, HelpDataError, load_child_help, load_contacts
from familysafe.resources import asset, content_dir
from familysafe.store.errors import CorruptDatabase, StoreError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from familysafe.family import FamilyService

log = logging.getLogger("familysafe")
CLI_WORDS = {"--self-test", "--demo", "content", "schedule", "calendar", "export", "pack", "--help", "-h"}


@dataclass
class Loaded:
    """What the app needs before it shows a window, and any notice for the parent."""

    library: Library
    contacts: Contacts | None
    child_help: ChildHelp | None
    notice: str


def choose_language(library: Library, language: str) -> tuple[Library, bool]:
    """Prefer the activities of packs in `language`; where a band's unit has none, keep English.

    Returns the library to use and whether anything fell back to English.
    """
    if language == "en":
        return Library(lp for lp in library.packs if lp.pack is None or lp.pack.language.startswith("en")), False
    local = [lp for lp in library.packs if lp.pack is not None and lp.pack.language.startswith(language)]
    covered = {(a.band, a.unit) for lp in local for a in lp.activities}
    fallback = False
    kept = list(local)
    for lp in library.packs:
        if lp.pack is None or lp.pack.language.startswith(language):
            continue
        rest = [a for a in lp.activities if (a.band, a.unit) not in covered]
        fallback = fallback or bool(rest)
        kept.append(LoadedPack(lp.folder, lp.pack, rest, lp.guides, lp.problems))
    return Library(kept), fallback


def load_assets(language: str = "en", data: Path | None = None) -> Loaded:
    """Load the content (built in, and packs installed in the data folder) and the Help page's facts.

    Problems become one plain notice, never a crash.
    """
    from PySide6.QtCore import QCoreApplication

    cache = data / "cache" / "content.json" if data is not None else None
    packs = load_library(content_dir(), cache=cache, check_reading=False).packs
    if data is not None:
        from familysafe.packs import load_installed

        packs += load_installed(data, check_reading=False)
    library, fallback = choose_language(Library(packs), language)
    notices = []
    if fallback:
        notices.append(
            QCoreApplication.translate("App", "Some activities are not yet translated, so they are shown in English.")
        )
    for p in library.problems:
        log.info("content problem: %s", p)
    # Pack-wide authoring rules (coverage of the year) hide nothing; only problems in a file do.
    hidden = {p.file for p in library.problems if p.file != "pack"}
    if hidden:
        notices.append(
            QCoreApplication.translate(
                "App", "%1 activity file(s) could not be read and are hidden. Reinstalling FamilySafe should fix this."
            )
            .replace("%1", str(len(hidden)))
        )
    contacts = child_help = None
    try:
        contacts = load_contacts(asset("help", "contacts.yaml"))
        child_help = load_child_help(asset("help", "child-help.yaml"))
    except HelpDataError as e:
        notices.append(QCoreApplication.translate("App", "The Help page could not be read (%1).").replace("%1", str(e)))
    return Loaded(library, contacts, child_help, " ".join(notices))


def open_store(data: Path, clock: Clock, ask_restore: object = None) -> tuple[object, str]:
    """Open the family's file; a damaged one is set aside and the newest good backup restored when asked.

    Returns (store, notice). `ask_restore(message, backups) -> Path | None` chooses a backup.
    Raises StoreError (with a plain `.message`) when the file cannot be used at all.
    """
    from familysafe.store import paths
    from familysafe.store.backup import restore_backup
    from familysafe.store.db import Store

    db = paths.db_path(data)
    backups = paths.backup_dir(data)
    try:
        store = Store.open(db, clock=clock, backup_dir=backups)
        return store, " ".join(store.notices)
    except CorruptDatabase as e:
        chosen = ask_restore(e.message, e.backups) if callable(ask_restore) and e.backups else None
        if isinstance(chosen, Path):
            restore_backup(chosen, db, clock=clock)
            store = Store.open(db, clock=clock, backup_dir=backups)
            what = "could not be used" if e.reason else "was damaged"
            return store, " ".join(
                [
                    f"Your file {what}, so FamilySafe went back to the copy {chosen.name}. "
                    f"The {'unusable' if e.reason else 'damaged'} file was kept as {e.moved_to.name}.",
                    *store.notices,
                ]
            )
        store = Store.open(db, clock=clock, backup_dir=backups)
        return store, " ".join([e.message, *store.notices])


def private_file(path: Path) -> Path:
    """Make sure `path` (the log) exists as a file only this user can read (0600); keep what is in it."""
    from familysafe.store.files import make_private

    return make_private(path)


def private_umask() -> None:
    """Files and folders this process creates are private to the user (the data folder holds a
    child's records: the database, its -wal/-shm, backups, the log, the lock, the content cache)."""
    if os.name == "posix":
        os.umask(0o077)


@contextlib.contextmanager
def family_service(data: Path, clock: Clock | None = None) -> Iterator[tuple[FamilyService, str]]:
    """The family's use-cases over the data folder, for the command line: (service, notice).

    The folder is made if needed, a damaged file is set aside (its notice returned), and the store
    is closed afterwards. Raises StoreError with a plain `.message`.
    """
    from familysafe.family import FamilyService
    from familysafe.store import paths

    clock = clock or SystemClock()
    private_umask()
    store, notice = open_store(paths.ensure_data_dir(data), clock)
    try:
        svc = FamilyService(store, load_assets("en", data).library, clock)  # type: ignore[arg-type]
        yield svc, " ".join(x for x in (notice, *svc.data_notices()) if x)
    finally:
        store.close()  # type: ignore[attr-defined]


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
    if any(a in CLI_WORDS for a in args):
        from familysafe.cli import main as cli_main

        return cli_main(args)

    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

    from familysafe.family import FamilyService
    from familysafe.store import paths
    from familysafe.store.backup import auto_backup
    from familysafe.ui import i18n, theme
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
            chosen = fam.settings.get("language") if fam else None
            language = i18n.install(app, str(chosen) if chosen else i18n.system_language())
            loaded = load_assets(language, data)
            svc = FamilyService(store, loaded.library, clock)
            svc.check_clock()
            notice = " ".join(x for x in (notice, *svc.data_notices()) if x)
            if fam is not None:
                theme.apply_settings(app, fam.settings)
            win = MainWindow(svc, loaded.contacts, loaded.child_help, " ".join(x for x in (notice, loaded.notice) if x))
            win.show()
            if os.environ.get(QUIT_AFTER_PAINT) == "1":
                _quit_after_first_paint(app, win)
            rc = app.exec()
            store = svc.store  # a restore or "erase everything" replaced it
            if rc != RESTART_CODE:
                return rc
            notice = ""
            win.deleteLater()
    finally:
        store.close()
        lock.unlock()


if __name__ == "__main__":
    sys.exit(main())
