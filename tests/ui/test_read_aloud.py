"""Read-aloud through QtTextToSpeech: Qt's mock engine here; without an engine the buttons hide."""

from __future__ import annotations

import socket
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ci_tools import missing
from familysafe.core.models import Family, Settings
from familysafe.ui import speech
from familysafe.ui.session import SessionScreen

pytestmark = pytest.mark.usefixtures("qapp")


def _open(qtbot: Any, svc: Any, band: str) -> SessionScreen:
    svc.save_family(Family(name="T", setup_step="done"))
    child = svc.add_child("Child A", band, "fox")
    screen = SessionScreen(svc)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    act = svc.overview(child).todo[0]
    screen.open(svc.open_session(child, act))
    if screen.page_name() == "recall":
        qtbot.mouseClick(screen.recall.skip_btn, Qt.MouseButton.LeftButton)
    return screen


def _mock_available() -> bool:
    return speech.QTextToSpeech is not None and "mock" in speech.QTextToSpeech.availableEngines()


@pytest.fixture
def heard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What reached Qt's (mock) speech engine: a spy on the engine's own `say`, not the Speaker's record."""
    if not _mock_available():
        missing("Qt's mock speech engine is not installed")
    said: list[str] = []
    real = speech.QTextToSpeech

    class Spy(real):  # type: ignore[misc, valid-type]
        def say(self, text: str) -> None:
            said.append(text)
            super().say(text)

    monkeypatch.setattr(speech, "QTextToSpeech", Spy)
    monkeypatch.setenv("FAMILYSAFE_TTS_ENGINE", "mock")
    return said


def test_auto_read_for_4_to_7_and_buttons(qtbot: Any, svc: Any, heard: list[str]) -> None:
    screen = _open(qtbot, svc, "4-7")
    assert screen.speaker.available and screen.speaker.engine == "mock"
    step = screen.s.activity.steps[0]
    # On by default for 4-7: the step was read as it opened, by the engine itself.
    assert len(heard) == 1
    assert " ".join(step.child.split())[:40] in heard[0]
    assert screen.read_btn.isVisible()
    assert all(b.isVisible() for b in screen.view.speak_buttons)
    screen.speaker.last_text = ""
    screen.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is screen)
    screen.next_btn.setFocus()
    qtbot.keyClick(screen.next_btn, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert screen.speaker.last_text
    assert len(heard) == 2 and heard[1] == screen.speaker.last_text  # Ctrl+R read it again, aloud
    assert "Ctrl+R" in screen.read_btn.toolTip()


def test_no_auto_read_for_older_children_unless_chosen(qtbot: Any, svc: Any, heard: list[str]) -> None:
    screen = _open(qtbot, svc, "11-13")
    assert screen.speaker.last_text == "" and heard == []
    qtbot.mouseClick(screen.view.speak_buttons[0], Qt.MouseButton.LeftButton)
    assert heard == [" ".join(screen.s.activity.steps[0].child.split())]


def test_without_speech_the_buttons_hide_and_all_else_works(
    qtbot: Any, svc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speech, "QTextToSpeech", None)  # as when the import failed
    screen = _open(qtbot, svc, "4-7")
    assert not screen.speaker.available
    assert not screen.read_btn.isVisible()
    assert not any(b.isVisible() for b in screen.view.speak_buttons)
    screen.read_aloud()  # harmless
    qtbot.mouseClick(screen.next_btn, Qt.MouseButton.LeftButton)
    assert screen.s.current_index == 1


def test_unknown_engine_means_no_speech(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAMILYSAFE_TTS_ENGINE", "no-such-engine")
    assert not speech.Speaker().available


def test_easy_read_font_loads_and_applies_app_wide(qapp: Any) -> None:
    from familysafe.ui import theme

    family = theme.easy_read_family()
    assert family == "Atkinson Hyperlegible"
    theme.apply_settings(qapp, Settings(easy_read_font=True, text_scale=150))
    assert qapp.font().family() == family
    assert qapp.font().pointSizeF() == pytest.approx(theme.BASE_PT * 1.5)
    theme.apply_settings(qapp, Settings())
    assert qapp.font().family() != family


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="Windows' Python has no socket.AF_UNIX")
def test_a_speech_service_that_never_answers_is_not_used(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    path = tmp_path / "speechd.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)  # accepts the connection (the kernel does), never replies
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{path}")
    try:
        t = time.monotonic()
        assert not speech.speechd_answers(timeout=0.3)
        assert time.monotonic() - t < 2
    finally:
        server.close()


def test_a_network_speech_address_is_never_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPEECHD_ADDRESS", "inet_socket:127.0.0.1:6560")
    assert not speech.speechd_answers()


def test_the_silent_mock_engine_is_never_chosen_by_itself() -> None:
    assert speech._choose_engine(["mock", "speechd"], None) == "speechd"
    assert speech._choose_engine(["mock"], None) is None
    assert speech._choose_engine(["mock"], "mock") == "mock"


@pytest.mark.skipif(not _mock_available(), reason="Qt's mock speech engine is not installed")
def test_the_word_being_spoken_is_marked_and_choices_can_be_read(
    qtbot: Any, svc: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 16, item 15: read-aloud follows the words for early readers, on the choices too."""
    from familysafe.ui.steps import QuizView
    from familysafe.ui.widgets import ChoiceButton

    monkeypatch.setenv("FAMILYSAFE_TTS_ENGINE", "mock")
    monkeypatch.setattr(SessionScreen, "auto_read", lambda self: False)
    screen = _open(qtbot, svc, "4-7")
    screen.speaker.set_rate(1.0)  # the mock engine's fastest words: the same marking, in half the time
    words: list[int] = []
    screen.speaker.word_changed.connect(words.append)
    marked: list[str] = []
    block = screen.view.child_text
    original = block.highlight

    def spy(index: int) -> None:
        original(index)
        if index >= 0:
            marked.append(block.text())

    monkeypatch.setattr(block, "highlight", spy)
    qtbot.mouseClick(screen.view.speak_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(words) > 3 and words[-1] == -1, timeout=20000)
    assert max(words) > 0
    assert marked and all("<span style=" in m for m in marked)
    assert "<span" not in block.text()  # nothing stays marked at the end
    # Each choice of a quiz has its own speaker button, which reads that choice.
    s = screen.s
    quiz = next(i for i, st in enumerate(s.activity.steps) if st.kind == "quiz")
    s.go_to(quiz)
    screen.show_step()
    assert isinstance(screen.view, QuizView)
    choice = screen.view.findChildren(ChoiceButton)[0]
    speakers = [b for b in screen.view.speak_buttons if b.isVisible()]
    assert len(speakers) > len(screen.view.questions)

    def middle(w: Any) -> int:
        return int(w.mapTo(screen, w.rect().center()).y())

    row_speaker = next(b for b in speakers if abs(middle(b) - middle(choice)) < choice.height())
    qtbot.mouseClick(row_speaker, Qt.MouseButton.LeftButton)
    assert screen.speaker.last_text == " ".join(choice.choice_text().split())
