"""The home screen's line under a child's card: what opens next, and what is said when nothing is left to open."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from familysafe.core.content.library import ActivityInfo
from familysafe.core.models import Child
from familysafe.services.family import ChildOverview
from familysafe.ui.home import next_unlock_text


def info(unit: int) -> ActivityInfo:
    return ActivityInfo(f"a{unit}", "8-10", unit, f"Unit {unit}", "privacy", "star", 15.0, ())


def overview(todo: int, done: int, total: int = 26) -> ChildOverview:
    child = Child("A child", "8-10", "fox", date(2026, 1, 5), id=1)
    return ChildOverview(
        child,
        [info(u) for u in range(done + 1, done + todo + 1)],
        set(),
        [info(u) for u in range(1, done + 1)],
        None,
        total,
    )


def test_every_unit_open_and_some_still_to_do(qapp: object) -> None:
    text = next_unlock_text(overview(todo=3, done=23), QDate(2026, 12, 6), QLocale("en_GB"))
    assert text == "Every activity of the year is open."


def test_the_whole_year_done_is_said_so(qapp: object) -> None:
    text = next_unlock_text(overview(todo=0, done=26), QDate(2026, 12, 6), QLocale("en_GB"))
    assert text == "Every activity of the year is done. Well done, all of you!"


def test_no_activities_no_line(qapp: object) -> None:
    assert next_unlock_text(overview(todo=0, done=0, total=0), QDate(2026, 12, 6), QLocale("en_GB")) == ""
