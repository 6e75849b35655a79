"""Printouts through Qt alone (QTextDocument on a QPdfWriter or a QPrinter; no browser): a certificate
per finished unit, the family agreement, and a one-page summary per child for the grown-up.

Every document is built from escaped text, so nothing a family typed can become markup, and holds
no link or outside resource: the badge is rendered from its SVG into an image held by the document.
"""

from __future__ import annotations

import html
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QObject, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

from familysafe.core.content import STRANDS, Activity
from familysafe.core.models import Child, Note, Pledge
from familysafe.resources import asset
from familysafe.services.family import FamilyService
from familysafe.ui.i18n import strand_name

# A4 in points: the documents are laid out on this page and scaled to the printer's.
PAGE = QSizeF(595.0, 842.0)
MARGIN = 42.0
BADGE_PIXELS = 480
SUMMARY_NOTES = 8
NOTE_CHARS = 280


def badge_image(strand: str, size: int = BADGE_PIXELS) -> QImage:
    """The strand's badge (assets/badges/<strand>.svg) drawn into a transparent image; blank if missing."""
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    path = asset("badges", f"{strand}.svg")
    if path.is_file():
        renderer = QSvgRenderer(str(path))
        if renderer.isValid():
            p = QPainter(img)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(p)
            p.end()
    return img


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _date(locale: QLocale, when: datetime) -> str:
    return locale.toString(QDate(when.year, when.month, when.day), QLocale.FormatType.LongFormat)


def _new_document(title: str, point_size: float = 11.0) -> QTextDocument:
    doc = QTextDocument()
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setPageSize(PAGE)
    doc.setDocumentMargin(MARGIN)
    font = QFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setUndoRedoEnabled(False)
    return doc


def fit_to_one_page(doc: QTextDocument, html_text: str, start: float, smallest: float = 7.0) -> None:
    """Set `html_text` and shrink the default font until it fits on one page (or reaches `smallest`)."""
    size = start
    while True:
        font = doc.defaultFont()
        font.setPointSizeF(size)
        doc.setDefaultFont(font)
        doc.setHtml(html_text)
        if doc.pageCount() <= 1 or size <= smallest:
            return
        size = max(smallest, size - 0.5)


