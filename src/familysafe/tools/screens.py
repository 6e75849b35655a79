"""Render every screen, light and dark, at 100 % and 200 % text, to PNG files."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path


def _screens(win: object, svc: object) -> Iterator[tuple[str, Callable[[], None]]]:
    from familysafe.ui.main_window import MainWindow

    assert isinstance(win, MainWindow)
    from familysafe.services.family import FamilyService

    assert isinstance(svc, FamilyService)

    def home() -> None:
        win.go_home()

    yield "home", home
    child = svc.children()[0]
    act = svc.activity(svc.overview(child).todo[0])
    kinds_seen: set[str] = set()

    def open_session() -> None:
        win.start_activity(child, act)
        win.session._show_steps()

    for i, step in enumerate(act.steps):

        def show(i: int = i) -> None:
            if win.stack.currentWidget() is not win.session:
                open_session()
            win.session.s.go_to(i)  # type: ignore[union-attr]
            win.session.show_step()

        kinds_seen.add(step.kind)
        yield f"session-{i + 1}-{step.kind}", show
    # Other kinds, from other activities of the same band.
    for other in svc.library.for_band(child.age_band):
        for j, step in enumerate(other.steps):
            if step.kind in kinds_seen:
                continue
            kinds_seen.add(step.kind)

            def show_other(other: object = other, j: int = j) -> None:
                win.start_activity(child, other)  # type: ignore[arg-type]
                win.session._show_steps()
                win.session.s.go_to(j)  # type: ignore[union-attr]
                win.session.show_step()

            yield f"session-{step.kind}", show_other

    def nudge() -> None:
        win.session.nudge_text.setText(
            win.session.tr("This step's suggested time is up. Move on when you are ready, or take more time.")
        )
        win.session.nudge.setVisible(True)

    yield "session-nudge", nudge

    def end() -> None:
        win.session.end.show_end(win.session.s, svc)  # type: ignore[arg-type]
        win.session.pages.setCurrentWidget(win.session.end_scroll)

    yield "session-end", end

    def help_page() -> None:
        win.go_home()
        win.show_help()

    yield "help", help_page

    def see() -> None:
        win.go_home()
        win.show_grown_ups_see()

    yield "grown-ups-see", see

    def gate() -> None:
        win.go_home()
        win.parent_area.stack.setCurrentWidget(win.parent_area.gate_scroll)
        win.stack.setCurrentWidget(win.parent_area)
        win.parent_area.gate.start()

    yield "parent-pin", gate
    for t, name in enumerate(("progress", "schedule", "children", "settings")):

        def tab(t: int = t) -> None:
            win.parent_area._open()
            win.stack.setCurrentWidget(win.parent_area)
            win.parent_area.tabs.setCurrentIndex(t)

        yield f"parent-{name}", tab


def render(
    out: Path,
    themes: tuple[str, ...] = ("light", "dark"),
    scales: tuple[int, ...] = (100, 200),
    size: tuple[int, int] = (1180, 800),
) -> list[Path]:
    """Render every screen into `out` at window `size` (width, height); return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from familysafe.boot import load_assets
    from familysafe.core.clock import FakeClock
    from familysafe.services.demo import populate
    from familysafe.services.family import FamilyService
    from familysafe.store.db import Store
    from familysafe.ui import theme
    from familysafe.ui.main_window import MainWindow
    from familysafe.ui.setup import SetupScreen

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    loaded = load_assets()
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock()
        store = Store.open(Path(tmp) / "familysafe.db", clock=clock)
        svc = FamilyService(store, loaded.library, clock)
        for t in themes:
            for scale in scales:
                theme.apply(app, t, scale / 100)
                # First-run pages, on a store of their own.
                store2 = Store.open(Path(tmp) / f"setup-{t}-{scale}.db", clock=clock)
                svc2 = FamilyService(store2, loaded.library, clock)
                w2 = MainWindow(svc2, loaded.contacts, loaded.child_help)
                w2.resize(*size)
                w2.show()
                setup: SetupScreen = w2.setup
                for step in ("welcome", "name", "pin", "children", "country"):
                    setup._go(step, save=False)
                    if step == "pin":
                        setup.recovery_code.setText("7KQF-M2XD-9PRT-H4WC")
                        setup.recovery_box.setVisible(True)
                    app.processEvents()
                    p = out / f"setup-{step}-{t}-{scale}.png"
                    w2.grab().save(str(p))
                    written.append(p)
                w2.close()
                store2.close()
                if svc.family() is None:
                    populate(svc, clock)
                win = MainWindow(svc, loaded.contacts, loaded.child_help)
                win.resize(*size)
                win.show()
                for name, show in _screens(win, svc):
                    show()
                    app.processEvents()
                    p = out / f"{name}-{t}-{scale}.png"
                    win.grab().save(str(p))
                    written.append(p)
                win.session.save_and_pause()
                win.close()
        store.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Command line: render into the folder given."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--theme", action="append", help="light, dark or contrast (default: light and dark)")
    ap.add_argument("--scale", action="append", type=int, help="text size in percent (default: 100 and 200)")
    ap.add_argument("--size", default="1180x800", help="window size, WIDTHxHEIGHT (default: 1180x800)")
    args = ap.parse_args(argv)
    width, _, height = args.size.partition("x")
    if not (width.isdigit() and height.isdigit()):
        ap.error(f"--size {args.size!r}: give WIDTHxHEIGHT, for example 1024x600")
    size = (int(width), int(height))
    files = render(args.out, tuple(args.theme or ("light", "dark")), tuple(args.scale or (100, 200)), size)
    print(f"{len(files)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
