"""The command line's words for the use-cases' error codes, in English (the window has its own,
translated table: familysafe.ui.errors; a test checks that both cover every code)."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "nickname.empty": "A nickname is needed.",
    "nickname.too_long": "A nickname can have up to {max} letters.",
    "nickname.character": "That nickname contains {kind} ({char}), which is not allowed. "
    "Please type it again with letters, numbers and spaces.",
    "nickname.invisible": "That nickname has no visible letters. "
    "Please type it again with letters, numbers and spaces.",
    "pin.empty": "Please type a PIN.",
    "pin.digits_only": "A PIN can only have the numbers 0 to 9 in it.",
    "pin.too_short": "A PIN needs at least {min} numbers.",
    "pin.too_long": "A PIN can have at most {max} numbers.",
    "start_date.out_of_range": "{nickname}'s start date cannot be {date}: FamilySafe accepts start dates from "
    "{first} to {last}. Nothing was changed.",
    "note.empty": "A note cannot be empty. To remove it, delete it.",
    "note.too_long": "A note can have up to {max} letters.",
    "backup.same_file": "{file} is the file FamilySafe is using; choose another name for the copy.",
    "restore.not_a_file": "{file} is not a file FamilySafe can read. Nothing was changed.",
    "restore.same_file": "{file} is the file FamilySafe is using now; choose a saved copy.",
    "export.no_folder": "The folder {folder} does not exist, so nothing was exported.",
    "export.not_written": "FamilySafe could not write the export into {folder} ({reason}). Nothing was exported. "
    "Please check that the folder is writable and the disk has space.",
    "band.unknown": "There is no age group {band}; the age groups are {bands}.",
    "band.same": "{nickname} is in ages {band} already. Nothing was changed.",
    "band.none_older": "{nickname} is in the oldest age group already.",
    # A refused pack: its message already names the file and the problem in full.
    **{
        f"pack.{kind}": "{detail}"
        for kind in (
            "bomb", "cancelled", "clash", "damaged", "file-type", "hash", "invalid", "io", "key", "link",
            "manifest", "not-found", "older", "signature", "state", "too-big", "too-many-files", "unsafe-path",
        )
    },
}  # fmt: skip

# The `kind` of a refused character ("nickname.character").
CHARACTER_KINDS: dict[str, str] = {
    "line_break": "a line break",
    "tab": "a tab",
    "escape": "an escape character",
    "nul": "a NUL character",
    "direction": "a text-direction control",
    "line_separator": "a line separator",
    "control": "a control character",
}


def english(error: BaseException) -> str:
    """The error in plain English: a FamilyError by its code, a PackError, StoreError or ExportError by
    its message."""
    code = getattr(error, "code", None)
    kind = getattr(error, "kind", None)
    params: dict[str, str] = dict(getattr(error, "params", {}) or {})
    params.setdefault("detail", str(getattr(error, "message", "") or error))
    if code is None and isinstance(kind, str):
        code = f"pack.{kind}"
    if code == "nickname.character" and "kind" in params:
        params["kind"] = CHARACTER_KINDS.get(params["kind"], "a control character")
    words = WORDS.get(code) if isinstance(code, str) else None
    if words is None:
        return params["detail"]
    for name, value in params.items():
        words = words.replace("{" + name + "}", value)
    return words
