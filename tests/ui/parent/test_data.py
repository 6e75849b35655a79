"""The family's data from the parent area: export (JSON and CSV), erase a child, erase everything, back up
and go back to a backup. Each round-trips, and bad input changes nothing."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from familysafe.core.models import Note
from familysafe.services.exporting import COLUMNS, JSON_NAME, write_export
from familysafe.store.backup import auto_backup
from familysafe.ui.parent import TAB_DATA
from familysafe.ui.parent import dialogs as parent_mod

pytestmark = pytest.mark.usefixtures("qapp")


def click(qtbot: Any, w: Any) -> None:
    assert w.isEnabled(), w.accessibleName()
    qtbot.mouseClick(w, Qt.MouseButton.LeftButton)


class Asked(list[tuple[str, str, str, str]]):
    """The confirmations asked (title, text, yes, no); each is answered from `replies`, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.replies: list[bool] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Asked:
    asked = Asked()

    def fake(parent: Any, title: str, text: str, yes: str, no: str) -> bool:
        asked.append((title, text, yes, no))
        return asked.replies.pop(0)

    monkeypatch.setattr(parent_mod, "confirm", fake)
    return asked


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def _bytes_everywhere(data_dir: Path) -> bytes:
    """Every byte of every file in the data folder (database, WAL, backups, set-aside copies)."""
    return b"".join(p.read_bytes() for p in sorted(data_dir.rglob("*")) if p.is_file())


def test_export_everything_round_trips(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child_a = family["child_a"]
    svc.store.notes.add(Note(child_a.id, '=HYPERLINK("x") typed by a parent', svc.clock.now()))
    target = tmp_path / "usb"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    area.refresh()
    area.show_tab(TAB_DATA)
    assert area.data_tab.export_who.currentData() is None  # "Everything" first
    click(qtbot, area.data_tab.export_btn)
    [folder] = list(target.iterdir())
    assert str(folder) in area.status.text()
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([JSON_NAME, "README.txt", *(f"{t}.csv" for t in COLUMNS)])
    data = json.loads((folder / JSON_NAME).read_text(encoding="utf-8"))
    expected = svc.store.export_all()
    for d in (data, expected):
        d.pop("exported_at")
    assert data == expected
    # The CSV files hold the same records, one table each.
    children = read_csv(folder / "children.csv")
    assert [c["nickname"] for c in children] == ["Child A", "Child B"]
    notes = read_csv(folder / "notes.csv")
    assert len(notes) == 2 and notes[0]["text"].startswith("Child A said")
    assert notes[1]["text"] == '\'=HYPERLINK("x") typed by a parent'  # never a formula in a spreadsheet
    assert len(read_csv(folder / "sessions.csv")) == 1
    steps = read_csv(folder / "step_results.csv")
    assert len(steps) == len(family["activity"].steps)
    assert {s["session_id"] for s in steps} == {read_csv(folder / "sessions.csv")[0]["id"]}
    assert read_csv(folder / "family.csv")[0]["name"] == "Rivers"
    assert len(read_csv(folder / "pledges.csv")) == 1
    assert list(read_csv(folder / "recall.csv")[0]) == COLUMNS["recall"]


def test_export_one_child(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    area.refresh()
    area.show_tab(TAB_DATA)
    area.data_tab.export_who.setCurrentIndex(area.data_tab.export_who.findData(family["child_b"].id))
    click(qtbot, area.data_tab.export_btn)
    [folder] = [p for p in tmp_path.iterdir() if p.name.startswith("FamilySafe export")]
    assert folder.name.endswith(" - Child B")
    data = json.loads((folder / JSON_NAME).read_text(encoding="utf-8"))
    assert [c["child"]["nickname"] for c in data["children"]] == ["Child B"]
    assert read_csv(folder / "notes.csv") == [] and "Child A" not in (folder / "children.csv").read_text("utf-8-sig")


def test_export_to_a_missing_folder_changes_nothing(svc: Any, family: dict[str, Any], tmp_path: Path) -> None:
    from familysafe.services.exporting import ExportError

    with pytest.raises(ExportError, match="does not exist"):
        write_export(svc.store, tmp_path / "gone")
    assert not (tmp_path / "gone").exists()


def test_erase_a_child_names_them_and_leaves_no_trace(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], data_dir: Path, answers: Any, clock: Any
) -> None:
    child_a = family["child_a"]
    svc.store.notes.add(Note(child_a.id, "Quokkabelle secret word", clock.now()))
    auto_backup(svc.store, data_dir / "backups")  # an automatic backup that holds Child A
    [old_backup] = list((data_dir / "backups").glob("familysafe-*.db"))
    clock.advance(3 * 86400)  # a later day: the fresh backup gets its own name, never the old one's
    needle = b"Quokkabelle"
    assert needle in _bytes_everywhere(data_dir)
    area.refresh()
    area.show_tab(TAB_DATA)
    area.data_tab.erase_who.setCurrentIndex(area.data_tab.erase_who.findData(child_a.id))

    answers.replies.append(False)
    click(qtbot, area.data_tab.erase_btn)
    title, text, yes, no = answers[-1]
    assert "Child A" in title and "Child A" in text and "cannot be undone" in text
    assert yes == "Erase Child A" and no == "Keep Child A"
    assert [c.nickname for c in svc.children()] == ["Child A", "Child B"]  # "No" changed nothing

    answers.replies.append(True)
    with qtbot.waitSignal(area.children_changed):
        click(qtbot, area.data_tab.erase_btn)
    assert [c.nickname for c in svc.children(include_archived=True)] == ["Child B"]
    assert needle not in _bytes_everywhere(data_dir)
    assert b"Child A said" not in _bytes_everywhere(data_dir)
    assert not old_backup.exists(), "the automatic backup that held Child A was deleted"
    [fresh] = list((data_dir / "backups").glob("familysafe-*.db"))
    assert fresh.name != old_backup.name, "a fresh backup without Child A, taken after the erase"
    assert b"Rivers" in fresh.read_bytes() and b"Child B" in fresh.read_bytes()
    assert "Child A was erased" in area.status.text()
    assert area.data_tab.erase_who.findData(child_a.id) == -1


def test_erase_everything_goes_back_to_the_first_run(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], data_dir: Path, answers: Any
) -> None:
    svc.set_pin("2468")
    auto_backup(svc.store, data_dir / "backups")
    old_store = svc.store
    area.refresh()
    area.show_tab(TAB_DATA)
    answers.replies.append(False)
    click(qtbot, area.data_tab.erase_all_btn)
    assert "cannot be undone" in answers[-1][1] and svc.family() is not None

    answers.replies.append(True)
    with qtbot.waitSignal(area.store_replaced):
        click(qtbot, area.data_tab.erase_all_btn)
    assert svc.store is not old_store
    assert svc.family() is None and svc.children(include_archived=True) == [] and not svc.has_pin()
    everything = _bytes_everywhere(data_dir)
    for word in (b"Rivers", b"Child A", b"Child B", b"Tell Team"):
        assert word not in everything
    assert not list((data_dir / "backups").glob("*.db"))


