"""The end of the year (issue 17, item 5): the calm celebration on the session's end page after a band's
last unit, the "Year in review" page (a dialog, also reached from the parent area's Progress tab), and
saving or printing the year certificate and the review (ui.year_printouts makes the documents).

No sound and no pressure: a warm page, two offers, and "Back to home" as before. A failure to save says
what and where, and changes nothing else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from familysafe.core.models import Child
from familysafe.services import progress
from familysafe.services.family import FamilyService
from familysafe.ui.i18n import strand_name
from familysafe.ui.widgets import Card, Picture, TextBlock, button, flow, label, set_status

CERTIFICATE, REVIEW = "certificate", "review"


def _safe(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum() or ch in " -_").strip() or "FamilySafe"


class _Page(QWidget):
    """A page whose height follows its width: its minimum height is not the one its wrapped lines would
    need at their narrowest (Qt's guess for word-wrapped labels, which left a long blank end)."""

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 0)


class YearOutput(QObject):
    """Saves or prints one child's year certificate or year in review; returns what to tell the family."""

    def __init__(self, svc: FamilyService, child: Child, band: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.svc, self.child, self.band = svc, child, band

    def title(self, kind: str) -> str:
        """The document's name, for the file and the printer."""
        name = self.child.nickname
        if kind == CERTIFICATE:
            return self.tr("Year certificate %1 ages %2").replace("%1", name).replace("%2", self.band)
        return self.tr("Year in review %1 ages %2").replace("%1", name).replace("%2", self.band)

    def document(self, kind: str) -> QTextDocument:
        """The document (ValueError for a certificate of a year not finished)."""
        from familysafe.ui.year_printouts import YearPrintouts

        maker = YearPrintouts(self.svc, self)
        if kind == CERTIFICATE:
            return maker.year_certificate(self.child, self.band)
        return maker.year_review(self.child, self.band)

    def save(self, kind: str, parent: QWidget) -> tuple[Path | None, str, bool]:
        """Ask where, then save the PDF: (the path or None, the sentence to show, whether it is good news)."""
        from familysafe.ui.parent.dialogs import documents_dir
        from familysafe.ui.printouts import save_pdf

        try:
            doc = self.document(kind)
        except ValueError as e:
            return None, str(e), False
        default = documents_dir() / f"FamilySafe {_safe(self.title(kind))}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Save as PDF"), str(default), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None, "", True
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            save_pdf(doc, path)
        except OSError as e:
            return (
                None,
                self.tr("The PDF could not be saved as %1 (%2). Nothing was saved.")
                .replace("%1", str(path))
                .replace("%2", e.strerror or str(e)),
                False,
            )
        return path, self.tr("Saved %1 as %2.").replace("%1", self.title(kind)).replace("%2", str(path)), True

    def print_(self, kind: str, parent: QWidget) -> tuple[bool, str]:
        """Send it to a printer the grown-up picks: (sent, the sentence to show)."""
        from familysafe.ui.parent.dialogs import run_print_dialog
        from familysafe.ui.printouts import print_document

        try:
            doc = self.document(kind)
        except ValueError as e:
            return False, str(e)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title(kind))
        if not run_print_dialog(printer, parent):
            return False, ""
        print_document(doc, printer)
        return True, self.tr("%1 was sent to the printer.").replace("%1", self.title(kind))


