"""The frozen app works: build the PyInstaller bundle (or reuse a fresh `make dist`) and run it offscreen."""

from __future__ import annotations

import contextlib
import os
import re
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

# Slow: the first test builds the bundle (`make dist`, 2 minutes or more on a busy machine) inside its setup.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]


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


def _linked_copy(bundle: Path, dest: Path, drop: tuple[str, ...]) -> Path:
    """A copy of the bundle made of hard links (fast, no space), without the files whose names are in `drop`."""

    def link(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:  # another file system: copy
            shutil.copy2(src, dst)

    shutil.copytree(
        bundle, dest, symlinks=True, copy_function=link, ignore=lambda d, names: [n for n in names if n in drop]
    )
    return dest


@pytest.mark.parametrize(
    ("dropped", "named"),
    [
        (("libqsvg.so", "qsvg.dll", "libqsvg.dylib"), "imageformats/qsvg"),
        (("libqsvgicon.so", "qsvgicon.dll", "libqsvgicon.dylib"), "iconengines/qsvgicon"),
        (("familysafe_es.qm",), "familysafe_es.qm"),
        (("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf"), "easy-read font"),
    ],
)
def test_frozen_self_test_fails_when_the_bundle_lost_something(
    bundle: Path, tmp_path: Path, dropped: tuple[str, ...], named: str
) -> None:
    """Issue 12, item 12: with the SVG plugins deleted the old self-test still passed."""
    broken = _linked_copy(bundle, tmp_path / "FamilySafe", dropped)
    cli = broken / CLI.name
    proc = subprocess.run([str(cli), "--self-test"], capture_output=True, text=True, timeout=120, env=_env(tmp_path))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "self-test FAILED" in proc.stdout and named in proc.stdout, proc.stdout


def _strace_unshare_missing() -> str | None:
    if sys.platform != "linux":
        return "needs Linux (network namespaces and strace)"
    for tool in ("unshare", "strace"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install -y strace util-linux)"
    if subprocess.run(["unshare", "-rn", "true"], capture_output=True).returncode != 0:
        return "this system does not allow a private network namespace (unshare -rn)"
    return None


def _traced(
    tmp_path: Path, name: str, argv: list[str], env: dict[str, str]
) -> tuple[subprocess.CompletedProcess[str], str]:
    trace = tmp_path / f"{name}.trace"
    cmd = ["unshare", "-rn", "strace", "-f", "-qq", "-e", "trace=socket,connect", "-e", "signal=none", "-o", str(trace)]
    proc = subprocess.run([*cmd, *argv], capture_output=True, text=True, timeout=300, env=env)
    return proc, trace.read_text(encoding="utf-8", errors="replace") if trace.exists() else ""


INET = re.compile(r"socket\(AF_INET6?,|sa_family=AF_INET6?[,}]")


def test_frozen_app_opens_no_internet_socket(bundle: Path, tmp_path: Path) -> None:
    """Issue 12, item 10: QtTextToSpeech ships (and links libQt6Network); the frozen self-test and a GUI start,
    in a namespace with no network, under strace, open no AF_INET/AF_INET6 socket."""
    why = _strace_unshare_missing()
    if why:
        pytest.skip(why)
    env = _env(tmp_path)
    # A speech-dispatcher socket that is not there: the machine's own daemon must not decide the result.
    env["SPEECHD_ADDRESS"] = f"unix_socket:{tmp_path / 'no-speechd.sock'}"
    # The control: a process that opens an internet socket is seen, or the check is blind.
    _, control = _traced(tmp_path, "control", [sys.executable, "-c", "import socket; socket.socket().close()"], env)
    assert INET.search(control), "strace did not see the control socket"
    proc, trace = _traced(tmp_path, "self-test", [str(CLI), "--self-test"], env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-test passed" in proc.stdout
    assert not INET.findall(trace), trace
    gui_env = {**env, "FAMILYSAFE_QUIT_AFTER_PAINT": "1"}
    proc, trace = _traced(tmp_path, "gui", [str(GUI)], gui_env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "first-paint" in proc.stderr, proc.stderr
    assert not INET.findall(trace), trace
    # Read-aloud is really in the bundle: the Qt speech library and a system engine.
    names = {p.name for p in bundle.rglob("*")}
    assert "libQt6TextToSpeech.so.6" in names and "libqtexttospeech_speechd.so" in names
