"""The year at a glance (issue 17, item 4): a child's path through each band as a timeline of units, and
their quiz answers by topic as bars, drawn with QPainter.

Every size comes from the font's metrics (so 200 % text grows the picture, and it wraps onto more lines
instead of clipping), every colour from the theme, and every state has its own symbol as well as its
colour: done ✓ (filled), open ▶ (a ring), next (a dashed ring with clock hands, and its date in a line
below the row), locked (a small padlock), not done in an earlier band (a dotted ring with a dash). The
same facts are the widget's accessible description, for screen readers (`describe`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from familysafe.services.progress import BandPath, UnitMark, UnitState, YearAtAGlance
from familysafe.ui import theme
from familysafe.ui.i18n import strand_name


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def short_date(d: date) -> str:
    """A day in the locale's short form."""
    return QLocale().toString(_qdate(d), QLocale.FormatType.ShortFormat)


def long_date(d: date) -> str:
    """A day with its weekday, as the home screen says it."""
    return QLocale().toString(_qdate(d), QCoreApplication.translate("Home", "dddd d MMMM"))


def band_heading(path: BandPath) -> str:
    """ "Ages 8-10 (now): 3 of 26 units done"."""
    text = (
        QCoreApplication.translate("YearChart", "Ages %1 (now): %2 of %3 units done")
        if path.current
        else QCoreApplication.translate("YearChart", "Ages %1 (earlier): %2 of %3 units done")
    )
    return text.replace("%1", path.band).replace("%2", str(path.done)).replace("%3", str(path.total))


def next_line(path: BandPath) -> str:
    """When the next unit opens, or that the year is complete; "" when neither applies."""
    if path.complete:
        return QCoreApplication.translate("YearChart", "The whole year is done!")
    nxt = next((u for u in path.units if u.state is UnitState.NEXT), None)
    if nxt is None or nxt.when is None:
        return ""
    text = (
        QCoreApplication.translate("YearChart", "Next: unit %1 opens on %2, once unit %3 is done.")
        if nxt.waiting_for_finish
        else QCoreApplication.translate("YearChart", "Next: unit %1 opens on %2.")
    )
    return text.replace("%1", str(nxt.unit)).replace("%2", long_date(nxt.when)).replace("%3", str(nxt.unit - 1))


def score_text(right: int, asked: int) -> str:
    """ "3 of 4 right"."""
    return QCoreApplication.translate("YearChart", "%1 of %2 right").replace("%1", str(right)).replace("%2", str(asked))


def state_name(state: UnitState) -> str:
    """The legend's word for a state."""
    return {
        UnitState.DONE: QCoreApplication.translate("YearChart", "done"),
        UnitState.OPEN: QCoreApplication.translate("YearChart", "open now"),
        UnitState.NEXT: QCoreApplication.translate("YearChart", "next"),
        UnitState.LOCKED: QCoreApplication.translate("YearChart", "locked"),
        UnitState.NOT_DONE: QCoreApplication.translate("YearChart", "not done"),
    }[state]


def unit_tip(mark: UnitMark) -> str:
    """A unit's line for its tooltip: number, title and what stands."""
    head = (
        QCoreApplication.translate("YearChart", "Unit %1: %2").replace("%1", str(mark.unit)).replace("%2", mark.title)
    )
    if mark.state is UnitState.DONE and mark.when is not None:
        return (
            head
            + " \u2014 "
            + QCoreApplication.translate("YearChart", "done on %1").replace("%1", long_date(mark.when))
        )
    if mark.state is UnitState.NEXT and mark.when is not None:
        return (
            head
            + " \u2014 "
            + QCoreApplication.translate("YearChart", "opens on %1").replace("%1", long_date(mark.when))
        )
    return head + " \u2014 " + state_name(mark.state)


def _ranges(units: list[int]) -> str:
    """1, 2, 3, 5 -> "1 to 3, 5"."""
    out: list[str] = []
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and units[j + 1] == units[j] + 1:
            j += 1
        out.append(
            str(units[i])
            if i == j
            else QCoreApplication.translate("YearChart", "%1 to %2")
            .replace("%1", str(units[i]))
            .replace("%2", str(units[j]))
        )
        i = j + 1
    return ", ".join(out)


