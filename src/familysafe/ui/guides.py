"""Guides for grown-ups: the list of unlocked guides, search and filters, a sealed reader, print and PDF.

The reader never loads anything: guide text is escaped by `core.guides.markdown_to_html`, links are
not followed, and `loadResource` answers every request with an empty value of its own, so neither
Qt's built-in file loader nor anything else is ever reached.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QMarginsF, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from familysafe.core.content import STRANDS, Guide
from familysafe.core.guides import (
    filter_guides,
    guide_for_activity,
    guide_open_units,
    mark_read,
    mark_unread,
    markdown_to_html,
    new_since,
    read_guide_ids,
    search,
    unlocked_guides,
)
from familysafe.core.models import AGE_BANDS
from familysafe.services.family import FamilyService
from familysafe.ui import theme
from familysafe.ui.folders import documents_dir
from familysafe.ui.widgets import FlowLayout, button, label, scrolling, text_scale

__all__ = [
    "GuideDialog",
    "GuideReader",
    "GuidesScreen",
    "SealedDocument",
    "SealedTextBrowser",
    "guide_for_activity",
]

GUIDE_ID_ROLE = Qt.ItemDataRole.UserRole
# The topic names of core.content.STRANDS, listed here so lupdate sees them: GuidesScreen shows them
# through self.tr(name).
STRAND_NAMES = (
    QT_TRANSLATE_NOOP("GuidesScreen", "Self-image and identity"),
    QT_TRANSLATE_NOOP("GuidesScreen", "Online relationships"),
    QT_TRANSLATE_NOOP("GuidesScreen", "Online reputation"),
    QT_TRANSLATE_NOOP("GuidesScreen", "Online bullying"),
    QT_TRANSLATE_NOOP("GuidesScreen", "Managing online information"),
    QT_TRANSLATE_NOOP("GuidesScreen", "Health, wellbeing and lifestyle"),
    QT_TRANSLATE_NOOP("GuidesScreen", "Privacy and security"),
    QT_TRANSLATE_NOOP("GuidesScreen", "Copyright and ownership"),
)
GUIDE_NEW_ROLE = Qt.ItemDataRole.UserRole + 1


def _nothing(resource_type: int) -> Any:
    # A null value is not enough: Qt then falls back to reading local files itself. An empty value of
    # the right kind is an answer, so nothing is loaded from disk, from data: URLs or from anywhere.
    return QImage() if resource_type == QTextDocument.ResourceType.ImageResource.value else " "


class SealedTextBrowser(QTextBrowser):
    """A read-only rich-text view that follows no link and loads no resource, local or remote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Nothing, ever."""
        return _nothing(type)


class SealedDocument(QTextDocument):
    """A text document for printing that loads no resource either."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Nothing, ever."""
        return _nothing(type)


def _scale() -> float:
    app = QApplication.instance()
    value = app.property("familysafe_scale") if app is not None else None
    try:
        return min(max(float(value), 0.5), 4.0) if value is not None else 1.0
    except (TypeError, ValueError):
        return 1.0


def _children_unlocks(svc: FamilyService) -> dict[int, tuple[str, set[int]]]:
    return {
        c.id: (c.age_band, svc.unlocked_units(c))
        for c in svc.children()
        if c.id is not None
    }


def _read_ids(svc: FamilyService) -> set[str]:
    fam = svc.family()
    return read_guide_ids(fam.settings) if fam is not None else set()


def _save_read(svc: FamilyService, guide_id: str, read: bool) -> bool:
    # Read the family afresh just before saving, so no other setting is overwritten with an old value.
    fam = svc.family()
    if fam is None:
        return False
    fam.settings = mark_read(fam.settings, guide_id) if read else mark_unread(fam.settings, guide_id)
    svc.save_family(fam)
    return True


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "guide"


