"""What the frozen app tells a family: never a developer's command (issue 12, item 13)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from familysafe.services import demo


def test_installed_demo_says_what_a_family_does(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(tmp_path / "data"))
    assert demo.create_demo_cli() == 0
    said = capsys.readouterr().out
    assert "A demo family was created" in said
    assert "Open FamilySafe" in said
    assert "make" not in said and "`" not in said


def test_source_tree_demo_names_the_make_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert "make run" in demo.how_to_open()
