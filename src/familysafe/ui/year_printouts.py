"""The end of a year on paper (issue 17, item 5): the year certificate and the "Year in review", made with
the printouts' machinery (ui.printouts: the family's paper and font, escaped text, `save_pdf`).

The facts come from services.progress.year_review; this module only lays them out.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QUrl
from PySide6.QtGui import QTextDocument

from familysafe.core.models import Child
from familysafe.services import progress
from familysafe.services.progress import YearReview
from familysafe.ui.i18n import strand_name
from familysafe.ui.printouts import Printouts, _esc, badge_image, fit_to_one_page


def _long(locale: QLocale, d: date) -> str:
    return locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat)


class YearPrintouts(Printouts):
    """The year certificate and the year in review for one child's band."""

    def review(self, child: Child, band: str) -> YearReview:
        """The facts of the child's year in `band`."""
        return progress.year_review(self.svc, child, band)

    def year_certificate(self, child: Child, band: str) -> QTextDocument:
        """A one-page certificate for a whole year (ValueError when the band's last unit is not done)."""
        r = self.review(child, band)
        if not r.complete:
            raise ValueError(
                self.tr("%1 has not finished the year for ages %2 yet.")
                .replace("%1", child.nickname)
                .replace("%2", band)
            )
        fam = self.svc.family()
        fav = r.favourite
        doc = self._document(self.tr("Year certificate for %1").replace("%1", child.nickname), 14)
        strand = fav.strand if fav else ""
        badge_url = QUrl(f"badge:{strand}")
        doc.addResource(QTextDocument.ResourceType.ImageResource, badge_url, badge_image(strand))
        heading = self.tr("Year certificate")
        celebrates = self.tr("This certificate celebrates")
        whole_year = self.tr("for a whole year of FamilySafe, ages %1").replace("%1", band)
        year_line = self.tr("The year %1").replace("%1", r.years)
        facts = (
            self.tr("%1 activities · %2 topics · %3 badges")
            .replace("%1", str(r.units_done))
            .replace("%2", str(len(r.topics)))
            .replace("%3", str(len(r.badges)))
        )
        topics = ", ".join(strand_name(t.strand) for t in r.topics)
        favourite = self.tr("Favourite badge: %1").replace("%1", fav.badge) if fav else ""
        finished = (
            self.tr("Finished on %1").replace("%1", _long(self.locale, r.last_day)) if r.last_day is not None else ""
        )
        signed = self.tr("Signed by a proud grown-up:")
        footer = self.tr("The %1 family · FamilySafe").replace("%1", fam.name) if fam else "FamilySafe"
        body = f"""
<div align="center">
<p style="font-size:30pt; font-weight:bold; color:#1f8a8a; margin-top:18px">{_esc(heading)}</p>
<p style="font-size:14pt">{_esc(celebrates)}</p>
<p style="font-size:34pt; font-weight:bold; color:#2d3142">{_esc(child.nickname)}</p>
<p style="font-size:15pt">{_esc(whole_year)}</p>
<p style="font-size:20pt; font-weight:bold; color:#2d3142">{_esc(year_line)}</p>
<p style="font-size:13pt">{_esc(facts)}</p>
<p style="font-size:11pt; color:#555555">{_esc(topics)}</p>
<p><img src="{badge_url.toString()}" width="170" height="170"></p>
<p style="font-size:15pt; font-weight:bold">{_esc(favourite)}</p>
<p style="font-size:12pt; margin-top:12px">{_esc(finished)}</p>
<p style="font-size:12pt; margin-top:30px">{_esc(signed)} ______________________</p>
<p style="font-size:10pt; color:#555555">{_esc(footer)}</p>
</div>"""
        fit_to_one_page(doc, body, 14)
        return doc

    def review_html(self, r: YearReview) -> str:
        """The year in review's body: the facts, topics covered, promises made, badges (the favourite marked)."""
        title = self.tr("Our year in review: %1").replace("%1", r.nickname)
        parts = [f'<p style="font-size:24pt; font-weight:bold; color:#1f8a8a">{_esc(title)}</p>']
        parts.append(f"<p>{_esc(review_facts(r))}</p>")
        topics_head = self.tr("Topics we covered")
        parts.append(f"<h3>{_esc(topics_head)}</h3>")
        if r.topics:
            parts.append("<ul>")
            for t in r.topics:
                units = "; ".join(f"{title} ({n})" for n, title in t.units)
                parts.append(f"<li><b>{_esc(strand_name(t.strand))}</b>: {_esc(units)}</li>")
            parts.append("</ul>")
        else:
            none_yet = self.tr("None yet.")
            parts.append(f"<p>{_esc(none_yet)}</p>")
        promises_head = self.tr("Promises we made")
        parts.append(f"<h3>{_esc(promises_head)}</h3>")
        if r.pledges:
            parts.append("<ul>")
            grown = self.tr("(the grown-up)")
            for pl in r.pledges:
                who = f" <i>{_esc(grown)}</i>" if pl.by_grown_up else ""
                parts.append(f"<li>\u201c{_esc(pl.text)}\u201d{who}</li>")
            parts.append("</ul>")
        else:
            no_promises = self.tr("No promises yet.")
            parts.append(f"<p>{_esc(no_promises)}</p>")
        badges_head = self.tr("Badges earned")
        parts.append(f"<h3>{_esc(badges_head)}</h3>")
        if r.badges:
            parts.append(f"<p><i>{_esc(favourite_rule(r))}</i></p>")
            fav = r.favourite
            if fav is not None:
                line = self.tr("\u2605 Favourite badge: %1 (unit %2, %3)")
                line = line.replace("%1", fav.badge).replace("%2", str(fav.unit)).replace("%3", fav.activity)
                parts.append(f'<p style="font-size:13pt; font-weight:bold">{_esc(line)}</p>')
            parts.append('<table cellpadding="3" cellspacing="0" width="100%">')
            fav_word = self.tr("\u2605 favourite")
            for b in r.badges:
                mark = f" <b>{_esc(fav_word)}</b>" if b.favourite else ""
                parts.append(
                    f"<tr><td>{_esc(str(b.unit))}.</td><td><b>{_esc(b.badge)}</b>{mark}</td>"
                    f"<td>{_esc(b.activity)}</td><td>{_esc(_long(self.locale, b.when))}</td></tr>"
                )
            parts.append("</table>")
        else:
            no_badges = self.tr("No badges yet.")
            parts.append(f"<p>{_esc(no_badges)}</p>")
        return "".join(parts)

    def year_review(self, child: Child, band: str) -> QTextDocument:
        """The "Year in review" page for the family (one or more pages)."""
        r = self.review(child, band)
        doc = self._document(self.tr("Year in review: %1").replace("%1", child.nickname), 11)
        doc.setHtml(self.review_html(r))
        return doc


def review_facts(r: YearReview) -> str:
    """ "Ages 8-10 · 2026 · 26 of 26 units · 390 minutes together"."""
    parts = [QCoreApplication.translate("YearReview", "Ages %1").replace("%1", r.band)]
    if r.years:
        parts.append(r.years)
    parts.append(
        QCoreApplication.translate("YearReview", "%1 of %2 units")
        .replace("%1", str(r.units_done))
        .replace("%2", str(r.total_units))
    )
    parts.append(QCoreApplication.translate("YearReview", "%1 minutes together").replace("%1", str(round(r.minutes))))
    return " \u00b7 ".join(parts)


def favourite_rule(r: YearReview) -> str:
    """The favourite rule, said to the family."""
    return QCoreApplication.translate(
        "YearReview",
        "\u2605 The favourite is the badge whose lesson %1 remembered most often in \u201cRemember?\u201d "
        "(the newest badge when none stands out).",
    ).replace("%1", r.nickname)
