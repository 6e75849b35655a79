"""The robustness suite: crash, corruption, hostile content, clock, network and privacy checks.

Tests marked `slow` (hundreds of kills, a thousand hostile packs, the strace run) are skipped
unless asked for: `pytest -m slow tests/robust` runs only them, `-m "slow or not slow"` everything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def slow_requested(config: pytest.Config) -> bool:
    """True when the -m expression names the slow marker."""
    return "slow" in (config.getoption("markexpr", "") or "")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if slow_requested(config):
        return
    skip = pytest.mark.skip(reason="slow: run with `pytest -m slow tests/robust`")
    for item in items:
        if "slow" in item.keywords and HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)
