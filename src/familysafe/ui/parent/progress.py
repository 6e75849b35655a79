"""The Progress tab: each child's finished activities, time together, quiz answers by topic and the
latest notes, and the family agreement so far."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QVBoxLayout, QWidget

from familysafe.ui.i18n import strand_name
from familysafe.ui.parent.common import CHILDREN, NOTES, PACKS, UNLOCKS, Tab, card, qdate
from familysafe.ui.widgets import TextBlock, label


class ProgressTab(Tab):
    """What each child has done so far (read only)."""

    shows = frozenset({CHILDREN, NOTES, PACKS, UNLOCKS})

    def build(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        for child in self.svc.children():
            p = self.svc.progress(child)
            c, cl = card()
            cl.addWidget(label(child.nickname, "subtitle"))
            cl.addWidget(
                label(
                    (self.tr("1 activity finished") if p.finished == 1 else self.tr("%1 activities finished")).replace(
                        "%1", str(p.finished)
                    )
                    + " · "
                    + self.tr("%2 minutes together").replace("%2", str(round(p.minutes)))
                )
            )
            if len(p.by_band) > 1:  # finished in more than one age group (issue 17): each keeps its count
                parts = sorted(
                    self.tr("ages %1: %2").replace("%1", b).replace("%2", str(n)) for b, n in p.by_band.items() if b
                )
                text = self.tr("Finished by age group: %1").replace("%1", ", ".join(parts))
                cl.addWidget(label(text, "muted"))
            if p.quiz_by_strand:
                cl.addWidget(label(self.tr("Quiz answers by topic"), "muted"))
                for strand, (right, asked) in sorted(p.quiz_by_strand.items()):
                    cl.addWidget(
                        label(
                            self.tr("%1: %2 of %3 quizzes answered correctly")
                            .replace("%1", strand_name(strand))
                            .replace("%2", str(right))
                            .replace("%3", str(asked))
                        )
                    )
            notes = self.svc.notes(child)
            if notes:
                cl.addWidget(label(self.tr("Your notes (change them in the Notes tab)"), "muted"))
                for n in notes[-5:]:
                    cl.addWidget(
                        label(
                            f"{QLocale().toString(qdate(n.created.date()), QLocale.FormatType.ShortFormat)}: {n.text}"
                        )
                    )
            lay.addWidget(c)
        pledges = self.svc.pledges()
        if pledges:
            c, cl = card()
            cl.addWidget(label(self.tr("Our family agreement"), "subtitle"))
            cl.addWidget(TextBlock("\n".join(f"- {p.text}" for p in pledges)))
            lay.addWidget(c)
        lay.addStretch(1)
        return w
