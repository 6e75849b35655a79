"""Where file dialogs start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_dir() -> Path:
    """The user's Documents folder when it exists, else their home folder. Nothing is created: a dialog
    started in a folder that does not exist greys out its Choose button."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()
