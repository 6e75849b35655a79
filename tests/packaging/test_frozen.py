"""The frozen app works: build the PyInstaller bundle (or reuse a fresh `make dist`) and run it offscreen."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist" / "FamilySafe"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
CLI = DIST / f"familysafe-cli{EXE_SUFFIX}"
GUI = DIST / f"FamilySafe{EXE_SUFFIX}"
# What the bundle is made from: newer than the built executable means the bundle is stale.
SOURCES = ("src", "assets", "packaging", "pyproject.toml")
# Two test runs in one work tree must not rebuild dist/ under each other's feet (packaging/measure.sh too).
LOCK = REPO / "build" / "dist.lock"

pytestmark = pytest.mark.slow


def _newest_source() -> float:
    newest = 0.0
    for name in SOURCES:
        path = REPO / name
        files = [path] if path.is_file() else (p for p in path.rglob("*") if p.is_file())
        for f in files:
            if "__pycache__" not in f.parts:
                newest = max(newest, f.stat().st_mtime)
    return newest


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "FAMILYSAFE_"))}
    env.update(QT_QPA_PLATFORM="offscreen", FAMILYSAFE_DATA_DIR=str(tmp_path / "data"))
    return env


@contextlib.contextmanager
def _lock(exclusive: bool) -> Iterator[None]:
    """flock on build/dist.lock: exclusive to build, shared to use (no-op where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    LOCK.parent.mkdir(exist_ok=True)
    with LOCK.open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _fresh() -> bool:
    return CLI.is_file() and CLI.stat().st_mtime > _newest_source()


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    """dist/FamilySafe, rebuilt with `make dist` unless it is newer than every source file."""
    if not _fresh():
        if shutil.which("make") is None:
            pytest.skip("no dist/FamilySafe newer than the sources, and no `make` to build one")
        with _lock(exclusive=True):
            if not _fresh():  # another run may have built it while we waited
                proc = subprocess.run(["make", "dist"], cwd=REPO, capture_output=True, text=True, timeout=900)
                assert proc.returncode == 0, f"make dist failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    with _lock(exclusive=False):
        yield DIST


def test_bundle_passes_the_forbidden_module_check(bundle: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "check_bundle.py"), str(bundle)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "forbidden Qt module files: 0" in proc.stdout


def test_frozen_self_test(bundle: Path, tmp_path: Path) -> None:
    proc = subprocess.run([str(CLI), "--self-test"], capture_output=True, text=True, timeout=120, env=_env(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout


def test_frozen_cli_finds_the_bundled_content(bundle: Path, tmp_path: Path) -> None:
    # The frozen app reads assets/ from the bundle, and the bundled content passes every rule.
    proc = subprocess.run(
        [str(CLI), "content", "validate"], capture_output=True, text=True, timeout=120, env=_env(tmp_path)
    )
    assert "pack core:" in proc.stdout, proc.stdout + proc.stderr
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "all content is valid" in proc.stdout


def test_frozen_pack_signing_uses_the_bundled_cryptography(bundle: Path, tmp_path: Path) -> None:
    env = _env(tmp_path)
    key, pack = tmp_path / "publisher.pem", tmp_path / "fixture.fspack"
    steps = (
        ["pack", "keygen", "-o", str(key), "--name", "Frozen test"],
        ["pack", "build", str(REPO / "tests" / "fixtures" / "pack"), "-o", str(pack), "--key", str(key)],
    )
    for args in steps:
        proc = subprocess.run([str(CLI), *args], capture_output=True, text=True, timeout=120, env=env)
        assert proc.returncode == 0, f"{args}: {proc.stdout}{proc.stderr}"
    assert pack.stat().st_size > 0


def test_windowed_executable_routes_self_test_to_the_cli(bundle: Path, tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("a windowed Windows executable has no console to read")
    proc = subprocess.run([str(GUI), "--self-test"], capture_output=True, text=True, timeout=120, env=_env(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
