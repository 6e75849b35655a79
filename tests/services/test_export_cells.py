"""CSV cells: a value a spreadsheet would run as a formula is exported as text, whatever hides its start."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from familysafe.services.exporting import write_csv

FORMULA_STARTS = ["=", "+", "-", "@"]
RISKY_STARTS = [*FORMULA_STARTS, "\t", "\r"]
# Plain ids (a repr with quotes or backslashes cannot be asked for by node id, as mutmut does).
NAMES = {"=": "equals", "+": "plus", "-": "minus", "@": "at", "\t": "tab", "\r": "return"}
# What can stand before the risky character and still leave a formula in a spreadsheet.
LEADS = {
    "plain": "",
    "space": " ",
    "spaces": "   ",
    "newline": "\n",
    "no-break space": "\u00a0",
    "zero-width space": "\u200b",
    "zero-width joiner": "\u200d",
    "word joiner": "\u2060",
    "byte-order mark": "\ufeff",
    "space then zero-width": " \u200b",
}


def _round_trip(tmp_path: Path, value: object) -> str:
    path = tmp_path / "t.csv"
    write_csv(path, ["text"], [{"text": value}])
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 1
    return rows[0]["text"]


@pytest.mark.parametrize("start", RISKY_STARTS, ids=[NAMES[s] for s in RISKY_STARTS])
def test_every_risky_start_is_exported_as_text(tmp_path: Path, start: str) -> None:
    value = f'{start}HYPERLINK("http://x")'
    assert _round_trip(tmp_path, value) == "'" + value


@pytest.mark.parametrize("start", FORMULA_STARTS, ids=[NAMES[s] for s in FORMULA_STARTS])
@pytest.mark.parametrize("lead", list(LEADS.values()), ids=list(LEADS))
def test_a_formula_behind_spaces_or_invisible_characters_is_exported_as_text(
    tmp_path: Path, lead: str, start: str
) -> None:
    value = f"{lead}{start}1+cmd|' /C calc'!A0"
    assert _round_trip(tmp_path, value) == "'" + value


@pytest.mark.parametrize(
    "value",
    ["Child A said hello", "a=b", "2+2", "email@home", "x - y", " hello", "\u200bhello", "", "'quoted"],
    ids=["words", "equals-inside", "plus-inside", "at-inside", "minus-inside", "space", "zero-width", "empty", "quote"],
)
def test_ordinary_text_is_exported_as_it_is(tmp_path: Path, value: str) -> None:
    assert _round_trip(tmp_path, value) == value


@pytest.mark.parametrize(
    ("value", "cell"),
    [(None, ""), (True, "true"), (False, "false"), (0, "0"), (-3, "-3"), ({"b": 1, "a": "é"}, '{"a": "é", "b": 1}')],
    ids=["none", "true", "false", "zero", "negative", "json"],
)
def test_other_values(tmp_path: Path, value: object, cell: str) -> None:
    # Numbers are numbers (a negative one is not text to escape); JSON keeps its accents, keys sorted.
    assert _round_trip(tmp_path, value) == cell


def test_the_header_has_every_column_and_extra_keys_after(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    write_csv(path, ["b", "a"], [{"a": 1, "z": 2}, {"b": "x", "c": None}])
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte-order mark, so spreadsheets read accents right
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows == [["b", "a", "c", "z"], ["", "1", "", "2"], ["x", "", "", ""]]
