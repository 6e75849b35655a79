"""Issue 14, items 5-12 (second part): what a hostile test found in packs, the PIN throttle, nicknames
and content loading. Each test reproduces one finding; the message a family sees names what is wrong and
where, and nothing already installed or saved changes."""

from __future__ import annotations

import json
import os
import shutil
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from familysafe.core import pin as pins
from familysafe.core.content import YamlRefused, load_pack, parse_yaml
from familysafe.services import packs
from familysafe.services.packs import PackError, build_pack, check_pack, installed_packs_dir, list_installed
from parent_helpers import finish, folder_files, leftovers, pack_folder, raw_pack, tree

ACT = "activities/8-10/u01-test.yaml"


@pytest.fixture
def packs_dir(data_dir: Path) -> Path:
    d = installed_packs_dir(data_dir)
    d.mkdir(parents=True, exist_ok=True)
    return d


def good_files(tmp_path: Path) -> dict[str, bytes]:
    return folder_files(pack_folder(tmp_path, name="good-src"))


def with_pack_yaml(tmp_path: Path, old: str, new: str, name: str = "p.fspack") -> Path:
    files = good_files(tmp_path)
    text = files["pack.yaml"].decode("utf-8")
    assert old in text
    files["pack.yaml"] = text.replace(old, new).encode("utf-8")
    return raw_pack(tmp_path / name, files)


def place_installed(packs_dir: Path, tmp_path: Path, pack_yaml: str, pack_id: str = "fixture") -> Path:
    """A pack folder as an older FamilySafe (or a hand) may have left it in the packs folder."""
    src = pack_folder(tmp_path, pack_id=pack_id, name=f"placed-{pack_id}")
    (src / "pack.yaml").write_text(pack_yaml, encoding="utf-8")
    target = packs_dir / pack_id
    shutil.copytree(src, target)
    (target / packs.INSTALL_RECORD).write_text(json.dumps({"id": pack_id, "trusted": False}), encoding="utf-8")
    return target


# ---------------------------------------------------------------- 5: forged trust labels


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("publisher: FamilySafe tests", 'publisher: "Evil Ltd\\nTrusted: signed by NSPCC"', "publisher"),
        ("publisher: FamilySafe tests", 'publisher: "Evil\\rTrusted"', "publisher"),
        ("title: Test pack", 'title: "\\e[2J\\e[31mSafe pack"', "title"),
        ("title: Test pack", 'title: "Pack \\x85 next line"', "title"),
        ("publisher: FamilySafe tests", 'publisher: "\\u202eBCPSSN yb dengis"', "publisher"),
        ("publisher: FamilySafe tests", 'publisher: "School\\u2066 trusted\\u2069"', "publisher"),
        ("title: Test pack", 'title: "\\u200b\\u200b\\u200d"', "title"),
        ("title: Who can I tell?", 'title: "Who\\0 can I tell?"', "units[0].title"),
    ],
)
def test_control_characters_in_a_packs_short_texts_are_refused(
    tmp_path: Path, packs_dir: Path, old: str, new: str, field: str
) -> None:
    path = with_pack_yaml(tmp_path, old, new)
    with pytest.raises(PackError) as e:
        check_pack(path, packs_dir)
    assert e.value.kind == "invalid"
    assert "pack.yaml" in e.value.message and field in e.value.message, e.value.message
    assert tree(packs_dir) == {} and leftovers(packs_dir) == []


def test_control_characters_in_an_activitys_short_text_are_refused(tmp_path: Path, packs_dir: Path) -> None:
    files = good_files(tmp_path)
    files[ACT] = files[ACT].replace(b"badge: Test Star", b'badge: "Test\\tStar\\e[5m"')
    with pytest.raises(PackError) as e:
        check_pack(raw_pack(tmp_path / "a.fspack", files), packs_dir)
    assert "u01-test.yaml" in e.value.message and "badge" in e.value.message
    assert tree(packs_dir) == {}


