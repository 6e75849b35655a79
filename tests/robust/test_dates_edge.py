"""Dates at the edge (issue 14, item 2): a start date of 9999-12-31 (or any stored date) or a cadence
the app does not offer never locks the parent out: the parent area, `familysafe-cli schedule` and
`calendar` all work and say what is odd; the date box and the use-case layer refuse dates outside
2000-01-01 .. ten years ahead, naming the date and the range."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from familysafe.cli import main as cli_main
from familysafe.core.clock import FakeClock
from familysafe.core.models import Family
from familysafe.services.family import FamilyService
from familysafe.store import Store, paths


@pytest.fixture
def clock() -> Iterator[FakeClock]:
    yield FakeClock(datetime(2026, 12, 5, 9, 0).astimezone())


def _set_start(db: Path, start: str) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("UPDATE child SET start_date = ?", (start,))
    conn.close()


@pytest.fixture
def far_family(tmp_path: Path, clock: FakeClock, library: Any) -> Path:
    """A data folder whose one child's stored start date is the last day of the calendar."""
    data = paths.ensure_data_dir(tmp_path / "FamilySafe")
    with Store.open(paths.db_path(data), clock=clock, backup_dir=paths.backup_dir(data)) as store:
        svc = FamilyService(store, library, clock)
        svc.save_family(Family(name="Edge", setup_step="done"))
        svc.add_child("Child D", "8-10", "fox")
    _set_start(paths.db_path(data), "9999-12-31")
    return data


def test_the_service_works_with_a_start_date_at_the_end_of_the_calendar(
    far_family: Path, clock: FakeClock, library: Any
) -> None:
    with Store.open(paths.db_path(far_family), clock=clock) as store:
        svc = FamilyService(store, library, clock)
        (child,) = svc.children()
        assert child.start_date == date(9999, 12, 31)
        dates = svc.unit_dates(child)
        assert dates[0][1] == date(9999, 12, 31) and dates[1][1] == date.max
        assert svc.upcoming_unlocks(child) == []  # unit 1 is open; the others fall past the calendar
        ov = svc.overview(child)
        assert ov.todo  # unit 1 is open from the start
        notices = svc.data_notices()
        assert any("Child D" in n and "9999-12-31" in n and "2000-01-01" in n for n in notices)


def test_the_use_case_layer_refuses_a_start_date_out_of_range(svc: FamilyService, clock: Any) -> None:
    svc.save_family(Family(name="Edge"))
    child = svc.add_child("Child D", "8-10", "fox")
    today = clock.now().date()
    for bad in (date(9999, 12, 31), date(1999, 12, 31), today.replace(year=today.year + 11)):
        child.start_date = bad
        with pytest.raises(ValueError) as info:
            svc.update_child(child)
        assert "Child D" in str(info.value) and bad.isoformat() in str(info.value)
        assert svc.children()[0].start_date == today  # nothing saved
    child.start_date = date(2000, 1, 1)
    svc.update_child(child)
    assert svc.children()[0].start_date == date(2000, 1, 1)


def test_renaming_a_child_whose_stored_date_is_odd_still_works(
    far_family: Path, clock: FakeClock, library: Any
) -> None:
    """The range guards a date being chosen; a date already stored is kept (nothing saved is lost)."""
    with Store.open(paths.db_path(far_family), clock=clock) as store:
        svc = FamilyService(store, library, clock)
        (child,) = svc.children()
        child.nickname = "Rob"
        svc.update_child(child)
        assert svc.children()[0].nickname == "Rob"


def test_a_stored_cadence_the_app_does_not_offer_is_read_as_fourteen(svc: FamilyService, store: Store) -> None:
    svc.save_family(Family(name="Edge"))
    store.db.execute("UPDATE family SET cadence_days = 5")
    assert svc.cadence() == 14
    assert any("every 5 days" in n and "14" in n for n in svc.data_notices())
    store.db.execute("UPDATE family SET cadence_days = 28")
    assert svc.cadence() == 28 and svc.data_notices() == []


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: Path, *args: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(data))
    code = cli_main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_schedule_and_calendar_with_a_far_start_date(
    far_family: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _cli(monkeypatch, capsys, far_family, "schedule")
    assert code == 0, err
    assert "something went wrong" not in err and "9999-12-31" in out
    assert "Child D" in err and "9999-12-31" in err and "2000-01-01" in err  # the notice says what and where
    ics = tmp_path / "dates.ics"
    code, out, err = _cli(monkeypatch, capsys, far_family, "calendar", str(ics))
    assert code == 0, err
    assert "something went wrong" not in err and ics.is_file()


def test_the_parent_area_opens_with_a_far_start_date_and_bounds_the_date_box(
    far_family: Path, clock: FakeClock, library: Any, qtbot: Any, qapp: Any
) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    from familysafe.ui.parent import ParentArea

    store = Store.open(paths.db_path(far_family), clock=clock)
    svc = FamilyService(store, library, clock)
    area = ParentArea(svc)
    try:
        area.show()
        qtbot.waitExposed(area)
        area.start()
        boxes = area.findChildren(QDateEdit)
        (box,) = [b for b in boxes if "start date" in b.accessibleName()]
        assert box.minimumDate() == QDate(2000, 1, 1)
        assert box.maximumDate() == QDate(2036, 12, 5)
        # Showing the odd stored date did not change it: nothing saved is lost.
        assert svc.children()[0].start_date == date(9999, 12, 31)
        box.setDate(QDate(2026, 11, 30))
        qtbot.waitUntil(lambda: svc.children()[0].start_date == date(2026, 11, 30))
    finally:
        area.reminders.timer.stop()
        area.close()
        area.deleteLater()
        store.close()
