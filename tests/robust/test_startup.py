"""Damage at start-up (DESIGN §4): whatever state the data folder is in, the bootstrap gives a plain
message naming the file, keeps every byte of a bad file, offers the newest good backup, and never
lets anything but a StoreError out. Also: a disk that fills up mid-session loses nothing saved."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from robust_helpers import all_rows, bytes_kept, integrity, play_steps

from ci_tools import missing
from familysafe.boot import open_store
from familysafe.core.answers import ReflectAnswer
from familysafe.core.clock import FakeClock
from familysafe.core.content import Library
from familysafe.core.models import Family, Note
from familysafe.services.family import FamilyService
from familysafe.store import DataFolderError, FileTooNew, Store, StoreError, auto_backup, list_backups, paths
from familysafe.store.db import Store as _Store

PAGE = 4096
DAY = 86400.0


class AskRestore:
    """Stands in for the dialog: records what it was offered and picks the newest (or nothing)."""

    def __init__(self, pick: bool = True) -> None:
        self.pick = pick
        self.calls: list[tuple[str, list[Path]]] = []

    def __call__(self, message: str, backups: list[Path]) -> Path | None:
        self.calls.append((message, list(backups)))
        return backups[0] if self.pick and backups else None


@pytest.fixture
def family_folder(tmp_path: Path, clock: FakeClock) -> Path:
    """A data folder with a family, a child with notes (many pages), and good backups on three days,
    the newest holding one more note than the others; plus a damaged file with a newer backup's name."""
    data = paths.ensure_data_dir(tmp_path / "FamilySafe")
    backups = paths.backup_dir(data)
    with Store.open(paths.db_path(data), clock=clock, backup_dir=backups) as store:
        store.family.save(Family(name="The Okafors"))
        child = store.children.add(_child("Child B"))
        assert child.id is not None
        for day in range(3):
            with store.transaction():
                for i in range(40):
                    store.notes.add(Note(child.id, f"day {day} note {i} " + "x" * 200, clock.now()))
            auto_backup(store, backups)
            clock.advance(DAY)
    (backups / "familysafe-20991231-000000.db").write_bytes(os.urandom(2 * PAGE))
    return data


def _child(name: str) -> Any:
    from datetime import date

    from familysafe.core.models import Child

    return Child(name, "8-10", "fox", date(2026, 1, 1))


def _truncate(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size // 2)


def _zero_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[2 * PAGE : 5 * PAGE] = bytes(3 * PAGE)
    path.write_bytes(bytes(data))


def _random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _zero_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "zeroed pages": _zero_pages,
    "random bytes": _random_bytes,
    "zeroed header": _zero_header,
}


def _open(data: Path, clock: FakeClock, ask: Any) -> tuple[Store, str]:
    """open_store, letting nothing but a StoreError out (anything else fails the test as a traceback)."""
    store, notice = open_store(data, clock, ask)
    assert isinstance(store, _Store)
    return store, notice


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_file_is_kept_and_the_newest_backup_restored(
    damage: str, family_folder: Path, clock: FakeClock
) -> None:
    db = paths.db_path(family_folder)
    DAMAGE[damage](db)
    bad = db.read_bytes()
    good = list_backups(paths.backup_dir(family_folder))
    assert len(good) == 3
    ask = AskRestore()
    store, notice = _open(family_folder, clock, ask)
    try:
        ((message, offered),) = ask.calls
        assert offered == good and offered[0].name == "familysafe-20260107-090000.db"  # newest good first
        assert str(db) in message and "damaged" in message and "Traceback" not in message
        assert offered[0].name in notice and ".corrupt-" in notice
        assert bytes_kept(family_folder, bad), "the damaged file's bytes are gone"
        assert store.family.get() is not None and len(store.notes.for_child(1)) == 120
    finally:
        store.close()
    assert all_rows(db) == all_rows(offered[0])  # every table, row for row
    assert integrity(db) == [("ok",)]


