"""The guides screen driven as a person would: search, filter, choose by keyboard, mark as read, print."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible, QImage, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget

from familysafe.core.content import Guide
from familysafe.core.guides import GUIDES_READ_KEY
from familysafe.core.models import Family
from familysafe.ui import guides as guides_ui
from familysafe.ui import theme
from familysafe.ui.guides import (
    GUIDE_ID_ROLE,
    GUIDE_NEW_ROLE,
    GuideDialog,
    GuideReader,
    GuidesScreen,
    SealedTextBrowser,
    guide_for_activity,
)

pytestmark = pytest.mark.usefixtures("qapp")

HOSTILE_BODY = (
    "## Careful\n\n<img src='http://example.com/x.png'> and [link](http://example.com)\n\n"
    '- <img src="https://example.com/y.png">\n- ![pic](http://example.com/z.png)\n'
)


class RecordingBrowser(SealedTextBrowser):
    """Remembers every resource the document asks for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.asked: list[str] = []

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        self.asked.append(name.toString() if isinstance(name, QUrl) else str(name))
        return super().loadResource(type, name)


@pytest.fixture(autouse=True)
def plain_theme() -> Any:
    app = QApplication.instance()
    theme.apply(app, "light", 1.0)  # type: ignore[arg-type]
    yield
    theme.apply(app, "light", 1.0)  # type: ignore[arg-type]


def family(svc: Any, *bands: str) -> list[Any]:
    svc.save_family(Family(name="Test", setup_step="done"))
    return [svc.add_child(f"Kid{i}", band, "fox") for i, band in enumerate(bands or ("8-10",))]


def open_units(svc: Any, child: Any, last: int) -> None:
    while max((u.unit for u in svc.store.unlocks.for_child(child.id)), default=0) < last:
        assert svc.unlock_next_early(child) is not None


def make_screen(qtbot: Any, svc: Any) -> GuidesScreen:
    screen = GuidesScreen(svc)
    qtbot.addWidget(screen)
    screen.resize(1100, 750)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return screen


def listed(screen: GuidesScreen) -> list[str]:
    return [screen.list.item(i).data(GUIDE_ID_ROLE) for i in range(screen.list.count())]


def hostile_guide() -> Guide:
    return Guide.model_validate(
        {
            "id": "g-u01-hostile",
            "title": "<b>Title</b>",
            "summary": "<img src='http://example.com/s.png'>",
            "unit": 1,
            "strand": "relationships",
            "bands": ["8-10"],
            "reviewed": "2026-11-28",
            "body": HOSTILE_BODY,
        }
    )


# ---------------------------------------------------------------- unlocking


def test_a_child_with_units_1_and_2_opens_guides_1_and_2_only(qtbot: Any, svc: Any) -> None:
    (kid,) = family(svc)
    open_units(svc, kid, 2)
    assert {u.unit for u in svc.store.unlocks.for_child(kid.id)} == {1, 2}
    screen = make_screen(qtbot, svc)
    assert [svc.library.guides[i].unit for i in listed(screen)] == [1, 2]
    assert screen.new_count() == 2
    assert all(screen.list.item(i).text().startswith("New") for i in range(2))


def test_any_childs_unit_opens_its_guide(qtbot: Any, svc: Any) -> None:
    _little, big = family(svc, "4-7", "14-17")
    open_units(svc, big, 3)
    screen = make_screen(qtbot, svc)
    assert [svc.library.guides[i].unit for i in listed(screen)] == [1, 2, 3]


def test_no_children_no_guides_and_a_kind_message(qtbot: Any, svc: Any) -> None:
    svc.save_family(Family(name="Test", setup_step="done"))
    screen = make_screen(qtbot, svc)
    assert screen.list.count() == 0
    assert screen.empty.isVisible() and "Add a child" in screen.empty.text()
    assert not screen.reader.read_btn.isEnabled()


# ---------------------------------------------------------------- the reader


