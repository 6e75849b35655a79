"""The screenshot tool's command line: a window size it cannot read is refused with what to give instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from familysafe.tools import screens


@pytest.mark.parametrize("size", ["big", "1024x", "x600", "1024*600"])
def test_a_size_it_cannot_read_is_refused(tmp_path: Path, size: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as ended:
        screens.main([str(tmp_path / "out"), "--size", size])
    assert ended.value.code == 2
    assert f"--size {size!r}: give WIDTHxHEIGHT, for example 1024x600" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
