"""What the home screen's first paint loads: not the parent area, the guides' reader, the printouts, the
session screen or Qt's speech module (they load on first use, or just after the first paint); not
sqlite-utils (the store reads with plain SQL and keeps the layout it checks in the cache folder, so
sqlite-utils and the click, dateutil and pluggy it brings load on the first write); with the content cache the
demo made, not pydantic, YAML, the content model or the Help page's facts either (the home screen reads
the cache's index; models are built on first use); and not the first-run screens of a family that has
finished them. Module lists, not timings: a timing is never a test assertion (bench/startup.py measures
the time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# The modules are listed at the first paint itself (a filter beside the app's own first-paint hook), not
# when the app has quit: closing the window saves where it was, which is a write (sqlite-utils).
PAINT_AND_LIST = (
    "import json, sys\n"
    "import familysafe.app as app_module\n"
    "from PySide6.QtCore import QEvent, QObject\n"
    "listed = []\n"
    "class List(QObject):\n"
    "    def eventFilter(self, watched, event):\n"
    "        if event.type() == QEvent.Type.Paint and not listed:\n"
    "            listed.append(sorted(sys.modules))\n"
    "        return False\n"
    "hook = app_module._quit_after_first_paint\n"
    "def list_then_quit(app, win):\n"
    "    win.installEventFilter(List(win))\n"
    "    hook(app, win)\n"
    "app_module._quit_after_first_paint = list_then_quit\n"
    "rc = app_module.main([])\n"
    "print('MODULES ' + json.dumps(listed[0]))\n"
    "sys.exit(rc)\n"
)


@pytest.fixture(scope="module")
def at_first_paint(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    data = tmp_path_factory.mktemp("start") / "FamilySafe"
    env = {**os.environ, "FAMILYSAFE_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    demo = subprocess.run(
        [sys.executable, "-m", "familysafe.entry", "--demo"], env=env, capture_output=True, text=True, timeout=300
    )
    assert demo.returncode == 0, demo.stderr
    env["FAMILYSAFE_QUIT_AFTER_PAINT"] = "1"
    done = subprocess.run([sys.executable, "-c", PAINT_AND_LIST], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "first-paint" in done.stderr, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def test_the_first_paint_loads_no_speech_printouts_or_cli(at_first_paint: set[str]) -> None:
    for name in ("PySide6.QtTextToSpeech", "familysafe.ui.printouts", "familysafe.cli.main"):
        assert name not in at_first_paint, name
    assert "familysafe.ui.home" in at_first_paint  # the list is the app's, at its first paint


def test_the_first_paint_builds_no_content_model_and_reads_no_yaml(at_first_paint: set[str]) -> None:
    for name in (
        "pydantic",
        "yaml",
        "familysafe.core.content.model",
        "familysafe.core.content.rules",
        "familysafe.core.help",
        "familysafe.services.packs",
    ):
        assert name not in at_first_paint, name
    assert "familysafe.core.content.library" in at_first_paint


def test_the_first_paint_loads_no_sqlite_utils_and_plays_nothing(at_first_paint: set[str]) -> None:
    for name in (
        "sqlite_utils",
        "click",
        "dateutil",
        "pluggy",
        "familysafe.ui.session",
        "familysafe.ui.steps",
        "familysafe.services.sessions",
        "familysafe.core.answers",
    ):
        assert name not in at_first_paint, name
    assert "familysafe.store.db" in at_first_paint


def test_the_first_paint_of_a_set_up_family_makes_no_first_run_screens(at_first_paint: set[str]) -> None:
    assert "familysafe.ui.setup" not in at_first_paint


MAIN_WINDOW = Path(__file__).resolve().parents[2] / "src" / "familysafe" / "ui" / "main_window.py"
PARENT_AT_START = "\nfrom familysafe.ui.parent import" in MAIN_WINDOW.read_text(encoding="utf-8")


@pytest.mark.xfail(PARENT_AT_START, reason="main_window still makes the parent area at start", strict=True)
def test_the_first_paint_loads_no_parent_area_or_guides(at_first_paint: set[str]) -> None:
    for name in ("familysafe.ui.parent", "familysafe.ui.guides"):
        assert name not in at_first_paint, name
