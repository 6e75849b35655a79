"""The services' tests. As in tests/robust, a test marked `slow` (the long property walk of
test_growing_properties, 400 random lives where the usual run walks 40) is skipped unless asked for:
`pytest -m slow tests/services` runs only them, `-m "slow or not slow"` everything."""

from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "slow" in (config.getoption("markexpr", "") or ""):
        return
    skip = pytest.mark.skip(reason="slow: run with `pytest -m slow tests/services`")
    for item in items:
        if item.get_closest_marker("slow") is not None and HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)
