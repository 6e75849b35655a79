"""Small widgets shared by the screens: pictures, the timer ring, step dots, text blocks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from familysafe.resources import asset
from familysafe.ui import theme
from familysafe.ui.i18n import plural


def text_scale() -> float:
    """The family's text size (1.0 to 2.0), as the theme last applied it."""
    app = QCoreApplication.instance()
    try:
        return float(app.property("familysafe_scale") or 1.0) if app is not None else 1.0
    except (TypeError, ValueError):
        return 1.0


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
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_name(name)

    def set_name(self, name: str) -> None:
        """Show another picture by name."""
        p = asset(self._folder, f"{name}.svg") if name else None
        self._path = p if p is not None and p.is_file() else None
        self.setAccessibleName(name.replace("-", " ") if name else "")
        self.update()

    def set_size(self, size: int) -> None:
        """Draw at another size (before the text scale)."""
        self._size = size
        self.updateGeometry()

    def _side(self) -> int:
        side = round(self._size * text_scale())
        if self._size > 100:  # a big picture grows with the text, but never past a quarter of the window
            win = self.window()
            if win is not None and win is not self and win.height() > 200:
                side = min(side, max(96, win.height() // 4))
        return side

    def sizeHint(self) -> QSize:
        side = self._side()
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self._side() // 2 if self._size > 100 else self._side()
        return QSize(side, side)

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
        self._compact = False
        self.setAccessibleName(self.tr("Time left"))

    def set_compact(self, compact: bool) -> None:
        """A ring (False), or a pill one line of text tall with the time left as a bar beneath the
        digits (True): for a short window, where the ring's height is the child's text."""
        if compact != self._compact:
            self._compact = compact
            self.updateGeometry()
            self.update()

    @property
    def compact(self) -> bool:
        """Whether the timer shows as a pill (a short window) rather than a ring."""
        return self._compact

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
            left = max(1, round(remaining / 60))
            self.setAccessibleDescription(plural(self.tr("%n minute(s) left", "", left), left))
        self.update()

    @property
    def text(self) -> str:
        """What the ring shows in its middle."""
        return self._text

    def _digits_font(self) -> QFont:
        f = QFont(self.font())
        f.setBold(True)
        return f

    def sizeHint(self) -> QSize:
        fm = QFontMetrics(self._digits_font())
        if self._compact:
            return QSize(fm.horizontalAdvance("00:00") + 32, fm.height() + 18)
        side = max(72, fm.horizontalAdvance("00:00") + 28, round(fm.height() * 2.2))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._compact:
            self._paint_pill()
            return
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
        # The digits are never smaller than the text around them (they were ~10 px at 200 %).
        p.setFont(self._digits_font())
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        p.end()

    def _paint_pill(self) -> None:
        t = theme.current()
        rect = QRectF(3, 3, self.width() - 6, self.height() - 6)
        radius = rect.height() / 2
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(t.border), 3))
        p.drawRoundedRect(rect, radius, radius)
        if self._on and self._fraction > 0:
            # The time left as a bar along the bottom, shrinking from the right (calm, never red).
            y = rect.bottom() - 4
            left, right = rect.left() + radius / 2, rect.right() - radius / 2
            p.setPen(QPen(QColor(t.accent), 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(QPoint(round(left), round(y)), QPoint(round(left + (right - left) * self._fraction), round(y)))
        p.setPen(QColor(t.text))
        p.setFont(self._digits_font())
        p.drawText(rect.adjusted(0, 0, 0, -4), Qt.AlignmentFlag.AlignCenter, self._text)
        p.end()


class StepDots(QWidget):
    """The steps of an activity as dots: done, current, to come."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._current = 0
        self._done: set[int] = set()
        self.setAccessibleName(self.tr("Steps"))

    def set_state(self, count: int, current: int, done: set[int]) -> None:
        """Show `count` dots with `current` highlighted and `done` filled."""
        self._count, self._current, self._done = count, current, set(done)
        if 0 <= current < count:
            self.setAccessibleDescription(
                self.tr("Step %1 of %2").replace("%1", str(current + 1)).replace("%2", str(count))
            )
        else:
            self.setAccessibleDescription(self.tr("All %1 steps done").replace("%1", str(count)))
        self.updateGeometry()
        self.update()

    def _radius(self) -> float:
        return max(8.0, QFontMetrics(self.font()).height() * 0.36)

    def sizeHint(self) -> QSize:
        r = self._radius()
        return QSize(max(int(3 * r), int(self._count * 3.2 * r)), int(3 * r))

    def minimumSizeHint(self) -> QSize:
        r = self._radius()  # narrower than that, the dots draw closer together (and smaller)
        return QSize(int(3 * r), int(3 * r))

    def paintEvent(self, event: QPaintEvent) -> None:
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self._radius()
        gap = 3.2 * r
        if self._count > 1 and gap * (self._count - 1) + 3 * r > self.width():
            gap = max(4.0, (self.width() - 3 * r) / (self._count - 1))
            r = min(r, gap / 2.6)
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


def _is_item(line: str) -> bool:
    return line.lstrip().startswith("- ")


def spoken_words(text: str) -> list[str]:
    """The words of a content text as read aloud: its list markers left out."""
    words: list[str] = []
    for line in text.splitlines():
        words += (line.lstrip()[2:] if _is_item(line) else line).split()
    return words


def text_to_html(text: str, highlight: int = -1) -> str:
    """Content text as safe rich text: paragraphs (blank lines, or a line break in folded YAML, where a
    run of plain lines is one paragraph) and `- ` lists, wherever they stand. The word numbered
    `highlight` (counted as `spoken_words` counts) is marked, for read-aloud."""
    import html  # here: the home screen's first paint shows no content text

    t = theme.current()
    counter = [0]

    def words(line: str) -> str:
        out = []
        for w in line.split():
            e = html.escape(w)
            if counter[0] == highlight:
                e = f"<span style='background:{t.accent}; color:{t.accent_text}'>{e}</span>"
            out.append(e)
            counter[0] += 1
        return " ".join(out)

    out: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            out.append(f"<p>{words(' '.join(para))}</p>")
            para.clear()
        if items:
            out.append("<ul style='margin-left:0'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    for line in text.strip().splitlines():
        if not line.strip():
            flush()
        elif _is_item(line):
            if para:
                flush()
            items.append(words(line.lstrip()[2:].strip()))
        else:
            if items:
                flush()
            para.append(line.strip())
    flush()
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

    def highlight(self, word: int) -> None:
        """Mark the word being read aloud (numbered as `spoken_words` numbers them); -1 for none."""
        self.setText(text_to_html(self._plain, word))

    @property
    def plain(self) -> str:
        """The text shown, without markup."""
        return self._plain

    @property
    def spoken(self) -> str:
        """The text as read aloud."""
        return " ".join(spoken_words(self._plain))


class ChoiceButton(QPushButton):
    """A quiz or story choice whose whole text always shows: it wraps, at any width and text size.

    A real push button (checkable where asked), so screen readers announce it as one; the text is drawn
    by a wrapping label inside it, and the button's height follows the label's."""

    def __init__(self, text: str, object_name: str = "choice", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.body = TextBlock(text, f"{object_name}Text")
        self.body.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(18, 12, 18, 12)
        self._lay.addWidget(self.body)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def choice_text(self) -> str:
        """The choice's words."""
        return self.body.plain

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the words' size changed (a font, a text size): ask the page again
        return super().event(e)

    def set_choice_text(self, text: str) -> None:
        """Show other words."""
        self.body.set_content(text)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        m = self._lay.contentsMargins()
        return self.body.heightForWidth(max(40, width - m.left() - m.right())) + m.top() + m.bottom() + 4

    def sizeHint(self) -> QSize:
        fm = self.body.fontMetrics()
        w = min(fm.horizontalAdvance(self.body.spoken) + 44, fm.averageCharWidth() * 60)
        return QSize(w, self.heightForWidth(w))

    def minimumSizeHint(self) -> QSize:
        fm = self.body.fontMetrics()
        w = fm.averageCharWidth() * 12 + 44
        return QSize(w, self.heightForWidth(w))


def label(text: str, object_name: str = "", wrap: bool = True) -> QLabel:
    """A plain-text label (no markup is interpreted)."""
    w = QLabel(text)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setWordWrap(wrap)
    if object_name:
        w.setObjectName(object_name)
    return w


def set_status(status: QLabel, text: str, ok: bool = True) -> None:
    """Show what an action did, or what went wrong and where, in a status line (green or the calm
    nudge colour; read by screen readers; hidden when there is nothing to say)."""
    status.setObjectName("good" if ok else "nudgeText")
    status.setText(text)
    status.setAccessibleName(text)
    status.setVisible(bool(text))
    status.style().unpolish(status)
    status.style().polish(status)


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


class WrapCheck(QCheckBox):
    """A tick box whose words wrap (a long checklist line never widens the page); the box and the
    words are both one target, as big as the child's finger needs."""

    def __init__(self, text: str, object_name: str = "childCheck", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.body = TextBlock(text, f"{object_name}Text")
        self.body.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.body.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._lay = QVBoxLayout(self)
        self._lay.addWidget(self.body)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._indent()

    def _indent(self) -> None:
        side = round((36 if self.objectName() == "childCheck" else 22) * text_scale())
        self._lay.setContentsMargins(side + 24, 6, 6, 6)

    def event(self, e: QEvent) -> bool:
        if e.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._indent()
        if e.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(e)

    def check_text(self) -> str:
        """The words beside the box."""
        return self.body.plain

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        m = self._lay.contentsMargins()
        side = m.left() - 24
        text = self.body.heightForWidth(max(40, width - m.left() - m.right())) + m.top() + m.bottom()
        return max(text, side + 12)

    def sizeHint(self) -> QSize:
        fm = self.body.fontMetrics()
        indent = self._lay.contentsMargins().left()
        w = min(fm.horizontalAdvance(self.body.spoken) + indent + 12, fm.averageCharWidth() * 60)
        return QSize(w, self.heightForWidth(w))

    def minimumSizeHint(self) -> QSize:
        w = self.body.fontMetrics().averageCharWidth() * 12 + self._lay.contentsMargins().left()
        return QSize(w, self.heightForWidth(w))


class Card(QFrame):
    """A rounded panel."""

    clicked = Signal()

    def __init__(self, object_name: str = "card", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setFrameShape(QFrame.Shape.NoFrame)


class FlowLayout(QLayout):
    """Lays widgets out in rows that wrap, so large text never squeezes a button (Qt's flow layout example)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        spacing: int = 8,
        align_right: bool = False,
        last_right: bool = False,
        right: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._right = align_right
        self._last_right = last_right  # the last item (a Next button) at the right end of its row
        self._right_widget = right  # or this one

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def pin_right(self, widget: QWidget) -> None:
        """Put this widget at the right end of whichever row it falls in (a Next button)."""
        self._right_widget = widget
        self.invalidate()

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
            if self._right_widget is not None and w is self._right_widget:
                rows.append([])  # the pinned item ends its row
                x = 0
        y = area.y()
        for row in rows:
            if not row:
                continue
            height = max(h.height() for _, h in row)
            used = sum(h.width() for _, h in row) + self._spacing * (len(row) - 1)
            x = area.x() + (area.width() - used if self._right and used < area.width() else 0)
            for item, hint in row:
                pinned = (self._last_right and item is self._items[-1]) or (
                    self._right_widget is not None and item.widget() is self._right_widget
                )
                if pinned and len(row) > 1:
                    x = max(x, area.x() + area.width() - hint.width())
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + m.bottom()


def flow(*widgets: QWidget) -> QWidget:
    """A row of controls that wraps onto more lines at large text sizes instead of clipping."""
    holder = QWidget()
    lay = FlowLayout(holder)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    return holder


class Scroller(QScrollArea):
    """A scroll area that gives its page the page's full preferred height at the viewport's width:
    a page taller than the window scrolls, and nothing in it is ever squeezed below its size (Qt's
    own "widget resizable" squeezes buttons and wrapped text down to their minimum first).

    It hears of the viewport's resizes through `viewportEvent` and keeps their size, and never asks for
    `viewport()` itself: handing the viewport to Python the first time makes PySide6 load every class
    of QtWidgets (~25 ms), which the home screen's first paint need not wait for."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(False)
        self._fitting = False
        self._viewport_size: QSize | None = None  # as last resized; before that, maximumViewportSize()

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)
        self.fit()

    def viewportEvent(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):  # the viewport resized, or asks again
            if isinstance(event, QResizeEvent):
                self._viewport_size = QSize(event.size())
            QTimer.singleShot(0, self, self.fit)  # again once the layouts have settled
            self.fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The page's contents changed (not the page's own resize, which is ours).
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit)  # again once the layouts have settled
            self.fit()
        return super().eventFilter(watched, event)

    def viewport_size(self) -> QSize:
        """The viewport's size, as last resized (the room for the page when it has not been yet)."""
        return self._viewport_size if self._viewport_size is not None else self.maximumViewportSize()

    def fit(self) -> None:
        """Size the page to the viewport's width and its own height for that width."""
        w = self.widget()
        if w is None or self._fitting:
            return
        self._fitting = True
        try:
            room = self.viewport_size()
            # The viewport's width; wider only when something cannot shrink (then it scrolls sideways,
            # which tests/gui flags on the children's screens).
            width = max(1, room.width(), w.minimumSizeHint().width())
            lay = w.layout()
            if lay is not None:
                lay.activate()
            need = w.heightForWidth(width) if w.hasHeightForWidth() else -1
            if need < 0:
                need = w.sizeHint().height()
            need = max(need, w.minimumSizeHint().height(), room.height())
            if w.size() != QSize(width, need):
                w.resize(width, need)
        finally:
            self._fitting = False


def scrolling(inner: QWidget | None = None, name: str = "", focusable: bool = False) -> QScrollArea:
    """A frameless scroll area (around `inner`, or empty until setWidget), so a screen never clips at
    large text sizes. It is no tab stop unless asked (`focusable`, for a page of text with nothing else
    to focus), and then it shows the focus ring; a focused control inside is always scrolled into view."""
    s = Scroller()
    s.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
    s.setProperty("focusRing", focusable)  # the style sheet draws the focus ring on these
    own = inner.accessibleName() if inner is not None else ""
    s.setAccessibleName(name or own or QCoreApplication.translate("Page", "Page"))
    s.setFrameShape(QFrame.Shape.NoFrame)
    if inner is not None:
        s.setWidget(inner)
    return s
