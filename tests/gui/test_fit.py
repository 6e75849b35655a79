"""Every screen, and every step kind of one activity per age band, at 1024×600 and 1366×768 and at
100 % and 200 % text: the window lies within the screen, no visible button or label has clipped text,
and nothing focusable lies out of sight without a scroll area around it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fit_checks import focus_problems, sight_problems, text_problems
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from familysafe.core.models import Family
from familysafe.ui import theme
from familysafe.ui.main_window import RESTART_CODE, MainWindow
from qt_checks import apply_look

pytestmark = pytest.mark.usefixtures("qapp")

SCREENS = {"1024x600": QRect(0, 0, 1024, 600), "1366x768": QRect(0, 0, 1366, 768)}
# A taskbar takes some of the screen; the window is placed in what is left, under a title bar.
TASKBAR = 40
BANDS = ("4-7", "8-10", "11-13", "14-17")


@pytest.fixture
def help_data() -> tuple[Any, Any]:
    from familysafe.core.help import load_child_help, load_contacts
    from familysafe.resources import asset

    return load_contacts(asset("help", "contacts.yaml")), load_child_help(asset("help", "child-help.yaml"))


def screens(win: MainWindow) -> Iterator[tuple[str, Callable[[], None]]]:
    """Every screen of the window, as (name, show) pairs; the session ones for one activity per band."""
    svc = win.svc
    for step in ("welcome", "name", "pin", "children", "country"):

        def setup_page(step: str = step) -> None:
            win.stack.setCurrentWidget(win.setup)
            win._set_header(in_setup=True)
            win.setup._go(step, save=False)

        yield f"setup-{step}", setup_page
    yield "home", win.go_home
    for child in svc.children():
        kinds: set[str] = set()
        for act in svc.library.for_band(child.age_band):
            for i, step in enumerate(act.steps):
                if step.kind in kinds:
                    continue
                kinds.add(step.kind)

                def show(child: Any = child, act: Any = act, i: int = i) -> None:
                    if win.session.s is None or win.session.s.activity.id != act.id:
                        win.go_home()
                        win.start_activity(child, act)
                        if win.session.page_name() == "recall":
                            win.session._show_steps()
                    win.session.s.go_to(i)  # type: ignore[union-attr]
                    win.session.show_step()

                yield f"session-{child.age_band}-{step.kind}", show

        def end(child: Any = child) -> None:
            win.session.finish()

        yield f"session-{child.age_band}-end", end
    yield "help", win.show_help
    yield "grown-ups-see", win.show_grown_ups_see

    def parent() -> None:
        win.go_home()
        win.show_parent()

    yield "parent-gate", parent

    # Every tab of the parent area (issue 16, item 12's words and dates included).
    from familysafe.ui.parent.common import TAB_GUIDES

    for i in range(TAB_GUIDES + 1):

        def parent_tab(i: int = i) -> None:
            if win.stack.currentWidget() is not win.parent_area:
                win.show_parent()
            win.parent_area.show_tab(i)
            page = win.parent_area.tabs.currentWidget()
            if isinstance(page, QAbstractScrollArea):
                page.verticalScrollBar().setValue(0)

        yield f"parent-tab-{i}", parent_tab


def settle() -> None:
    """Let the layouts finish (a few rounds of the event loop, as a person's eye would allow)."""
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def scale(request: pytest.FixtureRequest) -> float:
    """The text size a test's window is built at (100 % unless parametrized): applied before the window
    exists, since a look applied to a whole open window restyles each of its widgets."""
    value = float(getattr(request, "param", 1.0))
    apply_look("light", value)
    return value


@pytest.fixture
def family_window(qtbot: Any, svc: Any, help_data: Any, scale: float) -> MainWindow:
    svc.save_family(Family(name="Fits", setup_step="done"))
    for i, band in enumerate(BANDS):
        svc.add_child(("Child A", "Child C", "Child I", "Child J")[i], band, "fox")  # type: ignore[arg-type]
    win = MainWindow(svc, *help_data)
    qtbot.addWidget(win)
    return win


@pytest.mark.timeout(600)  # some 40 screens, each laid out and measured: slow on a busy machine
@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"], indirect=True)
@pytest.mark.parametrize("size", list(SCREENS), ids=list(SCREENS))
def test_every_screen_fits(qtbot: Any, family_window: MainWindow, size: str, scale: float) -> None:
    win = family_window
    screen = SCREENS[size].adjusted(0, 0, 0, -TASKBAR)
    app = QApplication.instance()
    assert app is not None and theme.current().name == "light" and app.property("familysafe_scale") == scale
    try:
        win.place(screen)
        win.setWindowState(Qt.WindowState.WindowNoState)  # offscreen has no real maximise: use the space
        win.show()
        qtbot.waitExposed(win)
        win.fit_into(screen, screen)
        problems = []
        for name, show in screens(win):
            show()
            settle()
            frame = win.frameGeometry()
            if not screen.contains(frame):
                problems.append(f"{name}: the window {frame} is not within the screen {screen}")
            problems += [f"{name}: {p}" for p in text_problems(win) + sight_problems(win) + focus_problems(win)]
        assert problems == [], "\n".join(problems)
    finally:
        win.session.save_and_pause()  # light at 100 % is put back once the window is gone (tests/conftest.py)


@pytest.mark.parametrize("size", list(SCREENS), ids=list(SCREENS))
def test_the_window_opens_within_the_screen(qtbot: Any, family_window: MainWindow, size: str) -> None:
    win = family_window
    screen = SCREENS[size].adjusted(0, 0, 0, -TASKBAR)
    win.place(screen)
    assert screen.contains(win.geometry())
    assert win.windowState() & Qt.WindowState.WindowMaximized  # small screens: maximised


def test_a_big_screen_gets_the_usual_size_in_its_middle(family_window: MainWindow) -> None:
    screen = QRect(0, 0, 1920, 1040)
    family_window.place(screen)
    g = family_window.geometry()
    assert (g.width(), g.height()) == (1180, 800)
    assert abs(g.center().x() - screen.center().x()) <= 1
    assert not family_window.windowState() & Qt.WindowState.WindowMaximized


def test_size_and_place_are_remembered_and_restored_safely(
    qtbot: Any, svc: Any, help_data: Any, family_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The language change asks the event loop to exit with RESTART_CODE: noted here, never done, since a
    # real exit request would end every later test's event loop at once.
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    win = family_window
    big = QRect(0, 0, 1920, 1040)
    win.place(big)
    win.setGeometry(QRect(300, 120, 1000, 700))
    win.remember_geometry()
    assert svc.family().settings.window == {"x": 300, "y": 120, "w": 1000, "h": 700, "max": False}
    again = MainWindow(svc, *help_data)
    qtbot.addWidget(again)
    again.place(big)
    assert again.geometry() == QRect(300, 120, 1000, 700)
    # The screen changed (a smaller one, or the window was on a screen now gone): still within it.
    small = QRect(0, 0, 1024, 560)
    again.place(small)
    assert small.contains(again.geometry())
    # A change of language rebuilds the window: the rebuilt one opens where this one was.
    win.setGeometry(QRect(200, 100, 900, 650))
    win.restart_in_language()
    assert exits == [RESTART_CODE]
    third = MainWindow(svc, *help_data)
    qtbot.addWidget(third)
    third.place(big)
    assert third.geometry() == QRect(200, 100, 900, 650)


def dialogs(win: MainWindow) -> Iterator[tuple[str, Callable[[], Any]]]:
    """The parent area's dialogs (issue 16, item 4), each as (name, open it and return it)."""
    from familysafe.ui.parent.common import TAB_CHILDREN, TAB_SETTINGS

    def pin_dialog() -> Any:
        win.parent_area.show_tab(TAB_SETTINGS)
        return win.parent_area.settings_tab.open_pin_dialog()

    def pin_dialog_code_page() -> Any:
        d = pin_dialog()
        d.form.code.setText("ABCD-EFGH-JKLM-NPQR")  # as the form does: the code, then its page
        d.form.stack.setCurrentIndex(1)
        return d

    def picture_dialog() -> Any:
        win.parent_area.show_tab(TAB_CHILDREN)
        return win.parent_area.children_tab.change_picture(win.svc.children()[0])

    yield "set-pin", pin_dialog
    yield "set-pin-code-page", pin_dialog_code_page
    yield "picture", picture_dialog


def each_size(qtbot: Any, win: MainWindow) -> Iterator[tuple[str, QRect]]:
    """The window placed on each small-laptop screen at 100 % and 200 % text, as ("<size> <n> %", the
    screen's room). The text size outside, the screen inside: one restyle of the open window (each is
    1-2 s), not four."""
    for scale in (1.0, 2.0):
        apply_look("light", scale)
        for size in SCREENS:
            screen = SCREENS[size].adjusted(0, 0, 0, -TASKBAR)
            win.place(screen)
            win.setWindowState(Qt.WindowState.WindowNoState)
            win.show()
            qtbot.waitExposed(win)
            win.fit_into(screen, screen)
            yield f"{size} {round(scale * 100)} %", screen


@pytest.mark.timeout(300)
def test_the_parent_areas_dialogs_fit(qtbot: Any, family_window: MainWindow) -> None:
    """One window for every size and text size: each dialog lies within the window's screen and shows
    every word, with nothing focusable out of sight."""
    win = family_window
    problems = []
    for size, screen in each_size(qtbot, win):
        win.show_parent()
        for name, show in dialogs(win):
            d = show()
            qtbot.waitExposed(d)
            settle()
            where = f"{size} {name}"
            if not screen.contains(d.frameGeometry()):
                problems.append(f"{where}: the dialog {d.frameGeometry()} is not within the screen {screen}")
            problems += [f"{where}: {p}" for p in text_problems(d) + sight_problems(d) + focus_problems(d)]
            d.reject()
            d.deleteLater()
            settle()
        win.go_home()
    assert problems == [], "\n".join(problems)


@pytest.mark.timeout(300)
def test_the_pin_gate_its_recovery_form_and_change_pin_fit(qtbot: Any, family_window: MainWindow) -> None:
    """With a PIN set: the gate, the gate's "forgot the PIN" form, and the Change PIN dialog (the current
    PIN or the recovery code asked for as well) show every word at every size, nothing out of sight."""
    from familysafe.ui.parent.common import TAB_SETTINGS

    win = family_window
    win.svc.set_pin("2468")
    problems = []
    for where, screen in each_size(qtbot, win):
        win.go_home()
        win.show_parent()
        area = win.parent_area
        qtbot.waitUntil(lambda area=area: area.stack.currentWidget() is area.gate_scroll)
        settle()
        problems += [f"{where} gate: {p}" for p in text_problems(win) + sight_problems(win) + focus_problems(win)]
        area.gate._show_recovery()
        settle()
        problems += [
            f"{where} gate recovery: {p}" for p in text_problems(win) + sight_problems(win) + focus_problems(win)
        ]
        area.gate._recovered()  # back to the gate's own parts (what a recovery ends with), then in
        qtbot.waitUntil(lambda area=area: area.stack.currentWidget() is not area.gate_scroll)
        area.show_tab(TAB_SETTINGS)
        d = area.settings_tab.open_pin_dialog()
        qtbot.waitExposed(d)
        settle()
        assert d.form.old.isVisible(), "Change PIN asks for the current PIN or the recovery code"
        if not screen.contains(d.frameGeometry()):
            problems.append(f"{where} change-pin: the dialog {d.frameGeometry()} is not within {screen}")
        problems += [f"{where} change-pin: {p}" for p in text_problems(d) + sight_problems(d) + focus_problems(d)]
        d.reject()
        d.deleteLater()
        settle()
    assert problems == [], "\n".join(problems)
