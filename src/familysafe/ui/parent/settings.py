"""The Settings tab: colours, text size, the easy-read font, the language, reading aloud, and the
weekly reminder."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QSlider, QTimeEdit, QWidget

from familysafe.core.models import Settings
from familysafe.services.reminders import ReminderCheck, WeeklyReminder
from familysafe.ui.errors import error_text
from familysafe.ui.i18n import LANGUAGES, system_language
from familysafe.ui.parent.common import DEFAULT_REMINDER, FAMILY, Tab, guarded, named
from familysafe.ui.parent.pin_form import PinDialog
from familysafe.ui.setup import COUNTRIES
from familysafe.ui.speech import Speaker
from familysafe.ui.widgets import button, flow, label


class SettingsTab(Tab):
    """The family's settings. Saving one changes nothing shown on another tab, so it refreshes none."""

    shows = frozenset({FAMILY})

    settings_changed = Signal()
    language_changed = Signal(str)

    def build(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        # A row too wide for the window puts its control under its name (small screens, large text).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        fam = self.svc.family()
        settings = fam.settings if fam else Settings()
        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Colours"))
        for key, name in (
            ("system", self.tr("Same as the computer")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.theme_combo.addItem(name, key)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(settings.theme)))
        self.theme_combo.activated.connect(self._save_settings)
        form.addRow(self.tr("Colours"), self.theme_combo)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setAccessibleName(self.tr("Text size"))
        self.size_slider.setRange(100, 200)
        self.size_slider.setSingleStep(10)
        self.size_slider.setPageStep(25)
        try:
            self.size_slider.setValue(settings.text_scale)
        except (TypeError, ValueError):
            self.size_slider.setValue(100)
        self.size_value = label(f"{self.size_slider.value()} %")
        self.size_slider.valueChanged.connect(lambda v: self.size_value.setText(f"{v} %"))
        # Applied only by the button: the page's layout never moves under the pointer while dragging.
        self.size_apply = button(self.tr("Apply text size"))
        self.size_apply.clicked.connect(self._save_settings)
        self.size_slider.setMinimumWidth(160)
        form.addRow(self.tr("Text size"), flow(self.size_slider, self.size_value, self.size_apply))
        self.easy_font = QCheckBox(self.tr("Use an easy-read font (Atkinson Hyperlegible)"))
        self.easy_font.setAccessibleName(self.tr("Easy-read font"))
        self.easy_font.setChecked(settings.easy_read_font)
        self.easy_font.toggled.connect(self._save_settings)
        form.addRow(self.tr("Font"), self.easy_font)

        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(settings.language or system_language()))
        )
        self.language_combo.activated.connect(self._save_language)
        form.addRow(self.tr("Language"), self.language_combo)

        self.auto_read = QComboBox()
        self.auto_read.setAccessibleName(self.tr("Read steps aloud as they open"))
        choices: tuple[tuple[bool | None, str], ...] = (
            (None, self.tr("For ages 4-7 (recommended)")),
            (True, self.tr("For every child")),
            (False, self.tr("Never (the speaker buttons still work)")),
        )
        for choice, text in choices:
            self.auto_read.addItem(text, choice)
        self.auto_read.setCurrentIndex(max(0, [None, True, False].index(settings.auto_read)))
        self.auto_read.activated.connect(self._save_settings)
        form.addRow(self.tr("Read aloud"), self.auto_read)
        speaker = Speaker(parent=w)
        self.voice_combo = QComboBox()
        self.voice_combo.setAccessibleName(self.tr("Voice"))
        self.voice_combo.addItem(self.tr("The computer's usual voice"), "")
        for name in speaker.voices():
            self.voice_combo.addItem(name, name)
        self.voice_combo.setCurrentIndex(max(0, self.voice_combo.findData(settings.voice)))
        self.voice_combo.activated.connect(self._save_settings)
        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setAccessibleName(self.tr("Reading speed"))
        self.rate_slider.setRange(-10, 10)
        self.rate_slider.setValue(round(settings.rate * 10))
        self.rate_slider.sliderReleased.connect(self._save_settings)
        if speaker.available:
            form.addRow(self.tr("Voice"), self.voice_combo)
            form.addRow(self.tr("Reading speed"), self.rate_slider)
        else:
            self.voice_combo.setVisible(False)
            self.rate_slider.setVisible(False)
            form.addRow(
                label(
                    self.tr("This computer has no voice for reading aloud, so the speaker buttons are hidden."),
                    "muted",
                )
            )

        current = ReminderCheck(self.svc).reminder()
        self.reminder_on = QCheckBox(self.tr("Remind us once a week"))
        self.reminder_on.setAccessibleName(self.tr("Weekly reminder on"))
        self.reminder_on.setChecked(current is not None)
        self.reminder_day = QComboBox()
        self.reminder_day.setAccessibleName(self.tr("Day of the weekly reminder"))
        locale = QLocale()
        for day in range(7):  # Monday = 0, as Python counts; Qt counts Monday = 1
            self.reminder_day.addItem(locale.dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.reminder_day.setCurrentIndex(current.weekday if current else 4)
        at = current.at if current else DEFAULT_REMINDER
        self.reminder_time = QTimeEdit(QTime(at.hour, at.minute))
        self.reminder_time.setDisplayFormat("HH:mm")
        named(self.reminder_time, self.tr("Time of the weekly reminder"))
        self.reminder_save = button(self.tr("Save the reminder"))
        self.reminder_save.clicked.connect(self.save_reminder)
        form.addRow(
            self.tr("Weekly reminder"),
            flow(self.reminder_on, self.reminder_day, self.reminder_time, self.reminder_save),
        )
        form.addRow(
            label(
                self.tr(
                    "While FamilySafe is open, it shows a gentle note at that time (and a notification, where "
                    "this computer shows them). It never nags: one note a week, and only if you want it."
                ),
                "muted",
            )
        )
        self._add_country(form, fam.country if fam else "GB")
        self._add_pin(form)
        return w

    # ------------------------------------------------------------ the country and the PIN (issue 16, item 4)

    def _add_country(self, form: QFormLayout, current: str) -> None:
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Country"))
        for code, name in COUNTRIES:
            self.country_combo.addItem(QCoreApplication.translate("SetupScreen", str(name)), code)
        if self.country_combo.findData(current) < 0:  # a code saved by another version: kept, shown as is
            self.country_combo.addItem(current, current)
        self.country_combo.setCurrentIndex(self.country_combo.findData(current))
        self.country_save = button(self.tr("Save the country"))
        self.country_save.clicked.connect(self.save_country)
        form.addRow(self.tr("Country"), flow(self.country_combo, self.country_save))
        form.addRow(label(self.tr("The Help page shows the helplines and places to report of this country."), "muted"))

    @guarded
    def save_country(self) -> None:
        """Save the country; the Help page shows its helplines from now on."""
        try:
            self.svc.set_country(str(self.country_combo.currentData()))
        except ValueError as e:
            self.say(error_text(e), ok=False)
            return
        self.say(
            self.tr("The Help page now shows the helplines for %1.").replace("%1", self.country_combo.currentText())
        )

    def _add_pin(self, form: QFormLayout) -> None:
        has_pin = self.svc.has_pin()
        self.pin_note = label(
            self.tr("The PIN keeps children out of this area. It is a gate, not a safe.")
            if has_pin
            else self.tr(
                "There is no PIN: anyone using this computer can open this area. Set one to keep children out."
            ),
            "muted",
        )
        self.pin_button = button(self.tr("Change the PIN…") if has_pin else self.tr("Set a PIN…"))
        self.pin_button.clicked.connect(self.open_pin_dialog)
        form.addRow(self.tr("Parent PIN"), flow(self.pin_button))
        form.addRow(self.pin_note)

    def open_pin_dialog(self) -> PinDialog:
        """Open the Set PIN or Change PIN dialog (window-modal; returns it, for the tests)."""
        dialog = PinDialog(self.svc, self)
        dialog.accepted.connect(self._pin_saved)
        self.pin_dialog = dialog
        dialog.open()
        return dialog

    def _pin_saved(self) -> None:
        self.say(self.tr("The new PIN is set. It is needed to open this area from now on."))
        self.refresh()
        # After the dialog has gone (its window gives the focus back first).
        QTimer.singleShot(0, self, self._focus_pin_button)

    def _focus_pin_button(self) -> None:
        self.pin_button.activateWindow()
        self.pin_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_settings(self) -> None:
        fam = self.svc.family()
        if fam is None:
            return
        s = fam.settings
        s.theme = str(self.theme_combo.currentData())
        s.text_scale = self.size_slider.value()
        s.easy_read_font = self.easy_font.isChecked()
        s.auto_read = self.auto_read.currentData()
        s.voice = self.voice_combo.currentData() or ""
        s.rate = self.rate_slider.value() / 10
        self.svc.save_family(fam)
        self.settings_changed.emit()

    def _save_language(self) -> None:
        fam = self.svc.family()
        code = str(self.language_combo.currentData())
        if fam is None or fam.settings.language == code:
            return
        fam.settings.language = code
        self.svc.save_family(fam)
        self.language_changed.emit(code)

    @guarded
    def save_reminder(self) -> None:
        """Turn the weekly reminder on (at the chosen day and time) or off."""
        check = ReminderCheck(self.svc)
        if not self.reminder_on.isChecked():
            check.set_reminder(None)
            self.say(self.tr("The weekly reminder is off."))
            return
        t = self.reminder_time.time()
        reminder = WeeklyReminder(int(self.reminder_day.currentData()), time(t.hour(), t.minute()))
        check.set_reminder(reminder)
        self.say(
            self.tr("A gentle reminder will show every %1 at %2 while FamilySafe is open.")
            .replace("%1", self.reminder_day.currentText())
            .replace("%2", t.toString("HH:mm"))
        )
