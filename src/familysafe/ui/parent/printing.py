"""The Print tab: the family agreement, each child's certificates and the one-page summary, saved as
a PDF or sent to a printer (ui.printouts makes the documents; imported when first used)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QFileDialog, QVBoxLayout, QWidget

from familysafe.core.models import AGE_BANDS, Child
from familysafe.ui.parent import dialogs
from familysafe.ui.parent.common import CHILDREN, PACKS, UNLOCKS, Tab, card, guarded, safe_name
from familysafe.ui.widgets import button, flow, label

if TYPE_CHECKING:
    from familysafe.core.content import Activity


class PrintTab(Tab):
    """The printouts."""

    shows = frozenset({CHILDREN, PACKS, UNLOCKS})

    def build(self) -> QWidget:
        self.certificate_rows: dict[int, tuple[QComboBox, QWidget, QWidget]] = {}
        self.activity_buttons: dict[int, QWidget] = {}
        self.summary_buttons: dict[int, tuple[QWidget, QWidget]] = {}
        w = QWidget()
        lay = QVBoxLayout(w)
        c, cl = card()
        cl.addWidget(label(self.tr("Our family agreement"), "subtitle"))
        count = len({(p.strand, p.text) for p in self.svc.pledges()})
        cl.addWidget(
            label(
                self.tr(
                    "The promises your family made in the activities, by topic, with space to sign (%1 so far)."
                ).replace("%1", str(count)),
                "muted",
            )
        )
        self.agreement_pdf = button(self.tr("Save as PDF…"), name=self.tr("Save the family agreement as PDF"))
        self.agreement_print = button(self.tr("Print…"), name=self.tr("Print the family agreement"))
        self.agreement_pdf.clicked.connect(lambda: self.output("agreement", to_pdf=True))
        self.agreement_print.clicked.connect(lambda: self.output("agreement", to_pdf=False))
        cl.addWidget(flow(self.agreement_pdf, self.agreement_print))
        lay.addWidget(c)
        for child in self.svc.children(include_archived=True):
            assert child.id is not None
            c, cl = card()
            cl.addWidget(label(child.nickname, "subtitle"))
            # Every band's finished units (issue 17: certificates stay after moving up), earlier bands first.
            entries: list[tuple[str | None, tuple[int, str, list[Activity], datetime]]] = [
                (band, u)
                for band in AGE_BANDS
                if band != child.age_band
                for u in self.svc.finished_units(child, band)
            ]
            entries += [(None, u) for u in self.svc.finished_units(child)]
            if entries:
                combo = QComboBox()
                combo.setAccessibleName(self.tr("Which certificate for %1").replace("%1", child.nickname))
                themes: list[str] = []
                bands: list[str | None] = []
                for band, (unit, title, acts, _when) in entries:
                    # The title the child saw; the unit's theme beneath, for the one chosen.
                    shown = " · ".join(dict.fromkeys(a.title for a in acts)) or title
                    if band is not None:
                        shown = self.tr("Ages %1: %2").replace("%1", band).replace("%2", shown)
                    combo.addItem(shown, unit)
                    bands.append(band)
                    themes.append(self.tr("Unit %1: %2").replace("%1", str(unit)).replace("%2", title))
                theme_line = label("", "muted")
                combo.currentIndexChanged.connect(
                    lambda i, t=themes, w=theme_line: w.setText(t[i] if 0 <= i < len(t) else "")
                )
                combo.setCurrentIndex(combo.count() - 1)
                theme_line.setText(themes[-1])
                cert_pdf = button(
                    self.tr("Save certificate as PDF…"),
                    name=self.tr("Save %1's certificate as PDF").replace("%1", child.nickname),
                )
                cert_print = button(
                    self.tr("Print certificate…"), name=self.tr("Print %1's certificate").replace("%1", child.nickname)
                )
                cert_pdf.clicked.connect(
                    lambda _=False, c=child, b=combo, bs=bands: self.output(
                        "certificate", c, int(b.currentData()), bs[b.currentIndex()], to_pdf=True
                    )
                )
                cert_print.clicked.connect(
                    lambda _=False, c=child, b=combo, bs=bands: self.output(
                        "certificate", c, int(b.currentData()), bs[b.currentIndex()], to_pdf=False
                    )
                )
                self.certificate_rows[child.id] = (combo, cert_pdf, cert_print)
                cl.addWidget(label(self.tr("A certificate for each finished unit"), "muted"))
                cl.addWidget(flow(combo, cert_pdf, cert_print))
                cl.addWidget(theme_line)
            else:
                cl.addWidget(label(self.tr("Certificates appear here when a unit is finished."), "muted"))
            sum_pdf = button(
                self.tr("Save summary as PDF…"),
                name=self.tr("Save the summary about %1 as PDF").replace("%1", child.nickname),
            )
            sum_print = button(
                self.tr("Print summary…"), name=self.tr("Print the summary about %1").replace("%1", child.nickname)
            )
            sum_pdf.clicked.connect(lambda _=False, c=child: self.output("summary", c, to_pdf=True))
            sum_print.clicked.connect(lambda _=False, c=child: self.output("summary", c, to_pdf=False))
            self.summary_buttons[child.id] = (sum_pdf, sum_print)
            cl.addWidget(
                label(self.tr("One page for you: progress, time, quiz answers by topic and your notes"), "muted")
            )
            cl.addWidget(flow(sum_pdf, sum_print))
            activity_btn = button(
                self.tr("Print an activity or cards…"),
                name=self.tr("Print one of %1's open or finished activities, or conversation cards").replace(
                    "%1", child.nickname
                ),
            )
            activity_btn.clicked.connect(lambda _=False, c=child: self.open_activity_printing(c))
            self.activity_buttons[child.id] = activity_btn
            cl.addWidget(
                label(self.tr("An activity on paper (open or finished), or cards for the car or the table"), "muted")
            )
            cl.addWidget(flow(activity_btn))
            lay.addWidget(c)
        lay.addStretch(1)
        return w

    def open_activity_printing(self, child: Child) -> QWidget:
        """The print-activity dialog for one child (issue 19): only what is open or finished is offered."""
        from familysafe.ui.print_activity import PrintActivityDialog

        dialog = PrintActivityDialog(self.svc, child, parent=self)
        dialog.open()
        return dialog

    def _document(
        self, kind: str, child: Child | None, unit: int, band: str | None = None
    ) -> tuple[QTextDocument, str]:
        from familysafe.ui.printouts import Printouts

        maker = Printouts(self.svc, self)
        if kind == "agreement":
            return maker.agreement(), self.tr("Family agreement")
        assert child is not None
        if kind == "certificate":
            return maker.certificate(child, unit, band), self.tr("Certificate %1 unit %2").replace(
                "%1", child.nickname
            ).replace("%2", str(unit))
        return maker.summary(child), self.tr("Summary %1").replace("%1", child.nickname)

    @guarded
    def output(
        self, kind: str, child: Child | None = None, unit: int = 0, band: str | None = None, *, to_pdf: bool
    ) -> Path | bool | None:
        """Make a printout ("agreement", "certificate" or "summary") and save it as a PDF where the
        grown-up chooses, or send it to a printer they choose."""
        from familysafe.ui.printouts import print_document, save_pdf

        doc, title = self._document(kind, child, unit, band)
        if not to_pdf:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(title)
            if not dialogs.run_print_dialog(printer, self):
                return False
            print_document(doc, printer)
            self.say(self.tr("%1 was sent to the printer.").replace("%1", title))
            return True
        default = dialogs.documents_dir() / f"{safe_name(title)}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), str(default), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            save_pdf(doc, path)
        except OSError as e:
            self.say(
                self.tr("The PDF could not be saved as %1 (%2). Nothing was saved.")
                .replace("%1", str(path))
                .replace("%2", str(e)),
                ok=False,
            )
            return None
        self.say(self.tr("Saved %1 as %2.").replace("%1", title).replace("%2", str(path)))
        return path
