"""What the benchmarks share: child processes measured with their peak memory, statistics, the table.

Benchmarks print figures; they never assert (DESIGN §10). Each bench script has `run() -> list[Row]`
and prints its own table when run alone (`python bench/startup.py`), or JSON with `--json` for
run_all.py, which puts every figure in one table.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
PY = sys.executable


@dataclass
class Row:
    """One figure: what was measured, the value, its unit, and what to compare it with."""

    bench: str
    measure: str
    value: float | None
    unit: str
    note: str = ""


@dataclass
class Child:
    """A finished child process: how long it ran, its peak memory, and what it printed."""

    seconds: float
    max_rss_mb: float
    returncode: int
    stdout: str
    stderr: str
    started: float  # time.monotonic() just before it was started


def run_child(cmd: Sequence[str], env: dict[str, str] | None = None, timeout: float = 120) -> Child:
    """Run `cmd` to the end: its wall time, its own peak resident memory (ru_maxrss from wait4, where
    the OS has it) and its output."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), **(env or {})}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, env=full_env, text=True, cwd=REPO)
        rss = float("nan")
        if hasattr(os, "wait4"):
            deadline = started + timeout
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() > deadline:
                    proc.kill()
                    raise subprocess.TimeoutExpired(list(cmd), timeout)
                time.sleep(0.002)
            seconds = time.monotonic() - started
            proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait
            scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux
            rss = usage.ru_maxrss * scale / 1024 / 1024
        else:
            proc.wait(timeout=timeout)
            seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Child(seconds, rss, proc.returncode, out.read(), err.read(), started)


def first_paint(child: Child) -> float | None:
    """Seconds from starting the process to its "first-paint <monotonic>" line, or None."""
    for line in child.stderr.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - child.started
    return None


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100), nearest-rank, of at least one value."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def ms(seconds: float) -> float:
    return seconds * 1000


def table(rows: Sequence[Row]) -> str:
    """The rows as one plain-text table."""
    head = ("benchmark", "measure", "value", "unit", "note")
    cells = [head] + [
        (r.bench, r.measure, "n/a" if r.value is None else f"{r.value:,.2f}", r.unit, r.note) for r in rows
    ]
    widths = [max(len(c[i]) for c in cells) for i in range(len(head))]
    lines = []
    for n, c in enumerate(cells):
        lines.append("  ".join(c[i].rjust(widths[i]) if i == 2 else c[i].ljust(widths[i]) for i in range(len(head))))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def main(run: Callable[[], list[Row]]) -> int:
    """A bench script's command line: its table, or `--json` for run_all.py."""
    rows = run()
    if "--json" in sys.argv[1:]:
        print(json.dumps([asdict(r) for r in rows]))
    else:
        print(table(rows))
    return 0
