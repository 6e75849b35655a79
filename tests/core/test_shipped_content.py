"""The content FamilySafe ships passes every rule, reading level included: nothing in it is hidden.

This is the guard for anyone who edits the content or adds a rule: a shipped file with any problem
fails the suite (the app would hide that activity from the family).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from familysafe.core.models import AGE_BANDS


@pytest.fixture
def shipped(shipped_library: object) -> object:
    # Every rule on: the reading level (check_reading) and the pictures the steps name (tests/conftest.py).
    return shipped_library


def test_the_shipped_content_has_no_problem_under_every_rule(shipped: object) -> None:
    problems = [str(p) for p in shipped.problems]  # type: ignore[attr-defined]
    assert problems == [], "the shipped content has problems:\n" + "\n".join(problems)


def test_every_shipped_activity_file_is_offered(shipped: object) -> None:
    for lp in shipped.packs:  # type: ignore[attr-defined]
        files = sorted(p for p in (lp.folder / "activities").rglob("*.yaml"))
        loaded = len(lp.activities) + len(lp.family)
        assert loaded == len(files), f"{lp.folder.name}: some activity files were not loaded"


def test_the_year_pack_has_one_family_activity_per_unit(shipped: object) -> None:
    [core] = [lp for lp in shipped.packs if lp.pack is not None and lp.pack.id == "core"]  # type: ignore[attr-defined]
    assert core.pack is not None
    units = [f.unit for f in core.family]
    assert sorted(units) == list(range(1, len(core.pack.units) + 1))  # issue 18: one per unit, 1 to 26
    assert len(core.pack.units) == 26
    for f in core.family:
        assert f.id.startswith(f"fam-u{f.unit:02d}-")


def test_english_covers_every_band(shipped: object) -> None:
    [core] = [lp for lp in shipped.packs if lp.pack is not None and lp.pack.id == "core"]  # type: ignore[attr-defined]
    assert {a.band for a in core.activities} == set(AGE_BANDS)


def test_content_validate_says_valid_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    from familysafe.cli import main

    assert main(["content", "validate"]) == 0
    out = capsys.readouterr()
    assert "all content is valid" in out.out, out.err


def test_content_validate_exits_1_on_a_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    from familysafe.cli import main

    pack = tmp_path / "pack"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "pack", pack)
    f = pack / "activities" / "8-10" / "u01-test.yaml"
    f.write_text(f.read_text().replace("id: b810-u01-test", "id: b47-u01-test"))
    assert main(["content", "validate", str(pack)]) == 1
    assert "should start with 'b810-u01-'" in capsys.readouterr().err
