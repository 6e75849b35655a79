"""Small widgets shared by the screens: pictures, the timer ring, step dots, text blocks."""

from __future__ import annotations

import html
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from familysafe.resources import asset
from familysafe.ui import theme


@cache
def _renderer(path: str) -> QSvgRenderer:
    return QSvgRenderer(path)


class Picture(QWidget):
    """An SVG picture from the assets, drawn at any size; nothing is drawn for a missing file."""

    def __init__(
        self, folder: str = "pictures", name: str = "", size: int = 160, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self._folder = folder
        self._path: Path | None = None
        self._size = size
        self.setMinimumSize(size // 2, size // 2)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_name(name)

    def set_name(self, name: str) -> None:
        """Show another picture by name."""
        p = asset(self._folder, f"{name}.svg") if name else None
        self._path = p if p is not None and p.is_file() else None
        self.setAccessibleName(name.replace("-", " ") if name else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._path is None:
            return
        r = _renderer(str(self._path))
        if not r.isValid():
            return
        side = min(self.width(), self.height())
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r.render(p, rect)
        p.end()


class TimerRing(QWidget):
    """What is left of the session, as a ring: calm, never red, and silent when switched off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._on = True
        self.setMinimumSize(64, 64)
        self.setAccessibleName(self.tr("Time left"))

    def set_state(self, remaining: float | None, total: float) -> None:
        """Show the seconds remaining of a total, or a switched-off timer when remaining is None."""
        self._on = remaining is not None
        if remaining is None:
            self._fraction, self._text = 0.0, self.tr("off")
            self.setAccessibleDescription(self.tr("The timer is off"))
        else:
            self._fraction = max(0.0, min(1.0, remaining / total)) if total else 0.0
            mins = int(remaining // 60)
            secs = int(remaining % 60)
            self._text = f"{mins}:{secs:02d}"
            self.setAccessibleDescription(self.tr("%n minute(s) left", "", max(1, round(remaining / 60))))
        self.update()

    @property
    def text(self) -> str:
        """What the ring shows in its middle."""
        return self._text

    def sizeHint(self) -> QSize:
        return QSize(72, 72)

    def paintEvent(self, event: QPaintEvent) -> None:
        t = theme.current()
        side = min(self.width(), self.height()) - 8
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(t.border), 6))
        p.drawEllipse(rect)
        if self._on and self._fraction > 0:
            p.setPen(QPen(QColor(t.accent), 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawArc(rect, 90 * 16, int(self._fraction * 360 * 16))
        p.setPen(QColor(t.text))
        f = p.font()
        f.setPointSizeF(max(8.0, side / 5.5))
        f.setBold(True)
        p.setFont(f)
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        p.end()


class StepDots(QWidget):
    """The steps of an activity as dots: done, current, to come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._current = 0
        self._done: set[int] = set()
        self.setMinimumHeight(24)
        self.setAccessibleName(self.tr("Steps"))

    def set_state(self, count: int, current: int, done: set[int]) -> None:
        """Show `count` dots with `current` highlighted and `done` filled."""
        self._count, self._current, self._done = count, current, set(done)
        self.setAccessibleDescription(
            self.tr("Step %1 of %2").replace("%1", str(current + 1)).replace("%2", str(count))
        )
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(max(24, self._count * 26), 24)

    def paintEvent(self, event: QPaintEvent) -> None:
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = 8.0
        gap = 26.0
        start = (self.width() - gap * (self._count - 1)) / 2 if self._count else 0
        y = self.height() / 2
        for i in range(self._count):
            x = start + i * gap
            if i == self._current:
                p.setPen(QPen(QColor(t.accent), 3))
                p.setBrush(QColor(t.accent))
                p.drawEllipse(QRectF(x - r - 2, y - r - 2, 2 * r + 4, 2 * r + 4))
            elif i in self._done:
                p.setPen(QPen(QColor(t.good), 2))
                p.setBrush(QColor(t.good))
                p.drawEllipse(QRectF(x - r, y - r, 2 * r, 2 * r))
            else:
                p.setPen(QPen(QColor(t.border), 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QRectF(x - r, y - r, 2 * r, 2 * r))
        p.end()


def text_to_html(text: str) -> str:
    """Content text (paragraphs split by blank lines, `- ` lists) as safe rich text."""
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    out = []
    for b in blocks:
        lines = b.splitlines()
        if all(line.lstrip().startswith("- ") for line in lines):
            items = "".join(f"<li>{html.escape(line.lstrip()[2:].strip())}</li>" for line in lines)
            out.append(f"<ul style='margin-left:0'>{items}</ul>")
        else:
            out.append(f"<p>{html.escape(' '.join(line.strip() for line in lines))}</p>")
    return "".join(out)


class TextBlock(QLabel):
    """A wrapping block of content text; never loads anything from outside."""

    def __init__(self, text: str = "", object_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if object_name:
            self.setObjectName(object_name)
        self.set_content(text)

    def set_content(self, text: str) -> None:
        """Show content text."""
        self._plain = text
        self.setText(text_to_html(text))
        self.setAccessibleName(" ".join(text.split())[:400])

    @property
    def plain(self) -> str:
        """The text shown, without markup."""
        return self._plain


def label(text: str, object_name: str = "", wrap: bool = True) -> QLabel:
    """A plain-text label (no markup is interpreted)."""
    w = QLabel(text)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setWordWrap(wrap)
    if object_name:
        w.setObjectName(object_name)
    return w


def button(text: str, name: str = "", object_name: str = "", tip: str = "") -> QPushButton:
    """A push button with an accessible name (its text unless given) and an optional tooltip."""
    b = QPushButton(text)
    b.setAccessibleName(name or text.replace("&", ""))
    if object_name:
        b.setObjectName(object_name)
    if tip:
        b.setToolTip(tip)
    b.setCursor(Qt.CursorShape.PointingHandCursor)
    b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return b


class Card(QFrame):
    """A rounded panel."""

    clicked = Signal()

    def __init__(self, object_name: str = "card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.NoFrame)


class FlowLayout(QLayout):
    """Lays widgets out in rows that wrap, so large text never squeezes a button (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, align_right: bool = False) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._right = align_right

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._items:
            w, owner = item.widget(), self.parentWidget()
            if w is not None and owner is not None and not w.isVisibleTo(owner):
                continue
            hint = item.sizeHint()
            if rows[-1] and x + hint.width() > area.width():
                rows.append([])
                x = 0
            rows[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(h.height() for _, h in row)
            used = sum(h.width() for _, h in row) + self._spacing * (len(row) - 1)
            x = area.x() + (area.width() - used if self._right and used < area.width() else 0)
            for item, hint in row:
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom()


def scrolling(inner: QWidget | None = None, name: str = "") -> QScrollArea:
    """A frameless scroll area (around `inner`, or empty until setWidget), so a screen never clips at
    large text sizes."""
    s = QScrollArea()
    own = inner.accessibleName() if inner is not None else ""
    s.setAccessibleName(name or own or QCoreApplication.translate("Page", "Page"))
    s.setWidgetResizable(True)
    s.setFrameShape(QFrame.Shape.NoFrame)
    if inner is not None:
        s.setWidget(inner)
    return s
