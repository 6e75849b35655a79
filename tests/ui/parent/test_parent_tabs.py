"""The parent area is one widget per tab: an action rebuilds only the tabs that show what it changed,
the tab objects live as long as the area, and the window builds the area only when first opened."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from familysafe.ui.parent import TAB_NOTES, TAB_SCHEDULE
from familysafe.ui.parent import dialogs as parent_dialogs

pytestmark = pytest.mark.usefixtures("qapp")
SRC = Path(__file__).resolve().parents[3] / "src" / "familysafe"


def _builds(area: Any) -> dict[str, int]:
    return {type(p).__name__: p.builds for p in area.pages}


def test_refresh_keeps_the_tab_objects(area: Any, family: dict[str, Any]) -> None:
    pages = [area.tabs.widget(i) for i in range(area.tabs.count())]
    area.refresh()
    assert [area.tabs.widget(i) for i in range(area.tabs.count())] == pages
    assert pages[:-1] == area.pages and pages[-1] is area.guides


def test_saving_a_note_rebuilds_only_the_tabs_that_show_notes(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any]
) -> None:
    area.refresh()
    area.show_tab(TAB_NOTES)
    before = _builds(area)
    export_who = area.data_tab.export_who
    theme_combo = area.settings_tab.theme_combo
    cadence = area.schedule_tab.cadence
    [(_, edit, save, _)] = area.notes_tab.note_rows
    edit.setPlainText("We agreed on a secret signal.")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert svc.notes(family["child_a"])[0].text == "We agreed on a secret signal."
    after = _builds(area)
    rebuilt = {name for name in after if after[name] != before[name]}
    assert rebuilt == {"NotesTab", "ProgressTab"}
    # The other tabs' widgets are the very same objects (nothing torn down and made again).
    assert area.data_tab.export_who is export_who
    assert area.settings_tab.theme_combo is theme_combo
    assert area.schedule_tab.cadence is cadence
    assert area.notes_tab.note_rows[0][1] is not edit  # the notes tab itself shows the saved text
    assert area.notes_tab.note_rows[0][1].toPlainText() == "We agreed on a secret signal."


def test_opening_an_activity_early_leaves_the_settings_and_data_alone(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any]
) -> None:
    area.refresh()
    area.show_tab(TAB_SCHEDULE)
    before = _builds(area)
    theme_combo = area.settings_tab.theme_combo
    early = next(
        b
        for b in area.schedule_tab.widget().findChildren(type(area.close_btn))
        if b.accessibleName() == "Open the next activity now for Child B"
    )
    with qtbot.waitSignal(area.children_changed):
        qtbot.mouseClick(early, Qt.MouseButton.LeftButton)
    after = _builds(area)
    rebuilt = {name for name in after if after[name] != before[name]}
    assert "ScheduleTab" in rebuilt
    assert not rebuilt & {"SettingsTab", "DataTab", "ChildrenTab", "NotesTab", "PacksTab"}
    assert area.settings_tab.theme_combo is theme_combo


def test_erasing_everything_rebuilds_every_tab(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], monkeypatch: Any
) -> None:
    monkeypatch.setattr(parent_dialogs, "confirm", lambda *a: True)
    area.refresh()
    before = _builds(area)
    with qtbot.waitSignal(area.store_replaced):
        qtbot.mouseClick(area.data_tab.erase_all_btn, Qt.MouseButton.LeftButton)
    after = _builds(area)
    assert all(after[name] == before[name] + 1 for name in before)


def test_the_window_imports_the_parent_area_only_when_first_opened() -> None:
    code = (
        "import sys\n"
        "import familysafe.ui.main_window\n"
        "assert 'familysafe.ui.parent.area' not in sys.modules, 'imported at start'\n"
        "from familysafe.ui.parent import ParentArea\n"
        "assert 'familysafe.ui.parent.area' in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_no_screen_reaches_into_the_store() -> None:
    """The screens call services only: nothing under ui/ touches `svc.store` (or any `.store`)."""
    found = [
        f"{path.relative_to(SRC)}:{n}: {line.strip()}"
        for path in sorted((SRC / "ui").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.store\b", line)
    ]
    assert not found, "\n".join(found)
