"""Every tab of the parent area: each focusable widget has an accessible name, the keyboard reaches every
action, and nothing clips at large text sizes."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from familysafe.ui import theme
from familysafe.ui.parent import TAB_DATA, TAB_NOTES, TAB_PACKS, TAB_PRINT
from qt_checks import accessible_unnamed, clipped

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
    theme.apply(QApplication.instance(), "light", scale)  # type: ignore[arg-type]
    try:
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
    finally:
        theme.apply(QApplication.instance(), "light", 1.0)  # type: ignore[arg-type]


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


def test_confirmation_no_is_the_default(qtbot: Any, area: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    from familysafe.ui.parent import confirm

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        assert box.defaultButton().text() == "Keep Kit"
        assert "cannot be undone" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(50, answer)
    assert confirm(area, "Erase Kit?", "This cannot be undone.", "Erase Kit", "Keep Kit") is False