def test_reader_renders_headings_and_lists(qtbot: Any, svc: Any) -> None:
    family(svc)
    screen = make_screen(qtbot, svc)
    screen.list.setCurrentRow(0)
    doc = screen.reader.browser.document()
    assert "How to start the conversation" in doc.toPlainText()
    headings, lists = [], []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            headings.append(block.blockFormat().headingLevel())
        if block.textList() is not None:
            lists.append(block.textList())
        block = block.next()
    assert 1 in headings and 2 in headings
    assert lists, "the guide's lists are real QTextLists"
    assert "<h2" in doc.toHtml() or max(headings) >= 2


def test_reader_never_loads_anything(qtbot: Any, svc: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guides_ui, "SealedTextBrowser", RecordingBrowser)
    reader = GuideReader(svc)
    qtbot.addWidget(reader)
    reader.resize(700, 600)
    reader.show()
    qtbot.waitExposed(reader)
    browser = reader.browser
    assert isinstance(browser, RecordingBrowser)
    assert not browser.openLinks() and not browser.openExternalLinks()
    reader.show_guide(hostile_guide())
    text = browser.toPlainText()
    assert "<b>Title</b>" in text
    assert "<img src='http://example.com/x.png'>" in text
    assert "[link](http://example.com)" in text
    assert '<img src="https://example.com/y.png">' in text
    assert "![pic](http://example.com/z.png)" in text
    assert browser.asked == [], "the document asked for a resource"
    assert "<img" not in browser.toHtml().replace("&lt;img", "")
    doc = reader.document()
    assert "<img src='http://example.com/x.png'>" in doc.toPlainText()


def test_sealed_browser_refuses_even_markup_that_slips_through(qtbot: Any, tmp_path: Path) -> None:
    # Belt and braces: raw HTML never reaches the reader, but if it did, nothing would load.
    picture = tmp_path / "local.png"
    img = QImage(4, 4, QImage.Format.Format_RGB32)
    img.fill(0)
    img.save(str(picture))
    css = tmp_path / "style.css"
    css.write_text("p { color: #ff0000; }")
    browser = RecordingBrowser()
    qtbot.addWidget(browser)
    css_url = QUrl.fromLocalFile(str(css)).toString()
    browser.setHtml(
        f"<html><head><link rel='stylesheet' type='text/css' href='{css_url}'>"
        f"</head><body><p>x <img src='{QUrl.fromLocalFile(str(picture)).toString()}'>"
        "<img src='http://example.com/x.png'></p></body></html>"
    )
    browser.show()
    qtbot.waitExposed(browser)
    local = browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl.fromLocalFile(str(picture))
    )
    assert isinstance(local, QImage) and local.isNull()
    assert "#ff0000" not in browser.toHtml()
    assert any(a.startswith("http://example.com") for a in browser.asked)  # asked, and answered with nothing


