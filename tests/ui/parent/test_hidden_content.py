"""When a content file has a problem the app hides its activity, and the parent area says so, naming it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from familysafe.core.content import Library, load_pack

pytestmark = pytest.mark.usefixtures("qapp")

FIXTURE = Path(__file__).parents[2] / "fixtures" / "pack"


def test_the_shipped_content_hides_nothing_so_no_note(area: Any) -> None:
    area.refresh()
    assert area.content_note.text() == ""
    assert not area.content_note.isVisible()


def test_a_hidden_activity_is_named_in_the_parent_area(qtbot: Any, area: Any, svc: Any, tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE, pack)
    f = pack / "activities" / "8-10" / "u01-test.yaml"
    text = f.read_text()
    assert "You can always tell a grown-up you trust." in text
    f.write_text(text.replace("You can always tell a grown-up", "You can always talk to a grown-up"))
    broken = load_pack(pack, check_reading=False)
    assert broken.activities == []  # hidden from the family
    svc.library = Library([*svc.library.packs, broken])
    area.refresh()
    qtbot.waitUntil(lambda: area.content_note.isVisible())
    note = area.content_note.text()
    assert "1 activity file(s) could not be read and are hidden" in note
    assert "activities/8-10/u01-test.yaml" in note
    assert area.content_note.accessibleName() == note
