"""Printouts through Qt alone (QTextDocument on a QPdfWriter or a QPrinter; no browser): a certificate
per finished unit, the family agreement, a one-page summary per child for the grown-up, and (issue 19)
a printed activity and conversation cards, for a family or a school.

Every PDF has the paper of its place (A4, or Letter where Letter is the custom: `page_size_for`), a
title and a language in its metadata (the Info title and XMP dc:language), and the easy-read font,
embedded, when the family chose it. What may be printed is decided in services.printing.

Every document is built from escaped text, so nothing a family typed can become markup, and holds
no link or outside resource: the badge is rendered from its SVG into an image held by the document.
"""

from __future__ import annotations

import html
import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QByteArray, QDate, QLocale, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgRenderer

from familysafe.core import content as c
from familysafe.core.content import STRANDS, Activity
from familysafe.core.models import Child, Note, Pledge
from familysafe.resources import asset
from familysafe.services import printing
from familysafe.services.family import FamilyService
from familysafe.ui.i18n import plural, strand_name

# A4 in points: the documents are laid out on this page and scaled to the printer's.
PAGE = QSizeF(595.0, 842.0)
MARGIN = 42.0
BADGE_PIXELS = 480
SUMMARY_NOTES = 8
NOTE_CHARS = 280


# Where Letter paper is the custom (the rest of the world prints on A4). QLocale's measurement system
# says "US" for the United States only; its neighbours that print on Letter are named here.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "PR", "SV", "NI", "HN"}
)


def page_size_for(locale: QLocale | None = None, country: str | None = None) -> QPageSize:
    """A4, or Letter where Letter is used: from the family's country when known, else the locale."""
    locale = locale or QLocale()
    code = (country or QLocale.territoryToCode(locale.territory()) or "").upper()
    if code in LETTER_TERRITORIES or (
        not country and locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    ):
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def badge_image(strand: str, size: int = BADGE_PIXELS) -> QImage:
    """The strand's badge (assets/badges/<strand>.svg) drawn into a transparent image; blank if missing."""
    return svg_image(asset("badges", f"{strand}.svg"), size)


def svg_image(path: Path, size: int) -> QImage:
    """An SVG drawn into a transparent square image; blank if it is missing or broken."""
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
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


def _new_document(
    title: str,
    point_size: float = 11.0,
    *,
    page: QPageSize | None = None,
    language: str | None = None,
    font_family: str | None = None,
) -> QTextDocument:
    """A document laid out on `page` (the locale's paper when None), tagged with its title and language."""
    page = page or page_size_for()
    doc = QTextDocument()
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setPageSize(page.size(QPageSize.Unit.Point))
    doc.setDocumentMargin(MARGIN)
    font = QFont(font_family) if font_family else QFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setUndoRedoEnabled(False)
    doc.setProperty("familysafe_title", title)  # setHtml() clears the document's own title
    doc.setProperty("familysafe_page", page.id().value)
    doc.setProperty("familysafe_language", language or QLocale().bcp47Name())
    return doc


def _xmp(title: str, language: str) -> bytes:
    """The XMP packet: the title and the language (dc:language), which the PDF's readers show."""
    t, lang = _esc(title), _esc(language)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{t}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>"
        "<dc:creator><rdf:Seq><rdf:li>FamilySafe</rdf:li></rdf:Seq></dc:creator>"
        "<xmp:CreatorTool>FamilySafe</xmp:CreatorTool><pdf:Producer>FamilySafe (Qt)</pdf:Producer>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    ).encode()


def _writer(tmp: Path, title: str, language: str, page: QPageSize) -> QPdfWriter:
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("FamilySafe")
    writer.setDocumentXmpMetadata(QByteArray(_xmp(title, language)))
    writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF()))
    writer.setResolution(300)
    return writer


