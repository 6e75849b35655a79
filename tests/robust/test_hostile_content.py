"""Hostile content (DESIGN §5): whatever a pack folder holds, `load_pack` returns problems that name the
file, the field and what is wrong, and never raises; bombs, huge, deep and odd files are refused in
well under a second. (tests/core/test_content.py has the rule-by-rule cases; these are the attacks.)"""

from __future__ import annotations

import copy
import os
import shutil
import stat
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familysafe.core import content as c

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pack"
ACTIVITY = FIXTURE / "activities" / "8-10" / "u01-test.yaml"
VALID_ACTIVITY: dict[str, Any] = yaml.safe_load(ACTIVITY.read_text())
VALID_PACK: dict[str, Any] = yaml.safe_load((FIXTURE / "pack.yaml").read_text())
QUICK = 1.0  # seconds: every refusal here must take less

# ---------------------------------------------------------------- strategies

SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),  # nan and inf included
    st.text(),
    st.text(st.characters(codec="utf-8"), max_size=5),
    st.sampled_from(["", " ", "\u202e", "\ufeff", "0", "1e400", "true", "null", "~", "*", "!!", "&a", "8-10"]),
    st.dates(),
    st.binary(max_size=16),  # written as !!binary
)
KEYS = st.one_of(st.text(max_size=12), st.integers(), st.booleans(), st.none(), st.sampled_from(list(VALID_ACTIVITY)))
VALUES = st.recursive(
    SCALARS,
    lambda kids: st.lists(kids, max_size=5) | st.dictionaries(KEYS, kids, max_size=5),
    max_leaves=25,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a nested structure (dict keys and list indexes)."""
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


ALL_ACTIVITY_PATHS = [p for p in _paths(VALID_ACTIVITY) if p]
ALL_PACK_PATHS = [p for p in _paths(VALID_PACK) if p]


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any], places: list[tuple[Any, ...]]) -> Any:
    """`base` with a few of its known fields replaced by values of any type, removed, or joined by
    unknown ones: wrong types in the right places."""
    data = copy.deepcopy(base)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.sampled_from(places))
        parent: Any = data
        try:
            for part in where[:-1]:
                parent = parent[part]
            action = draw(st.sampled_from(["replace", "replace", "delete", "extra"]))
            if action == "replace":
                parent[where[-1]] = draw(VALUES)
            elif action == "delete":
                del parent[where[-1]]
            elif isinstance(parent, dict):
                parent[draw(KEYS)] = draw(VALUES)
            else:
                parent.append(draw(VALUES))
        except (KeyError, IndexError, TypeError, AttributeError):
            continue  # an earlier change removed this place
    return data


def _dump(data: Any) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def file_bytes(base: dict[str, Any], places: list[tuple[Any, ...]]) -> st.SearchStrategy[bytes]:
    """A file's bytes: a valid file with wrong types, any YAML structure, any text, or any bytes."""
    return st.one_of(
        mutated(base, places).map(_dump),
        mutated(base, places).map(_dump),
        VALUES.map(_dump),
        st.text().map(lambda t: t.encode("utf-8")),
        st.text(st.characters(codec="utf-8")).map(lambda t: ("id: " + t).encode("utf-8")),
        st.binary(max_size=200),
        st.just(_dump(base)),
    )


NAMES = st.text(
    st.characters(codec="utf-8", exclude_characters="/\\\x00", exclude_categories=["Cs", "Cc"]),
    min_size=1,
    max_size=12,
).map(lambda n: f"u-{n}.yaml")


@st.composite
def packs(draw: st.DrawFn) -> dict[str, bytes]:
    """A pack folder as {relative path: bytes}: pack.yaml, a few activities, sometimes a guide."""
    files = {"pack.yaml": draw(file_bytes(VALID_PACK, ALL_PACK_PATHS))}
    for _ in range(draw(st.integers(0, 3))):
        band = draw(st.sampled_from(["8-10", "4-7", "odd band"]))
        files[f"activities/{band}/{draw(NAMES)}"] = draw(file_bytes(VALID_ACTIVITY, ALL_ACTIVITY_PATHS))
    if draw(st.booleans()):
        files[f"guides/{draw(NAMES)}"] = draw(VALUES.map(_dump))
    return files


def _write(root: Path, files: dict[str, bytes]) -> Path:
    pack = root / "pack"
    for rel, data in files.items():
        path = pack / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return pack


def _check_result(lp: c.LoadedPack, pack: Path) -> None:
    """What every load must give back, whatever the input."""
    assert isinstance(lp, c.LoadedPack)
    for p in lp.problems:
        assert isinstance(p, c.Problem)
        assert isinstance(p.file, str) and isinstance(p.path, str) and isinstance(p.message, str)
        assert p.message.strip(), p
        assert p.file == "pack" or p.file.startswith(f"{pack.name}/"), p  # named relative to the pack
        assert len(str(p)) < 2000, "a problem message must stay readable"
        assert "Traceback" not in p.message
    for a in lp.activities:
        assert isinstance(a, c.Activity)
    if lp.pack is None:
        assert lp.problems  # no pack, and not a word why, would be a silent failure


def _load_generated(files: dict[str, bytes], check_reading: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pack = _write(Path(tmp), files)
        pictures = Path(tmp) / "pictures"
        pictures.mkdir()
        (pictures / "chat.svg").write_text("<svg/>")
        lp = c.load_pack(pack, pictures=pictures, check_reading=check_reading)
        _check_result(lp, pack)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=packs(), check_reading=st.booleans())
def test_generated_packs_give_problems_never_exceptions(files: dict[str, bytes], check_reading: bool) -> None:
    _load_generated(files, check_reading)


@pytest.mark.slow
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(files=packs(), check_reading=st.booleans())
def test_a_thousand_generated_packs_give_problems_never_exceptions(
    files: dict[str, bytes], check_reading: bool
) -> None:
    _load_generated(files, check_reading)


@settings(max_examples=100, deadline=None)
@given(activity=mutated(VALID_ACTIVITY, ALL_ACTIVITY_PATHS))
def test_wrong_types_in_known_fields_are_named(activity: Any) -> None:
    """A valid activity with wrong types put in: if it is refused, the problem names this file."""
    with tempfile.TemporaryDirectory() as tmp:
        pack = _write(Path(tmp), {"pack.yaml": _dump(VALID_PACK), "activities/8-10/u01-test.yaml": _dump(activity)})
        lp = c.load_pack(pack, check_reading=False)
        _check_result(lp, pack)
        if not lp.activities:
            assert any(p.file == "pack/activities/8-10/u01-test.yaml" for p in lp.problems), lp.problems


# ---------------------------------------------------------------- bombs, giants and odd files


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    dest = tmp_path / "pack"
    shutil.copytree(FIXTURE, dest)
    return dest


def _refused(pack: Path, rel: str = "activities/8-10/u01-test.yaml") -> list[str]:
    """Load the pack, timing it; return the problems of the file `rel`."""
    t = time.perf_counter()
    lp = c.load_pack(pack)
    took = time.perf_counter() - t
    assert took < QUICK, f"took {took:.2f} s"
    _check_result(lp, pack)
    assert not lp.activities
    return [f"{p.path}: {p.message}" for p in lp.problems if p.file == f"pack/{rel}"]


def _nested_aliases(levels: int, per_level: int = 2) -> str:
    """Anchors that each repeat the one before: few aliases, exponentially many values."""
    lines = ["x0: &a0 [lol, lol]"]
    for i in range(1, levels):
        lines.append(f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * per_level) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("field", ["band", "kind", "title", "steps", "nowhere"])
def test_alias_bomb_under_the_alias_limit_is_refused(pack: Path, field: str) -> None:
    """25 levels of two aliases each (50 aliases, within the limit) mean 33 million values once followed;
    put into a field whose error message repeats the value, it used to take seconds and gigabytes."""
    bomb = _nested_aliases(25)
    text = ACTIVITY.read_text()
    replacements = {
        "band": ("band: 8-10", "band: *a24"),
        "kind": ("kind: talk", "kind: *a24"),
        "title": ("title: The test activity", "title: *a24"),
        "steps": ("steps:\n", "old_steps:\n"),
        "nowhere": ("id: b810", "id: b810"),
    }
    old, new = replacements[field]
    text = text.replace(old, new, 1) + ("steps: *a24\n" if field == "steps" else "")
    (pack / "activities/8-10/u01-test.yaml").write_text(bomb + text)
    found = _refused(pack)
    assert any("alias bomb" in m or "too many" in m for m in found), found


def test_self_referencing_alias_is_refused(pack: Path) -> None:
    (pack / "activities/8-10/u01-test.yaml").write_text("a: &a [*a, *a]\nid: x\n")
    found = _refused(pack)
    assert found and all(len(m) < 300 for m in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: " + "[" * 100_000, "nest"),
        ("a: " + "{a: " * 5_000 + "1" + "}" * 5_000, "nested too deeply"),
        ("\n".join(" " * i + "a:" for i in range(0, 400)) + " 1", "nested too deeply"),
        ("- 1\n" * 100_000, "too many values"),
        ("id: " + "é" * 250_000, "missing"),  # one long value: read, and refused by the schema
        ("\ufeffid: [", "not valid YAML"),
        ("id: !!python/name:os.system\n", "tag that is not allowed"),
        ("id: !!set {a, b}\n", "valid string"),
        ("%YAML 9.9\n---\nid: x\n", "YAML"),
        ("---\nid: a\n---\nid: b\n", "not valid YAML"),
        ("id: x\nid: y\n", "'id' appears twice"),  # a repeated key is refused, never "last wins"
        ("? [a, b]\n: 1\n", "unhashable key"),
        ("unit: 1e400\nminutes: .nan\n", "missing"),
        ("unit: 99999999999999999999999999999999999999\n", "'unit': the number (38 digits) is too big"),
        ("reviewed: 2024-02-30\n", "'reviewed': '2024-02-30' is not a real date"),
        ("unit: " + "9" * 5000 + "\n", "too big"),
        ("title: 2026-01-05\n", "valid string"),
        ("steps: {talk: 1}\n", "valid list"),
        ("steps: [talk, quiz]\n", "steps[1]: Input should be a valid dictionary"),
        ("key_messages: null\nsteps: 12\n", "key_messages: Input should be a valid list"),
    ],
)
def test_odd_files_are_refused_quickly_with_a_message(pack: Path, text: str, expected: str) -> None:
    (pack / "activities/8-10/u01-test.yaml").write_text(text, encoding="utf-8")
    found = _refused(pack)
    assert found, "no problem was reported"
    assert any(expected in m for m in found), found


def test_a_repeated_key_is_refused_not_last_wins() -> None:
    with pytest.raises(c.YamlRefused, match="'id' appears twice"):
        c.parse_yaml("id: x\nid: y\n")


@pytest.mark.parametrize(
    "data",
    [
        "id: x".encode("utf-16"),
        b"id: \xff\xfe\xfd",
        b"id: x\x00y",
        b"\x00" * 4096,
        os.urandom(4096),
    ],
    ids=["utf-16", "bad utf-8", "nul byte", "zeros", "random"],
)
def test_files_that_are_not_utf8_yaml_are_refused(pack: Path, data: bytes) -> None:
    (pack / "activities/8-10/u01-test.yaml").write_bytes(data)
    found = _refused(pack)
    assert found


def test_a_file_over_the_limit_is_refused_without_reading_it(pack: Path) -> None:
    path = pack / "activities/8-10/u01-test.yaml"
    with path.open("wb") as f:  # a sparse 2 GB file: costs nothing on disk, and must not be read
        f.truncate(2 * 1024**3)
    found = _refused(pack)
    assert any("is too big" in m for m in found), found


@pytest.mark.skipif(os.name != "posix", reason="devices, pipes and symlinks")
@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "folder", "dangling-link"])
def test_files_that_are_not_files_are_refused(pack: Path, kind: str) -> None:
    """A symlink to /dev/zero would be read until memory ran out; a named pipe would block for ever."""
    path = pack / "activities/8-10/u02-odd.yaml"
    if kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to(pack / "missing.yaml")
    t = time.perf_counter()
    lp = c.load_pack(pack)
    assert time.perf_counter() - t < QUICK
    found = [p.message for p in lp.problems if p.file == "pack/activities/8-10/u02-odd.yaml"]
    assert found, lp.problems
    assert [a.id for a in lp.activities] == ["b810-u01-test"]  # the good file next to it still loads
    if kind in ("dev-zero", "fifo"):
        assert stat.S_ISCHR(path.stat().st_mode) or stat.S_ISFIFO(path.stat().st_mode)


