"""The parent area, behind the PIN: progress, schedule, children, settings."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.content import STRANDS
from familysafe.core.models import AGE_BANDS, CADENCES, Child
from familysafe.family import FamilyService
from familysafe.ui.setup import AVATARS, AvatarPicker
from familysafe.ui.widgets import Card, TextBlock, button, label, scrolling


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PinGate(QWidget):
    """Asks for the PIN, with the core's throttling, and a "forgot my PIN" path."""

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        lay = QVBoxLayout(self)
        lay.setContentsMargins(60, 40, 60, 40)
        lay.setSpacing(14)
        lay.addWidget(label(self.tr("For grown-ups"), "title"))
        lay.addWidget(label(self.tr("Type the parent PIN to open the parent area.")))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Parent PIN"))
        self.pin.setMaxLength(8)
        self.pin.returnPressed.connect(self.try_pin)
        lay.addWidget(self.pin)
        row = QHBoxLayout()
        self.ok = button(self.tr("Open"), object_name="primary")
        self.ok.clicked.connect(self.try_pin)
        self.cancel = button(self.tr("Back"))
        self.cancel.clicked.connect(self.cancelled)
        self.forgot = button(self.tr("I forgot the PIN"))
        self.forgot.clicked.connect(self._show_recovery)
        row.addWidget(self.ok)
        row.addWidget(self.cancel)
        row.addStretch(1)
        row.addWidget(self.forgot)
        lay.addLayout(row)
        self.message = label("", "subtitle")
        lay.addWidget(self.message)

        self.recovery = QWidget()
        rl = QVBoxLayout(self.recovery)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(
            label(self.tr("Type the recovery code you wrote down when you set up FamilySafe, and a new PIN."))
        )
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.new_pin = QLineEdit()
        self.new_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_pin.setAccessibleName(self.tr("New PIN"))
        self.new_pin.setPlaceholderText(self.tr("New PIN"))
        self.reset = button(self.tr("Set the new PIN"), object_name="primary")
        self.reset.clicked.connect(self.try_recovery)
        self.new_code = label("", "title")
        self.new_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for w in (self.code, self.new_pin, self.reset, self.new_code):
            rl.addWidget(w)
        self.recovery.setVisible(False)
        lay.addWidget(self.recovery)
        lay.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._update_wait)

    def start(self) -> None:
        """Show the gate, empty, with any wait still running."""
        self.pin.clear()
        self.message.setText("")
        self.recovery.setVisible(False)
        self.new_code.setText("")
        self._update_wait()
        self.pin.setFocus()

    def _update_wait(self) -> None:
        wait = self.svc.pin_wait()
        if wait > 0:
            self.message.setText(
                self.tr("Too many wrong tries. Please wait %1 seconds and try again.").replace(
                    "%1", str(math.ceil(wait))
                )
            )
            self.ok.setEnabled(False)
            self._timer.start()
        else:
            self.ok.setEnabled(True)
            self._timer.stop()

    def try_pin(self) -> None:
        """Check the PIN typed."""
        result = self.svc.check_pin(self.pin.text())
        self.pin.clear()
        if result.ok:
            self.message.setText("")
            self.unlocked.emit()
            return
        if result.wait_seconds > 0:
            self._update_wait()
        else:
            self.message.setText(self.tr("That PIN is not right. Please try again."))
        self.pin.setFocus()

    def _show_recovery(self) -> None:
        self.recovery.setVisible(True)
        self.code.setFocus()

    def try_recovery(self) -> None:
        """Set a new PIN with the recovery code."""
        try:
            code = self.svc.recover_pin(self.code.text(), self.new_pin.text())
        except ValueError as e:
            self.message.setText(str(e))
            return
        if code is None:
            self.message.setText(self.tr("That recovery code is not right. Check it and try again."))
            return
        self.message.setText(self.tr("The new PIN is set. Here is your new recovery code: write it down."))
        self.new_code.setText(code)
        self.code.clear()
        self.new_pin.clear()


