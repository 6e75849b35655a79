"""`familysafe-cli print`: the school handout, with no family file (issue 19). The first job runs in its
own interpreter, as a teacher would start it; Qt draws the PDF, routed by familysafe.entry (the CLI
package itself never imports Qt: tests/test_architecture.py). The refusals go through the same front
door (`familysafe.entry.cli`) in the test's own process: four interpreters cost five seconds."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from familysafe.entry import cli, is_cli_job
from parent_helpers import pdf_text


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FAMILYSAFE_DATA_DIR": str(tmp_path / "no-family-here")}
    env.pop("QT_QPA_PLATFORM", None)  # the job chooses the offscreen platform itself
    return subprocess.run(
        [sys.executable, "-m", "familysafe", "print", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        cwd=tmp_path,
    )


def test_a_teacher_prints_an_activity_and_a_page_of_cards(tmp_path: Path) -> None:
    out = _run(tmp_path, "activity", "b810-u14-snap-smart", "--out", "photo.pdf", "--paper", "letter")
    assert out.returncode == 0, out.stderr
    assert "Printed 'The Snap-Smart Camera Code'" in out.stdout
    text = " ".join(pdf_text(tmp_path / "photo.pdf").split())
    assert "The Snap-Smart Camera Code" in text and "Child's signature:" in text and "Grown-up's signature:" in text
    out = _run(tmp_path, "cards", "14", "--band", "8-10", "--out", "cards.pdf")
    assert out.returncode == 0, out.stderr
    text = pdf_text(tmp_path / "cards.pdf")
    assert text.count("\f") == 1  # one page: the unit's card four times, to cut for a class
    assert text.count("Let's talk") == 4 and text.count("Ages 8-10 · Unit 14") == 4, text
    assert text.count("How would you ask a friend") == 4
    assert not (tmp_path / "no-family-here").exists()  # no family file was made or needed


def test_bad_requests_get_a_plain_message_and_no_file(
    tmp_path: Path,
    qapp: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    shipped_content_once: None,
) -> None:
    monkeypatch.setenv("FAMILYSAFE_DATA_DIR", str(tmp_path / "no-family-here"))
    monkeypatch.chdir(tmp_path)
    cases = [
        (("activity", "b810-u99-nothing", "--out", "x.pdf"), "There is no activity 'b810-u99-nothing'"),
        (("cards", "40", "--band", "8-10", "--out", "x.pdf"), "Band 8-10 has no unit 40; its units are 1 to 26"),
        (("cards", "1", "--band", "3-5", "--out", "x.pdf"), "'3-5' is not an age band"),
        (("activity", "b810-u01-tell-team", "--out", "missing/x.pdf"), "no such folder"),
    ]
    for args, message in cases:
        rc = cli(["print", *args])
        err = capsys.readouterr().err
        assert rc == 1, args
        assert message in err and "Traceback" not in err, err
    assert not list(tmp_path.glob("**/*.pdf")) and not list(tmp_path.glob("**/*.partial"))


def test_print_is_a_command_line_job() -> None:
    assert is_cli_job(["print", "cards", "1", "--band", "8-10", "--out", "x.pdf"])
