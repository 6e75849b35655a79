"""The family's data on this computer: one SQLite file, its backups, and typed access to it.

No Qt here, and sqlite-utils is only imported when a store is opened, so
importing this package is cheap.
"""

from __future__ import annotations

from familysafe.store.backup import (
    auto_backup,
    backup_now,
    backup_taken,
    list_backups,
    restore_backup,
)
from familysafe.store.db import Store
from familysafe.store.errors import (
    CorruptDatabase,
    DataFolderError,
    FileTooNew,
    FileTooOld,
    MigrationFailed,
    NotFamilySafeFile,
    RecordNotFound,
    SessionConflict,
    StoreError,
)
from familysafe.store.paths import backup_dir, data_dir, db_path, ensure_data_dir
from familysafe.store.schema import MIN_SUPPORTED, SCHEMA_VERSION

__all__ = [
    "MIN_SUPPORTED",
    "SCHEMA_VERSION",
    "CorruptDatabase",
    "DataFolderError",
    "FileTooNew",
    "FileTooOld",
    "MigrationFailed",
    "NotFamilySafeFile",
    "RecordNotFound",
    "SessionConflict",
    "Store",
    "StoreError",
    "auto_backup",
    "backup_dir",
    "backup_now",
    "backup_taken",
    "data_dir",
    "db_path",
    "ensure_data_dir",
    "list_backups",
    "restore_backup",
]