def test_a_pack_yaml_that_is_hostile_hides_the_activities(pack: Path) -> None:
    (pack / "pack.yaml").write_text(_nested_aliases(25))
    t = time.perf_counter()
    lp = c.load_pack(pack)
    assert time.perf_counter() - t < QUICK
    assert lp.pack is None
    assert c.Library([lp]).activities == {}  # nothing from a pack without a valid pack.yaml is offered
    assert any(p.file == "pack/pack.yaml" for p in lp.problems)


def test_a_huge_library_of_small_files_loads_in_proportion(tmp_path: Path) -> None:
    """300 copies of an activity (each with its own id) load with one problem each (the unit), no more."""
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE, pack)
    for i in range(300):
        data = copy.deepcopy(VALID_ACTIVITY)
        data["id"] = f"b810-u01-copy{i}"
        data["title"] = f"Copy {i}"
        (pack / f"activities/8-10/u01-copy{i}.yaml").write_bytes(_dump(data))
    t = time.perf_counter()
    lp = c.load_pack(pack, check_reading=False)
    took = time.perf_counter() - t
    assert took < 10
    assert all(isinstance(p, c.Problem) for p in lp.problems)
    # Every copy repeats the quiz question of the one read first: exactly that one problem per file,
    # and the first file read is offered.
    assert len(lp.activities) == 1
    # Pack-wide authoring rules (the year's coverage, the band's standard) are reported against "pack"
    # and hide nothing; every file has exactly its own one problem.
    in_files = [p for p in lp.problems if p.file != "pack"]
    per_file = Counter(p.file for p in in_files)
    assert len(per_file) == 300 and set(per_file.values()) == {1}
    assert lp.activities[0].id not in {Path(f).stem for f in per_file}
    assert {(p.path, p.message.split(" in ")[0]) for p in in_files} == {
        ("steps[2].questions[0].text", "repeats a question")
    }

