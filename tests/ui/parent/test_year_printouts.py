"""The year certificate and the "Year in review" on paper (issue 17, item 5): real PDFs holding the
child's nickname, band and year, made through the printouts' machinery, and reached from the parent
area's Progress tab too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from familysafe.core.models import Family
from familysafe.services import progress
from familysafe.ui.parent import TAB_PROGRESS
from familysafe.ui.printouts import save_pdf
from familysafe.ui.year_printouts import YearPrintouts
from parent_helpers import pdf_pages, pdf_text
from year_helpers import play_units

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def child_a(svc: Any, clock: Any) -> Any:
    svc.save_family(Family(name="Rivers", setup_step="done"))
    child = svc.add_child("Child A", "8-10", "fox")
    child.start_date = child.start_date.replace(month=9, day=7)  # a school year: September to August
    svc.update_child(child)
    return child


def test_year_certificate_pdf_has_nickname_band_and_year(svc: Any, clock: Any, child_a: Any, tmp_path: Path) -> None:
    play_units(svc, clock, child_a, range(1, 26))
    maker = YearPrintouts(svc)
    with pytest.raises(ValueError, match="Child A has not finished the year for ages 8-10 yet"):
        maker.year_certificate(child_a, "8-10")
    play_units(svc, clock, child_a, [26])
    out = save_pdf(maker.year_certificate(child_a, "8-10"), tmp_path / "year.pdf")
    text = pdf_text(out)
    review = progress.year_review(svc, child_a, "8-10")
    assert review.years == "2026\u20132027"
    assert "Year certificate" in text and "Child A" in text
    assert "ages 8-10" in text and "2026\u20132027" in text
    assert f"Favourite badge: {review.favourite.badge}" in " ".join(text.split())  # type: ignore[union-attr]
    assert "Rivers family" in text
    assert pdf_pages(out) == 1


def test_year_in_review_pdf_lists_topics_pledges_and_the_favourite(
    svc: Any, clock: Any, child_a: Any, tmp_path: Path
) -> None:
    play_units(svc, clock, child_a, range(1, 27))
    out = save_pdf(YearPrintouts(svc).year_review(child_a, "8-10"), tmp_path / "review.pdf")
    text = " ".join(pdf_text(out).split())
    review = progress.year_review(svc, child_a, "8-10")
    assert "Our year in review: Child A" in text and "Ages 8-10" in text and "26 of 26 units" in text
    for heading in ("Topics we covered", "Promises we made", "Badges earned"):
        assert heading in text
    assert "Online bullying" in text and "Privacy and security" in text
    first_pledge = review.pledges[0].text
    assert " ".join(first_pledge.split()) in text
    fav = review.favourite
    assert fav is not None and f"\u2605 Favourite badge: {fav.badge} (unit {fav.unit}" in text
    assert text.count("\u2605 favourite") == 1  # marked once in the table of badges
    assert "remembered most often" in text


def test_year_review_and_certificate_from_the_progress_tab(
    qtbot: Any, area: Any, svc: Any, clock: Any, child_a: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    play_units(svc, clock, child_a, range(1, 27))
    area.refresh()
    area.show_tab(TAB_PROGRESS)
    btn = area.progress_tab.year_buttons[(child_a.id, "8-10")]
    assert btn.text() == "Year in review, ages 8-10…"
    assert btn.accessibleName() == "Year in review of Child A, ages 8-10"
    opened: list[Any] = []
    real = area.progress_tab.open_year_review
    monkeypatch.setattr(area.progress_tab, "open_year_review", lambda c, b: opened.append(real(c, b)))
    qtbot.mouseClick(btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened) and opened[0].isVisible())
    dialog = opened[0]
    out = tmp_path / "cert.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.certificate_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(out.exists)
    assert "Child A" in pdf_text(out) and str(out) in dialog.status.text()
    # A folder that cannot be written: a plain message naming it, nothing saved.
    bad = tmp_path / "no-such-folder" / "review.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(dialog.review_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in dialog.status.text())
    assert str(bad) in dialog.status.text() and not bad.exists()
    dialog.close()


def test_a_year_not_finished_offers_the_year_so_far_without_a_certificate(
    qtbot: Any, area: Any, svc: Any, clock: Any, child_a: Any
) -> None:
    play_units(svc, clock, child_a, range(1, 4))
    area.refresh()
    btn = area.progress_tab.year_buttons[(child_a.id, "8-10")]
    assert btn.text() == "The year so far, ages 8-10…"
    dialog = area.progress_tab.open_year_review(child_a, "8-10")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.review_pdf.isVisible() and not dialog.certificate_pdf.isVisible()
    dialog.close()
