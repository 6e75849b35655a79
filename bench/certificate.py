"""A certificate PDF (familysafe.ui.printouts): building the document and writing the PDF, median of 5,
for a child who finished unit 1. Prints "not built yet" while the printouts module does not exist."""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

from _common import Row, main, median, ms

RUNS = 5


def run() -> list[Row]:
    if importlib.util.find_spec("familysafe.ui.printouts") is None:
        return [Row("certificate PDF", "certificate PDF", None, "", "not built yet")]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from familysafe.ui import printouts
    from familysafe.boot import load_assets
    from familysafe.core.clock import FakeClock
    from familysafe.core.models import Family
    from familysafe.services.family import FamilyService
    from familysafe.store.db import Store

    if not hasattr(printouts, "Printouts") or not hasattr(printouts, "save_pdf"):
        return [Row("certificate PDF", "certificate PDF", None, "", "printouts.py has no Printouts/save_pdf")]
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert app is not None
    library = load_assets().library
    with tempfile.TemporaryDirectory() as tmp:
        clock = FakeClock()
        store = Store.open(Path(tmp) / "familysafe.db", clock=clock)
        svc = FamilyService(store, library, clock)
        svc.save_family(Family(name="Bench family", setup_step="done"))
        child = svc.add_child("Certa", "8-10", "fox")
        for act in svc.library.unit_activities("8-10", 1):
            svc.open_session(child, act).play_to_end()
        maker = printouts.Printouts(svc)
        build: list[float] = []
        write: list[float] = []
        size = 0
        for n in range(RUNS + 1):
            t = time.perf_counter()
            doc = maker.certificate(child, 1)
            built = time.perf_counter() - t
            t = time.perf_counter()
            pdf = printouts.save_pdf(doc, Path(tmp) / f"certificate-{n}.pdf")
            written = time.perf_counter() - t
            size = pdf.stat().st_size
            if n:  # the first builds the fonts' caches
                build.append(built)
                write.append(written)
        store.close()
    return [
        Row("certificate PDF", "build the document", ms(median(build)), "ms", f"median of {RUNS}"),
        Row("certificate PDF", "write the PDF (A4, 300 dpi)", ms(median(write)), "ms", f"{size / 1024:.0f} KiB"),
        Row("certificate PDF", "total", ms(median(build) + median(write)), "ms", ""),
    ]


if __name__ == "__main__":
    sys.exit(main(run))
