"""The weekly reminder's runner (a one-minute timer; services.reminders decides) and the banner for
the start of a visit. Light on purpose: the main window uses both from the start, long before the
parent area itself is first opened."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from familysafe.resources import asset
from familysafe.services.family import FamilyService
from familysafe.services.reminders import CHECK_INTERVAL_MS, ReminderCheck

log = logging.getLogger("familysafe")


def visit_banner(svc: FamilyService) -> str:
    """The banner for the start of a visit: what has opened since the last one ("" if nothing).
    Call once at start-up: it records this visit."""
    try:
        items = svc.unlocks_since_last_visit()
    except Exception:
        log.exception("could not work out what is new since the last visit")
        return ""
    names = [c.nickname for c, _ in items]
    if not names:
        return ""
    if len(names) == 1:
        return QCoreApplication.translate("ParentArea", "Something new is ready for %1 since your last visit.").replace(
            "%1", names[0]
        )
    return QCoreApplication.translate("ParentArea", "Something new is ready since your last visit, for %1.").replace(
        "%1", ", ".join(names)
    )


class ReminderRunner(QObject):
    """Checks the weekly reminder once a minute (reminders.ReminderCheck decides) and, when it is due,
    emits `remind` for a banner, and shows a tray notification where the computer has a tray."""

    remind = Signal(str)

    def __init__(self, svc: FamilyService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.check = ReminderCheck(svc)
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> str:
        """Check now; return (and announce) the reminder's text, or "" when none is due."""
        try:
            if not self.check.check():
                return ""
            text = self.message()
        except Exception:  # a reminder is never worth a crash
            log.exception("weekly reminder check failed")
            return ""
        self.remind.emit(text)
        self.notify(text)
        return text

    def message(self) -> str:
        """The reminder's words: gentle, and naming who has something ready."""
        ready = [c.nickname for c in self.svc.children() if self.svc.overview(c).todo]
        if not ready:
            return self.tr(
                "It's your weekly FamilySafe time. Nothing new is waiting: a look at the badges together is nice too."
            )
        return self.tr("It's your weekly FamilySafe time. Ready when you are: %1.").replace("%1", ", ".join(ready))

    def notify(self, text: str) -> bool:
        """Show a tray notification if there is a tray (never the only channel); True if shown."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        if self.tray is None:
            self.tray = QSystemTrayIcon(QIcon(str(asset("icons", "familysafe.svg"))), self)
            self.tray.setToolTip(self.tr("FamilySafe"))
        self.tray.show()
        self.tray.showMessage(self.tr("FamilySafe"), text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        return True
