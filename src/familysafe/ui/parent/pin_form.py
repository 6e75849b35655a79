"""Setting, changing and recovering the parent PIN: one form for the three cases.

- *set*: there is no PIN yet (it was skipped at setup): the new PIN twice.
- *change*: the PIN now, or the recovery code, then the new PIN twice.
- *recover* (the PIN gate's "I forgot the PIN"): the recovery code, then the new PIN twice.

Every problem is said beside the field it concerns, and nothing saved changes until all is right. The
new recovery code then shows on a page of its own, to be written down.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from familysafe.services.errors import StoreError
from familysafe.services.family import FamilyService
from familysafe.ui.errors import error_text
from familysafe.ui.parent.dialogs import fit_dialog
from familysafe.ui.widgets import Scroller, button, label, scrolling

MODES = ("set", "change", "recover")


class Pages(QWidget):
    """Pages of which one shows, sized to the page showing (a QStackedWidget keeps the tallest page's
    size and squeezes wrapped text on a short screen at large text)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lay = QVBoxLayout(self)
        self._lay.setContentsMargins(0, 0, 0, 0)
        self._pages: list[QWidget] = []

    def addWidget(self, page: QWidget) -> None:
        self._pages.append(page)
        self._lay.addWidget(page)
        page.setVisible(len(self._pages) == 1)

    def setCurrentIndex(self, index: int) -> None:
        for i, page in enumerate(self._pages):
            page.setVisible(i == index)
        # Tell every box around that the size changed, up to the scroll area that sizes the page
        # (bottom up, so each box measures the new page), and have the scroll area size the page again.
        w: QWidget | None = self
        while w is not None and not w.isWindow():
            lay = w.layout()
            if lay is not None:
                lay.invalidate()
                lay.activate()
            if isinstance(w, Scroller):
                w.fit()
                QTimer.singleShot(0, w, w.fit)
            w = w.parentWidget()

    def currentIndex(self) -> int:
        return next((i for i, p in enumerate(self._pages) if not p.isHidden()), -1)