def describe(year: YearAtAGlance) -> str:
    """The picture's facts as sentences, for screen readers (and the tests): every band's units by state
    (done ones with their day), when the next opens, and each topic's quiz answers."""
    lines: list[str] = []
    for path in year.bands:
        lines.append(band_heading(path) + ".")
        done = [u for u in path.units if u.state is UnitState.DONE]
        if done:
            lines.append(
                QCoreApplication.translate("YearChart", "Done: %1.").replace(
                    "%1",
                    "; ".join(
                        QCoreApplication.translate("YearChart", "unit %1 on %2")
                        .replace("%1", str(u.unit))
                        .replace("%2", short_date(u.when))
                        for u in done
                        if u.when is not None
                    ),
                )
            )
        for state, one, many in (
            (
                UnitState.OPEN,
                QCoreApplication.translate("YearChart", "Open now: unit %1."),
                QCoreApplication.translate("YearChart", "Open now: units %1."),
            ),
            (
                UnitState.LOCKED,
                QCoreApplication.translate("YearChart", "Locked: unit %1."),
                QCoreApplication.translate("YearChart", "Locked: units %1."),
            ),
            (
                UnitState.NOT_DONE,
                QCoreApplication.translate("YearChart", "Not done: unit %1."),
                QCoreApplication.translate("YearChart", "Not done: units %1."),
            ),
        ):
            units = [u.unit for u in path.units if u.state is state]
            if units:
                lines.append((one if len(units) == 1 else many).replace("%1", _ranges(units)))
        nxt = next_line(path)
        if nxt:
            lines.append(nxt)
    if year.topics:
        lines.append(QCoreApplication.translate("YearChart", "Quiz answers by topic:"))
        lines += [f"{strand_name(t.strand)}: {score_text(t.right, t.asked)}." for t in year.topics]
    else:
        lines.append(QCoreApplication.translate("YearChart", "No quiz answers yet."))
    return "\n".join(lines)


# ---------------------------------------------------------------- drawing


@dataclass(frozen=True)
class _Text:
    rect: QRectF
    text: str
    bold: bool = False
    muted: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


@dataclass(frozen=True)
class _Marker:
    centre: QPointF
    diameter: float
    state: UnitState
    tip: str = ""


@dataclass(frozen=True)
class _Bar:
    rect: QRectF
    fraction: float


_Op = _Text | _Marker | _Bar
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
BAR_LINES = 24  # the longest bar, in line heights (a bar across a wide window is hard to read)
LEGEND = (UnitState.DONE, UnitState.OPEN, UnitState.NEXT, UnitState.LOCKED, UnitState.NOT_DONE)


