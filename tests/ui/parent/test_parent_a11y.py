"""Every tab of the parent area: each focusable widget has an accessible name, the keyboard reaches every
action, and nothing clips at large text sizes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from familysafe.ui.parent import TAB_DATA, TAB_NOTES, TAB_PACKS, TAB_PRINT
from qt_checks import accessible_unnamed, apply_look, clipped

pytestmark = pytest.mark.usefixtures("qapp")


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in root.findChildren(QWidget):
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName().strip():
            if isinstance(w, QAbstractButton) and w.text():
                continue
            missing.append(f"{type(w).__name__} {w.objectName()}")
    return missing


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_every_tab_is_named_and_does_not_clip(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], scale: float
) -> None:
    svc.set_pin("2468")  # nothing changes in the tabs, but the gate has been passed
    apply_look("light", scale)  # light at 100 % is put back once the area is gone (tests/conftest.py)
    area.refresh()
    problems = []
    for i in range(area.tabs.count()):
        area.show_tab(i)
        QApplication.processEvents()
        name = area.tabs.tabText(i)
        problems += [f"{name}: unnamed {m}" for m in unnamed(area)]
        problems += [f"{name}: {c}" for c in clipped(area)]
        problems += [f"{name}: accessible node {r}" for r in accessible_unnamed(area)]
    assert problems == []


@pytest.mark.parametrize("tab", [TAB_NOTES, TAB_PRINT, TAB_DATA, TAB_PACKS])
def test_the_keyboard_reaches_every_button(qtbot: Any, area: Any, family: dict[str, Any], tab: int) -> None:
    area.refresh()
    area.show_tab(tab)
    area.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is area.window())
    page = area.tabs.currentWidget()
    wanted = {b for b in page.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()}
    assert wanted
    area.tabs.tabBar().setFocus()
    seen = set()
    for _ in range(200):
        seen.add(QApplication.focusWidget())
        if wanted <= seen:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert wanted <= seen, sorted(b.accessibleName() for b in wanted - seen)


def _answer_confirm(qtbot: Any, area: Any, key: Qt.Key) -> tuple[bool, dict[str, Any]]:
    """Open confirm(), and from inside its modal loop note what it shows and press `key`.

    Nothing is asserted inside the callback (an assert there would only stop the callback, leaving
    the modal open): the box is noted and the test asserts afterwards. A box the key did not close is
    closed by a second timer a few seconds later, so a wrong default fails quickly, never hangs.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from familysafe.ui.parent import confirm

    seen: dict[str, Any] = {}

    def box() -> QMessageBox | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)

    def answer() -> None:
        b = box()
        if b is None:
            seen["missing"] = True
            return
        seen["default"] = b.defaultButton().text() if b.defaultButton() else None
        seen["escape"] = b.escapeButton().text() if b.escapeButton() else None
        seen["text"] = b.text()
        seen["buttons"] = sorted(x.text() for x in b.buttons())
        qtbot.keyClick(b, key)

    def rescue() -> None:
        b = box()
        if b is not None:
            seen["left_open"] = True
            b.done(0)

    QTimer.singleShot(50, answer)
    QTimer.singleShot(5000, rescue)
    result = confirm(area, "Erase Child A?", "This cannot be undone.", "Erase Child A", "Keep Child A")
    return result, seen


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Escape], ids=["Enter", "Escape"])
def test_confirmation_no_is_the_default(qtbot: Any, area: Any, key: Qt.Key) -> None:
    result, seen = _answer_confirm(qtbot, area, key)
    assert "left_open" not in seen and "missing" not in seen, seen
    assert seen["default"] == "Keep Child A"
    assert seen["escape"] == "Keep Child A"
    assert seen["buttons"] == ["Erase Child A", "Keep Child A"]
    assert "cannot be undone" in seen["text"]
    assert result is False  # Enter and Escape both keep