def _publish(tmp: Path, dest: Path) -> Path:
    try:
        if not tmp.is_file() or tmp.stat().st_size == 0:
            raise OSError(f"the PDF could not be written to {dest.parent}")
        os.replace(tmp, dest)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    return dest


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
    """Write the document as a PDF at `dest` (on the paper it was laid out for), through a temporary
    file so a failure leaves no half-written PDF and an old file of that name untouched. OSError when
    it cannot be written."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.partial")
    page_id = doc.property("familysafe_page")
    page = QPageSize(QPageSize.PageSizeId(page_id)) if page_id is not None else QPageSize(QPageSize.PageSizeId.A4)
    title = str(doc.property("familysafe_title") or doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer = _writer(tmp, title, str(doc.property("familysafe_language") or QLocale().bcp47Name()), page)
    doc.print_(writer)
    del writer  # the PDF is finished when the writer goes
    return _publish(tmp, dest)


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

    def certificate(self, child: Child, unit: int, band: str | None = None) -> QTextDocument:
        """The certificate for a unit the child finished in `band` (None: their band now; ValueError if it
        is not finished)."""
        found = next((u for u in self.svc.finished_units(child, band) if u[0] == unit), None)
        if found is None:
            raise ValueError(
                self.tr("%1 has not finished unit %2 yet.").replace("%1", child.nickname).replace("%2", str(unit))
            )
        _, unit_title, acts, when = found
        first: Activity = acts[0]
        doc = self._document(self.tr("Certificate for %1").replace("%1", child.nickname), 14)
        badge_url = QUrl(f"badge:{first.strand}")
        doc.addResource(QTextDocument.ResourceType.ImageResource, badge_url, badge_image(first.strand))
        fam = self.svc.family()
        titles = ", ".join(dict.fromkeys(_esc(a.title) for a in acts))
        badges = ", ".join(dict.fromkeys(a.badge for a in acts))
        finishing = self.tr("for finishing")
        theme = self.tr("Unit %1: %2").replace("%1", str(unit)).replace("%2", unit_title)
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
<p style="font-size:20pt; font-weight:bold; color:#2d3142">{titles}</p>
<p style="font-size:12pt; color:#555555">{_esc(theme)}</p>
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

    def agreement_html(
        self,
        pledges: list[Pledge],
        signers: list[str],
        family_name: str,
        grown_ups: int = 2,
        names: Mapping[int, str] | None = None,
    ) -> str:
        """The agreement's body: by topic (in the strands' order), each promise the children made (once,
        with who agreed to it, by `names`) beside the grown-up's from the same activity, then a line for
        everyone to sign."""
        rows = printing.agreement_rows(pledges, names)
        title = self.tr("Our family agreement")
        promises = self.tr("The promises the %1 family made together").replace("%1", family_name)
        parts = [
            f'<p align="center" style="font-size:24pt; font-weight:bold; color:#1f8a8a">{_esc(title)}</p>',
            f'<p align="center" style="font-size:13pt">{_esc(promises)}</p>',
        ]
        if not rows:
            no_promises = self.tr("No promises yet: they are added when you finish an activity.")
            parts.append(f"<p>{_esc(no_promises)}</p>")
        else:
            ours, theirs = self.tr("Our promises"), self.tr("The grown-ups' promises")
            parts.append('<table width="100%" cellpadding="6" cellspacing="0">')
            head = '<th width="50%" align="left">'
            parts.append(f"<tr>{head}{_esc(ours)}</th>{head}{_esc(theirs)}</th></tr>")
            strand = None
            for r in rows:
                if r.strand != strand:
                    strand = r.strand
                    parts.append(
                        f'<tr><td colspan="2"><h3 style="color:#2d3142">{_esc(strand_name(strand))}</h3></td></tr>'
                    )
                who = ""
                if r.child and r.who:
                    agreed = self.tr("Agreed by %1").replace("%1", ", ".join(r.who))
                    who = f'<br><span style="font-size:10pt; color:#555555">{_esc(agreed)}</span>'
                parts.append(f"<tr><td>{_esc(r.child)}{who}</td><td>{_esc(r.grown_up)}</td></tr>")
            parts.append("</table>")
        we_agree = self.tr("We agree, and we sign:")
        parts.append(f'<p style="margin-top:24px; font-weight:bold">{_esc(we_agree)}</p>')
        parts.append('<table width="100%" cellpadding="10">')
        date_label = self.tr("Date:")
        child_sig, grown_sig = self.tr("Child's signature:"), self.tr("Grown-up's signature:")
        grown_up, name_line = self.tr("Grown-up"), self.tr("Name: ____________")
        people = [(_esc(n), child_sig) for n in signers] + [
            (f"{_esc(grown_up)}<br>{_esc(name_line)}", grown_sig) for _ in range(grown_ups)
        ]
        for who, label_text in people:
            parts.append(
                f'<tr><td width="25%">{who}</td><td width="50%">{_esc(label_text)} ________________</td>'
                f'<td width="25%">{_esc(date_label)} ________</td></tr>'
            )
        parts.append("</table>")
        return "".join(parts)

    def agreement(self) -> QTextDocument:
        """The family agreement built from the pledges the family actually made, with space to sign."""
        fam = self.svc.family()
        name = fam.name if fam else ""
        signers = [c.nickname for c in self.svc.children()]
        doc = self._document(self.tr("Our family agreement"), 12)
        names = {c.id: c.nickname for c in self.svc.children(include_archived=True) if c.id is not None}
        doc.setHtml(self.agreement_html(self.svc.pledges(), signers, name, names=names))
        return doc

    # ------------------------------------------------------------ a printed activity and cards (issue 19)

    def activity(self, child: Child, activity_id: str) -> QTextDocument:
        """The activity printed for this child; printing.NotPrintable when it is locked for them."""
        act = printing.activity_for_child(self.svc, child, activity_id)
        return Handouts(self.page(), self.easy_read_family(), self.svc.library).activity(act)

    def cards_pdf(self, child: Child, dest: Path) -> Path:
        """The conversation cards of the units the child finished, four to a page, as a PDF at `dest`."""
        cards = printing.cards_for_child(self.svc, child)
        if not cards:
            raise printing.NotPrintable(
                self.tr("%1 has not finished a unit yet: the cards come with finished units.").replace(
                    "%1", child.nickname
                )
            )
        title = self.tr("Conversation cards for %1").replace("%1", child.nickname)
        return Handouts(self.page(), self.easy_read_family(), self.svc.library).cards_pdf(cards, dest, title)

    # ------------------------------------------------------------ the family's paper and font

    def page(self) -> QPageSize:
        """The family's paper: Letter in the countries that use it, else A4."""
        fam = self.svc.family()
        return page_size_for(self.locale, fam.country if fam and fam.country else None)

    def easy_read_family(self) -> str | None:
        """The easy-read font's family when the family chose it (then every printout embeds it)."""
        fam = self.svc.family()
        if fam and fam.settings.easy_read_font:
            from familysafe.ui.theme import easy_read_family

            return easy_read_family()
        return None

    def _document(self, title: str, point_size: float) -> QTextDocument:
        return _new_document(title, point_size, page=self.page(), font_family=self.easy_read_family())

    # ------------------------------------------------------------ summary for the grown-up

    def summary(self, child: Child) -> QTextDocument:
        """One page for the grown-up: progress, time, quiz results by topic, finished units and notes."""
        p = self.svc.progress(child)
        ov = self.svc.overview(child)
        notes: list[Note] = self.svc.notes(child)
        now = self.svc.clock.now()
        rows = []
        rows.append((self.tr("Activities finished"), str(p.finished)))
        rows.append((self.tr("Time together"), plural(self.tr("%n minute(s)", "", round(p.minutes)), round(p.minutes))))
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
            from familysafe.services.together import sittings_of  # issue 18: units done together are marked

            together = {rec.unit for rec, _, _, pending in sittings_of(self.svc, child) if not pending}
            mark = " " + self.tr("(together)")
            parts.append(
                "<p>" + "; ".join(_esc(f"{n}. {title}" + (mark if n in together else "")) for n, title, _, _ in units)
                + "</p>"
            )  # fmt: skip
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
        doc = self._document(heading, 11)
        fit_to_one_page(doc, "".join(parts), 11)
        return doc


