"""The layers hold (docs/architecture.md): the import-linter contracts in pyproject.toml, and at run time
the command line's jobs load no Qt (a contract sees only imports written in the code)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run(
        [str(lint), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "0 broken" in out.stdout, out.stdout


_RUN_AND_CHECK = """
import sys
from familysafe.cli.main import main
status = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))
print('QT:' + ','.join(loaded))
sys.exit(status)
"""


@pytest.mark.parametrize(
    "job",
    [["schedule"], ["content", "validate"], ["--demo"], ["calendar", "family.ics"], ["pack", "list"]],
    ids=lambda job: " ".join(job),
)
def test_command_line_jobs_load_no_qt(tmp_path: Path, job: list[str]) -> None:
    env = {**os.environ, "FAMILYSAFE_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", _RUN_AND_CHECK, *job],
        capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
    )
    qt_line = [line for line in out.stdout.splitlines() if line.startswith("QT:")]
    assert qt_line, out.stdout + out.stderr
    assert qt_line[-1] == "QT:", f"{' '.join(job)} loaded Qt: {qt_line[-1]}"


def test_importing_the_store_stays_cheap() -> None:
    code = (
        "import sys, familysafe.store\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlite_utils'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


# Folders of tests/ that are not a package of src/familysafe/: whole-window walks, robustness, the
# bundle and installers, and test data.
_OWN_FOLDERS = {"gui", "robust", "packaging", "fixtures"}


def test_the_tests_mirror_the_code() -> None:
    """Every folder of tests/ is a package of src/familysafe/ (tests/ui/parent for ui/parent, ...) or
    one of the few folders of its own, so a newcomer finds a module's tests where the module is."""
    src = ROOT / "src" / "familysafe"
    strays = []
    for folder in sorted(p for p in (ROOT / "tests").rglob("*") if p.is_dir()):
        rel = folder.relative_to(ROOT / "tests")
        if rel.name == "__pycache__" or rel.parts[0] in _OWN_FOLDERS:
            continue
        if not (src / rel / "__init__.py").is_file():
            strays.append(str(rel))
    assert not strays, f"tests/ folders with no package of the same path in src/familysafe/: {strays}"


LONG_FILE_LINES = 500


def test_a_source_file_over_500_lines_says_why() -> None:
    """Issue 15: no room over ~500 lines without a stated reason, in docs/architecture.md's list."""
    src = ROOT / "src" / "familysafe"
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = doc.split("## Files over 500 lines, and why", 1)[1].split("\n## ", 1)[0]
    listed = {line.split("`")[1] for line in section.splitlines() if line.startswith("- `")}
    long_files = {
        str(p.relative_to(src))
        for p in src.rglob("*.py")
        if len(p.read_text(encoding="utf-8").splitlines()) > LONG_FILE_LINES
    }
    unexplained = sorted(long_files - listed)
    assert not unexplained, f"over {LONG_FILE_LINES} lines with no reason in docs/architecture.md: {unexplained}"
    gone = sorted(f for f in listed if not (src / f).is_file())
    assert not gone, f"docs/architecture.md gives a reason for files that no longer exist: {gone}"
