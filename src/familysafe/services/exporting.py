"""Export the family's records as JSON and CSV into a folder the parent picks. No Qt.

One export is one new folder holding `familysafe-export.json` (everything, exactly as the store
exports it), one CSV file per table, and a short README.txt. It is written under a temporary name
and renamed when complete, so a failed export leaves nothing half-written behind.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
from dataclasses import fields
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from familysafe.core.models import (
    BandStint,
    Child,
    Family,
    Note,
    Pledge,
    RecallItem,
    SessionRecord,
    StepResult,
    TogetherRecord,
    UnlockRecord,
)

if TYPE_CHECKING:
    from familysafe.store.db import Store

JSON_NAME = "familysafe-export.json"
README_NAME = "README.txt"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets skip these before deciding a cell is a formula: " =1+1" and "\u200b=1+1" are formulas too.
_INVISIBLE_LEAD = " \t\r\n\u00a0\u200b\u200c\u200d\u2060\ufeff"


def _names(cls: type) -> list[str]:
    return [f.name for f in fields(cls)]


# Each CSV's columns, so even an empty table gets a header row a spreadsheet understands.
COLUMNS: dict[str, list[str]] = {
    "family": [*_names(Family), "pin_set", "last_visit"],
    "children": _names(Child),
    "bands": _names(BandStint),
    "sessions": [n for n in _names(SessionRecord) if n != "snapshot"] + ["snapshot"],
    "step_results": _names(StepResult),
    "unlocks": _names(UnlockRecord),
    "recall": _names(RecallItem),
    "notes": _names(Note),
    "pledges": _names(Pledge),
    # Issue 18: one row per child per sitting together (the answers are in that child's step_results).
    "together": [
        "child_id",
        *[n for n in _names(TogetherRecord) if n != "snapshot"],
        "follow_up",
        "session_id",
        "snapshot",
    ],
}


class ExportError(Exception):
    """The export could not be written: `.message` names the folder and the reason in English; `.code`
    and `.params` say the same for the window to put in the family's language (services.errors.CODES)."""

    def __init__(self, message: str, path: Path | None = None, code: str | None = None, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}


def export_data(store: Store, child_id: int | None = None) -> dict[str, Any]:
    """Everything (child_id None) or one child's records, as JSON-ready data in the store's format."""
    if child_id is None:
        return store.export_all()
    data = store.export_child(child_id)
    return {**{k: v for k, v in data.items() if k not in _CHILD_KEYS}, "children": [_child_part(data)]}


_CHILD_KEYS = ("child", "bands", "sessions", "unlocks", "recall", "notes", "pledges", "together")


def _child_part(data: dict[str, Any]) -> dict[str, Any]:
    return {k: data[k] for k in _CHILD_KEYS}


def tables(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The export's records as one list of flat rows per table (JSON fields as JSON text)."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    family = data.get("family")
    if isinstance(family, dict):
        out["family"].append(family)
    for part in data.get("children", []):
        out["children"].append(part["child"])
        for session in part["sessions"]:
            out["sessions"].append({k: v for k, v in session.items() if k != "steps"})
            out["step_results"].extend(session.get("steps", []))
        for name in ("bands", "unlocks", "recall", "notes", "pledges"):
            out[name].extend(part.get(name, []))
        out["together"].extend({"child_id": part["child"].get("id"), **t} for t in part.get("together", []))
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and (
        value.startswith(_FORMULA_START) or value.lstrip(_INVISIBLE_LEAD).startswith(_FORMULA_START)
    ):
        # A spreadsheet would run this as a formula; the leading apostrophe shows it as text.
        return "'" + value
    return value


def write_csv(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """One table as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents right)."""
    extra = sorted({k for r in rows for k in r} - set(columns))
    header = columns + extra
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in header])


def folder_name(when: datetime, nickname: str | None = None) -> str:
    """The export folder's name: 'FamilySafe export 2026-01-05 0900' (+ ' - <nickname>')."""
    base = f"FamilySafe export {when:%Y-%m-%d %H%M}"
    if nickname:
        safe = re.sub(r"[^\w .-]", "_", nickname, flags=re.UNICODE).strip(" .") or "child"
        base += f" - {safe}"
    return base


README = """\
This folder is an export of FamilySafe's records, made on {when}.

- {json_name}: everything, in one file (the complete and exact copy).
- One .csv file per kind of record, for a spreadsheet: family, children, bands (each
  child's age groups, when each started and ended), sessions, step_results, unlocks
  (with the age group each belongs to), recall, notes, pledges, together (sittings of
  brothers and sisters). Text that starts with = + - or @ has an
  apostrophe in front of it in the CSV files so that spreadsheet programs do not treat it
  as a formula.
- A session whose activity is "review-<ages>-<n>" is a review session, played after the
  year of an age group was done; its snapshot holds the review as it was built.

It holds your children's nicknames, progress and your notes: keep it somewhere private.
"""


def write_export(store: Store, parent: Path, child_id: int | None = None, *, when: datetime | None = None) -> Path:
    """Write a new export folder inside `parent` and return it. ExportError (nothing left behind)
    when the folder cannot be written."""
    parent = Path(parent)
    when = when or store.clock.now()
    data = export_data(store, child_id)
    nickname = data["children"][0]["child"]["nickname"] if child_id is not None else None
    if not parent.is_dir():
        raise ExportError(
            f"The folder {parent} does not exist, so nothing was exported.",
            parent,
            code="export.no_folder",
            folder=parent,
        )
    name = folder_name(when, nickname)
    target = parent / name
    n = 1
    while target.exists():
        n += 1
        target = parent / f"{name} ({n})"
    tmp = parent / f".{target.name}.partial"
    try:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(mode=0o700)
        (tmp / JSON_NAME).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        for table, rows in tables(data).items():
            write_csv(tmp / f"{table}.csv", COLUMNS[table], rows)
        (tmp / README_NAME).write_text(
            README.format(when=when.strftime("%Y-%m-%d %H:%M"), json_name=JSON_NAME), encoding="utf-8"
        )
        os.replace(tmp, target)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise ExportError(
            f"FamilySafe could not write the export into {parent} ({e.strerror or e}). Nothing was exported. "
            "Please check that the folder is writable and the disk has space.",
            parent,
            code="export.not_written",
            folder=parent,
            reason=e.strerror or e,
        ) from e
    return target
