"""Runs one multi-step job on a data folder and dies at a chosen step, as a kill would (not a test module).

    python kill_runner.py JOB DATA_DIR KILL_AT [ARG]

JOB is "restore" (go back to the backup ARG, as the parent area's "Go back to a backup" does),
"erase" (erase the child with id ARG, with the saved copies, as the parent area's "Erase" does) or
"erase-everything". Every step that changes the disk is counted once the job begins: each rename,
delete, fsync and SQL statement sent through sqlite-utils. At step KILL_AT the process ends with
os._exit before that step runs: no `finally`, no clean-up, no close, exactly like SIGKILL. If the
job finishes first it prints "finished STEPS" and exits 0, so a test can walk KILL_AT = 1, 2, ...
until it sees that line, and has then killed the job at every step it has.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import sqlite_utils

from familysafe.core.clock import FakeClock
from familysafe.core.content import Library
from familysafe.services.family import FamilyService
from familysafe.store import paths
from familysafe.store.db import Store

KILLED = 137
_count = 0
_kill_at = 0


def _step() -> None:
    global _count
    _count += 1
    if _count == _kill_at:
        sys.stdout.flush()
        os._exit(KILLED)


def _counted(owner: Any, name: str) -> None:
    real = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _step()
        return real(*args, **kwargs)

    setattr(owner, name, wrapper)


def main(argv: list[str]) -> int:
    global _kill_at
    job, data, kill_at = argv[0], Path(argv[1]), int(argv[2])
    arg = (argv[3] if len(argv) > 3 else "").replace("{}", str(data))  # "{}": a path inside the data folder
    clock = FakeClock()
    store = Store.open(paths.db_path(data), clock=clock, backup_dir=paths.backup_dir(data))
    svc = FamilyService(store, Library([]), clock)
    for name in ("replace", "rename", "unlink", "remove", "fsync", "rmdir"):
        _counted(os, name)
    _counted(sqlite_utils.Database, "execute")
    _kill_at = kill_at
    if job == "restore":
        svc.restore_from(arg)
    elif job == "erase":
        child = next(c for c in svc.children(include_archived=True) if c.id == int(arg))
        svc.erase_child(child)
    elif job == "erase-everything":
        svc.erase_everything()
    else:
        raise SystemExit(f"unknown job {job}")
    svc.store.close()
    print(f"finished {_count}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
