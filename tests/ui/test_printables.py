"""Issue 19: a printed activity, conversation cards and the grown-ups' pledges, checked in the PDFs
themselves (poppler's pdftotext, pdfinfo and pdffonts), and the print dialog of the end screen."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import QFileDialog

from familysafe.core import content as c
from familysafe.services import printing
from familysafe.ui.printouts import Handouts, Printouts, page_size_for, save_pdf
from parent_helpers import pdf_text

pytestmark = pytest.mark.usefixtures("qapp")


def _tool(name: str) -> str:
    exe = shutil.which(name)
    if exe is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return exe


def pdf_info(path: Path, *extra: str) -> str:
    return subprocess.run([_tool("pdfinfo"), *extra, str(path)], capture_output=True, text=True, check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def pdf_words(path: Path, page: int | None = None) -> str:
    """The PDF's text (or one page's) in reading order, column by column (pdftotext without -layout),
    on one line."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run([_tool("pdftotext"), *pages, str(path), "-"], capture_output=True, check=True, timeout=60)
    return flat(unicodedata.normalize("NFKC", out.stdout.decode("utf-8")))


def squash(text: str) -> str:
    """Text without spaces or hyphens: a card's narrow column breaks lines, and pdftotext joins a word
    broken at its hyphen ("two-minute" comes back as "twominute")."""
    return "".join(text.replace("-", "").split())


def _pledge(act: c.Activity) -> c.PledgeStep:
    return next(s for s in act.steps if isinstance(s, c.PledgeStep))


def finish_both(svc: Any, child: Any, act: c.Activity, *, grown_up: bool = True) -> None:
    """Play an activity to the end; the child agrees to the pledge and the grown-up to theirs."""
    from familysafe.core.answers import PledgeAnswer, QuizAnswer, StepAnswer

    def answer(step: Any) -> StepAnswer | None:
        if step.kind == "quiz":
            return QuizAnswer({q.id: 0 for q in step.questions})
        if step.kind == "pledge":
            return PledgeAnswer(True, grown_up)
        return None

    svc.open_session(child, act).play_to_end(answer)


def test_a_printed_activity_holds_the_childs_words_both_pledges_and_the_grown_ups_pages(
    svc: Any, family: dict[str, Any], tmp_path: Path
) -> None:
    child_a, act = family["child_a"], family["activity"]
    pledge = _pledge(act)
    assert pledge.grown_up_pledge, "unit 1 of 8-10 carries a grown-up's pledge"
    out = save_pdf(Printouts(svc).activity(child_a, act.id), tmp_path / "activity.pdf")
    text = pdf_text(out)
    pages = text.split("\f")
    words = pdf_words(out)
    first_sentence = act.steps[0].child.strip().split(". ")[0]
    assert flat(first_sentence) in flat(pages[0])  # the child's own words, on the first page
    assert flat(pledge.pledge) in words and flat(pledge.grown_up_pledge) in words
    assert "Child's signature:" in words and "Grown-up's signature:" in words
    # The grown-up's notes and "if your child tells you" come after the child's pages, on their own.
    notes_page = next(i for i, p in enumerate(pages) if "For the grown-up:" in flat(p))
    tells_page = next(i for i, p in enumerate(pages) if "If your child tells you something worrying" in flat(p))
    assert "promise" in flat(" ".join(pages[:notes_page])) and "promise" not in flat(pages[tells_page])
    assert notes_page < tells_page
    assert flat(act.if_worried.split(". ")[0]) in flat(pages[tells_page])
    assert all(flat(q) in flat(pages[tells_page]) for q in act.conversation or [])
    # Tick-boxes for the quiz and the scenario.
    quiz = next(s for s in act.steps if isinstance(s, c.QuizStep))
    assert f"☐ {flat(quiz.questions[0].options[0].text)}" in words
    info = pdf_info(out)
    assert f"Title:           {act.title}" in info and "(A4)" in info
    assert "<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>" in pdf_info(out, "-meta")


def test_a_locked_activity_is_never_printed_until_the_grown_up_unlocks_it(
    svc: Any, family: dict[str, Any], library: c.Library
) -> None:
    child_a = family["child_a"]
    later = library.unit_activities("8-10", 3)[0]
    with pytest.raises(printing.NotPrintable, match="Unit 3 is still locked for Child A"):
        Printouts(svc).activity(child_a, later.id)
    assert later not in printing.printable_activities(svc, child_a)
    svc.unlock_next_early(child_a)  # unit 2
    svc.unlock_next_early(child_a)  # unit 3: the grown-up's own choice
    assert later in printing.printable_activities(svc, child_a)
    assert Printouts(svc).activity(child_a, later.id).property("familysafe_title") == later.title
    other_band = library.unit_activities("4-7", 1)[0]
    with pytest.raises(printing.NotPrintable, match="has no activity"):
        Printouts(svc).activity(child_a, other_band.id)