def test_network_guard_is_active() -> None:
    with pytest.raises(RuntimeError, match="internet socket"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_reader_follows_the_app_text_size(qtbot: Any, svc: Any) -> None:
    family(svc)
    theme.apply(QApplication.instance(), "light", 1.5)  # type: ignore[arg-type]
    screen = make_screen(qtbot, svc)
    screen.list.setCurrentRow(0)
    browser = screen.reader.browser
    browser.ensurePolished()
    assert browser.font().pointSizeF() == pytest.approx(theme.BASE_PT * 1.5, abs=0.1)
    assert browser.document().defaultFont().pointSizeF() == pytest.approx(theme.BASE_PT * 1.5, abs=0.1)
    theme.apply(QApplication.instance(), "light", 1.0)  # type: ignore[arg-type]
    screen.refresh()
    browser.ensurePolished()
    assert browser.font().pointSizeF() == pytest.approx(theme.BASE_PT, abs=0.1)


# ---------------------------------------------------------------- whole flows by keyboard


def test_search_choose_by_keyboard_and_mark_as_read(qtbot: Any, svc: Any) -> None:
    (kid,) = family(svc)
    open_units(svc, kid, 4)
    screen = make_screen(qtbot, svc)
    assert screen.list.count() == 4
    screen.search_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.search_edit)
    qtbot.keyClicks(screen.search_edit, "Netball")
    qtbot.waitUntil(lambda: screen.list.count() == 1)
    assert listed(screen) == ["g-u02-personal-information"]
    # Tab order: search, topic, age group, list.
    expected: QWidget
    for expected in (screen.topic, screen.band, screen.list):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda w=expected: QApplication.focusWidget() is w)
    qtbot.keyClick(screen.list, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: screen.reader.guide is not None)
    assert screen.reader.guide is not None and screen.reader.guide.id == "g-u02-personal-information"
    assert screen.list.item(0).text().startswith("New")
    # Then the reader and its buttons.
    for expected in (screen.reader.browser, screen.reader.read_btn):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda w=expected: QApplication.focusWidget() is w)
    assert screen.reader.read_btn.text() == "Mark as read"
    qtbot.keyClick(screen.reader.read_btn, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not screen.list.item(0).text().startswith("New"))
    assert screen.list.item(0).data(GUIDE_NEW_ROLE) is False
    assert "New" not in screen.list.item(0).text()
    assert screen.reader.read_btn.text() == "Mark as not read"
    assert svc.family().settings.to_dict()[GUIDES_READ_KEY] == ["g-u02-personal-information"]
    assert screen.new_count() == 3
    # Clearing the search brings the others back, still new.
    screen.search_edit.clear()
    qtbot.waitUntil(lambda: screen.list.count() == 4)
    assert [screen.list.item(i).data(GUIDE_NEW_ROLE) for i in range(4)] == [True, False, True, True]
    # A new screen (after a restart) remembers.
    again = make_screen(qtbot, svc)
    assert [again.list.item(i).data(GUIDE_NEW_ROLE) for i in range(4)] == [True, False, True, True]


def test_mark_as_not_read_makes_it_new_again(qtbot: Any, svc: Any) -> None:
    family(svc)
    screen = make_screen(qtbot, svc)
    screen.list.setCurrentRow(0)
    qtbot.mouseClick(screen.reader.read_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.list.item(0).data(GUIDE_NEW_ROLE))
    qtbot.mouseClick(screen.reader.read_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.list.item(0).data(GUIDE_NEW_ROLE))
    assert svc.family().settings.to_dict()[GUIDES_READ_KEY] == []


def test_reading_state_keeps_other_settings(qtbot: Any, svc: Any) -> None:
    family(svc)
    screen = make_screen(qtbot, svc)
    fam = svc.family()
    fam.settings.theme = "dark"  # changed elsewhere after the screen opened
    svc.save_family(fam)
    screen.list.setCurrentRow(0)
    qtbot.mouseClick(screen.reader.read_btn, Qt.MouseButton.LeftButton)
    assert svc.family().settings.theme == "dark"


def test_topic_and_age_filters(qtbot: Any, svc: Any) -> None:
    (kid,) = family(svc)
    open_units(svc, kid, 5)
    screen = make_screen(qtbot, svc)
    strand = svc.library.guides[listed(screen)[2]].strand
    screen.topic.setCurrentIndex(screen.topic.findData(strand))
    qtbot.waitUntil(lambda: 0 < screen.list.count() < 5)
    assert all(svc.library.guides[i].strand == strand for i in listed(screen))
    screen.topic.setCurrentIndex(0)
    screen.band.setCurrentIndex(screen.band.findData("4-7"))
    qtbot.waitUntil(lambda: all("4-7" in svc.library.guides[i].bands for i in listed(screen)))
    qtbot.keyClicks(screen.search_edit, "zzzyx")
    qtbot.waitUntil(lambda: screen.list.count() == 0)
    assert screen.empty.isVisible() and "search" in screen.empty.text()


