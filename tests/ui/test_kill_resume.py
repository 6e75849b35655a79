"""Kill the real app mid-session with SIGKILL; starting again resumes at the same step with the true time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from familysafe.boot import load_assets, open_store
    from familysafe.core.clock import SystemClock
    from familysafe.core.models import Family
    from familysafe.services.family import FamilyService
    from familysafe.store import paths
    from familysafe.ui.main_window import MainWindow

    app = QApplication([])
    data = paths.ensure_data_dir(paths.data_dir())
    clock = SystemClock()
    store, _ = open_store(data, clock)
    loaded = load_assets()
    svc = FamilyService(store, loaded.library, clock)
    svc.save_family(Family(name="Kill", setup_step="done"))
    svc.add_child("Child A", "8-10", "fox")
    win = MainWindow(svc, loaded.contacts, loaded.child_help)
    win.show()
    QTest.mouseClick(win.home.cards[0].start_buttons[0][1], Qt.MouseButton.LeftButton)
    screen = win.session
    if screen.page_name() == "recall":
        QTest.mouseClick(screen.recall.skip_btn, Qt.MouseButton.LeftButton)
    for _ in range(2):
        QTest.qWait(150)
        QTest.mouseClick(screen.next_btn, Qt.MouseButton.LeftButton)
    print("at", screen.s.current_index, screen.s.elapsed_seconds, flush=True)
    app.exec()  # stays open until killed
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_killed_mid_session_resumes_at_the_same_step(tmp_path: Path, qtbot: Any) -> None:
    env = {**os.environ, "FAMILYSAFE_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        assert line and line[0] == "at", "the app did not reach the third step"
        index = int(line[1])
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    wall = time.monotonic() - started
    assert index == 2

    from familysafe.boot import load_assets
    from familysafe.core.clock import SystemClock
    from familysafe.services.family import FamilyService
    from familysafe.store.db import Store
    from familysafe.ui.main_window import MainWindow

    clock = SystemClock()
    store = Store.open(tmp_path / "data" / "familysafe.db", clock=clock)
    loaded = load_assets()
    svc = FamilyService(store, loaded.library, clock)
    child = svc.children()[0]
    saved = svc.store.sessions.for_child(child.id)[0]
    # The true time: what was measured before the kill, never the time the app was dead.
    assert saved.current_step == 2
    assert 0.2 < saved.elapsed_ms / 1000 < wall
    win = MainWindow(svc, loaded.contacts, loaded.child_help)
    qtbot.addWidget(win)
    win.show()
    card = win.home.cards[0]
    activity, btn = card.start_buttons[0]
    assert activity.id in card.ov.in_progress and btn.text() == "Carry on"
    clicked = time.monotonic()
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    s = win.session.s
    assert s.resumed and s.current_index == 2
    assert 0 <= s.elapsed_seconds - saved.elapsed_ms / 1000 <= time.monotonic() - clicked + 0.01
    win.session.save_and_pause()
    win.close()
    store.close()
