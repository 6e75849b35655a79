"""Content packs: a good pack installs (trusted when signed by a known key, else unverified); every
hostile or broken pack is refused with a message naming the problem, and nothing changes."""

from __future__ import annotations

import base64
import os
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from familysafe.services import packs
from familysafe.services.packs import PackError, build_pack, check_pack, keygen, list_installed, remove_pack, sign_pack
from parent_helpers import folder_files, hostile_packs, leftovers, pack_folder, raw_pack, tree


@pytest.fixture
def packs_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data" / "packs"
    d.mkdir(parents=True)
    return d


def test_build_then_import_unsigned_is_unverified(tmp_path: Path, packs_dir: Path) -> None:
    built = tmp_path / "school.fspack"
    info = build_pack(pack_folder(tmp_path), built)
    assert (info.id, info.version, info.activities) == ("fixture", 1, 1)
    with zipfile.ZipFile(built) as zf:
        names = zf.namelist()
        assert names[0] == "manifest.json" and "manifest.sig" not in names
        assert all(stat.S_ISREG(i.external_attr >> 16) for i in zf.infolist())
    with check_pack(built, packs_dir) as staged:
        assert not staged.info.trusted and staged.info.signer is None
        target = staged.install()
    assert target == packs_dir / "fixture"
    assert (target / "activities" / "8-10" / "u01-test.yaml").is_file()
    assert leftovers(packs_dir) == []
    [installed] = list_installed(packs_dir)
    assert (installed.id, installed.version, installed.trusted) == ("fixture", 1, False)
    # The content loader finds it like a built-in pack.
    [lp] = packs.load_installed(packs_dir.parent, check_reading=False)
    assert lp.pack is not None and lp.pack.id == "fixture" and not lp.problems


def test_signed_by_a_trusted_key_installs_as_trusted(
    tmp_path: Path, packs_dir: Path, make_key: Any, trust: Any
) -> None:
    key_file = tmp_path / "school.key"
    entry = keygen(key_file, "Test School")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600 or os.name != "posix"
    assert b"PRIVATE KEY" in key_file.read_bytes()
    assert "PRIVATE" not in Path(f"{key_file}.pub").read_text()
    built = tmp_path / "school.fspack"
    build_pack(pack_folder(tmp_path), built, key_file=key_file)
    # Signed, but by a key the app does not know: the signature checks out, the pack is still unverified.
    with check_pack(built, packs_dir, keys=[]) as staged:
        assert not staged.info.trusted
        assert staged.info.signer == packs.fingerprint(base64.b64decode(entry["key"]))
    trusted = packs.TrustedKey("Test School", base64.b64decode(entry["key"]))
    with check_pack(built, packs_dir, keys=[trusted]) as staged:
        assert staged.info.trusted and staged.info.signer == "Test School"
        staged.install()
    assert list_installed(packs_dir)[0].trusted


def test_sign_replaces_an_old_signature(tmp_path: Path, packs_dir: Path) -> None:
    built = tmp_path / "p.fspack"
    build_pack(pack_folder(tmp_path), built)
    first, second = tmp_path / "a.key", tmp_path / "b.key"
    keygen(first)
    keygen(second)
    sign_pack(built, first)
    fp = sign_pack(built, second)
    with zipfile.ZipFile(built) as zf:
        assert zf.namelist().count("manifest.sig") == 1
    with check_pack(built, packs_dir, keys=[]) as staged:
        assert staged.info.signer == fp


def test_keygen_never_overwrites(tmp_path: Path) -> None:
    key = tmp_path / "k.key"
    keygen(key)
    before = key.read_bytes()
    with pytest.raises(PackError, match="already exists"):
        keygen(key)
    assert key.read_bytes() == before


def test_the_shipped_trust_list_is_empty_and_holds_no_private_key() -> None:
    from familysafe.resources import asset

    text = asset("keys", "trusted.json").read_text(encoding="utf-8")
    assert packs.load_trusted_keys() == []
    assert "PRIVATE" not in text


@pytest.mark.parametrize("content", ["not json", '{"name": "x"}', '[{"key": "AAAA"}]'])
def test_a_damaged_trust_list_trusts_no_one(tmp_path: Path, content: str) -> None:
    f = tmp_path / "trusted.json"
    f.write_text(content)
    assert packs.load_trusted_keys(f) == []


def test_every_hostile_pack_is_refused_and_nothing_changes(tmp_path: Path, packs_dir: Path, make_key: Any) -> None:
    # Something installed already, which must stay exactly as it is.
    build_pack(pack_folder(tmp_path, pack_id="keep"), tmp_path / "keep.fspack")
    with check_pack(tmp_path / "keep.fspack", packs_dir) as s:
        s.install()
    before = tree(packs_dir)
    seen = []
    for case, path, words in hostile_packs(tmp_path, make_key()):
        with pytest.raises(PackError) as err:
            check_pack(path, packs_dir, reserved_ids={"core"}, keys=[])
        assert words in err.value.message, (case, err.value.message)
        assert str(path) in err.value.message or path.name in err.value.message, (case, err.value.message)
        assert tree(packs_dir) == before, case
        assert leftovers(packs_dir) == [], case
        seen.append(case)
    assert len(seen) == 12


