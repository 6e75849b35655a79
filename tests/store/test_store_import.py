"""Importing the store is cheap and Qt-free (DESIGN §3, STYLE rule 1)."""

from __future__ import annotations

import subprocess
import sys

_SCRIPT = (
    "import sys, familysafe.store\n"
    "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'sqlite_utils'))]\n"
    "assert not loaded, loaded\n"
)


def test_import_loads_no_qt_and_no_sqlite_utils() -> None:
    subprocess.run([sys.executable, "-c", _SCRIPT], check=True, timeout=60)


def test_brief_check() -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import familysafe.store, sys; assert not [m for m in sys.modules if m.startswith('PySide6')]",
        ],
        check=True,
        timeout=60,
    )


def test_no_qt_in_store_sources() -> None:
    from pathlib import Path

    import familysafe.store

    folder = Path(familysafe.store.__file__).parent
    for source in folder.glob("*.py"):
        assert "PySide6" not in source.read_text(encoding="utf-8"), source
