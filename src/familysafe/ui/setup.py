"""First run: welcome and the privacy promise, family name, PIN, children, country. Resumable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.models import AGE_BANDS, AgeBand, Family
from familysafe.services.family import FamilyService
from familysafe.ui.errors import error_text
from familysafe.ui.i18n import LANGUAGES, system_language
from familysafe.ui.widgets import Picture, button, label, scrolling

AVATARS = ("fox", "owl", "cat", "dog", "bear", "rabbit", "turtle", "robot")
COUNTRIES = (
    ("GB", QT_TRANSLATE_NOOP("SetupScreen", "United Kingdom")),
    ("IE", QT_TRANSLATE_NOOP("SetupScreen", "Ireland")),
    ("US", QT_TRANSLATE_NOOP("SetupScreen", "United States")),
    ("CA", QT_TRANSLATE_NOOP("SetupScreen", "Canada")),
    ("AU", QT_TRANSLATE_NOOP("SetupScreen", "Australia")),
    ("NZ", QT_TRANSLATE_NOOP("SetupScreen", "New Zealand")),
    ("EU", QT_TRANSLATE_NOOP("SetupScreen", "Another country in the European Union")),
    ("ANY", QT_TRANSLATE_NOOP("SetupScreen", "Somewhere else")),
)
STEPS = ("welcome", "name", "pin", "children", "country")


class AvatarButton(QPushButton):
    """A picture to choose, as big as the text size asks."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setCheckable(True)
        self.setObjectName("choice")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(8, 8, 8, 8)
        self.picture = Picture("avatars", name, 56)
        self.picture.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner.addWidget(self.picture)

    def sizeHint(self) -> QSize:
        return self.picture.sizeHint() + QSize(20, 20)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class AvatarPicker(QWidget):
    """Eight pictures to choose from, by mouse or arrow keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        self.group = QButtonGroup(self)
        for i, name in enumerate(AVATARS):
            b = AvatarButton(name)
            b.setAccessibleName(self.tr("Picture: %1").replace("%1", name))
            self.group.addButton(b, i)
            grid.addWidget(b, i // 4, i % 4)
        self.group.button(0).setChecked(True)

    def value(self) -> str:
        """The chosen avatar's name."""
        return AVATARS[max(0, self.group.checkedId())]

    def set_value(self, name: str) -> None:
        """Choose the picture called `name` (the first one when there is none of that name)."""
        i = AVATARS.index(name) if name in AVATARS else 0
        self.group.button(i).setChecked(True)

    def chosen_button(self) -> QPushButton:
        """The button of the picture chosen (to focus it)."""
        return self.group.button(max(0, self.group.checkedId()))  # type: ignore[return-value]


