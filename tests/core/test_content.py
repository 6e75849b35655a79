"""The content loader and every validator rule, each with an example that breaks it."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from familysafe.core import content as c
from familysafe.core.content import loader

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pack"
ACTIVITY = "activities/8-10/u01-test.yaml"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    dest = tmp_path / "pack"
    shutil.copytree(FIXTURE, dest)
    return dest


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    d = tmp_path / "pictures"
    d.mkdir()
    (d / "chat.svg").write_text("<svg/>")
    return d


def edit(pack: Path, change: Callable[[dict[str, Any]], None], rel: str = ACTIVITY) -> None:
    f = pack / rel
    data = yaml.safe_load(f.read_text())
    change(data)
    f.write_text(yaml.safe_dump(data, sort_keys=False))


def problems(pack: Path, pictures: Path | None = None) -> list[str]:
    return [str(p) for p in c.load_pack(pack, pictures=pictures).problems]


def test_the_fixture_is_valid(pack: Path, pictures: Path) -> None:
    lp = c.load_pack(pack, pictures=pictures)
    assert lp.problems == []
    assert [a.id for a in lp.activities] == ["b810-u01-test"]
    a = lp.activities[0]
    assert {s.kind for s in a.steps} == set(c.STEP_KINDS)
    assert a.minutes == 15


def _step(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in data["steps"] if s["kind"] == kind)


def _set_minutes(d: dict[str, Any]) -> None:
    d["steps"][0]["minutes"] = 5


def _dup_step(d: dict[str, Any]) -> None:
    d["steps"][1]["id"] = "hello"


def _no_feedback(d: dict[str, Any]) -> None:
    del _step(d, "quiz")["questions"][0]["options"][1]["feedback"]


def _no_correct(d: dict[str, Any]) -> None:
    for o in _step(d, "quiz")["questions"][0]["options"]:
        o.pop("correct", None)


def _dangling(d: dict[str, Any]) -> None:
    _step(d, "scenario")["nodes"][0]["choices"][0]["next"] = "nowhere"


def _loop(d: dict[str, Any]) -> None:
    _step(d, "scenario")["nodes"][1]["choices"][0]["next"] = "a"


def _end_without_tell(d: dict[str, Any]) -> None:
    _step(d, "scenario")["nodes"][2]["text"] = "Sam feels better."


def _unreachable(d: dict[str, Any]) -> None:
    _step(d, "scenario")["nodes"].append({"id": "lost", "text": "Nobody tells this.", "end": True})


def _bad_start(d: dict[str, Any]) -> None:
    _step(d, "scenario")["start"] = "zzz"


def _unknown_kind(d: dict[str, Any]) -> None:
    d["steps"][0]["kind"] = "dance"


def _missing_field(d: dict[str, Any]) -> None:
    del d["steps"][0]["grown_up"]


def _typo_field(d: dict[str, Any]) -> None:
    d["steps"][0]["grownup"] = "typo"


def _no_talk(d: dict[str, Any]) -> None:
    d["steps"][0]["kind"] = "reflect"
    d["steps"][0]["prompt"] = "What do you think?"


def _two_pledges(d: dict[str, Any]) -> None:
    d["steps"][5]["minutes"] = 1
    d["steps"].insert(0, {**_step(d, "pledge"), "id": "promise2"})


def _last_without_tell(d: dict[str, Any]) -> None:
    d["steps"][-1]["child"] = "Well done today."


def _hard_words(d: dict[str, Any]) -> None:
    for s in d["steps"]:
        s["child"] = (
            "Contemporary telecommunications infrastructure necessitates sophisticated "
            "authentication methodologies, particularly considering adversarial circumstances."
        )


def _bad_band(d: dict[str, Any]) -> None:
    d["band"] = "3-5"


def _bad_unit(d: dict[str, Any]) -> None:
    d["unit"] = 9
    d["id"] = "b810-u09-test"


def _wrong_prefix(d: dict[str, Any]) -> None:
    d["id"] = "b47-u01-test"


def _bad_strand(d: dict[str, Any]) -> None:
    d["strand"] = "gardening"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set_minutes, "steps: minutes add up to 18"),
        (_dup_step, "step id 'hello' is used more than once"),
        (_no_feedback, "steps[2].questions[0].options[1].feedback: missing"),
        (_no_correct, "steps[2].questions[0]: no option is marked"),
        (_dangling, "steps[3].nodes[0].choices[0].next: names node 'nowhere'"),
        (_loop, "has a loop (a → b → a)"),
        (_end_without_tell, "steps[3].nodes[2].text: an ending must say who to tell"),
        (_unreachable, "node 'lost' can never be reached"),
        (_bad_start, "steps[3].start: names node 'zzz'"),
        (_unknown_kind, "steps[0]: unknown step kind 'dance'"),
        (_missing_field, "steps[0].grown_up: missing"),
        (_typo_field, "steps[0].grownup: is not a field here"),
        (_no_talk, "needs at least one talk step"),
        (_two_pledges, "needs exactly one pledge step (has 2)"),
        (_last_without_tell, "the last step must say who the child can tell"),
        (_hard_words, "the 8-10 limit is 5"),
        (_bad_band, "band: '3-5' is not allowed"),
        (_bad_unit, "unit 9 is not one of the pack's units"),
        (_wrong_prefix, "id: should start with 'b810-u01-'"),
        (_bad_strand, "strand: 'gardening' is not allowed"),
    ],
)
def test_each_rule_names_file_field_and_problem(
    pack: Path, pictures: Path, change: Callable[[dict[str, Any]], None], expected: str
) -> None:
    edit(pack, change)
    found = problems(pack, pictures)
    assert any(expected in p for p in found), found
    assert all(p.startswith("pack/") for p in found)
    assert c.load_pack(pack, pictures=pictures).activities == []  # a broken activity is never offered


def test_all_problems_are_reported_at_once(pack: Path, pictures: Path) -> None:
    def many(d: dict[str, Any]) -> None:
        _no_feedback(d)
        _typo_field(d)
        _bad_strand(d)

    edit(pack, many)
    assert len(problems(pack, pictures)) >= 3


def test_missing_picture(pack: Path, pictures: Path) -> None:
    edit(pack, lambda d: d["steps"][0].update(picture="unicorn"))
    assert any("steps[0].picture: picture 'unicorn' does not exist" in p for p in problems(pack, pictures))


def test_duplicate_ids_titles_and_questions_across_files(pack: Path, pictures: Path) -> None:
    shutil.copy(pack / ACTIVITY, pack / "activities/8-10/u01-copy.yaml")
    found = problems(pack, pictures)
    assert any("activity id 'b810-u01-test' is used by more than one file" in p for p in found)
    assert any("two activities share the title" in p for p in found)
    assert any("repeats a question in" in p for p in found)


def test_year_coverage_rules(pack: Path, pictures: Path) -> None:
    edit(pack, lambda d: d.update(year=True), rel="pack.yaml")
    found = problems(pack, pictures)
    assert any("band 4-7, unit 1 has 0 activities" in p for p in found)
    assert any("band 8-10 meets the strand 'copyright' 0 time(s)" in p for p in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: [unclosed", "is not valid YAML (line"),
        ("!!python/object/apply:os.system ['echo hi']", "uses a YAML tag that is not allowed"),
        ("- 1\n- 2\n", "should be a mapping of fields, not list"),
        ("", "should be a mapping of fields, not NoneType"),
        ("a: " + "[" * 40 + "]" * 40, "nested too deeply"),
    ],
)
def test_bad_yaml_is_refused_with_a_message(pack: Path, text: str, expected: str) -> None:
    (pack / ACTIVITY).write_text(text)
    found = problems(pack)
    assert any(expected in p and p.startswith("pack/activities/8-10/u01-test.yaml") for p in found), found


def test_billion_laughs_is_refused_quickly(pack: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    (pack / ACTIVITY).write_text("\n".join(lines))
    t = time.perf_counter()
    found = problems(pack)
    assert time.perf_counter() - t < 2
    assert any("too many aliases" in p for p in found)


def test_huge_file_is_refused_without_reading(pack: Path) -> None:
    (pack / ACTIVITY).write_text("x: " + "a" * (c.MAX_FILE_BYTES + 1))
    assert any("is too big" in p for p in problems(pack))


def test_missing_folder_and_pack_file(tmp_path: Path) -> None:
    assert "folder does not exist" in str(c.load_pack(tmp_path / "nope").problems[0])
    assert "pack.yaml is missing" in str(c.load_pack(tmp_path).problems[0])


def test_guides_are_validated(pack: Path) -> None:
    (pack / "guides").mkdir()
    body = "## Start\n\n" + "word " * 450 + "\n\nSee http://example.com for more."
    (pack / "guides/u01-g.yaml").write_text(
        yaml.safe_dump(
            {
                "id": "g-u01-g",
                "title": "A guide",
                "summary": "Short.",
                "unit": 1,
                "strand": "relationships",
                "bands": ["8-10"],
                "reviewed": "2026-11-28",
                "body": body,
            }
        )
    )
    found = problems(pack)
    assert any("links, images and HTML are not allowed" in p for p in found), found


def test_library_indexes_by_band_and_unit(pack: Path, pictures: Path) -> None:
    lib = c.Library([c.load_pack(pack, pictures=pictures)])
    assert [a.id for a in lib.for_band("8-10")] == ["b810-u01-test"]
    assert lib.unit_activities("8-10", 1)[0].title == "The test activity"
    assert lib.total_units("8-10") == 1
    assert lib.for_band("4-7") == []


def test_cache_is_reused_until_a_file_changes_and_survives_damage(
    pack: Path, pictures: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    parsed: list[Path] = []
    real_load_pack = c.load_pack
    yaml_title = real_load_pack(pack, pictures=pictures).activities[0].title

    def spy(folder: Path, **kwargs: Any) -> Any:
        parsed.append(folder)
        return real_load_pack(folder, **kwargs)

    monkeypatch.setattr(loader, "load_pack", spy)  # load_library reads each pack through the loader
    cache = tmp_path / "cache" / "content.json"
    index = tmp_path / "cache" / "content-index.json"
    first = c.load_library(pack.parent, cache=cache, pictures=pictures)
    assert cache.is_file() and index.is_file() and [a.id for a in first.for_band("8-10")] == ["b810-u01-test"]
    assert parsed == [pack]
    # Same files: the cache is read (no YAML parsed), and gives equal models.
    again = c.load_library(pack.parent, cache=cache, pictures=pictures)
    assert again.activities == first.activities
    assert parsed == [pack]

    def spoil(change: Callable[[dict[str, Any], dict[str, Any]], object]) -> None:
        """Change the cached activity (its model, its index entry) as the cache files hold them."""
        full, idx = json.loads(cache.read_text()), json.loads(index.read_text())
        change(full["packs"][str(pack)]["activities"][0], idx["packs"][0]["infos"][0])
        cache.write_text(json.dumps(full))
        index.write_text(json.dumps(idx))

    # What the cache says is what is shown: it really is the source while the files are unchanged.
    spoil(lambda a, i: (a.update(title="Read from the cache"), i.update(title="Read from the cache")))
    cached = c.load_library(pack.parent, cache=cache, pictures=pictures)
    assert cached.index["b810-u01-test"].title == "Read from the cache"
    assert cached.activities["b810-u01-test"].title == "Read from the cache"
    assert parsed == [pack]
    # A model that does not match its index entry is not trusted: the pack's YAML is read instead.
    spoil(lambda a, i: a.update(title="Only in the models"))
    assert c.load_library(pack.parent, cache=cache, pictures=pictures).activities["b810-u01-test"].title == yaml_title
    assert parsed == [pack, pack]
    # Other options (here the reading check) are another key: the YAML is read again.
    c.load_library(pack.parent, cache=cache, pictures=pictures, check_reading=False)
    assert parsed == [pack, pack, pack]
    # A changed file makes a new cache (the title change shows).
    edit(pack, lambda d: d.update(title="A changed title"))
    changed = c.load_library(pack.parent, cache=cache, pictures=pictures)
    assert changed.index["b810-u01-test"].title == "A changed title"
    assert changed.activities["b810-u01-test"].title == "A changed title"
    assert len(parsed) == 4
    # A damaged index is ignored and rebuilt.
    index.write_text('{"key": ')
    rebuilt = c.load_library(pack.parent, cache=cache, pictures=pictures)
    assert rebuilt.activities["b810-u01-test"].title == "A changed title"
    assert len(parsed) == 5 and json.loads(index.read_text())["packs"][0]["infos"][0]["title"] == "A changed title"
    # A cache that lies (right key, bad content) is validated and refused, never trusted.
    spoil(lambda a, i: a.update(steps="not steps"))
    lied = c.load_library(pack.parent, cache=cache, pictures=pictures)
    assert len(parsed) == 5  # the index is good: the home screen is answered from it
    assert lied.activities["b810-u01-test"].steps and len(parsed) == 6
    # Damaged models behind a good index: the index still answers, the models come from the YAML.
    cache.write_text('{"packs": ')
    lib = c.load_library(pack.parent, cache=cache, pictures=pictures)
    assert len(parsed) == 6 and lib.index["b810-u01-test"].title == "A changed title"
    assert lib.activities["b810-u01-test"].title == "A changed title"
    assert len(parsed) == 7