def save_pdf(doc: QTextDocument, dest: Path) -> Path:
    """Write the document as a PDF at `dest` (A4), through a temporary file so a failure leaves no
    half-written PDF and an old file of that name untouched. OSError when it cannot be written."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.partial")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("FamilySafe")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setResolution(300)
    doc.print_(writer)
    del writer  # the PDF is finished when the writer goes
    try:
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise OSError(f"the PDF could not be written to {dest.parent}")
        os.replace(tmp, dest)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def print_document(doc: QTextDocument, printer: QPrinter) -> None:
    """Send the document to a printer chosen in a QPrintDialog (or set up by the caller)."""
    doc.print_(printer)


class Printouts(QObject):
    """Builds the documents from the family's records; every string goes through tr()."""

    def __init__(self, svc: FamilyService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.locale = QLocale()

    # ------------------------------------------------------------ certificate

    def certificate(self, child: Child, unit: int) -> QTextDocument:
        """The certificate for a unit the child finished (ValueError if it is not finished)."""
        found = next((u for u in self.svc.finished_units(child) if u[0] == unit), None)
        if found is None:
            raise ValueError(
                self.tr("%1 has not finished unit %2 yet.").replace("%1", child.nickname).replace("%2", str(unit))
            )
        _, unit_title, acts, when = found
        first: Activity = acts[0]
        doc = _new_document(self.tr("Certificate for %1").replace("%1", child.nickname), 14)
        badge_url = QUrl(f"badge:{first.strand}")
        doc.addResource(QTextDocument.ResourceType.ImageResource, badge_url, badge_image(first.strand))
        fam = self.svc.family()
        titles = ", ".join(_esc(a.title) for a in acts)
        badges = ", ".join(dict.fromkeys(a.badge for a in acts))
        finishing = self.tr("for finishing unit %1: %2").replace("%1", str(unit)).replace("%2", unit_title)
        footer = self.tr("The %1 family · FamilySafe").replace("%1", fam.name) if fam else "FamilySafe"
        heading = self.tr("Certificate")
        celebrates = self.tr("This certificate celebrates")
        badge_line = self.tr("Badge: %1").replace("%1", badges)
        signed = self.tr("Signed by a proud grown-up:")
        body = f"""
<div align="center">
<p style="font-size:30pt; font-weight:bold; color:#1f8a8a; margin-top:24px">{_esc(heading)}</p>
<p style="font-size:14pt">{_esc(celebrates)}</p>
<p style="font-size:34pt; font-weight:bold; color:#2d3142">{_esc(child.nickname)}</p>
<p style="font-size:14pt">{_esc(finishing)}</p>
<p style="font-size:12pt; color:#555555">{titles}</p>
<p><img src="{badge_url.toString()}" width="200" height="200"></p>
<p style="font-size:16pt; font-weight:bold">{_esc(badge_line)}</p>
<p style="font-size:12pt">{_esc(strand_name(first.strand))}</p>
<p style="font-size:12pt; margin-top:18px">{_esc(_date(self.locale, when))}</p>
<p style="font-size:12pt; margin-top:36px">{_esc(signed)} ______________________</p>
<p style="font-size:10pt; color:#555555">{_esc(footer)}</p>
</div>"""
        fit_to_one_page(doc, body, 14)
        return doc

    # ------------------------------------------------------------ family agreement

    def agreement_html(self, pledges: list[Pledge], signers: list[str], family_name: str) -> str:
        """The agreement's body: promises grouped by topic (in the strands' order), then lines to sign."""
        by_strand: dict[str, list[str]] = {}
        for p in pledges:
            texts = by_strand.setdefault(p.strand, [])
            if p.text not in texts:  # two children can make the same promise: it is one promise
                texts.append(p.text)
        order = [s for s in STRANDS if s in by_strand] + sorted(s for s in by_strand if s not in STRANDS)
        title = self.tr("Our family agreement")
        promises = self.tr("The promises the %1 family made together").replace("%1", family_name)
        parts = [
            f'<p align="center" style="font-size:24pt; font-weight:bold; color:#1f8a8a">{_esc(title)}</p>',
            f'<p align="center" style="font-size:13pt">{_esc(promises)}</p>',
        ]
        if not order:
            no_promises = self.tr("No promises yet: they are added when you finish an activity.")
            parts.append(f"<p>{_esc(no_promises)}</p>")
        for strand in order:
            parts.append(f'<h3 style="color:#2d3142">{_esc(strand_name(strand))}</h3><ul>')
            parts += [f"<li>{_esc(t)}</li>" for t in by_strand[strand]]
            parts.append("</ul>")
        we_agree = self.tr("We agree, and we sign:")
        parts.append(f'<p style="margin-top:24px; font-weight:bold">{_esc(we_agree)}</p>')
        parts.append('<table width="100%" cellpadding="10">')
        date_label = self.tr("Date:")
        for name in signers:
            parts.append(
                f'<tr><td width="25%">{_esc(name)}</td><td width="45%">________________________</td>'
                f'<td width="30%">{_esc(date_label)} __________</td></tr>'
            )
        parts.append("</table>")
        return "".join(parts)

    def agreement(self) -> QTextDocument:
        """The family agreement built from the pledges the family actually made, with space to sign."""
        fam = self.svc.family()
        name = fam.name if fam else ""
        signers = [c.nickname for c in self.svc.children()] + [self.tr("Grown-up"), self.tr("Grown-up")]
        doc = _new_document(self.tr("Our family agreement"), 12)
        doc.setHtml(self.agreement_html(self.svc.pledges(), signers, name))
        return doc

    # ------------------------------------------------------------ summary for the grown-up

    def summary(self, child: Child) -> QTextDocument:
        """One page for the grown-up: progress, time, quiz results by topic, finished units and notes."""
        p = self.svc.progress(child)
        ov = self.svc.overview(child)
        notes: list[Note] = self.svc.notes(child)
        now = self.svc.clock.now()
        rows = []
        rows.append((self.tr("Activities finished"), str(p.finished)))
        rows.append((self.tr("Time together"), self.tr("%1 minutes").replace("%1", str(round(p.minutes)))))
        rows.append((self.tr("Ready to do now"), str(len(ov.todo))))
        if p.last_activity is not None:
            rows.append((self.tr("Last activity"), _date(self.locale, p.last_activity)))
        if ov.next_unlock is not None:
            d = ov.next_unlock.date
            rows.append(
                (
                    self.tr("Next unit opens"),
                    self.locale.toString(QDate(d.year, d.month, d.day), QLocale.FormatType.LongFormat),
                )
            )
        made = self.tr("Ages %1 · made on %2").replace("%1", child.age_band).replace("%2", _date(self.locale, now))
        heading = self.tr("FamilySafe summary: %1").replace("%1", child.nickname)
        quiz_heading = self.tr("Quiz answers by topic")
        parts = [
            f'<p style="font-size:20pt; font-weight:bold; color:#1f8a8a">{_esc(heading)}</p>',
            f"<p>{_esc(made)}</p>",
            '<table cellpadding="4">',
            *(f"<tr><td><b>{_esc(k)}</b></td><td>{_esc(v)}</td></tr>" for k, v in rows),
            "</table>",
            f"<h3>{_esc(quiz_heading)}</h3>",
        ]
        if p.quiz_by_strand:
            topic, right_first = self.tr("Topic"), self.tr("Right first time")
            parts.append('<table cellpadding="4" border="1" cellspacing="0">')
            parts.append(f"<tr><th>{_esc(topic)}</th><th>{_esc(right_first)}</th></tr>")
            for strand in [s for s in STRANDS if s in p.quiz_by_strand] + sorted(set(p.quiz_by_strand) - set(STRANDS)):
                right, asked = p.quiz_by_strand[strand]
                score = self.tr("%1 of %2").replace("%1", str(right)).replace("%2", str(asked))
                parts.append(f"<tr><td>{_esc(strand_name(strand))}</td><td>{_esc(score)}</td></tr>")
            parts.append("</table>")
        else:
            no_answers = self.tr("No quiz answers yet.")
            parts.append(f"<p>{_esc(no_answers)}</p>")
        units = self.svc.finished_units(child)
        units_heading = self.tr("Units finished")
        parts.append(f"<h3>{_esc(units_heading)}</h3>")
        if units:
            parts.append("<p>" + "; ".join(_esc(f"{n}. {title}") for n, title, _, _ in units) + "</p>")
        else:
            none_yet = self.tr("None yet.")
            parts.append(f"<p>{_esc(none_yet)}</p>")
        notes_heading = self.tr("Your notes")
        parts.append(f"<h3>{_esc(notes_heading)}</h3>")
        if notes:
            shown = notes[-SUMMARY_NOTES:]
            if len(notes) > len(shown):
                latest = self.tr("The latest %1 of %2 notes.").replace("%1", str(len(shown)))
                parts.append(f"<p><i>{_esc(latest.replace('%2', str(len(notes))))}</i></p>")
            parts.append("<ul>")
            for n in shown:
                text = n.text if len(n.text) <= NOTE_CHARS else n.text[: NOTE_CHARS - 1] + "…"
                parts.append(f"<li><b>{_esc(_date(self.locale, n.created))}</b>: {_esc(text)}</li>")
            parts.append("</ul>")
        else:
            no_notes = self.tr("No notes yet.")
            parts.append(f"<p>{_esc(no_notes)}</p>")
        private = self.tr("Private: this page is about your child. Keep it somewhere safe.")
        parts.append(f'<p style="font-size:8pt; color:#555555">{_esc(private)}</p>')
        doc = _new_document(heading, 11)
        fit_to_one_page(doc, "".join(parts), 11)
        return doc
