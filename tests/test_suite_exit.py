"""The suite's own machinery: a run that breaks before it finishes never exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BOOM = '''
import PySide6.QtCore  # as in every real run: Qt is loaded, so conftest's early exit is taken


def pytest_sessionstart(session):
    raise RuntimeError("a session-start hook broke")
'''


def test_an_internal_error_at_session_start_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "boom_plugin.py").write_text(BOOM)
    env = {**os.environ, "PYTHONPATH": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("MUTANT_UNDER_TEST", None)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "boom_plugin", "-p", "no:cacheprovider", "tests/core/test_help.py"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "a session-start hook broke" in proc.stdout + proc.stderr
    assert proc.returncode != 0, proc.stdout + proc.stderr