# ---------------------------------------------------------------- a printed activity and cards


PICTURE_PIXELS = 240
CHILD_PT = 16.0
TICK = "☐"


class Handouts(QObject):
    """A printed activity and conversation cards, from content alone: the parent area and the session's
    end screen use it through Printouts (which checks the activity is open), `familysafe-cli print`
    directly (a school handout has no family)."""

    def __init__(
        self,
        page: QPageSize | None = None,
        font_family: str | None = None,
        library: c.Library | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page or page_size_for()
        self.font_family = font_family
        self.library = library

    def language(self, act: Activity) -> str:
        """The language the activity is written in (its pack's), for the PDF's metadata."""
        if self.library is not None:
            pack_id = self.library.pack_of.get(act.id)
            for lp in self.library.packs:
                if lp.pack is not None and lp.pack.id == pack_id:
                    return lp.pack.language
        return QLocale().bcp47Name()

    # ------------------------------------------------------------ the activity

    def activity(self, act: Activity) -> QTextDocument:
        """The child's pages (large type, pictures, quiz and scenario as tick-boxes, the checklist, the
        pledge with lines to sign), then on their own pages the grown-up's notes and "if your child
        tells you"."""
        doc = _new_document(
            act.title, CHILD_PT, page=self.page, language=self.language(act), font_family=self.font_family
        )
        pictures: set[str] = set()

        def pic(name: str, size: int = 110) -> str:
            if name not in pictures:
                pictures.add(name)
                doc.addResource(
                    QTextDocument.ResourceType.ImageResource,
                    QUrl(f"pic:{name}"),
                    svg_image(asset("pictures", f"{name}.svg"), PICTURE_PIXELS),
                )
            return f'<img src="pic:{name}" width="{size}" height="{size}">'

        def para(text: str) -> str:
            blocks = [b for b in text.strip().split("\n\n") if b.strip()]
            out = []
            for b in blocks:
                lines = b.strip().splitlines()
                if all(line.lstrip().startswith("- ") for line in lines):
                    out.append("<ul>" + "".join(f"<li>{_esc(line.lstrip()[2:])}</li>" for line in lines) + "</ul>")
                else:
                    out.append(f"<p>{_esc(' '.join(line.strip() for line in lines))}</p>")
            return "".join(out)

        def ticks(items: list[str]) -> str:
            return "".join(f'<p style="margin-left:18px">{TICK}&nbsp;&nbsp;{_esc(t)}</p>' for t in items)

        ages = self.tr("Ages %1 · Unit %2 · about %3 minutes").replace("%1", act.band).replace("%2", str(act.unit))
        ages = ages.replace("%3", f"{act.minutes:g}")
        badge = self.tr("Badge: %1").replace("%1", act.badge)
        parts = [
            f'<p style="font-size:28pt; font-weight:bold; color:#1f8a8a">{_esc(act.title)}</p>',
            f'<p style="font-size:12pt; color:#555555">{_esc(ages)} · {_esc(badge)}</p>',
        ]
        for n, step in enumerate(act.steps, 1):
            parts.append('<table width="100%" cellpadding="4" style="margin-top:14px"><tr>')
            parts.append(f'<td width="120" valign="top">{pic(step.picture)}</td><td valign="top">')
            parts.append(f'<p style="font-size:11pt; color:#555555">{n}.</p>{para(step.child)}')
            if isinstance(step, c.StoryStep):
                for page in step.pages:
                    parts.append(f'<table cellpadding="2"><tr><td valign="top">{pic(page.picture, 60)}</td>')
                    parts.append(f"<td>{para(page.text)}</td></tr></table>")
            elif isinstance(step, c.QuizStep):
                for q in step.questions:
                    parts.append(f"<p><b>{_esc(q.text)}</b></p>{ticks([o.text for o in q.options])}")
            elif isinstance(step, c.ScenarioStep):
                for node in _walk(step):
                    if node.choices:
                        parts.append(f"<p>{_esc(node.text)}</p>{ticks([ch.text for ch in node.choices])}")
                    else:
                        ending = self.tr("One ending:")
                        parts.append(f"<p><i>{_esc(ending)}</i> {_esc(node.text)}</p>")
            elif isinstance(step, c.ActivityStep):
                parts.append(ticks(list(step.checklist)))
                later = getattr(step, "later", None)  # "to do together later" (issue 13), where present
                if later:
                    parts.append(f"<p><i>{_esc(self.tr('To do together later:'))}</i></p>{ticks(list(later))}")
            elif isinstance(step, c.ReflectStep):
                parts.append(f"<p><b>{_esc(step.prompt)}</b></p>")
                parts.append("<p>" + "<br><br>".join(["_" * 30] * 3) + "</p>")
            parts.append("</td></tr></table>")
            if isinstance(step, c.PledgeStep):
                parts.append(self._pledge_box(step))
        # The grown-up's pages.
        parts.append('<div style="page-break-before: always"></div>')
        for_grown_up = self.tr("For the grown-up: %1").replace("%1", act.title)
        parts.append(f'<p style="font-size:20pt; font-weight:bold; color:#1f8a8a">{_esc(for_grown_up)}</p>')
        small = 'style="font-size:11pt"'
        parts.append(f"<div {small}>{para(act.intro)}</div>")
        parts.append(f"<h3>{_esc(self.tr('Remember together'))}</h3><ul {small}>")
        parts += [f"<li>{_esc(k.text)}</li>" for k in act.key_messages]
        parts.append("</ul>")
        parts.append(f"<h3>{_esc(self.tr('Step by step'))}</h3>")
        for n, step in enumerate(act.steps, 1):
            minutes = self.tr("%1 min").replace("%1", f"{step.minutes:g}")
            parts.append(f"<p {small}><b>{n}. ({_esc(minutes)})</b></p><div {small}>{para(step.grown_up)}</div>")
            if isinstance(step, c.QuizStep):
                for q in step.questions:
                    right = [o.text for o in q.options if o.correct]
                    if right:
                        answer = (
                            self.tr("Answer to \u201c%1\u201d: %2")
                            .replace("%1", q.text)
                            .replace("%2", " / ".join(right))
                        )
                    else:
                        answer = self.tr("\u201c%1\u201d has no single right answer: talk it through.").replace(
                            "%1", q.text
                        )
                    parts.append(f"<p {small}><i>{_esc(answer)}</i></p>")
        parts.append('<div style="page-break-before: always"></div>')
        tells = self.tr("If your child tells you something worrying")
        parts.append(f'<p style="font-size:20pt; font-weight:bold; color:#1f8a8a">{_esc(tells)}</p>')
        parts.append(f"<div {small}>{para(act.if_worried)}</div>")
        if act.conversation:
            later_q = self.tr("For later: three questions for the car or the table")
            parts.append(f"<h3>{_esc(later_q)}</h3><ol {small}>")
            parts += [f"<li>{_esc(q)}</li>" for q in act.conversation]
            parts.append("</ol>")
        help_line = self.tr("The app's Help page has the helplines and reporting contacts for your country.")
        parts.append(f'<p style="font-size:10pt; color:#555555">{_esc(help_line)}</p>')
        doc.setHtml("".join(parts))
        return doc

    def _pledge_box(self, step: c.PledgeStep) -> str:
        child_sig, grown_sig = self.tr("Child's signature:"), self.tr("Grown-up's signature:")
        line = "_" * 22
        left = (
            f'<p style="font-size:17pt; font-weight:bold">\u201c{_esc(step.pledge)}\u201d</p>'
            f"<p><br>{_esc(child_sig)}<br><br>{line}</p>"
        )
        if not step.grown_up_pledge:
            return f'<table width="100%" cellpadding="8" border="1" cellspacing="0"><tr><td>{left}</td></tr></table>'
        grown = self.tr("And the grown-up's promise:")
        right = (
            f'<p style="font-size:11pt">{_esc(grown)}</p>'
            f'<p style="font-size:16pt; font-weight:bold">\u201c{_esc(step.grown_up_pledge)}\u201d</p>'
            f"<p><br>{_esc(grown_sig)}<br><br>{line}</p>"
        )
        return (
            '<table width="100%" cellpadding="8" border="1" cellspacing="0">'
            f'<tr><td width="50%" valign="top">{left}</td><td width="50%" valign="top">{right}</td></tr></table>'
        )

    # ------------------------------------------------------------ conversation cards

    def cards_pdf(self, cards: list[printing.Card], dest: Path, title: str | None = None) -> Path:
        """Conversation cards, four to a page (A6 on A4; a quarter of Letter), with dashed cut lines."""
        if not cards:
            raise printing.NotPrintable(self.tr("There are no conversation cards to print."))
        dest = Path(dest)
        tmp = dest.with_name(f".{dest.name}.partial")
        title = title or self.tr("Conversation cards")
        language = QLocale().bcp47Name()
        if self.library is not None:
            act = self.library.activities.get(cards[0].activity_id)
            if act is not None:
                language = self.language(act)
        writer = _writer(tmp, title, language, self.page)
        painter = QPainter(writer)
        try:
            width, height = float(writer.width()), float(writer.height())
            for first in range(0, len(cards), 4):
                if first:
                    writer.newPage()
                self._cut_lines(painter, width, height)
                for i, card in enumerate(cards[first : first + 4]):
                    x = (i % 2) * width / 2
                    y = (i // 2) * height / 2
                    self._card(painter, card, QRectF(x, y, width / 2, height / 2))
        finally:
            painter.end()
        del writer
        return _publish(tmp, dest)

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font_family) if self.font_family else QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def _cut_lines(self, painter: QPainter, width: float, height: float) -> None:
        pen = QPen(QColor("#888888"))
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setWidthF(3)
        painter.setPen(pen)
        painter.drawLine(QPointF(width / 2, 0), QPointF(width / 2, height))
        painter.drawLine(QPointF(0, height / 2), QPointF(width, height / 2))

    def _card(self, painter: QPainter, card: printing.Card, cell: QRectF) -> None:
        pad = cell.width() * 0.09
        r = cell.adjusted(pad, pad, -pad, -pad)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        y = r.top()

        def draw(text: str, font: QFont, colour: str, gap: float) -> None:
            nonlocal y
            painter.setFont(font)
            painter.setPen(QColor(colour))
            box = QRectF(r.left(), y, r.width(), r.bottom() - y)
            used = painter.boundingRect(box, flags, text)
            painter.drawText(box, flags, text)
            y += used.height() + gap

        gap = r.height() * 0.05
        draw(self.tr("Let's talk"), self._font(11, True), "#1f8a8a", gap / 4)
        draw(card.title, self._font(15, True), "#2d3142", gap / 4)
        ages = self.tr("Ages %1 · Unit %2").replace("%1", card.band).replace("%2", str(card.unit))
        draw(ages, self._font(9), "#555555", gap)
        for n, q in enumerate(card.questions, 1):
            draw(f"{n}.  {q}", self._font(14), "#000000", gap)
        painter.setFont(self._font(8))
        painter.setPen(QColor("#555555"))
        footer = self.tr("For the car or the dinner table: no right answers, just listen. · FamilySafe")
        painter.drawText(
            r, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap), footer
        )


def _walk(step: c.ScenarioStep) -> list[c.Node]:
    """The scenario's nodes in reading order: from the start, each choice's node after it."""
    index = {n.id: n for n in step.nodes}
    order: list[c.Node] = []
    queue = [step.start]
    while queue:
        node_id = queue.pop(0)
        node = index.get(node_id)
        if node is None or node in order:
            continue
        order.append(node)
        queue += [ch.next for ch in node.choices]
    return order
