"""No network of any kind (DESIGN §8): the guard in tests/conftest.py is really on, the app's modules
never load a network library, and under strace in a namespace with no network nothing even tries."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ci_tools import missing

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "no-network-check.sh"
NETWORK_MODULES = ("PySide6.QtNetwork", "http.client", "urllib.request", "requests", "httpx", "aiohttp", "urllib3")
# Qt modules that reach the network or locate the computer: none of them belongs in the app (DESIGN §9).
QT_NETWORKED = ("PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtPositioning")


@pytest.mark.parametrize("family", [socket.AF_INET, socket.AF_INET6], ids=["AF_INET", "AF_INET6"])
def test_the_guard_refuses_internet_sockets(family: socket.AddressFamily) -> None:
    with pytest.raises(RuntimeError, match="internet socket"):
        socket.socket(family, socket.SOCK_STREAM)


def test_the_guard_refuses_lookups_and_connections() -> None:
    with pytest.raises(RuntimeError, match="look up"):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(RuntimeError):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Unix sockets")
def test_the_guard_allows_unix_sockets() -> None:
    """Qt's single-instance lock and D-Bus use Unix sockets; they never leave the computer."""
    a, b = socket.socketpair(socket.AF_UNIX)
    a.close()
    b.close()


_IMPORT_ALL = textwrap.dedent(
    """
    import importlib, json, os, pkgutil, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import familysafe
    failed = {}
    for info in pkgutil.walk_packages(familysafe.__path__, "familysafe."):
        try:
            importlib.import_module(info.name)
        except Exception as e:  # a module that cannot even be imported is reported, not hidden
            failed[info.name] = repr(e)
    after_import = sorted(sys.modules)
    # Then do the work: lazily imported modules load now (content, store, sessions, the window).
    from familysafe.selftest import run_self_test
    status = run_self_test(out=lambda line: None)
    print(json.dumps({"failed": failed, "status": status, "imported": after_import, "all": sorted(sys.modules)}))
    """
)


def test_no_module_of_the_app_loads_a_network_library(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "FAMILYSAFE_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        # No speech-dispatcher: a stuck one on this machine would hang the window (see test_startup).
        "SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'no-speech.sock'}",
    }
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["failed"] == {}, result["failed"]
    assert result["status"] == 0
    assert len([m for m in result["imported"] if m.startswith("familysafe.")]) >= 20
    loaded = set(result["all"])
    assert not loaded & set(NETWORK_MODULES), sorted(loaded & set(NETWORK_MODULES))
    assert not loaded & set(QT_NETWORKED), sorted(loaded & set(QT_NETWORKED))


def _script_can_run() -> str | None:
    if sys.platform != "linux":
        return "needs Linux"
    for tool in ("unshare", "strace", "bash"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install -y strace util-linux)"
    return None


@pytest.mark.timeout(600)
def test_no_internet_socket_under_strace_without_a_network() -> None:
    """scripts/no-network-check.sh: self-test and every screen, traced, in a namespace with no network
    (about 4 s here, so it runs by default)."""
    why = _script_can_run()
    if why:
        missing(why)
    t = time.perf_counter()
    proc = subprocess.run(["bash", str(SCRIPT), sys.executable], capture_output=True, text=True, timeout=600)
    if proc.returncode == 2:
        missing(proc.stderr.strip() or "the check cannot run here")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ok    self-test" in proc.stdout and "ok    screens" in proc.stdout
    print(f"no-network-check took {time.perf_counter() - t:.1f} s")