class SetupScreen(QWidget):
    """The first-run pages. Each page's answer is saved at once, so leaving and coming back resumes."""

    finished = Signal()
    language_changed = Signal(str)

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.stack = QStackedWidget()
        self._page_layouts: list[QVBoxLayout] = []
        self._errors: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        self.step_label = label("", "muted")
        self.step_label.setAccessibleName(self.tr("Setup progress"))
        outer.addWidget(self.step_label)
        outer.addWidget(self.stack, 1)
        foot = QHBoxLayout()
        self.back_btn = button(self.tr("◀ Back"), self.tr("Back"), tip=self.tr("The page before"))
        self.back_btn.clicked.connect(self.go_back)
        foot.addWidget(self.back_btn)
        foot.addStretch(1)
        outer.addLayout(foot)

        # 1. Welcome and the privacy promise.
        p = self._page(self.tr("Welcome to FamilySafe"))
        lang_row = QHBoxLayout()
        lang_row.addWidget(label("Language · Idioma", "muted", wrap=False))
        self.language = QComboBox()
        self.language.setAccessibleName("Language · Idioma")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.activated.connect(self._set_language)
        lang_row.addWidget(self.language)
        lang_row.addStretch(1)
        p.addLayout(lang_row)
        p.addWidget(Picture("icons", "familysafe", 120), 0, Qt.AlignmentFlag.AlignLeft)
        p.addWidget(
            label(
                self.tr(
                    "Every two weeks, a new 15-minute activity about staying safe online opens for each child. "
                    "You do it together: the screen talks to your child, and a panel tells you what to say."
                ),
                "childText",
            )
        )
        p.addWidget(label(self.tr("Our promise"), "subtitle"))
        p.addWidget(
            label(
                self.tr(
                    "Everything stays on this computer. FamilySafe never connects to the internet: "
                    "no account, no adverts, no tracking. We only ask for a nickname and an age group "
                    "for each child, never a real name or a birthday."
                )
            )
        )
        self.welcome_next = button(self.tr("Let's begin"), object_name="primary")
        self.welcome_next.clicked.connect(lambda: self._go("name"))
        p.addWidget(self.welcome_next, 0, Qt.AlignmentFlag.AlignLeft)

        # 2. Family name.
        p = self._page(self.tr("What shall we call your family?"))
        p.addWidget(
            label(self.tr("For example “Star” or “Rivers”: we will say “Hello, Star family!”. Only you will see it."))
        )
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Family name"))
        self.name_edit.setMaxLength(40)
        self.name_edit.returnPressed.connect(self._save_name)
        p.addWidget(self.name_edit)
        p.addWidget(self._error_label("name"))
        self.name_next = button(self.tr("Next"), object_name="primary")
        self.name_next.clicked.connect(self._save_name)
        p.addWidget(self.name_next, 0, Qt.AlignmentFlag.AlignLeft)

        # 3. Parent PIN.
        p = self._page(self.tr("A PIN for the grown-ups"))
        p.addWidget(
            label(
                self.tr(
                    "A PIN of 4 to 8 numbers keeps the parent area (settings, notes, unlocking early) for "
                    "grown-ups. It is a gate, not a safe: it keeps curious fingers out. You can skip it."
                )
            )
        )
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setAccessibleName(self.tr("New PIN"))
        self.pin_edit.setPlaceholderText(self.tr("PIN"))
        self.pin_again = QLineEdit()
        self.pin_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_again.setAccessibleName(self.tr("The PIN again"))
        self.pin_again.setPlaceholderText(self.tr("The PIN again"))
        self.pin_again.returnPressed.connect(self._save_pin)
        self.pin_edit.returnPressed.connect(self.pin_again.setFocus)
        p.addWidget(self.pin_edit)
        p.addWidget(self.pin_again)
        p.addWidget(self._error_label("pin"))
        row = QHBoxLayout()
        self.pin_next = button(self.tr("Set the PIN"), object_name="primary")
        self.pin_next.clicked.connect(self._save_pin)
        self.pin_skip = button(self.tr("Skip for now"))
        self.pin_skip.clicked.connect(lambda: self._go("children"))
        row.addWidget(self.pin_next)
        row.addWidget(self.pin_skip)
        row.addStretch(1)
        p.addLayout(row)
        self.recovery_box = QWidget()
        rb = QVBoxLayout(self.recovery_box)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(label(self.tr("Write this recovery code down and keep it somewhere safe."), "subtitle"))
        rb.addWidget(
            label(self.tr("If you forget the PIN, this code lets you set a new one. It is shown only once."))
        )
        self.recovery_code = label("", "title")
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_code.setAccessibleName(self.tr("Recovery code"))
        rb.addWidget(self.recovery_code)
        self.recovery_next = button(self.tr("I have written it down"), object_name="primary")
        self.recovery_next.clicked.connect(lambda: self._go("children"))
        rb.addWidget(self.recovery_next, 0, Qt.AlignmentFlag.AlignLeft)
        self.recovery_box.setVisible(False)
        p.addWidget(self.recovery_box)

        # 4. Children.
        p = self._page(self.tr("Who will be doing the activities?"))
        p.addWidget(
            label(
                self.tr(
                    "Add each child with a nickname, their age group and a picture. No real names needed."
                )
            )
        )
        self.nick_edit = QLineEdit()
        self.nick_edit.setAccessibleName(self.tr("Child's nickname"))
        self.nick_edit.setPlaceholderText(self.tr("Nickname"))
        self.nick_edit.setMaxLength(30)
        self.nick_edit.returnPressed.connect(self._add_child)
        p.addWidget(self.nick_edit)
        p.addWidget(self._error_label("children"))
        self.band_combo = QComboBox()
        self.band_combo.setAccessibleName(self.tr("Age group"))
        for band in AGE_BANDS:
            self.band_combo.addItem(self.tr("Ages %1").replace("%1", band), band)
        p.addWidget(self.band_combo)
        self.avatar = AvatarPicker()
        p.addWidget(self.avatar)
        row = QHBoxLayout()
        self.add_btn = button(self.tr("Add this child"))
        self.add_btn.clicked.connect(self._add_child)
        row.addWidget(self.add_btn)
        row.addStretch(1)
        p.addLayout(row)
        self.child_list = QListWidget()
        self.child_list.setAccessibleName(self.tr("Children added"))
        self.child_list.setMaximumHeight(110)
        p.addWidget(self.child_list)
        self.children_next = button(self.tr("Next"), object_name="primary")
        self.children_next.clicked.connect(self._children_done)
        p.addWidget(self.children_next, 0, Qt.AlignmentFlag.AlignLeft)

        # 5. Country.
        p = self._page(self.tr("Where do you live?"))
        p.addWidget(label(self.tr("This picks the helplines and places to report that the Help page shows.")))
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Country"))
        for country_code, country_name in COUNTRIES:
            self.country_combo.addItem(self.tr(str(country_name)), country_code)
        p.addWidget(self.country_combo)
        p.addWidget(self._error_label("country"))
        self.country_next = button(self.tr("Finish and go to home"), object_name="primary")
        self.country_next.clicked.connect(self._finish)
        p.addWidget(self.country_next, 0, Qt.AlignmentFlag.AlignLeft)
        for page in self._page_layouts:
            page.addStretch(1)
        # Enter in a list of choices does what the page's main button does (a line edit has its own).
        self._enter_actions = {
            self.language: self.welcome_next.click,
            self.band_combo: self._add_child,
            self.country_combo: self._finish,
        }
        for combo in self._enter_actions:
            combo.installEventFilter(self)
        self.avatar.installEventFilter(self)
        for b in self.avatar.group.buttons():
            b.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on a list of choices (or a picture) acts like the page's main button."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False  # the open list takes the choice first
            action = self._enter_actions.get(watched)  # type: ignore[call-overload]
            if action is None and isinstance(watched, QPushButton) and watched in self.avatar.group.buttons():
                watched.setChecked(True)
                action = self._add_child if self.nick_edit.text().strip() else None
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def _error_label(self, step: str) -> QLabel:
        """The message line that sits beside a page's field."""
        w = label("", "nudgeText")
        w.setVisible(False)
        self._errors[step] = w
        return w

    @property
    def error(self) -> QLabel:
        """The message line of the page showing."""
        return self._errors.get(self.current_step()) or self._errors["name"]

    def _say(self, text: str, good: bool = False) -> None:
        """Show (or clear) the message beside the field of the page showing: a problem, or (good) news."""
        for step, w in self._errors.items():
            mine = step == self.current_step()
            w.setText(text if mine else "")
            w.setVisible(mine and bool(text))
            name = "good" if good and mine else "nudgeText"
            if w.objectName() != name:
                w.setObjectName(name)
                w.style().unpolish(w)
                w.style().polish(w)

    def _page(self, title: str) -> QVBoxLayout:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.setSpacing(14)
        lay.addWidget(label(title, "title"))
        self.stack.addWidget(scrolling(w))
        self._page_layouts.append(lay)
        return lay

    def start(self) -> None:
        """Show the page to resume at."""
        fam = self.svc.family()
        step = fam.setup_step if fam else "welcome"
        if fam:
            self.name_edit.setText(fam.name)
        chosen = fam.settings.language if fam else None
        self.language.setCurrentIndex(max(0, self.language.findData(chosen or system_language())))
        self._refresh_children()
        self._go(step if step in STEPS else "welcome", save=False)

    def _go(self, step: str, save: bool = True) -> None:
        fam = self.svc.family()
        if save and fam is not None:
            fam.setup_step = step
            self.svc.save_family(fam)
        self.stack.setCurrentIndex(STEPS.index(step))
        self._say("")
        n = STEPS.index(step)
        self.step_label.setText(self.tr("Step %1 of %2").replace("%1", str(n + 1)).replace("%2", str(len(STEPS))))
        self.back_btn.setVisible(n > 0)
        if step == "pin":
            self.recovery_box.setVisible(False)
            self.pin_next.setEnabled(True)
            self.pin_skip.setEnabled(True)
            self.pin_skip.setText(self.tr("Keep the PIN") if self.svc.has_pin() else self.tr("Skip for now"))
            self.pin_skip.setAccessibleName(self.pin_skip.text())
            self.pin_next.setText(self.tr("Set a new PIN") if self.svc.has_pin() else self.tr("Set the PIN"))
            self.pin_next.setAccessibleName(self.pin_next.text())
        scroll = self.stack.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.verticalScrollBar().setValue(0)
        first = {
            "welcome": self.welcome_next,
            "name": self.name_edit,
            "pin": self.pin_edit,
            "children": self.nick_edit,
            "country": self.country_combo,
        }[step]
        first.setFocus()

    def _set_language(self) -> None:
        code = str(self.language.currentData())
        fam = self.svc.family() or Family(name="", setup_step="welcome")
        if fam.settings.language == code:
            return
        fam.settings.language = code
        self.svc.save_family(fam)
        self.language_changed.emit(code)

    def go_back(self) -> None:
        """The page before; nothing typed or saved is lost."""
        n = STEPS.index(self.current_step())
        if n > 0:
            self._go(STEPS[n - 1], save=self.svc.family() is not None)

    def current_step(self) -> str:
        """The page showing."""
        return STEPS[self.stack.currentIndex()]

    def _save_name(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self._say(self.tr("Please type a name for your family (any name is fine)."))
            self.name_edit.setFocus()
            return
        fam = self.svc.family() or Family(name=name, setup_step="name")
        fam.name = name
        self.svc.save_family(fam)
        self._go("pin")

    def _save_pin(self) -> None:
        pin, again = self.pin_edit.text(), self.pin_again.text()
        if pin != again:
            self._say(self.tr("The two PINs are different. Please type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
            return
        try:
            code = self.svc.set_pin(pin)
        except ValueError as e:
            self._say(error_text(e))
            self.pin_edit.setFocus()
            return
        self._say("")
        self.pin_edit.clear()
        self.pin_again.clear()
        self.recovery_code.setText(code)
        self.recovery_box.setVisible(True)
        self.pin_next.setEnabled(False)
        self.pin_skip.setEnabled(False)
        self.recovery_next.setFocus()

    def _add_child(self) -> None:
        band: AgeBand = self.band_combo.currentData()
        try:
            self.svc.add_child(self.nick_edit.text(), band, self.avatar.value())
        except ValueError as e:
            self._say(error_text(e))
            self.nick_edit.setFocus()
            return
        added = self.nick_edit.text().strip()
        self.nick_edit.clear()
        self._refresh_children()
        self._say(
            self.tr("%1 is added. Add another child, or press Next to go on.").replace("%1", added), good=True
        )
        self.nick_edit.setFocus()

    def _refresh_children(self) -> None:
        self.child_list.clear()
        self.child_list.setVisible(bool(self.svc.children()))
        for ch in self.svc.children():
            ages = self.tr("ages %1").replace("%1", ch.age_band)
            self.child_list.addItem(f"{ch.nickname} ({ages})")

    def _children_done(self) -> None:
        if self.nick_edit.text().strip():
            # A name typed but not added yet: add it and stay, so a second child can be added too.
            self._add_child()
            return
        if not self.svc.children():
            self._say(self.tr("Please add at least one child. A nickname is enough."))
            self.nick_edit.setFocus()
            return
        self._go("country")

    def _finish(self) -> None:
        fam = self.svc.family()
        if fam is None:
            self._go("name")
            return
        fam.country = self.country_combo.currentData()
        fam.setup_step = "done"
        self.svc.save_family(fam)
        self.finished.emit()
