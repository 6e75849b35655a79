"""Item 9 of issue 13: a guide is open when the activity that needs it is, in every band."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from familysafe.core import content as c
from familysafe.core.guides import guide_for_activity, guide_open_units, unlocked_guides
from familysafe.resources import content_dir

FIXTURE = Path(__file__).parents[1] / "fixtures" / "pack"
SEXTORTION = "g-u17-secrets-pressure-and-sextortion"


def shipped() -> c.Library:
    """Every shipped activity and guide as written, whether or not it meets the standard yet."""
    folder = content_dir() / "core"
    data = [c.read_yaml(f) for f in sorted((folder / "activities").rglob("*.yaml"))]
    acts = [c.Activity.model_validate(d) for d in data if not d.get("family")]  # family activities: issue 18
    guides = [c.Guide.model_validate(c.read_yaml(f)) for f in sorted((folder / "guides").rglob("*.yaml"))]
    pack = c.Pack.model_validate(c.read_yaml(folder / "pack.yaml"))
    return c.Library([c.LoadedPack(folder, pack, acts, guides)])


def test_the_sextortion_guide_opens_with_the_14_17_sextortion_activity() -> None:
    lib = shipped()
    teen = lib.unit_activities("14-17", 14)[0]
    assert "sextortion" in teen.topic.lower()
    assert guide_for_activity(lib, teen).id == SEXTORTION  # type: ignore[union-attr]
    guides = lib.guides.values()
    assert SEXTORTION in {g.id for g in unlocked_guides(guides, guide_open_units({1: ("14-17", range(1, 15))}))}
    # In 8-10 unit 14 is about photos: the sextortion guide waits for unit 17 there.
    assert SEXTORTION not in {g.id for g in unlocked_guides(guides, guide_open_units({1: ("8-10", range(1, 15))}))}
    assert SEXTORTION in {g.id for g in unlocked_guides(guides, guide_open_units({1: ("8-10", range(1, 18))}))}


def test_every_shipped_activity_has_a_guide_lined_up_with_it() -> None:
    lib = shipped()
    assert len(lib.activities) == 104
    for a in lib.activities.values():
        g = guide_for_activity(lib, a)
        assert g is not None and a.unit in g.units_for(a.band), a.id
    problems = [str(p) for p in c.load_pack(content_dir() / "core", check_reading=False).problems]
    assert [p for p in problems if "/guides/" in p] == []


def _guide(pack: Path, **kw: Any) -> None:
    (pack / "guides").mkdir(exist_ok=True)
    data = {
        "id": "g-u01-g",
        "title": "A guide",
        "summary": "Short.",
        "unit": 1,
        "strand": "relationships",
        "bands": ["8-10"],
        "reviewed": "2026-11-28",
        "body": "## Start\n\n" + "word " * 450,
        **kw,
    }
    (pack / "guides/u01-g.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")


def test_a_guide_must_point_at_a_unit_that_has_the_bands_activity(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(FIXTURE, pack)
    _guide(pack)
    assert c.load_pack(pack).problems == []
    _guide(pack, units={"8-10": [2]})
    found = [str(p) for p in c.load_pack(pack).problems]
    assert any("guides/u01-g.yaml: units.8-10: band 8-10 has no activity in unit 2" in p for p in found), found
    _guide(pack, unit=2)
    found = [str(p) for p in c.load_pack(pack).problems]
    assert any("guides/u01-g.yaml: unit: band 8-10 has no activity in unit 2" in p for p in found), found
    _guide(pack, units={"8-10": [9]})
    assert any("units.8-10: unit 9 is not one of the pack's units" in str(p) for p in c.load_pack(pack).problems)
    _guide(pack, units={"4-7": [1]})
    assert any("units.4-7: band 4-7 is not one of the guide's `bands`" in str(p) for p in c.load_pack(pack).problems)


def test_units_for_a_band() -> None:
    g = c.Guide.model_validate(
        {
            "id": "g-u17-x",
            "title": "X",
            "summary": "S.",
            "unit": 17,
            "strand": "relationships",
            "bands": ["8-10", "14-17"],
            "reviewed": "2026-11-28",
            "body": "b",
            "units": {"14-17": [14, 17]},
        }
    )
    assert g.units_for("8-10") == [17] and g.units_for("14-17") == [14, 17] and g.units_for("4-7") == []
    assert [x.id for x in unlocked_guides([g], {17})] == ["g-u17-x"]  # a plain unit number still works
