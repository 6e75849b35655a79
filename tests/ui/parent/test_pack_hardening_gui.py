"""Issue 14 in the parent area: a forged trust line never reads as FamilySafe's own, the PIN throttle says
"wait" instead of judging, a pasted nickname with control characters is refused, and a pack is checked
in a worker with a progress dialog and Cancel while the window stays responsive."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QPushButton

from familysafe.core import pin as pins
from familysafe.services import packs
from familysafe.services.packs import build_pack, installed_packs_dir
from familysafe.ui.parent import TAB_CHILDREN, TAB_PACKS
from parent_helpers import leftovers, pack_folder, tree

pytestmark = pytest.mark.usefixtures("qapp")
FORGED = "Evil Ltd\nTrusted: signed by NSPCC"


@pytest.fixture
def pick(monkeypatch: pytest.MonkeyPatch) -> Any:
    def choose(path: Path | str) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    return choose


@pytest.fixture
def typed_pin(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    answers: list[str] = []

    def fake(*a: Any, **k: Any) -> tuple[str, bool]:
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", fake)
    return answers


def add_pack(qtbot: Any, area: Any) -> None:
    """Click "Add a content pack…" and wait until the check (in its worker) has finished."""
    area.refresh()
    area.show_tab(TAB_PACKS)
    qtbot.mouseClick(area.packs_tab.pack_add_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not area.packs_tab.pack_import_running(), timeout=30_000)


def test_a_forged_trust_line_is_never_shown_as_trusted(
    qtbot: Any, area: Any, svc: Any, tmp_path: Path, data_dir: Path
) -> None:
    """A pack installed by an older FamilySafe (before publishers were checked) with a line break in its
    publisher: the card shows the break as an escape, and the trust status is a widget of its own."""
    packs_dir = installed_packs_dir(data_dir)
    src = pack_folder(tmp_path)
    text = (src / "pack.yaml").read_text().replace("publisher: FamilySafe tests", f"publisher: {json.dumps(FORGED)}")
    (src / "pack.yaml").write_text(text)
    packs_dir.mkdir(parents=True, exist_ok=True)
    shutil.copytree(src, packs_dir / "fixture")
    (packs_dir / "fixture" / packs.INSTALL_RECORD).write_text(json.dumps({"trusted": False}))
    area.refresh()
    area.show_tab(TAB_PACKS)
    status = area.packs_tab.pack_trust_labels["fixture"]
    assert status.text().startswith("Unverified")
    texts = [w.text() for w in area.findChildren(QLabel) if w.isVisibleTo(area)]
    # No line on the card starts with "Trusted": the forged one is inside the publisher's line, escaped.
    assert not any(line.startswith("Trusted") for t in texts for line in t.splitlines()), texts
    assert not any("\n" in t and "Evil" in t for t in texts)
    assert any("Evil Ltd\\x0aTrusted" in t for t in texts)  # visible as what it is


def test_the_pack_pin_prompt_says_wait_while_throttled(
    qtbot: Any, area: Any, svc: Any, tmp_path: Path, data_dir: Path, pick: Any, typed_pin: list[str]
) -> None:
    svc.store.family.set_pin_hash(pins.hash_secret("2468", n=2**10))
    for _ in range(5):
        svc.check_pin("1111")
    path = tmp_path / "school.fspack"
    build_pack(pack_folder(tmp_path), path)
    pick(path)
    typed_pin[:] = ["2468"]  # the right PIN, but while the wait runs
    add_pack(qtbot, area)
    text = area.status.text()
    assert "wait" in text and "seconds" in text and "not right" not in text
    assert tree(installed_packs_dir(data_dir)) == {}


def test_a_pasted_nickname_with_control_characters_is_refused(qtbot: Any, area: Any, svc: Any) -> None:
    child = svc.add_child("Child F", "8-10", "fox")
    area.refresh()
    area.show_tab(TAB_CHILDREN)
    [edit] = [e for e in area.findChildren(QLineEdit) if e.accessibleName() == "Nickname of Child F"]
    edit.setText("Child F\u202eevil")  # as a paste would put it
    [save] = [b for b in area.findChildren(QPushButton) if b.accessibleName() == "Save Child F"]
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nickname" in area.children_tab.child_error.text())
    assert "direction" in area.children_tab.child_error.text()
    assert [c.nickname for c in svc.children()] == ["Child F"] and child.nickname == "Child F"


# ---------------------------------------------------------------- 9: the check runs in a worker


def _slow_pack(tmp_path: Path) -> Path:
    path = tmp_path / "school.fspack"
    build_pack(pack_folder(tmp_path), path)
    return path


def test_the_check_runs_in_a_worker_with_progress_and_cancel(
    qtbot: Any,
    area: Any,
    svc: Any,
    tmp_path: Path,
    data_dir: Path,
    pick: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A check that takes long does not block the window: the progress dialog shows, Cancel stops it,
    and nothing is installed or left behind."""
    import threading

    gate = threading.Event()
    real = packs.check_pack

    threads: list[bool] = []

    def slow_check(*a: Any, **k: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        cancelled = k["cancelled"]
        end = time.monotonic() + 5.0  # a long check, stopped by Cancel (bounded so a bug cannot hang the run)
        while not cancelled() and time.monotonic() < end:
            if gate.wait(0.01):
                break
        return real(*a, **k)

    monkeypatch.setattr(packs, "check_pack", slow_check)
    from familysafe.ui.parent import dialogs as parent_mod

    monkeypatch.setattr(parent_mod, "confirm", lambda *a, **k: False)  # never a modal dialog in a test
    pick(_slow_pack(tmp_path))
    area.refresh()
    area.show_tab(TAB_PACKS)
    started = time.monotonic()
    qtbot.mouseClick(area.packs_tab.pack_add_btn, Qt.MouseButton.LeftButton)
    assert time.monotonic() - started < 2.0  # the click returned: the check is not on the GUI thread
    qtbot.waitUntil(lambda: area.packs_tab.pack_progress is not None and area.packs_tab.pack_progress.isVisible())
    assert area.packs_tab.pack_import_running() and not area.packs_tab.pack_add_btn.isEnabled()
    cancel = area.packs_tab.pack_progress.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not area.packs_tab.pack_import_running(), timeout=30_000)
    gate.set()
    assert "cancelled" in area.status.text().lower()
    assert threads == [False]  # checked in a worker thread, never on the GUI thread
    packs_dir = installed_packs_dir(data_dir)
    assert tree(packs_dir) == {} and leftovers(packs_dir) == []
    assert area.packs_tab.pack_add_btn.isEnabled()


