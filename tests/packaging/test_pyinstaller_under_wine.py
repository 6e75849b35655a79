"""The Wine build starts PyInstaller's helper process again when Wine fails to start it (WinError 1359),
and only then."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
WRAPPER = REPO / "packaging" / "windows" / "pyinstaller_under_wine.py"


@pytest.fixture(scope="module")
def wrapper() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pyinstaller_under_wine", WRAPPER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def wine_error(code: int) -> OSError:
    exc = OSError(22, "Internal error")
    exc.winerror = code  # type: ignore[attr-defined]  # set by Windows' OSError; not on Linux
    return exc


class FlakyStart:
    """A stand-in for PyInstaller's child(): fails ``failures`` times with ``code``, then returns a process."""

    def __init__(self, failures: int, code: int = 1359) -> None:
        self.failures, self.code = failures, code
        self.calls: list[tuple[object, ...]] = []

    def __call__(self, *args: object) -> str:
        self.calls.append(args)
        if len(self.calls) <= self.failures:
            raise wine_error(self.code)
        return "process"


def test_a_start_that_wine_failed_is_made_again_with_the_same_handles(
    wrapper: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    start, pauses = FlakyStart(failures=2), list[float]()
    assert wrapper.retrying(start, sleep=pauses.append)(7, 9) == "process"
    assert start.calls == [(7, 9)] * 3
    assert pauses == [0.5, 1.0]
    assert "starting it again (2 of 5)" in capsys.readouterr().err


def test_it_gives_up_after_the_last_attempt(wrapper: ModuleType) -> None:
    start = FlakyStart(failures=10)
    with pytest.raises(OSError) as raised:
        wrapper.retrying(start, attempts=3, sleep=lambda _s: None)(1, 2)
    assert raised.value.winerror == 1359  # type: ignore[attr-defined]
    assert len(start.calls) == 3


@pytest.mark.parametrize("error", [wine_error(5), FileNotFoundError(2, "python.exe")])
def test_any_other_error_is_not_retried(wrapper: ModuleType, error: OSError) -> None:
    calls: list[tuple[object, ...]] = []

    def start(*args: object) -> str:
        calls.append(args)
        raise error

    with pytest.raises(OSError):
        wrapper.retrying(start, sleep=lambda _s: None)(1, 2)
    assert len(calls) == 1


def test_the_wine_build_runs_pyinstaller_through_it() -> None:
    script = (REPO / "packaging" / "windows" / "build_under_wine.sh").read_text(encoding="utf-8")
    assert '"$HERE/pyinstaller_under_wine.py"' in script
    assert "-m PyInstaller" not in script