class YearChart(QWidget):
    """One child's year at a glance. Its height follows its width (heightForWidth)."""

    def __init__(self, year: YearAtAGlance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self._plans: dict[tuple[int, str, float], tuple[list[_Op], float]] = {}
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader's user can land on it with Tab
        self.setAccessibleName(self.tr("The year at a glance for %1").replace("%1", year.nickname))
        self.setAccessibleDescription(describe(year))

    # ------------------------------------------------------------ sizes

    def _fonts(self) -> tuple[QFont, QFont]:
        plain = QFont(self.font())
        bold = QFont(plain)
        bold.setBold(True)
        return plain, bold

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._plan(width)[1] + 0.999)

    def sizeHint(self) -> QSize:
        fm = QFontMetricsF(self.font())
        width = int(fm.averageCharWidth() * 60)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        fm = QFontMetricsF(self.font())
        # The height comes from heightForWidth at the width the layout gives; a minimum height taken at
        # the narrowest width would leave a blank end below a wide picture.
        return QSize(int(fm.height() * 6), int(fm.height() * 3))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._plans.clear()
            self.updateGeometry()
        super().changeEvent(event)

    # ------------------------------------------------------------ the plan: what goes where

    def _plan(self, width: int) -> tuple[list[_Op], float]:
        plain, bold = self._fonts()
        key = (width, plain.family(), plain.pointSizeF())
        if key not in self._plans:
            if len(self._plans) > 8:  # a window dragged through many widths keeps only the latest plans
                self._plans.clear()
            self._plans[key] = self._make_plan(max(1.0, float(width)), plain, bold)
        return self._plans[key]

    def _make_plan(self, width: float, plain: QFont, bold: QFont) -> tuple[list[_Op], float]:
        fm, fmb = QFontMetricsF(plain), QFontMetricsF(bold)
        line = fm.height()
        gap = line * 0.5
        ops: list[_Op] = []
        y = 0.0

        def text(t: str, *, bold_text: bool = False, muted: bool = False, x: float = 0.0) -> float:
            nonlocal y
            metrics = fmb if bold_text else fm
            box = metrics.boundingRect(QRectF(x, y, max(1.0, width - x), 1e6), _WRAP, t)
            ops.append(_Text(QRectF(x, y, width - x, box.height()), t, bold_text, muted))
            y += box.height()
            return box.height()

        # The legend: a marker and its word, wrapping like words.
        small = line * 0.9
        x = 0.0
        for state in LEGEND:
            word = state_name(state)
            word_w = float(math.ceil(fm.horizontalAdvance(word)) + 1)
            w = small + gap * 0.5 + word_w
            if x > 0 and x + w > width:
                x, y = 0.0, y + line + gap * 0.5
            ops.append(_Marker(QPointF(x + small / 2, y + line / 2), small, state))
            ops.append(_Text(QRectF(x + small + gap * 0.5, y, word_w, line), word))
            x += w + gap * 1.5
        y += line + gap

        # One timeline per band.
        d = line * 1.3
        cell_w = max(d, fm.horizontalAdvance("88")) + gap
        cell_h = d + line + gap * 0.5
        for path in self.year.bands:
            y += gap * 0.5
            text(band_heading(path), bold_text=True)
            y += gap * 0.5
            per_row = max(1, int((width + gap) // cell_w))
            for i, mark in enumerate(path.units):
                col, row = i % per_row, i // per_row
                cx = col * cell_w + (cell_w - gap) / 2
                cy = y + row * cell_h + d / 2
                ops.append(_Marker(QPointF(cx, cy), d, mark.state, unit_tip(mark)))
                ops.append(
                    _Text(
                        QRectF(col * cell_w, cy + d / 2, cell_w - gap, line),
                        str(mark.unit),
                        muted=True,
                        align=Qt.AlignmentFlag.AlignHCenter,
                    )
                )
            rows = -(-len(path.units) // per_row) if path.units else 0
            y += rows * cell_h
            nxt = next_line(path)
            if nxt:
                text(nxt, muted=not path.complete, bold_text=path.complete)
            y += gap

        # Quiz answers by topic, as bars with their figures.
        y += gap * 0.5
        text(
            QCoreApplication.translate("YearChart", "Quiz answers by topic")
            if self.year.topics
            else QCoreApplication.translate("YearChart", "No quiz answers yet."),
            bold_text=True,
        )
        y += gap * 0.5
        widest = max((fm.horizontalAdvance(score_text(t.asked, t.asked)) for t in self.year.topics), default=0.0)
        widest = float(math.ceil(widest) + 1)
        for t in self.year.topics:
            text(strand_name(t.strand))
            bar_h = line * 0.8
            figure = score_text(t.right, t.asked)
            fraction = t.right / t.asked if t.asked else 0.0
            if width - widest - gap >= line * 4:  # the bar and its figure side by side
                bar_w = min(width - widest - gap, line * BAR_LINES)
                ops.append(_Bar(QRectF(0, y + (line - bar_h) / 2, bar_w, bar_h), fraction))
                ops.append(_Text(QRectF(bar_w + gap, y, widest, line), figure))
                y += line
            else:  # too narrow: the figure under the bar
                ops.append(_Bar(QRectF(0, y + (line - bar_h) / 2, width, bar_h), fraction))
                y += line
                text(figure)
            y += gap * 0.6
        return ops, y + 4

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        t = theme.current()
        plain, bold = self._fonts()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for op in self._plan(self.width())[0]:
            if isinstance(op, _Text):
                p.setFont(bold if op.bold else plain)
                p.setPen(QColor(t.muted if op.muted else t.text))
                p.drawText(op.rect, int(op.align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap), op.text)
            elif isinstance(op, _Marker):
                self._marker(p, op, t)
            else:
                self._bar(p, op, t)
        if self.hasFocus():
            p.setPen(QPen(QColor(t.focus), 3))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 8, 8)
        p.end()

    def _bar(self, p: QPainter, bar: _Bar, t: theme.Theme) -> None:
        r = bar.rect
        radius = r.height() / 3
        p.setPen(QPen(QColor(t.border), 1.5))
        p.setBrush(QColor(t.card))
        p.drawRoundedRect(r, radius, radius)
        if bar.fraction > 0:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.accent))
            p.drawRoundedRect(
                QRectF(r.left(), r.top(), max(r.height() * 0.5, r.width() * bar.fraction), r.height()), radius, radius
            )

    def _marker(self, p: QPainter, m: _Marker, t: theme.Theme) -> None:
        d = m.diameter
        c = m.centre
        box = QRectF(c.x() - d / 2, c.y() - d / 2, d, d)
        stroke = max(1.5, d * 0.1)
        inner = box.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2)
        p.save()
        if m.state is UnitState.DONE:  # a filled disc with a tick
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.good))
            p.drawEllipse(box)
            tick = QPainterPath(QPointF(c.x() - d * 0.24, c.y() + d * 0.01))
            tick.lineTo(QPointF(c.x() - d * 0.06, c.y() + d * 0.19))
            tick.lineTo(QPointF(c.x() + d * 0.25, c.y() - d * 0.18))
            p.setPen(QPen(QColor(t.card), stroke * 1.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(tick)
        elif m.state is UnitState.OPEN:  # a ring with a "play" triangle: ready to do
            p.setPen(QPen(QColor(t.accent), stroke))
            p.setBrush(QColor(t.card))
            p.drawEllipse(inner)
            tri = QPainterPath(QPointF(c.x() - d * 0.13, c.y() - d * 0.2))
            tri.lineTo(QPointF(c.x() + d * 0.22, c.y()))
            tri.lineTo(QPointF(c.x() - d * 0.13, c.y() + d * 0.2))
            tri.closeSubpath()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(t.accent))
            p.drawPath(tri)
        elif m.state is UnitState.NEXT:  # a dashed ring with clock hands: it comes on a date
            pen = QPen(QColor(t.accent), stroke)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(inner)
            p.setPen(QPen(QColor(t.accent), stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(c, QPointF(c.x(), c.y() - d * 0.25))
            p.drawLine(c, QPointF(c.x() + d * 0.18, c.y()))
        elif m.state is UnitState.LOCKED:  # a small padlock in a thin ring
            p.setPen(QPen(QColor(t.border), max(1.0, stroke * 0.6)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(inner)
            body = QRectF(c.x() - d * 0.17, c.y() - d * 0.02, d * 0.34, d * 0.24)
            p.setPen(QPen(QColor(t.muted), max(1.0, stroke * 0.6)))
            p.drawArc(QRectF(c.x() - d * 0.11, c.y() - d * 0.2, d * 0.22, d * 0.3), 0, 180 * 16)
            p.setBrush(QColor(t.muted))
            p.drawRect(body)
        else:  # NOT_DONE: a dotted ring with a dash
            pen = QPen(QColor(t.muted), max(1.0, stroke * 0.6))
            pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(inner)
            p.setPen(QPen(QColor(t.muted), stroke, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            p.drawLine(QPointF(c.x() - d * 0.18, c.y()), QPointF(c.x() + d * 0.18, c.y()))
        p.restore()

    # ------------------------------------------------------------ tooltips and focus

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            pos = QPointF(e.pos())
            for op in self._plan(self.width())[0]:
                if isinstance(op, _Marker) and op.tip:
                    r = op.diameter / 2
                    if (pos - op.centre).manhattanLength() <= r * 1.4:
                        QToolTip.showText(e.globalPos(), op.tip, self)
                        return True
            QToolTip.hideText()
            e.ignore()
            return True
        return super().event(e)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def drawn(self) -> list[tuple[str, QRectF, str, QFont]]:
        """What the picture draws at its width, as (kind, box, text, font): "text" (its words), "unit" (its
        tooltip), "legend" and "bar" (no text), for the tests' clipping and same-facts checks."""
        plain, bold = self._fonts()
        out: list[tuple[str, QRectF, str, QFont]] = []
        for op in self._plan(self.width())[0]:
            if isinstance(op, _Text):
                out.append(("text", op.rect, op.text, bold if op.bold else plain))
            elif isinstance(op, _Marker):
                r = op.diameter / 2
                box = QRectF(op.centre.x() - r, op.centre.y() - r, op.diameter, op.diameter)
                out.append(("unit" if op.tip else "legend", box, op.tip, plain))
            else:
                out.append(("bar", op.rect, "", plain))
        return out

    def marker_tips(self) -> list[str]:
        """The tooltip of every unit drawn, in order (for the tests)."""
        return [op.tip for op in self._plan(self.width())[0] if isinstance(op, _Marker) and op.tip]