class PinForm(QWidget):
    """The fields, then the page with the new recovery code."""

    pin_set = Signal()  # the new PIN is saved; the new recovery code shows
    done = Signal()  # the grown-up has written the new code down
    cancelled = Signal()

    def __init__(self, svc: FamilyService, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(f"unknown PIN form mode {mode!r}")
        self.svc = svc
        self.mode = mode
        self.stack = Pages()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        # The fields.
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        intro = {
            "set": self.tr(
                "A PIN of 4 to 8 numbers keeps children out of the parent area. It is a gate, not a safe."
            ),
            "change": self.tr("Type the PIN you use now (or your recovery code), then the new PIN twice."),
            "recover": self.tr(
                "Type the recovery code you wrote down when you set the PIN, then a new PIN twice."
            ),
        }[mode]
        lay.addWidget(label(intro))
        self.old = QLineEdit()
        self.old_error = self._error()
        if mode == "set":
            self.old.setVisible(False)
        else:
            old_name = self.tr("Recovery code") if mode == "recover" else self.tr("Your PIN now, or your recovery code")
            self.old.setAccessibleName(old_name)
            if mode == "recover":
                self.old.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
            else:
                self.old.setEchoMode(QLineEdit.EchoMode.Password)
            lay.addWidget(self._field_label(old_name, self.old))
            lay.addWidget(self.old)
            lay.addWidget(self.old_error)
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setMaxLength(8)
        self.new.setAccessibleName(self.tr("New PIN"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setMaxLength(8)
        self.again.setAccessibleName(self.tr("The new PIN again"))
        self.new_error = self._error()
        lay.addWidget(self._field_label(self.tr("New PIN (4 to 8 numbers)"), self.new))
        lay.addWidget(self.new)
        lay.addWidget(self._field_label(self.tr("The new PIN again"), self.again))
        lay.addWidget(self.again)
        lay.addWidget(self.new_error)
        row = QHBoxLayout()
        go_text = {
            "set": self.tr("Set the PIN"),
            "change": self.tr("Change the PIN"),
            "recover": self.tr("Set the new PIN"),
        }
        self.go = button(go_text[mode], object_name="primary")
        self.go.clicked.connect(self.submit)
        self.cancel = button(self.tr("Cancel"))
        self.cancel.clicked.connect(self.cancelled)
        row.addWidget(self.go)
        row.addWidget(self.cancel)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addStretch(1)
        self.old.returnPressed.connect(self.new.setFocus)
        self.new.returnPressed.connect(self.again.setFocus)
        self.again.returnPressed.connect(self.submit)
        self.stack.addWidget(page)

        # The new recovery code, on its own page.
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        lay.addWidget(label(self.tr("The new PIN is set."), "subtitle"))
        lay.addWidget(
            label(
                self.tr(
                    "Write this recovery code down and keep it somewhere safe. If you forget the PIN, it lets "
                    "you set a new one. It is shown only once; the old code no longer works."
                )
            )
        )
        self.code = label("", "title")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Recovery code"))
        lay.addWidget(self.code)
        self.written = button(self.tr("I have written it down"), object_name="primary")
        self.written.clicked.connect(self.done)
        lay.addWidget(self.written, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        self.stack.addWidget(page)

    def _error(self) -> QLabel:
        w = label("", "nudgeText")
        w.setVisible(False)
        return w

    def _field_label(self, text: str, field: QWidget) -> QLabel:
        w = label(text, "muted")
        w.setBuddy(field)
        return w

    def start(self) -> None:
        """Empty, on the fields, the first one focused."""
        for f in (self.old, self.new, self.again):
            f.clear()
        self._say(self.old_error, "")
        self._say(self.new_error, "")
        self.code.setText("")
        self.stack.setCurrentIndex(0)
        (self.new if self.mode == "set" else self.old).setFocus()

    def first_field(self) -> QLineEdit:
        return self.new if self.mode == "set" else self.old

    @staticmethod
    def _say(where: QLabel, text: str) -> None:
        where.setText(text)
        where.setAccessibleName(text)
        where.setVisible(bool(text))

    def submit(self) -> None:
        """Check what was typed; set the new PIN only when everything is right."""
        self._say(self.old_error, "")
        self._say(self.new_error, "")
        old, new, again = self.old.text(), self.new.text(), self.again.text()
        if self.mode != "set" and not old.strip():
            self._say(
                self.old_error,
                self.tr("Please type your recovery code.")
                if self.mode == "recover"
                else self.tr("Please type the PIN you use now, or your recovery code."),
            )
            self.old.setFocus()
            return
        try:
            self.svc.check_new_pin(new)
        except ValueError as e:
            self._say(self.new_error, error_text(e))
            self.new.setFocus()
            return
        if new != again:
            self._say(self.new_error, self.tr("The two new PINs are different. Please type the same PIN twice."))
            self.again.clear()
            self.again.setFocus()
            return
        try:
            code = self.svc.recover_pin(old, new) if self.mode == "recover" else self.svc.change_pin(old, new)
        except ValueError as e:
            self._say(self.new_error, error_text(e))
            self.new.setFocus()
            return
        except StoreError as e:
            self._say(self.new_error, error_text(e))
            return
        if code is None:
            self.old.clear()
            wait = self.svc.pin_wait()
            if self.mode == "recover":
                text = self.tr("That recovery code is not right. Check it and try again.")
            elif wait > 0:
                text = self.tr("Too many wrong tries. Please wait %1 seconds, or type your recovery code.").replace(
                    "%1", str(math.ceil(wait))
                )
            else:
                text = self.tr("That is neither the PIN you use now nor your recovery code. Nothing was changed.")
            self._say(self.old_error, text)
            self.old.setFocus()
            return
        for f in (self.old, self.new, self.again):
            f.clear()
        self.code.setText(code)
        self.stack.setCurrentIndex(1)
        self.written.setFocus()
        self.pin_set.emit()


class PinDialog(QDialog):
    """Set or change the PIN from the Settings tab (window-modal, opened with `open()`)."""

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        mode = "change" if svc.has_pin() else "set"
        self.setWindowTitle(self.tr("Change the PIN") if mode == "change" else self.tr("Set a PIN"))
        self.form = PinForm(svc, mode)
        self.form.done.connect(self.accept)
        self.form.cancelled.connect(self.reject)
        inner = QWidget()
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.addWidget(label(self.windowTitle(), "title"))
        lay.addWidget(self.form)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner, self.windowTitle()))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.form.start()
        fit_dialog(self, parent, 560)