@pytest.mark.parametrize("damage", ["truncated", "random bytes"])
def test_damaged_file_without_restoring_starts_afresh(damage: str, family_folder: Path, clock: FakeClock) -> None:
    db = paths.db_path(family_folder)
    DAMAGE[damage](db)
    bad = db.read_bytes()
    ask = AskRestore(pick=False)
    store, notice = _open(family_folder, clock, ask)
    store.close()
    assert len(ask.calls) == 1
    assert str(db) in notice and "kept, not deleted" in notice and "3 saved copies" in notice
    assert bytes_kept(family_folder, bad)
    assert list_backups(paths.backup_dir(family_folder))  # the backups are still there to go back to


def test_damaged_file_and_no_backups(tmp_path: Path, clock: FakeClock) -> None:
    data = paths.ensure_data_dir(tmp_path / "FamilySafe")
    db = paths.db_path(data)
    Store.open(db, clock=clock).close()
    _zero_pages(db)
    bad = db.read_bytes()
    ask = AskRestore()
    store, notice = _open(data, clock, ask)
    store.close()
    assert ask.calls == []  # nothing to offer, so no question
    assert str(db) in notice and "start afresh" in notice
    assert bytes_kept(data, bad)


def test_a_garbled_header_is_damage_not_an_old_version(family_folder: Path, clock: FakeClock) -> None:
    """Only the version field is hit: a negative version is no FamilySafe's, so the file is damaged
    (kept, backups offered), not "too old to upgrade" (a dead end)."""
    db = paths.db_path(family_folder)
    data = bytearray(db.read_bytes())
    data[60:64] = b"\xde\xad\xbe\xef"
    db.write_bytes(bytes(data))
    ask = AskRestore()
    store, _notice = _open(family_folder, clock, ask)
    store.close()
    assert len(ask.calls) == 1 and str(db) in ask.calls[0][0]
    assert bytes_kept(family_folder, bytes(data))


def test_a_wal_without_its_database_is_kept(family_folder: Path, clock: FakeClock, tmp_path: Path) -> None:
    """The main file went missing (deleted, or lost by a sync tool) and its -wal stayed: SQLite would
    quietly delete that -wal; FamilySafe keeps it and says so."""
    db = paths.db_path(family_folder)
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO note (child_id, text, created) VALUES (1, 'only in the wal', '2026-01-08')")
    wal = Path(f"{db}-wal").read_bytes()
    assert wal
    shutil.copyfile(f"{db}-wal", tmp_path / "wal-copy")
    writer.close()  # a clean close checkpoints and removes the -wal: put the crash state back by hand
    db.unlink()
    shutil.copyfile(tmp_path / "wal-copy", f"{db}-wal")
    ask = AskRestore()
    store, _ = _open(family_folder, clock, ask)
    store.close()
    assert len(ask.calls) == 1 and str(db) in ask.calls[0][0]
    assert "-wal" in ask.calls[0][0]
    assert bytes_kept(family_folder, wal), "the orphaned -wal was deleted"


def test_a_file_from_a_newer_app_is_refused_untouched(family_folder: Path, clock: FakeClock) -> None:
    db = paths.db_path(family_folder)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    before = db.read_bytes()
    ask = AskRestore()
    with pytest.raises(FileTooNew) as info:
        open_store(family_folder, clock, ask)
    assert isinstance(info.value, StoreError)
    assert str(db) in info.value.message and "newer version" in info.value.message
    assert db.read_bytes() == before and ask.calls == []


def test_a_file_where_the_data_folder_should_be(tmp_path: Path, clock: FakeClock) -> None:
    where = tmp_path / "FamilySafe"
    where.write_bytes(b"my holiday photos")
    with pytest.raises(DataFolderError) as info:
        paths.ensure_data_dir(where)
    assert str(where) in info.value.message and "a file with that name" in info.value.message
    assert where.read_bytes() == b"my holiday photos"
    with pytest.raises(StoreError) as opened:  # and straight to open_store: still only a StoreError
        open_store(where, clock, AskRestore())
    assert str(where) in opened.value.message