def test_select_guide_clears_filters_that_hide_it(qtbot: Any, svc: Any) -> None:
    (kid,) = family(svc)
    open_units(svc, kid, 2)
    screen = make_screen(qtbot, svc)
    qtbot.keyClicks(screen.search_edit, "netball")
    qtbot.waitUntil(lambda: screen.list.count() == 1)
    assert screen.select_guide("g-u01-starting-the-conversation")
    assert screen.search_edit.text() == ""
    assert screen.reader.guide is not None and screen.reader.guide.unit == 1
    assert not screen.select_guide("g-u26-family-agreement-a-year-on")  # not open yet


def test_every_focusable_widget_has_an_accessible_name(qtbot: Any, svc: Any) -> None:
    family(svc)
    screen = make_screen(qtbot, svc)
    screen.list.setCurrentRow(0)
    focusable = [
        w
        for w in screen.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]
    expected = {screen.search_edit, screen.topic, screen.band, screen.list, screen.reader.browser}
    assert expected <= set(focusable)
    for w in focusable:
        assert w.accessibleName(), f"{type(w).__name__} {w.objectName()!r} has no accessible name"


# ---------------------------------------------------------------- print and PDF


def test_save_as_pdf(qtbot: Any, svc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    family(svc)
    screen = make_screen(qtbot, svc)
    screen.list.setCurrentRow(0)
    target = tmp_path / "guide.pdf"
    monkeypatch.setattr(screen.reader, "ask_pdf_path", lambda: target)
    qtbot.mouseClick(screen.reader.pdf_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: target.is_file() and target.stat().st_size > 1000)
    assert target.read_bytes().startswith(b"%PDF")
    assert screen.reader.status.isVisible() and str(target) in screen.reader.status.text()


def test_save_as_pdf_cancelled_writes_nothing(qtbot: Any, svc: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    family(svc)
    screen = make_screen(qtbot, svc)
    screen.list.setCurrentRow(0)
    monkeypatch.setattr(screen.reader, "ask_pdf_path", lambda: None)
    assert screen.reader.save_pdf() is None
    assert not screen.reader.status.isVisible()


def test_print(qtbot: Any, svc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    family(svc)
    screen = make_screen(qtbot, svc)
    screen.list.setCurrentRow(0)
    out = tmp_path / "printed.pdf"

    def printer() -> QPrinter:
        p = QPrinter(QPrinter.PrinterMode.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(screen.reader, "ask_printer", printer)
    qtbot.mouseClick(screen.reader.print_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: out.is_file() and out.stat().st_size > 1000)
    assert out.read_bytes().startswith(b"%PDF")


# ---------------------------------------------------------------- from a session


def test_guide_for_activity_and_its_dialog(qtbot: Any, svc: Any, library: Any) -> None:
    family(svc)
    activity = library.unit_activities("8-10", 3)[0]
    guide = guide_for_activity(library, activity)
    assert guide is not None and guide.unit == 3
    dialog = GuideDialog(svc, guide)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == guide.title
    assert guide.title in dialog.reader.browser.toPlainText()
    qtbot.mouseClick(dialog.reader.read_btn, Qt.MouseButton.LeftButton)
    assert guide.id in svc.family().settings.guides_read
    qtbot.mouseClick(dialog.close_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_every_focusable_node_of_the_accessible_tree_has_a_name(qtbot: Any, svc: Any) -> None:
    family(svc)
    screen = make_screen(qtbot, svc)
    screen.list.setCurrentRow(0)
    missing: list[str] = []
    named: list[str] = []

    def walk(iface: Any) -> None:
        if iface is None or not iface.isValid() or iface.state().invisible:
            return
        if iface.state().focusable:
            name = iface.text(QAccessible.Text.Name).strip()
            (named if name else missing).append(name or str(iface.role()))
        for i in range(iface.childCount()):
            walk(iface.child(i))

    walk(QAccessible.queryAccessibleInterface(screen))
    assert missing == []
    # (On Linux Qt names a combo box by its current text, so the combos are checked by widget above.)
    assert {"Search the guides", "Guides", "Mark as read", "Print this guide"} <= set(named)
