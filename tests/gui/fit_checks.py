"""What "fits" means, checked on real widgets: nothing elided or clipped, nothing focusable out of sight."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QScrollArea, QWidget

from qt_checks import clipped


def _in_scroll_area(w: QWidget, root: QWidget) -> QScrollArea | None:
    p = w.parentWidget()
    while p is not None and p is not root:
        if isinstance(p, QScrollArea):
            return p
        p = p.parentWidget()
    return None


def _rect_in(w: QWidget, root: QWidget) -> QRect:
    return QRect(w.mapTo(root, QPoint(0, 0)), w.size())


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_problems(root: QWidget) -> list[str]:
    """Visible buttons and labels whose text does not fit: qt_checks.clipped (buttons, wrapped labels),
    plus a one-line label shorter than the advance of its text."""
    out = clipped(root)
    for w in root.findChildren(QLabel):
        if not w.isVisible() or w.width() == 0 or not w.text() or w.wordWrap():
            continue
        if w.textFormat() != Qt.TextFormat.RichText:
            advance = max(w.fontMetrics().horizontalAdvance(line) for line in _plain(w.text()).splitlines() or [""])
            if w.contentsRect().width() + 1 < advance:
                out.append(f"label {w.text()[:30]!r} {w.contentsRect().width()} < {advance}")
    return out


def sight_problems(root: QWidget) -> list[str]:
    """Visible widgets cut off by the window's edge with no scroll area to bring them into view, and
    scroll areas that scroll sideways (a line too wide for the window)."""
    out = []
    bounds = root.rect()
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.width() == 0 or w.height() == 0:
            continue
        if isinstance(w, QAbstractScrollArea):
            bar = w.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                out.append(f"{type(w).__name__} {w.accessibleName()!r} scrolls sideways by {bar.maximum()} px")
        if not (isinstance(w, (QAbstractButton, QLabel)) or w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        area = _in_scroll_area(w, root)
        box = _rect_in(area.viewport(), root) if area is not None else bounds
        if area is not None and not bounds.contains(box):
            out.append(f"scroll area {area.accessibleName()!r} {box} is not inside the window {bounds}")
            continue
        r = _rect_in(w, root)
        name = w.accessibleName() or getattr(w, "text", lambda: "")() or type(w).__name__
        if area is None and not bounds.contains(r):
            out.append(f"{name!r} at {r} is outside the window {bounds}")
            continue
        # Cut off by a box around it (a bar squeezed lower than its rows), short of a scroll area.
        p = w.parentWidget()
        while p is not None and p is not root and not isinstance(p, QAbstractScrollArea):
            if p.parentWidget() is not None and isinstance(p.parentWidget(), QAbstractScrollArea):
                break  # the page inside a scroll area's viewport: it scrolls
            inside = QRect(w.mapTo(p, QPoint(0, 0)), w.size()).adjusted(1, 1, -1, -1)
            if not QRect(QPoint(0, 0), p.size()).contains(inside):
                out.append(f"{name!r} is cut off by its {type(p).__name__} {p.objectName() or p.accessibleName()!r}")
                break
            p = p.parentWidget()
    return out


def focus_problems(root: QWidget) -> list[str]:
    """Tab stops that cannot be seen: hidden, zero-sized, or a scroll area that would take the focus
    with no ring (a page's scroll area is a tab stop only where it says so with its focus ring)."""
    out = []
    for w in root.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if w.width() < 4 or w.height() < 4:
            out.append(f"{type(w).__name__} {w.accessibleName()!r} is a {w.width()}x{w.height()} tab stop")
        if isinstance(w, QScrollArea) and w.property("focusRing") is not True:
            out.append(f"scroll area {w.accessibleName()!r} is a tab stop")
    return out