def test_a_read_only_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    where = paths.ensure_data_dir(tmp_path / "FamilySafe")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, *a, **k: False if Path(p) == where else real(p, mode))
    with pytest.raises(DataFolderError) as info:
        paths.ensure_data_dir(where)
    assert str(where) in info.value.message and "cannot save anything" in info.value.message


def _read_only_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every read-write connection is opened read-only, as on a locked-down disk (we run as root)."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if kwargs.get("uri"):
            return real(database, *args, **kwargs)
        return real(Path(database).resolve().as_uri() + "?mode=ro", *args, uri=True, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_a_read_only_file_at_start_up_and_when_saving(
    family_folder: Path, clock: FakeClock, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = paths.db_path(family_folder)
    before = all_rows(db)
    _read_only_connect(monkeypatch)
    # The family's file opens (everything can be read and shown); the first save says why it cannot.
    store, _ = _open(family_folder, clock, AskRestore())
    svc = FamilyService(store, library, clock)
    assert [c.nickname for c in svc.children()] == ["Child B"]
    with pytest.raises(StoreError) as info:
        svc.add_child("Child C", "4-7", "owl")
    assert str(db) in info.value.message and "read-only" in info.value.message
    store.close()
    monkeypatch.undo()
    assert all_rows(db) == before


def _full_disk(monkeypatch: pytest.MonkeyPatch, spare_pages: int = 0) -> None:
    """Every read-write connection may not grow its file: SQLite then fails writes with SQLITE_FULL
    ("database or disk is full"), exactly as on a full disk."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(database, *args, **kwargs)
        if not kwargs.get("uri"):
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {max(1, pages + spare_pages)}")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


def test_full_disk_on_the_very_first_start(tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    data = paths.ensure_data_dir(tmp_path / "FamilySafe")
    _full_disk(monkeypatch)
    with pytest.raises(StoreError) as info:
        open_store(data, clock, AskRestore())
    assert str(paths.db_path(data)) in info.value.message and "disk is full" in info.value.message
    monkeypatch.undo()
    # With space again, the half-made file is no obstacle.
    store, notice = _open(data, clock, AskRestore())
    with store:
        assert notice == "" and store.family.get() is None
        store.family.save(Family(name="Later"))


def test_full_disk_while_restoring_a_backup(
    family_folder: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = paths.db_path(family_folder)
    _zero_pages(db)
    bad = db.read_bytes()
    _full_disk(monkeypatch)  # the checked copy of the backup cannot be written
    ask = AskRestore()
    with pytest.raises(StoreError) as info:
        open_store(family_folder, clock, ask)
    assert len(ask.calls) == 1
    assert "disk" in info.value.message and "Traceback" not in info.value.message
    monkeypatch.undo()
    assert bytes_kept(family_folder, bad)
    assert len(list_backups(paths.backup_dir(family_folder))) == 3  # still there to try again
    assert not [p for p in family_folder.iterdir() if p.name.endswith((".partial", ".restoring"))]


def test_full_disk_mid_session_keeps_every_earlier_step(
    svc: FamilyService, store: Store, data_dir: Path
) -> None:
    svc.save_family(Family(name="Full"))
    child = svc.add_child("Child A", "8-10", "fox")
    act = svc.activity(svc.overview(child).todo[0])
    s = svc.open_session(child, act)
    saved = play_steps(svc, s, count=3)
    reflect = next(i for i, step in enumerate(act.steps) if step.kind == "reflect")
    assert reflect >= 3
    s.go_to(reflect)  # a step with a note, where a long answer can be typed
    assert s.record.id is not None
    db = paths.db_path(data_dir)
    before = all_rows(db)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now full
    step = act.steps[s.current_index]
    with pytest.raises(StoreError) as info:
        s.answer(step.id, ReflectAnswer("a long answer " * 2000))
    assert str(db) in info.value.message and "disk is full" in info.value.message
    assert not store.db.conn.in_transaction
    assert all_rows(db) == before  # nothing saved before was touched, nothing half-written
    assert integrity(db) == [("ok",)]
    assert sorted(r.step_id for r in store.sessions.step_results(s.record.id)) == sorted(saved)
    # Space is freed: the same session carries on and saves, and resumes where it was.
    store.db.execute("PRAGMA max_page_count = 1073741823")
    s.answer(step.id, ReflectAnswer("shorter"))
    s.next()
    again = svc.open_session(child, act)
    assert again.resumed and again.current_index == s.current_index


def _main_with_messages(monkeypatch: pytest.MonkeyPatch, data: Path) -> tuple[int, list[str]]:
    """familysafe.app.main with FAMILYSAFE_DATA_DIR=data, recording its message boxes instead of showing them."""
    from PySide6.QtWidgets import QMessageBox

    from familysafe import app

    shown: list[str] = []
    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(data))
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda _p, _t, text, *a, **k: shown.append(text)))
    hook = sys.excepthook
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        return app.main([]), shown
    finally:
        sys.excepthook = hook
        os.umask(umask)  # main() makes everything it creates private; the other tests keep theirs


@pytest.mark.usefixtures("qapp")
def test_the_real_bootstrap_shows_a_message_not_a_traceback(
    tmp_path: Path, family_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file where the data folder should be.
    where = tmp_path / "not-a-folder"
    where.write_bytes(b"x")
    code, shown = _main_with_messages(monkeypatch, where)
    assert code == 1 and len(shown) == 1 and str(where) in shown[0]
    # A file from a newer FamilySafe.
    db = paths.db_path(family_folder)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    code, shown = _main_with_messages(monkeypatch, family_folder)
    assert code == 1 and len(shown) == 1 and str(db) in shown[0] and "newer version" in shown[0]


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    from datetime import datetime

    yield FakeClock(datetime(2026, 1, 5, 9, 0).astimezone())



_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([sys.argv[0]])
from familysafe.boot import load_assets
from familysafe.core.answers import ReflectAnswer
from familysafe.core.clock import FakeClock
from familysafe.services.family import FamilyService
from familysafe.store.db import Store
from familysafe.ui.main_window import MainWindow
clock = FakeClock()
store = Store.open(__import__("pathlib").Path(sys.argv[1]), clock=clock)
loaded = load_assets()
win = MainWindow(FamilyService(store, loaded.library, clock), loaded.contacts, loaded.child_help)
win.show()
app.processEvents()
print("window shown", flush=True)
"""


def _speechd_engine() -> bool:
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError:
        return False
    return "speechd" in QTextToSpeech.availableEngines()


@pytest.mark.skipif(sys.platform != "linux", reason="speech-dispatcher is Linux's speech service")
def test_the_window_opens_even_when_the_speech_service_never_answers(tmp_path: Path) -> None:
    if not _speechd_engine():
        missing("no speechd text-to-speech plug-in here")
    if ctypes.util.find_library("speechd") is None:
        # Without the library Qt's plug-in cannot load, and the window opens without ever meeting the service.
        missing("libspeechd is not installed (Debian: libspeechd2, with speech-dispatcher)")
    import socket
    import subprocess
    import threading

    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(4)
    held: list[socket.socket] = []

    def stuck_daemon() -> None:  # accepts every connection, answers nothing: a wedged speech-dispatcher
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            held.append(conn)

    threading.Thread(target=stuck_daemon, daemon=True).start()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SPEECHD_ADDRESS": f"unix_socket:{path}",
        "FAMILYSAFE_DATA_DIR": str(tmp_path / "data"),
    }
    env.pop("FAMILYSAFE_TTS_ENGINE", None)
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _WINDOW, str(tmp_path / "familysafe.db")],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,  # about a second when nothing hangs (8 s was flaky on a loaded machine); a hang is for ever
        )
        shown = "window shown" in proc.stdout
    except subprocess.TimeoutExpired:
        shown = False
    finally:
        server.close()
        for conn in held:
            conn.close()
    assert shown, "the main window never appeared: a stuck speech service hangs FamilySafe"