def test_backup_then_restore_round_trips(
    qtbot: Any,
    area: Any,
    svc: Any,
    family: dict[str, Any],
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Any,
) -> None:
    copy = tmp_path / "usb" / "our-backup.db"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    area.refresh()
    area.show_tab(TAB_DATA)
    click(qtbot, area.data_tab.backup_btn)
    assert copy.is_file() and str(copy) in area.status.text()
    before = svc.store.export_all()

    svc.add_child("Child L", "14-17", "owl")
    svc.store.notes.add(Note(family["child_a"].id, "after the backup", svc.clock.now()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    area.refresh()
    area.show_tab(TAB_DATA)
    answers.replies.append(True)
    with qtbot.waitSignal(area.store_replaced):
        click(qtbot, area.data_tab.restore_btn)
    assert str(copy) in answers[-1][1]
    after = svc.store.export_all()
    for d in (before, after):
        d.pop("exported_at")
    assert after == before
    assert [c.nickname for c in svc.children()] == ["Child A", "Child B"]
    kept = list(data_dir.glob("familysafe.db.before-restore-*"))
    assert kept and "kept" in area.status.text()
    assert sqlite3.connect(kept[0]).execute("SELECT count(*) FROM child").fetchone()[0] == 3


@pytest.mark.parametrize("kind", ["text", "empty", "too-new", "not-familysafe", "missing"])
def test_a_bad_backup_is_refused_with_its_name_and_nothing_changes(
    qtbot: Any,
    area: Any,
    svc: Any,
    family: dict[str, Any],
    tmp_path: Path,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Any,
    kind: str,
) -> None:
    bad = tmp_path / f"{kind}.db"
    if kind == "text":
        bad.write_text("this is not a database")
    elif kind == "empty":
        bad.write_bytes(b"")
    elif kind == "too-new":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE family (id INTEGER)")
        conn.execute("PRAGMA user_version = 999")
        conn.commit()
        conn.close()
    elif kind == "not-familysafe":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.commit()
        conn.close()
    before = svc.store.export_all()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    area.refresh()
    area.show_tab(TAB_DATA)
    answers.replies.append(True)
    emitted: list[bool] = []
    area.store_replaced.connect(lambda: emitted.append(True))
    click(qtbot, area.data_tab.restore_btn)
    assert str(bad) in area.status.text(), area.status.text()
    assert not emitted
    after = svc.store.export_all()
    for d in (before, after):
        d.pop("exported_at")
    assert after == before
    assert not list(data_dir.glob("familysafe.db.before-restore-*"))
    assert [c.nickname for c in svc.children()] == ["Child A", "Child B"]


def test_cancelling_changes_nothing(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], monkeypatch: pytest.MonkeyPatch, answers: Any
) -> None:
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    area.refresh()
    area.show_tab(TAB_DATA)
    for b in (area.data_tab.export_btn, area.data_tab.backup_btn, area.data_tab.restore_btn):
        click(qtbot, b)
    assert answers == [] and area.status.text() == ""
    assert [c.nickname for c in svc.children()] == ["Child A", "Child B"]
