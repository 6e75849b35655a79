"""The Progress tab: each child's finished activities, time together, quiz answers by topic and the
latest notes, and the family agreement so far."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from familysafe.ui.i18n import plural, strand_name
from familysafe.ui.parent.common import CHILDREN, NOTES, PACKS, UNLOCKS, Tab, card, medium_date
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
                    (
                        self.tr("%n activity finished", "", p.finished)
                        if p.finished == 1
                        else self.tr("%n activities finished", "", p.finished)
                    )
                    + " · "
                    + plural(self.tr("%n minute(s) together", "", round(p.minutes)), round(p.minutes))
                )
            )
            if p.quiz_by_strand:
                cl.addWidget(label(self.tr("Quiz answers by topic"), "muted"))
                for strand, (right, asked) in sorted(p.quiz_by_strand.items()):
                    cl.addWidget(
                        label(
                            plural(self.tr("%1: %2 of %n quiz answer(s) right", "", asked), asked)
                            .replace("%1", strand_name(strand))
                            .replace("%2", str(right))
                        )
                    )
            notes = self.svc.notes(child)
            if notes:
                cl.addWidget(label(self.tr("Your notes (change them in the Notes tab)"), "muted"))
                for n in notes[-5:]:
                    cl.addWidget(
                        label(
                            f"{medium_date(n.created.date())}: {n.text}"
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
