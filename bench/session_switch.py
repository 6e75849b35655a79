"""Switching steps in the session player: 200 switches (SessionScreen.go_next / go_back on a real
activity in the real window, saving as it goes, then processEvents), p50 and p95 against 16 ms."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from _common import Row, main, ms, percentile

SWITCHES = 200
GOAL_MS = 16.0


def run() -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from familysafe.boot import load_assets
    from familysafe.core.clock import SystemClock
    from familysafe.core.models import Family
    from familysafe.services.family import FamilyService
    from familysafe.store.db import Store
    from familysafe.ui import theme
    from familysafe.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    theme.apply(app, "light", 1.0)
    loaded = load_assets()
    with tempfile.TemporaryDirectory() as tmp:
        clock = SystemClock()
        store = Store.open(Path(tmp) / "familysafe.db", clock=clock)
        svc = FamilyService(store, loaded.library, clock)
        svc.save_family(Family(name="Bench", setup_step="done"))
        child = svc.add_child("Switch", "8-10", "fox")
        act = max(svc.library.for_band("8-10")[:3], key=lambda a: len(a.steps))
        win = MainWindow(svc, loaded.contacts, loaded.child_help)
        win.resize(1180, 800)
        win.show()
        win.start_activity(child, act)
        win.session._show_steps()
        app.processEvents()
        screen = win.session
        last = len(act.steps) - 2  # go_next on the last step would finish the session
        forward = True
        took: list[float] = []
        kinds: dict[str, list[float]] = {}
        while len(took) < SWITCHES:
            s = screen.s
            assert s is not None
            i = s.current_index
            if forward and i >= last:
                forward = False
            elif not forward and i == 0:
                forward = True
            t = time.perf_counter()
            screen.go_next() if forward else screen.go_back()
            app.processEvents()
            dt = time.perf_counter() - t
            took.append(dt)
            kinds.setdefault(act.steps[s.current_index].kind, []).append(dt)
        win.session.save_and_pause()
        win.close()
        store.close()
    p50, p95 = ms(percentile(took, 50)), ms(percentile(took, 95))
    slowest = max(kinds, key=lambda k: percentile(kinds[k], 95))
    return [
        Row("session player", "step switch p50", p50, "ms", f"{SWITCHES} switches, goal {GOAL_MS:g} ms"),
        Row("session player", "step switch p95", p95, "ms", f"{'meets' if p95 <= GOAL_MS else 'misses'} the goal"),
        Row("session player", "step switch max", ms(max(took)), "ms", f"slowest kind to show: {slowest}"),
    ]


if __name__ == "__main__":
    sys.exit(main(run))
