"""Issue 16, item 12: the parent area's words and dates. Dates in the locale's long or medium form
(Spanish too), never numbers only; "1 minute", not "1 minutes"; one symbol per meaning in the schedule
(done, opened early, open, not open yet); "Open the next activity now" says what it did; the Print tab
and the certificate name the activity the child saw, with the unit's theme beneath."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel

from familysafe.ui.i18n import plural
from familysafe.ui.parent import TAB_PRINT, TAB_PROGRESS, TAB_SCHEDULE
from familysafe.ui.parent.common import long_date, medium_date
from familysafe.ui.widgets import TextBlock

NUMBERS_ONLY = re.compile(r"\b\d{1,2}[ ./-]\d{1,2}[ ./-]\d{2,4}\b")


@pytest.fixture
def locale() -> Any:
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


def texts(widget: Any) -> str:
    return "\n".join(w.plain if isinstance(w, TextBlock) else w.text() for w in widget.findChildren(QLabel))


def test_dates_are_words_in_english_and_spanish(locale: Any) -> None:
    d = date(2026, 12, 5)
    locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert medium_date(d) == "5 December 2026"
    assert long_date(d) == "Saturday, 5 December 2026"
    locale(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    assert medium_date(d) == "5 de diciembre de 2026"
    assert long_date(d).startswith("sábado") and "diciembre" in long_date(d)
    locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert medium_date(d) == "December 5, 2026"


def test_plurals_in_english() -> None:
    assert plural("%1: 1 minute(s) together".replace("%1", "x"), 1) == "x: 1 minute together"
    assert plural("2 minute(s) together", 2) == "2 minutes together"
    assert plural("0 minute(s)", 0) == "0 minutes"
    assert plural("1 minuto juntos", 1) == "1 minuto juntos"  # a catalogue's own forms are kept


def test_progress_says_1_minute_and_dates_in_words(
    qtbot: Any, family: Any, area: Any, svc: Any, locale: Any
) -> None:
    locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    area.refresh()
    area.show_tab(TAB_PROGRESS)
    words = texts(area.progress_tab.widget())
    assert "1 activity finished" in words
    assert re.search(r"\b\d+ minutes? together", words)
    assert "minute(s)" not in words and "1 minutes" not in words
    assert not NUMBERS_ONLY.search(words), words
    assert family["child_a"].nickname in words


def test_the_schedule_marks_done_and_opened_early_differently_and_says_what_it_opened(
    qtbot: Any, family: Any, area: Any, svc: Any
) -> None:
    area.show_tab(TAB_SCHEDULE)
    child_a = family["child_a"]
    early = next(
        b
        for b in area.schedule_tab.widget().findChildren(QAbstractButton)
        if b.accessibleName() == f"Open the next activity now for {child_a.nickname}"
    )
    qtbot.waitUntil(early.isVisible)
    early.click()
    qtbot.waitUntil(lambda: "is now open for Child A" in area.status.text())
    assert "Unit 2" in area.status.text()
    states = {u: s for u, _, s in svc.unit_states(child_a)}
    assert states[1] == "done" and states[2] == "early" and states[3] == "locked"
    tab = area.schedule_tab
    lines = texts(tab.widget())
    done_mark, early_mark = tab.MARKS["done"], tab.MARKS["early"]
    assert done_mark != early_mark
    assert f"{done_mark} Unit 1:" in lines and "(done)" in lines
    assert f"{early_mark} Unit 2:" in lines and "(opened early)" in lines
    assert tab.legend() in lines  # each symbol is said in words
    assert not NUMBERS_ONLY.search(lines)


def test_the_print_tab_and_certificate_name_the_activity_the_child_saw(
    qtbot: Any, family: Any, area: Any, svc: Any
) -> None:
    from familysafe.ui.printouts import Printouts

    child_a, act = family["child_a"], family["activity"]
    area.show_tab(TAB_PRINT)
    combo, _, _ = area.print_tab.certificate_rows[child_a.id]
    unit, theme, _acts, _ = svc.finished_units(child_a)[0]
    assert combo.currentText() == act.title
    beneath = [w.text() for w in area.print_tab.widget().findChildren(QLabel)]
    assert f"Unit {unit}: {theme}" in beneath
    doc = Printouts(svc, area).certificate(child_a, unit)
    text = doc.toPlainText()
    assert act.title in text and f"Unit {unit}: {theme}" in text
    assert text.index(act.title) < text.index(f"Unit {unit}: {theme}")  # the theme beneath the title
