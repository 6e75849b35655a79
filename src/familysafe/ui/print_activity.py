"""A small dialog to print an activity for one child, and the child's conversation cards (issue 19).

The parent area and the session's end screen open it: `PrintActivityDialog(svc, child, activity_id)`.
It offers only the activities the child may print (services.printing: open or finished units; a
locked unit is never printed unless the grown-up unlocked it) and says plainly when something fails.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHBoxLayout, QVBoxLayout, QWidget

from familysafe.core.models import Child
from familysafe.services import printing
from familysafe.services.family import FamilyService
from familysafe.ui.printouts import Printouts, print_document, save_pdf
from familysafe.ui.widgets import button, label


def _safe_name(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum() or ch in " -_").strip() or "FamilySafe"


def _documents() -> Path:
    from familysafe.ui.folders import documents_dir

    return documents_dir()


class PrintActivityDialog(QDialog):
    """Choose an open or finished activity and save it as a PDF or print it; save the cards."""

    def __init__(
        self, svc: FamilyService, child: Child, activity_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.svc = svc
        self.child = child
        self.printouts = Printouts(svc, self)
        self.setWindowTitle(self.tr("Print for %1").replace("%1", child.nickname))
        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        intro = self.tr(
            "Print an activity: the child's pages to do on paper, then your notes and what to do if your "
            "child tells you something. Locked activities are not shown until their unit opens."
        )
        lay.addWidget(label(intro, "muted", wrap=True))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Activity to print"))
        for act in printing.printable_activities(svc, child):
            self.choice.addItem(self.tr("Unit %1: %2").replace("%1", str(act.unit)).replace("%2", act.title), act.id)
        if activity_id is not None:
            index = self.choice.findData(activity_id)
            if index >= 0:
                self.choice.setCurrentIndex(index)
        lay.addWidget(self.choice)
        row = QHBoxLayout()
        self.save_btn = button(self.tr("Save as PDF…"), object_name="primary")
        self.print_btn = button(self.tr("Print…"))
        self.cards_btn = button(
            self.tr("Conversation cards (PDF)…"),
            tip=self.tr("Three questions per finished unit for the car or the dinner table, four cards to a page."),
        )
        for b in (self.save_btn, self.print_btn, self.cards_btn):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.status = label("", "muted", wrap=True)
        self.status.setAccessibleName(self.tr("Print status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.status)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        lay.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        nothing = self.choice.count() == 0
        self.save_btn.setEnabled(not nothing)
        self.print_btn.setEnabled(not nothing)
        if nothing:
            self.say(self.tr("No activity is open for %1 yet.").replace("%1", child.nickname), ok=False)
        self.save_btn.clicked.connect(self.save_activity_pdf)
        self.print_btn.clicked.connect(self.print_activity)
        self.cards_btn.clicked.connect(self.save_cards_pdf)

    def say(self, text: str, ok: bool = True) -> None:
        """Show what happened (the label is read by screen readers)."""
        self.status.setObjectName("good" if ok else "nudgeText")
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _ask_path(self, title: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(_documents() / name), self.tr("PDF files (*.pdf)"))
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def save_activity_pdf(self) -> Path | None:
        """Save the chosen activity as a PDF where the grown-up chooses."""
        activity_id = self.choice.currentData()
        if activity_id is None:
            return None
        try:
            doc = self.printouts.activity(self.child, activity_id)
        except printing.NotPrintable as e:
            self.say(e.message, ok=False)
            return None
        path = self._ask_path(
            self.tr("Save the activity"), f"FamilySafe {_safe_name(doc.property('familysafe_title'))}.pdf"
        )
        if path is None:
            return None
        return self._save(lambda: save_pdf(doc, path), path)

    def print_activity(self) -> bool:
        """Send the chosen activity to a printer the grown-up picks."""
        activity_id = self.choice.currentData()
        if activity_id is None:
            return False
        try:
            doc = self.printouts.activity(self.child, activity_id)
        except printing.NotPrintable as e:
            self.say(e.message, ok=False)
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(self.printouts.page())
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return False
        print_document(doc, printer)
        self.say(self.tr("Sent to the printer."))
        return True

    def save_cards_pdf(self) -> Path | None:
        """Save the conversation cards of the child's finished units as a PDF."""
        if not printing.cards_for_child(self.svc, self.child):
            self.say(
                self.tr("%1 has not finished a unit yet: the cards come with finished units.").replace(
                    "%1", self.child.nickname
                ),
                ok=False,
            )
            return None
        path = self._ask_path(
            self.tr("Save the conversation cards"), f"FamilySafe cards {_safe_name(self.child.nickname)}.pdf"
        )
        if path is None:
            return None
        return self._save(lambda: self.printouts.cards_pdf(self.child, path), path)

    def _save(self, write: object, path: Path) -> Path | None:
        try:
            assert callable(write)
            write()
        except printing.NotPrintable as e:
            self.say(e.message, ok=False)
            return None
        except OSError as e:
            self.say(
                self.tr("The PDF could not be saved as %1 (%2). Nothing was saved.")
                .replace("%1", str(path))
                .replace("%2", e.strerror or str(e)),
                ok=False,
            )
            return None
        self.say(self.tr("Saved as %1.").replace("%1", str(path)))
        return path