def test_build_refuses_control_characters_too(tmp_path: Path) -> None:
    src = pack_folder(tmp_path)
    text = (src / "pack.yaml").read_text().replace("publisher: FamilySafe tests", 'publisher: "A\\nTrusted"')
    (src / "pack.yaml").write_text(text)
    with pytest.raises(PackError, match="publisher"):
        build_pack(src, tmp_path / "out.fspack")
    assert not (tmp_path / "out.fspack").exists()


def test_pack_list_never_prints_raw_escapes(cli: Any, packs_dir: Path, tmp_path: Path) -> None:
    good = (pack_folder(tmp_path, name="read").joinpath("pack.yaml")).read_text()
    forged = good.replace("publisher: FamilySafe tests", 'publisher: "Evil\\nfixture\\tversion 9\\ttrusted (NSPCC)"')
    forged = forged.replace("title: Test pack", 'title: "\\e]0;owned\\a\\e[31mRed\\u202e"')
    place_installed(packs_dir, tmp_path, forged)
    rc, out, _ = cli("pack", "list")
    assert rc == 0
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert out.count("\n") == 1, out  # one line for the one pack: a newline in a field cannot add a row
    assert "unverified" in out and "trusted (NSPCC)" not in out.split("\t")[-1]


# ---------------------------------------------------------------- 6: the PIN throttle


def _fast_pin(svc: Any, pin: str = "2468") -> None:
    """A PIN hashed with small scrypt settings: sixteen checks at once must not need 2 GiB."""
    svc.store.family.set_pin_hash(pins.hash_secret(pin, n=2**10))
    svc.store.family.set_throttle(pins.register_success())


def test_parallel_wrong_pins_are_each_counted_and_few_are_judged(
    svc: Any, data_dir: Path, library: Any, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from familysafe.services.family import FamilyService
    from familysafe.store.db import Store

    _fast_pin(svc)
    judged = []
    real_verify = pins.verify_secret

    def counting_verify(secret: str, stored: Any) -> bool:
        judged.append(secret)
        return real_verify(secret, stored)

    monkeypatch.setattr(pins, "verify_secret", counting_verify)
    n = 16
    barrier = threading.Barrier(n)
    results: list[Any] = []
    errors: list[BaseException] = []

    def attacker() -> None:
        try:
            st = Store.open(data_dir / "familysafe.db", clock=clock)
            try:
                other = FamilyService(st, library, clock)
                barrier.wait()
                results.append(other.check_pin("9999"))
            finally:
                st.close()
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=attacker) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    assert len(results) == n and not any(r.ok for r in results)
    state = svc.store.family.throttle()
    # Every PIN that was judged was counted, and no more than the free tries plus one were judged at all.
    assert state.failures == len(judged), (state.failures, len(judged))
    assert len(judged) <= pins.FREE_TRIES + 1
    assert sum(1 for r in results if not r.judged and r.wait_seconds > 0) == n - len(judged)


