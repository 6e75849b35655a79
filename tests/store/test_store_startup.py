"""What a start asks of the store without sqlite-utils (docs/architecture.md, "Start-up"): opening a file
at this version, reading, and the clock check's one write go through the plain connection; the layout a
file is checked against is kept in the cache folder (schema.remember_layout), read when it was written
for this code, built again otherwise, and never trusted to say that a file is wrong."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from familysafe.core.clock import FakeClock
from familysafe.core.models import Child, Family
from familysafe.store import CorruptDatabase, Store, schema
from familysafe.store.schema import Ladder


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[Ladder]:
    """No layout known in this process yet; the list records each time one is built with sqlite-utils."""
    monkeypatch.setattr(schema, "_known", {})
    monkeypatch.setattr(schema, "_from_copy", set())
    seen: list[Ladder] = []
    real = schema._build_reference

    def counting(ladder: Ladder) -> dict[tuple[str, str], str]:
        seen.append(ladder)
        return real(ladder)

    monkeypatch.setattr(schema, "_build_reference", counting)
    return seen


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "layout.json"


def _forget(built: list[Ladder]) -> None:
    """As a new process: nothing known, nothing built yet."""
    schema._known.clear()
    schema._from_copy.clear()
    built.clear()


def test_reads_and_the_clock_check_use_no_sqlite_utils_database(db_file: Path, clock: FakeClock) -> None:
    with Store.open(db_file, clock=clock) as store:
        store.family.save(Family(name="A family"))
        store.children.add(Child("A child", "8-10", "fox", date(2026, 1, 1)))
    with Store.open(db_file, clock=clock) as store:
        fam = store.family.get()
        kids = store.children.all()
        assert fam is not None and [k.nickname for k in kids] == ["A child"]
        assert kids[0].id is not None and store.bands.current(kids[0].id) is not None
        assert store.unlocks.for_child(kids[0].id) == [] and store.sessions.for_child(kids[0].id) == []
        store.family.set_last_wall_seen(clock.now() + timedelta(hours=1))
        assert store._db is None  # sqlite-utils' Database was never made
        assert store.family.last_wall_seen() == clock.now() + timedelta(hours=1)
        store.family.set_last_visit(clock.now())  # a write through the table API makes it
        assert store._db is not None and store.family.last_visit() == clock.now()


def test_the_copy_is_written_then_read_instead_of_building(
    built: list[Ladder], db_file: Path, clock: FakeClock, copy: Path
) -> None:
    Store.open(db_file, clock=clock, layout_copy=copy).close()
    assert built == [schema.LADDER] and copy.is_file()
    _forget(built)
    with Store.open(db_file, clock=clock, layout_copy=copy) as store:
        assert store.family.get() is None
    assert built == []  # read from the copy


def test_a_copy_written_for_other_code_is_built_again(
    built: list[Ladder], db_file: Path, clock: FakeClock, copy: Path
) -> None:
    copy.parent.mkdir()
    copy.write_text(json.dumps({"key": "another version", "objects": []}), encoding="utf-8")
    Store.open(db_file, clock=clock, layout_copy=copy).close()
    assert built == [schema.LADDER]
    assert json.loads(copy.read_text(encoding="utf-8"))["key"] != "another version"


@pytest.mark.parametrize("damage", ["a table left out", "not JSON", "nested too deep for json"])
def test_a_wrong_copy_never_sets_a_good_file_aside(
    built: list[Ladder], db_file: Path, clock: FakeClock, copy: Path, damage: str
) -> None:
    Store.open(db_file, clock=clock, layout_copy=copy).close()
    data = json.loads(copy.read_text(encoding="utf-8"))
    if damage == "not JSON":
        copy.write_bytes(b"\x00{")
    elif damage == "nested too deep for json":  # json.loads raises RecursionError, not ValueError
        copy.write_text("[" * 100_000, encoding="utf-8")
    else:  # written for this code, yet not what the ladder builds
        data["objects"] = [o for o in data["objects"] if o[1] != "note"]
        copy.write_text(json.dumps(data), encoding="utf-8")
    _forget(built)
    with Store.open(db_file, clock=clock, layout_copy=copy) as store:
        assert store.family.get() is None
    assert built == [schema.LADDER]  # compared again with the layout the ladder builds
    assert sorted(p.name for p in db_file.parent.iterdir() if p.name.startswith("familysafe.db")) == [
        "familysafe.db"
    ]


def test_a_file_with_a_trigger_is_still_refused_with_the_copy(
    built: list[Ladder], db_file: Path, clock: FakeClock, copy: Path
) -> None:
    Store.open(db_file, clock=clock, layout_copy=copy).close()
    conn = sqlite3.connect(db_file, isolation_level=None)
    conn.execute("CREATE TRIGGER keep AFTER DELETE ON child BEGIN SELECT 1; END")
    conn.close()
    _forget(built)
    with pytest.raises(CorruptDatabase, match="trigger"):
        Store.open(db_file, clock=clock, layout_copy=copy)


def test_a_cache_folder_that_cannot_be_written_is_no_trouble(
    built: list[Ladder], db_file: Path, clock: FakeClock, tmp_path: Path
) -> None:
    (tmp_path / "cache").write_text("a file where the folder belongs", encoding="utf-8")
    with Store.open(db_file, clock=clock, layout_copy=tmp_path / "cache" / "layout.json") as store:
        assert store.family.get() is None
    assert built == [schema.LADDER]


def test_a_new_file_leaves_the_copy_for_the_next_start(
    built: list[Ladder], tmp_path: Path, clock: FakeClock, copy: Path
) -> None:
    Store.open(tmp_path / "new.db", clock=clock, layout_copy=copy).close()
    assert copy.is_file()
    _forget(built)
    Store.open(tmp_path / "new.db", clock=clock, layout_copy=copy).close()
    assert built == []