def test_a_good_pack_is_added_through_the_worker(
    qtbot: Any, area: Any, svc: Any, tmp_path: Path, data_dir: Path, pick: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familysafe.ui.parent import dialogs as parent_mod

    monkeypatch.setattr(parent_mod, "confirm", lambda *a, **k: True)  # no PIN set: "Add it anyway"
    pick(_slow_pack(tmp_path))
    with qtbot.waitSignal(area.children_changed, timeout=30_000):
        add_pack(qtbot, area)
    assert "Added Test pack" in area.status.text()
    assert "b810-u01-test" in svc.library.activities
    assert area.packs_tab.pack_trust_labels["fixture"].text().startswith("Unverified")


def test_the_pin_gate_says_a_tampered_hash_is_damaged(qtbot: Any, svc: Any) -> None:
    """A hash asking for more work than the app's own settings is never run: the gate says the saved PIN
    is damaged and offers the recovery code, at once."""
    from familysafe.ui.parent import PinGate

    svc.store.family.set_pin_hash({**pins.hash_secret("2468", n=2**10), "n": 2**20, "p": 16})
    gate = PinGate(svc)
    qtbot.addWidget(gate)
    gate.show()
    gate.start()
    started = time.monotonic()
    qtbot.keyClicks(gate.pin, "2468")
    qtbot.keyClick(gate.pin, Qt.Key.Key_Return)
    assert time.monotonic() - started < 2.0
    qtbot.waitUntil(lambda: "damaged" in gate.message.text())
    assert gate.recovery.isVisibleTo(gate)
    assert svc.store.family.throttle().failures == 0
