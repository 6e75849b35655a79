"""Every benchmark, each in a fresh process, in one table: `make bench`
(QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run_all.py). Figures only: nothing here passes or fails.

    python bench/run_all.py            all of them
    python bench/run_all.py startup    only the ones named
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time

from _common import BENCH, PY, REPO, Row, table

BENCHES = ("startup", "selftest", "session_switch", "autosave", "dashboard", "content_load", "certificate")


def main(argv: list[str]) -> int:
    chosen = [b for b in BENCHES if not argv or b in argv]
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    rows: list[Row] = []
    failed = []
    t0 = time.perf_counter()
    for name in chosen:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        proc = subprocess.run(
            [PY, str(BENCH / f"{name}.py"), "--json"], capture_output=True, text=True, env=env, cwd=REPO, timeout=900
        )
        try:
            rows += [Row(**r) for r in json.loads(proc.stdout.strip().splitlines()[-1])]
        except (IndexError, ValueError, TypeError):
            failed.append(name)
            rows.append(Row(name, "did not run", None, "", (proc.stderr.strip().splitlines() or ["?"])[-1][:100]))
    print(f"FamilySafe benchmarks: Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPU(s), QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, {time.perf_counter() - t0:.0f} s\n")
    print(table(rows))
    if failed:
        print(f"\nnot measured: {', '.join(failed)} (see the note)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
