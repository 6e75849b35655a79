"""The PIN gate in front of the parent area, with the core's throttling and a "forgot my PIN" path."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from familysafe.services.family import FamilyService
from familysafe.ui.errors import error_text
from familysafe.ui.widgets import button, label


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
        rl.addWidget(label(self.tr("Type the recovery code you wrote down when you set up FamilySafe, and a new PIN.")))
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
        if result.damaged:
            self.message.setText(
                self.tr(
                    "FamilySafe's saved PIN is damaged, so no PIN can be checked. Use your recovery code to set "
                    "a new one."
                )
            )
            self._show_recovery()
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
            self.message.setText(error_text(e))
            return
        if code is None:
            self.message.setText(self.tr("That recovery code is not right. Check it and try again."))
            return
        self.message.setText(self.tr("The new PIN is set. Here is your new recovery code: write it down."))
        self.new_code.setText(code)
        self.code.clear()
        self.new_pin.clear()
