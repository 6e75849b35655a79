"""The errors the use-cases raise, for the screens and the CLI to turn into words.

A use-case that refuses what the family typed or chose (a nickname, a PIN, a date, a note, a backup
file) raises `FamilyError` with a **code** and its **parameters**, never a sentence: the window turns
the code into the family's language (`familysafe.ui.errors`), the command line into English
(`familysafe.cli.errors`). `CODES` lists every code with the parameters it carries; a test checks that
every code raised in services/ is listed here and has words in both tables.

A store failure (a full or read-only disk, a damaged file) reaches the edges as `StoreError`, with a
plain `.message`; the screens import it from here, never from the store. A refused content pack is a
`PackError` (services.packs), whose `.kind` is its code (`pack.<kind>` in the tables).
"""

from __future__ import annotations

from pathlib import Path

from familysafe.store.errors import CorruptDatabase, StoreError

# Every FamilyError code and the names of its parameters.
CODES: dict[str, tuple[str, ...]] = {
    "nickname.empty": (),
    "nickname.too_long": ("max",),
    "nickname.character": ("char", "kind"),  # the character as U+XXXX, and its kind (CHARACTER_KINDS)
    "nickname.invisible": (),
    "pin.empty": (),
    "pin.digits_only": (),
    "pin.too_short": ("min",),
    "pin.too_long": ("max",),
    "start_date.out_of_range": ("nickname", "date", "first", "last"),
    "note.empty": (),
    "note.too_long": ("max",),
    "backup.same_file": ("file",),
    "restore.not_a_file": ("file",),
    "restore.same_file": ("file",),
    "export.no_folder": ("folder",),  # raised as ExportError(..., code=...) by services.exporting
    "export.not_written": ("folder", "reason"),
    "band.unknown": ("band", "bands"),  # services.growing: moving a child up or back
    "band.same": ("nickname", "band"),
    "band.none_older": ("nickname",),
}

# The kinds of character a nickname may not hold (the `kind` of "nickname.character"; core.text.char_kind).
CHARACTER_KINDS = ("line_break", "tab", "escape", "nul", "direction", "line_separator", "control")


class FamilyError(ValueError):
    """Something the family typed or chose that the use-case refuses; nothing was changed.

    `.code` names the problem (a key of CODES) and `.params` its values, for the edges to put into
    words. A ValueError, so code that caught the old plain ValueError still catches it.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params: dict[str, str] = {k: str(v) for k, v in params.items()}
        super().__init__(code)

    def __str__(self) -> str:  # for logs and tests only: the edges make the words
        values = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.code} ({values})" if values else self.code


class ChoiceError(FamilyError, StoreError):
    """A file the family chose for a backup or a restore that cannot be used (it is the file in use, or
    not a file). Also a StoreError, as the other reasons a backup or restore fails are."""

    def __init__(self, code: str, **params: object) -> None:
        FamilyError.__init__(self, code, **params)
        self.message = str(self)  # StoreError's attribute; the edges use the code instead
        file = params.get("file")
        self.path = Path(str(file)) if file is not None else None


__all__ = ["CHARACTER_KINDS", "CODES", "ChoiceError", "CorruptDatabase", "FamilyError", "StoreError"]
