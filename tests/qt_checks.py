"""Checks shared by the GUI tests: clipping at large text sizes, and the accessible tree; and the look
(theme and text size) a GUI test asks for."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget


def apply_look(theme_name: str = "light", scale: float = 1.0) -> None:
    """`theme.apply` for a test, skipped when that very look is already in force.

    Each apply restyles every widget alive, 1 to 2 s with a whole window open, even when nothing
    changes (Qt does not compare the style sheet); the look the last test left (tests/conftest.py puts
    back light at 100 % once its windows are gone) gives the same style sheet, palette and font either
    way. A test that means to apply a look to open widgets (the settings tab's) still calls theme.apply.
    """
    from familysafe.ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    t = theme.resolve(theme_name)
    same = (
        app.property("familysafe_theme") == t.name
        and app.property("familysafe_scale") == scale
        and not app.property("familysafe_easy_read")
        and app.styleSheet() == theme.style_sheet(t, scale)
    )
    if not same:
        theme.apply(app, theme_name, scale)


def clipped(root: QWidget) -> list[str]:
    """Visible buttons smaller than their text needs, and wrapped labels shorter than their lines."""
    out = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() == 0:
            continue
        if isinstance(w, QAbstractButton) and w.text():
            hint = w.sizeHint()
            if w.width() + 2 < hint.width() or w.height() + 2 < hint.height():
                out.append(f"button {w.text()!r} {w.width()}x{w.height()} < {hint.width()}x{hint.height()}")
        elif isinstance(w, QLabel) and w.text() and w.wordWrap():
            need = w.heightForWidth(w.width())
            if need > 0 and w.height() + 2 < need:
                out.append(f"label {w.text()[:30]!r} height {w.height()} < {need}")
    return out


def walk_accessible(iface: Any, depth: int = 0, out: list[tuple[int, str, str, bool]] | None = None) -> list[Any]:
    """(depth, role, name, focusable) for every visible node of the accessible tree."""
    out = [] if out is None else out
    if iface is None or not iface.isValid() or iface.state().invisible:
        return out
    role = iface.role().name if hasattr(iface.role(), "name") else str(iface.role())
    out.append((depth, role, iface.text(QAccessible.Text.Name), bool(iface.state().focusable)))
    for i in range(iface.childCount()):
        walk_accessible(iface.child(i), depth + 1, out)
    return out


def accessible_unnamed(root: QWidget) -> list[str]:
    """The roles of focusable accessible nodes under `root` that have no name."""
    nodes = walk_accessible(QAccessible.queryAccessibleInterface(root))
    return [role for _, role, name, focusable in nodes if focusable and not name.strip()]
