"""Tools some tests need beyond the app itself (poppler's pdftotext, makensis, strace ...).

Where a tool is missing the test skips on a developer's machine, but under CI (`.ci/run` sets
FAMILYSAFE_CI=1 after installing every tool Debian has) it fails: a feature must not go untested
on CI because an install step broke.
"""

from __future__ import annotations

import os
import shutil

import pytest

CI = os.environ.get("FAMILYSAFE_CI") == "1"


def missing(reason: str) -> None:
    """Skip with `reason`, or fail with it under CI (never returns)."""
    if CI:
        pytest.fail(f"CI should have this (see .ci/run): {reason}", pytrace=False)
    pytest.skip(reason)


def need(tool: str, package: str) -> str:
    """The path of `tool`; skips (fails under CI) when it is not installed."""
    path = shutil.which(tool)
    if path is None:
        missing(f"{tool} is not installed (Debian: {package})")
    assert path is not None
    return path
