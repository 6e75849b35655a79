"""The bootstrap's Help facts: read and checked at start until they were once read well, then on first
use; a file changed since is read (and a damaged one named) at start again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from familysafe import boot
from familysafe.core import help as help_facts
from familysafe.resources import asset


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    out = []
    for name in ("contacts.yaml", "child-help.yaml"):
        shutil.copy(asset("help", name), tmp_path / name)
        out.append(tmp_path / name)
    return out[0], out[1]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = help_facts.load_contacts

    def spy(path: Path) -> help_facts.Contacts:
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(help_facts, "load_contacts", spy)
    return seen


def test_help_facts_are_read_at_start_until_read_well_then_on_first_use(
    files: tuple[Path, Path], reads: list[str], tmp_path: Path
) -> None:
    note = tmp_path / "cache" / "help-read.txt"
    first = boot.HelpFacts(*files, note)
    assert first.check() is None and reads == ["contacts.yaml"] and note.is_file()
    second = boot.HelpFacts(*files, note)
    assert second.check() is None and reads == ["contacts.yaml"]  # read well before, unchanged: not read
    contacts = second.contacts
    assert contacts is not None and contacts.for_country("GB") and reads == ["contacts.yaml", "contacts.yaml"]
    assert second.child_help is not None and reads == ["contacts.yaml", "contacts.yaml"]  # read once


def test_a_help_file_damaged_after_a_good_read_is_named_at_start(
    files: tuple[Path, Path], reads: list[str], tmp_path: Path
) -> None:
    note = tmp_path / "cache" / "help-read.txt"
    assert boot.HelpFacts(*files, note).check() is None
    files[0].write_text("countries: [not, a, mapping]\n", encoding="utf-8")
    damaged = boot.HelpFacts(*files, note)
    problem = damaged.check()
    assert problem is not None and problem.startswith("contacts.yaml")
    assert damaged.contacts is None and damaged.child_help is None
    # Without a note (no data folder), the files are read at start every time.
    assert boot.HelpFacts(*files).check() == problem


def test_install_record_is_named_the_same_in_the_service_and_the_packs() -> None:
    from familysafe.services import family, packs

    assert family.INSTALL_RECORD == packs.INSTALL_RECORD
