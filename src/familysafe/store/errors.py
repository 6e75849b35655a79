"""What can go wrong with the family's data file, in words a parent can act on.

Every error carries `.message` (plain English naming the file) and the paths
involved as attributes, so the UI can show the message as it is or compose a
translated one from the fields and the class.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A problem with the family's data: `.message` says what, in plain words, and names the file."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path


class DataFolderError(StoreError):
    """The data folder could not be created or written to."""


class FileTooNew(StoreError):
    """The file was saved by a newer FamilySafe; it was left exactly as it was."""

    def __init__(self, path: Path, file_version: int, app_version: int) -> None:
        super().__init__(
            f"The file {path} was saved by a newer version of FamilySafe, so this version cannot open it. "
            "Nothing in the file was changed. Please install the newest FamilySafe to open it.",
            path,
        )
        self.file_version = file_version
        self.app_version = app_version


class FileTooOld(StoreError):
    """The file is from a FamilySafe too old for this version to upgrade; it was left as it was."""

    def __init__(self, path: Path, file_version: int, min_supported: int) -> None:
        super().__init__(
            f"The file {path} was saved by a very old version of FamilySafe that this version cannot "
            "upgrade. Nothing in the file was changed.",
            path,
        )
        self.file_version = file_version
        self.min_supported = min_supported


class NotFamilySafeFile(StoreError):
    """The file is a database, but not one FamilySafe made; it was left as it was."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The file {path} is not a FamilySafe file, so FamilySafe did not open it. "
            "Nothing in the file was changed.",
            path,
        )


class CorruptDatabase(StoreError):
    """The file was damaged: it was moved aside to `moved_to` (never deleted); `backups` lists good
    backups, newest first, that the family can restore."""

    def __init__(self, path: Path, moved_to: Path, backups: list[Path], reason: str | None = None) -> None:
        if backups:
            count = "is 1 saved copy" if len(backups) == 1 else f"are {len(backups)} saved copies"
            offer = f"There {count} you can go back to; the newest is {backups[0].name}."
        else:
            offer = "No saved copies were found, so FamilySafe will start afresh."
        what = f"could not be used, because {reason}" if reason else "was damaged and could not be opened"
        super().__init__(
            f"The file {path} {what}. It has been kept, not deleted, as {moved_to}. {offer}",
            path,
        )
        self.reason = reason
        self.moved_to = moved_to
        self.backups = backups


class MigrationFailed(StoreError):
    """Upgrading the file to this version's layout failed; the file is at the last good version and
    `backup` (if any) is the copy taken before the upgrade began."""

    def __init__(self, path: Path, from_version: int, backup: Path | None) -> None:
        kept = f" A copy from before the upgrade is at {backup}." if backup else ""
        super().__init__(
            f"FamilySafe could not upgrade the file {path} to work with this version.{kept}",
            path,
        )
        self.from_version = from_version
        self.backup = backup


class RecordNotFound(StoreError, LookupError):
    """The record asked for (a child, a session, a note) is not in the file."""


class SessionConflict(StoreError):
    """A session cannot do what was asked: the child already has an unfinished run of the activity,
    or the session was already finished or abandoned."""
