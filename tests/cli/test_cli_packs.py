"""familysafe-cli pack/export/calendar: exit 0 when done, exit 1 with one line naming the problem, and
nothing changed, for every refused pack."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from familysafe.cli import main
from familysafe.services.packs import build_pack, installed_packs_dir
from parent_helpers import hostile_packs, leftovers, pack_folder, tree


@pytest.fixture
def built(tmp_path: Path) -> Path:
    path = tmp_path / "school.fspack"
    build_pack(pack_folder(tmp_path), path)
    return path


def test_unverified_pack_needs_the_pin(cli: Any, svc: Any, built: Path, data_dir: Path) -> None:
    svc.set_pin("2468")
    packs_dir = installed_packs_dir(data_dir)
    rc, _, err = cli("pack", "import", str(built))
    assert rc == 1 and "unverified" in err and "--pin" in err and "Traceback" not in err
    assert tree(packs_dir) == {}
    rc, _, err = cli("pack", "import", str(built), "--pin", "0000")
    assert rc == 1 and "PIN is not right" in err
    assert tree(packs_dir) == {}
    rc, out, _ = cli("pack", "import", str(built), "--pin", "2468")
    assert rc == 0 and "UNVERIFIED" in out and "fixture" in out
    rc, out, _ = cli("pack", "list")
    assert rc == 0 and "fixture" in out and "unverified" in out
    before = tree(packs_dir)
    rc, _, err = cli("pack", "import", str(built), "--pin", "2468")
    assert rc == 1 and "same version" in err and str(built) in err
    assert tree(packs_dir) == before
    rc, out, _ = cli("pack", "remove", "fixture")
    assert rc == 0 and not (packs_dir / "fixture").exists()
    rc, _, err = cli("pack", "remove", "fixture")
    assert rc == 1 and "no pack 'fixture'" in err


def test_trusted_pack_needs_no_pin(cli: Any, tmp_path: Path, make_key: Any, trust: Any, data_dir: Path) -> None:
    key = make_key()
    trust(key)
    from cryptography.hazmat.primitives import serialization

    key_file = tmp_path / "pub.key"
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    path = tmp_path / "signed.fspack"
    rc, out, err = cli("pack", "build", str(pack_folder(tmp_path)), "-o", str(path), "--key", str(key_file))
    assert rc == 0, err
    rc, out, err = cli("pack", "import", str(path))
    assert rc == 0, err
    assert "trusted, signed by Test School" in out
    rc, out, _ = cli("pack", "list")
    assert "trusted (Test School)" in out


def test_every_hostile_pack_is_refused_by_the_cli(
    cli: Any, svc: Any, tmp_path: Path, make_key: Any, data_dir: Path
) -> None:
    svc.set_pin("2468")
    packs_dir = installed_packs_dir(data_dir)
    n = 0
    for case, path, words in hostile_packs(tmp_path, make_key()):
        rc, _out, err = cli("pack", "import", str(path), "--pin", "2468")
        assert rc == 1, case
        assert words in err and path.name in err, (case, err)
        assert err.startswith("familysafe: ") and "Traceback" not in err and "something went wrong" not in err
        assert tree(packs_dir) == {} and leftovers(packs_dir) == [], case
        n += 1
    assert n == 12


def test_missing_file(cli: Any, tmp_path: Path) -> None:
    rc, _, err = cli("pack", "import", str(tmp_path / "nope.fspack"))
    assert rc == 1 and "nope.fspack" in err and "cannot be read" in err


def test_keygen_sign_build(cli: Any, tmp_path: Path) -> None:
    key = tmp_path / "publisher.key"
    rc, out, _ = cli("pack", "keygen", "-o", str(key), "--name", "Our School")
    assert rc == 0
    if os.name == "posix":
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    entry = json.loads(out.strip().splitlines()[-1])
    assert entry["name"] == "Our School" and len(entry["key"]) == 44
    rc, _, err = cli("pack", "keygen", "-o", str(key))
    assert rc == 1 and "already exists" in err
    path = tmp_path / "p.fspack"
    assert cli("pack", "build", str(pack_folder(tmp_path)), "-o", str(path))[0] == 0
    rc, out, _ = cli("pack", "sign", str(path), "--key", str(key))
    assert rc == 0 and "signed" in out
    rc, _, err = cli("pack", "sign", str(path), "--key", str(tmp_path / "p.fspack"))
    assert rc == 1 and "not an unencrypted PEM private key" in err
    rc, _, err = cli("pack", "build", str(tmp_path / "nowhere"), "-o", str(path))
    assert rc == 1 and "has no pack.yaml" in err


def test_export_and_calendar(cli: Any, family: dict[str, Any], tmp_path: Path) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    rc, _out, err = cli("export", str(out_dir))
    assert rc == 0, err
    [folder] = list(out_dir.iterdir())
    data = json.loads((folder / "familysafe-export.json").read_text(encoding="utf-8"))
    assert {c["child"]["nickname"] for c in data["children"]} == {"Child A", "Child B"}
    rc, _out, err = cli("export", str(out_dir), "--child", "child a")  # any case
    assert rc == 0, err
    assert any(p.name.endswith(" - Child A") for p in out_dir.iterdir())
    rc, _, err = cli("export", str(out_dir), "--child", "Nobody")
    assert rc == 1 and "Nobody" in err
    rc, _, err = cli("export", str(tmp_path / "missing"))
    assert rc == 1 and "does not exist" in err

    ics = tmp_path / "child_a.ics"
    rc, _, err = cli("calendar", str(ics), "--child", "Child A", "--at", "18:30")
    assert rc == 0, err
    from icalendar import Calendar

    cal = Calendar.from_ical(ics.read_bytes())
    starts = [e.decoded("dtstart") for e in cal.walk("VEVENT")]
    assert starts and all(s.hour == 18 and s.minute == 30 for s in starts)
    assert all(s.date() >= date(2026, 1, 5) for s in starts)
    rc, _, err = cli("calendar", str(ics), "--at", "half past six")
    assert rc == 1 and "HH:MM" in err


def test_no_family_data_yet(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(tmp_path / "empty"))
    assert main(["export", str(tmp_path)]) == 1
    assert "no FamilySafe data" in capsys.readouterr().err
    assert not (tmp_path / "empty" / "familysafe.db").exists()
