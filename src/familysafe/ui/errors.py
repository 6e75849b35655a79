"""The one place the window turns the use-cases' error codes into words, in the family's language.

Services raise `FamilyError(code, **params)` (familysafe.services.errors) and `PackError` (whose
`.kind` is its code); the sentences live here, marked with QT_TRANSLATE_NOOP so lupdate puts them in
translations/*.ts (context "Errors"), and are translated when shown. `{name}` in a sentence is
replaced by the parameter of that name. The command line has its own English table
(familysafe.cli.errors); a test checks that both cover every code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Errors"

_MARKED: dict[str, object] = {  # QT_TRANSLATE_NOOP marks each for lupdate and returns it unchanged
    "nickname.empty": QT_TRANSLATE_NOOP("Errors", "A nickname is needed."),
    "nickname.too_long": QT_TRANSLATE_NOOP("Errors", "A nickname can have up to {max} letters."),
    "nickname.character": QT_TRANSLATE_NOOP(
        "Errors",
        "That nickname contains {kind} ({char}), which is not allowed. "
        "Please type it again with letters, numbers and spaces.",
    ),
    "nickname.invisible": QT_TRANSLATE_NOOP(
        "Errors", "That nickname has no visible letters. Please type it again with letters, numbers and spaces."
    ),
    "pin.empty": QT_TRANSLATE_NOOP("Errors", "Please type a PIN."),
    "pin.digits_only": QT_TRANSLATE_NOOP("Errors", "A PIN can only have the numbers 0 to 9 in it."),
    "pin.too_short": QT_TRANSLATE_NOOP("Errors", "A PIN needs at least {min} numbers."),
    "pin.too_long": QT_TRANSLATE_NOOP("Errors", "A PIN can have at most {max} numbers."),
    "start_date.out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "{nickname}'s start date cannot be {date}: FamilySafe accepts start dates from {first} to {last}. "
        "Nothing was changed.",
    ),
    "note.empty": QT_TRANSLATE_NOOP("Errors", "A note cannot be empty. To remove it, delete it."),
    "note.too_long": QT_TRANSLATE_NOOP("Errors", "A note can have up to {max} letters."),
    "backup.same_file": QT_TRANSLATE_NOOP(
        "Errors", "{file} is the file FamilySafe is using; choose another name for the copy."
    ),
    "restore.not_a_file": QT_TRANSLATE_NOOP("Errors", "{file} is not a file FamilySafe can read. Nothing was changed."),
    "restore.same_file": QT_TRANSLATE_NOOP(
        "Errors", "{file} is the file FamilySafe is using now; choose a saved copy."
    ),
    "export.no_folder": QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist, so nothing was exported."),
    "export.not_written": QT_TRANSLATE_NOOP(
        "Errors",
        "FamilySafe could not write the export into {folder} ({reason}). Nothing was exported. "
        "Please check that the folder is writable and the disk has space.",
    ),
    "band.unknown": QT_TRANSLATE_NOOP("Errors", "There is no age group {band}; the age groups are {bands}."),
    "band.same": QT_TRANSLATE_NOOP("Errors", "{nickname} is in ages {band} already. Nothing was changed."),
    "band.none_older": QT_TRANSLATE_NOOP("Errors", "{nickname} is in the oldest age group already."),
    # A refused pack: a sentence for its kind, then the technical detail (file and entry names).
    "pack.bomb": QT_TRANSLATE_NOOP("Errors", "A file inside the pack is bigger than it says."),
    "pack.cancelled": QT_TRANSLATE_NOOP("Errors", "The check was cancelled; nothing was installed."),
    "pack.clash": QT_TRANSLATE_NOOP("Errors", "The pack uses a name that belongs to FamilySafe's own content."),
    "pack.damaged": QT_TRANSLATE_NOOP("Errors", "The pack is damaged or is not a FamilySafe pack."),
    "pack.file-type": QT_TRANSLATE_NOOP("Errors", "The pack holds a kind of file FamilySafe does not read."),
    "pack.hash": QT_TRANSLATE_NOOP("Errors", "A file in the pack is not the one its list of files names."),
    "pack.invalid": QT_TRANSLATE_NOOP("Errors", "The pack's activities do not follow FamilySafe's rules."),
    "pack.io": QT_TRANSLATE_NOOP("Errors", "FamilySafe could not write or remove the pack's files."),
    "pack.key": QT_TRANSLATE_NOOP("Errors", "The signing key cannot be used."),
    "pack.link": QT_TRANSLATE_NOOP("Errors", "The pack holds a link; a pack may only hold plain files."),
    "pack.manifest": QT_TRANSLATE_NOOP("Errors", "The pack's list of files is missing or wrong."),
    "pack.not-found": QT_TRANSLATE_NOOP("Errors", "The pack cannot be found or read."),
    "pack.older": QT_TRANSLATE_NOOP("Errors", "Only a newer version of the pack can replace the one installed."),
    "pack.signature": QT_TRANSLATE_NOOP("Errors", "The pack's signature is damaged."),
    "pack.state": QT_TRANSLATE_NOOP("Errors", "This pack was already installed or discarded."),
    "pack.too-big": QT_TRANSLATE_NOOP("Errors", "The pack is too big."),
    "pack.too-many-files": QT_TRANSLATE_NOOP("Errors", "The pack has too many files."),
    "pack.unsafe-path": QT_TRANSLATE_NOOP("Errors", "A file in the pack has a name or place that is not safe."),
}
WORDS: dict[str, str] = {code: str(text) for code, text in _MARKED.items()}

# The `kind` of a refused character ("nickname.character"), worded before it goes into the sentence.
_MARKED_KINDS: dict[str, object] = {
    "line_break": QT_TRANSLATE_NOOP("Errors", "a line break"),
    "tab": QT_TRANSLATE_NOOP("Errors", "a tab"),
    "escape": QT_TRANSLATE_NOOP("Errors", "an escape character"),
    "nul": QT_TRANSLATE_NOOP("Errors", "a NUL character"),
    "direction": QT_TRANSLATE_NOOP("Errors", "a text-direction control"),
    "line_separator": QT_TRANSLATE_NOOP("Errors", "a line separator"),
    "control": QT_TRANSLATE_NOOP("Errors", "a control character"),
}
CHARACTER_KINDS: dict[str, str] = {kind: str(text) for kind, text in _MARKED_KINDS.items()}


def fill(template: str, params: dict[str, str]) -> str:
    """Put each parameter where `{name}` stands (no format mini-language: a nickname is only text)."""
    for name, value in params.items():
        template = template.replace("{" + name + "}", value)
    return template


def error_text(error: BaseException) -> str:
    """What went wrong, in the interface language: a FamilyError, ExportError or PackError by its code
    (a pack's detail follows in brackets), a StoreError by its plain message."""
    code = getattr(error, "code", None)
    params: dict[str, str] = dict(getattr(error, "params", {}) or {})
    kind = getattr(error, "kind", None)
    if code is None and isinstance(kind, str):
        code = f"pack.{kind}"
    words = WORDS.get(code) if isinstance(code, str) else None
    if words is None:
        return str(getattr(error, "message", "") or error)
    if "kind" in params and code == "nickname.character":
        params["kind"] = QCoreApplication.translate(CONTEXT, CHARACTER_KINDS.get(params["kind"], "a control character"))
    text = fill(QCoreApplication.translate(CONTEXT, words), params)
    detail = getattr(error, "message", "") if isinstance(kind, str) else ""
    return f"{text} ({detail})" if detail and kind != "cancelled" else text
