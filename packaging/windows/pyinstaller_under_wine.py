"""Run PyInstaller under Wine, starting its helper processes again when Wine fails to start one.

PyInstaller runs every hook's queries in a helper Python it starts for the purpose
(``PyInstaller.isolated``), a few hundred times in one build of FamilySafe. Under Wine, starting a
process now and then fails with ``OSError: [WinError 1359] Internal error``: Wine answers
ERROR_INTERNAL_ERROR when the new process dies before it reports that it started (seen once in CI,
in the hook for PySide6.QtGui, on a build that had passed on the same commit before). One such
failure ended the whole build. A real Windows machine does not do this, so the release workflow
runs PyInstaller itself; ``build_under_wine.sh`` runs it through this file.

Only that one error is retried, only where the helper is started (nothing has been sent to it yet,
so a second start is the same as the first), and each retry is said on stderr.

Usage (under Wine): python pyinstaller_under_wine.py <PyInstaller's own arguments>
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TypeVar

#: Wine's ERROR_INTERNAL_ERROR from CreateProcess: the new process ended while it started.
WINE_START_FAILED = 1359
ATTEMPTS = 5

T = TypeVar("T")


def retrying(
    start: Callable[..., T], attempts: int = ATTEMPTS, sleep: Callable[[float], None] = time.sleep
) -> Callable[..., T]:
    """``start`` again, after a short pause, when it fails with Wine's WinError 1359; any other error as it is."""

    def start_again(*args: object) -> T:
        for attempt in range(1, attempts + 1):
            try:
                return start(*args)
            except OSError as exc:
                if getattr(exc, "winerror", None) != WINE_START_FAILED or attempt == attempts:
                    raise
                print(
                    f"pyinstaller_under_wine: Wine did not start PyInstaller's helper process "
                    f"(WinError {WINE_START_FAILED}); starting it again ({attempt + 1} of {attempts})",
                    file=sys.stderr,
                    flush=True,
                )
                sleep(0.5 * attempt)
        raise AssertionError("unreachable")  # pragma: no cover

    return start_again


def main() -> int:
    from PyInstaller.__main__ import run
    from PyInstaller.isolated import _parent

    # Python.__enter__ looks ``child`` up in its module each time, so replacing it there is enough.
    _parent.child = retrying(_parent.child)
    run()  # PyInstaller's own command line, from sys.argv[1:]
    return 0


if __name__ == "__main__":
    sys.exit(main())