def test_older_and_equal_versions_are_refused_newer_replaces(tmp_path: Path, packs_dir: Path) -> None:
    v2 = build_pack(pack_folder(tmp_path, version=2), tmp_path / "v2.fspack")
    assert v2.version == 2
    with check_pack(tmp_path / "v2.fspack", packs_dir) as s:
        s.install()
    before = tree(packs_dir)
    for version, words in ((1, "older than"), (2, "the same version as")):
        build_pack(pack_folder(tmp_path, version=version), tmp_path / f"v{version}.fspack")
        with pytest.raises(PackError) as err:
            check_pack(tmp_path / f"v{version}.fspack", packs_dir)
        assert err.value.kind == "older" and words in err.value.message
        assert f"v{version}.fspack" in err.value.message
        assert tree(packs_dir) == before
    build_pack(pack_folder(tmp_path, version=3), tmp_path / "v3.fspack")
    with check_pack(tmp_path / "v3.fspack", packs_dir) as s:
        s.install()
    assert [p.version for p in list_installed(packs_dir)] == [3]
    assert leftovers(packs_dir) == []


def test_an_activity_id_taken_by_another_pack_is_refused(tmp_path: Path, packs_dir: Path) -> None:
    build_pack(pack_folder(tmp_path), tmp_path / "p.fspack")
    with pytest.raises(PackError, match="already provided by the pack 'core'"):
        check_pack(tmp_path / "p.fspack", packs_dir, known_activities={"b810-u01-test": "core"})
    assert tree(packs_dir) == {}


def test_the_built_in_content_ids_are_reserved(library: Any) -> None:
    assert "core" in packs.builtin_pack_ids()


def test_a_pack_cannot_bring_its_own_install_record(tmp_path: Path, packs_dir: Path) -> None:
    files = folder_files(pack_folder(tmp_path))
    bad = raw_pack(tmp_path / "rec.fspack", files, extra=[("installed.json", b'{"trusted": true}')])
    with pytest.raises(PackError, match="reserved"):
        check_pack(bad, packs_dir)


def test_files_not_in_the_manifest_are_refused(tmp_path: Path, packs_dir: Path) -> None:
    files = folder_files(pack_folder(tmp_path))
    sneaky = raw_pack(tmp_path / "s.fspack", files, extra=[("guides/extra.md", b"hi")], list_extra=False)
    with pytest.raises(PackError, match="does not list"):
        check_pack(sneaky, packs_dir)


@pytest.mark.parametrize(
    "name",
    ["../x.yaml", "a/../../x.yaml", "/abs.yaml", "C:/win.yaml", "a\\..\\x.yaml", ".hidden.yaml", "a//b.yaml", ""],
)
def test_unsafe_names(name: str) -> None:
    with pytest.raises(PackError) as err:
        packs.check_name(name)
    assert err.value.kind == "unsafe-path"


def test_remove(tmp_path: Path, packs_dir: Path) -> None:
    build_pack(pack_folder(tmp_path), tmp_path / "p.fspack")
    with check_pack(tmp_path / "p.fspack", packs_dir) as s:
        s.install()
    remove_pack(packs_dir, "fixture")
    assert list_installed(packs_dir) == [] and leftovers(packs_dir) == []
    with pytest.raises(PackError, match="no pack 'fixture' is installed"):
        remove_pack(packs_dir, "fixture")
    with pytest.raises(PackError):
        remove_pack(packs_dir, "../data")


def test_build_refuses_invalid_content_and_links(tmp_path: Path) -> None:
    src = pack_folder(tmp_path)
    (src / "guides").mkdir()
    (src / "guides" / "x.exe").write_bytes(b"MZ")
    with pytest.raises(PackError, match="kind of file"):
        build_pack(src, tmp_path / "out.fspack")
    (src / "guides" / "x.exe").unlink()
    if os.name == "posix":
        (src / "guides" / "link.md").symlink_to("/etc/hostname")
        with pytest.raises(PackError, match="is a link"):
            build_pack(src, tmp_path / "out.fspack")
        (src / "guides" / "link.md").unlink()
    act = src / "activities" / "8-10" / "u01-test.yaml"
    act.write_text(act.read_text().replace("title: The test activity", "title: ''"))
    with pytest.raises(PackError, match="not valid"):
        build_pack(src, tmp_path / "out.fspack")
    assert not (tmp_path / "out.fspack").exists()
