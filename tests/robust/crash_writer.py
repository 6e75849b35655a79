"""A real session writer for the crash tests (not a test module itself).

It plays sessions the way the session screen does, through FamilyService with the
built-in content, and after each step's saves have returned prints
``ack <session id> <step id>`` and flushes, so whatever the test reads was on disk.

    python crash_writer.py DATA_DIR SEED         one writer; runs until it is killed
    python crash_writer.py --serve DATA_DIR      load the content once, then for every
                                                 "run SEED" line on stdin fork a writer,
                                                 wait for it to die and print "dead PID STATUS"

The writer prints ``pid PID`` first. The serving form makes hundreds of kills cheap
(the content is loaded once, not per kill); it needs os.fork, so elsewhere the test
starts one process per kill.
"""

from __future__ import annotations

import os
import random
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

from familysafe.boot import load_assets
from familysafe.core.answers import (
    ChecklistAnswer,
    PledgeAnswer,
    QuizAnswer,
    ReflectAnswer,
    ScenarioAnswer,
    StepAnswer,
    StoryAnswer,
    TalkAnswer,
)
from familysafe.core.clock import SystemClock
from familysafe.core.content import Library
from familysafe.core.models import Family
from familysafe.services.family import FamilyService
from familysafe.store import paths
from familysafe.store.db import Store

BANDS = ("8-10", "4-7", "11-13", "14-17")


def _say(line: str) -> None:
    # One write per line, so a kill never leaves half a line in the pipe.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def answer_for(step: Any, rng: random.Random) -> StepAnswer:
    """An answer like the one the step's view sends."""
    kind = step.kind
    if kind == "pledge":
        return PledgeAnswer(rng.random() < 0.8)
    if kind == "reflect":
        return ReflectAnswer(f"We talked about it ({rng.randrange(10**6)})")
    if kind == "quiz":
        return QuizAnswer({q.id: rng.randrange(len(q.options)) for q in step.questions})
    if kind == "scenario":
        return ScenarioAnswer((0, rng.choice([0, 1])), True)
    if kind == "activity":
        return ChecklistAnswer((0, 1)[: rng.randrange(3)])
    if kind == "story":
        return StoryAnswer(rng.randrange(3))
    return TalkAnswer()


def play(data: Path, library: Library, seed: int) -> NoReturn:
    """Play sessions forever, saving every step; a killed run resumes where the file says."""
    _say(f"pid {os.getpid()}")
    rng = random.Random(seed)
    clock = SystemClock()
    store = Store.open(paths.db_path(data), clock=clock, backup_dir=paths.backup_dir(data))
    svc = FamilyService(store, library, clock)
    if svc.family() is None:
        svc.save_family(Family(name="Crash family", setup_step="done"))
    while True:
        kids = svc.children()
        if not kids:
            svc.add_child("Crashy", "8-10", "fox")
            continue
        child = kids[-1]
        ov = svc.overview(child)
        if not ov.todo:
            if svc.unlock_next_early(child) is None:  # everything done: a new child carries on
                svc.add_child(f"Crashy{len(kids) + 1}", BANDS[len(kids) % len(BANDS)], "owl")
            continue
        act = next((a for a in ov.todo if a.id in ov.in_progress), ov.todo[0])
        s = svc.open_session(child, act)
        while True:
            step = s.current_step
            s.answer(step.id, answer_for(step, rng))
            if not s.next():  # the last step: finish
                s.finish()
                _say(f"ack {s.record.id} {step.id}")
                break
            _say(f"ack {s.record.id} {step.id}")


def serve(data: Path) -> int:
    """Load the content once; fork a writer for each "run SEED" line and report how it died."""
    library = load_assets().library
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] != "run":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            try:
                play(data, library, int(words[1]))
            except BaseException:
                traceback.print_exc()
            finally:
                os._exit(3)  # only reached if the writer failed: the test reports the status
        _, status = os.waitpid(pid, 0)
        _say(f"dead {pid} {status}")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--serve"]:
        return serve(Path(argv[1]))
    play(Path(argv[0]), load_assets().library, int(argv[1]))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
