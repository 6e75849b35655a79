"""The Progress tab: each child's finished activities and time together, the year at a glance (the path
through each band and quiz answers by topic, drawn in ui/parent/yearchart.py), the year in review of each
band, the latest notes, and the family agreement so far."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from familysafe.core.models import Child
from familysafe.services import progress
from familysafe.services.progress import YearAtAGlance
from familysafe.ui.i18n import plural
from familysafe.ui.parent.common import CHILDREN, NOTES, PACKS, UNLOCKS, Tab, card, guarded, medium_date
from familysafe.ui.parent.yearchart import YearChart
from familysafe.ui.widgets import TextBlock, button, flow, label


class ProgressTab(Tab):
    """What each child has done so far (read only)."""

    shows = frozenset({CHILDREN, NOTES, PACKS, UNLOCKS})

    def build(self) -> QWidget:
        self.charts: dict[int | None, YearChart] = {}
        self.year_buttons: dict[tuple[int | None, str], QWidget] = {}
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
            if p.reviews:  # review sessions after a band's year (issue 17, item 6)
                reviews = self.tr("1 review session done") if p.reviews == 1 else self.tr("%1 review sessions done")
                cl.addWidget(label(reviews.replace("%1", str(p.reviews))))
            if len(p.by_band) > 1:  # finished in more than one age group (issue 17): each keeps its count
                parts = sorted(
                    self.tr("ages %1: %2").replace("%1", b).replace("%2", str(n)) for b, n in p.by_band.items() if b
                )
                text = self.tr("Finished by age group: %1").replace("%1", ", ".join(parts))
                cl.addWidget(label(text, "muted"))
            # Issue 17: the year at a glance, a picture (with the same facts as its accessible text).
            year = progress.year_at_a_glance(self.svc, child)
            chart = YearChart(year)
            self.charts[child.id] = chart
            cl.addWidget(chart)
            self._year_buttons(cl, child, year)
            from familysafe.services.together import sittings_of  # issue 18

            for rec, title, others, pending in sittings_of(self.svc, child):
                text = (
                    self.tr("Unit %1, together: %2, with %3").replace("%1", str(rec.unit)).replace("%2", title)
                    .replace("%3", ", ".join(others))
                )  # fmt: skip
                if pending:
                    text += " · " + self.tr("their own part (to do with you alone) is still to do")
                cl.addWidget(label(text))
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
            # One line per promise, said once, with every child who agreed to it (a sitting's promise
            # names each child who agreed there; a child who did not agree is not listed).
            names = {k.id: k.nickname for k in self.svc.children(include_archived=True) if k.id is not None}
            who: dict[str, list[str]] = {}
            for pl in pledges:
                listed = who.setdefault(pl.text, [])
                if not pl.by_grown_up and pl.child_id in names and names[pl.child_id] not in listed:
                    listed.append(names[pl.child_id])
            lines = [
                f"- {text}" + (" (" + self.tr("agreed by %1").replace("%1", ", ".join(kids)) + ")" if kids else "")
                for text, kids in who.items()
            ]
            cl.addWidget(TextBlock("\n".join(lines)))
            lay.addWidget(c)
        lay.addStretch(1)
        return w

    def _year_buttons(self, cl: QVBoxLayout, child: Child, year: YearAtAGlance) -> None:
        """ "Year in review" for each band with a unit done ("so far" until its year is over)."""
        for path in year.bands:
            if not path.done:
                continue
            if path.complete:
                text = self.tr("Year in review, ages %1…")
                name = self.tr("Year in review of %2, ages %1")
            else:
                text = self.tr("The year so far, ages %1…")
                name = self.tr("The year so far of %2, ages %1")
            text = text.replace("%1", path.band)
            b = button(text, name=name.replace("%1", path.band).replace("%2", child.nickname))
            b.clicked.connect(lambda _=False, c=child, band=path.band: self.open_year_review(c, band))
            self.year_buttons[(child.id, path.band)] = b
            cl.addWidget(flow(b))

    @guarded
    def open_year_review(self, child: Child, band: str) -> QWidget:
        """The "Year in review" page of one child's band, with its certificate when the year is done."""
        from familysafe.ui.yearend import YearReviewDialog

        dialog = YearReviewDialog(self.svc, child, band, self)
        dialog.open()
        return dialog
