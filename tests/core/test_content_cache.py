"""The content cache's laziness: a pack whose files changed is read and validated again while the others
come from the cache; a missing or stale cache means validation; the cache path imports no pydantic and
builds a full model only when an activity is first used."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from familysafe.core import content as c
from familysafe.core.content import loader

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pack"
ACTIVITY = "activities/8-10/u01-test.yaml"


def _copy(root: Path, name: str, activity_id: str) -> Path:
    """The fixture pack as pack `name`, its one activity renamed `activity_id`."""
    dest = root / name
    shutil.copytree(FIXTURE, dest)
    for rel, key, value in (("pack.yaml", "id", name), (ACTIVITY, "id", activity_id)):
        data = yaml.safe_load((dest / rel).read_text())
        data[key] = value
        (dest / rel).write_text(yaml.safe_dump(data, sort_keys=False))
    return dest


@pytest.fixture
def two_packs(tmp_path: Path) -> tuple[Path, Path, Path]:
    root = tmp_path / "content"
    return root, _copy(root, "first", "b810-u01-first"), _copy(root, "second", "b810-u01-second")


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The pack folders whose YAML is read (and validated), in order."""
    seen: list[Path] = []
    real = loader.load_pack

    def spy(folder: Path, **kwargs: Any) -> Any:
        seen.append(folder)
        return real(folder, **kwargs)

    monkeypatch.setattr(loader, "load_pack", spy)
    return seen


def _edit_activity(pack: Path, **changes: Any) -> None:
    f = pack / ACTIVITY
    data = yaml.safe_load(f.read_text())
    data.update(changes)
    f.write_text(yaml.safe_dump(data, sort_keys=False))


def test_a_pack_whose_files_changed_is_validated_again_and_only_that_pack(
    two_packs: tuple[Path, Path, Path], parsed: list[Path], tmp_path: Path
) -> None:
    root, first, second = two_packs
    cache = tmp_path / "cache" / "content.json"
    c.load_library(root, cache=cache)
    assert parsed == [first, second]  # no cache yet: every pack is read and validated
    c.load_library(root, cache=cache)
    assert parsed == [first, second]  # a fresh cache: nothing is read
    _edit_activity(second, title="A new title")
    lib = c.load_library(root, cache=cache)
    assert parsed == [first, second, second]  # only the pack whose files changed
    assert lib.index["b810-u01-second"].title == "A new title"
    assert isinstance(lib.packs[0], loader.CachedPack) and not isinstance(lib.packs[1], loader.CachedPack)
    assert lib.activities["b810-u01-first"].title == yaml.safe_load((first / ACTIVITY).read_text())["title"]
    assert parsed == [first, second, second]
    # The rewritten cache holds both packs: the next start reads nothing.
    again = c.load_library(root, cache=cache)
    assert parsed == [first, second, second]
    assert again.activities["b810-u01-second"].title == "A new title"
    assert sorted(again.index) == ["b810-u01-first", "b810-u01-second"]


def test_a_pack_made_invalid_is_validated_again_and_its_activity_hidden(
    two_packs: tuple[Path, Path, Path], parsed: list[Path], tmp_path: Path
) -> None:
    root, _, second = two_packs
    cache = tmp_path / "cache" / "content.json"
    assert "b810-u01-second" in c.load_library(root, cache=cache).index
    _edit_activity(second, band="5-6")  # no such age group: the validator must see it
    lib = c.load_library(root, cache=cache)
    assert parsed[-1] == second
    assert "b810-u01-second" not in lib.index and "b810-u01-second" not in lib.activities
    assert any("activities/8-10/u01-test.yaml" in p.file and p.path == "band" for p in lib.problems)
    # The cached problems come back with the cache, without reading the YAML again.
    n = len(parsed)
    assert [str(p) for p in c.load_library(root, cache=cache).problems] == [str(p) for p in lib.problems]
    assert len(parsed) == n


def test_a_missing_cache_means_the_yaml_is_validated(two_packs: tuple[Path, Path, Path], tmp_path: Path) -> None:
    root, first, _ = two_packs
    _edit_activity(first, unit=0)
    lib = c.load_library(root, cache=tmp_path / "nowhere" / "content.json")
    assert "b810-u01-first" not in lib.index
    assert any(p.path == "unit" for p in lib.problems)


READ_FROM_CACHE = """
import json, sys
from pathlib import Path
from familysafe.core.content import load_library
from familysafe.boot import choose_language
lib = load_library(Path(sys.argv[1]), cache=Path(sys.argv[2]))
lib, _ = choose_language(lib, "es")  # the language choice reads the index too
out = {"ids": sorted(lib.index), "band": [a.id for a in lib.infos_for_band("8-10")],
       "pydantic_at_start": "pydantic" in sys.modules or "familysafe.core.content.model" in sys.modules}
act = lib.activities["b810-u01-first"]
out["steps"] = len(act.steps)
out["pydantic_after_use"] = "pydantic" in sys.modules
print(json.dumps(out))
"""


def test_the_cache_path_imports_no_pydantic_until_an_activity_is_used(
    two_packs: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    root, _, _ = two_packs
    cache = tmp_path / "cache" / "content.json"
    c.load_library(root, cache=cache)  # writes the cache
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, "-c", READ_FROM_CACHE, str(root), str(cache)],
        capture_output=True, text=True, timeout=120, env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["ids"] == ["b810-u01-first", "b810-u01-second"] == out["band"]
    assert out["pydantic_at_start"] is False
    assert out["steps"] > 2 and out["pydantic_after_use"] is True


def test_a_damaged_index_entry_sends_only_its_pack_to_the_yaml(
    two_packs: tuple[Path, Path, Path], parsed: list[Path], tmp_path: Path
) -> None:
    root, first, second = two_packs
    cache = tmp_path / "cache" / "content.json"
    c.load_library(root, cache=cache)
    index = cache.with_name("content-index.json")
    data = json.loads(index.read_text())
    data["packs"][1]["infos"][0]["unit"] = "1"  # a text where a number belongs
    index.write_text(json.dumps(data))
    lib = c.load_library(root, cache=cache)
    assert parsed == [first, second, second]
    assert lib.index["b810-u01-second"].unit == 1
