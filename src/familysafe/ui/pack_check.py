"""Checking a content pack off the GUI thread (issue 14, item 9): a pack of many megabytes takes
seconds to check, and the window must stay responsive, show progress and offer Cancel meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QThread, Signal


class PackCheck(QThread):
    """Checks a content pack (packs.check_pack) off the GUI thread, so a big pack never freezes the
    window. `progressed(total)` and `progressed_done(done)` report progress; `cancel()` stops the check
    at the next file. When `finished` fires, `take()` gives the StagedPack (or None, with `error`
    set). Until a pack is taken, nothing is installed; one nobody takes is discarded."""

    progressed = Signal(int)
    progressed_done = Signal(int)
    _running: ClassVar[set[PackCheck]] = set()  # kept alive until finished, even if the window goes first

    def __init__(self, path: Path, packs_dir: Path, **options: Any) -> None:
        super().__init__()
        self.path, self.packs_dir, self.options = path, packs_dir, options
        self.error: BaseException | None = None
        self._staged: Any = None
        self._cancel = threading.Event()

    def begin(self) -> None:
        """Start the check (connect to `finished` first: the clean-up runs after those slots)."""
        self.finished.connect(self._forget)
        PackCheck._running.add(self)
        self.start()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(total)
        self.progressed_done.emit(done)

    def run(self) -> None:
        from familysafe.services import packs

        try:
            self._staged = packs.check_pack(
                self.path, self.packs_dir, progress=self._progress, cancelled=self._cancel.is_set, **self.options
            )
            if self._cancel.is_set():
                self._staged.discard()
                self._staged = None
                raise packs.PackError(f"{self.path}: the check was cancelled; nothing was installed", "cancelled")
        except BaseException as e:  # handed to the GUI thread, never lost in this one
            self.error = e

    def take(self) -> Any:
        staged, self._staged = self._staged, None
        return staged

    def _forget(self) -> None:
        staged = self.take()
        if staged is not None:
            staged.discard()
        PackCheck._running.discard(self)
        self.deleteLater()
