"""The grown-up's notes: listed per child, changed and deleted from the parent area, and in the export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from familysafe.services.exporting import JSON_NAME, write_export
from familysafe.ui.parent import TAB_NOTES
from familysafe.ui.parent import dialogs as parent_mod

pytestmark = pytest.mark.usefixtures("qapp")


def test_edit_a_note_by_keyboard_and_export_it(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], tmp_path: Path
) -> None:
    area.refresh()
    area.show_tab(TAB_NOTES)
    [(note, edit, save, _)] = area.notes_tab.note_rows
    assert edit.toPlainText() == note.text and "Child A" in edit.accessibleName()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "We agreed on a secret signal.")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # Tab leaves the box rather than typing a tab
    assert "\t" not in edit.toPlainText()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    [stored] = svc.notes(family["child_a"])
    assert stored.text == "We agreed on a secret signal." and stored.id == note.id and stored.created == note.created
    assert "saved" in area.status.text()
    folder = write_export(svc.store, tmp_path)
    data = json.loads((folder / JSON_NAME).read_text(encoding="utf-8"))
    child_a = next(c for c in data["children"] if c["child"]["nickname"] == "Child A")
    assert [n["text"] for n in child_a["notes"]] == ["We agreed on a secret signal."]
    assert "secret signal" in (folder / "notes.csv").read_text(encoding="utf-8-sig")


def test_an_empty_note_is_refused(qtbot: Any, area: Any, svc: Any, family: dict[str, Any]) -> None:
    area.refresh()
    area.show_tab(TAB_NOTES)
    [(note, edit, save, _)] = area.notes_tab.note_rows
    edit.setPlainText("   ")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "cannot be empty" in area.status.text()
    assert svc.notes(family["child_a"])[0].text == note.text


def test_delete_a_note_after_asking(qtbot: Any, area: Any, svc: Any, family: dict[str, Any], monkeypatch: Any) -> None:
    replies = [False, True]
    asked: list[str] = []

    def fake(parent: Any, title: str, text: str, yes: str, no: str) -> bool:
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(parent_mod, "confirm", fake)
    area.refresh()
    area.show_tab(TAB_NOTES)
    qtbot.mouseClick(area.notes_tab.note_rows[0][3], Qt.MouseButton.LeftButton)
    assert "cannot be undone" in asked[0] and svc.notes(family["child_a"])
    qtbot.mouseClick(area.notes_tab.note_rows[0][3], Qt.MouseButton.LeftButton)
    assert svc.notes(family["child_a"]) == [] and area.notes_tab.note_rows == []


def test_notes_tab_without_notes(area: Any, svc: Any, family: dict[str, Any], monkeypatch: Any) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    svc.delete_note(svc.notes(family["child_a"])[0])
    area.refresh()
    area.show_tab(TAB_NOTES)
    assert area.notes_tab.note_rows == []
