"""Moving a child up or back an age group in the parent area, by mouse and by keyboard, and the question
"Is <nickname> ready for ages …?" (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QPushButton, QWidget

from familysafe.core.models import Family
from familysafe.ui.parent.common import TAB_CHILDREN

DAY = 86400


@pytest.fixture
def child_g(svc: Any) -> Any:
    svc.save_family(Family(name="Growing", setup_step="done"))
    return svc.add_child("Child G", "4-7", "owl")


@pytest.fixture
def area(qtbot: Any, svc: Any, qapp: Any, child_g: Any) -> Iterator[Any]:
    from familysafe.ui import theme
    from familysafe.ui.parent import ParentArea

    theme.apply(qapp, "light", 1.0)
    w = ParentArea(svc)
    w.resize(1100, 800)
    w.show()
    qtbot.waitExposed(w)
    w.start()
    yield w
    w.reminders.timer.stop()
    if w.children_tab.move_dialog is not None:
        w.children_tab.move_dialog.close()
    w.close()
    w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _button(root: QWidget, name: str) -> QPushButton:
    found = [b for b in root.findChildren(QPushButton) if b.accessibleName() == name and b.isVisible()]
    assert found, f"no visible button {name!r}"
    return found[0]


def _open_dialog(qtbot: Any, area: Any) -> Any:
    area.show_tab(TAB_CHILDREN)
    qtbot.mouseClick(_button(area.children_tab, "Move Child G up or back an age group"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: area.children_tab.move_dialog is not None and area.children_tab.move_dialog.isVisible())
    return area.children_tab.move_dialog


def test_move_up_by_mouse(qtbot: Any, area: Any, svc: Any, child_g: Any) -> None:
    dlg = _open_dialog(qtbot, area)
    assert dlg.band() == "8-10"  # the next age group is offered first
    assert dlg.sentence.text() == (
        "Child G starts ages 8-10 at its first activity today; one new activity every two weeks; "
        "everything done so far stays in Child G's history."
    )
    assert dlg.ok_btn.text() == "Move Child G up to ages 8-10"
    qtbot.mouseClick(dlg.ok_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: svc.store.children.get(child_g.id).age_band == "8-10")
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert svc.unlocked_units(svc.store.children.get(child_g.id)) == {1}
    qtbot.waitUntil(lambda: "Child G is in ages 8-10 now" in area.status.text())
    # The rebuilt tab shows the band history and the button for the new age group.
    qtbot.waitUntil(
        lambda: _button(area.children_tab, "Move Child G up or back an age group").text().startswith("Ages 8-10")
    )


def test_choose_by_keyboard_cancel_with_escape_then_move_back(qtbot: Any, area: Any, svc: Any, child_g: Any) -> None:
    dlg = _open_dialog(qtbot, area)
    qtbot.waitUntil(lambda: dlg.choices["8-10"].hasFocus())
    qtbot.keyClick(dlg.choices["8-10"], Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dlg.band() == "11-13")
    assert "Child G starts ages 11-13" in dlg.sentence.text()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert svc.store.children.get(child_g.id).age_band == "4-7"  # cancelled: nothing changed
    assert [b.band for b in svc.store.bands.history(child_g.id)] == ["4-7"]

    dlg = _open_dialog(qtbot, area)
    qtbot.waitUntil(lambda: dlg.choices["8-10"].hasFocus())
    qtbot.keyClick(dlg.choices["8-10"], Qt.Key.Key_Tab)  # out of the age groups, to the move button
    qtbot.waitUntil(lambda: dlg.ok_btn.hasFocus())
    qtbot.keyClick(dlg.ok_btn, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: svc.store.children.get(child_g.id).age_band == "8-10")

    # And back: the earlier age group is taken up where it was left.
    dlg = _open_dialog(qtbot, area)
    qtbot.waitUntil(lambda: dlg.isVisible())
    qtbot.mouseClick(dlg.choices["4-7"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.band() == "4-7")
    assert dlg.sentence.text().startswith("Child G goes back to ages 4-7 and carries on where they left it")
    assert dlg.ok_btn.text() == "Move Child G back to ages 4-7"
    qtbot.mouseClick(dlg.ok_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: svc.store.children.get(child_g.id).age_band == "4-7")
    assert svc.store.children.get(child_g.id).start_date == child_g.start_date


def test_the_nudge_asks_after_a_year_and_remembers_remind_me_later(
    qtbot: Any, svc: Any, clock: Any, child_g: Any, qapp: Any
) -> None:
    clock.advance(365 * DAY)
    from familysafe.ui.parent import ParentArea

    w = ParentArea(svc)
    w.resize(1100, 800)
    w.show()
    qtbot.waitExposed(w)
    try:
        w.start()
        qtbot.waitUntil(lambda: w.nudges.isVisible())
        assert w.nudges.cards[0].accessibleName() == "Is Child G ready for ages 8-10?"
        qtbot.mouseClick(_button(w.nudges, "Remind me about Child G in 6 months"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not w.nudges.isVisible())
        assert "again in 6 months" in w.status.text()
        stint = svc.store.bands.current(child_g.id)
        assert stint is not None and stint.nudge_remind is not None
        clock.advance(190 * DAY)
        w.refresh()
        qtbot.waitUntil(lambda: w.nudges.isVisible())
        qtbot.mouseClick(_button(w.nudges, "Yes, move Child G up"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: w.nudges.dialog is not None and w.nudges.dialog.isVisible())
        assert w.nudges.dialog.band() == "8-10"
        qtbot.mouseClick(w.nudges.dialog.ok_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: svc.store.children.get(child_g.id).age_band == "8-10")
        qtbot.waitUntil(lambda: not w.nudges.isVisible())  # the new age group asks afresh, a year on
    finally:
        w.reminders.timer.stop()
        w.close()
        w.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_the_home_card_counts_every_age_groups_activities(qtbot: Any, svc: Any, clock: Any, child_g: Any) -> None:
    from PySide6.QtCore import QDate, QLocale

    from familysafe.services import growing
    from familysafe.ui.home import ChildCard

    for _ in range(2):  # two 4-7 units done, a fortnight apart (a done session, as a finished one is saved)
        act = svc.overview(child_g).todo[0]
        rec = svc.store.sessions.start(child_g.id, act.id, clock.now(), {})
        svc.store.sessions.finish(rec.id, clock.now(), {})
        clock.advance(14 * DAY)
        svc.refresh_unlocks(child_g)
    moved = growing.move_band(svc, child_g, "8-10")
    card = ChildCard(svc.overview(moved), QDate.currentDate(), QLocale("en_GB"))
    qtbot.addWidget(card)
    texts = [lbl.text() for lbl in card.findChildren(type(card.next_label))]
    assert "Ages 8-10" in texts
    assert "2 activities done in all" in texts


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_buttons_sit_under_the_words_without_a_gap(qtbot: Any, area: Any, qapp: Any, scale: float) -> None:
    from familysafe.ui import theme

    theme.apply(qapp, "light", scale)
    dlg = _open_dialog(qtbot, area)
    qtbot.waitUntil(lambda: dlg.sentence.height() > 0)
    sentence_bottom = dlg.sentence.mapTo(dlg, dlg.sentence.rect().bottomLeft()).y()
    gap = dlg.buttons.geometry().top() - sentence_bottom
    assert 0 <= gap <= 2 * dlg.fontMetrics().height(), f"{gap} px between the words and the buttons"
