"""`familysafe-cli --self-test`: prove the layers work together here, in a temporary data folder."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def run_self_test(out: Callable[[str], None] = print) -> int:
    """Load content, create a family, run a session through engine and store, build the window offscreen."""
    from familysafe.core.clock import FakeClock

    t0 = time.perf_counter()
    failures: list[str] = []

    def check(name: str, fn: Callable[[], str]) -> None:
        try:
            detail = fn()
            out(f"ok    {name}{': ' + detail if detail else ''}")
        except Exception as e:  # the self-test reports every failure, never a traceback
            failures.append(name)
            out(f"FAIL  {name}: {type(e).__name__}: {e}")

    with tempfile.TemporaryDirectory(prefix="familysafe-selftest-") as tmp:
        data = Path(tmp)
        clock = FakeClock()
        state: dict[str, object] = {}

        def content() -> str:
            from familysafe.boot import load_assets

            loaded = load_assets()
            state["loaded"] = loaded
            n = len(loaded.library.activities)
            if n == 0:
                raise RuntimeError("no activities could be loaded")
            if loaded.contacts is None:
                raise RuntimeError("the help contacts could not be read")
            return f"{n} activities, {len(loaded.library.guides)} guides"

        def store() -> str:
            from familysafe.store import paths
            from familysafe.store.db import Store

            folder = paths.ensure_data_dir(data / "FamilySafe")
            st = Store.open(paths.db_path(folder), clock=clock, backup_dir=paths.backup_dir(folder))
            state["store"] = st
            return f"schema v{st.schema_version}"

        def family() -> str:
            from familysafe.core.models import Family
            from familysafe.services.family import FamilyService

            svc = FamilyService(state["store"], state["loaded"].library, clock)  # type: ignore[arg-type, attr-defined]
            svc.save_family(Family(name="Self-test", setup_step="done"))
            child = svc.add_child("Tester", "8-10", "owl")
            state["svc"], state["child"] = svc, child
            todo = svc.overview(child).todo
            if not todo:
                raise RuntimeError("no activity is open for a new child")
            return f"unit 1 open: {todo[0].title}"

        def session() -> str:
            from familysafe.services.family import FamilyService

            svc = state["svc"]
            assert isinstance(svc, FamilyService)
            child = state["child"]
            act = svc.overview(child).todo[0]  # type: ignore[arg-type]
            s = svc.open_session(child, act)  # type: ignore[arg-type]
            s.play_to_end(before_step=lambda step: clock.advance(step.minutes * 60))
            done = svc.store.sessions.finished_activity_ids(s.child.id or 0)
            if act.id not in done:
                raise RuntimeError("the finished session was not saved")
            return f"{len(act.steps)} steps saved, {s.elapsed_seconds / 60:.0f} min"

        def window() -> str:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            from familysafe.ui import theme
            from familysafe.ui.main_window import MainWindow

            app = QApplication.instance() or QApplication([sys.argv[0]])
            assert isinstance(app, QApplication)
            theme.apply(app, "light", 1.0)
            loaded = state["loaded"]
            win = MainWindow(state["svc"], loaded.contacts, loaded.child_help)  # type: ignore[arg-type, attr-defined]
            win.show()
            app.processEvents()
            cards = len(win.home.cards)
            win.close()
            return f"home screen with {cards} child card(s)"

        for name, fn in (
            ("content loads", content),
            ("store opens", store),
            ("family and child", family),
            ("a session, saved step by step", session),
            ("main window", window),
        ):
            if failures:
                out(f"skip  {name}")
                continue
            check(name, fn)
        st = state.get("store")
        if st is not None:
            st.close()  # type: ignore[attr-defined]
    out(f"{'self-test passed' if not failures else 'self-test FAILED'} in {time.perf_counter() - t0:.2f} s")
    return 1 if failures else 0
