"""Read-aloud with the operating system's own offline voices, through QtTextToSpeech.

Where there is no engine or no voice, or QtTextToSpeech cannot even be imported (its libraries are
missing), `Speaker.available` is False: the speaker buttons hide and everything else works as before.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("familysafe")

QTextToSpeech: Any
try:  # the import itself fails on a machine without the audio libraries QtTextToSpeech links to
    from PySide6.QtTextToSpeech import QTextToSpeech as _QTextToSpeech

    QTextToSpeech = _QTextToSpeech
except ImportError as e:  # pragma: no cover - exercised by a test that hides the module
    QTextToSpeech = None
    log.info("read-aloud is not available: %s", e)


class Speaker(QObject):
    """Speaks text aloud; does nothing (and says so) where the computer cannot speak."""

    speaking_changed = Signal(bool)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: Any = None
        self.last_text = ""
        engine = engine or os.environ.get("FAMILYSAFE_TTS_ENGINE") or None
        if QTextToSpeech is None:
            return
        try:
            engines = QTextToSpeech.availableEngines()
            if not engines or (engine is not None and engine not in engines):
                return
            tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
            if tts.state() == QTextToSpeech.State.Error or not tts.availableVoices():
                return
            tts.stateChanged.connect(self._state_changed)
            self._tts = tts
        except Exception as e:  # a broken speech service must never stop the app
            log.info("read-aloud could not start: %s", e)
            self._tts = None

    def _state_changed(self, state: Any) -> None:
        if QTextToSpeech is not None:
            self.speaking_changed.emit(state == QTextToSpeech.State.Speaking)

    @property
    def available(self) -> bool:
        """Whether there is an engine with at least one voice."""
        return self._tts is not None

    def say(self, text: str) -> None:
        """Speak the text (stopping what was being said)."""
        self.last_text = " ".join(text.split())
        if self._tts is not None and self.last_text:
            self._tts.stop()
            self._tts.say(self.last_text)

    def stop(self) -> None:
        """Stop speaking."""
        if self._tts is not None:
            self._tts.stop()

    def voices(self) -> list[str]:
        """The names of the voices available."""
        return [v.name() for v in self._tts.availableVoices()] if self._tts is not None else []

    def set_voice(self, name: str) -> None:
        """Use the voice with this name, if there is one."""
        if self._tts is None:
            return
        for v in self._tts.availableVoices():
            if v.name() == name:
                self._tts.setVoice(v)

    def set_rate(self, rate: float) -> None:
        """Speed from -1.0 (slow) to 1.0 (fast); 0 is normal."""
        if self._tts is not None:
            self._tts.setRate(max(-1.0, min(1.0, rate)))

    @property
    def engine(self) -> str:
        """The engine in use, or "" when none."""
        return str(self._tts.engine()) if self._tts is not None else ""