class YearReviewDialog(QDialog):
    """ "Year in review": topics covered, promises made, badges earned (the favourite marked), with the
    year certificate and the review itself to save or print."""

    def __init__(self, svc: FamilyService, child: Child, band: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.output = YearOutput(svc, child, band, self)
        r = progress.year_review(svc, child, band)
        self.review = r
        self.setWindowTitle(self.tr("Year in review: %1").replace("%1", child.nickname))
        from familysafe.ui.year_printouts import favourite_rule, review_facts

        body = _Page()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 18, 24, 18)
        lay.setSpacing(10)
        lay.addWidget(label(self.tr("Our year in review: %1").replace("%1", child.nickname), "title"))
        lay.addWidget(label(review_facts(r), "muted"))
        if r.complete:
            lay.addWidget(label(self.tr("The whole year is done. Well done, both of you!"), "good"))
        lay.addWidget(label(self.tr("Topics we covered"), "subtitle"))
        if r.topics:
            lines = []
            for t in r.topics:
                units = "; ".join(
                    self.tr("%2 (unit %1)").replace("%1", str(n)).replace("%2", title) for n, title in t.units
                )
                lines.append(f"- {strand_name(t.strand)}: {units}")
            lay.addWidget(TextBlock("\n".join(lines)))
        else:
            lay.addWidget(label(self.tr("None yet."), "muted"))
        lay.addWidget(label(self.tr("Promises we made"), "subtitle"))
        if r.pledges:
            grown = self.tr("(the grown-up)")
            lay.addWidget(
                TextBlock(
                    "\n".join(f"- \u201c{p.text}\u201d" + (f" {grown}" if p.by_grown_up else "") for p in r.pledges)
                )
            )
        else:
            lay.addWidget(label(self.tr("No promises yet."), "muted"))
        lay.addWidget(label(self.tr("Badges earned"), "subtitle"))
        fav = r.favourite
        if fav is not None:
            lay.addWidget(label(favourite_rule(r), "muted"))
            self.favourite_picture = Picture("badges", fav.strand, 96)
            lay.addWidget(self.favourite_picture, 0, Qt.AlignmentFlag.AlignLeft)
            self.favourite_label = label(
                self.tr("\u2605 Favourite badge: %1 (unit %2, %3)")
                .replace("%1", fav.badge)
                .replace("%2", str(fav.unit))
                .replace("%3", fav.activity),
                "good",
            )
            lay.addWidget(self.favourite_label)
            star = self.tr("\u2605 favourite")
            lay.addWidget(
                TextBlock(
                    "\n".join(
                        f"- {b.badge} ({strand_name(b.strand)})" + (f" {star}" if b.favourite else "") for b in r.badges
                    )
                )
            )
        else:
            lay.addWidget(label(self.tr("No badges yet."), "muted"))
        self.review_pdf = button(self.tr("Save the year in review as PDF…"), object_name="primary")
        self.review_print = button(self.tr("Print the year in review…"))
        self.review_pdf.clicked.connect(lambda: self._save(REVIEW))
        self.review_print.clicked.connect(lambda: self._print(REVIEW))
        buttons: list[QWidget] = [self.review_pdf, self.review_print]
        self.certificate_pdf = button(self.tr("Save the year certificate as PDF…"))
        self.certificate_print = button(self.tr("Print the year certificate…"))
        self.certificate_pdf.clicked.connect(lambda: self._save(CERTIFICATE))
        self.certificate_print.clicked.connect(lambda: self._print(CERTIFICATE))
        if r.complete:
            buttons += [self.certificate_pdf, self.certificate_print]
        self.status = label("", "good")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)
        lay.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # A resizable scroll area (as the parent area's tabs): the page's long lists wrap to its width.
        page = QScrollArea()
        page.setWidgetResizable(True)
        page.setFrameShape(QFrame.Shape.NoFrame)
        page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page.setAccessibleName(self.tr("Year in review"))
        page.setWidget(body)
        self.page = page
        outer.addWidget(page, 1)
        # The actions stay in view below the page, whatever its length.
        self.close_btn = button(self.tr("Close"))
        self.close_btn.clicked.connect(self.accept)
        bar = QVBoxLayout()
        bar.setContentsMargins(24, 8, 24, 12)
        bar.addWidget(self.status)
        bar.addWidget(flow(*buttons, self.close_btn))
        outer.addLayout(bar)
        host = parent.window() if parent is not None else None
        if host is not None:
            self.resize(max(480, int(host.width() * 0.8)), max(400, int(host.height() * 0.85)))

    def say(self, text: str, ok: bool = True) -> None:
        """Show what happened, or what went wrong and where."""
        set_status(self.status, text, ok)

    def _save(self, kind: str) -> Path | None:
        path, text, ok = self.output.save(kind, self)
        if text:
            self.say(text, ok)
        return path

    def _print(self, kind: str) -> bool:
        sent, text = self.output.print_(kind, self)
        if text:
            self.say(text, sent)
        return sent


class YearCelebration(Card):
    """On the session's end page, after a band's last unit: a whole year together, calmly celebrated,
    with the year certificate and the year in review on offer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("grownUpPanel", parent)
        self.output: YearOutput | None = None
        self.dialog: YearReviewDialog | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 14)
        outer.setSpacing(16)
        self.picture = Picture("pictures", "star", 96)
        outer.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout()
        lay.setSpacing(10)
        outer.addLayout(lay, 1)
        self.heading = label("", "subtitle")
        lay.addWidget(self.heading)
        self.words = label("")
        lay.addWidget(self.words)
        self.certificate_btn = button(self.tr("Save the year certificate…"), object_name="primary")
        self.review_btn = button(self.tr("Our year in review…"))
        self.certificate_btn.clicked.connect(self.save_certificate)
        self.review_btn.clicked.connect(self.open_review)
        lay.addWidget(flow(self.certificate_btn, self.review_btn))
        self.status = label("", "good")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)
        lay.addWidget(self.status)
        self.setVisible(False)

    def show_for(self, svc: FamilyService, child: Child, band: str) -> None:
        """Fill the card for a child who just finished the year in `band`."""
        r = progress.year_review(svc, child, band)
        self.output = YearOutput(svc, child, band, self)
        self.child, self.band, self.svc = child, band, svc
        self.heading.setText(self.tr("The end of the year for ages %1").replace("%1", band))
        self.words.setText(
            self.tr(
                "That was the last activity for ages %1. %2 activities, %3 topics and %4 promises: "
                "take a moment to be proud of that, together."
            )
            .replace("%1", band)
            .replace("%2", str(r.units_done))
            .replace("%3", str(len(r.topics)))
            .replace("%4", str(len(r.pledges)))
        )
        self.setAccessibleName(self.heading.text())
        self.status.setVisible(False)
        self.setVisible(True)

    def _say(self, text: str, ok: bool) -> None:
        set_status(self.status, text, ok)

    def save_certificate(self) -> Path | None:
        """Save the year certificate as a PDF where the grown-up chooses."""
        if self.output is None:
            return None
        path, text, ok = self.output.save(CERTIFICATE, self)
        if text:
            self._say(text, ok)
        return path

    def open_review(self) -> YearReviewDialog | None:
        """Open the "Year in review" page."""
        if self.output is None:
            return None
        self.dialog = YearReviewDialog(self.svc, self.child, self.band, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog
