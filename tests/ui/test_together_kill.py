"""Issue 18: a sitting together killed with SIGKILL mid-way resumes with each child's answers intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

CHILD = textwrap.dedent(
    """
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
    svc.add_child("Child H", "4-7", "fox")
    svc.add_child("Child J", "11-13", "owl")
    win = MainWindow(svc, loaded.contacts, loaded.child_help)
    win.show()
    QTest.qWaitForWindowExposed(win)
    picker = win.home.together.open_picker()
    QTest.mouseClick(picker.start_btn, Qt.MouseButton.LeftButton)
    screen = win.session
    if screen.page_name() == "recall":
        QTest.mouseClick(screen.recall.skip_btn, Qt.MouseButton.LeftButton)
    for _ in range(2):  # the talk and the story, for everyone
        QTest.mouseClick(screen.next_btn, Qt.MouseButton.LeftButton)
    group = list(screen.view.groups.values())[0]  # Child H's turn: the 4-7 quiz
    group.buttons()[1].click()
    QTest.mouseClick(screen.next_btn, Qt.MouseButton.LeftButton)
    screen.view.choice_buttons[1].click()  # Child J's turn: the scenario
    print("at", screen.s.current_index, screen.s.current_step.id, flush=True)
    app.exec()  # stays open until killed
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_a_sitting_killed_mid_way_resumes_with_each_childs_answers(tmp_path: Path, qtbot: Any) -> None:
    env = {**os.environ, "FAMILYSAFE_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    proc = subprocess.Popen([sys.executable, str(script)], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split()
        assert line and line[0] == "at", "the app did not reach the older child's turn"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    index, step_id = int(line[1]), line[2]

    from familysafe.boot import load_assets
    from familysafe.core.answers import QuizAnswer, ScenarioAnswer
    from familysafe.core.clock import SystemClock
    from familysafe.services.family import FamilyService
    from familysafe.store.db import Store
    from familysafe.ui.main_window import MainWindow

    clock = SystemClock()
    store = Store.open(tmp_path / "data" / "familysafe.db", clock=clock)
    loaded = load_assets()
    svc = FamilyService(store, loaded.library, clock)
    child_h, child_j = svc.children()
    fam = svc.library.family_for_unit(1)

    def saved(child: Any) -> dict[str, Any]:
        [rec] = [r for r in store.sessions.for_child(child.id) if r.activity_id == fam.id]
        assert rec.status == "in_progress"
        return {r.step_id: r.answer for r in store.sessions.step_results(rec.id)}

    assert saved(child_h)["our-turn"] == {"choices": {"fam-u01-b47-feel": 1}}
    assert saved(child_j)["our-turn"] == {"path": [1], "ended": True}
    win = MainWindow(svc, loaded.contacts, loaded.child_help)
    qtbot.addWidget(win)
    win.show()
    [carry_on] = [b for b in win.home.together.buttons if b.accessibleName().startswith("Carry on together")]
    assert carry_on.accessibleName() == "Carry on together: Our Family Tell Team (Child H and Child J)"
    qtbot.mouseClick(carry_on, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.session)
    s = win.session.s
    assert s.resumed and s.current_index == index and s.current_step.id == step_id == f"our-turn-c{child_j.id}"
    assert win.session.turn.who.text() == "Child J's turn"
    assert s.answer_of(f"our-turn-c{child_h.id}") == QuizAnswer({"fam-u01-b47-feel": 1})
    assert s.answer_of(step_id) == ScenarioAnswer((1,), ended=True)
    win.session.save_and_pause()
    win.close()
    store.close()