class ParentArea(QWidget):
    """The parent area's tabs."""

    close_area = Signal()
    settings_changed = Signal()
    children_changed = Signal()

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.gate = PinGate(svc)
        self.gate.unlocked.connect(self._open)
        self.gate.cancelled.connect(self.close_area)
        self.gate_scroll = scrolling(self.gate)
        self.stack.addWidget(self.gate_scroll)
        self.area = QWidget()
        al = QVBoxLayout(self.area)
        al.setContentsMargins(24, 16, 24, 16)
        head = QHBoxLayout()
        head.addWidget(label(self.tr("Parent area"), "title"), 1)
        self.close_btn = button(self.tr("Close the parent area"))
        self.close_btn.clicked.connect(self.close_area)
        head.addWidget(self.close_btn)
        al.addLayout(head)
        self.clock_note = label("", "nudgeText")
        self.clock_note.setVisible(False)
        al.addWidget(self.clock_note)
        self.tabs = QTabWidget()
        al.addWidget(self.tabs, 1)
        self.stack.addWidget(self.area)

    def start(self) -> None:
        """Open at the PIN gate (or straight in when there is no PIN)."""
        if self.svc.has_pin():
            self.stack.setCurrentWidget(self.gate_scroll)
            self.gate.start()
        else:
            self._open()

    def _open(self) -> None:
        self.refresh()
        self.stack.setCurrentWidget(self.area)
        self.tabs.tabBar().setFocus()

    def refresh(self) -> None:
        """Rebuild the tabs from the store."""
        current = self.tabs.currentIndex()
        self.tabs.clear()
        warning = self.svc.clock_warning()
        if warning:
            kind = warning.split("|")[0]
            text = (
                self.tr(
                    "This computer's clock went backwards. Nothing was lost; activities already open stay open."
                )
                if kind == "backwards"
                else self.tr(
                    "This computer's clock jumped forwards. Only finishing activities opens new ones."
                )
            )
            self.clock_note.setText(text)
            self.clock_note.setVisible(True)
        else:
            self.clock_note.setVisible(False)
        self.tabs.addTab(self._scroll(self._progress_tab()), self.tr("Progress"))
        self.tabs.addTab(self._scroll(self._schedule_tab()), self.tr("Schedule"))
        self.tabs.addTab(self._scroll(self._children_tab()), self.tr("Children"))
        self.tabs.addTab(self._scroll(self._settings_tab()), self.tr("Settings"))
        if current >= 0:
            self.tabs.setCurrentIndex(current)

    @staticmethod
    def _scroll(w: QWidget) -> QScrollArea:
        s = QScrollArea()
        s.setWidgetResizable(True)
        s.setWidget(w)
        return s

    def _progress_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        for child in self.svc.children():
            p = self.svc.progress(child)
            card = Card()
            cl = QVBoxLayout(card)
            cl.setContentsMargins(18, 12, 18, 12)
            cl.addWidget(label(child.nickname, "subtitle"))
            cl.addWidget(
                label(
                    (
                        self.tr("1 activity finished")
                        if p.finished == 1
                        else self.tr("%1 activities finished")
                    ).replace("%1", str(p.finished))
                    + " · "
                    + self.tr("%2 minutes together").replace("%2", str(round(p.minutes)))
                )
            )
            if p.quiz_by_strand:
                cl.addWidget(label(self.tr("Quiz answers by topic"), "muted"))
                for strand, (right, asked) in sorted(p.quiz_by_strand.items()):
                    cl.addWidget(
                        label(
                            self.tr("%1: %2 of %3 quizzes answered correctly")
                            .replace("%1", STRANDS.get(strand, strand))
                            .replace("%2", str(right))
                            .replace("%3", str(asked))
                        )
                    )
            notes = self.svc.notes(child)
            if notes:
                cl.addWidget(label(self.tr("Your notes"), "muted"))
                for n in notes[-5:]:
                    cl.addWidget(
                        TextBlock(
                            f"{QLocale().toString(_qdate(n.created.date()), QLocale.FormatType.ShortFormat)}: {n.text}"
                        )
                    )
            lay.addWidget(card)
        pledges = self.svc.pledges()
        if pledges:
            card = Card()
            cl = QVBoxLayout(card)
            cl.setContentsMargins(18, 12, 18, 12)
            cl.addWidget(label(self.tr("Our family agreement"), "subtitle"))
            cl.addWidget(TextBlock("\n".join(f"- {p.text}" for p in pledges)))
            lay.addWidget(card)
        lay.addStretch(1)
        return w

    def _schedule_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        form = QFormLayout()
        self.cadence = QComboBox()
        self.cadence.setAccessibleName(self.tr("Days between activities"))
        for days in CADENCES:
            self.cadence.addItem(self.tr("Every %1 days").replace("%1", str(days)), days)
        self.cadence.setCurrentIndex(
            CADENCES.index(self.svc.cadence()) if self.svc.cadence() in CADENCES else 1
        )
        self.cadence.activated.connect(self._set_cadence)
        form.addRow(self.tr("New activities open"), self.cadence)
        lay.addLayout(form)
        locale = QLocale()
        for child in self.svc.children():
            card = Card()
            cl = QVBoxLayout(card)
            cl.setContentsMargins(18, 12, 18, 12)
            cl.addWidget(label(child.nickname, "subtitle"))
            row = QHBoxLayout()
            row.addWidget(label(self.tr("Started on")))
            start = QDateEdit(_qdate(child.start_date))
            start.setCalendarPopup(True)
            start.setAccessibleName(self.tr("%1's start date").replace("%1", child.nickname))
            start.dateChanged.connect(lambda d, c=child: self._set_start(c, d))
            row.addWidget(start)
            early = button(
                self.tr("Open the next activity now"),
                name=self.tr("Open the next activity now for %1").replace("%1", child.nickname),
            )
            early.clicked.connect(lambda _=False, c=child: self._unlock_early(c))
            row.addStretch(1)
            row.addWidget(early)
            cl.addLayout(row)
            lines = []
            for unit, when, open_ in self.svc.unit_dates(child)[:26]:
                mark = "✓" if open_ else "·"
                lines.append(
                    f"- {mark} "
                    + self.tr("Unit %1: %2")
                    .replace("%1", str(unit))
                    .replace("%2", locale.toString(_qdate(when), "d MMM yyyy"))
                )
            cl.addWidget(TextBlock("\n".join(lines)))
            lay.addWidget(card)
        lay.addStretch(1)
        return w

    def _set_cadence(self) -> None:
        fam = self.svc.family()
        if fam is not None:
            fam.cadence_days = int(self.cadence.currentData())
            self.svc.save_family(fam)
            self.children_changed.emit()

    def _set_start(self, child: Child, d: QDate) -> None:
        child.start_date = date(d.year(), d.month(), d.day())
        self.svc.update_child(child)
        self.children_changed.emit()

    def _unlock_early(self, child: Child) -> None:
        self.svc.unlock_next_early(child)
        self.children_changed.emit()
        self.refresh()

    def _children_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        for child in self.svc.children(include_archived=True):
            card = Card()
            cl = QHBoxLayout(card)
            cl.setContentsMargins(18, 10, 18, 10)
            name = QLineEdit(child.nickname)
            name.setMaxLength(30)
            name.setAccessibleName(self.tr("Nickname"))
            band = QComboBox()
            band.setAccessibleName(self.tr("Age group of %1").replace("%1", child.nickname))
            for b in AGE_BANDS:
                band.addItem(self.tr("Ages %1").replace("%1", b), b)
            band.setCurrentIndex(AGE_BANDS.index(child.age_band))
            save = button(self.tr("Save"), name=self.tr("Save %1").replace("%1", child.nickname))
            save.clicked.connect(
                lambda _=False, c=child, n=name, b=band: self._save_child(c, n.text(), b.currentData())
            )
            arch = button(
                self.tr("Bring back") if child.archived else self.tr("Archive"),
                name=(self.tr("Bring back %1") if child.archived else self.tr("Archive %1")).replace(
                    "%1", child.nickname
                ),
            )
            arch.clicked.connect(lambda _=False, c=child: self._archive(c))
            for x in (name, band, save, arch):
                cl.addWidget(x)
            lay.addWidget(card)
        lay.addWidget(label(self.tr("Add a child"), "subtitle"))
        self.new_nick = QLineEdit()
        self.new_nick.setAccessibleName(self.tr("New child's nickname"))
        self.new_nick.setPlaceholderText(self.tr("Nickname"))
        self.new_band = QComboBox()
        self.new_band.setAccessibleName(self.tr("New child's age group"))
        for b in AGE_BANDS:
            self.new_band.addItem(self.tr("Ages %1").replace("%1", b), b)
        self.new_avatar = AvatarPicker()
        add = button(self.tr("Add this child"), object_name="primary")
        add.clicked.connect(self._add_child)
        self.child_error = label("", "nudgeText")
        for x in (self.new_nick, self.new_band, self.new_avatar, add, self.child_error):
            lay.addWidget(x)
        lay.addStretch(1)
        return w

    def _save_child(self, child: Child, nickname: str, band: str) -> None:
        nickname = nickname.strip()
        if not nickname:
            return
        child.nickname = nickname
        child.age_band = band  # type: ignore[assignment]
        self.svc.update_child(child)
        self.children_changed.emit()

    def _archive(self, child: Child) -> None:
        child.archived = not child.archived
        self.svc.update_child(child)
        self.children_changed.emit()
        self.refresh()

    def _add_child(self) -> None:
        try:
            self.svc.add_child(self.new_nick.text(), self.new_band.currentData(), self.new_avatar.value())
        except ValueError as e:
            self.child_error.setText(str(e))
            return
        self.children_changed.emit()
        self.refresh()

    def _settings_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        fam = self.svc.family()
        settings = fam.settings if fam else {}
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Colours"))
        for key, name in (
            ("system", self.tr("Same as the computer")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.theme_combo.addItem(name, key)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.get("theme", "system"))))
        self.theme_combo.activated.connect(self._save_settings)
        form.addRow(self.tr("Colours"), self.theme_combo)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setAccessibleName(self.tr("Text size"))
        self.size_slider.setRange(100, 200)
        self.size_slider.setSingleStep(10)
        self.size_slider.setPageStep(25)
        self.size_slider.setValue(int(settings.get("text_scale", 100)))
        self.size_value = label(f"{self.size_slider.value()} %")
        self.size_slider.valueChanged.connect(lambda v: self.size_value.setText(f"{v} %"))
        self.size_slider.sliderReleased.connect(self._save_settings)
        self.size_apply = button(self.tr("Apply text size"))
        self.size_apply.clicked.connect(self._save_settings)
        row = QHBoxLayout()
        row.addWidget(self.size_slider, 1)
        row.addWidget(self.size_value)
        row.addWidget(self.size_apply)
        form.addRow(self.tr("Text size"), row)
        form.addRow(
            label(
                self.tr("The PIN keeps children out of this area. It is a gate, not a safe."),
                "muted",
            )
        )
        return w

    def _save_settings(self) -> None:
        fam = self.svc.family()
        if fam is None:
            return
        fam.settings = {
            **fam.settings,
            "theme": self.theme_combo.currentData(),
            "text_scale": self.size_slider.value(),
        }
        self.svc.save_family(fam)
        self.settings_changed.emit()


__all__ = ["AVATARS", "ParentArea", "PinGate"]