class GuideReader(QWidget):
    """One guide: the sealed reader at the app's text size, "Mark as read", print and save as PDF."""

    read_changed = Signal(str, bool)  # guide id, read

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self.guide: Guide | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.browser = SealedTextBrowser()
        self.browser.setObjectName("guideReader")
        self.browser.setAccessibleName(self.tr("Guide text"))
        lay.addWidget(self.browser, 1)
        buttons = QWidget()
        row = FlowLayout(buttons, align_right=False)
        row.setContentsMargins(0, 0, 0, 0)
        self.read_btn = button(self.tr("Mark as read"), object_name="primary")
        self.read_btn.clicked.connect(self.toggle_read)
        self.print_btn = button(self.tr("Print…"), self.tr("Print this guide"))
        self.print_btn.clicked.connect(self.print_guide)
        self.pdf_btn = button(self.tr("Save as PDF…"), self.tr("Save this guide as a PDF file"))
        self.pdf_btn.clicked.connect(self.save_pdf)
        row.addWidget(self.read_btn)
        row.addWidget(self.print_btn)
        row.addWidget(self.pdf_btn)
        lay.addWidget(buttons)  # a flow layout: at large text sizes the buttons wrap instead of clipping
        self.status = label("", "muted")
        self.status.setVisible(False)
        lay.addWidget(self.status)
        QWidget.setTabOrder(self.browser, self.read_btn)
        QWidget.setTabOrder(self.read_btn, self.print_btn)
        QWidget.setTabOrder(self.print_btn, self.pdf_btn)
        self.show_guide(None)

    # ------------------------------------------------------------ showing

    def html(self, guide: Guide) -> str:
        """The whole guide as safe HTML: title, summary, body and when it was last checked."""
        reviewed = QLocale().toString(
            QDate(guide.reviewed.year, guide.reviewed.month, guide.reviewed.day), "d MMMM yyyy"
        )
        checked = self.tr("Last checked on %1.").replace("%1", reviewed)
        return (
            f"<h1>{html.escape(guide.title)}</h1>"
            f"<p><em>{html.escape(guide.summary)}</em></p>"
            f"{markdown_to_html(guide.body)}"
            f"<p>{html.escape(checked)}</p>"
        )

    def show_guide(self, guide: Guide | None) -> None:
        """Show a guide (None: a short hint instead)."""
        self.guide = guide
        self.status.setVisible(False)
        self.apply_text_size()
        if guide is None:
            hint = self.tr("Choose a guide from the list to read it here.")
            self.browser.setHtml(f"<p>{html.escape(hint)}</p>")
            self.browser.setAccessibleName(self.tr("Guide text"))
        else:
            self.browser.setHtml(self.html(guide))
            self.browser.setAccessibleName(self.tr("Guide: %1").replace("%1", guide.title))
            self.browser.setAccessibleDescription(guide.summary)
        for b in (self.read_btn, self.print_btn, self.pdf_btn):
            b.setEnabled(guide is not None)
        self._update_read_button()

    def apply_text_size(self) -> None:
        """Follow the app's text size (QApplication property "familysafe_scale")."""
        self.browser.setStyleSheet(f"font-size: {theme.BASE_PT * _scale():.1f}pt;")

    def is_read(self) -> bool:
        """Whether the guide shown is marked as read."""
        return self.guide is not None and self.guide.id in _read_ids(self.svc)

    def _update_read_button(self) -> None:
        text = self.tr("Mark as not read") if self.is_read() else self.tr("Mark as read")
        self.read_btn.setText(text)
        self.read_btn.setAccessibleName(text)

    def toggle_read(self) -> None:
        """Mark the guide shown as read, or as not read when it already is."""
        if self.guide is None:
            return
        read = not self.is_read()
        if _save_read(self.svc, self.guide.id, read):
            self._update_read_button()
            self.read_changed.emit(self.guide.id, read)

    def showEvent(self, event: QShowEvent) -> None:
        self.apply_text_size()
        super().showEvent(event)

    # ------------------------------------------------------------ print and PDF

    def document(self) -> QTextDocument:
        """The guide as a sealed document for printing, at the app's text size."""
        doc = SealedDocument(self)
        font = QFont(self.browser.font())
        font.setPointSizeF(theme.BASE_PT * _scale())
        doc.setDefaultFont(font)
        if self.guide is not None:
            doc.setHtml(self.html(self.guide))
            doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.guide.title)
        return doc

    def ask_printer(self) -> QPrinter | None:
        """The printer the grown-up chose, or None when they cancelled."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the guide"))
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_pdf_path(self) -> Path | None:
        """Where to save the PDF, or None when the grown-up cancelled."""
        name = _slug(self.guide.title if self.guide else "guide") + ".pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the guide as a PDF"), str(documents_dir() / name), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        p = Path(path)
        return p if p.suffix.lower() == ".pdf" else p.with_name(p.name + ".pdf")

    def print_guide(self) -> None:
        """Print the guide shown."""
        if self.guide is None:
            return
        printer = self.ask_printer()
        if printer is not None:
            self.document().print_(printer)

    def save_pdf(self) -> Path | None:
        """Save the guide shown as a PDF; return where, or None when cancelled or it failed."""
        if self.guide is None:
            return None
        path = self.ask_pdf_path()
        if path is None:
            return None
        writer = QPdfWriter(str(path))
        writer.setTitle(self.guide.title)
        writer.setCreator("FamilySafe")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        self.document().print_(writer)
        del writer  # the file is finished when the writer goes
        ok = path.is_file() and path.stat().st_size > 0
        self.status.setText(
            self.tr("Saved to %1").replace("%1", str(path))
            if ok
            else self.tr("The PDF could not be saved in %1. Try another folder.").replace(
                "%1", str(path.parent)
            )
        )
        self.status.setVisible(True)
        return path if ok else None


class GuidesScreen(QWidget):
    """The parent guides: the unlocked ones (new ones marked "New"), search, topic and age filters,
    and the reader."""

    new_count_changed = Signal(int)

    def __init__(self, svc: FamilyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.svc = svc
        self._unlocked: list[Guide] = []
        self._read: set[str] = set()

        outer = QHBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(16)
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Guides for grown-ups"), "subtitle"))
        self.intro = label(
            self.tr("A short guide opens with each unit, to read before or after the activity."), "muted"
        )
        side.addWidget(self.intro)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search the guides"))
        self.search_edit.setAccessibleName(self.tr("Search the guides"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._populate)
        side.addWidget(self.search_edit)
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.addItem(self.tr("All topics"), None)
        for strand_id, name in STRANDS.items():
            self.topic.addItem(self.tr(name), strand_id)
        self.topic.currentIndexChanged.connect(self._populate)
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(8)
        self.band = QComboBox()
        self.band.setAccessibleName(self.tr("Age group"))
        self.band.addItem(self.tr("All ages"), None)
        for b in AGE_BANDS:
            self.band.addItem(self.tr("Ages %1").replace("%1", b), b)
        self.band.currentIndexChanged.connect(self._populate)
        self.band.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.band.setMinimumContentsLength(8)
        filters = QWidget()  # side by side, or one under the other in a narrow column
        fl = FlowLayout(filters)
        fl.setContentsMargins(0, 0, 0, 0)
        fl.addWidget(self.topic)
        fl.addWidget(self.band)
        side.addWidget(filters)
        self.count = label("", "muted")
        side.addWidget(self.count)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Guides"))
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.list.currentItemChanged.connect(self._current_changed)
        side.addWidget(self.list, 1)
        self.empty = label("", "muted")
        self.empty.setVisible(False)
        side.addWidget(self.empty)
        self.reader = GuideReader(svc)
        self.reader.read_changed.connect(self._read_changed)
        # The list and its filters scroll as one column when the window is short (1024×600 at 200 %).
        self.list.setMinimumHeight(round(120 * text_scale()))
        side_page = QWidget()
        side_page.setLayout(side)
        side.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(side_page, self.tr("Guides for grown-ups")), 2)
        outer.addWidget(self.reader, 3)

        QWidget.setTabOrder(self.search_edit, self.topic)
        QWidget.setTabOrder(self.topic, self.band)
        QWidget.setTabOrder(self.band, self.list)
        QWidget.setTabOrder(self.list, self.reader.browser)
        self.refresh()

    # ------------------------------------------------------------ state

    def refresh(self) -> None:
        """Reload which guides are open and which were read, and follow the app's text size."""
        units = guide_open_units(_children_unlocks(self.svc))
        self._unlocked = unlocked_guides(self.svc.library.guides.values(), units)
        self._read = _read_ids(self.svc)
        self.reader.apply_text_size()
        self._populate()
        self.new_count_changed.emit(self.new_count())

    def new_count(self) -> int:
        """How many open guides have not been read."""
        return len(new_since(self._unlocked, self._read))

    def visible_guides(self) -> list[Guide]:
        """The open guides that the search and the filters let through, in unit order."""
        shown = filter_guides(self._unlocked, self.topic.currentData(), self.band.currentData())
        return search(shown, self.search_edit.text())

    def select_guide(self, guide_id: str) -> bool:
        """Show one guide, clearing the search and filters if they hide it; False when it is not open."""
        if guide_id not in {g.id for g in self._unlocked}:
            return False
        if guide_id not in {g.id for g in self.visible_guides()}:
            for w in (self.search_edit, self.topic, self.band):
                w.blockSignals(True)
            self.search_edit.clear()
            self.topic.setCurrentIndex(0)
            self.band.setCurrentIndex(0)
            for w in (self.search_edit, self.topic, self.band):
                w.blockSignals(False)
            self._populate()
        for i in range(self.list.count()):
            if self.list.item(i).data(GUIDE_ID_ROLE) == guide_id:
                self.list.setCurrentRow(i)
        return True

    # ------------------------------------------------------------ the list

    def _item_text(self, g: Guide, new: bool) -> str:
        text = self.tr("Unit %1: %2").replace("%1", str(g.unit)).replace("%2", g.title)
        return self.tr("New · %1").replace("%1", text) if new else text

    def _populate(self) -> None:
        current = self.list.currentItem()
        keep = current.data(GUIDE_ID_ROLE) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        guides = self.visible_guides()
        for g in guides:
            new = g.id not in self._read
            item = QListWidgetItem(self._item_text(g, new))
            item.setData(GUIDE_ID_ROLE, g.id)
            item.setData(GUIDE_NEW_ROLE, new)
            item.setToolTip(g.summary)
            if new:
                font = QFont(self.list.font())
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if g.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if not self._unlocked:
            self.empty.setText(
                self.tr("Each unit's guide opens with the unit. Add a child to open the first one.")
            )
        elif not guides and self.search_edit.text().strip():
            self.empty.setText(self.tr("No guide matches your search. Try fewer or different words."))
        elif not guides:
            self.empty.setText(self.tr("No open guide has this topic and age group yet."))
        self.empty.setVisible(not guides)
        self.count.setText(
            self.tr("%1 of %2 guides shown, %3 new")
            .replace("%1", str(len(guides)))
            .replace("%2", str(len(self._unlocked)))
            .replace("%3", str(self.new_count()))
        )

    def _current_changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        guide = self.svc.library.guides.get(str(item.data(GUIDE_ID_ROLE)))
        if guide is not None:
            self.reader.show_guide(guide)

    def _read_changed(self, guide_id: str, read: bool) -> None:
        self._read = _read_ids(self.svc)
        self._populate()
        self.new_count_changed.emit(self.new_count())

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)


class GuideDialog(QDialog):
    """One guide in its own window, for the session's grown-up panel."""

    def __init__(self, svc: FamilyService, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(guide.title)
        self.resize(760, 640)
        lay = QVBoxLayout(self)
        self.reader = GuideReader(svc)
        self.reader.show_guide(guide)
        lay.addWidget(self.reader, 1)
        self.close_btn = button(self.tr("Close"), self.tr("Close the guide"))
        self.close_btn.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_btn)
        lay.addLayout(row)
        QWidget.setTabOrder(self.reader.pdf_btn, self.close_btn)
