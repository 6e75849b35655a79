"""Content packs from the parent area, with the file dialog monkeypatched: every hostile pack is refused
with a message naming the problem and nothing changes; an unverified pack needs the PIN; a trusted one
does not; the new activities show at once, and removing takes them away."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel

from familysafe.services.packs import build_pack, installed_packs_dir
from familysafe.ui.parent import TAB_PACKS
from familysafe.ui.parent import dialogs as parent_mod
from parent_helpers import hostile_packs, leftovers, pack_folder, tree

pytestmark = pytest.mark.usefixtures("qapp")
ACTIVITY = "b810-u01-test"


@pytest.fixture
def pick(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Choose the file the open dialog returns."""

    def choose(path: Path | str) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    return choose


class Pins(list[str]):
    """What the PIN prompt answers (taken from the front; cancelled when empty), and each prompt's text."""

    def __init__(self) -> None:
        super().__init__()
        self.prompts: list[str] = []


@pytest.fixture
def pin_typed(monkeypatch: pytest.MonkeyPatch) -> Pins:
    answers = Pins()

    def fake(parent: Any, title: str, text: str, echo: Any = None, *a: Any, **k: Any) -> tuple[str, bool]:
        answers.prompts.append(text)
        if not answers:
            return "", False
        return answers.pop(0), True

    monkeypatch.setattr(QInputDialog, "getText", fake)
    return answers


def add(qtbot: Any, area: Any) -> None:
    """Click "Add a content pack…" and wait for the check, which runs in a worker thread. (No refresh of
    the whole area first: what an import changes, the area rebuilds itself, and that is tested too.)"""
    area.show_tab(TAB_PACKS)
    qtbot.mouseClick(area.packs_tab.pack_add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not area.packs_tab.pack_import_running(), timeout=30_000)


def test_every_hostile_pack_is_refused_from_the_gui(
    qtbot: Any,
    area: Any,
    svc: Any,
    family: dict[str, Any],
    tmp_path: Path,
    make_key: Any,
    pick: Any,
    pin_typed: Pins,
    data_dir: Path,
) -> None:
    svc.set_pin("2468")
    packs_dir = installed_packs_dir(data_dir)
    activities = set(svc.library.activities)
    n = 0
    for case, path, words in hostile_packs(tmp_path, make_key()):
        pin_typed[:] = ["2468"]
        pick(path)
        add(qtbot, area)
        text = area.status.text()
        assert "was not added" in text and words in text and path.name in text, (case, text)
        assert "Something went wrong" not in text
        assert tree(packs_dir) == {} and leftovers(packs_dir) == [], case
        assert set(svc.library.activities) == activities
        n += 1
    assert n == 12
    assert pin_typed.prompts == []  # refused before anyone is asked for a PIN


def test_unverified_pack_needs_the_right_pin(
    qtbot: Any,
    area: Any,
    svc: Any,
    family: dict[str, Any],
    tmp_path: Path,
    pick: Any,
    pin_typed: Pins,
    data_dir: Path,
) -> None:
    svc.set_pin("2468")
    path = tmp_path / "school.fspack"
    build_pack(pack_folder(tmp_path), path)
    pick(path)
    packs_dir = installed_packs_dir(data_dir)

    add(qtbot, area)  # the prompt is cancelled
    assert "not added" in area.status.text() and tree(packs_dir) == {}
    assert "not signed by a publisher FamilySafe knows" in pin_typed.prompts[-1]
    pin_typed[:] = ["1111"]
    add(qtbot, area)
    assert "PIN is not right" in area.status.text() and tree(packs_dir) == {}
    assert ACTIVITY not in svc.library.activities

    pin_typed[:] = ["2468"]
    with qtbot.waitSignal(area.children_changed):
        add(qtbot, area)
    assert "Added Test pack" in area.status.text() and "unverified" in area.status.text()
    assert ACTIVITY in svc.library.activities  # usable at once, no restart
    assert "fixture" in area.packs_tab.pack_remove_buttons
    assert "Unverified" in " ".join(w.text() for w in area.findChildren(QLabel))

    # The same version again is refused, and what is installed stays.
    before = tree(packs_dir)
    pin_typed[:] = ["2468"]
    add(qtbot, area)
    assert "same version" in area.status.text() and tree(packs_dir) == before


def test_trusted_pack_needs_no_pin_and_can_be_removed(
    qtbot: Any,
    area: Any,
    svc: Any,
    family: dict[str, Any],
    tmp_path: Path,
    pick: Any,
    pin_typed: Pins,
    make_key: Any,
    trust: Any,
    monkeypatch: pytest.MonkeyPatch,
    data_dir: Path,
) -> None:
    from parent_helpers import folder_files, raw_pack

    svc.set_pin("2468")
    key = make_key()
    trust(key)
    path = raw_pack(tmp_path / "signed.fspack", folder_files(pack_folder(tmp_path)), key=key)
    pick(path)
    add(qtbot, area)
    assert pin_typed.prompts == []
    assert "trusted" in area.status.text() and ACTIVITY in svc.library.activities
    assert "Trusted: signed by Test School" in " ".join(w.text() for w in area.findChildren(QLabel))

    replies = [False, True]
    monkeypatch.setattr(parent_mod, "confirm", lambda *a: replies.pop(0))
    qtbot.mouseClick(area.packs_tab.pack_remove_buttons["fixture"], Qt.MouseButton.LeftButton)
    assert ACTIVITY in svc.library.activities
    qtbot.mouseClick(area.packs_tab.pack_remove_buttons["fixture"], Qt.MouseButton.LeftButton)
    assert ACTIVITY not in svc.library.activities and not (installed_packs_dir(data_dir) / "fixture").exists()
    assert area.packs_tab.pack_remove_buttons == {}


def test_without_a_pin_an_unverified_pack_is_confirmed(
    qtbot: Any, area: Any, svc: Any, family: dict[str, Any], tmp_path: Path, pick: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "school.fspack"
    build_pack(pack_folder(tmp_path), path)
    pick(path)
    asked: list[str] = []
    monkeypatch.setattr(parent_mod, "confirm", lambda parent, title, text, yes, no: asked.append(text) or False)
    add(qtbot, area)
    assert asked and "not signed" in asked[0] and ACTIVITY not in svc.library.activities


def test_a_cancelled_dialog_does_nothing(qtbot: Any, area: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    add(qtbot, area)
    assert area.status.text() == ""
