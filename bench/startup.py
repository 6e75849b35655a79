"""Start to a painted home screen, and peak memory, for the real app with a demo family, against a
bare PySide6 window measured the same way in the same run. Each start is a fresh process; the figure
is the median of 5 (after one warm-up start of each, which also takes the day's automatic backup).

The app runs through its real bootstrap, familysafe.app.main, with FAMILYSAFE_DATA_DIR set to a
temporary folder filled by `familysafe-cli --demo` (familysafe.services.demo.populate) and
FAMILYSAFE_QUIT_AFTER_PAINT=1, which prints when the main window first paints and quits. Both run
with compiled bytecode (written by the warm-up into the run's own PYTHONPYCACHEPREFIX), as an
installed app does.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _common import BENCH, PY, Row, first_paint, main, median, ms, run_child

RUNS = 5
APP = "import sys; from familysafe.app import main; sys.exit(main([]))"


def _demo_folder(tmp: Path) -> Path:
    data = tmp / "FamilySafe"
    done = run_child([PY, "-m", "familysafe.entry", "--demo"], {"FAMILYSAFE_DATA_DIR": str(data)})
    if done.returncode != 0:
        raise RuntimeError(f"the demo family could not be made: {done.stderr.strip()}")
    return data


def run() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="familysafe-bench-") as tmp:
        data = _demo_folder(Path(tmp))
        env = {
            "FAMILYSAFE_DATA_DIR": str(data),
            "FAMILYSAFE_QUIT_AFTER_PAINT": "1",
            # Compiled bytecode, as an installed app has (pip and the bundle compile every module): the
            # warm-up start writes it, into a folder of this run's own, for the app and the bare window
            # alike. Without this, a PYTHONDONTWRITEBYTECODE in the environment would make every start
            # of an editable install compile the app's own modules from source again.
            "PYTHONDONTWRITEBYTECODE": "",
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        commands = {"app": [PY, "-c", APP], "bare": [PY, str(BENCH / "_bare_window.py")]}
        times: dict[str, list[float]] = {"app": [], "bare": []}
        rss: dict[str, list[float]] = {"app": [], "bare": []}
        for n in range(RUNS + 1):
            for name, cmd in commands.items():  # interleaved, so both meet the same machine
                child = run_child(cmd, env)
                painted = first_paint(child)
                if child.returncode != 0 or painted is None:
                    raise RuntimeError(f"{name} did not paint: {child.stderr.strip()[-500:]}")
                if n:  # the first of each is the warm-up
                    times[name].append(painted)
                    rss[name].append(child.max_rss_mb)
    app, bare = median(times["app"]), median(times["bare"])
    app_mb, bare_mb = median(rss["app"]), median(rss["bare"])
    return [
        Row("startup", "start to painted home (demo family)", ms(app), "ms", f"median of {RUNS}"),
        Row("startup", "bare PySide6 window to first paint", ms(bare), "ms", f"median of {RUNS}"),
        Row("startup", "app minus bare window", ms(app - bare), "ms", f"{app / bare:.1f}x the bare window"),
        Row("startup", "peak memory, app", app_mb, "MiB", "ru_maxrss of the process"),
        Row("startup", "peak memory, bare window", bare_mb, "MiB", "ru_maxrss of the process"),
        Row("startup", "app minus bare window", app_mb - bare_mb, "MiB", ""),
    ]


if __name__ == "__main__":
    sys.exit(main(run))
