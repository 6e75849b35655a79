"""Printouts: the certificate, the family agreement and the one-page summary are real PDFs holding the
family's own words, saved from the parent area or sent to a printer."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from ci_tools import need
from familysafe.core.content import STRANDS
from familysafe.core.models import Note
from familysafe.ui.parent import TAB_PRINT
from familysafe.ui.parent import dialogs as parent_mod
from familysafe.ui.printouts import Printouts, badge_image, save_pdf
from parent_helpers import finish, pdf_pages, pdf_text

pytestmark = pytest.mark.usefixtures("qapp")


def _click(qtbot: Any, w: Any) -> None:
    from PySide6.QtCore import Qt

    assert w.isEnabled(), w.accessibleName()
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


def _save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def fake(*args: Any, **kwargs: Any) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def test_badge_is_drawn_from_the_svg() -> None:
    img = badge_image("bullying", 64)
    assert not img.isNull()
    assert any(img.pixelColor(x, y).alpha() > 0 for x in range(64) for y in range(64))
    assert all(badge_image("no-such-strand", 8).pixelColor(x, y).alpha() == 0 for x in range(8) for y in range(8))


def test_certificate_pdf_from_the_parent_area(
    qtbot: Any, area: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child_a = family["child_a"]
    area.refresh()
    area.show_tab(TAB_PRINT)
    combo, save_btn, _ = area.print_tab.certificate_rows[child_a.id]
    assert combo.count() == 1 and combo.currentData() == 1
    pdf = tmp_path / "cert"
    asked = _save_to(monkeypatch, pdf)
    _click(qtbot, save_btn)
    assert asked, "a save dialog was shown"
    out = tmp_path / "cert.pdf"  # the .pdf ending is added when missing
    qtbot.waitUntil(out.exists)
    text = pdf_text(out)
    act = family["activity"]
    assert "Child A" in text and "Certificate" in text
    assert act.badge in text and "Who can I tell?" in text
    assert pdf_pages(out) == 1
    assert str(out) in area.status.text()
    images = need("pdfimages", "poppler-utils")
    listing = subprocess.run([images, "-list", str(out)], capture_output=True, text=True, check=True).stdout
    assert len(listing.strip().splitlines()) >= 3, "the badge is in the PDF as an image"
    # Child B has finished nothing: no certificate to make.
    assert family["child_b"].id not in area.print_tab.certificate_rows


def test_agreement_groups_the_familys_own_pledges_by_topic(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child_b = family["child_b"]
    finish(svc, child_b, svc.overview(child_b).todo[0])
    pledges = svc.pledges()
    assert len(pledges) == 2
    area.refresh()
    area.show_tab(TAB_PRINT)
    out = tmp_path / "agreement.pdf"
    _save_to(monkeypatch, out)
    _click(qtbot, area.print_tab.agreement_pdf)
    qtbot.waitUntil(out.exists)
    text = " ".join(pdf_text(out).split())
    assert "Our family agreement" in text and "Rivers" in text
    for p in pledges:
        assert " ".join(p.text.split()) in text
        assert STRANDS[p.strand] in text
    for name in ("Child A", "Child B", "Grown-up", "Date:"):
        assert name in text


def test_agreement_layout_dedupes_and_orders(svc: Any, family: dict[str, Any]) -> None:
    from datetime import datetime

    from familysafe.core.models import Pledge

    now = datetime(2026, 1, 5).astimezone()
    ps = [
        Pledge(1, "a", "We ask before sharing photos.", "privacy-security", now),
        Pledge(2, "b", "We ask before sharing photos.", "privacy-security", now),
        Pledge(1, "c", "We are kind <b>online</b>.", "bullying", now),
    ]
    html = Printouts(svc).agreement_html(ps, ["Child A"], "Rivers")
    assert html.count("We ask before sharing photos.") == 1
    assert html.index(STRANDS["bullying"]) < html.index(STRANDS["privacy-security"])  # the strands' order
    assert "&lt;b&gt;online&lt;/b&gt;" in html  # what a family typed is never markup


def test_summary_is_one_page_with_progress_quiz_and_notes(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: Any
) -> None:
    child_a = family["child_a"]
    for i in range(30):  # more notes than fit: the summary stays on one page
        words = f"Note number {i}: " + "we talked about games and chat. " * 8
        svc.store.notes.add(Note(child_a.id, words, clock.now()))
    area.refresh()
    area.show_tab(TAB_PRINT)
    out = tmp_path / "summary.pdf"
    _save_to(monkeypatch, out)
    _click(qtbot, area.print_tab.summary_buttons[child_a.id][0])
    qtbot.waitUntil(out.exists)
    text = " ".join(pdf_text(out).split())
    assert pdf_pages(out) == 1
    assert "FamilySafe summary: Child A" in text
    assert "Activities finished 1" in text
    assert STRANDS["relationships"] in text and "1 of 1" in text
    assert "Note number 29" in text and "Note number 0:" not in text
    assert "The latest 8 of 31 notes." in text


def test_print_goes_to_the_chosen_printer(
    qtbot: Any, area: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def dialog(printer: QPrinter, parent: Any) -> bool:
        # The grown-up picked "Print to file".
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(parent_mod, "run_print_dialog", dialog)
    area.refresh()
    area.show_tab(TAB_PRINT)
    _click(qtbot, area.print_tab.certificate_rows[family["child_a"].id][2])
    qtbot.waitUntil(out.exists)
    assert "Child A" in pdf_text(out)
    assert "sent to the printer" in area.status.text()


def test_cancelled_dialogs_do_nothing(
    qtbot: Any, area: Any, family: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(parent_mod, "run_print_dialog", lambda printer, parent: False)
    area.refresh()
    area.show_tab(TAB_PRINT)
    _click(qtbot, area.print_tab.agreement_pdf)
    _click(qtbot, area.print_tab.agreement_print)
    assert area.status.text() == ""


def test_an_unwritable_place_gets_a_message(
    qtbot: Any, area: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "no-such-folder" / "agreement.pdf"
    _save_to(monkeypatch, bad)
    area.refresh()
    area.show_tab(TAB_PRINT)
    _click(qtbot, area.print_tab.agreement_pdf)
    assert "could not be saved" in area.status.text() and str(bad) in area.status.text()
    assert not bad.parent.exists()


def test_save_pdf_replaces_atomically(svc: Any, family: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "a.pdf"
    out.write_bytes(b"old")
    save_pdf(Printouts(svc).agreement(), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["a.pdf"]


def test_the_print_tab_opens_the_print_activity_dialog_with_only_what_is_open(
    qtbot: Any, area: Any, family: dict[str, Any]
) -> None:
    from familysafe.services.printing import printable_activities
    from familysafe.ui.print_activity import PrintActivityDialog

    child_a = family["child_a"]
    area.refresh()
    area.show_tab(TAB_PRINT)
    _click(qtbot, area.print_tab.activity_buttons[child_a.id])
    def shown() -> list[Any]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintActivityDialog) and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    dialog = shown()[0]
    try:
        offered = [dialog.choice.itemData(i) for i in range(dialog.choice.count())]
        expected = [a.id for a in printable_activities(area.svc, child_a)]
        assert offered and offered == expected  # open or finished only: nothing locked is offered
        total = len(area.svc.library.for_band(child_a.age_band))
        assert len(offered) < total
    finally:
        dialog.reject()


def test_a_certificate_of_the_band_left_behind_stays_printable(
    qtbot: Any, area: Any, family: dict[str, Any], svc: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: after moving up, the Print tab still offers the earlier band's certificates, named with
    their band, and the PDF is the earlier band's unit."""
    from familysafe.services import growing

    child_a = growing.move_band(svc, family["child_a"], "11-13")
    area.refresh()
    area.show_tab(TAB_PRINT)
    combo, save_btn, _ = area.print_tab.certificate_rows[child_a.id]
    assert combo.count() == 1 and combo.currentData() == 1
    assert combo.currentText().startswith("Ages 8-10: ")
    pdf = tmp_path / "earlier"
    _save_to(monkeypatch, pdf)
    _click(qtbot, save_btn)
    out = tmp_path / "earlier.pdf"
    qtbot.waitUntil(out.exists)
    text = pdf_text(out)
    assert "Child A" in text and family["activity"].badge in text
