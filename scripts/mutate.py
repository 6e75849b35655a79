"""`make mutate`: the mutation score of the core rules, the export, the packs and the erase and autosave
use-cases, with mutmut. A benchmark, not a test gate: it prints the score and every surviving mutant
(its diff), and exits 0 whatever the score.

What is mutated and which tests run is in pyproject.toml's [tool.mutmut]; SCOPE below picks the
functions of family.py that are the erase and autosave use-cases (the rest of it is not scored).
A survivor judged equivalent (no test could ever tell it from the original) is listed in
EQUIVALENT with the reason, and reported apart.

    make mutate                     # the default scope, a clean run (about 15 minutes on 2 cores)
    make mutate SCOPE=packs         # another scope (see SCOPES)
    .venv/bin/python scripts/mutate.py --keep   # reuse mutants/ from the last run (only changes re-run)
    .venv/bin/python scripts/mutate.py --report # only print the results of the last (or running) run
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SERVICE = "familysafe.services.family.xǁFamilyServiceǁ"
USE_CASES = [f"{SERVICE}{name}__mutmut_*" for name in ("erase_child", "erase_everything", "_saved_copies", "autosave")]
# One run of the whole of core/, exporting.py and packs.py is about 5,000 mutants: hours on two shared
# cores. So the default scope is the rules the suite exists to guard (about 15 minutes); the others
# are there to run one at a time:  make mutate SCOPE=packs
SCOPES: dict[str, list[str]] = {
    "focus": [
        "familysafe.services.exporting.*",
        "familysafe.core.readability.*",
        "familysafe.core.content.x__check_activities__mutmut_*",
        "familysafe.core.content.x__tell__mutmut_*",
        *USE_CASES,
    ],
    "content": ["familysafe.core.content.*", "familysafe.core.readability.*"],
    "core": ["familysafe.core.*"],
    "exporting": ["familysafe.services.exporting.*", *USE_CASES],
    "packs": ["familysafe.services.packs.*"],
    "all": ["familysafe.core.*", "familysafe.services.exporting.*", "familysafe.services.packs.*", *USE_CASES],
}

# Mutants no test can kill because the mutated code behaves the same; name -> why.
EQUIVALENT: dict[str, str] = {
    "familysafe.services.exporting.x__cell__mutmut_3": "ensure_ascii=None is falsy, the same as False",
    "familysafe.services.exporting.x_write_csv__mutmut_9": "newline=None writes the same bytes on Linux (os.linesep is \\n)",
    "familysafe.services.exporting.x__names__mutmut_1": "runs at import (COLUMNS), before mutmut switches a mutant on",
}
KILLED = {"killed", "timeout", "caught by type check", "segfault"}


def in_scope(name: str, scope: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in scope)


def main(argv: list[str]) -> int:
    os.chdir(REPO)
    scope_name = os.environ.get("SCOPE") or "focus"
    if scope_name not in SCOPES:
        print(f"mutate: SCOPE={scope_name} is not one of {', '.join(SCOPES)}", file=sys.stderr)
        return 2
    scope = SCOPES[scope_name]
    mutmut = str(Path(sys.executable).with_name("mutmut"))
    start = time.monotonic()
    if "--report" not in argv:  # --report: only read the results of the last (or a running) run
        if "--keep" not in argv:
            shutil.rmtree(REPO / "mutants", ignore_errors=True)
        jobs = os.environ.get("MUTATE_JOBS", "2")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        subprocess.run([mutmut, "run", "--max-children", jobs, *scope], check=False)
    minutes = (time.monotonic() - start) / 60
    listing = subprocess.run([mutmut, "results", "--all", "true"], capture_output=True, text=True, check=False)
    status: dict[str, str] = {}
    for line in listing.stdout.splitlines():
        name, sep, state = line.strip().rpartition(": ")
        if sep and in_scope(name, scope):
            status[name] = state
    if not status:
        print("mutate: mutmut reported no mutants in scope\n" + listing.stdout + listing.stderr, file=sys.stderr)
        return 1
    unchecked = sum(1 for s in status.values() if s == "not checked")  # a run cut short
    status = {n: s for n, s in status.items() if s != "not checked"}
    if not status:
        print(f"mutate: no mutant checked yet ({unchecked} not checked)")
        return 0
    counts = Counter(status.values())
    killed = sum(n for s, n in counts.items() if s in KILLED)
    survivors = sorted(n for n, s in status.items() if s not in KILLED and n not in EQUIVALENT)
    equivalent = sorted(n for n, s in status.items() if s not in KILLED and n in EQUIVALENT)
    by_module: dict[str, Counter[str]] = {}
    for name, state in status.items():
        module = name.split(".x", 1)[0]
        by_module.setdefault(module, Counter())["killed" if state in KILLED else "alive"] += 1
    print(f"\nmutation score per module, scope {scope_name!r} ({minutes:.1f} min)")
    for module, c in sorted(by_module.items()):
        total = c["killed"] + c["alive"]
        print(f"  {module:<32} {c['killed']:>5}/{total:<5} {100 * c['killed'] / total:5.1f}%")
    print("\nby status: " + ", ".join(f"{s} {n}" for s, n in sorted(counts.items())))
    if unchecked:
        print(f"not checked (the run did not reach them): {unchecked}; the score is of the {len(status)} checked")
    # Each diff costs a mutmut start-up: the first DIFFS in full, the rest by name (`mutmut show NAME`).
    diffs = int(os.environ.get("MUTATE_DIFFS", "40"))
    for i, name in enumerate(survivors):
        if i < diffs:
            shown = subprocess.run([mutmut, "show", name], capture_output=True, text=True, check=False).stdout
            print(f"\nsurvived ({status[name]}): {name}\n{shown.strip()}")
        else:
            print(f"survived ({status[name]}): {name}")
    for name in equivalent:
        print(f"equivalent: {name}: {EQUIVALENT[name]}")
    total = len(status)
    print(
        f"\nmutation score: {killed}/{total} killed = {100 * killed / total:.1f}% "
        f"({len(survivors)} surviving, {len(equivalent)} judged equivalent; "
        f"without them {100 * killed / max(1, total - len(equivalent)):.1f}%)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
