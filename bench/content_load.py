"""Loading and validating the whole year of content: load_library with every rule on (reading level
included) and the pictures checked, as `familysafe-cli content validate` does; and the app's own load."""

from __future__ import annotations

import sys
import time

from _common import PY, Row, main, median, ms, run_child

RUNS = 5
COLD = "import time; t = time.perf_counter(); from familysafe.core.content import load_library; " \
    "from familysafe.resources import asset, content_dir; " \
    "load_library(content_dir(), pictures=asset('pictures'), check_reading=True); " \
    "print(time.perf_counter() - t)"


def run() -> list[Row]:
    from familysafe.core.content import load_library
    from familysafe.resources import asset, content_dir

    full: list[float] = []
    app: list[float] = []
    lib = None
    for _ in range(RUNS):
        t = time.perf_counter()
        lib = load_library(content_dir(), pictures=asset("pictures"), check_reading=True)
        full.append(time.perf_counter() - t)
        t = time.perf_counter()
        load_library(content_dir(), check_reading=False)
        app.append(time.perf_counter() - t)
    assert lib is not None
    cold = [float(run_child([PY, "-c", COLD]).stdout.strip()) for _ in range(3)]
    acts = len(lib.activities)
    problems = len(lib.problems)
    return [
        Row("content", "load + validate all (reading check on)", ms(median(full)), "ms",
            f"{acts} activities, {len(lib.guides)} guides, {problems} problem(s); median of {RUNS}"),
        Row("content", "same, in a fresh process (imports included)", ms(median(cold)), "ms", "median of 3"),
        Row("content", "the app's load (reading check off)", ms(median(app)), "ms", f"median of {RUNS}"),
    ]


if __name__ == "__main__":
    sys.exit(main(run))
