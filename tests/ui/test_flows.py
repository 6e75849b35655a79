"""Whole flows driven as a person would: clicks and keys on the real widgets, offscreen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QTextBrowser, QWidget

from familysafe.core.models import Family
from familysafe.ui import theme
from familysafe.ui.main_window import MainWindow
from familysafe.ui.steps import (
    QuizView,
    ReflectView,
)
from session_helpers import click, play_to_end

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def window(qtbot: Any, svc: Any, help_data: tuple[Any, Any]) -> MainWindow:
    theme.apply(QApplication.instance(), "light", 1.0)  # type: ignore[arg-type]
    win = MainWindow(svc, *help_data)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def family_with_child(svc: Any, band: str = "8-10") -> Any:
    svc.save_family(Family(name="Test", setup_step="done"))
    return svc.add_child("Child A", band, "fox")


def test_first_run_to_finished_session_by_mouse(qtbot: Any, window: MainWindow, svc: Any) -> None:
    win = window
    setup = win.setup
    assert win.stack.currentWidget() is setup
    assert "never connects to the internet" in " ".join(
        w.text() for w in setup.findChildren(QWidget) if hasattr(w, "text") and isinstance(w.text(), str)
    )
    click(qtbot, setup.welcome_next)
    qtbot.keyClicks(setup.name_edit, "Star")
    click(qtbot, setup.name_next)
    qtbot.waitUntil(lambda: setup.current_step() == "pin")
    qtbot.keyClicks(setup.pin_edit, "2468")
    qtbot.keyClicks(setup.pin_again, "2468")
    click(qtbot, setup.pin_next)
    qtbot.waitUntil(lambda: setup.recovery_box.isVisible())
    assert len(setup.recovery_code.text()) == 19
    click(qtbot, setup.recovery_next)
    qtbot.keyClicks(setup.nick_edit, "Child A")
    setup.band_combo.setCurrentIndex(1)
    click(qtbot, setup.add_btn)
    qtbot.waitUntil(lambda: setup.child_list.count() == 1)
    click(qtbot, setup.children_next)
    click(qtbot, setup.country_next)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)

    card = win.home.cards[0]
    activity, start = card.start_buttons[0]
    click(qtbot, start)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.session)
    play_to_end(qtbot, win)
    assert "You did it, Child A!" in win.session.end.title.text()
    child = svc.children()[0]
    assert activity.id in svc.store.sessions.finished_activity_ids(child.id)
    assert svc.pledges(), "the agreed pledge is in the family agreement"
    assert any("who to tell" in n.text for n in svc.notes(child))
    click(qtbot, win.session.end.home_btn)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    assert win.home.cards[0].ov.done[0].id == activity.id


def test_first_run_by_keyboard_only(qtbot: Any, window: MainWindow, svc: Any) -> None:
    win, setup = window, window.setup
    qtbot.keyClick(setup.welcome_next, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: setup.current_step() == "name")
    qtbot.keyClicks(QApplication.focusWidget(), "Moon")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.current_step() == "pin")
    assert QApplication.focusWidget() is setup.pin_edit
    qtbot.keyClicks(setup.pin_edit, "1357")
    qtbot.keyClick(setup.pin_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "1357")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: setup.recovery_box.isVisible())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: setup.current_step() == "children")
    qtbot.keyClicks(QApplication.focusWidget(), "Child C")
    # Tab to the "Add this child" button and press it.
    for _ in range(15):
        if QApplication.focusWidget() is setup.add_btn:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(setup.add_btn, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: setup.child_list.count() == 1)
    for _ in range(15):
        if QApplication.focusWidget() is setup.children_next:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(setup.children_next, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: setup.current_step() == "country")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.home)
    # Home puts focus on the first Start button: Space opens the session.
    start = win.home.cards[0].start_buttons[0][1]
    assert QApplication.focusWidget() is start
    qtbot.keyClick(start, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.session)
    screen = win.session
    steps = len(screen.s.activity.steps)
    for i in range(steps):
        qtbot.waitUntil(lambda i=i: screen.s.current_index == i)
        qtbot.keyClick(screen, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.page_name() == "end")
    assert svc.store.sessions.finished_activity_ids(svc.children()[0].id)


def test_setup_can_be_left_and_resumed(qtbot: Any, svc: Any, help_data: Any) -> None:
    win = MainWindow(svc, *help_data)
    qtbot.addWidget(win)
    click_welcome = win.setup.welcome_next
    win.show()
    qtbot.mouseClick(click_welcome, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(win.setup.name_edit, "Resume")
    qtbot.mouseClick(win.setup.name_next, Qt.MouseButton.LeftButton)
    win.close()
    again = MainWindow(svc, *help_data)
    qtbot.addWidget(again)
    again.show()
    assert again.stack.currentWidget() is again.setup
    assert again.setup.current_step() == "pin"
    assert again.setup.name_edit.text() == "Resume"


def test_bad_input_gets_a_message_and_changes_nothing(qtbot: Any, window: MainWindow, svc: Any) -> None:
    setup = window.setup
    click(qtbot, setup.welcome_next)
    click(qtbot, setup.name_next)  # empty name
    assert "type a name" in setup.error.text()
    assert svc.family() is None
    qtbot.keyClicks(setup.name_edit, "X")
    click(qtbot, setup.name_next)
    qtbot.keyClicks(setup.pin_edit, "12")
    qtbot.keyClicks(setup.pin_again, "12")
    click(qtbot, setup.pin_next)
    assert setup.error.text() == "A PIN needs at least 4 numbers."
    assert not svc.has_pin()
    qtbot.keyClicks(setup.pin_edit, "34")
    qtbot.keyClicks(setup.pin_again, "99")
    click(qtbot, setup.pin_next)
    assert "different" in setup.error.text()


def test_resume_after_window_closed_mid_session(qtbot: Any, svc: Any, clock: Any, help_data: Any) -> None:
    family_with_child(svc)
    win = MainWindow(svc, *help_data)
    qtbot.addWidget(win)
    win.show()
    click(qtbot, win.home.cards[0].start_buttons[0][1])
    screen = win.session
    if screen.page_name() == "recall":
        click(qtbot, screen.recall.skip_btn)
    clock.advance(90)
    click(qtbot, screen.next_btn)
    clock.advance(60)
    click(qtbot, screen.next_btn)
    qtbot.waitUntil(lambda: screen.s.current_index == 2)
    elapsed = screen.s.elapsed_seconds
    win.close()
    clock.advance(3600)  # the window stayed closed for an hour: that time does not count

    again = MainWindow(svc, *help_data)
    qtbot.addWidget(again)
    again.show()
    card = again.home.cards[0]
    activity, btn = card.start_buttons[0]
    assert activity.id in card.ov.in_progress
    assert btn.text() == "Carry on"
    click(qtbot, btn)
    s = again.session.s
    assert s.resumed and s.current_index == 2
    assert s.elapsed_seconds == pytest.approx(elapsed)
    assert again.session.page_name() == "steps"  # no recall on resume


def test_pin_gate_throttles_and_recovers(qtbot: Any, window: MainWindow, svc: Any, clock: Any) -> None:
    family_with_child(svc)
    code = svc.set_pin("4321")
    window.go_home()
    click(qtbot, window.parent_btn)
    gate = window.parent_area.gate
    qtbot.waitUntil(lambda: gate.isVisible())
    for _ in range(5):
        qtbot.keyClicks(gate.pin, "0000")
        qtbot.keyClick(gate.pin, Qt.Key.Key_Return)
    assert "wait" in gate.message.text()
    assert not gate.ok.isEnabled()
    # The right PIN is refused while the wait runs.
    qtbot.keyClicks(gate.pin, "4321")
    qtbot.keyClick(gate.pin, Qt.Key.Key_Return)
    assert window.parent_area.stack.currentWidget() is window.parent_area.gate_scroll
    assert svc.store.family.throttle().failures == 5  # saved: survives a restart
    clock.advance(31)
    gate.start()
    assert gate.ok.isEnabled()
    qtbot.keyClicks(gate.pin, "4321")
    qtbot.keyClick(gate.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.parent_area.stack.currentWidget() is window.parent_area.area)
    # Forgot the PIN: the recovery code sets a new one.
    window.parent_area.start()
    click(qtbot, gate.forgot)
    qtbot.keyClicks(gate.code, code.lower().replace("-", " "))
    qtbot.keyClicks(gate.new_pin, "8888")
    qtbot.keyClicks(gate.new_pin_again, "8888")
    click(qtbot, gate.reset)
    assert len(gate.new_code.text()) == 19
    assert svc.check_pin("8888").ok


def test_parent_area_unlock_early_and_settings(qtbot: Any, window: MainWindow, svc: Any) -> None:
    child = family_with_child(svc)
    window.go_home()
    assert len(window.home.cards[0].ov.todo) == 1
    click(qtbot, window.parent_btn)
    area = window.parent_area
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.area)
    area.tabs.setCurrentIndex(1)
    early = next(b for b in area.findChildren(QAbstractButton) if b.accessibleName().startswith("Open the next"))
    click(qtbot, early)
    assert {u.unit for u in svc.store.unlocks.for_child(child.id)} == {1, 2}
    assert [u.why for u in svc.store.unlocks.for_child(child.id) if u.unit == 2] == ["parent"]
    area.tabs.setCurrentIndex(3)
    area.settings_tab.theme_combo.setCurrentIndex(area.settings_tab.theme_combo.findData("dark"))
    area.settings_tab.theme_combo.activated.emit(area.settings_tab.theme_combo.currentIndex())
    assert svc.family().settings.theme == "dark"
    assert theme.current().name == "dark"
    click(qtbot, area.close_btn)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    assert len(window.home.cards[0].ov.todo) == 2


def test_worried_button_on_every_screen(qtbot: Any, window: MainWindow, svc: Any) -> None:
    family_with_child(svc)
    svc.save_family(Family(name="Test", country="GB", setup_step="done"))
    window.go_home()
    for open_screen in (
        lambda: None,
        lambda: click(qtbot, window.home.cards[0].start_buttons[0][1]),
    ):
        open_screen()
        assert window.worried_btn.isVisible()
        click(qtbot, window.worried_btn)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.help)
        texts = " ".join(
            w.text() for w in window.help.findChildren(QWidget) if hasattr(w, "text") and isinstance(w.text(), str)
        )
        assert "Childline" in texts and "0800 1111" in texts and "last checked" in texts
        click(qtbot, window.help.back_btn)


def test_nudge_extend_and_timer_off(qtbot: Any, window: MainWindow, svc: Any, clock: Any) -> None:
    family_with_child(svc)
    window.go_home()
    click(qtbot, window.home.cards[0].start_buttons[0][1])
    screen = window.session
    if screen.page_name() == "recall":
        click(qtbot, screen.recall.skip_btn)
    clock.advance(screen.s.activity.steps[0].minutes * 60 + 1)
    screen.tick()
    assert screen.nudge.isVisible() and "suggested time" in screen.nudge_text.text()
    click(qtbot, screen.more_btn)
    assert not screen.nudge.isVisible()
    clock.advance(200)
    screen.tick()
    assert not screen.nudge.isVisible()  # five more minutes were given
    click(qtbot, screen.timer_btn)
    assert screen.ring.text == "off"
    clock.advance(3600)
    screen.tick()
    assert not screen.nudge.isVisible()
    assert screen.s.state.name == "RUNNING"  # time never forces a stop
    click(qtbot, screen.pause_btn)
    assert screen.paused_label.isVisible() and not screen.next_btn.isEnabled()
    before = screen.s.elapsed_seconds
    clock.advance(500)
    screen.tick()
    assert screen.s.elapsed_seconds == before


def test_every_focusable_widget_has_an_accessible_name(qtbot: Any, window: MainWindow, svc: Any) -> None:
    family_with_child(svc)
    screens = []
    window.go_home()
    screens.append(window.home)
    click(qtbot, window.home.cards[0].start_buttons[0][1])
    screens.append(window.session)
    window.show_help()
    screens.append(window.help)
    window.go_home()
    window.show_parent()
    screens.append(window.parent_area)
    missing = []
    for screen in screens:
        for w in screen.findChildren(QWidget):
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(screen):
                name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
                if not name and not isinstance(w, QLineEdit | QAbstractButton):
                    continue  # scroll areas and containers
                if not name:
                    missing.append(f"{type(w).__name__} on {type(screen).__name__}")
    assert missing == []


def test_grown_up_panel_opens_the_unit_guide(qtbot: Any, window: MainWindow, svc: Any) -> None:
    family_with_child(svc)
    window.go_home()
    click(qtbot, window.home.cards[0].start_buttons[0][1])
    screen = window.session
    assert screen.guide_btn.isVisible()
    click(qtbot, screen.guide_btn)
    qtbot.waitUntil(lambda: screen.guide_dialog.isVisible())
    shown = " ".join(w.toPlainText() for w in screen.guide_dialog.findChildren(QTextBrowser))
    assert screen.s.activity.unit == 1
    assert "conversation" in (screen.guide_dialog.windowTitle() + shown).lower()


def test_a_reflect_note_is_kept_without_pressing_save(
    qtbot: Any, window: MainWindow, svc: Any, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:

    child = family_with_child(svc)
    window.go_home()
    click(qtbot, window.home.cards[0].start_buttons[0][1])
    screen = window.session
    if screen.page_name() == "recall":
        click(qtbot, screen.recall.skip_btn)
    last = len(screen.s.activity.steps) - 1
    screen.s.go_to(last)
    screen.show_step()
    assert isinstance(screen.view, ReflectView)
    qtbot.keyClicks(screen.view.note, "She talked about a game chat.")
    click(qtbot, screen.next_btn)  # Finish, without "Save note"
    qtbot.waitUntil(lambda: screen.page_name() == "end")
    assert [n.text for n in svc.notes(child)] == ["She talked about a game chat."]
    # The end page hides the timer and its buttons (issue 16, item 10); their keys do nothing harmful,
    # and nothing is written again.
    assert not screen.timer_btn.isVisible() and not screen.ring.isVisible()
    before = svc.store.export_all()
    writes: list[str] = []
    for name in ("save_progress", "save_step", "finish"):
        real = getattr(svc.store.sessions, name)
        monkeypatch.setattr(
            svc.store.sessions, name, lambda *a, _n=name, _r=real, **k: (writes.append(_n), _r(*a, **k))[1]
        )
    screen.toggle_timer()
    screen.toggle_pause()
    for _ in range(31):  # past the 30 s autosave
        clock.advance(1)
        screen.tick()
    assert writes == []
    after = svc.store.export_all()
    for data in (before, after):
        data.pop("exported_at")
    assert after == before
    assert screen.page_name() == "end"


def test_leaving_a_session_forgets_it_so_replaced_data_is_never_overwritten(
    qtbot: Any, window: MainWindow, svc: Any
) -> None:
    family_with_child(svc)
    window.go_home()
    click(qtbot, window.home.cards[0].start_buttons[0][1])
    assert window.session.s is not None
    click(qtbot, window.session.stop_btn)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    assert window.session.s is None
    window.close()  # nothing left to save, so nothing can be written over restored data


def test_a_saved_quiz_answer_past_the_options_is_ignored(qapp: Any, library: Any) -> None:
    from familysafe.core.answers import QuizAnswer
    from familysafe.core.content import QuizStep

    step = next(s for a in library.activities.values() for s in a.steps if isinstance(s, QuizStep))
    view = QuizView(step)
    view.restore(QuizAnswer({step.questions[0].id: 99}))
    assert view.choices == {}


def test_progress_carries_across_languages(svc: Any, library: Any, shipped_content_once: None) -> None:
    from familysafe.boot import choose_language
    from familysafe.core.content import load_library
    from familysafe.resources import content_dir
    from familysafe.services.family import FamilyService

    child = family_with_child(svc)
    act = svc.overview(child).todo[0]
    svc.open_session(child, act).play_to_end(lambda step: None)  # no answers, every step done
    spanish, _ = choose_language(load_library(content_dir(), check_reading=False), "es")
    es = FamilyService(svc.store, spanish, svc.clock)
    ov = es.overview(child)
    assert [a.id for a in ov.done] == [act.id]
    assert ov.done[0].title != act.title  # the same activity, shown in Spanish


def test_finishing_can_be_tried_again_after_a_failed_save(svc: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from familysafe.store.errors import StoreError

    child = family_with_child(svc)
    act = svc.overview(child).todo[0]
    s = svc.open_session(child, act)
    real = svc.store.sessions.finish

    def full_disk(*a: Any, **k: Any) -> None:
        raise StoreError("The disk is full.")

    monkeypatch.setattr(svc.store.sessions, "finish", full_disk)
    with pytest.raises(StoreError):
        s.finish()
    monkeypatch.setattr(svc.store.sessions, "finish", real)
    s.next()  # a Next press after the failure does no harm
    s.autosave()
    s.finish()
    assert act.id in svc.store.sessions.finished_activity_ids(child.id)


def test_parent_area_has_the_guides_that_have_unlocked(qtbot: Any, window: MainWindow, svc: Any) -> None:
    family_with_child(svc)
    window.go_home()
    click(qtbot, window.parent_btn)
    area = window.parent_area
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.area)
    from familysafe.ui.parent import TAB_GUIDES

    area.tabs.setCurrentIndex(TAB_GUIDES)
    assert area.tabs.tabText(TAB_GUIDES).startswith("Guides")
    assert [g.unit for g in area.guides.visible_guides()] == [1]  # only unit 1 is open for a new child
    area.refresh()
    assert area.tabs.widget(TAB_GUIDES) is area.guides  # kept across refreshes
