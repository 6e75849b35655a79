"""The family's data as files: the data folder, the export, and where backups live. No Qt.

The window and the command line call these (and `FamilyService.backup_to`, `restore_from`,
`erase_child`, `erase_everything`); neither reaches into the store for a path or hands the store to
the exporter itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from familysafe.services.exporting import ExportError, write_export

if TYPE_CHECKING:
    from familysafe.services.family import FamilyService

__all__ = ["ExportError", "backup_folder", "data_folder", "export"]


def data_folder(svc: FamilyService) -> Path:
    """The folder that holds the family's data file (and the installed content packs)."""
    return Path(svc.store.path).parent


def backup_folder(svc: FamilyService) -> Path | None:
    """Where the automatic backups are kept (None when the store keeps none)."""
    return svc.store.backup_dir


def export(svc: FamilyService, folder: Path, child_id: int | None = None) -> Path:
    """Export everything (or one child's records) into a new folder inside `folder`; return it.
    ExportError or StoreError, naming the folder and the reason, when it cannot be written."""
    return write_export(svc.store, Path(folder), child_id)