def test_while_throttled_the_pin_is_not_judged(svc: Any, clock: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _fast_pin(svc)
    for _ in range(5):
        assert not svc.check_pin("1111").ok
    called = []
    monkeypatch.setattr(pins, "verify_secret", lambda *a: called.append(a) or True)
    r = svc.check_pin("2468")
    assert not r.ok and not r.judged and r.wait_seconds > 0 and called == []


def test_cli_while_throttled_says_wait_not_wrong(cli: Any, svc: Any, tmp_path: Path, packs_dir: Path) -> None:
    import time

    _fast_pin(svc)
    # Five wrong tries just now (the command line reads the real clock).
    svc.store.family.set_throttle(pins.ThrottleState(failures=5, last_failure=time.time()))
    built = tmp_path / "school.fspack"
    build_pack(pack_folder(tmp_path), built)
    rc, _, err = cli("pack", "import", str(built), "--pin", "2468")  # the right PIN, but too soon
    assert rc == 1 and "wait" in err.lower() and "seconds" in err
    assert "not right" not in err
    assert tree(packs_dir) == {}


def test_cli_with_no_pin_set_does_not_claim_the_pin(cli: Any, svc: Any, tmp_path: Path, packs_dir: Path) -> None:
    assert not svc.has_pin()
    built = tmp_path / "school.fspack"
    build_pack(pack_folder(tmp_path), built)
    rc, out, err = cli("pack", "import", str(built), "--pin", "anything")
    assert rc == 0, err
    assert "installed with the parent PIN" not in out + err
    assert "no parent PIN" in out + err


def test_a_tampered_costly_hash_is_refused_not_run(svc: Any) -> None:
    stored = pins.hash_secret("2468", n=2**10)
    svc.store.family.set_pin_hash({**stored, "p": 16})
    r = svc.check_pin("2468")
    assert not r.ok and r.damaged
    assert svc.store.family.throttle().failures == 0


# ---------------------------------------------------------------- 7: a kill during an upgrade


def test_a_pack_stranded_in_staging_by_a_kill_is_put_back(tmp_path: Path, packs_dir: Path) -> None:
    built = tmp_path / "v1.fspack"
    build_pack(pack_folder(tmp_path, version=1), built)
    with check_pack(built, packs_dir) as staged:
        staged.install()
    v1 = tree(packs_dir / "fixture")
    # Killed inside install(): the old version was moved aside, the new one not yet moved in.
    work = packs_dir / ".staging" / "import-killed"
    work.mkdir(parents=True)
    os.replace(packs_dir / "fixture", work / "previous")
    (work / "v2.fspack").mkdir()
    (work / "v2.fspack" / "pack.yaml").write_text("id: fixture\nversion: 2\n")
    (packs_dir / ".staging" / "remove-killed").mkdir()
    assert list_installed(packs_dir) == []
    report = packs.recover_staging(packs_dir)
    assert tree(packs_dir / "fixture") == v1
    assert [p.version for p in list_installed(packs_dir)] == [1]
    assert leftovers(packs_dir) == []
    assert "fixture" in report


def test_a_killed_upgrade_after_the_new_version_moved_in_keeps_the_new_one(tmp_path: Path, packs_dir: Path) -> None:
    built = tmp_path / "v1.fspack"
    build_pack(pack_folder(tmp_path, version=1), built)
    with check_pack(built, packs_dir) as staged:
        staged.install()
    built = tmp_path / "v2.fspack"
    build_pack(pack_folder(tmp_path, version=2), built)
    staged = check_pack(built, packs_dir)
    assert packs.recover_staging(packs_dir) == [] and leftovers(packs_dir)  # in use: left alone
    # Killed after both renames, before the staging folder was removed: the process is gone (its lock too).
    target = packs_dir / "fixture"
    os.replace(target, staged._work / "previous")
    (staged._folder / packs.INSTALL_RECORD).write_text("{}")
    os.replace(staged._folder, target)
    staged._lock.close()
    assert packs.recover_staging(packs_dir) == []
    assert [p.version for p in list_installed(packs_dir)] == [2]
    assert leftovers(packs_dir) == []


def test_start_up_recovers_staging(tmp_path: Path, data_dir: Path, packs_dir: Path) -> None:
    from familysafe.boot import load_assets

    built = tmp_path / "v1.fspack"
    build_pack(pack_folder(tmp_path), built)
    with check_pack(built, packs_dir) as staged:
        staged.install()
    work = packs_dir / ".staging" / "import-x"
    work.mkdir(parents=True)
    os.replace(packs_dir / "fixture", work / "previous")
    loaded = load_assets("en", data_dir)
    assert "b810-u01-test" in loaded.library.activities
    assert leftovers(packs_dir) == []


# ---------------------------------------------------------------- 8: versions


@pytest.mark.parametrize("version", ['"7"', "7.0", "10" + "0" * 4000, "1000001", "0", "true", "-3"])
def test_a_version_that_is_not_a_bounded_integer_is_refused(tmp_path: Path, packs_dir: Path, version: str) -> None:
    path = with_pack_yaml(tmp_path, "version: 1", f"version: {version}")
    with pytest.raises(PackError) as e:
        check_pack(path, packs_dir)
    assert "pack.yaml" in e.value.message and "version" in e.value.message, e.value.message
    assert len(e.value.message) < 600
    assert tree(packs_dir) == {}


def test_the_highest_version_is_accepted(tmp_path: Path, packs_dir: Path) -> None:
    path = with_pack_yaml(tmp_path, "version: 1", "version: 1000000")
    with check_pack(path, packs_dir) as staged:
        assert staged.info.version == 1_000_000


@pytest.mark.parametrize(
    ("text", "expected", "listed"),
    [('"7"', 0, [0]), ("7.0", 0, [0]), ("true", 0, [0]), ("10" + "0" * 4000, 0, []), ("7", 7, [7])],
)
def test_installed_version_reads_the_same_integer_type(
    tmp_path: Path, packs_dir: Path, text: str, expected: int, listed: list[int]
) -> None:
    """0 means "damaged: any valid version may replace it"; an unreadable pack.yaml is not listed."""
    good = (pack_folder(tmp_path, name="read").joinpath("pack.yaml")).read_text()
    place_installed(packs_dir, tmp_path, good.replace("version: 1", f"version: {text}"))
    assert packs.installed_version(packs_dir, "fixture") == expected
    assert [p.version for p in list_installed(packs_dir)] == listed


# ---------------------------------------------------------------- 9 (the cheap part): stop early


def test_a_pack_with_many_invalid_files_stops_at_the_first(tmp_path: Path, packs_dir: Path) -> None:
    files = good_files(tmp_path)
    for i in range(40):
        files[f"activities/8-10/u01-bad{i:02d}.yaml"] = b"id: [unclosed\n"
    path = raw_pack(tmp_path / "bad.fspack", files)
    seen: list[tuple[int, int]] = []
    with pytest.raises(PackError) as e:
        check_pack(path, packs_dir, progress=lambda done, total: seen.append((done, total)))
    assert "u01-bad00.yaml" in e.value.message and "u01-bad01.yaml" not in e.value.message
    done, total = seen[-1]
    assert total - done >= 39, seen[-3:]  # it stopped at the first bad file, not after reading all 40
    assert tree(packs_dir) == {} and leftovers(packs_dir) == []


def test_total_yaml_values_are_capped(tmp_path: Path, packs_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packs.install, "MAX_PACK_NODES", 400)  # the fixture's activity alone holds about 200
    files = good_files(tmp_path)
    for i in range(3):
        files[f"activities/8-10/u01-copy{i}.yaml"] = files[ACT].replace(b"b810-u01-test", f"b810-u01-c{i}".encode())
    path = raw_pack(tmp_path / "big.fspack", files)
    with pytest.raises(PackError) as e:
        check_pack(path, packs_dir)
    assert "values" in e.value.message and e.value.kind == "too-big"
    assert tree(packs_dir) == {} and leftovers(packs_dir) == []


def test_too_much_yaml_is_refused_before_anything_is_unpacked(
    tmp_path: Path, packs_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packs.install, "MAX_YAML_BYTES", 20_000)
    files = good_files(tmp_path)
    files["guides/notes.yaml"] = b"# " + os.urandom(15_000).hex().encode() + b"\n"  # 30 kB that do not compress
    seen: list[tuple[int, int]] = []
    with pytest.raises(PackError) as e:
        check_pack(raw_pack(tmp_path / "big.fspack", files), packs_dir, progress=lambda d, t: seen.append((d, t)))
    assert e.value.kind == "too-big" and "YAML" in e.value.message
    assert seen == []  # refused from the zip's directory, before one file was unpacked
    assert tree(packs_dir) == {}


def test_cancel_stops_the_check_and_leaves_nothing(tmp_path: Path, packs_dir: Path) -> None:
    path = tmp_path / "p.fspack"
    build_pack(pack_folder(tmp_path), path)
    with pytest.raises(PackError) as e:
        check_pack(path, packs_dir, cancelled=lambda: True)
    assert e.value.kind == "cancelled"
    assert tree(packs_dir) == {} and leftovers(packs_dir) == []


# ---------------------------------------------------------------- 10: a pack never changes core units


def _injected_pack(tmp_path: Path, library: Any) -> Path:
    """A pack whose activity sits in core unit 1 of the 8-10 band (the hostile test's b810-u01-injected)."""
    src = pack_folder(tmp_path, pack_id="school", name="inject")
    act = src / ACT
    act.write_text(act.read_text().replace("id: b810-u01-test", "id: b810-u01-injected"))
    path = tmp_path / "inject.fspack"
    build_pack(src, path)
    return path


def test_a_pack_in_a_core_unit_never_takes_a_finished_unit_away(
    svc: Any, clock: Any, tmp_path: Path, packs_dir: Path, library: Any
) -> None:
    child = svc.add_child("Child E", "8-10", "fox")
    unit1 = [a for a in svc.overview(child).todo if a.unit == 1]
    for a in unit1:
        clock.advance(600)
        finish(svc, child, a)
    before_units = [u for u, *_ in svc.finished_units(child)]
    assert before_units == [1]
    path = _injected_pack(tmp_path, library)
    with check_pack(path, packs_dir) as staged:
        target = staged.install()
    svc.swap_pack("school", load_pack(target, check_reading=False))
    assert "b810-u01-injected" in svc.library.activities
    assert [u for u, *_ in svc.finished_units(child)] == before_units  # the certificate stays
    ov = svc.overview(child)
    assert "b810-u01-injected" in {a.id for a in ov.todo}  # offered as an extra activity
    # The next unit still opens on its date: the extra does not gate it.
    clock.advance(15 * 86400)
    assert 2 in svc.refresh_unlocks(child) or 2 in {u.unit for u in svc.store.unlocks.for_child(child.id)}


def test_a_pack_activity_beyond_the_core_units_is_refused(tmp_path: Path, packs_dir: Path, library: Any) -> None:
    src = pack_folder(tmp_path, pack_id="school", name="far")
    text = (src / "pack.yaml").read_text()
    units = "".join(f"  - number: {n}\n    title: Unit {n}\n" for n in range(3, 61))
    (src / "pack.yaml").write_text(text + units)
    act = src / ACT
    act.write_text(act.read_text().replace("id: b810-u01-test", "id: b810-u60-far").replace("unit: 1", "unit: 60"))
    path = tmp_path / "far.fspack"
    build_pack(src, path)
    core = {band: library.total_units(band) for band in ("4-7", "8-10", "11-13", "14-17")}
    with pytest.raises(PackError) as e:
        check_pack(path, packs_dir, core_units=core)
    assert "u60" in e.value.message and "unit 60" in e.value.message
    assert tree(packs_dir) == {}


# ---------------------------------------------------------------- 11: nicknames


@pytest.mark.parametrize(
    "name",
    [
        "Child F\nTrusted",
        "Child F\r",
        "Chi\x00ld F",
        "\x1b[31mChild F",
        "\u202eChild F",
        "\u200b\u200b",
        "Child F\u2028x",
        "Child F\x85",
    ],
)
def test_bad_nicknames_are_refused_on_add_and_update(svc: Any, name: str) -> None:
    with pytest.raises(ValueError, match="nickname"):
        svc.add_child(name, "8-10", "fox")
    child = svc.add_child("Child F", "8-10", "fox")
    with pytest.raises(ValueError, match="nickname"):
        svc.update_child(replace(child, nickname=name))
    assert [c.nickname for c in svc.children()] == ["Child F"]


def test_update_has_the_same_length_bound(svc: Any) -> None:
    child = svc.add_child("Child F", "8-10", "fox")
    with pytest.raises(ValueError, match="30"):
        svc.update_child(replace(child, nickname="x" * 10_000))
    assert svc.children()[0].nickname == "Child F"
    svc.update_child(replace(child, nickname="  Sami  "))
    assert svc.children()[0].nickname == "Sami"


def test_ics_escapes_a_carriage_return() -> None:
    from familysafe.services.calendar import escape_text

    assert "\r" not in escape_text("a\rb\r\nc\nd")
    assert escape_text("a\rb") == "a\\nb"


# ---------------------------------------------------------------- 12: messages about content


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("id: a\nid: b\n", "'id' appears twice"),
        ("a:\n  b: 1\n  b: 2\n", "'b' appears twice"),
        ("reviewed: 2024-02-30\n", "reviewed"),
        ("version: " + "9" * 5000 + "\n", "version"),
        ("unit: " + "9" * 30 + "\n", "too big"),
    ],
)
def test_yaml_duplicates_bad_dates_and_huge_ints_are_named(text: str, words: str) -> None:
    with pytest.raises(YamlRefused) as e:
        parse_yaml(text)
    assert words in str(e.value) and "line" in str(e.value), str(e.value)


