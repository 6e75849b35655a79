"""The store tests' fixtures: a clock at START, a prepared empty database copied per test, and a
backups folder. The store's conftest uses them, and so do service tests that need the same store
(tests/services/test_family_service.py imports them)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from familysafe.core.clock import FakeClock
from familysafe.store import Store
from store_helpers import START


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture(scope="session")
def empty_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty, current-version database built once per run (STYLE rule 8)."""
    path = tmp_path_factory.mktemp("template") / "familysafe.db"
    Store.open(path, clock=FakeClock(START)).close()
    assert not Path(f"{path}-wal").exists()  # closed cleanly: the one file is the whole database
    return path


@pytest.fixture
def db_file(tmp_path: Path, empty_db_template: Path) -> Path:
    """A fresh copy of the empty database, in this test's own folder."""
    path = tmp_path / "familysafe.db"
    shutil.copyfile(empty_db_template, path)
    return path


@pytest.fixture
def backup_folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def store(db_file: Path, clock: FakeClock, backup_folder: Path) -> Iterator[Store]:
    s = Store.open(db_file, clock=clock, backup_dir=backup_folder)
    yield s
    s.close()
