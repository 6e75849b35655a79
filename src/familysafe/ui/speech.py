"""Read-aloud with the operating system's own offline voices, through QtTextToSpeech (in every bundle too).

Where there is no engine or no voice, or QtTextToSpeech cannot even be imported (its libraries are
missing), `Speaker.available` is False: the speaker buttons hide and everything else works as before.
The engine is made only when first needed, and on Linux only after speech-dispatcher has answered a
short probe: its Qt plug-in waits for ever on a service that accepts a connection and never replies.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("familysafe")

# QtTextToSpeech (and the Qt Multimedia it links) is imported on first use, never at start-up: reading
# `speech.QTextToSpeech` (or `_qt_tts()` here) loads it; None when the import fails (no audio libraries).
QTextToSpeech: Any


def _load_qt_tts() -> Any:
    loaded: Any = None
    try:  # the import itself fails on a machine without the audio libraries QtTextToSpeech links to
        from PySide6.QtTextToSpeech import QTextToSpeech as tts_class

        loaded = tts_class
    except ImportError as e:  # pragma: no cover - exercised by a test that hides the module
        log.info("read-aloud is not available: %s", e)
    globals()["QTextToSpeech"] = loaded
    return loaded


def _qt_tts() -> Any:
    """The QTextToSpeech class, or None where it cannot be imported (a test may set it to None)."""
    return globals()["QTextToSpeech"] if "QTextToSpeech" in globals() else _load_qt_tts()


def __getattr__(name: str) -> Any:
    if name == "QTextToSpeech":
        return _load_qt_tts()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

# The system engines, best first. Qt's "mock" engine speaks silently: it is used only when asked for.
PREFERRED = ("winrt", "sapi", "darwin", "avfoundation", "speechd", "flite", "android")
PROBE_SECONDS = 1.5


def speechd_socket() -> Path | None:
    """Where libspeechd will connect: $SPEECHD_ADDRESS (unix sockets only) or its default path."""
    address = os.environ.get("SPEECHD_ADDRESS", "")
    if address:
        kind, _, rest = address.partition(":")
        # libspeechd starts no service for an address given explicitly: a missing socket means no speech.
        return Path(rest) if kind == "unix_socket" and rest and Path(rest).exists() else None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime else Path.home() / ".cache"
    return base / "speech-dispatcher" / "speechd.sock"


def speechd_answers(timeout: float = PROBE_SECONDS) -> bool:
    """Whether speech-dispatcher is there and replies within `timeout` (SSIP: a name, then "208 OK").

    A missing socket is left to libspeechd, which starts the service itself; an address on the
    network (inet_socket) is never used: FamilySafe opens no network socket.
    """
    if os.environ.get("SPEECHD_ADDRESS", "").startswith("inet_socket"):
        return False
    path = speechd_socket()
    if path is None:
        return False
    if not path.exists():
        return True
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(timeout)
            s.connect(str(path))
            s.sendall(b"SET SELF CLIENT_NAME familysafe:probe:main\r\n")
            reply = s.recv(64)
            s.sendall(b"QUIT\r\n")
            return reply.startswith(b"2")
    except OSError as e:
        log.info("speech-dispatcher did not answer: %s", e)
        return False


def _choose_engine(engines: list[str], wanted: str | None) -> str | None:
    if wanted:
        return wanted if wanted in engines else None
    return next((e for e in PREFERRED if e in engines), None)


class Speaker(QObject):
    """Speaks text aloud; does nothing (and says so) where the computer cannot speak."""

    speaking_changed = Signal(bool)
    # The number of the word being spoken in `last_text` (words split at spaces), -1 when it stops.
    word_changed = Signal(int)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._follow: Callable[[int], None] | None = None
        self._tts: Any = None
        self._tried = False
        self._wanted = engine or os.environ.get("FAMILYSAFE_TTS_ENGINE") or None
        self.last_text = ""

    def _ensure(self) -> Any:
        """Make the engine on first use (never at start-up, never twice)."""
        if self._tried:
            return self._tts
        self._tried = True
        tts_class = _qt_tts()
        if tts_class is None:
            return None
        try:
            name = _choose_engine(list(tts_class.availableEngines()), self._wanted)
            if name is None:
                return None
            if name == "speechd" and sys.platform.startswith("linux") and not speechd_answers():
                return None
            tts = tts_class(name, self)
            if tts.state() == tts_class.State.Error or not tts.availableVoices():
                return None
            tts.stateChanged.connect(self._state_changed)
            if hasattr(tts, "sayingWord"):  # Qt 6.6 and later: the word being spoken, for highlighting
                tts.sayingWord.connect(self._saying_word)
            self._tts = tts
        except Exception as e:  # a broken speech service must never stop the app
            log.info("read-aloud could not start: %s", e)
            self._tts = None
        return self._tts

    def _state_changed(self, state: Any) -> None:
        tts_class = _qt_tts()
        if tts_class is not None:
            speaking = state == tts_class.State.Speaking
            self.speaking_changed.emit(speaking)
            if not speaking and state != tts_class.State.Paused:
                self._word(-1)

    def _saying_word(self, word: str, _id: int = 0, start: int = 0, length: int = 0) -> None:
        self._word(len(self.last_text[:start].split()))

    def _word(self, index: int) -> None:
        self.word_changed.emit(index)
        if self._follow is not None:
            try:
                self._follow(index)
            except RuntimeError:  # the widget that followed the words is gone
                self._follow = None

    @property
    def available(self) -> bool:
        """Whether there is an engine with at least one voice."""
        return self._ensure() is not None

    def say(self, text: str, follow: Callable[[int], None] | None = None) -> None:
        """Speak the text (stopping what was being said); `follow` is told the number of each word
        as it is spoken (where the engine says so), and -1 at the end."""
        self._word(-1)
        self._follow = follow
        self.last_text = " ".join(text.split())
        tts = self._ensure()
        if not self.last_text:
            return
        if tts is not None:
            tts.stop()
            tts.say(self.last_text)

    def stop(self) -> None:
        """Stop speaking (a no-op before the engine exists)."""
        self._word(-1)
        self._follow = None
        if self._tts is not None:
            self._tts.stop()

    def voices(self) -> list[str]:
        """The names of the voices available."""
        tts = self._ensure()
        return [v.name() for v in tts.availableVoices()] if tts is not None else []

    def set_voice(self, name: str) -> None:
        """Use the voice with this name, if there is one."""
        tts = self._ensure()
        if tts is None:
            return
        for v in tts.availableVoices():
            if v.name() == name:
                tts.setVoice(v)

    def set_rate(self, rate: float) -> None:
        """Speed from -1.0 (slow) to 1.0 (fast); 0 is normal."""
        tts = self._ensure()
        if tts is not None:
            tts.setRate(max(-1.0, min(1.0, rate)))

    @property
    def engine(self) -> str:
        """The engine in use, or "" when none."""
        tts = self._ensure()
        return str(tts.engine()) if tts is not None else ""