def test_the_agreement_prints_both_pledges_side_by_side_with_everyones_names_to_sign(
    svc: Any, family: dict[str, Any], library: c.Library, tmp_path: Path
) -> None:
    child_b = family["child_b"]
    act = library.unit_activities("4-7", 1)[0]
    finish_both(svc, child_b, act)
    made = [p for p in svc.pledges() if p.activity_id == act.id]
    assert sorted((p.by_grown_up, p.text) for p in made) == [
        (False, _pledge(act).pledge),
        (True, _pledge(act).grown_up_pledge),
    ]
    out = save_pdf(Printouts(svc).agreement(), tmp_path / "agreement.pdf")
    text = pdf_text(out)
    words = pdf_words(out)
    assert flat(_pledge(act).pledge) in words and flat(str(_pledge(act).grown_up_pledge)) in words
    # Side by side: the two promises start on the same printed line.
    child_start = " ".join(_pledge(act).pledge.split()[:2])
    grown_start = " ".join(str(_pledge(act).grown_up_pledge).split()[:2])
    assert any(child_start in line and grown_start in line for line in text.splitlines()), text
    for needed in (
        "Our promises",
        "The grown-ups' promises",
        "Child A",
        "Child B",
        "Child's signature:",
        "Grown-up's signature:",
    ):
        assert needed in words
    assert words.count("Grown-up's signature:") == 2 and words.count("Child's signature:") == 2


def test_a_grown_up_who_says_not_now_adds_nothing(svc: Any, family: dict[str, Any], library: c.Library) -> None:
    act = library.unit_activities("4-7", 1)[0]
    finish_both(svc, family["child_b"], act, grown_up=False)
    assert [p.by_grown_up for p in svc.pledges() if p.activity_id == act.id] == [False]


def test_conversation_cards_are_four_to_a_page_with_the_questions(
    svc: Any, family: dict[str, Any], library: c.Library, tmp_path: Path
) -> None:
    child_a = family["child_a"]
    for unit in (2, 3, 4, 5):
        svc.unlock_next_early(child_a)
        finish_both(svc, child_a, library.unit_activities("8-10", unit)[0])
    cards = printing.cards_for_child(svc, child_a)
    assert [card.unit for card in cards] == [1, 2, 3, 4, 5]
    out = Printouts(svc).cards_pdf(child_a, tmp_path / "cards.pdf")
    text = pdf_text(out)
    pages = text.rstrip("\f").split("\f")
    assert len(pages) == 2  # five cards: four, then one
    for card in cards:
        for q in card.questions:
            assert squash(q) in squash(pdf_words(out)), q
    assert squash(cards[4].questions[0]) in squash(pdf_words(out, 2))
    assert "Title:           Conversation cards for Child A" in pdf_info(out)


def test_no_finished_unit_no_cards(svc: Any, family: dict[str, Any], tmp_path: Path) -> None:
    with pytest.raises(printing.NotPrintable, match="Child B has not finished a unit yet"):
        Printouts(svc).cards_pdf(family["child_b"], tmp_path / "cards.pdf")
    assert not (tmp_path / "cards.pdf").exists()


@pytest.mark.parametrize(
    ("locale", "country", "expected"),
    [
        ("en_GB", None, QPageSize.PageSizeId.A4),
        ("en_US", None, QPageSize.PageSizeId.Letter),
        ("es_MX", None, QPageSize.PageSizeId.Letter),
        ("es_ES", None, QPageSize.PageSizeId.A4),
        ("en_US", "IE", QPageSize.PageSizeId.A4),  # the family's country wins over the computer's locale
        ("en_GB", "CA", QPageSize.PageSizeId.Letter),
    ],
)
def test_the_paper_follows_the_place(locale: str, country: str | None, expected: QPageSize.PageSizeId) -> None:
    assert page_size_for(QLocale(locale), country).id() == expected


def test_a_us_family_gets_letter(svc: Any, family: dict[str, Any], tmp_path: Path) -> None:
    fam = svc.family()
    svc.save_family(replace(fam, country="US"))
    out = save_pdf(Printouts(svc).activity(family["child_a"], family["activity"].id), tmp_path / "letter.pdf")
    assert "(letter)" in pdf_info(out)
    out = save_pdf(Printouts(svc).agreement(), tmp_path / "agreement.pdf")
    assert "(letter)" in pdf_info(out)


