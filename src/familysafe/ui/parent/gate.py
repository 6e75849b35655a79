"""The PIN gate in front of the parent area, with the core's throttling and a "forgot my PIN" path."""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from familysafe.services.family import FamilyService
from familysafe.ui.parent.pin_form import PinForm
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
        self.prompt = label(self.tr("Type the parent PIN to open the parent area."))
        lay.addWidget(self.prompt)
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

        # "I forgot the PIN": the recovery code and the new PIN twice, then the new code on its own page
        # (the gate's own parts hide meanwhile); "I have written it down" opens the area.
        self.recovery = PinForm(svc, "recover")
        self.recovery.pin_set.connect(self._code_shown)
        self.recovery.done.connect(self._recovered)
        self.recovery.cancelled.connect(self.start)
        self.code = self.recovery.old
        self.new_pin = self.recovery.new
        self.new_pin_again = self.recovery.again
        self.reset = self.recovery.go
        self.new_code = self.recovery.code
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
        self.recovery.start()
        self._gate_parts(True)
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

    def _gate_parts(self, shown: bool) -> None:
        for w in (self.pin, self.ok, self.cancel, self.forgot, self.prompt):
            w.setVisible(shown)

    def _show_recovery(self) -> None:
        self.recovery.start()
        self.recovery.setVisible(True)
        self.recovery.old.setFocus()

    def try_recovery(self) -> None:
        """Set a new PIN with the recovery code (what the form's button does)."""
        self.recovery.submit()

    def _code_shown(self) -> None:
        self._gate_parts(False)
        self.message.setText("")

    def _recovered(self) -> None:
        self.recovery.start()
        self.recovery.setVisible(False)
        self._gate_parts(True)
        self.unlocked.emit()