def test_a_bad_date_in_a_guide_names_the_file_and_field(tmp_path: Path) -> None:
    src = pack_folder(tmp_path)
    (src / "guides").mkdir()
    (src / "guides" / "g.yaml").write_text("id: g\nreviewed: 2024-13-45\n")
    lp = load_pack(src, check_reading=False)
    [p] = [p for p in lp.problems if "g.yaml" in p.file]
    assert "reviewed" in str(p) and "date" in str(p)


def test_a_manifest_with_a_duplicate_key_is_refused(tmp_path: Path, packs_dir: Path) -> None:
    files = good_files(tmp_path)
    raw_pack(tmp_path / "ok.fspack", files)
    import zipfile

    with zipfile.ZipFile(tmp_path / "ok.fspack") as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = members["manifest.json"].decode()
    manifest = manifest.replace('"format": ', '"format": "x", "format": ', 1)
    members["manifest.json"] = manifest.encode()
    dup = tmp_path / "dup.fspack"
    with zipfile.ZipFile(dup, "w") as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    with pytest.raises(PackError) as e:
        check_pack(dup, packs_dir)
    assert "manifest.json" in e.value.message and "'format' appears twice" in e.value.message


def test_a_pack_yaml_with_a_duplicate_key_is_refused(tmp_path: Path, packs_dir: Path) -> None:
    path = with_pack_yaml(tmp_path, "version: 1", "version: 1\nversion: 9")
    with pytest.raises(PackError) as e:
        check_pack(path, packs_dir)
    assert "pack.yaml" in e.value.message and "'version' appears twice" in e.value.message


