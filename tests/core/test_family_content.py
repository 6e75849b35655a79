"""Family activities (issue 18): the loader keeps them apart, and the validator enforces the format."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from familysafe.core.content import Library, load_pack
from familysafe.core.content.family import FamilyActivity
from familysafe.resources import asset, content_dir

FIXTURE = Path(__file__).parents[1] / "fixtures" / "family" / "u01-tell-team.yaml"


@pytest.fixture(scope="module")
def pack_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # The shipped pack's pack.yaml and the band activities of unit 1 only (quick to load), plus the fixture.
    d = tmp_path_factory.mktemp("pack") / "core"
    (d / "activities").mkdir(parents=True)
    shutil.copy(content_dir() / "core" / "pack.yaml", d / "pack.yaml")
    text = (d / "pack.yaml").read_text().replace("year: true", "year: false")
    (d / "pack.yaml").write_text(text)
    return d


def load_with(pack_dir: Path, edit: Callable[[str], str] | None = None) -> tuple[list[str], list[FamilyActivity]]:
    fam = pack_dir / "activities" / "family"
    shutil.rmtree(fam, ignore_errors=True)
    fam.mkdir()
    text = FIXTURE.read_text()
    (fam / FIXTURE.name).write_text(edit(text) if edit else text)
    lp = load_pack(pack_dir, pictures=asset("pictures"))
    return [str(p) for p in lp.problems], lp.family


def test_the_fixture_is_valid_and_kept_apart_from_band_activities(pack_dir: Path) -> None:
    problems, family = load_with(pack_dir)
    assert problems == []
    [fam] = family
    assert fam.id == "fam-u01-tell-team"
    assert set(fam.follow_ups) == {"14-17"}


def test_a_layered_step_missing_a_band_is_refused_naming_file_step_and_band(pack_dir: Path) -> None:
    def drop_teens(text: str) -> str:
        i = text.index("      14-17:\n        kind: quiz")
        return text[:i] + text[text.index("  - id: our-promise") :]

    problems, family = load_with(pack_dir, drop_teens)
    assert family == []  # a file with a problem is not offered
    assert problems == [
        "core/activities/family/u01-tell-team.yaml: steps[2].layers: layered step 'our-turn' has no version "
        "for band 14-17; write one for every band"
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    minutes: 5\n    picture: question", "    minutes: 1\n    picture: question", "minutes add up to 12"),
        (
            "Who can you tell? Name one grown-up. You can tell them anything.\n"
            "    prompt: Who is one grown-up you can tell?",
            "Name one grown-up.\n    prompt: Who is one grown-up?",
            "steps[4].child: the last step must say who each child can tell",
        ),
        ("  - id: hello-team\n    kind: talk", "  - id: hello-team\n    kind: pledge\n    pledge: Hi.", "first step"),
        (
            "Your turn! Point to the answer.",
            "Consequently, responsibilities necessitate extraordinary deliberation regarding communication.",
            "steps[2].layers.4-7: the 4-7 layer's child text reads at grade",
        ),
        ("It keeps going, so you tell a teacher you trust.", "It keeps going, so you say so.", "steps[2].layers.11-13"),
        (
            "It keeps going, so you tell a teacher you trust.",
            "It keeps going, so you block them and tell a teacher you trust.",
            "steps[2].layers.11-13.nodes[2].text: R7: someone blocks here with no evidence kept first",
        ),
        ("needed_with: [4-7, 8-10]", "needed_with: [14-17]", "follow_ups.14-17.needed_with"),
        ("id: fam-u01-tell-team", "id: fam-u02-tell-team", "should start with 'fam-u01-'"),
    ],
)
def test_each_rule_names_where(pack_dir: Path, old: str, new: str, expected: str) -> None:
    assert old in FIXTURE.read_text()
    problems, family = load_with(pack_dir, lambda t: t.replace(old, new))
    assert family == []
    assert any(expected in p for p in problems), problems


def test_library_finds_a_units_family_activity(shipped_library: Library) -> None:
    lib = shipped_library
    fam = lib.family_for_unit(1)
    assert fam is not None and fam.unit == 1
    assert all(a.band for a in lib.activities.values())  # none of the family files among the bands'
    assert lib.family_for_unit(999) is None
