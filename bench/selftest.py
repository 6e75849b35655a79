"""`familysafe-cli --self-test`: wall time and peak memory of the whole command, median of 5."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from _common import PY, Row, main, median, ms, run_child

RUNS = 5


def run() -> list[Row]:
    cli = Path(PY).with_name("familysafe-cli")
    cmd = [str(cli), "--self-test"] if cli.exists() else [PY, "-m", "familysafe.entry", "--self-test"]
    times, rss = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(RUNS + 1):
            child = run_child(cmd, {"FAMILYSAFE_DATA_DIR": str(Path(tmp) / "unused")})
            if child.returncode != 0:
                raise RuntimeError(f"the self-test failed:\n{child.stdout}{child.stderr}")
            if n:  # the first run warms the disk cache
                times.append(child.seconds)
                rss.append(child.max_rss_mb)
    return [
        Row("self-test", "familysafe-cli --self-test", ms(median(times)), "ms", f"median of {RUNS}, whole process"),
        Row("self-test", "peak memory", median(rss), "MiB", "ru_maxrss of the process"),
    ]


if __name__ == "__main__":
    sys.exit(main(run))