def test_the_built_in_content_has_no_duplicate_keys() -> None:
    from familysafe.core.content import load_library
    from familysafe.resources import content_dir

    lib = load_library(content_dir(), check_reading=False)
    assert not [p for p in lib.problems if "appears twice" in p.message]


_UPGRADE_AND_DIE = r"""
import os, shutil, sys
from pathlib import Path
from familysafe.services import packs

packs_dir, pack, point, after = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "after"
calls = {"n": 0}
real_replace, real_rmtree = os.replace, shutil.rmtree

def dying_replace(a, b):
    calls["n"] += 1
    if calls["n"] == point and not after:
        os._exit(9)
    real_replace(a, b)
    if calls["n"] == point and after:
        os._exit(9)

def dying_rmtree(path, *a, **k):
    if point == 0:
        os._exit(9)
    real_rmtree(path, *a, **k)

os.replace = dying_replace
shutil.rmtree = dying_rmtree
staged = packs.check_pack(pack, packs_dir)
staged.install()
os._exit(0)
"""


@pytest.mark.parametrize(("point", "when"), [(1, "before"), (1, "after"), (2, "before"), (2, "after"), (0, "-")])
def test_a_kill_at_each_point_of_an_upgrade_never_loses_the_pack(
    tmp_path: Path, packs_dir: Path, point: int, when: str
) -> None:
    """A real process is killed (os._exit) before or after each rename of an upgrade, or as it deletes the
    staging folder; at the next start the pack is installed, old or new, and staging is empty."""
    import subprocess
    import sys

    v1, v2 = tmp_path / "v1.fspack", tmp_path / "v2.fspack"
    build_pack(pack_folder(tmp_path, version=1), v1)
    build_pack(pack_folder(tmp_path, version=2), v2)
    with check_pack(v1, packs_dir) as staged:
        staged.install()
    script = tmp_path / "die.py"
    script.write_text(_UPGRADE_AND_DIE)
    done = subprocess.run(
        [sys.executable, str(script), str(packs_dir), str(v2), str(point), when], timeout=120, check=False
    )
    assert done.returncode == 9
    packs.recover_staging(packs_dir)
    assert [p.version for p in list_installed(packs_dir)] in ([1], [2])
    assert leftovers(packs_dir) == []