def test_the_easy_read_font_is_embedded_when_chosen(svc: Any, family: dict[str, Any], tmp_path: Path) -> None:
    fonts = _tool("pdffonts")
    child_a, act = family["child_a"], family["activity"]
    plain = save_pdf(Printouts(svc).activity(child_a, act.id), tmp_path / "plain.pdf")
    listing = subprocess.run([fonts, str(plain)], capture_output=True, text=True, check=True).stdout
    assert "Atkinson" not in listing
    fam = svc.family()
    svc.save_family(replace(fam, settings=replace(fam.settings, easy_read_font=True)))
    easy = save_pdf(Printouts(svc).activity(child_a, act.id), tmp_path / "easy.pdf")
    listing = subprocess.run([fonts, str(easy)], capture_output=True, text=True, check=True).stdout
    rows = [line for line in listing.splitlines() if "Atkinson" in line]
    assert rows and all(" yes " in row for row in rows), listing  # embedded
    cards = Printouts(svc).cards_pdf(child_a, tmp_path / "cards.pdf")
    listing = subprocess.run([fonts, str(cards)], capture_output=True, text=True, check=True).stdout
    assert "Atkinson" in listing


def test_a_spanish_activity_is_tagged_spanish(tmp_path: Path, shipped_content_once: None) -> None:
    from familysafe.boot import choose_language
    from familysafe.resources import content_dir

    lib, _ = choose_language(c.load_library(content_dir(), check_reading=False), "es")
    act = printing.handout_activity(lib, "b810-u01-tell-team")
    out = save_pdf(Handouts(library=lib).activity(act), tmp_path / "es.pdf")
    assert "<rdf:li>es</rdf:li>" in pdf_info(out, "-meta")
    assert flat(str(_pledge(act).grown_up_pledge)) in pdf_words(out)


# ---------------------------------------------------------------- the windows


def test_the_pledge_step_offers_the_grown_ups_pledge_after_the_childs(qtbot: Any, library: c.Library) -> None:
    from familysafe.core.answers import PledgeAnswer
    from familysafe.ui.steps import make_view

    act = library.unit_activities("8-10", 1)[0]
    step = _pledge(act)
    view = make_view(step)
    qtbot.addWidget(view)
    view.show()
    answers: list[Any] = []
    view.answered.connect(lambda _id, value: answers.append(value))
    assert not view.grown_up_box.isVisible()  # the child answers first
    qtbot.mouseClick(view.agree, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.grown_up_box.isVisible)
    assert flat(str(step.grown_up_pledge)) in flat(view.grown_up_text.plain)
    qtbot.mouseClick(view.grown_up_agree, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answers[-1:] == [PledgeAnswer(True, True)])
    assert answers[0] == PledgeAnswer(True) and answers[-1].to_json() == {"agreed": True, "grown_up": True}
    # A pledge step without a grown-up's pledge never shows the box.
    plain = make_view(step.model_copy(update={"grown_up_pledge": None}))
    qtbot.addWidget(plain)
    plain.show()
    qtbot.mouseClick(plain.agree, Qt.MouseButton.LeftButton)
    assert not plain.grown_up_box.isVisible()
    # A restored answer shows both choices again.
    again = make_view(step)
    qtbot.addWidget(again)
    again.show()
    again.restore(PledgeAnswer.from_json({"agreed": True, "grown_up": True}))
    assert again.grown_up_box.isVisible() and again.grown_up_status.text()


def test_the_end_screen_prints_the_activity_just_finished(
    qtbot: Any, svc: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familysafe.ui.session import EndPage

    child_a, act = family["child_a"], family["activity"]
    s = svc.open_session(child_a, act)  # the same activity again, played to the end
    page = EndPage()
    qtbot.addWidget(page)
    page.show()
    page.printable = (svc, s)
    qtbot.mouseClick(page.print_btn, Qt.MouseButton.LeftButton)
    from familysafe.ui.print_activity import PrintActivityDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(PrintActivityDialog)))
    dialog = next(d for d in page.findChildren(PrintActivityDialog) if d.isVisible())
    assert dialog.choice.currentData() == act.id
    out = tmp_path / "from the end screen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.save_btn, Qt.MouseButton.LeftButton)
    saved = out.with_name(out.name + ".pdf")
    qtbot.waitUntil(saved.exists)
    assert flat(_pledge(act).pledge) in pdf_words(saved)
    assert "Saved as" in dialog.status.text()
    cards = tmp_path / "cards.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(cards), ""))
    qtbot.mouseClick(dialog.cards_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(cards.exists)
    dialog.close()


def test_the_dialog_lists_only_open_activities_and_says_when_saving_fails(
    qtbot: Any, svc: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familysafe.ui.print_activity import PrintActivityDialog

    child_a = family["child_a"]
    dialog = PrintActivityDialog(svc, child_a)
    qtbot.addWidget(dialog)
    dialog.show()
    listed = [dialog.choice.itemData(i) for i in range(dialog.choice.count())]
    assert listed == [a.id for a in printing.printable_activities(svc, child_a)]
    assert all(svc.library.activities[i].unit <= 2 for i in listed)
    bad = tmp_path / "no-such-folder" / "x.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(dialog.save_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "could not be saved" in dialog.status.text())
    assert str(bad) in dialog.status.text() and not bad.exists()
